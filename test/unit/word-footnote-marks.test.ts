// Footnote marks on the way through Word (review3 E25): ITU's `1, 1bis` (a custom mark 1, then an automatically
// numbered note followed by `bis` in the reference style) is imported as `[^1]`, `[^1bis]`, not `[^1_2]bis`; an
// import's `_2` (two notes Word marked alike) is bookkeeping, and Word shows the mark without it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { FIXED_DATE, partText, roundTrip } from '../support/word';
import { docx, p, r } from '../support/wordml';

const RES1_DOCX = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'wtsa16-res1.docx');

/** The marks Word shows in a part: custom marks written after their reference, and the notes' own marks. */
const shownMarks = (xml: string) => [...xml.matchAll(/<w:footnoteReference w:customMarkFollows="1" w:id="\d+"\/><w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe('footnote marks through Word (review3 E25)', () => {
  it('imports ITU’s "1, 1bis" as [^1], [^1bis]: the bis joins the automatic number, in the reference and in the note', async () => {
    const result = await importDocx(fs.readFileSync(RES1_DOCX));
    assert.match(result.text, /\(Hammamet, 2016\)\[\^1\], \[\^1bis\]\n/);
    assert.match(result.text, /^\[\^1bis\]:\tThis Hammamet, 2016 edition was initially published/m);
    assert.doesNotMatch(result.text, /_2\]/);
    assert.ok(!result.notes.some((n) => /both marked/.test(n.message)), 'no note of a renamed footnote');
    // Exported again, Word shows 1bis (a custom mark), never the invented 1_2.
    const docx = await exportDocx(parseDocument(result.text), { date: FIXED_DATE });
    const document = await partText(docx, 'word/document.xml');
    assert.ok(shownMarks(document).includes('1bis'));
    assert.doesNotMatch(document + (await partText(docx, 'word/footnotes.xml')), /1_2/);
  });

  it('joins only a raised bis right after the reference: plain text, another word or the next paragraph stay text', async () => {
    const ref = (id: number) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const raised = (text: string) => r(text, '<w:vertAlign w:val="superscript"/>');
    const note = (id: number) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Note ${id}.</w:t></w:r></w:p></w:footnote>`;
    const result = await importDocx(
      await docx({
        body: p(r('One') + ref(1) + raised('ter')) + p(r('Two') + ref(2) + r('bis plain')) + p(r('Three') + ref(3) + raised('note')) + p(r('Four') + ref(4)) + p(raised('bis') + r(' after')),
        footnotes: [1, 2, 3, 4].map(note).join(''),
      }),
    );
    assert.match(result.text, /^One\[\^1ter\]\nTwo\[\^2\]bis plain\nThree\[\^3\]note\nFour\[\^4\]\nbis after\n/);
  });

  it('shows an import’s [^*_2] as the mark * it had in Word, and reads it back as [^*_2]', async () => {
    const text = 'MOD\tX/1/1\nFirst[^*] and second[^*_2] notes.\n\n[^*]:\tOne.\n[^*_2]:\tTwo.\n';
    const rt = await roundTrip(text);
    const document = await partText(rt.docx, 'word/document.xml');
    assert.deepEqual(shownMarks(document), ['*', '*']);
    assert.doesNotMatch(document + (await partText(rt.docx, 'word/footnotes.xml')), /\*_2/);
    assert.match(rt.text, /First\[\^\*\] and second\[\^\*_2\] notes\./);
    // A label that only looks like one (no [^note] beside it) is shown as written.
    const alone = await roundTrip('MOD\tX/1/1\nA note[^note_2].\n\n[^note_2]:\tText.\n');
    assert.deepEqual(shownMarks(await partText(alone.docx, 'word/document.xml')), ['note_2']);
  });
});

describe('a footnote inserted with Track Changes (review 7, H10)', () => {
  const ins = (id: number, inner: string) => `<w:ins w:id="${id}" w:author="France" w:date="2026-11-02T09:00:00Z">${inner}</w:ins>`;
  const refStyle = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>';
  const body = p(r('MOD\tX/1/1')) + p(r('The Assembly') + ins(10, `<w:r>${refStyle}<w:footnoteReference w:id="3"/></w:r>`) + r(' (Geneva, 2022),')) + p(r('Reasons:\tA new note.'));
  const imported = async (note: string) => (await importDocx(await docx({ body, footnotes: `<w:footnote w:id="3"><w:p>${note}</w:p></w:footnote>` }))).text;

  it('as Word writes it (mark, TAB and text in one w:ins): the TAB after the mark is not in the note', async () => {
    const text = await imported(ins(11, `<w:r>${refStyle}<w:footnoteRef/></w:r><w:r><w:tab/><w:t>Including its study groups.</w:t></w:r>`));
    assert.match(text, /^\{\+\+\[\^1\]:\tIncluding its study groups\.\+\+\}\{>>@France<<\}$/m);
  });

  it('as LibreOffice writes it (the mark and a TAB or space with the text in two w:ins): one TAB, the text as it is', async () => {
    for (const space of ['<w:tab/>', '<w:t xml:space="preserve"> </w:t>']) {
      const text = await imported(ins(11, `<w:r>${refStyle}<w:footnoteRef/></w:r>`) + ins(12, `<w:r>${space}<w:t xml:space="preserve">Established at each assembly.</w:t></w:r>`));
      assert.match(text, /^\{\+\+\[\^1\]:\tEstablished at each assembly\.\+\+\}\{>>@France<<\}$/m, space);
    }
  });

  it('a TAB inserted alone at the start of a note in force leaves no empty mark; a TAB inside the text stays', async () => {
    const text = await imported(`<w:r>${refStyle}<w:footnoteRef/></w:r>` + ins(11, '<w:r><w:tab/></w:r>') + r('See\tthe Proceedings.'));
    assert.match(text, /^\[\^1\]:\tSee\tthe Proceedings\.$/m);
    assert.doesNotMatch(text, /\{\+\+\s*\+\+\}/);
  });
});
