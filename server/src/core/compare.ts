// Comparison of a MOD's old text with its base text (FORMAT.md §7): paragraph
// by paragraph with white space folded, `…` matching any run of base paragraphs.
//
// The comparison works in two levels, as a delegate (or Word's Compare) reads
// an amendment: paragraphs are aligned first (patience diff on paragraphs
// unique in both texts, a list item matched on its text without its label;
// then pairing of changed paragraphs on shared word trigrams and on word
// similarity), and words are compared only inside a pair of aligned
// paragraphs, an item's label as one unit and its text word by word. A
// paragraph with no partner is inserted or deleted whole. Each pair's word diff
// is bounded by `maxEditLength` and cached per pair of paragraphs as written, so
// that a keystroke re-diffs only the paragraph it touched.

import { align } from './compare/align';
import { foldWhitespace, foldWithMap, isElision, type FoldedText } from './compare/fold';
import { LruCache, RoundMemo } from './compare/lru';
import { wordHashes } from './compare/similar';
import { shingles } from './compare/tokens';
import { diffItem, EQUAL, INSERT, type GapDiff, type ItemText } from './compare/wordDiff';
import { labelCore, matchLabel } from './labels';
import { invisibleDifference, NOTE_MARK, textRespellings } from './lang/spelling';
import { l10n } from './l10n';
import { revisionMarkup, scanMarks } from './marks';
import { project } from './projection';
import { headOf, tailOf } from './shorten';

export { foldWhitespace, isElision };

/** A place in a list of paragraphs: `offset` is a UTF-16 offset into the paragraph's ORIGINAL (unfolded) text. */
export interface TextPosition {
  paragraph: number;
  offset: number;
}

/** A half-open range of paragraph positions; it may span paragraphs (the '\n' between them is inside it). */
export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

export type ChangeKind = 'equal' | 'insert' | 'delete';

/**
 * One word-level operation turning base text into draft text.
 *
 * - `equal`: `text` is in both; `draft` and `base` are its ranges.
 * - `insert`: `text` is only in the draft; `draft` is its range, `base` the empty place where it would go.
 * - `delete`: `text` is only in the base; `base` is its range, `draft` the empty place where it was.
 */
export interface ChangeOp {
  kind: ChangeKind;
  /** Folded text ('\n' between paragraphs). */
  text: string;
  /** The same text as written (white space unfolded): from the draft for equal/insert, from the base for delete. */
  original: string;
  draft: TextRange;
  base: TextRange;
}

/**
 * A difference between draft paragraphs [draftStart, draftEnd) and base
 * paragraphs [baseStart, baseEnd). Either one range is empty: then the change
 * is whole paragraphs inserted (base empty) or deleted (draft empty), and its
 * one op's text holds the whole paragraphs joined by '\n', ranges from offset 0
 * to the end. Or both ranges hold one paragraph: the same paragraph changed,
 * and the ops cover its folded text on both sides (equal + insert texts give the
 * draft, equal + delete the base); no op text then holds a paragraph break.
 * Within a run of non-equal ops there is at most one delete, and it comes first.
 */
export interface ParagraphChange {
  draftStart: number;
  draftEnd: number;
  baseStart: number;
  baseEnd: number;
  ops: ChangeOp[];
  /** The word diff gave up (`maxEditLength` or `timeout`): the ops are one deletion and one insertion. */
  fallback: boolean;
}

/** How a stretch of the draft lines up with the base. Segments cover both texts, in order. */
export interface Segment {
  kind: 'equal' | 'elision' | 'change';
  draftStart: number;
  draftEnd: number;
  baseStart: number;
  baseEnd: number;
}

export interface Comparison {
  changes: ParagraphChange[];
  identical: boolean;
  segments: Segment[];
}

export interface ComparerOptions {
  /** Most token edits a gap's word diff may find before the gap becomes one deletion plus one insertion. Default 400. */
  maxEditLength?: number;
  /** Safety net for one gap's word diff, in ms (jsdiff returns nothing when it fires). Default 250. */
  timeout?: number;
  /** Gaps of more folded characters than this are first split on paragraphs sharing rare word trigrams. Default 4000. */
  splitGapChars?: number;
  /** Merge small equalities between changes into them (default true); off only to see jsdiff's raw result. */
  semanticCleanup?: boolean;
  /** Bounds of the per-paragraph-pair cache. Defaults 4096 entries, 8M characters of the paragraphs compared. */
  cacheEntries?: number;
  cacheChars?: number;
}

