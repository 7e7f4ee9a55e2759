// Reading input files with messages a delegate understands (see ../files.ts for what is refused and why).
import * as fs from 'fs';
import { l10n } from '../core/l10n';
import { displayName, fsPath, IoError, readItuFile, registerRawName } from '../files';

export { IoError, readItuFile as readTextFile };

/**
 * Node decodes the command line as UTF-8, so an argument naming a file whose name is not UTF-8 arrives with
 * U+FFFD in it and names no file. On Linux the raw bytes are in /proc/self/cmdline: register them so that
 * the file is found (messages show the bad bytes as \xFF).
 */
export function recoverRawArguments(args: string[]): void {
  if (!args.some((a) => a.includes('\uFFFD'))) return;
  let raw: Buffer;
  try {
    raw = fs.readFileSync('/proc/self/cmdline');
  } catch {
    return;
  }
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0) {
      parts.push(raw.subarray(start, i));
      start = i + 1;
    }
  }
  if (parts.length < args.length) return;
  const tail = parts.slice(parts.length - args.length);
  args.forEach((a, i) => {
    if (a.includes('\uFFFD') && tail[i].toString('utf8') === a) registerRawName(a, Buffer.from(tail[i]));
  });
}

/** An output that exists is replaced only with --force, as export and import do (review 8, I6, I12). */
export function refuseExisting(output: string, force: boolean): void {
  if (!force && fs.existsSync(fsPath(output))) throw new IoError(l10n.t('{0} exists: nothing written (give --force to replace it)', displayName(output)));
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text a line of the command line's output holds, one line whatever it names: line breaks and other control characters
 * escaped (`iap\n7a1.itu`), as names that are not UTF-8 show their bytes (`\xE9`), so that a `FILE:LINE:COL` line stays
 * one line for the problem matchers and scripts that read it (review 9, J28). A TAB is kept where `keepTab` says so.
 */
export function printable(text: string, keepTab = false): string {
  return text.replace(keepTab ? /[\x00-\x08\x0A-\x1F\x7F\x85\u2028\u2029]/g : /[\x00-\x1F\x7F\x85\u2028\u2029]/g, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`));
}
