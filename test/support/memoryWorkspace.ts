// A workspace held in memory for the language service's in-process tests: folders are URI prefixes,
// files a map from URI to text (a file can be made unreadable, or its listing slow, to test timing).
import { canonicalUri } from '../../server/src/files';
import type { Workspace } from '../../server/src/service/workspace';

export class MemoryWorkspace implements Workspace {
  readonly files_ = new Map<string, string>();
  /** Every listing waits for this before it answers (tests hold a scan back with it). */
  gate: Promise<void> = Promise.resolve();

  /** The folders (file: URIs in the server's one form); the first is where `write` puts files. */
  folders: string[];

  constructor(folder = 'file:///ws', files: Record<string, string> = {}) {
    this.folders = [canonicalUri(folder)];
    for (const [name, text] of Object.entries(files)) this.write(name, text);
  }

  get folder(): string {
    return this.folders[0]!;
  }

  /** A file's URI as the server writes it (names as on disk: `a (b)!.itu`), under the first folder or another. */
  uri(name: string, folder = this.folder): string {
    return canonicalUri(`${folder}/${name}`);
  }

  write(name: string, text: string, folder = this.folder): string {
    const uri = this.uri(name, folder);
    this.files_.set(uri, text);
    return uri;
  }

  private folderOf(uri: string): string | undefined {
    return this.folders.find((f) => uri.startsWith(f + '/'));
  }

  relative(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    if (folder) return decodeURIComponent(uri.slice(folder.length + 1));
    return uri.startsWith('file:') ? decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) : undefined;
  }

  holds(uri: string): boolean {
    return this.folderOf(uri) !== undefined;
  }

  foldersChanged(added: readonly string[], removed: readonly string[]): void {
    this.folders = [...this.folders.filter((f) => !removed.includes(f)), ...added];
  }

  async files(accept: (relative: string) => boolean, limit: number): Promise<string[]> {
    await this.gate;
    return [...this.files_.keys()].filter((u) => this.holds(u) && accept(this.relative(u) ?? '')).sort().slice(0, limit);
  }

  /** A folder is the URI prefix of the files under it: none, no folder. */
  async filesUnder(uri: string, accept: (relative: string) => boolean, limit: number): Promise<string[]> {
    const prefix = uri.replace(/\/+$/, '') + '/';
    return (await this.files(accept, Number.MAX_SAFE_INTEGER)).filter((u) => u.startsWith(prefix)).slice(0, limit);
  }

  read(uri: string): string {
    const text = this.files_.get(uri);
    if (text === undefined) throw new Error(`${uri}: no such file`);
    return text;
  }
}
