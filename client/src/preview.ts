// The inline tracked-change preview: decorations in the theme's diff colours, fed by the
// server's one parse of each version (the client never parses).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { rtlLabel } from './bidi';
import { CLIENT_SETTINGS, Requests, type MarkInfo, type MarksResult } from '../../server/src/protocol';
import { isSource, PROJECTION_SCHEME, Projections, SOURCE_SELECTOR, type ProjectionKind } from './projection';

export type ViewMode = 'markup' | 'tracked' | 'new' | 'old';
/** The modes in the user's language (a function: VS Code's language is known once the extension runs). */
export const MODES = (): { mode: ViewMode; label: string; detail: string }[] => [
  { mode: 'tracked', label: vscode.l10n.t('Tracked'), detail: vscode.l10n.t('Insertions underlined, deletions struck through, delimiters dimmed') },
  { mode: 'new', label: vscode.l10n.t('New text'), detail: vscode.l10n.t('As if every change were accepted (read-only, in place of the file)') },
  { mode: 'old', label: vscode.l10n.t('Old text'), detail: vscode.l10n.t('As if every change were rejected (read-only, in place of the file)') },
  { mode: 'markup', label: vscode.l10n.t('Markup'), detail: vscode.l10n.t('Plain text, no preview') },
];

type RawRange = MarkInfo['range'];

/** Where Accept / Reject are offered as CodeLens (setting itu.preview.codeLens). */
export type LensPlacement = 'proposal' | 'change' | 'off';


/** Lines painted above and below those an editor shows (preview repaints after each pause in typing read only those). */
const WINDOW_MARGIN = 150;

