// ITU's own first page read back as the cover block (review 7, H11): the table at the top (meeting, PLENARY MEETING,
// `Addendum 25 to` / `Document 42-E`, date, `Original: English`) and the Source and Title paragraphs after it, in
// any of the six languages; a table that names no document stays a table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { checkDocument, coverValue, parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { FIXED_DATE } from '../support/word';
import { docx, p, r } from '../support/wordml';

const LANGUAGES = path.resolve(__dirname, '..', 'fixtures', 'languages');
const cell = (...lines: string[]) => `<w:tc>${p(lines.map((l, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + r(l)).join(''))}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const styled = (text: string, style: string) => p(r(text), `<w:pStyle w:val="${style}"/>`);

describe('import: ITU\'s first page as the cover block (review 7, H11)', () => {
  it('reads the first-page table, Source and Title as the cover block; proposal ids are then checked against it', async () => {
    const page = '<w:tbl>' +
      row(cell('World Telecommunication Standardization Assembly (WTSA-24)', 'New Delhi, 15-24 October 2024'), cell()) +
      row(cell('PLENARY MEETING'), cell('Addendum 25 to', 'Document 42-E')) +
      row(cell(), cell('15 September 2024')) +
      row(cell(), cell('Original: English')) + '</w:tbl>';
    const body = page + p('') + styled('African Telecommunications Union Administrations', 'Source') + styled('PROPOSED MODIFICATION TO RESOLUTION 52', 'Title1') +
      p(r('Abstract:\tThis contribution proposes to update Resolution 52.')) + p(r('MOD\tAFCP/42A25/1')) + p(r('RESOLUTION 52 (Rev. Dubai, 2012)')) + p(r('Reasons:\tTo update.')) +
      p(r('MOD\tAFCP/41A25/2')) + p(r('RESOLUTION 1 (Rev. Dubai, 2012)')) + p(r('Reasons:\tTo update.'));
    const result = await importDocx(await docx({ body }));
    assert.equal(result.text.split('\n\n')[0], [
      'Meeting:\tWorld Telecommunication Standardization Assembly (WTSA-24), New Delhi, 15-24 October 2024',
      'Document:\t42', 'Addendum:\t25', 'Date:\t15 September 2024', 'Original:\tEnglish', 'Proposals:\tAFCP',
      'Source:\tAfrican Telecommunications Union Administrations', 'Title:\tPROPOSED MODIFICATION TO RESOLUTION 52',
      'Abstract:\tThis contribution proposes to update Resolution 52.',
    ].join('\n'));
    assert.ok(result.notes.some((n) => /first page is read as the cover block .*Proposals: AFCP, from the proposal ids/.test(n.message)));
    const doc = parseDocument(result.text);
    // The id copied from another contribution (document 41) is caught against the page's document number.
    const prefix = checkDocument(doc).filter((f) => f.code === 'proposal.id-prefix');
    assert.deepEqual(prefix.map((f) => doc.text.slice(f.start, f.end)).join(), 'AFCP/41A25/2');
    assert.equal(coverValue(doc, 'Document'), '42');
    assert.equal(coverValue(doc, 'Source'), 'African Telecommunications Union Administrations');
  });

  it('an export whose recorded cover is gone (custom properties dropped) comes back with its cover, in each language', async () => {
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
      const source = parseDocument(fs.readFileSync(path.join(LANGUAGES, `draft-${lang}.itu`), 'utf8'));
      const zip = await JSZip.loadAsync(await exportDocx(source, { date: FIXED_DATE }));
      zip.remove('docProps/custom.xml');
      const back = parseDocument((await importDocx(await zip.generateAsync({ type: 'uint8array' }))).text);
      for (const field of ['Document', 'Addendum', 'Source']) assert.equal(coverValue(back, field), coverValue(source, field), `${lang} ${field}`);
      assert.match(coverValue(back, 'Meeting') ?? '', /\(WTSA-16\)/, lang);
    }
  });

  it('a first table that names no document, or holds tracked changes, stays a table', async () => {
    const plain = await importDocx(await docx({ body: '<w:tbl>' + row(cell('Band'), cell('Original: note')) + row(cell('1-2 MHz'), cell('x')) + '</w:tbl>' + p(r('Text.')) }));
    assert.match(plain.text, /^\| Band \| Original: note \|/);
    const changed = '<w:tbl>' + row(cell('PLENARY MEETING'), `<w:tc>${p('<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">' + r('Document 42-E') + '</w:ins>')}</w:tc>`) + '</w:tbl>';
    assert.match((await importDocx(await docx({ body: changed + p(r('Text.')) }))).text, /^\| PLENARY MEETING \| \{\+\+Document 42-E\+\+\}/);
  });
});
