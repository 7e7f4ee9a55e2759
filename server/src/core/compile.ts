// Compilation of several parties' proposals on one text (issue 12): every MOD of a target compared
// with the text in force by the core's comparer, paragraphs aligned to the base, a status per
// paragraph, and a merged draft (a MOD whose old text is the base) with attributed marks and
// conflicts as alternatives in square brackets.
import { BaseComparer, foldWhitespace, hunks } from './compare';
import { pairWeight, wordHashes } from './compare/similar';
import { isElision } from './compare/fold';
import { DEFINITION_LABEL, footnoteDefinitions, instrumentResolver, maskNotes, restatedBase, restatedTables, tableName, type BaseLookup, type BaseText, type ProvisionSource } from './base';
import { coverValue, parseDocument } from './document';
import { matchLocalLabel, READ_ALONE } from './lang/labels';
import { matchNumberLine, reasonsWord } from './lang/match';
import { LANGUAGES, TABLES, type Lang } from './lang/tables';
import { labelKey } from './lang/references';
import { listsOf, relabelFix, renumbered } from './checks/numbering';
import { projectText, revisionMarkup } from './marks';
import { formatRef, instrumentHeading, parseRef, proposalTargets, provisionNames } from './provisions';
import { foldDashes, RADIO_HINT } from './lang/charClasses';
import { provisionNumber } from './kinds';
import { walk } from './structure';
import { LineIndex, lowerBound } from './text';
import type { Finding, Fix, Item, ItuDocument, Paragraph, ProposalAction, Span, TextEdit } from './types';
import { l10n } from './l10n';
import { textLanguage } from './lang/detect';

export type CompileStatus = 'unchanged' | 'single' | 'agreed' | 'combined' | 'conflict';

/** One proposal of the workspace, as the proposals list and the compilation name it. */
export interface ProposalEntry {
  /** The proposal id as written (`AFCP/42A25/1`). */
  id: string;
  /** The party: the id's source (`AFCP`, `B/CAN/USA`), or the id itself when malformed. */
  party: string;
  action: ProposalAction;
  /** `Resolution 52`, or the header's text after the id when the proposal holds no Resolution. */
  target: string;
  /** The Resolution's number line as the proposal's old text (new text for ADD) has it. */
  numberLine?: string;
  location: string;
  /** 0-based line of the proposal header. */
  line: number;
  /** 0-based last line of the proposal (its Reasons, or what stands before the next proposal), as listProposals lists it. */
  endLine?: number;
  proposalIndex: number;
}

export interface CompileSource {
  location: string;
  doc: ItuDocument;
}

/** What idHolder and idFindings read of a file: its cover and proposal headers (a whole parse, or an analysis's head). */
export interface IdSource {
  location: string;
  /** `ids`, where given, are the proposals' ids in order (what an analysis knows without placing every proposal). */
  doc: Pick<ItuDocument, 'cover' | 'proposals'> & { readonly ids?: readonly string[] };
}

export interface CompiledParagraph {
  /** The base paragraph, or null for a paragraph some proposals insert. */
  base: string | null;
  status: CompileStatus;
  /** Each proposal's text of this paragraph; null where the proposal deletes it (or does not have an inserted one). */
  versions: Record<string, string | null>;
}

export interface Compilation {
  target: string;
  base: BaseText;
  /** The proposals compiled, in workspace order: the MODs, and the SUPs and NOCs of the whole text. */
  proposals: ProposalEntry[];
  /** ADD proposals of the same target, and MODs of another edition or language (listed, not merged). */
  others: ProposalEntry[];
  paragraphs: CompiledParagraph[];
  /** The merged draft's Resolution, one line per paragraph (a deleted paragraph stays as a deletion mark). */
  merged: string[];
  /** Footnote definitions the merged text references (from the base file). */
  footnotes: string[];
  /** Merged drafts of the target in the workspace, not compiled (set by compile and compileTarget). */
  leftOut?: LeftOut[];
  /**
   * The proposals are ADDs of one new text (compileNew): there is no text in force (`base` has no
   * paragraphs), every row is a new paragraph, and the merged draft is an ADD.
   */
  added?: boolean;
}

/** `Resolution 52` for a number line `RESOLUTION 52 (Rev. Dubai, 2012)` (or `DRAFT NEW RESOLUTION [AFCP-1]`). */
export function targetName(numberLine: string): string | undefined {
  const line = numberLine.replace(/[\s\u00A0]+/g, ' ').trim();
  // ITU-R: `Resolution ITU-R 1` for `RESOLUTION ITU-R 1-6` (every edition is one text, as every meeting of a
  // WTSA Resolution), `Résolution UIT-R 12`, `ITU-R 1号决议`.
  const radio = matchNumberLine(line);
  if (radio?.edition !== undefined) {
    const zh = ZH_KIND.exec(line);
    if (zh) return `${radio.number.toUpperCase()}号${zh[1]}`;
    const word = KIND_WORDS.exec(line)?.[1];
    return word ? `${word[0].toUpperCase()}${word.slice(1).toLowerCase()} ${radio.number.toUpperCase()}` : undefined;
  }
  const m = /^(?:draft\s+new\s+)?resolution\s+([^\s(]+)/i.exec(line);
  if (m) return `Resolution ${m[1].toUpperCase()}`;
  // Any kind with a number line (Resolution, Decision, Opinion …), named by its word in the language of the
  // text, so that texts in different languages are not compiled together: `Decision 11`, `Résolution 99`,
  // `Resolución 99`, `Резолюция 99`, `القرار 99`, `第99号决议`, `第11号决定`.
  const number = radio?.number.toUpperCase();
  if (!number) return undefined;
  const zh = ZH_KIND.exec(line);
  if (zh) return `第${number}号${zh[1]}`;
  const word = KIND_WORDS.exec(line)?.[1];
  return word ? `${word[0].toUpperCase()}${word.slice(1).toLowerCase()} ${number}` : undefined;
}

/** The word of a number line's kind in the languages written with spaces (tables' numberKinds), up to three words in (`DRAFT NEW …`). */
const KIND_WORDS = new RegExp(`^(?:\\S+\\s+){0,3}?(${[...new Set(LANGUAGES.filter((l) => l !== 'zh').flatMap((l) => TABLES[l].numberKinds))].sort((a, b) => b.length - a.length).join('|')})\\s`, 'iu');
const ZH_KIND = new RegExp(`号(?:新)?(${TABLES.zh.numberKinds.join('|')})`, 'u');

/**
 * Compares target names without case or extra spaces; an ITU-R Resolution named with its edition
 * (`Resolution ITU-R 1-6`) is the text every edition is (`Resolution ITU-R 1`).
 */
export function sameTarget(a: string, b: string): boolean {
  return targetKey(a) === targetKey(b);
}

function targetKey(name: string): string {
  const folded = name.replace(/\s+/g, ' ').trim();
  // A Recommendation is one text whatever names it (review 8, I13): its number line as written
  // (`RECOMMENDATION ITU-R RA.314-10`, `Recommendation ITU‑T A.1`), with or without its edition, or its number.
  const recommendation = recommendationKey(folded);
  if (recommendation !== undefined) return recommendation;
  const radio = RADIO_HINT.test(folded) && matchNumberLine(folded)?.edition !== undefined ? targetName(folded) : undefined;
  // The number line as the text writes it (`RESOLUTION 52 (Rev. Dubai, 2012)`, what a secretariat copies from the
  // text; review 8, I25) names the text its number does: every edition is compiled as one target.
  const line = radio === undefined && folded.includes('(') && matchNumberLine(folded) ? targetName(folded) : undefined;
  return (radio ?? line ?? folded).toLowerCase();
}

/** `rec ra.314` for a name of a whole Recommendation (`Recommendation ITU-R RA.314-10`, `ITU-T A.1`); undefined for any other name. */
function recommendationKey(name: string): string | undefined {
  if (!/\.\d/.test(name)) return undefined;
  const ref = parseRef(foldDashes(name));
  if (ref) return ref.instrument.kind === 'Recommendation' && ref.provision === undefined ? ref.instrument.key : undefined;
  // A draft's heading (`Draft new Recommendation ITU-T X.609.7`), or one in another language.
  const heading = instrumentHeading(name);
  return heading?.kind === 'Recommendation' ? heading.key : undefined;
}

/** Every proposal of the sources, in order of location then position. */
export function listProposals(sources: readonly CompileSource[], provisions?: ProvisionSource): ProposalEntry[] {
  const out: ProposalEntry[] = [];
  for (const { location, doc } of sources) {
    const lines = new LineIndex(doc.text);
    // A proposal on one provision is named by it (`RR 5.338A`, `CS 168`): compileTarget compiles that name. With the
    // texts in force, one naming no instrument is named by the one its numbers find, as check does (review 6, G3).
    let named: Map<number, string> | undefined;
    let severalNamed: Map<number, string[]> | undefined;
    const provisionTargets = () => (named ??= provisionNames(doc, provisions && instrumentResolver(doc, provisions)));
    doc.proposals.forEach((p, i) => {
      const line = lines.position(p.header.start).line;
      const endLine = lines.position(Math.max(p.header.start, p.span.end - 1)).line;
      // The old text names what a MOD amends; an ADD's text exists only in the new one.
      const view = p.action === 'ADD' || p.action === 'ADD*' ? doc.views.new : doc.views.old;
      const r = view.proposals[i]?.resolutions[0];
      const numberLine = r?.numberLine.text.trim();
      const named = (numberLine && targetName(numberLine)) ?? provisionTargets().get(i);
      const target = named ?? p.extra?.trim();
      // A proposal restating several provisions, its header naming nothing (`MOD ARB/80/2`: CS 47 and 48), is on
      // each of them, as compile takes it (review 9, J8): listed under each, not under its id. So is one whose header
      // names them as a range or names the instrument alone (`MOD IAP/12A1/3 CS 171 to 173`): such a name is no
      // provision (parseRef reads the instrument only, and `compile "CS 171 to 173"` compiled the whole Constitution),
      // while `compile "CS 172"` takes the proposal.
      const each = target === undefined || (named === undefined && instrumentOnly(target)) ? (severalNamed ??= severalProvisions(doc, provisions)).get(i) : undefined;
      // Rows of a table in force (the Table of Frequency Allocations) are on that table, as compile takes them (review 9, J19).
      const table = target === undefined && !each && provisions?.tables ? restatedTables(doc, i, provisions)[0]?.table : undefined;
      for (const t of each ?? [target ?? (table ? tableName(table, provisions!.tables!()) : p.id.text)]) out.push({ id: p.id.text, party: p.id.source ?? p.id.text, action: p.action, target: t, numberLine, location, line, endLine, proposalIndex: i });
    });
  }
  return out;
}

/** Whether a proposal's header names an instrument of numbered provisions and no one provision of it (`CS 171 to 173`, `RR`). */
function instrumentOnly(name: string): boolean {
  const ref = parseRef(name);
  return !!ref && ref.provision === undefined && ref.instrument.kind !== 'Recommendation' && ref.instrument.kind !== 'Resolution';
}

/**
 * The provisions each proposal restating several of one instrument is on (`CS 47`, `CS 48`), by proposal index;
 * not a Recommendation's clauses (a MOD restating several is compiled on the whole Recommendation, compileTarget).
 */
function severalProvisions(doc: ItuDocument, provisions: ProvisionSource | undefined): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const resolve = provisions && instrumentResolver(doc, provisions);
  for (const t of proposalTargets(doc, 'new')) {
    if (t.provisions.length < 2) continue;
    const instrument = t.instrument ?? resolve?.(t);
    if (!instrument || instrument.kind === 'Recommendation') continue;
    out.set(t.proposalIndex, [...new Set(t.provisions.map((x) => formatRef({ instrument, provision: x.number })))]);
  }
  return out;
}

// ---------------------------------------------------------------- paragraph alignment

interface Split {
  label: string;
  /** The label and the separator after it, as written. */
  head: string;
  body: string;
}

function splitLabel(text: string): Split {
  // Labels as the six languages write them (`أ )`, `с)`, `ａ）`), as the parser reads them.
  const m = matchLocalLabel(text, READ_ALONE);
  if (!m) return { label: '', head: '', body: text };
  const sep = /^[\t ]+/.exec(text.slice(m.length))?.[0] ?? '';
  return { label: text.slice(0, m.length), head: text.slice(0, m.length + sep.length), body: text.slice(m.length + sep.length) };
}

/**
 * What a paragraph says, for "the same change": white space folded, the label left out
 * (relettering is recomputed). `withLabel` for a base paragraph without a label: a version that
 * gives it one (`1<TAB>` before a paragraph made the first of a list) changes it.
 */
function bodyKey(text: string | null, withLabel = false): string | null {
  return text === null ? null : foldWhitespace(maskNotes(withLabel ? text : splitLabel(text).body)).trim();
}

/** Whether a version changes what a paragraph says (a label changed alone, or white space, does not). */
export function changesParagraph(base: string | null, version: string | null): boolean {
  const withLabel = base !== null && splitLabel(base).label === '';
  return bodyKey(base, withLabel) !== bodyKey(version, withLabel);
}

/** One proposal's text of each base paragraph, and the paragraphs it inserts before base paragraph `anchor`. */
interface Aligned {
  versions: (string | null)[];
  inserts: Map<number, string[]>;
  /** The base paragraphs it restates (not left out under `…`, or outside what a SUP or NOC names). */
  restated: boolean[];
}

function alignProposal(comparer: BaseComparer, draft: readonly string[], base: readonly string[]): Aligned {
  const versions: (string | null)[] = base.slice();
  const inserts = new Map<number, string[]>();
  const restated = base.map(() => true);
  const comparison = comparer.compare(draft.map(maskNotes), base.map(maskNotes));
  for (const s of comparison.segments) {
    if (s.kind === 'elision') {
      // `…`: the base paragraphs left out stand unchanged
      for (let b = s.baseStart; b < s.baseEnd; b++) restated[b] = false;
      continue;
    }
    if (s.baseStart === s.baseEnd) {
      const list = inserts.get(s.baseStart) ?? [];
      for (let d = s.draftStart; d < s.draftEnd; d++) list.push(draft[d]);
      inserts.set(s.baseStart, list);
    } else if (s.draftStart === s.draftEnd) {
      for (let b = s.baseStart; b < s.baseEnd; b++) versions[b] = null;
    } else {
      // Equal runs pair one to one; a changed pair is one paragraph against one.
      for (let k = 0; k < s.baseEnd - s.baseStart; k++) versions[s.baseStart + k] = draft[s.draftStart + k];
    }
  }
  return { versions, inserts, restated };
}

/** One paragraph of a proposal that leaves text out (`…`): its old text (what it restates in force) and its new text, null where it has none. */
export interface ExcerptParagraph {
  old: string | null;
  now: string | null;
  /** In a proposal on a whole instrument: the provision in force its old paragraph belongs to (compileTarget.ts). */
  provision?: string;
}

