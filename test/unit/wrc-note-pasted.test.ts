// provision.wrc-note in an RR MOD whose first provision is pasted with spaces (`5.102  This cause …`, from a PDF): the
// parse reads the proposal's numbers as items then, and each numbered item joined the provision before it, whose
// marks and note it took: "MOD of No. 5.102 … has no conference note" for the marks of 5.103 (test/sim/provisionRun.ts
// seed 4083, rev-kinds' known failure: the finding was wrong, the simulator right). Generated over runs of
// consecutive provisions of the real RR Articles 1-9: the one amended (marked, noted) gets no finding, nor the others;
// amended without its note, the finding names it, not the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const RR = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/rr-2012-art1-9.itu'), 'utf8');
const index = new BaseIndex();
index.update('rr.itu', RR);
// Provisions of one paragraph, no note of their own, with words to change, in their order.
const ONE = [...new Set(index.instruments()[0].provisions.values())].sort((a, b) => a.line - b.line)
  .filter((p) => p.paragraphs.length === 1 && /^\d\.\d+[A-Z]?\t\p{Lu}\S* \S+ \S+ \S+/u.test(p.paragraphs[0]) && !/\((?:WRC|WARC)-?\d+\)\s*$/.test(p.paragraphs[0]));

test('provision.wrc-note: each numbered provision of a MOD pasted with spaces is its own, its marks and note its own', () => {
  const rnd = seeded(83);
  let tried = 0;
  for (let c = 0; c < cases(80, 20); c++) {
    const s = Math.floor(rnd() * (ONE.length - 3));
    const run = ONE.slice(s, s + 2 + Math.floor(rnd() * 2));
    const k = 1 + Math.floor(rnd() * (run.length - 1));
    const noted = rnd() < 0.5;
    const body = run.map((p, j) => {
      const [number, text] = [p.number, p.paragraphs[0].slice(p.number.length + 1)];
      if (j === 0) return `${number}  ${text}`;
      if (j !== k) return p.paragraphs[0];
      const words = text.split(' ');
      return `${number}\t${words[0]} {~~${words[1]}~>amended~~} ${words.slice(2).join(' ')}${noted ? '{++     (WRC-27)++}' : ''}`;
    });
    const text = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t94', 'Addendum:\t25', 'Proposals:\tUSA', '', `ARTICLE ${run[0].number.split('.')[0]}`, '', 'MOD\tUSA/94A25/1', ...body, 'Reasons:\tr.');
    const found = checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'provision.wrc-note');
    const label = `case ${c}: ${run.map((p) => p.number).join(', ')}, ${run[k].number} amended${noted ? ' and noted' : ''}: ${found.map((f) => f.message).join('; ')}`;
    if (noted) assert.deepEqual(found, [], label);
    else assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [run[k].number], label);
    tried++;
  }
  assert.ok(tried > 0 && ONE.length > 10);
});
