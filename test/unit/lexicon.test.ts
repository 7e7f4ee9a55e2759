// The Lexicon: one Lexed per distinct paragraph text of a parse, whatever string holds the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Lexicon } from '../../server/src/core/structure';

describe('Lexicon', () => {
  // Same length, and the same characters a quarter, half, three quarters in and at the end: the
  // texts a one-off parse's sampled keys cannot tell apart, so they are compared whole.
  const a = 'a)\tthat Member States continue their work;';
  const b = 'b)\tthat Member States continue their work;';
  const c = 'a)\tthat Member States continue thEir work;';

  for (const [name, make] of [['one-off parse', () => Lexicon.once()], ['versions of a document', () => Lexicon.first()]] as const) {
    test(`${name}: equal texts share a Lexed, different texts do not`, () => {
      const lexicon = make();
      const la = lexicon.of(a);
      // The same text as another string (a slice of a longer text, as a projection gives it).
      assert.equal(lexicon.of(`x${a}y`.slice(1, -1)), la);
      const lb = lexicon.of(b);
      const lc = lexicon.of(c);
      assert.notEqual(lb, la);
      assert.notEqual(lc, la);
      assert.notEqual(lc, lb);
      assert.equal(lexicon.of(b.slice()), lb);
      assert.equal(lexicon.of(c + ''), lc);
      assert.deepEqual([la.text, lb.text, lc.text], [a, b, c]);
      assert.equal(la.labelIn({ cyrillicAlphabet: false })?.label.text, 'a)');
      assert.equal(lb.labelIn({ cyrillicAlphabet: false })?.label.text, 'b)');
    });
  }

  test('many texts alike in the sampled places (a generated table) are each found, in both kinds of parse', () => {
    // 40 rows of one length whose digits stand at places the key does not sample.
    const rows = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}\tcell value in a generated table;`);
    const key = (t: string) => [t.length, t[t.length >> 2], t[t.length >> 1], t[(3 * t.length) >> 2], t[t.length - 1]].join('|');
    assert.equal(new Set(rows.map(key)).size, 1);
    for (const lexicon of [Lexicon.once(), Lexicon.first()]) {
      const first = rows.map((r) => lexicon.of(r));
      assert.equal(new Set(first).size, rows.length);
      rows.forEach((r, i) => {
        assert.equal(lexicon.of(`(${r})`.slice(1, -1)), first[i]);
        assert.equal(first[i].text, r);
      });
    }
    // The next version finds them all (those past the first few too).
    const versions = Lexicon.first();
    const kept = rows.map((r) => versions.of(r));
    const next = versions.next();
    rows.forEach((r, i) => assert.equal(next.of(`${r} `.slice(0, -1)), kept[i]));
  });

  test('the next version finds the texts of the versions of a document, and none of a one-off parse', () => {
    const versions = Lexicon.first();
    const kept = versions.of(a);
    assert.equal(versions.next().of(`${a}!`.slice(0, -1)), kept);
    const once = Lexicon.once();
    const slice = once.of(a);
    assert.notEqual(once.next().of(a), slice);
    assert.notEqual(once.kept().of(a), slice);
  });
});
