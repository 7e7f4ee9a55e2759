// An instrument kept in parts: the Radio Regulations as one file per Article (or a few Articles a file), as WRC
// delegations keep them. A proposal on a provision is compared with the part that holds it; splitting the text in
// force into parts changes no finding, no compilation. Before, the part chosen was the latest edition then the first
// path, whatever it held: a MOD of RR 5.338A beside `rr-article21.itu` was "the text in force has no such provision",
// a SUP of it an error, a change without marks went unsaid, and every MOD got base.ambiguous naming the other part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, compileTarget, parseDocument, type CompileSource } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const RR = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/rr-2012-art1-9.itu'), 'utf8').split('\n');
const ARTICLES = RR.flatMap((l, i) => (/^Article \d+$/.test(l) ? [i] : []));

/** The RR cut into parts at Article headings (each part one or more whole Articles), named in a random order. */
function parts(rnd: () => number): Record<string, string> {
  const cuts = [0, ...ARTICLES.slice(1).filter(() => rnd() < 0.5), RR.length];
  const names = cuts.slice(1).map((_, k) => `rr-part-${String.fromCharCode(97 + Math.floor(rnd() * 26))}${k}.itu`);
  return Object.fromEntries(names.map((n, k) => [n, RR.slice(cuts[k], cuts[k + 1]).join('\n')]));
}

function index(files: Record<string, string>): BaseIndex {
  const i = new BaseIndex();
  for (const [f, t] of Object.entries(files)) i.update(f, t);
  return i;
}

const WHOLE = index({ 'rr.itu': RR.join('\n') });
const IN_FORCE = WHOLE.instruments()[0];
// Provisions of one paragraph with words to change, each under its own number (not `5.195 and 5.196`, not `Not used.`).
const CANDIDATES = [...IN_FORCE.provisions].filter(([n, p]) => p.number === n && p.paragraphs.length === 1 && /\s\w{6,}\s/.test(p.paragraphs[0]) && !/Not used|\(SUP/.test(p.paragraphs[0]));

test('an RR kept one Article (or a few) a file: a proposal on a provision finds the same as against the whole RR, and compiles against the part holding it', () => {
  const rnd = seeded(20261206);
  for (let c = 0; c < cases(60); c++) {
    const files = parts(rnd);
    const split = index(files);
    const [number, inForce] = CANDIDATES[Math.floor(rnd() * CANDIDATES.length)];
    const text = inForce.paragraphs[0];
    const word = /\s(\w{6,})\s/.exec(text)![1];
    // An ADD under a number in force is base.provision-exists, found in the part holding it too.
    const action = ['MOD', 'MOD', 'SUP', 'NOC', 'ADD'][Math.floor(rnd() * 5)];
    const slip = rnd() < 0.5;
    const body = action === 'ADD' ? text : action === 'MOD' ? (slip ? text.replace(word, `${word}s`) : text.replace(word, `{~~${word}~>${word}s~~}`)) : slip ? text.replace(word, `${word}s`) : text;
    const named = ['', '\tRR', ''][Math.floor(rnd() * 3)];
    const heading = named === '' && rnd() < 0.5 ? [`ARTICLE ${number.split('.')[0]}`, ''] : [];
    const contribution = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t7', 'Proposals:\tEUR', '', ...heading, `${action}\tEUR/7/1${named}`, body, 'Reasons:\tr.');
    const doc = parseDocument(contribution);
    const findings = (i: BaseIndex) => checkDocument(doc, { bases: i.lookup }).filter((f) => f.code.startsWith('base.')).map((f) => `${f.code} ${f.message.replace(/\(base: [^)]*\)/, '')}`);
    const holder = Object.keys(files).find((f) => split.instruments().some((i) => i.location === f && i.provisions.get(number) !== undefined));
    const label = `case ${c}: ${action} ${slip ? 'unmarked' : 'marked'} of RR ${number} (${word}) in ${holder} of ${Object.keys(files).join(', ')}`;
    assert.deepEqual(findings(split), findings(WHOLE), label);
    const untracked = checkDocument(doc, { bases: split.lookup }).find((f) => f.code === 'base.untracked-change');
    if (untracked) assert.ok(untracked.message.includes(`base: ${holder}`), `${label}: ${untracked.message}`);
    const sources: CompileSource[] = [{ location: 'eur.itu', doc }, ...Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) }))];
    if (action === 'ADD') continue;
    const compiled = compileTarget(`RR ${number}`, sources, split.lookup);
    assert.equal(compiled?.base.location, holder, label);
    assert.deepEqual(compiled!.proposals.map((p) => p.id), ['EUR/7/1'], label);
  }
});