/**
 * A proposal's paragraphs (old and new views) paired as its source writes them: a paragraph the views share,
 * or the old and new readings of one line; a paragraph of one view alone is deleted or inserted.
 */
export function excerptParagraphs(text: string, old: readonly Paragraph[], now: readonly Paragraph[]): ExcerptParagraph[] {
  const lineOf = (p: Paragraph) => text.lastIndexOf('\n', p.source.start - 1);
  const out: ExcerptParagraph[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const o = old[i] as Paragraph | undefined;
    const n = now[j] as Paragraph | undefined;
    if (o && n && ((o.newIndex >= 0 && o.newIndex === n.newIndex) || (o.newIndex < 0 && n.oldIndex < 0 && lineOf(o) === lineOf(n)))) {
      out.push({ old: o.text, now: n.text });
      i++;
      j++;
    } else if (o && (!n || (o.newIndex < 0 && n.oldIndex >= 0) || o.source.start < n.source.start)) {
      // A paragraph of the old text alone goes before a paragraph the two share; before one of the new text alone when
      // its line comes first (`{++2<TAB>…++}` then `{~~2~>3~~}<TAB>…`: the insertion, then the relettered item, paired).
      out.push({ old: o.text, now: null });
      i++;
    } else {
      out.push({ old: null, now: n!.text });
      j++;
    }
  }
  return out;
}

/**
 * Whether a proposal's paragraphs are aligned from its old text (alignExcerpt): its revision marks say which paragraph
 * of the text in force each of its paragraphs is, or that it is new. Its new text alone cannot tell it where it leaves
 * text out (`…`: a paragraph deleted whole between two leaves nothing to align; review 9, J29), nor where a short
 * item it inserts before an item in force shares as many words with that item as the item's own new text does (`2
 * to inform` inserted, `{~~2~>3~~} to report`: paired with `2 to report`, a second party's change to it was a
 * conflict with the insertion, and taking one side duplicated or lost an item; the twenty-fifth session's review).
 * A proposal without marks (its old text its new text) is aligned by its new text, but on a whole instrument.
 */
function isExcerpt(units: readonly ExcerptParagraph[] | undefined): units is readonly ExcerptParagraph[] {
  // A proposal on a whole instrument is one read as an excerpt of it, marked or not (compileTarget.ts wholeExcerpt).
  return units !== undefined && units.some((u) => u.old !== u.now || u.provision !== undefined);
}

/**
 * A proposal that leaves text out, aligned with the base as the checks align it (review 9, J29): its old text
 * (which restates the base) against the base, `…` matching any run of base paragraphs; each paragraph then
 * takes its new text (none: deleted), and a paragraph of the new text alone is inserted after the one before it.
 * The new text alone cannot do it: a paragraph deleted whole between two `…` leaves nothing to align, and a
 * changed line next to an added one anchors nowhere.
 */
function alignExcerpt(comparer: BaseComparer, units: readonly ExcerptParagraph[], base: readonly string[]): Aligned {
  const versions: (string | null)[] = base.slice();
  const inserts = new Map<number, string[]>();
  const restated = base.map(() => true);
  const olds = units.flatMap((u, k) => (u.old === null ? [] : [k]));
  // What each `…` leaves out: a paragraph inserted just after one goes after the item its label follows (`fbis)` after `f)`).
  const elided = new Map<number, { start: number; end: number }>();
  // Each old paragraph: the base paragraph it stands for, or where it is inserted; and where a paragraph after it goes.
  const standsFor = new Map<number, number>();
  const insertedAt = new Map<number, number>();
  const after = new Map<number, number>();
  const comparison = comparer.compare(olds.map((k) => maskNotes(units[k].old!)), base.map(maskNotes));
  for (const s of comparison.segments) {
    if (s.kind === 'elision') {
      for (let b = s.baseStart; b < s.baseEnd; b++) restated[b] = false;
      for (let d = s.draftStart; d < s.draftEnd; d++) {
        after.set(olds[d], s.baseEnd);
        elided.set(olds[d], { start: s.baseStart, end: s.baseEnd });
      }
      continue;
    }
    const paired = Math.min(s.draftEnd - s.draftStart, s.baseEnd - s.baseStart);
    for (let k = 0; k < paired; k++) {
      standsFor.set(olds[s.draftStart + k], s.baseStart + k);
      after.set(olds[s.draftStart + k], s.baseStart + k + 1);
    }
    for (let b = s.baseStart + paired; b < s.baseEnd; b++) versions[b] = null;
    for (let d = s.draftStart + paired; d < s.draftEnd; d++) {
      insertedAt.set(olds[d], s.baseEnd);
      after.set(olds[d], s.baseEnd);
    }
  }
  const insert = (anchor: number, text: string) => inserts.set(anchor, [...(inserts.get(anchor) ?? []), text]);
  let anchor = 0;
  const elision = (text: string | null) => text !== null && isElision(foldWhitespace(text).trim());
  // Where a paragraph labelled `Xbis)` goes among those a `…` leaves out: after the last labelled `X)`.
  const followed = (text: string, range: { start: number; end: number }): number | undefined => {
    const own = /^(.+?)[\s\u00A0]?(?:bis|ter|quater|quinquies|sexies)$/iu.exec(splitLabel(text).label.replace(/[)）.]$/u, ''))?.[1].toLowerCase();
    if (!own) return undefined;
    for (let b = range.end - 1; b >= range.start; b--) if (splitLabel(base[b]).label.replace(/[)）.]$/u, '').toLowerCase() === own) return b + 1;
    return undefined;
  };
  let left: { start: number; end: number } | undefined;
  // The base paragraph the paragraph before deleted whole, if it did.
  let deleted: number | undefined;
  units.forEach((u, k) => {
    const b = standsFor.get(k);
    if (elision(u.old) || elision(u.now)) {
      // `…` stands for what it leaves out (above).
    } else if (b !== undefined) versions[b] = u.now;
    else if (u.now !== null) {
      // Deleted whole and written again under its own label (`{--5.302<TAB>…--}` then `{++5.302<TAB>…++}`): rewritten.
      const label = deleted === undefined || u.old !== null ? '' : splitLabel(u.now).label;
      if (label !== '' && foldWhitespace(splitLabel(base[deleted!]).label) === foldWhitespace(label)) versions[deleted!] = u.now;
      else insert(insertedAt.get(k) ?? (u.old === null && left ? followed(u.now, left) : undefined) ?? anchor, u.now);
    }
    deleted = b !== undefined && u.now === null && u.old !== null ? b : undefined;
    anchor = after.get(k) ?? anchor;
    left = u.old === null ? left : elided.get(k);
  });
  return { versions, inserts, restated };
}

// ---------------------------------------------------------------- word changes of one paragraph

/** A change of a base paragraph's body: base offsets [start, end) replaced by `text`. */
interface Change {
  start: number;
  end: number;
  text: string;
  /** Indexes of the proposals making exactly this change. */
  by: number[];
}

function bodyChanges(comparer: BaseComparer, version: string | null, base: string, withLabel: boolean): Omit<Change, 'by'>[] {
  if (version === null) return [{ start: 0, end: base.length, text: '' }];
  const v = withLabel ? version : splitLabel(version).body;
  // A table row is compared cell by cell, so that no change takes a bar: the word comparison knows no cells, and a
  // change with a bar in it is a conflict that takes in the neighbouring cell (two footnotes added at the end of a
  // cell: `{~~5.341 |~>[EUR: 5.341 ADD 5.A117 |] …~~}`) and a row Word export cannot make a table row. A version
  // with another number of cells than the row in force (a column added or taken out) is aligned with it (rowChanges).
  const cells = rowCells(base);
  const own = cells && rowCells(v);
  return cells && own ? rowChanges(comparer, v, own, base, cells) : textChanges(comparer, v, base);
}

/**
 * The changes of a table row `v` (cells `own`) against the row in force (`cells`), cell by cell. A row of another
 * number of cells (a column added or taken out) is aligned with it: as many cells are paired as the shorter row has, in order, those that keep most words
 * in common (pairCells); a cell paired is compared with its cell in force, as in a row of as many cells, and one left
 * over is added or taken out whole with the bar before it (`|` → `| new |`, `| old |` → `|`), so that no change of
 * the cell beside it meets it. A party that adds a column and a footnote in a cell then makes the footnote's change
 * as a party that adds the footnote alone does (the same change, or a conflict there).
 */
function rowChanges(comparer: BaseComparer, v: string, own: readonly { start: number; end: number }[], base: string, cells: readonly { start: number; end: number }[]): Omit<Change, 'by'>[] {
  const words = (t: string, c: { start: number; end: number }) => t.slice(c.start, c.end).split(/\s+/).filter((w) => w);
  // The bar before cell k (after the last cell: the row's last bar).
  const bar = (cs: readonly { start: number; end: number }[], k: number) => (k < cs.length ? cs[k].start - 1 : cs[k - 1].end);
  const out: Omit<Change, 'by'>[] = [];
  let [i, j] = [0, 0];
  for (const [x, y] of [...pairCells(cells.map((c) => words(base, c)), own.map((c) => words(v, c))), [cells.length, own.length]]) {
    // Cells left over before this pair (of the longer row only): added, or taken out, with the bar before the pair.
    if (i < x || j < y) out.push({ start: bar(cells, i), end: bar(cells, x) + 1, text: v.slice(bar(own, j), bar(own, y) + 1) });
    if (x < cells.length) for (const c of textChanges(comparer, v.slice(own[y].start, own[y].end), base.slice(cells[x].start, cells[x].end))) out.push({ ...c, start: c.start + cells[x].start, end: c.end + cells[x].start });
    [i, j] = [x + 1, y + 1];
  }
  return out;
}

/**
 * Two rows' cells (their words) paired in order, as many pairs as the shorter row has cells: those that keep most
 * words in common (2 × shared / both counts, summed); on a tie the earlier pairs.
 */
function pairCells(a: readonly string[][], b: readonly string[][]): [number, number][] {
  const [m, n] = [a.length, b.length];
  if (m === n) return a.map((_, x) => [x, x]);
  const similarity = (x: number, y: number) => {
    const rest = [...b[y]];
    const all = a[x].length + rest.length;
    return all ? (2 * a[x].filter((w) => rest.includes(w) && rest.splice(rest.indexOf(w), 1)).length) / all : 1;
  };
  // best[x][y]: the most a[x..] and b[y..] keep; skip: what leaving the longer row's cell out keeps.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const skip = (x: number, y: number) => (m - x > n - y ? best[x + 1][y] : n - y > m - x ? best[x][y + 1] : -1);
  for (let x = m - 1; x >= 0; x--) for (let y = n - 1; y >= 0; y--) best[x][y] = Math.max(similarity(x, y) + best[x + 1][y + 1], skip(x, y));
  const out: [number, number][] = [];
  for (let x = 0, y = 0; x < m && y < n; ) {
    if (similarity(x, y) + best[x + 1][y + 1] >= skip(x, y)) out.push([x++, y++]);
    else if (m > n) x++;
    else y++;
  }
  return out;
}

/** The unescaped bars of a pipe table row (`\\|` is a bar of the text). */
const BAR = /(?<!\\)\|/g;

/** The cells of a pipe table row, between its bars (spaces included); undefined when the text is no row. */
function rowCells(text: string): { start: number; end: number }[] | undefined {
  if (!/^[ \t]*\|/.test(text)) return undefined;
  const bars = [...text.matchAll(BAR)].map((m) => m.index);
  if (bars.length < 2 || text.slice(bars[bars.length - 1] + 1).trim() !== '') return undefined;
  return bars.slice(0, -1).map((b, k) => ({ start: b + 1, end: bars[k + 1] }));
}

/** How far a change of [start, end) may be widened: in a table row, to the bars of its cell; elsewhere the whole text. */
function cellAround(body: string, start: number, end: number): { lo: number; hi: number } {
  let lo = 0;
  let hi = body.length;
  if (!rowCells(body)) return { lo, hi };
  for (const m of body.matchAll(BAR)) {
    if (m.index < start) lo = m.index + 1;
    else if (m.index >= end) {
      hi = m.index;
      break;
    }
  }
  return { lo, hi };
}

/** The word changes of `v` against `base`, spaces at their edges as the proposal writes them. */
function textChanges(comparer: BaseComparer, v: string, base: string): Omit<Change, 'by'>[] {
  const c = comparer.compare([maskNotes(v)], [maskNotes(base)]);
  const out: Omit<Change, 'by'>[] = [];
  for (const h of hunks(c)) {
    let start = h.base.start.paragraph > 0 ? base.length : h.base.start.offset;
    let end = h.base.end.paragraph > 0 ? base.length : h.base.end.offset;
    let text = h.inserted ? sliceDraft(v, h.draft.start.offset, h.draft.end.offset, h.draft.end.paragraph > 0) : '';
    // The comparer folds white space: a space the proposal adds or removes at the change's edges
    // (`(WSIS){~~,~> and of its review;~~}`, `service (see Annex) ,`) is part of its change, else the
    // merged draft would lose it (review 5, F10).
    const draftStart = h.draft.start.paragraph > 0 ? v.length : h.draft.start.offset;
    const draftEnd = h.draft.end.paragraph > 0 ? v.length : h.draft.end.offset;
    const baseBefore = /\s*$/.exec(base.slice(0, start))![0];
    const draftBefore = /\s*$/.exec(v.slice(0, draftStart))![0];
    if ((baseBefore === '') !== (draftBefore === '') && (start > baseBefore.length || draftStart > draftBefore.length)) {
      start -= baseBefore.length;
      text = draftBefore + text;
    }
    const baseAfter = /^\s*/.exec(base.slice(end))![0];
    const draftAfter = /^\s*/.exec(v.slice(draftEnd))![0];
    if ((baseAfter === '') !== (draftAfter === '') && (end + baseAfter.length < base.length || draftEnd + draftAfter.length < v.length)) {
      end += baseAfter.length;
      text += draftAfter;
    }
    const last = out[out.length - 1];
    // Changes of one proposal that touch are one change (a paragraph rewritten: delete + insert).
    if (last && last.end >= start) {
      last.text += base.slice(last.end, start) + text;
      last.end = Math.max(last.end, end);
    } else out.push({ start, end, text });
  }
  return out;
}

/** Inserted text as written (a tab after a label a proposal adds stays a tab). */
function sliceDraft(v: string, s: number, e: number, toEnd: boolean): string {
  return v.slice(s, toEnd ? v.length : e);
}

/** The letters of a letter label, folded as references and items are compared (`с)` → `c`, `ج )` → `ج`); undefined for other labels. */
function letters(label: string): string | undefined {
  return /^(\p{L}{1,4})[)）]$/u.exec(labelKey(label))?.[1];
}

