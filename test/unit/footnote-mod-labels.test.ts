// Footnotes in a MOD that deletes or inserts notes (the twenty-sixth session's review of real PP-18 Resolutions): the
// old and the new text number their notes apart. Fix all renumbered the note the MOD keeps plainly (`[^2]` → `[^1]`),
// so the old text held two notes `[^1]` and its item referred to the deleted one; and a note added under the label of
// a note in force was no finding, while Word export dropped the note in force. Generated: a Resolution with n notes,
// each deletion of one note in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, parseDocument } from '../../server/src/core';
import { createItuService } from '../../server/src/service/service';
import { FIX_ALL_KIND } from '../../server/src/service/codeActions';
import { MemoryWorkspace } from '../support/memoryWorkspace';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };
const LETTERS = 'abcdefgh';

/** Resolution 11 in force with n lettered items under noting, item k referencing note k + 1. */
function inForce(n: number): { items: string[]; notes: string[] } {
  const items = Array.from({ length: n }, (_, k) => `${LETTERS[k]})\tthat participants of kind ${k + 1} take part[^${k + 1}];`);
  const notes = Array.from({ length: n }, (_, k) => `[^${k + 1}]:\tParticipants of kind ${k + 1} include group ${k + 1}.`);
  return { items, notes };
}

const HEAD = ['RESOLUTION 11 (Rev. Dubai, 2018)', 'ITU Telecom events', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),', 'noting'];
const TAIL = ['resolves', '1\tto organize events.'];

function baseText(n: number): string {
  const { items, notes } = inForce(n);
  return [...HEAD, ...items, ...TAIL, '', ...notes, ''].join('\n');
}

/** A MOD deleting item d (and its note) with marks, the items after it relettered with marks. */
function deleting(n: number, d: number): string {
  const { items, notes } = inForce(n);
  const body = items.map((item, k) => (k === d ? `{--${item}--}` : k > d ? `{~~${LETTERS[k]}~>${LETTERS[k - 1]}~~}${item.slice(1)}` : item));
  const defs = notes.map((note, k) => (k === d ? `{--${note}--}` : note));
  return ['Proposals:\tARB', 'Document:\t60', '', 'MOD\tARB/60A1/1', ...HEAD, ...body, ...TAIL, '', ...defs, '', 'Reasons:\tX.', ''].join('\n');
}

async function fixAll(draft: string, base: string): Promise<string> {
  const ws = new MemoryWorkspace('file:///ws', { 'base.itu': base });
  const service = createItuService({ workspace: ws });
  await service.scan();
  const uri = ws.uri('draft.itu');
  service.open(uri, 1, draft);
  const diagnostics = (await service.diagnostics(uri))!.diagnostics;
  const [action] = await service.codeActions(uri, WHOLE, diagnostics, [FIX_ALL_KIND]);
  return TextDocument.applyEdits(TextDocument.create(uri, 'itu', 1, draft), action?.edit?.changes?.[uri] ?? []);
}

/** The footnote labels of a projection: references in order, then definitions. */
function labels(text: string, kind: 'old' | 'new'): { refs: string[]; defs: string[] } {
  const view = parseDocument(text).views[kind];
  return { refs: view.footnoteRefs.map((r) => r.label), defs: view.footnoteDefs.map((d) => d.label) };
}

test('a MOD deleting a note of the text in force: the notes it keeps keep their labels, and Fix all leaves them so', async () => {
  for (let n = 2; n <= 4; n++) {
    for (let d = 0; d < n - 1; d++) {
      const draft = deleting(n, d);
      const base = baseText(n);
      const codes = checkDocument(parseDocument(draft)).map((f) => f.code);
      assert.ok(!codes.includes('footnote.sequence'), `n=${n}, note ${d + 1} deleted: ${codes.join(', ')}`);
      const fixed = await fixAll(draft, base);
      // The old text still numbers its notes as the text in force does: one definition a label, each item its own note.
      const old = labels(fixed, 'old');
      assert.deepEqual(old.refs, Array.from({ length: n }, (_, k) => String(k + 1)), `n=${n}, d=${d}: old references\n${fixed}`);
      assert.deepEqual(old.defs, Array.from({ length: n }, (_, k) => String(k + 1)), `n=${n}, d=${d}: old definitions\n${fixed}`);
      assert.equal(new Set(labels(fixed, 'new').defs).size, n - 1);
    }
  }
});

test('a note only the new text has, out of sequence, is still reported; so is one in a text without marks', () => {
  const { items, notes } = inForce(2);
  // A note added to item a) with marks, labelled 3 where it is now the first referenced.
  const added = ['Proposals:\tARB', '', 'MOD\tARB/60A1/1', ...HEAD, `a)\tthat participants{++[^3]++} take part[^1];`, items[1], ...TAIL, '', ...notes, '{++[^3]:\tAn added note.++}', '', 'Reasons:\tX.', ''].join('\n');
  const found = checkDocument(parseDocument(added)).filter((f) => f.code === 'footnote.sequence');
  assert.equal(found.length, 1);
  assert.equal(added.slice(found[0].start, found[0].end), '[^3]');
  const plain = [...HEAD, items[1], items[0], ...TAIL, '', ...notes, ''].join('\n');
  const sequence = checkDocument(parseDocument(plain)).filter((f) => f.code === 'footnote.sequence');
  assert.equal(sequence.length, 2);
  assert.ok(sequence[0].fix, 'renumbered plainly where no mark holds a note');
});

test('footnote.duplicate: one label defined twice, plainly or by a note added under the label of a note in force', () => {
  const { items, notes } = inForce(2);
  const twice = [...HEAD, ...items, ...TAIL, '', notes[0], notes[1], '[^1]:\tAnother note.', ''].join('\n');
  const onTwice = checkDocument(parseDocument(twice)).filter((f) => f.code === 'footnote.duplicate');
  assert.deepEqual(onTwice.map((f) => [twice.slice(f.start, f.end), f.severity]), [['1', 'error']]);
  assert.equal(twice.lastIndexOf('[^1]:') + 2, onTwice[0].start, 'on the second definition');
  const added = ['Proposals:\tARB', '', 'MOD\tARB/60A1/1', ...HEAD, `a)\tthat participants{++[^1]++} take part[^2];`, items[1].replace('[^2]', '[^3]'), ...TAIL, '', '{++[^1]:\tAn added note.++}', notes[0].replace('[^1]', '[^2]'), notes[1].replace('[^2]', '[^3]'), '[^1]:\tThe note in force.', '', 'Reasons:\tX.', ''].join('\n');
  assert.equal(checkDocument(parseDocument(added)).filter((f) => f.code === 'footnote.duplicate').length, 1);
  // A note rewritten whole, `{--[^1]:…--}` then `{++[^1]:…++}`, is one note in each text.
  const rewritten = twice.replace(`${notes[0]}\n`, `{--${notes[0]}--}\n{++[^1]:\tA rewritten note.++}\n`).replace('[^1]:\tAnother note.\n', '');
  assert.equal(checkDocument(parseDocument(rewritten)).filter((f) => f.code === 'footnote.duplicate').length, 0);
});
