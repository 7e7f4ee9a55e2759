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
   * The findings of an open document's ids elsewhere. `changed`: the document's ids, revision, merged-draft
   * status or (shared with another open document) proposals' texts differ from what the other open documents'
   * findings were made with (they are to be made again). `text`: the version's text, `doc`'s (read only where an id
   * is shared: typing in a document alone joins no text).
   */
  findings(uri: string, doc: DocumentHead, text: () => string, openUris: readonly string[]): { findings: Finding[]; changed: boolean } {
    // A document that is no file of the workspace (untitled: an import from Word not saved yet; a file outside the
    // folders) is read by no compile: it holds no id for the others, and theirs are nothing to it (review 8, I24).
    if (!this.bases.workspace.holds(uri)) return { findings: [], changed: this.forget(uri, openUris) };
    const location = this.name(uri);
    const bare = idHolder({ location, doc });
    const before = this.open.get(uri);
    const mine = new Set(bare.ids);
    const open = new Set(openUris);
    const others: IdHolder[] = [];
    if (mine.size) {
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
    }
    const sharedOpen = this.sharedWithOpen(uri, [...bare.ids, ...(before?.ids ?? [])], openUris);
    // The proposals' texts are fingerprinted (copies word for word, compile.copy) only for a document that shares an
    // id: its holder keeps the version's text to do so when asked, the others keep none.
    const holder = others.length || sharedOpen ? idHolder({ location, doc }, text()) : bare;
    this.open.set(uri, holder);
    const changed = sharedOpen && !sameHolder(before, holder);
    if (others.length === 0) return { findings: [], changed };
    return { findings: idFindings({ location, doc, text: text() }, others), changed };
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
        const text = this.bases.workspace.read(uri);
        h = idHolder({ location: this.name(uri), doc: parseDocument(text) }, text);
      } catch {
        h = null;
      }
      this.closed.set(ids, h);
    }
    return h ?? undefined;
  }
}

/** Whether two holders of a document say the same of it: ids, revision, merged-draft status and, when both know them, the proposals' texts. */
function sameHolder(a: IdHolder | undefined, b: IdHolder): boolean {
  if (a === undefined || a.revision !== b.revision || a.merged !== b.merged || a.ids.length !== b.ids.length || !a.ids.every((id, k) => id === b.ids[k])) return false;
  if (a.prints === undefined || b.prints === undefined) return a.prints === b.prints;
  const pa = a.prints();
  const pb = b.prints();
  return pa.every((x, k) => x === pb[k]);
}
