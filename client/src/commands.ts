// Commands, all under the "ITU" category in the palette.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MODES, type Preview } from './preview';
import { isSource, Projections } from './projection';
import { openUntitled } from './untitled';
import { CLIENT_SETTINGS, Requests, type NewContribution, type VersionedEdits } from '../../server/src/protocol';
import { withTyped } from './typed';
import type * as WordCommands from './wordCommands';

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
  reg('itu.newContribution', (answers?: Partial<NewContributionAnswers>) => newContribution(client, answers));
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

/**
 * A pick list that also accepts what is typed (withTyped): the typed text is the first item, "use as typed".
 * Undefined when the user cancels.
 */
function pickOrType(items: vscode.QuickPickItem[], options: { title: string; placeHolder: string }): Promise<vscode.QuickPickItem | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem>();
  qp.title = options.title;
  qp.placeholder = options.placeHolder;
  qp.items = items;
  const asTyped = vscode.l10n.t('as typed');
  return new Promise((resolve) => {
    let chosen: vscode.QuickPickItem | undefined;
    qp.onDidChangeValue((value) => {
      qp.items = withTyped(items, value, (label) => ({ label, description: asTyped, alwaysShow: true }));
    });
    qp.onDidAccept(() => {
      chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(chosen);
    });
    qp.show();
  });
}

/** What New contribution asks for (the server's skeleton takes the same). */
type NewContributionAnswers = Required<Omit<NewContribution, 'addendum'>> & Pick<NewContribution, 'addendum'>;


/**
 * Asks for the meeting, the document, who submits it and what it amends, and opens the
 * contribution's skeleton (an untitled file named after its proposal ids) with a MOD per text
 * in force, started from the base text found in the workspace. Answers given as the argument
 * are not asked for (tests, keybindings).
 */
async function newContribution(client: LanguageClient, given: Partial<NewContributionAnswers> = {}): Promise<vscode.TextDocument | undefined> {
  const a = { ...given };
  const newResolution = vscode.l10n.t('A draft new Resolution (ADD)');
  const other = vscode.l10n.t('Other…');
  if (a.meeting === undefined) {
    const meetings = await client.sendRequest(Requests.meetings);
    // What is typed is offered as the meeting itself (the meeting being prepared is often not yet in the
    // list of past ones), and "Other…" stays visible whatever is typed.
    const pick = await pickOrType([...meetings.map((label) => ({ label })), { label: other, detail: vscode.l10n.t('type the meeting'), alwaysShow: true }], {
      title: vscode.l10n.t('New contribution (1/6): meeting'), placeHolder: vscode.l10n.t('The assembly or conference, or type it (e.g. PP-26, Doha, 2026)'),
    });
    if (!pick) return;
    a.meeting = pick.label === other
      ? await vscode.window.showInputBox({ title: vscode.l10n.t('New contribution: meeting'), prompt: vscode.l10n.t('e.g. WTSA-24, New Delhi, 15-24 October 2024') })
      : pick.label;
    if (!a.meeting) return;
  }
  const ask = async (key: 'document' | 'source' | 'proposals', title: string, prompt: string, check: (v: string) => string | undefined) => {
    if (a[key] !== undefined) return true;
    a[key] = await vscode.window.showInputBox({ title, prompt, validateInput: (v) => check(v.trim()) });
    a[key] = a[key]?.trim();
    return !!a[key];
  };
  const number = (v: string) => (/^\d+$/.test(v) ? undefined : vscode.l10n.t('A number, e.g. 42'));
  if (!(await ask('document', vscode.l10n.t('New contribution (2/6): document'), vscode.l10n.t('Document number, e.g. 42'), number))) return;
  // A contribution that is no addendum (TSAG, study groups) has none: an empty answer is no addendum, Escape cancels.
  if (a.addendum === undefined) {
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('New contribution (3/6): addendum'),
      prompt: vscode.l10n.t('Addendum number, e.g. 25 (proposal ids read SOURCE/42A25/n); leave empty if the contribution is no addendum (ids SOURCE/42/n)'),
      validateInput: (v) => (v.trim() === '' ? undefined : number(v.trim())),
    });
    if (answer === undefined) return;
    a.addendum = answer.trim() || undefined;
  }
  if (!(await ask('source', vscode.l10n.t('New contribution (4/6): source'), vscode.l10n.t('Who submits it, e.g. African Telecommunication Union Administrations'),
    (v) => (v ? undefined : vscode.l10n.t('Required'))))) return;
  if (!(await ask('proposals', vscode.l10n.t('New contribution (5/6): proposals'), vscode.l10n.t('The code used in proposal ids, e.g. AFCP'),
    (v) => (/^[A-Za-z][\w-]*$/.test(v) ? undefined : vscode.l10n.t('Letters (and digits), e.g. AFCP'))))) return;
  if (a.targets === undefined) {
    const bases = await client.sendRequest(Requests.baseTexts);
    const items: (vscode.QuickPickItem & { numberLine?: string })[] = bases.map((b) => ({
      label: b.numberLine, description: b.title, detail: vscode.workspace.asRelativePath(vscode.Uri.parse(b.location)), numberLine: b.numberLine,
    }));
    items.push({ label: newResolution });
    const picks = await pickMany(items, {
      title: vscode.l10n.t('New contribution (6/6): texts to amend'), placeHolder: vscode.l10n.t('Texts in force found in the workspace: each becomes a MOD started from it'),
    });
    if (!picks) return;
    a.targets = picks.filter((p) => p.numberLine).map((p) => p.numberLine!);
    a.newTexts = picks.some((p) => p.label === newResolution) ? [vscode.l10n.t('Title of the draft new Resolution')] : [];
  }
  const text = await client.sendRequest(Requests.newContribution, a);
  if (text === null) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${a.proposals}-${a.document}${a.addendum ? `A${a.addendum}` : ''}.itu`;
  return openUntitled(folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name), text);
}

/**
 * A quick pick of several items where Enter with none ticked takes the highlighted one, or the one item
 * the typed text leaves: a VS Code user filters to one item (`5.446A`) and presses Enter, and
 * `showQuickPick({ canPickMany })` would answer with nothing. Undefined when it is closed without an answer.
 */
function pickMany<T extends vscode.QuickPickItem>(items: T[], options: { title: string; placeHolder: string }): Promise<readonly T[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    Object.assign(pick, { title: options.title, placeholder: options.placeHolder, canSelectMany: true, items });
    let answered = false;
    pick.onDidAccept(() => {
      // Ticked items; else the highlighted one; else, typed text that leaves one item, that item. Typed
      // text that leaves several is not an answer: the picker stays, with a hint.
      const typed = pick.value.trim().toLowerCase();
      const shown = typed ? items.filter((i) => i.label.toLowerCase().includes(typed)) : [];
      const answer = pick.selectedItems.length ? pick.selectedItems : pick.activeItems.length ? pick.activeItems : shown.length === 1 || !typed ? shown : undefined;
      if (!answer) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Tick the texts to amend (Space, or click their boxes), then press Enter.'));
        return;
      }
      answered = true;
      resolve(answer);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!answered) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
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
