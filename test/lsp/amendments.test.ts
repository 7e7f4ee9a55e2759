// Issue 9 regression through the server: h) deleted in a MOD of Resolution 52 (the base text on disk).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyLspEdits, Client, type Diag } from './harness';

const SHARED = path.resolve(__dirname, '../../../shared/examples');

interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, { range: Diag['range']; newText: string }[]> };
}

/** The AFCP MOD of Resolution 52 with considering h) deleted, its line break inside the mark. */
function draftWithDeletedH(): string {
  const src = fs.readFileSync(path.join(SHARED, 'afcp-42a25-res52.itu'), 'utf8');
  const at = src.indexOf('\nh)\tthat addressing the issue of spam') + 1;
  const end = src.indexOf('\n', at) + 1;
  return `${src.slice(0, at)}{--${src.slice(at, end)}--}${src.slice(end)}`;
}

describe('issue 9 regression through the server: a deleted h) in a MOD', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-amend-'));
  const uri = pathToFileURL(path.join(dir, 'draft.itu')).href;
  const c = new Client();
  const draft = draftWithDeletedH();

  before(async () => {
    fs.copyFileSync(path.join(SHARED, 'res52-dubai-2012.itu'), path.join(dir, 'res52.itu'));
    fs.writeFileSync(path.join(dir, 'draft.itu'), draft);
    await c.initialize(true, false, pathToFileURL(dir).href);
    c.open(uri, draft);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Diagnostics once the workspace scan has found the base text (no base.not-found left). */
  async function settled(): Promise<Diag[]> {
    let d: Diag[] = [];
    for (let seen = 0; (d = await c.pull(uri)).some((x) => x.code === 'base.not-found'); seen = c.refreshes) await c.refreshed(seen);
    return d;
  }

  test('the finding is on i), after g), and the reletter fix gives h) i) j) with marks', async () => {
    const d = await settled();
    const numbering = d.filter((x) => x.code.startsWith('numbering'));
    assert.deepEqual(numbering.map((x) => x.code), ['numbering.gap-after-deletion']);
    const lines = draft.split('\n');
    const at = numbering[0].range.start;
    assert.equal(lines[at.line].slice(at.character, numbering[0].range.end.character), 'i)');
    assert.match(lines[at.line], /^--\}i\)\tthat many countries/);
    assert.match(numbering[0].message, /^considering: after g\) comes i\); expected h\)\./);
    assert.deepEqual(d.filter((x) => x.code === 'base.untracked-change'), []);

    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: numbering[0].range, context: { diagnostics: [numbering[0]] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Reletter considering with revision marks');
    const text = applyLspEdits(draft, fix.edit.changes[uri]);
    assert.match(text, /\n--\}\{~~i~>h~~\}\)\tthat many countries[^\n]*\n+\{~~j~>i~~\}\)\tthat relevant[^\n]*\n\{~~k~>j~~\}\)\tthat technical/);
    c.change(uri, [{ text }]);
    const again = await c.pull(uri);
    assert.deepEqual(again.filter((x) => x.code.startsWith('numbering') || x.code === 'base.untracked-change').map((x) => x.message), []);
    c.change(uri, [{ text: draft }]);
  });

  test('Fix all (source.fixAll.itu) reletters the same way, and a second Fix all offers nothing', async () => {
    await settled();
    const fixAll = async () => (await c.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    }))[0];
    const first = await fixAll();
    assert.ok(first, 'Fix all has something to do in the MOD');
    const text = applyLspEdits(draft, first.edit.changes[uri]);
    assert.match(text, /\{~~i~>h~~\}\)\tthat many countries/);
    c.change(uri, [{ text }]);
    assert.equal(await fixAll(), undefined);
  });
});

