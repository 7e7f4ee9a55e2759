// numbering.*: labels that skip, repeat, go backwards, mix kinds or stand under the wrong parent.
import type { CheckFamily } from './family';
import { asciiLabel, writeLabel, compareRank, formatLabel, MAX_DECIMAL_DEPTH, MAX_LABEL_DIGITS, NO_BREAK_SPACES, SUFFIXES, inFormOf, labelChange, labelForm, listForm, shownLabel, type LabelForm } from '../labels';
import { isMod } from '../document';
import { inNewText, markAround, marksStartingIn, plainText } from '../marks';
import { conjunctionEdit, inForceOf, newTextEdit, type InForce } from '../fixEdit';
import { fromSource, toSource } from '../projection';
import { lineStartAt, lowerBound } from '../text';
import { viewStart, walk } from '../structure';
import { mayRestateProvisions, numberedProvisionProposals } from '../provisions';
import { referencesIn, referencesOf, resolveTarget, resolveWritten, type Reference } from './references';
import { spacedLike } from '../lang/labels';
import { isDirectionMark } from '../lang/fold';
import { carriedClauses, elisionAfter, restatedTail } from './elidedLabels';
import type { AmendedResolution } from '../base';
import { checkProvisionNumbers, checkStrayDots } from './provisionNumbers';
import { skipsLetterI } from '../kinds';
import type { Finding, FindingCode, Fix, Item, ItuDocument, Label, LabelKind, Paragraph, TextEdit, View } from '../types';
import { l10n } from '../l10n';
import { MemoSlot } from '../memo';
import { ellipsized } from '../shorten';

export type NumberingPolicy = 'reletter' | 'bis';

interface Root {
  root: Item;
  mod: boolean;
  /**
   * The items a proposal restates outside any Resolution: an excerpt of a text in force (CS Nos. 3 to 5,
   * clause 1.4 of A.1), so its lists may start anywhere; continuity inside what is restated is checked.
   */
  excerpt?: boolean;
  /** The excerpt's top level holds provisions numbered by their instrument (RR, CS, CV): not a list at all. */
  provisions?: boolean;
}

/** The proposals whose excerpts hold numbered provisions, worked out once per check of a document (both views ask). */
type Numbered = () => Set<number>;

/** The lists of a view to check, each with whether it stands in a MOD. */
function roots(doc: ItuDocument, view: View, numberedOf: Numbered): Root[] {
  const out: Root[] = [];
  let numbered: Set<number> | undefined;
  if (view.kind === 'new') {
    out.push({ root: view.clauses, mod: false });
    for (const r of view.resolutions) out.push({ root: r.root, mod: false });
  }
  view.proposals.forEach((pv, i) => {
    const mod = isMod(doc.proposals[i]);
    if (view.kind === 'old' && !mod) return;
    // A proposal that restates a Resolution is no target of numberedOf's (most proposals): the document's
    // proposals are read for their instruments only when one may restate provisions.
    const provisions = mayRestateProvisions(doc, i) && (numbered ??= numberedOf()).has(i);
    out.push({ root: pv.outline, mod, excerpt: true, provisions });
    for (const r of pv.resolutions) out.push({ root: r.root, mod });
  });
  return out;
}

/**
 * Children of one parent grouped into lists, split where a list restarts. Under a call line (or a
 * Resolution or annex root, or a lettered item) one list holds one kind: a child of another kind
 * stands in it as a mistyped label (`a) b) 1 d)`). Elsewhere each kind is its own list: a decimal
 * clause holds lettered items and sub-clauses, two levels.
 */
export function listsOf(parent: Item, excerpt = false, foreign = elidedForeign(parent), excerptRoot = false): Item[][] {
  const single = kindChecked(parent);
  const children = parent.children;
  // Most parents hold one list: every child labelled, of one family, none restarting it. Found without
  // building anything (the lists below are what this is short for).
  let first: string | undefined;
  let simple = true;
  for (let k = 0; k < children.length && simple; k++) {
    const label = children[k].label;
    if (!label) simple = false;
    else {
      first ??= familyOf(label);
      simple = joinedFamily(children[k], single, first) === first && (k === 0 || !restarts(children[0], children[k - 1], children[k], excerpt, excerptRoot || foreign?.has(children[k]) === true));
    }
  }
  if (simple) return children.length > 0 ? [children] : [];
  // Numbered items (`1)`) and clause numbers (`1`, `1.1`) are two lists under one clause.
  // The lists of each family, families in the order they first appear (at most four: a short scan beats a Map).
  const families: string[] = [];
  const listsByFamily: Item[][][] = [];
  first = undefined;
  const opened: string[] = [];
  for (const child of children) {
    const label = child.label;
    if (!label) continue;
    first ??= familyOf(label);
    const family = joinedFamily(child, single, first, opened);
    let f = families.indexOf(family);
    if (f < 0) {
      f = families.length;
      families.push(family);
      listsByFamily.push([[]]);
    }
    const lists = listsByFamily[f];
    const current = lists[lists.length - 1];
    if (current.length > 0 && restarts(current[0], current[current.length - 1], child, excerpt, excerptRoot || foreign?.has(child) === true)) lists.push([child]);
    else current.push(child);
  }
  const out: Item[][] = [];
  for (const lists of listsByFamily) for (const list of lists) if (list.length > 0) out.push(list);
  return out;
}

/**
 * The list an item joins (listFamily); an item of another family right after an elision (which only a proposal
 * writes) starts its own: the `…` may stand for a call line (`emphasizing` a)–g), then `resolves`), so `resolves 1` restated
 * after `conscious d)` and a `…` is no number in a list of letters (review 5, F31).
 */
function joinedFamily(child: Item, single: boolean, first: string, opened?: string[]): string {
  const label = child.label!;
  const own = familyOf(label);
  if (own !== first && (child.afterElision === true || opened?.includes(own))) {
    // The items after it in its family go on with it (`2`, `3` after `1`).
    if (opened && !opened.includes(own)) opened.push(own);
    return own;
  }
  return listFamily(label, single, first);
}

/** Numbered items (`1)`) are a family of their own; clause numbers, letters and romans are theirs. */
function familyOf(label: Label): string {
  return label.paren ? 'paren' : label.kind;
}

/** The list a label joins: under a parent that holds one kind (`single`), the first label's, unless it is a sub-clause number. */
function listFamily(label: Label, single: boolean, first: string): string {
  return single && (label.kind !== 'decimal' || label.parts.length === 1) ? first : familyOf(label);
}

/**
 * Whether `child` starts a new list after the list from `head` to `last`: a first label after text, not
 * continuing `last`. In a proposal (an excerpt a delegate writes), a clause number (`1`, `1.3.1`) names
 * one clause of the text amended: it starts no list anew (`1.3.2`, text, `1.3.1` and `2`, text, `1` are
 * out of order).
 */
function restarts(head: Item, last: Item, child: Item, excerpt: boolean, loose = false): boolean {
  const label = child.label!;
  if ((loose || child.afterElision || last.afterElision) && last.label!.kind === 'decimal' && label.kind === 'decimal' && prefixOf(label).join('.') !== prefixOf(last.label!).join('.') && later(label.parts, last.label!.parts)) return true;
  return child.afterText === true && isFirst(label) && label.kind === head.label!.kind &&
    !(excerpt && label.kind === 'decimal' && !label.paren) &&
    !(last.label!.ordinal === label.ordinal && last.label!.suffixRank === 0);
}

/**
 * An elision among an item's sub-items: the items of its list after it may follow text left out (`1.5`, `…`,
 * `1.7.7`, `1.8` in a MOD of A.1: 1.6 and 1.7 are in the `…`; before, "after 1.5 comes 1.8").
 */
function elidedWithin(item: Item): boolean {
  return item.children.some((c) => c.afterElision === true || elidedWithin(c));
}

/**
 * Text left out (…) between an item and the one before it in its list, or, for the first of a list, before it under
 * its parent (`3`, `…`, `3.1.8`, `3.2`: 3.2's list starts after the `…`, so 3.1 is in it).
 */
function elidedBefore(list: readonly Item[], k: number): boolean {
  const item = list[k];
  if (item.afterElision) return true;
  if (k > 0) return elidedWithin(list[k - 1]);
  const parent = item.parent;
  if (!parent) return false;
  let after = ELIDED.get(parent);
  if (!after) {
    // Once a parent: the children with an elision before them among its children and their sub-items.
    after = new Set();
    let seen = false;
    for (const c of parent.children) {
      if (seen) after.add(c);
      seen ||= c.afterElision === true || elidedWithin(c);
    }
    ELIDED.set(parent, after);
  }
  return after.has(item);
}
const ELIDED = new WeakMap<Item, Set<Item>>();

