import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { check, contribution, fixed, lines, only, slice } from './helpers';

test('resolution.meeting-mismatch: title says Hammamet, formula still says Dubai', () => {
  const text = contribution('MOD', [
    'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})', 'T',
    '(Florianópolis, 2004; Dubai, 2012{++; Hammamet, 2016++})',
    'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'noting', 'x.',
  ]);
  const [f] = only(text, 'resolution.meeting-mismatch');
  assert.equal(slice(text, f), 'Dubai, 2012');
  assert.match(f.message, /enacting formula names Dubai, 2012 while the number line names Hammamet, 2016/);
  const after = fixed(text, f);
  // In a MOD the formula is text in force: the fix writes the change as a revision mark (D1).
  assert.match(after, /Assembly \(\{~~Dubai, 2012~>Hammamet, 2016~~\}\),/);
  assert.equal(only(after, 'resolution.meeting-mismatch').length, 0);
  // The old text is not checked for this: it names the old meeting throughout.
  assert.equal(only(contribution('MOD', ['RESOLUTION 52 (Rev. Dubai, 2012)', 'T', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', '{++x++}']), 'resolution.meeting-mismatch').length, 0);
});

test('meeting fixes in a MOD write revision marks; the old text stays the text in force (D1, D11)', () => {
  const head = (history: string, formula: string) => contribution('MOD', [
    'RESOLUTION 52 (Rev. {~~Dubai, 2012~>Hammamet, 2016~~})', 'T', history,
    `The World Telecommunication Standardization Assembly (${formula}),`, 'noting', 'x.',
  ]);
  const oldText = (t: string) => parseDocument(t).views.old.text;
  // The formula left as in force: a substitution, never plain text.
  const formula = head('(Dubai, 2012{++; Hammamet, 2016++})', 'Dubai, 2012');
  const after = fixed(formula, only(formula, 'resolution.meeting-mismatch')[0]);
  assert.match(after, /Assembly \(\{~~Dubai, 2012~>Hammamet, 2016~~\}\),/);
  assert.equal(oldText(after), oldText(formula));
  assert.deepEqual(check(after).findings.filter((f) => f.code.startsWith('resolution')), []);
  // The history left as in force: the new meeting is added after the last one, which stays (D11).
  const history = head('(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)', '{~~Dubai, 2012~>Hammamet, 2016~~}');
  const [h] = only(history, 'resolution.meeting-mismatch');
  assert.equal(h.fix!.title, 'Add Hammamet, 2016 to the history line');
  const added = fixed(history, h);
  assert.match(added, /\(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012\{\+\+; Hammamet, 2016\+\+\}\)/);
  assert.equal(oldText(added), oldText(history));
  assert.deepEqual(check(added).findings.filter((f) => f.code.startsWith('resolution')), []);
  // A last entry that is no earlier meeting (a slip of the same year) is replaced, not kept beside it.
  const slip = head('(Dubai, 2012; {++Geneva, 2016++})', '{~~Dubai, 2012~>Hammamet, 2016~~}');
  assert.match(fixed(slip, only(slip, 'resolution.meeting-mismatch')[0]), /\(Dubai, 2012; \{\+\+Hammamet, 2016\+\+\}\)/);
  // Outside a MOD the fix is plain text, and the history's own separator is kept (Chinese ；).
  const add = contribution('ADD', ['RESOLUTION 7 (Rev. Hammamet, 2016)', 'T', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'noting', 'x.']);
  assert.match(fixed(add, only(add, 'resolution.meeting-mismatch')[0]), /\(Dubai, 2012; Hammamet, 2016\)/);
});

test('footnote.undefined, footnote.unused, footnote.sequence', () => {
  const text = lines('ADD\tXX/1/1', 'a[^2] b[^1] c[^3]', '[^1]:\tone', '[^2]:\ttwo', '[^4]:\tfour', 'Reasons:\tr');
  assert.equal(only(text, 'footnote.undefined').length, 1);
  assert.equal(slice(text, only(text, 'footnote.undefined')[0]), '[^3]');
  assert.equal(only(text, 'footnote.unused').length, 1);
  const seq = only(text, 'footnote.sequence');
  assert.equal(seq.length, 2);
  assert.equal(check(lines('ADD\tXX/1/1', 'a[^1] b[^2]', '[^1]:\tone', '[^2]:\ttwo', 'Reasons:\tr')).findings.filter((f) => f.code.startsWith('footnote')).length, 0);
});

test('reference.unresolved: call-section, section and decimal references', () => {
  const body = ['RESOLUTION 5 (Geneva, 2026)', 'T', 'The World Telecommunication Standardization Assembly (Geneva, 2026),',
    'considering', 'a)\tx;', 'b)\ty;', 'recognizing further', 'a)\tz,', 'resolves', '1\tas in considering a) and b) above;',
    '2\tas in recognizing further a) above, and 1.2 to 1.3 below;', 'SECTION 1', 'Title', '1.1\tsee Section 1 above', '1.2\tq', '1.3\tr'];
  assert.deepEqual(check(contribution('ADD', body)).findings.filter((f) => f.code === 'reference.unresolved'), []);
  const bad = contribution('ADD', [...body.slice(0, 9), '1\tas in considering c) above and recognizing d) above;', '2\tsee 4.5 below and Section 9 above']);
  const found = only(bad, 'reference.unresolved');
  assert.deepEqual(found.map((f) => slice(bad, f)), ['c)', 'd)', '4.5', '9']);
  assert.match(found[0].message, /considering has a\), b\)/);
});
