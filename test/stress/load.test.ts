// The server under load: a delegate typing fast in a 100 KB contribution while the editor asks for
// diagnostics, hovers and code actions, and cancels what it no longer needs.
//   npm run build && node --import tsx --test test/lsp/load.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LineIndex, parseDocument } from '../../server/src/core';
import { random, sizedDocument } from '../corpus';
import { Client, type Diag } from '../lsp/harness';

const URI = 'file:///tmp/lsp-load/draft.itu';
/** JSON-RPC's RequestCancelled and LSP's ServerCancelled: the only errors a cancelled request may answer with. */
const CANCELLED = new Set([-32800, -32802]);

type Position = { line: number; character: number };
type Change = { range: { start: Position; end: Position }; text: string };

/** CPU time (user + system) a process has used, in ms. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rss(pid: number): number {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(s)![1]) * 1024;
}

/** The document as the editor holds it: incremental changes applied in order, as LSP says. */
class Model {
  constructor(public text: string) {}

  position(offset: number): Position {
    return new LineIndex(this.text).position(offset);
  }

  apply(changes: Change[]): void {
    for (const c of changes) {
      const index = new LineIndex(this.text);
      const s = index.offset(c.range.start);
      const e = index.offset(c.range.end);
      this.text = this.text.slice(0, s) + c.text + this.text.slice(e);
    }
  }
}

/** What a delegate does at one keystroke: type, delete, paste, break a line, mark a change, several cursors. */
function nextEdit(model: Model, rnd: () => number): Change[] {
  const n = model.text.length;
  const at = (o: number) => model.position(Math.max(0, Math.min(n, o)));
  const o = Math.floor(rnd() * n);
  const r = rnd();
  const insert = (offset: number, text: string): Change => ({ range: { start: at(offset), end: at(offset) }, text });
  if (r < 0.55) return [insert(o, 'abcdefghijklmnopqrstuvwxyz ,.;'[Math.floor(rnd() * 30)]!)];
  if (r < 0.75) return [{ range: { start: at(o), end: at(o + 1) }, text: '' }];
  if (r < 0.8) return [insert(o, '\n')];
  if (r < 0.85) return [insert(o, '{++new words++}')];
  if (r < 0.88) return [insert(o, '\nb)\tthat a pasted item is here;\n')];
  if (r < 0.91) return [{ range: { start: at(o), end: at(o + 40) }, text: '' }];
  if (r < 0.94) return [insert(o, '{~~')];
  // Several cursors: changes in one notification, each against the text the previous one left.
  const o2 = Math.floor(rnd() * o);
  return [insert(o, 'x'), insert(o2, 'y')];
}

