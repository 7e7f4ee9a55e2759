// footnote.sequence has a fix (review 10, rev-editor): an item moved, or a note added before others, leaves the
// numeric footnotes out of the order of their first reference, and the delegate had to renumber every reference and
// definition by hand. Generated: footnotes referenced in any order, some more than once, some undefined, some never
// referenced; the fix leaves no footnote.sequence, each reference still reads its own note, and Fix all takes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { cases } from '../support/scale';
import { fixAll } from './helpers';

function draft(order: number[], defined: number[], action = 'ADD'): string {
  return [
    'Proposals:\tXX', 'Document:\t7', '',
    `${action}\tXX/7/1`, 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)', 'A title 😀', 'considering',
    ...order.map((n, i) => `${String.fromCharCode(97 + i)})\tthat item ${i} 𠀀 holds[^${n}];`),
    '', ...defined.map((n) => `[^${n}]:\tNote ${n}.`), '', 'Reasons:\tr.', '',
  ].join('\n');
}

/** Each reference's note, in order of the references (undefined where none defines it). */
function notes(text: string): (string | undefined)[] {
  const view = parseDocument(text).views.new;
  return view.footnoteRefs.map((r) => view.footnoteDefs.find((d) => d.label === r.label)?.paragraph.text.replace(/^\[\^[^\]]+\]:\s*/, ''));
}

const sequence = (text: string) => checkDocument(parseDocument(text)).filter((f) => f.code === 'footnote.sequence');

test('the footnotes renumbered in order of first reference: no footnote.sequence left, each reference reads its own note', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 7 }), fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }), (order, defined) => {
    const text = draft(order, defined);
    const found = sequence(text);
    if (!found.length) return;
    const fix = found[0].fix;
    assert.ok(fix, `no fix for ${found[0].message}`);
    assert.ok(found.every((f) => f.fix === fix), 'one fix for every finding of the text');
    const after = applyEdits(text, fix.edits);
    assert.deepEqual(sequence(after).map((f) => f.message), []);
    assert.deepEqual(notes(after), notes(text));
    assert.equal(parseDocument(after).views.new.footnoteDefs.length, defined.length);
    // Fix all takes it, and has nothing more to do with the footnotes after it.
    assert.deepEqual(sequence(fixAll(text)), []);
  }), { numRuns: cases(300) });
});

test('no renumbering where a revision mark touches a footnote: a number in marked text belongs to one text only', () => {
  const text = draft([2, 1], [1, 2], 'MOD').replace('holds[^2]', 'holds{++[^2]++}');
  const found = sequence(text);
  assert.ok(found.length);
  assert.equal(found[0].fix, undefined);
});
