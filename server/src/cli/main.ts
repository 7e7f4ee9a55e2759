// itu-draft: the command-line checker. Exit 0 without errors, 1 with errors, 2 on usage or I/O errors.
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { amendedResolutions, applyEdits, checkDocument, l10n, LineIndex, parseDocument, trackRevisions, type BaseIndex, type Finding, type ItuDocument } from '../core';
import { expandFiles, indexFolder } from './workspace';
import './word';
import { workspaceIds } from './compile';
import { displayName, IoError, readItuFileExact, sameFile, writeFileSafely } from '../files';
import { printable, readTextFile, recoverRawArguments, refuseExisting } from './io';
import { commands, type Command } from './commands';
import { environmentLocale, localize, messageLanguage } from '../localize';
import { parseCommandArgs, type ParsedArgs } from './args';

/** The commands' syntax (the same in every language). */
const SYNTAX = `  itu-draft check [--format text|json] [--workspace DIR] FILE|DIR|PATTERN...
  itu-draft show --new|--old|--tracked [--color|--no-color] FILE
  itu-draft track --workspace DIR [-o OUT.itu] [--force] FILE
  itu-draft export FILE.itu [-o OUT.docx] [--author NAME] [--date YYYY-MM-DD] [--force] [--max-memory MB] [--timeout SECONDS]
  itu-draft import FILE.docx [-o OUT.itu | -o -] [--author NAME] [--force] [--max-size MB] [--max-memory MB] [--timeout SECONDS]
  itu-draft proposals --workspace DIR [--format text|json]
  itu-draft compile --workspace DIR [--format text|json] [-o OUT.itu|OUT.docx] [--force] TARGET
  itu-draft help`;

/** The usage lines, in the user's language (LANG). */
export function usage(): string {
  return `${l10n.t('usage:')}\n${SYNTAX}`;
}

/** `itu-draft help`: the usage and what each command does. */
function help(): string {
  const commands: [string, string][] = [
    ['check', l10n.t('report the findings of .itu files (exit 1 when one is an error), MODs compared with the texts in force of --workspace DIR, else of the folder each FILE is in')],
    ['show', l10n.t('print the new text, the old text or the changes of a file')],
    ['track', l10n.t('write revision marks into the MODs that have none, from the base texts of the workspace (to standard output, or -o OUT)')],
    ['export', l10n.t('write a contribution as a Word document with tracked changes')],
    ['import', l10n.t('read a Word document with tracked changes as an .itu text')],
    ['proposals', l10n.t('list the proposals of the workspace by the text they amend')],
    ['compile', l10n.t('merge the MODs of one text into a draft, or a synoptic table (.docx)')],
  ];
  return `${usage()}\n\n${l10n.t('commands:')}\n${commands.map(([name, what]) => `  ${name.padEnd(10)}${what}`).join('\n')}`;
}

export class UsageError extends Error {}

/**
 * `--workspace DIR` as every command takes it: a folder. A name that is no folder is a usage error, as a missing one is:
 * a file there was walked as a workspace of nothing (one warning that "a part of the path is not a directory", then
 * `0 proposals on 0 texts`, every MOD `base.not-found`).
 */
export function workspaceFolder(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new UsageError(l10n.t('--workspace {0}: no such directory', dir));
  }
  if (!stat.isDirectory()) throw new UsageError(l10n.t('--workspace {0}: not a directory', dir));
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard output is a terminal (`process.stdout.isTTY` where not given): `show` escapes the text's control characters there. */
  terminal?: boolean;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

export function toJson(file: string, text: string, findings: Finding[]): JsonFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const s = index.position(f.start);
    const e = index.position(f.end);
    return {
      file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      severity: f.severity,
      code: f.code,
      message: f.message,
    };
  });
}

/** Options a command knows: those that take a value, and flags. Anything else is a usage error. */
export function parseArgs(args: string[], withValue: string[], flags: string[] = []): ParsedArgs {
  return parseCommandArgs(args, { values: withValue, flags }, (message) => new UsageError(message));
}

/** Warnings of the workspace walk (a folder skipped), each on its own line. */
const warner = (io: Io) => (message: string) => io.err(`itu-draft: ${l10n.t('warning: {0}', message)}\n`);

