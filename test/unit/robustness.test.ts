import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, paragraphIndex, parseDocument } from '../../server/src/core';
import { check, contribution, only, RES_HEAD, slice } from './helpers';

function randomText(seed: number, length: number): string {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pieces = ['{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '\n', '\t', 'a)', 'MOD\t', 'XX/1/', '[^1]', 'RESOLUTION 1 (Geneva, 2026)', 'considering', ' ', '1.2', '…', 'text'];
  let s = '';
  while (s.length < length) s += rnd() < 0.7 ? pieces[Math.floor(rnd() * pieces.length)] : String.fromCharCode(Math.floor(rnd() * 0x3000));
  return s;
}

test('unclosed marks of every kind: findings, no text lost', () => {
  for (const opener of ['{++', '{--', '{~~', '{>>', '{==']) {
    const text = `MOD\tXX/1/1\na ${opener}b c\nReasons:\tr\n`;
    const { doc, findings } = check(text);
    assert.ok(findings.some((f) => f.code === 'marks.unclosed'), opener);
    assert.match(doc.views.new.text, /b c/);
  }
});

test('random bytes give a clear finding, not a crash', () => {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  const text = new TextDecoder('utf-8').decode(bytes);
  const { findings } = check(text);
  assert.equal(findings[0].code, 'input.binary');
  assert.equal(findings.length, 1);
});

test('random marked-up text never throws and every range lies inside the document', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const text = randomText(seed, 2000);
    const { findings, doc } = check(text);
    for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `seed ${seed} ${f.code}`);
    for (const kind of ['new', 'old'] as const) {
      let last = 0;
      for (const p of doc.views[kind].paragraphs) {
        assert.ok(p.source.start >= last && p.source.end <= text.length && p.source.start <= p.source.end, `seed ${seed} ${kind} paragraph ${paragraphIndex(doc.views[kind], p)}`);
        last = p.source.start;
      }
    }
  }
});

test('CRLF gives the same findings as LF, at the same lines', () => {
  const lf = contribution('ADD', [...RES_HEAD, 'considering', 'a)\tx;', 'c)\ty.']);
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = check(lf).findings;
  const b = check(crlf).findings;
  assert.deepEqual(b.map((f) => f.code), a.map((f) => f.code));
  const pos = (t: string, o: number) => new LineIndex(t).position(o);
  assert.deepEqual(b.map((f) => pos(crlf, f.start)), a.map((f) => pos(lf, f.start)));
  assert.deepEqual(b.map((f) => slice(crlf, f)), a.map((f) => slice(lf, f)));
  // Labels and projections do not carry the CR.
  assert.equal(parseDocument(crlf).views.new.paragraphs.find((p) => p.label)!.text.endsWith('\r'), false);
});

test('a BOM is skipped: the cover block and ranges are unaffected', () => {
  const text = '\uFEFF' + contribution('ADD', [...RES_HEAD, 'considering', 'a)\tx;', 'c)\ty.']);
  const { doc, findings } = check(text);
  assert.equal(doc.cover[0].name, 'Proposals');
  assert.equal(slice(text, only(text, 'numbering.gap')[0]), 'c)');
  assert.equal(findings.length, 1);
});

test('NBSP: in text it is kept; after a label it separates like a space', () => {
  const text = contribution('ADD', [...RES_HEAD, 'considering', 'a)\u00A0x;', 'b)\ty\u00A0z;', 'd)\tw.']);
  const { doc } = check(text);
  const labels = doc.views.new.paragraphs.filter((p) => p.label).map((p) => p.label!.text);
  assert.deepEqual(labels, ['a)', 'b)', 'd)']);
  assert.equal(only(text, 'numbering.gap').length, 1);
  assert.match(doc.views.new.text, /y\u00A0z/);
});

