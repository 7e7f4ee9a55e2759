// Commands, all under the "ITU" category in the palette.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MODES, type Preview } from './preview';

const PROJECTION_SCHEME = 'itu-projection';

interface ReviewResult {
  version: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/**
 * A Word import or export with a notification showing it runs, and Cancel: the request's cancellation
 * reaches the server, which stops the worker doing the work (server/src/word/run.ts).
 */
function withWordProgress<T>(title: string, send: (token: vscode.CancellationToken) => Promise<T | { error: string }>): Thenable<T | { error: string }> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    try {
      return await send(token);
    } catch (error) {
      if (token.isCancellationRequested) return { error: 'cancelled: nothing written' };
      throw error;
    }
  });
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, preview: Preview): void {
  const projections = new ProjectionProvider(client);
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(PROJECTION_SCHEME, projections));

  // From the editor title menu VS Code passes the editor's URI: only a known mode name is a mode.
  reg('itu.preview.setMode', async (mode?: unknown) => {
    let chosen = MODES.find((m) => m.mode === mode)?.mode;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        MODES.map((m) => ({ label: m.label, detail: m.detail, mode: m.mode, picked: m.mode === preview.currentMode })),
        { placeHolder: 'Show tracked changes as…' },
      );
      chosen = pick?.mode;
    }
    if (chosen) await preview.setMode(chosen);
  });
  reg('itu.preview.tracked', () => preview.setMode('tracked'));
  reg('itu.preview.newText', () => preview.setMode('new'));
  reg('itu.preview.oldText', () => preview.setMode('old'));
  reg('itu.preview.markup', () => preview.setMode('markup'));

  const review = async (kind: 'accept' | 'reject', uri?: vscode.Uri, range?: vscode.Range | 'all' | 'proposal') => {
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document || document.languageId !== 'itu') return false;
    const selection = editor && editor.document === document ? editor.selection : undefined;
    const r = range === 'all' || range === 'proposal' ? undefined : range ?? selection;
    const result = await client.sendRequest<ReviewResult | null>('itu/review', {
      uri: document.uri.toString(),
      review: kind,
      range: r ? { start: r.start, end: r.end } : undefined,
      proposalAt: range === 'proposal' && selection ? selection.active : undefined,
    });
    if (!result || result.version !== document.version || result.edits.length === 0) {
      if (result && result.edits.length === 0) void vscode.window.setStatusBarMessage('No revision marks there', 3000);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.replace(document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    }
    return vscode.workspace.applyEdit(edit);
  };
  reg('itu.acceptChange', (uri?: vscode.Uri, range?: vscode.Range) => review('accept', uri, range));
  reg('itu.rejectChange', (uri?: vscode.Uri, range?: vscode.Range) => review('reject', uri, range));
  reg('itu.acceptAll', (uri?: vscode.Uri) => review('accept', uri, 'all'));
  reg('itu.rejectAll', (uri?: vscode.Uri) => review('reject', uri, 'all'));
  reg('itu.acceptProposal', () => review('accept', undefined, 'proposal'));
  reg('itu.rejectProposal', () => review('reject', undefined, 'proposal'));

  const showProjection = async (kind: 'new' | 'old', uri?: vscode.Uri) => {
    const source = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!source) return;
    const target = projections.uriFor(source, kind);
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.languages.setTextDocumentLanguage(doc, 'itu');
    return vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  };
  reg('itu.showNewText', (uri?: vscode.Uri) => showProjection('new', uri));
  reg('itu.showOldText', (uri?: vscode.Uri) => showProjection('old', uri));
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((e) => projections.changed(e.document.uri)));

  const bases = new MemoryDocuments();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(MemoryDocuments.scheme, bases));
  reg('itu.compareWithBase', async (uri?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const source = uri ?? editor?.document.uri;
    if (!source) return;
    const position = editor && editor.document.uri.toString() === source.toString() ? editor.selection.active : undefined;
    const r = await client.sendRequest<BaseComparison | null>('itu/baseComparison', { uri: source.toString(), position });
    if (!r) {
      void vscode.window.showInformationMessage('No MOD of this file has a base text in the workspace (setting itu.baseTexts.glob).');
      return;
    }
    const base = bases.put(`base/${r.title.replace(/[^\w.-]+/g, '_')}.itu`, r.baseText);
    const draft = bases.put(`new/${r.title.replace(/[^\w.-]+/g, '_')}.itu`, r.newText);
    await vscode.commands.executeCommand('vscode.diff', base, draft, `${r.title}: base ↔ new text`);
  });

  const wordLog = vscode.window.createOutputChannel('ITU Word import');
  context.subscriptions.push(wordLog);
  reg('itu.exportWord', async (uri?: vscode.Uri) => {
    const source = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!source || source.scheme !== 'file') {
      void vscode.window.showErrorMessage('Export to Word needs an .itu file saved on disk.');
      return;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: source.with({ path: source.path.replace(/\.itu$/, '') + '.docx' }),
      filters: { 'Word document': ['docx'] },
      saveLabel: 'Export',
    });
    if (!target) return;
    const author = vscode.workspace.getConfiguration('itu', source).get<string>('word.author', '');
    const r = await withWordProgress(`Exporting ${path.basename(target.fsPath)} to Word…`, (token) =>
      client.sendRequest<{ error: string } | { revisions?: number; comments?: number; footnotes?: number }>('itu/exportWord', {
        uri: source.toString(), output: target.fsPath, author,
      }, token));
    if ('error' in r) void vscode.window.showErrorMessage(`Export to Word failed: ${r.error}`);
    else void vscode.window.showInformationMessage(`Exported ${target.fsPath} (${r.revisions ?? 0} tracked changes, ${r.comments ?? 0} comments, ${r.footnotes ?? 0} footnotes).`);
    return r;
  });
  reg('itu.importWord', async (input?: vscode.Uri) => {
    const picked = input ? [input] : await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word document': ['docx'] }, openLabel: 'Import' });
    if (!picked?.length) return;
    const r = await withWordProgress(`Importing ${path.basename(picked[0].fsPath)} from Word…`, (token) =>
      client.sendRequest<{ error: string } | { text: string; notes: { message: string; paragraph?: number; line?: number }[] }>('itu/importWord', { input: picked[0].fsPath }, token));
    if ('error' in r) {
      void vscode.window.showErrorMessage(`Import from Word failed: ${r.error}`);
      return r;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'itu', content: r.text });
    await vscode.window.showTextDocument(doc);
    if (r.notes.length) {
      wordLog.clear();
      // Lines of the imported text (the tab that just opened), where the user looks; not Word's paragraph numbers.
      for (const n of r.notes) wordLog.appendLine(n.line !== undefined ? `line ${n.line}: ${n.message}` : n.message);
      void vscode.window.showWarningMessage(`${r.notes.length} thing(s) in the Word file could not be kept: see the output "ITU Word import".`, 'Show').then((s) => s && wordLog.show());
    }
    return r;
  });

  reg('itu.fixAll', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.itu', apply: 'first' }));
  reg('itu.restartServer', () => client.restart());
}

