// A reference relettered by hand with its item (`considering {~~c)~>d)~~} above`) names the item in force it named,
// also where the new text holds its new label twice, an inserted `{++d)…++}` beside the relettered `{~~c)~>d)~~}`
// (review leftover, STATUS-fixe.md: the label alone resolved to the first d), the inserted item, so Go to
// Definition went there and the numbering fixes carried the reference with the inserted item).
// Generated: how the item and the reference are relettered (the label's letter or the whole label marked) × how
// many items are inserted before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget, resolveWritten } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { definition } from '../../server/src/service/navigation';
import { contribution, fixAll, RES_HEAD } from './helpers';

const MARKS = { letter: (a: string, b: string) => `{~~${a}~>${b}~~})`, label: (a: string, b: string) => `{~~${a})~>${b})~~}` };

function* cases() {
  for (const [itemForm, itemMark] of Object.entries(MARKS)) for (const [refForm, refMark] of Object.entries(MARKS)) for (const inserted of [['c'], ['c', 'd']]) {
    // The old c) relettered by hand to d) only: with two items inserted the new text holds d) twice.
    const body = [...RES_HEAD, 'considering', 'a)\tthat one;', 'b)\tthat two;', ...inserted.map((l, k) => `{++${l})\tthat new item ${k};++}`),
      `${itemMark('c', 'd')}\tthat the old third stands;`, 'resolves', `1\tthat, as in considering ${refMark('c', 'd')} above, it goes on;`];
    yield { name: `item ${itemForm}, reference ${refForm}, ${inserted.length} inserted`, text: contribution('MOD', body) };
  }
}

test('a reference relettered by hand names the item in force it named, not an inserted item with the same label', () => {
  let twice = 0;
  for (const c of cases()) {
    const doc = parseDocument(c.text);
    const view = doc.views.new;
    const ref = view.references.find((r) => r.targets.length === 1)!;
    assert.ok(ref, `${c.name}: the reference is read`);
    const item = resolveWritten(doc, view, ref, ref.targets[0]);
    assert.ok(item && item.paragraph.text.includes('the old third'), `${c.name}: names ${item?.paragraph.text}`);
    if (!resolveTarget(view, ref, ref.targets[0].label)!.paragraph.text.includes('the old third')) twice++;
    // Go to Definition from the reference's label lands on the item in force.
    const state = new DocumentRecord('file:///ws/draft.itu', 1, c.text);
    const [loc] = definition(state, state.position(ref.targets[0].source.start));
    assert.ok(loc, `${c.name}: a definition`);
    assert.equal(state.offset(loc.range.start), item.paragraph.labelSpan!.start, `${c.name}: definition at the item in force`);
    // Both numbering fixes carry the reference with the item in force: after Fix all it names it.
    for (const policy of ['reletter', 'bis'] as const) {
      const once = fixAll(c.text, policy);
      const after = parseDocument(once);
      const r = after.views.new.references.find((x) => x.targets.length === 1)!;
      const named = resolveWritten(after, after.views.new, r, r.targets[0]);
      assert.ok(named?.paragraph.text.includes('the old third'), `${c.name} (${policy}): after Fix all the reference names ${named?.paragraph.text}\n${once}`);
      const left = checkDocument(after, { numberingPolicy: policy }).filter((f) => f.code.startsWith('numbering') || f.code.startsWith('reference'));
      assert.deepEqual(left.map((f) => f.message), [], `${c.name} (${policy})\n${once}`);
    }
  }
  // The cases where the label alone names another item (two inserted: d) twice).
  assert.equal(twice, 4);
});