describe('typing marks (issue 9)', () => {
  const c = new Client();
  let capabilities: Record<string, unknown> = {};
  before(async () => ({ capabilities } = await c.initialize(true)));
  after(async () => assert.equal(await c.shutdown(), 0));
  const typed = async (uri: string, text: string, line: number, character: number, ch = '}') =>
    c.request<{ range: Diag['range']; newText: string }[]>('textDocument/onTypeFormatting', {
      textDocument: { uri }, position: { line, character }, ch, options: { tabSize: 6, insertSpaces: false },
    });

  test('the server asks for on-type formatting on the closing brace and on what a typist types next', async () => {
    assert.deepEqual(capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '}', moreTriggerCharacter: [' ', ',', '.', ';'] });
  });

  test('a quick typist went on before the answer to the closing brace came back: the next space or stop removes the stray closer (review 7, H8)', async () => {
    // VS Code dropped the answer to `}` (the text changed meanwhile): `{++abc++} two|++}`.
    const uri = 'file:///tmp/lsp/typing-4.itu';
    const text = 'MOD\tXX/1/1\na {++abc++} two ++}\n{~~x~>y~~}, z~~}\n\nReasons:\tr\n';
    c.open(uri, text);
    const edits = await typed(uri, text, 1, 16, ' ');
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 16 }, end: { line: 1, character: 19 } }, newText: '' }]);
    assert.equal(applyLspEdits(text, edits), 'MOD\tXX/1/1\na {++abc++} two \n{~~x~>y~~}, z~~}\n\nReasons:\tr\n');
    assert.equal((await typed(uri, text, 2, 11, ',')).length, 0, 'a comma typed where no closer follows the cursor: nothing');
    assert.equal((await typed(uri, text, 2, 13, ' ')).length, 1, 'the stray substitution closer after `z`');
    assert.equal((await typed(uri, text, 2, 13, 'x')).length, 0, 'not a trigger');
  });

  test('a stray closer after the cursor is left alone when no mark of its kind was closed before it on the line', async () => {
    const uri = 'file:///tmp/lsp/typing-5.itu';
    // A deletion closed on the line, then a stray insertion closer; and a closer on the next line after a mark on this one.
    const text = 'MOD\tXX/1/1\na {--old--} b ++}\n{++new++}\n ++}\n\nReasons:\tr\n';
    c.open(uri, text);
    assert.deepEqual(await typed(uri, text, 1, 14, ' '), []);
    assert.deepEqual(await typed(uri, text, 3, 1, ' '), []);
  });

  test('a closer typed just before the one VS Code auto-inserted steps over it', async () => {
    // VS Code inserted `++}` after `{++`; the delegate typed `new++}` before it.
    const uri = 'file:///tmp/lsp/typing-1.itu';
    const text = 'MOD\tXX/1/1\na {++new++}++} b {--old--}--}\n\nReasons:\tr\n';
    c.open(uri, text);
    const edits = await typed(uri, text, 1, 11);
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } }, newText: '' }]);
    assert.equal(applyLspEdits(text, edits), 'MOD\tXX/1/1\na {++new++} b {--old--}--}\n\nReasons:\tr\n');
    assert.equal((await typed(uri, text, 1, 26)).length, 1, 'the same for a deletion');
  });

  test('nothing happens where the closer that follows closes a mark of its own', async () => {
    const uri = 'file:///tmp/lsp/typing-2.itu';
    const text = 'MOD\tXX/1/1\na {++new++} {++more++} b\n\nReasons:\tr\n';
    c.open(uri, text);
    assert.deepEqual(await typed(uri, text, 1, 11), []);
    const lone = 'MOD\tXX/1/1\nthe stray--} closer\n\nReasons:\tr\n';
    c.open('file:///tmp/lsp/typing-3.itu', lone);
    assert.deepEqual(await typed('file:///tmp/lsp/typing-3.itu', lone, 1, 12), []);
    const d = await c.pull('file:///tmp/lsp/typing-3.itu');
    assert.deepEqual(d.filter((x) => x.code === 'marks.unopened').map((x) => x.range.start), [{ line: 1, character: 9 }]);
  });
});

test('language-configuration: every revision mark auto-closes where new text is typed, and not before a word', () => {
  const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../language-configuration.json'), 'utf8')) as {
    autoClosingPairs: { open: string; close: string }[];
    autoCloseBefore: string;
  };
  for (const [open, close] of [['{++', '++}'], ['{--', '--}'], ['{~~', '~~}'], ['{>>', '<<}'], ['{==', '==}']]) {
    assert.ok(config.autoClosingPairs.some((p) => p.open === open && p.close === close), open);
  }
  // Before white space, punctuation, a closer or another mark; never before a letter or a digit,
  // where the delegate is about to wrap words already there (`{--` before the words to delete).
  for (const ch of [' ', '\t', '\n', '\u00A0', ',', '.', ';', ')', '}', '{', '…']) assert.ok(config.autoCloseBefore.includes(ch), JSON.stringify(ch));
  assert.equal(/[\p{L}\p{N}]/u.test(config.autoCloseBefore), false);
});
