// Keyword lists written with their common openings once (core/lang/alternation.ts) read exactly as the flat
// alternation of the same words: the same matches, at the same places, with the same groups, whatever stands
// around the list in a pattern (a continuation it backtracks into, a lookbehind, a group) and under every flag
// the readers use. Generated lists of words over a small alphabet (so that words share openings, differ in case
// only, or hold the characters case folding relates: K and the Kelvin sign, s and ſ), Arabic letters with their
// variants and marks, white space between words, the empty word; generated texts of the same characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternation, literal, mayMatchAlike, type Step } from '../../server/src/core/lang/alternation';
import { arabicPattern, arabicSteps } from '../../server/src/core/lang/fold';
import { wordsPattern } from '../../server/src/core/lang/references';
import { CLAUSE_WORDS, LANGUAGES, REFERENCE_WORDS, TABLES } from '../../server/src/core/lang/tables';
import { random } from '../corpus';
import { cases } from '../support/scale';

const SPACE: Step = { source: '\\s+' };

/** A word's steps as the readers make them (lang/references.ts wordsPattern): white space between its parts. */
const stepsOf = (word: string): Step[] => word.split(/\s+/).flatMap((part, i) => (i === 0 ? arabicSteps(part) : [SPACE, ...arabicSteps(part)]));
/** The flat alternation of the same words: each word's steps in a row, the words joined by `|`. */
const flat = (words: readonly string[]): string => words.map((w) => stepsOf(w).map((s) => s.source).join('')).join('|');

/** Every match of a global pattern: where it starts and every group. */
function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(JSON.stringify([m.index, ...m]));
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

// Patterns around the list as the readers write them: alone, before a continuation that backtracks into it, in a
// group, behind a lookbehind (matched backwards), with a lookahead after, and repeated.
const CONTEXTS = [
  (x: string) => `(?:${x})`,
  (x: string) => `(${x})([a-zé]*)(\\s*)b`,
  (x: string) => `(?<![a-z])(?:${x})(?![a-z])`,
  (x: string) => `[)b](?<=(?:${x})\\s*[)b])`,
  (x: string) => `(?:${x})(?=\\s|$)`,
  (x: string) => `(?:(?:${x})\\s*){2}`,
  (x: string) => `^(?:${x})s?$`,
];
const FLAGS = ['g', 'gi', 'giu', 'gu', 'dgiu'];

test('the alternation of generated words reads as their flat alternation, in any context and under any flags', () => {
  // Characters that share openings and fold into one another (a, A, á, k, K, s, S), white space, and Arabic letters
  // whose variants the steps match (أ for ا, ة for ه) with a mark after one. The texts hold the letters that fold into
  // k and s too (the Kelvin sign, ſ); no word of the tables holds them (V8 misreads some flat alternations that
  // do: /ſ|ſ-|S/i finds no `S`).
  const chars = ['a', 'a', 'b', 'A', 'á', 'k', 'K', 's', 'S', 'é', ' ', '-', 'ا', 'أ', 'ه', 'ة', '\u064e', 'ب'];
  const textChars = [...chars, '\u212a', 'ſ'];
  const next = random(20261205);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let compared = 0;
  let found = 0;
  for (let k = 0; k < cases(300); k++) {
    const n = 1 + Math.floor(next() * 7);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      const len = Math.floor(next() * 5);
      let w = '';
      for (let j = 0; j < len; j++) w += pick(chars);
      // No white space at either end of a word (the tables' words have none), none doubled.
      words.push(w.trim().replace(/\s+/g, ' '));
    }
    // Sometimes a word that begins another (`resolves`, `resolves further`).
    if (next() < 0.5) words.push(words[0] + pick(['a', 'b', ' a', 'k']));
    const trie = alternation(words.map(stepsOf));
    const texts: string[] = [];
    for (let t = 0; t < 6; t++) {
      let text = '';
      const len = Math.floor(next() * 14);
      for (let j = 0; j < len; j++) text += next() < 0.3 ? pick(words) : pick(textChars);
      texts.push(text);
    }
    for (const context of CONTEXTS) {
      for (const flags of FLAGS) {
        const a = new RegExp(context(flat(words)), flags);
        const b = new RegExp(context(trie), flags);
        for (const text of texts) {
          const expected = matches(a, text);
          assert.deepEqual(matches(b, text), expected, `${JSON.stringify(words)} in ${JSON.stringify(text)}: /${b.source}/${flags}`);
          compared++;
          found += expected.length;
        }
      }
    }
  }
  assert.ok(compared > cases(50000) && found > cases(5000), `${compared} texts compared, ${found} matches`);
});

