// PieceText (core/text.ts) reads a text kept in pieces as the joined string reads: what the document-wide
// checks and finishFindings ask of it (slice, indexOf, includes, charCodeAt, length) over random pieces.
//   node --import tsx --test test/unit/piece-text.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineEndIn, PieceText, type TextSource } from '../../server/src/core/text';
import { cases } from '../support/scale';

const RUNS = Number(process.env.PROPERTY_RUNS ?? cases(200));
const piecesArb = fc.array(fc.array(fc.constantFrom('a', 'b', '\n', '\r', ' ', '“', '\t'), { maxLength: 12 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 8 });
const make = (pieces: string[]) => {
  const starts: number[] = [];
  let at = 0;
  for (const p of pieces) {
    starts.push(at);
    at += p.length;
  }
  return new PieceText(starts, pieces);
};

test('PieceText reads as the joined text: length, charCodeAt, slice, indexOf, includes', () => {
  fc.assert(fc.property(piecesArb, fc.integer({ min: -3, max: 60 }), fc.integer({ min: -3, max: 60 }), fc.constantFrom('\n', '\r\n', 'ab', 'b\na', '“', 'x', ''), (pieces, a, b, needle) => {
    const whole = pieces.join('');
    const t = make(pieces);
    assert.equal(t.length, whole.length);
    for (let i = -1; i <= whole.length; i++) assert.ok(Object.is(t.charCodeAt(i), whole.charCodeAt(i)), `charCodeAt(${i})`);
    assert.equal(t.slice(a, b), whole.slice(a, b));
    assert.equal(t.slice(a), whole.slice(a));
    assert.equal(t.includes(needle), whole.includes(needle));
    for (let from = 0; from <= whole.length; from++) assert.equal(t.indexOf(needle, from), whole.indexOf(needle, from), `indexOf(${JSON.stringify(needle)}, ${from})`);
  }), { numRuns: RUNS });
});

// lineEndIn reads a line only (a string by its code units, a PieceText piece by piece): it must find what a scan of
// the joined text finds, for every offset, however the pieces cut the line ends (a CRLF across two pieces, pieces
// without a line end, empty ones), and for a TextSource that is neither.
test('lineEndIn finds the line end a scan of the joined text finds, in a string, a PieceText and another TextSource', () => {
  fc.assert(fc.property(piecesArb, (pieces) => {
    const whole = pieces.join('');
    const t = make(pieces);
    const other: TextSource = { length: whole.length, charCodeAt: (i) => whole.charCodeAt(i), slice: (a, b) => whole.slice(a, b), includes: (s) => whole.includes(s), indexOf: (s, p) => whole.indexOf(s, p) };
    for (let from = -1; from <= whole.length + 1; from++) {
      let expected = Math.max(0, from);
      while (expected < whole.length && whole[expected] !== '\n' && whole[expected] !== '\r') expected++;
      expected = Math.min(expected, whole.length);
      assert.equal(lineEndIn(whole, from), expected, `string, from ${from}`);
      assert.equal(lineEndIn(t, from), expected, `PieceText, from ${from}`);
      assert.equal(lineEndIn(other, from), expected, `TextSource, from ${from}`);
    }
  }), { numRuns: RUNS });
});
