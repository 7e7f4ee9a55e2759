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

/** A folded paragraph and where each of its characters came from. */
export class FoldedText {
  readonly text: string;
  private offsets: Int32Array | undefined;

  constructor(readonly original: string) {
    this.text = foldWhitespace(original);
  }

  /**
   * `map[i]` is the offset in the original string of folded character `i`; a
   * folded space maps to the start of its white-space run, and `map[i + 1]` to
   * the run's end, so a folded range [a, b) maps to [map[a], map[b]).
   * `map[text.length]` is the end of the last non-space character.
   * Computed when first asked for.
   */
  get map(): Int32Array {
    this.offsets ??= foldMap(this.original, this.text);
    return this.offsets;
  }
}

export function foldWithMap(s: string): FoldedText {
  return new FoldedText(s);
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

/** A paragraph standing for unchanged text left out (FORMAT.md §5). */
export function isElision(folded: string): boolean {
  return folded === '…' || folded === '...';
}
