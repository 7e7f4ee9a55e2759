// Review 6, G17: the Final Acts print an amendment as `MOD 58 PP-98` in the margin; typed as a header
// (`MOD<TAB>58<TAB>PP-98`, no id) it gets a fix writing the id the cover gives and moving the number and note
// before the provision's text, and no "changes nothing … make it NOC" (its provision was not read).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core';
import { lines } from './helpers';
import { checkAgainst as check, CS, RR } from './provisionFixtures';

const COVER = ['Meeting:\tPlenipotentiary Conference (PP-26)', 'Document:\t40', 'Proposals:\tHHH', ''];

describe('the Final Acts\' `MOD 58 PP-98` typed as a header (review 6, G17)', () => {
  const cases: [string, string[], RegExp, string][] = [
    ['CS', ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''], /^5\t/, 'PP-98'],
    ['RR', ['ARTICLE 5', ''], /^5\.338A\t/, ''],
  ];
  for (const [name, heading, form, note] of cases) {
    test(`${name}: a fix writes the id and puts the number before the text; the unmarked change is then found`, () => {
      const line = CS.split('\n').concat(RR.split('\n')).find((l) => form.test(l))!;
      const number = line.slice(0, line.indexOf('\t'));
      const body = line.slice(number.length + 1);
      // The text in force with one word added without marks.
      const changed = body.replace(/ (\w{5,})/, ' quickly $1');
      const doc = lines(...COVER, ...heading, `MOD\t${number}${note ? `\t${note}` : ''}`, changed, 'Reasons:\tx.');
      const found = check(doc);
      assert.ok(!found.some((f) => f.code === 'proposal.mod-without-changes'), found.map((f) => f.message).join(' | '));
      const format = found.find((f) => f.code === 'proposal.id-format')!;
      assert.match(format.message, /is a provision number, not a proposal id/);
      const fixed = applyEdits(doc, format.fix!.edits);
      assert.ok(fixed.includes(`MOD\tHHH/40/1\n${number}\t${note ? `${note}\t` : ''}${changed}`), fixed);
      const after = check(fixed);
      assert.deepEqual(after.map((f) => f.code), ['base.untracked-change'], after.map((f) => f.message).join(' | '));
      assert.match(after[0].message, /draft adds 'quickly'/);
    });
  }
});
