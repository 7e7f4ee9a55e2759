// core/compare/lru.ts: the comparer's bounded cache of paragraph diffs forgets the least recently used entry first,
// by count and by weight, whatever the order of gets and sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LruCache } from '../../server/src/core/compare/lru';
import { seeded } from '../support/random';

const keys = (c: LruCache<number>, all: string[]) => all.filter((k) => c.get(k) !== undefined);

test('LruCache evicts the least recently used entry, a get or a set making an entry the most recent', () => {
  const c = new LruCache<number>(3, 1000);
  for (const k of ['a', 'b', 'c']) c.set(k, 1, 1);
  assert.equal(c.get('a'), 1); // a is now the most recent: b goes first
  c.set('d', 1, 1);
  assert.equal(c.size, 3);
  assert.equal(c.get('b'), undefined);
  c.set('c', 2, 1); // set again: c is the most recent, a (read before d) the least
  c.set('e', 1, 1);
  assert.equal(c.get('a'), undefined);
  assert.deepEqual(['c', 'd', 'e'].map((k) => c.get(k)), [2, 1, 1]);
});

test('LruCache keeps its total weight bounded, and refuses an entry heavier than the bound', () => {
  const c = new LruCache<number>(100, 10);
  c.set('a', 1, 4);
  c.set('b', 2, 4);
  c.set('c', 3, 4); // 12 > 10: a goes
  assert.deepEqual(keys(c, ['a', 'b', 'c']), ['b', 'c']);
  c.set('huge', 4, 11);
  assert.equal(c.get('huge'), undefined);
  c.set('b', 5, 11); // replaced by one too heavy: gone, c stays
  assert.deepEqual(keys(c, ['a', 'b', 'c']), ['c']);
  c.clear();
  assert.equal(c.size, 0);
  c.set('x', 1, 10);
  assert.equal(c.get('x'), 1);
});

test('LruCache agrees with a plain list model over random gets and sets', () => {
  const rnd = seeded(7);
  const c = new LruCache<number>(16, 60);
  // The model: entries from least to most recently used.
  let model: { key: string; value: number; weight: number }[] = [];
  for (let step = 0; step < 20_000; step++) {
    const key = `k${Math.floor(rnd() * 40)}`;
    if (rnd() < 0.5) {
      const at = model.findIndex((e) => e.key === key);
      const expected = at < 0 ? undefined : model[at]!.value;
      if (at >= 0) model.push(...model.splice(at, 1));
      assert.equal(c.get(key), expected, `step ${step}: get ${key}`);
    } else {
      const weight = 1 + Math.floor(rnd() * 8);
      model = model.filter((e) => e.key !== key);
      if (weight <= 60) model.push({ key, value: step, weight });
      while (model.length > 16 || model.reduce((n, e) => n + e.weight, 0) > 60) model.shift();
      c.set(key, step, weight);
      assert.equal(c.size, model.length, `step ${step}: set ${key}`);
    }
  }
});
