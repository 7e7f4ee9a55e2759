// Labels and references written in the scripts of the six languages (review defects D13, D25, D26, D8,
// D2): how they are read, compared with the text in force, and rewritten by fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { labelContext, matchLocalLabel } from '../../server/src/core/lang/labels';
import { check, lines } from './helpers';

const params = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
/** The full-width form of an ASCII string (`ａ）` for `a)`). */
const wide = (s: string) => [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

const ZH_HEAD = ['ADD\tCHN/43A1/1', '第[CHN-1]号新决议草案（2024年，新德里）', '标题', '世界电信标准化全会（2024年，新德里），', '考虑到'];
const ZH_TAIL = ['做出决议', '1\t研究；', '2\t合作。', '', '理由：\t更新决议。'];

test('Chinese: an item whose body starts with a Latin letter, a digit or a full-width letter right after the parenthesis is an item', () => {
  const ctx = labelContext([]);
  for (const [line, ordinal, body] of [
    ['a)IP地址是基础资源；', 1, 'IP地址是基础资源；'],
    ['b)5G网络正在部署；', 2, '5G网络正在部署；'],
    ['c)ITU-T第17研究组的工作，', 3, 'ITU-T第17研究组的工作，'],
    ['ａ）IP地址是基础资源；', 1, 'IP地址是基础资源；'],
    ['ｄ）ＩＴＵ-Ｔ的工作；', 4, 'ＩＴＵ-Ｔ的工作；'],
    ['2)IMT-2020系统；', 2, 'IMT-2020系统；'],
    ['abis)IP地址；', 1, 'IP地址；'],
    ['b)bis向IPv6过渡；', 2, '向IPv6过渡；'],
  ] as const) {
    const m = matchLocalLabel(line, ctx);
    assert.ok(m, line);
    assert.equal(m.label.ordinal, ordinal, line);
    assert.equal(line.slice(m.bodyOffset), body, line);
    assert.equal(m.looseSeparator, true, line);
  }
  // Latin text with no Chinese in it keeps the rule of FORMAT.md §1: a label is separated from its text.
  for (const line of ['a)IP addresses are a resource;', 'b)5G networks,', 'c)ITU-T Study Group 17']) {
    assert.equal(matchLocalLabel(line, ctx), undefined, line);
  }
  // Whole lists, as the review's cases have them: no finding.
  for (const items of [
    ['a)IP地址是基础资源；', 'b)向IPv6过渡必不可少，'],
    ['a)5G网络正在部署；', 'b)向IPv6过渡必不可少；', 'c)ITU-T第17研究组的工作，'],
    ['ａ）IP地址是基础资源；', 'ｂ）向IPv6过渡必不可少；', 'ｃ）许多发展中国家需要援助，'],
  ]) {
    assert.deepEqual(check(lines(...ZH_HEAD, ...items, ...ZH_TAIL)).findings.map((f) => f.message), [], items.join(' '));
  }
});

test('property: a Chinese list of any length, labels written tight, full-width or with a TAB, bodies opening in any script, is read in order with no finding', () => {
  const opening = fc.constantFrom('IP地址', '5G网络', 'ITU-T第17研究组', 'IMT-2020系统', 'ICT的', '各国', '第180号决议', 'e-mail', 'ＩＴＵ-Ｔ', '“数字鸿沟”', '（ITU）');
  const spelling = fc.constantFrom<'tight' | 'wide' | 'tab'>('tight', 'wide', 'tab');
  fc.assert(
    fc.property(fc.array(fc.tuple(spelling, opening), { minLength: 1, maxLength: 12 }), (items) => {
      const written = items.map(([how, body], k) => {
        const label = `${LATIN[k]})`;
        return (how === 'wide' ? wide(label) : label) + (how === 'tab' ? '\t' : '') + body + '的工作' + (k === items.length - 1 ? '，' : '；');
      });
      const { doc, findings } = check(lines(...ZH_HEAD, ...written, ...ZH_TAIL));
      assert.deepEqual(findings.map((f) => f.message), []);
      const read = doc.views.new.paragraphs.filter((p) => p.label && p.label.kind !== 'decimal').map((p) => p.label!.ordinal);
      assert.deepEqual(read, items.map((_, k) => k + 1));
    }),
    params,
  );
});
