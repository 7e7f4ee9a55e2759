// Helpers shared by the Word round-trip tests (unit and office-suite).
import JSZip from 'jszip';
import { seeded } from './random';
import { parseDocument, type ItuDocument, type ViewKind } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx, type ImportNote } from '../../server/src/word/import';

export const FIXED_DATE = new Date('2016-10-25T09:00:00Z');

/** The non-blank paragraphs of one projection, white space folded. */
export function paragraphs(doc: ItuDocument, kind: ViewKind): string[] {
  return doc.views[kind].paragraphs.map((p) => fold(p.text)).filter((t) => t !== '');
}

export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface MarkSummary {
  kind: string;
  author?: string;
  old?: string;
  new?: string;
  comment?: string;
}

/** Every mark with its texts, attribution comments folded into the mark they name. */
export function marks(doc: ItuDocument): MarkSummary[] {
  const slice = (s?: { start: number; end: number }) => (s ? doc.text.slice(s.start, s.end).replace(/\r/g, '') : undefined);
  const out: MarkSummary[] = [];
  doc.marks.forEach((m, i) => {
    if (m.kind === 'comment' && doc.marks[i - 1]?.attribution?.start === m.start) return;
    const summary: MarkSummary = { kind: m.kind };
    if (m.author !== undefined) summary.author = m.author;
    if (m.oldText && m.kind !== 'highlight') summary.old = slice(m.oldText);
    if (m.newText) summary.new = slice(m.newText);
    if (m.commentText) summary.comment = slice(m.commentText);
    out.push(summary);
  });
  return out;
}

export interface RoundTrip {
  before: ItuDocument;
  after: ItuDocument;
  text: string;
  notes: ImportNote[];
  docx: Uint8Array;
}

export async function roundTrip(text: string, author?: string): Promise<RoundTrip> {
  const before = parseDocument(text);
  const docx = await exportDocx(before, { author, date: FIXED_DATE });
  const imported = await importDocx(docx);
  return { before, after: parseDocument(imported.text), text: imported.text, notes: imported.notes, docx };
}

export async function partText(docx: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the package`);
  return file.async('string');
}

export function count(haystack: string, needle: RegExp): number {
  return (haystack.match(needle) ?? []).length;
}

/**
 * A contribution whose items are changed in the ways a paragraph can be: untouched, inserted or deleted whole on
 * their own line, inserted with the break before them, partly changed, typed over whole; the last item may be
 * inserted or deleted whole too (the document's last paragraph), and two whole items may stand side by side.
 */
export function changedParagraphs(seed: number, items = 12): string {
  const rnd = seeded(seed);
  const words = ['that', 'the', 'study', 'groups', 'continue', 'their', 'work', 'on', 'spam', 'and', 'security', 'with', 'urgency'];
  const phrase = () => Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
  const out = ['MOD\tGEN/1/1', 'RESOLUTION 9 (Rev. Geneva, 2022)', 'Generated title', 'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'resolves'];
  for (let i = 1; i <= items; i++) {
    const item = `${i}\t${phrase()};`;
    const r = rnd();
    if (r < 0.25) out.push(item);
    else if (r < 0.45) out.push(`{++${item}++}`);
    else if (r < 0.65) out.push(`{--${item}--}`);
    else if (r < 0.75 && !out[out.length - 1].endsWith('--}')) out[out.length - 1] += `{++\n${item}++}`;
    else if (r < 0.75) out.push(`{++${item}++}`);
    else if (r < 0.85) out.push(`${i}\t${phrase()} {++${phrase()}++} {--${phrase()}--};`);
    else out.push(`{~~${item}~>${i}\t${phrase()};~~}`);
  }
  const last = rnd();
  const reasons = `Reasons:\t${phrase()}.`;
  if (last < 0.33) out.push(reasons, `{++${phrase()}.++}`);
  else if (last < 0.66) out.push(reasons, `{--${phrase()}.--}`);
  else out.push(reasons);
  return `${out.join('\n')}${rnd() < 0.5 ? '\n' : ''}`;
}

/**
 * A ZIP package of empty parts named `names`, stored (no compression), written directly: JSZip took 1.6 s to write
 * 20,001 of them. Each part has its local header and its central directory entry, as any ZIP reader expects.
 */
export function emptyPartsZip(names: readonly string[]): Uint8Array {
  const encoded = names.map((n) => Buffer.from(n, 'utf8'));
  const local = encoded.reduce((sum, n) => sum + 30 + n.length, 0);
  const central = encoded.reduce((sum, n) => sum + 46 + n.length, 0);
  const out = Buffer.alloc(local + central + 22);
  let at = 0;
  const offsets: number[] = [];
  for (const n of encoded) {
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at); // local file header
    out.writeUInt16LE(10, at + 4); // version needed
    out.writeUInt16LE(n.length, at + 26); // name length (flags, method, time, date, CRC, sizes, extra: 0)
    n.copy(out, at + 30);
    at += 30 + n.length;
  }
  encoded.forEach((n, i) => {
    out.writeUInt32LE(0x02014b50, at); // central directory header
    out.writeUInt16LE(20, at + 4); // version made by
    out.writeUInt16LE(10, at + 6); // version needed
    out.writeUInt16LE(n.length, at + 28);
    out.writeUInt32LE(offsets[i]!, at + 42); // offset of the local header
    n.copy(out, at + 46);
    at += 46 + n.length;
  });
  out.writeUInt32LE(0x06054b50, at); // end of central directory
  out.writeUInt16LE(names.length, at + 8);
  out.writeUInt16LE(names.length, at + 10);
  out.writeUInt32LE(central, at + 12);
  out.writeUInt32LE(local, at + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