export interface ComparerStats {
  compares: number;
  /** Gap word diffs computed (cache misses). */
  gapDiffs: number;
  cacheHits: number;
  /** Gap word diffs that hit `maxEditLength` or `timeout`. */
  fallbacks: number;
}

/** Compares drafts with a base text; keeps the per-gap cache between calls (one per draft/base pair). */
export class BaseComparer {
  readonly stats: ComparerStats = { compares: 0, gapDiffs: 0, cacheHits: 0, fallbacks: 0 };
  private readonly maxEditLength: number;
  private readonly timeout: number;
  private readonly splitGapChars: number;
  private readonly semanticCleanup: boolean;
  private readonly gapCache: LruCache<GapEntry>;
  // Per-paragraph work, kept for the paragraphs the last two compares saw.
  private readonly paragraphs = new RoundMemo<ParagraphInfo>();
  private readonly shingleMemo = new RoundMemo<Int32Array>();
  private readonly wordMemo = new RoundMemo<Int32Array>();
  private readonly pairings = new RoundMemo<Int32Array>();
  /** The next paragraph id: ids are never reused, so a cache key made of ids never names other texts. */
  private nextId = 0;

  constructor(options: ComparerOptions = {}) {
    this.maxEditLength = options.maxEditLength ?? 400;
    this.timeout = options.timeout ?? 250;
    this.splitGapChars = options.splitGapChars ?? 4000;
    this.semanticCleanup = options.semanticCleanup ?? true;
    this.gapCache = new LruCache<GapEntry>(options.cacheEntries ?? 4096, options.cacheChars ?? 8_000_000);
  }

  resetStats(): void {
    this.stats.compares = this.stats.gapDiffs = this.stats.cacheHits = this.stats.fallbacks = 0;
  }

  clearCache(): void {
    this.gapCache.clear();
    this.paragraphs.clear();
    this.shingleMemo.clear();
    this.wordMemo.clear();
    this.pairings.clear();
  }

  /**
   * Compares draft paragraphs (which may include elisions `…` / `...`) with base paragraphs.
   * The result is read-only: unchanged changes are shared with earlier results.
   */
  compare(draft: readonly string[], base: readonly string[]): Comparison {
    this.stats.compares++;
    const info = (s: string): ParagraphInfo => this.paragraphs.get(s, (x) => {
      const fold = foldWithMap(x, textRespellings);
      return { fold, item: itemText(fold.text), id: this.nextId++ };
    });
    const draftInfo = draft.map(info);
    const baseInfo = base.map(info);
    const draftFolded = draftInfo.map((p) => p.fold.text);
    const baseFolded = baseInfo.map((p) => p.fold.text);
    const raw = align({
      draft: draftFolded,
      base: baseFolded,
      draftKey: draftInfo.map((p) => p.item.key),
      baseKey: baseInfo.map((p) => p.item.key),
      draftLabel: draftInfo.map((p) => p.item.label),
      baseLabel: baseInfo.map((p) => p.item.label),
      draftId: draftInfo.map((p) => p.id),
      baseId: baseInfo.map((p) => p.id),
      words: (t) => this.wordMemo.get(t, wordHashes),
      pairings: (key, compute) => this.pairings.get(key, compute),
      elision: draftFolded.map(isElision),
      shingles: (t) => this.shingleMemo.get(t, keyShingles),
      splitGapChars: this.splitGapChars,
    });
    const draftSide = new Side(draft, draftFolded, draftInfo);
    const baseSide = new Side(base, baseFolded, baseInfo);
    const segments: Segment[] = [];
    const changes: ParagraphChange[] = [];
    for (const seg of raw) {
      const found = seg.kind === 'gap' ? this.diffSegment(seg, draftSide, baseSide) : [];
      const kind = seg.kind === 'gap' ? (found.length ? 'change' : 'equal') : seg.kind;
      for (const c of found) changes.push(c);
      const last = segments[segments.length - 1];
      if (kind === 'equal' && last?.kind === 'equal') {
        last.draftEnd = seg.draftEnd;
        last.baseEnd = seg.baseEnd;
      } else {
        segments.push({ kind, draftStart: seg.draftStart, draftEnd: seg.draftEnd, baseStart: seg.baseStart, baseEnd: seg.baseEnd });
      }
    }
    this.paragraphs.rotate();
    this.shingleMemo.rotate();
    this.wordMemo.rotate();
    this.pairings.rotate();
    return { changes, identical: changes.length === 0, segments };
  }

