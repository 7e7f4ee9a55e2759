// Compile keeps a clause number typed without one of its dots (X.609.7 (12/2018) clause 3.1 has `3.16` for 3.1.6): the
// merged draft renumbers every list as the numbering fix does, and wrote `3.{~~16~>1.6~~}`, a change no party proposed.
// When a party inserts a clause before it, it is renumbered with the clauses after it (it was read as a clause 3.16
// after the inserted 3.1.6, and the merge took the clauses after it under a new 3.2: `3.1.{~~7~>1~~}`).
// Generated over the real text: the lost dot moved to each clause of 3.1, parties rewording clauses, one inserting a clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compileTarget } from '../../server/src/core';
import { missingDotReading } from '../../server/src/core/kinds';
import { compileWorkspace } from '../support/compile';
import { seeded } from '../support/random';
import { lines, ROOT } from './helpers';
import { cases } from '../support/scale';

const X609 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-X.609.7-201812.itu'), 'utf8');
const CLAUSES = 9;

/** X.609.7 with its clause 3.1.`k` typed without the dot (`3.1k`), the others as 3.1.n (the real text: k = 6). */
function baseWith(k: number): string {
  return X609.split('\n').map((l) => {
    const m = /^3\.(?:1\.(\d)|1(\d))\t/.exec(l);
    if (!m) return l;
    const n = Number(m[1] ?? m[2]);
    return l.replace(/^[^\t]+/, n === k ? `3.1${n}` : `3.1.${n}`);
  }).join('\n');
}

/** Clause 3.1 of a base text as written, its heading to the heading of 3.2. */
function clauseLines(base: string): string[] {
  const all = base.split('\n');
  return all.slice(all.findIndex((l) => l.startsWith('3.1\t')), all.findIndex((l) => l.startsWith('3.2\t')));
}

function contribution(party: string, doc: number, body: readonly string[]): string {
  return lines('Meeting:\tSG17', `Document:\t${doc}`, `Proposals:\t${party}`, '', `MOD\t${party}/${doc}/1\tRecommendation ITU-T X.609.7`, '…', ...body, '…', `Reasons:\t${party}'s reasons.`);
}

/** The merged text accepted: each substitution's new side, insertions kept, deletions and comments gone. */
function accepted(merged: readonly string[]): string[] {
  return merged.map((l) => l.replace(/\{>>[^]*?<<\}/g, '').replace(/\{~~(?:(?!~>)[^])*~>([^]*?)~~\}/g, '$1').replace(/\{\+\+([^]*?)\+\+\}/g, '$1').replace(/\{--[^]*?--\}/g, ''));
}

test('generated: a clause number typed without a dot is kept by compile, and renumbered with the clauses after a clause inserted before it', () => {
  const random = seeded(6097);
  for (let c = 0; c < cases(36); c++) {
    const k = 2 + Math.floor(random() * (CLAUSES - 1));
    const base = baseWith(k);
    const clauses = clauseLines(base);
    // Each party rewords one clause (its first `the` or `a`, marked); one may insert a clause before clause j.
    const parties = ['USA', 'CHN', 'KOR'].slice(0, 2 + Math.floor(random() * 2));
    // Right before the typed clause (it then follows a clause of the number it reads as) a third of the time.
    const where = random();
    const insertAt = where < 0.33 ? k : where < 0.66 ? 1 + Math.floor(random() * CLAUSES) : undefined;
    const files: Record<string, string> = { 'x609.itu': base };
    parties.forEach((party, i) => {
      const at = 2 + Math.floor(random() * (clauses.length - 2));
      let body = clauses.map((l, n) => (n === at && / the /.test(l) ? l.replace(' the ', ` {~~the~>the ${party.toLowerCase()}~~} `) : l));
      if (i === 0 && insertAt !== undefined) {
        const before = body.findIndex((l) => l.startsWith(`3.1${insertAt === k ? '' : '.'}${insertAt}\t`));
        body = [...body.slice(0, before), `{++3.1.${insertAt}\tNew term [${party}]: A term proposed by ${party}.++}`, ...body.slice(before)];
      }
      // Half the parties restate from the first clause, leaving the heading 3.1 and its sentence to the `…` before it:
      // the first paragraph after the `…` may then be the inserted clause, which took the heading as replaced.
      if (random() < 0.5) body = body.slice(2);
      files[`${party}.itu`] = contribution(party, 10 + i, body);
    });
    const { index, sources } = compileWorkspace(files);
    const compiled = compileTarget('Recommendation ITU-T X.609.7', sources, index.lookup);
    assert.ok(compiled, `case ${c}`);
    const labels = accepted(compiled.merged).filter((l) => /^3\.\d/.test(l)).map((l) => l.split('\t')[0]);
    // 3, 3.1, the clauses of 3.1 (one more after an insertion), 3.2: the typed clause as in force unless an insertion moves it.
    const n = CLAUSES + (insertAt === undefined ? 0 : 1);
    const expected = ['3.1', ...Array.from({ length: n }, (_, i) => (i + 1 === k && (insertAt === undefined || k < insertAt) ? `3.1${k}` : `3.1.${i + 1}`)), '3.2'];
    // The heading and its sentence stand as in force, whatever a party restates of them.
    assert.deepEqual(compiled.merged.filter((l) => l.includes('Terms defined elsewhere') || l.includes('uses the following terms defined elsewhere')), clauses.slice(0, 2), `case ${c}: heading 3.1`);
    assert.deepEqual(labels, expected, `case ${c}: lost dot in 3.1.${k}, insertion before ${insertAt ?? 'none'}\n${compiled.merged.filter((l) => /^(\{..)?3\.\d/.test(l)).join('\n')}`);
  }
});

test('missingDotReading: `3.16` right after a 3.1.6 is that clause repeated (the renumbering moves it on), not a clause 3.16', () => {
  assert.equal(missingDotReading('3.16', ['3', '1', '5']), '3.1.6');
  assert.equal(missingDotReading('3.16', ['3', '1', '6']), '3.1.6');
  assert.equal(missingDotReading('3.17', ['3', '1', '6']), '3.1.7');
  // Digits that neither follow nor repeat the clause before: as typed.
  assert.equal(missingDotReading('3.18', ['3', '1', '6']), undefined);
  assert.equal(missingDotReading('3.1.6', ['3', '1', '6']), undefined);
});
