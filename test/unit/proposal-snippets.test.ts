// The proposal skeletons of completion follow the kind of text the contribution amends (review 9, J26): in a
// contribution on RR footnotes or CS numbers, a provision's number and text, not a Resolution's number line.
//   node --import tsx --test test/unit/proposal-snippets.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { lines } from './helpers';

const TODAY = new Date(Date.UTC(2026, 0, 1));
const snippet = (text: string, label: string): string => {
  const line = text.split('\n').length - 1;
  const item = completion(new DocumentRecord('file:///t.itu', 1, text), { line, character: 0 }, { snippets: true, today: TODAY }).find((i) => i.label === label);
  assert.ok(item, label);
  return String(item.insertText);
};

const RR = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t16', 'Proposals:\tEUR', '', 'ARTICLE 5', 'Frequency allocations', '',
  'MOD\tEUR/16/1', '5.340\tAll emissions are prohibited in the following bands:', '…', '{++275-296 GHz.++}     (WRC-{~~03~>27~~})', 'Reasons:\tx.', '') ;
const CS = lines('Meeting:\tPP-26, Doha, 2026', 'Document:\t92', 'Proposals:\tRUS', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
  'MOD\tRUS/92/1', '47\tPP-98\t1. The Plenipotentiary Conference shall be convened every four years{++ at most++}.', 'Reasons:\tx.', '');

test('in a contribution on RR footnotes the MOD, SUP and NOC skeletons restate a provision (review 9, J26)', () => {
  const mod = snippet(RR, 'MOD');
  assert.match(mod, /^MOD\tEUR\/16\/2\n\$\{1:5\.xxx\}\t/);
  assert.match(mod, /\(WRC-\{~~\$\{5:yy\}~>\$\{6:27\}~~\}\)/);
  assert.doesNotMatch(mod, /RESOLUTION/);
  assert.match(snippet(RR, 'SUP'), /^SUP\tEUR\/16\/2\n\$\{1:5\.xxx\}\nReasons:/);
  assert.doesNotMatch(snippet(RR, 'NOC'), /RESOLUTION/);
});

test('in a PP contribution on the Constitution they restate a numbered provision, no WRC note', () => {
  const mod = snippet(CS, 'MOD');
  assert.match(mod, /^MOD\tRUS\/92\/2\n\$\{1:nnn\}\t/);
  assert.doesNotMatch(mod, /RESOLUTION|WRC/);
});

test('in a contribution on Resolutions they stay Resolution skeletons', () => {
  const res = lines('Meeting:\tWTSA-24, New Delhi, 2024', 'Document:\t40', 'Proposals:\tARB', '', 'MOD\tARB/40/1', 'RESOLUTION 52 (Rev. {~~Dubai, 2012~>New Delhi, 2024~~})', 'Countering and combating spam', '…', 'Reasons:\tx.', '');
  assert.match(snippet(res, 'MOD'), /^MOD\tARB\/40\/2\nRESOLUTION \$\{1:n\}/);
});

test('the first proposal of a contribution headed by its Article alone restates a provision too (`ARTICLE 5` in a WRC contribution, `Article 8` in a PP one)', () => {
  // WRC contributions head their proposals `ARTICLE 5` / `Frequency allocations`, with no `RADIO REGULATIONS` line.
  const rr = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Document:\t16', 'Proposals:\tEUR', '', 'ARTICLE 5', 'Frequency allocations', '', '');
  const mod = snippet(rr, 'MOD');
  assert.doesNotMatch(mod, /RESOLUTION/);
  assert.match(mod, /\$\{\d+:5\.xxx\}\t.*\(WRC-/);
  assert.match(snippet(rr, 'SUP'), /\$\{\d+:5\.xxx\}\nReasons:/);
  const cs = lines('Meeting:\tPP-26, Doha, 2026', 'Document:\t80', 'Proposals:\tARB', '', 'Article 8', 'The Plenipotentiary Conference', '', '');
  const csMod = snippet(cs, 'MOD');
  assert.match(csMod, /\$\{\d+:nnn\}\t/);
  assert.doesNotMatch(csMod, /RESOLUTION|WRC/);
  // A Resolution contribution has no Article heading: its skeleton is unchanged.
  const res = lines('Meeting:\tWTSA-24, New Delhi, 2024', 'Document:\t40', 'Proposals:\tARB', '', '');
  assert.match(snippet(res, 'MOD'), /RESOLUTION \$\{\d+:n\}/);
});