/** A label's letters standing in running text before `)` (`b)`, `وج)` → ج, `考虑到b)` → b, `ج )`). */
const REFERENCE_LETTERS = /(?<![a-zа-яё])([a-zа-яё]{1,4}|[ａ-ｚ]{1,2}|هـ|[\u0621-\u064A])(?=[ \u00A0]?[)）])/giu;

/**
 * Letter labels relettered inside running text (`b` → `c` before `)`, or `b) and c)` → `c) and d)` in
 * one change) the way the same proposal reletters items of its lists: a cross-reference following its
 * list, not a change of its own. Each letter stands after a space or `(` (Chinese: after a character;
 * Arabic: after the `و` of `وج)`), and nothing else in the change differs.
 */
function referenceRelabel(body: string, c: Omit<Change, 'by'>, relettered: ReadonlySet<string>): boolean {
  const after = body.slice(c.end, c.end + 2);
  const old = body.slice(c.start, c.end) + after;
  const now = c.text + after;
  const a = [...old.matchAll(REFERENCE_LETTERS)];
  const b = [...now.matchAll(REFERENCE_LETTERS)];
  if (a.length === 0 || a.length !== b.length || old.replace(REFERENCE_LETTERS, '\0') !== now.replace(REFERENCE_LETTERS, '\0')) return false;
  let changed = false;
  for (let i = 0; i < a.length; i++) {
    const at = c.start + a[i].index;
    const before = body.slice(Math.max(0, at - 2), at);
    if (!/[\s(（\u3400-\u9FFF]$/u.test(before) && !/(?:^|\s)و$/.test(before)) return false;
    const from = letters(`${a[i][1]})`);
    const to = letters(`${b[i][1]})`);
    if (from === to) continue;
    if (!from || !to || !relettered.has(`${from}>${to}`)) return false;
    changed = true;
  }
  return changed;
}

/** The letter labels a proposal changes on base paragraphs (`b>c` for `{~~b~>c~~})`): the relettering it made. */
function relabellings(base: readonly string[], versions: readonly (string | null)[]): Set<string> {
  const out = new Set<string>();
  base.forEach((b, k) => {
    const v = versions[k];
    if (v === null) return;
    const from = letters(splitLabel(b).label);
    const to = letters(splitLabel(v).label);
    if (from && to && from !== to) out.add(`${from}>${to}`);
  });
  return out;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** Distinct changes of all proposals grouped where they overlap; a group of two or more is a conflict. */
function clusters(changes: Change[]): Change[][] {
  changes.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Change[][] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (last && last.some((x) => overlap(x, c))) last.push(c);
    else out.push([c]);
  }
  return out;
}

// ---------------------------------------------------------------- compile

/** Names a proposal by its party for attributions and alternatives (`EUR`, `B/CAN/USA`). */
function parties(entries: readonly ProposalEntry[], by: readonly number[]): string {
  return [...new Set(by.map((i) => entries[i].party))].join(', ');
}

/**
 * The names of a conflict's alternatives, each by its proposals' parties; where two alternatives would bear one name
 * (a party's two proposals on one text, as two ADDs of one placeholder in a contribution: `[RCC: The] [RCC: In
 * Kazakhstan, the]`, which no one could take apart), those are named by their ids (`[RCC/8A1/5: The]`).
 */
function alternativeNames(entries: readonly ProposalEntry[], groups: readonly (readonly number[])[]): string[] {
  const names = groups.map((by) => parties(entries, by));
  if (new Set(names).size === names.length) return names;
  return groups.map((by, k) => (names.filter((n) => n === names[k]).length > 1 ? by.map((i) => entries[i].id).join(', ') : names[k]));
}

const attribution = (who: string): string => `{>>@${who}<<}`;

/** Conflicting alternatives as the new text of one mark: `[EUR, ACP: text] [ASMG: other text]`. */
export function writeAlternatives(alternatives: readonly { who: string; text: string }[], empty = DELETE_WORD): string {
  return alternatives.map((a) => `[${a.who}: ${a.text === '' ? empty : a.text}]`).join(' ');
}

/**
 * How an alternative that deletes the text is written, in the merged draft's language (DraftWords.deleted): against a
 * SUP of a Russian Resolution, `[EUR: (delete)]` was the one English word on every line of the draft (review 18).
 * Each is read back as an empty alternative, in a draft of any language.
 */
const DELETE_WORDS = { en: '(delete)', fr: '(supprimer)', es: '(suprimir)', ru: '(исключить)', zh: '(删除)', ar: '(حذف)' } as const;
const DELETE_WORD: string = DELETE_WORDS.en;
/**
 * How an alternative that inserts nothing where another party inserts is written (a NOC, or a MOD that leaves that
 * place as in force), in the merged draft's language (DraftWords.nothingInserted). `(delete)` there read as if the
 * party proposed deleting something (rev-kinds, left alone). Each is read back as an empty alternative.
 */
const NOTHING_INSERTED = { en: '(nothing inserted)', fr: '(aucun ajout)', es: '(ningún añadido)', ru: '(ничего не добавляется)', zh: '(不增加内容)', ar: '(لا إضافة)' } as const;
const EMPTY_WORDS = new Set<string>([...Object.values(DELETE_WORDS), ...Object.values(NOTHING_INSERTED)]);
/** How an alternative that takes a table cell out, its bar and all, is written (in a conflict over the cell's content). */
const CELL_DELETE_WORD = '(delete cell)';

interface Row {
  baseIndex?: number;
  status: CompileStatus;
  versions: (string | null)[];
  /** The merged new text's paragraph, or null when the merge deletes it. */
  newText: string | null;
  /** The merged line, labels as the proposals and the base write them (relettered afterwards). */
  write: () => string;
}

export interface CompileOptions {
  comparer?: BaseComparer;
  /**
   * The base is a whole instrument on provisions from its first one (compileTarget's `Recommendation ITU-T
   * A.1`): its numbered clauses are renumbered in the merge like a Resolution's lists. Not for one provision
   * or an excerpt, whose numbers do not start a list.
   */
  renumberClauses?: boolean;
  /** The lists are lettered as ITU-R letters them, `h)` then `j)` (docs/text-kinds.md): the relettering skips `i)` (review 8, I13). */
  skipLetterI?: boolean;
}

/**
 * Compiles every MOD of `target` among the sources against its base text. Undefined when no base
 * text is found (the caller says so).
 */
export function compile(target: string, sources: readonly CompileSource[], lookup: BaseLookup, options: CompileOptions = {}): Compilation | undefined {
  const inputs = sources.filter((s) => !isMergedDraft(s.doc, target));
  const docOf = new Map(inputs.map((s) => [s.location, s.doc]));
  // A proposal also in a later revision of its document is compiled once, from that revision (review 5, F28).
  const { kept: all, revised } = latestRevisions(listProposals(inputs).filter((p) => sameTarget(p.target, target)), (p) => docOf.get(p.location)!);
  // A MOD that names the target only in its header and restates no Resolution has nothing to align:
  // listed beside the others, not read as deleting the whole text.
  const restated = (p: ProposalEntry) => docOf.get(p.location)!.views.new.proposals[p.proposalIndex]?.resolutions[0] !== undefined;
  // A SUP or NOC of the text is a position on every paragraph of it (compileTexts), compiled beside the MODs.
  const mods = all.filter((p) => ((p.action === 'MOD' || p.action === '(MOD)') && restated(p)) || suppresses(p) || keeps(p));
  const others = all.filter((p) => !mods.includes(p));
  // The base each MOD's diagnostics use, by the checks' own rule (restatedBase): its number line, the
  // edition it names when marks are on it (a SUP or NOC: the edition it restates), and the Base: field of its cover.
  const chosen = mods.map((m) => {
    const doc = docOf.get(m.location)!;
    const r = doc.views.old.proposals[m.proposalIndex]?.resolutions[0];
    return r ? restatedBase(doc, m.proposalIndex, r, lookup) : { base: undefined, sameEdition: false };
  });
  // The MODs choose the edition (a SUP or NOC of an older one is not what they amend); only a SUP or NOC
  // alone chooses its own. With none naming an edition, the one base text with the target's number.
  const amending = chosen.filter((_, i) => !suppresses(mods[i]) && !keeps(mods[i]));
  const choosing = amending.length ? amending : chosen;
  const edition = choosing.find((c) => c.base)?.base;
  // Within that edition, the file a party named in its Base: field (the rule's choice is a guess that
  // base.ambiguous reports) is the text in force all of them are compiled against (review 8, I5).
  const base = (edition && choosing.find((c) => c.base?.chosenBy === 'cover' && c.base.key === edition.key)?.base) ?? edition ?? (choosing.some((c) => c.sameEdition) ? undefined : lookup(`${target} ()`));
  if (!base) return undefined;
  // A MOD of another edition (or of one the workspace lacks) is listed beside, not merged: aligned with
  // this text, that edition's own differences would read as its changes. A MOD of the same edition is
  // merged whatever copy of it its workspace chose: the Base: field chooses among a workspace's files.
  const same = (b: BaseText | undefined) => b !== undefined && (b.key === base.key || (b.location === base.location && b.line === base.line) || b.paragraphs.join('\n') === base.paragraphs.join('\n'));
  const merged = mods.filter((_, i) => same(chosen[i].base) || (!chosen[i].base && !chosen[i].sameEdition));
  const beside = mods.filter((m) => !merged.includes(m));
  // Each MOD's Resolution and the footnote definitions it writes after it, compiled as paragraphs of the text: a party's
  // change to a note in force, or its new note, was left out of the compilation (review of the twenty-fifth session).
  const inForceNotes = (base.footnotes ?? []).map((d) => ({ label: DEFINITION_LABEL.exec(d)?.[1], text: d }));
  const paragraphsOf = (doc: ItuDocument, kind: 'old' | 'new', m: ProposalEntry) => {
    const pv = doc.views[kind].proposals[m.proposalIndex];
    const r = pv?.resolutions[0];
    return r ? [...r.paragraphs, ...pv.paragraphs.filter((p) => p.kind === 'footnote-definition')] : [];
  };
  // A note in force that a MOD does not restate stands as in force for it, not deleted: one it references without restating
  // it (an excerpt's, as the checks read it: base.ts notesCompared), or one whose reference it leaves out under `…` (a
  // review of the twenty-fifth session: an excerpt ending on the last item had the note deleted in its name). A party
  // that means to delete a note restates it in a deletion.
  const unrestated = (doc: ItuDocument, m: ProposalEntry) => {
    const own = paragraphsOf(doc, 'old', m);
    const defined = new Set(own.filter((p) => p.kind === 'footnote-definition').map((p) => DEFINITION_LABEL.exec(p.text)?.[1]));
    return inForceNotes.filter((n) => n.label !== undefined && !defined.has(n.label)).map((n) => n.text);
  };
  const drafts = merged.map((m) => {
    const doc = docOf.get(m.location)!;
    return [...paragraphsOf(doc, 'new', m).map((p) => p.text), ...unrestated(doc, m)];
  });
  // Its old and new paragraphs, for a MOD that leaves text out (alignExcerpt).
  const excerpts = merged.map((m) => {
    const doc = docOf.get(m.location)!;
    return [...excerptParagraphs(doc.text, paragraphsOf(doc, 'old', m), paragraphsOf(doc, 'new', m)), ...unrestated(doc, m).map((d) => ({ old: d, now: d }))];
  });
  // The text in force with the notes its paragraphs reference after them, as the checks compare it (base.ts comparedBase).
  const withNotes: BaseText = base.footnotes?.length ? { ...base, paragraphs: [...base.paragraphs, ...base.footnotes] } : base;
  const c = compileTexts(targetName(base.numberLine) ?? target, withNotes, merged, [...beside, ...others].sort((a, b) => all.indexOf(a) - all.indexOf(b)), drafts, docOf.get(base.location), options, [], [], excerpts);
  return { ...c, leftOut: [...leftOutOf(target, sources), ...revised] };
}

/** A SUP of the text compiled: it deletes every paragraph in force. */
export const suppresses = (p: ProposalEntry): boolean => p.action === 'SUP' || p.action === 'SUP*';
/** A NOC of the text compiled: it keeps every paragraph as in force. */
export const keeps = (p: ProposalEntry): boolean => p.action === 'NOC';

/**
 * Compiles the new texts of some proposals (`drafts`, one per proposal, in order) against a base text:
 * the rows, their statuses and the merged draft. `baseDoc` is the file the base stands in (its
 * footnotes). A SUP's text is none (it deletes every paragraph), a NOC's the base (whatever it restates:
 * its differences are the checks' matter); each stands against the changes of the others (baseRow).
 * `scopes`: for a SUP or NOC of part of the base (provisions of a whole instrument), the base
 * paragraphs it names; it says nothing of the others.
 */
export function compileTexts(
  target: string,
  base: BaseText,
  mods: ProposalEntry[],
  others: ProposalEntry[],
  drafts: readonly (readonly string[])[],
  baseDoc: ItuDocument | undefined,
  options: CompileOptions = {},
  scopes: readonly (ReadonlySet<number> | undefined)[] = [],
  olds: readonly (readonly string[] | undefined)[] = [],
  excerpts: readonly (readonly ExcerptParagraph[] | undefined)[] = [],
): Compilation {
  const comparer = options.comparer ?? new BaseComparer();
  // Word-level changes, as the comparer finds them before merging neighbours (conflicts only).
  const fine = new BaseComparer({ semanticCleanup: false });
  const aligned = drafts.map((draft, i): Aligned => {
    const scope = scopes[i];
    const excerpt = excerpts[i];
    if (isExcerpt(excerpt) && !suppresses(mods[i]) && !keeps(mods[i])) return alignExcerpt(comparer, excerpt, base.paragraphs);
    if (!scope || (!suppresses(mods[i]) && !keeps(mods[i]))) {
      const a = alignProposal(comparer, suppresses(mods[i]) ? [] : keeps(mods[i]) ? base.paragraphs : draft, base.paragraphs);
      const old = olds[i];
      if (!old || suppresses(mods[i]) || keeps(mods[i])) return a;
      // A paragraph in force that the proposal's old text does not restate either (a heading its excerpt leaves out
      // with no `…`: the call `recommends` between considering k) and recommends 1) is left as it stands, not deleted.
      const was = alignProposal(comparer, old, base.paragraphs);
      for (let b = 0; b < base.paragraphs.length; b++) {
        if (a.versions[b] !== null || was.versions[b] !== null) continue;
        a.versions[b] = base.paragraphs[b];
        a.restated[b] = false;
      }
      return a;
    }
    const restated = base.paragraphs.map((_, b) => scope.has(b));
    return { versions: base.paragraphs.map((p, b) => (suppresses(mods[i]) && restated[b] ? null : p)), inserts: new Map(), restated };
  });
  const relettered = aligned.map((a) => relabellings(base.paragraphs, a.versions));
  const rows: Row[] = [];
  const n = base.paragraphs.length;
  const language = textLanguage(base.paragraphs.join('\n'));
  const { nothingInserted: nothing, deleted } = wordsOf(language);
  for (let b = 0; b <= n; b++) {
    for (const row of insertedRows(comparer, mods, aligned, b, nothing)) rows.push(row);
    if (b < n) rows.push(baseRow(comparer, fine, mods, base.paragraphs[b], aligned.map((a) => a.versions[b]), b, relettered, aligned.map((a) => a.restated[b]), nothing, deleted));
  }
  const merged = labelNotes(reletter(rows.map((r) => r.write()), options.renumberClauses === true, options.skipLetterI === true), rows, mods, language);
  return {
    target,
    base,
    proposals: mods,
    others,
    paragraphs: rows.map((r) => ({
      base: r.baseIndex === undefined ? null : base.paragraphs[r.baseIndex],
      status: r.status,
      versions: Object.fromEntries(mods.map((m, i) => [m.id, r.versions[i]])),
    })),
    merged,
    // The notes in force the merged text references and does not define among its paragraphs.
    footnotes: notesNotDefinedIn(footnoteDefinitions(baseDoc, merged.join('\n')), merged),
  };
}

/** The label of the footnote a line of a merged draft defines, as written or inside a revision mark (`{++[^2]:<TAB>…`). */
function definedLabel(line: string): string | undefined {
  return DEFINITION_LABEL.exec(/^\{(?:\+\+|--|~~)/.test(line) ? line.slice(3) : line)?.[1];
}

/** The definitions (as written) whose footnotes no paragraph of `lines` defines. */
function notesNotDefinedIn(definitions: readonly string[], lines: readonly string[]): string[] {
  const defined = new Set(lines.map(definedLabel));
  return definitions.filter((d) => !defined.has(DEFINITION_LABEL.exec(d)?.[1]));
}

/**
 * Compiles ADD proposals of one new text (review 6, G21: two regions' texts of one new RR footnote
 * `RR 5.A12`, or of one draft new Resolution): there is no text in force, so the first ADD's paragraphs
 * stand in its place and every other ADD is aligned with them by the comparer, as a MOD is with the text
 * in force. Each paragraph is a row: worded alike by every ADD that has it `agreed` (by one alone
 * `single`), worded differently `conflict`, with the alternatives word by word; a paragraph of one ADD that
 * no other has is that ADD's alone, where it stands. The merged draft is an ADD whose paragraphs are
 * insertions attributed to their proponents (mergedDraft).
 */
export function compileNew(target: string, adds: ProposalEntry[], others: ProposalEntry[], drafts: readonly (readonly string[])[], docs: readonly ItuDocument[], options: CompileOptions = {}): Compilation {
  const comparer = options.comparer ?? new BaseComparer();
  const first = drafts[0] ?? [];
  const aligned = drafts.map((draft, i): Aligned => (i === 0 ? { versions: first.slice(), inserts: new Map(), restated: first.map(() => true) } : alignProposal(comparer, draft, first)));
  const rows: Row[] = [];
  for (let b = 0; b <= first.length; b++) {
    for (const row of insertedRows(comparer, adds, aligned, b)) rows.push(row);
    if (b < first.length) rows.push(newRow(comparer, adds, sameTexts(aligned.flatMap((a, i) => (a.versions[b] === null ? [] : [{ i, text: a.versions[b]! }])))));
  }
  const language = textLanguage(drafts.flat().join('\n'));
  const merged = labelNotes(reletter(rows.map((r) => r.write()), false), rows, adds, language);
  const text = merged.join('\n');
  const footnotes = new Map<string, string>();
  for (const d of docs) for (const f of footnoteDefinitions(d, text)) if (!footnotes.has(f.split('\t')[0])) footnotes.set(f.split('\t')[0], f);
  return {
    target,
    base: { key: target.toLowerCase(), location: '', numberLine: target, paragraphs: [], line: 0 },
    proposals: adds,
    others,
    paragraphs: rows.map((r) => ({ base: null, status: r.status, versions: Object.fromEntries(adds.map((m, i) => [m.id, r.versions[i]])) })),
    merged,
    footnotes: [...footnotes.values()],
    added: true,
  };
}

/**
 * A note after each inserted paragraph of the merged draft that a party labelled otherwise than the merge
 * does (review 5, F20: BBB inserts `bbis)`, keeping the labels in force as ITU-T A.1 does; AAA inserts
 * `c)` and reletters; the merge, relettering, writes `c)`): `{>>BBB: bbis)<<}` in the text's language, so
 * that the party's choice is not lost without a word. Labels are compared as references compare them.
 */
function labelNotes(lines: string[], rows: readonly Row[], mods: readonly ProposalEntry[], language: Lang | undefined): string[] {
  const words = wordsOf(language);
  return lines.map((line, k) => {
    const row = rows[k];
    if (row.baseIndex !== undefined || row.newText === null) return line;
    const label = splitLabel(projectText(line)).label;
    const others = new Map<string, number[]>();
    row.versions.forEach((v, i) => {
      const own = v === null ? '' : splitLabel(v).label;
      if (v === null || labelKey(own || ' ') === labelKey(label || ' ')) return;
      others.set(own, [...(others.get(own) ?? []), i]);
    });
    return line + [...others].map(([own, by]) => `{>>${words.labelled(parties(mods, by), own)}<<}`).join('');
  });
}

/**
 * Paragraphs the proposals insert before base paragraph `anchor`, in proposal order: identical ones
 * (label left out, white space folded) are one row, `agreed`; different ones that the comparer
 * would take for one paragraph reworded (pairWeight: half their words shared) are one row of
 * alternatives, `conflict`; others each a row of their own, `single`.
 */
function insertedRows(comparer: BaseComparer, mods: readonly ProposalEntry[], aligned: readonly Aligned[], anchor: number, nothing: string = NOTHING_INSERTED.en): Row[] {
  // A SUP or NOC of the text disputes a paragraph another party inserts, as it disputes words inserted in one
  // (baseRow's keepers): the SUP deletes the whole text and the NOC keeps it as in force, and neither has the new
  // paragraph. Written as a plain insertion it read as agreed (review 18: RCC's new considering d) stood alone once
  // EUR's SUP of the Resolution was taken at every conflict). Only those that restate the text where it is inserted.
  const disputers = aligned.map((_, i) => i).filter((i) => (suppresses(mods[i]) || keeps(mods[i])) && (aligned[i].restated[anchor - 1] === true || aligned[i].restated[anchor] === true));
  const texts = sameTexts(aligned.flatMap((a, i) => (a.inserts.get(anchor) ?? []).map((text) => ({ i, text }))));
  const groups: (typeof texts)[] = [];
  for (const t of texts) {
    // A paragraph joins a row after those of its proposals' paragraphs before it: each proposal's paragraphs stay in its order.
    const after = lastIndex(groups, (g) => g.some((x) => x.by.some((i) => t.by.includes(i))));
    const at = groups.findIndex((g, k) => k > after && g.some((x) => pairWeight(x.words, t.words, false) > 0));
    if (at >= 0) groups[at].push(t);
    else groups.push([t]);
  }
  return groups.map((g) => newRow(comparer, mods, g, disputers, nothing));
}

/** The index of the last element that passes `test`, -1 for none. */
function lastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k])) return k;
  return -1;
}

