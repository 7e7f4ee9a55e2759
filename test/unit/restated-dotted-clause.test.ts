// A MOD of a Recommendation that restates first a clause the text in force numbers with a final dot (J.1108's
// `6.<TAB>Overview`) read it as text: the structure reader took a final dot only where the number may come next,
// and nothing came before it in the proposal. A clause restated first, or first after an elision, may bear any
// number. Generated over clause numbers, titles and the elision; a numbered step stays text.
//   node --import tsx --test test/unit/restated-dotted-clause.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { lines } from './helpers';

const TITLES = ['Overview', 'Functional architecture', 'Security considerations', 'Timing processing specification', 'Scope'];
const mod = (...body: string[]) => lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T J.1108', ...body, 'Reasons:\tx.');

describe('a clause restated first with a final dot is the clause', () => {
  test('generated: read as clause n in both texts, its sub-clauses under it, one stray-dot finding', () => {
    for (let n = 1; n <= 40; n++) {
      for (const elided of [false, true]) {
        const title = TITLES[n % TITLES.length]!;
        const text = mod(...(elided ? ['…'] : []), `${n}.\t${title}`, 'In this clause, the text is {~~restated~>amended~~}.', `${n}.1\tGeneral`, 'Text.', `${n}.2\tDetails`, 'Text.');
        const doc = parseDocument(text);
        for (const view of ['new', 'old'] as const) {
          const labelled = doc.views[view].paragraphs.filter((p) => p.label).map((p) => `${p.kind} ${p.label!.parts.join('.')}`);
          assert.deepEqual(labelled, [`item ${n}`, `item ${n}.1`, `item ${n}.2`], `${view}:\n${text}`);
        }
        const numbering = checkDocument(doc).filter((f) => f.code.startsWith('numbering.'));
        assert.deepEqual(numbering.map((f) => `${f.code} ${text.slice(f.start, f.end)}`), ['numbering.stray-dot .'], text);
      }
    }
  });

  test('a numbered step (a sentence after the number) restated first stays text', () => {
    const text = mod('3.\tWhen a SRC is selected by the subject, the test is {~~run~>repeated~~}.', 'More text.');
    const doc = parseDocument(text);
    assert.deepEqual(doc.views.new.paragraphs.filter((p) => p.label).map((p) => p.label!.text), []);
  });
});
