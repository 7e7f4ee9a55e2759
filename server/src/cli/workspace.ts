// The base texts of a folder, for `check --workspace` and `track`, and the files FILE arguments name.
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, l10n } from '../core';
import { displayName, fsPath, IoError, TooLarge, walkFiles, type FilePath } from '../files';
import { globArgument, globMatcher } from '../glob';
import { readTextFile } from './io';

/** The .itu files under `dir` (links followed, loops and unreadable folders skipped with a warning each). */
export function ituFiles(dir: string, warn: (message: string) => void, limit = 10_000): Promise<FilePath[]> {
  return walkFiles(dir, { accept: (rel) => rel.endsWith('.itu'), limit, warn });
}

export async function indexFolder(dir: string | undefined, warn: (message: string) => void): Promise<BaseIndex | undefined> {
  if (!dir) return undefined;
  const index = new BaseIndex();
  for (const file of await ituFiles(dir, warn)) {
    try {
      index.update(displayName(file), readTextFile(file));
    } catch (error) {
      // An unreadable file offers no base text; `check` reports files it is asked to check. One too large
      // to read is said, and named by base.not-found (review 5, F5).
      if (error instanceof TooLarge) {
        warn(error.message);
        index.unread(displayName(file), error.bytes, error.limit);
      }
    }
  }
  return index;
}

/** A file a FILE argument names, and the folder it was found under (the argument's folder, or the file's own). */
export interface NamedFile {
  file: FilePath;
  folder: string;
}

/** A file found under `folder` by a walk (an absolute path), named from the folder as the user wrote it. */
function under(folder: string, found: FilePath): FilePath {
  return typeof found === 'string' ? path.join(folder, path.relative(path.resolve(folder), found)) : found;
}

/**
 * The files FILE arguments name (review 8, I2: cmd.exe and PowerShell hand `*.itu` to the program as
 * typed). A file is itself; a folder, its .itu files, walked as a workspace is; an argument that names
 * nothing and holds a wildcard, the files it matches as a shell would expand it, with the editor's glob
 * matching (`*.itu` and `drafts/res?.itu` in one folder, `texts/**` below it). A folder without .itu
 * files, or a pattern matching none, is an error; anything else is left for the reader to report.
 */
export async function expandFiles(args: readonly string[], warn: (message: string) => void): Promise<NamedFile[]> {
  const out: NamedFile[] = [];
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(fsPath(arg));
    } catch {
      // Not there: a pattern, or a missing file the reader names.
    }
    if (stat?.isDirectory()) {
      const files = await ituFiles(arg, warn);
      if (files.length === 0) throw new IoError(l10n.t('{0}: a folder with no .itu file', displayName(arg)));
      for (const f of files) out.push({ file: under(arg, f), folder: arg });
      continue;
    }
    const pattern = stat ? undefined : globArgument(arg);
    if (!pattern) {
      out.push({ file: arg, folder: path.dirname(arg) });
      continue;
    }
    const matches = globMatcher(pattern.glob);
    let files: FilePath[];
    if (pattern.glob.includes('/')) files = await walkFiles(pattern.folder, { accept: matches, limit: 10_000, warn });
    else {
      // One folder's files, as a shell expands `*.itu`: its subfolders are not walked, hidden files not matched.
      let names: string[];
      try {
        names = fs.readdirSync(pattern.folder).sort();
      } catch {
        throw new IoError(l10n.t('{0}: no file matches', arg));
      }
      files = names.filter((n) => (!n.startsWith('.') || pattern.glob.startsWith('.')) && matches(n) && isFile(path.join(pattern.folder, n))).map((n) => path.join(pattern.folder, n));
    }
    if (files.length === 0) throw new IoError(l10n.t('{0}: no file matches', arg));
    for (const f of files) out.push({ file: under(pattern.folder, f), folder: pattern.folder });
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