/** One proposal's wording of a new paragraph, with those of the other proposals that word it the same. */
interface Wording {
  key: string;
  text: string;
  by: number[];
  /** Each proposal's paragraph as it wrote it (its label: `bbis)` where another wrote `c)`, review 5, F20). */
  own: Map<number, string>;
  words: Int32Array;
}

/**
 * A new paragraph's label and the separator after it (splitLabel); without a label, the provision number that
 * every wording opens with (`5.A12<TAB>`, compileNew's ADDs of a new footnote): kept as written, outside the
 * alternatives, its TAB not folded into a space.
 */
function newHead(text: string, g: readonly Wording[]): Split & { shared?: boolean } {
  const split = splitLabel(text);
  const number = split.label === '' ? provisionNumber(text) : undefined;
  if (!number) return split;
  const head = text.slice(0, number.length) + /^[\t ]*/.exec(text.slice(number.length))![0];
  if (!g.every((x) => x.text.startsWith(head))) return split;
  return { label: text.slice(0, number.length), head, body: text.slice(head.length), shared: true };
}

/** Paragraphs of proposals (`i`: which) with identical ones (label left out, white space folded) taken together. */
function sameTexts(paragraphs: readonly { i: number; text: string }[]): Wording[] {
  const texts: Wording[] = [];
  for (const { i, text } of paragraphs) {
    const key = bodyKey(text)!;
    // After the proposal's paragraphs before it, so that its paragraphs keep their order.
    const after = lastIndex(texts, (r) => r.by.includes(i));
    const same = texts.find((r, k) => k > after && r.key === key);
    if (same) {
      same.by.push(i);
      same.own.set(i, text);
    } else texts.push({ key, text, by: [i], own: new Map([[i, text]]), words: wordHashes(key) });
  }
  return texts;
}

/** The row of a new paragraph some proposals word in one way (`agreed` by several, else `single`) or several (`conflict`). */
function newRow(comparer: BaseComparer, mods: readonly ProposalEntry[], g: readonly Wording[], disputers: readonly number[] = [], nothing: string = NOTHING_INSERTED.en): Row {
  const first = g[0];
  // The label stands outside the alternatives: the first wording's that has one (labelNotes names the others').
  const split = newHead((g.find((x) => splitLabel(x.text).label !== '') ?? first).text, g);
  const by = g.flatMap((x) => x.by);
  const versions = mods.map((_, i) => g.find((x) => x.by.includes(i))?.own.get(i) ?? null);
  const against = disputers.filter((i) => !by.includes(i));
  if (g.length === 1 && against.length) {
    // The new paragraph against a SUP or NOC of the text: its words and nothing inserted are the alternatives, the
    // label outside them (relettered with its list); taking the empty one takes the line out (checkAlternatives).
    const names = alternativeNames(mods, [by, against]);
    const written = writeAlternatives([{ who: names[0], text: split.body.trim() }, { who: names[1], text: '' }], nothing);
    return {
      status: 'conflict',
      versions,
      newText: split.head + written,
      write: () => `${split.head ? `{++${split.head}++}` : ''}{++${written}++}${attribution(parties(mods, [...by, ...against]))}`,
    };
  }
  if (g.length === 1) {
    return {
      status: first.by.length > 1 ? 'agreed' : 'single',
      versions,
      newText: first.text,
      write: () => `{++${split.head}${split.body}++}${attribution(parties(mods, by))}`,
    };
  }
  // One new paragraph worded differently: alternatives word by word, where the wordings differ,
  // taking the first wording as the reference. The label stands outside, so that the list is
  // relettered around it.
  const names = alternativeNames(mods, g.map((x) => x.by));
  const wordings = g.map((x, k) => ({ who: names[k], text: (split.label === '' || split.shared ? x.text.slice(split.head.length) : splitLabel(x.text).body).trim() }));
  const byWord = wordAlternatives(comparer, wordings);
  // Word by word only between wordings that are mostly the same: two parties' unrelated new footnotes under one
  // placeholder (`ADD 5.A117`, built from the agenda item) share a few small words, and alternatives around
  // those would be a sentence neither party wrote (review 9, J5). Less than half the words in common: the
  // alternatives are the whole paragraphs.
  const wordCount = (t: string) => t.split(/\s+/).filter((w) => w !== '').length;
  const common = byWord.reduce((n, p) => n + (typeof p === 'string' ? wordCount(p) : 0), 0);
  const pieces = common * 2 >= wordCount(wordings[0].text) ? byWord : [wordings];
  const written = pieces.map((p) => (typeof p === 'string' ? p : writeAlternatives(p))).join('');
  const marks = pieces.map((p) => `{++${typeof p === 'string' ? p : writeAlternatives(p)}++}`).join('');
  return {
    status: 'conflict',
    versions,
    newText: split.head + written,
    write: () => `${split.head ? `{++${split.head}++}` : ''}${marks}${attribution(parties(mods, by))}`,
  };
}

/**
 * Several wordings of one paragraph as common text and sets of alternatives: each wording is
 * compared with the first by the comparer, overlapping changes grouped, and each group written
 * as every wording's text of that stretch. A change that only deletes or only inserts takes in
 * the word before it (after it, at the start), so that no alternative is empty text.
 */
function wordAlternatives(comparer: BaseComparer, wordings: readonly { who: string; text: string }[]): (string | { who: string; text: string }[])[] {
  const ref = wordings[0].text;
  const changes: Change[] = [];
  wordings.forEach((w, k) => {
    if (k === 0) return;
    const raw = bodyChanges(comparer, w.text, ref, true);
    // Each change widened where it only deletes or only inserts; widened changes that meet are one.
    const spans: { start: number; end: number; raw: typeof raw }[] = [];
    for (const c of raw) {
      let start = c.start;
      let end = c.end;
      if (c.text.trim() === '' || c.start === c.end) {
        const { lo, hi } = cellAround(ref, c.start, c.end);
        const before = /\S+\s*$/.exec(ref.slice(lo, c.start))?.[0];
        if (before !== undefined) start -= before.length;
        else end += /^\s*\S+/.exec(ref.slice(c.end, hi))?.[0].length ?? 0;
      }
      const last = spans[spans.length - 1];
      if (last && start <= last.end) {
        last.end = Math.max(last.end, end);
        last.raw.push(c);
      } else spans.push({ start, end, raw: [c] });
    }
    for (const span of spans) {
      let text = '';
      let p = span.start;
      for (const c of span.raw) {
        text += ref.slice(p, c.start) + c.text;
        p = c.end;
      }
      changes.push({ start: span.start, end: span.end, text: text + ref.slice(p, span.end), by: [k] });
    }
  });
  // Wording k's text of reference stretch [start, end), its changes there applied, as written.
  const ownText = (k: number, start: number, end: number, g: readonly Change[]) => sideText(ref, start, end, g, k);
  // The alternatives are written trimmed between the spaces of the reference's stretch: where a wording's own
  // spacing at an edge differs (`174 (Guadalajara` against `71 (Rev. Guadalajara`), the stretch takes in whole
  // words up to the spaces around it, so that taking an alternative gives that wording exactly.
  const exact = (start: number, end: number, g: readonly Change[]) => {
    const stretch = ref.slice(start, end);
    const lead = /^\s*/.exec(stretch)![0];
    const trail = /\s*$/.exec(stretch.slice(lead.length))![0];
    return wordings.every((_, k) => {
      const own = ownText(k, start, end, g);
      return foldWhitespace(ref.slice(0, start) + lead + foldWhitespace(own).trim() + trail + ref.slice(end)).trim() === foldWhitespace(ref.slice(0, start) + own + ref.slice(end)).trim();
    });
  };
  const spans: { start: number; end: number; g: Change[] }[] = [];
  for (const g of clusters(changes)) {
    let start = g.reduce((m, c) => Math.min(m, c.start), Infinity);
    let end = g.reduce((m, c) => Math.max(m, c.end), 0);
    if (new Set(wordings.map((_, k) => foldWhitespace(ownText(k, start, end, g)).trim())).size > 1 && !exact(start, end, g)) {
      const { lo, hi } = cellAround(ref, start, end);
      while (start > lo && !/\s/.test(ref[start - 1])) start--;
      while (end < hi && !/\s/.test(ref[end])) end++;
    }
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      for (const c of g) last.g.push(c);
    } else spans.push({ start, end, g: [...g] });
  }
  const out: (string | { who: string; text: string }[])[] = [];
  let at = 0;
  for (const { start, end, g } of spans) {
    const alternatives: { who: string; text: string }[] = [];
    // Wordings alike but for white space together, written with the first one's spacing (review 9, J1).
    const keys: string[] = [];
    wordings.forEach((w, k) => {
      const own = ownText(k, start, end, g);
      const at = keys.indexOf(foldWhitespace(own));
      if (at >= 0) alternatives[at].who += `, ${w.who}`;
      else {
        keys.push(foldWhitespace(own));
        alternatives.push({ who: w.who, text: own.trim() });
      }
    });
    out.push(ref.slice(at, start));
    if (alternatives.length === 1) out.push(ref.slice(start, end));
    else {
      // Space at the stretch's edges stays outside the brackets.
      const stretch = ref.slice(start, end);
      const lead = /^\s*/.exec(stretch)![0];
      const trail = /\s*$/.exec(stretch.slice(lead.length))![0];
      out.push(lead, alternatives, trail);
    }
    at = end;
  }
  out.push(ref.slice(at));
  // Neighbouring plain pieces are one; empty ones go.
  return out.reduce<(string | { who: string; text: string }[])[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (p === '') return acc;
    if (typeof p === 'string' && typeof last === 'string') acc[acc.length - 1] = last + p;
    else acc.push(p);
    return acc;
  }, []);
}

