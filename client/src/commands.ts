// Commands, all under the "ITU" category in the palette.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MODES, type Preview } from './preview';
import { plural } from './words';
import { isSource, Projections } from './projection';
import { openUntitled } from './untitled';
import { CLIENT_SETTINGS, Requests, type NewContribution, type VersionedEdits } from '../../server/src/protocol';
import { withTyped } from './typed';

/**
 * A Word import or export with a notification showing it runs, and Cancel: the request's cancellation
 * reaches the server, which stops the worker doing the work (server/src/word/run.ts).
 */
function withWordProgress<T>(title: string, send: (token: vscode.CancellationToken) => Promise<T | { error: string }>): Thenable<T | { error: string; cancelled?: true }> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    try {
      return await send(token);
    } catch (error) {
      if (token.isCancellationRequested) return { error: vscode.l10n.t('cancelled: nothing written'), cancelled: true as const };
      throw error;
    }
  });
}

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

/** Export to Word and import from Word. */
function registerWordCommands(context: vscode.ExtensionContext, reg: Register, client: LanguageClient): void {
  const wordLog = vscode.window.createOutputChannel(WORD_LOG());
  context.subscriptions.push(wordLog);
  reg('itu.exportWord', (uri?: vscode.Uri) => exportWord(client, uri));
  reg('itu.importWord', (input?: vscode.Uri) => importWord(client, wordLog, input));
}

/** The `itu.word.author` setting: the author of unattributed changes, in export and import alike (review 9, J27). */
const wordAuthor = (uri: vscode.Uri) => vscode.workspace.getConfiguration(undefined, uri).get<string>(CLIENT_SETTINGS.wordAuthor.key, CLIENT_SETTINGS.wordAuthor.default);

/** Exports the file (its open text, unsaved edits included) to a .docx the user names. */
async function exportWord(client: LanguageClient, uri?: vscode.Uri) {
  const source = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!source || source.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export to Word needs an .itu file saved on disk.'));
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: source.with({ path: source.path.replace(/\.itu$/, '') + '.docx' }),
    filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;
  const author = wordAuthor(source);
  const r = await withWordProgress(vscode.l10n.t('Exporting {0} to Word…', path.basename(target.fsPath)), (token) =>
    client.sendRequest(Requests.exportWord, {
      uri: source.toString(), output: target.fsPath, author,
    }, token));
  if ('error' in r) {
    // Cancel is the user's own choice: said as information, not as a failure.
    if ('cancelled' in r) void vscode.window.showInformationMessage(vscode.l10n.t('Export to Word cancelled: nothing written.'));
    else void vscode.window.showErrorMessage(vscode.l10n.t('Export to Word failed: {0}', r.error));
    return r;
  }
  const [revisions, comments, footnotes] = [r.revisions ?? 0, r.comments ?? 0, r.footnotes ?? 0];
  const counts = [
    plural(revisions, vscode.l10n.t('1 tracked change'), vscode.l10n.t('{0} tracked changes', revisions)),
    plural(comments, vscode.l10n.t('1 comment'), vscode.l10n.t('{0} comments', comments)),
    plural(footnotes, vscode.l10n.t('1 footnote'), vscode.l10n.t('{0} footnotes', footnotes)),
  ].join(', ');
  // What Word cannot hold is left out (control characters, U+FFFE, U+FFFF): said, never silently (review5 F4).
  const dropped = r.dropped ?? 0;
  if (dropped > 0) void vscode.window.showWarningMessage(plural(dropped, vscode.l10n.t('1 character Word cannot hold (a control character, U+FFFE or U+FFFF) was left out of the export: run Check to find it.'), vscode.l10n.t('{0} characters Word cannot hold (control characters, U+FFFE, U+FFFF) were left out of the export: run Check to find them.', dropped)));
  const reveal = process.platform === 'darwin' ? vscode.l10n.t('Reveal in Finder') : process.platform === 'win32' ? vscode.l10n.t('Reveal in File Explorer') : vscode.l10n.t('Reveal in folder');
  const open = vscode.l10n.t('Open');
  // A MOD written without marks went out as it is previewed: its changes from the text in force tracked (review 8, I16).
  const fromBase = r.fromBase ?? 0;
  const tracked = fromBase > 0 ? ` ${plural(fromBase, vscode.l10n.t('The MOD written without revision marks went out with its changes from the text in force as tracked changes, as Insert revision marks writes them (the .itu file is unchanged).'), vscode.l10n.t('{0} MODs written without revision marks went out with their changes from the text in force as tracked changes, as Insert revision marks writes them (the .itu file is unchanged).', fromBase))}` : '';
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} ({1}).', path.basename(target.fsPath), counts) + tracked, open, reveal).then((choice) => {
    if (choice === open) void vscode.env.openExternal(target);
    else if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return r;
}

/** Imports a .docx into an untitled .itu document; what was not kept is listed in `wordLog`. */
async function importWord(client: LanguageClient, wordLog: vscode.OutputChannel, input?: vscode.Uri) {
  const picked = input ? [input] : await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word document')]: ['docx'] }, openLabel: vscode.l10n.t('Import') });
  if (!picked?.length) return;
  const r = await withWordProgress(vscode.l10n.t('Importing {0} from Word…', path.basename(picked[0].fsPath)), (token) =>
    client.sendRequest(Requests.importWord, { input: picked[0].fsPath, author: wordAuthor(picked[0]) }, token));
  if ('error' in r) {
    if ('cancelled' in r) void vscode.window.showInformationMessage(vscode.l10n.t('Import from Word cancelled.'));
    else void vscode.window.showErrorMessage(vscode.l10n.t('Import from Word failed: {0}', r.error));
    return r;
  }
  // An untitled document named after the .docx (beside it): Save proposes that name, not the first line.
  const doc = await openUntitled(vscode.Uri.file(picked[0].fsPath.replace(/\.docx$/i, '') + '.itu'), r.text);
  if (r.notes.length) {
    wordLog.clear();
    // Lines of the imported text (the tab that just opened), where the user looks; not Word's paragraph numbers.
    for (const n of r.notes) wordLog.appendLine(n.line !== undefined ? vscode.l10n.t('line {0}: {1}', n.line, n.message) : n.message);
    // A warning only for what was left out or changed; what is only written another way is information (review 7, H15).
    // The warning names what was left out (the first such note), and counts only those notes.
    const lost = r.notes.filter((n) => !n.conversion);
    const show = (s: string | undefined) => s && wordLog.show();
    if (lost.length === 0) {
      const message = r.notes.length === 1
        ? vscode.l10n.t('Imported from Word with nothing left out. How it is written as text: {0}', r.notes[0].message)
        : vscode.l10n.t('Imported from Word with nothing left out; {0} notes on how it is written as text are in the output "{1}".', r.notes.length, WORD_LOG());
      void vscode.window.showInformationMessage(message, vscode.l10n.t('Show')).then(show);
    } else {
      const where = (n: { line?: number }) => (n.line !== undefined ? vscode.l10n.t(' (line {0})', n.line) : '');
      const message = lost.length === 1
        ? vscode.l10n.t('Not kept from the Word file{0}: {1} See the output "{2}".', where(lost[0]), lost[0].message, WORD_LOG())
        : vscode.l10n.t('{0} notes on what was not kept from the Word file, the first{1}: {2} See the output "{3}".', lost.length, where(lost[0]), lost[0].message, WORD_LOG());
      void vscode.window.showWarningMessage(message, vscode.l10n.t('Show')).then(show);
    }
  }
  return { ...r, uri: doc.uri.toString() };
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
