// The Word export sets a cross-reference's call and labels in italics as ITU's texts do, in the six
// languages: the English ones as word/house.ts has always read them, the others as the core reads
// them (core/lang/references.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emphasis } from '../../server/src/word/house';

const role = { italicLabel: false, reasons: false, italicLine: false };
/** The italic pieces of a line, as text. */
const italics = (text: string) => emphasis(text, role).filter((e) => e.italic).map((e) => text.slice(e.start, e.end));

test('a cross-reference\'s call and labels are italic in each language; its direction word and the rest are not', () => {
  assert.deepEqual(italics('to study the matters in considering b) and c) above;'), ['considering', 'b)', 'c)']);
  assert.deepEqual(italics('d\'étudier les questions visées au considérant b) et c) ci-dessus;'), ['considérant', 'b)', 'c)']);
  assert.deepEqual(italics('l\'alinéa d) du considérant en outre ci-dessus;'), ['d)', 'considérant en outre']);
  assert.deepEqual(italics('estudiar los asuntos del considerando b) y c) anteriores;'), ['considerando', 'b)', 'c)']);
  assert.deepEqual(italics('изучить вопросы, указанные в пунктах b) и c) раздела учитывая выше;'), ['b)', 'c)', 'учитывая']);
  // Chinese writes the label against the call: one italic run.
  assert.deepEqual(italics('研究上文考虑到b)和c)所述问题；'), ['考虑到b)', 'c)']);
  assert.deepEqual(italics('دراسة المسائل الواردة في الفقرتين ب) وج) من إذ تضع في اعتبارها أعلاه؛'), ['ب)', 'ج)', 'إذ تضع في اعتبارها']);
  // No reference, nothing italic.
  assert.deepEqual(italics('de continuer d\'appuyer les travaux en cours;'), []);
});
