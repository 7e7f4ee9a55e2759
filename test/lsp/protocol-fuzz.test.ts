// The server under a client that sends what no editor sends: every request and notification it handles, with params
// generated from a well-formed template and, most of the time, one field dropped, retyped or replaced by junk (null, a
// huge number, a lone surrogate, 10,000 characters, a FIFO, a device, a folder, a path out of the workspace). After each
// round the server must have answered every request (a result or an error), still be running, check a fresh document
// as before, give a document that took junk its right diagnostics again once the client sends its whole text, and have
// written nothing but the outputs the requests named: nothing in its working folder (an empty folder of the workspace),
// where a relative path would land. Its first run found that: exports to `x`, `{++` and `untitled:x` written into the
// folder the tests ran from (the requests now refuse a path that is not a full one).
//   npm run build && node --import tsx --test test/lsp/protocol-fuzz.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { Client, type Diag } from './harness';

const ROOT = path.resolve(__dirname, '../..');
// The example with a fault of its own (its new Resolution's items lettered a), c)): findings that a fix can mend.
const DOC = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8').replace('b)\tthat examples should never', 'c)\tthat examples should never');
const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
const MESSAGES = 12;

/** A document's findings that read it alone: not those that read the workspace's other documents (base texts, ids, compilation). */
const own = (ds: Diag[]) => JSON.stringify(ds.filter((d) => !/^(?:base|compile|proposal\.id)/.test(d.code)));

/**
 * The messages of one seed, and the workspace they aim at: a folder holding the text in force, a FIFO, an empty folder
 * and the folder the Word exports and imports write to.
 */
