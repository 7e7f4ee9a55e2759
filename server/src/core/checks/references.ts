// reference.unresolved: `considering e), f) and h) above` must name items of the same Resolution
// (in the six languages: `considérant b) ci-dessus` names b) of considérant; labels and calls are
// compared folded, see core/lang/references.ts).
import { acrossAdds, type CheckFamily } from './family';
import { clauseReferenceMatches, addresseeKey, referenceKey, phraseKey, withoutConjunction, writtenDirection } from '../lang/references';
import { viewStart, walk } from '../structure';
import { rangeToSource } from '../projection';
import type { CrossReference, Finding, Item, ItuDocument, Paragraph, ParagraphKind, Resolution, Span, View, ViewKind } from '../types';
import type { InstrumentText } from '../provisions';
import { l10n } from '../l10n';
import { inFormOf, labelChange, matchLabel, shownLabel } from '../labels';
import { lowerBound } from '../text';
import { spacedLike } from '../lang/labels';
import { withoutMarks } from '../lang/fold';
import { inNewText, markAround, plainText, projectText } from '../marks';
import { conjunctionEdit, newTextEdit } from '../fixEdit';
import { MemoSlot } from '../memo';
import { parsedInForce, type ParsedInForce } from '../inForce';
import type { AddedText, AmendedResolution } from '../base';
import { untrackedInsertions } from './base';

export function resolutionOf(_view: View, ref: CrossReference): Resolution | undefined {
  return ref.resolution;
}

/**
 * A reference to clauses of the Recommendation a proposal restates (`see clause 2.3.3.10 below`, `voir le
 * § 2.3`, core/lang/references.ts clauseReferenceMatches): it names the proposal's clauses, and, in an
 * excerpt, the clauses in force it leaves out (review 3, E3).
 */
export interface ClauseReference {
  paragraph: Paragraph;
  /** `within` as CrossReference's (a clause reference names no sub-item: never set). */
  targets: { label: string; source: Span; within?: string }[];
  direction?: 'above' | 'below';
  source: Span;
  /** The outline of the proposal the reference stands in, whose decimal items are the clauses it names. */
  root: Item;
  /** As the projection has it, white space folded (`clause 2.3.3.10 below`). */
  written: string;
  proposalIndex: number;
}

/** A cross-reference of a Resolution, or a reference to clauses of a Recommendation. */
export type Reference = CrossReference | ClauseReference;

const isClauseReference = (ref: Reference): ref is ClauseReference => 'root' in ref;

/** Paragraphs that hold no clause text of the Recommendation restated. */
const NOT_CLAUSE_TEXT: ReadonlySet<ParagraphKind> = new Set<ParagraphKind>(['proposal-header', 'reasons', 'footnote-definition', 'elision', 'blank', 'cover-field']);

const CLAUSE_REFERENCES = new MemoSlot<ClauseReference[]>();

/**
 * The clause references of a view: those in the proposals on a Recommendation (where clause numbers are the
 * labels; a Resolution's decimal references are view.references). Worked out once per view.
 */
export function clauseReferences(view: View): ClauseReference[] {
  const known = CLAUSE_REFERENCES.get(view);
  if (known) return known;
  const refs: ClauseReference[] = [];
  view.proposals.forEach((pv, proposalIndex) => {
    const kind = pv.outline.textKind;
    if (kind !== 'recommendation-itu-t' && kind !== 'recommendation-itu-r') return;
    for (const p of pv.paragraphs) {
      if (NOT_CLAUSE_TEXT.has(p.kind)) continue;
      for (const m of clauseReferenceMatches(p.text)) {
        const from = viewStart(view, p);
        const start = from + m.index;
        refs.push({
          paragraph: p,
          targets: m.targets.map((t) => ({ label: t.label, source: rangeToSource(view.segments, from + t.index, from + t.index + t.label.length) })),
          source: rangeToSource(view.segments, start, start + m.length),
          root: pv.outline,
          written: p.text.slice(m.index, m.index + m.length).replace(/\s+/g, ' '),
          proposalIndex,
          ...(m.direction ? { direction: m.direction } : {}),
        });
      }
    }
  });
  return CLAUSE_REFERENCES.set(view, refs);
}

/** Every reference of a view: the Resolutions' cross-references, then the clause references. */
export function referencesOf(view: View): readonly Reference[] {
  const clauses = clauseReferences(view);
  return clauses.length ? [...view.references, ...clauses] : view.references;
}

const CLAUSES = new MemoSlot<Map<Item, Map<string, Item>>>();

/** The decimal clauses of a proposal's outline by number (the first of each number). */
function clausesUnder(view: View, root: Item): Map<string, Item> {
  const byRoot = CLAUSES.get(view) ?? CLAUSES.set(view, new Map());
  let clauses = byRoot.get(root);
  if (!clauses) {
    clauses = new Map();
    for (const i of walk(root)) if (i.label?.kind === 'decimal' && !i.label.paren && !clauses.has(referenceKey(i.label.text))) clauses.set(referenceKey(i.label.text), i);
    byRoot.set(root, clauses);
  }
  return clauses;
}

/**
 * What references are resolved with, worked out once per view and kept by the view (one memo entry per
 * view, not one per Resolution).
 */
interface ViewIndex {
  /** The references standing in each Resolution (or proposal on a Recommendation), by its outline root. */
  byRoot?: Map<Item, Reference[]>;
  /** Each Resolution's index (indexOf), by its outline root. */
  resolutions: Map<Item, ResolutionIndex>;
}

const VIEW_INDEX = new MemoSlot<ViewIndex>();

function viewIndex(view: View): ViewIndex {
  return VIEW_INDEX.get(view) ?? VIEW_INDEX.set(view, { resolutions: new Map() });
}

