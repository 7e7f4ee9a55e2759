// The frame of an office-suite test file: LibreOffice found (required under CI=true, else the tests are skipped
// with a message), one headless instance and one scratch folder for the file's tests, both removed after them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { parseDocument, type ItuDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { findSoffice, Office } from './office';
import { fold } from './word';

export interface OfficeSuite {
  /** `false`, or why the tests are skipped: pass it as the tests' `skip` option. */
  skip: string | false;
  /** The running LibreOffice (inside a test). */
  office(): Office;
  /** The scratch folder (inside a test). */
  dir(): string;
}

/** Registers before/after hooks in the current describe block. */
export function officeSuite(name: string): OfficeSuite {
  const soffice = findSoffice();
  const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
  if (!soffice && ci) throw new Error('LibreOffice (soffice) is missing under CI: run scripts/office/setup.sh first');
  const skip = soffice ? false : 'LibreOffice (soffice) is not installed: run scripts/office/setup.sh to run these tests';
  let office: Office | undefined;
  let dir: string | undefined;
  before(() => {
    if (skip) return;
    office = new Office(soffice!);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `itu-office-${name}-`));
  });
  after(() => {
    office?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return { skip, office: () => office!, dir: () => dir! };
}

/** LibreOffice's plain text of a document: its lines, white space folded, empty ones left out. */
export function officeLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').map(fold).filter((l) => l !== '');
}

/**
 * Each document imported, against LibreOffice's own Accept All and Reject All of it (one LibreOffice start for all,
 * inside a test): `lines` gives the lines of the imported text's new or old projection to compare.
 */
export async function assertImportsAsOffice(suite: OfficeSuite, docs: Map<string, Uint8Array>, lines: (doc: ItuDocument, view: 'new' | 'old') => string[]): Promise<void> {
  const dir = suite.dir();
  for (const [name, bytes] of docs) fs.writeFileSync(path.join(dir, `${name}.docx`), bytes);
  suite.office().resolveAll(dir);
  for (const [name, bytes] of docs) {
    const result = await importDocx(bytes);
    const doc = parseDocument(result.text);
    for (const [view, side] of [['new', 'accept'], ['old', 'reject']] as const) {
      assert.deepEqual(lines(doc, view), officeLines(path.join(dir, `${name}.${side}.txt`)), `${name}, ${view} text against LibreOffice's ${side}:\n${result.text}`);
    }
  }
}
