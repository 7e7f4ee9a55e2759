// What Word, LibreOffice and ITU's templates write that a document exported by itu-draft never holds (review of the
// Word round trip, rev-word): content controls (`w:sdt`: a template's repeating section around table rows, a control
// around a cell or a cover field's value) and custom XML at every level the schema allows them, smart tags, fields,
// markup compatibility and ruby around runs, white space at the ends of a run's text, paragraph marks tracked inside a
// table cell. Where Word shows the content as if a wrapper were not there, each generated document is imported bare
// and wrapped and the two texts must be the same; elsewhere the import's new and old texts are compared with what
// Accept All and Reject All show (checked against LibreOffice's while writing these tests).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importDocx } from '../../server/src/word/import';
import { parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { paragraphs } from '../support/word';
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

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Wrappers Word shows the content of as if they were not there, around runs (tracked or not) in a paragraph. */
const INLINE: ((x: string, rnd: () => number) => string)[] = [
  (x) => `<w:sdt><w:sdtPr><w:alias w:val="Date"/></w:sdtPr><w:sdtContent>${x}</w:sdtContent></w:sdt>`,
  (x) => `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${x}</w:smartTag>`,
  (x) => `<w:customXml w:element="value">${x}</w:customXml>`,
  (x) => `<w:hyperlink w:anchor="_Ref12345" w:history="1">${x}</w:hyperlink>`,
  (x) => `<w:fldSimple w:instr=" DOCPROPERTY  Title  \\* MERGEFORMAT ">${x}</w:fldSimple>`,
  (x) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${x}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  // Markup compatibility: Word and LibreOffice show the Choice, a reader that knows none of its namespaces the Fallback.
  (x, rnd) => `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="w14">${x}</mc:Choice>${rnd() < 0.8 ? `<mc:Fallback>${x}</mc:Fallback>` : ''}</mc:AlternateContent>`,
  // East Asian phonetic guide: the base is the text.
  (x) => `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="20"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>pin yin</w:t></w:r></w:rt><w:rubyBase>${x}</w:rubyBase></w:ruby></w:r>`,
];

/** A paragraph of plain, inserted and deleted runs, bare and with wrappers around some of them (nested at times). */
function paragraph(rnd: () => number, id: { n: number }): Table {
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const bare: string[] = [];
  const wrapped: string[] = [];
  for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) {
    const kind = rnd();
    const who = rnd() < 0.5 ? 'Ann' : 'Bob';
    const piece = kind < 0.4
      ? r(`${word()} `)
      : kind < 0.7
        ? `<w:ins ${by(who, id.n++)}>${r(`${word()} `)}</w:ins>`
        : `<w:del ${by(who, id.n++)}><w:r><w:delText xml:space="preserve">${word()} </w:delText></w:r></w:del>`;
    bare.push(piece);
    let x = piece;
    for (let depth = rnd() < 0.6 ? 1 + Math.floor(rnd() * 2) : 0; depth > 0; depth--) x = INLINE[Math.floor(rnd() * INLINE.length)]!(x, rnd);
    wrapped.push(x);
  }
  return { bare: p(bare.join('')), wrapped: p(wrapped.join('')) };
}

describe('import: content controls, smart tags, fields, markup compatibility and ruby around runs', () => {
  it('a paragraph reads the same with its runs wrapped as without (generated)', async () => {
    const n = cases(80);
    for (let seed = 1; seed <= n; seed++) {
      const rnd = seeded(1000 + seed);
      const id = { n: 1 };
      const paras = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => paragraph(rnd, id));
      const bare = await importDocx(await docx({ body: paras.map((x) => x.bare).join('') }));
      const wrapped = await importDocx(await docx({ body: paras.map((x) => x.wrapped).join('') }));
      assert.equal(wrapped.text, bare.text, `seed ${1000 + seed}`);
      assert.deepEqual(wrapped.notes.map((x) => x.message), bare.notes.map((x) => x.message), `seed ${1000 + seed}`);
    }
  });

  it('paragraphs in markup compatibility between paragraphs keep their text; a drawing there is left out with a note', async () => {
    const alt = (x: string) => `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="w14">${x}</mc:Choice><mc:Fallback>${x}</mc:Fallback></mc:AlternateContent>`;
    const text = await importDocx(await docx({ body: p(r('First.')) + alt(p(r('Second.'))) + p(r('Third.')) }));
    assert.equal(text.text, 'First.\nSecond.\nThird.\n');
    const drawing = await importDocx(await docx({ body: p(r('First.')) + p(`<w:r>${alt('<w:drawing/>')}</w:r>`) + p(r('Third.')) }));
    assert.equal(drawing.text, 'First.\n\nThird.\n');
    assert.ok(drawing.notes.some((x) => /drawing or text box is left out/.test(x.message)));
  });
});

