// Paragraph alignment of a draft against its base text: patience diff on
// paragraph keys (a list item's text without its label, so that relettered
// items still match), recursing into the gaps and extending over equal
// neighbours; then, inside the gaps, pairing changed paragraphs: on shared word
// trigrams when a gap is large, and by word similarity (an order-keeping best
// pairing) within what is left; and placing elided runs (`…`).
//
// Every gap that comes out is one draft paragraph against one base paragraph,
// or whole paragraphs on one side only: words are compared inside paragraph
// pairs only, so no change ever spans a paragraph break.

import { longestIncreasing } from './lis';
import { pairParagraphs, type Paragraphs } from './similar';

export type RawSegment = {
  kind: 'equal' | 'elision' | 'gap';
  draftStart: number;
  draftEnd: number;
  baseStart: number;
  baseEnd: number;
};

export interface AlignInput {
  /** Folded draft paragraphs. */
  draft: readonly string[];
  /** Folded base paragraphs. */
  base: readonly string[];
  /** What paragraphs are matched on: an item's folded text without its label, after a sign of the label's shape. */
  draftKey: readonly string[];
  baseKey: readonly string[];
  /** Labels (as written, folded) of draft and base paragraphs, '' for none. */
  draftLabel: readonly string[];
  baseLabel: readonly string[];
  /** Sorted word hashes of a key (cached by the caller), for similarity. */
  words: (key: string) => Int32Array;
  /** Ids of the paragraphs (one per text as written, never reused), for cache keys. */
  draftId: readonly number[];
  baseId: readonly number[];
  /** A cache of paragraph pairings by the ids of a gap's paragraphs (`pairParagraphs`' result). */
  pairings?: (key: string, compute: () => Int32Array) => Int32Array;
  /** Draft paragraphs that are elisions. */
  elision: readonly boolean[];
  /** Word-trigram hashes of a folded paragraph (cached by the caller). */
  shingles: (folded: string) => Int32Array;
  /** Gaps of more folded characters than this are split on trigram pairs. */
  splitGapChars: number;
}

const MAX_DEPTH = 24;
/** Most paragraph pairs (draft × base) one gap's similarity pairing may weigh. */
const MAX_PAIR_CELLS = 40_000;

export function align(input: AlignInput): RawSegment[] {
  const out: RawSegment[] = [];
  new Aligner(input, out).exact(0, input.draft.length, 0, input.base.length, 0);
  return out;
}

class Aligner {
  constructor(
    private readonly input: AlignInput,
    private readonly out: RawSegment[],
  ) {}

  private push(kind: RawSegment['kind'], draftStart: number, draftEnd: number, baseStart: number, baseEnd: number): void {
    if (draftStart === draftEnd && baseStart === baseEnd && kind !== 'elision') return;
    const last = this.out[this.out.length - 1];
    if (kind === 'equal' && last?.kind === 'equal' && last.draftEnd === draftStart && last.baseEnd === baseStart) {
      last.draftEnd = draftEnd;
      last.baseEnd = baseEnd;
      return;
    }
    this.out.push({ kind, draftStart, draftEnd, baseStart, baseEnd });
  }

  private same(i: number, j: number): boolean {
    return !this.input.elision[i] && this.input.draftKey[i] === this.input.baseKey[j];
  }

  /** `n` paragraphs matched on their keys: equal, or (a label changed) one-to-one gaps. */
  private matched(ds: number, bs: number, n: number): void {
    const { draft, base } = this.input;
    for (let k = 0; k < n; k++) this.push(draft[ds + k] === base[bs + k] ? 'equal' : 'gap', ds + k, ds + k + 1, bs + k, bs + k + 1);
  }

  /** Patience diff of draft [ds, de) against base [bs, be). */
  exact(ds: number, de: number, bs: number, be: number, depth: number): void {
    while (ds < de && bs < be && this.same(ds, bs)) {
      this.matched(ds, bs, 1);
      ds++;
      bs++;
    }
    let suffix = 0;
    while (de - suffix > ds && be - suffix > bs && this.same(de - 1 - suffix, be - 1 - suffix)) suffix++;
    de -= suffix;
    be -= suffix;

    if (ds < de || bs < be) {
      const anchors = ds < de && bs < be && depth < MAX_DEPTH ? longestIncreasing(this.uniqueCommon(ds, de, bs, be)) : [];
      if (anchors.length === 0) {
        this.gap(ds, de, bs, be, depth);
      } else {
        let pi = ds;
        let pj = bs;
        for (const [i, j] of anchors) {
          this.exact(pi, i, pj, j, depth + 1);
          this.matched(i, j, 1);
          pi = i + 1;
          pj = j + 1;
        }
        this.exact(pi, de, pj, be, depth + 1);
      }
    }
    if (suffix > 0) this.matched(de, be, suffix);
  }