const toRange = (r: RawRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class Preview implements vscode.CodeLensProvider {
  private mode: ViewMode;
  private readonly cache = new Map<string, MarksResult>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly status: vscode.StatusBarItem;
  private readonly lensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensChanged.event;
  private readonly painted = new vscode.EventEmitter<{ uri: string; version: number; mode: ViewMode }>();
  /** Fires after an editor was repainted (tests wait on it). */
  readonly onDidPaint = this.painted.event;
  /** Projections this preview opened in place of their file: `${viewColumn} ${uri}`. */
  private readonly inPlace = new Set<string>();
  private swapping = Promise.resolve();
  private readonly paintedVersions = new Map<string, number>();
  /** The lines each editor's decorations were last painted for (window), and at which version. */
  private readonly windows = new WeakMap<vscode.TextEditor, { version: number; first: number; last: number }>();
  /** What each editor shows, per decoration type (ranges as a key), so a repaint sends only changes. */
  private readonly shown = new WeakMap<vscode.TextEditor, Partial<Record<string, string>>>();
  private types!: Record<'inserted' | 'deleted' | 'delimiter' | 'comment' | 'highlight' | 'ghost' | 'rtlLabel', vscode.TextEditorDecorationType>;

  constructor(
    private readonly client: LanguageClient,
    context: vscode.ExtensionContext,
    readonly projections: Projections,
  ) {
    const stored = context.workspaceState.get<unknown>('itu.preview.mode');
    this.mode = MODES().find((m) => m.mode === stored)?.mode ?? configuredMode();
    this.createTypes();
    this.status = vscode.window.createStatusBarItem('itu.preview.mode', vscode.StatusBarAlignment.Right, 100);
    this.status.name = vscode.l10n.t('ITU preview mode');
    this.status.command = 'itu.preview.setMode';
    context.subscriptions.push(
      this.status,
      this.lensChanged,
      this.painted,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scrolled(e.textEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(CLIENT_SETTINGS.previewCodeLens.key) && this.lensChanged.fire()),
      vscode.languages.registerCodeLensProvider(SOURCE_SELECTOR, this),
      { dispose: () => Object.values(this.types).forEach((t) => t.dispose()) },
    );
    context.subscriptions.push({ dispose: () => this.pending.forEach((t) => clearTimeout(t)) });
    this.saveMode = (m) => context.workspaceState.update('itu.preview.mode', m);
    this.updateStatus();
    this.refreshVisible();
  }

  private saveMode: (m: ViewMode) => Thenable<void>;

  /** The version of the document last painted (tests wait for the current one). */
  paintedVersion(uri: vscode.Uri): number | undefined {
    return this.paintedVersions.get(uri.toString());
  }

  get currentMode(): ViewMode {
    return this.mode;
  }

  /**
   * Tracked and Markup decorate the file itself. New text and Old text show the projection, a
   * read-only document, in place of each visible file: what is on screen is exactly that text
   * (decorations cannot take characters out of a line, only paint over them).
   */
  async setMode(mode: ViewMode): Promise<void> {
    this.mode = mode;
    await this.saveMode(mode);
    this.updateStatus();
    await this.swap();
    await Promise.all(vscode.window.visibleTextEditors.filter((e) => isSource(e.document)).map((e) => this.paint(e)));
    this.lensChanged.fire();
  }

  /** One swap at a time: a mode change waits for the one before. */
  private swap(): Promise<void> {
    this.swapping = this.swapping.then(() => this.swapNow()).catch((err: unknown) => this.client.outputChannel.appendLine(vscode.l10n.t('ITU preview: switching the view failed: {0}', String(err))));
    return this.swapping;
  }

  private async swapNow(): Promise<void> {
    const kind = projectionKind(this.mode);
    // Files brought back in a projection's place (visibleTextEditors may not list them yet).
    const revealed: vscode.TextEditor[] = [];
    // Projections of another kind (or of none) give way to their file, in the same group.
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        if (!(tab.input instanceof vscode.TabInputText)) continue;
        const key = `${group.viewColumn} ${tab.input.uri.toString()}`;
        const parsed = Projections.parse(tab.input.uri);
        if (!parsed || !this.inPlace.has(key) || parsed.kind === kind) continue;
        this.inPlace.delete(key);
        if (tab.isActive) {
          const source = await vscode.workspace.openTextDocument(parsed.source);
          revealed.push(await vscode.window.showTextDocument(source, { viewColumn: group.viewColumn, preserveFocus: !group.isActive, preview: false }));
        }
        // The tab objects are replaced when a tab changes (it was active): close the current one.
        const current = vscode.window.tabGroups.all.find((g) => g.viewColumn === group.viewColumn)?.tabs
          .find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === (tab.input as vscode.TabInputText).uri.toString());
        if (current) await vscode.window.tabGroups.close(current, true);
      }
    }
    if (!kind) return;
    const seen = new Set<string>();
    for (const editor of [...revealed, ...vscode.window.visibleTextEditors]) {
      const key = `${editor.viewColumn} ${editor.document.uri.toString()}`;
      if (seen.has(key) || !isSource(editor.document)) continue;
      seen.add(key);
      await this.project(editor, kind);
    }
  }

  /** Shows the projection of the editor's file in its place, at the line of its cursor. */
  private async project(editor: vscode.TextEditor, kind: ProjectionKind): Promise<void> {
    const column = editor.viewColumn;
    const uri = this.projections.uriFor(editor.document.uri, kind);
    const key = `${column} ${uri.toString()}`;
    const group = vscode.window.tabGroups.all.find((g) => g.viewColumn === column);
    // The file brought forward while its projection is open beside it in the group: the user wants the file.
    if (this.inPlace.has(key) && group?.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString())) return;
    const at = await this.projections.at(editor.document.uri, kind, editor.selection.active).catch(() => null);
    if (!at) return;
    const doc = await this.projections.document(editor.document.uri, kind);
    const position = at.position ? new vscode.Position(at.position.line, at.position.character) : undefined;
    const focused = vscode.window.activeTextEditor === editor;
    this.inPlace.add(key);
    const shown = await vscode.window.showTextDocument(doc, {
      viewColumn: column,
      preview: false,
      preserveFocus: !focused,
      selection: position ? new vscode.Range(position, position) : undefined,
    });
    if (position) shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private createTypes(): void {
    const color = (id: string) => new vscode.ThemeColor(id);
    this.types = {
      // Own theme colours (package.json "colors"), chosen for contrast in light, dark and high-contrast themes.
      inserted: vscode.window.createTextEditorDecorationType({
        backgroundColor: color('itu.insertedText.background'),
        color: color('itu.insertedText.foreground'),
        textDecoration: 'underline',
        border: '1px solid',
        borderColor: color('itu.insertedText.border'),
      }),
      deleted: vscode.window.createTextEditorDecorationType({
        backgroundColor: color('itu.deletedText.background'),
        color: color('itu.deletedText.foreground'),
        textDecoration: 'line-through',
        border: '1px dashed',
        borderColor: color('itu.deletedText.border'),
      }),
      delimiter: vscode.window.createTextEditorDecorationType({ opacity: '0.35' }),
      comment: vscode.window.createTextEditorDecorationType({
        backgroundColor: color('editorInfo.background'),
        border: '1px dotted',
        borderColor: color('editorInfo.foreground'),
        borderRadius: '3px',
      }),
      highlight: vscode.window.createTextEditorDecorationType({ backgroundColor: color('editor.findMatchHighlightBackground') }),
      // Base text a MOD without marks left out: shown, struck through, where it was (not in the document).
      ghost: vscode.window.createTextEditorDecorationType({}),
      // The label of a right-to-left line as a part of its own, laid out before its text (bidi.ts);
      // any inline style sets it apart, this one changes nothing visible.
      rtlLabel: vscode.window.createTextEditorDecorationType({ fontStyle: 'normal' }),
    };
  }

  private updateStatus(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || (!isSource(editor.document) && editor.document.uri.scheme !== PROJECTION_SCHEME)) {
      this.status.hide();
      return;
    }
    const label = MODES().find((m) => m.mode === this.mode)!.label;
    this.status.text = `$(diff) ${label}`;
    this.status.tooltip = projectionKind(this.mode)
      ? vscode.l10n.t('ITU tracked-change preview: {0} (read-only). Click to switch; Tracked or Markup to edit.', label)
      : vscode.l10n.t('ITU tracked-change preview: click to switch between Tracked, New text, Old text and Markup');
    this.status.show();
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isSource(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      // Painted at this version meanwhile (a visible-editors refresh came first): nothing to send.
      if (this.paintedVersions.get(key) === document.version) return this.lensChanged.fire();
      for (const e of vscode.window.visibleTextEditors) if (e.document === document) void this.paint(e);
      this.lensChanged.fire();
    }, 120));
  }

  private refreshVisible(): void {
    const kind = projectionKind(this.mode);
    for (const e of vscode.window.visibleTextEditors) {
      if (!isSource(e.document)) continue;
      // A file opened while New or Old text is on shows that text too.
      if (kind) void this.swap();
      void this.paint(e);
    }
    this.updateStatus();
  }

  /**
   * The server's marks of the document's current version: every mark, or (`lines`) those of a span of lines, which is
   * what a repaint asks (a document of thousands of marks is not sent whole after every keystroke); the proposals'
   * counts are the whole document's either way.
   */
  async marks(document: vscode.TextDocument, lines?: { first: number; last: number }): Promise<MarksResult | undefined> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    const covers = (r: MarksResult) => !r.range || (lines !== undefined && r.range.start.line <= lines.first && lines.last < r.range.end.line);
    if (cached && cached.version === document.version && covers(cached)) return cached;
    const range = lines && { start: { line: lines.first, character: 0 }, end: { line: lines.last + 1, character: 0 } };
    // The marks held are named to the server: where they still stand (its "unchanged"), they are this version's too, and
    // the server does not send them again (a window of a 100 KB contribution: 43 KB after each keystroke).
    const previousResultId = cached?.resultId;
    const reply = await this.client.sendRequest(Requests.marks, { uri: key, ...(range ? { range } : {}), ...(previousResultId ? { previousResultId } : {}) });
    if (!reply) return undefined;
    const result: MarksResult | undefined = 'unchanged' in reply ? (cached?.resultId === reply.resultId ? { ...cached, version: reply.version } : undefined) : reply;
    if (!result) return undefined;
    // Kept unless it would replace every mark of this version by a part of them.
    if (!(cached && cached.version === result.version && !cached.range && result.range)) this.cache.set(key, result);
    return result;
  }

  /** The lines a repaint of `editor` asks marks for: those it shows, and WINDOW_MARGIN lines on each side. */
  private window(editor: vscode.TextEditor): { first: number; last: number } {
    const shown = editor.visibleRanges;
    const first = shown.length ? shown[0].start.line : 0;
    const last = shown.length ? shown[shown.length - 1].end.line : 0;
    return { first: Math.max(0, first - WINDOW_MARGIN), last: Math.min(editor.document.lineCount - 1, last + WINDOW_MARGIN) };
  }

  /**
   * Scrolled beyond the lines last painted (less than a screen of margin left): painted again, in every mode that paints
   * the file (Markup too: the labels of right-to-left lines are decorations).
   */
  private scrolled(editor: vscode.TextEditor): void {
    if (!isSource(editor.document)) return;
    const painted = this.windows.get(editor);
    const shown = editor.visibleRanges;
    if (!painted || painted.version !== editor.document.version || !shown.length) return;
    const first = shown[0].start.line;
    const last = shown[shown.length - 1].end.line;
    const slack = Math.min(WINDOW_MARGIN >> 1, 100);
    if ((painted.first > 0 && first - slack < painted.first) || (painted.last < editor.document.lineCount - 1 && last + slack > painted.last)) void this.paint(editor);
  }

  async paint(editor: vscode.TextEditor): Promise<void> {
    if (!isSource(editor.document)) return;
    const version = editor.document.version;
    const mode = this.mode;
    const sets: Record<keyof Preview['types'], vscode.DecorationOptions[]> = {
      inserted: [], deleted: [], delimiter: [], comment: [], highlight: [], ghost: [], rtlLabel: [],
    };
    // The lines shown and a margin: a repaint after a keystroke reads and sends those, not the whole document.
    const lines = this.window(editor);
    // In every mode: the labels of right-to-left lines stay before their text.
    const document = editor.document;
    for (let line = lines.first; line <= lines.last; line++) {
      const label = rtlLabel(document.lineAt(line).text);
      if (label) sets.rtlLabel.push({ range: new vscode.Range(line, label[0], line, label[1]) });
    }
    // Only Tracked decorates: Markup is the plain text, New and Old text are shown as projections
    // (a file seen in those modes, brought forward by hand, is plain text too).
    if (mode === 'tracked') {
      const result = await this.marks(editor.document, lines).catch(() => undefined);
      if (!result || editor.document.version !== version || this.mode !== mode) return;
      for (const m of result.marks) {
        const hover = hoverFor(m);
        const delimiters = m.delimiters.map((r) => ({ range: toRange(r) }));
        if (m.kind === 'comment') {
          sets.comment.push({ range: toRange(m.commentRange ?? m.range) });
          sets.delimiter.push(...delimiters);
          continue;
        }
        if (m.virtual) {
          if (m.kind === 'insertion' && m.newRange) sets.inserted.push({ range: toRange(m.newRange), hoverMessage: hover });
          if (m.kind === 'deletion' && m.oldText) sets.ghost.push(ghost(m));
          continue;
        }
        if (m.kind === 'highlight') {
          if (m.newRange) sets.highlight.push({ range: toRange(m.newRange) });
          sets.delimiter.push(...delimiters);
          continue;
        }
        // The server's hover explains the marks in the file; the decorations add none of their own.
        if (m.newRange) sets.inserted.push({ range: toRange(m.newRange) });
        if (m.oldRange) sets.deleted.push({ range: toRange(m.oldRange) });
        sets.delimiter.push(...delimiters);
      }
    }
    // The editor may have gone while the marks were asked for (a mode switch replaced it):
    // decorating a disposed editor only earns a warning in the extension host's log.
    if (!vscode.window.visibleTextEditors.includes(editor)) return;
    // Only what changed is sent: an editor switched or closed meanwhile is then rarely touched.
    const shown = this.shown.get(editor) ?? {};
    for (const [name, type] of Object.entries(this.types) as [keyof Preview['types'], vscode.TextEditorDecorationType][]) {
      const key = JSON.stringify(sets[name].map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.renderOptions?.before?.contentText]));
      if ((shown[name] ?? '[]') === key) continue;
      editor.setDecorations(type, sets[name]);
      shown[name] = key;
    }
    this.shown.set(editor, shown);
    this.windows.set(editor, { version, ...lines });
    this.paintedVersions.set(editor.document.uri.toString(), version);
    this.painted.fire({ uri: editor.document.uri.toString(), version, mode });
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const placement = lensPlacement(document);
    if (this.mode !== 'tracked' || placement === 'off') return [];
    // Per proposal, the counts alone (a range of no line: no mark is sent); per change, every mark.
    const result = await (placement === 'proposal' ? this.marks(document, { first: 0, last: -1 }) : this.marks(document)).catch(() => undefined);
    if (!result) return [];
    return placement === 'proposal' ? proposalLenses(document, result) : changeLenses(document, result);
  }
}

