// The two projections of a marked-up text: the new text (every mark accepted)
// and the old text (every mark rejected), each with a map back to the source.
import { lowerBound } from './text';
import type { RevisionMark, Segment, Span, ViewKind } from './types';

export interface Projection {
  kind: ViewKind;
  text: string;
  /** Sorted by viewStart and by sourceStart; together they cover the projection exactly. */
  segments: Segment[];
}

/** Which content span of a mark a projection keeps. */
function kept(mark: RevisionMark, kind: ViewKind): Span | undefined {
  if (mark.kind === 'comment') return undefined;
  return kind === 'new' ? mark.newText : mark.oldText;
}

export function project(source: string, marks: RevisionMark[], kind: ViewKind, start = 0): Projection {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let viewLength = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    const last = segments[segments.length - 1];
    if (last && last.sourceStart + last.length === from && last.viewStart + last.length === viewLength) {
      last.length += to - from;
    } else {
      segments.push({ viewStart: viewLength, sourceStart: from, length: to - from });
    }
    parts.push(source.slice(from, to));
    viewLength += to - from;
  };
  let cursor = start;
  for (const mark of marks) {
    copy(cursor, mark.start);
    const span = kept(mark, kind);
    if (span) copy(span.start, span.end);
    cursor = mark.end;
  }
  copy(cursor, source.length);
  return { kind, text: parts.join(''), segments };
}

/** The last segment starting before the offset (or at it, unless an end prefers the previous one). */
function segmentAt(segments: Segment[], viewOffset: number, preferPrevious: boolean): number {
  const after = lowerBound(segments, (s) => s.viewStart < viewOffset || (!preferPrevious && s.viewStart === viewOffset));
  return Math.max(0, after - 1);
}

/**
 * Maps a projection offset to the source. At a boundary between two segments a
 * start maps into the following segment and an end into the preceding one, so a
 * mapped range never swallows the delimiters around it.
 */
export function toSource(segments: Segment[], viewOffset: number, bias: 'start' | 'end' = 'start'): number {
  if (segments.length === 0) return viewOffset;
  const seg = segments[segmentAt(segments, viewOffset, bias === 'end')];
  const delta = Math.min(Math.max(viewOffset - seg.viewStart, 0), seg.length);
  return seg.sourceStart + delta;
}

/** The source range of a projection range; `same` when it is that range (a span to share rather than copy). */
export function rangeToSource(segments: Segment[], start: number, end: number, same?: Span): Span {
  const s = toSource(segments, start, 'start');
  const e = Math.max(s, end <= start ? s : toSource(segments, end, 'end'));
  return same !== undefined && same.start === s && same.end === e ? same : { start: s, end: e };
}

/**
 * Maps a source offset into the projection: offsets inside text the projection
 * drops (a deletion in the new text, delimiters) map to where that text was.
 */
export function fromSource(segments: Segment[], sourceOffset: number): number {
  const found = lowerBound(segments, (s) => s.sourceStart <= sourceOffset) - 1;
  if (found < 0) return 0;
  const seg = segments[found];
  return seg.viewStart + Math.min(sourceOffset - seg.sourceStart, seg.length);
}