  /** Paragraphs that occur once in draft [ds, de) and once in base [bs, be), in draft order. */
  private uniqueCommon(ds: number, de: number, bs: number, be: number): [number, number][] {
    const { draftKey: draft, baseKey: base, elision } = this.input;
    const inDraft = new Map<string, number>();
    for (let i = ds; i < de; i++) {
      if (elision[i]) continue;
      const t = draft[i]!;
      inDraft.set(t, inDraft.has(t) ? -1 : i);
    }
    const inBase = new Map<string, number>();
    for (let j = bs; j < be; j++) {
      const t = base[j]!;
      if (inDraft.has(t)) inBase.set(t, inBase.has(t) ? -1 : j);
    }
    const pairs: [number, number][] = [];
    for (let i = ds; i < de; i++) {
      if (elision[i]) continue;
      const t = draft[i]!;
      if (inDraft.get(t) !== i) continue;
      const j = inBase.get(t);
      if (j !== undefined && j >= 0) pairs.push([i, j]);
    }
    return pairs;
  }

  /** A stretch with no equal paragraph to anchor on; it may hold elisions. */
  private gap(ds: number, de: number, bs: number, be: number, depth: number): void {
    const elisions: number[] = [];
    for (let i = ds; i < de; i++) if (this.input.elision[i]) elisions.push(i);
    if (elisions.length === 0) {
      this.plainGap(ds, de, bs, be);
      return;
    }
    // The draft parts between elisions take the base paragraphs they pair with;
    // each elision takes what lies between its neighbours' base paragraphs
    // (possibly nothing). A part that pairs with nothing is new text.
    const parts: [number, number][] = [];
    let start = ds;
    for (const e of elisions) {
      parts.push([start, e]);
      start = e + 1;
    }
    parts.push([start, de]);
    const last = parts.length - 1;
    const lo: (number | undefined)[] = new Array(parts.length).fill(undefined);
    const hi: (number | undefined)[] = new Array(parts.length).fill(undefined);
    let p = 0;
    for (const [i, j] of this.trigramPairs(ds, de, bs, be)) {
      while (i >= parts[p]![1]) p++;
      lo[p] ??= j;
      hi[p] = j + 1;
    }
    // A part that shares no trigram rare in the whole stretch may still hold a line in force: a band shortened
    // (`31.5-31.8 GHz,` for `31.5-31.8 GHz,<TAB>in Region 2,`) next to a band added that repeats its numbers
    // (review 9, J30). Its lines are weighed against the paragraphs its neighbours leave it, on every trigram.
    for (let k = 0; k <= last; k++) {
      if (lo[k] !== undefined || parts[k]![0] === parts[k]![1]) continue;
      let from = bs;
      for (let q = k - 1; q >= 0; q--) if (hi[q] !== undefined) { from = hi[q]!; break; }
      let to = be;
      for (let q = k + 1; q <= last; q++) if (lo[q] !== undefined) { to = lo[q]!; break; }
      const pairs = this.containedPairs(parts[k]![0], parts[k]![1], from, to);
      if (pairs.length > 0) {
        lo[k] = pairs[0]![1];
        hi[k] = pairs[pairs.length - 1]![1] + 1;
        continue;
      }
      // Nor one rare trigram with a line in force: an item restated with a word changed in its few (`ii) limited human
      // resources;` for `… financial …`) is still that item where its label says so. Before, the elision took the item in
      // force and the restated one was new text: the old text lost a paragraph, and compile gave the list two ii) (the
      // twenty-sixth session's property test of track).
      const labelled = this.labelledRun(parts[k]![0], parts[k]![1], from, to, k === 0 && from === bs, k === last && to === be);
      if (labelled) [lo[k], hi[k]] = labelled;
    }
    const s: number[] = new Array(parts.length).fill(0);
    const t: number[] = new Array(parts.length).fill(0);
    s[0] = bs;
    t[0] = hi[0] ?? bs;
    s[last] = lo[last] ?? be;
    t[last] = be;
    for (let k = last - 1; k >= 1; k--) {
      s[k] = lo[k] ?? s[k + 1]!;
      t[k] = hi[k] ?? s[k + 1]!;
    }
    for (let k = 0; k <= last; k++) {
      const [pS, pE] = parts[k]!;
      this.exact(pS, pE, s[k]!, t[k]!, depth + 1);
      if (k < last) this.push('elision', elisions[k]!, elisions[k]! + 1, t[k]!, s[k + 1]!);
    }
  }

