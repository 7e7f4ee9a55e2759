// input.binary: what real binary files read as text look like (random bytes, a .docx, UTF-16 without its BOM) is
// refused at once, at a cost proportional to its size; a text with a stray NUL or a few is a text wherever they
// stand, each NUL a characters.control finding where it is (review C, fault 3: one NUL in the first 64 KB hid the file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { checkInput } from '../../server/src/core/checks/input';
import { suspectsIn } from '../../server/src/core/checks/characters';
import { exportDocx } from '../../server/src/word/export';
import { seeded as random } from '../support/random';

const binary = (text: string) => parseDocument(text).parseFindings.some((f) => f.code === 'input.binary');

/** The 90 KB contribution of the report: 2,000 items, about 47 characters each. */
function contribution(): string {
  const items = Array.from({ length: 2000 }, (_, i) => `that item ${i} is long enough to matter here;`);
  return ['MOD\tEXA/12A3/1', 'RESOLUTION 99 (Rev. Geneva, 2022)', 'Title', 'considering', ...items, '', 'Reasons:\tr', ''].join('\n');
}

function randomBytes(seed: number, n: number): Buffer {
  const rnd = random(seed);
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(rnd() * 256);
  return bytes;
}

test('input.binary: random bytes, read as UTF-8 or as Latin-1, small and large', () => {
  for (const n of [64, 512, 4096, 100_000, 1_000_000]) {
    const bytes = randomBytes(n, n);
    for (const text of [new TextDecoder('utf-8').decode(bytes), bytes.toString('latin1')]) {
      assert.ok(binary(text), `${n} bytes`);
      assert.equal(checkInput(text, 0, suspectsIn(text, 0)).length, 1);
      assert.equal(checkInput(text, 0).length, 1);
    }
  }
});

test('input.binary: a .docx the exporter wrote, and a PDF, read as text', async () => {
  const docx = Buffer.from(await exportDocx(parseDocument(contribution())));
  for (const text of [new TextDecoder('utf-8').decode(docx), docx.toString('latin1')]) {
    assert.ok(binary(text));
    const { findings } = { findings: checkDocument(parseDocument(text)) };
    assert.deepEqual(findings.map((f) => f.code), ['input.binary']);
  }
  // Past its signature: the deflated parts alone.
  const inner = docx.subarray(docx.length >> 2);
  assert.ok(binary(new TextDecoder('utf-8').decode(inner)));
  assert.ok(binary('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
});

test('input.binary: UTF-16 without its BOM (Latin text, and Chinese: a NUL only at each line end)', () => {
  const latin = contribution();
  const chinese = Array.from({ length: 300 }, (_, i) => `第${i}条 考虑到国际电信联盟的作用和各成员国的需要以及发展中国家的情况`).join('\n');
  for (const text of [latin, chinese]) {
    for (const encoding of ['utf16le', 'utf16be'] as const) {
      const bytes = encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
      assert.ok(binary(new TextDecoder('utf-8').decode(bytes)), `${encoding} ${text.slice(0, 4)}`);
      assert.ok(binary(bytes.toString('latin1')), `${encoding} ${text.slice(0, 4)} latin1`);
    }
  }
});

test('input.binary: 1 to 3 NULs at the start, middle or end of a text are control characters where they stand', () => {
  const base = contribution();
  const short = 'MOD\tEXA/12A3/1\nRESOLUTION 99 (Rev. Geneva, 2022)\nTitle\nconsidering\na)\tthat x;\n\nReasons:\tr\n';
  for (const text of [base, short]) {
    for (const where of [0.001, 0.3, 0.5, 0.999]) {
      for (let count = 1; count <= 3; count++) {
        let t = text;
        const at: number[] = [];
        for (let k = 0; k < count; k++) {
          const i = Math.min(t.length - 1, Math.floor(t.length * where) + k * 7);
          t = t.slice(0, i) + '\u0000' + t.slice(i);
          at.push(i);
        }
        const doc = parseDocument(t);
        assert.ok(!binary(t), `${t.length} ${where} ${count}`);
        const control = checkDocument(doc).filter((f) => f.code === 'characters.control').map((f) => f.start);
        assert.deepEqual(control.sort((a, b) => a - b), at.sort((a, b) => a - b), `${t.length} ${where} ${count}`);
      }
    }
  }
});

test('input.binary: the same NUL early or late in a long contribution gives the same findings, and export goes ahead', async () => {
  const lines = contribution().split('\n');
  const at = (line: number) => {
    const l = lines.slice();
    l[line] = l[line].replace('long', 'lo\u0000ng');
    return l.join('\n');
  };
  for (const line of [1004, 1904]) {
    const text = at(line);
    const doc = parseDocument(text);
    const findings = checkDocument(doc);
    assert.ok(!findings.some((f) => f.code === 'input.binary'), `line ${line + 1}`);
    assert.deepEqual(findings.filter((f) => f.code === 'characters.control').map((f) => f.start), [text.indexOf('\u0000')]);
    assert.ok((await exportDocx(doc)).byteLength > 0);
  }
  const early = checkDocument(parseDocument(at(1004))).map((f) => f.code).sort();
  const late = checkDocument(parseDocument(at(1904))).map((f) => f.code).sort();
  assert.deepEqual(early, late);
});

test('input.binary: a short text made mostly of NULs or control characters is still binary; a handful in a text is not', () => {
  assert.ok(binary('\u0000'.repeat(9)));
  assert.ok(binary('\u0000\u0001\u0002 text'));
  assert.ok(binary(`a${'\u0001'.repeat(20)}b`));
  // More than 1 in 20 control characters, or 9 NULs and more than 1 in 200: binary; 8 NULs or 1 in 200 are not.
  const prose = 'considering that the text of this Resolution is long enough to matter;\n'.repeat(20);
  assert.ok(!binary(`\u0000\u0000\u0000${prose}`));
  assert.ok(!binary(prose.replace(/;/g, (m, i: number) => (i < 600 ? '\u0000' : m))));
  assert.ok(binary(prose.replace(/;/g, (m, i: number) => (i < 700 ? '\u0000' : m))));
  const long = prose.repeat(20);
  assert.ok(!binary(long.replace(/;/g, (m, i: number) => (i < 1900 ? '\u0000' : m))), 'at most 1 in 200');
  // A BOM then a binary file's bytes.
  assert.ok(binary(`\uFEFF${'\u0000\u0001'.repeat(100)}`));
});

test('input.binary: the test reads a bounded sample, at a cost in proportion to the text', () => {
  // 8 MB of random bytes as text: the parse refuses it in well under a second a MB.
  const bytes = randomBytes(5, 8_000_000);
  const text = bytes.toString('latin1');
  const started = performance.now();
  const doc = parseDocument(text);
  const ms = performance.now() - started;
  assert.ok(doc.parseFindings.some((f) => f.code === 'input.binary'));
  assert.ok(ms < 8 * 1000, `${Math.round(ms)} ms`);
});