/** A party's text of base stretch [start, end) with its changes there applied. */
function stretchWith(body: string, start: number, end: number, changes: readonly Omit<Change, 'by'>[]): string {
  let t = '';
  let p = start;
  for (const c of [...changes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    t += body.slice(p, c.start) + c.text;
    p = c.end;
  }
  return foldWhitespace(t + body.slice(p, end));
}

/**
 * Each group of overlapping changes (a conflict) split where the parties' word-level changes (the
 * comparer's, before it merges changes separated by punctuation or small words) no longer overlap:
 * an identical change is then agreed, and the words one party adds beside it are its own. A group
 * is kept whole when its word-level changes do not give each party the same text of the stretch, or
 * still all overlap.
 */
function refine(groups: Change[][], fine: (i: number) => Omit<Change, 'by'>[], body: string): Change[][] {
  const out: Change[][] = [];
  for (const g of groups) {
    if (g.length < 2) {
      out.push(g);
      continue;
    }
    // The stretch with the spaces around it: word-level changes may take the space on either side.
    let start = g.reduce((m, c) => Math.min(m, c.start), Infinity);
    let end = g.reduce((m, c) => Math.max(m, c.end), 0);
    while (start > 0 && /\s/.test(body[start - 1])) start--;
    while (end < body.length && /\s/.test(body[end])) end++;
    const distinct: Change[] = [];
    let consistent = true;
    for (const i of new Set(g.flatMap((c) => c.by))) {
      const parts = fine(i).filter((c) => overlap(c, { start, end }));
      const coarse = g.filter((c) => c.by.includes(i));
      if (parts.some((c) => c.start < start || c.end > end) || stretchWith(body, start, end, parts) !== stretchWith(body, start, end, coarse)) {
        consistent = false;
        break;
      }
      for (const c of parts) {
        const same = distinct.find((d) => d.start === c.start && d.end === c.end && foldWhitespace(d.text) === foldWhitespace(c.text));
        if (same) same.by.push(i);
        else distinct.push({ ...c, by: [i] });
      }
    }
    for (const d of distinct) d.by.sort((a, b) => a - b);
    const regrouped = consistent ? clusters(distinct) : [];
    if (regrouped.length > 1) for (const r of regrouped) out.push(r);
    else out.push(g);
  }
  return out;
}

function baseRow(comparer: BaseComparer, fine: BaseComparer, mods: readonly ProposalEntry[], text: string, versions: (string | null)[], baseIndex: number, relettered: readonly Set<string>[], restated: readonly boolean[], nothing: string = NOTHING_INSERTED.en, deleted: string = DELETE_WORD): Row {
  const split = splitLabel(text);
  // A paragraph without a label is compared whole: a label a proposal gives it is part of its change.
  const withLabel = split.label === '';
  const key = (t: string | null) => bodyKey(t, withLabel);
  const baseKeyText = key(text);
  // Each proposal's word changes of the body. A cross-reference relettered along with its list
  // (`considering {~~b~>c~~})`) is no change of its own: the merge reletters references itself.
  const own = versions.map((v, i) => (key(v) === baseKeyText ? [] : bodyChanges(comparer, v, split.body, withLabel).filter((c) => !referenceRelabel(split.body, c, relettered[i]))));
  const changers = versions.map((_, i) => i).filter((i) => versions[i] === null || own[i].length > 0);
  const row = { baseIndex, versions };
  if (changers.length === 0) return { ...row, status: 'unchanged', newText: text, write: () => split.head + split.body };
  // Who keeps the words the others change: a NOC keeps the whole text; against a SUP, which deletes the
  // whole text, every proposal that restates the paragraph unchanged keeps it (it proposes the text stand;
  // one that leaves it out under `…` says nothing of it).
  const suppressed = changers.some((i) => suppresses(mods[i]));
  const keepers = versions.map((_, i) => i).filter((i) => versions[i] !== null && restated[i] && !changers.includes(i) && (keeps(mods[i]) || suppressed));
  const signature = (i: number) => (versions[i] === null ? '\u0000' : own[i].map((c) => `${c.start}:${c.end}:${foldWhitespace(c.text)}`).join('|'));
  const results = new Set(changers.map(signature));
  if (results.size === 1 && versions[changers[0]] === null && keepers.length === 0) {
    // Deleted whole, by one party or by several.
    return { ...row, status: changers.length > 1 ? 'agreed' : 'single', newText: null, write: () => `{--${text}--}${attribution(parties(mods, changers))}` };
  }
  // Word changes of each changing proposal, identical ones shared.
  const distinct: Change[] = [];
  for (const i of changers) {
    for (const c of own[i]) {
      const same = distinct.find((d) => d.start === c.start && d.end === c.end && foldWhitespace(d.text) === foldWhitespace(c.text));
      if (same) same.by.push(i);
      else distinct.push({ ...c, by: [i] });
    }
  }
  // Overlapping changes are looked at word by word before they are called a conflict: the comparer
  // writes `19)` → `27) and Recommendation …` as one change, of which `19` → `27` is another party's.
  const fineChanges = (i: number) => (versions[i] === null ? bodyChanges(fine, null, split.body, withLabel) : bodyChanges(fine, versions[i], split.body, withLabel).filter((c) => !referenceRelabel(split.body, c, relettered[i])));
  const groups = refine(clusters(distinct), fineChanges, split.body);
  // Each change is disputed by the keepers: their alternative is the words in force.
  if (keepers.length) {
    for (const g of groups) {
      const start = g.reduce((m, c) => Math.min(m, c.start), Infinity);
      const end = g.reduce((m, c) => Math.max(m, c.end), 0);
      g.push({ start, end, text: split.body.slice(start, end), by: keepers });
    }
  }
  const conflict = groups.some((g) => g.length > 1);
  const status: CompileStatus = keepers.length ? 'conflict' : results.size === 1 ? (changers.length > 1 ? 'agreed' : 'single') : conflict ? 'conflict' : 'combined';
  let body = '';
  let newBody = '';
  let at = 0;
  for (const { start, end, changes: g } of widened(groups, split.body)) {
    body += split.body.slice(at, start);
    newBody += split.body.slice(at, start);
    const old = split.body.slice(start, end);
    if (g.length === 1) {
      // A cell added or taken out changes the bar before it (rowChanges): the bar stays outside the mark, `|{++ new |++}`.
      const bar = old[0] === '|' && g[0].text[0] === '|' ? '|' : '';
      body += bar + revisionMarkup(old.slice(bar.length), g[0].text.slice(bar.length)) + attribution(parties(mods, g[0].by));
      newBody += g[0].text;
    } else {
      // Each proposal's text of the disputed stretch, proposals with the same text together: those that
      // change it, and those that keep it against them (a NOC, or a MOD against a SUP). A MOD that changes
      // other words of the paragraph but not these has no alternative here (review 5, F10).
      // Parties whose texts differ in white space only are together; the first one's text is written as it has
      // it, spaces inside included (the RR's `.     (WRC-03)`: review 9, J1), trimmed at the edges (taken puts them back).
      // A conflict over one whole cell with its bars, which a party takes out (`| MOBILE 5.342 |` → `|`: rowChanges)
      // and another edits: the alternatives are the cell's contents, the bars stay outside the mark (the row keeps its
      // cells as written), and the party taking the cell out has `(delete cell)`, which taken takes out the bar too.
      const sides = sidesOf(g).map((i) => ({ i, own: sideText(split.body, start, end, g, i) }));
      const barsOf = (t: string) => t.match(BAR)?.length ?? 0;
      const framed = (t: string) => t[0] === '|' && t[t.length - 1] === '|' && barsOf(t) === 2;
      const cell = framed(old) && sides.every((x) => x.own.trim() === '|' || framed(x.own)) ? 1 : 0;
      const alternatives: { who: number[]; key: string; text: string }[] = [];
      for (const { i, own: whole } of sides) {
        const out = cell && whole.trim() === '|';
        const own = whole.slice(cell, whole.length - cell);
        const key = out ? '\u0000' : foldWhitespace(own);
        const same = alternatives.find((a) => a.key === key);
        if (same) same.who.push(i);
        else alternatives.push({ who: [i], key, text: out ? CELL_DELETE_WORD : own.trim() });
      }
      // Where the text in force has nothing (an insertion disputed), an empty alternative inserts nothing: it deletes nothing.
      const names = alternativeNames(mods, alternatives.map((a) => a.who));
      const written = writeAlternatives(alternatives.map((a, k) => ({ who: names[k], text: a.text })), old.trim() === '' ? nothing : deleted);
      const bar = cell ? '|' : '';
      body += bar + revisionMarkup(old.slice(cell, old.length - cell), written) + attribution(parties(mods, alternatives.flatMap((a) => a.who))) + bar;
      newBody += bar + written + bar;
    }
    at = end;
  }
  body += split.body.slice(at);
  newBody += split.body.slice(at);
  return { ...row, status, newText: split.head + newBody, write: () => split.head + body };
}

/** The proposals with a change in a group (sorted). */
function sidesOf(g: readonly Change[]): number[] {
  return [...new Set(g.flatMap((c) => c.by))].sort((a, b) => a - b);
}

/** Proposal `i`'s text of body stretch [start, end) with its changes of the group applied, spaces as written. */
function sideText(body: string, start: number, end: number, g: readonly Change[], i: number): string {
  let t = '';
  let p = start;
  for (const c of g.filter((x) => x.by.includes(i)).sort((a, b) => a.start - b.start)) {
    t += body.slice(p, c.start) + c.text;
    p = c.end;
  }
  return t + body.slice(p, end);
}

/**
 * Which edges of a conflict's stretch lose a proposal's spacing once an alternative is taken: the
 * alternatives are written trimmed (`[AAA: and of its review;]`), and taking one gives it the spaces of
 * the text in force at the stretch's edges (`taken`); a proposal whose text starts or ends otherwise
 * (`(WSIS){~~,~> and of its review;~~}`) would lose or gain a space. Undefined when every alternative,
 * taken, gives its proposal's text exactly (white space folded).
 */
function inexactEdges(body: string, start: number, end: number, g: readonly Change[]): { start: boolean; end: boolean } | undefined {
  const old = body.slice(start, end);
  const edges = { start: false, end: false };
  for (const i of sidesOf(g)) {
    const own = sideText(body, start, end, g, i);
    const text = own.trim();
    const result = taken(old, text, body[start - 1], body[end], '', false);
    if (foldWhitespace(body.slice(0, start) + result + body.slice(end)) === foldWhitespace(body.slice(0, start) + own + body.slice(end))) continue;
    if (text === '' || old === '' || /^\s/.test(own) !== /^\s/.test(old)) edges.start = true;
    if (text === '' || old === '' || /\s$/.test(own) !== /\s$/.test(old)) edges.end = true;
    // Inner white space only (folded away in both): no edge to move.
    if (!edges.start && !edges.end) edges.start = edges.end = true;
  }
  return edges.start || edges.end ? edges : undefined;
}

/**
 * The groups of changes of a paragraph with their stretches, each conflict's stretch widened by whole
 * words where an edge would lose a proposal's spacing (inexactEdges): `(WSIS),` →
 * `[AAA: (WSIS) and of its review;] [CCC: (WSIS);]`, so that taking an alternative gives exactly that
 * proposal's text. A stretch widened into its neighbour's is merged with it.
 */
function widened(groups: readonly Change[][], body: string): { start: number; end: number; changes: Change[] }[] {
  const out = groups.map((g) => ({ start: g.reduce((m, c) => Math.min(m, c.start), Infinity), end: g.reduce((m, c) => Math.max(m, c.end), 0), changes: [...g] }));
  const wordBefore = (i: number) => {
    while (i > 0 && /\s/.test(body[i - 1])) i--;
    while (i > 0 && !/\s/.test(body[i - 1])) i--;
    return i;
  };
  const wordAfter = (i: number) => {
    while (i < body.length && /\s/.test(body[i])) i++;
    while (i < body.length && !/\s/.test(body[i])) i++;
    return i;
  };
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (s.changes.length < 2) continue;
    for (let edges = inexactEdges(body, s.start, s.end, s.changes); edges; edges = inexactEdges(body, s.start, s.end, s.changes)) {
      const from = s.start;
      const to = s.end;
      // Never past a cell's bar: the spacing an edge loses in a cell is trimmed away with the cell's.
      const { lo, hi } = cellAround(body, s.start, s.end);
      if (edges.start && s.start > lo) s.start = Math.max(lo, wordBefore(s.start));
      if ((edges.end || s.start === from) && s.end < hi) s.end = Math.min(hi, wordAfter(s.end));
      if (s.start === from && s.end === to) break;
      while (k > 0 && out[k - 1].end > s.start) {
        const prev = out.splice(--k, 1)[0];
        s.start = Math.min(s.start, prev.start);
        s.changes = prev.changes.concat(s.changes);
      }
      while (k + 1 < out.length && out[k + 1].start < s.end) {
        const next = out.splice(k + 1, 1)[0];
        s.end = Math.max(s.end, next.end);
        s.changes = s.changes.concat(next.changes);
      }
    }
  }
  return out;
}

