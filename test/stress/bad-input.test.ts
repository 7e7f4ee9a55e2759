// Bad input through the server: huge documents, a 1 MB line, random bytes, invalid UTF-8 on the wire,
// deeply repeated marks. Each answer comes within a bound, and the server stays up for the next.
//   npm run build && node --import tsx --test test/lsp/bad-input.test.ts
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { random, sizedDocument } from '../corpus';
import { Client, type Diag } from '../lsp/harness';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';

/**
 * Bound for a diagnostics pull on this 2-core machine, with room for a loaded CI run (a 10 MB document
 * takes about 1.5 s). Other requests (hover, code actions, outline) must not cost more than checking
 * the document did: at most twice the first pull, and never less than REQUEST_FLOOR_MS.
 */
const PULL_BOUND_MS = 20_000;
const REQUEST_FLOOR_MS = 1_000;
const SMALL = 'file:///tmp/lsp-bad/small.itu';
const SMALL_TEXT = 'ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nT\nconsidering\na)\tone;\nc)\ttwo,\n\nReasons:\tr\n';

async function within<T>(what: string, p: Promise<T>, bound: number): Promise<{ value: T; ms: number }> {
  const t = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${bound} ms`)), bound)));
  try {
    const value = await Promise.race([p, timeout]);
    return { value, ms: Date.now() - t };
  } finally {
    clearTimeout(timer);
  }
}

describe('bad input through the server', () => {
  const timings: string[] = [];
  after(() => console.log(`# ${timings.join('; ')}`));

  /**
   * One server per test: opens each document, pulls its diagnostics, edits it in the middle, pulls again,
   * asks for hover, code actions and the outline, closes it, and checks that a small document still gets
   * its diagnostics. A server that misses a bound is killed, so that one failure does not hang the file.
   */
  async function survive(cases: [name: string, uri: string, text: string | undefined, check?: (d: Diag[]) => void][], raw?: (c: Client) => void): Promise<void> {
    const c = new Client();
    c.configuration = { diagnostics: { delay: 0 } };
    let ok = false;
    try {
      await c.initialize(true, true);
      c.open(SMALL, SMALL_TEXT);
      raw?.(c);
      for (const [name, uri, text, check] of cases) {
        if (text !== undefined) c.open(uri, text);
        const first = await within(`${name}: diagnostics`, c.pull(uri), PULL_BOUND_MS);
        check?.(first.value);
        const bound = Math.max(REQUEST_FLOOR_MS, 2 * first.ms);
        const middle = { line: 0, character: 0 };
        if (text !== undefined) {
          const lines = text.split('\n');
          middle.line = lines.length >> 1;
          middle.character = lines[middle.line]!.length >> 1;
        }
        c.change(uri, [{ range: { start: middle, end: middle }, text: 'x' }]);
        const second = await within(`${name}: diagnostics after a keystroke in the middle`, c.pull(uri), Math.max(bound, 2_000));
        const textDocument = { uri };
        const took: string[] = [];
        for (const [what, method, params] of [
          ['hover', 'textDocument/hover', { textDocument, position: middle }],
          ['quick fixes', 'textDocument/codeAction', { textDocument, range: { start: middle, end: middle }, context: { diagnostics: second.value.slice(0, 3) } }],
          ['fix all', 'textDocument/codeAction', { textDocument, range: { start: middle, end: middle }, context: { diagnostics: [], only: ['source.fixAll'] } }],
          ['outline', 'textDocument/documentSymbol', { textDocument }],
        ] as const) {
          const r = await within(`${name}: ${what} (bound: twice the first diagnostics, ${first.ms} ms)`, c.request(method, params), bound);
          took.push(`${what} ${r.ms}`);
        }
        void c.rpc.sendNotification('textDocument/didClose', { textDocument });
        const small = await within(`${name}: the server answers after`, c.pull(SMALL), PULL_BOUND_MS);
        assert.deepEqual(small.value.map((d) => d.code), ['numbering.gap']);
        assert.equal(c.proc.exitCode, null, `${name}: the server is up`);
        timings.push(`${name}: diagnostics ${first.ms} + ${second.ms} ms, ${took.join(', ')} ms`);
      }
      const problems = c.stderr.filter((l) => /unhandled|uncaught|failed/i.test(l));
      assert.deepEqual(problems, [], 'no uncaught error or failed feature in the server log');
      ok = true;
    } finally {
      if (ok) assert.equal(await c.shutdown(), 0);
      else {
        c.proc.kill('SIGKILL');
        c.rpc.dispose();
      }
    }
  }

  test('a 10 MB document', { timeout: 120_000 }, async () => {
    const text = sizedDocument(10_000_000);
    assert.ok(Buffer.byteLength(text) >= 10_000_000);
    await survive([['10 MB', 'file:///tmp/lsp-bad/huge.itu', text]]);
  });

  test('a single 1 MB line with marks in it', { timeout: 60_000 }, async () => {
    const rnd = random(3);
    const words: string[] = [];
    for (let size = 0; size < 1_000_000; ) {
      const r = rnd();
      const w = r < 0.02 ? '{++inserted words++}' : r < 0.04 ? '{~~old~>new~~}' : r < 0.05 ? '[^1]' : ['that', 'the', 'Sector', 'considering', 'a)', '1.2', 'above'][Math.floor(rnd() * 7)]!;
      words.push(w);
      size += w.length + 1;
    }
    const text = `MOD\tEXA/12A3/1\nRESOLUTION 1 (Rev. Geneva, 2022)\nTitle\nconsidering\na)\t${words.join(' ')}\n\nReasons:\tr\n`;
    await survive([['1 MB line', 'file:///tmp/lsp-bad/line.itu', text]]);
  });

  test('random bytes, decoded as an editor would (U+FFFD) and as Latin-1', { timeout: 60_000 }, async () => {
    const rnd = random(11);
    const bytes = Buffer.alloc(1_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    const binary = (d: Diag[]) => assert.equal(d[0]?.code, 'input.binary');
    await survive([
      ['random bytes (UTF-8)', 'file:///tmp/lsp-bad/random.itu', new TextDecoder('utf-8').decode(bytes), binary],
      ['random bytes (Latin-1)', 'file:///tmp/lsp-bad/random1.itu', bytes.toString('latin1'), binary],
    ]);
  });

  test('binary files read as text (UTF-16 without BOM, a .docx) and texts with a few NULs', { timeout: 60_000 }, async () => {
    // input.binary judges the proportion of NUL and control code units in a sample (checks/input.ts): the first
    // two are refused at once; a text with NULs is a text, each NUL a finding where it stands, however early.
    const items = Array.from({ length: 2000 }, (_, i) => `that item ${i} is long enough to matter here;`);
    const text = ['MOD\tEXA/12A3/1', 'RESOLUTION 99 (Rev. Geneva, 2022)', 'Title', 'considering', ...items, '', 'Reasons:\tr', ''].join('\n');
    const docx = Buffer.from(await exportDocx(parseDocument(text)));
    const binary = (d: Diag[]) => assert.deepEqual(d.map((x) => x.code), ['input.binary']);
    const nuls = (n: number) => (d: Diag[]) => {
      assert.ok(!d.some((x) => x.code === 'input.binary'));
      assert.equal(d.filter((x) => x.code === 'characters.control').length, n);
    };
    const withNul = (...at: number[]) => at.reduceRight((t, i) => t.slice(0, i) + '\u0000' + t.slice(i), text);
    await survive([
      ['UTF-16LE without BOM', 'file:///tmp/lsp-bad/utf16.itu', new TextDecoder('utf-8').decode(Buffer.from(text, 'utf16le')), binary],
      ['a .docx', 'file:///tmp/lsp-bad/docx.itu', new TextDecoder('utf-8').decode(docx), binary],
      ['a NUL at the start', 'file:///tmp/lsp-bad/nul0.itu', withNul(0), nuls(1)],
      ['three NULs in the middle', 'file:///tmp/lsp-bad/nul1.itu', withNul(40_000, 40_001, 50_000), nuls(3)],
      ['two NULs at the end', 'file:///tmp/lsp-bad/nul2.itu', withNul(text.length - 3, text.length), nuls(2)],
    ]);
  });

  test('invalid UTF-8 on the wire, and lone surrogates in the text', { timeout: 60_000 }, async () => {
    // A didOpen whose JSON carries bytes that are not UTF-8: 0xFF, stray continuation bytes, truncated
    // sequences, an encoded surrogate, an overlong form. Written to the server's stdin as they are.
    const uri = 'file:///tmp/lsp-bad/utf8.itu';
    const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xe2, 0x82]);
    const body = Buffer.concat([
      Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${uri}","languageId":"itu","version":1,"text":"MOD\\tEXA/12A3/1\\nRESOLUTION 1 (Rev. Geneva, 2022)\\nconsidering\\na)\\tthat `),
      bad,
      Buffer.from(' {++new '),
      bad,
      Buffer.from('++};\\n\\nReasons:\\tr\\n"}}}'),
    ]);
    const raw = (c: Client) => void c.proc.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    // Lone surrogates survive JSON (as \ud800) but are not well-formed UTF-16.
    const lone = `MOD\tEXA/12A3/1\nRESOLUTION 1 (Rev. Geneva, 2022)\nconsidering\na)\tthat \ud800 and \udfff{++\udbff++} x;\n${'\ud83d'.repeat(10_000)}\n\nReasons:\tr\n`;
    await survive([
      ['invalid UTF-8', uri, undefined, (d) => assert.ok(Array.isArray(d))],
      ['lone surrogates', 'file:///tmp/lsp-bad/surrogates.itu', lone],
    ], raw);
  });

  describe('deeply repeated marks', () => {
    const head = 'MOD\tEXA/12A3/1\nRESOLUTION 1 (Rev. Geneva, 2022)\nTitle\nconsidering\na)\t';
    const tail = '\n\nReasons:\tr\n';
    const n = 50_000;
    const letter = (i: number) => String.fromCharCode(97 + (i % 26));
    const cases: [string, () => string][] = [
      ['50,000 unclosed openers', () => head + '{++'.repeat(n) + tail],
      ['50,000 nested insertions', () => head + '{++'.repeat(n) + 'x' + '++}'.repeat(n) + tail],
      ['50,000 nested substitutions', () => head + '{~~a~>'.repeat(n) + 'b' + '~~}'.repeat(n) + tail],
      ['50,000 attributed marks in a row', () => head + '{~~a~>b~~}{>>@A<<}'.repeat(n) + tail],
      ['50,000 closers without openers', () => head + '++}--}~~}<<}==}~>'.repeat(n / 5) + tail],
      ['50,000 relettered items, one line each', () => head + Array.from({ length: n }, (_, i) => `{--${letter(i)})\tx--}{++${letter(i + 1)})\ty++}`).join('\n') + tail],
      ['a deletion across 50,000 items', () => head + '{--' + 'b)\tthat;\n'.repeat(n) + '--}' + tail],
    ];
    for (const [name, text] of cases) {
      test(name, { timeout: 60_000 }, async () => {
        await survive([[name, `file:///tmp/lsp-bad/${name.replace(/\W+/g, '-')}.itu`, text()]]);
      });
    }
  });

  test('50,000 proposal headers out of sequence, 1,000,000 blank lines', { timeout: 90_000 }, async () => {
    const headers = Array.from({ length: 50_000 }, (_, i) => `MOD\tEXA/12A3/${(i * 7919) % 50_000}`).join('\n');
    await survive([
      ['50,000 proposals out of sequence', 'file:///tmp/lsp-bad/headers.itu', headers],
      ['1,000,000 blank lines', 'file:///tmp/lsp-bad/blank.itu', 'MOD\tEXA/12A3/1\n' + '\n'.repeat(1_000_000) + 'Reasons:\tr\n'],
    ]);
  });
});
