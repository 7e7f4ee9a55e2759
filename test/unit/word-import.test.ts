// Import of what Word and LibreOffice write beyond our own exports (issue 13 items 6 and 7): automatic list
// numbers around a deleted or inserted item, hyperlink addresses, symbol-font characters, tables, and
// LibreOffice's custom footnote marks. Each document is generated here, part by part.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { marks, paragraphs } from '../support/word';
import { by, docx, item, LIST, p, r } from '../support/wordml';

describe('import: automatic list numbers around tracked items', () => {
  it('a deleted item comes in with its label inside the deletion, and the items after it renumbered', async () => {
    const result = await importDocx(
      await docx({
        numbering: LIST(3),
        body:
          p(r('MOD\tX/1/1')) +
          item(r('third item')) +
          item(`<w:del ${by('Ann', 1)}><w:r><w:delText>deleted numbered item</w:delText></w:r></w:del>`, `<w:del ${by('Ann', 2)}/>`) +
          item(r('fifth item')) +
          item(r('a sub-item'), '', 1) +
          item(r('sixth item')) +
          p(r('Reasons:\tTest.')),
      }),
    );
    assert.equal(
      result.text,
      'MOD\tX/1/1\n3\tthird item\n{--4\tdeleted numbered item\n--}{>>@Ann<<}{~~5~>4~~}{>>@Ann<<}\tfifth item\na)\ta sub-item\n{~~6~>5~~}{>>@Ann<<}\tsixth item\nReasons:\tTest.\n',
    );
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'old').slice(1, 6), ['3 third item', '4 deleted numbered item', '5 fifth item', 'a) a sub-item', '6 sixth item']);
    assert.deepEqual(paragraphs(doc, 'new').slice(1, 5), ['3 third item', '4 fifth item', 'a) a sub-item', '5 sixth item']);
  });

  it('an inserted item comes in with its label inside the insertion, and the items after it renumbered', async () => {
    const result = await importDocx(
      await docx({
        numbering: LIST(1),
        body:
          item(r('first')) +
          item(`<w:ins ${by('Ben', 1)}>${r('a new second')}</w:ins>`, `<w:ins ${by('Ben', 2)}/>`) +
          item(r('second, now third')) +
          item(`${r('kept, with ')}<w:ins ${by('Ben', 3)}>${r('words added')}</w:ins>`),
      }),
    );
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'old'), ['1 first', '2 second, now third', '3 kept, with']);
    assert.deepEqual(paragraphs(doc, 'new'), ['1 first', '2 a new second', '3 second, now third', '4 kept, with words added']);
    assert.match(result.text, /^1\tfirst\n\{\+\+2\ta new second\n\+\+\}\{>>@Ben<<\}\{~~2~>3~~\}\{>>@Ben<<\}\tsecond, now third\n/);
  });

  it('a list without tracked items reads as before: one label per item', async () => {
    const result = await importDocx(await docx({ numbering: LIST(1), body: item(r('one')) + item(r('two')) + item(`<w:del ${by('Ann', 1)}><w:r><w:delText>gone</w:delText></w:r></w:del>${r('stays')}`) }));
    assert.equal(result.text, '1\tone\n2\ttwo\n3\t{--gone--}{>>@Ann<<}stays\n');
  });
});

describe('import: hyperlinks', () => {
  it('keeps a hyperlink address as a comment after its text, unless the text is the address', async () => {
    const result = await importDocx(
      await docx({
        links: { rIdL1: 'https://www.itu.int/en/ITU-T/wtsa16/', rIdL2: 'http://www.itu.int/ITU-T/ipr/', rIdL3: 'mailto:tsb@itu.int' },
        body:
          p(`${r('See ')}<w:hyperlink r:id="rIdL1">${r('the WTSA-16 page')}</w:hyperlink>${r('.')}`) +
          p(`${r('Policy at ')}<w:hyperlink r:id="rIdL2">${r('http://www.itu.int/ITU\u2011T/ipr/')}</w:hyperlink>`) +
          p(`<w:ins ${by('Ann', 1)}><w:hyperlink r:id="rIdL3">${r('write to TSB')}</w:hyperlink>${r(' today')}</w:ins>`) +
          p(`<w:hyperlink w:anchor="_Toc1">${r('Annex 1')}</w:hyperlink>`),
      }),
    );
    assert.equal(
      result.text,
      'See the WTSA-16 page{>>https://www.itu.int/en/ITU-T/wtsa16/<<}.\nPolicy at http://www.itu.int/ITU\u2011T/ipr/\n{++write to TSB today++}{>>@Ann<<}{>>mailto:tsb@itu.int<<}\nAnnex 1\n',
    );
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'new').slice(0, 1), ['See the WTSA-16 page.'], 'the address is no part of the text');
    assert.ok(result.notes.some((n) => /2 hyperlink addresses are kept as a comment/.test(n.message)));
  });
});

