// A comment on whole table rows: Word writes its range start and end between the rows (`w:tbl/w:commentRangeStart`,
// review rev-word, seen and left alone). They were passed over, so the comment lost its highlight and stood at its
// reference, maybe rows or paragraphs away. Now a start between rows goes with the first cell of the row after it and
// an end with the last cell of the row before it: the comment reads as one whose range runs from that cell's start to
// that cell's end, as a range from cell to cell already did. Generated tables (rows wrapped in content controls at
// times) with comments on rows, from rows into the text after the table, and from a cell to rows: each must import as
// the same document with its range boundaries written inside those cells.
//   node --import tsx --test test/unit/word-row-comments.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importDocx } from '../../server/src/word/import';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { docx, p, r } from '../support/wordml';

const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

describe('import: comment ranges that start or end between table rows', () => {
  it('keep their range, from the first cell of the row after the start to the last cell of the row before the end (generated)', async () => {
    for (let seed = 1, n = cases(60); seed <= n; seed++) {
      const rnd = seeded(5000 + seed);
      const rows = 2 + Math.floor(rnd() * 4);
      const columns = 1 + Math.floor(rnd() * 3);
      // One comment: its start before row `from` (or in the text before the table: -1), its end after row `to` (or in
      // the text after it: rows); each boundary between rows, or else inside the cell next to it.
      const from = Math.floor(rnd() * rows) - (rnd() < 0.15 ? 1 : 0);
      const to = Math.max(from, 0) + Math.floor(rnd() * (rows - Math.max(from, 0))) + (rnd() < 0.15 ? 1 : 0);
      const startBetween = from >= 0 && rnd() < 0.7;
      const endBetween = to < rows && rnd() < 0.7;
      const wrapped = rnd() < 0.3;
      const build = (between: boolean) => {
        let xml = '';
        for (let i = 0; i < rows; i++) {
          const cells: string[] = [];
          for (let k = 0; k < columns; k++) {
            let runs = r(`cell ${i}.${k}`);
            if (i === from && k === 0 && !(between && startBetween)) runs = start(0) + runs;
            if (i === to && k === columns - 1 && !(between && endBetween)) runs += end(0);
            cells.push(`<w:tc>${p(runs)}</w:tc>`);
          }
          const row = `<w:tr>${cells.join('')}</w:tr>`;
          const before = i === from && between && startBetween ? start(0) : '';
          const after = i === to && between && endBetween ? end(0).replace(/<w:r>.*<\/w:r>$/, '') : '';
          xml += wrapped && rnd() < 0.5 ? `${before}<w:sdt><w:sdtContent>${row}</w:sdtContent></w:sdt>${after}` : `${before}${row}${after}`;
        }
        const open = from < 0 ? start(0) : '';
        // The reference: with the end in a cell, or in the paragraph after the table.
        const close = to >= rows ? end(0) : between && endBetween ? '<w:r><w:commentReference w:id="0"/></w:r>' : '';
        return p(r('Before ') + open + r('the table.')) + `<w:tbl>${xml}</w:tbl>` + p(r('After') + close + r(' the table.'));
      };
      const comments = `<w:comment w:id="0" w:author="Germany"><w:p>${r('On these rows?')}</w:p></w:comment>`;
      const inCells = await importDocx(await docx({ body: build(false), comments }), { author: 'Ann' });
      const betweenRows = await importDocx(await docx({ body: build(true), comments }), { author: 'Ann' });
      assert.equal(betweenRows.text, inCells.text, `seed ${5000 + seed}: rows ${from}..${to}, between ${startBetween}/${endBetween}\n${build(true)}`);
      assert.match(betweenRows.text, /\{==[\s\S]*==\}\{>>@Germany<<\}\{>>On these rows\?<<\}/, `seed ${5000 + seed}`);
    }
  });
});
