// Review 9's provision defects (J20, J11, J22, J3 …), on the real texts in force of test/corpus-kinds/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const KINDS = path.join(ROOT, 'test/corpus-kinds');
let cached: BaseIndex | undefined;
/** The real CS and CV (and the RR's Articles 1-9) as the workspace's texts in force. */
function index(): BaseIndex {
  if (cached) return cached;
  cached = new BaseIndex();
  for (const f of ['cs-1992-rev2006.itu', 'cv-1992-rev2006.itu', 'rr-2012-art1-9.itu']) cached.update(f, fs.readFileSync(path.join(KINDS, f), 'utf8'));
  return cached;
}
const check = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index().lookup });
const codes = (text: string, code: string) => check(text).filter((f) => f.code === code).map((f) => f.message);
const PP = ['Meeting:\tPP-26, Doha, 2026', 'Document:\t94', 'Proposals:\tRUS', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''];

test('J20: an ADD after an inserted number expects the next letter (58B after 58A, 3B after 3A), not a doubled one', () => {
  const found = codes(lines(...PP, 'ADD\tRUS/94/1', '3C\tPP-26\tacbis) a new purpose;', 'Reasons:\tNew.', '',
    'ADD\tRUS/94/2', '58C\tPP-26\tjter) adopt the strategic plan;', 'Reasons:\tNew.'), 'base.provision-gap');
  assert.deepEqual(found.map((m) => /so the next is (\S+);/.exec(m)?.[1]), ['3B', '58B']);
  // The next letter written is no gap.
  assert.deepEqual(codes(lines(...PP, 'ADD\tRUS/94/2', '58B\tPP-26\tjter) adopt the strategic plan;', 'Reasons:\tNew.'), 'base.provision-gap'), []);
});