/**
 * The merged lines relettered: they are read as a MOD, and each list of its new text renumbered
 * from its first item by the numbering check's own fix (labels of the text in force through
 * revision marks, labels of inserted paragraphs rewritten), cross-references following the items
 * they name (`considering c) above` when c) becomes d)). The lists are read with each set of
 * alternatives standing as the first that keeps text (structureLine): a conflict with a SUP writes a
 * call line as `{~~decides~>[AAA: decides] [BBB: (delete)]~~}`, which read as written is no call, so
 * its list was not relettered after AAA's new item (review 5, F12). The edits are made on the lines as
 * written where the two readings agree (a label stands before a conflict's mark); a cross-reference
 * inside an alternative is left as its party wrote it.
 */
function reletter(lines: readonly string[], clauses: boolean, skipI = false): string[] {
  const head = 'MOD\tCOMPILATION/1/1\n';
  const proxy = lines.map(structureLine);
  const text = head + proxy.join('\n') + '\n';
  const edits = relabelEdits(parseDocument(text), 0, clauses, skipI);
  // Label edits never add or remove a line; should one ever do so, the draft keeps its labels.
  if (edits.some((e) => e.newText.includes('\n') || text.slice(e.start, e.end).includes('\n'))) return lines.slice();
  const starts: number[] = [];
  for (let k = 0, at = head.length; k < proxy.length; at += proxy[k].length + 1, k++) starts.push(at);
  const out = lines.slice();
  for (const e of edits.slice().sort((a, b) => b.start - a.start)) {
    const k = lowerBound(starts, (x) => x <= e.start) - 1;
    if (k < 0) continue;
    const p = proxy[k];
    const written = lines[k];
    const s = e.start - starts[k];
    const t = e.end - starts[k];
    // Where the line as written and as read agree: before the first set of alternatives, or after the last.
    let same = 0;
    while (same < p.length && p[same] === written[same]) same++;
    let tail = 0;
    while (tail < p.length - same && tail < written.length - same && p[p.length - 1 - tail] === written[written.length - 1 - tail]) tail++;
    const shift = t <= same ? 0 : s >= p.length - tail ? written.length - p.length : undefined;
    if (shift === undefined) continue;
    out[k] = out[k].slice(0, s + shift) + e.newText + out[k].slice(t + shift);
  }
  return out;
}

/** A merged line with each set of alternatives read as its first alternative that keeps text (the merged text's structure). */
function structureLine(line: string): string {
  if (!line.includes('[')) return line;
  return line.replace(/\{(~~|\+\+)((?:(?!~~\}|\+\+\})[^])*?)(~~|\+\+)\}/g, (mark: string, open: string, inner: string, close: string) => {
    if (open !== close) return mark;
    const arrow = open === '~~' ? inner.indexOf('~>') : -1;
    if (open === '~~' && arrow < 0) return mark;
    const alternatives = readAlternatives(arrow < 0 ? inner : inner.slice(arrow + 2));
    const kept = alternatives?.find((a) => a.text !== '');
    if (!kept) return mark;
    return arrow < 0 ? `{++${kept.text}++}` : `{~~${inner.slice(0, arrow)}~>${kept.text}~~}`;
  });
}

/**
 * The numbering fix's edits renumbering every list of one proposal's Resolution from its first item (with
 * `clauses`, of the proposal's clauses outside any Resolution: a whole Recommendation's decimal clauses).
 */
function relabelEdits(doc: ItuDocument, proposalIndex: number, clauses = false, skipI = false): TextEdit[] {
  const view = doc.views.new;
  const root = view.proposals[proposalIndex]?.resolutions[0]?.root ?? (clauses ? view.proposals[proposalIndex]?.outline : undefined);
  if (!root) return [];
  const edits: TextEdit[] = [];
  const taken = new Set<number>();
  for (const parent of [root, ...walk(root)]) {
    if (parent.children.length === 0) continue;
    for (const list of listsOf(parent)) {
      const targets = renumbered(list, undefined, skipI);
      if (targets.size === 0) continue;
      const fix = relabelFix(doc, view, targets, true, '');
      // A decimal clause's sub-clauses follow it; a list of them reached later makes the same edit.
      for (const e of fix?.edits ?? []) {
        if (taken.has(e.start)) continue;
        taken.add(e.start);
        edits.push(e);
      }
    }
  }
  return edits;
}

/** The cover field that marks a merged draft (left out when the workspace is compiled again). */
export const COMPILATION_FIELD = 'Compilation';

/** The party of the merged draft's own MOD (`COMPILATION/1/1`). */
const COMPILATION_PARTY = 'COMPILATION';

/**
 * Why a file is not an input of the compilation of `target`: it is a merged draft saved in the workspace,
 * the result of a compilation. `compilation`: its cover has the Compilation field and every proposal in it
 * is the compilation's own (`COMPILATION/1/1`); `named`: the field names `target` (whatever the proposals:
 * the user is told they are left out). Undefined for an input: a file without the field, or whose field
 * names another text (or says `yes`) while it holds a party's proposals (a delegate may start his own
 * contribution from a merged draft's cover: review 5, F3).
 */
export function mergedDraftKind(doc: Pick<ItuDocument, 'cover' | 'proposals'>, target?: string): 'compilation' | 'named' | undefined {
  const field = coverValue(doc, COMPILATION_FIELD);
  if (field === undefined) return undefined;
  if (doc.proposals.length > 0 && doc.proposals.every((p) => p.id.source === COMPILATION_PARTY)) return 'compilation';
  return target !== undefined && sameTarget(field, target) ? 'named' : undefined;
}

/** A merged draft saved in the workspace is the result of a compilation (of `target`), not one of its inputs. */
export function isMergedDraft(doc: Pick<ItuDocument, 'cover' | 'proposals'>, target?: string): boolean {
  return mergedDraftKind(doc, target) !== undefined;
}

/** A file the compilation of a target left out, and why (mergedDraftKind); `proposals`: the ids it holds on the target. */
export interface LeftOut {
  location: string;
  /**
   * `revised`: its proposals are in a later revision of the document (`by`, cover `Revision: revision`); `copy`:
   * they are copies word for word of those of `by`, of the same revision, compiled from there.
   */
  kind: 'compilation' | 'named' | 'revised' | 'copy';
  proposals: string[];
  by?: string;
  revision?: number;
}

/** The cover's `Revision:` number (`1`, `Rev. 2`); 0 for the document as first issued. */
function revisionOf(doc: Pick<ItuDocument, 'cover'>): number {
  const m = /\d+/.exec(coverValue(doc, 'Revision') ?? '');
  return m ? Number(m[0]) : 0;
}

/**
 * The proposals with each id taken once, from the latest revision of its document: a delegate's folder
 * holds a contribution and its Revision 1 (same ids, cover `Revision: 1`), and the party would otherwise be
 * compiled twice, in conflict with itself. Of the same revision, copies word for word (a file copied into
 * the folder, `eur.itu` and `eur - Copy.itu`) are taken once, from the file with the shortest name; ids in several
 * files of the same revision with different texts are all kept (which one stands is not known). `revised`: the
 * files set aside, with the ids and the revision or the copy that replaces them.
 */
export function latestRevisions(entries: readonly ProposalEntry[], docOf: (p: ProposalEntry) => ItuDocument): { kept: ProposalEntry[]; revised: LeftOut[] } {
  return latestBy(entries, (e) => revisionOf(docOf(e)), (e) => {
    const doc = docOf(e);
    const p = doc.proposals[e.proposalIndex];
    return p && proposalPrint(doc.text, p.span);
  });
}

/**
 * What a proposal's text is compared by to find copies: its text from its header on, line ends as LF and the
 * white space at its end left out (a copy saved with CRLF, or with one more blank line, is the same proposal).
 */
export function proposalPrint(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\r\n?/g, '\n').trimEnd();
}

/**
 * latestRevisions with each entry's revision given, and `copy`: what an entry is compared by with the other
 * entries of its id in files of the same revision (proposalPrint, or a fingerprint of it), undefined when not known.
 */
function latestBy<E extends { id: string; location: string }>(entries: readonly E[], revision: (e: E) => number, copy?: (e: E) => string | undefined): { kept: E[]; revised: LeftOut[] } {
  const byId = new Map<string, E[]>();
  for (const e of entries) {
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  const dropped = new Set<E>();
  // The files set aside, one LeftOut per file and reason (a file may hold revised proposals and copies).
  const revised = new Map<string, LeftOut>();
  const listed = new Map<string, Set<string>>(); // each LeftOut's ids, as a set (its list keeps their order)
  const setAside = (e: E, kind: 'revised' | 'copy', by: string, revisionNumber?: number) => {
    dropped.add(e);
    const key = `${kind}\n${e.location}`;
    const l = revised.get(key) ?? { location: e.location, kind, proposals: [], by, ...(revisionNumber === undefined ? {} : { revision: revisionNumber }) };
    const ids = listed.get(key) ?? new Set<string>();
    if (!ids.has(e.id)) {
      ids.add(e.id);
      l.proposals.push(e.id);
    }
    revised.set(key, l);
    listed.set(key, ids);
  };
  for (const same of byId.values()) {
    if (new Set(same.map((e) => e.location)).size < 2) continue;
    const latest = same.reduce((m, e) => Math.max(m, revision(e)), -Infinity);
    let winners = same.filter((e) => revision(e) === latest);
    if (copy) {
      // Each text once, from the file with the shortest name (the name a copy gets is longer: `eur - Copy.itu`,
      // `eur copy.itu`, `eur (1).itu`), then the first in code-unit order: the same file whichever file is checked
      // or compiled. Two proposals of one id in one file are that file's own fault (proposal.duplicate-id), not copies.
      const first = new Map<string, E>();
      const copies = new Set<E>();
      for (const e of winners.slice().sort((a, b) => a.location.length - b.location.length || (a.location < b.location ? -1 : a.location > b.location ? 1 : 0))) {
        const print = copy(e);
        if (print === undefined) continue;
        const original = first.get(print);
        if (!original) first.set(print, e);
        else if (original.location !== e.location) {
          setAside(e, 'copy', original.location);
          copies.add(e);
        }
      }
      winners = winners.filter((e) => !copies.has(e));
    }
    if (new Set(winners.map((e) => e.location)).size > 1) continue;
    for (const e of same) if (revision(e) !== latest) setAside(e, 'revised', winners[0].location, latest);
  }
  return { kept: entries.filter((e) => !dropped.has(e)), revised: [...revised.values()] };
}

/**
 * The proposals of a listing that compile sets aside (review 5, F28): those a later revision of their document
 * holds (`revision`), and copies word for word of a proposal of another file of the same revision (`copy`, `by`
 * the file compiled). Keyed by location and id; merged drafts are no inputs. What `proposals` and the Proposals view say.
 */
export function revisedProposals(list: readonly ProposalEntry[], sources: readonly CompileSource[]): (p: ProposalEntry) => { by: string; revision: number; copy?: true } | undefined {
  const docs = new Map(sources.map((s) => [s.location, s.doc]));
  const revised = new Map<string, { by: string; revision: number; copy?: true }>();
  for (const l of latestRevisions(list.filter((p) => !isMergedDraft(docs.get(p.location)!)), (p) => docs.get(p.location)!).revised) {
    for (const id of l.proposals) revised.set(`${l.location}\n${id}`, { by: l.by ?? '', revision: l.revision ?? 0, ...(l.kind === 'copy' ? { copy: true as const } : {}) });
  }
  return (p) => revised.get(`${p.location}\n${p.id}`);
}

/**
 * What idFindings needs of a file of the workspace: the proposal ids it holds, its cover's Revision, and
 * whether it is a merged draft (no input of a compilation). Small enough to keep for every file (the
 * language service does, for the files the editor has not open).
 */
export interface IdHolder {
  location: string;
  ids: readonly string[];
  revision: number;
  merged: boolean;
  /** The fingerprint of each proposal's text (proposalPrint), in the order of `ids`: copies word for word. Worked out when first asked. */
  prints?: () => readonly string[];
}

/** `text`: the text the proposals' spans are in; without it, copies are not told from proposals that differ. */
export function idHolder(s: IdSource, text?: string): IdHolder {
  const holder: IdHolder = { location: s.location, ids: detached(s.doc.ids ?? s.doc.proposals.map((p) => p.id.text)), revision: revisionOf(s.doc), merged: isMergedDraft(s.doc) };
  if (text !== undefined && s.doc.proposals.length) {
    // The spans alone are kept until asked, with the text (a holder is kept per file; the text is the file's anyway).
    const spans = s.doc.proposals.map((p) => ({ start: p.span.start, end: p.span.end }));
    let prints: readonly string[] | undefined;
    holder.prints = () => (prints ??= spans.map((span) => fingerprint(proposalPrint(text, span))));
  }
  return holder;
}

/** Two 32-bit FNV-1a hashes of a text and its length: what tells copies of a proposal without keeping its text. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/**
 * Strings cut from a text as strings of their own: V8 keeps a slice of 13 characters or more as a view of the text it
 * was cut from, so an id kept (`B/CAN/USA/53A11/3`) would keep its whole file alive. Joined once and split, they are
 * views of that one short string.
 */
function detached(list: readonly string[]): string[] {
  // A space before: a new string even for one id (the join of one string is that string).
  return list.length === 0 ? [] : ` ${list.join('\n')}`.slice(1).split('\n');
}

/**
 * The ids a text's proposal header lines name (`MOD<TAB>AAA/21A4/1`), read line by line without a parse: which
 * files of a workspace may share a proposal id with another (then parsed: idHolder).
 */
export function headerIds(text: string): Set<string> {
  return new Set(detached([...text.matchAll(HEADER_IDS)].map((m) => m[1])));
}

const HEADER_IDS = /^(?:\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)(?:\t+|[ \u00A0\u2007\u202F]+)(\S+)/gm;

/**
 * What a file's proposal ids are elsewhere in the workspace (review 5, F28), for `check --workspace` and the
 * editor: `compile.revised` (information) on a proposal whose id a later revision of its document holds
 * (compile takes that one, latestRevisions); `compile.copy` (information) on one that another file of the same
 * revision holds word for word (compile takes it once, from the first file); `compile.id-elsewhere` (warning) on
 * one whose id another file of the same revision holds with another text (both are compiled: the party twice, in
 * conflict with itself). `checked.text`: the text of `checked.doc` (without it, and for a holder without prints,
 * copies are not told). `workspace`: the other files (a caller may leave out those that do not hold any of the
 * file's ids); merged drafts are not inputs and are left out.
 */
export function idFindings(checked: IdSource & { text?: string }, workspace: readonly IdHolder[]): Finding[] {
  const ids = new Set(checked.doc.proposals.map((p) => p.id.text));
  const others = workspace.filter((s) => s.location !== checked.location && !s.merged && s.ids.some((id) => ids.has(id)));
  if (others.length === 0) return [];
  const holders = new Map([idHolder(checked, checked.text), ...others].map((h) => [h.location, h]));
  const entries = [...holders.values()].flatMap((h) => h.ids.map((id, k) => ({ id, location: h.location, k })));
  const { revised } = latestBy(entries, (e) => holders.get(e.location)!.revision, (e) => holders.get(e.location)!.prints?.()[e.k]);
  const setAside = revised.find((l) => l.location === checked.location && l.kind === 'revised');
  const setAsideIds = new Set(setAside?.proposals);
  // This file's copies (the file compiled instead), and the other files' copies of this file's proposals.
  const copyOf = new Map<string, string>();
  const copies = new Set<string>();
  for (const l of revised) {
    if (l.kind !== 'copy') continue;
    for (const id of l.proposals) {
      if (l.location === checked.location) copyOf.set(id, l.by ?? '');
      copies.add(`${l.location}\n${id}`);
    }
  }
  // The other files holding each id, in the order of the entries.
  const filesOf = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.location === checked.location) continue;
    const files = filesOf.get(e.id) ?? new Set<string>();
    files.add(e.location);
    filesOf.set(e.id, files);
  }
  const out: Finding[] = [];
  const mine = revisionOf(checked.doc);
  checked.doc.proposals.forEach((p) => {
    const id = p.id.text;
    const elsewhere = [...(filesOf.get(id) ?? [])];
    if (elsewhere.length === 0) return;
    const span = { start: p.id.span.start, end: p.id.span.end };
    if (setAside && setAsideIds.has(id)) {
      out.push({ ...span, code: 'compile.revised', severity: 'information', message: l10n.t('{0} is revised in {1} (Revision {2}): compile takes that one, not this file\'s', id, setAside.by ?? '', setAside.revision ?? 0) });
      return;
    }
    const original = copyOf.get(id);
    if (original !== undefined) {
      out.push({ ...span, code: 'compile.copy', severity: 'information', message: l10n.t('{0} is a copy word for word of the one in {1}: compile takes it once, from there', id, original) });
      return;
    }
    // The latest revision of its document stands: the files it revises are said on theirs. Of the same revision,
    // the files holding a copy of this one, and those holding another text.
    const same = elsewhere.filter((l) => holders.get(l)!.revision === mine);
    const copied = same.filter((l) => copies.has(`${l}\n${id}`));
    const differing = same.filter((l) => !copies.has(`${l}\n${id}`));
    if (differing.length) out.push({ ...span, code: 'compile.id-elsewhere', severity: 'warning', message: l10n.t('{0} is also in {1}, of the same revision: compile takes both, so the party is compiled twice. Give the later file its cover field Revision: (1, 2 …), or keep one copy', id, differing.join(', ')) });
    else if (copied.length) out.push({ ...span, code: 'compile.copy', severity: 'information', message: l10n.t('{0} is also in {1}, word for word: compile takes it once, from this file', id, copied.join(', ')) });
  });
  return out;
}