/** The references standing in the Resolution, or the proposal on a Recommendation, whose outline root is given (indexed once per view). */
export function referencesIn(view: View, root: Item): Reference[] {
  const cache = viewIndex(view);
  let index = cache.byRoot;
  if (!index) {
    index = new Map();
    for (const ref of referencesOf(view)) {
      const key = isClauseReference(ref) ? ref.root : ref.resolution.root;
      const list = index.get(key);
      if (list) list.push(ref);
      else index.set(key, [ref]);
    }
    cache.byRoot = index;
  }
  return index.get(root) ?? [];
}

interface ResolutionIndex {
  /** The Resolution's outline items, depth first (walk). */
  items: Item[];
  calls: Item[];
  /** The key each call is compared by (phraseKey, without an opening conjunction), in the order of `calls`. */
  callKeys: string[];
  /** SECTION items and decimal items by number (bySection), worked out when a reference first names one: most name a call's items. */
  sections?: Map<string, Item>;
  decimals?: Map<string, Item>;
  /** How many times the call sections have been searched item by item (labelIn). */
  searches: number;
  /** Labelled descendants of each call section, by label key: mapped after SEARCHES_BEFORE_INDEX searches (labelIn). */
  labelsIn?: Map<Item, Map<string, Item>>;
  /** The call sections a phrase names (callSections), by the phrase as the reference writes it. */
  byPhrase: Map<string, Item[]>;
}

/** What references resolve against, built once per Resolution outline (kept with the view asking). */
function indexOf(view: View, resolution: Resolution): ResolutionIndex {
  const indexes = viewIndex(view).resolutions;
  let index = indexes.get(resolution.root);
  if (index) return index;
  index = { items: walk(resolution.root), calls: [], callKeys: [], searches: 0, byPhrase: new Map() };
  for (const item of index.items) {
    if (item.call) {
      index.calls.push(item);
      index.callKeys.push(withoutConjunction(phraseKey(item.call.phrase)));
    }
  }
  indexes.set(resolution.root, index);
  return index;
}

/** The index's SECTION items by number and decimal items by label key (the first of each), built on first use. */
function bySection(index: ResolutionIndex): { sections: Map<string, Item>; decimals: Map<string, Item> } {
  if (!index.sections || !index.decimals) {
    const sections = new Map<string, Item>();
    const decimals = new Map<string, Item>();
    for (const item of index.items) {
      if (item.section !== undefined && !sections.has(item.section)) sections.set(item.section, item);
      if (item.label?.kind === 'decimal' && !decimals.has(referenceKey(item.label.text))) decimals.set(referenceKey(item.label.text), item);
    }
    index.sections = sections;
    index.decimals = decimals;
  }
  return { sections: index.sections, decimals: index.decimals };
}

/**
 * The item of a call section whose label has the key `key`: the first such, depth first (as walk orders them). Most
 * Resolutions are asked for an item or two (a reference names an item or two of a call): their sections are searched,
 * up to the item, without a map of their labels (building the maps, one per section, was a sixth of the reference
 * checks of a 10 KB contribution). After SEARCHES_BEFORE_INDEX searches in one Resolution its sections' labels are mapped, so that many references
 * into long sections still cost time in proportion to the Resolution and the references.
 */
function labelIn(index: ResolutionIndex, section: Item, key: string): Item | undefined {
  if (index.searches < SEARCHES_BEFORE_INDEX) {
    index.searches++;
    return firstLabelled(section, key);
  }
  const bySection = (index.labelsIn ??= new Map());
  let labels = bySection.get(section);
  if (!labels) {
    labels = new Map();
    for (const i of walk(section)) if (i.label && !labels.has(referenceKey(i.label.text))) labels.set(referenceKey(i.label.text), i);
    bySection.set(section, labels);
  }
  return labels.get(key);
}

/** How many times the call sections of a Resolution are searched item by item before their labels are mapped (labelIn). */
const SEARCHES_BEFORE_INDEX = 8;

/** The first descendant of `section` (depth first, walk's order) whose label's key is `key`, found without a list of them. */
function firstLabelled(section: Item, key: string): Item | undefined {
  // walk's stack, kept between searches and cleared after each (it holds no item between them).
  const stack = SEARCH_STACK;
  let top = 0;
  let deepest = 0;
  let found: Item | undefined;
  for (let i = section.children.length - 1; i >= 0; i--) stack[top++] = section.children[i];
  while (top > 0) {
    if (top > deepest) deepest = top;
    const next = stack[--top]!;
    if (next.label && referenceKey(next.label.text) === key) {
      found = next;
      break;
    }
    for (let i = next.children.length - 1; i >= 0; i--) stack[top++] = next.children[i];
  }
  for (let i = 0; i < deepest; i++) stack[i] = undefined;
  return found;
}

const SEARCH_STACK: (Item | undefined)[] = [];

/**
 * The call sections a phrase names: those of exactly that phrase, else those it begins (`resolves` of `resolves
 * further`); with an addressee (`instructs the ITU Council 2`), only those calling on it (review 5, F13: `instructs`
 * alone named the Secretary-General's items too).
 */
function callSections(view: View, resolution: Resolution, phrase: string, addressee?: string): Item[] {
  const index = indexOf(view, resolution);
  const cacheKey = addressee === undefined ? phrase : `${phrase}\u0000${addressee}`;
  let sections = index.byPhrase.get(cacheKey);
  if (!sections) {
    const key = withoutConjunction(phraseKey(phrase));
    const { calls, callKeys } = index;
    const to = addressee === undefined ? undefined : addresseeKey(addressee);
    const calling = to === undefined ? calls : calls.filter((i) => addresseeKey(i.call!.addressee) === to);
    const keys = to === undefined ? callKeys : calls.flatMap((i, k) => (addresseeKey(i.call!.addressee) === to ? [callKeys[k]!] : []));
    const exact = calling.filter((_i, k) => keys[k] === key);
    sections = exact.length ? exact : calling.filter((_i, k) => keys[k]!.startsWith(key + ' '));
    index.byPhrase.set(cacheKey, sections);
  }
  return sections;
}

