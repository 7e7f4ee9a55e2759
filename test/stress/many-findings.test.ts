// 150,000 findings in one document through the server, pulled and pushed (moved from test/lsp/robust.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withClient } from '../lsp/harness';

describe('a document with 150,000 findings', () => {
  const n = 150_000;
  const refs: string[] = [];
  for (let i = 0; i < n; i++) refs.push(`[^u${i}]`);
  const text = `ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nTitle\nconsidering\na)\tthat ${refs.join(' ')};\n\nReasons:\tr\n`;
  const uri = 'file:///tmp/lsp-robust/many.itu';

  test('pull and push both deliver every diagnostic; the outline and marks still answer', { timeout: 120_000 }, async () => {
    for (const pull of [true, false]) {
      await withClient(pull, async (c) => {
        c.open(uri, text);
        const d = pull ? await c.pull(uri) : await c.published_(uri, (x) => x.length > 0);
        assert.equal(d.length, n);
        assert.ok(d.every((x) => x.code === 'footnote.undefined' && x.range.start.line === 4));
        const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
        assert.equal(symbols.length, 1);
        assert.deepEqual(c.stderr.filter((l) => /failed|exceeded|uncaught/i.test(l)), []);
      }, 100_000);
    }
  });
});
