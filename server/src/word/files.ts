// File-level export and import, shared by the CLI and the language server: inputs read with the checks of
// ../files.ts (regular files only, bounded), the conversion in a worker with time and memory limits
// (./run.ts), and outputs written safely (never over the input, never over a FIFO or a device; through a
// short temporary name renamed into place, so that a failure leaves no partial file).
import { outputTarget, readItuFileExact, readRegularFile, writeFileSafely, type FilePath } from '../files';
import { DEFAULT_MAX_FILE, DEFAULT_MAX_UNCOMPRESSED, type ImportNote, type ImportOptions } from './import';
import { exportInWorker, importInWorker, type ExportCounts, type RunLimits } from './run';
import type { ExportOptions } from './export';

export { IoError as WordFileError } from '../files';

/** An .itu file to export: refused when it is not UTF-8 (files.ts readItuFileExact). */
export function readItu(file: FilePath): string {
  return readItuFileExact(file).text;
}

export interface ExportSummary extends ExportCounts {
  output: string;
}

export interface ImportSummary {
  output: string;
  notes: ImportNote[];
  text: string;
}

/** Exports an .itu text (read by the caller from `input`, if it came from a file) to `output`. */
export async function exportText(text: string, output: string, options: ExportOptions = {}, limits: RunLimits = {}, input?: FilePath): Promise<ExportSummary> {
  // Refused before the work, so that an export onto its own source costs nothing; checked again on writing.
  const inputs = input === undefined ? [] : [input];
  outputTarget(output, inputs);
  const exported = await exportInWorker(text, options, limits);
  writeFileSafely(output, exported.bytes, inputs);
  const { bytes: _bytes, ...counts } = exported;
  return { output, ...counts };
}

export async function importFile(input: FilePath, output: string | undefined, options: ImportOptions = {}, limits: RunLimits = {}): Promise<ImportSummary> {
  // A larger XML budget lets a larger package through too.
  const maxFile = options.maxFileBytes ?? Math.max(DEFAULT_MAX_FILE, options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED);
  if (output !== undefined) outputTarget(output, [input]);
  const bytes = readRegularFile(input, maxFile, 'word');
  const result = await importInWorker(bytes, { ...options, maxFileBytes: maxFile }, limits);
  if (output !== undefined) writeFileSafely(output, result.text, [input]);
  return { output: output ?? '', notes: result.notes, text: result.text };
}
