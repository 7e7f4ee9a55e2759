// The quick tests before the reference patterns (core/lang/references.ts): a line is only read for
// the languages whose direction words it may hold, judged by the scripts of its letters. They must
// never hide a reference: every character that matches a direction word's letter case-insensitively
// (as the patterns match) is of that letter's script, and a reference with each direction word, in
// capitals or with the letters that fold into its own (ſ for s, K for k, ᲀ for в), is still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANOTHER_TEXT, ANOTHER_TEXT_PLAIN, isPlainLine, namesAnotherText, PLAIN_BARE_HINT, PLAIN_LETTER, PLAIN_LETTER_OR_DIGIT, referenceMatches, scriptsIn } from '../../server/src/core/lang/references';
import { foldLabelForms } from '../../server/src/core/lang/labels';
import { CLAUSE_WORDS, LANGUAGES, REFERENCE_WORDS, TABLES } from '../../server/src/core/lang/tables';
import { random } from '../corpus';
import { cases } from '../support/scale';

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

test('in plain text the class of letters reads every character as \\p{L} does, and the name of another text is found alike', () => {
  // namesAnotherText reads a part of a plain line with PLAIN_LETTER_OR_DIGIT and PLAIN_LETTER in place of \p{L}\p{N}
  // and \p{L} (ANOTHER_TEXT_PLAIN), under the pattern's own flags: for every character a plain line may hold, they agree.
  const plain = (cp: number) => (cp <= 0x24f && cp !== 0x17f) || (cp >= 0x2000 && cp <= 0x206f);
  const ours = new RegExp(`^[${PLAIN_LETTER}]$`, 'iu');
  const unicode = /^\p{L}$/iu;
  let letters = 0;
  for (let cp = 0; cp <= 0x206f; cp++) {
    if (!plain(cp)) continue;
    const x = String.fromCharCode(cp);
    assert.equal(ours.test(x), unicode.test(x), `U+${cp.toString(16).toUpperCase()}`);
    if (unicode.test(x)) letters++;
  }
  assert.ok(letters > 400);
  // Generated plain texts of the kinds' words (in any case, run into letters or digits), letters, digits, white space
  // and what may follow a kind: the plain reading finds another text where the Unicode one does, and only there.
  const kinds = [...new Set(LANGUAGES.flatMap((l) => TABLES[l].numberKinds))].filter((k) => isPlainLine(k));
  const parts = [...kinds, ...kinds.map((k) => k.toLowerCase()), 'Résolutions', 'ITU', 'UIT', '[', '1', '25', 'é', 'x', 'ß', 'ª', '²', 'Ā', 'ǅ', ' ', ' ', '\t', ',', ';', '(', '-', '\u2019', 'of', 'the'];
  const next = random(6);
  let named = 0;
  for (let k = 0; k < cases(20000); k++) {
    let text = '';
    const n = 2 + Math.floor(next() * 12);
    for (let i = 0; i < n; i++) {
      // Often a kind, a few letters, white space and what names a text after it (`Resolutions 25`, `Recommendation ITU`).
      text += next() < 0.3 ? `${kinds[Math.floor(next() * kinds.length)]}${['', 's', 'é', '1'][Math.floor(next() * 4)]}${[' ', '  ', '\t', ''][Math.floor(next() * 4)]}${['1', 'ITU', 'UIT', '[', 'x'][Math.floor(next() * 5)]}` : parts[Math.floor(next() * parts.length)];
    }
    assert.ok(isPlainLine(text));
    const at = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, at + Math.floor(next() * 4));
    const unicodeRead = namesAnotherText(text, at, end, false);
    assert.equal(namesAnotherText(text, at, end, true), unicodeRead, JSON.stringify([text, at, end]));
    if (unicodeRead) named++;
  }
  assert.ok(named > cases(2000), `${named} texts name another`);
});

