// A stray `{` typed before a mark (`{{~~developing countries~>…~~}`) differs from the text in force: no fix of
// base.untracked-change may wrap it as it stands, `{++{++}`, three mark errors where there was one warning
// (review 9, J10); the fix offered removes it.
//   node --import tsx --test test/unit/stray-delimiter.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument, trackRevisions, amendedResolutions, applyEdits, type Finding } from '../../server/src/core';
import { lines } from './helpers';

const BASE = lines('RESOLUTION 1 (Rev. Geneva, 2022)', 'Assistance', 'The Assembly,', 'resolves', '1\tto offer technical assistance to developing countries in the field of telecommunications;', '2\tto report.');
const index = new BaseIndex();
index.update('res1.itu', BASE);
const draft = (item: string) => lines('Proposals:\tXX', '', 'MOD\tXX/1/1', 'RESOLUTION 1 (Rev. {~~Geneva, 2022~>Doha, 2026~~})', 'Assistance', 'The Assembly,', 'resolves', item, '2\tto report.', 'Reasons:\tr.');
const findings = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index.lookup });
const allFixes = (f: Finding) => (f.fix ? [f.fix, ...(f.fix.alternatives ?? [])] : []);

test('a stray { before a mark is never wrapped in marks; the fix removes it (review 9, J10)', () => {
  const text = draft('1\tto offer technical assistance to {{~~developing countries~>developing and least developed countries~~} in the field of telecommunications;');
  const untracked = findings(text).filter((f) => f.code === 'base.untracked-change');
  assert.equal(untracked.length, 1);
  const fixes = allFixes(untracked[0]!);
  assert.ok(fixes.length > 0, 'a fix is offered');
  for (const fix of fixes) {
    const after = applyEdits(text, fix.edits);
    const left = findings(after).filter((f) => f.severity === 'error' || f.code.startsWith('base.') || f.code.startsWith('marks.'));
    assert.deepEqual(left.map((f) => `${f.code} ${f.message}`), [], `${fix.title}:\n${after}`);
  }
  assert.match(applyEdits(text, fixes[0]!.edits), /assistance to \{~~developing countries~>/);
  // track (Insert revision marks from the base) leaves the MOD as it is rather than write broken marks.
  const doc = parseDocument(text);
  const tracked = trackRevisions(doc, amendedResolutions(doc, index.lookup));
  assert.deepEqual(tracked.edits, []);
});

test('a wrapped change without delimiters is wrapped as before', () => {
  const text = draft('1\tto offer technical assistance to {~~developing countries~>developing and least developed countries~~} in the whole field of telecommunications;');
  const [f] = findings(text).filter((x) => x.code === 'base.untracked-change');
  assert.match(applyEdits(text, f!.fix!.edits), /in the \{\+\+whole \+\+\}field|in the \{\+\+whole\+\+\} field/);
});
