// The quick tests before the reference patterns (core/lang/references.ts): a line is only read for
// the languages whose direction words it may hold, judged by the scripts of its letters. They must
// never hide a reference: every character that matches a direction word's letter case-insensitively
// (as the patterns match) is of that letter's script, and a reference with each direction word, in
// capitals or with the letters that fold into its own (ſ for s, K for k, ᲀ for в), is still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainLine, PLAIN_LETTER_OR_DIGIT, referenceMatches, scriptsIn } from '../../server/src/core/lang/references';
import { foldLabelForms } from '../../server/src/core/lang/labels';
import { LANGUAGES, REFERENCE_WORDS, TABLES } from '../../server/src/core/lang/tables';

const directionWords = (lang: (typeof LANGUAGES)[number]) => {
  const r = REFERENCE_WORDS[lang];
  return { above: [...r.above, ...(r.aboveBefore ?? [])], below: [...r.below, ...(r.belowBefore ?? [])], before: [...(r.aboveBefore ?? []), ...(r.belowBefore ?? [])] };
};

test('every character that matches a direction word\'s letter case-insensitively is of that letter\'s script', () => {
  // The letters of all direction words, and the alef forms the patterns accept for any alef, by script.
  const letters = new Map<number, Set<string>>();
  for (const lang of LANGUAGES) {
    const { above, below } = directionWords(lang);
    for (const ch of [...above, ...below].join('') + 'أإآا') {
      const script = scriptsIn(ch);
      if (script === 0) continue;
      if (!letters.has(script)) letters.set(script, new Set());
      letters.get(script)!.add(ch);
    }
  }
  assert.ok(letters.size >= 4, 'four scripts: Latin, Cyrillic, CJK, Arabic');
  const classes = [...letters].map(([script, set]) => ({ script, re: new RegExp(`[${[...set].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'iu') }));
  let checked = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const x = String.fromCodePoint(cp);
    for (const { script, re } of classes) {
      if (!re.test(x)) continue;
      checked++;
      assert.ok((scriptsIn(x) & script) !== 0, `U+${cp.toString(16).toUpperCase()} matches a letter of script ${script} but is not counted in it`);
    }
  }
  assert.ok(checked > 50);
});

test('in a plain line (ASCII, Latin letters to U+024F but ſ, general punctuation) case-insensitive matching finds the Latin direction words\' letters as Unicode folding does', () => {
  const latin = new Set<string>();
  for (const lang of LANGUAGES) {
    const { above, below } = directionWords(lang);
    for (const ch of [...above, ...below].join('')) if (scriptsIn(ch) === 1) latin.add(ch);
  }
  assert.ok(latin.size > 10);
  const plain = (cp: number) => cp <= 0x24f && cp !== 0x17f || (cp >= 0x2000 && cp <= 0x206f);
  for (let cp = 0; cp <= 0x206f; cp++) {
    if (!plain(cp)) continue;
    const x = String.fromCharCode(cp);
    for (const ch of latin) {
      const escaped = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.equal(new RegExp(escaped, 'i').test(x), new RegExp(escaped, 'iu').test(x), `U+${cp.toString(16).toUpperCase()} against ${ch}`);
    }
  }
});

test('in a plain line the patterns\' class of letters and digits reads every character as \\p{L}\\p{N} does', () => {
  // Plain lines are read with PLAIN_LETTER_OR_DIGIT in place of \p{L}\p{N} (the word edges), under the
  // patterns' own flags: for every character a plain line may hold, the two classes must agree.
  const plain = (cp: number) => (cp <= 0x24f && cp !== 0x17f) || (cp >= 0x2000 && cp <= 0x206f);
  const ours = new RegExp(`^[${PLAIN_LETTER_OR_DIGIT}]$`, 'iu');
  const unicode = /^[\p{L}\p{N}]$/iu;
  let letters = 0;
  for (let cp = 0; cp <= 0x206f; cp++) {
    if (!plain(cp)) continue;
    const x = String.fromCharCode(cp);
    assert.equal(ours.test(x), unicode.test(x), `U+${cp.toString(16).toUpperCase()}`);
    if (unicode.test(x)) letters++;
  }
  assert.ok(letters > 400);
  // The same references are read in a plain line with an accented word before and after them.
  assert.deepEqual(referenceMatches('réglé considering b) and c) above été').map((r) => r.targets.map((t) => t.label)), [['b)', 'c)']]);
  assert.deepEqual(referenceMatches('éconsidering b) above'), []);
  // `aboveé` is no direction word: read as a reference without one (review 5, F13), not as `considering b) above`.
  assert.deepEqual(referenceMatches('considering b) aboveé').map((r) => [r.direction, r.targets.map((t) => t.label)]), [[undefined, ['b)']]]);
});

test('a plain line holds no character the label reader folds, and no Arabic letter', () => {
  // Labels of plain lines are read without foldLabelForms, and their decimals are not asked whether they are Arabic.
  let folded = 0;
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const x = String.fromCharCode(cp);
    if (foldLabelForms(x) !== x || /[\u0600-\u06FF]/.test(x)) {
      folded++;
      assert.ok(!isPlainLine(`a) ${x}`), `U+${cp.toString(16).toUpperCase()}`);
    }
  }
  assert.ok(folded > 300);
  assert.ok(isPlainLine('a)\tthat the Conférence, “Sección” – 2016;'));
});

test('a reference with each direction word of each language is read, in capitals and with letters that fold into its own', () => {
  const variants = (w: string) => [w, w.toUpperCase(), w.replace(/s/g, 'ſ').replace(/k/g, '\u212A').replace(/в/g, '\u1C80')];
  for (const lang of LANGUAGES) {
    const { above, below, before } = directionWords(lang);
    const call = TABLES[lang].preamble[0];
    const and = REFERENCE_WORDS[lang].and[0];
    for (const word of [...above, ...below]) {
      for (const written of variants(word)) {
        const text = before.includes(word) ? `研究${written}${call}b)${and}c)所述问题` : `to study ${call} b) ${and} c) ${written}, as said`;
        const refs = referenceMatches(text);
        assert.equal(refs.length, 1, `${lang}: ${text}`);
        assert.deepEqual(refs[0].targets.map((t) => t.label), ['b)', 'c)'], `${lang}: ${text}`);
        assert.equal(refs[0].direction, above.includes(word) ? 'above' : 'below', `${lang}: ${text}`);
      }
    }
  }
});

test('a line with a direction word but no reference, or no direction word at all, has none', () => {
  assert.deepEqual(referenceMatches('the text above is long'), []);
  assert.deepEqual(referenceMatches('the Council resolves 2 issues'), []);
  // Lettered items after a call are a reference without a direction word (review 5, F13).
  assert.deepEqual(referenceMatches('considering b) and c)').map((r) => [r.direction, r.targets.map((t) => t.label)]), [[undefined, ['b)', 'c)']]]);
  assert.deepEqual(referenceMatches(''), []);
  assert.deepEqual(referenceMatches('上文'), []);
});

test('sections, decimal clauses and a comma before the direction word are still read after the quick tests', () => {
  const read = (text: string) => referenceMatches(text).map((r) => [r.section === true, r.direction, r.targets.map((t) => t.label).join(' ')]);
  assert.deepEqual(read('as set out in Section 3 below'), [[true, 'below', '3']]);
  assert.deepEqual(read('as set out in Sections 3 and 4 above'), [[true, 'above', '3 4']]);
  assert.deepEqual(read('see 1.2 and 1.3 above'), [[false, 'above', '1.2 1.3']]);
  assert.deepEqual(read('taking into account considering b), above'), [[false, 'above', 'b)']]);
  assert.deepEqual(read('comme indiqué à la section 2 ci-dessous'), [[true, 'below', '2']]);
  assert.deepEqual(read('see b) of considering above'), [[false, 'above', 'b)']]);
});
