// Going back across clauses after an elision (rev-kinds, left alone): `3.2.2`, `…`, `3.1.4` in a MOD of a
// Recommendation restates a clause the text has before the one restated above it. An elision lets an excerpt skip
// clauses forward, never back: it was said of `3.2.5`, `…`, `3.2.2` (one list) but not across clauses, where the last
// numbers alone (4 after 2) seemed to go forward. Generated over pairs of clauses of the real A.1 (10/2016): the later
// clause after the earlier one is in place; the earlier after the later is a numbering finding on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
const index = new BaseIndex();
index.update('T-REC-A.1-201610.itu', A1);
const IN_FORCE = index.instruments().find((i) => i.instrument.kind === 'Recommendation')!;
// The clauses of the body with no sub-clause (each stands alone when restated), in their order.
const ALL = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)+$/.test(p.number)).sort((a, b) => a.line - b.line);
// (The last, 3.4.1, is read with the annexes after it, whose headings the corpus file writes without their dash: left out.)
const LEAVES = ALL.filter((p) => !ALL.some((q) => q.number.startsWith(`${p.number}.`)) && !p.paragraphs.some((x) => /^Annex /.test(x)));

test('a clause restated after an elision that the text has before the one above it goes back: a numbering finding on it', () => {
  const rnd = seeded(67);
  let back = 0;
  for (let c = 0; c < cases(300, 60); c++) {
    const i = Math.floor(rnd() * LEAVES.length);
    let j = Math.floor(rnd() * LEAVES.length);
    if (i === j) continue;
    // Often two clauses of the same depth under two different clauses (`3.2.2` and `3.1.4`), the shape left unsaid.
    if (c % 2 === 0) {
      const depth = LEAVES[i].number.split('.').length;
      const same = LEAVES.filter((p, k) => k !== i && p.number.split('.').length === depth && p.number.split('.').slice(0, -1).join('.') !== LEAVES[i].number.split('.').slice(0, -1).join('.'));
      if (same.length === 0) continue;
      j = LEAVES.indexOf(same[Math.floor(rnd() * same.length)]);
    }
    const [a, b] = [LEAVES[i], LEAVES[j]];
    const text = lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T A.1', '…', ...a.paragraphs.map((x, k) => (k === 0 ? x.replace(/([.;:,]?)\s*$/, '{++ (as amended)++}$1') : x)), '…', ...b.paragraphs, '…', 'Reasons:\tx.');
    const at = text.split('\n').indexOf(b.paragraphs[0]);
    for (const bases of [undefined, index.lookup]) {
      const found = checkDocument(parseDocument(text), bases ? { bases } : {}).filter((f) => f.code.startsWith('numbering.'));
      const on = found.filter((f) => text.slice(0, f.start).split('\n').length - 1 === at);
      const label = `case ${c}: ${a.number}, …, ${b.number}${bases ? ' (text in force known)' : ''}: ${found.map((f) => `${f.code} ${f.message}`).join('; ') || 'nothing said'}`;
      if (j > i) assert.equal(found.length, 0, label);
      else assert.ok(on.length > 0, label);
    }
    if (j < i) back++;
  }
  assert.ok(back > 0);
});
