// Word diff of one paragraph against the base paragraph it is aligned with (an
// item's label compared as one unit, its text word by word), with jsdiff's Myers
// diff over word tokens, bounded by `maxEditLength`, a semantic clean-up, and
// spaces attached where a careful editor puts them.
//
// The tokens are ours, diffed with `diffArrays`, rather than `diffWords`'s:
// diffWords ignores spacing when it matches words ("ITU-T" equals "ITU - T",
// which folding keeps apart) and reports one text's spacing for common parts,
// so its output cannot be mapped back onto both texts offset for offset.

import { diffArrays } from 'diff';
import { tokenize, type Tokens } from './tokens';

export const EQUAL = 0;
export const INSERT = 1;
export const DELETE = 2;
export type PieceKind = typeof EQUAL | typeof INSERT | typeof DELETE;

/**
 * The result for one gap, in offsets of the gap's folded texts: piece k is
 * `pieces[5k .. 5k+4]` = kind, draftStart, draftEnd, baseStart, baseEnd. An
 * insertion has an empty base range (where it goes in the base), a deletion an
 * empty draft range. Concatenating the draft ranges gives the draft text,
 * the base ranges the base text.
 */
export interface GapDiff {
  pieces: Int32Array;
  /** True when `maxEditLength` or `timeout` was hit and the gap is one deletion plus one insertion. */
  fallback: boolean;
}

export interface WordDiffOptions {
  maxEditLength: number;
  timeout: number;
  semanticCleanup: boolean;
}

interface Item {
  equal: boolean;
  dS: number;
  dE: number;
  bS: number;
  bE: number;
}

class PieceBuilder {
  readonly items: Item[] = [];

  /** Appends a piece, merging it into the previous one when it continues it. */
  push(kind: PieceKind, dS: number, dE: number, bS: number, bE: number): void {
    if (dS === dE && bS === bE) return;
    const equal = kind === EQUAL;
    const last = this.items[this.items.length - 1];
    // Insertions and deletions between two equalities form one change.
    if (last !== undefined && last.equal === equal && last.dE === dS && last.bE === bS) {
      last.dE = dE;
      last.bE = bE;
    } else {
      this.items.push({ equal, dS, dE, bS, bE });
    }
  }
}

type Run = { kind: PieceKind; count: number };

export function diffGap(draft: string, base: string, options: WordDiffOptions): GapDiff {
  if (draft === base) return { pieces: Int32Array.of(EQUAL, 0, draft.length, 0, base.length), fallback: false };
  const d = tokenize(draft);
  const b = tokenize(base);
  const nd = d.text.length;
  const nb = b.text.length;

  let prefix = 0;
  while (prefix < nd && prefix < nb && d.text[prefix] === b.text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < nd - prefix && suffix < nb - prefix && d.text[nd - 1 - suffix] === b.text[nb - 1 - suffix]) suffix++;

  const runs: Run[] = [{ kind: EQUAL, count: prefix }];
  let fallback = false;
  const dMid = d.text.slice(prefix, nd - suffix);
  const bMid = b.text.slice(prefix, nb - suffix);
  if (dMid.length > 0 && bMid.length > 0 && editLowerBound(dMid, bMid, options.maxEditLength) <= options.maxEditLength) {
    const result = diffArrays(bMid, dMid, { maxEditLength: options.maxEditLength, timeout: options.timeout });
    if (result === undefined) {
      fallback = true;
      runs.push({ kind: DELETE, count: bMid.length }, { kind: INSERT, count: dMid.length });
    } else {
      for (const c of result) runs.push({ kind: c.added ? INSERT : c.removed ? DELETE : EQUAL, count: c.count });
    }
  } else {
    fallback = dMid.length > 0 && bMid.length > 0;
    runs.push({ kind: DELETE, count: bMid.length }, { kind: INSERT, count: dMid.length });
  }
  runs.push({ kind: EQUAL, count: suffix });
  if (!fallback) slideEdits(runs, d, b);

  let items = walk(runs, d, b, draft.length, base.length);
  if (!fallback && options.semanticCleanup) items = cleanupSemantic(items, draft);
  items = moveWhitespaceOut(items, draft, base);
  attachSpaces(items, draft, base);
  return { pieces: toPieces(items), fallback };
}

