// reference.stale on a reference the delegate wrote without marks (the ITU-R RA.314 MOD written for the test in the
// sixteenth session: recommends 2 inserted, 2 and 3 renumbered with marks, and `, as in recommends 2 above` added to
// recommends 4 without marks). The words are not in force (base.untracked-change says so, and wrapping them in marks
// is the fix), but reference.stale read them as text in force: "named 2 of the text in force, which the new text
// numbers 3", with a fix renumbering the reference to 3 — away from the new item the delegate meant. Now a reference
// inside an untracked insertion is left to base.untracked-change. Generated over the clause groups of the real A.1.
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
const CLAUSES = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)*$/.test(p.number)).sort((a, b) => a.line - b.line);
const childrenOf = (n: string) => CLAUSES.filter((c) => c.number.startsWith(`${n}.`) && c.number.split('.').length === n.split('.').length + 1);
// Groups of three or more clauses with no sub-clauses and no citation of their own (the renumbered ones are restated whole).
const GROUPS = [...new Set(CLAUSES.map((c) => c.number.split('.').slice(0, -1).join('.')))].filter((p) => p.includes('.') && childrenOf(p).length >= 3)
  .filter((p) => childrenOf(p).every((c) => childrenOf(c.number).length === 0 && !c.paragraphs.some((x) => /clause/.test(x))));
const bumpLast = (n: string) => `${n.split('.').slice(0, -1).join('.')}.{~~${n.split('.').pop()}~>${Number(n.split('.').pop()) + 1}~~}`;

test('a reference added without marks is the delegate\'s: base.untracked-change, not reference.stale (and no fix moving it away)', () => {
  assert.ok(GROUPS.length >= 2, GROUPS.join(' '));
  const rnd = seeded(714);
  for (let c = 0; c < cases(30); c++) {
    const group = GROUPS[Math.floor(rnd() * GROUPS.length)];
    const kids = childrenOf(group);
    const j = Math.floor(rnd() * (kids.length - 1));
    const at = kids[j].number;
    // A later clause (renumbered) gets unmarked words citing the new clause `at` (or, marked, the same words: no finding).
    const k = j + 1 + Math.floor(rnd() * (kids.length - 1 - j));
    const marked = rnd() < 0.3;
    const words = `, as clause ${at} requires`;
    const body = kids.slice(j).flatMap((x, m) => {
      const [first, ...rest] = x.paragraphs;
      let line = `${bumpLast(x.number)}${first.slice(x.number.length)}`;
      if (j + m === k) line = line.replace(/\.$/, marked ? `{++${words}++}.` : `${words}.`);
      return [line, ...rest];
    });
    const text = lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T A.1', '…', `{++${at}\tA new clause written for the test.++}`, ...body, 'Reasons:\tr.', '');
    const found = checkDocument(parseDocument(text), { bases: index.lookup });
    const label = `case ${c}: ${at} inserted, clause ${kids[k].number} cites it${marked ? ' (marked)' : ''}`;
    assert.deepEqual(found.filter((f) => f.code.startsWith('reference.')).map((f) => f.message), [], label);
    assert.equal(found.filter((f) => f.code === 'base.untracked-change').length, marked ? 0 : 1, `${label}: ${found.map((f) => f.code).join(', ')}`);
  }
});
