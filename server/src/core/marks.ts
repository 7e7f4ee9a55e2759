// Revision marks (CriticMarkup) found in one linear pass, with binary searches
// for closers so that thousands of unclosed openers stay O(n log n).
import { lineEndAt, lowerBound } from './text';
import type { Finding, MarkKind, RevisionMark, Span } from './types';

interface Delimiters {
  kind: MarkKind;
  open: string;
  close: string;
}

const DELIMITERS: Delimiters[] = [
  { kind: 'insertion', open: '{++', close: '++}' },
  { kind: 'deletion', open: '{--', close: '--}' },
  { kind: 'substitution', open: '{~~', close: '~~}' },
  { kind: 'comment', open: '{>>', close: '<<}' },
  { kind: 'highlight', open: '{==', close: '==}' },
];

const OPENER = /\{(\+\+|--|~~|>>|==)/g;

function closersOf(text: string, close: string): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(close); at !== -1; at = text.indexOf(close, at + 1)) positions.push(at);
  return positions;
}

/** First element of a sorted array that is >= value, or undefined. */
function firstAtLeast(sorted: number[], value: number): number | undefined {
  return sorted[lowerBound(sorted, (x) => x < value)];
}


export interface MarkScan {
  marks: RevisionMark[];
  findings: Finding[];
}

export function scanMarks(text: string, start = 0): MarkScan {
  const marks: RevisionMark[] = [];
  const findings: Finding[] = [];
  const closers = new Map<MarkKind, number[]>();
  const openers: { at: number; d: Delimiters }[] = [];
  OPENER.lastIndex = start;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const d = DELIMITERS.find((x) => x.open === m[0])!;
    openers.push({ at: m.index, d });
  }
  let cursor = start;
  let lineEnd = -1;
  for (let i = 0; i < openers.length; i++) {
    const { at, d } = openers[i];
    if (at < cursor) continue;
    let list = closers.get(d.kind);
    if (!list) closers.set(d.kind, (list = closersOf(text, d.close)));
    const close = firstAtLeast(list, at + d.open.length);
    if (close === undefined) {
      // Openers come in text order: the line end found for one serves every later opener on its line.
      if (at >= lineEnd) lineEnd = lineEndAt(text, at);
      findings.push({
        code: 'marks.unclosed',
        severity: 'error',
        start: at,
        end: Math.max(at + d.open.length, lineEnd),
        message: `Revision mark ${d.open} is never closed: add ${d.close} where the ${d.kind} text ends.`,
        fix: {
          title: `Close the mark with ${d.close} at the end of the paragraph`,
          edits: [{ start: lineEnd, end: lineEnd, newText: d.close }],
        },
      });
      continue;
    }
    const end = close + d.close.length;
    // Any opener inside this mark is nested: marks do not nest.
    let nested = false;
    for (let j = i + 1; j < openers.length && openers[j].at < close; j++) {
      nested = true;
      findings.push({
        code: 'marks.nested',
        severity: 'error',
        start: openers[j].at,
        end: openers[j].at + 3,
        message: `Revision marks do not nest: ${openers[j].d.open} stands inside ${d.open} … ${d.close}. Close the outer mark first.`,
      });
    }
    const contentStart = at + d.open.length;
    const mark: RevisionMark = { kind: d.kind, start: at, end };
    const content: Span = { start: contentStart, end: close };
    switch (d.kind) {
      case 'insertion':
        mark.newText = content;
        break;
      case 'deletion':
        mark.oldText = content;
        break;
      case 'highlight':
        mark.oldText = content;
        mark.newText = content;
        break;
      case 'comment':
        mark.commentText = content;
        break;
      case 'substitution': {
        const sep = text.indexOf('~>', contentStart);
        if (sep === -1 || sep >= close) {
          findings.push({
            code: 'marks.unclosed',
            severity: 'error',
            start: at,
            end,
            message: 'Substitution {~~old~>new~~} has no ~> between the old and the new text.',
          });
          // Read as a deletion so no text is lost from the old projection.
          mark.kind = 'deletion';
          mark.oldText = content;
        } else {
          mark.oldText = { start: contentStart, end: sep };
          mark.newText = { start: sep + 2, end: close };
        }
        break;
      }
    }
    if (!nested && isEmptyMark(text, mark)) {
      findings.push({
        code: 'marks.empty',
        severity: 'warning',
        start: at,
        end,
        message: `This ${mark.kind} mark has no text: remove it.`,
        fix: { title: 'Remove the empty mark', edits: [{ start: at, end, newText: '' }], safeForFixAll: true },
      });
    }
    marks.push(mark);
    cursor = end;
  }
  attachAuthors(text, marks);
  return { marks, findings };
}

function isEmptyMark(text: string, mark: RevisionMark): boolean {
  // A mark holding only a line break splits or joins paragraphs (as Word records it): not empty.
  const blank = (s?: Span) => !s || (text.slice(s.start, s.end).trim() === '' && !/[\r\n]/.test(text.slice(s.start, s.end)));
  switch (mark.kind) {
    case 'substitution':
      return blank(mark.oldText) && blank(mark.newText);
    case 'comment':
      return blank(mark.commentText);
    default:
      return blank(mark.oldText ?? mark.newText);
  }
}

/** `{++text++}{>>@AFCP<<}`: the comment names the author of the mark before it. */
function attachAuthors(text: string, marks: RevisionMark[]): void {
  for (let i = 0; i + 1 < marks.length; i++) {
    const mark = marks[i];
    const next = marks[i + 1];
    if (mark.kind === 'comment' || next.kind !== 'comment' || next.start !== mark.end || !next.commentText) continue;
    const body = text.slice(next.commentText.start, next.commentText.end).trim();
    if (body.startsWith('@') && body.length > 1) {
      mark.author = body.slice(1).trim();
      mark.attribution = { start: next.start, end: next.end };
    }
  }
}

export function isRevision(mark: RevisionMark): boolean {
  return mark.kind === 'insertion' || mark.kind === 'deletion' || mark.kind === 'substitution';
}

/** Marks (sorted, non-overlapping) that start in [from, to): a binary search, not a scan. */
export function marksStartingIn(marks: RevisionMark[], from: number, to: number): RevisionMark[] {
  const lo = lowerBound(marks, (m) => m.start < from);
  const out: RevisionMark[] = [];
  for (let i = lo; i < marks.length && marks[i].start < to; i++) out.push(marks[i]);
  return out;
}

/** The mark that contains a source offset range, if any. */
export function markAround(marks: RevisionMark[], start: number, end: number): RevisionMark | undefined {
  // The last mark starting at or before `start`.
  const m = marks[lowerBound(marks, (x) => x.start <= start) - 1];
  return m && end <= m.end ? m : undefined;
}

/** Whether [start, end) lies inside the new text of an insertion or substitution. */
export function inNewText(marks: RevisionMark[], start: number, end: number): boolean {
  const m = markAround(marks, start, end);
  return !!m && m.kind !== 'highlight' && !!m.newText && m.newText.start <= start && end <= m.newText.end;
}
