// numbering.*: labels that skip, repeat, go backwards, mix kinds or stand under the wrong parent.
import { compareRank, formatLabel, labelCore } from '../labels';
import { isMod } from '../document';
import { inNewText, marksStartingIn } from '../marks';
import { toSource } from '../projection';
import { walk } from '../structure';
import { referencesIn, resolveTarget } from './references';
import type { Finding, Fix, Item, ItuDocument, Label, LabelKind, TextEdit, View } from '../types';

export type NumberingPolicy = 'reletter' | 'bis';

/** The lists of a view to check, each with whether it stands in a MOD. */
function roots(doc: ItuDocument, view: View): { root: Item; mod: boolean }[] {
  const out: { root: Item; mod: boolean }[] = [];
  if (view.kind === 'new') {
    out.push({ root: view.clauses, mod: false });
    for (const r of view.resolutions) out.push({ root: r.root, mod: false });
  }
  view.proposals.forEach((pv, i) => {
    const mod = isMod(doc.proposals[i]);
    if (view.kind === 'old' && !mod) return;
    out.push({ root: pv.outline, mod });
    for (const r of pv.resolutions) out.push({ root: r.root, mod });
  });
  return out;
}

type Family = LabelKind;

/** Children of one parent grouped into lists of one family, split where a list restarts. */
export function listsOf(parent: Item): Item[][] {
  const byFamily = new Map<Family, Item[][]>();
  for (const child of parent.children) {
    if (!child.label) continue;
    const family = child.label.kind;
    let lists = byFamily.get(family);
    if (!lists) byFamily.set(family, (lists = [[]]));
    const current = lists[lists.length - 1];
    const restart = current.length > 0 && child.afterText && isFirst(child.label) &&
      !current.some((c) => c.label!.ordinal === child.label!.ordinal && c.label!.suffixRank === 0 && c === current[current.length - 1]);
    if (restart) lists.push([child]);
    else current.push(child);
  }
  return [...byFamily.values()].flat().filter((l) => l.length > 0);
}

function isFirst(label: Label): boolean {
  return label.suffixRank === 0 && (label.ordinal === 1 || (label.kind === 'decimal' && label.ordinal === 0));
}

export function describeItem(item: Item): string {
  if (item.call) return item.call.phrase;
  if (item.section !== undefined) return `SECTION ${item.section}`;
  if (item.annex) return item.annex;
  if (item.label) {
    if (item.label.kind === 'decimal') return item.label.text;
    const parent = item.parent ? describeItem(item.parent) : '';
    return parent ? `${parent} ${item.label.text}` : item.label.text;
  }
  if (item.paragraph.kind === 'resolution-number') return item.paragraph.text.trim();
  return '';
}

function context(parent: Item): string {
  const d = describeItem(parent);
  return d ? `${d}: ` : '';
}

interface Expected {
  ordinal: number;
  suffixRank: number;
}

function expectedAfter(prev: Label | undefined, current: Label): Expected {
  if (!prev) return { ordinal: current.kind === 'decimal' && current.ordinal === 0 ? 0 : 1, suffixRank: 0 };
  if (current.suffixRank > 0 && current.ordinal === prev.ordinal) return { ordinal: prev.ordinal, suffixRank: prev.suffixRank + 1 };
  return { ordinal: prev.ordinal + 1, suffixRank: 0 };
}

function acceptable(prev: Label | undefined, current: Label): boolean {
  if (!prev) return isFirst(current);
  if (current.ordinal === prev.ordinal && current.suffixRank === prev.suffixRank + 1) return true;
  return current.ordinal === prev.ordinal + 1 && current.suffixRank === 0;
}

function show(label: Label | string): string {
  return typeof label === 'string' ? label : label.text;
}

