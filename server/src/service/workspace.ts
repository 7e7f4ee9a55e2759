// The workspace the language service sees: its folders, the files under them and their texts.
// The server gives it the file system (nodeWorkspace); tests give it a few texts in memory.
// WorkspaceBases keeps the base-text index current from both: files on disk matching the glob
// setting, open documents taking precedence over their files.
import * as fs from 'fs';
import { BaseIndex, headerIds, l10n, type ItuDocument } from '../core';
import { canonicalUri, fileUri, HOST_FLAVOR, pathModule, readTextFile, SKIPPED_FOLDERS, TooLarge, uriPath, walkFiles, type PathFlavor } from '../files';
import { globMatcher } from '../glob';

/** Files the service reads at the most per walk, and bytes per file. */
const MAX_FILES = 5000;
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * URIs given to a Workspace and taken from it are in the server's one form (files.ts canonicalUri): the service
 * keys and compares by them.
 */
export interface Workspace {
  /** The path of `uri` relative to the workspace folder holding it (`/`-separated), its name when in none, undefined when it is no file. */
  relative(uri: string): string | undefined;
  /**
   * Whether `uri` is a file under a workspace folder: what the walk lists and compile reads. An untitled document
   * or a file outside the folders is not (review 8, I24).
   */
  holds(uri: string): boolean;
  /** Folders added to and removed from the workspace while the server runs (workspace/didChangeWorkspaceFolders). */
  foldersChanged?(added: readonly string[], removed: readonly string[]): void;
  /** URIs of the files under the workspace folders whose relative path `accept` wants, at most `limit`. */
  files(accept: (relative: string) => boolean, limit: number): Promise<string[]>;
  /**
   * The same for the files under one folder of the workspace (`accept` still sees paths relative to the workspace
   * folder): none when `uri` is no folder, or one the walk of `files` does not enter (hidden, node_modules…).
   */
  filesUnder(uri: string, accept: (relative: string) => boolean, limit: number): Promise<string[]>;
  /** The text of a file; throws when it cannot be read (TooLarge past the bytes the service reads). */
  read(uri: string): string;
  /** Tells the user something of the workspace (the server's log). */
  warn?(message: string): void;
}

/**
 * The workspace on disk: folders as file: URIs, walked with files.ts's walker (links followed, loops
 * and unreadable folders skipped with one warning each through `warn`). `flavor`: whose paths the URIs name (the
 * host's; tests give 'win32' to run Windows paths on Linux, review 8, I21).
 */
