// Chinese references without a direction word (`本决议做出决议第2段`, `根据做出决议第2段`, `根据责成秘书长第1和第2段`,
// `根据考虑到b)所述`) were not read: Chinese had only the forms with `上文`/`下文` before the call. They are read as the other
// languages' forms without one (`§ 2 of resolves`, `taking into account considering m)`): numbers only as `第…段` after a call
// that numbers its items (the paragraph word tells a label from a count: `做出决议3个月内`, `做出决议第3个月` stay none),
// lettered items right after any call; kept only where the call (and addressee) is one of the Resolution's; none in a
// clause that names another text first (`根据第25号决议做出决议第1至11段`). Resolved and checked like the others.
// Generated: Chinese Resolutions of random shape, references to items they have and lack, counts, other texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

const OPENERS = ['本决议', '根据', '按照', '依据本决议', '如', ''];
const AFTER = ['所述的工作', '的规定', '开展研究', '。', '，并报告'];
const UNITS = ['个月', '年', '天', '个', '项', '名'];
/** The numbered calls: [call, addressee, which count of `counts` is its items']. */
const CALLS: [string, string, number][] = [['做出决议', '', 0], ['责成', '秘书长', 1]];
const LETTERS = ['a)', 'b)', 'c)', 'd)', 'e)', 'f)'];

function resolution(counts: [number, number, number], sentence: string): string {
  const items = (n: number, verb: string) => Array.from({ length: n }, (_, k) => `${k + 1}\t${verb}第${k + 1}项工作；`);
  return [
    '第99号决议（2016年，哈马马特，修订版）', '垃圾信息', '世界电信标准化全会（2016年，哈马马特），', '考虑到',
    ...LETTERS.slice(0, counts[2]).map((l, k) => `${l}\t垃圾信息是第${k + 1}个问题，`),
    '做出决议', ...items(counts[0], '研究'), '责成秘书长', ...items(counts[1], '开展'), `${counts[1] + 1}\t${sentence}`, '',
  ].join('\n');
}

test('generated: Chinese references without a direction word are read, resolved and checked; counts and other texts are not read', () => {
  const random = seeded(6263);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  let read = 0;
  for (let c = 0; c < cases(200); c++) {
    const counts: [number, number, number] = [1 + Math.floor(random() * 4), 1 + Math.floor(random() * 3), 1 + Math.floor(random() * 4)];
    const [call, addressee, which] = pick(CALLS);
    const items = which === 0 ? counts[0] : counts[1] + 1;
    // One number or two (`第1和第3段`, `第1至3段`).
    const n = 1 + Math.floor(random() * 5);
    const two = random() < 0.3 ? [n, n + 1 + Math.floor(random() * 2)] : [n];
    const paragraphs = two.length === 1 ? `第${n}段` : `第${two[0]}${pick(['和第', '至', '、'])}${two[1]}段`;
    const sentence = `${pick(OPENERS)}${call}${addressee}${paragraphs}${pick(AFTER)}`;
    const text = resolution(counts, sentence);
    const view = parseDocument(text).views.new;
    assert.deepEqual(view.references.map((r) => [r.phrase, r.addressee, r.direction, r.targets.map((t) => t.label)]), [[call, addressee || undefined, undefined, two.map(String)]], sentence);
    const missing = two.filter((k) => k > items);
    for (const k of two) assert.equal(resolveTarget(view, view.references[0], String(k)) !== undefined, k <= items, `${sentence}: ${k}`);
    const unresolved = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved');
    assert.equal(unresolved.length, missing.length, `${sentence}: ${unresolved.map((f) => f.message).join(' | ')}`);
    read++;

    // A lettered item right after the considering call.
    const letter = LETTERS[Math.floor(random() * LETTERS.length)];
    const lettered = `${pick(OPENERS)}考虑到${letter}${pick(AFTER)}`;
    const lview = parseDocument(resolution(counts, lettered)).views.new;
    assert.deepEqual(lview.references.map((r) => [r.phrase, r.targets.map((t) => t.label)]), [['考虑到', [letter]]], lettered);
    assert.equal(resolveTarget(lview, lview.references[0], letter) !== undefined, LETTERS.indexOf(letter) < counts[2], lettered);

    // No reference: a count after the call, with or without 第; another text named first; a call the Resolution lacks.
    for (const none of [
      `${pick(OPENERS)}${call}${addressee}${n}${pick(UNITS)}内完成。`,
      `${pick(OPENERS)}${call}${addressee}第${n}${pick(UNITS)}内完成。`,
      `根据第25号决议${call}${addressee}${paragraphs}${pick(AFTER)}`,
      `根据ITU-T E.164建议书考虑到${letter}${pick(AFTER)}`,
      `${pick(OPENERS)}决定${paragraphs}${pick(AFTER)}`,
      `${pick(OPENERS)}责成电信标准化局主任${paragraphs}${pick(AFTER)}`,
    ]) {
      assert.deepEqual(parseDocument(resolution(counts, none)).views.new.references.map((r) => r.targets.map((t) => t.label)), [], none);
    }
  }
  assert.equal(read, cases(200));
});

test('the readings with a direction word are as they were: `上文做出决议第2段` is read once, with its direction', () => {
  const view = parseDocument(resolution([3, 1, 2], '见上文做出决议第2段和下文考虑到b)所述。')).views.new;
  assert.deepEqual(view.references.map((r) => [r.phrase, r.direction, r.targets.map((t) => t.label)]), [['做出决议', 'above', ['2']], ['考虑到', 'below', ['b)']]]);
});