/**
 * The call a reference names, as messages write it (`instructs the ITU Council`; Chinese with no space between the call
 * and its addressee, as it writes them: `进一步责成秘书长`, which messages wrote `进一步责成 秘书长`).
 */
function callOf(ref: CrossReference): string {
  return callWithAddressee(ref.phrase ?? '', ref.addressee);
}

/** A call and its addressee as the text writes them: one space between, none between two Chinese characters (`责成秘书长`). */
export function callWithAddressee(phrase: string, addressee: string | undefined): string {
  if (!addressee) return phrase;
  return CJK_BEFORE_AFTER.test(`${phrase.slice(-1)}${addressee.charAt(0)}`) ? phrase + addressee : `${phrase} ${addressee}`;
}

/** Two Chinese characters: a call and its addressee that meet so are written without a space. */
const CJK_BEFORE_AFTER = /^[\u3400-\u9FFF\uF900-\uFAFF]{2}$/;

/** The item a label of a reference names; `within`: the label of the item a sub-item is named under (`iii)` of `b) iii)`). */
export function resolveTarget(view: View, ref: Reference, label: string, within?: string): Item | undefined {
  if (isClauseReference(ref)) return clausesUnder(view, ref.root).get(referenceKey(label));
  const resolution = resolutionOf(view, ref);
  return resolution ? resolveIn(view, resolution, ref, label, within) : undefined;
}

const OLD_REFERENCES = new MemoSlot<Map<number, Reference>>();

/** The reference of the old text written at the same place as `ref` (a MOD's two texts share what no mark touches). */
function oldReferenceAt(old: View, ref: Reference): Reference | undefined {
  let oldRefs = OLD_REFERENCES.get(old);
  if (!oldRefs) oldRefs = OLD_REFERENCES.set(old, new Map(referencesOf(old).map((r) => [r.source.start, r])));
  return oldRefs.get(ref.source.start);
}

/** Whether a reference of the new text, written outside marks, named an item in the old text (one the new text deletes). */
function namedDeletedItem(doc: ItuDocument, view: View, ref: Reference, target: Reference['targets'][number]): boolean {
  const old = doc.views.old;
  if (view.kind !== 'new' || old === view || !plainText(doc.marks, target.source.start, target.source.end)) return false;
  const before = oldReferenceAt(old, ref);
  const was = before?.targets.find((t) => t.source.start === target.source.start && t.label === target.label);
  return was !== undefined && resolveTarget(old, before!, was.label, was.within) !== undefined;
}

/**
 * The item a reference's label names as the document writes it. In a MOD's new text a label relettered by hand with
 * a substitution (`considering {~~c~>d~~}) above`, `{~~c)~>d)~~}`) names the item in force it named in the old text,
 * when the marks give that item the same new label: the new text may hold that label twice (an inserted `{++d)…++}`
 * and the relettered `{~~c~>d~~})`), and resolving the label alone named the first, the inserted item, so the
 * numbering fixes carried the reference with the wrong item (review leftover, STATUS-fixe.md). Otherwise resolveTarget.
 */
export function resolveWritten(doc: ItuDocument, view: View, ref: Reference, target: Reference['targets'][number]): Item | undefined {
  const now = resolveTarget(view, ref, target.label, target.within);
  const old = doc.views.old;
  if (!now || view.kind !== 'new' || old === view) return now;
  const at = target.source.start;
  const m = markAround(doc.marks, at, at);
  if (!m || m.kind !== 'substitution' || !m.oldText || !m.newText || at < m.newText.start || at >= m.newText.end) return now;
  const before = oldReferenceAt(old, ref);
  const was = before?.targets.find((t) => t.source.start >= m.oldText!.start && t.source.start < m.oldText!.end);
  const named = was && resolveTarget(old, before!, was.label, was.within);
  if (!named || named.paragraph.source.start === now.paragraph.source.start) return now;
  const root = isClauseReference(ref) ? ref.root : ref.resolution.root;
  const moved = counterpart(named.paragraph, walk(root).filter((i) => i.label));
  return moved && referenceKey(moved.label!.text) === referenceKey(target.label) ? moved : now;
}

/**
 * The item `label` of `ref` names in `resolution` (of `view`: the index is kept with it). A sub-item (`within`: its
 * item's label, `b)` of `considering b) iii) above`) is looked for under that item only: iii) of b), as a path (review
 * 14: the first iii) anywhere under the call was no answer, and the reader then named none).
 */
function resolveIn(view: View, resolution: Resolution, ref: CrossReference, label: string, within?: string): Item | undefined {
  if (within !== undefined) {
    const parent = resolveIn(view, resolution, ref, within);
    return parent && firstLabelled(parent, referenceKey(label));
  }
  const index = indexOf(view, resolution);
  if (ref.section) return bySection(index).sections.get(label);
  if (ref.phrase) {
    const key = referenceKey(label);
    for (const section of callSections(view, resolution, ref.phrase, ref.addressee)) {
      const found = labelIn(index, section, key);
      if (found) return found;
    }
    return undefined;
  }
  return bySection(index).decimals.get(referenceKey(label));
}

/**
 * The text in force standing behind a Resolution restated in excerpts (an elision paragraph `…` in it):
 * a reference may name an item the excerpt leaves out (FORMAT.md §5: `…` matches any run of paragraphs
 * in force). `undefined`: the Resolution has no elision; `null`: it has, and its text in force is unknown.
 */
type InForce = ParsedInForce | null | undefined;

function inForceOf(resolution: Resolution, amended: readonly AmendedResolution[] | undefined, doc: ItuDocument | undefined): InForce {
  if (!resolution.paragraphs.some((p) => p.kind === 'elision')) return undefined;
  const at = resolution.numberLine.source.start;
  const proposal = doc?.proposals.find((p) => p.span.start <= at && at <= p.span.end);
  const base = proposal && amended?.find((a) => a.proposalIndex === proposal.index && !a.provision)?.base;
  return (base && parsedInForce(base)) ?? null;
}

