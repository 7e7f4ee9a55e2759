// A word typed without marks right against a mark, no space between (`{--freely--}openly`, `openly{--freely--}`,
// `{~~freely~>widely~~}openly`, `{++new++}freelyx`): the comparer reads words, so the old text's `freelyopenly` is one
// word changed, and its fix had to put an opener inside the deletion: none was offered (review 10/14, rev-editor). The
// characters that differ are wrapped now (`{--freely--}{++openly++}`). And a mark opened before an insertion the old
// text does not show (`{++new++}freelyx`) held it (`{~~freely~>{++new++}freelyx~~}`, marks nested, the new text
// changed): it opens after it. Generated: words of the text in force × the mark × the word typed before or after it;
// every untracked change wrapped by its fix, none left, no mark nested, the new text what the delegate wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { applyEdits, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { cases } from '../support/scale';
import { ROOT } from './helpers';

const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
const PARAGRAPHS = BASE.split('\n').slice(2).filter(Boolean);
const index = new BaseIndex();
index.update('file:///ws/res99.itu', BASE);

type Mark = 'deletion' | 'substitution' | 'insertion before' | 'comment before';

/**
 * The words a case may mark: a word of letters (not the label, not punctuation: the base's word is whole) of a
 * labelled paragraph past the title lines, with `labelledNext` one whose next paragraph is labelled too. Drawn from
 * these, every generated case is one to check: drawn from every paragraph and word, a quick run (20 cases) sometimes
 * held too few to count.
 */
function markable(labelledNext: boolean): { paragraph: number; w: number }[] {
  const labelled = (p: string | undefined) => p !== undefined && /^[a-z0-9]+\)?\t/.test(p);
  const out: { paragraph: number; w: number }[] = [];
  for (let paragraph = 5; paragraph < PARAGRAPHS.length; paragraph++) {
    if (!labelled(PARAGRAPHS[paragraph]) || (labelledNext && !labelled(PARAGRAPHS[paragraph + 1]))) continue;
    const words = PARAGRAPHS[paragraph].split(' ');
    for (let w = 1; w < words.length - 1; w++) if (/^[a-z]{3,}$/.test(words[w])) out.push({ paragraph, w });
  }
  return out;
}
const untracked = (text: string) => checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');

/** Word `w` of a paragraph marked, and `typed` written against the mark (after or before it) without a space. */
function amend(words: string[], w: number, mark: Mark, typed: string, after: boolean): string {
  const word = words[w];
  if (mark === 'insertion before' || mark === 'comment before') {
    const m = mark === 'insertion before' ? '{++new++}' : '{>>check<<}';
    return [...words.slice(0, w), after ? `${m}${word}${typed}` : `${m}${typed}${word}`, ...words.slice(w + 1)].join(' ');
  }
  const marked = mark === 'deletion' ? `{--${word}--}` : `{~~${word}~>other~~}`;
  return [...words.slice(0, w), after ? `${marked}${typed}` : `${typed}${marked}`, ...words.slice(w + 1)].join(' ');
}

test('a word typed against a mark without a space gets a fix that wraps it, no mark nested', () => {
  let wrapped = 0;
  fc.assert(fc.property(
    fc.constantFrom(...markable(false)), fc.constantFrom<Mark>('deletion', 'substitution', 'insertion before', 'comment before'),
    fc.constantFrom('openly', 'x', 'Typed', 'same start', 'same end'), fc.boolean(),
    ({ paragraph, w }, mark, choice, after) => {
      const words = PARAGRAPHS[paragraph].split(' ');
      // A word typed that opens with the marked word's letter, or ends with its last: the old text (`openlyout` for
      // `openly{--out--}`) then shares both a start and an end with the base's word, and only the end read first
      // leaves the typed word whole outside the mark (CI, seed 1486526269).
      const typed = choice === 'same start' ? `${words[w][0]}pen` : choice === 'same end' ? `pen${words[w].slice(-1)}` : choice;
      const body = PARAGRAPHS.map((x, i) => (i === paragraph ? amend(words, w, mark, typed, after) : x));
      let text = ['Proposals:\tEXA', 'Document:\t12', '', 'MOD\tEXA/12/1', ...body, '', 'Reasons:\tr.', ''].join('\n');
      const wrote = parseDocument(text).views.new.text;
      for (let round = 0; round < 6; round++) {
        const left = untracked(text);
        if (!left.length) break;
        const wrap = [left[0].fix, ...(left[0].fix?.alternatives ?? [])].find((f) => f?.title === 'Wrap this change in revision marks');
        assert.ok(wrap, `no fix wraps ${JSON.stringify(text.slice(left[0].start, left[0].end))} in:\n${body[paragraph]}`);
        const marks = parseDocument(text).marks.length;
        const opened = wrap.edits.reduce((n, e) => n + (e.newText.match(/\{(?:\+\+|--|~~)/g)?.length ?? 0), 0);
        text = applyEdits(text, wrap.edits);
        const now = parseDocument(text);
        assert.equal(now.marks.length, marks + opened, `a mark nested:\n${text.split('\n').find((l) => l.includes(typed))}`);
        assert.equal(now.views.new.text, wrote, `the new text changed:\n${text.split('\n').find((l) => l.includes(typed))}`);
        wrapped++;
      }
      assert.deepEqual(untracked(text).map((f) => text.slice(f.start, f.end)), [], text);
    },
  ), { numRuns: cases(300) });
  // Every case holds a change to wrap (its words drawn from markable).
  assert.ok(wrapped >= cases(300), `${wrapped} changes wrapped in ${cases(300)} cases`);
});

test('Insert revision marks from the base writes them all, a word typed against a mark among them', () => {
  let applied = 0;
  fc.assert(fc.property(
    fc.constantFrom(...markable(true)), fc.constantFrom<Mark>('deletion', 'substitution'), fc.boolean(),
    ({ paragraph, w }, mark, after) => {
      const words = PARAGRAPHS[paragraph].split(' ');
      // The word typed against the mark, and another word typed unmarked in the next paragraph.
      const body = PARAGRAPHS.map((x, i) => (i === paragraph ? amend(words, w, mark, 'openly', after) : i === paragraph + 1 ? x.replace(/ /, ' also ') : x));
      const text = ['Proposals:\tEXA', 'Document:\t12', '', 'MOD\tEXA/12/1', ...body, '', 'Reasons:\tr.', ''].join('\n');
      const left = untracked(text);
      assert.ok(left.length >= 2, text);
      const all = [left[0].fix, ...(left[0].fix?.alternatives ?? [])].find((f) => f?.title === 'Insert revision marks from the base');
      assert.ok(all, `no fix inserts them all:\n${body[paragraph]}`);
      const opened = all.edits.reduce((n, e) => n + (e.newText.match(/\{(?:\+\+|--|~~)/g)?.length ?? 0), 0);
      const fixed = applyEdits(text, all.edits);
      assert.equal(parseDocument(fixed).marks.length, parseDocument(text).marks.length + opened, fixed);
      assert.equal(parseDocument(fixed).views.new.text, parseDocument(text).views.new.text);
      assert.deepEqual(untracked(fixed).map((f) => fixed.slice(f.start, f.end)), [], fixed);
      applied++;
    },
  ), { numRuns: cases(200) });
  assert.equal(applied, cases(200), `${applied} of ${cases(200)} cases applied`);
});