test('the readers\' keyword lists read as their flat alternations', () => {
  // Every list of the six languages' tables, in the readers' order (longest first), against text made of its words.
  const next = random(14);
  const lists: string[][] = [];
  for (const lang of LANGUAGES) {
    const t = TABLES[lang];
    const r = REFERENCE_WORDS[lang];
    lists.push([...t.preamble, ...t.operative], t.numbered, t.further, t.conjunctions ?? [], [...r.above, ...r.below, ...(r.aboveBefore ?? []), ...(r.belowBefore ?? [])], r.of, r.and, r.to, r.section);
    if (lang !== 'zh') lists.push(CLAUSE_WORDS[lang].clause, CLAUSE_WORDS[lang].of);
  }
  let compared = 0;
  // Lists whose words share an opening (the others are written as they were).
  let shared = 0;
  for (const list of lists.filter((l) => l.length > 0)) {
    const sorted = [...list].sort((a, b) => b.length - a.length);
    const source = wordsPattern(list);
    if (source !== flat(sorted)) shared++;
    for (const flags of ['gi', 'giu']) {
      const a = new RegExp(`(?<![\\p{L}\\p{N}])(${flat(sorted)})(\\S*)`, flags.includes('u') ? flags : `${flags}u`);
      const b = new RegExp(`(?<![\\p{L}\\p{N}])(${source})(\\S*)`, flags.includes('u') ? flags : `${flags}u`);
      for (let k = 0; k < cases(200); k++) {
        let text = '';
        for (let j = 0; j < 6; j++) {
          const w = sorted[Math.floor(next() * sorted.length)];
          // A word as written, in capitals, cut short, or run into the next.
          const form = [w, w.toUpperCase(), w.slice(0, Math.max(1, w.length - 2)), w.replace(/ /g, '  ')][Math.floor(next() * 4)];
          text += form + (next() < 0.7 ? ' ' : '');
        }
        assert.deepEqual(matches(b, text), matches(a, text), `${JSON.stringify(text)}: /${b.source}/`);
        compared++;
      }
    }
  }
  assert.ok(compared > cases(5000) && shared > 20, `${compared} texts, ${shared} lists sharing openings`);
});

test('a word shares an opening only with words it may not be read before, and only a step of one character', () => {
  // `b` stands between two words of `a`: they share it (b matches no a); `A` may match what `a` matches: no word of
  // `a` moves before it.
  const w = (s: string) => [...s].map(literal);
  assert.equal(alternation([w('ab'), w('b'), w('ac')]), 'a(?:b|c)|b');
  assert.equal(alternation([w('ab'), w('A'), w('ac')]), 'ab|A|ac');
  // The empty word matches everywhere: nothing after it moves before it.
  assert.equal(alternation([w('ab'), w(''), w('ac')]), 'ab||ac');
  // White space (a repeated step) is never shared; Arabic letters are, with their variants.
  assert.equal(alternation([[...w('a'), SPACE, ...w('b')], [...w('a'), SPACE, ...w('c')]]), 'a(?:\\s+b|\\s+c)');
  assert.equal(arabicPattern('أعلاه'), arabicSteps('أعلاه').map((s) => s.source).join(''));
  assert.match(alternation([arabicSteps('أعلاه'), arabicSteps('ادناه')]), /^\[[^\]]+\]/);
});

test('two characters that match one another case-insensitively are told so without a pattern (mayMatchAlike)', () => {
  // Every character of the tables' words (and the variants their steps match), against every BMP character, under
  // both flags: each one the pattern of the character matches, mayMatchAlike says may match it.
  const words = LANGUAGES.flatMap((lang) => {
    const t = TABLES[lang];
    const r = REFERENCE_WORDS[lang];
    return [...t.preamble, ...t.operative, ...t.numbered, ...t.further, ...(t.conjunctions ?? []), ...(t.furtherBefore ?? []), ...r.above, ...r.below, ...(r.aboveBefore ?? []),
      ...(r.belowBefore ?? []), ...r.of, ...r.and, ...r.to, ...r.section, ...(lang === 'zh' ? [] : [...CLAUSE_WORDS[lang].clause, ...CLAUSE_WORDS[lang].of])];
  });
  const chars = new Set<string>(['\u212a', 'ſ', 'İ', 'ς', 'ß', '\u1e9e']);
  for (const w of words) for (const step of stepsOf(w)) for (const c of step.chars ?? []) chars.add(c);
  assert.ok(chars.size > 150, `${chars.size} characters`);
  let bmp = '';
  for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) bmp += String.fromCharCode(cp);
  let pairs = 0;
  for (const x of chars) {
    for (const flags of ['gi', 'giu']) {
      for (const m of bmp.matchAll(new RegExp(`[${x.replace(/[\]\\^-]/g, '\\$&')}]`, flags))) {
        assert.ok(mayMatchAlike(x, m[0]) && mayMatchAlike(m[0], x), `U+${m[0].charCodeAt(0).toString(16)} matches ${x} under /${flags}/`);
        pairs++;
      }
    }
  }
  assert.ok(pairs > chars.size * 2);
  // And two letters of no common case do not.
  assert.equal(mayMatchAlike('a', 'b'), false);
  assert.equal(mayMatchAlike('k', '\u212a'), true);
});
