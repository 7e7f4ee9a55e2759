// White-space folding (FORMAT.md §7): NBSP, tabs and runs of white space count
// as one space, and a paragraph's leading and trailing white space does not count.

/** The characters JavaScript's `\s` matches (all of them are BMP code units). */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Folds every run of white space to one space and trims. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A span of the white-space folded text to compare as `key` instead (a label's other spelling). */
export interface Respelling {
  start: number;
  end: number;
  key: string;
}

/** Finds the spans of a white-space folded text that compare as another text (sorted, not overlapping). */
export type Respeller = (folded: string, original: string) => readonly Respelling[];

/** A folded paragraph and where each of its characters came from. */
export class FoldedText {
  readonly text: string;
  private offsets: Int32Array | undefined;
  /** The white-space folded text and its respelled spans, when there are any. */
  private readonly respelled: { folded: string; spans: readonly Respelling[] } | undefined;

  constructor(readonly original: string, respell?: Respeller) {
    const folded = foldWhitespace(original);
    const spans = respell && folded !== '' ? respell(folded, original) : undefined;
    if (spans && spans.length) {
      let text = '';
      let at = 0;
      for (const r of spans) {
        text += folded.slice(at, r.start) + r.key;
        at = r.end;
      }
      this.text = text + folded.slice(at);
      this.respelled = { folded, spans };
    } else {
      this.text = folded;
    }
  }

  /**
   * `map[i]` is the offset in the original string of folded character `i`; a
   * folded space maps to the start of its white-space run, and `map[i + 1]` to
   * the run's end, so a folded range [a, b) maps to [map[a], map[b]).
   * `map[text.length]` is the end of the last non-space character.
   * Computed when first asked for.
   */
  get map(): Int32Array {
    if (this.offsets === undefined) {
      const r = this.respelled;
      this.offsets = r ? respellMap(foldMap(this.original, r.folded), r.folded, r.spans, this.text.length) : foldMap(this.original, this.text);
    }
    return this.offsets;
  }
}

export function foldWithMap(s: string, respell?: Respeller): FoldedText {
  return new FoldedText(s, respell);
}

/**
 * The map of a respelled text, from the map of the white-space folded one. Inside a span, the part it
 * shares with its key at the start and at the end maps character for character, the part between to
 * the part between; a part written and not in the key goes with the character after it (`أ )` compared
 * as `أ)`: the `)` maps from the space), so that the range of a letter is that letter as written (a
 * substitution of it never takes in the space) and the map stays monotone.
 */
function respellMap(folded: Int32Array, text: string, spans: readonly Respelling[], length: number): Int32Array {
  const map = new Int32Array(length + 1);
  let j = 0;
  let i = 0;
  for (const r of spans) {
    while (i < r.start) map[j++] = folded[i++]!;
    const written = r.end - r.start;
    const k = r.key.length;
    let head = 0;
    while (head < written && head < k && text.charCodeAt(r.start + head) === r.key.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < written - head && tail < k - head && text.charCodeAt(r.end - 1 - tail) === r.key.charCodeAt(k - 1 - tail)) tail++;
    const mid = written - head - tail;
    const keyMid = k - head - tail;
    for (let t = 0; t < k; t++) {
      // The first shared character after a part dropped takes that part in (`)` of `أ )` maps from the space).
      const at = t < head ? r.start + t : t === k - tail ? r.start + head + Math.min(keyMid, mid) : t > k - tail ? r.end - (k - t) : r.start + head + Math.min(t - head, mid);
      map[j++] = folded[at]!;
    }
    i = r.end;
  }
  while (i < text.length) map[j++] = folded[i++]!;
  map[j] = folded[text.length]!;
  return map;
}

function foldMap(s: string, text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  const n = s.length;
  let i = 0;
  while (i < n && isWhitespace(s.charCodeAt(i))) i++;
  for (let k = 0; k < text.length; k++) {
    map[k] = i;
    if (isWhitespace(s.charCodeAt(i))) {
      while (i < n && isWhitespace(s.charCodeAt(i))) i++;
    } else {
      i++;
    }
  }
  map[text.length] = i;
  return map;
}

/**
 * A paragraph that is only an omission mark: `…` or `...` (FORMAT.md §5), and as delegates and ITU's own
 * quotations also write it, in square brackets or parentheses (`[…]`, `(...)`, `（…）`) or as spaced dots
 * (`. . .`). Such a paragraph can mean nothing but text left out (docs/format-decisions.md, review 5, F23).
 */
const DOTS = String.raw`(?:…|\.\.\.|\.[ \u00A0]\.[ \u00A0]\.)`;
const ELISION = new RegExp(String.raw`^\s*(?:${DOTS}|\[\s*${DOTS}\s*\]|[(（]\s*${DOTS}\s*[)）])\s*$`);

/** A paragraph standing for unchanged text left out (FORMAT.md §5), as written or white-space folded. */
export function isElision(text: string): boolean {
  return ELISION.test(text);
}
