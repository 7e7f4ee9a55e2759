// Spanish writes the conjunction `y` as `e` before an i-sound: `los considerandos h) e i)`, `g) y h)`. A
// relettering fix that changes the label after the conjunction changes the conjunction with it (review 7,
// H13): `h) e i)` relettered is `i) y j)`, and `g) y h)` relettered the other way is `h) e i)`. The bare
// words `y` and `e` between two labels are Spanish alone among the ITU languages (French `et`, English
// `and`, Russian `и`), so the conjunction itself says the language.

/**
 * The one-letter conjunction standing between two labels of a reference (`text` from `from`, the end of the
 * first label, to `to`, the start of the next), when the next label, written `next`, asks for the other one:
 * where it stands and what it becomes.
 */
export function conjunctionFor(text: string, from: number, to: number, next: string): { start: number; end: number; newText: string } | undefined {
  if (to <= from || to - from > 8) return undefined;
  const m = CONJUNCTION.exec(text.slice(from, to));
  if (!m?.indices?.[1]) return undefined;
  // The i-sound: a label that begins with i (`i)`, `ibis)`).
  const want = /^i/i.test(next) ? 'e' : 'y';
  if (m[1] === want) return undefined;
  const start = from + m.indices[1][0];
  return { start, end: start + 1, newText: want };
}

/** `y` or `e` alone between a label's end and the next label (`) e `, ` y `). */
const CONJUNCTION = /(?:^|[\s)）])([ye])[ \t\u00a0]+$/d;
