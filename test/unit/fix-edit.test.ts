import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, fromSource, parseDocument } from '../../server/src/core';
import { newTextEdit } from '../../server/src/core/fixEdit';
import { contribution, only } from './helpers';

// The one way a fix changes the new text (core/fixEdit.ts). Over every range of a MOD holding each kind of
// mark: an edit, when one is given, makes the new text read as asked, leaves the old text (the text in
// force) as it was, and never writes a mark inside another.
test('newTextEdit: every range of a marked MOD either gives the asked new text with the old text kept, or no edit', () => {
  const text = contribution('MOD', [
    'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})', 'T',
    'The World Telecommunication Standardization Assembly ({~~Dubai~>Doha~~}, 2012),',
    'considering', 'a)\tthat {++new ++}words and {--old --}words {==seen==}{>>note<<} stay;',
  ]);
  const doc = parseDocument(text);
  const from = text.indexOf('RESOLUTION');
  let edits = 0;
  for (let start = from; start < text.length; start++) {
    for (let end = start; end <= Math.min(text.length, start + 24); end++) {
      const edit = newTextEdit(doc, start, end, 'X');
      if (!edit) continue;
      // Only ranges the new text shows are asked for: skip those that hide old text or delimiters.
      const vs = fromSource(doc.views.new.segments, start);
      const ve = fromSource(doc.views.new.segments, end);
      const shown = doc.views.new.text.slice(vs, ve);
      if (shown !== text.slice(start, end)) continue;
      edits++;
      const after = parseDocument(applyEdits(text, [edit]));
      const where = `[${start}, ${end}) ${JSON.stringify(text.slice(start, end))} → ${JSON.stringify(edit)}`;
      assert.equal(checkDocument(after).filter((f) => f.code.startsWith('marks.')).length, 0, where);
      assert.equal(after.views.old.text, doc.views.old.text, where);
      assert.equal(after.views.new.text, doc.views.new.text.slice(0, vs) + 'X' + doc.views.new.text.slice(ve), where);
    }
  }
  assert.ok(edits > 1000, `${edits} edits`);
});

test('the meeting fix on a formula whose meeting is partly marked writes no mark inside a mark', () => {
  // Code review: the range "Doha~~}, 2012" starts inside the substitution and ends after it.
  const text = contribution('MOD', [
    'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Geneva, 2026++})', 'T',
    '(Florianópolis, 2004; Dubai, 2012{++; Geneva, 2026++})',
    'The World Telecommunication Standardization Assembly ({~~Dubai~>Doha~~}, 2012),', 'noting', 'x.',
  ]);
  for (const f of only(text, 'resolution.meeting-mismatch')) {
    for (const fix of [f.fix, ...(f.fix?.alternatives ?? [])].filter((x) => x !== undefined)) {
      const after = parseDocument(applyEdits(text, fix.edits));
      assert.deepEqual(checkDocument(after).filter((x) => x.code.startsWith('marks.')), [], fix.title);
      assert.equal(after.views.old.text, parseDocument(text).views.old.text, fix.title);
    }
  }
});
