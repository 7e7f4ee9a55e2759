// Tables in MODs (review3 E13): a MOD of the Table of Frequency Allocations (rows as pipe tables, what Word import
// writes) is compared row by row with the table in force, or told that it is not compared.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, parseDocument, trackRevisions, type Finding } from '../../server/src/core';
import { pipeTables } from '../../server/src/core/provisions';
import { lines } from './helpers';

const HEAD = ['| Allocation to services | | |', '| --- | --- | --- |', '| Region 1 | Region 2 | Region 3 |'];
const BAND_1 = '| 5 150-5 250 AERONAUTICAL RADIONAVIGATION FIXED-SATELLITE (Earth-to-space) 5.447A MOBILE except aeronautical mobile 5.446A 5.446B 5.446 5.446C 5.447 5.447B 5.447C | | |';
const BAND_2 = '| 5 250-5 255 EARTH EXPLORATION-SATELLITE (active) RADIOLOCATION SPACE RESEARCH 5.447D MOBILE except aeronautical mobile 5.446A 5.447F 5.447E 5.448 5.448A | | |';
const BAND_3 = '| 5 255-5 350 EARTH EXPLORATION-SATELLITE (active) RADIOLOCATION SPACE RESEARCH (active) 5.447D MOBILE except aeronautical mobile 5.446A 5.447F 5.448A 5.448B | | |';

/** Article 5 in force: its heading, the table, then two of its footnotes. */
const ARTICLE_5 = lines(
  'ARTICLE 5', '', 'Frequency allocations', '', 'Section IV – Table of Frequency Allocations', '',
  ...HEAD, BAND_1, BAND_2, BAND_3, '',
  '5.446\tAdditional allocation: in the countries listed in No. 5.369, the frequency band 5 150-5 216 MHz is also allocated to the radiodetermination-satellite service.',
  '', '5.448A\tThe Earth exploration-satellite (active) and space research (active) services in the frequency band 5 250-5 350 MHz shall not claim protection.',
);

function mod(action: string, ...rows: string[]): string {
  return lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Source:\tCEPT', 'Title:\tProposals', '', 'ARTICLE 5', '',
    `${action}\tEUR/16A3/1`, ...rows, 'Reasons:\tTo add a footnote.');
}

function check(text: string, base: string | null = ARTICLE_5): { text: string; findings: Finding[] } {
  const index = new BaseIndex();
  if (base !== null) index.update('rr-art5.itu', base);
  return { text, findings: checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code.startsWith('base.')) };
}

/** Each finding as `code "text it points at"`. */
const summary = (r: { text: string; findings: Finding[] }) => r.findings.map((f) => `${f.code} "${r.text.slice(f.start, f.end)}"`);

