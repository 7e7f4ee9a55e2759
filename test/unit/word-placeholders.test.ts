// Content controls showing their placeholder (`w:sdtPr/w:showingPlcHdr`: "Click or tap here to enter text.", a
// template's "[Title]"; review rev-word, seen and left alone): the prompt was imported as the author's text. Now it is
// left out with a note quoting it. Generated paragraphs and tables: runs, paragraphs, cells and rows, plain or tracked,
// some wrapped in a control showing its placeholder (at times nested, at times with `w:val="0"`: a control that
// no longer shows it, whose text is the author's); the import must read as the same document with the placeholders
// taken out (or, for `w:val="0"`, the control's content in their place), and say each outermost placeholder.
//   node --import tsx --test test/unit/word-placeholders.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { paragraphs } from '../support/word';
import { by, docx, p, r } from '../support/wordml';

const PROMPTS = ['Click or tap here to enter text.', 'Click or tap to enter a date.', '[Title]', 'Choose an item.'];
const WORDS = ['Member States', 'Sector Members', 'TSB', 'Q.4/17', 'WTSA'];

/** A content control around `x`; showing its placeholder unless `shows` is false (then `w:val="0"` at times). */
function control(x: string, shows: boolean, rnd: () => number): string {
  const flag = shows ? (rnd() < 0.5 ? '<w:showingPlcHdr/>' : '<w:showingPlcHdr w:val="true"/>') : rnd() < 0.5 ? '<w:showingPlcHdr w:val="0"/>' : '';
  return `<w:sdt><w:sdtPr><w:alias w:val="Field"/><w:id w:val="${Math.floor(rnd() * 1e6)}"/>${flag}</w:sdtPr><w:sdtContent>${x}</w:sdtContent></w:sdt>`;
}

interface Doc {
  /** With the placeholders. */
  xml: string;
  /** The same without them. */
  bare: string;
  /** The outermost placeholders, for the notes. */
  prompts: string[];
}

function generate(rnd: () => number): Doc {
  const id = { n: 1 };
  const prompt = () => PROMPTS[Math.floor(rnd() * PROMPTS.length)]!;
  const promptRun = (text: string) => r(text, '<w:rStyle w:val="PlaceholderText"/>');
  const word = () => `${WORDS[Math.floor(rnd() * WORDS.length)]} `;
  const doc: Doc = { xml: '', bare: '', prompts: [] };
  const runs = (): { xml: string; bare: string } => {
    const out = { xml: '', bare: '' };
    for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
      const k = rnd();
      const piece = k < 0.6 ? r(word()) : k < 0.8 ? `<w:ins ${by('Bob', id.n++)}>${r(word())}</w:ins>` : `<w:del ${by('Bob', id.n++)}><w:r><w:delText xml:space="preserve">${word()}</w:delText></w:r></w:del>`;
      out.xml += piece;
      out.bare += piece;
      const c = rnd();
      if (c < 0.3) {
        const text = prompt();
        doc.prompts.push(text);
        // Nested: a control in the placeholder (said once, with the outer one).
        out.xml += control(rnd() < 0.2 ? control(promptRun(text), true, rnd) : promptRun(text), true, rnd);
      } else if (c < 0.4) {
        // A control that shows no placeholder: its text is the author's.
        const own = r(word());
        out.xml += control(own, false, rnd);
        out.bare += own;
      }
    }
    return out;
  };
  for (let j = 0, m = 1 + Math.floor(rnd() * 4); j < m; j++) {
    const k = rnd();
    if (k < 0.15) {
      // A paragraph that is a placeholder: an empty paragraph is what the author wrote.
      const text = prompt();
      doc.prompts.push(text);
      doc.xml += control(p(promptRun(text)), true, rnd);
      doc.bare += '<w:p/>';
    } else if (k < 0.3) {
      // A table, a cell (or a row) of which is a placeholder.
      const a = runs();
      const text = prompt();
      const inRow = rnd() < 0.3;
      doc.prompts.push(inRow ? `${text} ${text}` : text);
      const cell = (x: string) => `<w:tc>${p(x)}</w:tc>`;
      const held = inRow ? `<w:tr>${cell(promptRun(text))}${cell(promptRun(text))}</w:tr>` : cell(promptRun(text));
      const xml = inRow ? `<w:tr>${cell(a.xml)}${cell('')}</w:tr>${control(held, true, rnd)}` : `<w:tr>${cell(a.xml)}${control(held, true, rnd)}</w:tr>`;
      const bare = inRow ? `<w:tr>${cell(a.bare)}${cell('')}</w:tr><w:tr>${cell('')}${cell('')}</w:tr>` : `<w:tr>${cell(a.bare)}${cell('')}</w:tr>`;
      doc.xml += `${p(r('Table:'))}<w:tbl>${xml}</w:tbl>`;
      doc.bare += `${p(r('Table:'))}<w:tbl>${bare}</w:tbl>`;
    } else {
      const a = runs();
      doc.xml += p(a.xml);
      doc.bare += p(a.bare);
    }
  }
  return doc;
}

describe('import: content controls showing their placeholder', () => {
  it('their prompt is left out, with a note quoting it; a control not showing one keeps its text (generated)', async () => {
    for (let seed = 1, n = cases(80); seed <= n; seed++) {
      const rnd = seeded(7000 + seed);
      const doc = generate(rnd);
      const held = await importDocx(await docx({ body: doc.xml }), { author: 'Ann' });
      const bare = await importDocx(await docx({ body: doc.bare }), { author: 'Ann' });
      for (const side of ['old', 'new'] as const) {
        assert.deepEqual(paragraphs(parseDocument(held.text), side), paragraphs(parseDocument(bare.text), side), `${side}, seed ${7000 + seed}\n${doc.xml}\n${held.text}`);
      }
      const said = held.notes.filter((x) => /placeholder text is left out/.test(x.message)).map((x) => /\("(.*)"\)/.exec(x.message)?.[1]);
      assert.deepEqual(said, doc.prompts, `seed ${7000 + seed}`);
      for (const prompt of PROMPTS) assert.ok(!held.text.includes(prompt), `seed ${7000 + seed}`);
    }
  });

  it('a note says where the placeholder was', async () => {
    const body = p(r('First.')) + p(`${r('Date: ')}${control(r('Click or tap to enter a date.'), true, () => 0.1)}`);
    const result = await importDocx(await docx({ body }));
    assert.equal(result.text, 'First.\nDate: \n');
    const note = result.notes.find((x) => /placeholder/.test(x.message));
    assert.equal(note?.line, 2);
  });

  it('ITU\'s first page leaves a field\'s placeholder out of the cover block, and says how many', async () => {
    const cell = (x: string) => `<w:tc>${x}</w:tc>`;
    const row = (a: string, b: string) => `<w:tr>${cell(a)}${cell(b)}</w:tr>`;
    const table = `<w:tbl>${row(p(r('World Telecommunication Standardization Assembly (WTSA-24)')), p(r('Addendum 1 to')) + p(r('Document 42-E')))}` +
      `${row(p(r('New Delhi, 15-24 October 2024')), p(`${r('Date: ')}${control(r('Click or tap to enter a date.'), true, () => 0.1)}`) + control(p(r('[Original]')), true, () => 0.1))}</w:tbl>`;
    const result = await importDocx(await docx({ body: table + p(r('Text.')) }));
    assert.ok(!/Click or tap|\[Original\]/.test(result.text), result.text);
    assert.match(result.text, /^Meeting:\t/);
    assert.ok(result.notes.some((x) => /Placeholder text of content controls on ITU's first page is left out \(2\)/.test(x.message)), JSON.stringify(result.notes));
  });
});
