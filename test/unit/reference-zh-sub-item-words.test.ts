// A Chinese sub-item named after its item with measure words between and after (`上文考虑到b)第iv)项`, `上述考虑到b)项第iv)款`,
// full-width `b）第iv）项`, without a direction word `根据考虑到b)第iv)项`), and a numbered item's sub-item (`上述做出决议第2段第iii)项`,
// `上述做出决议第2b)段` as Council Resolution 88 writes its own `上述第3b)段`). Before, the reference ended at the item (the
// measure word or `第` stood between): the sub-item was never checked and the numbering fixes did not carry it. Generated
// over the forms, the two parentheses, each sub-item numeral, as reference-sub-item-paths.test.ts does for `b)iii)`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { ROMAN, SUB_ITEM_TEXTS, subItemText, type SubItemLang } from '../support/subItems';

const ZH = SUB_ITEM_TEXTS.find((t) => t.lang === 'zh')!;
/** The label in full-width parentheses, as a Chinese input mode types it. */
const wide = (label: string) => label.replace(')', '）');
/** The label in full-width letters and parenthesis (`ｂ）`, `ｉｖ）`). */
const wider = (label: string) => wide(label).replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const same = (label: string) => label;
const FORMS: { name: string; ref: (i: string, s: string) => string; written: (label: string) => string }[] = [
  { name: '上文 …第…项', ref: (i, s) => `考虑上文考虑到${i}第${s}项所述`, written: same },
  { name: '上述 …项第…款', ref: (i, s) => `考虑上述考虑到${i}项第${s}款所述`, written: same },
  { name: '上文 …第…项, full-width parentheses', ref: (i, s) => `考虑上文考虑到${wide(i)}第${wide(s)}项所述`, written: wide },
  { name: '上文 …第…项, full-width letters', ref: (i, s) => `考虑上文考虑到${wider(i)}第${wider(s)}项所述`, written: wider },
  { name: 'no direction word, …第…项', ref: (i, s) => `根据考虑到${i}第${s}项开展工作`, written: same },
  { name: 'no direction word, …项第…目, full-width parentheses', ref: (i, s) => `根据考虑到${wide(i)}项第${wide(s)}目开展工作`, written: wide },
  { name: 'no direction word, tight, full-width letters', ref: (i, s) => `根据考虑到${wider(i)}${wider(s)}开展工作`, written: wider },
];
const langs: (SubItemLang & { form: string; written: (label: string) => string })[] = FORMS.map((f) => ({ ...ZH, ref: f.ref, form: f.name, written: f.written }));
const label = (l: { written: (label: string) => string }, s: string) => l.written(s);
/** A label as written, in ASCII. */
const ascii = (label: string | undefined) => label?.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

for (const l of langs) {
  const [a, b, c] = l.letters;
  test(`zh (${l.form}): the sub-item is read within its item, and checked as a path`, () => {
    for (const count of [1, 2, 3]) {
      for (const s of ROMAN) {
        const t = subItemText(l, [a, b, c], ROMAN.slice(0, count), [b, s]);
        const doc = parseDocument(t);
        assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((x) => [x.label, x.within])), [[[label(l, b), undefined], [label(l, s), label(l, b)]]], t);
        // b) lacks the sub-item (c) has all three: the first of the call is no answer).
        const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved').map((f) => f.start);
        assert.deepEqual(unresolved, ROMAN.indexOf(s) >= count ? [t.lastIndexOf(label(l, s))] : [], t);
      }
    }
  });

  test(`zh (${l.form}): the numbering fixes carry the reference: the item relettered, the sub-item renumbered`, () => {
    const gap = subItemText(l, ['', b, c], ROMAN, [b, 'iii)']);
    const f = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(f, 'a gap to fix');
    const fixed = applyEdits(gap, f.fix!.edits);
    assert.ok(fixed.includes(l.ref(a, 'iii)')), fixed.split('\n').at(-2));
    const subGap = subItemText(l, [a, b, c], ['', 'ii)', 'iii)'], [b, 'iii)']);
    const g = checkDocument(parseDocument(subGap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(g, 'a sub-item gap to fix');
    const renumbered = applyEdits(subGap, g.fix!.edits);
    assert.ok(renumbered.includes(l.ref(b, 'ii)')), renumbered.split('\n').at(-2));
    assert.deepEqual(checkDocument(parseDocument(renumbered)).filter((x) => x.code.startsWith('reference.')), []);
  });

  test(`zh (${l.form}): in a MOD that reletters the item, the reference is stale and its fix offers the new label`, () => {
    const relabel = (from: string, to: string) => `{~~${from.slice(0, -1)}~>${to.slice(0, -1)}~~})`;
    const lines = [...l.head, l.call, `${a}\titem 0;`, `{++${b}\tnew item:++}`, '{++i)\tnew sub;++}', `${relabel(b, c)}\titem 1:`,
      ...ROMAN.map((s, j) => `${s}\tsub b${j};`), `${relabel(c, 'd)')}\titem 2;`, l.op, `1\t${l.ref(b, 'iii)')}.`];
    const text = ['MOD\tX/1/1', ...lines, '', '理由：\tr.', ''].join('\n');
    const found = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('reference.'));
    assert.deepEqual(found.map((f) => f.code), ['reference.stale'], found.map((f) => f.message).join('\n'));
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), []);
    assert.deepEqual(parseDocument(fixed).views.new.references[0].targets.map((t) => [ascii(t.label), ascii(t.within)]), [[c, undefined], ['iii)', c]]);
  });
}