/**
 * The sub-clauses of a restated clause (or SECTION) that stand, from an elision on, for clauses of a later clause: in
 * `1.3`, `…`, `1.8.1.1`, `1.8.2` the outline nests 1.8.1.1 and 1.8.2 under 1.3, and 1.4 to 1.8.1 are in the `…`. They
 * are in place there, and their lists are an excerpt's (they start where the restated text starts). Undefined (most
 * parents) without an elision among the children.
 */
function elidedForeign(parent: Item): Set<Item> | undefined {
  const own = parent.label?.kind === 'decimal' ? parent.label.parts : parent.section !== undefined ? [parent.section] : undefined;
  // Most parents hold only their own sub-clauses: nothing to look for.
  const misplaced = (c: Item) => c.label?.kind === 'decimal' && !c.label.paren && (c.label.parts.length !== own!.length + 1 || own!.some((x, k) => c.label!.parts[k] !== x));
  if (!own || !parent.children.some(misplaced)) return undefined;
  let out: Set<Item> | undefined;
  let open = false;
  parent.children.forEach((c, k) => {
    const l = c.label;
    if (!l || l.kind !== 'decimal' || l.paren) return;
    if (!later(prefixOf(l), own)) open = false;
    // The elision before it, or among the sub-items of the one before it (`2.1`, `…`, `3.1.8`, `3.2` under 2).
    else if (open || c.afterElision || (k > 0 && elidedWithin(parent.children[k - 1]))) {
      (out ??= new Set()).add(c);
      open = true;
    }
  });
  return out;
}

/** A decimal number's clause (`3.2` of 3.2.2), in reading order. */
function prefixOf(label: Label): string[] {
  return label.parts.slice(0, -1);
}

/**
 * Whether clause `a` comes after clause `b` and is not within it (`3.2` after `3.1`, `4` after `3.1`). After an
 * elision, `3.1.3`, `…`, `3.2.2` (or `3.3`) restates a clause of another clause the `…` holds (3.2, 3.2.1 left out,
 * ITU-T A.1's practice), a list of its own; so does `1.2` after `1.1.5` in an excerpt that starts within clause 1.1
 * (its heading not restated). Before, "3.2.2 comes after 3.1.3: swapped", "3.2.3 appears twice", "should start with
 * 3.1", "1.2 comes after 1.1.5: labels must go forward". Clauses an excerpt leaves out without `…` are
 * base.provision-gap's to say.
 */
function later(a: readonly string[], b: readonly string[]): boolean {
  for (let k = 0; k < a.length && k < b.length; k++) {
    if (a[k] === b[k]) continue;
    const x = /^\d+/.exec(a[k]), y = /^\d+/.exec(b[k]);
    if (!x || !y) return false;
    return Number(x[0]) > Number(y[0]) || (x[0] === y[0] && a[k] > b[k]);
  }
  return false;
}

/** Where one list must hold one kind of label. */
function kindChecked(parent: Item): boolean {
  if (parent.label?.kind === 'decimal' || parent.section !== undefined) return false;
  return !!parent.call || parent.label !== undefined || parent.annex !== undefined || parent.paragraph.kind === 'resolution-number';
}

function isFirst(label: Label): boolean {
  return label.suffixRank === 0 && (label.ordinal === 1 || (label.kind === 'decimal' && label.ordinal === 0));
}

