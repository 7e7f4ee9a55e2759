// The outline's names and details (service/outline.ts short): a long paragraph is shown by its start, read from its first
// characters only; the answer must be the one the whole text folds to (white space folded to one space, trimmed, cut
// to 60 characters with an ellipsis, never inside a surrogate pair).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { short } from '../../server/src/service/outline';

function reference(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  // Cut at a code point boundary: a character outside the BMP (😀) is never split (core/shorten.ts).
  return t.length > max ? t.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '') + '…' : t;
}

test('short reads a long text as the whole of it would fold', () => {
  // Runs of white space of every kind (NBSP, tabs, line ends), letters, and characters outside the BMP, at lengths around
  // the 240 characters read first.
  const piece = fc.constantFrom('a', 'word', ' ', '   ', '\t', '\n', '\u00a0', '\u2003 ', '😀', 'é', ' '.repeat(200), 'x'.repeat(59));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 80 }), (parts, max) => {
      const text = parts.join('');
      assert.equal(short(text, max), reference(text, max), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 16 },
  );
  // The edge: exactly `max` characters and then only white space, past what is read first.
  const edge = 'y'.repeat(60) + ' '.repeat(300);
  assert.equal(short(edge), reference(edge));
  assert.equal(short(edge), 'y'.repeat(60));
});