/** One row per proposal with changes, on its header line: accept or reject them all, or write the marks in. */
function proposalLenses(document: vscode.TextDocument, result: MarksResult): vscode.CodeLens[] {
  const lenses: vscode.CodeLens[] = [];
  for (const p of result.proposals) {
    const range = toRange(p.range);
    if (p.marks > 0) {
      lenses.push(
        new vscode.CodeLens(range, { title: p.marks === 1 ? vscode.l10n.t('Accept 1 change') : vscode.l10n.t('Accept {0} changes', p.marks), command: 'itu.acceptProposal', arguments: [document.uri, range.start] }),
        new vscode.CodeLens(range, { title: vscode.l10n.t('Reject all'), command: 'itu.rejectProposal', arguments: [document.uri, range.start] }),
      );
    }
    if (p.unmarked > 0) {
      lenses.push(new vscode.CodeLens(range, {
        title: p.unmarked === 1 ? vscode.l10n.t('1 change without marks: insert revision marks') : vscode.l10n.t('{0} changes without marks: insert revision marks', p.unmarked),
        command: 'itu.insertMarksFromBase',
        arguments: [document.uri],
      }));
    }
  }
  return lenses;
}

/** A pair of lenses above each change (the former default, setting itu.preview.codeLens = "change"). */
function changeLenses(document: vscode.TextDocument, result: MarksResult): vscode.CodeLens[] {
  const lenses: vscode.CodeLens[] = [];
  // A deletion right before an insertion is one replacement: one pair of lenses for both.
  const marks = result.marks.filter((m) => m.kind !== 'comment' && m.kind !== 'highlight' && !m.virtual);
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    let range = toRange(m.range);
    let accept = m.kind === 'insertion' ? vscode.l10n.t('Accept insertion') : m.kind === 'deletion' ? vscode.l10n.t('Accept deletion') : vscode.l10n.t('Accept change');
    const next = marks[i + 1];
    if (m.kind === 'deletion' && next?.kind === 'insertion' && toRange(next.range).start.isEqual(range.end)) {
      range = range.union(toRange(next.range));
      accept = vscode.l10n.t('Accept change');
      i++;
    }
    lenses.push(
      new vscode.CodeLens(range, { title: accept, command: 'itu.acceptChange', arguments: [document.uri, range] }),
      new vscode.CodeLens(range, { title: vscode.l10n.t('Reject'), command: 'itu.rejectChange', arguments: [document.uri, range] }),
    );
  }
  return lenses;
}