describe('server under load', () => {
  test('1,000 rapid incremental edits with interleaved requests and cancellations', { timeout: 120_000 }, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const c = new Client();
    c.configuration = { diagnostics: { delay: 0 } };
    await c.initialize(true, true);
    const pid = c.proc.pid!;
    const model = new Model(sizedDocument(100_000));
    c.open(URI, model.text);
    await c.pull(URI);

    const rnd = random(20261129);
    const pending: Promise<string>[] = [];
    const cancelledPending: Promise<string>[] = [];
    const outcome = (p: Promise<unknown>, cancelled: boolean, what: string) =>
      p.then(
        () => 'ok',
        (e: { code?: number; message?: string }) => {
          if (cancelled && e?.code !== undefined && CANCELLED.has(e.code)) return 'cancelled';
          return `${what} failed: ${e?.code} ${e?.message}`;
        },
      );
    const somewhere = () => model.position(Math.floor(rnd() * model.text.length));
    const run = async (edits: number) => {
      for (let i = 0; i < edits; i++) {
        const changes = nextEdit(model, rnd);
        model.apply(changes);
        c.change(URI, changes);
        const r = rnd();
        const textDocument = { uri: URI };
        if (r < 0.25) pending.push(outcome(c.pull(URI), false, 'diagnostics'));
        else if (r < 0.4) pending.push(outcome(c.request('textDocument/hover', { textDocument, position: somewhere() }), false, 'hover'));
        else if (r < 0.55) {
          const p = somewhere();
          pending.push(outcome(c.request('textDocument/codeAction', { textDocument, range: { start: p, end: p }, context: { diagnostics: [] } }), false, 'code action'));
        } else if (r < 0.6) pending.push(outcome(c.request('textDocument/documentSymbol', { textDocument }), false, 'symbols'));
        else if (r < 0.8) {
          // Asked, and at once no longer wanted: sendRequest with a token sends $/cancelRequest.
          const source = new CancellationTokenSource();
          const [method, params] = [
            ['textDocument/diagnostic', { textDocument }],
            ['textDocument/hover', { textDocument, position: somewhere() }],
            ['textDocument/codeAction', { textDocument, range: { start: somewhere(), end: somewhere() }, context: { diagnostics: [] } }],
            ['textDocument/completion', { textDocument, position: somewhere() }],
          ][Math.floor(rnd() * 4)] as [string, unknown];
          cancelledPending.push(outcome(c.rpc.sendRequest(method, params, source.token), true, `cancelled ${method}`));
          source.cancel();
        }
        // Let the pipe drain now and then, as a typist's pauses would (a few ms, never a wait for answers).
        if (i % 100 === 99) await new Promise((r) => setTimeout(r, 5));
      }
    };

    // Warm-up, so the baseline includes the JIT and a heap that has seen edits.
    await run(50);
    await Promise.all(pending.splice(0));
    await Promise.all(cancelledPending.splice(0));
    await new Promise((r) => setTimeout(r, 500));
    const baseline = rss(pid);

    const started = Date.now();
    await run(1000);
    const results = await Promise.all(pending);
    const cancelled = await Promise.all(cancelledPending);
    const elapsed = Date.now() - started;
    assert.deepEqual(results.filter((r) => r !== 'ok'), [], 'every request that was not cancelled is answered');
    assert.deepEqual(cancelled.filter((r) => r !== 'ok' && r !== 'cancelled'), [], 'cancelled requests answer or report cancellation');
    assert.ok(results.length > 400, `${results.length} requests`);

    // The last diagnostics are those of a fresh parse of the final text, in a fresh server.
    const last = await c.pull(URI);
    const fresh = new Client();
    fresh.configuration = { diagnostics: { delay: 0 } };
    await fresh.initialize(true, true);
    const FRESH = 'file:///tmp/lsp-load/draft.itu';
    fresh.open(FRESH, model.text);
    const expected = await fresh.pull(FRESH);
    const strip = (ds: Diag[]) => ds.map(({ range, code, message, severity }) => ({ range, code, message, severity }));
    assert.deepEqual(strip(last), strip(expected));
    // And the server holds the same text: both projections equal those of a fresh in-process parse.
    const doc = parseDocument(model.text);
    assert.equal(await c.request('itu/projection', { uri: URI, kind: 'new' }), doc.views.new.text);
    assert.equal(await c.request('itu/projection', { uri: URI, kind: 'old' }), doc.views.old.text);
    assert.equal(await fresh.shutdown(), 0);

    // Memory returns near baseline once the typing stops.
    let after = rss(pid);
    for (let waited = 0; waited < 10_000 && after > baseline + 64e6; waited += 500) {
      await new Promise((r) => setTimeout(r, 500));
      after = rss(pid);
    }
    assert.ok(after <= baseline + 64e6, `RSS ${Math.round(baseline / 1e6)} MB before, ${Math.round(after / 1e6)} MB after`);

    assert.equal(c.proc.exitCode, null, 'the server is up');
    const problems = c.stderr.filter((l) => /unhandled|uncaught|failed/i.test(l));
    assert.deepEqual(problems, [], 'no unhandled rejection or failed feature in the server log');
    assert.equal(await c.shutdown(), 0);
    process.off('unhandledRejection', onUnhandled);
    assert.deepEqual(unhandled, []);
    console.log(`# 1,000 edits, ${results.length} requests and ${cancelled.length} cancelled ones (${cancelled.filter((r) => r === 'cancelled').length} answered with a cancellation error) in ${elapsed} ms; RSS ${Math.round(baseline / 1e6)} → ${Math.round(after / 1e6)} MB`);
  });

  test('a pull cancelled while the server waits for a pause in typing costs no check and answers as cancelled (VS Code cancels one per keystroke)', { timeout: 60_000 }, async () => {
    // vscode-languageclient cancels the outstanding pull when the document changes and pulls again once
    // it is answered. A cancelled pull must not check the document: else every keystroke costs a full
    // check, and itu.diagnostics.delay saves nothing.
    const c = new Client();
    await c.initialize(true, false); // default delay, 300 ms
    const text = sizedDocument(1_000_000);
    c.open(URI, text);
    await c.pull(URI);
    const pid = c.proc.pid!;
    const started = cpuMs(pid);
    let source: CancellationTokenSource | undefined;
    const answers: Promise<unknown>[] = [];
    const at = { line: 500, character: 5 };
    for (let i = 0; i < 40; i++) {
      c.change(URI, [{ range: { start: at, end: at }, text: 'x' }]);
      source?.cancel();
      source = new CancellationTokenSource();
      answers.push(c.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }, source.token).catch((e: { code?: number }) => e?.code));
      await new Promise((r) => setTimeout(r, 50));
    }
    const typing = cpuMs(pid) - started;
    const answered = await Promise.all(answers);
    // What one check of the whole document costs the server, for scale: the same text opened anew
    // (a version after an edit is checked incrementally, re-checking only the proposal it touched).
    let check = Infinity;
    for (let k = 0; k < 3; k++) {
      const other = `file:///tmp/lsp-load/scale-${k}.itu`;
      const before = cpuMs(pid);
      c.open(other, text);
      await c.pull(other);
      check = Math.min(check, cpuMs(pid) - before);
    }
    assert.equal(await c.shutdown(), 0);
    console.log(`# server CPU while typing 40 keystrokes, each cancelling the pull before: ${typing} ms; one check: ${check} ms`);
    assert.ok(typing < 8 * Math.max(check, 10), `server CPU while typing 40 keystrokes: ${typing} ms, as much as ${Math.round(typing / check)} checks (one check: ${check} ms)`);
    // And it answers with a cancellation error, not a report: vscode-languageclient 9 reads any report
    // that answers a cancelled pull as "no diagnostics" and clears the editor's, until the next pull.
    const reports = answered.slice(0, -1).filter((a) => typeof a !== 'number' || !CANCELLED.has(a));
    assert.equal(reports.length, 0, `${reports.length} of ${answered.length - 1} cancelled pulls were answered with a report`);
  });

  test('with the default delay, pulls made while typing are answered after the pause with the final text', { timeout: 60_000 }, async () => {
    const c = new Client();
    await c.initialize(true, false);
    const model = new Model(sizedDocument(30_000));
    c.open(URI, model.text);
    await c.pull(URI);
    const rnd = random(7);
    const pulls: Promise<Diag[]>[] = [];
    const started = Date.now();
    for (let i = 0; i < 200; i++) {
      const changes = nextEdit(model, rnd);
      model.apply(changes);
      c.change(URI, changes);
      if (i % 5 === 0) pulls.push(c.pull(URI));
      await new Promise((r) => setTimeout(r, 2));
    }
    const answers = await Promise.all(pulls);
    const waited = Date.now() - started;
    const fresh = new Client();
    await fresh.initialize(true, false);
    fresh.open(URI, model.text);
    const expected = await fresh.pull(URI);
    const strip = (ds: Diag[]) => ds.map(({ range, code, message }) => ({ range, code, message }));
    // Every pull waited for the pause after the last keystroke, so each answer is the final text's.
    for (const a of answers) assert.deepEqual(strip(a), strip(expected));
    assert.ok(waited >= 300, `${waited} ms`);
    assert.equal(await fresh.shutdown(), 0);
    assert.equal(await c.shutdown(), 0);
  });
});