  /**
   * The base paragraphs [lo, hi) a part between elisions restates, read from labels: where the part touches the
   * stretch's start (`atStart`: nothing elided before it) or end (`atEnd`), its paragraphs from that side on that bear the
   * labels of the base paragraphs from the same side (one after the other, as the text in force has them); elsewhere,
   * the one base paragraph of the part's only labelled paragraph's label that shares most of its words (at least half).
   */
  private labelledRun(ds: number, de: number, bs: number, be: number, atStart: boolean, atEnd: boolean): [number, number] | undefined {
    if (ds >= de || bs >= be) return undefined;
    const { draftLabel, elision } = this.input;
    const same = (i: number, j: number) => !elision[i] && this.sameItem(i, j);
    if (atEnd) {
      let n = 0;
      while (de - 1 - n >= ds && be - 1 - n >= bs && same(de - 1 - n, be - 1 - n)) n++;
      if (n > 0) return [be - n, be];
    }
    if (atStart) {
      let n = 0;
      while (ds + n < de && bs + n < be && same(ds + n, bs + n)) n++;
      if (n > 0) return [bs, bs + n];
    }
    const labelled: number[] = [];
    for (let i = ds; i < de; i++) if (!elision[i] && draftLabel[i] !== '') labelled.push(i);
    if (labelled.length !== 1) return undefined;
    const i = labelled[0]!;
    const mine = new Set(this.input.words(this.input.draftKey[i]!));
    let best = -1;
    let bestShared = 0;
    let tie = false;
    for (let j = bs; j < be; j++) {
      if (!same(i, j)) continue;
      let shared = 0;
      for (const w of new Set(this.input.words(this.input.baseKey[j]!))) if (mine.has(w)) shared++;
      if (shared > bestShared) [best, bestShared, tie] = [j, shared, false];
      else if (shared === bestShared) tie = true;
    }
    if (best < 0 || tie || 2 * bestShared < Math.max(mine.size, 1)) return undefined;
    return [best, best + 1];
  }

  /** A stretch with no elision and no equal paragraph to anchor on. */
  private plainGap(ds: number, de: number, bs: number, be: number): void {
    if (ds === de || bs === be) {
      this.push('gap', ds, de, bs, be);
      return;
    }
    const cells = (de - ds) * (be - bs);
    if (cells > 1 && (cells > MAX_PAIR_CELLS || this.chars(ds, de, bs, be) > this.input.splitGapChars)) {
      // Large: first pair paragraphs that share rare trigrams, then weigh what lies between.
      const anchors = this.trigramPairs(ds, de, bs, be);
      if (anchors.length > 0) {
        let pi = ds;
        let pj = bs;
        for (const [i, j] of anchors) {
          this.pairGap(pi, i, pj, j);
          this.matched(i, j, 1);
          pi = i + 1;
          pj = j + 1;
        }
        this.pairGap(pi, de, pj, be);
        return;
      }
    }
    this.pairGap(ds, de, bs, be);
  }

  /** Pairs draft [ds, de) with base [bs, be) by word similarity (`pairParagraphs`). */
  private pairGap(ds: number, de: number, bs: number, be: number): void {
    const n = de - ds;
    const m = be - bs;
    if (n === 0 || m === 0 || (n === 1 && m === 1 && this.sameItem(ds, bs))) {
      this.push('gap', ds, de, bs, be);
      return;
    }
    if (n * m > MAX_PAIR_CELLS) {
      // Too many to weigh: whole paragraphs out and in.
      this.push('gap', ds, ds, bs, be);
      this.push('gap', ds, de, be, be);
      return;
    }
    const { draftKey, baseKey, draftLabel, baseLabel, draftId, baseId, words, pairings } = this.input;
    const side = (labels: readonly string[], keys: readonly string[], s: number, e: number): Paragraphs => ({
      labels: labels.slice(s, e),
      words: keys.slice(s, e).map(words),
    });
    const compute = (): Int32Array => pairParagraphs(side(draftLabel, draftKey, ds, de), side(baseLabel, baseKey, bs, be));
    const key = `${draftId.slice(ds, de).join(',')}/${baseId.slice(bs, be).join(',')}`;
    const runs = pairings ? pairings(key, compute) : compute();
    for (let k = 0; k < runs.length; k += 4) this.push('gap', ds + runs[k]!, ds + runs[k + 1]!, bs + runs[k + 2]!, bs + runs[k + 3]!);
  }

  /** Both paragraphs are items with the same label. */
  private sameItem(i: number, j: number): boolean {
    const label = this.input.draftLabel[i]!;
    return label !== '' && label === this.input.baseLabel[j];
  }

  private chars(ds: number, de: number, bs: number, be: number): number {
    let n = 0;
    for (let i = ds; i < de; i++) n += this.input.draftKey[i]!.length + 1;
    for (let j = bs; j < be; j++) n += this.input.baseKey[j]!.length + 1;
    return n;
  }