  private diffSegment(
    seg: { draftStart: number; draftEnd: number; baseStart: number; baseEnd: number },
    draft: Side,
    base: Side,
  ): readonly ParagraphChange[] {
    const { draftStart: ds, draftEnd: de, baseStart: bs, baseEnd: be } = seg;
    const change = (ops: ChangeOp[], fallback: boolean): ParagraphChange => ({ draftStart: ds, draftEnd: de, baseStart: bs, baseEnd: be, ops, fallback });
    if (bs === be) return [wholeInsert(draft, base, ds, de, bs)];
    if (ds === de) return [wholeDelete(draft, base, ds, bs, be)];
    // The aligner pairs one paragraph with one.
    if (de - ds !== 1 || be - bs !== 1) throw new Error('compare: a paragraph pair spans several paragraphs');
    const draftText = draft.folded[ds]!;
    const baseText = base.folded[bs]!;
    if (draftText === baseText) return [];
    const dInfo = draft.info[ds]!;
    const bInfo = base.info[bs]!;
    // The paragraphs as written, by id: a key as short to hash as it can be.
    const key = `${dInfo.id}:${bInfo.id}`;
    let entry = this.gapCache.get(key);
    if (entry === undefined) {
      this.stats.gapDiffs++;
      const diff = diffItem(draftText, baseText, dInfo.item, bInfo.item, { maxEditLength: this.maxEditLength, timeout: this.timeout, semanticCleanup: this.semanticCleanup });
      if (diff.fallback) this.stats.fallbacks++;
      entry = { diff };
      this.gapCache.set(key, entry, draftText.length + baseText.length);
    } else {
      this.stats.cacheHits++;
      // The same gap at the same place, written the same way: the last result still holds.
      const last = entry.last;
      if (last && last.draftStart === ds && last.baseStart === bs && sameText(last.draftText, draft.original, ds) && sameText(last.baseText, base.original, bs)) {
        return last.changes;
      }
    }
    const dMap = draft.map(ds);
    const bMap = base.map(bs);
    const range = (paragraph: number, map: Int32Array, x: number, y: number): TextRange => {
      const start = { paragraph, offset: map[x]! };
      return { start, end: x === y ? start : { paragraph, offset: map[y]! } };
    };
    const ops: ChangeOp[] = [];
    const p = entry.diff.pieces;
    for (let k = 0; k < p.length; k += 5) {
      const kind = p[k] === EQUAL ? 'equal' : p[k] === INSERT ? 'insert' : 'delete';
      const [dS, dE, bS, bE] = [p[k + 1]!, p[k + 2]!, p[k + 3]!, p[k + 4]!];
      const draftRange = range(ds, dMap, dS, dE);
      const baseRange = range(bs, bMap, bS, bE);
      ops.push({
        kind,
        text: kind === 'delete' ? baseText.slice(bS, bE) : draftText.slice(dS, dE),
        original: kind === 'delete' ? base.slice(baseRange) : draft.slice(draftRange),
        draft: draftRange,
        base: baseRange,
      });
    }
    // A change of what was compared and not of what is written (a look-alike letter respelled on one side only: `с)` read
    // as a reference's label `c)` in force, and as a letter of text where the draft's wording no longer makes it a
    // reference): no change. `track` wrote `{~~с~>с~~}` (the twenty-sixth session's property test of track).
    for (let k = 0; k + 1 < ops.length; k++) {
      const a = ops[k]!;
      const b = ops[k + 1]!;
      if (a.kind === 'equal' || b.kind === 'equal' || a.kind === b.kind || a.original !== b.original) continue;
      const [del, ins] = a.kind === 'delete' ? [a, b] : [b, a];
      ops.splice(k, 2, { kind: 'equal', text: ins.text, original: ins.original, draft: ins.draft, base: del.base });
    }
    // Nothing of the paragraph kept: the old paragraph out and the new one in, whole.
    const result = !ops.some((op) => op.kind !== 'equal') ? [] : ops.some((op) => op.kind === 'equal' && op.text.trim() !== '')
      ? [change(ops, entry.diff.fallback)]
      : [wholeDelete(draft, base, ds, bs, be), wholeInsert(draft, base, ds, de, be)];
    entry.last = { draftStart: ds, baseStart: bs, draftText: draft.original.slice(ds, de), baseText: base.original.slice(bs, be), changes: result };
    return result;
  }
}

