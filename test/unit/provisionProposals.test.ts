// Generated proposals on provisions (test/sim/provisionCases.ts): WRC-, PP- and Recommendation-style
// contributions on texts in force of every kind, in English, French and Spanish, with LF/CRLF and BOM.
// A correct contribution gets no finding at all; one with an injected fault (proposal id out of sequence,
// excerpt numbering broken inside what it restates, a change without marks against the provision in
// force, a provision that does not exist) gets that fault's findings at its place and nothing else.
//   ITU_PROVISION_CASES=20000 npm run test:unit     more cases (default 400: about a second)
//   ITU_PROVISION_START=50000                       other seeds
//   ITU_PROVISION_SEED=n node --import tsx test/sim/provisionRun.ts   replay one seed
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProvisionCase } from '../sim/provisionCases';
import { findingsOf, provisionSummary, runProvisionCase, runProvisionCases } from '../sim/provisionRun';
import { cases } from '../support/scale';

const count = Number(process.env.ITU_PROVISION_CASES ?? cases(400, 100));
const start = Number(process.env.ITU_PROVISION_START ?? 1);

test(`${count} generated proposals on provisions: no finding when correct, each fault's findings at its place`, () => {
  const report = runProvisionCases(start, count);
  assert.equal(report.failed, 0, provisionSummary(report));
  // Every kind of fault was drawn, and correct contributions too.
  for (const fault of ['none', 'id-skip', 'id-duplicate', 'id-swap', 'excerpt-gap', 'excerpt-swap', 'excerpt-repeat', 'untracked-mod', 'untracked-noc', 'untracked-sup', 'not-found-sup', 'not-found-mod']) {
    assert.ok((report.byFault.get(fault) ?? 0) > 0, `no case of ${fault} in ${count} cases`);
  }
});

test('the generator covers every kind and language, CRLF and BOM, and the instrument named either way', () => {
  const seen = new Set<string>();
  for (let seed = 1; seed < 600; seed++) {
    const c = makeProvisionCase(seed);
    if (!c) continue;
    seen.add(c.kind).add(c.lang);
    if (c.contribution.includes('\r\n')) seen.add('crlf');
    if (c.contribution.startsWith('\uFEFF')) seen.add('bom');
    if (/^(?:MOD|SUP|NOC|ADD)\t\S+\t(?:CS|CV|ITR|RR)$/m.test(c.contribution)) seen.add('named after the id');
  }
  assert.deepEqual([...seen].sort(), ['CS', 'CV', 'ITR', 'REC-R', 'REC-T', 'RR', 'bom', 'crlf', 'en', 'es', 'fr', 'named after the id']);
});

test('a proposal citing a provision another proposal suppresses is expected to be told so (proposal.cites-suppressed)', () => {
  // Real texts in force cite one another: these seeds draw a MOD restating `No. 157 of this Convention` beside a SUP of
  // CV No. 157, and a MOD of RR No. 9.41 (`No. 9.7A`) beside a SUP of No. 9.7A (one with a fault of its own, one correct).
  for (const seed of [8214, 13853, 5124684, 5125357]) {
    const c = makeProvisionCase(seed)!;
    assert.ok(c.cited.must.length > 0, `seed ${seed}: a citation of a suppressed provision`);
    const lines = c.contribution.split(/\r?\n/);
    for (const line of c.cited.must) assert.match(lines[line], /No\.\s*\d/, `seed ${seed}`);
    assert.deepEqual(runProvisionCase(c).map((f) => f.cls), [], `seed ${seed}`);
    // The finding is the checker's, on those lines.
    const at = findingsOf(c).filter((f) => f.code === 'proposal.cites-suppressed').map((f) => c.contribution.slice(0, f.start).split('\n').length - 1);
    assert.deepEqual([...new Set(at)].sort(), [...new Set(c.cited.must)].sort(), `seed ${seed}`);
  }
});
