// Renumbering a Recommendation excerpt across elisions (review rev-kinds, "left alone"): a MOD of ITU-T A.1 inserting
// a clause (marked) before one in force, restating clauses with `…` between them. Before, the fix "Reletter 3.2 to 3.3"
// renumbered the clauses before the first `…` only: the clause restated after it (3.3) then "appeared twice" with no
// fix, and `see clause 3.2.2 below` (3.2.2 in the `…`) kept naming the clause now numbered 3.3.2. The delegate was
// stuck. Now the shift carries across the `…` (with the text in force: the clauses it holds move too) and, after the
// fix and Fix all, no numbering finding is left. Generated over the clauses of the real A.1 (10/2016).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
const index = new BaseIndex();
index.update('T-REC-A.1-201610.itu', A1);
const IN_FORCE = index.instruments().find((i) => i.instrument.kind === 'Recommendation')!;
const CLAUSES = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)*$/.test(p.number)).sort((a, b) => a.line - b.line);
const byNumber = new Map(CLAUSES.map((c) => [c.number, c]));
/** A clause with its sub-clauses, the first `keep` of them (all: undefined), as in force. */
const restate = (number: string, keep?: number): string[] => {
  const under = CLAUSES.filter((c) => c.number.startsWith(`${number}.`));
  return [...byNumber.get(number)!.paragraphs, ...under.slice(0, keep ?? under.length).flatMap((c) => c.paragraphs)];
};
const childrenOf = (number: string) => CLAUSES.filter((c) => c.number.startsWith(`${number}.`) && c.number.split('.').length === number.split('.').length + 1).map((c) => c.number);
// Parents with at least three clauses under them: the lists a new clause may be inserted in.
const PARENTS = [...new Set(CLAUSES.map((c) => c.number.split('.').slice(0, -1).join('.')))].filter((p) => p !== '' && childrenOf(p).length >= 3);

const check = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index.lookup });
const numberingLeft = (text: string) => check(text).filter((f) => f.code.startsWith('numbering.') || f.code === 'base.label-in-force' || f.code === 'base.provision-gap');
const contribution = (...body: string[]) => lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T A.1', ...body, 'Reasons:\tx.');

/** The document after one fix and then Fix all (every fix safe for it, over and over until none is left). */
function fixedAll(text: string, first: Finding): string {
  let out = applyEdits(text, first.fix!.edits);
  for (let round = 0; round < 5; round++) {
    const safe = check(out).filter((f) => f.fix?.safeForFixAll);
    if (safe.length === 0) break;
    out = applyEdits(out, safe[0].fix!.edits);
  }
  return out;
}

test('renumbering a Recommendation excerpt carries across its elisions: no numbering finding left after the fix and Fix all', () => {
  const rnd = seeded(47);
  let tried = 0;
  for (let c = 0; c < cases(120); c++) {
    const parent = PARENTS[Math.floor(rnd() * PARENTS.length)];
    const kids = childrenOf(parent);
    // The new clause goes before kids[j]; kids[j] is restated (part of it), then `…`, then a later one, then `…`.
    const j = Math.floor(rnd() * (kids.length - 1));
    const m = j + 1 + Math.floor(rnd() * (kids.length - 1 - j));
    const newNumber = kids[j];
    const body = [
      ...(j > 0 ? ['…'] : []),
      `{++${newNumber}\tA new clause on hybrid meetings.++}`,
      ...restate(kids[j], Math.floor(rnd() * 2)),
      '…',
      ...restate(kids[m], Math.floor(rnd() * 2)),
      '…',
    ];
    // An elision right after a clause restated whole holds nothing of it: skip such draws (the `…` then holds the next).
    const text = contribution(...body);
    const duplicate = check(text).find((f) => f.code === 'numbering.duplicate' && f.fix);
    const label = `case ${c}: new ${newNumber}, restated ${kids[j]} and ${kids[m]}`;
    assert.ok(duplicate, `${label}: ${check(text).map((f) => f.code).join(', ')}`);
    tried++;
    const after = fixedAll(text, duplicate);
    assert.deepEqual(numberingLeft(after).map((f) => `${f.code}: ${f.message}`), [], `${label}\n${after}`);
    // The clause restated after the first `…` moved as the one before it did.
    const later = kids[m].split('.');
    const moved = [...later.slice(0, -1), String(Number(later[later.length - 1]) + 1)].join('.');
    assert.ok(after.includes(`\n${later.slice(0, -1).join('.')}.{~~${later[later.length - 1]}~>${moved.split('.').pop()}~~}`), `${label}: ${kids[m]} not renumbered\n${after}`);
  }
  assert.ok(tried > 0);
});

test('references to clauses a `…` holds follow their renumbered clause (A.1 3.2.1: `see clause 3.2.2 below`)', () => {
  const text = contribution(...restate('3.1.8'), '{++3.2\tNew clause++}', '{++3.2.1\tNew rule.++}', ...restate('3.2', 1), '…', ...restate('3.3', 1), '…');
  const duplicate = check(text).find((f) => f.code === 'numbering.duplicate')!;
  assert.equal(duplicate.fix?.title.startsWith('Reletter'), true);
  const after = fixedAll(text, duplicate);
  assert.match(after, /\(see clause\u00a03\.\{~~2~>3~~\}\.2 below\)/);
  assert.match(after, /\n3\.\{~~3~>4~~\}\tTDs\n/);
  assert.deepEqual(numberingLeft(after).map((f) => f.code), []);
  // Without the text in force the shift still carries to the clause restated after the `…`.
  const bare = checkDocument(parseDocument(text)).find((f) => f.code === 'numbering.duplicate')!;
  assert.match(applyEdits(text, bare.fix!.edits), /\n3\.\{~~3~>4~~\}\tTDs\n/);
});
