// References inside the clauses a renumbering fix restates from the text in force (the known gap of rev-kinds: "clauses
// the renumbering fix restates from the text in force keep inner references to other moved clauses unrenumbered").
// A MOD of ITU-T A.1 inserts a clause and restates the one after it renumbered, then `…`: the fixes (base.label-in-force's
// "Restate the clauses left out …", numbering.duplicate's renumbering, and the renumbering carried across a `…`) restate
// the clauses in force behind it with their numbers moved. A.1's 2.3.3.6 reads `(see clause 2.3.3.10 below)` and its
// 2.3.3.10 `(see clause 2.3.3.11)`; restated as in force, they named the clauses now numbered before the ones meant, and
// the check said so at once (reference.stale) after the fix. Now a reference in a restated clause follows its clause
// with a mark. Generated over every insertion point of the real A.1 (10/2016).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
const index = new BaseIndex();
index.update('T-REC-A.1-201610.itu', A1);
const IN_FORCE = index.instruments().find((i) => i.instrument.kind === 'Recommendation')!;
const CLAUSES = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)*$/.test(p.number)).sort((a, b) => a.line - b.line);
const byNumber = new Map(CLAUSES.map((c) => [c.number, c]));
const childrenOf = (number: string) => CLAUSES.filter((c) => c.number.startsWith(`${number}.`) && c.number.split('.').length === number.split('.').length + 1).map((c) => c.number);
const PARENTS = [...new Set(CLAUSES.map((c) => c.number.split('.').slice(0, -1).join('.')))].filter((p) => p !== '' && childrenOf(p).length >= 2);
/** A clause number and its text's references to other clauses of A.1 (`see clause 2.3.3.10 below`). */
const REFERENCE = /\bclauses? (\d+(?:\.\d+)+)/g;
const referencing = CLAUSES.filter((c) => c.paragraphs.some((p) => REFERENCE.test(p)));

const check = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index.lookup });
const contribution = (...body: string[]) => lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T A.1', ...body, 'Reasons:\tx.');
const bump = (n: string) => { const p = n.split('.'); return [...p.slice(0, -1), String(Number(p[p.length - 1]) + 1)].join('.'); };

/** The findings a fix leaves on the text it writes (not on the delegate's own lines, which it does not touch). */
function leftOnFix(text: string, finding: Finding): Finding[] {
  const after = applyEdits(text, finding.fix!.edits);
  const written = finding.fix!.edits.map((e) => e.newText).join('\n');
  return check(after).filter((f) => (f.code === 'reference.stale' || f.code === 'reference.unresolved') && written.includes(after.slice(f.start, f.end)));
}

test('clauses restated renumbered after a `…` (base.label-in-force fix) renumber their references to clauses that move', () => {
  // The text in force holds references between its clauses (2.3.3.6 and 2.3.3.10), so the cases below test something.
  assert.ok(referencing.some((c) => c.number.startsWith('2.3.3.')), referencing.map((c) => c.number).join(' '));
  let moved = 0;
  for (const parent of PARENTS) {
    const kids = childrenOf(parent);
    for (let j = 0; j < kids.length - 1; j++) {
      const first = byNumber.get(kids[j])!.paragraphs[0];
      // The clause restated by hand: its first paragraph, its number moved with a mark.
      const last = kids[j].split('.').pop()!;
      const text = contribution(parent.includes('.') ? '…' : byNumber.get(parent)!.paragraphs[0], `{++${kids[j]}\tA new clause on hybrid meetings.++}`,
        `${kids[j].slice(0, -last.length)}{~~${last}~>${bump(kids[j]).split('.').pop()}~~}${first.slice(kids[j].length)}`, '…');
      const f = check(text).find((x) => x.code === 'base.label-in-force' && x.fix);
      if (!f) continue;
      const left = leftOnFix(text, f);
      assert.deepEqual(left.map((x) => x.message), [], `${kids[j]} inserted under ${parent}:\n${applyEdits(text, f.fix!.edits)}`);
      if (/\{~~\d+~>\d+~~\}\s*(?:below|above|\))/.test(f.fix!.edits.map((e) => e.newText).join('\n'))) moved++;
    }
  }
  // A.1 2.3.3: 2.3.3.6 and 2.3.3.10 cite clauses of the tail.
  assert.ok(moved > 0);
});

test('the renumbering fix (numbering.duplicate) restates the clauses behind the `…` with their references moved', () => {
  const text = contribution('…', '{++2.3.3.5\tRapporteurs should publish the dates of their meetings.++}', byNumber.get('2.3.3.5')!.paragraphs[0], '…');
  const duplicate = check(text).find((f) => f.code === 'numbering.duplicate' && f.fix);
  assert.ok(duplicate, check(text).map((f) => f.code).join(', '));
  const after = applyEdits(text, duplicate.fix!.edits);
  assert.match(after, /\(see clause 2\.3\.3\.\{~~10~>11~~\} below\)/);
  assert.match(after, /\(see clause 2\.3\.3\.\{~~11~>12~~\}\)/);
  assert.deepEqual(check(after).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), []);
});

test('clauses a `…` holds between two restated ones, restated renumbered where they stand, move their references too', () => {
  // 2.3.3.5 inserted; 2.3.3.5 and 2.3.3.11 restated, the `…` between holds 2.3.3.6 (citing 2.3.3.10) to 2.3.3.10 (citing 2.3.3.11).
  const text = contribution('…', '{++2.3.3.5\tRapporteurs should publish the dates of their meetings.++}', byNumber.get('2.3.3.5')!.paragraphs[0], '…', byNumber.get('2.3.3.11')!.paragraphs[0], '…');
  const duplicate = check(text).find((f) => f.code === 'numbering.duplicate' && f.fix);
  assert.ok(duplicate, check(text).map((f) => f.code).join(', '));
  const after = applyEdits(text, duplicate.fix!.edits);
  assert.match(after, /\n2\.3\.3\.\{~~6~>7~~\}\t/);
  assert.match(after, /\(see clause 2\.3\.3\.\{~~10~>11~~\} below\)/);
  assert.match(after, /\(see clause 2\.3\.3\.\{~~11~>12~~\}\)/);
  assert.deepEqual(check(after).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), []);
});
