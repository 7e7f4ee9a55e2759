// Pictures of exports as LibreOffice prints them (ITU texts are not shipped; the pictures are docs):
// - docs/images/word-export.png: page 1 of the project's example exported to Word;
// - docs/images/word-arabic-page1.png: page 1 of the Arabic test draft (test/fixtures/languages/draft-ar.itu);
// - docs/images/word-french-page1.png: page 1 of the French one (draft-fr.itu): the cover lines in French;
// - docs/images/word-provisions-pp.png, word-provisions-wrc.png: page 1 of the PP and WRC proposals on provisions
//   (test/fixtures/provisions/pp-arb-14a1.itu, wrc-eur-16a1.itu);
// - docs/images/word-table.png: page 1 of test/fixtures/word/tables.itu, its pipe tables as Word tables with changes
//   in cells, a row inserted and a row deleted (review3 E19);
// - docs/images/word-mixed-rtl.png: page 1 of test/fixtures/word/mixed-rtl.itu, an Arabic MOD under an English cover,
//   its Arabic paragraphs right to left (review3 E27);
// - docs/images/word-seed-page1.png, word-seed-page2.png (when ../shared is there): pages 1 and 2 of the seed
//   contribution (../shared/examples/afcp-42a25-res52.itu) exported, to set beside word-real-page4.png, page 4 of
//   ITU's own Word file of WTSA Resolution 1 (../shared/corpus/wtsa16-res1.docx: its first body page, with ITU's
//   italics and running footer) — docs/word.md shows them side by side.
// Needs soffice and pdftoppm (scripts/office/setup.sh).
// Run: node --import tsx scripts/office/screenshot.ts
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { findSoffice, Office, which } from '../../test/support/office';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

function pages(pdf: string, first: number, last: number, prefix: string, dpi = 80): string[] {
  const r = spawnSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, prefix], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  const dir = path.dirname(prefix);
  return fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png')).sort().map((f) => path.join(dir, f));
}

async function exportPdf(office: Office, source: string, dir: string, date: Date): Promise<string> {
  const docx = path.join(dir, `${path.basename(source, '.itu')}.docx`);
  fs.writeFileSync(docx, await exportDocx(parseDocument(fs.readFileSync(source, 'utf8')), { date }));
  return office.convert(docx, 'pdf', dir);
}

async function main(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice || !which('pdftoppm')) throw new Error('soffice and pdftoppm are needed: run scripts/office/setup.sh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-shot-'));
  const office = new Office(soffice);
  const images = path.join(ROOT, 'docs', 'images');
  fs.mkdirSync(images, { recursive: true });
  try {
    const example = await exportPdf(office, path.join(ROOT, 'examples', 'res99-amendment.itu'), dir, new Date('2028-10-25T09:00:00Z'));
    fs.copyFileSync(pages(example, 1, 1, path.join(dir, 'example'))[0], path.join(images, 'word-export.png'));
    console.log('wrote docs/images/word-export.png');
    // Issue 11: an Arabic contribution (the six-language test draft) as Word lays it out right to left.
    const arabic = await exportPdf(office, path.join(ROOT, 'test', 'fixtures', 'languages', 'draft-ar.itu'), dir, new Date('2016-09-26T09:00:00Z'));
    fs.copyFileSync(pages(arabic, 1, 1, path.join(dir, 'arabic'))[0], path.join(images, 'word-arabic-page1.png'));
    console.log('wrote docs/images/word-arabic-page1.png');
    // Its first page in the document's language: the French test draft too.
    const french = await exportPdf(office, path.join(ROOT, 'test', 'fixtures', 'languages', 'draft-fr.itu'), dir, new Date('2016-09-26T09:00:00Z'));
    fs.copyFileSync(pages(french, 1, 1, path.join(dir, 'french'))[0], path.join(images, 'word-french-page1.png'));
    console.log('wrote docs/images/word-french-page1.png');
    // Issue 10: a PP proposal on the Constitution and a WRC proposal on the Radio Regulations (test fixtures).
    for (const [name, image] of [['pp-arb-14a1.itu', 'word-provisions-pp.png'], ['wrc-eur-16a1.itu', 'word-provisions-wrc.png']]) {
      const pdf = await exportPdf(office, path.join(ROOT, 'test', 'fixtures', 'provisions', name), dir, new Date('2026-09-01T09:00:00Z'));
      fs.copyFileSync(pages(pdf, 1, 1, path.join(dir, image.replace('.png', '')))[0], path.join(images, image));
      console.log(`wrote docs/images/${image}`);
    }
    // Review 3: pipe tables as Word tables (E19), an Arabic MOD under an English cover (E27).
    for (const [name, image] of [['tables.itu', 'word-table.png'], ['mixed-rtl.itu', 'word-mixed-rtl.png']]) {
      const pdf = await exportPdf(office, path.join(ROOT, 'test', 'fixtures', 'word', name), dir, new Date('2024-10-01T09:00:00Z'));
      fs.copyFileSync(pages(pdf, 1, 1, path.join(dir, image.replace('.png', '')))[0], path.join(images, image));
      console.log(`wrote docs/images/${image}`);
    }
    const seed = path.join(SHARED, 'examples', 'afcp-42a25-res52.itu');
    const real = path.join(SHARED, 'corpus', 'wtsa16-res1.docx');
    if (!fs.existsSync(seed) || !fs.existsSync(real)) return;
    const ours = pages(await exportPdf(office, seed, dir, new Date('2016-09-26T09:00:00Z')), 1, 2, path.join(dir, 'seed'), 60);
    const theirs = pages(office.convert(real, 'pdf', dir), 4, 4, path.join(dir, 'real'), 60);
    const targets = [...ours.map((_p, i) => `word-seed-page${i + 1}.png`), 'word-real-page4.png'];
    [...ours, ...theirs].forEach((file, i) => fs.copyFileSync(file, path.join(images, targets[i])));
    console.log(`wrote ${targets.map((t) => `docs/images/${t}`).join(', ')}`);
  } finally {
    office.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
