// What core/lang/references.ts assumes of the language tables, checked here rather than at every start of the
// server (it threw at load; the checks took room in the activation bundle, which must stay under 1 MB): every Latin
// `of` word opens with an ASCII letter (PLAIN_BARE_HINT), no Latin numbered call or further word ends in white space
// or punctuation or holds a digit (BEFORE_NUMBER), no conjunction's key is empty (CONJUNCTION_OPENERS), and the plain
// reading of another text's name holds no Unicode property (ANOTHER_TEXT_PLAIN); every Chinese call ends with a Chinese
// character (the Chinese `lettered` test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANOTHER_TEXT_PLAIN, BEFORE_NUMBER, CONJUNCTION_KEYS, LATIN_BARE } from '../../server/src/core/lang/references';
import { CLAUSE_WORDS, REFERENCE_WORDS, TABLES, type Lang } from '../../server/src/core/lang/tables';

test('the tables hold what the plain-line readings of references assume', () => {
  assert.deepEqual([...LATIN_BARE], ['en', 'fr', 'es']);
  for (const l of LATIN_BARE) {
    for (const w of [...REFERENCE_WORDS[l].of, ...CLAUSE_WORDS[l as Exclude<Lang, 'zh'>].of]) assert.match(w, /^[a-z]/i, `${l}: the of word ${w}`);
    for (const w of [...TABLES[l].numbered, ...TABLES[l].further]) {
      assert.match(w, new RegExp(`${BEFORE_NUMBER}$`), `${l}: ${w} ends in white space or punctuation`);
      assert.doesNotMatch(w, /\d/, `${l}: ${w} holds a digit`);
    }
  }
  assert.ok(CONJUNCTION_KEYS.length > 0 && CONJUNCTION_KEYS.every((c) => c.key !== ''));
  assert.ok(!ANOTHER_TEXT_PLAIN.source.includes('\\p{'), ANOTHER_TEXT_PLAIN.source);
  // Chinese `lettered` (the quick test before a reading without a direction word, `根据考虑到b)`) looks for a Chinese
  // character before the label, not for the calls: every call ends with one.
  for (const w of [...TABLES.zh.preamble, ...TABLES.zh.operative]) assert.match(w, /[\u3400-\u9fff]$/, `zh: ${w}`);
});
