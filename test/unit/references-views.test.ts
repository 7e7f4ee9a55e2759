// Find All References reads the old text as well as the new (review 10, rev-editor): a reference in deleted text
// (`{--as in considering b) above--}`) names an item of the old text, and an item a MOD deletes is named by the old
// text only, the references a delegate looks for before deleting it; both came back empty. Generated: every
// reference the checks resolve, in either text, is found from its item's label and from itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cases } from '../support/scale';
import { resolveWritten } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { definition, references } from '../../server/src/service/navigation';

const LETTERS = ['a', 'b', 'c', 'd', 'e'];
type Mode = 'plain' | 'deleted' | 'inserted';
const wrap = (text: string, mode: Mode) => (mode === 'deleted' ? `{--${text}--}` : mode === 'inserted' ? `{++${text}++}` : text);

function draft(items: Mode[], refs: { letter: number; mode: Mode }[], footnote: Mode): string {
  return [
    'Proposals:\tXX', 'Document:\t7', '',
    'MOD\tXX/7/1', 'RESOLUTION 5 (Rev. Geneva, 2026)', 'A title', 'considering',
    ...items.map((mode, i) => wrap(`${LETTERS[i]})\tthat item ${i} holds${i === 0 ? wrap('[^1]', footnote) : ''};`, mode)),
    'resolves',
    ...refs.map((r, i) => `${i + 1}\tto act${wrap(`, as in considering ${LETTERS[r.letter]}) above`, r.mode)};`),
    '', wrap('[^1]:\tA note.', footnote), '', 'Reasons:\tr.', '',
  ].join('\n');
}

const mode = fc.constantFrom<Mode>('plain', 'deleted', 'inserted');

test('every resolved reference, in the new text or the old, is among the references of its item and of itself', () => {
  let total = 0;
  fc.assert(fc.property(fc.array(mode, { minLength: 2, maxLength: 5 }), fc.array(fc.record({ letter: fc.nat(4), mode }), { minLength: 1, maxLength: 4 }), mode, (items, refs, footnote) => {
    const text = draft(items, refs.map((r) => ({ ...r, letter: r.letter % items.length })), footnote);
    const record = new DocumentRecord('file:///ws/d.itu', 1, text);
    const { doc } = record;
    const overlaps = (locations: { range: { start: unknown; end: unknown } }[], s: { start: number; end: number }) =>
      locations.some((l) => record.offset(l.range.start as never) < s.end && s.start < record.offset(l.range.end as never));
    let checked = 0;
    for (const view of [doc.views.new, doc.views.old]) {
      for (const ref of view.references) {
        for (const t of ref.targets) {
          const item = resolveWritten(doc, view, ref, t);
          if (!item?.paragraph.labelSpan) continue;
          checked++;
          const fromLabel = references(record, record.position(item.paragraph.labelSpan.start), false);
          assert.ok(overlaps(fromLabel, t.source), `${view.kind} reference ${text.slice(t.source.start, t.source.end)} at ${t.source.start} not found from its item:\n${text}`);
          const fromItself = references(record, record.position(t.source.start), true);
          assert.ok(overlaps(fromItself, t.source) && overlaps(fromItself, item.paragraph.labelSpan), `${view.kind} reference at ${t.source.start} not found from itself:\n${text}`);
        }
      }
      // The footnote: its references from either text, from its definition; the definition from each reference.
      for (const r of view.footnoteRefs) {
        const def = record.offset(definition(record, record.position(r.source.start))[0]?.range.start ?? { line: 0, character: 0 });
        assert.equal(text.slice(def).replace(/^\{\+\+|^\{--/, '').slice(0, 5), '[^1]:', `definition of the ${view.kind} footnote reference:\n${text}`);
        assert.ok(overlaps(references(record, record.position(def + 2), false), r.source), `${view.kind} footnote reference not found from the definition:\n${text}`);
      }
    }
    total += checked;
  }), { numRuns: cases(300) });
  assert.ok(total > cases(300), `${total} references checked`);
});
