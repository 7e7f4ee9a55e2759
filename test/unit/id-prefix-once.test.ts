// One id typed with the wrong DOC among a contribution's ids (`EUR/16A1/2` among `EUR/16A10/…`, the addendum left off,
// another document's number) is one fault: proposal.id-prefix at that id, and no proposal.sequence (review17; before,
// the sequence was said broken at it and again at the next id). Generated: 2-7 ids, one of them mistyped in one of
// four ways; the fix renumbers every id to the prefix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';

test('an id with a slip in its DOC gets proposal.id-prefix alone, at that id', () => {
  const rnd = seeded(1717);
  for (let n = 0; n < 80; n++) {
    const d = 1 + Math.floor(rnd() * 90);
    const a = 2 + Math.floor(rnd() * 30);
    const count = 2 + Math.floor(rnd() * 6);
    const wrongAt = Math.floor(rnd() * count);
    const slips = [`${d}`, `${d}A${a - 1}`, `${d + 1}A${a}`, `${d}A${a}A1`];
    const slip = slips[n % slips.length];
    const ids = Array.from({ length: count }, (_, k) => `EUR/${k === wrongAt ? slip : `${d}A${a}`}/${k + 1}`);
    const text = `Document:\t${d}\nAddendum:\t${a}\nProposals:\tEUR\n\n` +
      ids.map((id, k) => `SUP\t${id}\nRESOLUTION ${k + 100} (WRC-23)\nReasons:\tr.\n`).join('\n');
    const doc = parseDocument(text);
    const got = checkDocument(doc).map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
    assert.deepEqual(got, [`proposal.id-prefix ${ids[wrongAt]}`], `${ids.join(', ')}\n${got.join('\n')}`);
  }
});
