// The char-code tests the paragraph readers ask before their patterns (core/labels.ts, core/kinds.ts,
// core/lang/match.ts): each only skips a pattern that cannot match, so each reader gives what its
// pattern alone gives. Checked here against the patterns as they were, on generated lines made of the
// characters the patterns turn on (digits, dots, TABs, stars, spaces, letters, parentheses, suffixes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchLabel, MAX_DECIMAL_DEPTH, parenAfterLetters } from '../../server/src/core/labels';
import { matchLocalLabel, READ_ALONE } from '../../server/src/core/lang/labels';
import { isPlainLine } from '../../server/src/core/lang/references';
import { ARTICLE_HEADING, HEADINGS, headingForm, isFootnoteCell, mayBeArticleHeading, isTableRow, trailingDotNumber } from '../../server/src/core/kinds';
import { matchSection, oneSpaced } from '../../server/src/core/lang/match';
import { random } from '../corpus';

// The patterns alone, as the readers asked them before their quick tests.
const TABLE_ROW = [/^\d{1,3}\*?\t\t/, /^\d+\*?\t+\d+\*?\s*$/, /^\d+(?:\.\d+)+[ \u00a0]+(?:of|in)[ \u00a0]/,
  /^\d+(?:\.\d+)+[ \u00a0]+(?:[×x±=<>≤≥%+−–]|(?:[kMGT]?(?:Hz|baud|bit\/s|bps)|dB[a-zA-Z]*|[nµμmp]s|ps|nm|mW|dBm)(?=$|[\s,;)/]))/];
const RR_NUMBER = String.raw`\d{1,2}\.\d{1,3}[A-Z]{0,3}(?:\.\d{1,3}[A-Z]{0,2})?`;
const RR_PLACEHOLDER = String.raw`\d{1,2}\.[A-Z]{1,3}\d{1,3}[A-Z]?`;
const FOOTNOTE_CELL = new RegExp(String.raw`^(?:${RR_NUMBER}|${RR_PLACEHOLDER})(?:[\s\u00a0]+(?:${RR_NUMBER}|${RR_PLACEHOLDER}))+$`);
const TRAILING_DOT = new RegExp(`^(\\d+(?:\\.\\d+){0,${MAX_DECIMAL_DEPTH - 1}})\\.(?=\\t)`);
const SECTION = /^(?:SECTION|Section|SECCIÓN|SECCION|Sección|РАЗДЕЛ|Раздел|القسم)[\s\u00A0]+(\d+[a-z]*)\s*$/u;
const ZH_SECTION = /^第\s*(\d+[a-z]*)\s*节$/u;

const PIECES = ['1', '2', '12', '123', '1234', '.', '..', '*', '\t', '\t\t', ' ', '\u00a0', 'a', 'b', 'i', 'v', 'x', 'l', 'c', 'd', 'm', 'ii', 'xiv', 'bis', 'ter',
  ')', 'A', 'Z', 'of ', 'in ', 'Hz', 'dB', '×', 'Section ', 'SECTION', '第', '节', 'Раздел ', 'القسم ', ' x', 'text'];

function lines(seed: number, n: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let line = '';
    const parts = 1 + Math.floor(next() * 7);
    for (let j = 0; j < parts; j++) line += PIECES[Math.floor(next() * PIECES.length)];
    out.push(line);
  }
  return out;
}

/** Lines that open like labels, numbers and cells: a number of a few parts or letters, then what may follow one. */
function labelLike(seed: number, n: number): string[] {
  const next = random(seed);
  const pick = (xs: readonly string[]) => xs[Math.floor(next() * xs.length)];
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let head = '';
    if (next() < 0.6) {
      const parts = 1 + Math.floor(next() * 4);
      for (let j = 0; j < parts; j++) head += (j ? '.' : '') + pick(['1', '2', '5', '12', '123', '1234', 'A', '']) + pick(['', '', 'a', 'bis', 'A']);
      head += pick(['', '', '.', '*']);
    } else head = pick(['a', 'b', 'i', 'v', 'x', 'l', 'c', 'd', 'm', 'ii', 'iv', 'mm', 'aa', 'abc', 'viii']) + pick(['', 'bis', 'ter']) + pick([')', ')', ')bis', '']);
    out.push(head + pick(['\t', '\t\t', '\t\t\t', ' ', '  ', '\u00a0', '']) + pick(['x', 'text', '3', '3*', '12 ', 'of x', 'in y', 'Hz', '× 10', '5.338A', '5.A11 5.149', '']));
  }
  return out;
}