/** Draft paragraphs [ds, de) inserted whole where base paragraph `at` is. */
function wholeInsert(draft: Side, base: Side, ds: number, de: number, at: number): ParagraphChange {
  const text = draft.folded.slice(ds, de).join('\n');
  const op: ChangeOp = { kind: 'insert', text, original: draft.original.slice(ds, de).join('\n'), draft: draft.wholeRange(ds, de), base: base.placeAt(at) };
  return { draftStart: ds, draftEnd: de, baseStart: at, baseEnd: at, ops: [op], fallback: false };
}

/** Base paragraphs [bs, be) deleted whole before draft paragraph `at`. */
function wholeDelete(draft: Side, base: Side, at: number, bs: number, be: number): ParagraphChange {
  const text = base.folded.slice(bs, be).join('\n');
  const op: ChangeOp = { kind: 'delete', text, original: base.original.slice(bs, be).join('\n'), draft: draft.placeAt(at), base: base.wholeRange(bs, be) };
  return { draftStart: at, draftEnd: at, baseStart: bs, baseEnd: be, ops: [op], fallback: false };
}

/** A gap's word diff, and the change last built from it (reused while nothing about it moved). */
interface GapEntry {
  diff: GapDiff;
  last?: { draftStart: number; baseStart: number; draftText: readonly string[]; baseText: readonly string[]; changes: readonly ParagraphChange[] };
}

/** What a comparer keeps of a paragraph (by its text as written) between compares. */
interface ParagraphInfo {
  fold: FoldedText;
  item: ItemText;
  id: number;
}

/**
 * The word trigrams of a paragraph's key, its body's only: the label's shape (`\u0001..\u0001`, itemText) is no
 * word, and two labelled paragraphs shared its trigrams, which paired an inserted clause `3.1.1` with the heading
 * `3.1` in force as one changed paragraph (the heading then read as replaced, and an excerpt's `…` ended before it).
 */
function keyShingles(key: string): Int32Array {
  return shingles(key.charCodeAt(0) === 1 ? key.slice(key.indexOf('\u0001', 1) + 1) : key);
}

/**
 * A paragraph read as an item: its label (folded; '' for none) and the text after it. It is read
 * from the folded text alone, so that paragraphs the comparer holds equal (the same text once white
 * space is folded: `\ta)\tthe` and `a) the`) get the same key: a label read from the text as written
 * missed one after leading white space, and an equal paragraph then anchored nothing.
 */
function itemText(folded: string): ItemText {
  const m = matchLabel(folded);
  if (m) {
    const label = folded.slice(0, m.length);
    // The separator is one space in the folded text.
    if (folded.charCodeAt(label.length) === 0x20) {
      const body = folded.slice(label.length + 1);
      // Letters and roman numerals are one shape (a relettering turns h) into i)); decimals count their levels.
      const shape = m.label.kind === 'decimal' ? '.'.repeat(m.label.parts.length) : ')';
      return { label, core: labelCore(m.label).length, body, key: `\u0001${shape}\u0001${body}` };
    }
  }
  return { label: '', core: 0, body: folded, key: folded };
}

function sameText(kept: readonly string[], now: readonly string[], from: number): boolean {
  for (let k = 0; k < kept.length; k++) if (kept[k] !== now[from + k]) return false;
  return true;
}

