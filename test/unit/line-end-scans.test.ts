// Scans of their own lines read a CR alone and a CRLF as line ends, as the parse does (the twenty-sixth session's review
// of the editor on awkward text): the characters check took a file of CRs for one line (a bidi control was no finding once
// an Arabic letter stood anywhere in the file, two U+FFFD on two lines were one finding); on-type formatting took a stray
// closer on the next line for one closed on this one; completion on the blank line after a Resolution offered no call
// phrases with CRLF line ends. (The checks citing suppressed and renumbered provisions, and the instrument headings: the
// fixtures with CR line ends, test/stress/line-ends-corpus.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, simplePool, withLineEnds } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';

const STYLES = ['\n', '\r\n', '\r'] as const;
const name = (s: string) => JSON.stringify(s);

/** The 0-based line and the code of each finding of the characters check. */
function characterFindings(text: string): string[] {
  const lineOf = (at: number) => text.slice(0, at).split(/\r\n|\r|\n/).length - 1;
  return checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('characters.')).map((f) => `${lineOf(f.start)}-${lineOf(f.end)} ${f.code}`);
}

test('the characters check reads lines alike whatever their ends: a bidi control beside Arabic text elsewhere, U+FFFD on two lines', () => {
  const lf = ['ADD\tXX/1/1', 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2028)', 'Title', 'considering', 'a)\tthat the \u202Bhidden\u202C order stands;', 'b)\tthat one \uFFFD word,', 'c)\tthat another \uFFFD one,', 'resolves', '1\tto read العربية here.', '', 'Reasons:\tr.', ''].join('\n');
  const expected = characterFindings(lf);
  assert.ok(expected.some((f) => f.startsWith('4-4 ')), `the bidi control is found: ${expected.join(', ')}`);
  assert.equal(expected.filter((f) => f.endsWith('characters.replacement')).length, 2, expected.join(', '));
  for (const style of STYLES) assert.deepEqual(characterFindings(withLineEnds(lf, style)), expected, name(style));
});

test('on-type formatting: a space typed before a stray closer on the next line leaves that closer (CR and CRLF as LF)', async () => {
  for (const style of STYLES) {
    const text = withLineEnds(['Document:\t1', '', 'MOD\tXX/1/1', 'b)\tthat {++x++} y;', 'c)\tthat the text ++} goes on,', '', 'Reasons:\tr', ''].join('\n'), style);
    const service = createItuService({ workspace: new MemoryWorkspace('file:///ws') });
    await service.scan();
    const uri = 'file:///elsewhere/typing.itu';
    service.open(uri, 1, text);
    await service.diagnostics(uri);
    assert.deepEqual(service.onTypeFormat(uri, { line: 4, character: 'c)\tthat the text '.length }, ' '), [], name(style));
    // A closer typed over on its own line (the one `{++x++}` closes is on this line) is still taken out.
    const own = withLineEnds(['Document:\t1', '', 'MOD\tXX/1/1', 'a {++abc++} two ++}', '', 'Reasons:\tr', ''].join('\n'), style);
    service.open('file:///elsewhere/own.itu', 1, own);
    assert.equal(service.onTypeFormat('file:///elsewhere/own.itu', { line: 3, character: 'a {++abc++} two '.length }, ' ').length, 1, name(style));
  }
});

test('completion on the blank line right after a Resolution offers its call phrases with every line end', () => {
  const lf = ['MOD\tXX/1/1', 'RESOLUTION 52 (Rev. Dubai, 2012)', 'Title', 'considering', 'a)\tthat x;', 'resolves', '1\tto do.', '', 'Reasons:\tr.', ''].join('\n');
  const labels = (text: string) => completion(new DocumentRecord('file:///ws/d.itu', 1, text, { lookup: () => undefined, generation: () => 0, pool: simplePool() } as never), { line: 7, character: 0 }, { snippets: false, today: new Date('2028-01-01') }).map((i) => i.label).sort();
  const expected = labels(lf);
  assert.ok(expected.includes('recognizing'), expected.join(', '));
  for (const style of STYLES) assert.deepEqual(labels(withLineEnds(lf, style)), expected, name(style));
});
