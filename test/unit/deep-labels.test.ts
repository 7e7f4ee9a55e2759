// Clause numbers nested beyond MAX_DECIMAL_DEPTH levels are read as text and reported once per proposal
// (review5 F6): every label deeper than that was compared part by part with each clause around it, and
// each list's renumbering fix carried an edit for every clause under it, so a text nesting thousands of
// levels cost the cube of its depth (the square of its size). The work is counted here, not timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeNextVersion, checkDocument, parseDocument } from '../../server/src/core';
import { matchLabel, MAX_DECIMAL_DEPTH, MAX_LABEL_DIGITS } from '../../server/src/core/labels';
import { READ_AS_TEXT, readAsTextMatches } from '../../server/src/core/checks/numbering';
import { lines } from './helpers';
import { cases } from '../support/scale';

const number = (depth: number, last = 1) => [...Array<string>(depth - 1).fill('1'), String(last)].join('.');

/** An ADD whose resolves nests `levels` decimal levels, every other level skipping a number (`1.3` then `1.1`). */
function deepGaps(levels: number, seq = 1): string {
  const out = ['ADD\tEXA/12A3/' + seq, 'DRAFT NEW RESOLUTION [EXA-1] (Geneva, 2028)', 'Title', 'The World Telecommunication Standardization Assembly (Geneva, 2028),', 'resolves'];
  for (let d = 2; d <= levels; d += 2) out.push(`${number(d, 3)}\tx;`, `${number(d, 1)}\tx;`);
  return lines(...out, 'Reasons:\tr.', '');
}

test('a decimal label is read with up to MAX_DECIMAL_DEPTH levels, a deeper one is text', () => {
  assert.equal(matchLabel(`${number(MAX_DECIMAL_DEPTH)}\tx`)?.label.parts.length, MAX_DECIMAL_DEPTH);
  assert.equal(matchLabel(`${number(MAX_DECIMAL_DEPTH + 1)}\tx`), undefined);
  assert.equal(matchLabel(`${number(MAX_DECIMAL_DEPTH + 500)}\tx`), undefined);
});

test('numbering.too-deep: once in each proposal, on the first such line, counting them; the incremental analysis agrees', () => {
  const text = lines('Proposals:\tEXA', 'Document:\t12', '') + deepGaps(60, 1) + deepGaps(40, 2);
  const found = checkDocument(parseDocument(text)).filter((f) => f.code === 'numbering.too-deep');
  assert.equal(found.length, 2);
  const perProposal = (levels: number) => Math.floor(levels / 2) * 2 - Math.floor(MAX_DECIMAL_DEPTH / 2) * 2;
  assert.match(found[0].message, new RegExp(`^${perProposal(60)} clause numbers of more than ${MAX_DECIMAL_DEPTH} levels`));
  assert.match(found[1].message, new RegExp(`^${perProposal(40)} clause numbers`));
  assert.equal(text.slice(found[0].start, found[0].end), number(MAX_DECIMAL_DEPTH + 1, 1).replace(/1$/, '1'));
  assert.deepEqual(analyzeNextVersion(text).findings, checkDocument(parseDocument(text)));
});

test('deep clauses that skip: the fixes hold a bounded number of edits per paragraph, whatever the depth', () => {
  for (const levels of [100, 400]) {
    const text = deepGaps(levels);
    const findings = checkDocument(parseDocument(text));
    let edits = 0;
    for (const f of findings) for (const fix of [f.fix, ...(f.fix?.alternatives ?? [])]) edits += fix?.edits.length ?? 0;
    // Before the bound: each level's fix relettered every clause under it, about levels²/2 edits.
    assert.ok(edits <= 20 * levels, `${edits} edits for ${levels} levels`);
    assert.ok(findings.length <= 4 * MAX_DECIMAL_DEPTH, `${findings.length} findings`);
  }
});

test('numbering.too-deep is found at every line start the multiline pattern reads: after LF, CRLF, a lone CR, U+2028; indented or annex-lettered', () => {
  const deep = number(MAX_DECIMAL_DEPTH + 1);
  const front = (eol: string, line: string) => ['Proposals:\tEXA', 'Document:\t12', 'x', `${line}\tdeep;`, 'y', ''].join(eol);
  const spans = (text: string) => checkDocument(parseDocument(text)).filter((f) => f.code === 'numbering.too-deep').map((f) => text.slice(f.start, f.end));
  for (const eol of ['\n', '\r\n', '\r', '\u2028']) {
    assert.deepEqual(spans(front(eol, deep)), [deep], JSON.stringify(eol));
    assert.deepEqual(spans(front(eol, ` \u00a0${deep}`)), [deep], JSON.stringify(eol));
    assert.deepEqual(spans(front(eol, `A.${deep}`)), [`A.${deep}`], JSON.stringify(eol));
    // Not at a line start: text.
    assert.deepEqual(spans(front(eol, `see ${deep}`)), [], JSON.stringify(eol));
  }
  // The last line, without a line end.
  assert.deepEqual(spans(`x\n${deep}\tdeep`), [deep]);
});

test('property: the lines read as text are those the multiline pattern finds, with runs of digits and dots of every length around the shortest a match holds, anywhere', () => {
  const run = (length: number, dots: boolean) => Array.from({ length }, (_, k) => (dots && k % 2 ? '.' : String((k * 7 + length) % 10))).join('');
  const line = fc.tuple(
    fc.constantFrom('', ' ', '\u00a0', 'A.', 'B12.', 'IV.', '.', 'x ', 'The text '),
    fc.oneof(
      fc.integer({ min: MAX_LABEL_DIGITS - 2, max: MAX_LABEL_DIGITS + 3 }).map((n) => run(n, false)),
      fc.integer({ min: 2 * MAX_DECIMAL_DEPTH - 3, max: 2 * MAX_DECIMAL_DEPTH + 4 }).map((n) => run(n, true)),
      fc.constantFrom('1', '2028', '1.2.3', 'a)', ''),
    ),
    fc.constantFrom('\t', ' ', '\u00a0', 'x', ')\t', 'bis\t', '.\t', ''),
    fc.string({ maxLength: 20 }),
  ).map((parts) => parts.join(''));
  const terminator = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029');
  const text = fc.array(fc.tuple(line, terminator), { maxLength: 12 }).map((ls) => ls.map(([l, t]) => l + t).join(''));
  fc.assert(
    fc.property(text, (t) => {
      const found = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2]]);
      assert.deepEqual(found(readAsTextMatches(t)), found([...t.matchAll(READ_AS_TEXT)]), JSON.stringify(t));
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? cases(300)) },
  );
});

test('a number of the fewest digits read as text, or of the fewest levels, is found wherever it stands in the text', () => {
  const digits = '9'.repeat(MAX_LABEL_DIGITS + 1);
  const deep = number(MAX_DECIMAL_DEPTH + 1);
  for (let before = 0; before <= 2 * deep.length; before++) {
    for (const n of [digits, deep]) {
      const text = `${'x'.repeat(before)}\n${n}\tx\n`;
      assert.deepEqual(readAsTextMatches(text).map((m) => m.index), [before + 1], `${before} ${n}`);
      // One character fewer: none.
      assert.deepEqual(readAsTextMatches(`${'x'.repeat(before)}\n${n.slice(1)}\tx\n`), [], `${before} ${n}`);
    }
  }
});
