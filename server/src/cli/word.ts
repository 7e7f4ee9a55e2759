// itu-draft export / import: the Word round trip from the command line.
// Exit 0 on success (import notes are printed, they are not failures), 2 on bad
// usage, unreadable input or a document that cannot be imported.
import * as fs from 'fs';
import * as path from 'path';
import { l10n } from '../core/l10n';
import { isMod, isRevision, parseDocument } from '../core';
import { DocxError, LimitError } from '../word/import';
import { exportText, importFile, readItu, WordFileError } from '../word/files';
import { DEFAULT_EXPORT_MEMORY_MB, DEFAULT_IMPORT_MEMORY_MB, DEFAULT_TIMEOUT_MS, type RunLimits } from '../word/run';
import { DEFAULT_MAX_UNCOMPRESSED } from '../word/import';
import { displayName } from '../files';
import { IoError } from './io';
import { parseCommandArgs } from './args';
import { commands, type Command } from './commands';
import type { Io } from './main';

const EXPORT_SYNTAX = 'itu-draft export FILE.itu [-o OUT.docx] [--author NAME] [--date YYYY-MM-DD] [--force] [--max-memory MB] [--timeout SECONDS]';
const IMPORT_SYNTAX = 'itu-draft import FILE.docx [-o OUT.itu | -o -] [--author NAME] [--force] [--max-size MB] [--max-memory MB] [--timeout SECONDS]';
const exportUsage = () => `${l10n.t('usage:')} ${EXPORT_SYNTAX}`;
const importUsage = () => `${l10n.t('usage:')} ${IMPORT_SYNTAX}`;

/** The limits given on the command line (a message names the one in effect, not the default: review 26). */
interface Given {
  sizeMb?: number;
  memoryMb?: number;
  seconds?: number;
}

/** The option that raises each limit, named in the message of a document refused for passing it, with the value in effect. */
const RAISE: Record<string, (given: Given) => string> = {
  size: (g) => l10n.t('--max-size MB (now {0})', g.sizeMb ?? DEFAULT_MAX_UNCOMPRESSED / 1048576),
  memory: (g) => (g.memoryMb !== undefined ? l10n.t('--max-memory MB (now {0})', g.memoryMb) : l10n.t('--max-memory MB (now {0} for import, {1} for export)', DEFAULT_IMPORT_MEMORY_MB, DEFAULT_EXPORT_MEMORY_MB)),
  time: (g) => l10n.t('--timeout SECONDS (now {0})', g.seconds ?? DEFAULT_TIMEOUT_MS / 1000),
};

class WordUsageError extends Error {}

