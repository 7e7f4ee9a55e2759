// ITU's house style inside a paragraph, as the real texts set it (read in the XML of
// ITU's own .docx, corpus/wtsa16-res1.docx): the label of an item under a call in
// italics (a), b)bis), the bis/ter/quater of a number (1bis.1), a cross-reference to
// a call and its items (considering e), f) and h)), Latin words (inter alia); and
// "Reasons:" in bold. Cross-references in the other five languages (`considérant b) ci-dessus`) are
// those the core reads (core/lang/references.ts): their call and labels are italic too.
import { OPERATIVE_PHRASES, PREAMBLE_PHRASES } from '../core';
import { referenceMatches } from '../core/lang/references';

export interface Emphasis {
  start: number;
  end: number;
  italic?: boolean;
  bold?: boolean;
}

export interface LineRole {
  /** The line's own label is an item label under a call (italic). */
  italicLabel: boolean;
  /** The line is a proposal's Reasons (its word in bold). */
  reasons: boolean;
  /** The whole line is italic already (a call): nothing more to set. */
  italicLine: boolean;
  /** A provision of the RR, CS or CV (`5.338A<TAB>…`, `3<TAB>a)<TAB>…`): its number, this many characters, in bold. */
  provisionNumber?: number;
}

const SUFFIX = 'bis|ter|quater|quinquies|sexies';
const LABEL = new RegExp(`^[a-z]{1,4}\\)(?:${SUFFIX})?(?=\\t| )`);
const NUMBER_SUFFIX = new RegExp(`(?<=\\d|\\))(?:${SUFFIX})(?![a-z])`, 'g');
const LATIN = /\b(?:inter alia|mutatis mutandis)\b/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASES = [...PREAMBLE_PHRASES, ...OPERATIVE_PHRASES].sort((a, b) => b.length - a.length).map(escape).join('|');
const ITEM = `[a-z]{1,4}\\)(?:${SUFFIX})?`;
/** `considering e), f) and h)`, `recognizing further c)`: a call phrase followed by item labels (spaces may be no-break). */
const SPACE = '[ \\u00a0]';
const CROSS_REFERENCE = new RegExp(`\\b(?:${PHRASES})(?:${SPACE}further|${SPACE}also)?(?=${SPACE}${ITEM}(?![\\w(]))((?:(?:,|${SPACE}and|${SPACE}or)?${SPACE}(?:${ITEM})(?![\\w(]))*)`, 'g');

/** Where a line's text (its pieces in order, deleted text included) is italic or bold. */
export function emphasis(text: string, role: LineRole): Emphasis[] {
  if (role.italicLine) return [];
  const out: Emphasis[] = [];
  if (role.reasons) {
    const word = /^[^\t:：]{1,30}[:：]/.exec(text);
    if (word) out.push({ start: 0, end: word[0].length, bold: true });
    return out;
  }
  if (role.provisionNumber) out.push({ start: 0, end: role.provisionNumber, bold: true });
  if (role.italicLabel) {
    const label = LABEL.exec(text);
    if (label) out.push({ start: 0, end: label[0].length, italic: true });
  }
  for (const m of text.matchAll(NUMBER_SUFFIX)) out.push({ start: m.index, end: m.index + m[0].length, italic: true });
  for (const m of text.matchAll(LATIN)) out.push({ start: m.index, end: m.index + m[0].length, italic: true });
  for (const m of text.matchAll(CROSS_REFERENCE)) {
    const labels = m[1] ?? '';
    const phraseEnd = m.index + m[0].length - labels.length;
    out.push({ start: m.index, end: phraseEnd, italic: true });
    for (const l of labels.matchAll(new RegExp(ITEM, 'g'))) out.push({ start: phraseEnd + l.index, end: phraseEnd + l.index + l[0].length, italic: true });
  }
  for (const ref of referenceMatches(text)) {
    if (!ref.phraseAt) continue;
    out.push({ start: ref.phraseAt.index, end: ref.phraseAt.index + ref.phraseAt.length, italic: true });
    for (const t of ref.targets) out.push({ start: t.index, end: t.index + t.label.length, italic: true });
  }
  return merge(out);
}

/** Sorted, overlapping ranges joined (an italic label's bis is inside the label). */
function merge(ranges: Emphasis[]): Emphasis[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: Emphasis[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end && !!last.bold === !!r.bold) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
