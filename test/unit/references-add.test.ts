// References in an ADD (review 8, I26): an ADD inserting new text into a Recommendation names its clauses, and
// those of the text in force, as a MOD's inserted words do; a clause neither has is reference.unresolved, as in a
// MOD. A draft new Resolution is checked against itself, as before. The texts in force are test/corpus-kinds'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeNextVersion, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const corpus = (file: string) => fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', file), 'utf8');
const A1 = corpus('T-REC-A.1-201610.itu');
const RA314 = corpus('R-REC-RA.314-10-200306.itu');

function bases(files: Record<string, string>): BaseIndex {
  const index = new BaseIndex();
  for (const [location, text] of Object.entries(files)) index.update(location, text, parseDocument(text));
  return index;
}

function unresolved(text: string, index: BaseIndex): string[] {
  const findings = checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'reference.unresolved');
  // The incremental check (the editor's) finds the same.
  const incremental = analyzeNextVersion(text, { bases: index.lookup }).findings.filter((f) => f.code === 'reference.unresolved');
  assert.deepEqual(incremental.map((f) => f.message), findings.map((f) => f.message), 'incremental check');
  return findings.map((f) => `${text.slice(0, f.start).split('\n').length}: ${text.slice(f.start, f.end)}`);
}

test('I26: an ADD to an ITU-T Recommendation: a clause neither the ADD nor the text in force has is reported, as in a MOD', () => {
  const index = bases({ 'a1.itu': A1 });
  const text = lines(
    'Proposals:\tUSA',
    '',
    'ADD\tUSA/1/1\tITU-T A.1 clause 1.4.8',
    '1.4.8\tThe chairman shall apply the procedure of clause 1.4.3 above, of clause 1.4.8.1 below and of § 7.2.',
    '1.4.8.1\tRemote participants may take the floor as provided in clause 9.9.',
    'Reasons:\tRemote participation.',
    '',
    'ADD\tUSA/1/2\tITU-T A.1 clause 1.4.9',
    '1.4.9\tThe procedure of clause 1.4.8 above applies to working parties.',
    'Reasons:\tThe same for working parties.',
  );
  // 1.4.3 is in force, 1.4.8.1 the ADD's own, 1.4.8 the other ADD's: only 7.2 and 9.9 are missing.
  assert.deepEqual(unresolved(text, index), ['4: 7.2', '5: 9.9']);
  // Under a heading instead of the text after the id, and as a MOD's inserted words: the same.
  const headed = text.replace('ADD\tUSA/1/1\tITU-T A.1 clause 1.4.8', 'Recommendation ITU-T A.1\n\nADD\tUSA/1/1');
  assert.deepEqual(unresolved(headed, index), ['6: 7.2', '7: 9.9']);
  // A clause the next ADD brings where the numbers in force go on (no gap to make the editor check the whole text).
  const next = lines(
    'Proposals:\tUSA',
    '',
    'ADD\tUSA/1/1\tITU-T A.1 clause 1.4.8',
    '1.4.8\tThe chairman shall apply clause 1.4.9 and clause 1.4.10.',
    'Reasons:\tRemote participation.',
    '',
    'ADD\tUSA/1/2\tITU-T A.1 clause 1.4.9',
    '1.4.9\tRemote participants may take the floor.',
    'Reasons:\tThe same.',
  );
  assert.deepEqual(unresolved(next, index), ['4: 1.4.10']);
  // Each ADD's number follows on from the numbers in force (1.4.8 after 1.4.7, 1.5.3 after 1.5.2): checked alone
  // in the editor, the first would miss the clause the second brings.
  const apart = next.replace('clause 1.4.9 and clause 1.4.10', 'clause 1.5.3').replace('ITU-T A.1 clause 1.4.9\n1.4.9', 'ITU-T A.1 clause 1.5.3\n1.5.3');
  assert.deepEqual(unresolved(apart, index), []);
  // Without the text in force, nothing is said (the clauses may be in it).
  assert.deepEqual(unresolved(text, bases({})), []);
});

test('I26: an ADD to an ITU-R Recommendation: its references to clauses are checked against the ADD and the text in force', () => {
  const index = bases({ 'ra314.itu': RA314 });
  const text = lines(
    'Proposals:\tACP',
    '',
    'ADD\tACP/5/1\tRecommendation ITU-R RA.314-10',
    '4\tthat administrations apply the protection of clause 2 above to the bands listed in § 7.2;',
    'Reasons:\tNew bands.',
  );
  assert.deepEqual(unresolved(text, index), ['4: 7.2']);
});

test('I26: an ADD of a draft new Resolution is checked against itself, as before; a MOD\'s inserted clause reference as before', () => {
  const text = lines(
    'Proposals:\tAFCP',
    '',
    'ADD\tAFCP/1/1',
    'DRAFT NEW RESOLUTION [AFCP-1] (Geneva, 2028)',
    'Use of artificial intelligence',
    'The World Telecommunication Standardization Assembly (Geneva, 2028),',
    'considering',
    'a)\tthat artificial intelligence grows;',
    'resolves',
    '1\tto study it, taking into account considering a) and c) above;',
    '2\tto report as in resolves 1 above and resolves 7 below;',
    'Reasons:\tNew work.',
  );
  assert.deepEqual(unresolved(text, bases({})), ['10: c)', '11: 7']);
  const mod = lines(
    'Proposals:\tUSA',
    '',
    'MOD\tUSA/1/1\tRecommendation ITU-T A.1',
    '…',
    `${A1.split('\n').find((l) => l.startsWith('1.4.7\t'))!.trimEnd().replace(/\.$/, '')}{++, as clause 1.4.3 and § 7.2 provide++}.`,
    '…',
    'Reasons:\tClarity.',
  );
  assert.deepEqual(unresolved(mod, bases({ 'a1.itu': A1 })), ['5: 7.2']);
});
