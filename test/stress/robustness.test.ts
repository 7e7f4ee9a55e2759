// Inputs of many megabytes or hundreds of thousands of marks: checked whole, in linear time (moved
// from test/unit/robustness.test.ts; the timeout is the stress suite's guard against quadratic work).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { check, contribution, RES_HEAD } from '../unit/helpers';

const timeout = { timeout: 60_000 };

test('a 10 MB file is checked without crashing', timeout, () => {
  const body = ['considering', 'a)\tx;', 'b)\ty;', 'd)\tz,', 'resolves', '1\tto act {++now++}.'];
  const one = contribution('MOD', [...RES_HEAD, ...body]);
  const text = one.repeat(Math.ceil(10_000_000 / one.length));
  const doc = parseDocument(text);
  const findings = checkDocument(doc);
  assert.ok(text.length >= 10_000_000);
  assert.ok(findings.filter((f) => f.code === 'numbering.gap').length >= 1000);
  assert.ok(findings.every((f) => f.start >= 0 && f.end <= text.length && f.start <= f.end));
});

test('thousands of unclosed openers stay fast (no quadratic search)', timeout, () => {
  const text = 'MOD\tXX/1/1\n' + '{++ a '.repeat(200_000);
  const { findings } = check(text);
  assert.equal(findings.filter((f) => f.code === 'marks.unclosed').length, 200_000);
});

test('deeply repeated marks parse linearly', timeout, () => {
  const text = 'MOD\tXX/1/1\n' + '{++a++}{--b--}{~~c~>d~~}'.repeat(100_000) + '\nReasons:\tr\n';
  const doc = parseDocument(text);
  assert.equal(doc.marks.length, 300_000);
  assert.equal(doc.views.new.text.length, 'MOD\tXX/1/1\n'.length + 200_000 + '\nReasons:\tr\n'.length);
});

test('many lists each needing a fix are checked in linear time (the label form of each list read once per text)', timeout, () => {
  // Found when the 10 MB test above ran for minutes: each list's fix counted every label of the document to
  // learn how the text writes its labels. Same-run ratio: eight times the lists, at most twenty times the time (quadratic work takes some sixty).
  const body = ['considering', 'a)\tx;', 'b)\ty;', 'd)\tz,', 'resolves', '1\tto act {++now++}.'];
  const one = contribution('MOD', [...RES_HEAD, ...body]);
  const cost = (n: number) => {
    const text = one.repeat(n);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      const findings = checkDocument(parseDocument(text));
      best = Math.min(best, Number(process.hrtime.bigint() - t));
      assert.equal(findings.filter((f) => f.code === 'numbering.gap').length, n);
    }
    return best;
  };
  cost(200);
  const ratio = cost(4000) / cost(500);
  assert.ok(ratio < 20, `8× the lists took ${ratio.toFixed(1)}× the time`);
});

test('many lists each needing a fix, after a text before the proposals of as many labels: linear too (each group of labels counted once)', timeout, () => {
  // The twenty-first session: a list's form is asked of its proposal's labels, then of those before the proposals;
  // counted again for each list, those before the proposals would cost the square of the text.
  const body = ['considering', 'b)\tx;', 'd)\tz,', 'resolves', '1\tto act {++now++}.'];
  const one = contribution('MOD', [...RES_HEAD, ...body]);
  const cost = (n: number) => {
    const front = `Meeting:\tWTSA-28, Geneva, 2028\n\n${Array.from({ length: n }, (_, i) => `${i + 1}\tAn introduction.`).join('\n')}\n\n`;
    const text = front + one.repeat(n);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      const findings = checkDocument(parseDocument(text));
      best = Math.min(best, Number(process.hrtime.bigint() - t));
      assert.ok(findings.filter((f) => f.code === 'numbering.gap').length >= n);
    }
    return best;
  };
  cost(200);
  const ratio = cost(4000) / cost(500);
  assert.ok(ratio < 20, `8× the lists and labels took ${ratio.toFixed(1)}× the time`);
});
