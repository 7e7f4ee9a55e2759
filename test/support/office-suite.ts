// The frame of an office-suite test file: LibreOffice found (required under CI=true, else the tests are skipped
// with a message), one headless instance and one scratch folder for the file's tests, both removed after them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { findSoffice, Office } from './office';

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
