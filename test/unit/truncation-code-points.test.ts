// User text shortened for display is cut at a code point boundary (core/shorten.ts): outline details (`slice(0, max - 1)
// + '…'`) and numbering.gap's "with a space for the TAB" quote (`slice(0, 40)`) cut an emoji or a CJK Extension B
// character (𠀋) in half, and the editor showed "�". Generated: the helpers over texts of BMP and astral characters at
// every length; the two reported places with the astral character moved across the cut; and no truncation of the kind
// left in the sources outside the helper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { checkDocument, parseDocument } from '../../server/src/core';
import { ellipsized, headOf, tailOf } from '../../server/src/core/shorten';
import { documentSymbols } from '../../server/src/service/outline';
import { DocumentRecord } from '../../server/src/service/record';
import { contribution, filesUnder, RES_HEAD, ROOT } from './helpers';

/** A lone surrogate: half of a character, shown as "�". */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ASTRAL = ['𠀋', '😀', '𝐀', '👍🏽'];

test('headOf, tailOf and ellipsized never split a surrogate pair, and cut where slice does otherwise', () => {
  const piece = fc.constantFrom('a', 'é', ' ', '中', ...ASTRAL);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 50 }), (parts, n) => {
      const text = parts.join('');
      const head = headOf(text, n);
      const tail = tailOf(text, n);
      assert.ok(!LONE.test(head) && !LONE.test(tail), JSON.stringify([text, n]));
      assert.ok(text.startsWith(head) && text.endsWith(tail));
      const splitsHead = n > 0 && n < text.length && /[\uD800-\uDBFF]/.test(text[n - 1]);
      const splitsTail = n > 0 && n < text.length && /[\uDC00-\uDFFF]/.test(text[text.length - n]);
      assert.equal(head, splitsHead ? text.slice(0, n - 1) : text.slice(0, n));
      assert.equal(tail, splitsTail ? text.slice(text.length - n + 1) : text.slice(Math.max(0, text.length - n)));
      const shown = ellipsized(text, n);
      assert.ok(!LONE.test(shown));
      assert.equal(shown, text.length > n ? headOf(text, n - 1) + '…' : text);
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('numbering.gap quotes the paragraph with its lost TAB without splitting a character (`1 to xxx…𠀋𠀋𠀋`)', () => {
  for (const ch of ASTRAL) {
    for (let k = 30; k <= 40; k++) {
      const line = `1 to ${'x'.repeat(k)}${ch.repeat(3)} and more words after it;`;
      const text = contribution('ADD', [...RES_HEAD, 'resolves', line, '2\tto do.']);
      const gap = checkDocument(parseDocument(text)).filter((f) => f.code === 'numbering.gap');
      assert.equal(gap.length, 1, line);
      assert.ok(!LONE.test(gap[0].message), `${k} ${ch}: ${gap[0].message}`);
      const quoted = /"(.*)…"/.exec(gap[0].message)![1];
      assert.ok(line.startsWith(quoted) && quoted.length >= 39 - ch.length, `${k} ${ch}: ${quoted}`);
    }
  }
});

test('the outline shows an item\'s text without splitting a character at its 60th', () => {
  for (const ch of ASTRAL) {
    for (let k = 50; k <= 62; k++) {
      const body = `that ${'y'.repeat(k)}${ch.repeat(4)} and more;`;
      const text = contribution('ADD', [...RES_HEAD, 'resolves', `1\t${body}`, '2\tto do.']);
      const symbols = JSON.stringify(documentSymbols(new DocumentRecord('file:///ws/d.itu', 1, text)));
      const details = [...symbols.matchAll(/"detail":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
      const detail = details.find((d) => d.startsWith('that y'));
      assert.ok(detail !== undefined, symbols);
      assert.ok(!LONE.test(detail), `${k} ${ch}: ${JSON.stringify(detail)}`);
      assert.ok(body.startsWith(detail.replace(/…$/, '')), detail);
    }
  }
});

test('no user text is cut with slice(0, n) and an ellipsis outside core/shorten.ts', () => {
  const CUT = /\.slice\(0, [^)]*\)\s*(?:\}\s*)?(?:\+\s*)?['`"]?(?:…|\.\.\.)/;
  const found: string[] = [];
  for (const dir of ['server/src', 'client/src']) {
    for (const file of filesUnder(path.join(ROOT, dir), '.ts')) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => CUT.test(line) && found.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`));
    }
  }
  assert.deepEqual(found, []);
});
