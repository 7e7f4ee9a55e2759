// A MOD of a Resolution's annex restated alone (`ANNEX 1 TO RESOLUTION 960 (REV.WRC-{~~23~>27~~})`, its clauses
// 1, 1.1, 1.2, 2 …), as WRC, PP and WTDC contributions write it (review17). Before, at a WRC each clause amended was
// told "MOD of No. 1.2 at WRC-27, but it has no conference note" (read as RR No. 1.2), and the clauses restated were
// said left out ("After 1 comes 2, but the text in force has 1.1, 1.2 between them"). Generated annexes; a clause
// really left out is still reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';

function annex(seed: number) {
  const rnd = seeded(seed);
  const clauses: [string, string][] = [];
  const top = 2 + Math.floor(rnd() * 3);
  for (let i = 1; i <= top; i++) {
    clauses.push([String(i), `Heading ${i}`]);
    const subs = Math.floor(rnd() * 4);
    for (let j = 1; j <= subs; j++) clauses.push([`${i}.${j}`, `The limit ${i}.${j} is ${Math.floor(rnd() * 90) + 10} dB at the border.`]);
  }
  const kind = ['RESOLUTION 960 (REV.WRC-23)', 'DECISION 5 (Rev. Bucharest, 2022)', 'RESOLUTION 45 (Rev. Kigali, 2022)'][seed % 3];
  const inForce = [kind, 'Title', 'The conference,', 'resolves', '1\tthat the Annex applies.', '', `ANNEX 1 TO ${kind}`, 'Limits', ...clauses.map(([n, t]) => `${n}\t${t}`)].join('\n') + '\n';
  const changed = clauses.findIndex(([n]) => n.includes('.'));
  return { kind, clauses, changed: changed < 0 ? 0 : changed, inForce };
}

function contribution(a: ReturnType<typeof annex>, clauses: [string, string][]): string {
  const heading = `ANNEX 1 TO ${a.kind.replace('REV.WRC-23', 'REV.WRC-{~~23~>27~~}')}`;
  const lines = clauses.map(([n, t], i) => (i === a.changed ? `${n}\t{++In each Region, ++}${t}` : `${n}\t${t}`));
  return `Meeting:\tWorld Radiocommunication Conference (WRC-27)\nDocument:\t16\nAddendum:\t1\nProposals:\tEUR\n\nMOD\tEUR/16A1/1\n${heading}\nLimits\n${lines.join('\n')}\nReasons:\tr.\n`;
}

function check(inForce: string, text: string) {
  const index = new BaseIndex();
  index.update('in-force.itu', inForce, parseDocument(inForce));
  return checkDocument(parseDocument(text), { bases: index.lookup }).map((f) => `${f.code}: ${f.message}`);
}

test('a MOD of a Resolution\'s annex restated whole, with marks, gets no finding', () => {
  for (let seed = 1; seed <= 45; seed++) {
    const a = annex(seed);
    const text = contribution(a, a.clauses);
    assert.deepEqual(check(a.inForce, text), [], `seed ${seed}\n${a.inForce}\n${text}`);
  }
});

test('a clause of the annex left out with no elision is still reported', () => {
  for (let seed = 1; seed <= 45; seed++) {
    const a = annex(seed);
    // Leave out a sub-clause other than the one changed, when there is one followed by another clause.
    const k = a.clauses.findIndex(([n], i) => i !== a.changed && n.includes('.') && i + 1 < a.clauses.length);
    if (k < 0) continue;
    const text = contribution({ ...a, changed: a.changed > k ? a.changed - 1 : a.changed }, a.clauses.filter((_, i) => i !== k));
    const got = check(a.inForce, text);
    assert.ok(got.some((f) => f.startsWith('base.provision-gap') || f.startsWith('base.untracked-change')), `seed ${seed}: ${got.join(' | ')}\n${text}`);
  }
});
