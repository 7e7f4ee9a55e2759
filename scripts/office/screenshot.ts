// Renders the first page of the project's example (ITU texts are not shipped), exported to Word, as LibreOffice
// prints it: docs/images/word-export.png. Run: node --import tsx scripts/office/screenshot.ts
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { findSoffice, Office, which } from '../../test/support/office';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const source = path.join(root, 'examples', 'res99-amendment.itu');
  const target = path.join(root, 'docs', 'images', 'word-export.png');
  const soffice = findSoffice();
  if (!soffice || !which('pdftoppm')) throw new Error('soffice and pdftoppm are needed: run scripts/office/setup.sh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-shot-'));
  const office = new Office(soffice);
  try {
    const docx = path.join(dir, 'res99-amendment.docx');
    fs.writeFileSync(docx, await exportDocx(parseDocument(fs.readFileSync(source, 'utf8')), { date: new Date('2028-10-25T09:00:00Z') }));
    const pdf = office.convert(docx, 'pdf', dir);
    const prefix = path.join(dir, 'page');
    const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(`${prefix}.png`, target);
    console.log(`wrote ${path.relative(root, target)}`);
  } finally {
    office.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
