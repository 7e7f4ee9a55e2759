// The Word round trip checked against a real office suite: LibreOffice, headless.
// Needs soffice (scripts/office/setup.sh installs it). Without it the suite is
// skipped with a message, except under CI=true, where it must run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { findSoffice, Office, trackedChanges, which } from '../support/office';
import { changedParagraphs, FIXED_DATE, fold, marks, paragraphs, partText } from '../support/word';
import type { ItuDocument, ViewKind } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '..', '..');
const AFCP = path.join(ROOT, '..', 'shared', 'examples', 'afcp-42a25-res52.itu');

const soffice = findSoffice();
const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!soffice && ci) throw new Error('LibreOffice (soffice) is missing under CI: run scripts/office/setup.sh first');
const skip = soffice ? false : 'LibreOffice (soffice) is not installed: run scripts/office/setup.sh to run these tests';

/** A hand-written flat ODT with changes tracked by two authors, one of them over a paragraph break. */
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body>
  <office:text>
   <text:tracked-changes text:track-changes="true">
    <text:changed-region xml:id="ct1" text:id="ct1">
     <text:insertion><office:change-info><dc:creator>Alice</dc:creator><dc:date>2024-03-01T10:00:00</dc:date></office:change-info></text:insertion>
    </text:changed-region>
    <text:changed-region xml:id="ct2" text:id="ct2">
     <text:deletion><office:change-info><dc:creator>Bob</dc:creator><dc:date>2024-03-02T11:00:00</dc:date></office:change-info><text:p>old words</text:p></text:deletion>
    </text:changed-region>
    <text:changed-region xml:id="ct3" text:id="ct3">
     <text:insertion><office:change-info><dc:creator>Alice</dc:creator><dc:date>2024-03-01T10:05:00</dc:date></office:change-info></text:insertion>
    </text:changed-region>
   </text:tracked-changes>
   <text:p>MOD<text:tab/>LO/1/1</text:p>
   <text:p>RESOLUTION 9 (Rev. Geneva, 2022)</text:p>
   <text:p>Title</text:p>
   <text:p>considering</text:p>
   <text:p>a)<text:tab/>that the text has <text:change-start text:change-id="ct1"/>new words<text:change-end text:change-id="ct1"/> and <text:change text:change-id="ct2"/>no more;</text:p>
   <text:p>b)<text:tab/>that a paragraph follows,<text:change-start text:change-id="ct3"/></text:p>
   <text:p>c)<text:tab/>that is new.<text:change-end text:change-id="ct3"/></text:p>
   <text:p>Reasons:<text:tab/>Made with LibreOffice.</text:p>
  </office:text>
 </office:body>
