import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyLspEdits, Client, withClient, type Diag } from './harness';
import { parseDocument } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '../..');

describe('base texts through the server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-base-'));
  const basePath = path.join(dir, 'sub', 'res99.itu');
  const c = new Client();
  const draftUri = pathToFileURL(path.join(dir, 'draft.itu')).href;
  // The example contribution written without marks: every change is untracked.
  const marked = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
  let unmarked = '';

  before(async () => {
    fs.mkdirSync(path.dirname(basePath));
    fs.copyFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), basePath);
    unmarked = parseDocument(marked).views.new.text;
    fs.writeFileSync(path.join(dir, 'draft.itu'), unmarked);
    await c.initialize(true, false, pathToFileURL(dir).href);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a MOD without marks: untracked changes against the base found on disk', async () => {
    c.open(draftUri, unmarked);
    let d: Diag[] = [];
    // The workspace scan runs after initialization; the server asks for a new pull when it is done.
    for (let seen = 0; !(d = await c.pull(draftUri)).some((x) => x.code === 'base.untracked-change'); seen = c.refreshes) await c.refreshed(seen);
    const untracked = d.filter((x) => x.code === 'base.untracked-change');
    assert.ok(untracked.length >= 5, `${untracked.length} untracked changes`);
    assert.ok(untracked.some((x) => /base says '2022', draft says '2028'/.test(x.message)));
  });

  test('hover on the MOD id says whether its base text was found', async () => {
    const line = unmarked.split('\n').findIndex((l) => l.startsWith('MOD\t'));
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: draftUri }, position: { line, character: 6 } });
    assert.match(h.contents.value, /Base text: RESOLUTION 99 \(Rev\. Geneva, 2022\) in `res99\.itu`/);
  });

  test('the preview shows the comparison as virtual marks', async () => {
    const r = await c.request<{ marks: { kind: string; virtual?: boolean; oldText?: string }[] }>('itu/marks', { uri: draftUri });
    assert.ok(r.marks.some((m) => m.virtual && m.kind === 'deletion' && m.oldText === '2022'));
    assert.ok(r.marks.some((m) => m.virtual && m.kind === 'insertion'));
  });

  test('Compare with base returns the base and the new text of the amended Resolution', async () => {
    const r = await c.request<{ baseText: string; newText: string; title: string }>('itu/baseComparison', { uri: draftUri });
    assert.equal(r.title, 'MOD EXA/12A3/1');
    assert.match(r.baseText, /^RESOLUTION 99 \(Rev\. Geneva, 2022\)\n/);
    assert.match(r.newText, /^RESOLUTION 99 \(Rev\. Geneva, 2028\)\n/);
  });

  test('"Insert revision marks from the base" writes every change as marks', async () => {
    const d = (await c.pull(draftUri)).find((x) => x.code === 'base.untracked-change')!;
    const actions = await c.request<{ title: string; edit: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri: draftUri }, range: d.range, context: { diagnostics: [d] } });
    const all = actions.find((a) => a.title === 'Insert revision marks from the base')!;
    assert.ok(all, actions.map((a) => a.title).join(', '));
    const text = applyLspEdits(unmarked, all.edit.changes[draftUri]);
    c.change(draftUri, [{ text }]);
    const after = await c.pull(draftUri);
    assert.deepEqual(after.filter((x) => x.code.startsWith('base.') || x.severity <= 2).map((x) => x.message), []);
    assert.equal(parseDocument(text).views.new.text, unmarked);
    // Paragraph by paragraph, as the example's delegate wrote it: the new item whole on its line,
    // the relettered one a label-only change, and no mark across a line break.
    assert.ok(text.includes('\n{++c)\tthat proposal identifiers out of sequence confuse the secretariat;++}\n{~~c~>d~~})\tthat consistent numbering'), text);
    for (const m of parseDocument(text).marks) assert.ok(!text.slice(m.start, m.end).includes('\n'), text.slice(m.start, m.end));
  });

  test('a base file changed on disk is re-read (didChangeWatchedFiles)', async () => {
    const original = fs.readFileSync(basePath, 'utf8');
    fs.writeFileSync(basePath, original.replace('hard for a meeting to notice', 'easy to miss'));
    const seen = c.refreshes;
    void c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(basePath).href, type: 2 }] });
    await c.refreshed(seen);
    const d = await c.pull(draftUri);
    assert.ok(d.some((x) => x.code === 'base.untracked-change' && /base says 'easy to miss', draft says 'hard for a meeting to notice'/.test(x.message)), d.map((x) => x.message).join('\n'));
    fs.writeFileSync(basePath, original);
    const seen2 = c.refreshes;
    void c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(basePath).href, type: 2 }] });
    await c.refreshed(seen2);
    assert.equal((await c.pull(draftUri)).filter((x) => x.code === 'base.untracked-change').length, 0);
  });

  test('a deleted base file: base.not-found', async () => {
    fs.rmSync(basePath);
    const seen = c.refreshes;
    void c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(basePath).href, type: 3 }] });
    await c.refreshed(seen);
    assert.ok((await c.pull(draftUri)).some((x) => x.code === 'base.not-found'));
  });
});

