// An excerpt (`…`, some lines, `…`) is aligned with the paragraphs in force it restates even when its lines
// share few rare word trigrams with them (review 9, J30): a line shortened and a line added after it.
//   node --import tsx --test test/unit/excerpt-align.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseComparer, hunks, toCriticMarkup } from '../../server/src/core';

// RR No. 5.340 (2020) in part, as the workspace's text in force holds it.
const RR_5_340 = [
  '5.340\tAll emissions are prohibited in the following bands:',
  '1 400-1 427 MHz,',
  '2 690-2 700 MHz,\texcept those provided for by No. 5.422,',
  '10.68-10.7 GHz,\texcept those provided for by No. 5.483,',
  '15.35-15.4 GHz,\texcept those provided for by No. 5.511,',
  '23.6-24 GHz,',
  '31.3-31.5 GHz,',
  '31.5-31.8 GHz,\tin Region 2,',
  '48.94-49.04 GHz,\tfrom airborne stations',
  '50.2-50.4 GHz,',
  '52.6-54.25 GHz,',
  '86-92 GHz,',
  '100-102 GHz,',
  '109.5-111.8 GHz,',
  '114.25-116 GHz,',
  '148.5-151.5 GHz,',
  '164-167 GHz,',
  '182-185 GHz,',
  '190-191.8 GHz,',
  '200-209 GHz,',
  '226-231.5 GHz,',
  '250-252 GHz.     (WRC-03)',
];

test('a line changed then a line added between two … are the line in force changed and a new one (review 9, J30)', () => {
  const draft = [RR_5_340[0]!, '…', '31.5-31.8 GHz,', '31.8-32 GHz,', '…'];
  const comparison = new BaseComparer().compare(draft, RR_5_340);
  assert.deepEqual(hunks(comparison).map((h) => [h.deleted, h.inserted]), [[' in Region 2,', ''], ['', '31.8-32 GHz,']]);
  assert.deepEqual(toCriticMarkup(draft, comparison), [RR_5_340[0], '…', '31.5-31.8 GHz,{--\tin Region 2,--}', '{++31.8-32 GHz,++}', '…']);
});

test('the excerpt without its number line, and an added line before the changed one, align the same way', () => {
  const draft = ['…', '31.8-32 GHz,', '31.5-31.8 GHz,', '…'];
  const found = hunks(new BaseComparer().compare(draft, RR_5_340)).map((h) => [h.deleted, h.inserted]);
  assert.deepEqual(found, [['', '31.8-32 GHz,'], [' in Region 2,', '']]);
});

test('a new line alike to none in force stays an insertion, and the elisions take everything else', () => {
  const draft = [RR_5_340[0]!, '…', '275-300 GHz,', '…'];
  const comparison = new BaseComparer().compare(draft, RR_5_340);
  assert.deepEqual(hunks(comparison).map((h) => [h.deleted, h.inserted]), [['', '275-300 GHz,']]);
  assert.equal(comparison.changes.length, 1);
});
