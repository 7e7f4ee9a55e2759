// base.label-in-force: a MOD restating a list in excerpts (`considering`, `…`, d) e) f), `…`) leaves the
// items it does not restate as they are in force, labels included. A label the new text gives to an
// inserted or relettered item that an item left out still has in force makes two items of one label in the
// Resolution as amended (review E21): `{~~f~>g~~})` with g) in force behind the `…`, or `{++k)…++}`
// appended after `…` where the list in force already ends at k).
import type { AmendedResolution } from '../base';
import { parsedInForce } from '../inForce';
import { clauseReferenceMatches, labelKey, phraseKey, withoutConjunction } from '../lang/references';
import { l10n } from '../l10n';
import { decimalLabel, formatLabel, labelChange, labelForm, matchLabel } from '../labels';
import { inNewText, plainText, revisionMarkup } from '../marks';
import { newTextEdit } from '../fixEdit';
import { isMod } from '../document';
import { paragraphIndex, walk } from '../structure';
import { provisionNumberAt, type InstrumentText } from '../provisions';
import type { Finding, Fix, Item, ItuDocument, Label, Paragraph, Resolution, Span, TextEdit, View } from '../types';

/** The call sections of a Resolution, each with its key and its occurrence among sections of that key. */
function sections(resolution: Resolution): Map<string, Item> {
  const out = new Map<string, Item>();
  const seen = new Map<string, number>();
  for (const s of resolution.root.children) {
    if (!s.call) continue;
    const key = withoutConjunction(phraseKey(s.call.phrase));
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(`${key}#${n}`, s);
  }
  return out;
}

const labelled = (section: Item) => section.children.filter((c) => c.label);

/** Whether an elision paragraph stands among a section's paragraphs (after its call line, before the next section). */
function excerpted(view: View, resolution: Resolution, section: Item, next: Item | undefined): boolean {
  const from = paragraphIndex(view, section.paragraph);
  const to = next ? paragraphIndex(view, next.paragraph) : Infinity;
  return resolution.paragraphs.some((p) => p.kind === 'elision' && paragraphIndex(view, p) > from && paragraphIndex(view, p) < to);
}

/** The label as written (`b)`, or `b` where a mark closes after it: `{~~a~>b~~})`), else the whole label span. */
function labelRange(text: string, span: Span, label: string): Span {
  for (const l of [label, label.replace(/[)）.]$/u, '')]) if (l && text.startsWith(l, span.start)) return { start: span.start, end: span.start + l.length };
  return span;
}

