// File URIs and workspace folders over stdio (review 8, I17, I23): names as ITU makes them, sent as VS Code sends
// them; folders added to the workspace while the server runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { Client, withClient } from './harness';
import { parseDocument } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '../..');
const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
/** The example contribution written without marks: every change is untracked against the text in force. */
const UNMARKED = parseDocument(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8')).views.new.text;
const vscode = (p: string) => URI.file(p).toString();

/** Pulls `uri` until `want` holds, waiting for the server's refresh between pulls (withClient's bound ends a wait that never ends). */
async function until(c: Client, uri: string, want: (codes: string[]) => boolean): Promise<string[]> {
  for (let seen = c.refreshes; ; seen = c.refreshes) {
    const codes = (await c.pull(uri)).map((x) => x.code).sort();
    if (want(codes)) return codes;
    await c.refreshed(seen);
  }
}

test('names with ! ( ) , \' + & ; = @: the text in force open or changed is one base, and deleted it is gone (review 8, I17)', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-uris-')), "ITU docs (2026)");
  fs.mkdirSync(dir);
  const base = path.join(dir, 'T-RES-T.99-2022!!MSW-E.itu');
  const draft = path.join(dir, "EXA-C-0012!A3!MSW-E, Bob's + Alice's & co; x=y @home.itu");
  fs.writeFileSync(base, BASE);
  fs.writeFileSync(draft, UNMARKED);
  try {
    await withClient(true, async (c) => {
      c.open(vscode(draft), UNMARKED);
      const alone = await until(c, vscode(draft), (codes) => codes.includes('base.untracked-change'));
      assert.ok(!alone.includes('base.ambiguous'));
      // Saved once (a Changed event), then open: still the one file.
      await c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: vscode(base), type: 2 }] });
      c.open(vscode(base), BASE);
      assert.deepEqual(await c.pull(vscode(base)), []);
      assert.deepEqual(await c.pull(vscode(draft)).then((d) => d.map((x) => x.code).sort()), alone);
      const texts = await c.request<{ location: string }[]>('itu/baseTexts', null);
      assert.deepEqual(texts.map((t) => t.location), [vscode(base)]);
      // Closed and deleted: no text in force is left.
      void c.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: vscode(base) } });
      fs.rmSync(base);
      await c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: vscode(base), type: 3 }] });
      await until(c, vscode(draft), (codes) => codes.includes('base.not-found'));
    }, 20_000, vscode(dir));
  } finally {
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }
});

test('a folder added to the workspace at run time is read for texts in force, removed it is not (review 8, I23)', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-folders-'));
  const contribs = path.join(root, 'contribs');
  const texts = path.join(root, 'texts');
  fs.mkdirSync(contribs);
  fs.mkdirSync(texts);
  const draft = path.join(contribs, 'draft.itu');
  fs.writeFileSync(draft, UNMARKED);
  fs.writeFileSync(path.join(texts, 'res99.itu'), BASE);
  try {
    await withClient(true, async (c) => {
      c.open(vscode(draft), UNMARKED);
      await until(c, vscode(draft), (codes) => codes.includes('base.not-found'));
      const folders = (added: string[], removed: string[]) => c.rpc.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: added.map((uri) => ({ uri, name: path.basename(uri) })), removed: removed.map((uri) => ({ uri, name: path.basename(uri) })) },
      });
      await folders([vscode(texts)], []);
      const found = await until(c, vscode(draft), (codes) => !codes.includes('base.not-found'));
      assert.ok(found.includes('base.untracked-change'), found.join());
      await folders([], [vscode(texts)]);
      await until(c, vscode(draft), (codes) => codes.includes('base.not-found'));
    }, 20_000, vscode(contribs));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the server asks for workspace folder changes (VS Code sends them only then)', async () => {
  const c = new Client();
  const { capabilities } = await c.initialize(true);
  assert.deepEqual(capabilities.workspace, { workspaceFolders: { supported: true, changeNotifications: true } });
  assert.equal(await c.shutdown(), 0);
});
