// Offsets, line ends and edits (core/text.ts).
//   node --import tsx --test test/unit/text.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, type TextEdit } from '../../server/src/core';

/** The definition applyEdits must agree with: one edit at a time, from the end of the text. */
function oneByOne(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** A text and edits on it; some overlap, many share an offset (insertions at one point, an insertion at a replacement's start). */
const textAndEdits = fc.string({ maxLength: 40 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.tuple(fc.nat(text.length), fc.nat(3), fc.string({ maxLength: 3 })).map(([start, length, newText]) => ({ start, end: Math.min(text.length, start + length), newText })),
      { maxLength: 12 },
    ),
  ),
);

describe('applyEdits', () => {
  test('agrees with applying the edits one by one, overlaps included', () => {
    fc.assert(fc.property(textAndEdits, ([text, edits]) => {
      let expected: string | Error;
      try {
        expected = oneByOne(text, edits);
      } catch (e) {
        expected = e as Error;
      }
      if (expected instanceof Error) assert.throws(() => applyEdits(text, edits), { message: expected.message });
      else assert.equal(applyEdits(text, edits), expected);
    }), { numRuns: 2000 });
  });

  test('insertions at one offset: the last given comes first; a replacement there follows them', () => {
    const edits = [{ start: 2, end: 2, newText: 'A' }, { start: 2, end: 4, newText: 'R' }, { start: 2, end: 2, newText: 'B' }];
    assert.equal(applyEdits('0123456', edits), '01BAR456');
  });

  test('does not change the list it is given', () => {
    const edits = [{ start: 3, end: 4, newText: 'x' }, { start: 0, end: 1, newText: 'y' }];
    const copy = structuredClone(edits);
    applyEdits('abcdef', edits);
    assert.deepEqual(edits, copy);
  });

  test('100,000 edits on a 1 MB text: each piece of the text is copied once', () => {
    // A one-by-one rebuild copies about n × length / 2 characters (5·10^10 here) and does not finish in
    // the test's time; one pass copies the text once.
    const text = 'abcdefghij'.repeat(100_000);
    const edits = Array.from({ length: 100_000 }, (_, i) => ({ start: i * 10 + 3, end: i * 10 + 5, newText: 'XYZ' }));
    const out = applyEdits(text, edits);
    assert.equal(out.length, text.length + edits.length);
    assert.equal(out.slice(0, 22), 'abcXYZfghijabcXYZfghij');
  });
});