// A numbered item's sub-items: resolves 2 with i) ii) (or a) b)), the reference in 3.
const NUMBERED: { name: string; subs: string[]; ref: (s: string) => string }[] = [
  { name: '第2段第…项', subs: ROMAN, ref: (s) => `考虑上述做出决议第2段第${s}项所述` },
  { name: '第2段…', subs: ROMAN, ref: (s) => `根据做出决议第2段${s}开展工作` },
  { name: '第2…段 (tight, as 上述第3b)段)', subs: ['a)', 'b)', 'c)'], ref: (s) => `考虑上述做出决议第2${s}段所述` },
];

for (const n of NUMBERED) {
  test(`zh (${n.name}): a numbered item's sub-item is read within it, checked, and renumbered with it`, () => {
    const doc = (subs: string[], s: string) => [...ZH.head, ZH.call, 'a)\titem;', ZH.op, '1\t甲；', '2\t乙：', ...subs.map((x, j) => x && `${x}\tsub ${j}；`).filter(Boolean),
      `3\t${n.ref(s)}。`, ''].join('\n');
    for (const count of [1, 2, 3]) {
      for (const s of n.subs) {
        const t = doc(n.subs.slice(0, count), s);
        assert.deepEqual(parseDocument(t).views.new.references.map((r) => r.targets.map((x) => [x.label, x.within])), [[['2', undefined], [s, '2']]], t);
        const unresolved = checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved').map((f) => f.start);
        assert.deepEqual(unresolved, n.subs.indexOf(s) >= count ? [t.lastIndexOf(s)] : [], t);
      }
    }
    const gap = doc(['', ...n.subs.slice(1)], n.subs[2]);
    const g = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(g, 'a sub-item gap to fix');
    const fixed = applyEdits(gap, g.fix!.edits);
    assert.ok(fixed.includes(n.ref(n.subs[1])), fixed.split('\n').at(-2));
  });
}

test('zh: a measure word after a number still counts (`上文做出决议1、2项`), and the item words alone name the item', () => {
  const t = (ref: string) => [...ZH.head, ZH.call, 'a)\titem;', 'b)\titem;', ZH.op, '1\t甲；', '2\t乙；', `3\t${ref}。`, ''].join('\n');
  assert.deepEqual(parseDocument(t('按照上文做出决议1、2项建议')).views.new.references, []);
  assert.deepEqual(parseDocument(t('考虑上文考虑到b)项和a)项所述')).views.new.references.map((r) => [r.direction, r.targets.map((x) => x.label)]), [['above', ['b)', 'a)']]]);
  // Sub-items listed in full-width letters, one of three letters (`ｉｉｉ）`), each within their item.
  for (const list of ['ｉ）和ｉｉｉ）', 'ｉ）至ｉｉｉ）']) {
    const refs = parseDocument(t(`考虑上文考虑到ｂ）第${list}项所述`)).views.new.references;
    assert.deepEqual(refs.map((r) => r.targets.map((x) => [x.label, x.within])), [[['ｂ）', undefined], ['ｉ）', 'ｂ）'], ['ｉｉｉ）', 'ｂ）']]], list);
  }
});