describe('import: white space at the ends of a run\'s text', () => {
  it('is text with xml:space="preserve" and not text without it, as Word and LibreOffice read it (generated)', async () => {
    const rnd = seeded(77);
    const white = () => Array.from({ length: Math.floor(rnd() * 3) }, () => [' ', '\t', '\n', ' '][Math.floor(rnd() * 4)]).join('');
    for (let i = 0, n = cases(60); i < n; i++) {
      const core = rnd() < 0.2 ? '' : `${WORDS[Math.floor(rnd() * WORDS.length)]}${rnd() < 0.3 ? '  x' : ''}`;
      const text = `${white()}${core}${white()}`;
      const preserve = rnd() < 0.5;
      const deleted = core !== '' && rnd() < 0.3;
      const space = preserve ? ' xml:space="preserve"' : '';
      const run = deleted ? `<w:del ${by('Ann', 1)}><w:r><w:delText${space}>${text}</w:delText></w:r></w:del>` : `<w:r><w:t${space}>${text}</w:t></w:r>`;
      const result = await importDocx(await docx({ body: p(`${r('[')}${run}${r(']')}`) }), { author: 'Ann' });
      const shown = (preserve ? text : text.replace(/^[ \t\n]+|[ \t\n]+$/g, '')).replace(/\n+/g, ' ');
      assert.equal(result.text, `[${deleted ? `{--${shown}--}` : shown}]\n`, JSON.stringify({ text, preserve, deleted }));
    }
  });
});

describe('import: paragraph marks tracked inside a table cell', () => {
  it('the space that joins a cell\'s paragraphs is inserted or deleted with the mark it stands for (generated)', async () => {
    const rnd = seeded(31);
    for (let i = 0, n = cases(60); i < n; i++) {
      const id = { n: 1 };
      const cells: { xml: string; old: string; new: string }[] = [];
      for (let k = 0, columns = 1 + Math.floor(rnd() * 2); k < columns; k++) {
        const paras: { xml: string; old: string; new: string; mark?: 'ins' | 'del' }[] = [];
        for (let j = 0, m = 1 + Math.floor(rnd() * 4); j < m; j++) {
          const pieces: { xml: string; old: string; new: string }[] = [];
          for (let q = 0, w = Math.floor(rnd() * 3); q < w; q++) {
            const word = `${WORDS[Math.floor(rnd() * WORDS.length)]!.replace(/ /g, '_')}${j}${q}`;
            const kind = rnd();
            const who = rnd() < 0.5 ? 'Ann' : 'Bob';
            if (kind < 0.5) pieces.push({ xml: r(word), old: word, new: word });
            else if (kind < 0.75) pieces.push({ xml: `<w:ins ${by(who, id.n++)}>${r(word)}</w:ins>`, old: '', new: word });
            else pieces.push({ xml: `<w:del ${by(who, id.n++)}><w:r><w:delText>${word}</w:delText></w:r></w:del>`, old: word, new: '' });
          }
          // The cell's last mark ends the cell: Word tracks the marks before it.
          const mark = j < m - 1 && rnd() < 0.5 ? (rnd() < 0.5 ? 'ins' : 'del') : undefined;
          const rPr = mark ? `<w:rPr><w:${mark} ${by(rnd() < 0.5 ? 'Ann' : 'Bob', id.n++)}/></w:rPr>` : '';
          paras.push({ xml: p(pieces.map((x) => x.xml).join(''), rPr), old: pieces.map((x) => x.old).join(''), new: pieces.map((x) => x.new).join(''), mark });
        }
        // A text joins a paragraph to the next where that text has no mark after it.
        const join = (side: 'old' | 'new') => paras.map((x, j) => x[side] + (j === paras.length - 1 ? '' : x.mark === (side === 'old' ? 'ins' : 'del') ? '' : ' ')).join('');
        cells.push({ xml: `<w:tc>${paras.map((x) => x.xml).join('')}</w:tc>`, old: join('old'), new: join('new') });
      }
      const table = `<w:tbl><w:tr>${cells.map((c) => c.xml).join('')}</w:tr></w:tbl>`;
      const result = await importDocx(await docx({ body: table }), { author: 'Ann' });
      const doc = parseDocument(result.text);
      for (const side of ['old', 'new'] as const) {
        const row = `| ${cells.map((c) => c[side]).join(' | ')} |`.replace(/\s+/g, ' ');
        assert.equal(paragraphs(doc, side)[0], row, `${side} text of ${table}\n${result.text}`);
      }
    }
  });
});

