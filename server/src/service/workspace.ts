// The workspace the language service sees: its folders, the files under them and their texts.
// The server gives it the file system (nodeWorkspace); tests give it a few texts in memory.
// WorkspaceBases keeps the base-text index current from both: files on disk matching the glob
// setting, open documents taking precedence over their files.
import * as path from 'path';
import { fileURLToPath } from 'url';
import { BaseIndex, headerIds, l10n, type ItuDocument } from '../core';
import { fileUri, readTextFile, TooLarge, uriPath, walkFiles } from '../files';
import { globMatcher } from '../glob';

/** Files the service reads at the most per walk, and bytes per file. */
const MAX_FILES = 5000;
const MAX_BYTES = 8 * 1024 * 1024;

export interface Workspace {
  /** The path of `uri` relative to the workspace folder holding it (`/`-separated), its name when in none, undefined when it is no file. */
  relative(uri: string): string | undefined;
  /** URIs of the files under the workspace folders whose relative path `accept` wants, at most `limit`. */
  files(accept: (relative: string) => boolean, limit: number): Promise<string[]>;
  /** The text of a file; throws when it cannot be read (TooLarge past the bytes the service reads). */
  read(uri: string): string;
  /** Tells the user something of the workspace (the server's log). */
  warn?(message: string): void;
}

/**
 * The workspace on disk: folders as file: URIs, walked with files.ts's walker (links followed, loops
 * and unreadable folders skipped with one warning each through `warn`).
 */
export function nodeWorkspace(folderUris: string[], warn: (message: string) => void = () => undefined): Workspace {
  const folders = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  return {
    relative(uri) {
      if (!uri.startsWith('file:')) return undefined;
      const named = uriPath(uri);
      const file = typeof named === 'string' ? named : named.toString('utf8');
      const folder = folders.find((f) => file.startsWith(f + path.sep));
      return (folder ? path.relative(folder, file) : path.basename(file)).split(path.sep).join('/');
    },
    async files(accept, limit) {
      const out: string[] = [];
      for (const folder of folders) {
        for (const file of await walkFiles(folder, { accept, limit: limit - out.length, warn })) out.push(fileUri(file));
      }
      return out;
    },
    // Regular files only (a FIFO named res1.itu must not hang the server), UTF-16 read as such; the service
    // holds every base text it reads in memory, so a file past MAX_BYTES is refused (TooLarge).
    read: (uri) => readTextFile(uriPath(uri), MAX_BYTES),
    warn,
  };
}

export class WorkspaceBases {
  readonly index = new BaseIndex();
  /**
   * The proposal ids the header lines of each contribution on disk name (every .itu file, whatever the glob;
   * core headerIds): what workspaceIds.ts asks which files share an id with an open document. A file read
   * again gets a new set.
   */
  readonly ids = new Map<string, ReadonlySet<string>>();
  private matcher = globMatcher('**/*.itu');
  private readonly open = new Set<string>();

  constructor(readonly workspace: Workspace) {}

  setGlob(glob: string): void {
    this.matcher = globMatcher(glob);
  }

  matches(uri: string): boolean {
    const rel = this.workspace.relative(uri);
    return rel !== undefined && this.matcher(rel);
  }

  /** A contribution: an .itu file of the workspace, whether or not the glob reads it as a base text. */
  isContribution(uri: string): boolean {
    return this.workspace.relative(uri)?.endsWith('.itu') === true;
  }

  /** Reads every matching file and every contribution of the workspace (bounded), yielding between files. */
  async scan(): Promise<number> {
    const files = await this.workspace.files((rel) => rel.endsWith('.itu') || this.matcher(rel), MAX_FILES);
    for (const uri of files) await this.readFile(uri);
    return files.length;
  }

  /** The contributions of the workspace (the .itu files, whatever the base-text glob): URI and text, open documents as edited. */
  async contributions(openText: (uri: string) => string | undefined): Promise<{ uri: string; text: string }[]> {
    const out: { uri: string; text: string }[] = [];
    for (const uri of await this.workspace.files((rel) => rel.endsWith('.itu'), MAX_FILES)) {
      try {
        out.push({ uri, text: openText(uri) ?? this.workspace.read(uri) });
      } catch {
        // An unreadable file holds no proposal to list.
      }
    }
    return out;
  }

  async readFile(uri: string): Promise<void> {
    if (this.open.has(uri)) return;
    const base = this.matches(uri);
    try {
      const text = this.workspace.read(uri);
      if (this.isContribution(uri)) this.ids.set(uri, headerIds(text));
      if (base) this.index.update(uri, text);
    } catch (error) {
      this.ids.delete(uri);
      if (!base) {
        // Not a base text: nothing of it is in the index.
      } else if (error instanceof TooLarge) {
        // Said in the log once per size, and by base.not-found where a MOD finds no text in force (review 5, F5).
        const was = this.index.lookup.unread?.().find((u) => u.location === uri);
        if (was?.bytes !== error.bytes) this.workspace.warn?.(l10n.t('{0} not read as a base text: {1} MB, over the {2} MB the editor reads (itu-draft check --workspace reads it)', this.workspace.relative(uri) ?? uri, (error.bytes / (1024 * 1024)).toFixed(1), error.limit / (1024 * 1024)));
        this.index.unread(uri, error.bytes, error.limit);
      } else this.index.delete(uri);
    }
    // Let requests in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** An open document's text stands for its file from now on: the file on disk is no longer read. */
  hold(uri: string): void {
    this.open.add(uri);
  }

  /** An open document's text (and what was read of it: BaseIndex.update) stands for its file. */
  opened(uri: string, text: string, doc?: ItuDocument, placeholders?: string[]): void {
    this.open.add(uri);
    if (this.matches(uri)) this.index.update(uri, text, doc, placeholders);
  }

  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    if (!this.matches(uri)) this.index.delete(uri);
    if (this.matches(uri) || this.isContribution(uri)) await this.readFile(uri);
  }

  deleted(uri: string): void {
    if (this.open.has(uri)) return;
    this.index.delete(uri);
    this.ids.delete(uri);
  }
}
