// Commands, all under the "ITU" category in the palette.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MODES, type Preview } from './preview';
import { isSource, Projections } from './projection';
import { CLIENT_SETTINGS, Requests, type VersionedEdits } from '../../server/src/protocol';
import type * as WordCommands from './wordCommands';
import type * as NewContribution from './newContribution';

/** Registers a command; each takes its own arguments (what the menu, CodeLens or test gives): the callback type is VS Code's. */
type Register = (id: string, fn: Parameters<typeof vscode.commands.registerCommand>[1]) => void;

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, preview: Preview): void {
  const reg: Register = (id, fn) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  registerPreviewCommands(context, reg, preview);
  registerReviewCommands(reg, client);
  registerBaseCommands(context, reg, client);
  registerWordCommands(context, reg, client);
  reg('itu.fixAll', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.itu', apply: 'first' }));
  reg('itu.restartServer', () => client.restart());
  reg('itu.showServerLog', () => client.outputChannel.show(true));
  reg('itu.newContribution', (answers?: Partial<NewContribution.Answers>) => newContributionCode().newContribution(client, Requests, answers));
}

/** The preview modes, and the new or old text opened beside the file. */
function registerPreviewCommands(context: vscode.ExtensionContext, reg: Register, preview: Preview): void {
  const projections = preview.projections;
  // From the editor title menu VS Code passes the editor's URI: only a known mode name is a mode.
  reg('itu.preview.setMode', async (mode?: unknown) => {
    let chosen = MODES().find((m) => m.mode === mode)?.mode;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        MODES().map((m) => ({ label: m.label, detail: m.detail, mode: m.mode, picked: m.mode === preview.currentMode })),
        { placeHolder: vscode.l10n.t('Show tracked changes as…') },
      );
      chosen = pick?.mode;
    }
    if (chosen) await preview.setMode(chosen);
  });
  reg('itu.preview.tracked', () => preview.setMode('tracked'));
  reg('itu.preview.newText', () => preview.setMode('new'));
  reg('itu.preview.oldText', () => preview.setMode('old'));
  reg('itu.preview.markup', () => preview.setMode('markup'));

  const showProjection = async (kind: 'new' | 'old', uri?: vscode.Uri) => {
    const active = vscode.window.activeTextEditor?.document.uri;
    const source = uri ?? (active && (Projections.parse(active)?.source ?? active));
    if (!source) return;
    const doc = await projections.document(source, kind);
    return vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  };
  reg('itu.showNewText', (uri?: vscode.Uri) => showProjection('new', uri));
  reg('itu.showOldText', (uri?: vscode.Uri) => showProjection('old', uri));
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((e) => projections.changed(e.document.uri)));
}

/** Accept / reject: at the cursor, in the selection, in a proposal or in the whole file. */
function registerReviewCommands(reg: Register, client: LanguageClient): void {
  const review = async (kind: 'accept' | 'reject', uri?: vscode.Uri, range?: vscode.Range | 'all' | 'proposal', at?: vscode.Position) => {
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document || !isSource(document)) return false;
    const selection = editor && editor.document === document ? editor.selection : undefined;
    const r = range === 'all' || range === 'proposal' ? undefined : range ?? selection;
    const proposalAt = range === 'proposal' ? at ?? selection?.active : undefined;
    const result = await client.sendRequest(Requests.review, {
      uri: document.uri.toString(),
      review: kind,
      range: r ? { start: r.start, end: r.end } : undefined,
      proposalAt,
    });
    // Sets of alternatives of a merged draft left in place by Accept: said (server message).
    if (result?.message) void vscode.window.showInformationMessage(result.message);
    if (!result || result.version !== document.version || result.edits.length === 0) {
      if (result && result.edits.length === 0 && !result.message) void vscode.window.setStatusBarMessage(vscode.l10n.t('No revision marks there'), 3000);
      return false;
    }
    return applyEdits(document, result.edits);
  };
  reg('itu.acceptChange', (uri?: vscode.Uri, range?: vscode.Range) => review('accept', uri, range));
  reg('itu.rejectChange', (uri?: vscode.Uri, range?: vscode.Range) => review('reject', uri, range));
  reg('itu.acceptAll', (uri?: vscode.Uri) => review('accept', uri, 'all'));
  reg('itu.rejectAll', (uri?: vscode.Uri) => review('reject', uri, 'all'));
  // From a CodeLens: the document and the proposal's header; from the palette: the cursor's proposal.
  reg('itu.acceptProposal', (uri?: vscode.Uri, at?: vscode.Position) => review('accept', uri, 'proposal', at));
  reg('itu.rejectProposal', (uri?: vscode.Uri, at?: vscode.Position) => review('reject', uri, 'proposal', at));
}

