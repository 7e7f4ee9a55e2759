// The two projections of a marked-up text: the new text (every mark accepted)
// and the old text (every mark rejected), each with a map back to the source.
import { LineEnds } from './text';
import type { RevisionMark, Span, ViewKind } from './types';

export interface Projection {
  kind: ViewKind;
  /** The projection's text: the runs of the source joined (ProjectionOf joins them when it is first read). */
  readonly text: string;
  /** The text the runs are copied from. */
  readonly source: string;
  /** Sorted by view start and by source start; together they cover the projection exactly. */
  segments: Segments;
}

/**
 * A projection whose text is joined from the source's runs only when asked for: the parse reads the runs
 * themselves (a paragraph's text is a slice of the source), and what reads the text whole (the projection
 * shown to the user, tests) is rare. Two joined texts of a 1 MB contribution were 4 MB allocated per parse
 * (each a new large object, two bytes a character beyond Latin-1) and held by the parse.
 */
class ProjectionOf implements Projection {
  #joined: string | undefined = undefined;
  constructor(readonly kind: ViewKind, readonly source: string, readonly segments: Segments) {}

  get text(): string {
    return (this.#joined ??= this.segments.join(this.source));
  }
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
  /** The projection's length: where the last run ends. */
  get viewLength(): number {
    return this.count === 0 ? 0 : this.data[3 * this.count - 3] + this.data[3 * this.count - 1];
  }
  /** The projection's text: the runs of `source` joined (the source itself when one run copies all of it). */
  join(source: string): string {
    if (this.count === 1 && this.sourceStart(0) === 0 && this.size(0) === source.length) return source;
    const parts: string[] = new Array(this.count);
    for (let k = 0; k < this.count; k++) parts[k] = source.slice(this.sourceStart(k), this.sourceStart(k) + this.size(k));
    return parts.join('');
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
export function kept(mark: RevisionMark, kind: ViewKind): Span | undefined {
  if (mark.kind === 'comment') return undefined;
  return kind === 'new' ? mark.newText : mark.oldText;
}

export function project(source: string, marks: RevisionMark[], kind: ViewKind, start = 0): Projection {
  // At most two runs a mark (the text before it, the part it keeps) and the text after the last.
  const segments = new SegmentsBuilder(2 * marks.length + 1);
  let viewLength = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    segments.add(viewLength, from, to - from);
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
  return new ProjectionOf(kind, source, segments.done());
}

/**
 * Reads a projection's text from the source's runs without joining it, at offsets asked in order (each
 * not below the one asked before it): its characters and its line ends, each found by a native scan of
 * the source (text.ts LineEnds) that is not repeated.
 */
export class RunReader {
  /** The run holding the last offset asked. */
  private run = 0;
  private readonly lineEnds: LineEnds;
  readonly length: number;
  constructor(private readonly source: string, private readonly segments: Segments) {
    this.lineEnds = new LineEnds(source);
    this.length = segments.viewLength;
  }

  /** The run holding view offset `at` (the last run for the end of the text, count when there is none). */
  private runAt(at: number): number {
    const { segments } = this;
    while (this.run + 1 < segments.count && segments.viewStart(this.run + 1) <= at) this.run++;
    return this.run;
  }

  /** The code unit at `at` (NaN past the end, as String.prototype.charCodeAt). */
  charCodeAt(at: number): number {
    if (at >= this.length) return NaN;
    const k = this.runAt(at);
    return this.source.charCodeAt(this.segments.sourceStart(k) + at - this.segments.viewStart(k));
  }

  /** text.ts lineEndAt(text, from) for the projection's text. */
  lineEndAt(from: number): number {
    const { segments } = this;
    for (let k = this.runAt(from); k < segments.count; k++) {
      const view = segments.viewStart(k);
      const start = segments.sourceStart(k);
      const end = start + segments.size(k);
      const found = this.lineEnds.endAt(start + Math.max(0, from - view));
      if (found < end) return view + found - start;
    }
    return this.length;
  }
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