/** One side's paragraphs, as written and folded. */
class Side {
  constructor(
    readonly original: readonly string[],
    readonly folded: readonly string[],
    readonly info: readonly ParagraphInfo[],
  ) {}

  map(i: number): Int32Array {
    return this.info[i]!.fold.map;
  }

  /** Paragraphs [s, e) from their first to their last character as written. */
  wholeRange(s: number, e: number): TextRange {
    return { start: { paragraph: s, offset: 0 }, end: { paragraph: e - 1, offset: this.original[e - 1]!.length } };
  }

  /** The empty range before paragraph `i` (or at the end of the last one). */
  placeAt(i: number): TextRange {
    const n = this.original.length;
    const at = i < n ? { paragraph: i, offset: 0 } : n > 0 ? { paragraph: n - 1, offset: this.original[n - 1]!.length } : { paragraph: 0, offset: 0 };
    return { start: at, end: at };
  }

  /** The text of a range inside one paragraph, as written. */
  slice(r: TextRange): string {
    return this.original[r.start.paragraph]!.slice(r.start.offset, r.end.offset);
  }
}

// ---------------------------------------------------------------- differences as findings

/** One difference: a run of non-equal ops between two equal ones (or a whole-paragraph change). */
export interface Hunk {
  /** Folded base text the draft does not have ('' when the draft only adds). */
  deleted: string;
  /** Folded draft text the base does not have ('' when the draft only leaves out). */
  inserted: string;
  /** The inserted text's range in the draft, or the empty place where deleted text was. */
  draft: TextRange;
  /** The deleted text's range in the base, or the empty place where inserted text would go. */
  base: TextRange;
  /** The deleted text as written in the base. */
  deletedOriginal: string;
  /** The inserted text as written in the draft. */
  insertedOriginal?: string;
  change: ParagraphChange;
}

export function hunks(comparison: Comparison): Hunk[] {
  const out: Hunk[] = [];
  for (const change of comparison.changes) {
    let del: ChangeOp | undefined;
    let ins: ChangeOp | undefined;
    const flush = (): void => {
      if (del === undefined && ins === undefined) return;
      out.push({
        deleted: del?.text ?? '',
        inserted: ins?.text ?? '',
        draft: ins?.draft ?? del!.draft,
        base: del?.base ?? ins!.base,
        deletedOriginal: del?.original ?? '',
        insertedOriginal: ins?.original ?? '',
        change,
      });
      del = ins = undefined;
    };
    for (const op of change.ops) {
      if (op.kind === 'equal') flush();
      else if (op.kind === 'delete') del = op;
      else ins = op;
    }
    flush();
  }
  return out;
}

function quote(text: string, max: number): string {
  // Quotes show the words; a change of white space alone shows as ¶ (paragraph break) or ␣.
  const t = text.replace(/\n/g, ' ¶ ').trim() || (text.includes('\n') ? '¶' : '␣');
  if (t.length <= max) return `'${t}'`;
  const half = Math.floor((max - 1) / 2);
  return `'${headOf(t, half).trimEnd()} … ${tailOf(t, half).trimStart()}'`;
}

/** A finding's message: "base says 'significant', draft says 'substantial'". */
export function describeHunk(hunk: Hunk, options: { maxQuote?: number } = {}): string {
  const maxQuote = options.maxQuote ?? 80;
  // What was compared blank but is written (a footnote reference, masked so that renumbering is no change:
  // base.ts maskFootnotes) is quoted as written, `'[^2]'`, not as the space it was compared as (review E6).
  // A number line compared without case (base.ts numberLinesCaseless) is quoted in its own case, `'Dubai, 2014'`, not `'dubai, 2014'`.
  const shown = (folded: string, original: string | undefined) => {
    if (!original?.trim()) return folded;
    // A footnote reference compared as one token (base.ts markFootnotes): quoted as written.
    if (folded.trim() === '' || folded.includes(NOTE_MARK)) return original.replace(/\s+/g, ' ').trim();
    const written = original.replace(/\s+/g, ' ').trim();
    return written !== folded.trim() && written.toLowerCase() === folded.trim().toLowerCase() ? written : folded;
  };
  const h = { deleted: shown(hunk.deleted, hunk.deletedOriginal), inserted: shown(hunk.inserted, hunk.insertedOriginal) };
  const said = h.deleted && h.inserted
    ? l10n.t('base says {0}, draft says {1}', quote(h.deleted, maxQuote), quote(h.inserted, maxQuote))
    : h.deleted
      ? l10n.t('base says {0}, draft leaves it out', quote(h.deleted, maxQuote))
      : l10n.t('draft adds {0}, base does not have it', quote(h.inserted, maxQuote));
  // Two texts that look the same on screen: the message names what sets them apart (review D25).
  const unseen = invisibleDifference(h.deleted, h.inserted);
  return unseen ? l10n.t('{0} (they look the same: {1})', said, unseen) : said;
}

