// A proposal whose header names the provisions it restates as a range (`MOD IAP/12A1/3 CS 171 to 173`, as PP
// contributions write it) or names the instrument alone (`MOD B/1/1 CV`): `proposals` listed it under that name,
// which names no provision (parseRef reads the instrument only), so `compile "CS 171 to 173"`, as listed, compiled
// the whole Constitution; `compile "CS 172"` took it, but the list did not say so. Now it is listed under each
// provision it restates, as one naming nothing is (review 9, J8). Generated over runs of the real CS and CV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, compileTarget, listProposals, parseDocument, type CompileSource } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const TEXTS = {
  CS: fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cs-1992-rev2006.itu'), 'utf8'),
  CV: fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cv-1992-rev2006.itu'), 'utf8'),
};
const HEADINGS = { CS: 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', CV: 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION' };

/** The texts as a workspace (test/support/compile.ts's compileWorkspace, which reads the shared examples on loading). */
function compileWorkspace(files: Record<string, string>): { index: BaseIndex; sources: CompileSource[] } {
  const index = new BaseIndex();
  const sources: CompileSource[] = [];
  for (const [location, text] of Object.entries(files)) {
    const doc = parseDocument(text);
    index.update(location, text, doc);
    sources.push({ location, doc });
  }
  return { index, sources };
}

/** Runs of three margin numbers in a row as the text in force has them (each number once in the text, plain digits). */
function runs(kind: 'CS' | 'CV'): string[][][] {
  const index = new BaseIndex();
  index.update(`${kind}.itu`, TEXTS[kind]);
  const text = index.instruments().find((i) => i.instrument.kind === kind)!;
  const provisions = [...new Set(text.provisions.values())].sort((a, b) => a.line - b.line).filter((p) => /^\d+$/.test(p.number) && !/\(SUP\)|vervallen/i.test(p.paragraphs.join(' ')));
  const out: string[][][] = [];
  for (let i = 0; i + 2 < provisions.length; i++) {
    const three = provisions.slice(i, i + 3);
    if (three.every((p, k) => k === 0 || Number(p.number) === Number(three[k - 1].number) + 1) && three[2].line - three[0].line === 2) out.push(three.map((p) => [p.number, ...p.paragraphs]));
  }
  return out;
}

test('a proposal naming its provisions as a range, or its instrument alone, is listed under each provision it restates, and compile takes it there', () => {
  const rnd = seeded(1616);
  const pool = { CS: runs('CS'), CV: runs('CV') };
  assert.ok(pool.CS.length > 20 && pool.CV.length > 20);
  for (let c = 0; c < cases(40); c++) {
    const kind = rnd() < 0.5 ? 'CS' : 'CV';
    const run = pool[kind][Math.floor(rnd() * pool[kind].length)];
    const numbers = run.map((r) => r[0]);
    const header = rnd() < 0.75 ? `${kind} ${numbers[0]} to ${numbers[2]}` : kind;
    // The middle provision changed with marks: its last word doubled as an insertion.
    const restated = run.map(([, ...paragraphs], k) => paragraphs.map((p, j) => (k === 1 && j === 0 ? `${p}{++ (amended)++}` : p))).flat();
    const contribution = lines('Proposals:\tIAP', '', HEADINGS[kind], '', `MOD\tIAP/12A1/1\t${header}`, ...restated, 'Reasons:\tr.', '');
    const { index, sources } = compileWorkspace({ [`${kind}.itu`]: TEXTS[kind], 'iap.itu': contribution });
    const label = `case ${c}: ${header}`;
    const listed = listProposals(sources, index.lookup.provisions).map((p) => p.target);
    assert.deepEqual(listed, numbers.map((n) => `${kind} ${n}`), label);
    for (const t of listed) assert.deepEqual(compileTarget(t, sources, index.lookup)?.proposals.map((p) => p.id), ['IAP/12A1/1'], `${label}: ${t}`);
  }
});
