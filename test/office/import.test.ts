// Import of what LibreOffice writes when it saves a document as .docx (issue 13 items 6 and 7): a generated Word
// document and an export of ours, each saved again by LibreOffice, headless, then imported.
// Needs soffice (scripts/office/setup.sh); skipped without it, except under CI=true.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { officeSuite } from '../support/office-suite';
import { FIXED_DATE, marks, paragraphs, partText } from '../support/word';
import { by, docx, item, LIST, p, r } from '../support/wordml';

describe('LibreOffice save-as .docx, then import', () => {
  const suite = officeSuite('import');
  const skip = suite.skip;

  /** The document saved again by LibreOffice as .docx. */
  const resave = (name: string, bytes: Uint8Array): Buffer => {
    const file = path.join(suite.dir(), `${name}.docx`);
    fs.writeFileSync(file, bytes);
    return fs.readFileSync(suite.office().convert(file, 'docx', path.join(suite.dir(), 'resaved')));
  };

  it('a deleted list item, a hyperlink, Symbol and Wingdings characters and a table come back as the document reads', { skip }, async () => {
    const source = await docx({
      numbering: LIST(3),
      links: { rIdL: 'https://www.itu.int/en/ITU-T/wtsa16/' },
      body:
        p(r('MOD\tX/1/1')) +
        item(r('third item')) +
        item(`<w:del ${by('Ann', 1)}><w:r><w:delText>deleted numbered item</w:delText></w:r></w:del>`, `<w:del ${by('Ann', 2)}/>`) +
        item(r('fifth item')) +
        p(`${r('See ')}<w:hyperlink r:id="rIdL">${r('the WTSA-16 page')}</w:hyperlink>${r(': ')}<w:r><w:sym w:font="Symbol" w:char="F0B1"/></w:r>${r('\uF0A3\uF061', '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')}${r('\uF0FC', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')}`) +
        `<w:tbl><w:tr><w:tc>${p(r('Band'))}</w:tc><w:tc>${p(r('Service'))}</w:tc></w:tr><w:tr><w:tc>${p(r('1-2 GHz'))}</w:tc><w:tc>${p(r('MOBILE'))}${p(r('FIXED'))}</w:tc></w:tr></w:tbl>` +
        p(r('Reasons:\tTest.')),
    });
    const saved = resave('generated', source);
    // What LibreOffice wrote: the symbols as private-use text in the symbol font, the list still automatic.
    const xml = await partText(saved, 'word/document.xml');
    assert.match(xml, /[\uF0A3\uF0B1]/, 'LibreOffice writes Symbol characters as U+F0xx text');
    assert.match(xml, /<w:numPr>/);

    const result = await importDocx(saved);
    assert.equal(
      result.text,
      'MOD\tX/1/1\n3\tthird item\n{--4\tdeleted numbered item\n--}{>>@Ann<<}{~~5~>4~~}{>>@Ann<<}\tfifth item\n' +
        'See the WTSA-16 page{>>https://www.itu.int/en/ITU-T/wtsa16/<<}: \u00b1\u2264\u03b1\u2713\n' +
        // A blank line before the table, as Markdown has it (review3 E19).
        '\n| Band | Service |\n| --- | --- |\n| 1-2 GHz | MOBILE FIXED |\nReasons:\tTest.\n',
    );
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'new').slice(1, 3), ['3 third item', '4 fifth item']);
    assert.deepEqual(paragraphs(doc, 'old').slice(1, 4), ['3 third item', '4 deleted numbered item', '5 fifth item']);
  });

  it('a custom footnote mark comes back as [^bis] with its text, and marks side by side as written', { skip }, async () => {
    const source = 'MOD\tX/1/1\n\nText to report[^bis] and more[^1].\n\n[^bis]:\tA footnote with a custom mark.\n\n[^1]:\tA plain footnote.\n\nThen {--a--}{++b++} and {~~c~>d~~}.\n\nReasons:\tTest.\n';
    const before = parseDocument(source);
    const exported = await exportDocx(before, { date: FIXED_DATE });
    const saved = resave('footnotes', exported);
    const result = await importDocx(saved);
    const afterDoc = parseDocument(result.text);
    assert.match(result.text, /^Text to report\[\^bis\] and more\[\^1\]\.$/m);
    assert.match(result.text, /^\[\^bis\]:\tA footnote with a custom mark\.$/m);
    assert.match(result.text, /^\[\^1\]:\tA plain footnote\.$/m);
    // Text paragraphs in order; the definitions where they stood, but LibreOffice writes the bookmarks of two
    // definitions that stood together in an order of its own, so those are compared as a set.
    const isDef = (line: string) => /^\[\^[^\]\s]+\]:/.test(line);
    for (const view of ['new', 'old'] as const) {
      assert.deepEqual(paragraphs(afterDoc, view).filter((l) => !isDef(l)), paragraphs(before, view).filter((l) => !isDef(l)), view);
      assert.deepEqual(paragraphs(afterDoc, view).filter(isDef).sort(), paragraphs(before, view).filter(isDef).sort(), view);
    }
    const beforeThen = (doc: typeof before) => paragraphs(doc, 'new').slice(0, paragraphs(doc, 'new').indexOf('Then b and d.')).filter(isDef).length;
    assert.equal(beforeThen(afterDoc), 2, 'both definitions stand before the paragraph they preceded');
    // LibreOffice drops the export's itu:mark hints; the revision dates stay. Where the export dated the two marks
    // apart, they come back as two marks; where it gave them one date, Word would show one change too.
    const dates = [...(await partText(exported, 'word/document.xml')).matchAll(/<w:(ins|del) [^>]*w:date="([^"]*)"/g)].map((m) => m[2]);
    assert.notEqual(dates[0], dates[1], 'the export dates touching marks apart');
    assert.deepEqual(marks(afterDoc).map((m) => m.kind), ['deletion', 'insertion', 'substitution']);
  });
});