/**
 * The merged drafts of `target` among the sources that hold a proposal on it: left out of its compilation.
 */
export function leftOutOf(target: string, sources: readonly CompileSource[]): LeftOut[] {
  const out: LeftOut[] = [];
  for (const s of sources) {
    const kind = mergedDraftKind(s.doc, target);
    if (!kind) continue;
    const proposals = listProposals([s]).filter((p) => sameTarget(p.target, target)).map((p) => p.id);
    if (proposals.length) out.push({ location: s.location, kind, proposals });
  }
  return out;
}

/** Why a file was left out, for the user: the CLI's stderr and the editor's compile result. */
export function leftOutMessage(l: LeftOut, target: string): string {
  if (l.kind === 'revised') return l10n.t('{0} left out: its proposals {1} are revised in {2} (Revision {3}), which is compiled', l.location, l.proposals.join(', '), l.by ?? '', l.revision ?? 0);
  if (l.kind === 'copy') return l10n.t('{0}: its proposals {1} are copies word for word of those in {2}, compiled once, from there', l.location, l.proposals.join(', '), l.by ?? '');
  return l.kind === 'compilation'
    ? l10n.t('{0} left out: a merged draft of {1} (its cover has the Compilation field and its proposals are the compilation\'s)', l.location, target)
    : l10n.t('{0} left out: its cover\'s Compilation field names {1}, so it is read as a merged draft of it; its proposals {2} are not compiled (delete the field if the file is a contribution)', l.location, target, l.proposals.join(', '));
}

/**
 * The merged draft's and the synoptic table's own words in the language of the text compiled (review 5,
 * F24: a French MOD ended with an English `Reasons:`, its synoptic table said `Text in force`, `Status`,
 * `agreed`); the interface language is not the document's. Other languages: English.
 */
export interface DraftWords {
  title: (target: string) => string;
  reasons: (from: string) => string;
  labelled: (who: string, label: string) => string;
  /** The synoptic table's first heading, over the text in force (its number line). */
  inForce: (numberLine: string) => string;
  /** The same heading over a new text's empty first column (compileNew: ADDs, no text in force). */
  noneInForce: (target: string) => string;
  status: string;
  statuses: Record<CompileStatus, string>;
  /** The synoptic table's name (its Word document's title). */
  table: (target: string) => string;
  /**
   * An alternative inserting nothing where another party inserts (NOTHING_INSERTED), in each of the six languages:
   * English in a Spanish or Russian draft was the one English word of its text (review 18).
   */
  nothingInserted: string;
  /** An alternative deleting the words in force (DELETE_WORDS). */
  deleted: string;
}

const DRAFT_WORDS: Partial<Record<Lang, DraftWords>> = {
  en: {
    title: (t) => `Compilation of proposals on ${t}`,
    reasons: (f) => `Compiled from ${f}; text in square brackets is not agreed.`,
    labelled: (w, l) => (l ? `${w} proposes it as ${l}` : `${w} proposes it without a label`),
    inForce: (n) => `Text in force (${n})`,
    noneInForce: (t) => `No text in force (${t} is new)`,
    status: 'Status',
    statuses: { unchanged: 'unchanged', single: 'single', agreed: 'agreed', combined: 'combined', conflict: 'conflict' },
    table: (t) => `Synoptic table: ${t}`,
    nothingInserted: NOTHING_INSERTED.en,
    deleted: DELETE_WORDS.en,
  },
  fr: {
    title: (t) => `Compilation des propositions : ${t}`,
    reasons: (f) => `Compilé à partir de ${f} ; le texte entre crochets ne fait pas l'objet d'un accord.`,
    labelled: (w, l) => (l ? `${w} le propose en tant que ${l}` : `${w} le propose sans numéro`),
    inForce: (n) => `Texte en vigueur (${n})`,
    noneInForce: (t) => `Aucun texte en vigueur (${t} est nouveau)`,
    status: 'Statut',
    statuses: { unchanged: 'inchangé', single: 'une seule proposition', agreed: 'accord', combined: 'combiné', conflict: 'divergence' },
    table: (t) => `Tableau synoptique : ${t}`,
    nothingInserted: NOTHING_INSERTED.fr,
    deleted: DELETE_WORDS.fr,
  },
  es: {
    title: (t) => `Compilación de las propuestas: ${t}`,
    reasons: (f) => `Compilado a partir de ${f}; el texto entre corchetes no está acordado.`,
    labelled: (w, l) => (l ? `${w} lo propone como ${l}` : `${w} lo propone sin número`),
    inForce: (n) => `Texto en vigor (${n})`,
    noneInForce: (t) => `Ningún texto en vigor (${t} es nuevo)`,
    status: 'Estado',
    statuses: { unchanged: 'sin cambios', single: 'una sola propuesta', agreed: 'acuerdo', combined: 'combinado', conflict: 'divergencia' },
    table: (t) => `Cuadro sinóptico: ${t}`,
    nothingInserted: NOTHING_INSERTED.es,
    deleted: DELETE_WORDS.es,
  },
  ru: {
    title: (t) => `Компиляция предложений: ${t}`,
    reasons: (f) => `Составлено на основе ${f}; текст в квадратных скобках не согласован.`,
    labelled: (w, l) => (l ? `${w} предлагает его как ${l}` : `${w} предлагает его без номера`),
    inForce: (n) => `Действующий текст (${n})`,
    noneInForce: (t) => `Действующего текста нет (${t} – новый текст)`,
    status: 'Статус',
    statuses: { unchanged: 'без изменений', single: 'одно предложение', agreed: 'согласовано', combined: 'объединено', conflict: 'расхождение' },
    table: (t) => `Сводная таблица: ${t}`,
    nothingInserted: NOTHING_INSERTED.ru,
    deleted: DELETE_WORDS.ru,
  },
  zh: {
    title: (t) => `提案汇编：${t}`,
    reasons: (f) => `根据${f}汇编；方括号内的案文尚未达成一致。`,
    labelled: (w, l) => (l ? `${w}提议将其编为${l}` : `${w}提议不加编号`),
    inForce: (n) => `现行案文（${n}）`,
    noneInForce: (t) => `无现行案文（${t}为新案文）`,
    status: '状态',
    statuses: { unchanged: '未改动', single: '单一提案', agreed: '一致', combined: '合并', conflict: '分歧' },
    table: (t) => `对照表：${t}`,
    nothingInserted: NOTHING_INSERTED.zh,
    deleted: DELETE_WORDS.zh,
  },
  ar: {
    title: (t) => `تجميع المقترحات: ${t}`,
    reasons: (f) => `جُمّع من ${f}؛ النص الوارد بين قوسين معقوفين غير متفق عليه.`,
    labelled: (w, l) => (l ? `${w} يقترحه بوصفه ${l}` : `${w} يقترحه دون رقم`),
    inForce: (n) => `النص الساري (${n})`,
    noneInForce: (t) => `لا يوجد نص ساري (${t} نص جديد)`,
    status: 'الحالة',
    statuses: { unchanged: 'دون تغيير', single: 'مقترح واحد', agreed: 'متفق عليه', combined: 'مدمج', conflict: 'خلاف' },
    table: (t) => `جدول مقارن: ${t}`,
    nothingInserted: NOTHING_INSERTED.ar,
    deleted: DELETE_WORDS.ar,
  },
};

/** The words of a compilation's documents, in the language of its text in force. */
export function draftWords(c: Pick<Compilation, 'base' | 'paragraphs'>): DraftWords {
  return wordsOf(compiledLanguage(c));
}

/** The language of the text compiled: its text in force's, or for a new text (compileNew) the proposals'. */
function compiledLanguage(c: Pick<Compilation, 'base' | 'paragraphs'>): Lang | undefined {
  if (c.base.paragraphs.length) return textLanguage(c.base.paragraphs.join('\n'));
  return textLanguage(c.paragraphs.flatMap((r) => Object.values(r.versions).filter((v): v is string => v !== null)).join('\n'));
}

function wordsOf(language: Lang | undefined): DraftWords {
  return (language && DRAFT_WORDS[language]) || DRAFT_WORDS.en!;
}

/** The merged draft as a contribution: a cover, one MOD of the target whose old text is the base (of a new text: an ADD). */
export function mergedDraft(c: Compilation, id = 'COMPILATION/1/1'): string {
  const language = compiledLanguage(c);
  const words = wordsOf(language);
  const reasons = language && DRAFT_WORDS[language] ? reasonsWord(language) : 'Reasons:';
  const lines = [
    `Title:\t${words.title(c.target)}`,
    `${COMPILATION_FIELD}:\t${c.target}`,
    `Source:\t${c.proposals.map((p) => p.id).join(', ') || '(no proposals)'}`,
    '',
    // ADDs of a new text merge into an ADD (its paragraphs attributed insertions: proposals.ts marksOutsideMod).
    `${c.added ? 'ADD' : 'MOD'}\t${id}`,
  ];
  // The footnote definitions compiled as paragraphs after the text (compile) stand apart from it, as in a contribution.
  for (let i = 0; i < c.merged.length; i++) {
    if (i > 0 && definedLabel(c.merged[i]) !== undefined && definedLabel(c.merged[i - 1]) === undefined) lines.push('');
    lines.push(c.merged[i]);
  }
  if (c.footnotes.length) lines.push('');
  for (const f of c.footnotes) lines.push(f);
  lines.push('', `${reasons}\t${words.reasons(c.proposals.map((p) => `${p.id} (${p.party})`).join(', '))}`, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------- one version as tracked changes

export interface VersionPiece {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A proposal's version of a paragraph as changes from the base paragraph (the synoptic table's cell). */
export function versionPieces(comparer: BaseComparer, base: string | null, version: string | null): VersionPiece[] {
  if (base === null) return version === null ? [] : [{ kind: 'insert', text: version }];
  if (version === null) return [{ kind: 'delete', text: base }];
  const c = comparer.compare([maskNotes(version)], [maskNotes(base)]);
  if (c.identical) return [{ kind: 'equal', text: version }];
  const out: VersionPiece[] = [];
  for (const change of c.changes) {
    for (const op of change.ops) {
      const r = op.kind === 'delete' ? op.base : op.draft;
      const from = op.kind === 'delete' ? base : version;
      // Ranges are offsets into the texts as written (a whole-paragraph op ends at the text's end).
      const text = from.slice(r.start.offset, r.end.paragraph > r.start.paragraph ? from.length : r.end.offset);
      out.push({ kind: op.kind, text });
    }
  }
  return out;
}

// ---------------------------------------------------------------- unresolved alternatives

// A party (`EUR`, `B/CAN/USA`), or a proposal id where a party's two proposals are alternatives (`RCC/8A1/5`: alternativeNames).
const PARTY = String.raw`[A-Z][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9-]*)*`;
const ALTERNATIVE_START = new RegExp(String.raw`\[(${PARTY}(?:, ${PARTY})*): `, 'g');

/** The alternatives a mark's new text holds, or undefined when it is not a set of alternatives. */
export function readAlternatives(text: string): { who: string; text: string; cell?: true }[] | undefined {
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const starts: { at: number; who: string; bodyAt: number }[] = [];
  ALTERNATIVE_START.lastIndex = 0;
  for (let m = ALTERNATIVE_START.exec(text); m; m = ALTERNATIVE_START.exec(text)) {
    // An alternative starts the text or follows the one before it: `] [`.
    if (m.index === 0 || text.slice(m.index - 2, m.index) === '] ') starts.push({ at: m.index, who: m[1], bodyAt: m.index + m[0].length });
  }
  if (starts.length < 2 || starts[0].at !== 0) return undefined;
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].at - 2 : text.length - 1;
    const t = text.slice(s.bodyAt, end);
    return t === CELL_DELETE_WORD ? { who: s.who, text: '', cell: true } : { who: s.who, text: EMPTY_WORDS.has(t) ? '' : t };
  });
}