/** A paragraph read as an item: its label as written ('' for none), the length of the part a relettering changes, and the folded text after the label. */
export interface ItemText {
  label: string;
  /** `c` of `c)`, `1.2` of `1.2`: what a relettering substitutes. */
  core: number;
  body: string;
  /**
   * What the paragraph is matched on: the body, after a sign of the label's shape (an item `x)`,
   * a clause of so many levels), so that an item relettered still matches and a clause `9.3`
   * does not match an item `d)` of the same words.
   */
  key: string;
}

/**
 * One paragraph against the base paragraph it is aligned with. When both are
 * items, the label is one unit (a relettering is `{~~c~>d~~})`, the separator
 * outside the mark) and only the texts after the labels are compared word by
 * word; otherwise the whole paragraphs are.
 */
export function diffItem(draft: string, base: string, d: ItemText, b: ItemText, options: WordDiffOptions): GapDiff {
  if (!d.label || !b.label) return diffGap(draft, base, options);
  const dOff = d.label.length + 1;
  const bOff = b.label.length + 1;
  const out: number[] = [];
  if (d.label === b.label) {
    out.push(EQUAL, 0, dOff, 0, bOff);
  } else {
    // `c)` → `d)`: the letters change, `)` stays; `b)bis` → `c)`: the whole label changes.
    const sameRest = d.label.slice(d.core) === b.label.slice(b.core);
    const dc = sameRest ? d.core : d.label.length;
    const bc = sameRest ? b.core : b.label.length;
    out.push(DELETE, 0, 0, 0, bc, INSERT, 0, dc, bc, bc, EQUAL, dc, dOff, bc, bOff);
  }
  const body = diffGap(d.body, b.body, options);
  const p = body.pieces;
  for (let k = 0; k < p.length; k += 5) {
    const [kind, dS, dE, bS, bE] = [p[k]!, p[k + 1]! + dOff, p[k + 2]! + dOff, p[k + 3]! + bOff, p[k + 4]! + bOff];
    const n = out.length;
    if (kind === EQUAL && out[n - 5] === EQUAL && out[n - 3] === dS && out[n - 1] === bS) {
      out[n - 3] = dE;
      out[n - 1] = bE;
    } else out.push(kind, dS, dE, bS, bE);
  }
  return { pieces: Int32Array.from(out), fallback: body.fallback };
}

/**
 * A lower bound of the insertions plus deletions between two token lists: the
 * tokens one has more often than the other. When it is past `maxEditLength`,
 * Myers would only spend its whole budget to give up.
 */
function editLowerBound(a: readonly string[], b: readonly string[], max: number): number {
  if (a.length + b.length <= max) return 0;
  const count = new Map<string, number>();
  for (const t of a) count.set(t, (count.get(t) ?? 0) + 1);
  for (const t of b) count.set(t, (count.get(t) ?? 0) - 1);
  let bound = 0;
  for (const c of count.values()) bound += Math.abs(c);
  return bound;
}

const PUNCTUATION = /^[,;:.]$/;

/**
 * Where words inserted or deleted between kept words can sit in more than one
 * place (`operators, mobile operators` less `, mobile operators`: Myers may
 * take `operators, mobile ` before the second `operators`), they are put where
 * they read as a whole list element or clause: starting with its comma or
 * semicolon, and ending before punctuation or at the end. Ties keep Myers' place.
 */
