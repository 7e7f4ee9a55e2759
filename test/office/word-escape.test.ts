// Word text holding CriticMarkup delimiters, against LibreOffice (review 7, H17): generated documents whose runs
// (plain, inserted, deleted, highlighted, under comments) are strings of delimiter fragments. The import's new text,
// its zero-width spaces taken out, must be LibreOffice's Accept All and its old text Reject All: what Word shows, as
// text, never read as marks. One start of LibreOffice for all of them. Needs soffice; skipped without it, except under CI=true.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { generate } from '../support/delimiterDocs';
import { officeSuite } from '../support/office-suite';
import { fold, paragraphs } from '../support/word';
import { withComments } from '../support/wordComments';
import { docx } from '../support/wordml';

const SEEDS = [3, 11, 19, 27, 35, 43];

function officeLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').map(fold).filter((l) => l !== '');
}

describe('LibreOffice: Word text holding CriticMarkup delimiters stays text', () => {
  const suite = officeSuite('delimiters');
  const skip = suite.skip;

  it('generated documents: new text = Accept All, old text = Reject All, once the zero-width spaces are out', { skip }, async () => {
    const dir = suite.dir();
    const docs = new Map<string, Uint8Array>();
    for (const seed of SEEDS) {
      const g = generate(seed, false);
      docs.set(`delimiters${seed}`, await withComments(await docx({ body: g.body }), g.comments));
    }
    for (const [name, bytes] of docs) fs.writeFileSync(path.join(dir, `${name}.docx`), bytes);
    suite.office().resolveAll(dir);
    for (const [name, bytes] of docs) {
      const result = await importDocx(bytes);
      const doc = parseDocument(result.text);
      for (const [view, side] of [['new', 'accept'], ['old', 'reject']] as const) {
        const ours = paragraphs(doc, view).map((l) => fold(l.replace(/\u200B/g, ''))).filter((l) => l !== '');
        assert.deepEqual(ours, officeLines(path.join(dir, `${name}.${side}.txt`)), `${name}, ${view} text against LibreOffice's ${side}:\n${result.text}`);
      }
    }
  });
});
