// `track` (and the fixes of base.untracked-change) write a MOD's differences from its text in force as marks.
// A changed word holding a brace used to leave the whole MOD unmarked (`{++{++}` reads as three mark errors,
// review 9, J10). A mark whose text would make a delimiter with the mark's own is now widened over the
// unchanged text around it (compare.ts readableHunk), and every mark written must read back: property-tested
// here on generated Resolutions whose words hold braces. Track, then the old projection of the MOD is the
// text in force and the new one the draft, paragraph by paragraph, with no mark finding.
//   node --import tsx --test test/unit/track-braces.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, parseDocument, toCriticMarkup, BaseComparer, trackRevisions } from '../../server/src/core';
import { project, scanMarks } from '../../server/src/core';
import { lines } from './helpers';
import { seeded } from '../support/random';

/** A small deterministic generator (mulberry32). */
const rng = seeded;

// Words with braces in every place a delimiter could be made: alone, doubled, at a word's start or end,
// inside, and a `~` (the substitution's separator is `~>`). No word opens with `+`, `-`, `~`, `>`, `=` after a
// brace nor holds a whole delimiter: such a text has no writing in CriticMarkup (FORMAT.md gives no escape).
const WORDS = ['value', 'the', 'network', 'of', 'Member', 'States', '{x}', '{', '}', '{{', '}}', 'a{b', 'c}d', '{y', 'z}', 'p~q', '~', '{~}', 'set{', '}end', 'x{1}', '{+}', '{-x-}'];

const HEAD = ['RESOLUTION 7 (Rev. Hammamet, 2016)', 'Test resolution', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'resolves'];

function mutate(item: string, next: () => number): string {
  const words = item.split(' ');
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const edits = 1 + Math.floor(next() * 3);
  for (let k = 0; k < edits; k++) {
    // The first word (`that`) and the last (`end;`) stay: a paragraph ending in `{` has no mark that reads back
    // (`…{` then a closer makes an opener: the last test).
    const at = 1 + Math.floor(next() * (words.length - 2));
    const r = next();
    if (r < 0.35) words[at] = pick();
    else if (r < 0.65) words.splice(at, 0, pick());
    else if (r < 0.85 && words.length > 3) words.splice(at, 1);
    else words[at] = words[at] + pick();
  }
  return words.join(' ');
}

/** The MOD's paragraphs (between its header and Reasons) in one projection, blank lines left out. */
function restated(text: string, view: 'old' | 'new'): string[] {
  const doc = parseDocument(text);
  const p = doc.proposals[0]!;
  const projected = project(doc.text.slice(p.span.start, p.span.end), scanMarks(doc.text.slice(p.span.start, p.span.end)).marks, view).text;
  return projected.split('\n').slice(1).filter((l) => l.trim() !== '' && !l.startsWith('Reasons:'));
}

describe('track writes marks for changes holding braces, and they read back', () => {
  test('generated: the old text is the text in force, the new text the draft', () => {
    const next = rng(20261206);
    const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
    let written = 0;
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, i) => {
        const words = Array.from({ length: 4 + Math.floor(next() * 6) }, pick);
        return `${i + 1}\tthat ${words.join(' ')} end;`;
      });
      const base = lines(...HEAD, ...items);
      const changed = items.map((item) => (next() < 0.6 ? mutate(item, next) : item));
      if (changed.every((c, i) => c === items[i])) changed[0] = mutate(items[0]!, next);
      const draft = lines('MOD\tAFCP/1/1', ...HEAD, ...changed, 'Reasons:\tx.');
      const index = new BaseIndex();
      index.update('res7.itu', base);
      const doc = parseDocument(draft);
      const tracked = trackRevisions(doc, amendedResolutions(doc, index.lookup));
      const label = `round ${round}:\n${base}\n${draft}`;
      assert.deepEqual(tracked.skipped, [], label);
      const out = applyEdits(draft, tracked.edits);
      const marks = checkDocument(parseDocument(out), { bases: index.lookup }).filter((f) => f.code.startsWith('marks.') || f.code === 'base.untracked-change');
      assert.deepEqual(marks.map((f) => `${f.code}: ${f.message}`), [], `${label}\n→\n${out}`);
      assert.deepEqual(restated(out, 'new'), [...HEAD, ...changed], `${label}\n→\n${out}`);
      assert.deepEqual(restated(out, 'old'), [...HEAD, ...items], `${label}\n→\n${out}`);
      if (tracked.edits.length > 0) written++;
    }
    assert.equal(written, 300);
  });

  test('the preview writes the same readable marks (toCriticMarkup)', () => {
    const next = rng(7);
    const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
    for (let round = 0; round < 300; round++) {
      const base = [`that ${Array.from({ length: 6 }, pick).join(' ')} end;`];
      const draft = [mutate(base[0]!, next)];
      const marked = toCriticMarkup(draft, new BaseComparer().compare(draft, base)).join('\n');
      const scan = scanMarks(marked);
      assert.deepEqual(scan.findings.map((f) => f.code), [], `${base[0]} → ${draft[0]}: ${marked}`);
      assert.equal(project(marked, scan.marks, 'new').text, draft[0], marked);
      assert.equal(project(marked, scan.marks, 'old').text.replace(/\s+/g, ' '), base[0]!.replace(/\s+/g, ' '), marked);
    }
  });

  test('a `{` ending a paragraph has no writing: that MOD is left as it is, never written with broken marks', () => {
    const base = lines(...HEAD, '1\tthat the value is set;', '2\tthat the other value is kept.');
    const draft = lines('MOD\tAFCP/1/1', ...HEAD, '1\tthat the value is set;{', '2\tthat the other value is changed.', 'Reasons:\tx.');
    const index = new BaseIndex();
    index.update('res7.itu', base);
    const doc = parseDocument(draft);
    const tracked = trackRevisions(doc, amendedResolutions(doc, index.lookup));
    assert.deepEqual(tracked.edits, []);
    assert.deepEqual(tracked.skipped, [{ kind: 'unplaced', proposalIndex: 0 }]);
  });
});
