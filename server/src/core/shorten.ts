// User text shortened for a message, an outline detail or a title: cut at a code point boundary, never inside a
// surrogate pair (an emoji, a CJK Extension B character such as 𠀋): a lone half is no character, and the editor
// showed it as "�" (review: outline details and numbering.gap's "with a space for the TAB" quote).

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The first `n` code units of `text`, one fewer where the last of them is the first half of a surrogate pair. */
export function headOf(text: string, n: number): string {
  if (n <= 0) return '';
  if (n >= text.length) return text;
  return isHighSurrogate(text.charCodeAt(n - 1)) && isLowSurrogate(text.charCodeAt(n)) ? text.slice(0, n - 1) : text.slice(0, n);
}

/** The last `n` code units of `text`, one fewer where the first of them is the second half of a surrogate pair. */
export function tailOf(text: string, n: number): string {
  if (n <= 0) return '';
  if (n >= text.length) return text;
  const start = text.length - n;
  return isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)) ? text.slice(start + 1) : text.slice(start);
}

/**
 * `text` as it is when at most `max` code units long; else its first `keep` code units (by default `max - 1`, room for
 * the ellipsis), cut at a code point boundary (headOf), and `ellipsis`.
 */
export function ellipsized(text: string, max: number, keep = max - 1, ellipsis = '…'): string {
  return text.length > max ? headOf(text, keep) + ellipsis : text;
}
