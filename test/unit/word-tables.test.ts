// Pipe tables exported as Word tables and imported back (review3 E19): cells, revision marks inside cells, rows
// inserted or deleted whole, the fallback to paragraphs where a Word table cannot hold the change.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { paragraphs, marks, partText, roundTrip } from '../support/word';

/** A contribution with a summary table in its introduction and a MOD of the Table of Frequency Allocations. */
const CONTRIBUTION = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'word', 'tables.itu'), 'utf8');

/** The body after the first page (the cover tables are the export's own). */
async function body(docx: Uint8Array): Promise<string> {
  const xml = await partText(docx, 'word/document.xml');
  return xml.slice(Math.max(0, xml.indexOf('_ItuCover')));
}

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rows = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const cells = (tr: string) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
/** A cell's text as Word shows it with all changes: kept and inserted text, then deleted text apart. */
const shown = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const deleted = (xml: string) => [...xml.matchAll(/<w:delText(?: [^>]*)?>([^<]*)<\/w:delText>/g)].map((m) => m[1]).join('');

describe('pipe tables become Word tables (review3 E19)', () => {
  it('writes each pipe table as a w:tbl: one row per line, the delimiter row left out, cells without their bars', async () => {
    const rt = await roundTrip(CONTRIBUTION);
    const xml = await body(rt.docx);
    const [summary, allocation, ...more] = tables(xml);
    assert.equal(more.length, 0);
    assert.doesNotMatch(xml, /\| ---|\| Item/, 'no pipe text left in the document');
    const summaryRows = rows(summary);
    assert.equal(summaryRows.length, 5);
    assert.deepEqual(summaryRows.map((tr) => cells(tr).length), [3, 3, 3, 3, 3]);
    assert.deepEqual(cells(summaryRows[0]).map(shown), ['Item', 'Change', 'Party']);
    assert.match(summaryRows[0], /<w:tblHeader\/>/);
    assert.match(summaryRows[0], /w:val="Tablehead"/);
    // An escaped bar is a bar of the text; an empty cell is an empty paragraph.
    assert.deepEqual(cells(summaryRows[4]).map(shown), ['further instructs', 'split | new item and more', '']);
    assert.deepEqual(rows(allocation).map((tr) => cells(tr).length), [3, 3, 3]);
  });

  it('writes revision marks inside cells as w:ins / w:del runs, and a row inserted or deleted whole as a tracked row', async () => {
    const xml = await body((await roundTrip(CONTRIBUTION)).docx);
    const summaryRows = rows(tables(xml)[0]);
    const changed = cells(summaryRows[1])[1];
    assert.match(changed, /<w:del [^>]*w:author="AFCP"[^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:delText[^>]*>reworded<\/w:delText>/);
    assert.equal(deleted(changed), 'reworded');
    assert.match(changed, /<w:ins [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>rewritten<\/w:t>/);
    // The inserted row: w:trPr/w:ins, its text in w:ins runs, its footnote reference a real one.
    assert.match(summaryRows[2], /<w:trPr>(?:<w:tblHeader\/>)?<w:ins w:id="\d+"[^>]*w:author="AFCP"/);
    assert.match(cells(summaryRows[2])[1], /<w:ins [^>]*>[\s\S]*<w:footnoteReference w:id="1"\/>/);
    // The deleted row: w:trPr/w:del, its text deleted.
    assert.match(summaryRows[3], /<w:trPr><w:del w:id="\d+"/);
    assert.deepEqual(cells(summaryRows[3]).map(deleted), ['instructs 1', 'deleted', 'AFCP']);
    // An insertion inside a cell of a plain row.
    assert.match(cells(summaryRows[4])[1], /<w:ins [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*> and more<\/w:t>/);
    // The MOD of the Table of Frequency Allocations: the ADD in its cell is tracked.
    assert.match(cells(rows(tables(xml)[1])[2])[0], /<w:ins [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*> ADD 5\.A14<\/w:t>/);
  });

  it('imports the tables back as the pipe tables they were: the same text, marks, new and old texts, no notes', async () => {
    const rt = await roundTrip(CONTRIBUTION);
    assert.equal(rt.text, CONTRIBUTION);
    assert.deepEqual(marks(rt.after), marks(rt.before));
    assert.deepEqual(paragraphs(rt.after, 'old'), paragraphs(rt.before, 'old'));
    assert.deepEqual(rt.notes.filter((n) => !/Revision dates/.test(n.message)), []);
  });

  it('a table inserted whole comes back inserted whole, its delimiter row in the mark', async () => {
    const text = 'MOD\tX/1/1\nText before.\n\n{++| New | Table |\n| --- | --- |\n| a | b |\n++}Text after{++ more++}.\n';
    const rt = await roundTrip(text);
    assert.equal(rt.text, text);
    const [tbl] = tables(await body(rt.docx));
    assert.equal(rows(tbl).filter((tr) => /<w:trPr>(?:<w:tblHeader\/>)?<w:ins /.test(tr)).length, 2);
  });

  it('a bar inside a change (a cell added to a row) keeps the table as paragraphs: a Word table cannot show both texts', async () => {
    const text = 'MOD\tX/1/1\n| a | b |\n| --- | --- |\n| 1 | 2{++ | 3++} |\n';
    const rt = await roundTrip(text);
    assert.equal(tables(await body(rt.docx)).length, 0);
    assert.equal(rt.text, text);
  });
});