export function describeItem(item: Item): string {
  if (item.call) return item.call.phrase;
  // The heading as written (`القسم 1`, `Sección 2`), not an English name for it (review 6, G23).
  if (item.section !== undefined) return item.paragraph.text.replace(/[\s\u00A0]+/g, ' ').trim() || `SECTION ${item.section}`;
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

/**
 * What a label should be after `prev`: an inserted item (`bis`) takes the label of the item before it.
 * In a list that letters h) then j) (`skipI`: ITU-R, docs/text-kinds.md) the letter after h) is j).
 */
function expectedAfter(prev: Label | undefined, current: Label, skipI = false): Expected {
  if (!prev) return { ordinal: current.kind === 'decimal' && current.ordinal === 0 ? 0 : 1, suffixRank: 0 };
  if (current.suffixRank > 0) return { ordinal: prev.ordinal, suffixRank: prev.suffixRank + 1 };
  return { ordinal: nextOrdinal(prev.kind, prev, skipI), suffixRank: 0 };
}

/** The ordinal after `prev`'s in a list of `kind`: h) (8) is followed by j) (10) where letters skip i). */
function nextOrdinal(kind: LabelKind, prev: Expected, skipI: boolean): number {
  return skipI && kind === 'letter' && prev.ordinal === LETTER_H && prev.suffixRank === 0 ? LETTER_H + 2 : prev.ordinal + 1;
}

const LETTER_H = 8;

function acceptableLabel(prev: Label | undefined, current: Label): boolean {
  if (!prev) return isFirst(current);
  if (current.ordinal === prev.ordinal && current.suffixRank === prev.suffixRank + 1) return true;
  return current.ordinal === prev.ordinal + 1 && current.suffixRank === 0;
}

function show(label: Label | string): string {
  return typeof label === 'string' ? label : label.text;
}

/**
 * Labels the list would carry if renumbered from its first item, keeping bis/ter structure. An item
 * of another kind than the list (a mistyped `1` among letters) takes the list's kind. The first item
 * keeps its label after an elision, and where the list is an excerpt's (`excerpt`: what a proposal
 * restates of a text in force starts at the number in force, `1.4.2`, never at 1).
 */
export function renumbered(list: Item[], parentPrefix?: string, skipI = false, doc?: ItuDocument, excerpt = false, carry = false): Map<Item, string> {
  const out = new Map<Item, string>();
  const kind = list[0].label!.kind;
  let prev: Expected | undefined;
  let prevOwn: Label | undefined;
  /** The prefix (`3` of `3.2`) the last clause of the list is written with, and its number of parts. */
  let prevPrefix: { depth: number; text: string } | undefined;
  let form: LabelForm | undefined;
  for (const [k, item] of list.entries()) {
    const own = item.label!;
    const odd = own.kind !== kind;
    const label = odd ? { ...list.find((i) => i.label!.kind === kind)!.label!, suffixRank: 0 } : own;
    let want: Expected;
    const elided = elidedBefore(list, k);
    // `carry`: the items after a `…` move as the one before it moved (a MOD's excerpt renumbered: carriedClauses).
    const shift = carry && prev && prevOwn && !odd && prevOwn.kind === kind && prev.suffixRank === 0 && prevOwn.suffixRank === 0 ? prev.ordinal - prevOwn.ordinal : 0;
    prevOwn = own;
    if (elided && prev !== undefined) want = { ordinal: label.ordinal + (label.suffixRank === 0 ? shift : 0), suffixRank: label.suffixRank };
    else if (!prev) want = { ordinal: label.kind === 'decimal' && label.ordinal === 0 ? 0 : elided || (excerpt && !odd) ? label.ordinal : 1, suffixRank: 0 };
    else if (label.suffixRank > 0) want = { ordinal: prev.ordinal, suffixRank: prev.suffixRank + 1 };
    // Where letters skip i), an i) after h) keeps its letter (ITU-R lists hold either).
    else want = { ordinal: label.ordinal === prev.ordinal + 1 ? label.ordinal : nextOrdinal(kind, prev, skipI), suffixRank: 0 };
    // A label whose value stays is left as written; one that changes is written in the list's form
    // (`ｃ）` among `ａ）ｂ）`, `٣` among `١ ٢`, the look-alike `с)` among `а) b)`). A label read otherwise than typed
    // (X.609.7's `3.16` read as 3.1.6, `2.0` as 2) whose reading stays keeps its typing too: that is numbering.missing-dot's
    // to report, and the merge of a compilation, which renumbers every list this way, is no place to change it.
    // Without the parent's number (a list under a SECTION heading), a clause takes the prefix of the clause before it in
    // the list (`3.2` then `6.1a`: 3.2a; before, 6.2a, still under the wrong clause: the twenty-sixth session's review).
    // (An inserted clause only: clauses of one list numbered under different clauses, `1.4` … `2.3` where their headings
    // were not read, keep their own.)
    const prefix = parentPrefix ?? (!odd && label.suffixRank > 0 && label.kind === 'decimal' && !label.paren && !label.reversed && prevPrefix?.depth === label.parts.length ? prevPrefix.text : undefined);
    const wanted = formatLabel(label, want.ordinal, want.suffixRank, prefix, false, labelForm(own.text));
    const written = wanted !== own.text && !(!odd && wanted === formatLabel(own, own.ordinal, own.suffixRank, undefined, false, labelForm(own.text)))
      ? formatLabel(label, want.ordinal, want.suffixRank, prefix, false, form ??= listForm(list.map((i) => i.label!.text), () => doc ? documentLabels(doc, list[0].paragraph.source.start) : []))
      : undefined;
    if (written !== undefined) out.set(item, written);
    prevPrefix = label.kind === 'decimal' && !label.paren && !label.reversed ? { depth: label.parts.length, text: (prefix ?? label.parts.slice(0, -1).join('.')) } : undefined;
    prev = want;
  }
  return out;
}

/**
 * The other labels of the text a list stands in, in both projections (the text in force shows how a text writes its
 * labels), as listForm asks them: those of the proposal holding the offset `at`, then those of the text before the
 * proposals. Not every proposal's: the editor checks each proposal with the text before the proposals alone
 * (core/incremental.ts), and a list whose labels show no form (`b) d)`) took it from another proposal's labels on the
 * command line only (the twenty-first session's hunt of the editor against the command line: a Cyrillic `а)` expected
 * there, a Latin `a)` in the editor). The same arrays for every list, so that listForm counts each group's votes once.
 */
const LABELS = new MemoSlot<{ front: string[]; byProposal: string[][] }>();
function documentLabels(doc: ItuDocument, at: number): (readonly string[])[] {
  const proposals = doc.proposals;
  let read = LABELS.get(doc);
  if (!read) {
    // Each label once, in the text before the proposals or in the proposal it stands in: one walk per projection.
    const front: string[] = [];
    const byProposal = proposals.map(() => [] as string[]);
    for (const view of doc.views.old === doc.views.new ? [doc.views.new] : [doc.views.old, doc.views.new]) {
      let k = -1;
      for (const p of view.paragraphs) {
        if (!p.label) continue;
        const start = p.source.start;
        while (k + 1 < proposals.length && proposals[k + 1].span.start <= start) k++;
        if (k < 0) front.push(p.label.text);
        else if (start <= proposals[k].span.end) byProposal[k].push(p.label.text);
      }
    }
    read = LABELS.set(doc, { front, byProposal });
  }
  // The proposal holding `at`, as proposalAt finds it (they stand in order and apart).
  const k = lowerBound(proposals, (p) => p.span.start <= at) - 1;
  return k >= 0 && at <= proposals[k].span.end ? [read.byProposal[k], read.front] : [read.front];
}

export function checkNumbering(
  doc: ItuDocument,
  view: View,
  policy: NumberingPolicy,
  numberedOf: Numbered = once(() => numberedProvisionProposals(doc)),
  inForce?: InForce,
  amended?: readonly AmendedResolution[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { root, mod, excerpt, provisions } of roots(doc, view, numberedOf)) {
    // Outside a MOD the label is rewritten whole; in a MOD the part that changes, through marks.
    const relabel: Relabel = (child, label) => (mod ? labelEdit(doc, view, child, label, mod, inForce) : { ...child.paragraph.labelSpan!, newText: label });
    const check = (parent: Item) => {
      if (parent.children.length === 0) return; // most items: nothing under them to check
      if (provisions && parent === root) return;
      const foreign = elidedForeign(parent);
      for (const list of listsOf(parent, excerpt, foreign, excerpt && parent === root)) checkList(doc, view, parent, list, mod, policy, findings, skipsLetterI(root.textKind), (excerpt && parent === root) || foreign?.has(list[0]) === true, inForce, amended);
      const before = findings.length;
      checkDecimalParents(parent, findings, relabel, foreign);
      // The old text's fault (the text in force), said so and with no fix, as checkList says its own.
      if (view.kind === 'old') {
        for (let i = before; i < findings.length; i++) {
          findings[i].message = l10n.t('Old text: {0}', findings[i].message);
          delete findings[i].fix;
        }
      }
    };
    // Depth first, each parent before its children (as walk() orders them), without listing the items:
    // only items with children are visited.
    const stack = [root];
    while (stack.length > 0) {
      const parent = stack.pop()!;
      check(parent);
      for (let i = parent.children.length - 1; i >= 0; i--) if (parent.children[i].children.length > 0) stack.push(parent.children[i]);
    }
  }
  return findings.concat(checkProvisionNumbers(view), checkStrayDots(view, doc));
}

/**
 * One key per (ordinal, suffix rank): a number for the labels lists hold (no string per item), the two
 * written out for any other (a number and a string never collide in a Set).
 */
function labelKey(l: Expected): number | string {
  return Number.isSafeInteger(l.ordinal) && l.ordinal >= 0 && l.ordinal < 2 ** 40 && Number.isInteger(l.suffixRank) && l.suffixRank >= 0 && l.suffixRank < 1024
    ? l.ordinal * 1024 + l.suffixRank
    : `${l.ordinal}/${l.suffixRank}`;
}

function checkList(
  doc: ItuDocument,
  view: View,
  parent: Item,
  list: Item[],
  mod: boolean,
  policy: NumberingPolicy,
  findings: Finding[],
  skipI = false,
  excerpt = false,
  asInForce?: InForce,
  amended?: readonly AmendedResolution[],
): void {
  const kind = list[0].label!.kind;
  if (inOrder(list, kind, skipI, excerpt)) return;
  const acceptable = (prev: Label | undefined, current: Label) => acceptableIn(prev, current, skipI);
  const seen = new Set<number | string>();
  // The list's form and whether it is lettered in the Cyrillic alphabet: asked only where a label is at fault
  // (checkList runs for every list; most have none).
  let form: LabelForm | undefined;
  const formOfList = () => (form ??= listForm(list.map((i) => i.label!.text), () => documentLabels(doc, list[0].paragraph.source.start)));
  let cyrillic: boolean | undefined;
  const cyrillicList = () => (cyrillic ??= list.some((i) => i.label!.script === 'cyrillic'));
  const key = labelKey;
  let fix: Fix | undefined;
  let tried = false;
  const fixOnce = () => {
    if (!tried) {
      tried = true;
      fix = listFix(doc, view, list, mod, policy, skipI, asInForce, excerpt, amended);
    }
    return fix;
  };
  let prev: Label | undefined;
  // The last item of the text in force seen so far: a deletion after it explains a gap.
  let inForce: Item = parent;
  let mixedReported = false;
  const track = (item: Item) => {
    const span = item.paragraph.labelSpan!;
    if (!inNewText(doc.marks, span.start, span.end)) inForce = item;
  };
  list.forEach((item, k) => {
    const label = item.label!;
    const range = item.paragraph.labelSpan!;
    const odd = label.kind !== kind;
    // An excerpt's list starts where the restated text starts (`1.4`, `c)`): as after an elision, where
    // text left out (…) may hold any labels, so none is missing; one that goes back or repeats is still a fault.
    const elided = item.afterElision === true || (!(!odd && acceptable(prev, label) && !seen.has(key(label))) && elidedBefore(list, k));
    const backOrRepeat = elided && !odd && prev !== undefined && (seen.has(key(label)) || compareRank(label, prev) < 0 || clauseBack(label, prev));
    if ((elided && !backOrRepeat) || (excerpt && k === 0)) {
      // Text left out (…) may hold any labels: carry on from here.
      if (!odd) seen.add(key(label));
      prev = odd ? prev : label;
      return track(item);
    }
    if (!odd && acceptable(prev, label) && !seen.has(key(label)) && !(prev && clauseBack(label, prev))) {
      seen.add(key(label));
      prev = label;
      return track(item);
    }
    const want = expectedAfter(prev, label, skipI);
    const like = odd ? list.find((i) => i.label!.kind === kind)!.label! : label;
    // The label expected, written as the fix writes it: in the form of the list (`с)` among `а) b)`).
    // An inserted clause takes its prefix from the clause before it in the list (`3.2` then `6.1a`: 3.2a, not 6.2a, which
    // numbering.parent then said stood under the wrong clause; the twenty-sixth session's review).
    const prefix = !odd && label.suffixRank > 0 && prev && prev.kind === 'decimal' && like.kind === 'decimal' && !prev.paren && !like.paren && prev.parts.length === like.parts.length && !prev.reversed && !like.reversed
      ? prev.parts.slice(0, -1).join('.')
      : undefined;
    const expected = formatLabel(like, want.ordinal, odd ? 0 : want.suffixRank, prefix, false, formOfList());
    // One mistyped label is one fault: its neighbours agree on what it should be (`a) b) 1 d)`).
    const next = list[k + 1];
    const stand: Label = { ...like, ordinal: want.ordinal, suffixRank: odd ? 0 : want.suffixRank, text: expected };
    const mistyped = odd || (next !== undefined && !next.afterElision && next.label!.kind === kind && acceptable(stand, next.label!));
    // Labels as messages name them: a Cyrillic look-alike says so (labels.ts shownLabel).
    const say = (l: Label | string) => shownLabel(show(l), cyrillicList());
    const end = next ? say(next.label!) : l10n.t('the end of the list');
    const between = mistyped && prev ? l10n.t(' stands between {0} and {1}', say(prev), end) : '';
    const ctx = context(parent);
    let finding: Finding | undefined;
    if (!odd && prev && clauseBack(label, prev)) {
      // Back to a clause of an earlier clause (`3.2.2`, `…`, `3.1.4`): the last numbers alone seem to go forward
      // (4 after 2), or to repeat (`3.2.6`, `…`, `3.1.6`).
      finding = {
        code: 'numbering.order', severity: 'error', ...range,
        message: l10n.t('{0}{1} comes after {2}, but the text has clause {1} before {2}: text left out (…) may skip clauses forward, never back.', ctx, say(label), say(prev)),
      };
    } else if (!odd && !mistyped && swappedWithNext(prev, label, next, kind, acceptable, (l) => seen.has(key(l)))) {
      // Swapped with the next (`1, 3, 2, 4`; `g) j) h) k)`): one fault, reported once, where the
      // next goes back (as `2, 1, 3` is reported at 1), not also as a gap here.
    } else if (odd) {
      if (!mixedReported) {
        mixedReported = true;
        finding = {
          code: 'numbering.kind', severity: 'warning', ...range,
          message: prev
            ? l10n.t('{0}this list of {1} holds {2}, between {3} and {4}; expected {5}.', ctx, kindName(kind), say(label), say(prev), end, say(expected))
            : l10n.t('{0}this list of {1} holds {2}; expected {3}.', ctx, kindName(kind), say(label), say(expected)),
        };
      }
    } else if (seen.has(key(label))) {
      finding = {
        code: 'numbering.duplicate', severity: 'error', ...range,
        message: mistyped ? l10n.t('{0}{1} appears twice in this list; expected {2}.', ctx, say(label), say(expected)) : l10n.t('{0}{1} appears twice in this list.', ctx, say(label)),
      };
    } else if (prev && label.suffixRank > 0 && label.ordinal !== prev.ordinal && label.ordinal !== want.ordinal) {
      finding = {
        code: 'numbering.bis', severity: 'warning', ...range,
        message: l10n.t('{0}{1} follows {2}: an inserted item takes the label of the item before it; expected {3}.', ctx, say(label), say(prev), say(expected)),
      };
    } else if (prev && compareRank(label, prev) < 0) {
      // Swapped with the item before (`1.4.2`, `1.4.1`): that one is the label expected after this one.
      const swapped = !mistyped && k > 0 && list[k - 1].label === prev && acceptable(label, prev);
      finding = {
        code: 'numbering.order', severity: 'error', ...range,
        message: mistyped
          ? l10n.t('{0}{1}{2}: labels must go forward; expected {3}.', ctx, say(label), between, say(expected))
          : swapped
            ? l10n.t('{0}{1} comes after {2}: the two are swapped; expected {1} before {2}.', ctx, say(label), say(prev))
            : l10n.t('{0}{1} comes after {2}: labels must go forward; expected {3}.', ctx, say(label), say(prev), say(expected)),
      };
    } else {
      const deleted = !mistyped && mod && view.kind === 'new' && deletionBetween(doc, inForce, item);
      // The item missing is there, its number typed with a space for its TAB (`1 to reconvene …`: text, FORMAT.md §1;
      // PP-18's Final Acts as extracted hold four): the fix is the TAB, not a renumbering of the list (h-amend).
      const lost = deleted || mistyped || label.kind !== 'decimal' ? undefined : lostTab(doc, k === 0 ? parent : list[k - 1], expected);
      if (lost) {
        const snippet = ellipsized(lost.paragraph.text, 40, 40);
        finding = {
          code: 'numbering.gap', severity: 'warning', ...range,
          message: l10n.t('{0}{1} is missing: the paragraph before it, "{2}", is item {1} with a space for the TAB after its number (a number followed by a space is text).', ctx, say(expected), snippet),
        };
        if (view.kind === 'old') finding.message = l10n.t('Old text: {0}', finding.message);
        else finding.fix = { title: l10n.t('Put a TAB after {0}', expected), edits: lost.edits, safeForFixAll: true };
        findings.push(finding);
        finding = undefined;
      } else if (!(deleted && policy === 'bis')) {
        finding = {
          code: deleted ? 'numbering.gap-after-deletion' : 'numbering.gap',
          severity: deleted ? 'information' : 'warning',
          ...range,
          message: mistyped
            ? l10n.t('{0}{1}{2}; expected {3}.', ctx, say(label), between, say(expected))
            : prev
              ? l10n.t('{0}after {1} comes {2}; expected {3}.', ctx, say(prev), say(label), say(expected)) +
                (deleted ? ' ' + l10n.t('The missing item was deleted: reletter the items after it with revision marks (or keep the numbers, as ITU-T A.1 does: setting itu.numbering.policyInMod).') : '')
              : l10n.t('{0}the list starts at {1}; expected {2}.', ctx, say(label), say(expected)),
        };
      }
    }
    if (finding) {
      // The old text of a MOD is the text in force: a fault there is reported (with what to expect)
      // but no edit of the draft can change it without changing the new text instead.
      if (view.kind === 'old') finding.message = l10n.t('Old text: {0}', finding.message);
      else finding.fix = fixOnce();
      findings.push(finding);
    }
    if (mistyped) {
      seen.add(key(stand));
      prev = stand;
    } else {
      // A label that goes backwards (not a repeat: a list restated from there goes on from it) is one
      // fault: the labels after it are judged against the highest before (`2`, `1`, `3` is one swap,
      // not also a gap before `3`).
      const backwards = prev !== undefined && !seen.has(key(label)) && (compareRank(label, prev) < 0 || clauseBack(label, prev));
      // ...unless the next goes on from this one, below the highest: then that one was typed too high.
      const goesOn = next !== undefined && next.label!.kind === kind && compareRank(next.label!, label) > 0 && prev !== undefined && compareRank(next.label!, prev) < 0;
      seen.add(key(label));
      if (!backwards || goesOn) prev = label;
    }
    track(item);
  });
}

/**
 * Whether clause `label` stands before clause `prev` in the text and not within it (`3.1.4` after `3.2.2`, `1.7.6`
 * after `3.1.2`), where the last numbers alone (4 after 2) seem to go forward.
 */
function clauseBack(label: Label, prev: Label): boolean {
  return label.kind === 'decimal' && prev.kind === 'decimal' && !label.paren && !prev.paren && prefixOf(label).join('.') !== prefixOf(prev).join('.') && later(prev.parts, label.parts);
}

/** Whether `current` may follow `prev` (or start the list); ITU-R letters h) then j) (`skipI`, docs/text-kinds.md): no i) is missing there. */
function acceptableIn(prev: Label | undefined, current: Label, skipI: boolean): boolean {
  return acceptableLabel(prev, current) ||
    (skipI && prev !== undefined && prev.kind === 'letter' && current.kind === 'letter' && current.suffixRank === 0 &&
      current.ordinal === nextOrdinal('letter', prev, true));
}

/**
 * A list checkList finds nothing in (most lists): all of one kind, each label the one that may follow
 * the one before, none after an elision but the first (which, as the first of an excerpt, may be any).
 * Its labels go strictly forward, so none repeats: checkList returns before it builds anything.
 */
function inOrder(list: Item[], kind: LabelKind, skipI: boolean, excerpt: boolean): boolean {
  const first = list[0];
  if (!(first.afterElision || excerpt || acceptableIn(undefined, first.label!, skipI))) return false;
  for (let k = 1; k < list.length; k++) {
    const item = list[k];
    if (item.afterElision || item.label!.kind !== kind || !acceptableIn(list[k - 1].label, item.label!, skipI)) return false;
  }
  return true;
}

/**
 * Whether `label` and the item after it are swapped: the next is the label expected here (after `prev`,
 * or first) and `label` the one expected after the next. Text left out (…) before the next may hold
 * anything, so no swap is read across it.
 */
function swappedWithNext(
  prev: Label | undefined,
  label: Label,
  next: Item | undefined,
  kind: LabelKind,
  acceptable: (prev: Label | undefined, current: Label) => boolean,
  seen: (label: Label) => boolean,
): boolean {
  const other = next?.label;
  if (!next || !other || next.afterElision || other.kind !== kind || seen(label) || seen(other)) return false;
  if (prev !== undefined && compareRank(label, prev) <= 0) return false;
  return acceptable(prev, other) && acceptable(other, label);
}

/** A deletion between two items of the new text: the gap it leaves is deliberate. */
function deletionBetween(doc: ItuDocument, before: Item, item: Item): boolean {
  const from = before.paragraph.source.start;
  const to = item.paragraph.labelSpan!.start;
  // A substitution around the item's own label (`{~~c~>d~~})`) relabels it; it deletes nothing before it.
  return marksStartingIn(doc.marks, from, to).some((m) => {
    if ((m.kind !== 'deletion' && m.kind !== 'substitution') || m.oldText === undefined || m.end > to) return false;
    if (/[\r\n]/.test(doc.text.slice(m.oldText.start, m.oldText.end))) return true;
    // Comments after the mark (its author, `{--b)<TAB>…--}{>>@EXA<<}`, as Word's import writes every mark) are no
    // text between, nor is a highlight opening over the label (`{==c)==}{>>check<<}`). Read from the mark on, a few
    // code units at most: a long paragraph of labels is not read again at each one.
    let at = m.end;
    for (let c = marksStartingIn(doc.marks, at, at + 1)[0]; c?.kind === 'comment' && c.start === at && c.end <= to; c = marksStartingIn(doc.marks, at, at + 1)[0]) at = c.end;
    if (to - at > 5) return false;
    const left = doc.text.slice(at, to).replace(/\{==$/, '');
    return left.length <= 1 || left === '\r\n';
  });
}

function kindName(kind: LabelKind): string {
  return kind === 'letter' ? l10n.t('letters') : kind === 'roman' ? l10n.t('roman numerals') : l10n.t('numbers');
}

/**
 * `1.2.1` under `1.3`; `3.1` under SECTION 2. Children in a row that share one wrong prefix are one fault
 * and one finding (E.840 (06/2018) clause 5 holds `5.2.1` … `5.2.4` with no 5.1 or 5.2: one finding,
 * whose fix renumbers the four), not one finding each.
 */
function checkDecimalParents(parent: Item, findings: Finding[], relabel: Relabel, foreign?: ReadonlySet<Item>): void {
  let expectedPrefix: string | undefined;
  // A number written in reverse (Arabic) is compared in reading order.
  if (parent.label?.kind === 'decimal') expectedPrefix = parent.label.reversed ? parent.label.parts.join('.') : parent.label.text;
  else if (parent.section !== undefined) expectedPrefix = parent.section;
  else return;
  const where = parent.section !== undefined ? `SECTION ${parent.section}` : expectedPrefix;
  let run: Item[] = [];
  const flush = () => {
    if (run.length > 0) findings.push(parentFinding(run, where, expectedPrefix!, relabel));
    run = [];
  };
  // After an elision the levels between may be left out (`2.3<TAB>…`, `…`, `2.3.3.9`: 2.3.3 is in the `…`):
  // a deeper number under the parent's is in place there, and so are the siblings that follow it.
  let deeper: string | undefined;
  for (const child of parent.children) {
    const label = child.label;
    if (!label || label.kind !== 'decimal' || label.paren) continue;
    const prefix = label.parts.slice(0, -1).join('.');
    if (prefix === expectedPrefix) {
      deeper = undefined;
      flush();
      continue;
    }
    // Within that text left out, the clauses after it that go back up a level too (`1`, `…`, `1.8.1.1`, `1.8.2`).
    if ((child.afterElision || deeper !== undefined) && underAncestor(parent, prefix)) deeper = prefix;
    if (prefix === deeper || foreign?.has(child)) {
      flush();
      continue;
    }
    if (run.length > 0 && run[0].label!.parts.slice(0, -1).join('.') !== prefix) flush();
    run.push(child);
  }
  flush();
}

/**
 * Whether a decimal number `prefix` (of a child of `parent`, after an elision) goes under `parent` or one of
 * its decimal ancestors with the levels between left out: `2.3.3` under `2.3.1` (in `2.3`, `2.3.1`, `…`,
 * `2.3.3.9`, the outline nests the clause under the last one before the `…`).
 */
function underAncestor(parent: Item, prefix: string): boolean {
  for (let a: Item | undefined = parent; a?.label?.kind === 'decimal'; a = a.parent) {
    const own = a.label.reversed ? a.label.parts.join('.') : a.label.text;
    if (prefix.startsWith(own + '.')) return true;
  }
  return parent.section !== undefined && prefix.startsWith(parent.section + '.');
}

/** The edit that relabels an item (in a MOD, through revision marks); undefined when it cannot be written. */
type Relabel = (item: Item, label: string) => TextEdit | null | undefined;

function parentFinding(run: Item[], where: string, expectedPrefix: string, relabel: Relabel): Finding {
  const labels = run.map((child) => formatLabel(child.label!, child.label!.ordinal, child.label!.suffixRank, expectedPrefix));
  const written = run.map((child, k) => relabel(child, labels[k]));
  const edits = written.every((e) => e !== undefined) ? written.filter((e): e is TextEdit => e !== null) : [];
  const fix = (title: string) => (edits.length > 0 ? { fix: { title, edits } } : {});
  const first = run[0].label!;
  const last = run[run.length - 1].label!;
  const span = { start: run[0].paragraph.labelSpan!.start, end: run[0].paragraph.labelSpan!.end };
  if (run.length === 1) {
    return {
      code: 'numbering.parent',
      severity: 'warning',
      ...span,
      message: l10n.t('{0} stands under {1}: its number should start with {2}. (expected {3}).', first.text, where, expectedPrefix, labels[0]),
      ...fix(l10n.t('Change {0} to {1}', first.text, labels[0])),
    };
  }
  return {
    code: 'numbering.parent',
    severity: 'warning',
    ...span,
    message: l10n.t('{0}–{1} stand under {2}: their numbers should start with {3}. (expected {4}–{5}).',
      first.text, last.text, where, expectedPrefix, labels[0], labels[labels.length - 1]),
    ...fix(l10n.t('Renumber {0}–{1} as {2}–{3}', first.text, last.text, labels[0], labels[labels.length - 1])),
  };
}

// ---------------------------------------------------------------- fixes

function listFix(doc: ItuDocument, view: View, list: Item[], mod: boolean, policy: NumberingPolicy, skipI: boolean, inForce?: InForce, excerpt = false, amended?: readonly AmendedResolution[]): Fix | undefined {
  // A MOD's excerpt of a Recommendation's clauses: the clauses restated after a `…` move as the list before it moves.
  const clauses = mod && excerpt && list[0].label!.kind === 'decimal' && !list[0].label!.paren;
  const targets = renumbered(list, undefined, skipI, doc, excerpt, clauses);
  if (targets.size === 0) return undefined;
  const name = describeItem(list[0].parent!) || l10n.t('the list');
  const [only] = targets.size === 1 ? targets : [];
  const cyrillicList = list.some((i) => i.label!.script === 'cyrillic');
  const [from, to] = only ? [shownLabel(only[0].label!.text, cyrillicList), shownLabel(only[1], cyrillicList)] : ['', ''];
  const title = only
    ? mod ? l10n.t('Reletter {0} to {1} with revision marks', from, to) : l10n.t('Change {0} to {1}', from, to)
    : mod ? l10n.t('Reletter {0} with revision marks', name) : l10n.t('Renumber {0}', name);
  // A Recommendation excerpt's clauses of the list's level restated after a `…` move with it (carriedClauses).
  const carried = clauses ? carriedClauses(doc, view, list, (i) => targets.get(i) ?? i.label!.text, amended, (k) => elidedBefore(list, k)) : undefined;
  let marked = carried === null ? undefined : relabelFix(doc, view, targets, mod, title, inForce, carried?.held);
  // The items in force a `…` after the list stands for keep their labels: relettering the list moves them too
  // (restated with marks), or, where they cannot be restated, is not offered (review 3, E21).
  const tail = marked && mod ? restatedTail(doc, view, list, (i) => targets.get(i) ?? i.label!.text, amended) : null;
  if (tail === undefined) marked = undefined;
  else if ((tail || carried?.edits.length) && marked) marked = { ...marked, edits: dedupe([...marked.edits, ...(carried?.edits ?? []), ...(tail ? [tail] : [])]) };
  // Edits that write no mark (labels of new text, relettering back to the text in force) are a plain change.
  const plain = only ? l10n.t('Change {0} to {1}', from, to) : l10n.t('Renumber {0}', name);
  const reletter = marked && mod && !marked.edits.some((e) => e.newText.includes('{')) ? { ...marked, title: plain } : marked;
  if (!mod) return reletter;
  const bis = bisFix(doc, view, list, inForce);
  // In a MOD the policy's fix is the one Fix all applies: it keeps the old text equal to the text in force.
  if (!reletter || !bis) return bis ? { ...bis, safeForFixAll: true } : reletter && { ...reletter, safeForFixAll: true };
  const [first, second] = policy === 'bis' ? [bis, reletter] : [reletter, bis];
  return { ...first, safeForFixAll: true, alternatives: [{ title: second.title, edits: second.edits }] };
}

/**
 * The edit that changes the label of `item` (as `view` shows it) to `newLabel`: only the part that
 * differs (`d` of `d)`), through revision marks in a MOD unless the label is itself new text
 * (core/fixEdit.ts). Null when nothing changes; undefined when the source does not hold that part in one piece.
 */
function labelEdit(doc: ItuDocument, view: View, item: Item, newLabel: string, mod: boolean, inForce?: InForce): TextEdit | null | undefined {
  // A label after a directional mark (`<U+200E>10.4.1`, read as nothing: lang/labels.ts) starts after it; the mark stays.
  const text = item.paragraph.text;
  let lead = 0;
  while (isDirectionMark(text.charCodeAt(lead))) lead++;
  return partEdit(doc, view, viewStart(view, item.paragraph) + lead, item.label!.text, newLabel, mod, inForce);
}

/** The edit that changes a label written at `viewStart` from `from` to `to`, the part that differs only. */
function partEdit(doc: ItuDocument, view: View, viewStart: number, from: string, to: string, mod: boolean, inForce?: InForce): TextEdit | null | undefined {
  const change = labelChange(from, to);
  if (!change) return null;
  const at = viewStart + change.offset;
  const start = toSource(view.segments, at, 'start');
  const end = change.oldText === '' ? start : toSource(view.segments, at + change.oldText.length, 'end');
  if (doc.text.slice(start, end) !== change.oldText) return undefined;
  return newTextEdit(doc, start, end, change.newText, mod, inForce);
}

/** Relabels items; in a MOD, labels of the text in force change through revision marks. */
export function relabelFix(
  doc: ItuDocument,
  view: View,
  targets: Map<Item, string>,
  mod: boolean,
  title: string,
  inForce?: InForce,
  held?: (number: string) => string | undefined,
): Fix | undefined {
  const edits: TextEdit[] = [];
  const relabel = (item: Item, newLabel: string): boolean => {
    const edit = labelEdit(doc, view, item, newLabel, mod, inForce);
    if (edit === undefined) return false;
    if (edit) edits.push(edit);
    return true;
  };
  // The items relabelled, sub-clauses included: references to any of them follow it.
  const carried = new Map(targets);
  for (const [item, newLabel] of targets) {
    if (!relabel(item, newLabel)) return undefined;
    for (const [d, label] of subClauses(item, newLabel, targets)) if (relabel(d, label)) carried.set(d, label);
  }
  for (const e of referenceEdits(doc, view, carried, mod, inForce, held)) edits.push(e);
  if (edits.length === 0) return undefined;
  return { title, edits: dedupe(edits), safeForFixAll: !mod };
}

/**
 * The decimal sub-clauses of a clause relabelled to `newLabel` (as the new text shows them, any depth) with the
 * labels they take: sub-clauses follow their clause (1.3 → 1.2 makes 1.3.1 → 1.2.1; 2 → 1bis makes 2.1 → 1bis.1).
 * Those relabelled in their own right (in `targets`) and those that do not carry the clause's number are left.
 */
function subClauses(item: Item, newLabel: string, targets: Map<Item, string>): [Item, string][] {
  const out: [Item, string][] = [];
  if (item.label!.kind !== 'decimal' || item.label!.paren) return out;
  const oldPrefix = item.label!.text;
  for (const d of walk(item)) {
    if (d.label?.kind !== 'decimal' || !d.label.text.startsWith(oldPrefix + '.') || targets.has(d)) continue;
    out.push([d, newLabel + d.label.text.slice(oldPrefix.length)]);
  }
  return out;
}

/** Cross-references to relabelled items follow them. */
function referenceEdits(doc: ItuDocument, view: View, targets: Map<Item, string>, mod: boolean, inForce?: InForce, held?: (number: string) => string | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  const first = targets.keys().next().value as Item | undefined;
  if (!first) return edits;
  let root = first;
  while (root.parent) root = root.parent;
  // A reference in text in force names an item of the text in force: resolve it in the old text
  // (after a move, the new text may hold its label twice) and follow that item into the new text.
  const old = mod && view.kind === 'new' && doc.views.old !== view ? doc.views.old : undefined;
  const oldRefs = old ? new Map(referencesOf(old).map((r) => [r.source.start, r])) : undefined;
  const byLabelStart = new Map([...targets.keys()].map((i) => [i.paragraph.labelSpan!.start, i]));
  const resolve = (ref: Reference, target: Reference['targets'][number]): Item | undefined => {
    const oldRef = oldRefs?.get(ref.source.start);
    // The same label in the old text, by where it stands (marks inside the reference may add or drop labels).
    const oldTarget = oldRef?.targets.find((t) => t.source.start === target.source.start);
    // A label typed or changed with the marks (`{~~c~>d~~})`) names an item of the new text.
    if (!old || !oldTarget || !plainText(doc.marks, target.source.start, target.source.end)) return resolveWritten(doc, view, ref, target);
    // A SECTION named by the reference (`Section 3 below`) has no label: it is not relabelled here.
    const at = resolveTarget(old, oldRef!, oldTarget.label, oldTarget.within)?.paragraph.labelSpan;
    return at && byLabelStart.get(at.start);
  };
  for (const ref of referencesIn(view, root)) {
    ref.targets.forEach((target, k) => {
      const item = resolve(ref, target);
      // A clause in force the excerpt leaves out (in a `…`) under a renumbered clause: `see clause 3.2.2` follows 3.2 → 3.3.
      const elsewhere = !item && held && plainText(doc.marks, target.source.start, target.source.end) ? held(asciiLabel(target.label)) : undefined;
      if (!elsewhere && (!item || !targets.has(item))) return;
      // Only the letters or digits change (`c)` → `{~~c~>d~~})`), in the reference's own form and spacing (`ج)` stays tight).
      const wanted = elsewhere ?? targets.get(item!)!;
      const label = backInForce(doc, target, wanted) ?? referenceForm(target.label, spacedLike(target.label, insertedLike(target.label, wanted)));
      const edit = partEdit(doc, view, fromSource(view.segments, target.source.start), target.label, label, mod, inForce);
      if (!edit) return;
      edits.push(edit);
      // Spanish `h) e i)`: the conjunction before the label follows it (`i) y j)`).
      const conjunction = conjunctionEdit(doc, ref.targets, k, label, mod, inForce);
      if (conjunction) edits.push(conjunction);
    });
  }
  return edits;
}

const SUFFIX_GROUP = `(${SUFFIXES.join('|')})`;
const SUFFIX_BEFORE_PAREN = new RegExp(`^(.+?)${SUFFIX_GROUP}([ \\u00A0]?[)）])$`);
const SUFFIX_AFTER = new RegExp(`^(.+?)([)）])${SUFFIX_GROUP}$`);

/**
 * `label` (an inserted item's, as its list writes it) with its suffix where the reference written `written` puts it:
 * a reference `cbis)` to the item `c)bis` relettered `b)bis` becomes `bbis)`, and `c)bis` to `cbis)` becomes `b)bis`
 * (every written form names the same inserted item: lang/references.ts referenceKey). Other labels as they are.
 */
function insertedLike(written: string, label: string): string {
  const before = SUFFIX_BEFORE_PAREN.exec(label);
  if (before && SUFFIX_AFTER.test(written)) return `${before[1]}${before[3]}${before[2]}`;
  const after = SUFFIX_AFTER.exec(label);
  if (after && SUFFIX_BEFORE_PAREN.test(written)) return `${after[1]}${after[3]}${after[2]}`;
  return label;
}

/**
 * `label` in the form of a reference written `written`; a reference whose letters have no Cyrillic look-alike
 * (`b)`) does not tell the list's script, which the list's own label then gives (`с)` in a Russian list; an inserted
 * item's `cbis)` stays Latin there: core/labels.ts writeLabel).
 */
function referenceForm(written: string, label: string): string {
  const formed = inFormOf(written, label);
  if (!labelForm(label).lookAlike || /[aceopxy]/i.test(asciiLabel(written).replace(/bis|ter|quater/g, ''))) return formed;
  return writeLabel(asciiLabel(formed), { ...labelForm(formed), lookAlike: true });
}

/**
 * The label of a reference relettered with marks (`{~~с~>d~~})`) that `label` takes back to the mark's old side,
 * written as the old side writes it (Cyrillic `с`, not its Latin look-alike): the mark then goes.
 */
function backInForce(doc: ItuDocument, target: Reference['targets'][number], label: string): string | undefined {
  const m = markAround(doc.marks, target.source.start, target.source.start);
  if (!m || m.kind !== 'substitution' || !m.oldText || !m.newText || target.source.start !== m.newText.start) return undefined;
  const newSide = doc.text.slice(m.newText.start, m.newText.end);
  if (!newSide || !target.label.startsWith(newSide)) return undefined;
  const back = doc.text.slice(m.oldText.start, m.oldText.end) + target.label.slice(newSide.length);
  return asciiLabel(back) === asciiLabel(label) ? back : undefined;
}

/**
 * ITU-T A.1: keep the numbers of the text in force; inserted items take bis, ter … in the ITU form (`abis)`).
 * Items added after the last item in force leave no number in force to keep: they take the next numbers
 * (`3`, `{++4++}`), as the texts in force add items at their end; unless text left out (`…`) follows, which
 * may hold more items in force.
 */
function bisFix(doc: ItuDocument, view: View, list: Item[], inForce?: InForce): Fix | undefined {
  const edits: TextEdit[] = [];
  // Every item whose label changes, with its new label: references to it follow (as relabelFix's do).
  const targets = new Map<Item, string>();
  const kind = list[0].label!.kind;
  const inserted = list.map((item) => inNewText(doc.marks, item.paragraph.labelSpan!.start, item.paragraph.labelSpan!.end));
  // An item inserted in place of an item in force deleted before it, with its label (`{--c)…--}{++c)…++}`), is
  // a replacement: it keeps the number in force, as the text in force never lost it (no bis, no gap).
  const replacing = replacements(doc, list, inserted);
  for (const k of replacing) inserted[k] = false;
  // An item in force relettered with marks (`{~~c~>d~~})`, the mark's end inside the label, or `{~~c)~>d)~~}`) is in
  // force: items inserted before it are insertions (bis).
  const relettering = list.map((item, k) => (replacing.has(k) ? undefined : labelSubstitution(doc, item)));
  for (const [k, r] of relettering.entries()) if (r) inserted[k] = true;
  let lastInForce = list.length - 1;
  while (lastInForce >= 0 && inserted[lastInForce] && !relettering[lastInForce]) lastInForce--;
  let atEnd = !elisionAfter(view, list[list.length - 1]);
  let form: LabelForm | undefined;
  let base: Label | undefined;
  let rank = 0;
  for (const [k, item] of list.entries()) {
    if (!inserted[k]) {
      base = item.label!;
      rank = 0;
      continue;
    }
    // An item in force relettered with marks (`{~~c~>d~~})`) keeps its number in force: the mark goes.
    const relettered = relettering[k];
    if (relettered) {
      if (relettered.label.kind !== kind) return undefined;
      edits.push(relettered.restore);
      targets.set(item, relettered.label.text);
      base = relettered.label;
      rank = 0;
      continue;
    }
    if (!base || base.kind !== kind) return undefined;
    rank++;
    form ??= listForm(list.map((i) => i.label!.text), () => documentLabels(doc, list[0].paragraph.source.start));
    const bis = formatLabel(base, base.ordinal, base.suffixRank + rank, undefined, true, form);
    // An item added at the end already labelled bis stays so, and so do the ones after it.
    if (item.label!.text === bis) atEnd = false;
    const label = atEnd && k > lastInForce ? formatLabel(base, base.ordinal + rank, 0, undefined, false, form) : bis;
    const edit = labelEdit(doc, view, item, label, true);
    if (edit === undefined) return undefined;
    if (edit) edits.push(edit);
    if (label !== item.label!.text) targets.set(item, label);
  }
  if (edits.length === 0) return undefined;
  // Sub-clauses follow their clause, its number in force restored (`{~~2~>3~~}.1` → `2.1`) or its bis label
  // (`{++2.1…++}` → `{++1bis.1…++}`), as relabelFix carries them; references to them follow too.
  for (const [item, label] of [...targets]) {
    for (const [d, sub] of subClauses(item, label, targets)) {
      const edit = labelEdit(doc, view, d, sub, true, inForce);
      if (edit === undefined) continue;
      if (edit) edits.push(edit);
      targets.set(d, sub);
    }
  }
  for (const e of referenceEdits(doc, view, targets, true, inForce)) edits.push(e);
  return { title: l10n.t('Keep the numbers in force and label inserted items bis, ter … (ITU-T A.1)'), edits: dedupe(edits) };
}

/**
 * The inserted items of a list (by index) that replace an item of the text in force: a deletion between the
 * item before and this one removes an item of the same kind with the same label (`{--c)…--}{++c)…++}`, on one
 * line or two). Only a deletion after the item before is read, so one deleted item is replaced once.
 */
function replacements(doc: ItuDocument, list: Item[], inserted: boolean[]): Set<number> {
  const out = new Set<number>();
  const old = doc.views.old.paragraphs;
  for (const [k, item] of list.entries()) {
    if (!inserted[k]) continue;
    const label = item.label!;
    const from = k > 0 ? list[k - 1].paragraph.labelSpan!.end : item.parent?.paragraph.source.end ?? 0;
    const to = item.paragraph.labelSpan!.start;
    for (const m of marksStartingIn(doc.marks, from, to)) {
      if (m.kind !== 'deletion' || !m.oldText) continue;
      // The paragraphs of the old text whose label the deletion holds.
      for (let i = lowerBound(old, (p) => p.source.end <= m.oldText!.start); i < old.length && old[i].source.start < m.oldText.end; i++) {
        const span = old[i].labelSpan;
        const gone = old[i].label;
        if (!span || !gone || span.start < m.oldText.start || span.end > m.oldText.end) continue;
        if (gone.kind === label.kind && gone.ordinal === label.ordinal && gone.suffixRank === label.suffixRank) out.add(k);
      }
    }
  }
  return out;
}

/**
 * The substitution that reletters an item of the text in force (`{~~c~>d~~})`: a label part on each side,
 * nothing else), with the item's label in force and the edit that puts it back (the mark and its author go).
 */
function labelSubstitution(doc: ItuDocument, item: Item): { label: Label; restore: TextEdit } | undefined {
  const span = item.paragraph.labelSpan!;
  // The mark around the label's start: its end may fall inside the label (`{~~c~>d~~})`).
  const m = markAround(doc.marks, span.start, span.start);
  // The mark stands on the label's line (in the new view, the paragraph starts at the mark's new side).
  const lineStart = lineStartAt(doc.text, span.start);
  if (!m || m.kind !== 'substitution' || !m.oldText || !m.newText || m.start < lineStart) return undefined;
  if (span.start < m.newText.start || span.start >= m.newText.end) return undefined;
  const oldSide = doc.text.slice(m.oldText.start, m.oldText.end);
  if (/\s/.test(oldSide) || /\s/.test(doc.text.slice(m.newText.start, m.newText.end))) return undefined;
  const old = doc.views.old.paragraphs.find((p) => p.labelSpan && p.source.start <= m.oldText!.start && m.oldText!.start < p.source.end)?.label;
  return old && { label: old, restore: { start: m.start, end: m.attribution?.end ?? m.end, newText: oldSide } };
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

export const numberingFamily: CheckFamily = {
  name: 'numbering',
  codes: {
    'numbering.gap': 'a label skips one, or a list does not start at its first label',
    'numbering.duplicate': 'the same label twice in one list',
    'numbering.order': 'a label goes backwards',
    'numbering.kind': 'one list mixes letters, roman numerals and numbers',
    'numbering.parent': 'a decimal clause stands under the wrong parent',
    'numbering.gap-after-deletion': 'in the new text of a MOD, a gap a deleted item left',
    'numbering.bis': 'an inserted (bis, ter …) item does not name the item before it',
    'numbering.stray-dot': 'a clause number has a dot too many: it lost its digits before the dot (`.8`) or ends with one (`6.`)',
    'numbering.missing-dot': 'a clause number lost a dot (`3.16` where 3.1.6 comes next)',
    'numbering.too-deep': 'a clause number of more levels than a label is read with: read as text',
    'numbering.too-large': 'a label number of more digits than a label is read with: read as text',
  },
  // The new text, and the old text when the marks make it differ.
  check: ({ doc, policy, distinctOld, amended }) => {
    const numberedOf = once(() => numberedProvisionProposals(doc, amended));
    return checkNumbering(doc, doc.views.new, policy, numberedOf, inForceOf(doc, amended), amended).concat(distinctOld ? checkNumbering(doc, doc.views.old, policy, numberedOf) : [], readAsText(doc));
  },
};

/**
 * A line opening like a label that is read as text (labels.ts), its number after `A.` of an annex clause or a stray
 * space: group 1, a clause number of more than MAX_DECIMAL_DEPTH levels; group 2, a label one of whose numbers has
 * more than MAX_LABEL_DIGITS digits (`99999999999999999999<TAB>`, `1.12345678901234567<TAB>`, `12345678901234567)<TAB>`),
 * a TAB or a space after it. One pattern, so that the text is scanned once for both.
 */
const READ_AS_TEXT_SOURCE = `[ \\u00a0]*(?:[A-Z]\\d{0,2}\\.|[IVX]{1,5}\\.|\\.)?(?:(\\d+(?:\\.\\d+){${MAX_DECIMAL_DEPTH}})|((?:\\d{1,${MAX_LABEL_DIGITS}}\\.){0,${MAX_DECIMAL_DEPTH}}\\d{${MAX_LABEL_DIGITS + 1},}(?!\\d)(?:\\.\\d+)*(?:${SUFFIXES.join('|')}|[a-z])?\\)?(?:${SUFFIXES.join('|')})?\\.?(?=[\\t ${NO_BREAK_SPACES}])))`;
export const READ_AS_TEXT = new RegExp(`^${READ_AS_TEXT_SOURCE}`, 'gm');
/** The same pattern read at one line start (lastIndex). */
const READ_AS_TEXT_AT = new RegExp(READ_AS_TEXT_SOURCE, 'y');

/** Whether a line can open with a match of READ_AS_TEXT: a space, a no-break space, a dot, a digit or a capital. */
function mayOpenReadAsText(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x20 || c === 0xa0 || c === 0x2e;
}

/**
 * The shortest run of ASCII digits and dots a match of READ_AS_TEXT holds: a number of more than MAX_LABEL_DIGITS
 * digits (group 2), or MAX_DECIMAL_DEPTH + 1 numbers joined by dots (group 1: one digit each at least).
 */
const READ_AS_TEXT_RUN = Math.min(MAX_LABEL_DIGITS + 1, 2 * MAX_DECIMAL_DEPTH + 1);

/**
 * Whether the text holds a run of READ_AS_TEXT_RUN or more digits and dots, as every match of READ_AS_TEXT does (none
 * in most texts: their numbers are years and labels). Such a run covers a position of every remainder modulo its
 * length: only the characters at one remainder are read, and the run around each digit or dot there measured.
 */
function mayHoldReadAsText(text: string): boolean {
  const n = text.length;
  for (let at = READ_AS_TEXT_RUN - 1; at < n; at += READ_AS_TEXT_RUN) {
    if (!isDigitOrDot(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && isDigitOrDot(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && isDigitOrDot(text.charCodeAt(end))) end++;
    if (end - start >= READ_AS_TEXT_RUN) return true;
  }
  return false;
}

function isDigitOrDot(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e;
}

/**
 * The matches of READ_AS_TEXT, as matchAll gives them: none in a text without a run of digits and dots long
 * enough (mayHoldReadAsText; the line scan below was a quarter of the numbering checks of a 10 KB text). A match
 * stands in one line, at its start: the lines are found by indexOf and only those that open with a character a
 * match can open with are read (the multiline pattern tried itself at every position: a tenth of the checks of a
 * 10 KB text). A text holding another line terminator `^` reads (CR, U+2028, U+2029) is left to the pattern.
 */
export function readAsTextMatches(text: string): RegExpExecArray[] {
  if (!mayHoldReadAsText(text)) return [];
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return [...text.matchAll(READ_AS_TEXT)];
  const out: RegExpExecArray[] = [];
  for (let start = 0; start <= text.length;) {
    if (mayOpenReadAsText(text.charCodeAt(start))) {
      READ_AS_TEXT_AT.lastIndex = start;
      const m = READ_AS_TEXT_AT.exec(text);
      if (m) out.push(m);
    }
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/**
 * Lines read as text though they open like a label: clause numbers deeper than MAX_DECIMAL_DEPTH levels
 * (numbering.too-deep), numbers of more than MAX_LABEL_DIGITS digits (numbering.too-large; labels.ts). Each
 * reported once in the front and once in each proposal, on the first, with how many there are (review5 F6).
 */
function readAsText(doc: ItuDocument): Finding[] {
  const deep: RegExpExecArray[] = [];
  const large: RegExpExecArray[] = [];
  for (const m of readAsTextMatches(doc.text)) (m[1] !== undefined ? deep : large).push(m);
  return firstInEachRegion(doc, deep, 'numbering.too-deep',
    () => l10n.t('A clause number of more than {0} levels: it is read as text, and its numbering is not checked. No ITU text nests clauses so deep: check the numbering.', String(MAX_DECIMAL_DEPTH)),
    (count) => l10n.t('{0} clause numbers of more than {1} levels, the first here: they are read as text, and their numbering is not checked. No ITU text nests clauses so deep: check the numbering.', String(count), String(MAX_DECIMAL_DEPTH)),
  ).concat(firstInEachRegion(doc, large, 'numbering.too-large',
    () => l10n.t('A label number of more than {0} digits: it is read as text, and its numbering is not checked. No ITU text numbers an item so high: check the number.', String(MAX_LABEL_DIGITS)),
    (count) => l10n.t('{0} label numbers of more than {1} digits, the first here: they are read as text, and their numbering is not checked. No ITU text numbers an item so high: check the numbers.', String(count), String(MAX_LABEL_DIGITS)),
  ));
}

/** The first of the matches (in text order) in the front and in each proposal, its message saying how many there are. */
function firstInEachRegion(doc: ItuDocument, matches: readonly RegExpExecArray[], code: FindingCode, one: () => string, many: (count: number) => string): Finding[] {
  const found: Finding[] = [];
  let region = -2;
  let count = 0;
  const flush = () => {
    const f = found[found.length - 1];
    if (f && count > 1) f.message = many(count);
  };
  let k = 0;
  for (const m of matches) {
    while (k < doc.proposals.length && doc.proposals[k].header.start <= m.index) k++;
    // The front is region -1; proposal k-1 holds the match.
    const at = k - 1;
    if (at === region) {
      count++;
      continue;
    }
    flush();
    region = at;
    count = 1;
    const lead = m[0].length - m[0].trimStart().length;
    found.push({ code, severity: 'information', start: m.index + lead, end: m.index + m[0].length, message: one() });
  }
  flush();
  return found;
}

function once<T>(work: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = work();
      done = true;
    }
    return value;
  };
}

/**
 * The paragraph continuing `before` (the call section or the item before a gap) that is the missing item `expected` with
 * its TAB typed as spaces (`1 to reconvene …`), and the edits that write the TAB there and in the paragraphs after it
 * that are the next items so typed (`2 to …`), so that one Fix all mends the run; undefined when none is, or when a
 * revision mark stands in its number.
 */
function lostTab(doc: ItuDocument, before: Item, expected: string): { paragraph: Paragraph; edits: TextEdit[] } | undefined {
  const typed = (p: Paragraph, n: number): TextEdit | undefined => {
    const m = /^([0-9]+)([ \u00A0\u2007\u202F]+)\S/.exec(p.text);
    if (!m || m[1] !== String(n)) return undefined;
    const start = p.source.start + m[1].length;
    if (doc.text.slice(p.source.start, start + m[2].length) !== m[1] + m[2]) return undefined;
    return { start, end: start + m[2].length, newText: '\t' };
  };
  const first = Number(expected);
  if (!/^[0-9]+$/.test(expected)) return undefined;
  const c = before.continuation;
  for (let j = 0; j < c.length; j++) {
    const edit = typed(c[j], first);
    if (!edit) continue;
    const edits = [edit];
    for (let i = j + 1, n = first + 1; i < c.length; i++) {
      const next = typed(c[i], n);
      if (next) {
        edits.push(next);
        n++;
      }
    }
    return { paragraph: c[j], edits };
  }
  return undefined;
}
