// Word text holding CriticMarkup delimiters, against LibreOffice (review 7, H17): generated documents whose runs
// (plain, inserted, deleted, highlighted, under comments) are strings of delimiter fragments. The import's new text,
// its zero-width spaces taken out, must be LibreOffice's Accept All and its old text Reject All: what Word shows, as
// text, never read as marks. One start of LibreOffice for all of them. Needs soffice; skipped without it, except under CI=true.
import { describe, it } from 'node:test';
import { generate } from '../support/delimiterDocs';
import { assertImportsAsOffice, officeSuite } from '../support/office-suite';
import { fold, paragraphs } from '../support/word';
import { withComments } from '../support/wordComments';
import { docx } from '../support/wordml';

const SEEDS = [3, 11, 19, 27, 35, 43];

describe('LibreOffice: Word text holding CriticMarkup delimiters stays text', () => {
  const suite = officeSuite('delimiters');
  const skip = suite.skip;

  it('generated documents: new text = Accept All, old text = Reject All, once the zero-width spaces are out', { skip }, async () => {
    const docs = new Map<string, Uint8Array>();
    for (const seed of SEEDS) {
      const g = generate(seed, false);
      docs.set(`delimiters${seed}`, await withComments(await docx({ body: g.body }), g.comments));
    }
    await assertImportsAsOffice(suite, docs, (doc, view) => paragraphs(doc, view).map((l) => fold(l.replace(/\u200B/g, ''))).filter((l) => l !== ''));
  });
});