describe('start-up: diagnostics wait for the base texts', () => {
  for (const pull of [true, false]) {
    test(`the first ${pull ? 'pull' : 'push'} of a MOD, sent before the workspace scan ends, already compares it with its base`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-start-'));
      // Many files ahead of the base text in the walk, so that the scan is still running when the draft opens.
      for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.itu`), `ADD\tXX/1/${i}\nA text.\n`);
      fs.copyFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), path.join(dir, 'res99.itu'));
      const draftUri = pathToFileURL(path.join(dir, 'draft.itu')).href;
      const c = new Client();
      try {
        await c.initialize(pull, false, pathToFileURL(dir).href);
        c.open(draftUri, parseDocument(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8')).views.new.text);
        const d = pull ? await c.pull(draftUri) : await c.published_(draftUri);
        const codes = d.map((x) => x.code);
        assert.ok(!codes.includes('base.not-found'), codes.join());
        assert.ok(codes.includes('base.untracked-change'), codes.join());
      } finally {
        assert.equal(await c.shutdown(), 0);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

// Review 5, F5: a base text over the 8 MB the server reads was skipped without a word, and the MOD was then
// told its text in force was missing and to make it a NOC.
describe('a base text too large for the editor', () => {
  test('is named in the log and by base.not-found, and a MOD without marks is not told to become a NOC', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-bigbase-'));
    const base = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
    // The text in force, then other texts: a volume of 9 MB.
    const filler = 'An other text in force, one of many in this volume.\n';
    fs.writeFileSync(path.join(dir, 'volume.itu'), base + filler.repeat(Math.ceil((9 * 1024 * 1024) / filler.length)));
    const draftUri = pathToFileURL(path.join(dir, 'draft.itu')).href;
    const c = new Client();
    try {
      await c.initialize(true, false, pathToFileURL(dir).href);
      c.open(draftUri, parseDocument(fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8')).views.new.text);
      const d = await c.pull(draftUri);
      const notFound = d.filter((x) => x.code === 'base.not-found');
      assert.equal(notFound.length, 1, d.map((x) => x.code).join());
      assert.match(notFound[0].message, /volume\.itu \(9\.0 MB\) may hold it but is larger than the 8 MB read as a base text here/);
      assert.doesNotMatch(notFound[0].message, /Add the text in force/);
      assert.ok(!d.some((x) => x.code === 'proposal.mod-without-changes'), d.map((x) => x.message).join('\n'));
      assert.match(c.stderr.join(''), /volume\.itu not read as a base text: 9\.0 MB, over the 8 MB the editor reads/);
    } finally {
      assert.equal(await c.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Review 8, I1 and I9: a narrower itu.baseTexts.glob, and a folder deleted or renamed (one event for the folder, as
// VS Code sends it, its URI escaped as VS Code escapes it), each take effect at once: the MOD is compared with what
// a server started afresh would read.
describe('the glob changed and folders deleted or renamed while the server runs', () => {
  test('didChangeConfiguration and didChangeWatchedFiles for folders keep the base texts those of a fresh start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-folders-'));
    const base = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
    fs.mkdirSync(path.join(dir, 'texts'));
    fs.mkdirSync(path.join(dir, 'drafts (old)'));
    fs.writeFileSync(path.join(dir, 'texts', 'res99.itu'), base);
    fs.writeFileSync(path.join(dir, 'drafts (old)', 'res99-copy.itu'), base.replace('working in parallel', 'working at once'));
    const draftUri = pathToFileURL(path.join(dir, 'draft.itu')).href;
    try {
      await withClient(true, async (c) => {
        /** Pulls until `want` holds, waiting for the server's refresh between pulls (the test's bound ends a wait that never ends). */
        const until = async (want: (codes: string[]) => boolean): Promise<string[]> => {
          for (let seen = c.refreshes; ; seen = c.refreshes) {
            const codes = (await c.pull(draftUri)).map((x) => x.code).sort();
            if (want(codes)) return codes;
            await c.refreshed(seen);
          }
        };
        const settings = async (glob?: string) => {
          c.configuration = { diagnostics: { delay: 0 }, ...(glob ? { baseTexts: { glob } } : {}) };
          await c.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
        };
        const files = async (changes: [string, number][]) => c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([uri, type]) => ({ uri, type })) });
        c.open(draftUri, fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8'));
        await until((codes) => codes.includes('base.ambiguous'));
        await settings('texts/**/*.itu');
        assert.deepEqual(await until((codes) => !codes.includes('base.ambiguous')), []);
        await settings();
        await until((codes) => codes.includes('base.ambiguous'));
        // rm -r "drafts (old)": VS Code's URI escapes the brackets, the server's walk did not.
        fs.rmSync(path.join(dir, 'drafts (old)'), { recursive: true });
        await files([[pathToFileURL(dir).href + '/drafts%20%28old%29', 3]]);
        assert.deepEqual(await until((codes) => !codes.includes('base.ambiguous')), []);
        // texts/ renamed in force/: its old name deleted, its new one created.
        fs.renameSync(path.join(dir, 'texts'), path.join(dir, 'in force'));
        const seen = c.refreshes;
        await files([[pathToFileURL(path.join(dir, 'texts')).href, 3], [pathToFileURL(path.join(dir, 'in force')).href, 1]]);
        await c.refreshed(seen);
        const texts = await c.request<{ location: string }[]>('itu/baseTexts', null);
        assert.deepEqual(texts.map((t) => t.location), [pathToFileURL(path.join(dir, 'in force', 'res99.itu')).href]);
        assert.deepEqual(await until(() => true), []);
      }, 20_000, pathToFileURL(dir).href);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
