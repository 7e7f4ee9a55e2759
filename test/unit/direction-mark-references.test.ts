// A directional mark in an Arabic label (`ج\u200F)`, as Word's right-to-left text carries one beside the parenthesis) is
// read as nothing by the references too (review 14, rev-lang): the label was keyed with the mark, so a reference
// `الفقرتين ج) وهـ)` named no item (`reference.unresolved`, a false alarm listing `ج<U+200F>)`), and the numbering fix
// relettered the item but not the reference (which then named another item). Generated: each mark × where it stands
// in the item's label × where it stands in the reference's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';

const MARKS = ['\u200F', '\u200E', '\u061C'];
/** Where a mark stands in a label `ج)`: before the letter, between the letter and the parenthesis, after the parenthesis, or none. */
const PLACES: ((letter: string, mark: string) => string)[] = [
  (l) => `${l})`,
  (l, m) => `${m}${l})`,
  (l, m) => `${l}${m})`,
  (l, m) => `${l})${m}`,
  (l, m) => `${m}${l}${m})`,
];

function resolution(item: (letter: string) => string, ref: (letter: string) => string, gap: boolean): string {
  return ['مشروع قرار جديد [ARB-1] (جنيف، 2022)', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (جنيف، 2022)،', 'إذ تضع في اعتبارها',
    `${item('أ')}\tأن الذكاء الاصطناعي يتطور؛`, ...(gap ? [] : [`${item('ب')}\tأن البلدان النامية تحتاج إلى المساعدة؛`]),
    `${item('ج')}\tأن التعاون ضروري؛`, `${item('د')}\tأن شيئاً آخر،`, 'تقرر',
    `1\tمراعاة الفقرتين ${ref('ج')} و${ref('د')} من إذ تضع في اعتبارها أعلاه.`, ''].join('\n');
}

for (const mark of MARKS) {
  PLACES.forEach((inItem, i) => {
    PLACES.forEach((inRef, r) => {
      if (i === 0 && r === 0) return;
      test(`U+${mark.charCodeAt(0).toString(16).toUpperCase()} at place ${i} of the items' labels, ${r} of the reference's: the reference names the items, and follows them when relettered`, () => {
        const item = (l: string) => inItem(l, mark);
        const ref = (l: string) => inRef(l, mark);
        const whole = parseDocument(resolution(item, ref, false));
        assert.deepEqual(checkDocument(whole).map((f) => `${f.code} ${f.message}`), []);
        // ب) missing: the fix reletters ج) د) to ب) ج), and the reference with them.
        const text = resolution(item, ref, true);
        const gap = checkDocument(parseDocument(text)).filter((f) => f.code !== 'characters.invisible');
        assert.deepEqual(gap.map((f) => f.code), ['numbering.gap'], gap.map((f) => f.message).join('\n'));
        // The message names the labels as they show, without the mark (it wrote `ج<U+200F>)`).
        assert.ok(!/[\u200E\u200F\u061C]|<U\+/.test(gap[0].message), gap[0].message);
        const fixed = applyEdits(text, gap[0].fix!.edits);
        const reference = fixed.split('\n').find((l) => l.startsWith('1\t'))!.replace(/[\u200E\u200F\u061C ]/g, '');
        assert.ok(reference.includes('الفقرتينب)وج)من'), `the reference follows the items: ${reference}`);
        assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code !== 'characters.invisible').map((f) => f.code), []);
      });
    });
  });
}

test('the hint of a reference naming no item lists the labels as they show, without their directional marks', () => {
  const text = resolution((l) => `${l}\u200F)`, (l) => (l === 'د' ? 'هـ)' : `${l})`), false);
  const messages = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved').map((f) => f.message);
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.ok(messages[0].endsWith('has أ), ب), ج), د).'), messages[0]);
});
