// An Opinion's operative part (review17): the WTPF writes `is of the view` (Opinion 2, Lisbon, 2009), ITU-R
// `is of the opinion` / `is unanimously of the opinion`. Before, those lines were prose: their numbered items
// continued the preamble's lettered list (`numbering.kind`: "this list of letters holds 1, between a) and 2"), and a
// reference to them (`is of the view 2 above`) was not read. Generated Opinions, each checked and cross-referenced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';

const PHRASES = ['is of the view', 'is of the opinion', 'is unanimously of the opinion'];
const LETTERS = 'abcdefgh';

function opinion(seed: number): { text: string; items: number; phrase: string } {
  const rnd = seeded(seed);
  const phrase = PHRASES[seed % PHRASES.length];
  const preamble = 1 + Math.floor(rnd() * 5);
  const items = 1 + Math.floor(rnd() * 6);
  const lines = [`OPINION ${1 + Math.floor(rnd() * 9)} (Lisbon, 2009)`, 'Title of the Opinion', 'The fourth World Telecommunication Policy Forum (Lisbon, 2009),', 'considering'];
  for (let i = 0; i < preamble; i++) lines.push(`${LETTERS[i]})\tthat the preamble item ${i + 1} holds${i + 1 < preamble ? ';' : ','}`);
  lines.push(phrase);
  for (let i = 1; i <= items; i++) lines.push(`${i}\tthat the operative item ${i} holds${i < items ? ';' : ','}`);
  lines.push('invites Member States', `to take account of ${phrase} ${items} above.`);
  return { text: lines.join('\n') + '\n', items, phrase };
}

test('an Opinion\'s operative call opens a list of its own: no finding on a consistent Opinion', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const { text } = opinion(seed);
    const got = checkDocument(parseDocument(text)).map((f) => `${f.code}: ${f.message}`);
    assert.deepEqual(got, [], `seed ${seed}\n${text}`);
  }
});

test('a reference to an item of the Opinion\'s operative call that does not exist is reported', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const { text, items, phrase } = opinion(seed);
    const wrong = text.replace(`to take account of ${phrase} ${items} above.`, `to take account of ${phrase} ${items + 1} above.`);
    const got = checkDocument(parseDocument(wrong)).map((f) => f.code);
    assert.deepEqual(got, ['reference.unresolved'], `seed ${seed}\n${wrong}`);
  }
});
