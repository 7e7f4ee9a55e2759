// Accepting and rejecting revision marks: edits that keep the new (or old) text of the chosen marks.
import { readAlternatives } from './compile';
import { sourceOf } from './text';
import type { ItuDocument, RevisionMark, Span, TextEdit } from './types';

/**
 * What resolving marks reads of a document's text: the text, or its pieces where reading the text would join it (a
 * version analysed from its edits: joining and flattening a 1 MB text took 6 ms of each preview request).
 */
export type ReviewedText = Pick<ItuDocument, 'text' | 'pieces'>;

export type Review = 'accept' | 'reject';

/** The edit that resolves one mark; an attribution comment right after it goes with it. */
export function resolveMark(doc: ReviewedText, mark: RevisionMark, review: Review): TextEdit {
  const keep = mark.kind === 'comment' ? undefined : review === 'accept' ? mark.newText : mark.oldText;
  const end = mark.attribution ? mark.attribution.end : mark.end;
  return { start: mark.start, end, newText: keep ? sourceOf(doc).slice(keep.start, keep.end) : '' };
}

/** Marks that overlap a range (all marks when none is given); attribution comments are not marks of their own. */
export function marksIn(doc: Pick<ItuDocument, 'marks'>, range?: Span): RevisionMark[] {
  const attributions = new Set(doc.marks.filter((m) => m.attribution).map((m) => m.attribution!.start));
  return doc.marks.filter((m) => {
    if (m.kind === 'comment' && attributions.has(m.start)) return false;
    if (!range) return true;
    return m.start < range.end && range.start < m.end || (range.start === range.end && m.start <= range.start && range.start <= m.end);
  });
}

/**
 * A merged draft's conflict: a mark whose new text is a set of alternatives (`{~~x~>[AAA: y] [BBB: z]~~}`).
 * Accepting it has no meaning (its new text is the parties' brackets): it is resolved by taking one
 * alternative (compile.unresolved's quick fixes), or rejected (review 5, F15).
 */
export function isAlternatives(doc: ReviewedText, m: RevisionMark): boolean {
  if (!((m.kind === 'insertion' || m.kind === 'substitution') && m.newText !== undefined)) return false;
  const text = sourceOf(doc);
  return text.charCodeAt(m.newText.start) === 0x5b /* [ */ && readAlternatives(text.slice(m.newText.start, m.newText.end)) !== undefined;
}

/** The edits accepting or rejecting the marks in a range; accepting leaves sets of alternatives in place (isAlternatives). */
export function reviewEdits(doc: ReviewedText & Pick<ItuDocument, 'marks'>, review: Review, range?: Span, kinds?: RevisionMark['kind'][]): TextEdit[] {
  return marksIn(doc, range)
    .filter((m) => (!kinds || kinds.includes(m.kind)) && (review === 'reject' || !isAlternatives(doc, m)))
    .map((m) => resolveMark(doc, m, review));
}