export function checkElidedLabels(doc: ItuDocument, amended: readonly AmendedResolution[]): Finding[] {
  const findings: Finding[] = [];
  for (const a of amended) {
    if (!a.base || a.provision || !a.resolution.paragraphs.some((p) => p.kind === 'elision')) continue;
    const inForce = parsedInForce(a.base);
    const proposal = doc.views.new.proposals[a.proposalIndex];
    const k = doc.views.old.proposals[a.proposalIndex]?.resolutions.indexOf(a.resolution) ?? -1;
    const now = proposal?.resolutions[k];
    if (!inForce || !now) continue;
    const old = sections(a.resolution);
    const base = sections(inForce.resolution);
    const entries = [...sections(now)];
    entries.forEach(([key, section], i) => {
      const baseSection = base.get(key);
      if (!baseSection || !excerpted(doc.views.new, now, section, entries[i + 1]?.[1])) return;
      // The items in force this excerpt does not restate keep their labels in force.
      const restated = new Set(labelled(old.get(key) ?? section).map((c) => labelKey(c.label!.text)));
      const baseItems = labelled(baseSection);
      const leftOut = new Set(baseItems.map((c) => labelKey(c.label!.text)).filter((l) => !restated.has(l)));
      const list = labelled(section);
      // Whether the new text gives each item its label (inserted), and what the loop below asks of the list, each
      // worked out once for the list (when an item needs it) rather than once an item: linear in a list of thousands.
      let added: boolean[] | undefined;
      let addedFrom: boolean[] | undefined;
      let endsInForce: boolean | undefined;
      let highest: Map<Label['kind'], number> | undefined;
      let addedBefore = 0;
      let counted = 0;
      let tail: TextEdit | null | undefined | false = false;
      for (const [j, c] of list.entries()) {
        if (!leftOut.has(labelKey(c.label!.text)) || !c.paragraph.labelSpan) continue;
        // New items after the list in force (no `…` after them): the next letters after its last (`k)` → `l)`).
        // Else the items the `…` after the list stands for, restated and relettered as the list moved.
        added ??= list.map((x) => !!x.paragraph.labelSpan && inNewText(doc.marks, x.paragraph.labelSpan.start, x.paragraph.labelSpan.end));
        addedFrom ??= addedToEnd(added);
        const appended = addedFrom[j] && (endsInForce ??= !elisionAfter(doc.views.new, list[list.length - 1]));
        // The items before this one that the new text adds and the excerpt does not restate.
        for (; counted < j; counted++) if (added[counted] && !restated.has(labelKey(list[counted].label!.text))) addedBefore++;
        const fix = appended
          ? nextFree(doc, c, (highest ??= highestOrdinals(baseItems)).get(c.label!.kind) ?? 0, addedBefore)
          : tailFix(c, (tail = tail === false ? restatedTail(doc, doc.views.new, list, (i) => i.label!.text, amended) : tail));
        findings.push({
          code: 'base.label-in-force',
          severity: 'warning',
          ...labelRange(doc.text, c.paragraph.labelSpan, c.label!.text),
          message: l10n.t(
            '{0} is also the label in force of an item of "{1}" this excerpt leaves out (…): the Resolution as amended would have two {0}. Restate the items left out after it and reletter them with marks, or give the new item a bis label.',
            c.label!.text,
            section.call!.phrase,
          ),
          ...(fix ? { fix } : {}),
        });
      }
    });
  }
  return findings.concat(clausesInForce(doc, amended));
}

/** The fix that restates the items behind the list, when there is one to write. */
function tailFix(item: Item, tail: TextEdit | null | undefined, clauses = false): Fix | undefined {
  if (!tail) return undefined;
  const title = clauses ? l10n.t('Restate the clauses left out after {0}, renumbered with revision marks', item.label!.text) : l10n.t('Restate the items left out after {0}, relettered with revision marks', item.label!.text);
  return { title, edits: [tail] };
}

/** For each item, whether it and every item after it are added (`added`). */
function addedToEnd(added: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(added.length);
  let all = true;
  for (let i = added.length - 1; i >= 0; i--) out[i] = all = all && added[i];
  return out;
}

/** The highest ordinal of the labels of each kind among items. */
function highestOrdinals(items: readonly Item[]): Map<Label['kind'], number> {
  const out = new Map<Label['kind'], number>();
  for (const x of items) out.set(x.label!.kind, Math.max(out.get(x.label!.kind) ?? 0, x.label!.ordinal));
  return out;
}

/**
 * An item added after the list in force takes the next label after its last (`l)` after `k)`; `highest`, the highest
 * ordinal in force of its label's kind), `before` added items before it.
 */
function nextFree(doc: ItuDocument, item: Item, highest: number, before: number): Fix | undefined {
  const label = item.label!;
  if (highest === 0) return undefined;
  const to = formatLabel(label, highest + 1 + before, 0, undefined, false, labelForm(label.text));
  const change = labelChange(label.text, to);
  const start = item.paragraph.labelSpan!.start + (change?.offset ?? 0);
  if (!change || change.oldText === '' || doc.text.slice(start, start + change.oldText.length) !== change.oldText) return undefined;
  const edit = newTextEdit(doc, start, start + change.oldText.length, change.newText, true);
  return edit ? { title: l10n.t('Change {0} to {1}', label.text, to), edits: [edit] } : undefined;
}

