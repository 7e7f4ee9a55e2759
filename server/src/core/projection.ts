// The two projections of a marked-up text: the new text (every mark accepted)
// and the old text (every mark rejected), each with a map back to the source.
import type { RevisionMark, Span, ViewKind } from './types';

export interface Projection {
  kind: ViewKind;
  text: string;
  /** Sorted by view start and by source start; together they cover the projection exactly. */
  segments: Segments;
}

/**
 * The runs of a projection's text copied from the source, packed three numbers a run (its view start, its
 * source start, its length) in one typed array: no object per run for the young-generation collector to
 * copy (a few thousand a view at 1 MB), and the array's memory lies outside the JavaScript heap.
 */
export class Segments {
  constructor(private readonly data: Int32Array, readonly count: number) {}

  /** Where run `k` starts in the projection. */
  viewStart(k: number): number {
    return this.data[3 * k];
  }
  /** Where run `k` starts in the source. */
  sourceStart(k: number): number {
    return this.data[3 * k + 1];
  }
  /** Run `k`'s length. */
  size(k: number): number {
    return this.data[3 * k + 2];
  }
}

/** Runs added in order; a run that continues the last one in both texts extends it. */
class SegmentsBuilder {
  private data: Int32Array;
  private count = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(3 * Math.max(capacity, 1));
  }

  add(viewStart: number, sourceStart: number, length: number): void {
    const d = this.data;
    const k = this.count - 1;
    if (k >= 0 && d[3 * k + 1] + d[3 * k + 2] === sourceStart && d[3 * k] + d[3 * k + 2] === viewStart) {
      d[3 * k + 2] += length;
      return;
    }
    if (3 * this.count === d.length) {
      const more = new Int32Array(2 * d.length);
      more.set(d);
      this.data = more;
    }
    this.data[3 * this.count] = viewStart;
    this.data[3 * this.count + 1] = sourceStart;
    this.data[3 * this.count + 2] = length;
    this.count++;
  }
  done(): Segments {
    return new Segments(this.data.slice(0, 3 * this.count), this.count);
  }
}

/** Which content span of a mark a projection keeps. */
function kept(mark: RevisionMark, kind: ViewKind): Span | undefined {
  if (mark.kind === 'comment') return undefined;
  return kind === 'new' ? mark.newText : mark.oldText;
}

export function project(source: string, marks: RevisionMark[], kind: ViewKind, start = 0): Projection {
  const parts: string[] = [];
  // At most two runs a mark (the text before it, the part it keeps) and the text after the last.
  const segments = new SegmentsBuilder(2 * marks.length + 1);
  let viewLength = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    segments.add(viewLength, from, to - from);
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
  return { kind, text: parts.join(''), segments: segments.done() };
}

/** The last segment starting before the offset (or at it, unless an end prefers the previous one). */
function segmentAt(segments: Segments, viewOffset: number, preferPrevious: boolean): number {
  // The first segment not before the offset (lowerBound over the packed runs).
  let lo = 0;
  let hi = segments.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments.viewStart(mid);
    if (s < viewOffset || (!preferPrevious && s === viewOffset)) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * Maps a projection offset to the source. At a boundary between two segments a
 * start maps into the following segment and an end into the preceding one, so a
 * mapped range never swallows the delimiters around it.
 */
export function toSource(segments: Segments, viewOffset: number, bias: 'start' | 'end' = 'start'): number {
  if (segments.count === 0) return viewOffset;
  const k = segmentAt(segments, viewOffset, bias === 'end');
  const delta = Math.min(Math.max(viewOffset - segments.viewStart(k), 0), segments.size(k));
  return segments.sourceStart(k) + delta;
}

/** The source range of a projection range; `same` when it is that range (a span to share rather than copy). */
export function rangeToSource(segments: Segments, start: number, end: number, same?: Span): Span {
  const s = toSource(segments, start, 'start');
  const e = Math.max(s, end <= start ? s : toSource(segments, end, 'end'));
  return same !== undefined && same.start === s && same.end === e ? same : { start: s, end: e };
}

/**
 * Maps a source offset into the projection: offsets inside text the projection
 * drops (a deletion in the new text, delimiters) map to where that text was.
 */
export function fromSource(segments: Segments, sourceOffset: number): number {
  // The last segment starting at or before the offset.
  let lo = 0;
  let hi = segments.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments.sourceStart(mid) <= sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  const found = lo - 1;
  if (found < 0) return 0;
  return segments.viewStart(found) + Math.min(sourceOffset - segments.sourceStart(found), segments.size(found));
}
