// A projection's paragraphs are read from the source's runs without joining its text (core/projection.ts
// RunReader, core/structure.ts splitParagraphs): each view must still hold, in order, the lines of its text
// as the text joined reads them, at their offsets in it, line ends of every kind included (a CR and an LF
// on either side of a mark's edge are one CRLF in a projection that keeps both).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, viewEnd, viewStart, type ItuDocument } from '../../server/src/core';

function assertLines(doc: ItuDocument, what: string): void {
  for (const kind of ['old', 'new'] as const) {
    const view = doc.views[kind];
    const text = view.text;
    const lines = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0).split(/\r\n|\r|\n/);
    assert.deepEqual(view.paragraphs.map((p) => p.text), lines, `${what}: ${kind} paragraphs`);
    for (const p of view.paragraphs) assert.equal(text.slice(viewStart(view, p), viewEnd(view, p)), p.text, `${what}: ${kind} offsets`);
  }
}

test('line ends split by a mark: the projection that keeps a CR and the LF after it reads one CRLF', () => {
  for (const text of [
    'a\r{++\n++}b', 'a\r{--x--}\nb', '{++a\r++}\nb', 'a{--\r--}\nb', 'a\r{~~x~>\n~~}b', '\ufeff{++\r++}\n', '{--all--}', '',
    'a{++b\r\nc++}d\n', 'x{>>c\n<<}\ry', 'a{==b\r==}\nc',
  ]) assertLines(parseDocument(text), JSON.stringify(text));
});

test('random texts of marks and line ends: the same lines as the joined text', () => {
  const pieces = ['a', 'b)\tc', ' ', '\n', '\r', '\r\n', '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '{==', '==}', 'x\r', '\ny', '1\t'];
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  for (let n = 0; n < 3000; n++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(next() * 24);
    for (let i = 0; i < length; i++) parts.push(pieces[Math.floor(next() * pieces.length)]);
    const text = (next() < 0.05 ? '\ufeff' : '') + parts.join('');
    assertLines(parseDocument(text), JSON.stringify(text));
  }
});