/**
 * The same for a Recommendation's excerpt: a clause whose number the marks give or change (`{++2.3.3.12…++}`,
 * `2.3.3.{~~11~>12~~}`) and that a clause in force the excerpt does not restate still has.
 */
function clausesInForce(doc: ItuDocument, amended: readonly AmendedResolution[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const a of amended) {
    const text = a.provision?.instrumentText;
    const i = a.proposalIndex;
    if (!text || text.instrument.kind !== 'Recommendation' || seen.has(i) || !isMod(doc.proposals[i])) continue;
    seen.add(i);
    const pv = doc.views.new.proposals[i];
    const restated = restatedInForce(amended, i);
    const tails = new Map<Item, TextEdit | null | undefined>();
    // The clauses whose number the new text keeps as in force (their label written without a mark).
    const kept = new Set<string>();
    for (const c of pv ? walk(pv.outline) : []) if (c.label?.kind === 'decimal' && c.paragraph.labelSpan && plainText(doc.marks, c.paragraph.labelSpan.start, c.paragraph.labelSpan.end)) kept.add(c.label.text);
    // A clause in force left out under a clause restated renumbered (3.3.2 in a `…` after `3.{~~3~>4~~}`) moves with it: its number is free.
    const moved = (number: string) => {
      const parts = number.split('.');
      for (let k = parts.length - 1; k > 0; k--) {
        const up = parts.slice(0, k).join('.');
        if (restated.has(up)) return !kept.has(up);
      }
      return false;
    };
    for (const c of pv ? walk(pv.outline) : []) {
      const label = c.label;
      const span = c.paragraph.labelSpan;
      if (label?.kind !== 'decimal' || label.paren || !span || plainText(doc.marks, span.start, span.end) || restated.has(label.text) || !text.provisions.has(label.text) || moved(label.text)) continue;
      const list = c.parent!.children.filter((x) => x.label?.kind === 'decimal' && !x.label.paren && x.label.parts.length === label.parts.length);
      if (!tails.has(c.parent!)) tails.set(c.parent!, restatedTail(doc, doc.views.new, list, (x) => x.label!.text, amended));
      const fix = tailFix(c, tails.get(c.parent!), true);
      findings.push({
        code: 'base.label-in-force',
        severity: 'warning',
        ...labelRange(doc.text, span, label.text),
        message: l10n.t('{0} is also the number in force of a clause of {1} this excerpt does not restate: the Recommendation as amended would have two clauses {0}. Restate the clauses after it and renumber them with marks, or give the new clause a bis number.', label.text, text.instrument.name),
        ...(fix ? { fix } : {}),
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------- the items behind the elision

/** The elision paragraph (`…`) right after an item and what stands under it, if any. */
export function elisionAfter(view: View, item: Item): Paragraph | undefined {
  let last = item;
  while (last.children.length > 0) last = last.children[last.children.length - 1];
  for (let i = paragraphIndex(view, last.paragraph) + 1; i < view.paragraphs.length; i++) {
    const p = view.paragraphs[i];
    if (p.kind === 'elision') return p;
    if (p.kind !== 'blank' && !last.continuation.includes(p)) return undefined;
  }
  return undefined;
}

/** A label as written (`g)`, `2.3.3.12`) read back: its ordinal and suffix rank. */
function readLabel(text: string): Label | undefined {
  return /^\d+(?:\.\d+)*$/.test(text) ? decimalLabel(text) : matchLabel(`${text}\tx`)?.label;
}

/** An in-force paragraph whose label moves by `shift` places, the change written as a revision mark (`{~~g~>h~~})\t…`). */
function moved(text: string, label: Label, shift: number): string | undefined {
  const to = formatLabel(label, label.ordinal + shift, label.suffixRank, undefined, false, labelForm(label.text));
  const change = labelChange(label.text, to);
  if (!text.startsWith(label.text) || !change) return undefined;
  return text.slice(0, change.offset) + revisionMarkup(change.oldText, change.newText) + text.slice(change.offset + change.oldText.length);
}

/**
 * The items in force an elision (`…`) right after a MOD's list stands for, restated before it with their labels
 * moved as the list's last label moved (`f)` → `g)`: `{~~g~>h~~})` … `{~~k~>l~~})`), so that the Resolution or
 * Recommendation as amended keeps one item per label (review 3, E21). `labelOf`: the label each item of the list
 * will carry. Null: nothing to restate (no elision after the list, nothing in force behind it, or the labels behind
 * it stay free); undefined: the labels would collide, and the items in force cannot be restated from here.
 */
export function restatedTail(doc: ItuDocument, view: View, list: Item[], labelOf: (item: Item) => string, amended: readonly AmendedResolution[] | undefined): TextEdit | null | undefined {
  if (view.kind !== 'new' || !amended?.length) return null;
  const last = list[list.length - 1];
  const at = last.paragraph.source.start;
  const proposalIndex = doc.proposals.findIndex((p) => p.span.start <= at && at <= p.span.end);
  const pv = view.proposals[proposalIndex];
  if (!pv) return null;
  // A Recommendation's excerpt leaves out what it does not restate, `…` or not; a Resolution's list, what a `…` stands for.
  const clauses = rootOf(list[0]) === pv.outline;
  const before = elisionAfter(view, last) ?? (clauses ? paragraphAfter(view, last) : undefined);
  const final = before && readLabel(labelOf(last));
  if (!final) return null;
  const lines = clauses ? clausesBehind(doc, proposalIndex, list, labelOf, final, amended) : itemsBehind(doc, view, proposalIndex, list, final, amended);
  if (lines === null || lines === undefined) return lines;
  // Before that line, where no mark stands open; after it where the `…` holds sub-clauses of the last clause restated
  // (`3.3`, `3.3.1`, `…`: 3.3.2 to 3.3.6 come before the 3.4 restated), a `…` then after them for what follows.
  if (clauses && before.kind === 'elision' && subClausesLeftOut(list[list.length - 1], proposalIndex, amended)) {
    const next = paragraphAfterElision(view, before);
    const start = next ? lineStart(doc, next.source.start) : undefined;
    if (start === undefined) return undefined;
    return { start, end: start, newText: lines.join('\n') + '\n…\n' };
  }
  const start = lineStart(doc, before.source.start);
  if (start === undefined) return undefined;
  return { start, end: start, newText: lines.join('\n') + '\n' };
}

/** The paragraph after an elision paragraph. */
function paragraphAfterElision(view: View, elision: Paragraph): Paragraph | undefined {
  return view.paragraphs[paragraphIndex(view, elision) + 1];
}

/** Whether the clause in force a restated clause stands for has sub-clauses the excerpt does not restate. */
function subClausesLeftOut(item: Item, proposalIndex: number, amended: readonly AmendedResolution[]): boolean {
  const text = amended.find((a) => a.proposalIndex === proposalIndex && a.provision?.instrumentText)?.provision!.instrumentText;
  const number = item.label?.text;
  if (!text || !number) return false;
  const restated = restatedInForce(amended, proposalIndex);
  for (const n of text.provisions.keys()) if (n.startsWith(`${number}.`) && !restated.has(n)) return true;
  return false;
}

/** The paragraph after an item and what stands under it (its continuation included). */
function paragraphAfter(view: View, item: Item): Paragraph | undefined {
  let last = item;
  while (last.children.length > 0) last = last.children[last.children.length - 1];
  for (let i = paragraphIndex(view, last.paragraph) + 1; i < view.paragraphs.length; i++) if (!last.continuation.includes(view.paragraphs[i])) return view.paragraphs[i];
  return undefined;
}

/** A Resolution's list (under a call): the items in force after the last one the section restates. */
function itemsBehind(doc: ItuDocument, view: View, proposalIndex: number, list: Item[], final: Label, amended: readonly AmendedResolution[]): string[] | null | undefined {
  const section = list[0].parent;
  const k = view.proposals[proposalIndex].resolutions.findIndex((r) => r.root === rootOf(section));
  const a = amended.find((x) => x.proposalIndex === proposalIndex && !x.provision && doc.views.old.proposals[proposalIndex]?.resolutions.indexOf(x.resolution) === k);
  const inForce = a?.base && parsedInForce(a.base);
  if (!section?.call || !a || !inForce) return null;
  const key = [...sections(view.proposals[proposalIndex].resolutions[k])].find(([, s]) => s === section)?.[0];
  const old = key && sections(a.resolution).get(key);
  const baseSection = key && sections(inForce.resolution).get(key);
  if (!old || !baseSection) return null;
  const restated = new Set(labelled(old).map((c) => labelKey(c.label!.text)));
  const items = labelled(baseSection);
  let lastRestated = -1;
  items.forEach((c, i) => restated.has(labelKey(c.label!.text)) && (lastRestated = i));
  const tail = items.slice(lastRestated + 1);
  const from = items[lastRestated];
  if (tail.length === 0 || !from) return null;
  const shift = final.ordinal - from.label!.ordinal;
  if (shift === 0 || final.kind !== from.label!.kind) return null;
  // The paragraphs from the first item behind to the end of the section, as in force; the tail's labels moved.
  const paragraphs = inForce.view.paragraphs;
  const next = inForce.resolution.root.children[inForce.resolution.root.children.indexOf(baseSection) + 1];
  const at = (p: Paragraph) => paragraphIndex(inForce.view, p);
  const end = next ? at(next.paragraph) : at(inForce.resolution.paragraphs[inForce.resolution.paragraphs.length - 1]) + 1;
  const own = new Map(tail.map((c) => [c.paragraph, c.label!]));
  const out: string[] = [];
  for (let i = at(tail[0].paragraph); i < end; i++) {
    const p = paragraphs[i];
    if (p.kind === 'blank' || p.kind === 'footnote-definition') continue;
    const label = own.get(p);
    const line = label ? moved(p.text, label, shift) : p.text;
    if (line === undefined) return undefined;
    out.push(line);
  }
  // The notes of the footnotes restated with them, where the contribution does not define them yet.
  const defined = new Set(view.footnoteDefs.map((d) => d.label));
  for (const [, label] of out.join('\n').matchAll(/\[\^([^\]\s]+)\]/g)) {
    const def = a.base?.footnotes?.find((d) => d.startsWith(`[^${label}]:`));
    if (def && !defined.has(label)) out.push(def);
    defined.add(label);
  }
  return out;
}

/** A Recommendation's clauses (an excerpt of them): the clauses in force after the last one restated at that level, their sub-clauses with them. */
function clausesBehind(doc: ItuDocument, proposalIndex: number, list: Item[], labelOf: (item: Item) => string, final: Label, amended: readonly AmendedResolution[]): string[] | null | undefined {
  const text: InstrumentText | undefined = amended.find((a) => a.proposalIndex === proposalIndex && a.provision?.instrumentText)?.provision!.instrumentText;
  const label = list[list.length - 1].label!;
  if (!text || text.instrument.kind !== 'Recommendation' || label.kind !== 'decimal' || label.paren || final.kind !== 'decimal') return null;
  const prefix = label.parts.slice(0, -1).join('.');
  const depth = label.parts.length;
  const sameLevel = (n: string) => n.split('.').length === depth && (prefix === '' || n.startsWith(`${prefix}.`));
  const restated = restatedInForce(amended, proposalIndex);
  const levelInForce = [...new Set(text.provisions.values())].filter((p) => sameLevel(p.number)).sort((a, b) => a.line - b.line);
  let lastRestated = -1;
  levelInForce.forEach((p, i) => restated.has(p.number) && (lastRestated = i));
  const from = levelInForce[lastRestated];
  const tail = levelInForce.slice(lastRestated + 1);
  if (!from || tail.length === 0 || tail.some((p) => restated.has(p.number))) return null;
  const shift = final.ordinal - decimalLabel(from.number).ordinal;
  if (shift === 0) return null;
  // Where each clause of the level goes: those of the list the fix renumbers (their number in force as written, no
  // mark in it), and the tail restated here; a reference in the tail to any of them (or to a sub-clause) follows it.
  const moves = new Map<string, string>();
  for (const item of list) {
    const own = item.label!.text;
    if (sameLevel(own) && plainLabel(doc, item) && text.provisions.has(own) && labelOf(item) !== own) moves.set(own, labelOf(item));
  }
  for (const p of tail) moves.set(p.number, shifted(p.number, shift, prefix));
  return renumberedClauses([...new Set(text.provisions.values())].sort((a, b) => a.line - b.line), tail, depth, prefix, shift, movedWith(moves, depth));
}

/** A clause number moved by `shift` places at its own level (`2.3.3.10`, 1 → `2.3.3.11`). */
function shifted(number: string, shift: number, prefix: string): string {
  const label = decimalLabel(number);
  return formatLabel(label, label.ordinal + shift, label.suffixRank, prefix || undefined);
}

/** The number a clause in force takes when the clauses of level `depth` move as `moves` says (a sub-clause with its clause). */
function movedWith(moves: ReadonlyMap<string, string>, depth: number): (number: string) => string | undefined {
  return (number) => {
    const parts = number.split('.');
    if (parts.length < depth) return undefined;
    const to = moves.get(parts.slice(0, depth).join('.'));
    return to === undefined ? undefined : [to, ...parts.slice(depth)].join('.');
  };
}

/**
 * The clauses in force a proposal's excerpt restates: those its clauses were compared with (base.ts: a clause
 * renumbered by hand, `4.2.3` typed for the 4.2.2 in force, stands for 4.2.2), by number.
 */
function restatedInForce(amended: readonly AmendedResolution[], proposalIndex: number): Set<string> {
  const out = new Set<string>();
  for (const a of amended) {
    const first = a.proposalIndex === proposalIndex && a.provision ? a.base?.paragraphs[0] : undefined;
    for (const n of (first !== undefined ? provisionNumberAt(first, 'Recommendation', true)?.numbers : undefined) ?? []) out.add(n);
  }
  return out;
}

function rootOf(item: Item | undefined): Item | undefined {
  while (item?.parent) item = item.parent;
  return item;
}

// ---------------------------------------------------------------- a renumbering carried across elisions

/** What renumbering a Recommendation excerpt's clauses carries past a `…` (carriedClauses). */
export interface Carried {
  /** The clauses in force of the list's level a `…` between two restated ones holds, restated renumbered where they stand. */
  readonly edits: TextEdit[];
  /** The number a clause in force the excerpt does not restate (`3.2.2`, in a `…`) takes: references to it follow. */
  readonly held: (number: string) => string | undefined;
}

/**
 * A MOD of a Recommendation restating clauses in excerpts (`{++3.2…++}`, `3.2`, `3.2.1`, `…`, `3.3`, `3.3.1`, `…`),
 * renumbered (3.2 → 3.3; the clauses restated after a `…` move as the one before it: renumbered's `carry`): what the
 * `…` holds moves too. The clauses of the list's level in force between two restated ones (3.3 and 3.4 left out
 * between 3.2 and 3.5) are restated renumbered where they stand, after the `…` (as restatedTail restates those after
 * the last); the sub-clauses a `…` holds (3.2.2 → 3.3.2) move with their clause, and references to them follow.
 * Before, the fix renumbered the list before the `…` only: the clause restated after it then "appeared twice" with
 * no fix, and `see clause 3.2.2 below` kept naming the clause now numbered 3.3.2. `labelOf`: the number each clause
 * of the list takes; `elided(k)`: whether a `…` stands before the list's k-th. Undefined without the text in force
 * (nothing known of what the `…` holds); null where the clauses left out cannot be restated (the fix is then not offered).
 */
export function carriedClauses(doc: ItuDocument, view: View, list: Item[], labelOf: (item: Item) => string, amended: readonly AmendedResolution[] | undefined, elided: (k: number) => boolean): Carried | null | undefined {
  const first = list[0].label!;
  if (view.kind !== 'new' || !amended?.length || first.kind !== 'decimal' || first.paren) return undefined;
  const depth = first.parts.length;
  const prefix = first.parts.slice(0, -1).join('.');
  const at = list[0].paragraph.source.start;
  const proposalIndex = doc.proposals.findIndex((p) => p.span.start <= at && at <= p.span.end);
  const text: InstrumentText | undefined = amended.find((a) => a.proposalIndex === proposalIndex && a.provision?.instrumentText)?.provision!.instrumentText;
  if (!text || text.instrument.kind !== 'Recommendation') return undefined;
  const restated = restatedInForce(amended, proposalIndex);
  const provisions = [...new Set(text.provisions.values())].sort((a, b) => a.line - b.line);
  const sameLevel = (n: string) => /^\d+(?:\.\d+)*$/.test(n) && n.split('.').length === depth && (prefix === '' || n.startsWith(`${prefix}.`));
  const levelInForce = provisions.filter((p) => sameLevel(p.number));
  const index = new Map(levelInForce.map((p, k) => [p.number, k]));
  // The clauses in force a `…` holds between two restated ones, restated where the later one stands (written once
  // every move is known: a reference in them to a clause that moves follows it).
  const gaps: { gap: typeof levelInForce; start: number; shift: number }[] = [];
  // Each clause as in force (its label as written: no mark in or around it) with the number it takes.
  const moves = new Map<string, string>();
  let before: Item | undefined;
  for (const [k, item] of list.entries()) {
    const own = item.label!;
    const inForce = plainLabel(doc, item) && sameLevel(own.text) && index.has(own.text);
    if (inForce) moves.set(own.text, labelOf(item));
    const from = before && index.get(before.label!.text);
    const to = inForce ? index.get(own.text)! : undefined;
    if (inForce) {
      const shift = decimalLabel(labelOf(item)).ordinal - own.ordinal;
      // The clauses in force between the one restated before and this one, left out in the `…` before it.
      if (shift !== 0 && elided(k) && from !== undefined && to !== undefined && to > from + 1 && own.suffixRank === 0) {
        const gap = levelInForce.slice(from + 1, to);
        if (gap.some((p) => restated.has(p.number))) return null;
        const start = lineStart(doc, item.paragraph.source.start);
        if (start === undefined) return null;
        gaps.push({ gap, start, shift });
      }
      before = item;
    }
  }
  // The shift of the clause restated last before each clause of the level in force: those left out after it move as it did.
  const shifts = new Array<number>(levelInForce.length).fill(0);
  let shift = 0;
  levelInForce.forEach((p, k) => {
    const to = moves.get(p.number);
    if (to !== undefined) shift = decimalLabel(to).ordinal - decimalLabel(p.number).ordinal;
    shifts[k] = shift;
  });
  const held = (number: string): string | undefined => {
    if (restated.has(number) || !text.provisions.has(number)) return undefined;
    const parts = number.split('.');
    if (parts.length < depth) return undefined;
    const top = parts.slice(0, depth).join('.');
    const k = index.get(top);
    const to = moves.get(top) ?? (k !== undefined && shifts[k] !== 0 ? formatLabel(decimalLabel(top), decimalLabel(top).ordinal + shifts[k], 0, prefix || undefined) : undefined);
    return to && to !== top ? [to, ...parts.slice(depth)].join('.') : undefined;
  };
  // In the clauses restated from the text in force, a reference to any clause that moves (restated or held) follows it.
  const everyMove = new Map(levelInForce.map((p, k) => [p.number, moves.get(p.number) ?? (shifts[k] !== 0 ? shifted(p.number, shifts[k], prefix) : p.number)]));
  const edits: TextEdit[] = [];
  for (const { gap, start, shift } of gaps) {
    const lines = renumberedClauses(provisions, gap, depth, prefix, shift, movedWith(everyMove, depth));
    if (!lines) return null;
    edits.push({ start, end: start, newText: lines.join('\n') + '\n' });
  }
  return { edits, held };
}
/** Whether an item's label is as in force: no revision mark in or around it. */
function plainLabel(doc: ItuDocument, item: Item): boolean {
  const span = item.paragraph.labelSpan;
  return !!span && plainText(doc.marks, span.start, span.end);
}

/** The start of the line a source offset stands on, where nothing but spaces stands before it (no mark open). */
function lineStart(doc: ItuDocument, offset: number): number | undefined {
  const start = Math.max(doc.text.lastIndexOf('\n', offset - 1), doc.text.lastIndexOf('\r', offset - 1)) + 1;
  return doc.text.slice(start, offset).trim() === '' ? start : undefined;
}

/**
 * Clauses in force (`heads`, of one level) restated with their sub-clauses, their numbers moved by `shift` with marks,
 * and their references to clauses that move (`movedTo`: the number a clause in force takes) following them with marks:
 * A.1's 2.3.3.6 restated as 2.3.3.7 reads `(see clause 2.3.3.{~~10~>11~~} below)`. Before, the references stayed as in
 * force, naming the clause now numbered before the one meant (reference.stale after the fix).
 */
function renumberedClauses(provisions: readonly { number: string; paragraphs: readonly string[] }[], heads: readonly { number: string }[], depth: number, prefix: string, shift: number, movedTo: (number: string) => string | undefined): string[] | undefined {
  const out: string[] = [];
  const under = provisions.filter((p) => heads.some((t) => p.number === t.number || p.number.startsWith(`${t.number}.`)));
  for (const p of under) {
    const number = decimalLabel(p.number);
    // The clause's own number moves at its level; a sub-clause's prefix moves with it.
    const head = decimalLabel(p.number.split('.').slice(0, depth).join('.'));
    const to = formatLabel(head, head.ordinal + shift, head.suffixRank, prefix || undefined) + p.number.slice(head.text.length);
    const change = labelChange(number.text, to);
    const [written, ...rest] = p.paragraphs;
    if (!change || !written?.startsWith(number.text)) return undefined;
    const first = number.text + referencesMoved(written.slice(number.text.length), movedTo);
    out.push(first.slice(0, change.offset) + revisionMarkup(change.oldText, change.newText) + first.slice(change.offset + change.oldText.length));
    for (const x of rest) out.push(referencesMoved(x, movedTo));
  }
  return out;
}

/** A paragraph in force with each clause it references that moves renumbered with a mark (`clause 2.3.3.{~~10~>11~~}`). */
function referencesMoved(text: string, movedTo: (number: string) => string | undefined): string {
  const targets = clauseReferenceMatches(text).flatMap((m) => m.targets).sort((a, b) => a.index - b.index);
  let out = '';
  let at = 0;
  for (const t of targets) {
    const to = movedTo(t.label);
    const change = to !== undefined && to !== t.label ? labelChange(t.label, to) : undefined;
    if (!change || t.index < at) continue;
    out += text.slice(at, t.index + change.offset) + revisionMarkup(change.oldText, change.newText);
    at = t.index + change.offset + change.oldText.length;
  }
  return out + text.slice(at);
}
