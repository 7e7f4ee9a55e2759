// The parse knows a paragraph plain (lang/references.ts isPlainLine) when its source span holds none of the code units
// suspectsIn lists as beyond a plain line's (structure.ts lexParagraphs), instead of scanning its text: the label and
// reference readers then skip what a plain line cannot hold. Checked here against the parse that scans every
// paragraph, on generated documents whose paragraphs mix labels and references in several scripts with revision marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { scanMarks, isRevision } from '../../server/src/core/marks';
import { project } from '../../server/src/core/projection';
import { Lexicon, parseView, PlainParagraphs } from '../../server/src/core/structure';
import type { View } from '../../server/src/core/types';
import { random } from '../corpus';

/** What the readers made of a view's paragraphs: kinds, labels, bodies and cross-references. */
function read(view: View): unknown {
  return {
    paragraphs: view.paragraphs.map((p) => [p.kind, p.label?.kind, p.label?.text, p.bodyOffset]),
    references: view.references.map((r) => [r.source.start, r.source.end, r.phrase, r.direction, r.targets.map((t) => t.label)]),
  };
}

/** The views as the parse read them before it knew paragraphs plain from suspectsIn (document.ts parseBoth, parseView). */
function scanned(text: string): { new: unknown; old: unknown } {
  const marks = scanMarks(text, 0).marks;
  if (!marks.some(isRevision)) {
    const view = read(parseView(project(text, marks, 'new'), undefined, Lexicon.once()));
    return { new: view, old: view };
  }
  const lexicon = Lexicon.once();
  const oldReadings = { seen: new Map() };
  const plain = new PlainParagraphs();
  const old = parseView(project(text, marks, 'old'), oldReadings, lexicon, plain);
  const neu = parseView(project(text, marks, 'new'), { hints: oldReadings.seen, seen: new Map() }, lexicon, plain);
  return { new: read(neu), old: read(old) };
}

test('a paragraph known plain by its source span reads as the parse that scans it reads it', () => {
  const next = random(1401);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const lines = ['a)\tthat', 'b)\tconsidering a) above', 'ａ）\tthat', 'б)\tучитывая а) выше;', 'c)\tconsidérant b) ci-dessus', '1\tto resolves 2 above', 'ب)\tإذ تضع في اعتبارها أ) أعلاه',
    'recognizing', 'considering', 'resolves', 'учитывая', 'further instructs the Council', 'd)\tthe text of recognizing c)', '2\tin resolves 1', 'e)\tc) of considering'];
  const marks = (s: string) => pick([s, `{++${s}++}`, `{--${s}--}`, `{~~${s}~>${pick(lines)}~~}`, `${s.slice(0, 3)}{++${pick(['Ж', 'é', 'x', '中', '\u00a0'])}++}${s.slice(3)}`, `{--${pick(['Ж', 'ａ', 'x'])}--}${s}`]);
  let marked = 0;
  for (let k = 0; k < 400; k++) {
    let text = pick(['', '\ufeff']) + 'MOD\tEXA/1/1\nRESOLUTION 1 (Rev. Geneva, 2022)\nTitle\n(Geneva, 2022)\nThe World Telecommunication Standardization Assembly (Geneva, 2022),\n';
    for (let n = 3 + Math.floor(next() * 10); n > 0; n--) text += `${next() < 0.4 ? marks(pick(lines)) : pick(lines)}\n`;
    const doc = parseDocument(text);
    if (doc.views.old !== doc.views.new) marked++;
    const want = scanned(text);
    assert.deepEqual(read(doc.views.new), want.new, JSON.stringify(text));
    assert.deepEqual(read(doc.views.old), want.old, JSON.stringify(text));
  }
  assert.ok(marked > 300, `${marked} documents with revision marks`);
});
