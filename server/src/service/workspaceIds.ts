// compile.revised and compile.id-elsewhere in the editor (review 5, F28): what an open document's proposal ids
// are in the other files of the workspace, as `itu-draft check --workspace` says it. A document's own check
// reads no other file; these findings are the workspace's, added to its diagnostics by the service. The
// closed files are known by the ids their header lines name (WorkspaceBases.ids, kept current with the files);
// only a file that shares an id with the document is parsed, once per version of it on disk.
import { idFindings, idHolder, parseDocument, type DocumentHead, type Finding, type IdHolder } from '../core';
import type { WorkspaceBases } from './workspace';

export class WorkspaceIds {
  /** What each open document held when its diagnostics were last made (its latest version's ids). */
  private readonly open = new Map<string, IdHolder>();
  /** The parse of a closed file sharing an id, keyed by the id set its text on disk gave (a new read, a new set). */
  private readonly closed = new WeakMap<ReadonlySet<string>, IdHolder | null>();

  constructor(private readonly bases: WorkspaceBases) {}

  private name(uri: string): string {
    return this.bases.workspace.relative(uri) ?? uri;
  }

  /**
   * The findings of an open document's ids elsewhere. `changed`: the document's ids, revision or merged-draft
   * status differ from what the other open documents' findings were made with (they are to be made again).
   */
  findings(uri: string, doc: DocumentHead, openUris: readonly string[]): { findings: Finding[]; changed: boolean } {
    const holder = idHolder({ location: this.name(uri), doc });
    const before = this.open.get(uri);
    this.open.set(uri, holder);
    const changed = !sameHolder(before, holder) && this.sharedWithOpen(uri, [...holder.ids, ...(before?.ids ?? [])], openUris);
    if (holder.ids.length === 0) return { findings: [], changed };
    const mine = new Set(holder.ids);
    const open = new Set(openUris);
    const others: IdHolder[] = [];
    for (const [other, ids] of this.bases.ids) {
      // An open document stands for its file once its diagnostics were made (until then, its file on disk).
      if (other === uri || (open.has(other) && this.open.has(other))) continue;
      let shares = false;
      for (const id of ids) if ((shares = mine.has(id))) break;
      const h = shares ? this.closedHolder(other, ids) : undefined;
      if (h) others.push(h);
    }
    for (const other of open) {
      const h = other === uri ? undefined : this.open.get(other);
      if (h?.ids.some((id) => mine.has(id))) others.push(h);
    }
    return { findings: idFindings({ location: holder.location, doc }, others), changed };
  }

  /** An open document closed: whether another open document shared an id with it (its findings change). */
  forget(uri: string, openUris: readonly string[]): boolean {
    const h = this.open.get(uri);
    this.open.delete(uri);
    return h !== undefined && this.sharedWithOpen(uri, h.ids, openUris);
  }

  /** Whether an open document other than `uri` holds one of `ids`. */
  sharedWithOpen(uri: string, ids: Iterable<string>, openUris: readonly string[]): boolean {
    const set = new Set(ids);
    if (set.size === 0) return false;
    return openUris.some((other) => other !== uri && (this.open.get(other)?.ids ?? []).some((id) => set.has(id)));
  }

  private closedHolder(uri: string, ids: ReadonlySet<string>): IdHolder | undefined {
    let h = this.closed.get(ids);
    if (h === undefined) {
      try {
        h = idHolder({ location: this.name(uri), doc: parseDocument(this.bases.workspace.read(uri)) });
      } catch {
        h = null;
      }
      this.closed.set(ids, h);
    }
    return h ?? undefined;
  }
}

function sameHolder(a: IdHolder | undefined, b: IdHolder): boolean {
  return a !== undefined && a.revision === b.revision && a.merged === b.merged && a.ids.length === b.ids.length && a.ids.every((id, k) => id === b.ids[k]);
}
