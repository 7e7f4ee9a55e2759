// Arabic keywords in the spellings typists use (review 6, G18): the hamza forms of alef, alef wasla, taa
// marbuta and haa, alef maqsura and yaa, short vowels and tatweel are folded alike for every keyword the parser
// reads (lang/fold.ts), as they already were for calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentLanguage } from '../../server/src/core';
import { arabicPattern, foldArabic } from '../../server/src/core/lang/fold';
import { isReasons, matchCall, matchNumberLine, matchSection } from '../../server/src/core/lang/match';
import { check, lines } from './helpers';

const SUP = (reasons: string) => lines('Meeting:\tWTSA-24', 'Document:\t5', 'Proposals:\tX', '',
  'SUP\tX/5/1', 'القرار 99 (المراجَع في جنيف، 2022)', 'عنوان', '', reasons);

test('the Reasons word is read in its Arabic spellings and in capitals', () => {
  for (const word of ['الأسباب', 'الاسباب', 'الإسباب', 'الأسـباب', 'الأَسباب', 'ٱلأسباب', 'الاسباب الداعيه']) {
    assert.ok(isReasons(`${word}:\tنص.`), word);
    assert.deepEqual(check(SUP(`${word}:\tنص.`)).findings.map((f) => f.code), [], word);
  }
  assert.ok(isReasons('REASONS:\tx'));
  assert.ok(isReasons('ОСНОВАНИЯ:\tx'));
  // Not every word: the folding is of spelling, not of letters.
  assert.ok(!isReasons('الأسبوع:\tنص.'));
  assert.deepEqual(check(SUP('الأسبوع:\tنص.')).findings.map((f) => f.code), ['proposal.reasons-missing']);
});

test('a MOD whose Reasons is written without the hamza keeps it as its Reasons, not as restated text', () => {
  const text = lines('Meeting:\tWTSA-24', 'Document:\t5', 'Proposals:\tX', '', 'MOD\tX/5/1',
    'القرار 99 (المراجَع في {~~جنيف، 2022~>نيودلهي، 2024~~})', 'عنوان', '', 'الاسباب:\tتوسيع نطاق القرار.');
  const { doc, findings } = check(text);
  assert.deepEqual(findings.filter((f) => f.code === 'proposal.reasons-missing'), []);
  assert.match(doc.views.new.proposals[0].reasons?.text ?? '', /توسيع/);
});

test('one folding for every Arabic keyword: number line kinds, sections, calls, the Original field', () => {
  assert.equal(matchNumberLine('القرار 52 (المراجع في الحمامات، 2016)')?.number, '52');
  assert.equal(matchNumberLine('ألقرار 52 (المراجع في الحمامات، 2016)')?.number, '52');
  assert.equal(matchNumberLine('التوصيه 5 (المراجع في الحمامات، 2016)')?.number, '5');
  assert.equal(matchSection('ألقسم 2'), '2');
  assert.equal(matchCall('إذ تشير الي')?.phrase, 'إذ تشير الي');
  assert.equal(matchCall('اذ تضع في اعتبارها')?.kind, 'preamble');
  assert.equal(documentLanguage(lines('الاصل:\tبالانكليزيه', '', 'Text.')), 'ar');
  assert.equal(foldArabic('إلى مدرسةٍ'), 'الي مدرسه');
  assert.ok(new RegExp(`^${arabicPattern('الأسباب')}$`, 'u').test('الاسـباب'));
  assert.ok(!new RegExp(`^${arabicPattern('الأسباب')}$`, 'u').test('الاسبوع'));
});
