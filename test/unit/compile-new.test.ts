// Review 6, G21: competing ADDs of one new text (a draft new Resolution two parties number alike) are compiled
// with one another, with no text in force: each party's paragraphs in its order, a row per paragraph, agreed
// where the wordings are the same, alternatives where they differ. A hand case, then generated ones: parties'
// drafts made from a real Resolution by deleting, rewording and inserting paragraphs, each compilation held to
// what every party wrote.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, compileTarget, mergedDraft, parseDocument, readAlternatives, type Compilation, type CompileSource } from '../../server/src/core';
import { RESOLUTION } from '../support/compile';
import { lines } from './helpers';
import { cases } from '../support/scale';

const fold = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
/** A paragraph's words without its label (compile compares new paragraphs so: relettering is its own). */
const body = (s: string) => fold(s.replace(/^(?:[a-z]{1,4}\)|[ivx]+\)|\d+(?:\.\d+)*)\t/, ''));

/** The footnote definitions of the Resolution the generated drafts are made from. */
const NOTES = RESOLUTION.split('\n').filter((l) => l.startsWith('[^'));

function add(party: string, paragraphs: readonly string[]): string {
  const notes = NOTES.filter((n) => paragraphs.some((p) => p.includes(n.slice(0, n.indexOf(':')))));
  return lines('Meeting:\tWTSA-28', `Proposals:\t${party}`, '', `ADD\t${party}/5/1`, ...paragraphs, ...(notes.length ? ['', ...notes] : []), 'Reasons:\tA new Resolution.', '');
}

function compileAdds(drafts: Record<string, readonly string[]>, target = 'Resolution [A10]'): Compilation {
  const index = new BaseIndex();
  const sources: CompileSource[] = Object.entries(drafts).map(([party, paragraphs]) => ({ location: `${party.toLowerCase()}.itu`, doc: parseDocument(add(party, paragraphs)) }));
  for (const s of sources) index.update(s.location, s.doc.text, s.doc);
  const c = compileTarget(target, sources, index.lookup);
  assert.ok(c, 'compiled');
  return c;
}

/** A merged line as party `who` would have it: its alternative of each conflict, the other marks accepted. */
function takenBy(line: string, who: string): string {
  return line
    .replace(/\{>>[^]*?<<\}/g, '')
    .replace(/\{\+\+([^]*?)\+\+\}/g, (_, inner: string) => {
      const alternatives = readAlternatives(inner);
      return alternatives ? (alternatives.find((a) => a.who.split(/,\s*/).includes(who))?.text ?? '') : inner;
    })
    .replace(/\{~~[^]*?~>([^]*?)~~\}/g, '$1');
}

