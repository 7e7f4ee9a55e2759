// Word tokens of folded text. Spaces are not tokens: each token records whether
// a space precedes it, so a diff over tokens is not confused by matching spaces,
// and a difference in spacing alone ("ITU-T" / "ITU - T") is still seen.

// A Chinese character (Chinese is written without spaces: each character is a word to the diff, so a change
// is quoted and marked as the characters changed, not as the whole run between two punctuation marks); a
// word (letters, digits, combining marks: the complement of punctuation, symbols, separators and controls,
// less the Chinese characters); a paragraph break; or any other single character.
const HAN_RANGES: readonly (readonly [number, number])[] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2fa1f]];
const HAN = HAN_RANGES.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('');

/** A Chinese character (by code point): one token to the diff, one word to the paragraph pairing (similar.ts). */
export function isHan(codePoint: number): boolean {
  for (const [a, b] of HAN_RANGES) if (codePoint >= a && codePoint <= b) return true;
  return false;
}

const TOKEN = new RegExp(`[${HAN}]|[^\\p{P}\\p{S}\\p{Z}\\p{C}${HAN}]+|\\n|[^\\s\\p{L}\\p{N}\\p{M}]`, 'gu');

export interface Tokens {
  text: string[];
  start: Int32Array;
  end: Int32Array;
  /** 1 when a space precedes the token (folded text has at most one). */
  space: Uint8Array;
}

export function tokenize(folded: string): Tokens {
  const text: string[] = [];
  const starts: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    text.push(m[0]);
    starts.push(m.index);
  }
  const n = text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const space = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const s = starts[k]!;
    start[k] = s;
    end[k] = s + text[k]!.length;
    space[k] = s > 0 && folded.charCodeAt(s - 1) === 0x20 ? 1 : 0;
  }
  return { text, start, end, space };
}

/** FNV-1a of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Hashes of a sample of a paragraph's word trigrams (about one in four, all of
 * them for short paragraphs; the whole paragraph when it has fewer than three
 * tokens), kept small enough to be V8 small integers.
 */
export function shingles(folded: string): Int32Array {
  TOKEN.lastIndex = 0;
  const hashes: number[] = [];
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) hashes.push(hashString(m[0]));
  if (hashes.length === 0) return new Int32Array(0);
  if (hashes.length < 3) {
    let h = 0x2545f491;
    for (const x of hashes) h = Math.imul(h ^ x, 0x01000193);
    return Int32Array.of(h & 0x3fffffff);
  }
  const all: number[] = [];
  for (let k = 0; k + 2 < hashes.length; k++) {
    const h = Math.imul(Math.imul(hashes[k]!, 0x01000193) ^ hashes[k + 1]!, 0x01000193) ^ hashes[k + 2]!;
    all.push(h & 0x3fffffff);
  }
  if (all.length <= 12) return Int32Array.from(all);
  // Sampling by hash value keeps the same trigrams on both sides.
  const sample = all.filter((h) => (h & 3) === 0);
  return Int32Array.from(sample.length >= 4 ? sample : all);
}
