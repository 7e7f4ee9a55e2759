// An unnumbered note printed after an RR provision (`NOTE - If, in the text of a definition below, a term is printed
// in italics …` after No. 1.1) is ITU's note on the text around it, no paragraph of the provision: a NOC or MOD
// restating No. 1.1 alone was told it "leaves out" the note. It is compared only where the proposal restates a
// note after the provision. A numbered note under a table (`NOTE 1:` after the table of No. 2.1) stays the
// provision's. Checked on the real RR Articles 1-9 and on generated texts (dash forms, English and Spanish).
//   node --import tsx --test test/unit/rr-notes.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const RR = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/rr-2012-art1-9.itu'), 'utf8');
const rrLine = (prefix: string) => RR.split(/\r?\n/).find((l) => l.startsWith(prefix))!;
const HEAD = ['Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Proposals:\tE', '', 'RADIO REGULATIONS', ''];

function untracked(base: string, ...body: string[]): Finding[] {
  const index = new BaseIndex();
  index.update('rr.itu', base);
  const text = lines(...HEAD, ...body, 'Reasons:\tr.');
  return checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');
}

describe('an unnumbered NOTE after an RR provision is no paragraph of it', () => {
  test('the real RR: No. 1.1 restated without its note is no change; the note restated and changed is one', () => {
    const p11 = rrLine('1.1\t');
    const note = rrLine('NOTE - If,');
    assert.deepEqual(untracked(RR, 'NOC\tE/30/1', p11).map((f) => f.message), []);
    assert.deepEqual(untracked(RR, 'NOC\tE/30/1', p11, note).map((f) => f.message), []);
    const marked = p11.replace('following terms', 'following {++defined ++}terms');
    assert.deepEqual(untracked(RR, 'MOD\tE/30/1', marked).map((f) => f.message), []);
    const changed = untracked(RR, 'MOD\tE/30/1', marked, note.replace('italics', 'italic type'));
    assert.equal(changed.length, 1);
    assert.match(changed[0]!.message, /base says 'italics', draft says 'italic type'/);
  });

  test('the real RR: the numbered notes under the table of No. 2.1 stay No. 2.1\'s', () => {
    const all = RR.split(/\r?\n/);
    const from = all.findIndex((l) => l.startsWith('2.1\t'));
    const to = all.findIndex((l, i) => i > from && /^2\.2\t/.test(l));
    const p21 = all.slice(from, to).filter((l) => l.trim() !== '');
    assert.ok(p21.some((l) => l.startsWith('NOTE 1:')), 'the fixture has the table notes');
    assert.deepEqual(untracked(RR, 'NOC\tE/30/1', ...p21).map((f) => f.message), []);
    // Left out, they are a change of No. 2.1.
    assert.equal(untracked(RR, 'NOC\tE/30/1', ...p21.filter((l) => !l.startsWith('NOTE 1:'))).length, 1);
  });

  test('generated: a provision restated without the notes after it is no change, with them changed is one each', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const dashes = ['-', '–', '—'];
    for (let round = 0; round < 60; round++) {
      const word = next() < 0.5 ? 'NOTE' : 'NOTA';
      const count = 3 + Math.floor(next() * 4);
      const provisions = Array.from({ length: count }, (_, k) => `4.${k + 1}\tAdministrations shall take all practicable steps number ${k + 1} to avoid interference.`);
      const noteAt = Math.floor(next() * count);
      const notes = Array.from({ length: 1 + Math.floor(next() * 2) }, (_, j) => `${word} ${dashes[Math.floor(next() * 3)]} The terms of note ${j + 1} apply to the provisions below.`);
      const body = provisions.flatMap((p, k) => (k === noteAt ? [p, ...notes] : [p]));
      const base = lines('RADIO REGULATIONS', 'CHAPTER II', 'Frequencies', 'ARTICLE 4', 'Assignment and use of frequencies', ...body);
      const p = provisions[noteAt]!;
      const label = `round ${round}:\n${base}`;
      assert.deepEqual(untracked(base, 'NOC\tE/30/1', p).map((f) => f.message), [], label);
      assert.deepEqual(untracked(base, 'NOC\tE/30/1', p, ...notes).map((f) => f.message), [], label);
      const changed = notes.map((n) => n.replace('The terms', 'These terms'));
      assert.equal(untracked(base, 'NOC\tE/30/1', p, ...changed).length, notes.length, label);
    }
  });
});