function slideEdits(runs: Run[], d: Tokens, b: Tokens): void {
  let i = 0; // base token
  let j = 0; // draft token
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const prev = runs[k - 1];
    const next = runs[k + 1];
    if (run.kind !== EQUAL && run.count > 0 && prev?.kind === EQUAL && next?.kind === EQUAL) {
      const toks = run.kind === DELETE ? b.text : d.text;
      const start = run.kind === DELETE ? i : j;
      const n = run.count;
      const score = (s: number): number => {
        const after = toks[s + n];
        return (PUNCTUATION.test(toks[s]!) ? 2 : 0) + (after === undefined || PUNCTUATION.test(after) ? 1 : 0);
      };
      let left = 0;
      while (left < prev.count && toks[start - 1 - left] === toks[start + n - 1 - left]) left++;
      let right = 0;
      while (right < next.count && toks[start + right] === toks[start + n + right]) right++;
      let best = 0;
      let bestScore = score(start);
      for (let shift = -left; shift <= right; shift++) {
        const sc = score(start + shift);
        if (sc > bestScore) [best, bestScore] = [shift, sc];
      }
      prev.count += best;
      next.count -= best;
      if (run.kind === DELETE) i += best;
      else j += best;
    }
    if (run.kind !== INSERT) i += run.count;
    if (run.kind !== DELETE) j += run.count;
  }
}

/** Turns token runs into character pieces; a space before a token belongs to the token. */
function walk(runs: Run[], d: Tokens, b: Tokens, draftLength: number, baseLength: number): Item[] {
  const out = new PieceBuilder();
  let i = 0; // base token
  let j = 0; // draft token
  let dPos = 0;
  let bPos = 0;
  for (const run of runs) {
    if (run.count === 0) continue;
    if (run.kind === INSERT) {
      const end = d.end[j + run.count - 1]!;
      out.push(INSERT, dPos, end, bPos, bPos);
      dPos = end;
      j += run.count;
    } else if (run.kind === DELETE) {
      const end = b.end[i + run.count - 1]!;
      out.push(DELETE, dPos, dPos, bPos, end);
      bPos = end;
      i += run.count;
    } else {
      for (let k = 0; k < run.count; k++, i++, j++) {
        const dSpace = d.space[j] === 1;
        const bSpace = b.space[i] === 1;
        if (dSpace !== bSpace) {
          if (dSpace) out.push(INSERT, dPos, d.start[j]!, bPos, bPos);
          else out.push(DELETE, dPos, dPos, bPos, b.start[i]!);
          dPos = d.start[j]!;
          bPos = b.start[i]!;
        }
        out.push(EQUAL, dPos, d.end[j]!, bPos, b.end[i]!);
        dPos = d.end[j]!;
        bPos = b.end[i]!;
      }
    }
  }
  // Folded text has no trailing space, so the tokens reach the ends.
  if (dPos !== draftLength || bPos !== baseLength) throw new Error('compare: token walk did not cover the text');
  return out.items;
}

/**
 * Semantic clean-up (the rule of diff-match-patch's cleanupSemantic): an
 * equality between two changes that is no longer than the larger side of each
 * of them is folded into one change, so a rewritten passage is one
 * substitution, not confetti matched on "the" and "of". Only an equality of
 * small words (at most two, of at most four letters) or punctuation is folded:
 * a word the delegate kept ("problem", "Internet service providers") stays
 * outside the marks, as a careful editor leaves it. Paragraph breaks are never
 * folded, so paragraphs stay apart.
 */
function cleanupSemantic(items: Item[], draft: string): Item[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k + 1 < items.length; k++) {
      const e = items[k]!;
      const a = items[k - 1]!;
      const c = items[k + 1]!;
      if (!e.equal || a.equal || c.equal) continue;
      const len = e.dE - e.dS;
      const nl = draft.indexOf('\n', e.dS);
      if (nl >= 0 && nl < e.dE) continue;
      if (len <= Math.max(a.dE - a.dS, a.bE - a.bS) && len <= Math.max(c.dE - c.dS, c.bE - c.bS) && smallWords(draft.slice(e.dS, e.dE))) {
        items.splice(k - 1, 3, { equal: false, dS: a.dS, dE: c.dE, bS: a.bS, bE: c.bE });
        changed = true;
      }
    }
  }
  return items;
}

