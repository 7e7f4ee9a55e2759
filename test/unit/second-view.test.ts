// The second projection of a marked-up text (the new text) is read after the first (the old text) and takes what the
// first worked out where both hold the same: its plain paragraphs (Twins), the kind of the text before the proposals
// and each proposal's kind, and the references of the paragraphs both share in a Resolution whose calls both read
// alike (structure.ts FirstReading). Checked here against the same projection read alone, from nothing, on the
// repository's marked-up texts and on generated ones whose references, calls and proposal targets are marked or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../server/src/core';
import { isRevision, scanMarks } from '../../server/src/core/marks';
import { project } from '../../server/src/core/projection';
import { allResolutions, Lexicon, outlineRoots, paragraphIndex, parseView, walk } from '../../server/src/core/structure';
import type { Paragraph, View } from '../../server/src/core/types';
import { distinctDocument, random, sources } from '../corpus';

const ROOT = path.resolve(__dirname, '../..');

/** What a view says, by values (no object identity): paragraphs, proposals, outlines and references. */
function read(view: View): unknown {
  const para = (p: Paragraph | undefined) => p && [p.text, p.source.start, p.source.end];
  return {
    textKind: view.textKind,
    paragraphs: view.paragraphs.map((p) => [p.kind, p.text, p.source, p.label?.kind, p.label?.text, p.labelSpan, p.bodyOffset, p.provision]),
    proposals: view.proposals.map((p) => [para(p.header), p.textKind, p.outline.textKind, p.paragraphs.length, p.resolutions.length]),
    outlines: outlineRoots(view).map((root) => [root.textKind, ...walk(root).map((i) => [para(i.paragraph), i.label?.text, i.call?.phrase, i.parent && para(i.parent.paragraph)])]),
    references: view.references.map((r) => [para(r.paragraph), para(r.resolution.numberLine), r.source, r.targets, r.direction, r.phrase, r.addressee, r.section]),
  };
}

/** The new projection read alone, with the label readings the old one makes (document.ts parseBoth reads it after the old one). */
function alone(text: string): unknown {
  const marks = scanMarks(text, 0).marks;
  const readings = { seen: new Map() };
  parseView(project(text, marks, 'old'), readings, Lexicon.once());
  return read(parseView(project(text, marks, 'new'), { hints: readings.seen, seen: new Map() }, Lexicon.once()));
}

function check(text: string, name: string): boolean {
  if (!scanMarks(text, 0).marks.some(isRevision)) return false;
  const doc = parseDocument(text);
  assert.notEqual(doc.views.old, doc.views.new);
  assert.deepEqual(read(doc.views.new), alone(text), name);
  // Each view's references stand in that view's Resolutions and paragraphs (those taken from the old view too), or in
  // the text of a Recommendation with calls outside any Resolution, read as one (its outline one of the view's).
  for (const view of [doc.views.old, doc.views.new]) {
    const resolutions = new Set(allResolutions(view));
    const roots = new Set(outlineRoots(view));
    for (const r of view.references) {
      assert.ok(resolutions.has(r.resolution) || (r.resolution.recommendation === true && roots.has(r.resolution.root)), `${view.kind} reference in a Resolution of its view: ${name}`);
      assert.equal(view.paragraphs[paragraphIndex(view, r.paragraph)], r.paragraph, `${view.kind} reference in a paragraph of its view: ${name}`);
    }
  }
  return true;
}

test('the new projection read after the old one reads as it reads alone: the repository\'s marked-up texts', () => {
  const texts = [path.join(ROOT, 'examples/res99-amendment.itu'), path.join(ROOT, '../shared/examples/afcp-42a25-res52.itu')].filter((f) => fs.existsSync(f));
  let marked = 0;
  for (const f of texts) if (check(fs.readFileSync(f, 'utf8'), f)) marked++;
  if (check(distinctDocument(30_000, sources()), 'distinctDocument(30 KB)')) marked++;
  assert.ok(marked >= 2, `${marked} marked-up texts`);
});

test('the new projection read after the old one reads as it reads alone: references, calls and targets marked or not', () => {
  const next = random(1402);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const calls = ['recognizing', 'considering', 'resolves', 'instructs the Director of the Telecommunication Standardization Bureau', 'instructs the Secretary-General', 'invites Member States'];
  const items = ['a)\tthat', 'b)\tconsidering a) above', 'c)\ttaking into account resolves 1', '1\tto report on resolves 2 above', '2\tin instructs the Director 1 above',
    'd)\tc) of considering', '3\tunder instructs the Secretary-General 1', 'the guidelines of recognizing b),', 'e)\tas noted in considering d) and e) above;'];
  // Marks around a line, inside it, and over its line end (a line inserted or deleted whole, two lines joined).
  const mark = (s: string) => pick([s, s, `{++${s}++}`, `{--${s}--}`, `{~~${s}~>${pick(items)}~~}`, `${s.slice(0, 4)}{++ further++}${s.slice(4)}`,
    `{++${pick(items)}\n++}${s}`, `${s}{--\n${pick(items)}--}`, `${s}{~~\n~> ~~}`]);
  let marked = 0;
  let shared = 0;
  for (let k = 0; k < 300; k++) {
    let text = 'Title:\tExample\n\n';
    if (next() < 0.3) text += mark('RECOMMENDATION ITU-T A.1') + '\n';
    for (let r = 1 + Math.floor(next() * 3); r > 0; r--) {
      text += `\n${pick(['MOD', 'ADD'])}\tEXA/1/${r}${pick(['', '\tRR', '\tResolution 1', `\t${mark('CS 12')}`])}\n`;
      text += `${mark('RESOLUTION 1 (Rev. Geneva, 2022)')}\nTitle\n(Geneva, 2022)\nThe World Telecommunication Standardization Assembly (Geneva, 2022),\n`;
      for (let n = 2 + Math.floor(next() * 5); n > 0; n--) {
        text += `${next() < 0.3 ? mark(pick(calls)) : pick(calls)}\n`;
        for (let m = 1 + Math.floor(next() * 4); m > 0; m--) text += `${next() < 0.3 ? mark(pick(items)) : pick(items)}\n`;
      }
    }
    // Line ends as typed on each system: LF, CRLF, CR.
    text = text.replace(/\n/g, pick(['\n', '\n', '\r\n', '\r']));
    if (check(text, JSON.stringify(text))) {
      marked++;
      const doc = parseDocument(text);
      const old = new Set(doc.views.old.references.map((r) => r.targets));
      shared += doc.views.new.references.filter((r) => old.has(r.targets)).length;
    }
  }
  assert.ok(marked > 250, `${marked} documents with revision marks`);
  // The first projection's references are taken (the same targets) in many of them.
  assert.ok(shared > 100, `${shared} references taken from the first projection`);
});
