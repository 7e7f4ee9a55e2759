// The workspace's base texts for the server: files on disk matching the glob setting, with
// open documents taking precedence over their files, kept current as either changes.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { BaseIndex, simplePool, type ComparerPool, type ItuDocument } from '../core';
import { fileUri, readTextFile, uriPath, walkFiles } from '../files';

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

  /** `warn`: told of each folder or link the scan skips (unreadable, dangling, a loop), once each. */
  constructor(private readonly warn: (message: string) => void = () => undefined) {}

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
    const named = uriPath(uri);
    const file = typeof named === 'string' ? named : named.toString('utf8');
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    const rel = folder ? path.relative(folder, file) : path.basename(file);
    return this.matcher.test(rel.split(path.sep).join('/'));
  }

  /**
   * Reads every matching file of the workspace folders (bounded), yielding between files. Links are
   * followed (a base text may be a link into another folder) with a guard against loops; a folder that
   * cannot be read is skipped with one warning (see walkFiles).
   */
  async scan(): Promise<number> {
    let count = 0;
    for (const folder of this.folders) {
      const files = await walkFiles(folder, { skip: SKIP, accept: (rel) => this.matcher.test(rel), limit: MAX_FILES - count, warn: this.warn });
      for (const file of files) {
        count++;
        await this.readFile(typeof file === 'string' ? pathToFileURL(file).href : fileUri(file));
      }
    }
    return count;
  }

  /** The contributions of the workspace (the .itu files, whatever the base-text glob): URI and text, open documents as edited. */
  async contributions(openText: (uri: string) => string | undefined): Promise<{ uri: string; text: string }[]> {
    const out: { uri: string; text: string }[] = [];
    for (const folder of this.folders) {
      const files = await walkFiles(folder, { skip: SKIP, accept: (rel) => rel.endsWith('.itu'), limit: MAX_FILES - out.length, warn: this.warn });
      for (const file of files) {
        const uri = typeof file === 'string' ? pathToFileURL(file).href : fileUri(file);
        try {
          out.push({ uri, text: openText(uri) ?? readTextFile(uriPath(uri), MAX_BYTES) });
        } catch {
          // An unreadable file holds no proposal to list.
        }
      }
    }
    return out;
  }

  async readFile(uri: string): Promise<void> {
    if (this.open.has(uri)) return;
    try {
      // Regular files only (a FIFO named res1.itu must not hang the server), UTF-16 read as such.
      this.index.update(uri, readTextFile(uriPath(uri), MAX_BYTES));
    } catch {
      this.index.delete(uri);
    }
    // Let requests in between files.
    await new Promise((resolve) => setImmediate(resolve));
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
