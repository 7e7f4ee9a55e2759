// The server under odd clients and at scale: changes that keep their version number, a second didOpen,
// bytes that break the base protocol's framing, a start without the server's flags and environment, and
// a document with 150,000 findings.
//   npm run build && node --import tsx --test test/lsp/robust.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { run } from '../../server/src/cli/main';
import { Client, SERVER, withClient, type Diag } from './harness';

const GAP = 'ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nT\nconsidering\na)\tone;\nc)\ttwo,\n\nReasons:\tr\n';
const WELL = GAP.replace('c)\ttwo', 'b)\ttwo');
const DOUBLE = GAP.replace('a)\tone', 'c)\tone');

const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();
const sameVersionChange = (c: Client, uri: string, text: string) =>
  void c.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text }] });
const reopen = (c: Client, uri: string, text: string) =>
  void c.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'itu', version: 1, text } });

describe('diagnostics follow the text, whatever the version number says', () => {
  const uri = 'file:///tmp/lsp-robust/same-version.itu';

  test('pull: a didChange that keeps version 1, then a second didOpen with other text', { timeout: 30_000 }, async () => {
    await withClient(true, async (c) => {
      c.open(uri, GAP);
      assert.deepEqual(codes(await c.pull(uri)), ['numbering.gap']);
      sameVersionChange(c, uri, WELL);
      assert.deepEqual(codes(await c.pull(uri)), []);
      reopen(c, uri, DOUBLE);
      assert.ok(codes(await c.pull(uri)).includes('numbering.duplicate'));
      // The outline follows too (it reads the same cached parse).
      const symbols = await c.request<{ children?: { children?: { name: string }[] }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.match(JSON.stringify(symbols), /c\)/);
      assert.doesNotMatch(JSON.stringify(symbols), /"a\)/);
    });
  });

  test('push: the same, with published diagnostics', { timeout: 30_000 }, async () => {
    await withClient(false, async (c) => {
      c.open(uri, GAP);
      await c.published_(uri, (d) => d.some((x) => x.code === 'numbering.gap'));
      sameVersionChange(c, uri, WELL);
      await c.published_(uri, (d) => d.length === 0);
      reopen(c, uri, DOUBLE);
      await c.published_(uri, (d) => d.some((x) => x.code === 'numbering.duplicate'));
    });
  });
});

describe('framing errors end the server with status 1 and a line in its log', () => {
  const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const framed = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const cases: [name: string, bytes: string, log: RegExp][] = [
    ['Content-Length not a number', `Content-Length: twelve\r\n\r\n${initialize}`, /Content-Length is not a number of bytes: "twelve"/],
    ['Content-Length with trailing garbage', `Content-Length: 12abc\r\n\r\n${initialize}`, /not a number of bytes: "12abc"/],
    ['Content-Length too short', `Content-Length: 20\r\n\r\n${initialize}`, /header name holds .*too short/],
    ['Content-Length of 100 GB', `Content-Length: 107374182400\r\n\r\n${initialize}`, /107374182400 exceeds the largest message/],
    ['headers without Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${initialize}`, /headers without Content-Length/],
    ['headers ended by LF only', `Content-Length: ${initialize.length}\n\n${initialize}`, /ends in LF without CR/],
    ['a good message, then a bad one', framed(initialize) + `Content-Length: -1\r\n\r\n{}`, /not a number of bytes: "-1"/],
  ];
  for (const [name, bytes, log] of cases) {
    test(name, { timeout: 20_000 }, async () => {
      const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (d) => (stderr += String(d)));
      proc.stdout.resume();
      const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
      // stdin stays open: the server must notice by itself, not because its input ended.
      proc.stdin.write(bytes);
      const code = await exited;
      assert.equal(code, 1);
      assert.match(stderr, log);
      assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
      proc.stdin.destroy();
    });
  }
});

// A document with 150,000 findings: test/stress/many-findings.test.ts.

describe('a server started without its Node flags and environment says so once in its log', () => {
  /** What the server logged up to its answer to a request after `initialized` (the log is sent before that answer). */
  async function startupLog(execArgv: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
    const proc = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const rpc = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const log: string[] = [];
    rpc.onNotification('window/logMessage', (m: { message: string }) => log.push(m.message));
    rpc.listen();
    try {
      await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await rpc.sendNotification('initialized', {});
      await rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.itu' } });
      await rpc.sendRequest('shutdown');
      await rpc.sendNotification('exit');
    } finally {
      rpc.dispose();
      proc.kill();
    }
    return log;
  }

  test('without them: the missing flags and (on Linux) variables named; started as the client starts it: nothing', { timeout: 30_000 }, async () => {
    const bare = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in SERVER_ENV)));
    const without = (await startupLog([], bare)).filter((l) => l.includes('started without'));
    const flags = without.filter((l) => l.includes('Node flags'));
    assert.equal(flags.length, 1, without.join('\n'));
    assert.ok(flags[0]!.includes(SERVER_EXEC_ARGV.join(' ')), flags[0]);
    const vars = without.filter((l) => l.includes('environment'));
    assert.equal(vars.length, process.platform === 'linux' ? 1 : 0, without.join('\n'));
    if (vars.length) assert.ok(vars[0]!.includes(Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v}`).join(' ')), vars[0]);
    const withThem = await startupLog(SERVER_EXEC_ARGV, { ...process.env, ...SERVER_ENV });
    assert.deepEqual(withThem.filter((l) => l.includes('started without')), []);
  });
});

describe('line ends through the server: a file with CR alone is many lines', () => {
  // An ADD whose list skips b), with a line of loose spacing for the formatter.
  const lf = 'ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nT\nconsidering\na)\tone;\nc)  two  ,\n\nReasons:\tr\n';
  const located = (d: Diag[]) => d.map((x) => `${x.code} ${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`).sort();

  test('the same diagnostics, lines and fixes as LF; fixes and formatting keep the line ends', { timeout: 30_000 }, async () => {
    await withClient(true, async (c) => {
      const expected: string[] = [];
      for (const eol of ['\n', '\r\n', '\r']) {
        const uri = `file:///tmp/lsp-robust/eol-${eol.length}${eol.charCodeAt(0)}.itu`;
        const text = lf.replace(/\n/g, eol);
        c.open(uri, text);
        const diagnostics = await c.pull(uri);
        if (eol === '\n') expected.push(...located(diagnostics));
        else assert.deepEqual(located(diagnostics), expected, `${JSON.stringify(eol)}`);
        assert.ok(expected.some((x) => x.startsWith('numbering.gap 5:')), 'the gap is on line 6');
        const doc = TextDocument.create(uri, 'itu', 1, text);
        const gap = diagnostics.filter((d) => d.code === 'numbering.gap');
        const actions = await c.request<{ edit?: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
          textDocument: { uri }, range: gap[0]!.range, context: { diagnostics: gap },
        });
        const fixed = TextDocument.applyEdits(doc, actions[0]!.edit!.changes[uri]!);
        assert.equal(fixed.replace(/\r\n|\r/g, '\n'), lf.replace('c)  two', 'b)  two'));
        assert.deepEqual(new Set(fixed.match(/\r\n|\r|\n/g)), new Set([eol]));
        const formatting = await c.request<{ range: Diag['range']; newText: string }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
        const formatted = TextDocument.applyEdits(doc, formatting);
        assert.equal(formatted.replace(/\r\n|\r/g, '\n'), lf.replace('c)  two  ,', 'c)\ttwo ,'));
        assert.deepEqual(new Set(formatted.match(/\r\n|\r|\n/g)), new Set([eol]));
        // Closed before the next: three open copies of XX/1/1 would each be told the id is in the others (compile.id-elsewhere).
        await c.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    });
  });
});