  /**
   * Pairs of draft [ds, de) and base [bs, be) paragraphs where the base paragraph holds most of the draft one's
   * word trigrams (all of them, rare or not), more than any other base paragraph does, and the draft one is
   * the part's paragraph that shares most with it: the same line in force, shortened or lengthened. In order.
   */
  private containedPairs(ds: number, de: number, bs: number, be: number): [number, number][] {
    const { draftKey: draft, baseKey: base, elision, shingles } = this.input;
    if (ds >= de || bs >= be) return [];
    const wanted = new Map<number, number[]>();
    const size: number[] = [];
    for (let i = ds; i < de; i++) {
      if (elision[i]) continue;
      const hs = new Set(shingles(draft[i]!));
      size[i - ds] = hs.size;
      for (const h of hs) {
        const list = wanted.get(h);
        if (list) list.push(i);
        else wanted.set(h, [i]);
      }
    }
    // best[i - ds]: the base paragraph sharing most with draft i, and the runner-up's count.
    const best: { j: number; v: number; second: number }[] = [];
    const bestForBase = new Map<number, { i: number; v: number; second: number }>();
    for (let j = bs; j < be; j++) {
      const votes = new Map<number, number>();
      for (const h of new Set(shingles(base[j]!))) {
        const list = wanted.get(h);
        if (list) for (const i of list) votes.set(i, (votes.get(i) ?? 0) + 1);
      }
      for (const [i, v] of votes) {
        const b = best[i - ds];
        if (b === undefined) best[i - ds] = { j, v, second: 0 };
        else if (v > b.v) best[i - ds] = { j, v, second: b.v };
        else if (v > b.second) b.second = v;
        const bb = bestForBase.get(j);
        if (bb === undefined) bestForBase.set(j, { i, v, second: 0 });
        else if (v > bb.v) bestForBase.set(j, { i, v, second: bb.v });
        else if (v > bb.second) bb.second = v;
      }
    }
    const pairs: [number, number][] = [];
    for (let i = ds; i < de; i++) {
      const b = best[i - ds];
      if (b === undefined || b.v <= b.second || 2 * b.v < size[i - ds]! || b.v < Math.min(2, size[i - ds]!)) continue;
      const bb = bestForBase.get(b.j)!;
      if (bb.i === i && bb.v > bb.second) pairs.push([i, b.j]);
    }
    return longestIncreasing(pairs);
  }

  /**
   * Pairs of changed paragraphs that share word trigrams found nowhere else in
   * the stretch: each paragraph's best partner, kept when the choice is mutual
   * and in order.
   */
  private trigramPairs(ds: number, de: number, bs: number, be: number): [number, number][] {
    const { draftKey: draft, baseKey: base, elision, shingles } = this.input;
    const owner = (side: Map<number, number>, hashes: Int32Array, i: number): void => {
      for (let k = 0; k < hashes.length; k++) {
        const h = hashes[k]!;
        const o = side.get(h);
        side.set(h, o === undefined || o === i ? i : -1);
      }
    };
    const inDraft = new Map<number, number>();
    const size = new Map<number, number>();
    for (let i = ds; i < de; i++) {
      if (elision[i]) continue;
      const hs = shingles(draft[i]!);
      size.set(i, hs.length);
      owner(inDraft, hs, i);
    }
    const inBase = new Map<number, number>();
    const baseSize: number[] = [];
    for (let j = bs; j < be; j++) {
      const hs = shingles(base[j]!);
      baseSize[j - bs] = hs.length;
      owner(inBase, hs, j);
    }
    const width = be - bs;
    const votes = new Map<number, number>();
    for (const [h, i] of inDraft) {
      if (i < 0) continue;
      const j = inBase.get(h);
      if (j === undefined || j < 0) continue;
      const key = (i - ds) * width + (j - bs);
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
    const bestForDraft = new Map<number, { j: number; v: number }>();
    const bestForBase = new Map<number, { i: number; v: number }>();
    for (const [key, v] of votes) {
      const i = ds + Math.floor(key / width);
      const j = bs + (key % width);
      const bd = bestForDraft.get(i);
      if (bd === undefined || v > bd.v) bestForDraft.set(i, { j, v });
      const bb = bestForBase.get(j);
      if (bb === undefined || v > bb.v) bestForBase.set(j, { i, v });
    }
    const pairs: [number, number][] = [];
    for (const [i, { j, v }] of bestForDraft) {
      if (bestForBase.get(j)?.i !== i) continue;
      // One shared trigram is evidence only for short paragraphs.
      if (v >= 2 || Math.min(size.get(i)!, baseSize[j - bs]!) <= 3) pairs.push([i, j]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    return longestIncreasing(pairs);
  }
}