/**
 * The text in force behind a Recommendation restated in a proposal (a reference may name an item the proposal does not
 * restate), when the workspace has it (the proposal's comparison found it); else, as for a Resolution, `null` when the
 * proposal restates it in excerpts (`…`: the item may stand behind it), `undefined` when it restates it whole.
 */
function recommendationInForce(resolution: Resolution, amended: readonly AmendedResolution[] | undefined, doc: ItuDocument | undefined): InstrumentText | null | undefined {
  const at = resolution.numberLine.source.start;
  const proposal = doc?.proposals.find((p) => p.span.start <= at && at <= p.span.end);
  const text = proposal && amended?.find((a) => a.proposalIndex === proposal.index && a.provision?.instrumentText)?.provision!.instrumentText;
  return text ?? (resolution.paragraphs.some((p) => p.kind === 'elision') ? null : undefined);
}

/**
 * `amended` (the MODs compared with their texts in force) and `doc`: a reference in a Resolution restated
 * in excerpts that names no item of the excerpt is looked up in the text in force, and reported only when
 * that has no such item either; without the text in force it is not reported (the `…` may stand for it).
 * `reported`: the spans (unresolvedKey) of the reference.unresolved findings another view already made. A target
 * on one of them makes no finding here: checkDocument reports one finding per code and span (check.ts dedupe,
 * the first made), so the old text's copy of a finding the new text made is dropped there, and its message
 * (the call's labels listed, the reference quoted) need not be written (a tenth of the check of a 10 KB
 * contribution whose references are all in both texts; test/unit/reference-search.test.ts compares both ways).
 */
export function checkReferences(view: View, amended?: readonly AmendedResolution[], doc?: ItuDocument, added?: () => readonly AddedText[], reported?: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const inForce = new Map<Resolution, InForce | InstrumentText>();
  const hints = new Map<Item[], Map<string, string>>();
  for (const ref of view.references) {
    for (const target of ref.targets) {
      const within = target.within;
      if (resolveTarget(view, ref, target.label, within)) continue;
      // A sub-item of an item the reference names in vain is not looked for: the item is reported.
      if (within !== undefined && (!resolveTarget(view, ref, within) || (doc && staleItem(doc, view, ref, within)))) continue;
      if (reported?.has(unresolvedKey(target.source))) continue;
      if (!inForce.has(ref.resolution)) inForce.set(ref.resolution, ref.resolution.recommendation ? recommendationInForce(ref.resolution, amended, doc) : inForceOf(ref.resolution, amended, doc));
      const known = inForce.get(ref.resolution);
      // A Recommendation's text in force names its items by number (`2.1`) or by call and letter (`considering b)`).
      // (A sub-item's provision is not keyed there: its item, which the proposal restates, is what it is read under.)
      if (known && 'provisions' in known && within === undefined) {
        if (known.provisions.has(/^\d/.test(target.label) ? referenceKey(target.label) : `${ref.phrase} ${referenceKey(target.label)}`)) continue;
      }
      const behind = known && 'provisions' in known ? undefined : known;
      if (behind === null || (behind && resolveIn(behind.view, behind.resolution, ref, target.label, within))) continue;
      // A sub-item by its path (`b) iii)`).
      const label = within === undefined ? target.label : `${within} ${target.label}`;
      const where = ref.section ? l10n.t('Section {0}', label) : ref.phrase ? `${callOf(ref)} ${label}` : label;
      // In an excerpt the reason is in the text in force (review 4, N4): the section may stand behind the `…`.
      const [inView, resolution] = behind ? [behind.view, behind.resolution] : [view, resolutionOf(view, ref)];
      const sections = ref.phrase && resolution ? callSections(inView, resolution, ref.phrase, ref.addressee) : NO_SECTIONS;
      // The hint of a section, made once per section and call as written: made per reference, listing every label,
      // it was quadratic (4,000 references to missing items of a 4,000-item section: 20 s and 80 MB of messages).
      const call = callOf(ref);
      const made = within === undefined ? hints.get(sections)?.get(call) : undefined;
      // A sub-item's hint lists its item's sub-items (`considering b) has i), ii).`), found in the view it was looked for in.
      const parent = within === undefined ? undefined : resolution && resolveIn(inView, resolution, ref, within);
      const hint = made ?? (parent ? itemHint(parent, ref.phrase ? `${call} ${within}` : within!, !!behind) : sectionHint(sections, ref, call, !!behind));
      if (made === undefined && within === undefined) {
        if (!hints.has(sections)) hints.set(sections, new Map());
        hints.get(sections)!.set(call, hint);
      }
      findings.push({
        code: 'reference.unresolved',
        severity: 'warning',
        ...target.source,
        // Checked against the Recommendation in force, the proposal's own items are not all it has: no list of them.
        message: unresolvedMessage(ref, where, label, doc, view.kind) + (known && 'provisions' in known
          ? ` ${l10n.t('Neither this proposal nor the text in force has it.')}`
          : hint + (behind ? '' : doc && namedDeletedItem(doc, view, ref, target)
            // The item it named in the text in force is one the new text deletes: the item now at that place is not the
            // one it named, whatever the numbering finding says of it (review 26: "once relabelled 2, it is the item this
            // reference names" told the delegate to aim it at the item after the deleted one).
            ? ' ' + l10n.t('It named {0} of the text in force, which the new text deletes.', label)
            : skippedHint(within === undefined ? sections : parent ? [parent] : NO_SECTIONS, target.label))),
      });
    }
  }
  return findings.concat(unresolvedClauses(view, amended, doc, added));
}

const NO_SECTIONS: Item[] = [];

