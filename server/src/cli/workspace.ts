// The base texts of a folder, for `check --workspace` and `track`.
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex } from '../core';
import { readTextFile } from './io';

const SKIP = new Set(['node_modules', '.git', 'out', 'build']);

export function ituFiles(dir: string, limit = 10_000): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (out.length >= limit) return;
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith('.itu')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function indexFolder(dir: string | undefined): BaseIndex | undefined {
  if (!dir) return undefined;
  const index = new BaseIndex();
  for (const file of ituFiles(dir)) {
    try {
      index.update(file, readTextFile(file));
    } catch {
      // An unreadable file offers no base text; `check` reports files it is asked to check.
    }
  }
  return index;
}
