// The addendum a cover gives when its Document field is copied as ITU prints the reference and there is no Addendum
// field (review17): `16(Add.10)-E`, `WRC27/16(Add.10)-E`, `Addendum 10 to Document 16-E`. Before, such a cover gave
// no addendum: ids were held to no prefix (a wrong `EUR/16A1/2` passed), the id completion offered `EUR/16/…` and the
// Word cover dropped the addendum. Generated covers; each id with the cover's prefix passes, any other is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, expectedPrefix, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';

const FORMS: ((d: number, a: number, l: string) => string)[] = [
  (d, a, l) => `${d}(Add.${a})-${l}`,
  (d, a) => `${d}(Add.${a})`,
  (d, a, l) => `WRC27/${d}(Add.${a})-${l}`,
  (d, a, l) => `PP\u201126/${d}(Add.${a})(Rev.1)-${l}`,
  (d, a) => `Addendum ${a} to Document ${d}-E`,
  (d, a) => `Addendum ${a} au Document ${d}-F`,
  (d, a) => `Addéndum ${a} al Documento ${d}-S`,
];

test('the addendum in a Document field copied as ITU prints it gives the ids their prefix', () => {
  const rnd = seeded(17);
  for (let n = 0; n < 140; n++) {
    const d = 1 + Math.floor(rnd() * 300);
    const a = 1 + Math.floor(rnd() * 40);
    const form = FORMS[n % FORMS.length];
    const written = form(d, a, 'EFSRCA'[n % 6]);
    const cover = `Meeting:\tWorld Radiocommunication Conference (WRC-27)\nDocument:\t${written}\nProposals:\tEUR\n\n`;
    const body = (id: string) => `SUP\tEUR/${d}A${a}/1\nRESOLUTION 961 (WRC-23)\nReasons:\tDone.\n\nSUP\t${id}\nRESOLUTION 962 (WRC-23)\nReasons:\tDone.\n`;
    const right = parseDocument(cover + body(`EUR/${d}A${a}/2`));
    assert.equal(expectedPrefix(right), `EUR/${d}A${a}/`, written);
    assert.deepEqual(checkDocument(right).map((f) => f.code), [], written);
    // Another addendum of the same document (the one left from a copied contribution), or the document alone.
    for (const wrong of [`EUR/${d}A${a + 1}/2`, `EUR/${d}/2`]) {
      const codes = checkDocument(parseDocument(cover + body(wrong))).map((f) => f.code);
      assert.ok(codes.includes('proposal.id-prefix'), `${written}, ${wrong}: ${codes.join(', ')}`);
    }
  }
});

test('an Addendum field still decides, and a Document field naming two addenda gives no prefix', () => {
  const doc = (fields: string) => parseDocument(`${fields}Proposals:\tEUR\n\nSUP\tEUR/16A3/1\nRESOLUTION 1 (WRC-23)\nReasons:\tr.\n`);
  assert.equal(expectedPrefix(doc('Document:\t16(Add.3)-E\nAddendum:\t3\n')), 'EUR/16A3/');
  assert.equal(expectedPrefix(doc('Document:\t16-E\nAddendum:\t3\n')), 'EUR/16A3/');
  assert.equal(expectedPrefix(doc('Document:\t16(Add.19)(Add.1)-E\n')), undefined);
  assert.equal(expectedPrefix(doc('Document:\t16-E\n')), undefined);
});
