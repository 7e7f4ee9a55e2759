// proposal.cites-renumbered: one proposal of a contribution renumbers clauses of ITU-T A.1 with marks (a clause inserted,
// the ones after it restated `{~~1.4.3~>1.4.4~~}` …), another restates text in force citing one of them (`see clause
// 1.4.7` in A.1's 1.7.1). Found by writing contributions for the test (test/fixtures/kinds-written/tsag-gbr-31a2.itu):
// nothing was said, and the Recommendation as amended would cite the clause now numbered 1.4.7. Generated over every
// citation between clauses of the real A.1 (10/2016) and every insertion point before the clause cited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeEdits, analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
const index = new BaseIndex();
index.update('T-REC-A.1-201610.itu', A1);
const IN_FORCE = index.instruments().find((i) => i.instrument.kind === 'Recommendation')!;
const CLAUSES = [...new Set(IN_FORCE.provisions.values())].filter((p) => /^\d+(?:\.\d+)*$/.test(p.number)).sort((a, b) => a.line - b.line);
const parentOf = (n: string) => n.split('.').slice(0, -1).join('.');
const siblings = (n: string) => CLAUSES.filter((c) => c.number !== '' && parentOf(c.number) === parentOf(n) && c.number.split('.').length === n.split('.').length).map((c) => c.number);
const bump = (n: string) => { const p = n.split('.'); return [...p.slice(0, -1), String(Number(p[p.length - 1]) + 1)].join('.'); };
/** A.1's citations of its own clauses: the clause citing, the paragraph, and the number cited (a clause of a group of two or more). */
const CITATIONS = CLAUSES.flatMap((c) => c.paragraphs.flatMap((text, k) => [...text.matchAll(/\bclause[\s\u00a0](\d+(?:\.\d+)+)/g)].map((m) => ({ citing: c.number, k, text, cited: m[1] }))))
  .filter((x) => CLAUSES.some((c) => c.number === x.cited) && siblings(x.cited).length >= 2 && parentOf(x.citing) !== parentOf(x.cited) && !x.citing.startsWith(`${x.cited}.`));
const check = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index.lookup });

/** Proposal 1: a clause inserted before `at` (a sibling of `cited`), it and the siblings after it restated renumbered with marks. */
function renumbering(at: string): string[] {
  const group = siblings(at);
  const out = [`{++${at}\tA new clause written for the test.++}`];
  for (const n of group.slice(group.indexOf(at))) {
    const last = n.split('.').pop()!;
    const paragraphs = CLAUSES.find((c) => c.number === n)!.paragraphs;
    out.push(`${n.slice(0, -last.length)}{~~${last}~>${bump(n).split('.').pop()}~~}${paragraphs[0].slice(n.length)}`, ...paragraphs.slice(1));
    // Its sub-clauses move with it, restated under the new number.
    for (const sub of CLAUSES.filter((c) => c.number.startsWith(`${n}.`))) out.push(`${n.slice(0, -last.length)}{~~${last}~>${bump(n).split('.').pop()}~~}${sub.paragraphs[0].slice(n.length)}`, ...sub.paragraphs.slice(1));
  }
  return out;
}

test('a citation, in another proposal, of a clause one proposal renumbers is proposal.cites-renumbered, with a fix in a MOD; none for clauses not moved or in an ADD', () => {
  assert.ok(CITATIONS.length >= 3, CITATIONS.map((c) => `${c.citing}→${c.cited}`).join(' '));
  const rnd = seeded(3116);
  for (let c = 0; c < cases(60); c++) {
    const cite = CITATIONS[Math.floor(rnd() * CITATIONS.length)];
    const group = siblings(cite.cited);
    // Inserted before the clause cited (it moves), or after it (it stays).
    const j = Math.floor(rnd() * group.length);
    const at = group[j];
    const moves = j <= group.indexOf(cite.cited);
    const action = rnd() < 0.7 ? 'MOD' : rnd() < 0.5 ? 'NOC' : 'ADD';
    const named = rnd() < 0.5;
    const citing = CLAUSES.find((x) => x.number === cite.citing)!;
    // Proposal 2 restates the citing clause (a MOD marks a word of it elsewhere: its first word doubled).
    const restated = citing.paragraphs.map((p, k) => (k === cite.k && action === 'MOD' ? p.replace(/\.$/, '{++ (amended)++}.') : p));
    const body = action === 'ADD' ? [`${cite.citing}.99\tA new clause citing clause ${cite.cited}.`] : restated;
    const text = lines('Proposals:\tUSA', '', ...(named ? [] : ['Recommendation ITU-T A.1', '']),
      `MOD\tUSA/21/1${named ? '\tRecommendation ITU-T A.1' : ''}`, ...renumbering(at), 'Reasons:\tr.', '',
      `${action}\tUSA/21/2${named ? '\tRecommendation ITU-T A.1' : ''}`, ...body, 'Reasons:\tr.', '');
    const label = `case ${c}: ${cite.citing} cites ${cite.cited}; ${at} inserted; ${action}${named ? ' (named)' : ''}`;
    const found = check(text).filter((f) => f.code === 'proposal.cites-renumbered');
    if (!moves || action === 'ADD') {
      assert.deepEqual(found.map((f) => f.message), [], label);
      continue;
    }
    const mine = found.filter((f) => text.slice(f.start, f.end) === cite.cited && text.lastIndexOf('USA/21/2', f.start) > text.lastIndexOf('USA/21/1', f.start));
    assert.equal(mine.length, 1, `${label}: ${found.map((f) => `${text.slice(f.start, f.end)} ${f.message}`).join('; ')}`);
    assert.match(mine[0].message, new RegExp(`which USA/21/1 renumbers ${bump(cite.cited).replace(/\./g, '\\.')}`), label);
    if (action === 'NOC') {
      assert.equal(mine[0].fix, undefined, label);
      continue;
    }
    const after = applyEdits(text, mine[0].fix!.edits);
    assert.ok(after.includes(`${cite.cited.split('.').slice(0, -1).join('.')}.{~~${cite.cited.split('.').pop()}~>${bump(cite.cited).split('.').pop()}~~}`), `${label}\n${after}`);
    assert.deepEqual(check(after).filter((f) => f.code === 'proposal.cites-renumbered' && f.start >= mine[0].start - 5 && f.start <= mine[0].end + 20).map((f) => f.message), [], label);
  }
});

