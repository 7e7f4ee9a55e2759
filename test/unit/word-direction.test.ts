// Paragraph direction from the paragraph's own script (review3 E27): an Arabic MOD under an English cover is laid out
// right to left (w:bidi on its paragraphs, w:rtl on its runs), its English paragraphs left to right.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { partText, roundTrip } from '../support/word';

const MIXED = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'word', 'mixed-rtl.itu'), 'utf8');

/** Each body paragraph (cover tables aside) as [its text with all changes, right to left?, every run right to left?]. */
function layout(xml: string): [string, boolean, boolean][] {
  const body = xml.slice(Math.max(0, xml.indexOf('_ItuCover')));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m): [string, boolean, boolean] => {
    const p = m[1];
    const text = [...p.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join('');
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => r[1]).filter((r) => /<w:(?:t|delText)\b/.test(r));
    return [text, /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:bidi\/>/.test(p), runs.length > 0 && runs.every((r) => /<w:rtl\/>/.test(r))];
  }).filter(([text]) => text !== '');
}

describe('paragraph direction from its own script (review3 E27)', () => {
  it('lays out Arabic paragraphs right to left in an English document, and English ones left to right', async () => {
    const rt = await roundTrip(MIXED);
    const paragraphs = layout(await partText(rt.docx, 'word/document.xml'));
    const find = (start: string) => paragraphs.find(([text]) => text.startsWith(start))!;
    for (const english of ['1Introduction', 'The Arab States propose', 'MOD']) assert.deepEqual(find(english).slice(1), [false, false], english);
    for (const arabic of ['القرار 64', 'إذ تضع في اعتبارها', 'أ )', 'تقرر', 'الأسباب:']) assert.deepEqual(find(arabic).slice(1), [true, true], arabic);
    // An item whose label is inserted and whose text is Arabic, and a table cell, each by its own script.
    assert.deepEqual(find('ج )').slice(1), [true, true]);
    assert.deepEqual(find('تخصيص عناوين بروتوكول الإنترنت').slice(1), [true, true]);
    assert.deepEqual(find('Arabic').slice(1), [false, false]);
    // The Arabic footnote too; the document itself stays left to right (its styles carry no w:bidi).
    assert.match(await partText(rt.docx, 'word/footnotes.xml'), /<w:pPr><w:pStyle w:val="FootnoteText"\/><w:bidi\/><\/w:pPr>/);
    assert.doesNotMatch(await partText(rt.docx, 'word/styles.xml'), /<w:bidi\/>/);
    // Import gives back the text as it was.
    assert.equal(rt.text, MIXED);
  });
});
