// Word similarity of two paragraphs, to decide which changed paragraphs are the
// same paragraph reworded (compared word by word) and which are different ones
// (one deleted, the other inserted, each whole). Words only: punctuation and
// the words every paragraph shares ("the", "of") would make any two alike.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function hashWord(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The hashes of a paragraph's words (case folded), sorted: a multiset. */
export function wordHashes(folded: string): Int32Array {
  const out: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) out.push(hashWord(m[0].toLowerCase()));
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
