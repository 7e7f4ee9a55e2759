// Scale: no list is spread into call arguments (the stack bounds how many arguments a call takes), and
// checks with hundreds of thousands of findings finish with every finding in place.
//   node --import tsx --test test/stress/scale.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ts from 'typescript';
import { run } from '../../server/src/cli/main';
import { checkDocument, LineIndex, parseDocument } from '../../server/src/core';
import { filesUnder, ROOT } from '../unit/helpers';

/** `f(...list)` and `new F(...list)`: each element becomes an argument on the stack. */
function spreadArguments(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText(sf).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('no list is spread into call arguments in the server, the core, the CLI or the Word code', () => {
  const files = filesUnder(path.join(ROOT, 'server/src'), '.ts');
  assert.ok(files.length > 30, 'the scan sees the sources');
  assert.deepEqual(files.flatMap(spreadArguments), []);
});

test('the scan finds a spread into arguments', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'itu-spread-')), 'x.ts');
  fs.writeFileSync(file, 'const a: number[] = [];\nconst b = [...a];\na.push(...b);\nMath.max(...a, 1);\n');
  assert.deepEqual(spreadArguments(file).map((s) => s.split(': ')[0]!.split(':')[1]), ['3', '4']);
});

/** A Resolution item that cites `n` footnotes, none defined, all on one line. */
function undefinedFootnotes(n: number): string {
  const refs: string[] = [];
  for (let i = 0; i < n; i++) refs.push(`[^u${i}]`);
  return `ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nTitle\nconsidering\na)\tthat ${refs.join(' ')};\n\nReasons:\tr\n`;
}

test('a check with 150,000 findings: the CLI prints each, in text and in JSON', { timeout: 120_000 }, async () => {
  const n = 150_000;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'itu-scale-')), 'many.itu');
  fs.writeFileSync(file, undefinedFootnotes(n));
  for (const format of ['text', 'json']) {
    const out: string[] = [];
    let err = '';
    const code = await run(['check', '--format', format, file], { out: (s) => out.push(s), err: (s) => (err += s) });
    assert.doesNotMatch(err, /internal error|call stack/);
    assert.equal(code, 1, 'errors found');
    if (format === 'text') {
      assert.equal(out.length, n);
      assert.match(err, new RegExp(`${n} errors`));
      assert.match(out[n - 1]!, new RegExp(`^${file.replace(/[.\\/]/g, '\\$&')}:5:\\d+ error footnote\\.undefined `));
    } else {
      const findings = JSON.parse(out.join('')) as { line: number; code: string }[];
      assert.equal(findings.length, n);
      assert.ok(findings.every((f) => f.line === 5 && f.code === 'footnote.undefined'));
    }
  }
});

test('50,000 undefined footnote references on one line: one finding each, on its own reference', { timeout: 60_000 }, () => {
  const n = 50_000;
  const text = undefinedFootnotes(n);
  const findings = checkDocument(parseDocument(text));
  assert.equal(findings.length, n);
  const lines = new LineIndex(text);
  findings.forEach((f, i) => {
    assert.equal(text.slice(f.start, f.end), `[^u${i}]`);
    assert.equal(lines.position(f.start).line, 4);
  });
});