function fuzzer(seed: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-fuzz-'));
  const fifo = path.join(dir, 'fifo');
  const out = path.join(dir, 'out');
  // The empty folder: the server's working folder, where a relative path would be read or written.
  const cwd = path.join(dir, 'sub');
  execFileSync('mkfifo', [fifo]);
  fs.mkdirSync(cwd);
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(dir, 'base.itu'), BASE);
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (n: number) => Math.floor(rnd() * n);
  const a = pathToFileURL(path.join(dir, 'a.itu')).href;
  const b = pathToFileURL(path.join(dir, 'b.itu')).href;
  const uri = () => pick([a, b, a, 'untitled:x', 'file:///dev/zero', pathToFileURL(fifo).href, pathToFileURL(dir).href, 'file:///nope/../../etc/passwd', 'http://x/y.itu', '', 'file://%zz', 'vscode-notebook-cell:/a#b']);
  const pos = () => ({ line: int(40), character: int(60) });
  const range = () => ({ start: pos(), end: pos() });
  const junk = (depth = 0): unknown => {
    const r = rnd();
    if (r < 0.1) return null;
    if (r < 0.2) return pick([-1, 0, 1, 2 ** 31, -(2 ** 31), 1e300, 0.5, Number.MAX_SAFE_INTEGER]);
    if (r < 0.3) return pick(['', 'x', '\u0000', '\uD800', 'a'.repeat(10_000), '{++', '\r\n\r', '../../x', '/dev/zero', fifo, dir]);
    if (r < 0.35) return rnd() < 0.5;
    if (r < 0.45 && depth < 3) return Array.from({ length: int(4) }, () => junk(depth + 1));
    if (r < 0.55 && depth < 3) return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(['uri', 'line', 'character', 'start', 'end', 'text', 'range', 'version']), junk(depth + 1)]));
    if (r < 0.65) return pos();
    if (r < 0.75) return range();
    if (r < 0.85) return uri();
    return pick([{}, [], { textDocument: {} }]);
  };
  /** A copy with one field, at any depth, dropped, replaced by junk or mutated in turn. */
  const mutate = (v: unknown): unknown => {
    if (rnd() < 0.15 || !v || typeof v !== 'object') return junk();
    const copy: Record<string, unknown> = Array.isArray(v) ? ({ ...v } as Record<string, unknown>) : { ...(v as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length === 0) return v;
    const k = pick(keys);
    const r = rnd();
    if (r < 0.2) delete copy[k];
    else copy[k] = r < 0.5 ? junk() : mutate(copy[k]);
    return Array.isArray(v) ? Object.values(copy) : copy;
  };
  const doc = () => ({ uri: uri() });
  const options = { tabSize: 4, insertSpaces: true };
  // [method, params, is a notification]
  const templates: [string, () => unknown, boolean][] = [
    ['textDocument/didOpen', () => ({ textDocument: { uri: uri(), languageId: 'itu', version: int(5), text: rnd() < 0.5 ? DOC : DOC.slice(0, int(DOC.length)) } }), true],
    ['textDocument/didChange', () => ({ textDocument: { uri: uri(), version: int(100) }, contentChanges: [rnd() < 0.7 ? { range: range(), text: pick(['x', '', '\n', '{++a++}', 'MOD\tX/1/1\n']) } : { text: DOC }] }), true],
    ['textDocument/didClose', () => ({ textDocument: doc() }), true],
    ['textDocument/didSave', () => ({ textDocument: doc() }), true],
    ['workspace/didChangeConfiguration', () => ({ settings: junk() }), true],
    ['workspace/didChangeWatchedFiles', () => ({ changes: [{ uri: uri(), type: pick([1, 2, 3]) }] }), true],
    ['$/cancelRequest', () => ({ id: int(1000) }), true],
    ['textDocument/diagnostic', () => ({ textDocument: doc(), previousResultId: pick([undefined, 'x', '1']) }), false],
    ['textDocument/codeAction', () => ({ textDocument: doc(), range: range(), context: { diagnostics: [{ range: range(), message: 'm', code: pick(['numbering.gap', 'x', 1]), data: junk() }], only: pick([undefined, ['quickfix'], ['source.fixAll.itu']]) } }), false],
    ['textDocument/documentSymbol', () => ({ textDocument: doc() }), false],
    ['textDocument/foldingRange', () => ({ textDocument: doc() }), false],
    ['textDocument/hover', () => ({ textDocument: doc(), position: pos() }), false],
    ['textDocument/definition', () => ({ textDocument: doc(), position: pos() }), false],
    ['textDocument/references', () => ({ textDocument: doc(), position: pos(), context: { includeDeclaration: rnd() < 0.5 } }), false],
    ['textDocument/completion', () => ({ textDocument: doc(), position: pos() }), false],
    ['textDocument/formatting', () => ({ textDocument: doc(), options }), false],
    ['textDocument/onTypeFormatting', () => ({ textDocument: doc(), position: pos(), ch: pick(['\t', '\n', ')']), options }), false],
    ['itu/marks', () => ({ uri: uri(), range: range(), previousResultId: pick([undefined, 'x']) }), false],
    ['itu/baseComparison', () => ({ uri: uri(), position: pos() }), false],
    ['itu/trackEdits', () => ({ uri: uri() }), false],
    ['itu/review', () => ({ uri: uri(), review: pick(['accept', 'reject', 'x']), range: range(), proposalAt: pos() }), false],
    ['itu/projection', () => ({ uri: uri(), kind: pick(['new', 'old', 'x']), position: pos() }), false],
    ['itu/projectionAt', () => ({ uri: uri(), kind: pick(['new', 'old']), position: pos() }), false],
    ['itu/baseTexts', () => undefined, false],
    ['itu/proposals', () => ({}), false],
    ['itu/compile', () => ({ target: pick(['Resolution 99', 'RESOLUTION 99', '', 'x'.repeat(5000)]) }), false],
    ['itu/synoptic', () => ({ target: pick(['Resolution 99', '']) }), false],
    ['itu/meetings', () => undefined, false],
    ['itu/newContribution', () => ({ meeting: 'WTSA-28', document: '12', source: 'X', proposals: 'EXA', targets: ['Resolution 99'] }), false],
    // Relative paths too: resolved against the server's working folder (or the workspace above it), they would land where no one asked.
    ['itu/exportWord', () => ({ uri: uri(), output: pick([path.join(out, `e${int(3)}.docx`), 'x.docx', '../up.docx']) }), false],
    ['itu/importWord', () => ({ input: pick([path.join(out, 'e1.docx'), '/dev/zero', fifo, dir, path.join(dir, 'none.docx'), path.join(dir, 'base.itu')]), output: pick([undefined, path.join(out, 'i.itu'), 'i.itu', '../i.itu']) }), false],
  ];
  return {
    dir,
    out,
    cwd,
    a,
    b,
    /** The next message: a template's params, mutated three times in four. */
    next(): { method: string; params: unknown; notification: boolean } {
      const [method, make, notification] = pick(templates);
      return { method, params: rnd() < 0.75 ? mutate(make()) : make(), notification };
    },
  };
}