/** Compare with base, and marks inserted from the base. */
function registerBaseCommands(context: vscode.ExtensionContext, reg: Register, client: LanguageClient): void {
  const bases = new MemoryDocuments();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(MemoryDocuments.scheme, bases));
  reg('itu.compareWithBase', async (uri?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const shown = uri ?? editor?.document.uri;
    if (!shown) return;
    // In New or Old text mode the projection stands in the file's place: compare the file it shows.
    const source = Projections.parse(shown)?.source ?? shown;
    const position = editor && editor.document.uri.toString() === source.toString() ? editor.selection.active : undefined;
    const r = await client.sendRequest(Requests.baseComparison, { uri: source.toString(), position });
    if (!r || 'message' in r) {
      void vscode.window.showInformationMessage(r?.message ?? vscode.l10n.t('This document is not checked by the ITU language server (save it as an .itu file).'));
      return r;
    }
    const base = bases.put(`base/${r.title.replace(/[^\w.-]+/g, '_')}.itu`, r.baseText);
    const draft = bases.put(`new/${r.title.replace(/[^\w.-]+/g, '_')}.itu`, r.newText);
    // A SUP or NOC restates the text in force: its side is no new text (what a SUP leaves is nothing).
    const title = r.restated ? vscode.l10n.t('{0}: text in force ↔ as the proposal restates it', r.title) : vscode.l10n.t('{0}: base ↔ new text', r.title);
    await vscode.commands.executeCommand('vscode.diff', base, draft, title);
    return r;
  });

  reg('itu.insertMarksFromBase', async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isSource(document)) return false;
    const r = await client.sendRequest(Requests.trackEdits, { uri: document.uri.toString() });
    if (!r || r.version !== document.version) return false;
    if (r.edits.length === 0) {
      void vscode.window.showInformationMessage(r.message ?? vscode.l10n.t('No revision marks to insert.'));
      return false;
    }
    return applyEdits(document, r.edits);
  });
}

/** The output of Word import notes (named in the warning that points to it). */
const WORD_LOG = () => vscode.l10n.t('ITU Word import');

/**
 * The Word commands' code: a bundle of its own beside extension.js (client/out/wordCommands.js), loaded on first use as
 * the synoptic view's is (proposals.ts), so that the bundles loaded at activation stay under 1 MB. From the sources (the
 * tests) it is the module itself.
 */
function wordCommands(): typeof WordCommands {
  const bundled = path.join(__dirname, 'wordCommands.js');
  // A path known at run time only: no import statement can name it (the bundler leaves it alone).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(fs.existsSync(bundled) ? bundled : path.join(__dirname, 'wordCommands')) as typeof WordCommands;
}

/**
 * New contribution's questions: a bundle of its own beside extension.js (client/out/newContribution.js), loaded on first
 * use as the Word commands are (the bundles loaded at activation stay under 1 MB).
 */
function newContributionCode(): typeof NewContribution {
  const bundled = path.join(__dirname, 'newContribution.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(fs.existsSync(bundled) ? bundled : path.join(__dirname, 'newContribution')) as typeof NewContribution;
}

/** Export to Word and import from Word. */
function registerWordCommands(context: vscode.ExtensionContext, reg: Register, client: LanguageClient): void {
  const wordLog = vscode.window.createOutputChannel(WORD_LOG());
  context.subscriptions.push(wordLog);
  const protocol: WordCommands.Protocol = { requests: Requests, settings: CLIENT_SETTINGS };
  reg('itu.exportWord', (uri?: vscode.Uri) => wordCommands().exportWord(client, protocol, uri));
  reg('itu.importWord', (input?: vscode.Uri) => wordCommands().importWord(client, protocol, wordLog, WORD_LOG(), input));
}

/** Applies LSP edits to a document as one undo step. */
function applyEdits(document: vscode.TextDocument, edits: VersionedEdits['edits']): Thenable<boolean> {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  return vscode.workspace.applyEdit(edit);
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
