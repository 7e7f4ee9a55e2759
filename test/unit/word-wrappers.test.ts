// What Word and ITU's templates write around content that a document exported by itu-draft never holds: content
// controls (`w:sdt`: a template's repeating section around table rows, a control around a cell or around a cover
// field's value) and custom XML, at every level where the schema allows them. Word shows the content as if the
// wrapper were not there, so import must read it alike: each generated document is imported bare and wrapped, and the
// two texts must be the same (review of the Word round trip, rev-word).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importDocx } from '../../server/src/word/import';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { by, docx, p, r } from '../support/wordml';

type Wrap = (xml: string) => string;

/** A wrapper Word writes around rows, cells or paragraphs: a content control (its properties first) or custom XML, maybe nested. */
function wrapper(rnd: () => number): Wrap {
  const one: Wrap[] = [
    (x) => `<w:sdt><w:sdtPr><w:alias w:val="Row"/><w:tag w:val="row"/><w:id w:val="${Math.floor(rnd() * 1e6)}"/></w:sdtPr><w:sdtContent>${x}</w:sdtContent></w:sdt>`,
    (x) => `<w:sdt><w:sdtContent>${x}</w:sdtContent></w:sdt>`,
    (x) => `<w:customXml w:uri="urn:itu:template" w:element="field">${x}</w:customXml>`,
  ];
  const pick = () => one[Math.floor(rnd() * one.length)]!;
  const first = pick();
  if (rnd() < 0.3) {
    const second = pick();
    return (x) => first(second(x));
  }
  return first;
}

const WORDS = ['Member States', 'Sector Members', 'study groups', 'Recommendation', 'TSB', 'Q.4/17', 'developing countries', 'WTSA'];

interface Table {
  bare: string;
  wrapped: string;
}

/** A table of rows of cells of paragraphs, some tracked; the same table with wrappers around some of its parts. */
function table(rnd: () => number, id: { n: number }): Table {
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const maybe = (x: string, wrap: boolean) => (wrap ? wrapper(rnd)(x) : x);
  const columns = 1 + Math.floor(rnd() * 3);
  const rows: Table[] = [];
  for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) {
    const tracked = i > 0 && rnd() < 0.25 ? (rnd() < 0.5 ? 'ins' : 'del') : undefined;
    const cells: Table[] = [];
    for (let k = 0; k < columns; k++) {
      const paras: Table[] = [];
      for (let j = 0, m = rnd() < 0.2 ? 0 : 1 + Math.floor(rnd() * 2); j < m; j++) {
        const text = `${word()} ${i}.${k}.${j}`;
        const runs = tracked === 'ins'
          ? `<w:ins ${by('Ann', id.n++)}>${r(text)}</w:ins>`
          : tracked === 'del'
            ? `<w:del ${by('Ann', id.n++)}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`
            : rnd() < 0.3 ? `${r(`${word()} `)}<w:ins ${by('Bob', id.n++)}>${r(text)}</w:ins>` : r(text);
        const para = p(runs);
        paras.push({ bare: para, wrapped: maybe(para, rnd() < 0.4) });
      }
      if (paras.length === 0) paras.push({ bare: '<w:p/>', wrapped: '<w:p/>' });
      const cell = (key: keyof Table) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.map((q) => q[key]).join('')}</w:tc>`;
      cells.push({ bare: cell('bare'), wrapped: maybe(cell('wrapped'), rnd() < 0.3) });
    }
    const trPr = tracked ? `<w:trPr><w:${tracked} ${by('Ann', id.n++)}/></w:trPr>` : '';
    const row = (key: keyof Table) => `<w:tr>${trPr}${cells.map((c) => c[key]).join('')}</w:tr>`;
    rows.push({ bare: row('bare'), wrapped: maybe(row('wrapped'), rnd() < 0.4) });
  }
  const grid = `<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;
  // Rows next to each other may share one wrapper, as a repeating section's items do.
  const wrappedRows: string[] = [];
  for (let i = 0; i < rows.length; ) {
    const take = 1 + Math.floor(rnd() * Math.min(2, rows.length - i));
    const group = rows.slice(i, i + take).map((x) => x.wrapped).join('');
    wrappedRows.push(take > 1 && rnd() < 0.5 ? wrapper(rnd)(group) : group);
    i += take;
  }
  return { bare: `<w:tbl>${grid}${rows.map((x) => x.bare).join('')}</w:tbl>`, wrapped: `<w:tbl>${grid}${wrappedRows.join('')}</w:tbl>` };
}

describe('import: content controls and custom XML around table rows, cells and cell paragraphs', () => {
  it('a table reads the same with its rows, cells and paragraphs wrapped as without (generated)', async () => {
    const n = cases(60);
    for (let seed = 1; seed <= n; seed++) {
      const rnd = seeded(seed);
      const id = { n: 1 };
      const t = table(rnd, id);
      const before = p(r('Text before the table.'));
      const after = p(r('Text after the table.'));
      const bare = await importDocx(await docx({ body: before + t.bare + after }));
      const wrapped = await importDocx(await docx({ body: before + t.wrapped + after }));
      assert.equal(wrapped.text, bare.text, `seed ${seed}`);
      assert.ok(bare.text.includes('Text after the table.'));
    }
  });

  it('a repeating section\'s rows keep their text (two rows in one content control)', async () => {
    const row = (a: string, b: string) => `<w:tr><w:tc>${p(r(a))}</w:tc><w:tc>${p(r(b))}</w:tc></w:tr>`;
    const body = `<w:tbl>${row('Source', 'Party')}<w:sdt><w:sdtPr><w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/></w:sdtPr><w:sdtContent>` +
      `<w:sdt><w:sdtContent>${row('Germany', 'Proposal 1')}</w:sdtContent></w:sdt><w:sdt><w:sdtContent>${row('France', 'Proposal 2')}</w:sdtContent></w:sdt></w:sdtContent></w:sdt></w:tbl>`;
    const result = await importDocx(await docx({ body: p(r('Summary of the proposals:')) + body }));
    assert.match(result.text, /\| Germany \| Proposal 1 \|\n\| France \| Proposal 2 \|\n/);
  });

  it('a cover table whose values are content controls keeps its values', async () => {
    const row = (field: string, value: string) => `<w:tr><w:tc>${p(r(`${field}:`))}</w:tc><w:tc><w:sdt><w:sdtContent>${p(r(value))}</w:sdtContent></w:sdt></w:tc></w:tr>`;
    const result = await importDocx(await docx({ body: `<w:tbl>${row('Source', 'Germany')}${row('Title', 'Proposed modifications to Resolution 1')}</w:tbl>` + p(r('Text.')) }));
    assert.match(result.text, /^Source:\tGermany\nTitle:\tProposed modifications to Resolution 1\n/);
  });
});
