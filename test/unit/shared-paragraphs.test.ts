// The two projections of a marked-up text hold one Paragraph for each paragraph without a mark that reads
// alike in both (core/structure.ts settle); each view finds where it stands through paragraphIndex
// and viewStart, and a paragraph that reads otherwise in the other projection keeps its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphIndex, parseDocument, viewEnd, viewStart, walk, type ItuDocument, type Item, type Paragraph, type View } from '../../server/src/core';
import { sizedDocument } from '../corpus';
import { contribution, RES_HEAD } from './helpers';

/** Every paragraph a view's structure refers to, besides its list of paragraphs. */
function referenced(view: View): Paragraph[] {
  const out: Paragraph[] = [...view.prose, ...view.footnoteDefs.map((d) => d.paragraph), ...view.references.map((r) => r.paragraph)];
  const outline = (root: Item) => {
    for (const item of [root, ...walk(root)]) out.push(item.paragraph, ...item.continuation);
  };
  const resolutions = (rs: View['resolutions']) => {
    for (const r of rs) {
      out.push(r.numberLine, ...r.paragraphs);
      for (const p of [r.title, r.history, r.formula]) if (p) out.push(p);
      outline(r.root);
    }
  };
  resolutions(view.resolutions);
  for (const pv of view.proposals) {
    out.push(pv.header, ...pv.paragraphs);
    if (pv.reasons) out.push(pv.reasons);
    resolutions(pv.resolutions);
    outline(pv.outline);
  }
  outline(view.clauses);
  return out;
}

/** Each view places each of its paragraphs at its index and text, and refers to no paragraph it does not hold there. */
function assertPlaced(doc: ItuDocument): void {
  for (const kind of ['old', 'new'] as const) {
    const view = doc.views[kind];
    view.paragraphs.forEach((p, i) => {
      assert.equal(paragraphIndex(view, p), i, `${kind} paragraph ${i}`);
      assert.equal(view.text.slice(viewStart(view, p), viewEnd(view, p)), p.text, `${kind} paragraph ${i}`);
    });
    for (const p of referenced(view)) assert.equal(view.paragraphs[paragraphIndex(view, p)], p, `${kind}: ${JSON.stringify(p.text)}`);
  }
}

test('a paragraph without a mark is one Paragraph in both views, at its own index and offset in each', () => {
  const doc = parseDocument(contribution('MOD', [
    ...RES_HEAD,
    'considering',
    'a)\tthat the text {--once --}stood;{++',
    'b)\tthat a new paragraph stands in the new text only;++}',
    'c)\tthat this paragraph has no mark,',
    'resolves',
    '1\tto keep it.',
  ]));
  const { old, new: now } = doc.views;
  assert.notEqual(old, now);
  const c = now.paragraphs.find((p) => p.text.startsWith('c)'))!;
  assert.ok(old.paragraphs.includes(c), 'the old view holds the same Paragraph');
  assert.equal(paragraphIndex(now, c), paragraphIndex(old, c) + 1);
  assert.equal(viewStart(now, c) - viewStart(old, c), '\nb)\tthat a new paragraph stands in the new text only;'.length - 'once '.length);
  assert.equal(c.label?.text, 'c)');
  assert.equal(c.text.slice(c.bodyOffset), 'that this paragraph has no mark,');
  // The marked paragraph is each view's own.
  const a = now.paragraphs.find((p) => p.text.startsWith('a)'))!;
  assert.ok(!old.paragraphs.includes(a));
  assert.equal(old.paragraphs.find((p) => p.text.startsWith('a)'))!.text, 'a)\tthat the text once stood;');
  assertPlaced(doc);
});

test('a paragraph without a mark that reads otherwise in the other view keeps a Paragraph of its own there', () => {
  // The number line is new: in the old text `A title` is text, in the new one the Resolution's title.
  const doc = parseDocument(contribution('MOD', [`{++${RES_HEAD[0]}++}`, ...RES_HEAD.slice(1), 'resolves', '1\tto keep it.']));
  const { old, new: now } = doc.views;
  const title = now.paragraphs.find((p) => p.text === 'A title')!;
  const before = old.paragraphs.find((p) => p.text === 'A title')!;
  assert.equal(title.kind, 'resolution-title');
  assert.equal(before.kind, 'text');
  assert.notEqual(title, before);
  assert.equal(paragraphIndex(old, title), -1);
  assertPlaced(doc);
});

test('the bench contribution: most paragraphs are shared, and every view refers only to paragraphs it places', () => {
  const doc = parseDocument(sizedDocument(60_000));
  const old = new Set(doc.views.old.paragraphs);
  const shared = doc.views.new.paragraphs.filter((p) => old.has(p)).length;
  assert.ok(shared > doc.views.new.paragraphs.length / 2, `${shared} of ${doc.views.new.paragraphs.length}`);
  assertPlaced(doc);
});
