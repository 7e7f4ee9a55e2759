// The synoptic table of an Arabic text is laid out right to left (review 6, G20): a right-to-left table, each cell's
// paragraph right to left (w:bidi) with right-to-left runs (w:rtl) when its text is Arabic, as the export sets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { BaseIndex, compile, mergedDraft, parseDocument } from '../../server/src/core';
import { synopticDocx } from '../../server/src/word/synoptic';
import { lines } from './helpers';

const AR = ['القرار 52 (المراجَع في دبي، 2012)', 'مكافحة الرسائل الاقتحامية', '(فلوريانوبوليس، 2004؛ دبي، 2012)',
  'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2012)،', 'إذ تضع في اعتبارها', 'أ )\tأن الرسائل الاقتحامية مشكلة عالمية،', 'تقرر', '1\tمواصلة دعم العمل الجاري.'];
const EN = ['RESOLUTION 52 (Rev. Dubai, 2012)', 'Countering spam', '(Florianópolis, 2004; Dubai, 2012)',
  'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'considering', 'a)\tthat spam is a global problem,', 'resolves', '1\tto go on.'];

async function documentXml(base: string[], target: string, edit: (l: string) => string): Promise<string> {
  const index = new BaseIndex();
  index.update('in-force.itu', lines(...base));
  const mod = (party: string, seq: number) => lines('Meeting:\tWTSA-24', `Proposals:\t${party}`, '', `MOD\t${party}/30/${seq}`, ...base.map((l, i) => (i === 7 ? edit(l) : l)), '', 'Reasons:\tr.');
  const sources = [{ location: 'a.itu', doc: parseDocument(mod('ARB', 1)) }, { location: 'b.itu', doc: parseDocument(mod('EGY', 2)) }];
  const c = compile(target, sources, index.lookup);
  assert.ok(c, target);
  return (await JSZip.loadAsync(await synopticDocx(c, { date: new Date(Date.UTC(2024, 0, 1)) }))).file('word/document.xml')!.async('string');
}

test('an Arabic text\'s synoptic table is right to left; an English one is not', async () => {
  const ar = await documentXml(AR, 'القرار 52', (l) => l.replace('الجاري', '{++المهم ++}الجاري'));
  assert.match(ar, /<w:bidiVisual\/>/, 'a right-to-left table');
  const rows = ar.split(/<w:tr[ >]/).slice(1);
  // Every cell right to left (the header row's too); the body's Arabic runs right to left.
  for (const cell of rows.flatMap((r) => r.split('<w:tc>').slice(1))) assert.match(cell, /<w:bidi\/>/, cell.slice(0, 200));
  const arabicCells = rows.slice(1).flatMap((r) => r.split('<w:tc>').slice(1)).filter((c) => /[\u0600-\u06FF]/.test(c));
  assert.ok(arabicCells.length > 10);
  for (const cell of arabicCells) assert.match(cell, /<w:rtl\/>/, cell.slice(0, 200));
  const en = await documentXml(EN, 'Resolution 52', (l) => l.replace('go on', 'go on{++ working++}'));
  assert.doesNotMatch(en, /<w:bidi\/>|<w:rtl\/>|<w:bidiVisual\/>/);
});

test('an Arabic compilation speaks Arabic: the synoptic table\'s headings and statuses, the merged draft\'s title and Reasons (final read)', async () => {
  const ar = await documentXml(AR, 'القرار 52', (l) => l.replace('الجاري', '{++المهم ++}الجاري'));
  for (const w of ['النص الساري', 'الحالة', 'تجميع المقترحات']) assert.ok(ar.includes(w), w);
  assert.doesNotMatch(ar, /Text in force|>Status<|Compilation of proposals/);
  // The headings' runs are right to left too.
  assert.match(ar, /<w:rtl\/>(?:(?!<\/w:r>).)*الحالة/s);
  const index = new BaseIndex();
  index.update('in-force.itu', lines(...AR));
  const mod = lines('Proposals:\tARB', '', 'MOD\tARB/30/1', ...AR.map((l, i) => (i === 7 ? l.replace('الجاري', '{++المهم ++}الجاري') : l)), '', 'الأسباب:\tr.');
  const merged = mergedDraft(compile('القرار 52', [{ location: 'a.itu', doc: parseDocument(mod) }], index.lookup)!);
  assert.match(merged, /^Title:\tتجميع المقترحات: /m);
  const doc = parseDocument(merged);
  assert.ok(doc.proposals[0].reasons, 'the Arabic Reasons line is read as Reasons');
  assert.match(merged, /\nالأسباب:\tجُمّع من ARB\/30\/1/);
});
