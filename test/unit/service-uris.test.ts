// File URIs and workspace folders (review 8, I17, I21, I23, I24): one file is one key whatever the client escaped
// and whichever platform's paths it names; folders added at run time are read; documents that are no file of the
// workspace hold no proposal ids for the others.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver-types';
import { canonicalUri, fileUri, uriPath } from '../../server/src/files';
import { createItuService } from '../../server/src/service/service';
import { nodeWorkspace, WorkspaceBases } from '../../server/src/service/workspace';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { ROOT } from './helpers';

const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
const MARKED = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
const codes = (d: readonly Diagnostic[] | undefined) => (d ?? []).map((x) => String(x.code)).sort();

/** Names as ITU and Windows Explorer make them: every character VS Code escapes and Node's pathToFileURL does not. */
const NAMES = ["T-RES-T.99-2022!!MSW-E.itu", "EXA-C-0012!A3!MSW-E (rev. 1), Bob's + Alice's & co; x=y @home.itu", 'Résolution 99 [2022] #1 ~copie.itu', '第99号决议.itu', 'a%20b.itu'];

/** The URI VS Code sends for a path (vscode-uri), Node's (pathToFileURL) and one that escapes nothing it need not (Neovim's). */
const vscode = (p: string) => URI.file(p).toString();
const node = (p: string) => pathToFileURL(p).href;
const bare = (p: string) => `file://${p.split('/').map((part) => part.replace(/[%\s#?[\]]|[^\x00-\x7f]/gu, (c) => encodeURIComponent(c))).join('/')}`;

describe('one form of a file URI (review 8, I17)', () => {
  test('the walk writes what VS Code writes, and every spelling of a file URI reads as that one', () => {
    for (const name of NAMES) {
      const p = `/home/delegate/ITU docs/${name}`;
      assert.equal(fileUri(p), vscode(p), name);
      for (const spelling of [vscode(p), node(p), bare(p), vscode(p).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())]) {
        assert.equal(canonicalUri(spelling), vscode(p), `${name}: ${spelling}`);
        assert.equal(uriPath(spelling), p, `${name}: ${spelling}`);
      }
    }
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(canonicalUri('file://localhost/tmp/a!.itu'), 'file:///tmp/a%21.itu');
  });

  const name = NAMES[0]!;
  const draft = NAMES[1]!;
  /** The service on a folder on disk, walked as the server walks it, under a name with spaces and '!'. */
  const onDisk = async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'itu-uris-')), 'ITU docs!');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, name), BASE);
    fs.writeFileSync(path.join(dir, draft), MARKED);
    const s = createItuService({ workspace: nodeWorkspace([vscode(dir)]) });
    await s.scan();
    return { dir, s, at: (n: string) => path.join(dir, n) };
  };

  test('the text in force opened under VS Code\'s URI is the file the walk read: one base, not two', async () => {
    const { dir, s, at } = await onDisk();
    s.open(vscode(at(draft)), 1, MARKED);
    assert.deepEqual(codes((await s.diagnostics(vscode(at(draft))))?.diagnostics), []);
    s.open(vscode(at(name)), 1, BASE);
    await s.diagnostics(vscode(at(name)));
    // Asked under Node's spelling: the same document.
    assert.deepEqual(codes((await s.diagnostics(node(at(draft))))?.diagnostics), []);
    assert.deepEqual(s.baseTexts().map((b) => b.location), [vscode(at(name))]);
    fs.rmSync(path.dirname(dir), { recursive: true });
  });

  test('a change event and a deletion under another spelling reach the file read by the walk', async () => {
    const { dir, s, at } = await onDisk();
    s.open(vscode(at(draft)), 1, MARKED);
    await s.filesChanged([{ uri: vscode(at(name)), deleted: false }]);
    assert.deepEqual(codes((await s.diagnostics(vscode(at(draft))))?.diagnostics), []);
    assert.equal(s.baseTexts().length, 1);
    fs.rmSync(at(name));
    await s.filesChanged([{ uri: bare(at(name)), deleted: true }]);
    assert.ok(codes((await s.diagnostics(vscode(at(draft))))?.diagnostics).includes('base.not-found'));
    fs.rmSync(path.dirname(dir), { recursive: true });
  });

  test('the Proposals view reads a contribution as edited, whatever URI it was opened under', async () => {
    const { dir, s, at } = await onDisk();
    s.open(vscode(at(draft)), 1, MARKED.replace(/^MOD\t/m, 'SUP\t'));
    // The example's MOD and its ADD: the MOD as the editor holds it, not as on disk.
    assert.deepEqual((await s.proposals()).map((p) => [p.action, p.uri]), [['SUP', vscode(at(draft))], ['ADD', vscode(at(draft))]]);
    fs.rmSync(path.dirname(dir), { recursive: true });
  });
});

