// The base texts of a folder, for `check --workspace` and `track`.
import { BaseIndex } from '../core';
import { displayName, TooLarge, walkFiles, type FilePath } from '../files';
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
