// A whole instrument compiled (`compile CS`, `compile RR`): the merged draft keeps the headings the text in force has
// between its provisions (`CHAPTER I`, `ARTICLE 1`, `Purposes of the Union`), where it has them. Before, the draft was
// the provisions alone: a secretariat's merged draft of the Constitution had no Chapter or Article (the twenty-fifth
// session's review).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compileTarget } from '../../server/src/core';
import { projectText } from '../../server/src/core/marks';
import { compileWorkspace } from '../support/compile';
import { ROOT } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures/provisions', name), 'utf8');

/** The non-blank lines of a text in force from its first heading or provision on (what a whole compile restates). */
function inForceLines(text: string, from: string): string[] {
  const all = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return all.slice(all.indexOf(from));
}

/** Whether `sub` is a subsequence of `all` (each in order, others between allowed). */
function inOrder(sub: readonly string[], all: readonly string[]): string | undefined {
  let k = 0;
  for (const line of sub) {
    while (k < all.length && all[k] !== line) k++;
    if (k === all.length) return line;
    k++;
  }
  return undefined;
}

for (const [target, base, proposals, first, headings] of [
  ['CS', 'cs-article1.itu', ['pp-arb-14a1.itu'], 'PREAMBLE', ['PREAMBLE', 'CHAPTER I', 'Basic Provisions', 'ARTICLE 1', 'Purposes of the Union']],
  // An excerpt of the RR from its ARTICLE heading on, without `RADIO REGULATIONS` over it.
  ['RR', 'rr-article5.itu', ['wrc-eur-16a1.itu'], 'ARTICLE 5', ['ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations']],
] as const) {
  test(`compile ${target}: the headings in force stand in the merged draft where the text in force has them`, () => {
    const files: Record<string, string> = { [base]: fixture(base) };
    for (const p of proposals) files[p] = fixture(p);
    const { index, sources } = compileWorkspace(files);
    const c = compileTarget(target, sources, index.lookup);
    assert.ok(c, `${target} compiles`);
    const merged = c.merged.map((l) => projectText(l, 'old').trim()).filter((l) => l !== '');
    for (const h of headings) assert.ok(merged.includes(h), `${h} is in the merged draft:\n${c.merged.join('\n')}`);
    // Headings and provisions in the order in force: the old text of the merged draft is the text in force.
    const missing = inOrder(merged, inForceLines(files[base], first));
    assert.equal(missing, undefined, `the merged draft's old text follows the text in force (out of order: ${missing})`);
    // A heading is a row no party changes: unchanged.
    for (const h of headings) assert.deepEqual(c.paragraphs.filter((p) => p.base === h).map((p) => [h, p.status]), [[h, "unchanged"]]);
  });
}