/**
 * What an unresolved reference adds when its call's list skips the label it names at that label's place (`a) b) d)` and
 * `considering c) above`): the item standing there (`d)`) is the one the numbering finding letters `c)`, and once
 * relettered the reference names it. One slip, two findings (h-amend): the message says they have one fix. Lists of
 * one kind (letters, roman, numbers) with no `bis` item up to that place.
 */
function skippedHint(sections: Item[], label: string): string {
  const named = matchLabel(`${label}\t.`)?.label;
  if (!named || named.suffixRank !== 0 || named.parts.length > 1) return '';
  for (const s of sections) {
    const labelled = s.children.filter((c) => c.label);
    const k = named.ordinal - 1;
    const at = labelled[k];
    if (!at || labelled.slice(0, k + 1).some((c, i) => c.label!.kind !== named.kind || c.label!.suffixRank !== 0 || c.label!.parts.length > 1 || (i < k && c.label!.ordinal !== i + 1))) continue;
    // The item may be there with its label typed as text (`1 to reconvene …`, its TAB lost: a bare number and a space
    // are text, FORMAT.md §1, as in PP-18's Final Acts as extracted): then relabelling the next one would be wrong.
    const typed = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \u00A0\u2007\u202F]`);
    if ([s, ...labelled.slice(0, k)].some((c) => c.continuation.some((p) => typed.test(p.text)))) continue;
    if (at.label!.ordinal > named.ordinal) return ' ' + l10n.t('{0} stands where {1} is expected (the numbering finding on it): once relabelled {1}, it is the item this reference names.', withoutMarks(at.label!.text), label);
  }
  return '';
}

/** What a message about an unresolved reference adds about the section it names (`resolves has 1, 2, 3.`). */
function sectionHint(sections: Item[], ref: CrossReference, call: string, behind: boolean): string {
  if (ref.phrase && sections.length === 0) return ' ' + (ref.resolution.recommendation ? l10n.t('This Recommendation has no "{0}" section.', call) : l10n.t('This Resolution has no "{0}" section.', call));
  if (!sections.length) return '';
  // Labels as they show (an Arabic label's directional mark is display, written `<U+200F>` in a message: lang/fold.ts).
  const labels = sections.flatMap((s) => s.children.filter((c) => c.label).map((c) => withoutMarks(c.label!.text)));
  if (behind && labels.length > 4) return ' ' + l10n.t('In the text in force, {0} runs from {1} to {2}.', call, labels[0], labels[labels.length - 1]);
  // A long section is listed by its first labels and its last: a message is read, not searched.
  const listed = labels.length > 12 ? `${labels.slice(0, 3).join(', ')}, …, ${labels[labels.length - 1]}` : labels.join(', ');
  return ' ' + (behind ? l10n.t('In the text in force, {0} has {1}.', call, listed || l10n.t('no labelled items')) : l10n.t('{0} has {1}.', call, listed || l10n.t('no labelled items')));
}

/**
 * Whether the item a sub-item is named under (`b)` of `considering b) iii) above`, in text in force) names, in the new
 * text of a MOD, another item than it named in the text in force (an item inserted as b), the old b) relettered c)):
 * reference.stale reports b), with the fix that carries the reference; iii) of the new b) is no second finding.
 */
function staleItem(doc: ItuDocument, view: View, ref: CrossReference, within: string): boolean {
  const old = doc.views.old;
  if (view.kind !== 'new' || old === view) return false;
  const before = referencesOf(old).find((r) => r.source.start === ref.source.start);
  const was = before && resolveTarget(old, before, within);
  const now = resolveTarget(view, ref, within);
  return !!was && !!now && was.paragraph.source.start !== now.paragraph.source.start;
}

/** What a message about an unresolved sub-item adds about its item (`considering b) has i), ii).`): the sub-items it has. */
function itemHint(item: Item, name: string, behind: boolean): string {
  const labels = item.children.filter((c) => c.label).map((c) => withoutMarks(c.label!.text));
  const listed = labels.length > 12 ? `${labels.slice(0, 3).join(', ')}, …, ${labels[labels.length - 1]}` : labels.join(', ');
  return ' ' + (behind ? l10n.t('In the text in force, {0} has {1}.', name, listed || l10n.t('no labelled items')) : l10n.t('{0} has {1}.', name, listed || l10n.t('no labelled items')));
}

/**
 * A clause reference names a clause of the proposal, or (an excerpt) one of the text in force it restates:
 * reported only when the text in force is known and has no clause of that number either (without it, the
 * clause may be one the excerpt does not restate). Only a number the proposal writes (new text): one the
 * text in force has is that text's own (a file holding part of a Recommendation lacks the clauses it cites).
 * In an ADD (review 8, I26) the text in force is the one it inserts into (`added`: an ADD has no comparison, so
 * no `amended` entry); a clause another proposal of the document on that text writes (`ADD 1.4.8` naming the
 * `1.4.9` of the next ADD) is one the reference may name.
 */
function unresolvedClauses(view: View, amended: readonly AmendedResolution[] | undefined, doc: ItuDocument | undefined, added?: () => readonly AddedText[]): Finding[] {
  const refs = clauseReferences(view);
  if (refs.length === 0 || !amended || !doc) return [];
  const findings: Finding[] = [];
  const inForce = new Map<number, InstrumentText | undefined>();
  const isAdd = (proposalIndex: number) => doc.proposals[proposalIndex]?.action === 'ADD' || doc.proposals[proposalIndex]?.action === 'ADD*';
  const textOf = (proposalIndex: number): InstrumentText | undefined =>
    isAdd(proposalIndex)
      ? added?.().find((a) => a.proposalIndex === proposalIndex)?.instrumentText
      : amended.find((a) => a.proposalIndex === proposalIndex && a.provision?.instrumentText)?.provision!.instrumentText;
  for (const ref of refs) {
    for (const target of ref.targets) {
      // An ADD's text is all new: every reference in it is the proposal's own.
      if (!(isAdd(ref.proposalIndex) || inNewText(doc.marks, target.source.start, target.source.end)) || resolveTarget(view, ref, target.label)) continue;
      if (!inForce.has(ref.proposalIndex)) inForce.set(ref.proposalIndex, textOf(ref.proposalIndex));
      const text = inForce.get(ref.proposalIndex);
      if (!text || text.provisions.has(target.label) || writtenElsewhere(view, ref, target.label, text, added)) continue;
      findings.push(
        acrossAdds({
          code: 'reference.unresolved',
          severity: 'warning',
          ...target.source,
          message: l10n.t('"{0}" names no clause of {1}: neither this proposal nor the text in force has a clause {2}.', ref.written, text.instrument.name, target.label),
        }),
      );
    }
  }
  return findings;
}

/**
 * Whether an ADD of the document on the same text in force (`added`) writes clause `label` (`ADD 1.4.8` naming
 * `clause 1.4.9`, which the ADD after it brings): the clause the reference names is one the contribution adds.
 */
function writtenElsewhere(view: View, ref: ClauseReference, label: string, text: InstrumentText, added: (() => readonly AddedText[]) | undefined): boolean {
  if (!added) return false;
  const key = referenceKey(label);
  return added().some((a) => a.proposalIndex !== ref.proposalIndex && a.instrumentText === text && view.proposals[a.proposalIndex] !== undefined && clausesUnder(view, view.proposals[a.proposalIndex].outline).has(key));
}

/**
 * reference.stale: a cross-reference standing in text in force (no mark in it or around it) names, in
 * the old text, an item that the marks reletter or delete, and its label names another item of the new
 * text: `recognizing further c) above` after `{++c)…++}` and `{~~c~>d~~})` (review D2). The reference
 * resolved to the report in the text in force; the meeting would read it as naming the inserted item.
 * A label the item still carries (an insertion not relettered: `c) c)`) is numbering's one finding.
 */
export function checkStaleReferences(doc: ItuDocument, amended?: readonly AmendedResolution[]): Finding[] {
  const { old, new: neu } = doc.views;
  const refs = referencesOf(neu);
  if (old === neu || refs.length === 0) return [];
  // Words written unmarked where the text in force has none are the delegate's (base.untracked-change): not in force.
  let unmarked: Span[] | undefined;
  const delegates = (span: Span) => (unmarked ??= amended ? untrackedInsertions(doc, amended) : []).some((u) => u.start <= span.start && span.end <= u.end);
  const itemsOf = new Map<Item, Item[]>();
  const findings: Finding[] = [];
  for (const ref of refs) {
    const before = oldReferenceAt(old, ref);
    const clause = isClauseReference(ref);
    if (!before || (!clause && ref.section) || before.targets.length !== ref.targets.length) continue;
    const root = clause ? ref.root : ref.resolution.root;
    ref.targets.forEach((target, k) => {
      const was = before.targets[k];
      if (was.source.start !== target.source.start || was.label !== target.label || !plainText(doc.marks, target.source.start, target.source.end)) return;
      const named = resolveTarget(old, before, was.label, was.within);
      const now = named && resolveTarget(neu, ref, target.label, target.within);
      // A clause an excerpt does not restate under that number may still be in force: only a label that
      // names nothing in a Resolution is reference.unresolved's.
      if (!named || (!now && !clause)) return;
      // The item named now stands on the old item's source (most references): it is that item's counterpart (the
      // labelled paragraphs of a view are apart, so no other shares any of that source), and the reference still
      // names what it named. Nothing to report, and no list of the outline's items to read.
      if (now && now.paragraph.source.start === named.paragraph.source.start && now.paragraph.source.end === named.paragraph.source.end) return;
      if (delegates(target.source)) return;
      let items = itemsOf.get(root);
      if (!items) itemsOf.set(root, (items = walk(root).filter((i) => i.label)));
      // An item deleted at one place and inserted whole at another of its call (`{--1 …--}`, `{++3 …++}`) is moved: the
      // reference follows it there, as it follows a relettered item (review 14, rev-lang: it said "which the new text
      // deletes", with no fix).
      const kept = counterpart(named.paragraph, items);
      const moved = kept ?? movedTo(doc, named, items);
      if (moved === now || (moved && referenceKey(moved.label!.text) === referenceKey(target.label))) return;
      // An item moved past the reference (`1 above`, the item now below it): a new label alone would point the wrong way.
      const crossed = !kept && moved !== undefined && ref.direction !== undefined && (moved.paragraph.source.start > ref.source.start) !== (ref.direction === 'below');
      // The reference as written (`considérant c) ci-dessus`), unless marks stand in it.
      const written = doc.text.slice(ref.source.start, ref.source.end);
      // With marks, by its call and label, and its own direction word (`considérant c) ci-dessus`, not `… above`).
      const shown = !/[{}]/.test(written) ? written.replace(/\s+/g, ' ') : clause ? ref.written : rebuiltReference(ref, ref.phrase ? `${callOf(ref)} ${target.label}` : target.label, written, 'new')!.join(' ');
      if (!moved) {
        findings.push({
          code: 'reference.stale',
          severity: 'warning',
          ...target.source,
          message: clause
            ? l10n.t('"{0}" named clause {1} of the text in force, which the new text deletes.', shown, target.label)
            : numbered(named)
              ? l10n.t('"{0}" named {1} of the text in force, which the new text deletes; in the new text {1} is another numbered item.', shown, target.label)
              : l10n.t('"{0}" named {1} of the text in force, which the new text deletes; in the new text {1} is another item.', shown, shownLabel(target.label, cyrillic(named))),
        });
        return;
      }
      // The label the fix writes (in the reference's own form), and labels as messages name them (a Cyrillic look-alike says so).
      const relettered = inFormOf(target.label, spacedLike(target.label, moved.label!.text));
      const say = (label: string) => shownLabel(label, cyrillic(moved));
      const change = labelChange(target.label, relettered);
      const start = change ? target.source.start + change.offset : 0;
      // Through the one way a fix changes the new text (core/fixEdit.ts): in a MOD, with revision marks.
      const edit = change && change.oldText !== '' && doc.text.slice(start, start + change.oldText.length) === change.oldText
        ? newTextEdit(doc, start, start + change.oldText.length, change.newText, true)
        : undefined;
      // Spanish `h) e i)`: the conjunction before the label follows it (`i) y j)`).
      const conjunction = edit ? conjunctionEdit(doc, ref.targets, k, relettered, true) : undefined;
      const edits = edit ? (conjunction ? [conjunction, edit] : [edit]) : [];
      // No fix where the item moved past the reference: relettered, `1 above` would name an item below it (the direction
      // word is the delegate's to change; review 14, rev-lang).
      const fix = edit && !crossed ? { title: clause || numbered(moved) ? l10n.t('Renumber {0} to {1} with revision marks', target.label, relettered) : l10n.t('Reletter {0} to {1} with revision marks', say(target.label), say(relettered)), edits } : undefined;
      findings.push({
        code: 'reference.stale',
        severity: 'warning',
        ...target.source,
        message: !clause
          ? numbered(moved)
            ? l10n.t('"{0}" named {1} of the text in force, which the new text numbers {2}; in the new text {1} is another numbered item.', shown, target.label, moved.label!.text)
            : l10n.t('"{0}" named {1} of the text in force, which the new text letters {2}; in the new text {1} is another item.', shown, say(target.label), say(moved.label!.text))
          : now
            ? l10n.t('"{0}" named clause {1} of the text in force, which the new text numbers {2}; in the new text {1} is another clause.', shown, target.label, moved.label!.text)
            : l10n.t('"{0}" named clause {1} of the text in force, which the new text numbers {2}.', shown, target.label, moved.label!.text),
        ...(fix ? { fix } : {}),
      });
    });
  }
  return findings;
}

/** An item's text without its label, white space folded and its closing punctuation left out (`;` becomes `,` when it moves last). */
function bodyKey(p: Paragraph): string {
  return p.text.slice(p.bodyOffset).replace(/\s+/g, ' ').replace(/[\s.,;:،؛。，；：]+$/u, '').trim();
}

/** The call an item stands under, keyed as references compare calls (phrase and addressee). */
function callKeyOf(item: Item): string | undefined {
  let at: Item | undefined = item.parent;
  while (at && !at.call) at = at.parent;
  return at?.call && `${withoutConjunction(phraseKey(at.call.phrase))}\u0000${addresseeKey(at.call.addressee)}`;
}

/**
 * Where the new text moved an item its marks delete: the one item of the new text, under the same call, whose text is
 * the deleted item's and stands in an insertion (`{++3<TAB>…++}`). Undefined when none is, or several are.
 */
function movedTo(doc: ItuDocument, named: Item, items: Item[]): Item | undefined {
  const body = bodyKey(named.paragraph);
  if (body.length < 8) return undefined;
  const call = callKeyOf(named);
  let found: Item | undefined;
  for (const item of items) {
    const p = item.paragraph;
    if (bodyKey(p) !== body || callKeyOf(item) !== call) continue;
    const mark = markAround(doc.marks, p.source.start, p.source.start);
    if (!mark || mark.kind !== 'insertion') continue;
    if (found) return undefined;
    found = item;
  }
  return found;
}

/**
 * The item of the new text holding the paragraph of the old text (the one sharing most of its source).
 * `items` are in source order (a walk of the tree), their paragraphs apart: only those overlapping it are read.
 */
function counterpart(paragraph: Paragraph, items: Item[]): Item | undefined {
  let best: Item | undefined;
  let most = 0;
  for (let k = lowerBound(items, (i) => i.paragraph.source.end <= paragraph.source.start); k < items.length; k++) {
    const p = items[k].paragraph.source;
    if (p.start >= paragraph.source.end) break;
    const shared = Math.min(p.end, paragraph.source.end) - Math.max(p.start, paragraph.source.start);
    if (shared > most) {
      most = shared;
      best = items[k];
    }
  }
  return best;
}

/**
 * Whether an item is numbered (`3`, `3.2`), not lettered (`c)`, `iii)`): messages name it so, in French `le point 3` and
 * `l'alinéa c)` (ITU's French texts; the French bundle said `l'alinéa 3`, review 14), in English `numbers 3.7`, not `letters 3.7`.
 */