/** Labels the list would carry if renumbered from its first item, keeping bis/ter structure. */
export function renumbered(list: Item[], parentPrefix?: string): Map<Item, string> {
  const out = new Map<Item, string>();
  let prev: Expected | undefined;
  for (const item of list) {
    const label = item.label!;
    let want: Expected;
    if (item.afterElision && prev !== undefined) want = { ordinal: label.ordinal, suffixRank: label.suffixRank };
    else if (!prev) want = { ordinal: label.kind === 'decimal' && label.ordinal === 0 ? 0 : item.afterElision ? label.ordinal : 1, suffixRank: 0 };
    else if (label.suffixRank > 0) want = { ordinal: prev.ordinal, suffixRank: prev.suffixRank + 1 };
    else want = { ordinal: prev.ordinal + 1, suffixRank: 0 };
    const text = formatLabel(label, want.ordinal, want.suffixRank, parentPrefix);
    if (text !== label.text) out.set(item, text);
    prev = want;
  }
  return out;
}

export function checkNumbering(doc: ItuDocument, view: View, policy: NumberingPolicy): Finding[] {
  const findings: Finding[] = [];
  for (const { root, mod } of roots(doc, view)) {
    const parents = [root, ...walk(root)];
    for (const parent of parents) {
      if (parent.children.length === 0) continue; // most items: nothing under them to check
      checkParentKinds(doc, view, parent, mod, findings);
      for (const list of listsOf(parent)) checkList(doc, view, parent, list, mod, policy, findings);
      checkDecimalParents(parent, findings);
    }
  }
  return findings;
}

function checkList(
  doc: ItuDocument,
  view: View,
  parent: Item,
  list: Item[],
  mod: boolean,
  policy: NumberingPolicy,
  findings: Finding[],
): void {
  const seen = new Map<string, Item>();
  let prev: Label | undefined;
  // Computed once per list, remembered even when no fix can be built (else every finding retries).
  let fix: Fix | undefined;
  let tried = false;
  const fixOnce = () => {
    if (!tried) {
      tried = true;
      fix = listFix(doc, view, list, mod, policy);
    }
    return fix;
  };
  // The last item of the text in force seen so far: a deletion after it explains a gap.
  let inForce: Item = parent;
  for (const item of list) {
    const label = item.label!;
    const key = `${label.ordinal}/${label.suffixRank}`;
    const range = item.paragraph.labelSpan!;
    if (item.afterElision) {
      // Text left out (…) may hold any labels: carry on from here.
    } else if (seen.has(key)) {
      findings.push({
        code: 'numbering.duplicate', severity: 'error', ...range,
        message: `${context(parent)}${label.text} appears twice in this list.`, fix: fixOnce(),
      });
    } else if (!acceptable(prev, label)) {
      const want = expectedAfter(prev, label);
      const expected = formatLabel(label, want.ordinal, want.suffixRank);
      if (prev && compareRank(label, prev) < 0) {
        findings.push({
          code: 'numbering.order', severity: 'error', ...range,
          message: `${context(parent)}${label.text} comes after ${show(prev)}: labels must go forward; expected ${expected}.`, fix: fixOnce(),
        });
      } else {
        const deleted = mod && view.kind === 'new' && deletionBetween(doc, inForce, item);
        findings.push({
          code: deleted ? 'numbering.gap-after-deletion' : 'numbering.gap',
          severity: deleted ? 'information' : 'warning',
          ...range,
          message: prev
            ? `${context(parent)}after ${show(prev)} comes ${label.text}; expected ${expected}.` +
              (deleted ? ' The missing item was deleted: ITU-T A.1 keeps the numbers of the items that remain, or reletter them with revision marks.' : '')
            : `${context(parent)}the list starts at ${label.text}; expected ${expected}.`,
          fix: fixOnce(),
        });
      }
    }
    seen.set(key, item);
    prev = label;
    const span = item.paragraph.labelSpan!;
    if (!inNewText(doc.marks, span.start, span.end)) inForce = item;
  }
}

/** A deletion between two items of the new text: the gap it leaves is deliberate. */
function deletionBetween(doc: ItuDocument, before: Item, item: Item): boolean {
  const from = before.paragraph.source.start;
  const to = item.paragraph.labelSpan!.start;
  return marksStartingIn(doc.marks, from, to).some((m) => (m.kind === 'deletion' || m.kind === 'substitution') && m.oldText !== undefined &&
    (/[\r\n]/.test(doc.text.slice(m.oldText.start, m.oldText.end)) || m.end >= to - 1 || doc.text.slice(m.end, to) === '\r\n'));
}

