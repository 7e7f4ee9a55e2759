// Two rounds of edits composed into one (core/text.ts composeEdits, Fix all's rounds): generated texts and rounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, composeEdits, type TextEdit } from '../../server/src/core';
import { cases } from '../support/scale';

/** Disjoint edits of a text of `length` (insertions at one place may repeat, as applyEdits allows). */
const editsOf = (length: number) =>
  fc.array(fc.tuple(fc.nat(length), fc.nat(4), fc.string({ maxLength: 5 })), { maxLength: 6 }).map((raw) => {
    const out: TextEdit[] = [];
    let at = 0;
    for (const [gap, width, newText] of [...raw].sort((a, b) => a[0] - b[0])) {
      const start = Math.max(at, Math.min(gap, length));
      const end = Math.min(length, start + width);
      out.push({ start, end, newText });
      at = end;
    }
    return out;
  });

test('composeEdits: the composed edits make from the first text what the two rounds make, disjoint and sorted', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 30 }).chain((text) => editsOf(text.length).chain((first) => {
        const middle = applyEdits(text, first);
        return editsOf(middle.length).map((second) => ({ text, first, middle, second }));
      })),
      ({ text, first, middle, second }) => {
        const result = applyEdits(middle, second);
        const composed = composeEdits(first, second, result);
        assert.equal(applyEdits(text, composed), result);
        for (let k = 1; k < composed.length; k++) assert.ok(composed[k - 1].end < composed[k].start || (composed[k - 1].end <= composed[k].start && composed[k - 1].start < composed[k].start), JSON.stringify(composed));
        for (const e of composed) assert.ok(e.start <= e.end && e.end <= text.length);
      },
    ),
    { numRuns: cases(3000) },
  );
  // Examples: an edit of the second round inside what the first wrote, and one beside it in text both keep.
  assert.deepEqual(composeEdits([{ start: 2, end: 3, newText: 'XYZ' }], [{ start: 3, end: 4, newText: 'q' }, { start: 7, end: 8, newText: '' }], 'abXqZdf'), [
    { start: 2, end: 3, newText: 'XqZ' },
    { start: 5, end: 6, newText: '' },
  ]);
});
