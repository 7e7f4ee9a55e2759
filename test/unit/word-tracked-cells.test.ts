// Table cells inserted or deleted whole with Track Changes (`w:tcPr/w:cellIns`, `w:cellDel`; review rev-word, seen and
// left alone): they were read as plain cells, so both texts had the cell and the revision was lost. Now the cell, its
// text and the bar after it are one mark (`| a |{++ b |++}`, as compile writes a cell a proposal adds). Generated
// tables: rows of cells, some inserted or deleted whole, holding plain, inserted and deleted words; the import's old and
// new texts must be the rows as Reject All and Accept All leave them (a cell only in the other text is not in the row;
// a word deleted in an inserted cell, or inserted in a deleted one, is in neither text).
//   node --import tsx --test test/unit/word-tracked-cells.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { paragraphs } from '../support/word';
import { by, docx, p, r } from '../support/wordml';

const WORDS = ['Member States', 'Sector Members', 'TSB', 'Q.4/17', 'WTSA', '5.338A', 'MOBILE'];

interface Side {
  old: string;
  new: string;
}

describe('import: table cells inserted or deleted with Track Changes', () => {
  it('a cell inserted (deleted) whole is in the new (old) text only, with its text and its bar (generated)', async () => {
    const n = cases(80);
    for (let seed = 1; seed <= n; seed++) {
      const rnd = seeded(4000 + seed);
      const id = { n: 1 };
      const who = () => (rnd() < 0.5 ? 'Ann' : 'Bob');
      const rows: Side[][] = [];
      const xml: string[] = [];
      const columns = 1 + Math.floor(rnd() * 3);
      for (let i = 0, m = 1 + Math.floor(rnd() * 3); i < m; i++) {
        const cells: Side[] = [];
        const tcs: string[] = [];
        for (let k = 0, c = columns + (rnd() < 0.3 ? 1 : 0); k < c; k++) {
          const change = rnd() < 0.4 ? (rnd() < 0.5 ? 'cellIns' : 'cellDel') : undefined;
          const old: string[] = [];
          const now: string[] = [];
          const runs: string[] = [];
          for (let q = 0, w = Math.floor(rnd() * 3); q < w; q++) {
            const word = `${WORDS[Math.floor(rnd() * WORDS.length)]}_${i}${k}${q}`;
            const kind = rnd();
            if (kind < 0.6) {
              runs.push(r(`${word} `));
              if (change !== 'cellIns') old.push(word);
              if (change !== 'cellDel') now.push(word);
            } else if (kind < 0.8) {
              runs.push(`<w:ins ${by(who(), id.n++)}>${r(`${word} `)}</w:ins>`);
              if (change !== 'cellDel') now.push(word);
            } else {
              runs.push(`<w:del ${by(who(), id.n++)}><w:r><w:delText xml:space="preserve">${word} </w:delText></w:r></w:del>`);
              if (change !== 'cellIns') old.push(word);
            }
          }
          const tcPr = `<w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${change ? `<w:${change} ${by(who(), id.n++)}/>` : ''}</w:tcPr>`;
          tcs.push(`<w:tc>${tcPr}${p(runs.join(''))}</w:tc>`);
          cells.push({ old: change === 'cellIns' ? '\0' : old.join(' '), new: change === 'cellDel' ? '\0' : now.join(' ') });
        }
        rows.push(cells);
        xml.push(`<w:tr>${tcs.join('')}</w:tr>`);
      }
      const table = `<w:tbl><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>${xml.join('')}</w:tbl>`;
      const result = await importDocx(await docx({ body: p(r('Before.')) + table + p(r('After.')) }), { author: 'Ann' });
      const doc = parseDocument(result.text);
      for (const side of ['old', 'new'] as const) {
        const want = rows.map((cells) => {
          const kept = cells.map((c) => c[side]).filter((c) => c !== '\0');
          // A row whose every cell one text lacks is its first bar there.
          return kept.length === 0 ? '|' : `| ${kept.join(' | ')} |`.replace(/\s+/g, ' ');
        });
        const got = paragraphs(doc, side).filter((t) => !/^\|( --- \|)+$/.test(t) && t !== 'Before.' && t !== 'After.');
        assert.deepEqual(got, want, `${side} text, seed ${4000 + seed}\n${table}\n${result.text}`);
      }
    }
  });

  it('writes the mark with the cell\'s bar, attributed to who inserted the cell', async () => {
    const cell = (text: string, change = '') => `<w:tc><w:tcPr>${change}</w:tcPr>${p(r(text))}</w:tc>`;
    const row = `<w:tr>${cell('5.338A')}${cell('MOBILE 5.342', `<w:cellIns ${by('EUR', 7)}/>`)}${cell('FIXED', `<w:cellDel ${by('Ann', 8)}/>`)}</w:tr>`;
    const result = await importDocx(await docx({ body: `<w:tbl>${row}${row}</w:tbl>` }), { author: 'Ann' });
    assert.equal(result.text.split('\n')[2], '| 5.338A |{++ MOBILE 5.342 |++}{>>@EUR<<}{-- FIXED |--}');
  });

  it('a table nested in an inserted cell is inserted with it', async () => {
    const nested = `<w:tbl><w:tr><w:tc>${p(r('x'))}</w:tc><w:tc>${p(r('y'))}</w:tc></w:tr><w:tr><w:tc>${p(r('z'))}</w:tc></w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr><w:tc>${p(r('a'))}</w:tc><w:tc><w:tcPr><w:cellIns ${by('Ann', 1)}/></w:tcPr>${p(r('b'))}${nested}</w:tc></w:tr></w:tbl>`;
    const doc = parseDocument((await importDocx(await docx({ body }), { author: 'Ann' })).text);
    assert.equal(paragraphs(doc, 'old')[0], '| a |');
    assert.equal(paragraphs(doc, 'new')[0], '| a | b x | y / z |');
  });

  it('a table nested in a row inserted or deleted whole is in the row\'s mark: the other text has no trace of the row (generated)', async () => {
    // Word marks the runs of an inserted (deleted) row as inserted (deleted) too; the nested table's bars and slashes are
    // the import's own, and were plain text, a row of ` | / ` left in the text that lacks the row.
    for (let seed = 1, n = cases(40); seed <= n; seed++) {
      const rnd = seeded(6000 + seed);
      const id = { n: 1 };
      const rows: { state?: 'ins' | 'del'; text: string }[] = [];
      const xml: string[] = [];
      for (let i = 0, m = 2 + Math.floor(rnd() * 3); i < m; i++) {
        const state = i > 0 && rnd() < 0.5 ? (rnd() < 0.5 ? 'ins' : 'del') : undefined;
        const run = (t: string) => (state === 'ins' ? `<w:ins ${by('Bob', id.n++)}>${r(t)}</w:ins>` : state === 'del' ? `<w:del ${by('Bob', id.n++)}><w:r><w:delText>${t}</w:delText></w:r></w:del>` : r(t));
        const cells: string[] = [];
        const texts: string[] = [];
        for (let k = 0, c = 1 + Math.floor(rnd() * 2); k < c; k++) {
          const word = `w${i}${k}`;
          if (rnd() < 0.6) {
            // A nested table of one or two rows of one or two cells, maybe with a paragraph after it.
            const inner = Array.from({ length: 1 + Math.floor(rnd() * 2) }, (_, a) => Array.from({ length: 1 + Math.floor(rnd() * 2) }, (_, b) => `n${i}${k}${a}${b}`));
            const after = rnd() < 0.5 ? `a${i}${k}` : '';
            cells.push(`<w:tc>${p(run(word))}<w:tbl>${inner.map((row) => `<w:tr>${row.map((t) => `<w:tc>${p(run(t))}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>${after ? p(run(after)) : ''}</w:tc>`);
            texts.push([word, inner.map((row) => row.join(' | ')).join(' / '), after].filter((t) => t).join(' '));
          } else {
            cells.push(`<w:tc>${p(run(word))}</w:tc>`);
            texts.push(word);
          }
        }
        const trPr = state ? `<w:trPr><w:${state} ${by('Bob', id.n++)}/></w:trPr>` : '';
        xml.push(`<w:tr>${trPr}${cells.join('')}</w:tr>`);
        rows.push({ state, text: `| ${texts.join(' | ')} |` });
      }
      const result = await importDocx(await docx({ body: p(r('Before.')) + `<w:tbl>${xml.join('')}</w:tbl>` + p(r('After.')) }), { author: 'Ann' });
      const doc = parseDocument(result.text);
      for (const side of ['old', 'new'] as const) {
        const want = rows.filter((row) => row.state !== (side === 'old' ? 'ins' : 'del')).map((row) => row.text);
        const got = paragraphs(doc, side).filter((t) => !/^\|( --- \|)+$/.test(t) && t !== 'Before.' && t !== 'After.');
        assert.deepEqual(got, want, `${side} text, seed ${6000 + seed}\n${result.text}`);
      }
    }
  });

  it('a cell merged or split with Track Changes (w:cellMerge) is counted among the formatting changes left out', async () => {
    const body = `<w:tbl><w:tr><w:tc><w:tcPr><w:cellMerge ${by('Ann', 1)} w:vMerge="cont" w:vMergeOrig="rest"/></w:tcPr>${p(r('a'))}</w:tc></w:tr></w:tbl>`;
    const result = await importDocx(await docx({ body }));
    assert.ok(result.notes.some((x) => /^1 tracked formatting change is left out/.test(x.message)), JSON.stringify(result.notes));
  });
});