describe('import: HYPERLINK fields', () => {
  it('a link written as a HYPERLINK field (simple or complex, its switches anywhere) comes in as the same link as a w:hyperlink (generated)', async () => {
    const rnd = seeded(55);
    const addresses = ['https://www.itu.int/md/T17-SG17-C-0123/en', 'mailto:tsbsg17@itu.int', 'https://www.itu.int/en/ITU-T/wtsa16/'];
    for (let i = 0, n = cases(40); i < n; i++) {
      const address = addresses[Math.floor(rnd() * addresses.length)]!;
      // The text shown: a name, or the address itself (which needs no comment).
      const shown = rnd() < 0.25 ? address.replace(/^mailto:/, '') : WORDS[Math.floor(rnd() * WORDS.length)]!;
      const id = { n: 1 };
      const tracked = rnd() < 0.3 ? (rnd() < 0.5 ? 'ins' : 'del') : undefined;
      const text = (x: string) => (tracked === 'del' ? `<w:r><w:delText xml:space="preserve">${x}</w:delText></w:r>` : r(x));
      const around = (x: string) => (tracked ? `<w:${tracked} ${by('Ann', id.n++)}>${x}</w:${tracked}>` : x);
      const instr = (x: string) => `<w:r><w:${tracked === 'del' ? 'delInstrText' : 'instrText'} xml:space="preserve">${x}</w:${tracked === 'del' ? 'delInstrText' : 'instrText'}></w:r>`;
      const switches = rnd() < 0.5 ? ' \\o &quot;Open the document&quot;' : '';
      const code = rnd() < 0.5 ? ` HYPERLINK${switches} "${address}" ` : ` HYPERLINK "${address}"${switches} \\t "_blank" `;
      const complex = rnd() < 0.5
        ? instr(code.replace(/"/g, '&quot;'))
        : instr(code.slice(0, 6)) + instr(code.slice(6).replace(/"/g, '&quot;'));
      const ways = [
        around(`<w:hyperlink r:id="rId9" w:history="1">${text(shown)}</w:hyperlink>`),
        `<w:fldSimple w:instr="${code.replace(/"/g, '&quot;')}">${around(text(shown))}</w:fldSimple>`,
        around(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>${complex}<w:r><w:fldChar w:fldCharType="separate"/></w:r>${text(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
      ];
      const texts = [];
      for (const way of ways) texts.push((await importDocx(await docx({ body: p(`${r('See ')}${way}${r('.')}`), links: { rId9: address } }), { author: 'Ann' })).text);
      assert.equal(texts[1], texts[0], `simple field, ${code}`);
      assert.equal(texts[2], texts[0], `complex field, ${code}`);
      assert.equal(texts[0].includes(`{>>${address}<<}`), shown !== address.replace(/^mailto:/, ''));
    }
  });

  it('a HYPERLINK field to a place in the document (\\l) gets no address', async () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK \\l "_Toc123" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('Annex A')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const result = await importDocx(await docx({ body: p(`${r('See ')}${field}${r('.')}`) }));
    assert.equal(result.text, 'See Annex A.\n');
  });
});

describe('import: what a comment holds', () => {
  it('a comment\'s paragraphs in content controls, custom XML or a table read as the same paragraphs bare (generated)', async () => {
    const rnd = seeded(91);
    for (let i = 0, n = cases(40); i < n; i++) {
      const paras = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, j) => p(r(`${WORDS[Math.floor(rnd() * WORDS.length)]} ${j}`)));
      const wrapped = paras.map((x) => {
        const k = rnd();
        if (k < 0.3) return wrapper(rnd)(x);
        if (k < 0.5) return `<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>${x}</w:tc></w:tr></w:tbl>`;
        return x;
      });
      const body = p(`<w:commentRangeStart w:id="0"/>${r('Resolution 1')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`);
      const comment = (x: string[]) => `<w:comment w:id="0" w:author="Ann" w:date="2024-01-01T00:00:00Z">${x.join('')}</w:comment>`;
      const bare = await importDocx(await docx({ body, comments: comment(paras) }), { author: 'Ann' });
      const held = await importDocx(await docx({ body, comments: comment(wrapped) }), { author: 'Ann' });
      assert.equal(held.text, bare.text, wrapped.join(''));
    }
  });
});

describe('import: a field with no end', () => {
  it('says where the field began when its code runs to the end of the document and hides the text after it', async () => {
    const begun = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`;
    const result = await importDocx(await docx({ body: p(r('First.')) + p(`${r('Second ')}${begun}`) + p(r('Hidden by the field.')) }));
    assert.equal(result.text, 'First.\nSecond \n');
    const note = result.notes.find((x) => /field begun here has no end/.test(x.message));
    assert.equal(note?.line, 2);
    // A field ended, or one in its result at the end (it hides nothing), needs no note.
    const ended = await importDocx(await docx({ body: p(`${r('A ')}${begun}<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}`) + p(r('B')) }));
    assert.equal(ended.text, 'A 3\nB\n');
    assert.ok(!ended.notes.some((x) => /no end/.test(x.message)));
  });
});

describe('import: tracked formatting changes of tables and sections', () => {
  it('are counted in the note on formatting changes left out, as a paragraph\'s and a run\'s are (generated)', async () => {
    const rnd = seeded(13);
    const change = (name: string, inner: string, id: number) => `<w:${name} ${by('Ann', id)}>${inner}</w:${name}>`;
    for (let i = 0, n = cases(30); i < n; i++) {
      let expected = 0;
      let id = 1;
      const maybe = (xml: string) => {
        if (rnd() < 0.5) return '';
        expected++;
        return xml;
      };
      const tblPr = `<w:tblPr><w:tblW w:w="5000" w:type="pct"/>${maybe(change('tblPrChange', '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>', id++))}</w:tblPr>`;
      const grid = `<w:tblGrid><w:gridCol w:w="4000"/>${maybe(change('tblGridChange', '<w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>', id++))}</w:tblGrid>`;
      const rows = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, k) => {
        const trPr = `<w:trPr><w:cantSplit/>${maybe(change('trPrChange', '<w:trPr/>', id++))}</w:trPr>`;
        const tcPr = `<w:tcPr><w:shd w:val="clear" w:fill="D9D9D9"/>${maybe(change('tcPrChange', '<w:tcPr/>', id++))}</w:tcPr>`;
        const tc = `<w:tc>${tcPr}${p(r(`row ${k}`))}</w:tc>`;
        return `<w:tr>${trPr}${rnd() < 0.3 ? wrapper(rnd)(tc) : tc}</w:tr>`;
      }).join('');
      const sect = `<w:sectPr><w:pgSz w:w="11907" w:h="16840"/>${maybe(change('sectPrChange', '<w:sectPr/>', id++))}</w:sectPr>`;
      const result = await importDocx(await docx({ body: p(r('Before.')) + `<w:tbl>${tblPr}${grid}${rows}</w:tbl>` + p(r('After.')) + sect }));
      const note = result.notes.find((x) => /tracked formatting change/.test(x.message))?.message;
      if (expected === 0) assert.equal(note, undefined);
      else assert.match(note ?? '', expected === 1 ? /^1 tracked formatting change is left out/ : new RegExp(`^${expected} tracked formatting changes are left out`));
    }
  });
});