function numbered(item: Item): boolean {
  return item.label?.kind === 'decimal';
}

/** Whether an item's list is lettered in the Cyrillic alphabet (`а) б) в)`): its letters are named as written. */
function cyrillic(item: Item | undefined): boolean {
  return item?.parent?.children.some((c) => c.label?.script === 'cyrillic') ?? false;
}

/**
 * `"considering c) above" names no item`: a reference in another language than English is quoted as written
 * (`"للقسم 5 أعلاه"`, not `"Section 5 above"`, which the delegate cannot find in the line: review 6, G23), and so is
 * one in plain ASCII whose direction word is another language's (`recommande 3 ci-dessus`, `considerando d) anterior`:
 * RefMatch.direction is `above` in every language, and the message said `recommande 3 above`). With revision marks in
 * it, by its call and label, with its own direction word (`considérant z) ci-dessus`, `上文考虑到z)`).
 */
function unresolvedMessage(ref: CrossReference, where: string, label: string, doc: ItuDocument | undefined, kind: ViewKind): string {
  const written = doc?.text.slice(ref.source.start, ref.source.end).replace(/[\s\u00A0]+/g, ' ').trim();
  const rebuilt = rebuiltReference(ref, where, written, kind);
  // Quoted as written (rebuiltReference gives a name whenever there is no written text).
  const quoted = written ?? where;
  // A PP Decision or a WTPF Opinion has a number line and calls as a Resolution does, and is named as what it is.
  const noun = ref.resolution.recommendation ? undefined : numberLineNoun(ref.resolution.numberLine.text);
  if (noun === 'decision') {
    if (rebuilt !== undefined) return rebuilt[1] !== undefined ? l10n.t('"{0} {1}" names no item of this Decision.', rebuilt[0], rebuilt[1]) : l10n.t('"{0}" names no item of this Decision.', rebuilt[0]);
    return ref.targets.length === 1 ? l10n.t('"{0}" names no item of this Decision.', quoted) : l10n.t('"{0}": {1} names no item of this Decision.', quoted, label);
  }
  if (noun === 'opinion') {
    if (rebuilt !== undefined) return rebuilt[1] !== undefined ? l10n.t('"{0} {1}" names no item of this Opinion.', rebuilt[0], rebuilt[1]) : l10n.t('"{0}" names no item of this Opinion.', rebuilt[0]);
    return ref.targets.length === 1 ? l10n.t('"{0}" names no item of this Opinion.', quoted) : l10n.t('"{0}": {1} names no item of this Opinion.', quoted, label);
  }
  if (!ref.resolution.recommendation) {
    if (rebuilt !== undefined) return rebuilt[1] !== undefined ? l10n.t('"{0} {1}" names no item of this Resolution.', rebuilt[0], rebuilt[1]) : l10n.t('"{0}" names no item of this Resolution.', rebuilt[0]);
    return ref.targets.length === 1 ? l10n.t('"{0}" names no item of this Resolution.', quoted) : l10n.t('"{0}": {1} names no item of this Resolution.', quoted, label);
  }
  if (rebuilt !== undefined) return rebuilt[1] !== undefined ? l10n.t('"{0} {1}" names no item of this Recommendation.', rebuilt[0], rebuilt[1]) : l10n.t('"{0}" names no item of this Recommendation.', rebuilt[0]);
  return ref.targets.length === 1 ? l10n.t('"{0}" names no item of this Recommendation.', quoted) : l10n.t('"{0}": {1} names no item of this Recommendation.', quoted, label);
}

