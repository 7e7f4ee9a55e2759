// Review 8, I22: Format Document gives a TAB only to what the parser reads as a label. A sentence that starts
// with a clause citation (`3.2 of Recommendation ITU-T F.921 defines …`) is prose: it keeps its space, and the
// labels the parser reads (and so the numbering findings) are the same before and after formatting.
// Generated: citations (clause numbers of one to three levels, letters) × the words after them in four
// languages × where the line stands (introduction, ADD to a Recommendation, MOD) × separators (one space; two
// outside proposals).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { format } from '../../server/src/service/editing';
import { lines } from './helpers';

function formatted(text: string): string {
  const state = new DocumentRecord('file:///ws/draft.itu', 1, text);
  return applyEdits(text, format(state).map((e) => ({ start: state.offset(e.range.start), end: state.offset(e.range.end), newText: e.newText })));
}

const labelsOf = (text: string) => {
  const doc = parseDocument(text);
  return (['new', 'old'] as const).map((v) => doc.views[v].paragraphs.filter((p) => p.label).map((p) => p.label!.text));
};
const numbering = (text: string) => checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('numbering')).map((f) => f.message);

const CITED = ['3.2', '2.1.4', '10.4', '7'];
const SENTENCES = [
  (n: string) => `${n} of Recommendation ITU-T F.921 defines the terms.`,
  (n: string) => `${n} of [ITU-T Q.764] applies to the timer.`,
  (n: string) => `${n} of this Recommendation applies to the indicators.`,
  (n: string) => `${n} de la Recommandation UIT-T F.921 définit les termes.`,
  (n: string) => `${n} de la Recomendación UIT-T F.921 define los términos.`,
];
const PLACES = {
  introduction: (line: string) => lines('Proposals:\tUSA', 'Document:\t5', '', '1\tIntroduction', line, '', 'ADD\tUSA/5/1\tRecommendation ITU-T F.921', '10.10\tToilets', 'The text.', '', 'Reasons:\tr.', ''),
  add: (line: string) => lines('Proposals:\tUSA', 'Document:\t5', '', 'ADD\tUSA/5/1\tRecommendation ITU-T F.921', '10.10\tToilets', line, '', 'Reasons:\tr.', ''),
  mod: (line: string) => lines('Proposals:\tUSA', 'Document:\t5', '', 'MOD\tUSA/5/1\tRecommendation ITU-T F.921', '10.3\tToilets', `The text{++ said++}.`, line, '', 'Reasons:\tr.', ''),
};

test('Format Document leaves a sentence that starts with a clause citation as it is, and labels the parser reads unchanged', () => {
  let count = 0;
  for (const n of CITED) for (const sentence of SENTENCES) for (const [place, at] of Object.entries(PLACES)) for (const space of [' ', '  ']) {
    // In a proposal a dotted number followed by two spaces is a provision number pasted from a PDF (FORMAT.md §1,
    // core/provisions.ts spacedNumber), which takes its TAB: only outside proposals are two spaces prose.
    if (space !== ' ' && place !== 'introduction') continue;
    const line = sentence(n).replace(' ', space);
    const text = at(line);
    const out = formatted(text);
    const where = `${place}: ${JSON.stringify(line)}`;
    assert.deepEqual(labelsOf(out), labelsOf(text), `${where}: the parser reads the same labels\n${out}`);
    assert.deepEqual(numbering(out), numbering(text), `${where}: the same numbering findings`);
    // No TAB after the citation the parser reads as prose; in English, French and Spanish alike (citation-start.test.ts).
    const read = labelsOf(text)[0].includes(n);
    assert.equal(out.includes(`\n${n}\t`), read, `${where}: a TAB only after what the parser reads as a label\n${out}`);
    assert.ok(!read, `${where}: a citation is prose`);
    count++;
  }
  assert.equal(count, CITED.length * SENTENCES.length * (Object.keys(PLACES).length + 1));
});

test('Format Document still gives a TAB to labels the parser reads, written with spaces', () => {
  for (const [written, want] of [['a)  an item  with  spaces;', 'a)\tan item with spaces;'], ['2.1  Scope of the work', '2.1\tScope of the work']] as const) {
    const text = lines('Proposals:\tUSA', 'Document:\t5', '', 'ADD\tUSA/5/1\tRecommendation ITU-T F.921', '1\tScope', written, '', 'Reasons:\tr.', '');
    const out = formatted(text);
    assert.ok(out.includes(`\n${want}\n`), `${written}: ${out}`);
    assert.deepEqual(labelsOf(out)[0].length, labelsOf(text)[0].length, written);
  }
});

test('Format Document keeps the spaces that end the line a multi-line mark opens on: they are the mark\'s text (the twenty-fifth session\'s review)', () => {
  const text = lines('ADD\tUSA/5/1', 'DRAFT NEW RESOLUTION [USA-1] (Geneva, 2028)', 'Title', 'considering', 'a)  that one {++inserted text   ', 'more++} here;  ', 'b)\tthat two.', '', 'Reasons:\tr.', '');
  const after = formatted(text);
  assert.ok(after.includes('a)\tthat one {++inserted text   \nmore++} here;  \nb)'), JSON.stringify(after));
  const marks = (t: string) => parseDocument(t).marks.map((m) => t.slice(m.start, m.end));
  assert.deepEqual(marks(after), marks(text));
});
