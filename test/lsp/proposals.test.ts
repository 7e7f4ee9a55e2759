import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client } from './harness';

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
