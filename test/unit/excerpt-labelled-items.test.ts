// An item restated between elisions with a word changed is that item in force (the twenty-sixth session's property test
// of track): where it shared no rare word trigram with its line in force (a short item, `ii) limited human resources;`
// for `… financial …`, or one ending in a comma), the elision took the item in force and the restated one was new
// text. `track` then wrote it as an insertion, the old text lost a paragraph, and compile gave the list two ii).
// Generated: every labelled item of three Resolutions in force, one word changed, restated alone between elisions, or
// followed or preceded by the item in force next to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { amendedResolutions, applyEdits, BaseIndex, parseDocument, trackRevisions } from '../../server/src/core';
import { projectText } from '../../server/src/core/marks';
import { ROOT, SHARED } from './helpers';
import { cases } from '../support/scale';

const BASES = [
  path.join(ROOT, 'examples/res99-geneva-2022.itu'),
  path.join(ROOT, 'test/fixtures/amend/base-pp22-res130.itu'),
  path.join(SHARED, 'examples/res52-dubai-2012.itu'),
].map((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.search(/^RESOLUTION \d+/m);
  const end = text.indexOf('\n\n', start);
  const lines = text.slice(start, end < 0 ? undefined : end).split('\n');
  const index = new BaseIndex();
  index.update(path.basename(file), text);
  return { name: path.basename(file), lines, index };
});

/** The item's words with the one in the middle changed (a word of four letters or more). */
function reworded(line: string): string | undefined {
  const body = line.slice(line.indexOf('\t') + 1);
  const words = [...body.matchAll(/\p{L}{4,}/gu)];
  // An item of one or two words changed is as much another item as that one: `…` may stand for it (FORMAT.md §5).
  if (words.length < 3) return undefined;
  const w = words[words.length >> 1]!;
  const at = line.indexOf('\t') + 1 + w.index!;
  return `${line.slice(0, at)}altered${line.slice(at + w[0].length)}`;
}

test('an item restated between elisions with one word changed: track marks the word, and the old text is the item in force', () => {
  let n = 0;
  for (const base of BASES) {
    const items = base.lines.map((l, k) => ({ l, k })).filter(({ l }) => /^([a-z]{1,4}|\d+)\)?\t/.test(l) && !l.includes('[^'));
    assert.ok(items.length >= 6, base.name);
    for (const { l, k } of items.filter((_, j) => j % Math.max(1, Math.floor(items.length / cases(items.length, 6))) === 0)) {
      const changed = reworded(l);
      if (!changed) continue;
      for (const [before, after] of [[[], []], [[], [k + 1]], [[k - 1], []]] as const) {
        const around = (ks: readonly number[]) => ks.filter((x) => x > 0 && x < base.lines.length).map((x) => base.lines[x]!);
        const restated: string[] = [...around(before), changed, ...around(after)];
        const text = ['MOD\tXX/1/1', base.lines[0]!, '…', ...restated, '…', '', 'Reasons:\tr.', ''].join('\n');
        const doc = parseDocument(text);
        const tracked = trackRevisions(doc, amendedResolutions(doc, base.index.lookup));
        const out = applyEdits(text, tracked.edits);
        const body = (kind: 'old' | 'new'): string[] => projectText(out, kind).split('\n').slice(3, 3 + restated.length);
        const inForce: string[] = restated.map((x: string) => (x === changed ? l : x));
        assert.deepEqual(body('old'), inForce, `${base.name} line ${k + 1}:\n${out}`);
        assert.deepEqual(body('new'), restated, `${base.name} line ${k + 1}:\n${out}`);
        assert.ok(out.includes('{~~') && !out.includes('{++'), `${base.name} line ${k + 1}: the word marked, no paragraph inserted:\n${out}`);
        n++;
      }
    }
  }
  assert.ok(n >= 20, `${n} cases`);
});