</office:document>
`;

/**
 * One projection as LibreOffice's plain-text filter writes the same text: the cover block (rendered as the cover, compared
 * apart) and blank lines (no meaning in .itu; the export writes no paragraph for them) left out, a footnote's
 * definition line left out (it is in the note) and its reference read as its mark.
 */
function projectionLines(doc: ItuDocument, kind: ViewKind): string[] {
  let lines = doc.views[kind].text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (doc.cover.length > 0) lines = lines.slice(lines.findIndex((l) => l.trim() === ''));
  const defined = new Set(lines.map((l) => /^\[\^([^\]\s]+)\]:/.exec(l)?.[1]).filter((l) => l !== undefined));
  return lines
    .filter((l) => l.trim() !== '' && !/^\[\^[^\]\s]+\]:/.test(l))
    .map((l) => l.replace(/\[\^([^\]\s]+)\](?!:)/g, (m: string, label: string) => (defined.has(label) ? label : m)));
}

/**
 * The paragraphs LibreOffice's text filter wrote. LibreOffice 7.4 puts an empty paragraph of its own before a table that
 * starts a document with footnotes (not in the .docx: the FODT shows it too): `tableFirst` leaves that one out.
 */
function textLines(file: string, tableFirst: boolean): string[] {
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (tableFirst && lines[0] === '') lines.shift();
  return lines;
}

describe('LibreOffice', () => {
  let office: Office;
  let dir: string;
  const started = Date.now();

  before(() => {
    if (skip) return;
    office = new Office(soffice!);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-office-'));
  });
  after(() => {
    office?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (!skip) console.log(`office suite took ${Date.now() - started} ms`);
  });

  const exportTo = async (text: string, name: string) => {
    const file = path.join(dir, `${name}.docx`);
    fs.writeFileSync(file, await exportDocx(parseDocument(text), { date: FIXED_DATE }));
    return file;
  };

  it('opens an exported document with its tracked changes, authors, comments and footnotes', { skip }, async () => {
    const source = fs.readFileSync(AFCP, 'utf8');
    const doc = parseDocument(source);
    const fodt = fs.readFileSync(office.convert(await exportTo(source, 'afcp'), 'fodt', path.join(dir, 'fodt')), 'utf8');
    const regions = trackedChanges(fodt);
    const texts = (kind: string) => doc.marks.filter((m) => m.kind === kind).map((m) => doc.text.slice((m.newText ?? m.oldText)!.start, (m.newText ?? m.oldText)!.end));
    const deletions = regions.filter((r) => r.kind === 'deletion');
    const insertions = regions.filter((r) => r.kind === 'insertion');
    assert.deepEqual(deletions.map((r) => fold(r.text)), texts('deletion').map(fold));
    // LibreOffice joins an insertion that ends a paragraph with one that starts the next, if author and date agree.
    assert.ok(insertions.length >= texts('insertion').length - 1 && insertions.length <= texts('insertion').length, `${insertions.length} insertions`);
    assert.equal(fold(insertions.map((r) => r.text).join(' ')), fold(texts('insertion').join(' ')));
    assert.deepEqual([...new Set(regions.map((r) => r.author))], ['African Telecommunication Union Administrations']);
    assert.equal((fodt.match(/<text:note /g) ?? []).length, 1);

    const synthetic = [
      'MOD\tX/1/1',
      'a)\tthat {==this==}{>>Why?<<} matters{>>A point comment<<}[^1];',
      'b)\tthat {++this is new++}{>>@USA<<} and {--this is old--} text[^2].',
      '[^1]:\tOne.',
      '[^2]:\tTwo with {++an insertion++}.',
      'Reasons:\tTest.',
    ].join('\n');
    const sfodt = fs.readFileSync(office.convert(await exportTo(synthetic, 'synthetic'), 'fodt', path.join(dir, 'fodt')), 'utf8');
    assert.equal((sfodt.match(/<office:annotation[ >]/g) ?? []).length, 2, 'two comments');
    assert.match(sfodt, /<dc:creator>USA<\/dc:creator>/);
    const notes = [...sfodt.matchAll(/<text:note-body>([\s\S]*?)<\/text:note-body>/g)].map((m) => fold(m[1].replace(/<[^>]+>/g, '')));
    assert.deepEqual(notes, ['One.', 'Two with an insertion.']);
  });

  it('Reject All and Accept All give exactly the old and the new text, with no empty paragraph left behind', { skip }, async () => {
    const work = path.join(dir, 'resolve');
    fs.mkdirSync(work, { recursive: true });
    const sources = new Map<string, string>([['afcp', fs.readFileSync(AFCP, 'utf8')]]);
    for (let seed = 1; seed <= 8; seed++) sources.set(`generated-${seed}`, changedParagraphs(seed));
    // The cover alone, to know the paragraphs LibreOffice reads before the body.
    const cover = parseDocument(sources.get('afcp')!).cover.map((f) => `${f.name}:\t${f.value}`).join('\n');
    sources.set('cover', `${cover}\n\nEnd.`);
    const tableFirst = new Map<string, boolean>();
    for (const [name, text] of sources) {
      const docx = await exportDocx(parseDocument(text), { date: FIXED_DATE });
      fs.writeFileSync(path.join(work, `${name}.docx`), docx);
      tableFirst.set(name, (await partText(docx, 'word/document.xml')).includes('<w:body><w:tbl>'));
    }
    office.resolveAll(work);
    const coverOnly = textLines(path.join(work, 'cover.accept.txt'), tableFirst.get('cover')!);
    const coverLines = coverOnly.slice(0, coverOnly.indexOf('End.'));
    assert.deepEqual(coverOnly.slice(coverLines.length), ['End.', '______________'], 'the closing rule ends the text');
    assert.ok(coverLines.length > 0);
    let empties = 0;
    for (const [name, text] of sources) {
      if (name === 'cover') continue;
      const doc = parseDocument(text);
      const before = doc.cover.length > 0 ? coverLines : [];
      for (const [view, result] of [['old', 'reject'], ['new', 'accept']] as const) {
        const actual = textLines(path.join(work, `${name}.${result}.txt`), tableFirst.get(name)!);
        assert.deepEqual(actual, [...before, ...projectionLines(doc, view), '______________'], `${name}: ${result} all`);
        empties += doc.views[view].text.split('\n').filter((l) => l.trim() === '').length;
      }
    }
    assert.ok(empties > 0, 'some projection has a line emptied by its marks');
  });

  it('keeps a footnote whose reference a change keeps, moves or deletes, through Accept All and Reject All', { skip }, async () => {
    const work = path.join(dir, 'notes');
    fs.mkdirSync(work, { recursive: true });
    const resolution = (item: string, definition: string) =>
      ['MOD\tX/1/1', 'RESOLUTION 9 (Rev. Geneva, 2022)', 'Title', 'considering', item, 'b)\tthat spam grows;', '', definition, '', 'Reasons:\tTest.'].join('\n');
    const note = '[^1]:\tThese include the least developed countries.';
    const cases = new Map<string, { text: string; accept: number; reject: number }>([
      ['kept', { text: resolution('a)\tthat, in particular {~~developing countries[^1]~>developing economies[^1]~~}, need help;', note), accept: 1, reject: 1 }],
      // One real reference can follow the note to one place only: the accepted text, the one agreed.
      ['moved', { text: resolution('a)\tthat, in particular developing countries{--[^1]--}, need help{++[^1]++};', note), accept: 1, reject: 0 }],
      ['deleted', { text: resolution('{--a)\tthat, in particular developing countries[^1], need help;\n--}', `{--${note}--}`), accept: 0, reject: 1 }],
    ]);
    for (const [name, c] of cases) fs.writeFileSync(path.join(work, `${name}.docx`), await exportDocx(parseDocument(c.text), { date: FIXED_DATE }));
    office.resolveAll(work);
    const notes = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/<text:note-body>([\s\S]*?)<\/text:note-body>/g)].map((m) => fold(m[1].replace(/<[^>]+>/g, '')));
    for (const [name, c] of cases) {
      for (const [result, expected] of [['accept', c.accept], ['reject', c.reject]] as const) {
        const found = notes(path.join(work, `${name}.${result}.fodt`));
        assert.deepEqual(found, Array(expected).fill('These include the least developed countries.'), `${name}: ${result} all`);
        const text = fs.readFileSync(path.join(work, `${name}.${result}.txt`), 'utf8');
        assert.doesNotMatch(text, /\[\^|These include/, `${name}: ${result} all leaves no markup and no definition paragraph`);
      }
    }
    assert.match(fs.readFileSync(path.join(work, 'kept.accept.txt'), 'utf8'), /developing economies1, need help/);
    assert.match(fs.readFileSync(path.join(work, 'kept.reject.txt'), 'utf8'), /developing countries1, need help/);
  });

  it('shows the changes in its PDF', { skip }, async (t) => {
    if (!which('pdftotext')) {
      t.skip('pdftotext (poppler-utils) is missing');
      return;
    }
    const pdf = office.convert(await exportTo(fs.readFileSync(AFCP, 'utf8'), 'afcp-pdf'), 'pdf', path.join(dir, 'pdf'));
    const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout;
    // The enacting formula keeps the deleted meeting beside the inserted one: changes are shown, not hidden.
    assert.match(fold(text), /Assembly \(Dubai, 2012Hammamet, 2016\),/);
  });

  it('re-saves an exported document, and import gives back the same texts and changes', { skip }, async () => {
    const source = fs.readFileSync(AFCP, 'utf8');
    const before = parseDocument(source);
    const resaved = office.convert(await exportTo(source, 'resave'), 'docx', path.join(dir, 'resaved'));
    const result = await importDocx(fs.readFileSync(resaved));
    const afterDoc = parseDocument(result.text);
    assert.deepEqual(paragraphs(afterDoc, 'new'), paragraphs(before, 'new'));
    assert.deepEqual(paragraphs(afterDoc, 'old'), paragraphs(before, 'old'));
    const joined = (doc: typeof before, kind: 'insertion' | 'deletion') =>
      fold(marks(doc).filter((m) => m.kind === kind || m.kind === 'substitution').map((m) => (kind === 'insertion' ? m.new : m.old)).join(' '));
    assert.equal(joined(afterDoc, 'insertion'), joined(before, 'insertion'));
    assert.equal(joined(afterDoc, 'deletion'), joined(before, 'deletion'));
  });

  it('shows pipe tables as tables with their tracked cells and rows, and re-saves them to the same text (review3 E19)', { skip }, async (t) => {
    const source = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'word', 'tables.itu'), 'utf8');
    const file = await exportTo(source, 'tables');
    const resaved = office.convert(file, 'docx', path.join(dir, 'tables-resaved'));
    // Rows inserted and deleted whole, changes in cells, the escaped bar, the empty cells: all come back as written.
    assert.equal((await importDocx(fs.readFileSync(resaved))).text, source);
    if (!which('pdftotext')) {
      t.skip('pdftotext (poppler-utils) is missing');
      return;
    }
    const text = spawnSync('pdftotext', ['-layout', '-f', '1', '-l', '1', office.convert(file, 'pdf', path.join(dir, 'tables-pdf')), '-'], { encoding: 'utf8' }).stdout;
    assert.doesNotMatch(text, /\| ---|\| Item/, 'no pipe text on the page');
    assert.match(text, /Item +Change +Party/);
    assert.match(text, /split \| new item and more/);
  });

  it('imports a document whose changes LibreOffice tracked, with the same insertions and deletions', { skip }, async () => {
    const fodtFile = path.join(dir, 'changes.fodt');
    fs.writeFileSync(fodtFile, FODT);
    const docx = office.convert(fodtFile, 'docx', path.join(dir, 'lo'));
    const result = await importDocx(fs.readFileSync(docx));
    const doc = parseDocument(result.text);
    assert.deepEqual(marks(doc), [
      { kind: 'insertion', author: 'Alice', new: 'new words' },
      { kind: 'deletion', author: 'Bob', old: 'old words' },
      { kind: 'insertion', author: 'Alice', new: '\nc)\tthat is new.' },
    ]);
    assert.deepEqual(paragraphs(doc, 'new'), [
      'MOD LO/1/1', 'RESOLUTION 9 (Rev. Geneva, 2022)', 'Title', 'considering',
      'a) that the text has new words and no more;', 'b) that a paragraph follows,', 'c) that is new.', 'Reasons: Made with LibreOffice.',
    ]);
    assert.deepEqual(paragraphs(doc, 'old'), [
      'MOD LO/1/1', 'RESOLUTION 9 (Rev. Geneva, 2022)', 'Title', 'considering',
      'a) that the text has and old wordsno more;', 'b) that a paragraph follows,', 'Reasons: Made with LibreOffice.',
    ]);
    assert.ok(result.notes.some((n) => /Revision dates are not kept/.test(n.message)));
  });
});
