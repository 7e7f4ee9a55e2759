// PieceText (core/text.ts) reads a text kept in pieces as the joined string reads: what the document-wide
// checks and finishFindings ask of it (slice, indexOf, includes, charCodeAt, length) over random pieces.
//   node --import tsx --test test/unit/piece-text.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText } from '../../server/src/core/text';
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
