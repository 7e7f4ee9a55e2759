// The workspace's base texts for the server: files on disk matching the glob setting, with
// open documents taking precedence over their files, kept current as either changes.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { BaseIndex, simplePool, type ComparerPool, type ItuDocument } from '../core';

const SKIP = new Set(['node_modules', '.git']);
const MAX_FILES = 5000;
const MAX_BYTES = 8 * 1024 * 1024;

/** `**\/*.itu`, `docs/**\/res*.itu`: a glob as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end > i) {
        re += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`;
        i = end;
      } else re += '\\{';
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export class WorkspaceBases {
  readonly index = new BaseIndex();
  readonly pools = new Map<string, ComparerPool>();
  private folders: string[] = [];
  private matcher = globToRegExp('**/*.itu');
  private readonly open = new Set<string>();

  setFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  setGlob(glob: string): void {
    this.matcher = globToRegExp(glob);
  }

  pool(uri: string): ComparerPool {
    let p = this.pools.get(uri);
    if (!p) this.pools.set(uri, (p = simplePool()));
    return p;
  }

  matches(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    const rel = folder ? path.relative(folder, file) : path.basename(file);
    return this.matcher.test(rel.split(path.sep).join('/'));
  }

  /** Reads every matching file of the workspace folders (bounded), yielding between files. */
  async scan(): Promise<number> {
    let count = 0;
    const walk = async (dir: string, root: string): Promise<void> => {
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (count >= MAX_FILES) return;
        if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) await walk(full, root);
        else if (e.isFile() && this.matcher.test(path.relative(root, full).split(path.sep).join('/'))) {
          count++;
          await this.readFile(pathToFileURL(full).href);
        }
      }
    };
    for (const f of this.folders) await walk(f, f);
    return count;
  }

  async readFile(uri: string): Promise<void> {
    if (this.open.has(uri)) return;
    try {
      const file = fileURLToPath(uri);
      const stat = await fs.promises.stat(file);
      if (stat.size > MAX_BYTES) return this.index.delete(uri);
      let text = await fs.promises.readFile(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.index.update(uri, text);
    } catch {
      this.index.delete(uri);
    }
  }

  opened(uri: string, text: string, doc: ItuDocument): void {
    this.open.add(uri);
    if (this.matches(uri)) this.index.update(uri, text, doc);
  }

  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    this.pools.delete(uri);
    if (this.matches(uri)) await this.readFile(uri);
  }

  deleted(uri: string): void {
    if (!this.open.has(uri)) this.index.delete(uri);
  }
}