/**
 * The words a number line opens with for a Decision and an Opinion, in the six languages (lang/tables.ts numberKinds;
 * Chinese puts the word after the number, `第11号决定`), with `DRAFT NEW` or its translation before them.
 */
const DECISION_LINE = /^(?:\S+\s+){0,3}?(?:DECISION|DÉCISION|DECISIÓN|РЕШЕНИЕ|РЕШЕНИЯ|المقرر|مقرر)\s|^[^\n]{0,24}?号\s*新?决定/iu;
const OPINION_LINE = /^(?:\S+\s+){0,3}?(?:OPINION|AVIS|OPINIÓN|МНЕНИЕ|МНЕНИЯ|الرأي|رأي)\s|^[^\n]{0,24}?号\s*新?意见/iu;

/** What a Resolution-like text is, by its number line: a Decision, an Opinion, else (undefined) a Resolution. */
export function numberLineNoun(line: string): 'decision' | 'opinion' | undefined {
  const t = line.replace(/\{(?:\+\+|--|~~|==)|(?:\+\+|--|~~|==)\}|~>/g, '').trim();
  return DECISION_LINE.test(t) ? 'decision' : OPINION_LINE.test(t) ? 'opinion' : undefined;
}

/**
 * A reference as a message names it by its call and label (`where`: `considering c)`, `Section 5`), when it is not
 * quoted as written (undefined): it holds revision marks, or it is plain ASCII with an English direction word or
 * none (`considering c) above`, `in resolves 4`). The direction word is the one the text writes (its `kind` view's):
 * before the call in Chinese, whose words are written without spaces.
 */
