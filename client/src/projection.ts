// Read-only documents with the new or old text of an `.itu` file (scheme `itu-projection`), kept
// current as the file changes. The New text / Old text preview modes show them in place of the
// file; "Open new text" shows them beside it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const PROJECTION_SCHEME = 'itu-projection';
import { Requests, type ProjectionKind, type ProjectionResult } from '../../server/src/protocol';

export type { ProjectionKind };

/** The documents the language server checks: files and untitled buffers, never projections or diffs. */
export const SOURCE_SELECTOR = [
  { scheme: 'file', language: 'itu' },
  { scheme: 'untitled', language: 'itu' },
];

export function isSource(document: vscode.TextDocument): boolean {
  return document.languageId === 'itu' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

export class Projections implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();

  constructor(private readonly client: LanguageClient) {}

  uriFor(source: vscode.Uri, kind: ProjectionKind): vscode.Uri {
    const name = source.path.replace(/\.itu$/, '') + (kind === 'new' ? ' (new text).itu' : ' (old text).itu');
    const uri = vscode.Uri.from({ scheme: PROJECTION_SCHEME, path: name, query: JSON.stringify({ source: source.toString(), kind }) });
    this.open.add(uri.toString());
    return uri;
  }

  /** The source and kind of a projection URI (undefined for any other URI). */
  static parse(uri: vscode.Uri): { source: vscode.Uri; kind: ProjectionKind } | undefined {
    if (uri.scheme !== PROJECTION_SCHEME) return undefined;
    try {
      const q = JSON.parse(uri.query) as { source?: unknown; kind?: unknown };
      if (typeof q.source !== 'string' || (q.kind !== 'new' && q.kind !== 'old')) return undefined;
      return { source: vscode.Uri.parse(q.source), kind: q.kind };
    } catch {
      return undefined;
    }
  }

  changed(source: vscode.Uri): void {
    for (const u of this.open) {
      const uri = vscode.Uri.parse(u);
      if (Projections.parse(uri)?.source.toString() === source.toString()) this.emitter.fire(uri);
    }
  }

  /** The projection's text and where `position` of the source stands in it. */
  at(source: vscode.Uri, kind: ProjectionKind, position?: vscode.Position): Promise<ProjectionResult | null> {
    return this.client.sendRequest(Requests.projectionAt, {
      uri: source.toString(),
      kind,
      position: position ? { line: position.line, character: position.character } : undefined,
    });
  }

  /** Opens the projection of `source` (read-only: its scheme has no file system). */
  async document(source: vscode.Uri, kind: ProjectionKind): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(this.uriFor(source, kind));
    return doc.languageId === 'itu' ? doc : vscode.languages.setTextDocumentLanguage(doc, 'itu');
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const parsed = Projections.parse(uri);
    if (!parsed) return '';
    const r = await this.at(parsed.source, parsed.kind);
    return r?.text ?? '';
  }
}