// ---------------------------------------------------------------- differences as revision marks

/** Text to insert at a draft position; the draft's own text is never replaced. */
export interface MarkupInsertion {
  at: TextPosition;
  text: string;
}

function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

/**
 * The insertions that turn the draft (with no marks) into CriticMarkup whose
 * accept-all projection is the draft and whose reject-all projection is the base
 * (white space folded; elided runs stay `…`). Sorted, one per position, to be
 * applied at once. A mark never spans a paragraph break, except that each whole
 * paragraph inserted or deleted is one mark on its own line: `{++new paragraph++}`
 * around the draft's line, `{--old paragraph--}` as a line of its own before the
 * draft paragraph that follows it (after the last one at the end).
 */
export function criticMarkupInsertions(draft: readonly string[], comparison: Comparison): MarkupInsertion[] {
  const raw: MarkupInsertion[] = [];
  const add = (at: TextPosition, text: string): void => void raw.push({ at, text });
  const end = (i: number): TextPosition => ({ paragraph: i, offset: draft[i]!.length });
  const start = (i: number): TextPosition => ({ paragraph: i, offset: 0 });

  for (const change of comparison.changes) {
    const { draftStart: ds, draftEnd: de } = change;
    if (change.baseStart === change.baseEnd) {
      for (let i = ds; i < de; i++) {
        add(start(i), '{++');
        add(end(i), '++}');
      }
      continue;
    }
    if (ds === de) {
      const lines = change.ops[0]!.original.split('\n').map((p) => `{--${p}--}`);
      if (ds < draft.length) add(start(ds), lines.map((l) => l + '\n').join(''));
      else if (ds > 0) add(end(ds - 1), lines.map((l) => '\n' + l).join(''));
      else add(start(0), lines.join('\n'));
      continue;
    }
    const changeHunks = hunks({ changes: [change], identical: false, segments: [] });
    // Where the mark before may reach to, in its paragraph (a widened mark stops at its neighbours).
    let floor: TextPosition | undefined;
    for (let k = 0; k < changeHunks.length; k++) {
      const h = readableHunk(draft, changeHunks[k]!, floor, changeHunks[k + 1]?.draft.start);
      floor = h.draft.end;
      if (h.deleted && h.inserted) {
        add(h.draft.start, `{~~${h.deletedOriginal}~>`);
        add(h.draft.end, '~~}');
      } else if (h.deleted) add(h.draft.start, `{--${h.deletedOriginal}--}`);
      else {
        add(h.draft.start, '{++');
        add(h.draft.end, '++}');
      }
    }
  }
  // A stable sort keeps the order of insertions at one position.
  raw.sort((a, b) => comparePositions(a.at, b.at));
  const out: MarkupInsertion[] = [];
  for (const ins of raw) {
    const last = out[out.length - 1];
    if (last && comparePositions(last.at, ins.at) === 0) last.text += ins.text;
    else out.push({ at: ins.at, text: ins.text });
  }
  return out;
}

/** Whether the mark `{~~old~>new~~}` (`{++new++}`, `{--old--}`) is read back as one mark of exactly these texts. */
export function markReadsBack(oldText: string, newText: string): boolean {
  const markup = revisionMarkup(oldText, newText);
  const { marks, findings } = scanMarks(markup);
  if (findings.length > 0 || marks.length !== 1 || marks[0]!.start !== 0 || marks[0]!.end !== markup.length) return false;
  return project(markup, marks, 'old').text === oldText && project(markup, marks, 'new').text === newText;
}

