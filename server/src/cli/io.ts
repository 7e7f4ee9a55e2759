// Reading input files with messages a delegate understands.
import * as fs from 'fs';

export class IoError extends Error {
  override name = 'IoError';
}

/** Files larger than this are refused rather than read into memory. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export function readTextFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new IoError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new IoError(`${file}: is a directory, not a file`);
  if (stat.size > MAX_TEXT_BYTES) throw new IoError(`${file}: ${Math.round(stat.size / 1048576)} MB is larger than the ${MAX_TEXT_BYTES / 1048576} MB an .itu file may have`);
  const bytes = fs.readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
