// Numbers in Arabic references written in Arabic-Indic digits (`البند ٤ من تقرر أعلاه`, `تقرر ٤ أعلاه`, `البنود ٣-٤ من
// تقرر أعلاه`, `القسم ٢ أدناه`, `١.٢ أعلاه`), as an Arabic text's labels are (`١`, `٢`: lang/labels.ts foldLabelForms), and
// an item's sub-items numbered with digits (`ب) ٢)` under `ب)` with `١)` `٢)` `٣)`). Before, none of these was read: a
// reference naming an item the Resolution lacks went unreported, and the numbering fix left it as written. Generated:
// each form with the items' labels in ASCII, Arabic-Indic and Eastern Arabic-Indic digits, the reference in each too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { referenceMatches } from '../../server/src/core/lang/references';

const DIGITS = {
  ascii: (n: number) => String(n),
  arabicIndic: (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
  eastern: (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))),
};
type Digits = keyof typeof DIGITS;
const KINDS = Object.keys(DIGITS) as Digits[];

const HEAD = ['القرار 175 (المراجَع في دبي، 2018)', 'العنوان', 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،', 'إذ تضع في اعتبارها'];

/** The Resolution: ب) with the sub-items `subs` numbered `sub` ('' leaves one out), تقرر 1 2 3 numbered `item`, يكلف الأمين العام 1 2, the last item holding `ref`. */
function text(item: Digits, sub: Digits, ref: string, subs = [1, 2, 3], items = [1, 2, 3]): string {
  const n = DIGITS[item];
  const s = DIGITS[sub];
  return [...HEAD, 'أ)\tالبند الأول؛', 'ب)\tالبند الثاني:', ...subs.map((k) => `${s(k)})\tفرعي ${k}؛`), 'ج)\tالبند الثالث،', 'تقرر',
    ...items.map((k) => `${n(k)}\tالبند ${k}؛`), 'يكلف الأمين العام', `${n(1)}\tالبند الأول؛`, `${n(2)}\t${ref}.`, ''].join('\n');
}

const unresolved = (t: string) => checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved');

for (const item of KINDS) {
  for (const written of KINDS) {
    const d = DIGITS[written];
    test(`Arabic: references in ${written} digits to items numbered in ${item} digits are read and checked`, () => {
      const forms: [string, number][] = [
        [`مراعاة البند ${d(2)} من تقرر أعلاه`, 0],
        [`مراعاة البند ${d(4)} من تقرر أعلاه`, 1],
        [`مراعاة تقرر ${d(3)} أعلاه`, 0],
        [`مراعاة تقرر ${d(4)} أعلاه`, 1],
        [`مراعاة البنود ${d(3)}-${d(4)} من تقرر أعلاه`, 1],
        [`مراعاة البندين ${d(1)} و${d(3)} من يكلف الأمين العام أعلاه`, 1],
      ];
      for (const [ref, count] of forms) {
        const t = text(item, 'ascii', ref);
        assert.equal(parseDocument(t).views.new.references.length, 1, t);
        const found = unresolved(t);
        assert.equal(found.length, count, `${ref}\n${found.map((f) => f.message).join('\n')}`);
        if (count) assert.equal(found[0].start, t.lastIndexOf(ref.includes('تقرر') ? d(4) : d(3)));
      }
    });
  }
  test(`Arabic: the numbering fix carries a reference in ${item} digits (an item left out of تقرر)`, () => {
    const d = DIGITS[item];
    const t = text(item, 'ascii', `مراعاة البند ${d(3)} من تقرر أعلاه`, [1, 2, 3], [1, 3, 4]);
    const gap = checkDocument(parseDocument(t)).find((f) => f.code === 'numbering.gap' && f.fix);
    assert.ok(gap, t);
    const fixed = applyEdits(t, gap.fix!.edits);
    const [ref] = parseDocument(fixed).views.new.references;
    assert.equal(ref.targets.length, 1);
    assert.equal(ref.targets[0].label.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0)), '2', fixed.split('\n').at(-2));
    assert.deepEqual(unresolved(fixed), []);
  });
}

for (const sub of KINDS) {
  const d = DIGITS[sub];
  test(`Arabic: an item's sub-items numbered in ${sub} digits, named after it (ب) ${d(3)})`, () => {
    for (const [ref, within, count] of [
      [`مراعاة إذ تضع في اعتبارها ب) ${d(3)}) أعلاه`, [[`${d(3)})`, 'ب)']], 0],
      [`مراعاة إذ تضع في اعتبارها ب) ${d(4)}) أعلاه`, [[`${d(4)})`, 'ب)']], 1],
      [`مراعاة الفقرة ب) ${d(2)}) و${d(4)}) من إذ تضع في اعتبارها أعلاه`, [[`${d(2)})`, 'ب)'], [`${d(4)})`, 'ب)']], 1],
      [`مراعاة الفقرة الفرعية ${d(4)}) من الفقرة ب) من إذ تضع في اعتبارها أعلاه`, [[`${d(4)})`, 'ب)']], 1],
    ] as const) {
      const t = text('ascii', sub, ref);
      const [r] = parseDocument(t).views.new.references;
      assert.deepEqual(r.targets.filter((x) => x.within).map((x) => [x.label, x.within]), within, t);
      assert.equal(unresolved(t).length, count, ref);
    }
  });
}

test('Arabic: a section and a decimal clause in Arabic-Indic digits', () => {
  assert.deepEqual(referenceMatches('انظر القسم ٢ أدناه').map((r) => [r.section, r.direction, r.targets.map((t) => t.label)]), [[true, 'below', ['٢']]]);
  assert.deepEqual(referenceMatches('وفقاً للفقرة ١.٢ أعلاه').map((r) => [r.direction, r.targets.map((t) => t.label)]), [['above', ['١.٢']]]);
});

test('a number before a parenthesis in a reference of another language is no sub-item (`resolves 1 and 2) above`)', () => {
  assert.deepEqual(referenceMatches('(see resolves 1 and 2) above').map((r) => r.targets.map((t) => t.label)), []);
  // (`considering b)` is read without its direction word, as before: `2)` names no sub-item.)
  assert.deepEqual(referenceMatches('considering b) 2) above').map((r) => r.targets.map((t) => [t.label, t.within])), [[['b)', undefined]]]);
});
