// base.renumbered-cited: a MOD of ITU-T A.1 renumbers a clause with marks (a clause inserted before it) that A.1 in
// force cites in a clause the contribution restates nowhere (2.3.3.6 `see clause 1.4.7`, 1.7.1, 1.2.1 `clause 2.2`):
// the Recommendation as amended would cite another clause. Nothing was said (the sixteenth session's TSAG contribution
// written for the test, test/fixtures/kinds-written/tsag-gbr-31a2.itu). A citing clause another proposal restates is
// proposal.cites-renumbered's, not this; the editor says what the command line says. Generated over every citation
// between clauses of the real A.1 (10/2016).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeNextVersion, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
const index = new BaseIndex();
index.update('T-REC-A.1-201610.itu', A1);
const IN_FORCE = index.instruments().find((i) => i.instrument.kind === 'Recommendation')!;
const CLAUSES = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)*$/.test(p.number)).sort((a, b) => a.line - b.line);
const parentOf = (n: string) => n.split('.').slice(0, -1).join('.');
const siblings = (n: string) => CLAUSES.filter((c) => parentOf(c.number) === parentOf(n) && c.number.split('.').length === n.split('.').length).map((c) => c.number);
/** Clause cited → the clauses citing it (in force). */
const CITED = new Map<string, string[]>();
for (const c of CLAUSES) for (const p of c.paragraphs) for (const m of p.matchAll(/\bclause[\s\u00a0](\d+(?:\.\d+)+)/g)) if (m[1] !== c.number && CLAUSES.some((x) => x.number === m[1])) CITED.set(m[1], [...new Set([...(CITED.get(m[1]) ?? []), c.number])]);
const bump = (n: string) => `${parentOf(n)}.{~~${n.split('.').pop()}~>${Number(n.split('.').pop()) + 1}~~}`;
const options = { bases: index.lookup };

test('a MOD renumbering a clause A.1 cites in a clause no proposal restates is base.renumbered-cited, naming the citing clauses; the editor agrees', () => {
  const cited = [...CITED.keys()].filter((n) => parentOf(n) !== '' && siblings(n).length >= 2);
  assert.ok(cited.length >= 2, [...CITED.entries()].map(([k, v]) => `${k}←${v.join(',')}`).join(' '));
  const rnd = seeded(8118);
  for (let c = 0; c < cases(30); c++) {
    const n = cited[Math.floor(rnd() * cited.length)];
    const clause = CLAUSES.find((x) => x.number === n)!;
    const citing = CITED.get(n)!;
    // The citing clauses, one of them now and then restated (marked) by a second proposal: then it is not named.
    const restate = citing.length && rnd() < 0.4 ? citing[Math.floor(rnd() * citing.length)] : undefined;
    const restated = restate ? CLAUSES.find((x) => x.number === restate)!.paragraphs : [];
    const text = lines('Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/21/1', '…', `{++${n}\tA new clause written for the test.++}`,
      `${bump(n)}${clause.paragraphs[0].slice(n.length)}`, ...clause.paragraphs.slice(1), '…', 'Reasons:\tr.', '',
      ...(restate ? ['MOD\tUSA/21/2', restated[0].replace(/\.?$/, '{++ (amended)++}.'), ...restated.slice(1), 'Reasons:\tr.', ''] : []));
    const label = `case ${c}: ${n} renumbered, cited in ${citing.join(', ')}${restate ? `; ${restate} restated` : ''}`;
    const cli = checkDocument(parseDocument(text), options);
    const found = cli.filter((f) => f.code === 'base.renumbered-cited');
    const left = citing.filter((x) => x !== restate);
    if (left.length === 0) assert.deepEqual(found.map((f) => f.message), [], label);
    else {
      assert.equal(found.length, 1, `${label}: ${cli.map((f) => f.code).join(', ')}`);
      assert.ok(text.slice(found[0].start, found[0].end).includes(`{~~`), label);
      for (const x of left) assert.ok(found[0].message.includes(x), `${label}: ${found[0].message}`);
      if (restate) assert.ok(!new RegExp(`\\b${restate.replace(/\./g, '\\.')}\\b(?!\\.)`).test(found[0].message.replace(/clause \S+ numbered \S+/, '')), `${label}: ${found[0].message}`);
    }
    assert.deepEqual(analyzeNextVersion(text, options).findings, cli, label);
  }
});