/** What every compilation of ADDs must hold, whatever the drafts. */
function holds(c: Compilation, drafts: Record<string, readonly string[]>, seed: string): void {
  const ids = Object.keys(drafts).map((party) => `${party}/5/1`);
  assert.deepEqual(c.proposals.map((p) => p.id), ids, seed);
  assert.equal(c.merged.length, c.paragraphs.length, seed);
  for (const [party, paragraphs] of Object.entries(drafts)) {
    const id = `${party}/5/1`;
    // Each party's paragraphs, every one once, in its order.
    assert.deepEqual(c.paragraphs.map((r) => r.versions[id]).filter((v) => v !== null), paragraphs, `${seed}: ${party}'s text`);
  }
  c.paragraphs.forEach((row, k) => {
    assert.equal(row.base, null, seed);
    const present = Object.entries(row.versions).filter((e): e is [string, string] => e[1] !== null);
    const wordings = new Set(present.map(([, v]) => body(v)));
    const expected = present.length === 1 ? 'single' : wordings.size === 1 ? 'agreed' : 'conflict';
    assert.equal(row.status, expected, `${seed}: row ${k} ${JSON.stringify(row.versions)}`);
    // Taking a party's alternatives gives its wording of the paragraph.
    if (row.status === 'conflict') {
      for (const [id, v] of present) assert.equal(body(takenBy(c.merged[k], id.split("/")[0])), body(v), `${seed}: row ${k}, ${id}\n${c.merged[k]}\n${JSON.stringify(row.versions)}`);
    } else assert.equal(body(takenBy(c.merged[k], '')), body(present[0][1]), `${seed}: row ${k}`);
  });
  const draft = mergedDraft(c);
  assert.match(draft, /^ADD\tCOMPILATION\/1\/1$/m, seed);
  const findings = checkDocument(parseDocument(draft));
  const conflicts = c.paragraphs.filter((r) => r.status === 'conflict').length;
  assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`), [], `${seed}: no error in the merged draft`);
  assert.equal(findings.some((f) => f.code === 'compile.unresolved'), conflicts > 0, `${seed}: unresolved where a conflict is`);
}

describe('competing ADDs of a draft new Resolution (review 6, G21)', () => {
  const AAA = [
    'DRAFT NEW RESOLUTION [A10] (WTSA-28)',
    'Quantum-safe networks',
    'The World Telecommunication Standardization Assembly (Geneva, 2028),',
    'considering',
    'a)\tthat quantum computers may break the public-key algorithms in use today;',
    'b)\tthat networks must migrate in time,',
    'resolves',
    '1\tto study the migration of ITU-T Recommendations to quantum-safe algorithms;',
    '2\tto report to TSAG every year,',
  ];
  const BBB = [
    'DRAFT NEW RESOLUTION [A10] (WTSA-28)',
    'Quantum-safe networks',
    'The World Telecommunication Standardization Assembly (Geneva, 2028),',
    'considering',
    'a)\tthat quantum computers may break the public-key algorithms in use today;',
    'b)\tthat developing countries need assistance;',
    'c)\tthat networks must migrate without delay,',
    'resolves',
    '1\tto study the migration of ITU-T Recommendations to quantum-safe algorithms;',
  ];

  test('rows per paragraph: agreed where both write it, single where one does, alternatives where they differ', () => {
    const c = compileAdds({ AAA, BBB });
    assert.equal(c.target, 'Resolution [A10]');
    assert.equal(c.added, true);
    assert.deepEqual(c.base.paragraphs, [], 'no text in force');
    const rows = c.paragraphs.map((r) => `${r.status}: ${body(r.versions['AAA/5/1'] ?? r.versions['BBB/5/1']!)}`);
    assert.deepEqual(rows, [
      'agreed: DRAFT NEW RESOLUTION [A10] (WTSA-28)',
      'agreed: Quantum-safe networks',
      'agreed: The World Telecommunication Standardization Assembly (Geneva, 2028),',
      'agreed: considering',
      'agreed: that quantum computers may break the public-key algorithms in use today;',
      'single: that developing countries need assistance;',
      'conflict: that networks must migrate in time,',
      'agreed: resolves',
      'agreed: to study the migration of ITU-T Recommendations to quantum-safe algorithms;',
      'single: to report to TSAG every year,',
    ]);
    const conflict = c.merged[6];
    assert.match(conflict, /\[AAA: in time\] \[BBB: without delay\]/, conflict);
    // BBB's new b) is lettered in the merge, the item after it relettered; AAA's b) is said to be AAA's label.
    assert.match(c.merged[5], /^\{\+\+b\)\t/, c.merged[5]);
    assert.match(c.merged[6], /^\{\+\+c\)\t\+\+\}/, c.merged[6]);
    holds(c, { AAA, BBB }, 'hand');
  });

  test('the merged draft is an ADD in the language of the texts, each conflict a quick fix per party', () => {
    const c = compileAdds({ AAA, BBB });
    const draft = mergedDraft(c);
    assert.match(draft, /^Compilation:\tResolution \[A10\]$/m);
    const unresolved = checkDocument(parseDocument(draft)).filter((f) => f.code === 'compile.unresolved');
    assert.equal(unresolved.length, 1);
    assert.deepEqual([unresolved[0].fix!, ...(unresolved[0].fix!.alternatives ?? [])].map((f) => f.title), ['Take the alternative of AAA', 'Take the alternative of BBB']);
  });

  test('generated drafts: every party\'s text is in the compilation, in its order, and each alternative gives it back', () => {
    const paragraphs = RESOLUTION.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '' && !l.startsWith('[^'));
    const parties = ['AAA', 'BBB', 'CCC', 'DDD'];
    for (let seed = 1; seed <= cases(60); seed++) {
      let state = seed * 7919;
      const random = (n: number) => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state % n;
      };
      const drafts: Record<string, string[]> = {};
      for (const party of parties.slice(0, 2 + random(3))) {
        const own = paragraphs.slice();
        for (let k = 0, edits = 1 + random(5); k < edits; k++) {
          const at = 1 + random(own.length - 1);
          const what = random(3);
          if (what === 0 && own.length > 4) own.splice(at, 1);
          else if (what === 1) {
            const words = own[at].split(' ');
            words[random(words.length)] = `${party.toLowerCase()}${seed}w${k}`;
            own[at] = words.join(' ');
          } else own.splice(at, 0, `that ${party} adds paragraph ${k} of draft ${seed} on spam and networks;`);
        }
        drafts[party] = own;
      }
      holds(compileAdds(drafts, 'Resolution 52'), drafts, `seed ${seed}`);
    }
  });
});
