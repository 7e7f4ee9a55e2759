// How the unit suite deals its files to the processes that run them side by side (test/support/shards.ts): every
// file runs once, in name order within its shard, and the shards' recorded times end close together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { deal } from '../support/shards';
import { cases } from '../support/scale';

const names = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}\.test\.ts$/), { maxLength: 60 });

test('every file goes to exactly one shard, in name order there, whatever the weights and the count', () => {
  fc.assert(
    fc.property(names, fc.array(fc.nat(100_000), { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (files, ws, n) => {
      const weights = Object.fromEntries(files.slice(0, ws.length).map((f, i) => [f, ws[i]!]));
      const shards = deal(files, weights, n);
      assert.equal(shards.length, n);
      assert.deepEqual(shards.flat().sort(), [...files].sort());
      for (const s of shards) assert.deepEqual(s, [...s].sort());
      assert.deepEqual(deal([...files].reverse(), weights, n), shards, 'the same files dealt alike in any order');
    }),
    { numRuns: cases(300, 50) },
  );
});

test('the shards\' totals differ by no more than the heaviest file, a file not recorded weighing the median', () => {
  fc.assert(
    fc.property(names, fc.array(fc.nat(100_000), { maxLength: 60 }), fc.integer({ min: 2, max: 5 }), (files, ws, n) => {
      const weights = Object.fromEntries(files.slice(0, ws.length).map((f, i) => [f, ws[i]!]));
      const known = Object.values(weights).sort((a, b) => a - b);
      const median = known.length ? known[Math.floor(known.length / 2)]! : 1;
      const weight = (f: string) => weights[f] ?? median;
      const totals = deal(files, weights, n).map((s) => s.reduce((t, f) => t + weight(f), 0));
      const heaviest = Math.max(0, ...files.map(weight));
      assert.ok(Math.max(...totals) - Math.min(...totals) <= heaviest, `${totals} with the heaviest ${heaviest}`);
    }),
    { numRuns: cases(300, 50) },
  );
});

test('the recorded weights name test files that exist, at both scales', () => {
  const dir = path.join(__dirname);
  const record = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'support', 'unit-weights.json'), 'utf8')) as Record<string, Record<string, number>>;
  assert.deepEqual(Object.keys(record).sort(), ['full', 'quick']);
  for (const scale of Object.values(record)) {
    for (const [file, ms] of Object.entries(scale)) {
      assert.ok(fs.existsSync(path.join(dir, file)), `${file} is recorded but not a unit test file`);
      assert.ok(Number.isFinite(ms) && ms >= 0, `${file}: ${ms}`);
    }
  }
});
