// A MOD of a Resolution restating its text without its annexes, while other proposals of the contribution amend each
// annex on its own (`MOD … RESOLUTION 960 (REV.WRC-23)`, then `MOD … ANNEX 1 TO RESOLUTION 960 (REV.WRC-23)`), as WRC
// contributions are cut (review17). Before, the first MOD was told "base says 'ANNEX 1 TO RESOLUTION 960 … ', draft
// leaves it out". Generated: 1-3 annexes in force, each amended separately or not; an annex amended nowhere and left
// out is still reported. The annexes number their clauses alike (1, 2): each annex's MOD is compared with its annex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeNextVersion, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';

const KINDS = [
  { line: 'RESOLUTION 960 (REV.WRC-23)', next: 'RESOLUTION 960 (REV.WRC-{~~23~>27~~})', annex: (n: number) => `ANNEX ${n} TO RESOLUTION 960 (REV.WRC-23)` },
  { line: 'RESOLUTION 45 (Rev. Kigali, 2022)', next: 'RESOLUTION 45 (Rev. {~~Kigali, 2022~>Baku, 2025~~})', annex: (n: number) => `ANNEX ${n} TO RESOLUTION 45 (Rev. Kigali, 2022)` },
  { line: 'DECISION 5 (Rev. Bucharest, 2022)', next: 'DECISION 5 (Rev. {~~Bucharest, 2022~>Doha, 2026~~})', annex: (n: number) => `Annex ${n} to Decision 5 (Rev. Bucharest, 2022)` },
];

function scenario(seed: number, amendAll: boolean) {
  const rnd = seeded(seed);
  const kind = KINDS[seed % KINDS.length];
  const annexes = 1 + Math.floor(rnd() * 3);
  const body = ['Title', 'The conference,', 'resolves', '1\tthat the first thing is done;', '2\tthat the second thing is done.'];
  // Each annex numbers its clauses from 1, as ITU's do: an annex's MOD is compared with that annex, not the first one
  // numbering its clauses so (before: "base says '1', draft says '2'" of annex 2's restated clauses).
  // Their words differ from annex to annex (an annex's clause 1 is found among the texts in force by its words).
  const topics = ['emergency plans', 'roster experts', 'satellite filings', 'budget ceilings', 'training centres', 'spectrum monitoring'];
  const topic = (n: number) => topics[(seed + n) % topics.length];
  const annexText = (n: number) => [kind.annex(n), `Subject of annex ${n}`, `1\tThe ${topic(n)} concerning ${topic(n + 1)} are listed here.`, `2\tThe second rule about ${topic(n)} applies.`];
  const inForce = [kind.line, ...body, ...Array.from({ length: annexes }, (_, k) => ['', ...annexText(k + 1)]).flat()].join('\n') + '\n';
  // Which annexes the contribution amends on its own: all, or all but one.
  const skip = amendAll ? -1 : Math.floor(rnd() * annexes) + 1;
  const proposals = [[kind.next, ...body.slice(0, 3), '1\tthat the first thing is done{++ at once++};', body[4], 'Reasons:\tr.']];
  for (let n = 1; n <= annexes; n++) {
    if (n === skip) continue;
    const [h, t, a, b] = annexText(n);
    proposals.push([h, t, a, b.replace('second rule', 'second {++and last ++}rule'), 'Reasons:\tr.']);
  }
  const text = 'Meeting:\tWorld Radiocommunication Conference (WRC-27)\nDocument:\t16\nAddendum:\t1\nProposals:\tEUR\n\n' +
    proposals.map((p, k) => `MOD\tEUR/16A1/${k + 1}\n${p.join('\n')}\n`).join('\n');
  return { inForce, text };
}

// Another text in force numbering clauses 1 and 2, as every workspace holds one: the annexes' clauses are no
// distinctive numbers, their words tell.
const OTHER = 'Recommendation ITU-T Z.999\nTitle\n1\tScope\nThis Recommendation covers something else entirely.\n2\tReferences\nNone.\n';

function check(inForce: string, text: string): string[] {
  const index = new BaseIndex();
  index.update('other.itu', OTHER, parseDocument(OTHER));
  index.update('in-force.itu', inForce, parseDocument(inForce));
  const whole = checkDocument(parseDocument(text), { bases: index.lookup }).map((f) => `${f.code}@${f.start}: ${f.message}`);
  // The editor checks a contribution proposal by proposal (core/incremental.ts): here it must read as the whole does.
  assert.deepEqual(analyzeNextVersion(text, { bases: index.lookup }).findings.map((f) => `${f.code}@${f.start}: ${f.message}`), whole, `the editor, of:\n${text}`);
  return whole.map((f) => f.replace(/@\d+:/, ':'));
}

test('a MOD of a Resolution without the annexes that other proposals amend leaves nothing out', () => {
  for (let seed = 1; seed <= 45; seed++) {
    const { inForce, text } = scenario(seed, true);
    assert.deepEqual(check(inForce, text), [], `seed ${seed}\n${inForce}\n${text}`);
  }
});

test('an annex amended by no proposal and left out is still reported', () => {
  for (let seed = 1; seed <= 45; seed++) {
    const { inForce, text } = scenario(seed, false);
    const got = check(inForce, text);
    assert.ok(got.some((f) => f.startsWith('base.untracked-change') && /draft leaves it out/.test(f)), `seed ${seed}: ${got.join(' | ')}\n${text}`);
  }
});
