// Spaces beside Chinese characters are typesetting, not words (review 6, G15): `第 52 号决议` (as PDF text and
// many typists write it, full-width spaces too) finds the text in force written `第52号决议`, and `2012 年` is
// no untracked change against `2012年`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { withoutCjkSpacing } from '../../server/src/core/lang/spelling';
import { lines } from './helpers';

const BASE = lines('第52号决议（2012年，迪拜，修订版）', '打击和抵制垃圾信息', '（2004年，弗洛里亚诺波利斯；2012年，迪拜）',
  '世界电信标准化全会（2012年，迪拜），', '考虑到', 'a)\t垃圾信息是一个全球性问题；', 'b)\t需要开展ITU-T第17研究组的工作，', '做出决议', '1\t继续工作。');
const check = (text: string) => {
  const i = new BaseIndex();
  i.update('res52-zh.itu', BASE);
  return checkDocument(parseDocument(text), { bases: i.lookup }).map((f) => `${f.code} ${f.message}`);
};
const mod = (numberLine: string, last: string) => lines('MOD\tCHN/20/1', numberLine, '打击和抵制垃圾信息',
  '（2004年，弗洛里亚诺波利斯；2012年，迪拜{++；2016年，哈马马特++}）', '世界电信标准化全会（{~~2012年，迪拜~>2016年，哈马马特~~}），',
  ...BASE.split('\n').slice(4, 8), last, '', '理由：\t扩大。');

test('a Chinese number line with spaces around its number finds its text in force', () => {
  for (const space of [' ', '\u3000', '\u00A0', '  ']) {
    const line = `第${space}52${space}号决议（{~~2012年，迪拜~>2016年，哈马马特~~}，修订版）`;
    assert.deepEqual(check(mod(line, '1\t继续工作。')), [], JSON.stringify(space));
    // Something is compared: an unmarked change below is found.
    assert.ok(check(mod(line, '1\t继续努力。')).some((f) => f.startsWith('base.untracked-change')), JSON.stringify(space));
  }
});

test('spaces between Chinese characters and digits or Latin letters are no change against the text in force', () => {
  const base = BASE.split('\n').slice(0, 9);
  const text = lines('MOD\tCHN/20/1', '第52号决议（2012 年，迪拜，修订版）', ...base.slice(1, 6), 'b)\t需要开展 ITU-T 第 17 研究组的工作，', ...base.slice(7), '', '理由：\t扩大。');
  assert.deepEqual(check(text), ['proposal.mod-without-changes MOD CHN/20/1 changes nothing: its new text equals its old text. Mark the changes, or make it NOC.']);
  assert.equal(withoutCjkSpacing('第 52 号决议（2012 年，迪拜）'), '第52号决议（2012年，迪拜）');
  // Between Latin words, and in text without Chinese, a space stays.
  assert.equal(withoutCjkSpacing('ITU-T 第 17 研究组 and Study Group 17'), 'ITU-T第17研究组and Study Group 17');
  assert.equal(withoutCjkSpacing('Study Group 17'), 'Study Group 17');
});
