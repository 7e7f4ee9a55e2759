// The base texts of a folder, for `check --workspace` and `track`.
import { BaseIndex } from '../core';
import * as fs from 'fs';
import { displayName, fsPath, MAX_ITU_BYTES, walkFiles, type FilePath } from '../files';
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
      const bytes = sizeOf(file);
      if (bytes > MAX_ITU_BYTES) {
        warn((error as Error).message);
        index.unread(displayName(file), bytes, MAX_ITU_BYTES);
      }
    }
  }
  return index;
}

function sizeOf(file: FilePath): number {
  try {
    return fs.statSync(fsPath(file)).size;
  } catch {
    return 0;
  }
}
