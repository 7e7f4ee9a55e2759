import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyLspEdits, Client, type Diag } from './harness';

const SHARED = path.resolve(__dirname, '../../../shared');

describe('the Proposals view request (issue 12)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-proposals-'));
  const c = new Client();
  const extra = pathToFileURL(path.join(dir, 'sub', 'eur.itu')).href;

  before(async () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    for (const name of ['afcp-42a25-res52.itu', 'res52-dubai-2012.itu']) fs.copyFileSync(path.join(SHARED, 'examples', name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'sub', 'eur.itu'), 'Proposals:\tEUR\n\nSUP\tEUR/35A1/1\nRESOLUTION 52 (Rev. Dubai, 2012)\nCountering and combating spam\n\nReasons:\tr\n');
    await c.initialize(true, false, pathToFileURL(dir).href);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every proposal of the workspace with its target, party, action and header line', async () => {
    const list = await c.request<{ target: string; id: string; party: string; action: string; uri: string; line: number }[]>('itu/proposals', {});
    assert.deepEqual(list.map((p) => `${p.target}|${p.action}|${p.id}|${p.party}|${path.basename(p.uri)}:${p.line}`), [
      'Resolution 52|MOD|AFCP/42A25/1|AFCP|afcp-42a25-res52.itu:14',
      'Resolution 52|SUP|EUR/35A1/1|EUR|eur.itu:2',
    ]);
  });

  test('an open document is listed as edited, not as saved', async () => {
    c.open(extra, 'Proposals:\tEUR\n\nNOC\tEUR/35A1/1\nRESOLUTION 40 (Rev. Dubai, 2012)\nT\n\nReasons:\tr\n');
    const list = await c.request<{ target: string; action: string }[]>('itu/proposals', {});
    assert.ok(list.some((p) => p.target === 'Resolution 40' && p.action === 'NOC'));
    assert.ok(!list.some((p) => p.action === 'SUP'));
  });
});

describe('the compile request (issue 12)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-compile-'));
  const c = new Client();
  before(async () => {
    for (const name of ['afcp-42a25-res52.itu', 'res52-dubai-2012.itu']) fs.copyFileSync(path.join(SHARED, 'examples', name), path.join(dir, name));
    await c.initialize(true, false, pathToFileURL(dir).href);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the merged draft of the workspace MODs of a target, or a message without a base text', async () => {
    // The base texts are indexed by the scan that follows initialization; the server asks for a new pull when it is done.
    let r: { text?: string; counts?: Record<string, number>; message?: string } = {};
    for (let seen = 0; !(r = await c.request('itu/compile', { target: 'Resolution 52' })).text; seen = c.refreshes) await c.refreshed(seen);
    assert.ok(r.text, r.message);
    assert.match(r.text, /^MOD\tCOMPILATION\/1\/1\nRESOLUTION 52 \(Rev\. \{~~Dubai, 2012~>Hammamet, 2016~~\}\{>>@AFCP<<\}\)$/m);
    assert.ok(r.counts!.single > 0 && !r.counts!.conflict);
    assert.deepEqual(await c.request('itu/compile', { target: 'Resolution 7' }), { message: 'No base text for Resolution 7 in the workspace.' });
  });

  test('the synoptic view: a row per paragraph, each proposal version as changes from the base', async () => {
    const s = await c.request<{ target: string; proposals: { id: string }[]; rows: { status: string; base: string | null; cells: { kind: string; text: string }[][] }[] }>('itu/synoptic', { target: 'Resolution 52' });
    assert.equal(s.target, 'Resolution 52');
    assert.deepEqual(s.proposals.map((p) => p.id), ['AFCP/42A25/1']);
    const numberLine = s.rows[0];
    assert.equal(numberLine.base, 'RESOLUTION 52 (Rev. Dubai, 2012)');
    assert.deepEqual(numberLine.cells[0].filter((x) => x.kind !== 'equal'), [{ kind: 'delete', text: 'Dubai, 2012' }, { kind: 'insert', text: 'Hammamet, 2016' }]);
    const unchanged = s.rows.find((r) => r.status === 'unchanged')!;
    assert.deepEqual(unchanged.cells[0], [{ kind: 'equal', text: unchanged.base }]);
  });
});

describe('marks.header through the server: a header typed with a revision mark', () => {
  const c = new Client();
  const uri = 'file:///itu-lsp-header/draft.itu';
  before(async () => {
    await c.initialize(true, false);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
  });

  test('said while typing, fixed by its quick fix, and said no more', async () => {
    const text = 'Meeting:\tWTSA-24\nProposals:\tEUR\n\nMOD\tEUR/12A1/1\na)\tthat {++x++};\n\nReasons:\tR.\n\nADD\tEUR/12A1/2\tDRAFT NEW RESOLUTION [EUR-1]\nDRAFT NEW RESOLUTION [EUR-1] (Geneva, 2024)\n\nReasons:\tNew.\n';
    c.open(uri, text);
    assert.ok(!(await c.pull(uri)).some((d) => d.code === 'marks.header'));
    // The delegate tracks the new proposal: the insertion's marks typed around its header line (line 8).
    c.change(uri, [{ range: { start: { line: 8, character: 43 }, end: { line: 8, character: 43 } }, text: '++}' }]);
    c.change(uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '{++' }]);
    const said = (await c.pull(uri)).filter((d) => d.code === 'marks.header');
    assert.deepEqual(said.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity]), [[8, 0, 49, 2]]);
    const edited = text.replace('ADD\tEUR/12A1/2\tDRAFT NEW RESOLUTION [EUR-1]\n', '{++ADD\tEUR/12A1/2\tDRAFT NEW RESOLUTION [EUR-1]++}\n');
    const actions = await c.request<{ title: string; edit?: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri }, range: said[0]!.range, context: { diagnostics: said },
    });
    const fix = actions.find((a) => a.title.startsWith('Write this header without revision marks'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(applyLspEdits(edited, fix.edit!.changes[uri]!), text);
    c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 13, character: 0 } }, text }]);
    assert.ok(!(await c.pull(uri)).some((d) => d.code === 'marks.header'));
  });
});
