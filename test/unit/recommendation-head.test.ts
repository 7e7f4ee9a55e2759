// A MOD of a Recommendation restating its number line, title and formula compared only its clauses and call items:
// a title or an enacting formula changed without marks went unsaid (for Resolutions, base.untracked-change reports
// it). Each is now compared with the same line in force. Generated on the real ITU-R texts of test/corpus-kinds: a
// word of the title or of the formula changed, inserted or removed without marks is one untracked change, on that
// line; restated as in force, or changed with marks, it is none.
//   node --import tsx --test test/unit/recommendation-head.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const TEXTS = ['R-REC-RA.314-10-200306.itu', 'R-REC-BO.600-1-198607.itu', 'R-REC-S.354-2-197407.itu'];

/** The Recommendation from its (last) number line to the paragraph before its first call's first item, with the call. */
function head(text: string): string[] {
  const all = text.split('\n');
  const from = all.map((l, i) => (/^RECOMMENDATION\s+ITU-R/.test(l) ? i : -1)).filter((i) => i >= 0).pop()!;
  const call = all.findIndex((l, i) => i > from && /^(?:considering|recommends|noting)\b/.test(l));
  return all.slice(from, call + 1).filter((l) => l.trim() !== '');
}

function untracked(inForce: string, body: string[]): Finding[] {
  const index = new BaseIndex();
  index.update('rec.itu', inForce);
  const text = lines('Meeting:\tRA-27', 'Document:\t5', 'Proposals:\tACP', '', 'MOD\tACP/5/1', ...body, '…', 'Reasons:\tx.');
  return checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');
}

describe('the title and formula a MOD of a Recommendation restates are compared with the text in force', () => {
  for (const file of TEXTS) {
    test(file, () => {
      const inForce = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', file), 'utf8');
      const restated = head(inForce);
      const title = 1;
      const formula = restated.findIndex((l) => /Assembly,$/.test(l));
      assert.ok(formula > title, restated.join('\n'));
      // The call line carries a mark, so the MOD is compared (a MOD without any mark is a preview).
      const marked = [...restated.slice(0, -1), `${restated[restated.length - 1]}{++ further++}`];
      assert.deepEqual(untracked(inForce, marked).map((f) => f.message), [], 'restated as in force');
      let seed = file.length;
      const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      for (const at of [title, formula]) {
        for (let round = 0; round < 12; round++) {
          const words = marked[at]!.split(' ');
          const k = Math.floor(next() * words.length);
          const kind = round % 3;
          const changed = kind === 0 ? words.map((w, j) => (j === k ? `${w}x` : w)) : kind === 1 ? [...words.slice(0, k), 'new', ...words.slice(k)] : words.filter((_, j) => j !== k || words.length < 2);
          const body = marked.map((l, j) => (j === at ? changed.join(' ') : l));
          if (body[at] === marked[at]) continue;
          const found = untracked(inForce, body);
          const label = `${file} line ${at} round ${round}: ${body[at]}`;
          assert.equal(found.length, 1, `${label}\n${found.map((f) => f.message).join('\n')}`);
          // With marks, the same change is none.
          const withMarks = marked.map((l, j) => (j === at ? `{~~${marked[at]}~>${changed.join(' ')}~~}` : l));
          assert.deepEqual(untracked(inForce, withMarks).map((f) => f.message), [], label);
        }
      }
    });
  }
});
