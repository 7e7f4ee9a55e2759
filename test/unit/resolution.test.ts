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
  assert.match(after, /Assembly \(Hammamet, 2016\),/);
  assert.equal(only(after, 'resolution.meeting-mismatch').length, 0);
  // The old text is not checked for this: it names the old meeting throughout.
  assert.equal(only(contribution('MOD', ['RESOLUTION 52 (Rev. Dubai, 2012)', 'T', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', '{++x++}']), 'resolution.meeting-mismatch').length, 0);
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

test('an excerpt `RESOLUTION 1 (…)`, `…`, `SECTION 3`: the SECTION heading is no title, so clauses hang under it (defect 27)', () => {
  const text = contribution('MOD', [
    'RESOLUTION 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~})', '…', 'SECTION 3', 'Study group management',
    '3.1\tWithin the mandate set out in WTSA Resolution 2, study group chairmen shall be responsible.',
    '{++2.2\tStudy group chairmen shall publish a work plan.++}',
  ]);
  const [f] = only(text, 'numbering.parent');
  assert.ok(f, 'numbering.parent on 2.2');
  assert.match(f.message, /2\.2 stands under SECTION 3/);
  const r = parseDocument(text).views.new.proposals[0].resolutions[0];
  assert.equal(r.title, undefined, 'the title was left out');
  assert.ok(r.paragraphs.some((p) => p.kind === 'section-heading' && p.text === 'SECTION 3'));
  // After an elision, a call line or a numbered clause is no title either.
  for (const next of ['resolves', '1\tto act.']) {
    const after = parseDocument(contribution('MOD', ['RESOLUTION 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~})', '…', next, '{++2\tto report.++}'])).views.new.proposals[0].resolutions[0];
    assert.equal(after.title, undefined, next);
  }
  // Without an elision, the line after the number line is the title, as before.
  assert.equal(parseDocument(contribution('MOD', ['RESOLUTION 1 (Rev. Hammamet, 2016)', 'Rules of procedure', '{++x++}'])).views.new.proposals[0].resolutions[0].title?.text, 'Rules of procedure');
});
