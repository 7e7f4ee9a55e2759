// What a MOD restating a Resolution in excerpts is told: the reason of an unresolved reference is read in the text
// in force (review 4, N4), and an annex or appendix heading typed in capitals is the heading in force (review 4, N5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { lines, readShared } from './helpers';

const RES52 = readShared('examples/res52-dubai-2012.itu');
const index = (text: string) => {
  const i = new BaseIndex();
  i.update('base.itu', text);
  return i;
};
const mod = (...body: string[]) => lines('Proposals:\tAFCP', '', 'MOD\tAFCP/42A25/1', ...body, 'Reasons:\tx.');

test('reference.unresolved in an excerpt says what the text in force has, not what the excerpt shows (review 4, N4)', () => {
  const unresolved = (label: string, call = 'considering') => checkDocument(parseDocument(mod('RESOLUTION 52 (Rev. {~~Dubai, 2012~>Hammamet, 2016~~})', '…', 'resolves to instruct the relevant study groups', '…', `{++3\tto take into account ${call} ${label} above;++}`, '…')), { bases: index(RES52).lookup })
    .filter((f) => f.code === 'reference.unresolved').map((f) => f.message);
  assert.deepEqual(unresolved('m)'), ['"considering m) above" names no item of this Resolution. In the text in force, considering runs from a) to k).']);
  assert.deepEqual(unresolved('d)', 'recognizing further'), ['"recognizing further d) above" names no item of this Resolution. In the text in force, recognizing further has a), b), c).']);
  assert.deepEqual(unresolved('h)'), [], 'in force behind the …');
  assert.match(unresolved('a)', 'bearing in mind')[0], /This Resolution has no "bearing in mind" section\./);
});

test('an annex or appendix heading typed in capitals is compared without case, as the number line is (review 4, N5)', () => {
  const base = lines('RESOLUTION 1 (Rev. Hammamet, 2016)', 'Rules of procedure', '(Geneva, 2016)', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'resolves', '1\tto act.',
    'Appendix I (to Resolution 1 (Rev. Hammamet, 2016))', 'Information for submission of a Question', '•\tSource', '•\tShort title');
  const untracked = (text: string) => checkDocument(parseDocument(text), { bases: index(base).lookup }).filter((f) => f.code.startsWith('base.')).map((f) => f.message.replace(/ \(base: .*/, ''));
  const heading = (h: string) => mod('RESOLUTION 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~})', '…', h, 'Information for submission of a Question', '•\tSource', '{++•\tExpected impact on developing countries++}', '•\tShort title');
  assert.deepEqual(untracked(heading('APPENDIX I (TO RESOLUTION 1 (REV. {~~HAMMAMET, 2016~>NEW DELHI, 2024~~}))')), []);
  assert.deepEqual(untracked(heading('Appendix I (to Resolution 1 (Rev. {~~Hammamet, 2016~>New Delhi, 2024~~}))')), []);
  // A change of words in it, without marks, is still one (case or not).
  assert.deepEqual(untracked(heading('APPENDIX I (TO RESOLUTION 1 (REV. NEW DELHI, 2024))')).length, 1);
});
