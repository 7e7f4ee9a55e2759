// Offsets ↔ line/character positions, and applying edits.
import type { TextEdit } from './types';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and UTF-16 character. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offset(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] - 1 : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

/**
 * Applies non-overlapping edits given in source offsets, in one pass: the untouched pieces and the new
 * texts are joined once, so the cost grows with the text and the edits, not with their product.
 * Edits at one offset apply in reverse order of the list (the last given ends up first), as they
 * always have; overlapping edits throw.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Sorted from the end; walked from the front. The stable sort keeps ties in list order.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.end > sorted[i - 1].start) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i];
    parts.push(text.slice(cursor, e.start), e.newText);
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** The first index of a sorted array whose item is not `before` the key (items before it all are). */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
