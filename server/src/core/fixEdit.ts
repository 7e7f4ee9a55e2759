// The one way a fix changes what the new text says. Outside a MOD the source changes plainly. Inside
// a MOD the text in force changes only through a revision mark (FORMAT.md §5, §7: a plain edit there is
// an untracked change the meeting would not see), and an edit inside a mark's new text stays inside it;
// a substitution whose new text comes back to its old text is no change and goes (`{~~c~>c~~}` is `c`).
import { comparedParagraphs, sourceSpan, type AmendedResolution } from './base';
import { hunks } from './compare';
import { isMod } from './document';
import { conjunctionFor } from './lang/conjunctions';
import { plainText, revisionMarkup } from './marks';
import { lowerBound } from './text';
import type { ItuDocument, RevisionMark, Span, TextEdit } from './types';

/**
 * What the text in force has where the old text of a MOD differs from it without marks (a
 * base.untracked-change: `d)` typed for the `c)` in force), by the source span of the draft's text; a fix
 * that rewrites that span restores the text in force in the old text instead of marking the slip as a change.
 */
export type InForce = (start: number, end: number) => string | undefined;

export function inForceOf(doc: ItuDocument, amended: readonly AmendedResolution[] | undefined): InForce | undefined {
  if (!amended || amended.length === 0) return undefined;
  let bySpan: Map<string, string> | undefined;
  return (start, end) => {
    if (!bySpan) {
      bySpan = new Map();
      for (const a of amended) {
        if (!a.base || !a.comparison || a.comparison.identical) continue;
        for (const h of hunks(a.comparison)) {
          if (!h.deleted || !h.inserted) continue;
          const span = sourceSpan(doc.views.old, comparedParagraphs(a), h.draft.start, h.draft.end);
          if (doc.text.slice(span.start, span.end) === h.inserted) bySpan.set(`${span.start}:${span.end}`, h.deletedOriginal);
        }
      }
    }
    return bySpan.get(`${start}:${end}`);
  };
}

/** Whether a source offset stands in a MOD or (MOD) proposal. */
export function modAt(doc: ItuDocument, offset: number): boolean {
  const p = doc.proposals[lowerBound(doc.proposals, (q) => q.span.start <= offset) - 1];
  return p !== undefined && offset <= p.span.end && isMod(p);
}

/** The mark whose delimiters enclose [start, end) (a point on a mark's outer edge is outside it). */
function enclosing(marks: readonly RevisionMark[], start: number, end: number): RevisionMark | undefined {
  const m = marks[lowerBound(marks, (x) => x.start < start) - 1];
  return m && end < m.end + (start === end ? 0 : 1) && start > m.start ? m : undefined;
}

/**
 * Whether the range straddles a mark's edge: a mark starts inside (start, end), or the range starts inside
 * a mark (past its opening) and, not enclosed by it, ends beyond it.
 */
function straddles(marks: readonly RevisionMark[], start: number, end: number): boolean {
  const i = lowerBound(marks, (x) => x.start < start);
  const before = marks[i - 1];
  if (before !== undefined && start < before.end) return true;
  const next = marks[i];
  return next !== undefined && next.start < end;
}

/**
 * The edit of the conjunction before the `k`th label of a reference relettered to `label` (Spanish `h) e i)`
 * becomes `i) y j)`: lang/conjunctions.ts), written as newTextEdit writes it; none where the conjunction
 * already fits or marks stand on it. Both relettering fixes of references (numbering's, reference.stale's) ask it.
 */
export function conjunctionEdit(doc: ItuDocument, targets: readonly { source: Span }[], k: number, label: string, mod?: boolean, inForce?: InForce): TextEdit | undefined {
  const and = k > 0 ? conjunctionFor(doc.text, targets[k - 1].source.end, targets[k].source.start, label) : undefined;
  return (and && plainText(doc.marks, and.start, and.end) && newTextEdit(doc, and.start, and.end, and.newText, mod ?? modAt(doc, and.start), inForce)) || undefined;
}

/**
 * The edit that makes the new text read `newText` where the source range [start, end) stands (text the
 * new text shows). `null` when nothing would change; `undefined` when it cannot be written without a
 * mark inside another mark (the range straddles a mark's edge, or lies in old text or a comment).
 * `mod` (by default: whether the range stands in a MOD) decides whether text in force changes through marks;
 * `inForce` says where the old text is not the text in force, to be restored there.
 */
export function newTextEdit(
  doc: ItuDocument,
  start: number,
  end: number,
  newText: string,
  mod = modAt(doc, start),
  inForce?: InForce,
): TextEdit | null | undefined {
  const text = doc.text;
  const oldText = text.slice(start, end);
  if (oldText === newText) return null;
  const m = enclosing(doc.marks, start, end);
  if (m) {
    const side = m.newText;
    if (m.kind === 'highlight' || m.kind === 'comment' || !side || start < side.start || end > side.end) return undefined;
    if (!mod) return { start, end, newText };
    const result = text.slice(side.start, start) + newText + text.slice(end, side.end);
    const old = m.oldText ? text.slice(m.oldText.start, m.oldText.end) : '';
    const whole = { start: m.start, end: m.attribution?.end ?? m.end };
    // Back to the text in force: no mark at all (nor its author's comment).
    if (result === old) return { ...whole, newText: old };
    if (result === '') return { start: m.start, end: m.end, newText: revisionMarkup(old, '') };
    return { start, end, newText };
  }
  if (start < end && straddles(doc.marks, start, end)) return undefined;
  // Text that is not the text in force (a slip without marks) is first put back as in force.
  const was = mod && start < end ? inForce?.(start, end) : undefined;
  if (was !== undefined) return { start, end, newText: was === newText ? newText : revisionMarkup(was, newText) };
  return { start, end, newText: mod ? revisionMarkup(oldText, newText) : newText };
}
