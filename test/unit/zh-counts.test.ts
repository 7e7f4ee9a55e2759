// A Chinese count after a call is no label: `在上文做出决议3个月内提交报告` (report within 3 months of what resolves above
// says) named `做出决议 3` and, where resolves has no 3, reported it unresolved; `上文请2个部门`, `上文责成秘书长2年内` alike.
// Chinese writes no space after the call, so the number's unit or measure word (个月, 年, 个, 项, 名 …) is what tells a
// count from a label. Generated: Chinese Resolutions with numbered resolves and instructs-the-Secretary-General items,
// references written with a count after them (none read) and with real labels (read, resolved when the item exists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { seeded } from '../support/random';

const UNITS = ['个月', '年', '天', '周', '小时', '次', '%', '个', '项', '名', '位', '种', '倍'];
/** What may follow a label in a Chinese reference (`上文做出决议1所述`, `上文做出决议1中的`, `上文做出决议1。`). */
const AFTER_LABEL = ['所述的问题', '中的规定', '的要求', '。', '，并报告', '规定的工作'];
const CALLS: [string, string][] = [['做出决议', ''], ['责成', '秘书长']];

function resolution(counts: [number, number], sentence: string): string {
  const items = (n: number, verb: string) => Array.from({ length: n }, (_, k) => `${k + 1}\t${verb}第${k + 1}项工作；`);
  return [
    '第99号决议（2016年，哈马马特，修订版）', '垃圾信息', '世界电信标准化全会（2016年，哈马马特），', '考虑到', 'a)\t垃圾信息是个问题，',
    '做出决议', ...items(counts[0], '研究'), '责成秘书长', ...items(counts[1], '开展'), `${counts[1] + 1}\t${sentence}`, '',
  ].join('\n');
}

test('generated: a number with a unit or measure word after a Chinese call is a count, read as no reference; a label is still read', () => {
  const random = seeded(8821);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  let labels = 0;
  for (let c = 0; c < 200; c++) {
    const counts: [number, number] = [1 + Math.floor(random() * 4), 1 + Math.floor(random() * 3)];
    const [call, addressee] = pick(CALLS);
    const n = 1 + Math.floor(random() * 14);
    const direction = pick(['上文', '上述', '下文']);
    // A count: within n months of what the call says, n departments; none is a reference.
    const counted = `在${direction}${call}${addressee}${n}${pick(UNITS)}内完成报告。`;
    const doc = parseDocument(resolution(counts, counted));
    assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((t) => t.label)), [], counted);
    assert.deepEqual(checkDocument(doc).filter((f) => f.code === 'reference.unresolved').map((f) => f.message), [], counted);
    // A label: read, and resolved when the call has that item.
    const m = 1 + Math.floor(random() * 5);
    const named = `按照${direction}${call}${addressee}${m}${pick(AFTER_LABEL)}`;
    const text = resolution(counts, named);
    const view = parseDocument(text).views.new;
    assert.deepEqual(view.references.map((r) => [r.phrase, r.targets.map((t) => t.label)]), [[call, [String(m)]]], named);
    const items = call === '做出决议' ? counts[0] : counts[1] + 1;
    assert.equal(resolveTarget(view, view.references[0], String(m)) !== undefined, m <= items, named);
    labels++;
  }
  assert.equal(labels, 200);
});

test('a list cut short before a count is not read as its first labels (`上文做出决议1、2项` is no reference to 1); a whole list is', () => {
  const text = (sentence: string) => parseDocument(resolution([3, 1], sentence)).views.new.references.map((r) => r.targets.map((t) => t.label));
  assert.deepEqual(text('见上文做出决议1、2项。'), []);
  assert.deepEqual(text('见上文做出决议12个月。'), []);
  assert.deepEqual(text('见上文做出决议1、2和3所述的问题。'), [['1', '2', '3']]);
  assert.deepEqual(text('见上文考虑到a)所述的问题。'), [['a)']]);
});