export function nodeWorkspace(folderUris: readonly string[], warn: (message: string) => void = () => undefined, flavor: PathFlavor = HOST_FLAVOR): Workspace {
  const p = pathModule(flavor);
  const toPath = (uri: string) => {
    const named = uriPath(uri, flavor);
    return typeof named === 'string' ? named : named.toString('utf8');
  };
  let folders: string[] = [];
  /**
   * Where each URI asked stands, until the folders change: the index asks it of an open document at every version
   * (BaseTexts.matches), and resolving the path against each folder was a tenth of a millisecond of each keystroke.
   */
  let places = new Map<string, ReturnType<typeof locate>>();
  const setFolders = (uris: readonly string[]) => {
    folders = [...new Set(uris.filter((u) => u.startsWith('file:')).map((u) => p.resolve(toPath(u))))];
    places = new Map();
  };
  setFolders(folderUris);
  /** Whether `file` is under `folder` (on Windows in any case, as the file system compares names). */
  const inside = (folder: string, file: string) => {
    const rel = p.relative(folder, file);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel);
  };
  const locate = (uri: string) => {
    if (!uri.startsWith('file:')) return undefined;
    const file = toPath(uri);
    const folder = folders.find((f) => inside(f, file));
    return { file, folder, relative: (folder ? p.relative(folder, file) : p.basename(file)).split(p.sep).join('/') };
  };
  const located = (uri: string) => {
    let place = places.get(uri);
    if (place === undefined && !places.has(uri)) {
      // Bounded: the files a walk lists (at most MAX_FILES) and the documents opened.
      if (places.size >= 100_000) places.clear();
      places.set(uri, (place = locate(uri)));
    }
    return place;
  };
  return {
    relative: (uri) => located(uri)?.relative,
    holds: (uri) => located(uri)?.folder !== undefined,
    foldersChanged(added, removed) {
      const gone = new Set(removed.map(canonicalUri));
      setFolders([...folders.map((f) => fileUri(f, flavor)).filter((u) => !gone.has(u)), ...added]);
    },
    async files(accept, limit) {
      const out: string[] = [];
      for (const folder of folders) {
        for (const file of await walkFiles(folder, { accept, limit: limit - out.length, warn })) out.push(fileUri(file, flavor));
      }
      return out;
    },
    async filesUnder(uri, accept, limit) {
      const at = located(uri);
      if (!at?.folder || at.relative.split('/').some((name) => name.startsWith('.') || SKIPPED_FOLDERS.has(name))) return [];
      try {
        if (!(await fs.promises.stat(at.file)).isDirectory()) return [];
      } catch {
        return [];
      }
      const files = await walkFiles(at.file, { accept: (rel) => accept(`${at.relative}/${rel}`), limit, warn });
      return files.map((f) => fileUri(f, flavor));
    },
    // Regular files only (a FIFO named res1.itu must not hang the server), UTF-16 read as such; the service
    // holds every base text it reads in memory, so a file past MAX_BYTES is refused (TooLarge).
    read: (uri) => readTextFile(uriPath(uri, flavor), MAX_BYTES),
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
  private glob = '**/*.itu';
  private matcher = globMatcher(this.glob);
  private readonly open = new Set<string>();
  /**
   * The locations this put in the index (files read, open documents, files too large to read): what a narrower
   * glob or a deleted folder takes out again (review 8, I1 and I9). The index itself is not asked: BaseIndex
   * lists texts, not the files it was given.
   */
  private readonly indexed = new Set<string>();

  constructor(readonly workspace: Workspace) {}

  /** Whether the glob differs from the one in force. */
  setGlob(glob: string): boolean {
    if (glob === this.glob) return false;
    this.glob = glob;
    this.matcher = globMatcher(glob);
    return true;
  }

  matches(uri: string): boolean {
    const rel = this.workspace.relative(uri);
    return rel !== undefined && this.matcher(rel);
  }

  /** A contribution: an .itu file under a workspace folder, whether or not the glob reads it as a base text. */
  isContribution(uri: string): boolean {
    return this.workspace.holds(uri) && this.workspace.relative(uri)?.endsWith('.itu') === true;
  }

  private wanted = (rel: string) => rel.endsWith('.itu') || this.matcher(rel);

  /**
   * Reads every matching file and every contribution of the workspace (bounded), yielding between files. What
   * the walk no longer finds, or the glob no longer matches (the setting narrowed, a file gone without an event),
   * leaves the index and the ids first: the index then holds what a fresh start would read (review 8, I1).
   * An open document stays as long as the glob matches it.
   */
  async scan(): Promise<number> {
    const files = await this.workspace.files(this.wanted, MAX_FILES);
    const listed = new Set(files);
    for (const uri of [...this.indexed]) if (!this.matches(uri) || (!this.open.has(uri) && !listed.has(uri))) this.forget(uri);
    for (const uri of [...this.ids.keys()]) if (!this.open.has(uri) && !listed.has(uri)) this.ids.delete(uri);
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
      if (base) this.put(uri, text);
    } catch (error) {
      this.ids.delete(uri);
      if (!base) {
        // Not a base text: nothing of it is in the index.
      } else if (error instanceof TooLarge) {
        // Said in the log once per size, and by base.not-found where a MOD finds no text in force (review 5, F5).
        const was = this.index.lookup.unread?.().find((u) => u.location === uri);
        if (was?.bytes !== error.bytes) this.workspace.warn?.(l10n.t('{0} not read as a base text: {1} MB, over the {2} MB the editor reads (itu-draft check --workspace reads it)', this.workspace.relative(uri) ?? uri, (error.bytes / (1024 * 1024)).toFixed(1), error.limit / (1024 * 1024)));
        this.indexed.add(uri);
        this.index.unread(uri, error.bytes, error.limit);
      } else this.forget(uri);
    }
    // Let requests in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * A created path that is neither a base text nor a contribution may be a folder (made, moved in, or the new
   * name of a renamed one: VS Code reports it as one event for the folder, review 8, I9): the files under it to read.
   */
  filesUnder(uri: string): Promise<string[]> {
    return this.workspace.filesUnder(uri, this.wanted, MAX_FILES);
  }

  /** An open document's text stands for its file from now on: the file on disk is no longer read. */
  hold(uri: string): void {
    this.open.add(uri);
  }

  /** An open document's text (and what was read of it: BaseIndex.update) stands for its file; none when the glob leaves it out. */
  /** `text`: the document's text, or how to read it (read only where no parse is given). */
  opened(uri: string, text: string | (() => string), doc?: ItuDocument, placeholders?: string[]): void {
    this.open.add(uri);
    if (this.matches(uri)) this.put(uri, text, doc, placeholders);
    else this.forget(uri);
  }

  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    if (!this.matches(uri)) this.forget(uri);
    if (this.matches(uri) || this.isContribution(uri)) await this.readFile(uri);
  }

  /**
   * Files or folders deleted (or renamed away from): every file read from under them leaves the index and the
   * ids, in one pass over what was read. VS Code reports a deleted or renamed folder as one event for the folder
   * (review 8, I9). Open documents stand for their files still. Returns the files whose ids were dropped.
   */
  deleted(uris: readonly string[]): { uri: string; ids: ReadonlySet<string> }[] {
    // The files' URIs and the deleted ones are in the server's one form (canonicalUri): compared as strings.
    // A few paths (the usual batch): each file's path compared with each. Many (a build folder emptied): each file's
    // folders looked up among them, so that a batch costs the files read times their depth, not times the batch.
    const gone = uris.map(pathKey);
    const set = new Set(gone);
    const under = gone.length <= 16
      ? (uri: string) => gone.some((g) => uri.startsWith(g) && (uri.length === g.length || uri.charCodeAt(g.length) === 47 /* / */))
      : (uri: string) => {
        for (let key = uri; key; key = key.slice(0, Math.max(0, key.lastIndexOf('/')))) if (set.has(key)) return true;
        return false;
      };
    for (const uri of [...this.indexed]) if (!this.open.has(uri) && under(uri)) this.forget(uri);
    const dropped: { uri: string; ids: ReadonlySet<string> }[] = [];
    for (const [uri, ids] of this.ids) {
      if (this.open.has(uri) || !under(uri)) continue;
      this.ids.delete(uri);
      dropped.push({ uri, ids });
    }
    return dropped;
  }

  private put(uri: string, text: string | (() => string), doc?: ItuDocument, placeholders?: string[]): void {
    this.indexed.add(uri);
    this.index.update(uri, text, doc, placeholders);
  }

  private forget(uri: string): void {
    this.indexed.delete(uri);
    this.index.delete(uri);
  }
}

/** A URI in the server's one form without a trailing slash: a folder's and its files' compare by prefix. */
function pathKey(uri: string): string {
  return canonicalUri(uri).replace(/\/+$/, '');
}
