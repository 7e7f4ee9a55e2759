// Formatting a text that starts with a BOM (FORMAT.md §1: ignored) formats it as the text without one (review 10,
// rev-editor): the BOM was read as part of the first line, so a cover block's fields kept their spaces and the rest of
// the block, no longer read as one, had its spaces folded instead of its TAB given (`Document:  12` to `Document: 12`).
// Generated: every fixture and example, and cover blocks and labels written with spaces, give the same edits with a BOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentRecord } from '../../server/src/service/record';
import { format } from '../../server/src/service/editing';
import { cases } from '../support/scale';
import { filesUnder, ROOT } from './helpers';

function formatted(text: string): string {
  const record = new DocumentRecord('file:///ws/d.itu', 1, text);
  return TextDocument.applyEdits(TextDocument.create('file:///ws/d.itu', 'itu', 1, text), format(record));
}

const TEXTS = ['test/fixtures', 'examples'].flatMap((dir) => filesUnder(path.join(ROOT, dir), '.itu')).map((f) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));

test('a BOM changes nothing the formatter does (fixtures and examples)', () => {
  assert.ok(TEXTS.length > 20);
  for (const text of TEXTS) assert.equal(formatted('\uFEFF' + text), '\uFEFF' + formatted(text));
});

test('a BOM changes nothing the formatter does (cover blocks and labels written with spaces, LF or CRLF)', () => {
  const field = fc.constantFrom('Meeting:  WTSA-28  ', 'Document:\u00A012', 'Proposals:\tEXA', 'Addendum:   3', 'Title: A title');
  const line = fc.constantFrom('a)  that  one;', 'MOD  EXA/12/1', 'ADD\tEXA/12/2', 'Reasons:  r.  ', '1  to act.', 'RESOLUTION 5 (Geneva, 2026)', '');
  fc.assert(fc.property(fc.array(field, { minLength: 1, maxLength: 4 }), fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (cover, body, nl) => {
    const text = [...cover, '', ...body, ''].join(nl);
    assert.equal(formatted('\uFEFF' + text), '\uFEFF' + formatted(text));
  }), { numRuns: cases(200) });
});
