// A workspace held in memory for the language service's in-process tests: folders are URI prefixes,
// files a map from URI to text (a file can be made unreadable, or its listing slow, to test timing).
import type { Workspace } from '../../server/src/service/workspace';

export class MemoryWorkspace implements Workspace {
  readonly files_ = new Map<string, string>();
  /** Every listing waits for this before it answers (tests hold a scan back with it). */
  gate: Promise<void> = Promise.resolve();

  constructor(readonly folder = 'file:///ws', files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.write(name, text);
  }

  uri(name: string): string {
    return `${this.folder}/${name}`;
  }

  write(name: string, text: string): string {
    const uri = this.uri(name);
    this.files_.set(uri, text);
    return uri;
  }

  relative(uri: string): string | undefined {
    if (uri.startsWith(this.folder + '/')) return uri.slice(this.folder.length + 1);
    return uri.startsWith('file:') ? uri.slice(uri.lastIndexOf('/') + 1) : undefined;
  }

  async files(accept: (relative: string) => boolean, limit: number): Promise<string[]> {
    await this.gate;
    return [...this.files_.keys()].filter((u) => accept(this.relative(u) ?? '')).sort().slice(0, limit);
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