describe('tables of a MOD compared with the table in force (review3 E13)', () => {
  test('pipe tables are told from paragraphs by their delimiter row', () => {
    const rows = [{ text: 'text' }, { text: '| a | b |' }, { text: '| --- | :---: |' }, { text: '| 1 | 2 |' }, { text: 'after' }, { text: '| not | a table |' }];
    assert.deepEqual(pipeTables(rows), [{ first: 1, count: 3 }]);
  });

  test('a footnote number dropped from a cell without marks is an untracked change; the marked one is not', () => {
    const row2 = BAND_2.replace(' 5.448A', '');
    const text = mod('MOD', ...HEAD, BAND_1.replace('5.446B', '5.446B{++ ADD 5.A14++}'), row2);
    const r = check(text);
    assert.deepEqual(summary(r), ['base.untracked-change "5.448"']);
    assert.match(r.findings[0].message, /base says '5\.448A', draft leaves it out \(base: rr-art5\.itu\)/);
    // The fix wraps the change in marks: the old text then restates the row in force, and nothing is left to say.
    const wrapped = applyEdits(text, r.findings[0].fix!.edits);
    assert.deepEqual(summary(check(wrapped)), []);
    assert.ok(parseDocument(wrapped).views.old.paragraphs.some((p) => p.text === BAND_2));
  });

  test('an excerpt (heading rows, then one band) is compared with the rows it restates, not with the whole table', () => {
    assert.deepEqual(summary(check(mod('MOD', ...HEAD, BAND_3.replace('5.448B', '5.448B{++ 5.A14++}')))), []);
    // A word changed in that band without marks is found, in the row that restates it.
    const r = check(mod('MOD', ...HEAD, BAND_3.replace('SPACE RESEARCH (active)', 'SPACE RESEARCH (passive){++ 5.A14++}')));
    assert.deepEqual(summary(r), ['base.untracked-change "passive"']);
  });

  test('"Insert revision marks from the base" marks the changes in the cells of a MOD typed without marks', () => {
    const text = mod('MOD', ...HEAD, BAND_1.replace('5.446B', '5.446B ADD 5.A14'), BAND_2.replace(' 5.448A', ''));
    const index = new BaseIndex();
    index.update('rr-art5.itu', ARTICLE_5);
    const doc = parseDocument(text);
    const tracked = applyEdits(text, trackRevisions(doc, amendedResolutions(doc, index.lookup)).edits);
    assert.match(tracked, /5\.446B \{\+\+ADD 5\.A14 \+\+\}5\.446 /);
    assert.match(tracked, /5\.448 \{--5\.448A --\}\| \| \|/);
    // The marked text is then what the text in force and the proposal say: nothing left to report.
    assert.deepEqual(summary(check(tracked)), []);
  });

  test('a row added without marks is an untracked change', () => {
    const added = '| 5 350-5 460 EARTH EXPLORATION-SATELLITE (active) 5.448B RADIOLOCATION 5.449 | | |';
    const r = check(mod('MOD', ...HEAD, BAND_1, added, BAND_2.replace('5.448A', '5.448A{++ 5.A14++}')));
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0].code, 'base.untracked-change');
    assert.match(r.findings[0].message, /draft adds '\| 5 350-5 460/);
  });

  test('a table no text in force holds is not compared, and the MOD is told so', () => {
    const text = mod('MOD', ...HEAD, BAND_1.replace('5.446B', '5.446B{++ 5.A14++}'));
    const none = check(text, null);
    assert.deepEqual(summary(none), [`base.table-not-compared "${HEAD[0]}"`]);
    assert.equal(none.findings[0].severity, 'information');
    // A text in force without that table (another table, no shared row) says the same.
    const other = lines('ARTICLE 2', '', '| Band number | Symbols | Frequency range |', '| --- | --- | --- |', '| 4 | VLF | 3 to 30 kHz |');
    assert.deepEqual(summary(check(text, other)).map((s) => s.split(' ')[0]), ['base.table-not-compared']);
  });

  test('a NOC reproduces the rows in force; a table inside a restated Resolution is compared as its paragraphs are', () => {
    const r = check(mod('NOC', ...HEAD, BAND_2.replace(' 5.448A', '')));
    assert.equal(r.findings.length, 1);
    assert.match(r.findings[0].message, /^NOC reproduces the table at rr-art5\.itu:7 unchanged/);
    assert.equal(applyEdits(r.text, r.findings[0].fix!.edits).includes(BAND_2), true);
    // A Resolution's table is compared by the Resolution's comparison: no word of tables from this one.
    const res = lines('RESOLUTION 99 (Rev. WRC-27)', '', 'Use of the band', '', 'The World Radiocommunication Conference,', '', ...HEAD, BAND_1);
    assert.deepEqual(summary(check(mod('MOD', 'RESOLUTION 99 (Rev. WRC-{~~23~>27~~})', '', 'Use of the band', '', 'The World Radiocommunication Conference,', '', ...HEAD, BAND_1), res)).filter((s) => s.includes('table')), []);
  });
});