function rebuiltReference(ref: CrossReference, where: string, written: string | undefined, kind: ViewKind): [string, string?] | undefined {
  const marked = written !== undefined && /[{}]/.test(written);
  if (written && !marked && !/^[\x00-\x7f]*$/.test(written)) return undefined;
  if (!ref.direction) return [where];
  const own = written ? writtenDirection(marked ? projectText(written, kind) : written) : undefined;
  if (!own) return [where, ref.direction];
  if (!marked) return own.word.toLowerCase() === ref.direction ? [where, ref.direction] : undefined;
  return own.before ? [`${own.word}${where.replace(/\s+/g, '')}`] : [where, own.word];
}

/** The key of a reference.unresolved finding's span, as checkReferences' `reported` holds them. */
function unresolvedKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** The spans of the reference.unresolved findings among `findings` (checkReferences' `reported`); none in most texts. */
function unresolvedSpans(findings: readonly Finding[]): ReadonlySet<string> | undefined {
  let spans: Set<string> | undefined;
  for (const f of findings) if (f.code === 'reference.unresolved') (spans ??= new Set()).add(unresolvedKey(f));
  return spans;
}

/** The new text's references, then (when the marks make it differ) the old text's and the stale ones. */
function checkViews(doc: ItuDocument, distinctOld: boolean, amended: readonly AmendedResolution[] | undefined, added: (() => readonly AddedText[]) | undefined): Finding[] {
  const found = checkReferences(doc.views.new, amended, doc, added);
  if (!distinctOld) return found;
  return found.concat(checkReferences(doc.views.old, amended, doc, added, unresolvedSpans(found)), checkStaleReferences(doc, amended));
}

export const referenceFamily: CheckFamily = {
  name: 'reference',
  codes: {
    'reference.unresolved': 'a cross-reference names no item of its Resolution',
    'reference.stale': 'in a MOD, a cross-reference in text in force names a label the marks gave to another item',
  },
  check: ({ doc, distinctOld, amended, added }) => checkViews(doc, distinctOld, amended, added),
};
