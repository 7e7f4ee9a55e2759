// A footnote reference compared with the text in force (the twenty-sixth session's property test of track): one token
// whatever its label, so a note renumbered is no change and a reference added or taken out is one. Before, references
// were compared as blanks: a reference added mid-sentence without marks got no finding, and `track` left it unmarked
// (the old text then held a reference the text in force does not). Generated: a reference put after each word of each
// item of Resolution 99 in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, parseDocument, trackRevisions } from '../../server/src/core';
import { projectText } from '../../server/src/core/marks';
import { ROOT } from './helpers';
import { cases } from '../support/scale';

const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
const RESOLUTION = BASE.slice(BASE.indexOf('RESOLUTION 99')).trimEnd().split('\n');
const index = new BaseIndex();
index.update('base.itu', BASE);

const mod = (lines: readonly string[], notes: readonly string[] = []) => ['MOD\tXX/1/1', ...lines, '', ...notes, ...(notes.length ? [''] : []), 'Reasons:\tr.', ''].join('\n');

/** Every place after a word of an item of the Resolution: the line and the offset. */
function places(): { line: number; at: number }[] {
  const out: { line: number; at: number }[] = [];
  RESOLUTION.forEach((l, line) => {
    if (!/^([a-z]|\d+)\)?\t/.test(l) || l.includes('[^')) return;
    for (const m of l.matchAll(/\p{L}(?=[\s,;.]|$)/gu)) if (m.index! > l.indexOf('\t')) out.push({ line, at: m.index! + 1 });
  });
  return out;
}

test('a footnote reference added without marks is a change from the text in force, and track marks it', () => {
  const all = places();
  assert.ok(all.length > 50, `${all.length} places`);
  const take = cases(all.length);
  for (const { line, at } of all.filter((_, k) => k % Math.max(1, Math.floor(all.length / take)) === 0)) {
    const lines = RESOLUTION.slice();
    lines[line] = `${lines[line].slice(0, at)}[^7]${lines[line].slice(at)}`;
    const text = mod(lines, ['[^7]:\tAn added note.']);
    const doc = parseDocument(text);
    const untracked = checkDocument(doc, { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');
    assert.ok(untracked.some((f) => f.message.includes("'[^7]'") && text.slice(f.start, f.end).includes('[^7]')), `${lines[line]}: ${untracked.map((f) => f.message).join(' | ')}`);
    const tracked = trackRevisions(doc, amendedResolutions(doc, index.lookup));
    const out = applyEdits(text, tracked.edits);
    // The old text is the text in force, the new text the draft: the reference alone is marked.
    assert.equal(projectText(out, 'old').split('\n')[line + 1], RESOLUTION[line], out);
    assert.equal(projectText(out, 'new').split('\n')[line + 1], lines[line]);
    assert.ok(out.includes('{++[^7]++}'), out.split('\n')[line + 1]);
  }
});

test('a footnote reference renumbered is no change; one moved is marked at both places', () => {
  const withNote = RESOLUTION.map((l) => (l.startsWith('a)\t') ? l.replace(/;$/, '[^1];') : l));
  const inForce = new BaseIndex();
  inForce.update('base.itu', [...withNote, '', '[^1]:\tA note.', ''].join('\n'));
  const renumbered = mod(withNote.map((l) => l.replace('[^1]', '[^3]')), ['[^3]:\tA note.']);
  assert.deepEqual(checkDocument(parseDocument(renumbered), { bases: inForce.lookup }).filter((f) => f.code.startsWith('base.')), []);
  const a = withNote.findIndex((l) => l.startsWith('a)\t'));
  const moved = withNote.slice();
  moved[a] = moved[a].replace('[^1];', ';').replace(/^(a\)\t\S+ \S+)/, '$1[^1]');
  const doc = parseDocument(mod(moved, ['[^1]:\tA note.']));
  const out = applyEdits(doc.text, trackRevisions(doc, amendedResolutions(doc, inForce.lookup)).edits);
  assert.equal(projectText(out, 'old').split('\n')[a + 1], withNote[a], out);
  assert.equal(projectText(out, 'new').split('\n')[a + 1], moved[a]);
});
