// Right-to-left text in a left-to-right editor. VS Code lays out a line that holds right-to-left text
// as a row of parts, each isolated (`unicode-bidi: isolate`) and placed left to right; a part is a run
// of text with one token colour and one set of decorations, and neighbours that look alike are merged.
// Inside a revision mark a label and its item's text look alike (both coloured as inserted text), so
// `{++ب)<TAB>نص++}` became one part and the label was laid out after the text, at its right. Decorating
// the label on its own makes it a part of its own, laid out first, as in an unmarked line (`أ )<TAB>نص`).

/** Hebrew, Arabic, Syriac, Thaana, NKo … and the Arabic presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** A label is short: the first TAB within this many characters of the line's start ends it. */
const LABEL_MAX = 24;

/** The label of a right-to-left line, [start, end) (after a mark's opener), or undefined. */
export function rtlLabel(line: string): [number, number] | undefined {
  if (!RTL.test(line)) return undefined;
  const tab = line.indexOf('\t');
  if (tab <= 0 || tab > LABEL_MAX) return undefined;
  const start = /^\{(?:\+\+|--|~~)/.test(line) ? 3 : 0;
  return tab > start ? [start, tab] : undefined;
}
