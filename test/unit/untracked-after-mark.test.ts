// A change typed without marks right after a mark (`shared {~~freely~>openly~~} and widely,`) gets its fix
// (review 10, rev-editor): where the mark ends in the old text, the fix's `{++` went inside the substitution, which
// would nest marks, so no fix was offered at all. Generated: words of the text in force changed with marks, and
// words typed or deleted without marks right after (or before) them; each untracked change is wrapped by its fix in
// turn, none is left, and the new text is what the delegate wrote.
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

type Mark = 'substitution' | 'insertion' | 'deletion';
type Untracked = 'typed after' | 'typed before' | 'deleted after';

interface Change { paragraph: number; word: number; mark: Mark; untracked: Untracked }

/** The paragraph with word `word` marked, and the word after it (or before it) typed or deleted without marks. */
function amend(text: string, c: Change): string {
  const words = text.split(' ');
  const w = 1 + (c.word % Math.max(1, words.length - 2));
  const marked = c.mark === 'substitution' ? `{~~${words[w]}~>newer~~}` : c.mark === 'insertion' ? `${words[w]} {++extra++}` : `{--${words[w]}--}`;
  if (c.untracked === 'typed after') return [...words.slice(0, w), `${marked} typed`, ...words.slice(w + 1)].join(' ');
  if (c.untracked === 'typed before') return [...words.slice(0, w), `typed ${marked}`, ...words.slice(w + 1)].join(' ');
  return [...words.slice(0, w), marked, ...words.slice(w + 2)].join(' ');
}

const untracked = (text: string) => checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');

test('untracked changes next to a mark are each wrapped by their fix, and the new text stays', () => {
  const change = fc.record({
    paragraph: fc.integer({ min: 5, max: PARAGRAPHS.length - 1 }),
    word: fc.nat(),
    mark: fc.constantFrom<Mark>('substitution', 'insertion', 'deletion'),
    untracked: fc.constantFrom<Untracked>('typed after', 'typed before', 'deleted after'),
  });
  fc.assert(fc.property(fc.uniqueArray(change, { minLength: 1, maxLength: 3, selector: (c) => c.paragraph }), (changes) => {
    const body = PARAGRAPHS.map((p, i) => {
      const c = changes.find((x) => x.paragraph === i);
      return c && /^[a-z0-9]+\)?\t/.test(p) ? amend(p, c) : p;
    });
    let text = ['Proposals:\tEXA', 'Document:\t12', '', 'MOD\tEXA/12/1', ...body, '', 'Reasons:\tr.', ''].join('\n');
    const wrote = parseDocument(text).views.new.text;
    for (let round = 0; round < 12; round++) {
      const left = untracked(text);
      if (!left.length) break;
      const wrap = [left[0].fix, ...(left[0].fix?.alternatives ?? [])].find((f) => f?.title === 'Wrap this change in revision marks');
      assert.ok(wrap, `no fix wraps ${JSON.stringify(text.slice(left[0].start, left[0].end))} in:\n${text.split('\n').filter((l) => l.includes('{')).join('\n')}`);
      text = applyEdits(text, wrap.edits);
    }
    assert.deepEqual(untracked(text).map((f) => text.slice(f.start, f.end)), [], text);
    assert.equal(parseDocument(text).views.new.text, wrote);
  }), { numRuns: cases(300) });
});