/** `a)` then `2` in one call section: one list, two kinds. */
function checkParentKinds(
  doc: ItuDocument,
  view: View,
  parent: Item,
  mod: boolean,
  findings: Finding[],
): void {
  if (!parent.call && parent.label === undefined && parent.section === undefined && parent.annex === undefined) {
    if (parent.paragraph.kind !== 'resolution-number') return;
  }
  if (parent.label?.kind === 'decimal' || parent.section !== undefined) return; // decimal clauses hold letters and sub-clauses
  const labelled = parent.children.filter((c) => c.label && (c.label.kind !== 'decimal' || c.label.parts.length === 1));
  const first = labelled[0];
  if (!first) return;
  const topKind = (k: LabelKind) => (k === 'roman' ? 'letter' : k);
  for (const child of labelled) {
    if (topKind(child.label!.kind) === topKind(first.label!.kind)) continue;
    const same = labelled.filter((c) => c.label!.kind === first.label!.kind && labelled.indexOf(c) < labelled.indexOf(child));
    const prev = same[same.length - 1]?.label;
    const expected = prev ? formatLabel(prev, prev.ordinal + 1, 0) : formatLabel(first.label!, 1, 0);
    findings.push({
      code: 'numbering.kind',
      severity: 'warning',
      ...child.paragraph.labelSpan!,
      message: `${context(parent)}this list mixes ${kindName(first.label!.kind)} and ${kindName(child.label!.kind)} (${first.label!.text} … ${child.label!.text}); expected ${expected}.`,
      fix: relabelFix(doc, view, new Map([[child, expected]]), mod, `Change ${child.label!.text} to ${expected}`),
    });
    return;
  }
}

function kindName(kind: LabelKind): string {
  return kind === 'letter' ? 'letters' : kind === 'roman' ? 'roman numerals' : 'numbers';
}

/** `1.2.1` under `1.3`; `3.1` under SECTION 2. */
function checkDecimalParents(parent: Item, findings: Finding[]): void {
  for (const child of parent.children) {
    const label = child.label;
    if (!label || label.kind !== 'decimal') continue;
    let expectedPrefix: string | undefined;
    if (parent.label?.kind === 'decimal') expectedPrefix = parent.label.text;
    else if (parent.section !== undefined) expectedPrefix = parent.section;
    else continue;
    const prefix = label.parts.slice(0, -1).join('.');
    if (prefix === expectedPrefix) continue;
    const fixed = `${expectedPrefix}.${label.parts[label.parts.length - 1]}`;
    const where = parent.section !== undefined ? `SECTION ${parent.section}` : expectedPrefix;
    findings.push({
      code: 'numbering.parent',
      severity: 'warning',
      ...child.paragraph.labelSpan!,
      message: `${label.text} stands under ${where}: its number should start with ${expectedPrefix}. (expected ${fixed}).`,
      fix: { title: `Change ${label.text} to ${fixed}`, edits: [{ ...child.paragraph.labelSpan!, newText: fixed }] },
    });
  }
}

// ---------------------------------------------------------------- fixes

function listFix(doc: ItuDocument, view: View, list: Item[], mod: boolean, policy: NumberingPolicy): Fix | undefined {
  const targets = renumbered(list);
  if (targets.size === 0) return undefined;
  const name = describeItem(list[0].parent!) || 'the list';
  const reletter = relabelFix(doc, view, targets, mod, mod ? `Reletter ${name} with revision marks` : `Renumber ${name}`);
  if (!mod) return reletter;
  const bis = bisFix(doc, view, list);
  if (!reletter) return bis;
  if (!bis) return reletter;
  const [first, second] = policy === 'bis' ? [bis, reletter] : [reletter, bis];
  return { ...first, alternatives: [{ title: second.title, edits: second.edits }] };
}

