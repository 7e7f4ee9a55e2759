import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../server/src/cli/main';
import { ROOT, SHARED } from './helpers';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-cli-'));
const write = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

test('check: text format, exit 1 with errors', async () => {
  const f = write('bad.itu', 'ADD\tXX/1/1\nx {++y++}\nReasons:\tr\n');
  const r = await cli('check', f);
  assert.equal(r.code, 1);
  assert.equal(r.out, `${f}:2:3 error proposal.marks-outside-mod Revision marks belong in MOD proposals only; this insertion stands in an ADD proposal. An ADD is all new text.\n`);
  assert.match(r.err, /1 error/);
});

test('check: json format with 1-based lines and columns', async () => {
  const f = write('gap.itu', 'RESOLUTION 1 (Geneva, 2026)\nT\nconsidering\na)\tx;\nc)\ty.\n');
  const r = await cli('check', '--format', 'json', f);
  assert.equal(r.code, 0, 'warnings only');
  const findings = JSON.parse(r.out);
  assert.deepEqual(findings, [{ file: f, line: 5, column: 1, endLine: 5, endColumn: 3, severity: 'warning', code: 'numbering.gap', message: 'considering: after a) comes c); expected b).' }]);
});

test('check: the examples have no warning or error; Resolution 1 no numbering finding', async () => {
  for (const f of [...fs.readdirSync(path.join(SHARED, 'examples')).map((n) => path.join(SHARED, 'examples', n)),
    ...fs.readdirSync(path.join(ROOT, 'examples')).map((n) => path.join(ROOT, 'examples', n))]) {
    const r = await cli('check', '--format', 'json', '--workspace', path.dirname(f), f);
    const bad = JSON.parse(r.out).filter((x: { severity: string }) => x.severity === 'error' || x.severity === 'warning');
    assert.deepEqual(bad, [], f);
    assert.equal(r.code, 0);
  }
  const res1 = write('res1.itu', fs.readFileSync(path.join(SHARED, 'corpus/wtsa16-res1.txt'), 'utf8'));
  const r = await cli('check', '--format', 'json', res1);
  assert.deepEqual(JSON.parse(r.out).filter((x: { code: string }) => x.code.startsWith('numbering')), []);
});

test('show: new, old and tracked projections', async () => {
  const f = write('m.itu', 'MOD\tXX/1/1\na {++b++}{--c--} {~~d~>e~~}\n');
  assert.equal((await cli('show', '--new', f)).out, 'MOD\tXX/1/1\na b e\n');
  assert.equal((await cli('show', '--old', f)).out, 'MOD\tXX/1/1\na c d\n');
  assert.equal((await cli('show', '--tracked', '--no-color', f)).out, 'MOD\tXX/1/1\na [+b+][-c-] [-d-][+e+]\n');
  assert.match((await cli('show', '--tracked', '--color', f)).out, /\x1b\[32;4mb\x1b\[0m/);
});

test('usage and I/O errors exit 2 with a clear message, never a stack trace', async () => {
  // A file where --workspace wants a folder.
  const file = path.join(tmp, 'a-file.itu');
  fs.writeFileSync(file, 'text\n');
  for (const [args, message] of [
    [[], /usage/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check'], /at least one FILE/],
    [['check', '--format', 'xml', 'a.itu'], /--format must be text or json/],
    [['check', path.join(tmp, 'missing.itu')], /missing.itu: no such file/],
    [['show', '--new', tmp], /is a directory/],
    [['check', fs.mkdtempSync(path.join(os.tmpdir(), 'itu-cli-empty-'))], /: a folder with no \.itu file/],
    [['check', path.join(tmp, '*.nothing')], /\*\.nothing: no file matches/],
    [['show', '--new', '--old', 'x'], /exactly one of/],
    [['check', '--workspace', path.join(tmp, 'nope'), 'a.itu'], /no such directory/],
    // A file where the folder goes: refused as a missing folder is (it was walked as a workspace of nothing).
    ...(['check', 'track', 'proposals', 'compile'] as const).map((command) => {
      const rest = command === 'check' || command === 'track' ? [file] : command === 'compile' ? ['Resolution 1'] : [];
      return [[command, '--workspace', file, ...rest], new RegExp(`--workspace ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a directory$`, 'm')];
    }),
  ] as [string[], RegExp][]) {
    const r = await cli(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, message);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});
