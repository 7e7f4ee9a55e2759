// Offsets ↔ line/character positions, line ends, and applying edits.
import type { TextEdit } from './types';

/** A line end as the LSP specification counts them: CRLF, LF, or a CR alone. */
export const LINE_END = /\r\n|\r|\n/g;

export type LineEnd = '\n' | '\r\n' | '\r';

/** The offset just past the line end at `i`, or -1 when no line ends at `i`. */
function pastLineEnd(text: TextSource, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 10) return i + 1;
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return -1;
}

/** The start of the line that `offset` is on (after the last LF or CR before it): read code unit by code unit. */
export function lineStartAt(text: Pick<TextSource, 'charCodeAt'>, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The end of the line that `from` is on (where its line end, if any, starts): read code unit by code unit. */
export function lineEndAt(text: Pick<TextSource, 'length' | 'charCodeAt'>, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * lineEndAt for a text that may be in pieces (TextSource): where the line holding `from` ends, its first CR or LF at
 * or after `from`. Reads the line only: an indexOf for each of CR and LF scanned to the end of a text that has none
 * of one (a CR in an LF file), at every call, and a check that reads a few lines of each proposal read the whole text
 * once a proposal (placeholdersTwice: 4 ms of a 1 MB check).
 */
export function lineEndIn(text: TextSource, from: number): number {
  return text instanceof PieceText ? text.lineEndAt(from) : lineEndAt(text, from);
}

/** Where the line after the one holding `from` starts (past its CRLF, CR or LF); -1 on the last line. */
export function nextLineStart(text: TextSource, from: number): number {
  const end = lineEndIn(text, from);
  return end >= text.length ? -1 : pastLineEnd(text, end);
}

/**
 * lineEndAt for offsets met in order (each not below the one before), as splitting a whole text into
 * lines does: the next LF and the next CR are each found by indexOf (a native scan, several times
 * faster than a loop over the code units) and kept until passed, so the text is scanned once.
 */
export class LineEnds {
  // -2: not looked for yet; -1: none at or after the last offset asked.
  private lf = -2;
  private cr = -2;
  constructor(private readonly text: string) {}

  /** lineEndAt(text, from). */
  endAt(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    const lf = this.lf === -1 ? this.text.length : this.lf;
    const cr = this.cr === -1 ? this.text.length : this.cr;
    return lf < cr ? lf : cr;
  }
}

/**
 * The file's own line end: the most frequent of CRLF, LF and CR (the first one met on a tie), LF for a
 * text of one line. Text a fix inserts is written with it, so that a fix never mixes line ends.
 */
export function lineEndOf(text: TextSource): LineEnd {
  // Without a CR every line end is an LF (or there is none): no count needed.
  if (!text.includes('\r')) return '\n';
  const counts = new Map<LineEnd, number>();
  let first: LineEnd | undefined;
  for (let i = 0; i < text.length; i++) {
    const past = pastLineEnd(text, i);
    if (past === -1) continue;
    const eol = text.slice(i, past) as LineEnd;
    first ??= eol;
    counts.set(eol, (counts.get(eol) ?? 0) + 1);
    i = past - 1;
  }
  let best = first ?? '\n';
  for (const [eol, n] of counts) if (n > (counts.get(best) ?? 0)) best = eol;
  return best;
}

/** The text with every line end written as `eol`. */
export function withLineEnds(text: string, eol: LineEnd): string {
  return eol === '\n' && !text.includes('\r') ? text : text.replace(LINE_END, eol);
}

/**
 * The edits, where one that removes everything on its line also removes that line's end (the last line:
 * the line end before it). A fix that takes out a lone `{++` or a paragraph-long mark leaves no blank line,
 * and, in a file with mixed line ends, never joins a CR and an LF around it into one CRLF (two lines into one).
 * The same list when no edit empties a line.
 */
export function editsRemovingEmptiedLines<E extends TextEdit>(text: TextSource, edits: E[]): E[] {
  const atLineStart = (i: number) => i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
  // Everything on one line, and only that: a removal that holds a line break already joins lines as it means to.
  const empties = (e: TextEdit) => e.newText === '' && e.end > e.start && atLineStart(e.start) && (e.end === text.length || pastLineEnd(text, e.end) !== -1) &&
    !/[\r\n]/.test(text.slice(e.start, e.end));
  if (!edits.some(empties)) return edits;
  // The line end before the last line (a CRLF is one), or undefined when it is the only line.
  const lineEndBefore = (i: number) => (i === 0 ? undefined : text.charCodeAt(i - 1) === 10 && text.charCodeAt(i - 2) === 13 ? i - 2 : i - 1);
  return edits.map((e) => {
    if (!empties(e)) return e;
    const after = e.end < text.length ? pastLineEnd(text, e.end) : undefined;
    // The line goes with its own line end; the last line goes with the one before it.
    if (after !== undefined) {
      // A CR before the line and an LF after it would meet: a CR stands between them (CR, then CRLF).
      const meet = text.charCodeAt(e.start - 1) === 13 && text.charCodeAt(after) === 10;
      return meet ? { ...e, end: after, newText: '\r' } : { ...e, end: after };
    }
    const before = lineEndBefore(e.start);
    return before === undefined ? e : { ...e, start: before };
  });
}

/** The edits with the line ends of their new text written as `eol` (the same list when nothing changes). */
export function editsWithLineEnds<E extends TextEdit>(edits: E[], eol: LineEnd, text?: TextSource): E[] {
  const written = edits.some((e) => /[\r\n]/.test(e.newText) && withLineEnds(e.newText, eol) !== e.newText)
    ? edits.map((e) => ({ ...e, newText: withLineEnds(e.newText, eol) }))
    : edits;
  return text === undefined ? written : editsKeepingSeams(text, written);
}

/**
 * A line break written next to a CR before the edit or an LF after it would join it into one CRLF: two
 * line breaks read as one, a line lost (a file of mixed line ends). The break at the seam takes the
 * neighbour's own kind instead (`\r` after a CR, `\n` before an LF), so it stays a break of its own;
 * so does an LF that a removal would bring next to a CR.
 */
export function editsKeepingSeams<E extends TextEdit>(text: TextSource, edits: E[]): E[] {
  let changed = false;
  const out = edits.map((e) => {
    let t = e.newText;
    const crBefore = text.charCodeAt(e.start - 1) === 13;
    const lfAfter = text.charCodeAt(e.end) === 10;
    // Nothing left between a CR and an LF: the LF becomes a CR of its own (the edit takes it in).
    if (t === '' && crBefore && lfAfter && e.end > e.start) {
      changed = true;
      return { ...e, end: e.end + 1, newText: '\r' };
    }
    if (t.startsWith('\n') && crBefore) t = '\r' + t.slice(1);
    if (t.endsWith('\r') && lfAfter) t = t.slice(0, -1) + '\n';
    if (t === e.newText) return e;
    changed = true;
    return { ...e, newText: t };
  });
  return changed ? out : edits;
}

/** No moves (LineIndex). */
const NO_MOVES: readonly number[] = [];
/** The moves a LineIndex holds before it makes its table anew: each lookup reads them by binary search. */
const MAX_MOVES = 32;

/** Positions asked of one index with moves before its line starts are settled (LineIndex.settled). */
const SETTLE_AFTER = 256;

export class LineIndex {
  /** Where each line starts, before the moves below. Shared by the indexes edited from this one: never changed. */
  private readonly starts: number[];
  /**
   * Moves not yet applied to `starts` (typing in a line moves every line start after it: made one by one, each
   * keystroke would copy the whole table): the lines from `froms[k]` on (ascending) are moved by `moved[k]` in all.
   * Applied (a new table) once MAX_MOVES accumulate, or where an edit adds or removes a line.
   */
  private readonly froms: readonly number[];
  private readonly moved: readonly number[];
  /** The text's length. */
  readonly length: number;
  /**
   * In a text that holds a CR, the lines that end in a CRLF (1; 0: an LF or a CR alone, or no line end), line by line:
   * what tells a line's content end and an offset between a CR and its LF. Undefined with LF only. Kept, not the text,
   * so that typing in a CRLF file (every file saved on Windows) edits the index as in an LF file: with the text, each
   * keystroke joined the whole text and read it again.
   */
  private readonly crlf: Uint8Array | undefined;

  constructor(text: string, derived?: { starts: number[]; length: number; froms?: readonly number[]; moved?: readonly number[]; crlf?: Uint8Array }) {
    this.froms = derived?.froms ?? NO_MOVES;
    this.moved = derived?.moved ?? NO_MOVES;
    if (derived) {
      this.starts = derived.starts;
      this.length = derived.length;
      this.crlf = derived.crlf;
      return;
    }
    this.starts = [0];
    this.length = text.length;
    if (!text.includes('\r')) {
      this.crlf = undefined;
      // LF only (most files): the engine's search finds each line end faster than a loop over the text.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    const pairs: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const past = pastLineEnd(text, i);
      if (past === i + 2) pairs.push(this.starts.length - 1);
      this.starts.push(past);
      i = past - 1;
    }
    this.crlf = new Uint8Array(this.starts.length);
    for (const line of pairs) this.crlf[line] = 1;
  }

  /**
   * The line starts with the moves applied, made once many positions are asked of one index (the outline of a
   * version: a position per symbol, each of which read every move by a search within the search for its line).
   */
  private settled?: number[];
  private asked = 0;

  /** Where line `i` starts (0 <= i < lineCount), its moves applied. */
  private at(i: number): number {
    const froms = this.froms;
    if (froms.length === 0 || i < froms[0]) return this.starts[i];
    if (this.settled !== undefined) return this.settled[i];
    let lo = 0;
    let hi = froms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (froms[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[i] + this.moved[lo];
  }

  /** The index of the first line starting after `offset` (lineCount if none). */
  private after(offset: number): number {
    let lo = 1;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at(mid) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The index of the text after [start, end) is replaced by `inserted`, made from this one without
   * reading that text (an edit costs the lines, not the characters; an edit within a line, typing, costs
   * a few moves); undefined where the new text must be read: the inserted text holds a CR, or, in a text that holds
   * one, the edit is not within one line's content (it adds or removes a line end, or a CR next to an LF could make
   * or unmake a CRLF).
   */
  edited(start: number, end: number, inserted: string): LineIndex | undefined {
    if (inserted.includes('\r') || (this.crlf !== undefined && inserted.includes('\n'))) return this.editedWithLineEnds(start, end, inserted);
    const delta = inserted.length - (end - start);
    // Line starts up to `start` stay; those inside the replaced text go; those after it move by delta.
    const i = this.after(start);
    const j = this.after(end);
    const crlf = this.crlf;
    if (crlf !== undefined) {
      // Within the content of line i - 1, with no line end added; not emptying it (a CR alone before it and an LF
      // after it would then be one CRLF). Every line end stays as it is: the lines' kinds are shared.
      if (i !== j || inserted.includes('\n')) return undefined;
      const line = i - 1;
      const contentEnd = this.lineEnd(line);
      if (end > contentEnd || (inserted === '' && start <= this.at(line) && end === contentEnd)) return undefined;
    }
    if (i === j && !inserted.includes('\n') && this.froms.length < MAX_MOVES) {
      // No line added or removed: the lines from i on move (lazily), the table stays.
      if (delta === 0 || i === this.starts.length) return new LineIndex('', { starts: this.starts, length: this.length + delta, froms: this.froms, moved: this.moved, crlf });
      const froms: number[] = [];
      const moved: number[] = [];
      let placed = false;
      for (let k = 0; k < this.froms.length; k++) {
        const f = this.froms[k];
        if (!placed && i <= f) {
          if (i < f) {
            froms.push(i);
            moved.push((k > 0 ? this.moved[k - 1] : 0) + delta);
          }
          placed = true;
        }
        froms.push(f);
        moved.push(this.moved[k] + (f >= i ? delta : 0));
      }
      if (!placed) {
        froms.push(i);
        moved.push((this.moved.length > 0 ? this.moved[this.moved.length - 1] : 0) + delta);
      }
      return new LineIndex('', { starts: this.starts, length: this.length + delta, froms, moved, crlf });
    }
    const out: number[] = [];
    for (let k = 0; k < i; k++) out.push(this.at(k));
    for (let k = inserted.indexOf('\n'); k !== -1; k = inserted.indexOf('\n', k + 1)) out.push(start + k + 1);
    for (let k = j; k < this.starts.length; k++) out.push(this.at(k) + delta);
    // In a text with a CR only an edit within a line comes here (above): as many lines, each with its line end.
    return new LineIndex('', { starts: out, length: this.length + delta, crlf });
  }

  /**
   * edited() for a text that holds a CR, or an edit that writes one: line ends typed within one line's content (Enter
   * in a file saved on Windows writes a CRLF). Undefined where a line end typed would join one in the text (an LF right
   * after a CR alone, a CR right before an LF: one CRLF then), or where the edit takes in a line end: the caller makes
   * the index from the text. Before, every such edit did (typing Enter at a thousand cursors in a 1 MB CRLF document
   * made the index from the whole text a thousand times: 16 s; the twenty-sixth session's review).
   */
  private editedWithLineEnds(start: number, end: number, inserted: string): LineIndex | undefined {
    const i = this.after(start);
    if (i !== this.after(end)) return undefined;
    const line = i - 1;
    const contentEnd = this.lineEnd(line);
    if (end > contentEnd) return undefined;
    // An LF typed first at a line's start may follow a CR alone that ends the line before; a CR typed last at its
    // content's end may come before its LF.
    if (start === this.at(line) && line > 0 && inserted.charCodeAt(0) === 10 && this.crlf?.[line - 1] !== 1) return undefined;
    if (end === contentEnd && line + 1 < this.starts.length && inserted.charCodeAt(inserted.length - 1) === 13) return undefined;
    const delta = inserted.length - (end - start);
    const starts: number[] = [];
    for (let k = 0; k <= line; k++) starts.push(this.at(k));
    const pairs: number[] = [];
    for (let k = 0; k < inserted.length; k++) {
      const c = inserted.charCodeAt(k);
      if (c !== 10 && c !== 13) continue;
      const pair = c === 13 && inserted.charCodeAt(k + 1) === 10;
      if (pair) {
        pairs.push(starts.length - 1);
        k++;
      }
      starts.push(start + k + 1);
    }
    const added = starts.length - 1 - line;
    for (let k = line + 1; k < this.starts.length; k++) starts.push(this.at(k) + delta);
    // The line typed in ends as it did, `added` lines further on; the lines typed end as typed.
    const crlf = new Uint8Array(starts.length);
    if (this.crlf) {
      crlf.set(this.crlf.subarray(0, line));
      crlf.set(this.crlf.subarray(line), line + added);
    }
    for (const k of pairs) crlf[k] = 1;
    return new LineIndex('', { starts, length: this.length + delta, crlf });
  }

  get lineCount(): number {
    return this.starts.length;
  }

  private settle(): void {
    const { starts, froms, moved } = this;
    const out = starts.slice();
    let k = 0;
    for (let i = froms[0]; i < out.length; i++) {
      while (k + 1 < froms.length && froms[k + 1] <= i) k++;
      out[i] += moved[k];
    }
    this.settled = out;
  }

  /** 0-based line and UTF-16 character. An offset inside a CRLF counts as the end of its line. */
  position(offset: number): { line: number; character: number } {
    if (this.settled === undefined && this.froms.length > 0 && ++this.asked > SETTLE_AFTER) this.settle();
    const o = Math.max(0, Math.min(offset, this.length));
    const line = this.after(o) - 1;
    const start = this.at(line);
    // Between the CR and the LF of a CRLF: the end of the line, as vscode-languageserver-textdocument has it.
    const at = this.crlf?.[line] === 1 && line + 1 < this.starts.length && o === this.at(line + 1) - 1 ? o - 1 : o;
    return { line, character: at - start };
  }

  /** The offset of a position; a character past the end of its line stops before the line end. */
  offset(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.at(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.at(Math.max(0, Math.min(line, this.starts.length - 1)));
  }

  /** Where the line's content ends: before its CRLF, LF or CR. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    if (l + 1 >= this.starts.length) return this.length;
    const next = this.at(l + 1);
    return this.crlf?.[l] === 1 ? next - 2 : next - 1;
  }
}

/**
 * Applies non-overlapping edits given in source offsets, in one pass: the untouched pieces and the new
 * texts are joined once, so the cost grows with the text and the edits, not with their product.
 * Edits at one offset apply in reverse order of the list (the last given ends up first), as they
 * always have; overlapping edits throw.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Sorted from the end; walked from the front. The stable sort keeps ties in list order.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.end > sorted[i - 1].start) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i];
    parts.push(text.slice(cursor, e.start), e.newText);
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * Two rounds of edits as one: `first` on a text, `second` on the text `first` made, `result` the text `second` made.
 * The edits returned make `result` from the first text, disjoint and sorted; an edit of `second` that touches what
 * `first` wrote is one edit with it (Fix all's rounds: codeActions.ts fixAllEdits).
 */
export function composeEdits(first: readonly TextEdit[], second: readonly TextEdit[], result: string): TextEdit[] {
  // Each edit as a range of the text `first` made: what `first` wrote (with its range in the first text), what `second`
  // replaced (with how much longer it made the text).
  interface Piece { start: number; end: number; os: number; oe: number; first: boolean; grown: number }
  const pieces: Piece[] = [];
  let shift = 0;
  for (const e of [...first].sort((a, b) => a.start - b.start || a.end - b.end)) {
    pieces.push({ start: e.start + shift, end: e.start + shift + e.newText.length, os: e.start, oe: e.end, first: true, grown: e.newText.length - (e.end - e.start) });
    shift += e.newText.length - (e.end - e.start);
  }
  for (const e of second) pieces.push({ start: e.start, end: e.end, os: 0, oe: 0, first: false, grown: e.newText.length - (e.end - e.start) });
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  // How much longer, before the current group, the text `first` made is than the first text, and `result` than that text.
  let shift1 = 0;
  let shift2 = 0;
  for (let i = 0; i < pieces.length; ) {
    // A group: pieces that overlap or touch, merged into one edit.
    const start = pieces[i].start;
    let end = pieces[i].end;
    let j = i;
    while (j < pieces.length && pieces[j].start <= end) end = Math.max(end, pieces[j++].end);
    let os = -1;
    let oe = -1;
    let grown1 = 0;
    let grown2 = 0;
    for (let k = i; k < j; k++) {
      const p = pieces[k];
      if (!p.first) {
        grown2 += p.grown;
        continue;
      }
      grown1 += p.grown;
      if (p.start === start && os < 0) os = p.os;
      if (p.end === end) oe = Math.max(oe, p.oe);
    }
    if (os < 0) os = start - shift1;
    if (oe < 0) oe = end - shift1 - grown1;
    out.push({ start: os, end: oe, newText: result.slice(start + shift2, end + shift2 + grown2) });
    shift1 += grown1;
    shift2 += grown2;
    i = j;
  }
  return out;
}

/** The first index of a sorted array whose item is not `before` the key (items before it all are). */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text as a string of its own. A slice of a longer string keeps that whole string alive: a
 * paragraph's text is a slice of its projection, a document's front a slice of the version's text, and
 * what is kept for the versions after (a Lexed, the incremental memo) would keep them all.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/**
 * Plain data (objects and arrays, as deep as they go) with every string an own copy (ownCopy): what is
 * kept of a parse without the parse keeps none of its texts alive. An object met twice is copied once.
 */
export function ownStrings<T>(value: T, copies = new Map<object, unknown>()): T {
  if (typeof value === 'string') return ownCopy(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const x of value) out.push(ownStrings(x, copies));
    return out as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  const from = value as Record<string, unknown>;
  // Keys, not entries (no pair per field); a field that is neither a string nor an object (a number,
  // a flag, undefined: most fields of a paragraph or an item) is taken as it is.
  for (const k of Object.keys(from)) {
    const x = from[k];
    out[k] = typeof x === 'string' || (typeof x === 'object' && x !== null) ? ownStrings(x, copies) : x;
  }
  return out as T;
}

/**
 * What the checks read of a text besides the parse: a string, or a text kept in pieces (the summary of a
 * version analysed from its edits, incremental.ts) read without joining it. Joining a text of a few hundred
 * KB allocates it in V8's large-object space, which costs far more than reading a few places of it.
 */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end?: number): string;
  includes(search: string): boolean;
  indexOf(search: string, position?: number): number;
}

/** A text as consecutive pieces (`starts[i]` is where `pieces[i]` stands; the first starts at 0). */
export class PieceText implements TextSource {
  readonly length: number;
  constructor(
    readonly starts: readonly number[],
    readonly pieces: readonly string[],
  ) {
    const n = pieces.length;
    this.length = n === 0 ? 0 : starts[n - 1] + pieces[n - 1].length;
  }

  /** The piece holding offset `i` (the last for the end). */
  private at(i: number): number {
    return Math.max(0, lowerBound(this.starts, (s) => s <= i) - 1);
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    const k = this.at(index);
    return this.pieces[k].charCodeAt(index - this.starts[k]);
  }

  slice(start: number, end: number = this.length): string {
    const from = Math.max(0, Math.min(this.length, start < 0 ? this.length + start : start));
    const to = Math.max(from, Math.min(this.length, end < 0 ? this.length + end : end));
    let k = this.at(from);
    let out = '';
    for (let o = from; o < to; k++) {
      const piece = this.pieces[k];
      const part = piece.slice(o - this.starts[k], Math.min(piece.length, to - this.starts[k]));
      out += part;
      o = this.starts[k] + piece.length;
    }
    return out;
  }

  indexOf(search: string, position = 0): number {
    const from = Math.max(0, Math.min(this.length, position));
    const w = search.length - 1;
    for (let k = this.at(from); k < this.pieces.length; k++) {
      const piece = this.pieces[k];
      const start = this.starts[k];
      // The piece, with the start of the ones after it where a match may run across the seam.
      const tail = w > 0 ? this.slice(start + piece.length, start + piece.length + w) : '';
      const found = (tail ? piece + tail : piece).indexOf(search, Math.max(0, from - start));
      if (found >= 0 && found < piece.length) return start + found;
    }
    return search === '' ? from : -1;
  }

  includes(search: string): boolean {
    return this.indexOf(search) !== -1;
  }

  /** lineEndAt over the pieces: each piece's code units read from `from` to the line end, the piece looked up once. */
  lineEndAt(from: number): number {
    const start = Math.max(0, from);
    if (start >= this.length) return this.length;
    for (let k = this.at(start); k < this.pieces.length; k++) {
      const piece = this.pieces[k];
      const end = lineEndAt(piece, Math.max(0, start - this.starts[k]));
      if (end < piece.length) return this.starts[k] + end;
    }
    return this.length;
  }
}

/**
 * The piece of a document's text that holds `offset`, and where it starts: one of its pieces where it has them (see
 * ItuDocument.pieces; each piece starts a line: the front, then each proposal), else the whole text. A check that
 * reads within one proposal reads its piece, without the whole text joined.
 */
export function pieceAt(doc: { readonly text: string; readonly pieces?: TextSource }, offset: number): { start: number; text: string } {
  const source = doc.pieces;
  if (!(source instanceof PieceText)) return { start: 0, text: doc.text };
  const k = Math.max(0, lowerBound(source.starts, (s) => s <= offset) - 1);
  return { start: source.starts[k], text: source.pieces[k] };
}

/** Each piece of a document's text with where it starts (the whole text as one where it has no pieces). */
export function piecesOf(doc: { readonly text: string; readonly pieces?: TextSource }): { start: number; text: string }[] {
  const source = doc.pieces;
  if (!(source instanceof PieceText)) return [{ start: 0, text: doc.text }];
  return source.pieces.map((text, k) => ({ start: source.starts[k], text }));
}

/** What a check reads of a document's text: its pieces where it has them (see ItuDocument.pieces), else the text. */
export function sourceOf(doc: { readonly text: string; readonly pieces?: TextSource }): TextSource {
  return doc.pieces ?? doc.text;
}
