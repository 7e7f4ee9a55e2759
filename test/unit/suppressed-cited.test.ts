// A SUP of a provision the text in force cites elsewhere (`SUP 5.422` while RR No. 5.340 reads "except those provided
// for by No. 5.422"; `SUP 50` while CS No. 51 reads "the reports referred to in No. 50 above"): the consequential MOD of
// the citing provision is missing, and the instrument as amended would cite a provision that is gone. Before, nothing
// was said (proposal.cites-suppressed reads only the text the contribution restates). Generated over the real CS, CV and
// RR: each number cited in force (read here by a pattern of its own), suppressed alone, with the citing provisions
// amended, and kept by a NOC of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeEdits, analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, simplePool, type Analysis } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const TEXTS = [
  { file: 'cs-1992-rev2006.itu', heading: 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', meeting: 'Plenipotentiary Conference (PP-26)' },
  { file: 'cv-1992-rev2006.itu', heading: 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', meeting: 'Plenipotentiary Conference (PP-26)' },
  { file: 'rr-2012-art1-9.itu', heading: 'RADIO REGULATIONS', meeting: 'World Radiocommunication Conference (WRC-27)' },
];

test('a SUP of a provision the text in force cites in a provision the contribution does not amend is base.suppressed-cited, naming it', () => {
  const rnd = seeded(5422);
  let said = 0;
  for (const { file, heading, meeting } of TEXTS) {
    const source = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', file), 'utf8');
    const index = new BaseIndex();
    index.update(file, source);
    const inForce = index.instruments()[0];
    const provisions = [...new Set(inForce.provisions.values())];
    // Who cites whom, by a pattern of the test's own: `No. 50`, `Nos. 5.3`, not `No. 195 of the Constitution` nor a Resolution's number.
    const citedBy = new Map<string, Set<string>>();
    for (const p of provisions) {
      for (const m of p.paragraphs.join('\n').matchAll(/(?<!(?:Resolution|Decision|Recommendation)\s)\bNos?\.\s*(\d+(?:\.\d+)?[A-Z]{0,2})(?![.\dA-Z])(?!\s+of the (?:Constitution|Convention|Radio))/g)) {
        if (p.numbers.includes(m[1]) || !inForce.provisions.has(m[1])) continue;
        citedBy.set(m[1], (citedBy.get(m[1]) ?? new Set()).add(p.number));
      }
    }
    const cited = [...citedBy.keys()];
    assert.ok(cited.length >= 5, `${file}: ${cited.length} numbers cited`);
    for (let c = 0; c < cases(12, 4); c++) {
      const number = cited[Math.floor(rnd() * cited.length)];
      const citing = [...citedBy.get(number)!];
      const restate = (n: string) => inForce.provisions.get(n)!.paragraphs;
      const sup = rnd() < 0.5 ? [number] : restate(number);
      const contribution = (...more: string[]) => lines(`Meeting:\t${meeting}`, 'Document:\t9', 'Proposals:\tABC', '', heading, '', 'SUP\tABC/9/1', ...sup, 'Reasons:\tObsolete.', ...more);
      const found = (text: string) => checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.suppressed-cited');
      const label = `${file}: SUP ${number}, cited by ${citing.join(', ')}`;
      const alone = found(contribution());
      assert.equal(alone.length, 1, label);
      // A long list by its first three and its last.
      for (const n of citing.length > 4 ? [...citing.slice(0, 3), citing[citing.length - 1]] : citing) assert.ok(alone[0].message.includes(n), `${label}: ${alone[0].message}`);
      said++;
      // Each citing provision amended by a MOD (its citation struck): nothing left to say.
      const mods = citing.flatMap((n, k) => ['', `MOD\tABC/9/${k + 2}`, ...restate(n).map((x, j) => (j === 0 ? x.replace(/(No|Nos)\.(\s*)(\d+(?:\.\d+)?[A-Z]{0,2})/, `{~~$1.$2$3~>${'$1.$2$3'}A~~}`) : x)), 'Reasons:\tConsequential.']);
      assert.deepEqual(found(contribution(...mods)).map((f) => f.message), [], `${label}, each amended`);
      // A NOC keeps the citation: still said.
      const nocs = citing.flatMap((n, k) => ['', `NOC\tABC/9/${k + 2}`, ...restate(n), 'Reasons:\tNo change.']);
      assert.equal(found(contribution(...nocs)).length, 1, `${label}, each kept by a NOC`);
    }
  }
  assert.ok(said >= cases(36, 12));
});

test('while typing, base.suppressed-cited follows the whole contribution: a MOD of the citing provision in another proposal answers it', () => {
  const rr = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/rr-2012-art1-9.itu'), 'utf8');
  const index = new BaseIndex();
  index.update('rr.itu', rr);
  const options = { bases: index.lookup, comparers: simplePool() };
  const inForce = index.instruments()[0];
  // The first provision of one paragraph citing another in force (`… referred to in No. 1.5`).
  const cites = (p: { paragraphs: string[] }) => [...p.paragraphs[0].matchAll(/No\. (\d+\.\d+)(?![.\dA-Z])/g)].map((m) => m[1]).find((n) => inForce.provisions.has(n));
  const citing = [...inForce.provisions.values()].find((p) => p.paragraphs.length === 1 && cites(p) !== undefined && cites(p) !== p.number)!;
  const cited = cites(citing)!;
  const text = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t9', 'Proposals:\tABC', '', 'RADIO REGULATIONS', '',
    'SUP\tABC/9/1', cited, 'Reasons:\tObsolete.', '', 'MOD\tABC/9/2', citing.paragraphs[0].replace(`No. ${cited}`, `{~~No. ${cited}~>No. 1.1~~}`), 'Reasons:\tConsequential.');
  const full = (t: string) => checkDocument(parseDocument(t), options);
  let previous: Analysis = analyzeNextVersion(text, options);
  assert.deepStrictEqual(previous.findings, full(text));
  assert.equal(previous.findings.filter((f) => f.code === 'base.suppressed-cited').length, 0);
  let current = text;
  // Typing in the SUP's Reasons, then in the MOD's, then making the MOD a NOC (which keeps the citation).
  const at = (s: string) => current.indexOf(s) + s.length;
  const steps = [...'Gone.'].map((ch) => () => ({ start: at('Obsolete.'), end: at('Obsolete.'), newText: ch }))
    .concat([...' Yes.'].map((ch) => () => ({ start: at('Consequential.'), end: at('Consequential.'), newText: ch })))
    .concat([() => ({ start: current.indexOf('MOD\tABC/9/2'), end: current.indexOf('MOD\tABC/9/2') + 3, newText: 'NOC' })]);
  for (const step of steps) {
    const change = step();
    current = applyEdits(current, [change]);
    const next = analyzeEdits(previous, [change], options) ?? analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    previous = next;
  }
  assert.equal(previous.findings.filter((f) => f.code === 'base.suppressed-cited').length, 1, 'said once the MOD is a NOC');
});
