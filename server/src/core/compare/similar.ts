// Word similarity of two paragraphs, to decide which changed paragraphs are the
// same paragraph reworded (compared word by word) and which are different ones
// (one deleted, the other inserted, each whole). Words only, case folded:
// punctuation, which every item has (`;`, `,`), would make any two alike.

import { isHan } from './tokens';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return WORD_CHAR.test(ch);
}

/**
 * The hashes (FNV-1a) of a paragraph's words, case folded, sorted: a multiset. One pass, no substrings.
 * A Chinese character is a word of its own, as it is a token of the diff (tokens.ts): Chinese is written
 * without spaces, and a clause read as one word shares nothing with itself reworded (review 8, I8).
 */
export function wordHashes(folded: string): Int32Array {
  const text = folded.toLowerCase();
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400) {
      const cp = text.codePointAt(i)!;
      if (isHan(cp)) {
        if (inWord) out.push(h);
        inWord = false;
        const width = cp > 0xffff ? 2 : 1;
        let w = 0x811c9dc5;
        for (let k = 0; k < width; k++) w = Math.imul(w ^ text.charCodeAt(i + k), 0x01000193);
        out.push(w);
        i += width - 1;
        continue;
      }
    }
    if (isWordChar(c, text[i]!)) {
      if (!inWord) h = 0x811c9dc5;
      inWord = true;
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      out.push(h);
      inWord = false;
    }
  }
  if (inWord) out.push(h);
  return Int32Array.from(out).sort();
}

/** Words two sorted multisets share (counted with multiplicity). */
export function commonWords(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/**
 * What pairing two paragraphs is worth, 0 when they are different paragraphs.
 * They are one paragraph changed when at least half their words are shared
 * (Dice coefficient ≥ 0.5), or when the shorter is nearly all inside the longer
 * (words added to or taken from a paragraph: `further instructs` and `further
 * instructs ITU-T Study Group 17`). The worth is the Dice coefficient, a little
 * more for the same label.
 */
export function pairWeight(a: Int32Array, b: Int32Array, sameLabel: boolean): number {
  const common = commonWords(a, b);
  if (common === 0) return 0;
  const total = a.length + b.length;
  const shorter = Math.min(a.length, b.length);
  if (4 * common < total && !(common >= 0.8 * shorter && (common >= 2 || shorter === 1))) return 0;
  return (2 * common) / total + (sameLabel ? 0.05 : 0);
}

/** The Dice coefficient of two word multisets: shared words over all words, 0 to 1. */
export function dice(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * commonWords(a, b)) / total;
}

/** A run of paragraphs: their labels ('' for none) and word multisets. */
export interface Paragraphs {
  labels: readonly string[];
  words: readonly Int32Array[];
}

/**
 * Pairs draft paragraphs with base paragraphs by word similarity, keeping
 * order and taking the pairing of greatest total weight (`pairWeight`).
 * Paragraphs left unpaired are whole deletions (first) and insertions. One
 * paragraph left between pairs on each side is a pair too when both are items
 * with the same label, or when a quarter of their words are shared: it is the
 * same paragraph, rewritten. The result is runs of (draftStart, draftEnd,
 * baseStart, baseEnd), offsets into the two runs, in order: each a pair, or
 * paragraphs on one side only.
 */
export function pairParagraphs(d: Paragraphs, b: Paragraphs): Int32Array {
  const n = d.words.length;
  const m = b.words.length;
  // best[i * (m + 1) + j]: the greatest weight pairing draft [i, n) with base [j, m).
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const weight = new Float64Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = pairWeight(d.words[i]!, b.words[j]!, d.labels[i] === b.labels[j]);
      weight[i * m + j] = s;
      best[i * w + j] = Math.max(best[(i + 1) * w + j]!, best[i * w + j + 1]!, s > 0 ? s + best[(i + 1) * w + j + 1]! : 0);
    }
  }
  const out: number[] = [];
  const push = (dS: number, dE: number, bS: number, bE: number): void => {
    if (dS < dE || bS < bE) out.push(dS, dE, bS, bE);
  };
  let pi = 0;
  let pj = 0;
  const flush = (toI: number, toJ: number): void => {
    const sameItem = d.labels[pi] !== '' && d.labels[pi] === b.labels[pj];
    if (toI - pi === 1 && toJ - pj === 1 && (sameItem || dice(d.words[pi]!, b.words[pj]!) >= 0.25)) {
      push(pi, toI, pj, toJ);
      return;
    }
    push(pi, pi, pj, toJ);
    push(pi, toI, toJ, toJ);
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = weight[i * m + j]!;
    if (s > 0 && best[i * w + j] === s + best[(i + 1) * w + j + 1]!) {
      flush(i, j);
      push(i, i + 1, j, j + 1);
      pi = ++i;
      pj = ++j;
    } else if (best[i * w + j] === best[(i + 1) * w + j]) i++;
    else j++;
  }
  flush(n, m);
  return Int32Array.from(out);
}
