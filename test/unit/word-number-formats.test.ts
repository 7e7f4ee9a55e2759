// Word's list numbering formats (ECMA-376 ST_NumberFormat) as Word shows them, for the six ITU languages' lists
// (review 7, H6): Arabic letters in abjad and alphabet order, Arabic-Indic and full-width digits, Chinese counting,
// Russian letters. Labels are computed arithmetically (a number's digits, not its size), and a number past what a
// format can show, or a format the import does not know, is written in digits with a note (issue 17, A2).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber } from '../../server/src/word/import/paragraphs';
import { importDocx } from '../../server/src/word/import';
import { docx, p, r } from '../support/wordml';

/** Chinese numerals read back, by the usual rules (an independent oracle for chineseCounting). */
function readChinese(text: string): number {
  const digits = '零一二三四五六七八九';
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (digits.includes(c)) digit = digits.indexOf(c);
    else if (c in units) {
      section += (digit || 1) * units[c];
      digit = 0;
    } else if (c === '万' || c === '亿') {
      section += digit;
      total += section * (c === '万' ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${c}`);
  }
  return total + section + digit;
}

describe('list numbering formats as Word shows them', () => {
  it('Arabic letters: abjad order as ITU\'s Arabic texts letter (أ ب ج د هـ), the alphabet order, doubled past the last letter', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 28, 29].map((n) => formatNumber(n, 'arabicAbjad')), ['أ', 'ب', 'ج', 'د', 'هـ', 'غ', 'أأ']);
    assert.deepEqual([1, 2, 3, 27, 28, 29].map((n) => formatNumber(n, 'arabicAlpha')), ['أ', 'ب', 'ت', 'و', 'ى', 'أأ']);
  });

  it('digits of other scripts, digit by digit', () => {
    assert.equal(formatNumber(1209, 'hindiNumbers'), '١٢٠٩');
    assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
    assert.equal(formatNumber(2026, 'ideographDigital'), '二〇二六');
    assert.equal(formatNumber(7, 'thaiNumbers'), '๗');
  });

  it('Russian letters (Word\'s 29, ы among them), Latin letters and roman numerals as before', () => {
    assert.deepEqual([1, 10, 26, 29, 30].map((n) => formatNumber(n, 'russianLower')), ['а', 'к', 'ы', 'я', 'аа']);
    assert.equal(formatNumber(2, 'russianUpper'), 'Б');
    assert.deepEqual([1, 27, 53].map((n) => formatNumber(n, 'lowerLetter')), ['a', 'aa', 'aaa']);
    assert.equal(formatNumber(1999, 'upperRoman'), 'MCMXCIX');
  });

  it('Chinese counting: 十 alone, 一十 inside, one 零 for a run of zeros; every number up to 20,000 and large ones read back', () => {
    assert.deepEqual([10, 11, 20, 101, 110, 1010, 10001, 100010].map((n) => formatNumber(n, 'chineseCounting')), ['十', '十一', '二十', '一百零一', '一百一十', '一千零一十', '一万零一', '十万零一十']);
    for (let n = 1; n <= 20000; n++) assert.equal(readChinese(formatNumber(n, 'chineseCounting')!), n, String(n));
    for (const n of [2_147_483_647, 100_000_000, 100_000_001, 1_000_010_000, 30_000_000]) assert.equal(readChinese(formatNumber(n, 'chineseCounting')!), n, String(n));
    assert.equal(formatNumber(2_147_483_647, 'chineseCounting'), '二十一亿四千七百四十八万三千六百四十七');
    assert.equal(formatNumber(11, 'chineseLegalSimplified'), '壹拾壹');
  });

  it('enclosed numbers up to 20, then digits; Chicago marks; a format past its range or unknown gives no label here', () => {
    assert.deepEqual([1, 20, 21].map((n) => formatNumber(n, 'decimalEnclosedCircle')), ['①', '⑳', '21']);
    assert.equal(formatNumber(3, 'decimalEnclosedParen'), '⑶');
    assert.deepEqual([1, 4, 5, 9].map((n) => formatNumber(n, 'chicago')), ['*', '§', '**', '***']);
    assert.equal(formatNumber(2_000_000_000, 'arabicAbjad'), undefined);
    assert.equal(formatNumber(2_000_000_000, 'russianLower'), undefined);
    assert.equal(formatNumber(12, 'hebrew1'), undefined);
  });
});

describe('import: lists in other numbering formats', () => {
  const list = (fmt: string, start: number, items: number) => {
    const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const body = Array.from({ length: items }, (_, i) => p(r(`item ${i + 1}`), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join('');
    return docx({ numbering, body });
  };

  it('an Arabic list numbered by Word has the labels Word shows, not Western digits', async () => {
    const result = await importDocx(await list('arabicAbjad', 1, 3));
    assert.equal(result.text, 'أ)\titem 1\nب)\titem 2\nج)\titem 3\n');
  });

  it('a letter list starting past what letters can show is written in digits, with a note', async () => {
    const result = await importDocx(await list('arabicAbjad', 2_000_000_000, 2));
    assert.equal(result.text, '2000000000)\titem 1\n2000000001)\titem 2\n');
    assert.ok(result.notes.some((n) => /past what letters can show/.test(n.message)));
  });

  it('a format the import does not know is written in digits and named in a note', async () => {
    const result = await importDocx(await list('hebrew1', 1, 2));
    assert.equal(result.text, '1)\titem 1\n2)\titem 2\n');
    assert.ok(result.notes.some((n) => /format hebrew1, which the import does not know/.test(n.message)));
  });
});
