// A substitution of one white space by another (`§ 4{~~ ~>NBSP~~}Special`, a space made a no-break space, as
// ITU's editors set `§ 4`) is a change, not an empty mark; and no fix of an empty mark removes text that a
// projection holds (review 9, J2: its fix, which Fix all applies, wrote `§ 4Special`).
//   node --import tsx --test test/unit/marks-blank.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { fixed, lines, only } from './helpers';

const mod = (body: string) => lines('MOD\tXX/1/1', 'RESOLUTION 1 (Rev. Geneva, 2022)', body, 'Reasons:\tr.');

test('a space replaced by a no-break space, or a TAB by a space, is no empty mark (review 9, J2)', () => {
  assert.deepEqual(only(mod('§ 4{~~ ~>\u00a0~~}Special agreements'), 'marks.empty'), []);
  assert.deepEqual(only(mod('a{~~\t~> ~~}b'), 'marks.empty'), []);
  const views = parseDocument(mod('§ 4{~~ ~>\u00a0~~}Special agreements')).views;
  assert.match(views.new.text, /§ 4\u00a0Special/);
  assert.match(views.old.text, /§ 4 Special/);
});

test('an empty substitution of a space by the same space is removed keeping the space', () => {
  const text = mod('§ 4{~~ ~> ~~}Special agreements');
  const [f] = only(text, 'marks.empty');
  assert.ok(f, 'still empty: it changes nothing');
  assert.match(fixed(text, f), /\n§ 4 Special agreements\n/);
  const bare = mod('a{~~~>~~}b');
  assert.match(fixed(bare, only(bare, 'marks.empty')[0]!), /\nab\n/);
});
