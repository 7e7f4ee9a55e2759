// The synoptic view's table follows the first line the user reads in the base editor: with sticky
// scroll on (VS Code's default), the first visible line is under the sticky header. The header is
// worked out from the outline (or the folding ranges) as VS Code does; the real editor's layout is
// checked in test/e2e/suite/proposals.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { scopesFromFolding, scopesFromOutline, stickyHeader, wrappedRows, type OutlineSymbol } from '../../client/src/sticky';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { SHARED } from './helpers';

const sym = (line: number, end: number, children: OutlineSymbol[] = [], nameLine = line): OutlineSymbol => ({
  range: { start: { line }, end: { line: end } }, selectionRange: { start: { line: nameLine } }, children,
});

// A Resolution (lines 2-47) with calls, as the server's outline gives it: one-line items are no scopes.
const RESOLUTION = [sym(0, 0, [sym(0, 0)]), sym(2, 47, [
  sym(6, 9, [sym(7, 7), sym(8, 8), sym(9, 9)]),
  sym(10, 18, [sym(11, 11), sym(12, 12), sym(13, 18, [sym(14, 14), sym(15, 15), sym(16, 16), sym(17, 17), sym(18, 18)])]),
  sym(19, 31, [sym(20, 20), sym(21, 21)]),
  sym(34, 36, [sym(35, 35), sym(36, 36)]),
  sym(37, 38),
])];

test('nothing is sticky at the top of the text, nor when the top line opens the only scope', () => {
  const scopes = scopesFromOutline(RESOLUTION);
  assert.deepEqual(stickyHeader(scopes, 0, 40, 5), { lines: [], firstRead: 0 });
  assert.deepEqual(stickyHeader(scopes, 2, 40, 5), { lines: [], firstRead: 2 });
});

test('the Resolution\'s number line and the call around the top line cover the two top lines', () => {
  const scopes = scopesFromOutline(RESOLUTION);
  // `resolves to instruct` at the top: it moves into the header under the number line.
  assert.deepEqual(stickyHeader(scopes, 34, 60, 5), { lines: [2, 34], firstRead: 36 });
  // Inside considering: the number line and considering.
  assert.deepEqual(stickyHeader(scopes, 24, 60, 5), { lines: [2, 19], firstRead: 26 });
  // A nested item with its own list (recognizing further c) with i) … v)): three header lines.
  assert.deepEqual(stickyHeader(scopes, 14, 60, 5), { lines: [2, 10, 13], firstRead: 17 });
});

test('the header holds at most maxLineCount lines', () => {
  const scopes = scopesFromOutline(RESOLUTION);
  assert.deepEqual(stickyHeader(scopes, 14, 60, 2), { lines: [2, 10], firstRead: 16 });
  assert.deepEqual(stickyHeader(scopes, 14, 60, 1), { lines: [2], firstRead: 15 });
});

test('the last header line is pushed up as its scope ends', () => {
  const scopes = scopesFromOutline(RESOLUTION);
  // resolves (34-36) with 35 at the top: its scope ends on the line under the header's second place.
  assert.deepEqual(stickyHeader(scopes, 35, 60, 5), { lines: [2, 34], firstRead: 36 });
  // A scope of two lines is never sticky (VS Code's candidates end a line before the scope).
  assert.deepEqual(stickyHeader(scopes, 38, 60, 5), { lines: [2], firstRead: 39 });
});

test('a symbol named on its parent\'s line gives its children to the parent', () => {
  const scopes = scopesFromOutline([sym(0, 30, [sym(0, 30, [sym(5, 20, [sym(6, 6)])])])]);
  assert.deepEqual(scopes, [{ start: 0, end: 29, children: [{ start: 5, end: 19, children: [] }] }]);
  assert.deepEqual(stickyHeader(scopes, 8, 30, 5), { lines: [0, 5], firstRead: 10 });
});

test('the folding model: nested folding ranges are the scopes', () => {
  const scopes = scopesFromFolding([{ start: 10, end: 18 }, { start: 2, end: 46 }, { start: 13, end: 18 }]);
  assert.deepEqual(scopes.map((s) => [s.start, s.end, s.children.map((c) => [c.start, c.end, c.children.length])]), [[2, 46, [[10, 18, 1]]]]);
  assert.deepEqual(stickyHeader(scopes, 14, 60, 5), { lines: [2, 10, 13], firstRead: 17 });
});

test('on the server\'s own outline of Resolution 52, the header at `resolves` covers it and its first item', async () => {
  const text = fs.readFileSync(`${SHARED}/examples/res52-dubai-2012.itu`, 'utf8');
  const ws = new MemoryWorkspace('file:///ws', {});
  const service = createItuService({ workspace: ws });
  const uri = ws.uri('res52.itu');
  service.open(uri, 1, text);
  const lines = text.split('\n');
  const resolves = lines.findIndex((l) => l.startsWith('resolves'));
  const number = lines.findIndex((l) => l.startsWith('RESOLUTION 52'));
  const header = stickyHeader(scopesFromOutline(service.documentSymbols(uri)), resolves, lines.length - 1, 5);
  assert.deepEqual(header.lines, [number, resolves]);
  assert.match(lines[header.firstRead], /^2\tto continue collaboration/);
});

test('wrapped lines: the header covers rows, so a long line under it is still read', () => {
  const scopes = scopesFromOutline(RESOLUTION);
  // considering (19) with c) at 22 (its last row at the top) and d) (23) of three rows below it:
  // the two header rows cover c)'s row and d)'s first row; d) is the line read.
  const rows = (line: number) => (line === 23 ? 3 : 1);
  assert.deepEqual(stickyHeader(scopes, 22, 60, 5, rows), { lines: [2, 19], firstRead: 23 });
  // Without wrap the same scroll leaves d) under the header.
  assert.deepEqual(stickyHeader(scopes, 22, 60, 5), { lines: [2, 19], firstRead: 24 });
  // recognizing further's c) (13-18), iii) (16) at the top and iv) (17) of two rows: three header rows
  // cover iii) and both rows of iv), v) is read; with iv) of one row, c)'s header line is pushed up
  // by the end of its scope (two rows high in all) and v) is read again.
  assert.deepEqual(stickyHeader(scopes, 16, 60, 5, (line) => (line === 17 ? 2 : 1)), { lines: [2, 10, 13], firstRead: 18 });
  assert.deepEqual(stickyHeader(scopes, 16, 60, 5), { lines: [2, 10, 13], firstRead: 18 });
});

test('rows of a wrapped line: tabs to their stops, wide characters two columns', () => {
  assert.equal(wrappedRows('', 80), 1);
  assert.equal(wrappedRows('x'.repeat(80), 80), 1);
  assert.equal(wrappedRows('x'.repeat(81), 80), 2);
  assert.equal(wrappedRows('a)\t' + 'x'.repeat(77), 80, 4), 2);
  assert.equal(wrappedRows('注意到'.repeat(14), 80), 2);
  assert.equal(wrappedRows('x'.repeat(500), Infinity), 1);
});
