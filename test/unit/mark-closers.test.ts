// The closers of revision marks found in one scan for `}` (core/marks.ts allClosers) are those a scan for each
// closer finds (`text.indexOf('++}')` and on): generated texts of delimiter pieces, braces, like characters in
// runs (`+++}`, `}}`, `~~~}`), characters beyond Latin-1, from every start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allClosers } from '../../server/src/core/marks';
import { random } from '../corpus';

const CLOSERS = ['++}', '--}', '~~}', '<<}', '==}'];

function closersOf(text: string, close: string, from: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(close, from); at !== -1; at = text.indexOf(close, at + 1)) out.push(at);
  return out;
}

test('one scan for `}` finds every closer of every kind a scan for each closer finds', () => {
  const pieces = ['{++', '{--', '{~~', '{>>', '{==', ...CLOSERS, '~>', '}', '{', '+', '-', '~', '<', '=', '>', 'a', ' ', '\n', '–', 'é', '文'];
  const next = random(20261205);
  let found = 0;
  for (let k = 0; k < 20000; k++) {
    let text = '';
    const n = Math.floor(next() * 16);
    for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)];
    for (const from of [0, 1, 2, Math.floor(next() * (text.length + 1))]) {
      const expected = CLOSERS.map((c) => closersOf(text, c, from));
      assert.deepEqual(allClosers(text, from), expected, `${JSON.stringify(text)} from ${from}`);
      found += expected.reduce((a, l) => a + l.length, 0);
    }
  }
  assert.ok(found > 20000, `${found} closers`);
});