const check: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ['--format', '--workspace']);
  const format = (options.get('--format') as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(l10n.t('--format must be text or json, not {0}', String(format)));
  if (positional.length === 0) throw new UsageError(l10n.t('check needs at least one FILE'));
  const workspace = options.get('--workspace');
  if (typeof workspace === 'string') workspaceFolder(workspace);
  const files = await expandFiles(positional, warner(io));
  // The texts in force of each folder, read once: the workspace given, else the folder each FILE was named
  // in, as the editor reads its workspace folder (review 8, I3: with none, a MOD typed without marks was
  // told it "changes nothing … make it NOC", its old text never compared).
  const folders = new Map<string, { index?: BaseIndex; ids: ReturnType<typeof workspaceIds> }>();
  const all: JsonFinding[] = [];
  for (const { file, folder } of files) {
    const text = readTextFile(file);
    const doc = parseDocument(text);
    // Only a proposal is compared with texts in force or other files: a folder is read for the first one.
    const dir = typeof workspace === 'string' ? workspace : folder;
    let ws = folders.get(dir);
    if (!ws && (doc.proposals.length > 0 || typeof workspace === 'string')) {
      ws = { index: await indexFolder(dir, warner(io)), ids: workspaceIds(dir) };
      folders.set(dir, ws);
    }
    const findings = checkDocument(doc, { bases: ws?.index?.lookup });
    // A proposal id another file of the workspace holds too (a revision, a copy): compile.revised, compile.id-elsewhere.
    if (ws) for (const f of (await ws.ids(file, doc)).sort((a, b) => a.start - b.start)) findings.push(f);
    for (const f of toJson(displayName(file), text, findings)) all.push(f); // not push(...): 150,000 findings overflow the stack
  }
  if (format === 'json') io.out(JSON.stringify(all, null, 2) + '\n');
  else {
    for (const f of all) io.out(`${printable(f.file)}:${f.line}:${f.column} ${f.severity} ${f.code} ${printable(f.message, true)}\n`);
    const errors = all.filter((f) => f.severity === 'error').length;
    const warnings = all.filter((f) => f.severity === 'warning').length;
    const checked = files.length === 1 ? l10n.t('1 file checked') : l10n.t('{0} files checked', files.length);
    // Singular or plural as the messages' language has it (French: 0 erreur, 1 erreur, 2 erreurs).
    const plural = new Intl.PluralRules(messageLanguage());
    const one = (n: number) => plural.select(n) === 'one';
    const counts = [one(errors) ? l10n.t('{0} error', errors) : l10n.t('{0} errors', errors), one(warnings) ? l10n.t('{0} warning', warnings) : l10n.t('{0} warnings', warnings), l10n.t('{0} other', all.length - errors - warnings)];
    // The colon is the language's (French puts a space before it).
    io.err(`${l10n.t('{0}: {1}', checked, counts.join(', '))}\n`);
  }
  return all.some((f) => f.severity === 'error') ? 1 : 0;
};

const show: Command = (args, io) => {
  const { positional, options } = parseArgs(args, [], ['--new', '--old', '--tracked', '--color', '--no-color']);
  const chosen = ['--new', '--old', '--tracked'].filter((o) => options.has(o));
  if (chosen.length !== 1) throw new UsageError(l10n.t('show needs exactly one of --new, --old or --tracked'));
  if (positional.length !== 1) throw new UsageError(l10n.t('show needs exactly one FILE'));
  const doc = parseDocument(readTextFile(positional[0]));
  // On a terminal, the text's control characters are shown as `\x1B`, not sent: an escape sequence in a file would
  // retitle the window, clear the screen or set the clipboard (the twenty-sixth session's review). Piped or redirected,
  // the text goes out as it is.
  const terminal = io.terminal ?? !!process.stdout.isTTY;
  const safe = terminal ? terminalSafe : (s: string) => s;
  if (chosen[0] === '--tracked') {
    const color = options.has('--color') || (!options.has('--no-color') && terminal && !process.env.NO_COLOR);
    io.out(tracked(doc, color, safe));
  } else io.out(safe(doc.views[chosen[0] === '--new' ? 'new' : 'old'].text.replace(/^\uFEFF/, '')));
  return 0;
};

