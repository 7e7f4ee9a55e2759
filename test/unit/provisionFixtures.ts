// The texts in force of test/fixtures/provisions that the review 6 tests (G2, G9, G17, G22) check against.
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { ROOT } from './helpers';

export const FIXTURES = path.join(ROOT, 'test/fixtures/provisions');
/** CS Article 1 (Nos. 1 to 7) and RR Article 5 (5.337 to 5.338A …), as in force. */
export const CS = fs.readFileSync(path.join(FIXTURES, 'cs-article1.itu'), 'utf8');
export const RR = fs.readFileSync(path.join(FIXTURES, 'rr-article5.itu'), 'utf8');

/** The findings of `text` with `files` (by default the CS and RR above) as the workspace's texts in force. */
export function checkAgainst(text: string, files: Record<string, string> = { 'cs.itu': CS, 'rr.itu': RR }): Finding[] {
  const index = new BaseIndex();
  for (const [name, t] of Object.entries(files)) index.update(name, t, parseDocument(t));
  return checkDocument(parseDocument(text), { bases: index.lookup });
}
