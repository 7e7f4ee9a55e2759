// The comparer pool (core/base.ts simplePool) keeps a comparer, with its cache, only while versions ask for it.
//   node --import tsx --test test/unit/pool.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { amendedResolutions, BaseIndex, parseDocument, simplePool } from '../../server/src/core';

describe('comparer pool', () => {
  test('a comparer asked for in a round is kept for the next; one left out for a whole round is let go', () => {
    const pool = simplePool();
    const a = pool('0:res 1');
    assert.equal(pool('0:res 1'), a, 'the same key in one round');
    pool.endRound!();
    assert.equal(pool('0:res 1'), a, 'kept from the round before');
    pool.endRound!();
    pool('1:res 1');
    pool.endRound!();
    assert.notEqual(pool('0:res 1'), a, 'not asked for in the last round: a new comparer');
  });

  test('amendedResolutions asks for one comparer per amended Resolution and ends its round', () => {
    const base = 'RESOLUTION 7 (Rev. Geneva, 2022)\nTitle\nresolves\n1\tthat one;\n';
    const index = new BaseIndex();
    index.update('base.itu', base);
    const mod = 'MOD\tEXA/1/2\nRESOLUTION 7 (Rev. Geneva, 2022)\nTitle\nresolves\n1\tthat {++only ++}one;\n\nReasons:\tr\n';
    const add = 'ADD\tEXA/1/1\nRESOLUTION 8 (Geneva, 2026)\nTitle\nresolves\n1\tthat;\n\nReasons:\tr\n\n';
    const keys: string[] = [];
    let rounds = 0;
    const inner = simplePool();
    const pool = Object.assign((key: string) => (keys.push(key), inner(key)), { endRound: () => (rounds++, inner.endRound!()) });
    amendedResolutions(parseDocument(mod), index.lookup, pool);
    const before = inner(keys[0]!);
    amendedResolutions(parseDocument(add + mod), index.lookup, pool);
    assert.deepEqual(keys.map((k) => k.split(':')[0]), ['0', '1'], 'the MOD is proposal 0, then proposal 1');
    assert.equal(rounds, 2);
    amendedResolutions(parseDocument(add + mod), index.lookup, pool);
    assert.notEqual(inner(keys[0]!), before, 'proposal 0 of the first version is let go after two versions without it');
  });
});