/** The singular message for one, else the plural one (each written out, so that each can be translated). */
function projectionKind(mode: ViewMode): ProjectionKind | undefined {
  return mode === 'new' || mode === 'old' ? mode : undefined;
}

function lensPlacement(document: vscode.TextDocument): LensPlacement {
  const v = vscode.workspace.getConfiguration(undefined, document).get<unknown>(CLIENT_SETTINGS.previewCodeLens.key, CLIENT_SETTINGS.previewCodeLens.default);
  if (v === false || v === 'off') return 'off';
  return v === 'change' ? 'change' : 'proposal';
}

function ghost(m: MarkInfo): vscode.DecorationOptions {
  return {
    range: toRange(m.range),
    hoverMessage: new vscode.MarkdownString(vscode.l10n.t('**Not in the draft** (base text, no revision mark)') + '\n\n').appendText(m.oldText ?? ''),
    renderOptions: {
      before: {
        contentText: (m.oldText ?? '').replace(/\n/g, ' ¶ '),
        textDecoration: 'line-through',
        backgroundColor: new vscode.ThemeColor('itu.deletedText.background'),
        color: new vscode.ThemeColor('itu.deletedText.foreground'),
      },
    },
  };
}

/** The hover of a change the comparison with the base found (the file has no mark there for the server to explain). */
function hoverFor(m: MarkInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  if (m.kind === 'insertion') md.appendMarkdown(vscode.l10n.t('**Not in the base text** (no revision mark)') + '\n\n').appendText(m.newText ?? '');
  else if (m.kind === 'deletion') md.appendMarkdown(vscode.l10n.t('**Left out of the base text** (no revision mark)') + '\n\n').appendText(m.oldText ?? '');
  return md;
}

function configuredMode(): ViewMode {
  const m = vscode.workspace.getConfiguration().get<string>(CLIENT_SETTINGS.previewDefaultMode.key, CLIENT_SETTINGS.previewDefaultMode.default);
  return (MODES().some((x) => x.mode === m) ? m : 'tracked') as ViewMode;
}
