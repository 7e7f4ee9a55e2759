// A WRC placeholder given by two ADD proposals of one contribution (`ADD RCC/8A1/5 5.A1`, `ADD RCC/8A1/6 5.A1`: the
// sixteenth session's RCC contribution written for the test). The command line said `numbering.duplicate`; the editor,
// which checks each proposal alone (core/incremental.ts), never did: the numbering check read the placeholders of the
// whole view. Now the document check reads them across proposals, the numbering check within one, and the editor's
// findings are the command line's, also while a placeholder is typed. Generated: ADDs of RR footnotes with placeholders,
// other proposals between them, placeholders on the ADD's first line or after another new footnote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeEdits, analyzeNextVersion, applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines } from './helpers';

const SENTENCE = 'The frequency band 1 350-1 400 MHz is also allocated to the radiolocation service on a primary basis.     (WRC-27)';

test('two ADDs giving one WRC placeholder: one numbering.duplicate, the same in the editor as on the command line', () => {
  const rnd = seeded(2027);
  for (let c = 0; c < cases(40); c++) {
    const n = 2 + Math.floor(rnd() * 3);
    const placeholders = Array.from({ length: n }, (_, k) => `5.A${1 + Math.floor(rnd() * 3)}${k % 2 && rnd() < 0.3 ? '' : ''}`);
    const body: string[] = ['Proposals:\tRCC', '', 'ARTICLE 5', '', 'Frequency allocations', ''];
    placeholders.forEach((ph, k) => {
      // Now and then a MOD between the ADDs, or the placeholder after another new footnote of the same ADD.
      if (rnd() < 0.3) body.push(`MOD\tRCC/8A1/${body.filter((l) => /^(MOD|ADD)\t/.test(l)).length + 1}`, '5.339\tThe frequency bands are also allocated {++on a primary basis++}.', 'Reasons:\tr.', '');
      const seq = body.filter((l) => /^(MOD|ADD)\t/.test(l)).length + 1;
      body.push(`ADD\tRCC/8A1/${seq}`, ...(rnd() < 0.3 ? [`5.B${k + 1}\t${SENTENCE}`, ''] : []), `${ph}\t${SENTENCE}`, 'Reasons:\tr.', '');
    });
    const text = lines(...body);
    const cli = checkDocument(parseDocument(text)).filter((f) => f.code === 'numbering.duplicate');
    const editor = analyzeNextVersion(text).findings.filter((f) => f.code === 'numbering.duplicate');
    const repeats = placeholders.filter((p, k) => placeholders.indexOf(p) < k).length;
    assert.equal(cli.length, repeats, `case ${c}: ${placeholders.join(' ')}\n${text}`);
    assert.deepEqual(editor, cli, `case ${c}: ${placeholders.join(' ')}`);
  }
});

test('while typing, a placeholder made the same as another ADD\'s is found at once, and unmade', () => {
  const text = lines('Proposals:\tRCC', '', 'ARTICLE 5', '', 'ADD\tRCC/8A1/1', `5.A1\t${SENTENCE}`, 'Reasons:\tr.', '',
    'ADD\tRCC/8A1/2', 'A second new footnote, its number below.', '', 'It is written on several lines.', '', `5.A2\t${SENTENCE}`, 'Reasons:\tr.', '');
  let a = analyzeNextVersion(text);
  let current = text;
  for (const digit of ['1', '2']) {
    const at = current.lastIndexOf(`5.A${digit === '1' ? '2' : '1'}\t`) + 3;
    const edit = { start: at, end: at + 1, newText: digit };
    current = applyEdits(current, [edit]);
    a = analyzeEdits(a, [edit]) ?? analyzeNextVersion(current, {}, a);
    assert.deepStrictEqual(a.findings, checkDocument(parseDocument(current)));
    assert.equal(a.findings.filter((f) => f.code === 'numbering.duplicate').length, digit === '1' ? 1 : 0);
  }
});
