// Automatic list labels against LibreOffice (review 7, H1-H4, H6): generated documents whose lists are edited with
// Track Changes the ways Word records it (items added by Enter, deleted, joined, numbering switched on or off), a list
// numbered through a list style, and lists in the numbering formats of the six languages. For each, the import's new
// text must be LibreOffice's Accept All and its old text Reject All, labels included. One start of LibreOffice for
// all of them (Office.resolveAll). Needs soffice (scripts/office/setup.sh); skipped without it, except under CI=true.
import { describe, it } from 'node:test';
import { listCase } from '../support/listEdits';
import { assertImportsAsOffice, officeSuite } from '../support/office-suite';
import { paragraphs } from '../support/word';
import { docx, p, r } from '../support/wordml';

/** Seeds of the generated edit cases: enough to hold every kind of edit several times over (ITU_LIST_CASES=150 widens it). */
const SEEDS = Array.from({ length: Number(process.env.ITU_LIST_CASES ?? 16) }, (_, i) => 1 + i * 7);

/**
 * Numbering formats and the numbers each list starts at, where LibreOffice shows what Word shows. Not here, because
 * LibreOffice's import shows them otherwise: hindiNumbers, decimalFullWidth, thaiNumbers, decimalEnclosedParen and
 * decimalEnclosedFullstop, hex, numberInDash (it writes plain Western digits); arabicAbjad (its first letter is ا and
 * its fifth ه, where ITU's Arabic texts write أ and هـ); ideographDigital past 9 (it counts, 十, where Word writes
 * digits, 一〇); decimalEnclosedCircle past 20 (㉑, where Word goes on in digits); Chinese counting past 65,535 (it
 * wraps around). Those are asserted as Word shows them in test/unit/word-number-formats.test.ts.
 */
export const LIBREOFFICE_FORMATS: [string, number[]][] = [
  ['lowerLetter', [1, 26, 27, 53]], ['upperLetter', [2, 28]], ['lowerRoman', [4, 14, 1999]], ['upperRoman', [9, 3998]], ['decimalZero', [9, 10]],
  ['arabicAlpha', [1, 2, 27]], ['russianLower', [1, 9, 25, 28]], ['russianUpper', [2, 11]], ['chineseLegalSimplified', [1, 10, 100]], ['chicago', [1, 4, 8]], ['decimalEnclosedCircle', [1, 19]],
  ['chineseCounting', [1, 10, 11, 20, 21, 100, 101, 110]], ['ideographDigital', [1, 8]], ['none', [3]],
];

function formatsDocument(formats: [string, number[]][]): { numbering: string; body: string } {
  let numbering = '';
  let body = '';
  let n = 0;
  for (const [fmt, starts] of formats) {
    for (const start of starts) {
      n++;
      numbering += `<w:abstractNum w:abstractNumId="${n}"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>`;
      // Two items: the label of the start and of the one after it.
      for (const k of [0, 1]) body += p(r(`${fmt} ${start + k}`), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${n}"/></w:numPr>`);
    }
  }
  for (let k = 1; k <= n; k++) numbering += `<w:num w:numId="${k}"><w:abstractNumId w:val="${k}"/></w:num>`;
  return { numbering, body };
}

const LIST_STYLE = {
  numbering:
    '<w:abstractNum w:abstractNumId="10"><w:styleLink w:val="ITUItems"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="ITUItems"/></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>',
  styles: '<w:style w:type="numbering" w:styleId="ITUItems"><w:name w:val="ITU Items"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
  body:
    p(r('considering')) +
    [['first', 0], ['sub-item', 1], ['second', 0]].map(([t, l]) => p(r(String(t)), `<w:numPr><w:ilvl w:val="${l}"/><w:numId w:val="2"/></w:numPr>`)).join(''),
};

describe('LibreOffice: automatic list labels in the old and the new text', () => {
  const suite = officeSuite('list-edits');
  const skip = suite.skip;

  it('generated list edits, a list style and numbering formats: new text = Accept All, old text = Reject All', { skip }, async () => {
    const docs = new Map<string, Uint8Array>();
    for (const seed of SEEDS) {
      const c = listCase(seed);
      docs.set(`edits${seed}`, await docx({ numbering: c.numbering, body: c.body }));
    }
    docs.set('liststyle', await docx(LIST_STYLE));
    docs.set('formats', await docx(formatsDocument(LIBREOFFICE_FORMATS)));
    await assertImportsAsOffice(suite, docs, paragraphs);
  });
});