/** At most two words, none longer than four letters (punctuation aside): "of the", "and", ", ". */
function smallWords(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.length <= 2 && words.every((w) => w.length <= 4);
}

/** A space or paragraph break that starts (or ends) both sides of a substitution belongs outside it. */
function moveWhitespaceOut(items: Item[], draft: string, base: string): Item[] {
  const out = new PieceBuilder();
  const isSep = (c: number): boolean => c === 0x20 || c === 0x0a;
  for (const it of items) {
    if (it.equal || it.dS === it.dE || it.bS === it.bE) {
      out.push(it.equal ? EQUAL : DELETE, it.dS, it.equal ? it.dE : it.dS, it.bS, it.bE);
      if (!it.equal) out.push(INSERT, it.dS, it.dE, it.bE, it.bE);
      continue;
    }
    let { dS, bS } = it;
    const { dE, bE } = it;
    while (dS < dE && bS < bE && isSep(draft.charCodeAt(dS)) && draft.charCodeAt(dS) === base.charCodeAt(bS)) {
      out.push(EQUAL, dS, dS + 1, bS, bS + 1);
      dS++;
      bS++;
    }
    let tail = 0;
    while (
      dE - tail > dS &&
      bE - tail > bS &&
      isSep(draft.charCodeAt(dE - 1 - tail)) &&
      draft.charCodeAt(dE - 1 - tail) === base.charCodeAt(bE - 1 - tail)
    ) {
      tail++;
    }
    out.push(DELETE, dS, dS, bS, bE - tail);
    out.push(INSERT, dS, dE - tail, bE - tail, bE - tail);
    out.push(EQUAL, dE - tail, dE, bE - tail, bE);
  }
  return out.items;
}

/** Characters a word can start with: not white space and not closing punctuation. */
function startsWord(c: number): boolean {
  return !Number.isNaN(c) && c !== 0x20 && c !== 0x0a && !',;:.!?)]}’”»'.includes(String.fromCharCode(c));
}

/**
 * A careful editor's spacing. A word diff gives each token the space before
 * it, so words inserted or deleted between two words come out as
 * `a{++ new++} b`. Between words the mark is moved to start at its first word
 * and take the space after it, `a {++new ++}b`, as Word's smart cut does;
 * before punctuation or at the end it keeps its leading space,
 * `available{++ in all six languages++};`. Neither projection gets a double space.
 */
function attachSpaces(items: Item[], draft: string, base: string): void {
  for (let k = 1; k + 1 < items.length; k++) {
    const prev = items[k - 1]!;
    const it = items[k]!;
    const next = items[k + 1]!;
    if (it.equal || !prev.equal || !next.equal || next.dE - next.dS < 2) continue;
    const insertion = it.bS === it.bE;
    if (!insertion && it.dS !== it.dE) continue;
    const text = insertion ? draft : base;
    const [s, e] = insertion ? [it.dS, it.dE] : [it.bS, it.bE];
    if (text.charCodeAt(s) !== 0x20 || text.charCodeAt(e) !== 0x20 || !startsWord(text.charCodeAt(e + 1))) continue;
    prev.dE++;
    prev.bE++;
    it.dS++;
    it.dE++;
    it.bS++;
    it.bE++;
    if (insertion) it.bS = it.bE = prev.bE;
    else it.dS = it.dE = prev.dE;
    next.dS++;
    next.bS++;
  }
}

function toPieces(items: Item[]): Int32Array {
  const parts: number[] = [];
  for (const it of items) {
    if (it.equal) {
      parts.push(EQUAL, it.dS, it.dE, it.bS, it.bE);
      continue;
    }
    if (it.bS < it.bE) parts.push(DELETE, it.dS, it.dS, it.bS, it.bE);
    if (it.dS < it.dE) parts.push(INSERT, it.dS, it.dE, it.bE, it.bE);
  }
  return Int32Array.from(parts);
}