describe('two base texts for one MOD', () => {
  test('the server chooses as the CLI does and says so (base.ambiguous)', { timeout: 30_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-choice-'));
    const res52 = (meeting: string, year: number, word: string) =>
      `RESOLUTION 52 (Rev. ${meeting}, ${year})\nCountering and combating spam\nThe World Telecommunication Standardization Assembly (${meeting}, ${year}),\nresolves\n1\tto ${word} the work.\n`;
    fs.mkdirSync(path.join(dir, 'old'));
    fs.writeFileSync(path.join(dir, 'old', 'res52-2012.itu'), res52('Dubai', 2012, 'continue'));
    fs.writeFileSync(path.join(dir, 'res52-2016.itu'), res52('Hammamet', 2016, 'pursue'));
    const draft = 'MOD\tXX/1/1\nRESOLUTION 52 (Rev. Geneva, 2024)\nCountering and combating spam\nThe World Telecommunication Standardization Assembly (Geneva, 2024),\nresolves\n1\tto pursue the work.\n\nReasons:\tr\n';
    const file = path.join(dir, 'draft.itu');
    fs.writeFileSync(file, draft);
    let cliOut = '';
    await run(['check', '--format', 'json', '--workspace', dir, file], { out: (s) => (cliOut += s), err: () => undefined });
    const fromCli = (JSON.parse(cliOut) as { code: string; message: string }[]).find((f) => f.code === 'base.ambiguous');
    assert.ok(fromCli);
    const c = new Client();
    c.configuration = { diagnostics: { delay: 0 } };
    try {
      await c.initialize(true, false, pathToFileURL(dir).href);
      const uri = pathToFileURL(file).href;
      c.open(uri, draft);
      let d: Diag[];
      for (let seen = 0; !(d = await c.pull(uri)).some((x) => x.code === 'base.ambiguous'); seen = c.refreshes) await c.refreshed(seen);
      const fromServer = d.find((x) => x.code === 'base.ambiguous')!;
      assert.equal(fromServer.message, fromCli.message);
      assert.equal(fromServer.range.start.line, 1);
    } finally {
      assert.equal(await c.shutdown(), 0);
    }
  });
});