// namesAnotherText first asks whether the whole text names another text anywhere (once a text: a Chinese line repeating
// `考虑到b)` is a reference every six characters, each clause read with the whole pattern; 410 ms for 100 KB), and only
// then reads the reference's clause. Generated texts long enough that the clause's reach (240 characters each side)
// cuts through names of texts, `;` ending clauses, kinds run into letters: it answers as the clause's reading alone.
test('namesAnotherText answers as the reading of the clause alone, the whole text asked first', () => {
  const CLAUSE_REACH = 240;
  const alone = (text: string, start: number, end: number, plain: boolean) => {
    const before = text.slice(Math.max(0, start - CLAUSE_REACH), start);
    const after = text.slice(end, end + CLAUSE_REACH);
    const semi = after.indexOf(';');
    const another = plain ? ANOTHER_TEXT_PLAIN : ANOTHER_TEXT;
    return another.test(before.slice(before.lastIndexOf(';') + 1)) || another.test(semi < 0 ? after : after.slice(0, semi));
  };
  const kinds = [...new Set(LANGUAGES.flatMap((l) => TABLES[l].numberKinds))];
  const filler = ['considering b) ', 'x', 'the studies go on ', ';', '; ', ' ', '考虑到b)、', '1', 'ITU', '[', 'é', 'y'.repeat(60)];
  const next = random(13);
  let named = 0;
  let asked = 0;
  for (let k = 0; k < cases(3000); k++) {
    let text = '';
    const n = 4 + Math.floor(next() * 40);
    for (let i = 0; i < n; i++) {
      text += next() < 0.15
        ? `${['', 'x', ' '][Math.floor(next() * 3)]}${kinds[Math.floor(next() * kinds.length)]}${['', 's'][Math.floor(next() * 2)]}${[' ', '', '\t'][Math.floor(next() * 3)]}${['1', 'ITU', 'UIT', '[', 'x'][Math.floor(next() * 5)]}`
        : filler[Math.floor(next() * filler.length)];
    }
    const plain = isPlainLine(text);
    // Several references of one text in a row, as readReferences asks them.
    for (let r = 0; r < 4; r++) {
      const at = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, at + Math.floor(next() * 6));
      const expected = alone(text, at, end, plain);
      assert.equal(namesAnotherText(text, at, end, plain), expected, JSON.stringify([text, at, end]));
      asked++;
      if (expected) named++;
    }
  }
  assert.ok(named > asked / 20 && named < asked - asked / 20, `${named} of ${asked} clauses name another text`);
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

test('the quick test before the readings without a direction word (PLAIN_BARE_HINT) turns down no plain line that the patterns alone read a reference in', () => {
  // Generated plain lines of the pieces those readings are made of, in the Latin languages (calls, `of` words, clause
  // words, labels, separators, quotes, direction words) and of what is near them in real lines (years, abbreviations
  // in parentheses, accented letters). The patterns alone: the same line read as a line that is not plain (a trailing
  // arrow, U+2190, neither a letter nor a digit nor white space, is beyond the plain characters), which no plain quick
  // test is asked for.
  const latin = ['en', 'fr', 'es'] as const;
  const pieces = [...new Set(latin.flatMap((l) => {
    const t = TABLES[l];
    const c = CLAUSE_WORDS[l];
    const r = REFERENCE_WORDS[l];
    return [...t.preamble, ...t.operative, ...t.numbered, ...t.further, ...(t.conjunctions ?? []), ...r.of, ...c.of, ...c.clause, ...r.and, ...r.to, ...r.above, ...r.below];
  })), 'b)', 'c)', 'm)', 'abis)', 'A)', 'xyz)', '2', '4', '1.2', '12a', '2014', '(WSIS)', '(Rev. Dubai, 2014)', 'the ITU Council', 'le Secrétaire général', 'thé', 'é', '"', '«', '“', '”', '»', ',', ';', '(', ')', ' ', '  ', '\t', '\u00a0', 'Resolution 25', 'x'];
  // Pieces are joined by white space: a label glued to a word (`resolves furtherA)`) is read by the patterns alone and not
  // by a plain line's quick tests, before PLAIN_BARE_HINT as after it (the two readings differ there, not the hint).
  const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0'];
  const QUOTES = ['"', '«', '“', '”', '»'];
  const next = random(20261205);
  let turnedDown = 0;
  let bare = 0;
  // Lines that hold a bare reference and little else (the hint's each part alone lets them through).
  const fixed = ['referred to in resolves" 2', 'referred to in “resolves” 1 to 3', 'in instructs the ITU Council 2', 'dans le décide 4', 'en el resuelve 1',
    'taking into account considering m)', '«considering» b) and c)', 'c) and d) of considering', '2 of resolves', 'au point m) du considérant'];
  for (let k = 0; k < fixed.length + 30000; k++) {
    let line = k < fixed.length ? fixed[k] : '';
    const parts = k < fixed.length ? 0 : 2 + Math.floor(next() * 8);
    for (let j = 0; j < parts; j++) {
      const piece = pieces[Math.floor(next() * pieces.length)];
      // A quote may stand right after a word (`resolves" 2`).
      line += (QUOTES.includes(piece) && next() < 0.5 ? '' : SPACES[Math.floor(next() * SPACES.length)]) + piece;
    }
    if (!isPlainLine(line)) continue;
    const alone = referenceMatches(`${line}\u2190`, false);
    assert.deepEqual(referenceMatches(line, true), alone, JSON.stringify(line));
    if (!PLAIN_BARE_HINT.test(line)) {
      turnedDown++;
      assert.deepEqual(alone.filter((m) => !m.direction), [], JSON.stringify(line));
    }
    bare += alone.filter((m) => !m.direction).length;
  }
  // Not vacuous: the generated lines hold references without a direction word, and many are turned down.
  assert.ok(bare > 500, `${bare} references without a direction word`);
  assert.ok(turnedDown > 3000, `${turnedDown} lines turned down`);
});
