// Server memory with a 1 MB contribution open (issue 14), guarded generously: each bound is about
// twice what was measured when it was set (docs/benchmarks.md, "Server memory"), in proportion to the
// document's size, so that a change that doubles what the server holds fails here. No wall-clock bound.
//   npm run build && node --import tsx --test test/stress/memory.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as v8 from 'v8';
import * as vm from 'vm';
import { createItuService } from '../../server/src/service/service';
import { random, sizedDocument } from '../corpus';
import { Client } from '../lsp/harness';
import { MemoryWorkspace } from '../support/memoryWorkspace';

const TEXT = sizedDocument(1_000_000);
const BYTES = Buffer.byteLength(TEXT);

/** Lines of items long enough to type into (as the bench picks them). */
const ITEM_LINES = TEXT.split('\n').flatMap((l, i) => (/^([a-z]{1,4}\)|\d+(\.\d+)*)\t.{30}/.test(l) ? [i] : []));

/** Edits as the bench makes them: one character in an item, a pull every 10, a hover every 50. */
function* edits(count: number): Generator<{ at: { line: number; character: number }; ch: string; pull: boolean; hover: boolean }> {
  const rnd = random(5);
  for (let i = 0; i < count; i++) {
    const at = { line: ITEM_LINES[Math.floor(rnd() * ITEM_LINES.length)]!, character: 8 + Math.floor(rnd() * 20) };
    yield { at, ch: 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]!, pull: i % 10 === 9, hover: i % 50 === 25 };
  }
}

function status(pid: number): { rss: number; hwm: number } {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(s)![1]) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

describe('server memory, 1 MB contribution', () => {
  test('in process: what the service keeps of the open document (after a full collection) stays under 12x its size, before and after typing', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
    const service = createItuService({ workspace: new MemoryWorkspace('file:///ws') });
    await service.scan();
    const uri = 'file:///elsewhere/big.itu';
    const before = heap();
    service.open(uri, 1, TEXT);
    await service.diagnostics(uri);
    const opened = heap() - before;
    let version = 1;
    for (const e of edits(200)) {
      service.change(uri, ++version, [{ range: { start: e.at, end: e.at }, text: e.ch }]);
      if (e.pull) await service.diagnostics(uri);
      if (e.hover) {
        service.hover(uri, e.at);
        // Answered from the front and the proposal there; the base index read the version unchecked
        // from its front and ADD proposals: no parse of the whole document (15 MB for this one).
        assert.equal(service.get(uri)!.isParsed, false, 'a hover while typing parsed the whole document');
      }
    }
    await service.diagnostics(uri);
    const typed = heap() - before;
    console.log(`# kept: ${(opened / 1e6).toFixed(1)} MB open, ${(typed / 1e6).toFixed(1)} MB after 200 edits (${(BYTES / 1e6).toFixed(1)} MB document)`);
    // Measured 4.0 MB and 6.4 MB (5.6 and 5.4 before hovers read parts) (the text alone is 2 MB: it holds characters beyond Latin-1). A whole
    // parse kept (15 MB) or an older version's text (2 MB each) more would show.
    assert.ok(opened <= 12 * BYTES, `${opened} bytes kept with the document open`);
    assert.ok(typed <= 12 * BYTES, `${typed} bytes kept after typing`);
    await service.close(uri);
  });

  test('the server process: resident memory above idle stays under 40x the document open and 60x at its peak while typing', async () => {
    const c = new Client();
    try {
      c.configuration = { diagnostics: { delay: 0 } };
      await c.initialize(true, true);
      const pid = c.proc.pid!;
      await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///stress/none.itu' } });
      const idle = status(pid).rss;
      const uri = 'file:///stress/memory.itu';
      c.open(uri, TEXT);
      await c.pull(uri);
      const opened = status(pid).rss - idle;
      for (const e of edits(500)) {
        c.change(uri, [{ range: { start: e.at, end: e.at }, text: e.ch }]);
        if (e.pull) await c.pull(uri);
        if (e.hover) await c.request('textDocument/hover', { textDocument: { uri }, position: e.at });
      }
      await c.pull(uri);
      const peak = status(pid).hwm - idle;
      console.log(`# server RSS above idle (${(idle / 1e6).toFixed(0)} MB): ${(opened / 1e6).toFixed(1)} MB open, peak ${(peak / 1e6).toFixed(1)} MB over 500 edits`);
      // Measured (bench.ts --only=memory, 1,000 edits): about 20 MB open, and 27 MB at the peak (31 MB in this test, whose idle is read at once).
      assert.ok(opened <= 40 * BYTES, `${opened} bytes above idle with the document open`);
      assert.ok(peak <= 60 * BYTES, `${peak} bytes above idle at the peak`);
    } finally {
      await c.shutdown();
    }
  });
});