test('a clause one proposal deletes whole, cited in another, is reported as gone, without a fix', () => {
  const c171 = CLAUSES.find((c) => c.number === '1.7.1')!;
  const c147 = CLAUSES.find((c) => c.number === '1.4.7')!;
  const text = lines('Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/21/1', '1.4\tConduct of meetings', '…', `{--${c147.paragraphs.join('\n')}--}`, 'Reasons:\tr.', '',
    'MOD\tUSA/21/2', ...c171.paragraphs.map((p, k) => (k === 0 ? p.replace(/\.$/, '{++ (amended)++}.') : p)), 'Reasons:\tr.', '');
  const found = check(text).filter((f) => f.code === 'proposal.cites-renumbered');
  assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.fix]), [['1.4.7', undefined]]);
  assert.match(found[0].message, /which USA\/21\/1 deletes/);
});

test('while typing, a citation changed to name a clause another proposal renumbers is found at once (the document findings are made again)', () => {
  const c171 = CLAUSES.find((c) => c.number === '1.7.1')!;
  const text = lines('Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/21/1', '1.4\tConduct of meetings', ...renumbering('1.4.3'), 'Reasons:\tr.', '',
    'MOD\tUSA/21/2', ...c171.paragraphs.map((p, k) => (k === 0 ? p.replace(/\.$/, '{++ (amended)++}.') : p.replace('clause 1.4.7', 'clause 1.4.2'))), 'Reasons:\tr.', '');
  const options = { bases: index.lookup };
  const full = (t: string) => checkDocument(parseDocument(t), options);
  let a = analyzeNextVersion(text, options);
  assert.deepEqual(a.findings.filter((f) => f.code === 'proposal.cites-renumbered'), []);
  // `1.4.2` typed over as `1.4.7` (then back): each version's findings are the full check's.
  let current = text;
  for (const digit of ['7', '2']) {
    const at = current.lastIndexOf(`clause 1.4.${digit === '7' ? '2' : '7'}`) + 'clause 1.4.'.length;
    const edit = { start: at, end: at + 1, newText: digit };
    current = applyEdits(current, [edit]);
    a = analyzeEdits(a, [edit], options) ?? analyzeNextVersion(current, options, a);
    assert.deepStrictEqual(a.findings, full(current));
    assert.equal(a.findings.filter((f) => f.code === 'proposal.cites-renumbered').length, digit === '7' ? 1 : 0);
  }
});

test('a clause deleted on a later line of a deletion that spans several clauses is followed too', () => {
  const c171 = CLAUSES.find((c) => c.number === '1.7.1')!;
  const c146 = CLAUSES.find((c) => c.number === '1.4.6')!;
  const c147 = CLAUSES.find((c) => c.number === '1.4.7')!;
  // 1.4.6 and 1.4.7 deleted in one mark: 1.4.7's line opens inside it.
  const text = lines('Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/21/1', '1.4\tConduct of meetings', '…', `{--${[...c146.paragraphs, ...c147.paragraphs].join('\n')}--}`, 'Reasons:\tr.', '',
    'MOD\tUSA/21/2', ...c171.paragraphs.map((p, k) => (k === 0 ? p.replace(/\.$/, '{++ (amended)++}.') : p)), 'Reasons:\tr.', '');
  const found = check(text).filter((f) => f.code === 'proposal.cites-renumbered');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['1.4.7']);
  assert.match(found[0].message, /which USA\/21\/1 deletes/);
});
