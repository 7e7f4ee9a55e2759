import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client } from './harness';
import { parseDocument } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '../..');
const c = new Client();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-word-'));
before(() => c.initialize(true));
after(async () => {
  assert.equal(await c.shutdown(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('export and import through the server (the Word bundle loads on first use)', async () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
  const uri = pathToFileURL(path.join(dir, 'a.itu')).href;
  c.open(uri, text);
  const output = path.join(dir, 'a.docx');
  const exported = await c.request<{ error?: string }>('itu/exportWord', { uri, output });
  assert.equal(exported.error, undefined);
  assert.equal(fs.readFileSync(output).subarray(0, 2).toString(), 'PK');
  const imported = await c.request<{ text: string }>('itu/importWord', { input: output });
  const a = parseDocument(text);
  const b = parseDocument(imported.text);
  const fold = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  assert.equal(fold(b.views.new.text), fold(a.views.new.text));
  assert.equal(fold(b.views.old.text), fold(a.views.old.text));
});

test('a file that is not a Word document gives a clear error and the server stays up', async () => {
  const bad = path.join(dir, 'bad.docx');
  fs.writeFileSync(bad, 'this is not a zip');
  const r = await c.request<{ error?: string }>('itu/importWord', { input: bad });
  assert.match(r.error ?? '', /not a Word|zip|\.docx/i);
  assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.itu' } }), []);
});