test('isTableRow, isFootnoteCell and trailingDotNumber give what their patterns alone give', () => {
  let rows = 0;
  let cells = 0;
  let dots = 0;
  for (const line of [...lines(1, 20000), ...labelLike(1, 40000), '1\t\tx', '12*\t\tx', '1234\t\tx', '5*\t3*', '3\t1', '2.1.4 of [ITU-T Q.764]', '4.2 × 10', '5.274 Mbaud', '5.149  5.338  5.338A', ' 5.149 5.A11 ', '6.\tx', '1.2.\tx', '1..\tx']) {
    const row = TABLE_ROW.some((re) => re.test(line));
    assert.equal(isTableRow(line), row, JSON.stringify(line));
    const cell = FOOTNOTE_CELL.test(line.trim());
    assert.equal(isFootnoteCell(line), cell, JSON.stringify(line));
    const dot = TRAILING_DOT.exec(line)?.[1];
    assert.equal(trailingDotNumber(line), dot, JSON.stringify(line));
    if (row) rows++;
    if (cell) cells++;
    if (dot !== undefined) dots++;
  }
  // The lines hold matches of every pattern, not only lines the quick tests turn away.
  assert.ok(rows > 300 && cells > 30 && dots > 150, `${rows} rows, ${cells} cells, ${dots} dotted numbers`);
});

test('matchLabel asks a line only the patterns of its first character, and reads a one-letter numeral without ROMAN: the same labels', () => {
  // The readings of every line under the old order of patterns: letters, numbers in parentheses, decimals.
  let read = 0;
  for (const line of [...lines(2, 20000), ...labelLike(2, 40000), 'i)\tx', 'v)\tx', 'l)\tx', 'c)\tx', 'd)\tx', 'm)\tx', 'e)\tx', 'ii)\tx', 'mm)\tx', 'abis)\tx', 'b)bis\tx', '1)\tx', '1bis)\tx', '1.2.3\tx', '1.2a\tx', '12b\tx']) {
    const m = matchLabel(line);
    if (m) read++;
    if (m && (m.label.kind === 'letter' || m.label.kind === 'roman') && m.label.parts[0].length === 1) {
      const letter = m.label.parts[0];
      // A single i, v or x reads as roman first with a letter alternative; l, c, d, m read as letters (ROMAN holds them, isLettering
      // gives the alternative); any other letter is a letter.
      assert.equal(m.label.kind === 'roman', 'ivx'.includes(letter), JSON.stringify(line));
      assert.equal(m.alternative !== undefined, 'ivxlcdm'.includes(letter) && m.label.kind === 'roman', JSON.stringify(line));
    }
    if (m?.label.kind === 'decimal' && !m.label.paren) {
      const parts = m.label.text.split('.');
      const last = parts[parts.length - 1];
      assert.equal(m.label.ordinal, Number(/^\d+/.exec(last)![0]), JSON.stringify(line));
      assert.equal(m.label.suffixRank === 0, /^\d+$/.test(last), JSON.stringify(line));
    }
  }
  assert.ok(read > 5000, `${read} labels read`);
});

test('matchSection asks a line only the pattern its first character may open', () => {
  let read = 0;
  for (const line of [...lines(3, 40000), 'SECTION 2', 'Sección 3a', 'РАЗДЕЛ 4', 'القسم 5', '第2节', '第 12 节', ' Section 7 ']) {
    const t = line.trim();
    const want = (SECTION.exec(t) ?? ZH_SECTION.exec(t))?.[1];
    assert.equal(matchSection(line), want, JSON.stringify(line));
    if (want !== undefined) read++;
  }
  assert.ok(read > 20, `${read} sections read`);
});

