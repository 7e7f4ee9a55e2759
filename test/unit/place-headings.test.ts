// A contribution whose proposals stand under ARTICLE or RR appendix headings written between them (after an earlier
// proposal's Reasons) or restated inside one: the whole document reads the proposals after such a heading in that
// article or appendix (provisions.ts proposalTargets). Checked proposal by proposal in the editor, each with the front
// alone, they were not (seventeenth session: base.provision-unidentified in the editor, the text in force compared on
// the command line). Generated over the Radio Regulations' Article 5 (test fixture): the editor's findings are the
// command line's, opened and after typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeEdits, analyzeNextVersion, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { ROOT } from './helpers';

const RR = fs.readFileSync(path.join(ROOT, 'test/fixtures/provisions/rr-article5.itu'), 'utf8');
const provisions = RR.split('\n').filter((l) => /^5\.\d{3}[A-Z]?\t.{40}/.test(l));
const index = new BaseIndex();
index.update('rr-article5.itu', RR);
const options = { bases: index.lookup };
const key = (text: string) => (f: Finding) => `${f.code}@${text.slice(0, f.start).split('\n').length}:${f.message}`;

function contribution(rnd: () => number): string {
  const headings = ['ARTICLE 5\nFrequency allocations', 'APPENDIX 30B (REV.WRC-23)\nProvisions and associated Plan', 'RADIO REGULATIONS', '{++ARTICLE 5++}'];
  const out = ['Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t9', 'Proposals:\tABC', ''];
  if (rnd() < 0.3) out.push(headings[Math.floor(rnd() * headings.length)], '');
  const n = 2 + Math.floor(rnd() * 4);
  for (let k = 1; k <= n; k++) {
    const line = provisions[Math.floor(rnd() * provisions.length)];
    const action = rnd() < 0.7 ? 'MOD' : 'NOC';
    const body = action === 'MOD' ? line.replace(/ (\S+) /, ' {--$1--}{++$1 new++} ') : line;
    out.push(`${action}\tABC/9/${k}`);
    if (rnd() < 0.15) out.push('ARTICLE 5');
    out.push(body, `Reasons:\tReason ${k}.`, '');
    // A heading between this proposal and the next: the next ones stand under it.
    if (rnd() < 0.4) out.push(headings[Math.floor(rnd() * headings.length)], '');
  }
  return out.join('\n');
}

test('proposals under ARTICLE and RR appendix headings between them: the editor finds what the command line finds', () => {
  const rnd = seeded(505);
  let placed = 0;
  for (let c = 0; c < cases(80, 16); c++) {
    let text = contribution(rnd);
    if (/\n\n(ARTICLE|APPENDIX)/.test(text.slice(text.indexOf('\nMOD') + 1, text.lastIndexOf('\nMOD') + 1) + '\n') || /\nARTICLE 5\n5\./.test(text)) placed++;
    const whole = checkDocument(parseDocument(text), options).map(key(text)).sort();
    let analysis = analyzeNextVersion(text, options);
    assert.deepEqual(analysis.findings.map(key(text)).sort(), whole, `case ${c}, opened:\n${text}`);
    // Typed into: a letter in a proposal's text, then a heading typed between two proposals.
    for (const typed of ['x', '\nARTICLE 5\n']) {
      const at = typed === 'x' ? text.indexOf('\t', text.indexOf('\n5.') + 1) + 1 : text.indexOf('\nMOD', text.indexOf('Reasons:'));
      if (at <= 0) continue;
      text = text.slice(0, at) + typed + text.slice(at);
      analysis = analyzeEdits(analysis, [{ start: at, end: at, newText: typed }], options) ?? analyzeNextVersion(text, options, analysis);
      assert.deepEqual(analysis.findings.map(key(text)).sort(), checkDocument(parseDocument(text), options).map(key(text)).sort(), `case ${c}, ${JSON.stringify(typed)} typed at ${at}:\n${text}`);
    }
  }
  assert.ok(placed > cases(80, 16) / 3, `${placed} contributions with a heading between or inside their proposals`);
});

test('a number without a letter under an ARTICLE heading between proposals, typed plain or inserted with marks, is read in that article', () => {
  // A provision rewritten (its words are not those in force): only the article the heading opens says it is the RR's
  // (base.ts instrumentOfTarget does not take a text so unlike the one in force for it).
  const number = provisions.map((l) => l.split('\t')[0]).find((n) => /^5\.\d{3}$/.test(n))!;
  for (const heading of ['ARTICLE 5', '{++ARTICLE 5++}']) {
    const text = ['Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t9', 'Proposals:\tABC', '', 'MOD\tABC/9/1', '1.1\tA proposal on something else.', 'Reasons:\tOne.', '', heading, 'Frequency allocations', 'MOD\tABC/9/2', `${number}\tBands 1 370-1 400 MHz are allocated on a {--secondary--}{++primary++} basis.`, 'Reasons:\tTwo.', ''].join('\n');
    const whole = checkDocument(parseDocument(text), options);
    // Compared with the provision in force: untracked changes, not "unidentified".
    assert.ok(whole.some((f) => f.code === 'base.untracked-change' && f.start > text.indexOf('ABC/9/2')), `${heading}: ${whole.map((f) => f.code)}`);
    assert.deepEqual(analyzeNextVersion(text, options).findings.map(key(text)).sort(), whole.map(key(text)).sort(), heading);
  }
});