/** Read-only documents with the new or old text of an `.itu` file, kept current as it changes. */
class ProjectionProvider implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();

  constructor(private readonly client: LanguageClient) {}

  uriFor(source: vscode.Uri, kind: 'new' | 'old'): vscode.Uri {
    const name = source.path.replace(/\.itu$/, '') + (kind === 'new' ? ' (new text).itu' : ' (old text).itu');
    const uri = vscode.Uri.from({ scheme: PROJECTION_SCHEME, path: name, query: JSON.stringify({ source: source.toString(), kind }) });
    this.open.add(uri.toString());
    return uri;
  }

  changed(source: vscode.Uri): void {
    for (const u of this.open) {
      const uri = vscode.Uri.parse(u);
      if (JSON.parse(uri.query).source === source.toString()) this.emitter.fire(uri);
    }
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { source, kind } = JSON.parse(uri.query) as { source: string; kind: 'new' | 'old' };
    const text = await this.client.sendRequest<string | null>('itu/projection', { uri: source, kind });
    return text ?? '';
  }
}

interface BaseComparison {
  title: string;
  baseLocation: string;
  baseLine: number;
  baseText: string;
  newText: string;
}

/** Read-only documents whose text the extension holds (the two sides of Compare with base). */
class MemoryDocuments implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'itu-compare';
  private readonly texts = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  put(path: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: MemoryDocuments.scheme, path: '/' + path });
    this.texts.set(uri.toString(), text);
    this.emitter.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}
