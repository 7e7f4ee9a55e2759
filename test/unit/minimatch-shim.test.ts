// client/src/minimatch.ts stands in for `minimatch` in the client bundle (esbuild.js): vscode-languageclient asks it
// only for document selector patterns, notebook selectors and the server's file-operation filters. These tests hold
// that none of them is in use, and that the stand-in says so if one comes into use rather than matching wrongly.
//   node --import tsx --test test/unit/minimatch-shim.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch, minimatch } from '../../client/src/minimatch';

const ROOT = path.join(__dirname, '..', '..');
const sources = (dir: string) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => ({ file: `${dir}/${f}`, text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') }));

test('the client document selector names schemes and the language, no glob pattern', () => {
  const text = fs.readFileSync(path.join(ROOT, 'client/src/projection.ts'), 'utf8');
  const selector = /export const SOURCE_SELECTOR = \[([\s\S]*?)\];/.exec(text);
  assert.ok(selector, 'SOURCE_SELECTOR is where it was');
  assert.doesNotMatch(selector[1], /pattern/);
  assert.match(selector[1], /language: 'itu'/);
});

test('no notebook selector in the client, no file-operation registration in the server', () => {
  for (const { file, text } of sources('client/src')) assert.doesNotMatch(text, /notebookDocumentOptions|notebookSelector/, file);
  for (const dir of ['server/src', 'server/src/service']) {
    for (const { file, text } of sources(dir)) assert.doesNotMatch(text, /fileOperations|FileOperation/, file);
  }
});

test('the stand-in refuses a glob with a message naming itself', () => {
  assert.throws(() => new Minimatch('**/*.itu'), /itu-draft bundles no minimatch.*client\/src\/minimatch\.ts.*\*\*\/\*\.itu/);
  assert.throws(() => minimatch('a.itu', '*.itu'), /bundles no minimatch/);
});

test('the client bundle holds the stand-in, not the package', (t) => {
  const bundle = path.join(ROOT, 'client/out/extension.js');
  if (!fs.existsSync(bundle)) return t.skip('client/out/extension.js not built (npm run build)');
  const text = fs.readFileSync(bundle, 'utf8');
  assert.match(text, /bundles no minimatch/);
  assert.doesNotMatch(text, /balanced-match|GLOBSTAR/);
});
