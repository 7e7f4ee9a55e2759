// Time bounds, each proportional to the size of its input and generous (a loaded machine passes):
// they catch work that grows with the square, not a slow run. Speed itself is measured by `npm run bench`.
// Moved here from the unit suite, which asserts no time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseComparer, checkDocument, parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { resolution } from '../support/generated';
import { contribution, SHARED } from '../unit/helpers';

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

test('comparing a draft rewritten wholesale with its base: at most 8 ms per KB (500 KB)', () => {
  const base = resolution(500_000, 11);
  const draft = resolution(500_000, 12);
  const kb = draft.join('\n').length / 1024;
  const { value, ms } = timed(() => new BaseComparer().compare(draft, base));
  assert.ok(!value.identical);
  assert.ok(ms < 8 * kb, `${Math.round(ms)} ms for ${Math.round(kb)} KB`);
});

test('a long list whose fix cannot be built: at most 0.5 ms per item (the fix is tried once per list)', () => {
  // 3,000 relettered items; one keystroke leaves an `x` between a deletion and an insertion, so one
  // label no longer stands in one piece and the list's fix cannot be built.
  const letters = 'abcdefgh';
  const n = 3000;
  const items = Array.from({ length: n }, (_, i) => `{--${letters[i % 8]})\tx--}{++${letters[(i + 1) % 8]})\ty++}`);
  items[n / 2] = items[n / 2]!.replace('--}{++', '--}x{++');
  const text = contribution('MOD', ['considering', ...items]);
  // About 60 ms when the fix is tried once per list; seconds (growing with the square) when tried per finding.
  const { ms } = timed(() => checkDocument(parseDocument(text)));
  assert.ok(ms < 0.5 * n, `${Math.round(ms)} ms for ${n} items`);
});

test("importing ITU's own Word file: at most 8 ms per KB of .docx", async () => {
  const bytes = fs.readFileSync(path.join(SHARED, 'corpus', 'wtsa16-res1.docx'));
  const kb = bytes.length / 1024;
  const t = performance.now();
  const result = await importDocx(bytes);
  const ms = performance.now() - t;
  assert.ok(result.text.length > 10_000);
  assert.ok(ms < 8 * kb, `${Math.round(ms)} ms for ${Math.round(kb)} KB`);
});
