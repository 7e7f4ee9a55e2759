// A clause heading whose first title word is struck out (`9.8<TAB>{--Deletion --}of Recommendations`) reads,
// in the new text, like a table cell citing a clause of another text (`2.1.4<TAB>of [ITU-T Q.764]`). Where its
// number is the clause that comes next it is that clause, in both texts: simulation seed 91450 (Resolution 1,
// 9.8) reported 9.8.1 and 9.8.2 "under 9.7" after the word was struck. Generated over numberings, title
// words and the three languages whose citations open with the number.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { lines } from './helpers';
import { seeded } from '../support/random';

/** A small deterministic generator (mulberry32). */
const rng = seeded;

const FIRST = ['Deletion', 'Approval', 'Review', 'Publication', 'Suppression', 'Adoption'];
const OF = ['of', 'in', 'du', 'de la', 'de', 'del'];
const REST = ['Recommendations', 'Questions', 'the Director', 'la Recommandation', 'Resolutions', '[ITU-T A.1]'];

/** The labels of the items and clause headings of one projection, in order, with the kind each is read as. */
function items(text: string, view: 'new' | 'old'): string[] {
  return parseDocument(text).views[view].paragraphs.filter((p) => p.label).map((p) => `${p.kind} ${p.label!.text}`);
}

describe('a clause heading whose first title word is struck out stays the clause', () => {
  test('generated: both texts read the same clauses, and no numbering finding is raised', () => {
    const next = rng(91450);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    for (let round = 0; round < 200; round++) {
      const top = 1 + Math.floor(next() * 12);
      const count = 2 + Math.floor(next() * 5);
      const struck = 1 + Math.floor(next() * count);
      const body: string[] = [`${top}\tProcedures`];
      for (let k = 1; k <= count; k++) {
        const rest = `${pick(OF)} ${pick(REST)}`;
        body.push(k === struck ? `${top}.${k}\t{--${pick(FIRST)} --}${rest}` : `${top}.${k}\t${pick(FIRST)} ${rest}`, 'Text of the clause.');
        if (k === struck || next() < 0.3) body.push(`${top}.${k}.1\t${pick(FIRST)} by WTSA`, 'More text.', `${top}.${k}.2\t${pick(FIRST)} between WTSAs`);
      }
      const head = top === 1 ? [] : Array.from({ length: top - 1 }, (_, j) => `${j + 1}\tClause ${j + 1}`);
      const text = lines('MOD\tAFCP/1/1', 'RESOLUTION 1 (Rev. Hammamet, 2016)', 'Rules of procedure', ...head, ...body, 'Reasons:\tx.');
      const label = `round ${round}:\n${text}`;
      assert.deepEqual(items(text, 'new'), items(text, 'old'), label);
      const numbering = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('numbering.'));
      assert.deepEqual(numbering.map((f) => `${f.code}: ${f.message}`), [], label);
    }
  });

  test('a cell citing a clause where no clause of that number is due stays text', () => {
    const text = lines('MOD\tAFCP/1/1', 'RESOLUTION 1 (Rev. Hammamet, 2016)', 'Rules of procedure', '1\tScope', '1.1\tGeneral', 'Text.', '2.1.4\tof [ITU-T Q.764]', 'Reasons:\tx.');
    assert.ok(!items(text, 'new').some((i) => i.endsWith(' 2.1.4')), items(text, 'new').join(', '));
  });
});
