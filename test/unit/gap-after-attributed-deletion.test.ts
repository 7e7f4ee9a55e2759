// A MOD's gap left by a deleted item is numbering.gap-after-deletion whatever comment follows the deletion (review
// 10, rev-editor): with its author after it (`{--b)<TAB>…--}{>>@EXA<<}`, as Word's import writes every mark) or a
// comment, or the next label highlighted, the gap read as a plain numbering.gap, a warning where the deletion explains
// it (an information, and nothing under the bis policy). Generated: any item but the first deleted, with or without a
// comment after the deletion, the next label highlighted or not, LF or CRLF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { checkDocument, parseDocument } from '../../server/src/core';
import { cases } from '../support/scale';
import { ROOT } from './helpers';

const PARAGRAPHS = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8').split('\n').slice(2).filter(Boolean);
/** The lettered items after the first of their list (deleting one leaves a gap when another follows it). */
const DELETABLE = PARAGRAPHS.map((p, i) => i).filter((i) => /^[b-z]\)\t/.test(PARAGRAPHS[i]) && /^[a-z]\)\t/.test(PARAGRAPHS[i + 1] ?? ''));

test('a deleted item followed by its author or a comment leaves a gap-after-deletion, not a plain gap', () => {
  assert.ok(DELETABLE.length >= 2);
  fc.assert(fc.property(fc.constantFrom(...DELETABLE), fc.constantFrom('', '{>>@EXA<<}', '{>>moved to resolves<<}', '{>>@EXA<<}{>>moved<<}'), fc.constantFrom('\n', '\r\n'), fc.boolean(), (k, after, nl, highlight) => {
    // The next item's label highlighted by a reviewer (`{==c)==}{>>check<<}`), or not.
    const marked = (p: string) => (highlight ? p.replace(/^([a-z]\))/, '{==$1==}{>>check<<}') : p);
    const body = PARAGRAPHS.map((p, i) => (i === k ? `{--${p}--}${after}` : i === k + 1 ? marked(p) : p));
    const text = ['Proposals:\tEXA', 'Document:\t12', '', 'MOD\tEXA/12/1', ...body, '', 'Reasons:\tr.', ''].join(nl);
    const doc = parseDocument(text);
    const gaps = checkDocument(doc).filter((f) => f.code.startsWith('numbering.gap'));
    assert.deepEqual(gaps.map((f) => [f.code, f.severity]), [['numbering.gap-after-deletion', 'information']], JSON.stringify(body[k]));
    assert.deepEqual(checkDocument(parseDocument(text), { numberingPolicy: 'bis' }).filter((f) => f.code.startsWith('numbering.gap')), []);
  }), { numRuns: cases(100) });
});
