// The editor checks each proposal alone with the text before the first one (core/incremental.ts); the command line the
// whole text. An instrument heading between proposals (a PP contribution's `CONVENTION OF THE INTERNATIONAL
// TELECOMMUNICATION UNION` after its CS proposals, TSAG's `Recommendation ITU-T A.1` after a CS proposal) puts the
// proposals after it on another text: read alone, a MOD of CV No. 142 was compared with CS No. 142 (a
// base.untracked-change over its whole text, its fix writing the CS text in), in the editor only. Found by the sixteenth
// session's contributions written for the test. Generated over the numbers the real CS and CV (to PP-06) both hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeEdits, analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const read = (f: string) => fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', f), 'utf8');
const index = new BaseIndex();
index.update('cs.itu', read('cs-1992-rev2006.itu'));
index.update('cv.itu', read('cv-1992-rev2006.itu'));
const CS_TEXT = index.instruments().find((i) => i.instrument.kind === 'CS')!;
const CV_TEXT = index.instruments().find((i) => i.instrument.kind === 'CV')!;
const single = (t: typeof CS_TEXT) => [...new Set(t.provisions.values())].filter((p) => p.paragraphs.length === 1 && p.numbers.length === 1 && /\.$/.test(p.paragraphs[0]) && !/\(SUP\)|vervallen/i.test(p.paragraphs[0]));
// Numbers both hold, with different texts: a CV MOD compared with the CS provision differs all over.
const BOTH = single(CV_TEXT).filter((p) => CS_TEXT.provisions.has(p.number) && CS_TEXT.provisions.get(p.number)!.paragraphs[0] !== p.paragraphs[0]);
const CS_ONLY = single(CS_TEXT);
const HEAD = { CS: 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', CV: 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION' };
const marked = (p: string) => p.replace(/\.$/, '{++ as amended++}.');
const options = { bases: index.lookup };

test('a proposal after an instrument heading between proposals is checked on that instrument in the editor as on the command line', () => {
  assert.ok(BOTH.length > 20);
  const rnd = seeded(606);
  for (let c = 0; c < cases(20); c++) {
    const cs = CS_ONLY[Math.floor(rnd() * CS_ONLY.length)];
    const cv = BOTH[Math.floor(rnd() * BOTH.length)];
    const text = lines('Proposals:\tIAP', '', HEAD.CS, '', 'MOD\tIAP/12/1', marked(cs.paragraphs[0]), 'Reasons:\tr.', '', HEAD.CV, '', 'MOD\tIAP/12/2', marked(cv.paragraphs[0]), 'Reasons:\tr.', '');
    const cli = checkDocument(parseDocument(text), options);
    assert.deepEqual(cli.map((f) => f.code), [], `case ${c}: CS ${cs.number}, CV ${cv.number}`);
    assert.deepEqual(analyzeNextVersion(text, options).findings, cli, `case ${c}: CS ${cs.number}, CV ${cv.number}`);
  }
});

test('while typing, the heading typed between two proposals puts the one after it on that instrument at once', () => {
  const cs = CS_ONLY.find((p) => p.number === '175')!;
  const cv = BOTH[0];
  const title = 'Proposals on the Convention';
  const text = lines('Proposals:\tIAP', '', HEAD.CS, '', 'MOD\tIAP/12/1', marked(cs.paragraphs[0]), 'Reasons:\tr.', '', title, '', 'MOD\tIAP/12/2', marked(cv.paragraphs[0]), 'Reasons:\tr.', '');
  let a = analyzeNextVersion(text, options);
  assert.deepEqual(a.findings, checkDocument(parseDocument(text), options));
  let current = text;
  for (const [from, to] of [[title, HEAD.CV], [HEAD.CV, title]]) {
    const at = current.lastIndexOf(from);
    const edit = { start: at, end: at + from.length, newText: to };
    current = applyEdits(current, [edit]);
    a = analyzeEdits(a, [edit], options) ?? analyzeNextVersion(current, options, a);
    assert.deepStrictEqual(a.findings, checkDocument(parseDocument(current), options), `${from} → ${to}`);
  }
});