/**
 * Whether a mark of these texts may not read back: a brace or `~` may make a delimiter with the mark's own, and
 * a mark of white space alone is `marks.empty` (`{-- --}`, a space deleted before a word).
 */
export function mayMisread(oldText: string, newText: string): boolean {
  return /[{}~]/.test(oldText) || /[{}~]/.test(newText) || (oldText !== '' && oldText.trim() === '') || (newText !== '' && newText.trim() === '');
}

/** How far a mark that does not read back may take in the text around it, on each side. */
const WIDEN_LIMIT = 12;

/**
 * A hunk whose mark reads back as written (markReadsBack): itself, or, when its texts make a delimiter with
 * the mark's own (`{` inserted, written `{++{++}`; a `}` or `~>` in the text in force) or are white space alone, the same change with
 * the fewest characters of the unchanged text around it in its paragraph taken into both sides
 * (`{++{ ++}`, `{~~a{ ~>a ~~}`): both projections stay what they were. FORMAT.md gives CriticMarkup no escape,
 * and a zero-width space (Word import's way, docs/format-decisions.md) would be a change of text. A hunk
 * no widening mends (a `{` ending its paragraph, a delimiter inside its words) is returned as it is: the
 * caller finds its marks misread (base.ts markEdits).
 */
function readableHunk(draft: readonly string[], h: Hunk, floor: TextPosition | undefined, ceiling: TextPosition | undefined): Hunk {
  const inserted = h.insertedOriginal ?? '';
  // Nothing is written for a hunk with no text on either side (criticMarkupInsertions).
  if ((!h.deleted && !h.inserted) || !mayMisread(h.deletedOriginal, inserted) || markReadsBack(h.deletedOriginal, inserted)) return h;
  const p = h.draft.start.paragraph;
  if (h.draft.end.paragraph !== p) return h;
  const text = draft[p] ?? '';
  const low = floor && floor.paragraph === p ? floor.offset : 0;
  const high = ceiling && ceiling.paragraph === p ? ceiling.offset : text.length;
  const s = h.draft.start.offset;
  const e = h.draft.end.offset;
  for (let width = 1; width <= 2 * WIDEN_LIMIT; width++) {
    for (let right = Math.min(width, WIDEN_LIMIT); right >= 0 && width - right <= WIDEN_LIMIT; right--) {
      const left = width - right;
      if (s - left < low || e + right > high) continue;
      const before = text.slice(s - left, s);
      const after = text.slice(e, e + right);
      const oldText = before + h.deletedOriginal + after;
      const newText = text.slice(s - left, e + right);
      if (!markReadsBack(oldText, newText)) continue;
      return {
        ...h,
        deleted: foldWhitespace(oldText) || oldText,
        inserted: foldWhitespace(newText) || newText,
        deletedOriginal: oldText,
        insertedOriginal: newText,
        draft: { start: { paragraph: p, offset: s - left }, end: { paragraph: p, offset: e + right } },
      };
    }
  }
  return h;
}

/** The draft with the comparison's differences written as CriticMarkup, as lines (marks may span lines). */
export function toCriticMarkup(draft: readonly string[], comparison: Comparison): string[] {
  if (draft.length === 0 && comparison.changes.length === 0) return [];
  const lines = draft.slice();
  const byParagraph = new Map<number, MarkupInsertion[]>();
  for (const ins of criticMarkupInsertions(draft, comparison)) {
    const list = byParagraph.get(ins.at.paragraph) ?? [];
    list.push(ins);
    byParagraph.set(ins.at.paragraph, list);
  }
  if (lines.length === 0 && byParagraph.size > 0) lines.push('');
  for (const [p, list] of byParagraph) {
    let line = lines[p]!;
    for (let k = list.length - 1; k >= 0; k--) {
      const { at, text } = list[k]!;
      line = line.slice(0, at.offset) + text + line.slice(at.offset);
    }
    lines[p] = line;
  }
  return lines.join('\n').split('\n');
}
