// Accepting and rejecting revision marks: edits that keep the new (or old) text of the chosen marks.
import type { ItuDocument, RevisionMark, Span, TextEdit } from './types';

export type Review = 'accept' | 'reject';

/** The edit that resolves one mark; an attribution comment right after it goes with it. */
export function resolveMark(doc: ItuDocument, mark: RevisionMark, review: Review): TextEdit {
  const keep = mark.kind === 'comment' ? undefined : review === 'accept' ? mark.newText : mark.oldText;
  const end = mark.attribution ? mark.attribution.end : mark.end;
  return { start: mark.start, end, newText: keep ? doc.text.slice(keep.start, keep.end) : '' };
}

/** Marks that overlap a range (all marks when none is given); attribution comments are not marks of their own. */
export function marksIn(doc: ItuDocument, range?: Span): RevisionMark[] {
  const attributions = new Set(doc.marks.filter((m) => m.attribution).map((m) => m.attribution!.start));
  return doc.marks.filter((m) => {
    if (m.kind === 'comment' && attributions.has(m.start)) return false;
    if (!range) return true;
    return m.start < range.end && range.start < m.end || (range.start === range.end && m.start <= range.start && range.start <= m.end);
  });
}

export function reviewEdits(doc: ItuDocument, review: Review, range?: Span, kinds?: RevisionMark['kind'][]): TextEdit[] {
  return marksIn(doc, range)
    .filter((m) => !kinds || kinds.includes(m.kind))
    .map((m) => resolveMark(doc, m, review));
}
