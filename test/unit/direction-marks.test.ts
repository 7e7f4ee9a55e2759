// Directional marks (LRM, RLM, ALM) are display, not text (review 6, G14): Arabic Word text carries them after a
// label, a call or a number line, and import keeps them. Read as nothing there and compared as no text: the
// MOD reads as the same MOD without them, no finding at all (before: characters.invisible and a cascade).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { lines } from './helpers';

const BASE = ['القرار 52 (المراجَع في دبي، 2012)', 'مكافحة الرسائل الاقتحامية', '(فلوريانوبوليس، 2004؛ دبي، 2012)',
  'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2012)،', 'إذ تضع في اعتبارها', 'أ )\tأن البريد الإلكتروني وسيلة اتصال رئيسية؛',
  'ب)\tأن للرسائل الاقتحامية تعاريف متعددة؛', 'ج )\tأن الرسائل الاقتحامية مشكلة عالمية،', 'تقرر', '1\tمواصلة دعم العمل الجاري؛',
  '2\tمواصلة التعاون مع المنظمات المعنية،', 'تكلف مدير مكتب تقييس الاتصالات', '1\tبتقديم كل المساعدة اللازمة.'];
const codes = (body: string[]) => {
  const i = new BaseIndex();
  i.update('res52-ar.itu', lines(...BASE));
  const text = lines('MOD\tARB/30A2/1', ...body, '', 'الأسباب:\tتوسيع نطاق القرار.');
  return checkDocument(parseDocument(text), { bases: i.lookup }).map((f) => `${f.code} ${f.message}`);
};
const changed = (b: string[]) => ['القرار 52 (المراجَع في {~~دبي، 2012~>جنيف، 2024~~})', b[1], '(فلوريانوبوليس، 2004؛ دبي، 2012{++؛ جنيف، 2024++})',
  'إن الجمعية العالمية لتقييس الاتصالات ({~~دبي، 2012~>جنيف، 2024~~})،', ...b.slice(4)];

test('a directional mark after a label, a call or the number line is read as nothing', () => {
  assert.deepEqual(codes(changed(BASE)), []);
  for (const mark of ['\u200F', '\u200E', '\u061C']) {
    const marked = [...BASE];
    marked[0] += mark;
    marked[6] = `ب${mark})\tأن للرسائل الاقتحامية تعاريف متعددة؛`;
    marked[7] = `ج )${mark}\tأن الرسائل الاقتحامية مشكلة عالمية،`;
    marked[8] = `تقرر${mark}`;
    marked[11] = `${mark}تكلف مدير مكتب تقييس الاتصالات${mark}`;
    const body = changed(marked);
    body[0] += mark;
    assert.deepEqual(codes(body), [], JSON.stringify(mark));
    // Still compared: an unmarked change is found.
    body[9] = '1\tمواصلة دعم العمل المهم؛';
    assert.ok(codes(body).some((c) => c.startsWith('base.untracked-change')), JSON.stringify(mark));
  }
});

test('directional marks inside the text are no change against the text in force; other invisible characters still are', () => {
  const lrm = changed(BASE);
  lrm[5] = 'أ )\tأن البريد \u200Eالإلكتروني\u200F وسيلة اتصال رئيسية؛';
  assert.deepEqual(codes(lrm), []);
  const zwsp = changed(BASE);
  zwsp[5] = 'أ )\tأن البريد \u200Bالإلكتروني وسيلة اتصال رئيسية؛';
  assert.equal(codes(zwsp).filter((c) => c.startsWith('base.untracked-change')).length, 1);
});

test('a label carrying a directional mark keeps its place: its span and the relettering fix cover the letter as written', () => {
  const text = lines('ADD\tX/1/1', 'مشروع قرار جديد [X-1] (دبي، 2024)', 'عنوان', 'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2024)،', 'إذ تضع في اعتبارها',
    'أ )\tنص أول؛', 'أ )\tنص جديد؛', 'ب\u200F)\tنص ثان،', 'تقرر', '1\tنص.', '', 'الأسباب:\tنص.');
  const doc = parseDocument(text);
  const dup = checkDocument(doc).find((f) => f.code === 'numbering.duplicate');
  assert.ok(dup?.fix);
  assert.deepEqual(checkDocument(doc).map((f) => f.code), ['numbering.duplicate']);
  const edits = dup.fix.edits.map((e) => text.slice(e.start, e.end));
  assert.ok(edits.every((e) => e.startsWith('أ') || e.startsWith('ب')), JSON.stringify(edits));
});