for (const seed of [1, 2, 3]) {
  test(`seed ${seed}: junk params in every request and notification; the server answers, stays up, checks as before and writes only what it was asked to`, { timeout: 120_000 }, async () => {
    const f = fuzzer(seed);
    const dir = f.dir;
    const c = new Client(undefined, f.cwd);
    c.configuration = { diagnostics: { delay: 0 } };
    // A server that dies leaves its requests unanswered: every wait races its exit.
    const exited = new Promise<never>((_, reject) => c.proc.once('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal})`))));
    exited.catch(() => undefined);
    const alive = <T>(p: Promise<T>) => Promise.race([p, exited]);
    try {
      await c.initialize(true, true, pathToFileURL(dir).href);
      const probe = (n: number) => pathToFileURL(path.join(dir, `probe-${n}.itu`)).href;
      c.open(probe(-1), DOC);
      const baseline = own(await c.pull(probe(-1)));
      const symbols = JSON.stringify(await c.request('textDocument/documentSymbol', { textDocument: { uri: probe(-1) } }));
      c.close(probe(-1));
      assert.ok(DOC.includes('c)\tthat examples should never') && JSON.parse(baseline).length > 0, 'the example has findings of its own to compare');
      let answered = 0;
      let refused = 0;
      for (let round = 0; round < cases(40, 8); round++) {
        const replies: Promise<void>[] = [];
        for (let k = 0; k < MESSAGES; k++) {
          const m = f.next();
          if (m.notification) void c.rpc.sendNotification(m.method, m.params as object);
          else replies.push(c.rpc.sendRequest(m.method, m.params as object).then(() => void answered++, () => void refused++));
        }
        // Every request gets its reply (the test's timeout bounds the wait), from a server still running.
        await alive(Promise.all(replies));
        // A fresh document is checked as before.
        c.open(probe(round), DOC);
        assert.equal(own(await alive(c.pull(probe(round)))), baseline, `round ${round}: a fresh document's findings`);
        assert.equal(JSON.stringify(await alive(c.request('textDocument/documentSymbol', { textDocument: { uri: probe(round) } }))), symbols, `round ${round}: a fresh document's symbols`);
        c.close(probe(round));
        // A document that took junk is right again once the client sends its whole text.
        for (const [k, u] of [f.a, f.b].entries()) {
          void c.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'itu', version: 10_000 + 2 * round + k, text: DOC } });
          void c.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 20_000 + 2 * round + k }, contentChanges: [{ text: DOC }] });
          assert.equal(own(await alive(c.pull(u))), baseline, `round ${round}: ${path.basename(u)} after its whole text`);
        }
      }
      assert.ok(answered > refused, `${answered} requests answered, ${refused} refused with an error`);
      // Nothing written but the exports and the import's output the requests named (the FIFO, the folder and the base text were there before).
      const written = fs.readdirSync(f.out).filter((n) => !/^(?:e[0-2]\.docx|i\.itu)$/.test(n));
      assert.deepEqual(written, [], 'unexpected files in the output folder');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['base.itu', 'fifo', 'out', 'sub']);
      assert.deepEqual(fs.readdirSync(f.cwd), [], 'nothing written in the server\'s working folder');
      // Nor out of the workspace, where the junk path `../../x` leads from there.
      assert.ok(!fs.existsSync(path.resolve(f.cwd, '../../x')), 'nothing written out of the workspace');
      assert.equal(fs.readFileSync(path.join(dir, 'base.itu'), 'utf8'), BASE, 'the base text is untouched');
    } finally {
      if (c.proc.exitCode === null) assert.equal(await c.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
