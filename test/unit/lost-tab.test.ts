// numbering.gap where the missing item is there, its number typed with a space for its TAB (`1 to reconvene …`: a
// bare number followed by a space is text, FORMAT.md §1). PP-18's Final Acts as extracted hold four such lists; the
// finding said "the list starts at 2" and its fix renumbered 2 to 1, leaving the item `1 to …` as text (h-amend).
// Generated: numbered lists of 2 to 8 items under a call, some items' TABs made one or two spaces or a no-break
// space; each run of such items is one finding on the label after it, naming the paragraph, and one Fix all (every
// safe fix applied together) writes the TABs back, after which nothing is said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument, type TextEdit } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines } from './helpers';

function fixAll(text: string): string {
  const edits: TextEdit[] = [];
  for (const f of checkDocument(parseDocument(text))) {
    if (!f.fix?.safeForFixAll) continue;
    if (f.fix.edits.some((e) => edits.some((d) => e.start < d.end && d.start < e.end))) continue;
    for (const e of f.fix.edits) if (!edits.includes(e)) edits.push(e);
  }
  return applyEdits(text, edits.sort((a, b) => a.start - b.start));
}

test('a numbered item whose TAB was typed as a space: one finding per run, and Fix all writes the TAB', () => {
  const rnd = seeded(83);
  let said = 0;
  for (let c = 0; c < cases(300, 60); c++) {
    const n = 2 + Math.floor(rnd() * 7);
    // The last item keeps its TAB (a list with no label left is text), the others lose it one time in three.
    const lost = Array.from({ length: n }, (_, i) => i < n - 1 && rnd() < 0.34);
    const space = [' ', '  ', '\u00A0'][Math.floor(rnd() * 3)];
    const items = Array.from({ length: n }, (_, i) => `${i + 1}${lost[i] ? space : '\t'}to do thing ${i + 1}${i === n - 1 ? '.' : ';'}`);
    const text = lines('Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', 'DRAFT NEW RESOLUTION [ABC-1] (Geneva, 2028)', 'Title',
      'The World Telecommunication Standardization Assembly (Geneva, 2028),', 'resolves', ...items, '', 'Reasons:\tr.', '');
    const where = `case ${c}: ${items.map((i) => JSON.stringify(i.slice(0, 3))).join(' ')}`;
    // One finding per run of lost TABs, on the label after it, naming the run's first item.
    const runs: number[] = [];
    lost.forEach((l, i) => l && (i === 0 || !lost[i - 1]) && runs.push(i + 1));
    const found = checkDocument(parseDocument(text));
    assert.deepEqual(found.map((f) => f.code), runs.map(() => 'numbering.gap'), where);
    found.forEach((f, k) => assert.ok(f.message.includes(`${runs[k]} is missing: the paragraph before it, "${runs[k]}${space}to do thing`), `${where}: ${f.message}`));
    const fixed = fixAll(text);
    assert.deepEqual(checkDocument(parseDocument(fixed)).map((f) => f.code), [], `${where}: ${fixed}`);
    assert.equal(fixed, text.replace(/^(\d+)[ \u00A0]+to do/gm, '$1\tto do'), where);
    said += runs.length;
  }
  assert.ok(said > cases(100, 20));
});