describe('import: symbol-font characters', () => {
  it('maps Symbol and Wingdings code points (w:sym, or U+F0xx text in the font) to Unicode, and notes what has no mapping', async () => {
    const result = await importDocx(
      await docx({
        body:
          p(`${r('a ')}<w:r><w:sym w:font="Symbol" w:char="F0B1"/></w:r>${r(' b')}`) +
          p(r('\uF0A3\uF061\uF0B4\uF0E5\uF0AE', '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')) +
          p(r('\uF0FC\uF0A7', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')) +
          p(`${r('x\uF0F5y', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')}${r('\uF041', '<w:rFonts w:ascii="Webdings" w:hAnsi="Webdings"/>')}`) +
          p(`<w:r><w:sym w:font="Times New Roman" w:char="0041"/></w:r>`),
      }),
    );
    assert.equal(result.text, 'a \u00b1 b\n\u2264\u03b1\u00d7\u2211\u2192\n\u2713\u25aa\nx\uFFFDy\uFFFD\nA\n');
    assert.doesNotMatch(result.text, /[\uE000-\uF8FF]/, 'no private-use character is left');
    const note = result.notes.find((n) => /symbol-font characters have no Unicode equivalent/.test(n.message));
    assert.ok(note, 'a note says which characters have no mapping');
    assert.match(note.message, /^2 symbol-font characters .* Wingdings U\+F0F5; Webdings U\+F041\.$/);
  });
});

describe('import: tables', () => {
  it('reads a table as a pipe table: one line per row, a delimiter row after the first, | in a cell escaped', async () => {
    const cell = (...paras: string[]) => `<w:tc>${paras.map((t) => p(r(t))).join('')}</w:tc>`;
    const result = await importDocx(
      await docx({
        body:
          p(r('Before the table.')) +
          `<w:tbl><w:tr>${cell('Band')}${cell('Service')}</w:tr><w:tr>${cell('1-2 GHz')}${cell('MOBILE', 'FIXED')}</w:tr>` +
          `<w:tr>${cell('a|b')}<w:tc>${p(`<w:del ${by('Ann', 1)}><w:r><w:delText>old</w:delText></w:r></w:del><w:ins ${by('Ann', 2)}>${r('new')}</w:ins>`)}</w:tc></w:tr></w:tbl>` +
          p(r('After the table.')),
      }),
    );
    assert.equal(
      result.text,
      // A blank line before the table, as Markdown has it (and as the export's source has it, review3 E19).
      'Before the table.\n\n| Band | Service |\n| --- | --- |\n| 1-2 GHz | MOBILE FIXED |\n| a\\|b | {~~old~>new~~}{>>@Ann<<} |\nAfter the table.\n',
    );
    assert.ok(result.notes.some((n) => /table of 3 rows is imported as a pipe table/.test(n.message)));
  });

  it('puts a row inserted or deleted whole, bars and line end included, in its mark', async () => {
    const cell = (runs: string) => `<w:tc>${p(runs)}</w:tc>`;
    const result = await importDocx(
      await docx({
        body:
          `<w:tbl><w:tr>${cell(r('Band'))}${cell(r('Service'))}</w:tr>` +
          `<w:tr><w:trPr><w:ins ${by('Ann', 1)}/></w:trPr>${cell(`<w:ins ${by('Ann', 2)}>${r('3-4 GHz')}</w:ins>`)}${cell(`<w:ins ${by('Ann', 3)}>${r('FIXED')}</w:ins>`)}</w:tr>` +
          `<w:tr><w:trPr><w:del ${by('Ann', 4)}/></w:trPr>${cell(`<w:del ${by('Ann', 5)}><w:r><w:delText>5-6 GHz</w:delText></w:r></w:del>`)}${cell(`<w:del ${by('Ann', 6)}><w:r><w:delText>MOBILE</w:delText></w:r></w:del>`)}</w:tr>` +
          `<w:tr>${cell(r('7-8 GHz'))}${cell(r('RADAR'))}</w:tr></w:tbl>`,
      }),
    );
    assert.equal(
      result.text,
      '| Band | Service |\n| --- | --- |\n{++| 3-4 GHz | FIXED |\n++}{>>@Ann<<}{--| 5-6 GHz | MOBILE |\n--}{>>@Ann<<}| 7-8 GHz | RADAR |\n',
    );
    const doc = parseDocument(result.text);
    assert.deepEqual(paragraphs(doc, 'new').slice(2), ['| 3-4 GHz | FIXED |', '| 7-8 GHz | RADAR |']);
    assert.deepEqual(paragraphs(doc, 'old').slice(2), ['| 5-6 GHz | MOBILE |', '| 7-8 GHz | RADAR |']);
  });
});

describe('import: what LibreOffice writes', () => {
  // LibreOffice's save-as .docx of an exported `[^bis]`: the custom mark in the reference run, again as text right
  // after it, and in the note twice (Footnote Characters style) before the note's text.
  const body = p(`${r('Text to report')}<w:r><w:rPr><w:rStyle w:val="FootnoteAnchor"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>bis</w:t></w:r>${r('bis and more')}<w:r><w:rPr><w:rStyle w:val="FootnoteAnchor"/></w:rPr><w:footnoteReference w:id="3"/></w:r>${r('.')}`);
  const footnotes =
    `<w:footnote w:id="2"><w:p>${r('bis', '<w:rStyle w:val="FootnoteCharacters"/>')}<w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/></w:rPr><w:tab/><w:t>bis</w:t></w:r>${r('A footnote with a custom mark.')}</w:p></w:footnote>` +
    `<w:footnote w:id="3"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/><w:t>A plain footnote.</w:t></w:r></w:p></w:footnote>`;

  it('reads a custom footnote mark once, in the text and in the note', async () => {
    const result = await importDocx(await docx({ body, footnotes, application: 'LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2' }));
    assert.equal(result.text, 'Text to report[^bis] and more[^1].\n\n[^bis]:\tA footnote with a custom mark.\n[^1]:\tA plain footnote.\n');
  });

  it('keeps text after a custom mark that repeats it when another application wrote the document', async () => {
    const result = await importDocx(await docx({ body, footnotes, application: 'Microsoft Office Word' }));
    assert.match(result.text, /^Text to report\[\^bis\]bis and more\[\^1\]\./);
  });

  it('keeps a deletion and an insertion made at different times two marks, and one made at once a substitution', async () => {
    const at = (id: number, date: string) => `w:id="${id}" w:author="Ann" w:date="${date}"`;
    const del = (id: number, t: string, date: string) => `<w:del ${at(id, date)}><w:r><w:delText>${t}</w:delText></w:r></w:del>`;
    const ins = (id: number, t: string, date: string) => `<w:ins ${at(id, date)}>${r(t)}</w:ins>`;
    const [t0, t2] = ['2024-01-01T09:00:00Z', '2024-01-01T09:02:00Z'];
    const result = await importDocx(
      await docx({ body: p(r('MOD\tX/1/1')) + p(`${del(1, 'a', t0)}${ins(2, 'b', t2)}${r(' and ')}${del(3, 'c', t0)}${ins(4, 'd', t0)}${r('.')}`) }),
    );
    assert.equal(result.text, 'MOD\tX/1/1\n{--a--}{>>@Ann<<}{++b++}{>>@Ann<<} and {~~c~>d~~}{>>@Ann<<}.\n');
    assert.deepEqual(marks(parseDocument(result.text)).map((m) => m.kind), ['deletion', 'insertion', 'substitution']);
  });
});

describe('import: ITU’s own Word file', () => {
  const RES1_DOCX = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'wtsa16-res1.docx');

  it('reads its title-page table as a pipe table and its Symbol characters (w:sym) as Unicode', async () => {
    const result = await importDocx(fs.readFileSync(RES1_DOCX));
    const lines = result.text.split('\n');
    // The title page is a 7-row, 2-column table: one line per row, the delimiter row after the first.
    assert.deepEqual(lines.slice(0, 8).map((l) => l.split(/(?<!\\)\|/).length - 2), [2, 2, 2, 2, 2, 2, 2, 2]);
    assert.equal(lines[1], '| --- | --- |');
    assert.match(lines[5]!, /^\|\s*\|\s*WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY\s+Hammamet, 25 October - 3 November 2016\s*\|$/);
    // Symbol F0E3 is ©, F02D the minus sign its lists use as a bullet; no private-use character is left.
    assert.ok(lines.includes('\u00a9 ITU\u00a02017'), 'with the no-break space of the original');
    assert.equal(lines.filter((l) => l.startsWith('\u2212\t')).length, 3);
    assert.doesNotMatch(result.text, /[\uE000-\uF8FF]/);
  });
});