describe('Windows paths (review 8, I21)', () => {
  // What Node gives on Windows: the walk joins names with '/' below a folder resolved with '\'.
  const walked = 'C:\\Users\\delegate\\ITU docs/texts/T-RES-T.99-2022!!MSW-E.itu';
  const sent = 'file:///c%3A/Users/delegate/ITU%20docs/texts/T-RES-T.99-2022%21%21MSW-E.itu';

  test('a path with a drive letter and backslashes becomes VS Code\'s URI, and the URI that path again', () => {
    assert.equal(fileUri(walked, 'win32'), sent);
    assert.equal(fileUri('c:\\Users\\delegate\\ITU docs\\texts\\T-RES-T.99-2022!!MSW-E.itu', 'win32'), sent);
    assert.equal(URI.from({ scheme: 'file', path: '/C:/Users/delegate/ITU docs/texts/T-RES-T.99-2022!!MSW-E.itu' }).toString(), sent);
    assert.equal(uriPath(sent, 'win32'), 'c:\\Users\\delegate\\ITU docs\\texts\\T-RES-T.99-2022!!MSW-E.itu');
    assert.equal(canonicalUri('file:///C:/Users/delegate/ITU%20docs/texts/T-RES-T.99-2022!!MSW-E.itu'), sent);
    // A share (UNC path) is the URI's authority.
    const unc = fileUri('\\\\Server\\ITU\\res 99.itu', 'win32');
    assert.equal(unc, URI.from({ scheme: 'file', authority: 'server', path: '/ITU/res 99.itu' }).toString());
    assert.equal(uriPath(unc, 'win32'), '\\\\server\\ITU\\res 99.itu');
  });

  test('files under a folder VS Code names are under it, the walk\'s and the client\'s alike: the glob sees their folders', () => {
    const ws = nodeWorkspace(['file:///c%3A/Users/delegate/ITU%20docs'], () => undefined, 'win32');
    for (const uri of [fileUri(walked, 'win32'), sent, 'file:///C:/Users/Delegate/ITU%20docs/texts/T-RES-T.99-2022!!MSW-E.itu']) {
      assert.equal(ws.relative(uri), 'texts/T-RES-T.99-2022!!MSW-E.itu', uri);
      assert.ok(ws.holds(uri), uri);
    }
    assert.equal(ws.relative('file:///d%3A/elsewhere/res99.itu'), 'res99.itu');
    assert.ok(!ws.holds('file:///c%3A/Users/delegate/ITU%20docs2/res99.itu'));
    const bases = new WorkspaceBases(ws);
    bases.setGlob('texts/**/*.itu');
    assert.ok(bases.matches(sent) && bases.isContribution(sent));
  });
});

describe('workspace folders added at run time (review 8, I23)', () => {
  test('a folder added is read for texts in force, one removed is forgotten: each time as a fresh start', async () => {
    const ws = new MemoryWorkspace('file:///contribs', { 'exa-12a3.itu': MARKED });
    ws.write('res99.itu', BASE, 'file:///texts');
    const s = createItuService({ workspace: ws });
    await s.scan();
    s.open(ws.uri('exa-12a3.itu'), 1, MARKED);
    const fresh = async (folders: string[]) => {
      const w = new MemoryWorkspace(folders[0]);
      w.folders = folders;
      for (const [uri, text] of ws.files_) w.files_.set(uri, text);
      const f = createItuService({ workspace: w });
      await f.scan();
      f.open(ws.uri('exa-12a3.itu'), 1, MARKED);
      return codes((await f.diagnostics(ws.uri('exa-12a3.itu')))?.diagnostics);
    };
    const before = codes((await s.diagnostics(ws.uri('exa-12a3.itu')))?.diagnostics);
    assert.ok(before.includes('base.not-found'), before.join());
    await s.foldersChanged(['file:///texts'], []);
    const added = codes((await s.diagnostics(ws.uri('exa-12a3.itu')))?.diagnostics);
    assert.deepEqual(added, await fresh(['file:///contribs', 'file:///texts']));
    assert.ok(!added.includes('base.not-found'), added.join());
    await s.foldersChanged([], ['file:///texts']);
    assert.deepEqual(codes((await s.diagnostics(ws.uri('exa-12a3.itu')))?.diagnostics), before);
  });
});

describe('documents that are no file of the workspace (review 8, I24)', () => {
  const text = ['Document:\t42', 'Proposals:\tAFCP', '', 'ADD\tAFCP/42/1', 'DRAFT NEW RESOLUTION [AFCP-1]', 'A title', 'Reasons:\tNew.', ''].join('\n');

  test('an untitled import or a file outside the folders holds no ids for the files, and is told of none', async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'afcp-42.itu': text, 'afcp-42 copy.itu': text.replace('A title', 'Another title') });
    const s = createItuService({ workspace: ws });
    await s.scan();
    s.open(ws.uri('afcp-42.itu'), 1, text);
    const mine = codes((await s.diagnostics(ws.uri('afcp-42.itu')))?.diagnostics);
    assert.deepEqual(mine, ['compile.id-elsewhere'], 'two files of the workspace share the id');
    for (const other of ['untitled:afcp-42.itu', 'untitled:Untitled-1', 'file:///tmp/afcp-42.itu']) {
      s.open(other, 1, text);
      assert.deepEqual(codes((await s.diagnostics(other))?.diagnostics), [], other);
      assert.deepEqual(codes((await s.diagnostics(ws.uri('afcp-42.itu')))?.diagnostics), mine, other);
      await s.close(other);
    }
  });
});
