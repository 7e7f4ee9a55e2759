// File-level export and import, shared by the CLI and the language server: size
// checks before reading, and atomic writes (a temporary file in the target's
// folder, renamed into place) so that a failure never leaves a partial file.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument, type ItuDocument } from '../core';
import { exportDocx, type ExportOptions } from './export';
import { DEFAULT_MAX_FILE, DocxError, importDocx, type ImportNote, type ImportOptions } from './import';
import { formatBytes } from './zip';

export class WordFileError extends Error {
  override name = 'WordFileError';
}

export interface ExportSummary {
  output: string;
  revisions: number;
  comments: number;
  footnotes: number;
  /** Errors in the source's revision marks: such marks are exported as plain text. */
  markErrors: number;
}

export interface ImportSummary {
  output: string;
  notes: ImportNote[];
  text: string;
}

/** Writes `data` to `file` through a temporary file in the same folder, renamed into place. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new WordFileError(`${path.dirname(file)}: no such directory`);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new WordFileError(`${file}: cannot write (${(error as Error).message})`);
  }
}

function statFile(file: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new WordFileError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new WordFileError(`${file}: is a directory, not a file`);
  return stat;
}

export async function exportDocument(doc: ItuDocument, output: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const bytes = await exportDocx(doc, options);
  writeAtomic(output, bytes);
  return {
    output,
    revisions: doc.marks.filter((m) => m.kind === 'insertion' || m.kind === 'deletion' || m.kind === 'substitution').length,
    comments: doc.marks.filter((m, i) => m.kind === 'comment' && doc.marks[i - 1]?.attribution?.start !== m.start).length,
    footnotes: doc.views.new.footnoteDefs.length,
    markErrors: doc.parseFindings.filter((f) => f.code.startsWith('marks.') && f.severity === 'error').length,
  };
}

/** Reads an .itu file (text already read by the caller) and writes its Word export. */
export async function exportText(text: string, output: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const doc = parseDocument(text);
  if (doc.parseFindings.some((f) => f.code === 'input.binary')) throw new WordFileError('the input does not look like text: nothing exported');
  return exportDocument(doc, output, options);
}

export async function importFile(input: string, output: string | undefined, options: ImportOptions = {}): Promise<ImportSummary> {
  const stat = statFile(input);
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE;
  if (stat.size > limit) {
    throw new DocxError(`the file is ${formatBytes(stat.size)}, more than the ${formatBytes(limit)} a Word contribution may have here: refused`);
  }
  const bytes = fs.readFileSync(input);
  const result = await importDocx(bytes, options);
  if (output !== undefined) writeAtomic(output, result.text);
  return { output: output ?? '', notes: result.notes, text: result.text };
}
