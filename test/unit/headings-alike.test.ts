// While typing, an edit that changes a proposal's instrument, ARTICLE or appendix headings sends the text to the whole
// check (core/incremental.ts analyzeEdits). The edit is read in the lines it touches (headingsAlike); the oracle reads
// the whole proposal before and after (headingKeys), on generated edits of proposals made of real lines.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { headingKeys, headingsAlike } from '../../server/src/core/incremental';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

const ROOT = path.resolve(__dirname, '../..');

test('an edit changes the headings of a proposal exactly when it changes those of the lines it touches (generated)', () => {
  const rnd = seeded(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const lines = [
    ...fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8').split('\n'),
    ...fs.readFileSync(path.join(ROOT, '../shared/corpus/pp18-final-acts.txt'), 'utf8').split('\n').slice(2000, 2400),
    '', '', 'RADIO REGULATIONS', '{++RADIO REGULATIONS++}', 'ARTICLE 5', '{++ARTICLE 5++}', 'ARTICLE {~~5~>6~~}', 'APPENDIX 30B', 'CONSTITUTION', 'CONVENTION',
    'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'Recommendation ITU-T A.1', '第5条', 'СТАТЬЯ 5', 'Art. 5',
  ].filter((l) => l.length < 400);
  // Pieces typed: letters, line ends, heading words and marks, a heading's number.
  const pieces = ['x', ' ', '\n', '\r\n', '', 'ARTICLE 7', 'RADIO REGULATIONS', '{++', '++}', '5', 'CONVENTION', '\nARTICLE 9\n', 'E', 'A'];
  let changed = 0;
  for (let k = 0; k < cases(4000, 400); k++) {
    const before = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => pick(lines)).join(pick(['\n', '\n', '\r\n']));
    // Often at a line's end or start (an empty line typed into: the edit stands on the line end it is put before).
    const ends = [...before.matchAll(/\r?\n/g)].map((m) => m.index!);
    const a = ends.length > 0 && rnd() < 0.4 ? pick(ends) + pick([0, 0, 1]) : Math.floor(rnd() * (before.length + 1));
    const b = Math.min(before.length, a + (rnd() < 0.6 ? 0 : Math.floor(rnd() * 12)));
    const newText = pick(pieces);
    const after = before.slice(0, a) + newText + before.slice(b);
    // The proposal stands at an offset of the whole text: the edit is in the whole text's offsets.
    const at = Math.floor(rnd() * 1000);
    const same = headingKeys(before) === headingKeys(after);
    if (!same) changed++;
    assert.equal(headingsAlike(before, after, [{ start: at + a, end: at + b, newText }], at), same, JSON.stringify({ before, a, b, newText }));
  }
  assert.ok(changed > cases(4000, 400) / 20, `${changed} edits changed the headings`);
});