interface Parsed {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

function parse(args: string[], valued: string[], flags: string[]): Parsed {
  const { positional, options } = parseCommandArgs(args, { values: valued, flags, aliases: { '--output': '-o' } }, (message) => new WordUsageError(message));
  const out: Parsed = { positional, values: new Map(), flags: new Set() };
  for (const [name, value] of options) {
    if (value === true) out.flags.add(name);
    else out.values.set(name, value);
  }
  return out;
}

/** The default output beside the input; refused when it exists, so that nobody loses a file by accident. */
function outputFor(input: string, parsed: Parsed, extension: string): string {
  const given = parsed.values.get('-o');
  if (given !== undefined) return given;
  const output = path.join(path.dirname(input), `${path.basename(input, path.extname(input))}${extension}`);
  if (fs.existsSync(output) && !parsed.flags.has('--force')) {
    throw new WordUsageError(l10n.t('{0} exists: give -o {0} to replace it, or --force', output));
  }
  return output;
}

async function guarded(io: Io, usage: () => string, input: () => string | undefined, body: (given: Given) => Promise<number>): Promise<number> {
  const given: Given = {};
  try {
    return await body(given);
  } catch (error) {
    if (error instanceof WordUsageError) {
      io.err(`itu-draft: ${error.message}\n${usage()}\n`);
      return 2;
    }
    if (error instanceof LimitError && RAISE[error.limit]) {
      io.err(`itu-draft: ${displayName(input() ?? 'input')}: ${error.message} (${l10n.t('to allow it: {0}', RAISE[error.limit](given))})\n`);
      return 2;
    }
    if (error instanceof DocxError) {
      io.err(`itu-draft: ${displayName(input() ?? 'input')}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof WordFileError || error instanceof IoError) {
      io.err(`itu-draft: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** A positive number given to a limit option, or the default. */
function positive(parsed: Parsed, name: string): number | undefined {
  const value = parsed.values.get(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new WordUsageError(l10n.t('{0} {1}: give a positive number', name, value));
  return n;
}

/** The longest wait a timer can hold (2^31 - 1 ms); a longer one would fire at once. */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function runLimits(parsed: Parsed, given: Given): RunLimits {
  const seconds = positive(parsed, '--timeout');
  if (seconds !== undefined && seconds > MAX_TIMEOUT_SECONDS) throw new WordUsageError(l10n.t('--timeout {0}: at most {1} seconds (about 24 days)', seconds, MAX_TIMEOUT_SECONDS));
  const memory = positive(parsed, '--max-memory');
  given.seconds = seconds;
  given.memoryMb = memory === undefined ? undefined : Math.ceil(memory);
  return { timeoutMs: seconds === undefined ? undefined : seconds * 1000, maxMemoryMb: memory === undefined ? undefined : Math.ceil(memory) };
}

const exportCommand: Command = (args, io) => {
  let input: string | undefined;
  return guarded(io, exportUsage, () => input, async (given) => {
    const parsed = parse(args, ['-o', '--author', '--date', '--max-memory', '--timeout'], ['--force']);
    if (parsed.positional.length !== 1) throw new WordUsageError(l10n.t('export needs exactly one FILE.itu'));
    input = parsed.positional[0];
    let date: Date | undefined;
    const when = parsed.values.get('--date');
    if (when !== undefined) {
      date = new Date(when);
      if (Number.isNaN(date.getTime())) throw new WordUsageError(l10n.t('--date {0}: not a date (write 2016-10-25 or 2016-10-25T09:00:00Z)', when));
    }
    if (parsed.values.get('-o') === '-') throw new WordUsageError(l10n.t('export writes a binary .docx file: give -o OUT.docx'));
    const limits = runLimits(parsed, given);
    const text = readItu(input);
    const output = outputFor(input, parsed, '.docx');
    const summary = await exportText(text, output, { author: parsed.values.get('--author'), date }, limits, input);
    if (summary.markErrors > 0) {
      io.err(`itu-draft: ${input}: ${summary.markErrors === 1 ? l10n.t('1 malformed revision mark is exported as plain text (run itu-draft check)') : l10n.t('{0} malformed revision marks are exported as plain text (run itu-draft check)', summary.markErrors)}\n`);
    }
    if (summary.dropped) {
      io.err(`itu-draft: ${input}: ${summary.dropped === 1 ? l10n.t('1 character Word cannot hold (a control character, U+FFFE or U+FFFF) is left out (run itu-draft check)') : l10n.t('{0} characters Word cannot hold (control characters, U+FFFE, U+FFFF) are left out (run itu-draft check)', summary.dropped)}\n`);
    }
    // A MOD written without revision marks goes out as written: the editor's export tracks its changes from the text
    // in force (review 8, I16), the command line reads no workspace: said, with what to do.
    for (const id of unmarkedMods(text)) io.err(`itu-draft: ${input}: ${l10n.t('MOD {0} has no revision marks: its changes from the text in force are not tracked in the Word file (run itu-draft track first)', id)}\n`);
    const counts = [
      summary.revisions === 1 ? l10n.t('1 tracked change') : l10n.t('{0} tracked changes', summary.revisions),
      summary.comments === 1 ? l10n.t('1 comment') : l10n.t('{0} comments', summary.comments),
      summary.footnotes === 1 ? l10n.t('1 footnote') : l10n.t('{0} footnotes', summary.footnotes),
    ];
    io.err(`itu-draft: ${l10n.t('wrote {0}: {1}', displayName(output), counts.join(', '))}\n`);
    return 0;
  });
};

/** The ids of the MODs of a text that hold no revision mark (an insertion, deletion or substitution). */
function unmarkedMods(text: string): string[] {
  const doc = parseDocument(text);
  const revisions = doc.marks.filter(isRevision);
  return doc.proposals.filter((p) => isMod(p) && !revisions.some((m) => m.start >= p.span.start && m.start < p.span.end)).map((p) => p.id.text);
}

const importCommand: Command = (args, io) => {
  let input: string | undefined;
  return guarded(io, importUsage, () => input, async (given) => {
    const parsed = parse(args, ['-o', '--author', '--max-size', '--max-memory', '--timeout'], ['--force']);
    if (parsed.positional.length !== 1) throw new WordUsageError(l10n.t('import needs exactly one FILE.docx'));
    input = parsed.positional[0];
    const toStdout = parsed.values.get('-o') === '-';
    const output = toStdout ? undefined : outputFor(input, parsed, '.itu');
    const size = positive(parsed, '--max-size');
    given.sizeMb = size;
    // The user's own author name: only that author's changes stay unattributed (review 9, J27).
    const result = await importFile(input, output, { author: parsed.values.get('--author'), ...(size === undefined ? {} : { maxUncompressedBytes: Math.round(size * 1048576) }) }, runLimits(parsed, given));
    // Notes point at the lines of the .itu written (or printed), where the user will look.
    const where = output ?? '<stdout>';
    for (const note of result.notes) io.err(`itu-draft: ${note.line !== undefined ? `${displayName(where)}:${note.line}: ` : `${displayName(input)}: `}${note.message}\n`);
    if (toStdout) io.out(result.text);
    else io.err(`itu-draft: ${l10n.t('wrote {0} ({1})', displayName(output!), result.notes.length === 1 ? l10n.t('1 note') : l10n.t('{0} notes', result.notes.length))}\n`);
    return 0;
  });
};

commands.set('export', exportCommand);
commands.set('import', importCommand);