/** Text for a terminal: C0 and C1 control characters but TAB and the line ends as `\x1B`, DEL too. */
function terminalSafe(text: string): string {
  return text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The tracked-change view for a terminal: insertions green and underlined, deletions red and struck through. */
function tracked(doc: ItuDocument, color: boolean, safe: (text: string) => string): string {
  const style = (codes: string, raw: string, plain: [string, string]) => {
    const s = safe(raw);
    return color ? s.split(/(\r\n|\r|\n)/).map((l) => (l && !/^[\r\n]+$/.test(l) ? `\x1b[${codes}m${l}\x1b[0m` : l)).join('') : `${plain[0]}${s}${plain[1]}`;
  };
  const ins = (s: string) => style('32;4', s, ['[+', '+]']);
  const del = (s: string) => style('31;9', s, ['[-', '-]']);
  const dim = (s: string) => style('2', s, ['[#', '#]']);
  const text = doc.text;
  const slice = (x?: { start: number; end: number }) => (x ? text.slice(x.start, x.end) : '');
  let out = '';
  let cursor = doc.bom;
  for (const m of doc.marks) {
    out += safe(text.slice(cursor, m.start));
    if (m.kind === 'insertion') out += ins(slice(m.newText));
    else if (m.kind === 'deletion') out += del(slice(m.oldText));
    else if (m.kind === 'substitution') out += del(slice(m.oldText)) + ins(slice(m.newText));
    else if (m.kind === 'highlight') out += safe(slice(m.newText));
    else out += dim(`(${slice(m.commentText).trim()})`);
    cursor = m.end;
  }
  return out + safe(text.slice(cursor));
}

/**
 * Writes revision marks from the base into every MOD that has none: to OUT with `-o` (an existing file,
 * the input among them, replaced only with --force), else to standard output. An empty input is refused:
 * `track a.itu > a.itu` empties the file before the command reads it (review 8, I6).
 */
const track: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ['--workspace', '-o'], ['--force']);
  const workspace = options.get('--workspace');
  if (typeof workspace !== 'string') throw new UsageError(l10n.t('track needs --workspace DIR (where the base texts are)'));
  workspaceFolder(workspace);
  if (positional.length !== 1) throw new UsageError(l10n.t('track needs exactly one FILE'));
  const output = options.get('-o') as string | undefined;
  const force = options.has('--force');
  if (output !== undefined) refuseExisting(output, force);
  const input = positional[0];
  const { text, bom } = readItuFileExact(input);
  if (text.trim() === '') throw new IoError(l10n.t('{0} is empty: nothing to track (a redirection to the file itself, > {0}, empties it before it is read: write with -o)', displayName(input)));
  const doc = parseDocument(text);
  const index = (await indexFolder(workspace, warner(io)))!;
  const { edits, skipped } = trackRevisions(doc, amendedResolutions(doc, index.lookup));
  for (const skip of skipped) {
    const id = doc.proposals[skip.proposalIndex].id.text;
    const why =
      skip.kind === 'no-base' ? l10n.t('no base text for "{0}" in {1}', skip.resolution, workspace)
      : skip.kind === 'marked' ? l10n.t('{0} already has revision marks; left as it is', id)
      : l10n.t('{0}: the changes could not be placed', id);
    io.err(`itu-draft: ${why}\n`);
  }
  if (!doc.proposals.some((p) => p.action === 'MOD' || p.action === '(MOD)')) io.err(`itu-draft: ${l10n.t('{0}: no MOD proposal, nothing to track', displayName(input))}\n`);
  // A file that started with a byte-order mark keeps it (the text is read without it).
  const tracked = (bom ? '\uFEFF' : '') + applyEdits(text, edits);
  if (output === undefined) {
    io.out(tracked);
    return 0;
  }
  // Nothing tracked, written over the input itself: the file stays as it is (not rewritten with the same text).
  if (edits.length === 0 && sameFile(output, input)) {
    io.err(`itu-draft: ${l10n.t('nothing to track: {0} left as it is', displayName(input))}\n`);
    return 0;
  }
  // With --force the input itself may be written, in place (through a temporary file: nothing is lost on a failure).
  writeFileSafely(output, tracked, force ? [] : [input]);
  io.err(`itu-draft: ${l10n.t('wrote {0}', displayName(output))}\n`);
  return 0;
};

commands.set('check', check);
commands.set('track', track);
commands.set('show', show);

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name) {
      io.err(`itu-draft: ${l10n.t('no command given')}\n${usage()}\n`);
      return 2;
    }
    if (name === 'help' || name === '--help' || name === '-h') {
      io.out(help() + '\n');
      return 0;
    }
    const command = commands.get(name);
    if (!command) throw new UsageError(l10n.t('unknown command "{0}"', name));
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`itu-draft: ${error.message}\n${usage()}\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e && typeof e.message === 'string' && (e.code || e.name === 'IoError')) {
      io.err(`itu-draft: ${e.message}\n`);
      return 2;
    }
    io.err(`itu-draft: ${l10n.t('internal error: {0}', e?.message ?? String(error))}\n`);
    return 2;
  }
}

// Not in the worker thread that runs a Word import or export from this same bundle (see word/run.ts).
if (isMainThread && (require.main === module || process.argv[1]?.endsWith(path.join('bin', 'itu-draft')))) {
  const args = process.argv.slice(2);
  recoverRawArguments(args);
  // Findings in the user's language as gettext programs read it (LC_ALL, LC_MESSAGES, LANG); English where l10n/ has no bundle for it.
  try {
    localize({ locale: environmentLocale() });
  } catch {
    localize({});
  }
  // A reader that stops early (`itu-draft show … | head`) closes the pipe: that ends the output, quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void run(args, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }).then((code) => {
    process.exitCode = code;
  });
}