test('headingForm: the patterns grouped by flags give the kind of the first heading form that matches, as the forms asked one by one', () => {
  const inOrder = (t: string) => HEADINGS.find(([re]) => re.test(t))?.[1];
  const next = random(5);
  const pick = (xs: readonly string[]) => xs[Math.floor(next() * xs.length)];
  const heads = ['', 'DRAFT ', 'Draft new ', 'draft revised ', 'DRAFT NEW ', '[New] '];
  const bodies = ['RESOLUTION 99 (Rev. Geneva, 2022)', 'RESOLUTION ITU-R 1-6', 'DECISION 5', 'OPINION [X]', 'QUESTION ITU-R 1/1', 'Question 12-1/3',
    'Recommendation ITU-T E.119', 'RECOMMENDATION ITU-R P.1', 'Recommandation UIT-T A.1', 'Рекомендация МСЭ-R SM.1', 'التوصية ITU-T E.119',
    'The ITU Radiocommunication Assembly,', 'Supplement 5 to ITU-T A-series Recommendations', "Implementers' guide for ITU-T Rec. G.729", 'ITU-T E.119建议书',
    'ITU-R P.1-2建议书', 'ITU-T RECOMMENDATION T.88', 'INTERNATIONAL STANDARD ISO/IEC 13818-1 Recommendation ITU-T H.222.0',
    'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'Convention de l’Union internationale des télécommunications', 'RADIO REGULATIONS',
    'Règlement des radiocommunications', 'International Telecommunication Regulations', 'УСТАВ МЕЖДУНАРОДНОГО СОЮЗА ЭЛЕКТРОСВЯЗИ', 'لوائح الراديو', '国际电信规则',
    'RESOLUTION', 'Recommendation', 'Radio', 'ITU-T', 'Resolution 5', 'RESOLUTIONS 5'];
  const tails = ['', ' x', ',', 'x', '-R', ' (Geneva, 2028)'];
  let kinds = 0;
  for (let k = 0; k < 20000; k++) {
    const line = pick(heads) + pick(bodies) + pick(tails);
    const want = inOrder(line);
    assert.equal(headingForm(line), want, JSON.stringify(line));
    if (want) kinds++;
  }
  assert.ok(kinds > 5000, `${kinds} headings read`);
});

test('a line is asked the letter-label pattern only when its leading letters are followed by `)`; a plain line is asked no Chinese form', () => {
  const SUFFIX = '(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)';
  const LETTER_LABEL = new RegExp(`^([ivxlcdm]{4,8}|[a-z]{1,3}?)(${SUFFIX})?\\)(${SUFFIX})?(?=[\\t \\u00A0\\u2007\\u202F]|$)`);
  let labels = 0;
  for (const line of [...lines(6, 20000), ...labelLike(6, 40000), 'considering', 'to encourage', 'abis)\tx', 'xxxviii)\tx', 'a)全权代表大会', 'b)5G']) {
    if (LETTER_LABEL.test(line)) {
      labels++;
      assert.ok(parenAfterLetters(line), JSON.stringify(line));
    }
    // The reading of a plain line, told it is plain or not (lang/references.ts isPlainLine).
    if (isPlainLine(line)) assert.deepEqual(matchLocalLabel(line, READ_ALONE, true), matchLocalLabel(line, READ_ALONE, false), JSON.stringify(line));
  }
  assert.ok(labels > 3000, `${labels} letter labels`);
});

test('mayBeArticleHeading asks ARTICLE_HEADING only of lines ending as its matches do: the same answers', () => {
  const next = random(8);
  const pick = (xs: readonly string[]) => xs[Math.floor(next() * xs.length)];
  let read = 0;
  for (let k = 0; k < 20000; k++) {
    const t = (pick(['ARTICLE', 'Article', 'article', 'ARTÍCULO', 'Artículo', 'СТАТЬЯ', 'Статья', 'المادة', '第', 'SECTION', '']) + pick([' ', '  ', '\u00a0', '', '\t']) +
      pick(['5', '12A', '3b', '7', '21Z', 'x', '']) + pick(['', '', ' ', '条', ' 条', '.', ',', ' text', 'A'])).trim();
    const want = ARTICLE_HEADING.test(t);
    assert.equal(mayBeArticleHeading(t), want, JSON.stringify(t));
    if (want) read++;
  }
  assert.ok(read > 2000, `${read} article headings`);
});

test('oneSpaced gives what replacing each run of white space with one space gives, for every code unit and generated phrases', () => {
  const collapse = (s: string) => s.replace(/[\s\u00A0]+/g, ' ');
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [`a${ch}b`, `${ch}`, `a ${ch}`, `${ch} b`]) assert.equal(oneSpaced(s), collapse(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`);
  }
  const next = random(9);
  const pieces = ['further', 'resolves', 'considérant', 'учитывая', ' ', '  ', '\t', '\u00a0', '\u2009', '\n', 'x'];
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let j = 0; j < 1 + Math.floor(next() * 6); j++) s += pieces[Math.floor(next() * pieces.length)];
    assert.equal(oneSpaced(s), collapse(s), JSON.stringify(s));
  }
});
