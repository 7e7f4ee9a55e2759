// Call lines (core/lang/match.ts matchCall): the cheap tests before the call pattern (final stop, comma,
// first word before folding) must keep every call line a call, in each language and with the white
// space and punctuation typists use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, matchCall, TABLES } from '../../server/src/core/lang';
import { bareCallLines, matchCallByPatterns } from '../../server/src/core/lang/match';
import { isPlainLine } from '../../server/src/core/lang/references';
import { resolution } from '../support/generated';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../corpus';

const call = (text: string) => {
  const m = matchCall(text);
  return m && [m.phrase, m.kind, m.addressee, m.lang];
};

test('call lines in each language, bare, with a comma, with an addressee', () => {
  assert.deepEqual(call('considering'), ['considering', 'preamble', '', 'en']);
  assert.deepEqual(call('Considering'), ['considering', 'preamble', '', 'en']);
  assert.deepEqual(call('considering,'), ['considering', 'preamble', '', 'en']);
  assert.deepEqual(call('resolves\u00A0further'), ['resolves further', 'operative', '', 'en']);
  assert.deepEqual(call('noting\u2003with concern'), ['noting', 'preamble', 'with concern', 'en']);
  assert.deepEqual(call('instructs the Director of the Telecommunication Standardization Bureau'), ['instructs', 'operative', 'the Director of the Telecommunication Standardization Bureau', 'en']);
  assert.deepEqual(call('y considerando'), ['y considerando', 'preamble', '', 'es']);
  assert.deepEqual(call('учитывая ,'), ['учитывая', 'preamble', '', 'ru']);
  assert.deepEqual(call('وإذ تلاحظ'), ['وإذ تلاحظ', 'preamble', '', 'ar']);
  assert.deepEqual(call('إذ تضع في اعتبارَها،'), ['إذ تضع في اعتبارَها', 'preamble', '', 'ar']);
  assert.deepEqual(call('责成秘书长'), ['责成', 'operative', '秘书长', 'zh']);
});

test('prose that opens with a call word, or ends with a stop, is no call', () => {
  assert.equal(matchCall('considering that the text is long;'), undefined);
  assert.equal(matchCall('considering.'), undefined);
  assert.equal(matchCall('noting that, as said,'), undefined);
  assert.equal(matchCall('the Assembly, considering'), undefined);
  assert.equal(matchCall('considérant。'), undefined);
  assert.equal(matchCall(''), undefined);
  assert.equal(matchCall(','), undefined);
});

test('a final comma: the phrase before it and any white space between them, read as the pattern ^(.*?)\\s*[,،，]$ reads them', () => {
  // The comma is taken off by slicing (match.ts beforeFinalComma): every kind of white space and comma the pattern allows.
  for (const space of ['', ' ', '\t', '\u00A0', '\u3000', '\u2028', ' \u00A0 ']) {
    for (const comma of [',', '،', '，']) assert.deepEqual(call(`considering${space}${comma}`), ['considering', 'preamble', '', 'en'], JSON.stringify(space + comma));
  }
  // The pattern's `.` stops at a line terminator: before the comma's white space, the line is read whole (and is no call).
  assert.equal(matchCall('considering\u2028further ,'), undefined);
  assert.equal(matchCall('considering\u2029,x ,'), undefined);
  // A bare phrase and a comma take no addressee: `noting the report,` is prose.
  assert.equal(matchCall('noting the report,'), undefined);
  assert.equal(matchCall(' ,'), undefined);
});

test('a call phrase alone is read from its table (BARE_CALLS) as the patterns read it, and every other line by the patterns', () => {
  const phrases = bareCallLines();
  assert.ok(phrases.includes('considering') && phrases.includes('resolves') && phrases.includes('recognizing further'), 'the English phrases alone');
  assert.ok(phrases.length > 100, `${phrases.length} phrases`);
  const lines: string[] = [];
  for (const lang of LANGUAGES) {
    const t = TABLES[lang];
    for (const p of [...t.preamble, ...t.operative]) for (const f of ['', ...t.further]) lines.push(f ? `${p} ${f}` : p);
  }
  // Each phrase as typists write it: cased otherwise, spaced otherwise, with a comma, an addressee, a stop, a mark around it.
  const forms = (p: string) => [p, p.toUpperCase(), p[0].toUpperCase() + p.slice(1), ` ${p}`, `${p} `, `${p}\t`, `${p},`, `${p} ,`, `${p},,`, `${p};`, `${p}.`, `${p}:`,
    p.replace(/ /g, '  '), p.replace(/ /g, '\u00a0'), `${p} the Secretary-General`, `${p} that x`, `${p} x,`, `y ${p}`, `and ${p}`, `\u200f${p}`, `${p}\u200e`, `${p}x`, p.slice(0, -1)];
  const asked = [...lines, ...phrases].flatMap(forms);
  for (const text of asked) {
    for (const plain of [false, true]) {
      // `plain` only for lines that are plain (as the parse asks).
      if (plain && !isPlainLine(text)) continue;
      assert.deepEqual(matchCall(text, plain), matchCallByPatterns(text, plain), JSON.stringify([text, plain]));
    }
  }
  for (const text of resolution(20000, 5)) assert.deepEqual(matchCall(text), matchCallByPatterns(text), JSON.stringify(text));
  // Every line of the examples and test fixtures, as written and lower-cased (the first word picks the pattern: callPattern).
  let files = 0;
  for (const dir of ['examples', 'test/fixtures']) {
    for (const name of fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]) {
      if (!name.endsWith('.itu')) continue;
      files++;
      for (const line of fs.readFileSync(path.join(ROOT, dir, name), 'utf8').split(/\r?\n/)) {
        for (const text of [line, line.toLowerCase(), line.replace(/^\S+\t/, '')]) assert.deepEqual(matchCall(text), matchCallByPatterns(text), JSON.stringify(text));
      }
    }
  }
  assert.ok(files > 5, `${files} files`);
});
