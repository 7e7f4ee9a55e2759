// A Recommendation MOD restating clauses of several clauses with `…` between them (ITU-T A.1's own practice: `3.1.3`,
// `…`, `3.2.2` leaves out 3.1.4 to 3.2.1, clause 3.2's heading among them). The `…` may hold the heading of the clause
// the next restated one stands under: before, `3.2.2` was read in 3.1's list ("3.2.2 comes after 3.1.3: the two are
// swapped", "3.2.3 appears twice in this list", "3.2.2–3.2.3 stand under 3.1: their numbers should start with 3.1").
// Generated over excerpts of the real A.1 (10/2016): a faithful excerpt, whatever it leaves out, gets no finding.
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
// The clauses in force in their order, each once (the clauses of the body: 1, 1.1 … 3.4.x).
const CLAUSES = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)*$/.test(p.number)).sort((a, b) => a.line - b.line);

test('a Recommendation excerpt restating clauses of different clauses with `…` between them is no numbering fault', () => {
  const rnd = seeded(31);
  for (let c = 0; c < cases(150); c++) {
    const picked = new Set<number>();
    const size = 2 + Math.floor(rnd() * 5);
    // Runs of consecutive clauses, from anywhere in the text.
    while (picked.size < size) {
      const start = Math.floor(rnd() * CLAUSES.length);
      for (let k = start; k < Math.min(CLAUSES.length, start + 1 + Math.floor(rnd() * 3)); k++) picked.add(k);
    }
    const order = [...picked].sort((a, b) => a - b);
    const changed = order[Math.floor(rnd() * order.length)];
    const body: string[] = [];
    order.forEach((k, j) => {
      if (j > 0 && k !== order[j - 1] + 1) body.push('…');
      const [first, ...rest] = CLAUSES[k].paragraphs;
      body.push(k === changed ? first.replace(/([.;:,]?)\s*$/, '{++ (as amended)++}$1') : first, ...rest);
    });
    const text = lines('Meeting:\tTSAG', 'Document:\t55', 'Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/55/1', ...body, 'Reasons:\tr.');
    const found = checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code.startsWith('numbering.') || f.code.startsWith('base.'));
    const label = `case ${c}: ${order.map((k) => CLAUSES[k].number).join(' ')}`;
    assert.deepEqual(found.map((f) => `${f.code}: ${f.message}`), [], label);
    // The same excerpt with one `…` taken out leaves text out unsaid: a fault, on the clause after it.
    const elisions = body.flatMap((l, i) => (l === '…' ? [i] : []));
    if (elisions.length === 0) continue;
    const cut = elisions[Math.floor(rnd() * elisions.length)];
    const faulty = lines('Meeting:\tTSAG', 'Document:\t55', 'Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/55/1', ...body.filter((_, i) => i !== cut), 'Reasons:\tr.');
    const after = faulty.split('\n').indexOf(body[cut + 1]);
    const said = checkDocument(parseDocument(faulty), { bases: index.lookup }).filter((f) => f.code.startsWith('numbering.') || f.code === 'base.provision-gap');
    const lineOf = (offset: number) => faulty.slice(0, offset).split('\n').length - 1;
    assert.ok(said.some((f) => lineOf(f.start) === after), `${label}, without the … before ${body[cut + 1].slice(0, 12)}: ${said.map((f) => f.code + ' ' + f.message).join('; ') || 'nothing said'}`);
  }
});