/** Source span of the part of a label a fix rewrites, when the source holds it in one piece. */
function coreSpan(doc: ItuDocument, view: View, item: Item): { span: { start: number; end: number }; core: string; inNewText: boolean } | undefined {
  const label = item.label!;
  const core = labelCore(label);
  const viewStart = item.paragraph.viewStart;
  const start = toSource(view.segments, viewStart, 'start');
  const end = toSource(view.segments, viewStart + core.length, 'end');
  if (doc.text.slice(start, end) !== core) return undefined;
  return { span: { start, end }, core, inNewText: inNewText(doc.marks, start, end) };
}

/** Relabels items; in a MOD, labels of the text in force change through revision marks. */
export function relabelFix(
  doc: ItuDocument,
  view: View,
  targets: Map<Item, string>,
  mod: boolean,
  title: string,
): Fix | undefined {
  const edits: TextEdit[] = [];
  const relabel = (item: Item, newLabel: string): boolean => {
    const where = coreSpan(doc, view, item);
    if (!where) return false;
    const newCore = item.label!.kind === 'decimal' ? newLabel : newLabel.slice(0, newLabel.indexOf(')'));
    if (newCore === where.core) return true;
    const plain = !mod || where.inNewText;
    edits.push({ ...where.span, newText: plain ? newCore : `{~~${where.core}~>${newCore}~~}` });
    return true;
  };
  for (const [item, newLabel] of targets) {
    if (!relabel(item, newLabel)) return undefined;
    // Sub-clauses follow their clause: 1.3 → 1.2 makes 1.3.1 → 1.2.1.
    if (item.label!.kind === 'decimal') {
      const oldPrefix = item.label!.text;
      for (const d of walk(item)) {
        if (d.label?.kind !== 'decimal' || !d.label.text.startsWith(oldPrefix + '.')) continue;
        if (targets.has(d)) continue;
        relabel(d, newLabel + d.label.text.slice(oldPrefix.length));
      }
    }
  }
  for (const e of referenceEdits(doc, view, targets, mod)) edits.push(e);
  if (edits.length === 0) return undefined;
  return { title, edits: dedupe(edits), safeForFixAll: !mod };
}

/** Cross-references to relabelled items follow them. */
function referenceEdits(doc: ItuDocument, view: View, targets: Map<Item, string>, mod: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  const first = targets.keys().next().value as Item | undefined;
  if (!first) return edits;
  let root = first;
  while (root.parent) root = root.parent;
  for (const ref of referencesIn(view, root)) {
    for (const target of ref.targets) {
      const item = resolveTarget(view, ref, target.label);
      if (!item || !targets.has(item)) continue;
      const newLabel = targets.get(item)!;
      if (doc.text.slice(target.source.start, target.source.end) !== target.label) continue;
      // Only the letters or digits change: `c)` → `{~~c~>d~~})`.
      const cut = (l: string) => (l.includes(')') ? l.slice(0, l.indexOf(')')) : l);
      const oldCore = cut(target.label);
      const newCore = cut(newLabel);
      const span = { start: target.source.start, end: target.source.start + oldCore.length };
      const inNew = inNewText(doc.marks, span.start, span.end);
      edits.push({ ...span, newText: !mod || inNew ? newCore : `{~~${oldCore}~>${newCore}~~}` });
    }
  }
  return edits;
}

/** ITU-T A.1: keep the numbers of the text in force; inserted items take bis, ter … */
function bisFix(doc: ItuDocument, view: View, list: Item[]): Fix | undefined {
  const edits: TextEdit[] = [];
  let base: Label | undefined;
  let rank = 0;
  for (const item of list) {
    const where = coreSpan(doc, view, item);
    if (!where) return undefined;
    if (!where.inNewText) {
      base = item.label!;
      rank = 0;
      continue;
    }
    if (!base) return undefined;
    rank++;
    // The whole label, suffix included, becomes the base label with the next suffix.
    const label = formatLabel(base, base.ordinal, base.suffixRank + rank);
    const labelEnd = item.paragraph.labelSpan!.end;
    if (doc.text.slice(where.span.start, labelEnd) !== label) edits.push({ start: where.span.start, end: labelEnd, newText: label });
  }
  if (edits.length === 0) return undefined;
  return { title: 'Keep the numbers in force and label inserted items bis, ter …', edits };
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits
    .filter((e) => {
      const k = `${e.start}:${e.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