/**
 * The marks that take one alternative in place of a conflict's old text. The alternatives are written
 * trimmed (`[ACP: considerable] [EUR: (delete)]` over `significant `): the old text's own spaces at its
 * edges go with a wording that replaces it, and an insertion between words takes the spaces it was written
 * with (`(Rev.WRC-27){++ and Recommendation …++}`, `2016) {++and Resolution 65 ++}applies`), else the words
 * would run together.
 */
function taken(oldText: string, text: string, before: string | undefined, after: string | undefined, who: string, marked = true): string {
  // A wording that differs from the text in force in white space only changes nothing (a NOC's, or the
  // words in force a MOD keeps against a SUP): the text stays unmarked, attributed to nobody (review 9, J1).
  if (text === oldText || (text !== '' && foldWhitespace(text) === foldWhitespace(oldText))) return oldText;
  let wording = text;
  if (wording !== '' && oldText !== '') {
    wording = /^\s*/.exec(oldText)![0] + wording + /\s*$/.exec(oldText)![0];
    if (wording === oldText) return oldText;
  } else if (wording !== '') {
    const wordEnd = /[\p{L}\p{N})\]”»"]/u;
    const wordStart = /[\p{L}\p{N}(“«"]/u;
    if (before !== undefined && wordEnd.test(before) && wordStart.test(wording[0])) wording = ' ' + wording;
    if (after !== undefined && wordStart.test(after) && wordEnd.test(wording[wording.length - 1])) wording += ' ';
  }
  // Unmarked: the text the mark gives (for the merge's check that every alternative keeps its spacing).
  if (!marked) return wording;
  // The words the alternative shares with the text in force at its edges stay unmarked: the party's own change, not
  // the whole stretch struck and typed again (review 9, J24: a MOD's one insertion against a SUP of the provision).
  const [head, tail] = oldText && wording ? sharedEdges(oldText, wording) : [0, 0];
  const change = revisionMarkup(oldText.slice(head, oldText.length - tail), wording.slice(head, wording.length - tail));
  return oldText.slice(0, head) + change + (oldText || wording ? attribution(who) : '') + oldText.slice(oldText.length - tail);
}

/**
 * The lengths of the text two wordings share at their start and at their end, each ending between words in both
 * (a word is never split by a mark), and leaving something changed between them.
 */
function sharedEdges(a: string, b: string): [number, number] {
  const inWord = /[\p{L}\p{N}]/u;
  const between = (t: string, k: number) => k === 0 || k === t.length || !(inWord.test(t[k - 1]) && inWord.test(t[k]));
  const most = Math.min(a.length, b.length);
  let head = 0;
  while (head < most && a[head] === b[head]) head++;
  while (head > 0 && !(between(a, head) && between(b, head))) head--;
  let tail = 0;
  while (tail < most - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  while (tail > 0 && !(between(a, a.length - tail) && between(b, b.length - tail))) tail--;
  return [head, tail];
}

/** `compile.unresolved`: a mark whose new text is a set of alternatives; each fix takes one of them. */
export function checkAlternatives(doc: ItuDocument): Finding[] {
  const out: Finding[] = [];
  // The labelled items of the new text, in source order: read once per check, and only when an alternative deletes an item.
  let items: Item[] | undefined;
  const itemsOf = () => (items ??= doc.views.new.proposals.flatMap((p) => p.resolutions).flatMap((r) => [...walk(r.root)])
    .filter((i) => i.label).sort((a, b) => a.paragraph.source.start - b.paragraph.source.start));
  const lists = new Map<Item, Item[][]>();
  const listsUnder = (parent: Item) => lists.get(parent) ?? lists.set(parent, listsOf(parent)).get(parent)!;
  for (const m of doc.marks) {
    if (!m.newText || (m.kind !== 'insertion' && m.kind !== 'substitution')) continue;
    // Alternatives open with `[` and close with `]` (readAlternatives): the other marks are not sliced to be read.
    if (doc.text.charCodeAt(m.newText.start) !== 0x5b || doc.text.charCodeAt(m.newText.end - 1) !== 0x5d) continue;
    const alternatives = readAlternatives(doc.text.slice(m.newText.start, m.newText.end));
    if (!alternatives) continue;
    const oldText = m.oldText ? doc.text.slice(m.oldText.start, m.oldText.end) : '';
    const end = m.attribution?.end ?? m.end;
    // An item some parties delete and others keep: the cross-references the deleting parties struck out
    // with it go back when the item is kept (review 5, F26).
    const deleters = new Set(alternatives.filter((a) => a.text === '').flatMap((a) => a.who.split(/,\s*/)));
    // The item's words, to read its label with: those in force, or for a new item the words proposed.
    const item = deleters.size ? wholeItem(doc, m.start, end, oldText || (alternatives.find((a) => a.text !== '')?.text ?? '')) : undefined;
    const following = item ? referencesStruckWith(doc, itemsOf(), item, m, deleters) : [];
    const fixes = alternatives.map((a) => {
      const whole = a.text === '' ? item : undefined;
      // Deleting the whole text of an item deletes the item, label and all, and the list is relettered
      // around it, as the party's own proposal has it (an empty `h)` would be left otherwise).
      // Taking a cell out (`(delete cell)` over a cell's content) takes out the bar after it: the party's row, one cell less.
      const edits: TextEdit[] = a.cell && doc.text[m.start - 1] === '|' && doc.text[end] === '|'
        ? [{ start: m.start, end: end + 1, newText: `{--${oldText}|--}${attribution(a.who)}` }]
        : whole
          ? lineOut(doc, whole, itemDeleted(doc, itemsOf(), listsUnder, whole, oldText, a.who))
          : [{ start: m.start, end, newText: taken(oldText, a.text, doc.text[m.start - 1], doc.text[end], a.who) }, ...following];
      return { title: l10n.t('Take the alternative of {0}', a.who), edits: edits.sort((x, y) => x.start - y.start) };
    });
    // Taking a side is the editor's decision: no alternative is preferred, none is taken in bulk.
    const fix: Fix = { ...fixes[0], alternatives: fixes.slice(1), choice: true };
    out.push({
      start: m.start,
      end,
      code: 'compile.unresolved',
      severity: 'warning',
      message: l10n.t('not agreed: {0} alternatives ({1})', alternatives.length, alternatives.map((a) => a.who).join(' | ')),
      fix,
    });
  }
  return out;
}

/**
 * The line of a mark [start, end) that holds a label, its separator and that mark alone (the merge
 * writes a conflict over an item's whole text so, `h)<TAB>{~~…~>[ARB: (delete)] […]~~}{>>@…<<}`).
 */
function wholeItem(doc: ItuDocument, start: number, end: number, words = ''): { lineStart: number; lineEnd: number; head: string; inserted?: true } | undefined {
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const next = doc.text.indexOf('\n', end);
  const lineEnd = next < 0 ? doc.text.length : next;
  const written = doc.text.slice(lineStart, start);
  // A new item against a SUP or NOC of the text (newRow): its label inserted on its own, `{++d)<TAB>++}`, before the
  // alternatives, and the notes of the labels the parties gave it after them (labelNotes). Nothing inserted takes the line out.
  const inserted = /^\{\+\+([^{}]+)\+\+\}$/.exec(written);
  if (inserted) {
    return splitLabel(inserted[1] + (words.trim() === '' ? 'x' : words)).head === inserted[1] && /^(?:\{>>[^]*?<<\})*\s*$/.test(doc.text.slice(end, lineEnd))
      ? { lineStart, lineEnd, head: inserted[1], inserted: true }
      : undefined;
  }
  if (doc.text.slice(end, lineEnd).trim() !== '') return undefined;
  // The label may carry the merge's relettering (`{~~c~>b~~})<TAB>`): the item deleted is the one in force.
  const head = written.replace(LABEL_MARK, (_, from: string) => from);
  const shown = written.replace(LABEL_MARK, (_, _from: string, to: string) => to);
  // The label is read as the parser reads it, with the text after it (a label alone is not one): the item's words in
  // force (`words`, the mark's old text), not the mark. An Arabic sub-item `‘1’` is a label before Arabic words only, and
  // was read as none before `{~~` or `x`: taking a SUP's alternative left `‘1’<TAB>` standing, empty (review 18).
  const after = words.trim() === '' ? 'x' : words;
  const split = splitLabel(shown + (words.trim() === '' ? doc.text.slice(start, lineEnd) : words));
  return split.label !== '' && split.head === shown && splitLabel(head + after).head === head ? { lineStart, lineEnd, head } : undefined;
}

/**
 * The edits restoring the cross-references to a deleted item that the parties deleting it struck out as a
 * consequence (`taking into account considering b) {--and c) --}{>>@AAA<<}above`, AAA deleting c)): each a
 * deletion or substitution elsewhere in the text, attributed to those parties alone, inside a line (not a
 * label), on a line naming the item's call (`considering`), whose old text names the item's letter as a
 * reference (`c)`) and whose new text does not. The merge writes such a change as that party's own (it is
 * a change of another paragraph); it follows from the deletion, so it goes when the item is kept (review
 * 5, F26). Letter labels only: a decimal number in running text is not told from a number.
 */
function referencesStruckWith(doc: ItuDocument, items: Item[], item: { lineStart: number; lineEnd: number; head: string }, conflict: { start: number }, deleters: ReadonlySet<string>): TextEdit[] {
  const letter = letters(splitLabel(item.head + 'x').label);
  const deleted = items[lowerBound(items, (i) => i.paragraph.source.start < item.lineStart)];
  const call = deleted && deleted.paragraph.source.start < item.lineEnd ? deleted.parent?.call?.phrase : undefined;
  if (!letter || !call) return [];
  const out: TextEdit[] = [];
  for (const k of doc.marks) {
    if (k.start === conflict.start || !k.oldText || !k.author || (k.kind !== 'deletion' && k.kind !== 'substitution')) continue;
    if (!k.author.split(/,\s*/).every((who) => deleters.has(who))) continue;
    const lineStart = doc.text.lastIndexOf('\n', k.start - 1) + 1;
    const next = doc.text.indexOf('\n', k.start);
    const lineEnd = next < 0 ? doc.text.length : next;
    const end = k.attribution?.end ?? k.end;
    if (k.start === lineStart || end > lineEnd || !doc.text.slice(lineStart, lineEnd).toLowerCase().includes(call.toLowerCase())) continue;
    const names = (t: string) => [...t.matchAll(REFERENCE_LETTERS)].some((r) => letters(`${r[1]})`) === letter);
    const old = doc.text.slice(k.oldText.start, k.oldText.end);
    if (!names(old) || (k.newText && names(doc.text.slice(k.newText.start, k.newText.end)))) continue;
    out.push({ start: k.start, end, newText: old });
  }
  return out;
}

/** The edits of an inserted item taken out (wholeItem's `inserted`), the one emptying its line taking the line break too. */
function lineOut(doc: ItuDocument, item: { lineStart: number; lineEnd: number; inserted?: true }, edits: TextEdit[]): TextEdit[] {
  if (!item.inserted || doc.text[item.lineEnd] !== '\n') return edits;
  return edits.map((e) => (e.start === item.lineStart && e.end === item.lineEnd && e.newText === '' ? { ...e, end: e.end + 1 } : e));
}

/** A label change written as a substitution (`{~~c~>b~~}`). */
const LABEL_MARK = /\{~~([^~{}]*)~>([^~{}]*)~~\}/g;

/**
 * The edits deleting an item whole (`{--h)<TAB>…--}{>>@ARB<<}`) and relettering the items after it
 * in its list, each taking the label of the one before it (the labels the merge wrote are
 * consistent), through the numbering fix: marks on labels in force, cross-references following. A
 * label change that comes back to the text in force (`{~~i~>i~~}`) is no change and is written plain.
 * One edit per line that changes.
 */
function itemDeleted(doc: ItuDocument, items: Item[], listsUnder: (parent: Item) => Item[][], item: { lineStart: number; lineEnd: number; head: string; inserted?: true }, oldText: string, who: string): TextEdit[] {
  // An item only inserted goes with its line: there is nothing in force to strike.
  const deletion: TextEdit = { start: item.lineStart, end: item.lineEnd, newText: item.inserted ? '' : `{--${item.head}${oldText}--}${attribution(who)}` };
  const view = doc.views.new;
  const first = items[lowerBound(items, (i) => i.paragraph.source.start < item.lineStart)];
  const deleted = first && first.paragraph.source.start < item.lineEnd ? first : undefined;
  const list = deleted?.parent && listsUnder(deleted.parent).find((l) => l.includes(deleted));
  if (!deleted || !list) return [deletion];
  const targets = new Map<Item, string>();
  for (let k = list.indexOf(deleted) + 1; k < list.length; k++) targets.set(list[k], list[k - 1].label!.text);
  const relabel = targets.size ? relabelFix(doc, view, targets, true, '') : undefined;
  if (targets.size && !relabel) return [deletion];
  // A reference in the deleted item's own text (`see considering c) below`) goes with it.
  const edits = [deletion, ...(relabel?.edits ?? []).filter((e) => e.end <= item.lineStart || item.lineEnd <= e.start)];
  if (edits.some((e) => e.newText.includes('\n') || doc.text.slice(e.start, e.end).includes('\n'))) return [deletion];
  // Every edit keeps the lines: the fix is each line that differs, from its first to its last change,
  // read on the lines the edits touch alone (no reading of the whole text again per alternative).
  const byLine = new Map<number, TextEdit[]>();
  for (const e of edits) {
    const lineStart = doc.text.lastIndexOf('\n', e.start - 1) + 1;
    const onLine = byLine.get(lineStart);
    if (onLine) onLine.push(e);
    else byLine.set(lineStart, [e]);
  }
  const out: TextEdit[] = [];
  for (const [at, onLine] of byLine) {
    const next = doc.text.indexOf('\n', at);
    const a = doc.text.slice(at, next < 0 ? doc.text.length : next);
    // The line relabelled (relabelFix writes no mark that changes nothing: core/fixEdit.ts).
    let b = '';
    let cursor = 0;
    for (const e of onLine.sort((x, y) => x.start - y.start)) {
      b += a.slice(cursor, e.start - at) + e.newText;
      cursor = e.end - at;
    }
    b += a.slice(cursor);
    if (a === b) continue;
    let s = 0;
    while (s < a.length && s < b.length && a[s] === b[s]) s++;
    let e = 0;
    while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
    out.push({ start: at + s, end: at + a.length - e, newText: b.slice(s, b.length - e) });
  }
  return out.sort((x, y) => x.start - y.start);
}
