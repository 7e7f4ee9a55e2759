// Two fast paths of the Arabic folding (core/lang/fold.ts, core/lang/match.ts), each checked against what it stands
// for on generated text made of the characters they turn on: trimMarks reads only a text's edges for directional
// marks (it scanned the whole text), and the call pattern CALL takes its phrases literally, folded (it read each
// Arabic letter as a class of its variants and the marks after it), which is the same on the folded text it reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicPattern, DIRECTION_MARKS, foldArabic, trimMarks } from '../../server/src/core/lang/fold';
import { CALL, normalizeWords } from '../../server/src/core/lang/match';
import { LANGUAGES, TABLES } from '../../server/src/core/lang/tables';
import { random } from '../corpus';

function generated(seed: number, n: number, pieces: readonly string[], parts = 8): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let line = '';
    const count = Math.floor(next() * parts);
    for (let j = 0; j < count; j++) line += pieces[Math.floor(next() * pieces.length)];
    out.push(line);
  }
  return out;
}

test('trimMarks gives what the edge pattern gives after a scan of the whole text', () => {
  const edges = new RegExp(`^[${DIRECTION_MARKS}\\s]+|[${DIRECTION_MARKS}\\s]+$`, 'g');
  const hasMark = new RegExp(`[${DIRECTION_MARKS}]`);
  const before = (text: string) => (hasMark.test(text) ? text.replace(edges, '') : text.trim());
  const pieces = ['\u200e', '\u200f', '\u061c', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'a', 'ب', ')', '(', '1', 'دبي، 2012'];
  let marked = 0;
  for (const text of generated(14, 20000, pieces)) {
    if (hasMark.test(text)) marked++;
    assert.equal(trimMarks(text), before(text), JSON.stringify(text));
  }
  assert.ok(marked > 5000, `only ${marked} texts with a mark`);
});

test('CALL reads folded lines as the pattern of letter classes did', () => {
  // The pattern as it was written before (lang/fold.ts arabicPattern for every word), over the same tables.
  const words = (s: string) => s.split(' ').map(arabicPattern).join('[\\s\\u00A0]+');
  const alternatives = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(words).join('|');
  const spacedLanguages = LANGUAGES.filter((l) => l !== 'zh');
  const further = spacedLanguages.flatMap((l) => TABLES[l].further.map(normalizeWords));
  const conj = spacedLanguages.flatMap((l) => TABLES[l].conjunctions ?? []);
  const phrases = spacedLanguages.flatMap((l) => [...TABLES[l].preamble, ...TABLES[l].operative].map(normalizeWords));
  const before = new RegExp(String.raw`^((?:${conj.filter((c) => c !== 'و').map(words).join('|')})[\s\u00A0]+|و[\s\u00A0]?)?(${alternatives(phrases)})(?:[\s\u00A0]+(${alternatives(further)}))?(?=[\s\u00A0]|$)(.*)$`, 'iu');
  // The tables' words as written, in capitals, with an Arabic letter's variants and marks, cut short, and spaces.
  const arabic = spacedLanguages.flatMap((l) => (l === 'ar' ? [...TABLES[l].preamble, ...TABLES[l].operative, ...TABLES[l].further] : []));
  const variants = arabic.map((p) => p.replace(/ا/g, 'أ').replace(/ه/g, 'ة').replace(/ي/g, 'ى')).concat(arabic.map((p) => p.replace(/(.)/g, '$1\u064e')));
  const latin = spacedLanguages.flatMap((l) => (l === 'ar' ? [] : [...TABLES[l].preamble.slice(0, 6), ...TABLES[l].operative.slice(0, 6), ...TABLES[l].further]));
  // Phrases written with other white space between their words (a no-break space, two spaces, a TAB).
  const spaced = [...arabic, ...latin].filter((p) => p.includes(' ')).flatMap((p) => [p.replace(/ /g, '\u00a0'), p.replace(/ /g, '  '), p.replace(' ', '\t')]);
  const pieces = [...arabic, ...variants, ...latin, ...spaced, ...latin.map((p) => p.toUpperCase()), ...arabic.map((p) => p.slice(0, -1)), 'و', 'y ', ' ', '\u00a0', '  ', 'the Director', ',', 'إ', 'ـ'];
  let matched = 0;
  for (const line of generated(15, 20000, pieces, 4)) {
    const folded = foldArabic(line);
    const now = CALL.exec(folded);
    const then = before.exec(folded);
    if (then) matched++;
    assert.deepEqual(now && [...now], then && [...then], JSON.stringify(line));
  }
  assert.ok(matched > 2000, `only ${matched} lines read as calls`);
});
