// The inline tracked-change preview: decorations in the theme's diff colours, fed by the
// server's one parse of each version (the client never parses).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export type ViewMode = 'markup' | 'tracked' | 'new' | 'old';
export const MODES: { mode: ViewMode; label: string; detail: string }[] = [
  { mode: 'tracked', label: 'Tracked', detail: 'Insertions underlined, deletions struck through, delimiters dimmed' },
  { mode: 'new', label: 'New text', detail: 'As if every change were accepted' },
  { mode: 'old', label: 'Old text', detail: 'As if every change were rejected' },
  { mode: 'markup', label: 'Markup', detail: 'Plain text, no preview' },
];

interface RawRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface MarkInfo {
  kind: 'insertion' | 'deletion' | 'substitution' | 'comment' | 'highlight';
  range: RawRange;
  oldRange?: RawRange;
  newRange?: RawRange;
  commentRange?: RawRange;
  delimiters: RawRange[];
  author?: string;
  oldText?: string;
  newText?: string;
  comment?: string;
  /** From the base comparison of a MOD written without marks: not in the document. */
  virtual?: boolean;
}

interface MarksResult {
  version: number;
  marks: MarkInfo[];
}

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
  private types!: Record<'inserted' | 'deleted' | 'delimiter' | 'comment' | 'highlight' | 'faded' | 'hidden' | 'ghost', vscode.TextEditorDecorationType>;

  constructor(
    private readonly client: LanguageClient,
    context: vscode.ExtensionContext,
  ) {
    const stored = context.workspaceState.get<unknown>('itu.preview.mode');
    this.mode = MODES.find((m) => m.mode === stored)?.mode ?? configuredMode();
    this.createTypes();
    this.status = vscode.window.createStatusBarItem('itu.preview.mode', vscode.StatusBarAlignment.Right, 100);
    this.status.name = 'ITU preview mode';
    this.status.command = 'itu.preview.setMode';
    context.subscriptions.push(
      this.status,
      this.lensChanged,
      this.painted,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.languages.registerCodeLensProvider({ language: 'itu' }, this),
      { dispose: () => Object.values(this.types).forEach((t) => t.dispose()) },
    );
    context.subscriptions.push({ dispose: () => this.pending.forEach((t) => clearTimeout(t)) });
    this.saveMode = (m) => context.workspaceState.update('itu.preview.mode', m);
    this.updateStatus();
    this.refreshVisible();
  }

  private saveMode: (m: ViewMode) => Thenable<void>;

  get currentMode(): ViewMode {
    return this.mode;
  }

  async setMode(mode: ViewMode): Promise<void> {
    this.mode = mode;
    await this.saveMode(mode);
    this.updateStatus();
    await Promise.all(vscode.window.visibleTextEditors.filter(isItu).map((e) => this.paint(e)));
    this.lensChanged.fire();
  }

  private createTypes(): void {
    const inserted = new vscode.ThemeColor('diffEditor.insertedTextBackground');
    const removed = new vscode.ThemeColor('diffEditor.removedTextBackground');
    this.types = {
      inserted: vscode.window.createTextEditorDecorationType({ backgroundColor: inserted, textDecoration: 'underline' }),
      deleted: vscode.window.createTextEditorDecorationType({ backgroundColor: removed, textDecoration: 'line-through' }),
      delimiter: vscode.window.createTextEditorDecorationType({ opacity: '0.35' }),
      faded: vscode.window.createTextEditorDecorationType({ opacity: '0.12' }),
      // New/Old text: delimiters as hidden as decorations allow (transparent and squeezed); the
      // characters stay in the text, so the cursor still steps over them.
      hidden: vscode.window.createTextEditorDecorationType({ opacity: '0', letterSpacing: '-0.5em' }),
      comment: vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('editorInfo.background'),
        border: '1px dotted',
        borderColor: new vscode.ThemeColor('editorInfo.foreground'),
        borderRadius: '3px',
      }),
      highlight: vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground') }),
      // Base text a MOD without marks left out: shown, struck through, where it was (not in the document).
      ghost: vscode.window.createTextEditorDecorationType({}),
    };
  }

  private updateStatus(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isItu(editor)) {
      this.status.hide();
      return;
    }
    const label = MODES.find((m) => m.mode === this.mode)!.label;
    this.status.text = `$(diff) ${label}`;
    this.status.tooltip = 'ITU tracked-change preview: click to switch between Tracked, New text, Old text and Markup';
    this.status.show();
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'itu') return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      for (const e of vscode.window.visibleTextEditors) if (e.document === document) void this.paint(e);
      this.lensChanged.fire();
    }, 120));
  }

  private refreshVisible(): void {
    for (const e of vscode.window.visibleTextEditors) if (isItu(e)) void this.paint(e);
    this.updateStatus();
  }

  async marks(document: vscode.TextDocument): Promise<MarksResult | undefined> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached;
    const result = await this.client.sendRequest<MarksResult | null>('itu/marks', { uri: key });
    if (!result) return undefined;
    this.cache.set(key, result);
    return result;
  }

  async paint(editor: vscode.TextEditor): Promise<void> {
    const version = editor.document.version;
    const result = await this.marks(editor.document).catch(() => undefined);
    if (!result || editor.document.version !== version) return;
    const sets: Record<keyof Preview['types'], vscode.DecorationOptions[]> = {
      inserted: [], deleted: [], delimiter: [], faded: [], hidden: [], comment: [], highlight: [], ghost: [],
    };
    if (this.mode !== 'markup') {
      for (const m of result.marks) {
        const hover = hoverFor(m);
        const ins = m.newRange && m.kind !== 'highlight' ? { range: toRange(m.newRange), hoverMessage: hover } : undefined;
        const del = m.oldRange ? { range: toRange(m.oldRange), hoverMessage: hover } : undefined;
        const delimiters = m.delimiters.map((r) => ({ range: toRange(r) }));
        if (m.kind === 'comment') {
          sets.comment.push({ range: toRange(m.commentRange ?? m.range), hoverMessage: hover });
          sets.delimiter.push(...delimiters);
          continue;
        }
        if (m.virtual) {
          if (m.kind === 'insertion' && m.newRange) (this.mode === 'old' ? sets.faded : this.mode === 'tracked' ? sets.inserted : []).push({ range: toRange(m.newRange), hoverMessage: hover });
          if (m.kind === 'deletion' && m.oldText && this.mode !== 'new') sets.ghost.push(ghost(m, this.mode === 'tracked'));
          continue;
        }
        if (m.kind === 'highlight') {
          if (m.newRange) sets.highlight.push({ range: toRange(m.newRange) });
          sets.delimiter.push(...delimiters);
          continue;
        }
        if (this.mode === 'tracked') {
          if (ins) sets.inserted.push(ins);
          if (del) sets.deleted.push(del);
          sets.delimiter.push(...delimiters);
        } else if (this.mode === 'new') {
          if (del) sets.faded.push(del);
          sets.hidden.push(...delimiters);
        } else {
          if (ins) sets.faded.push(ins);
          sets.hidden.push(...delimiters);
        }
      }
    }
    for (const [name, type] of Object.entries(this.types) as [keyof Preview['types'], vscode.TextEditorDecorationType][]) {
      editor.setDecorations(type, sets[name]);
    }
    this.painted.fire({ uri: editor.document.uri.toString(), version, mode: this.mode });
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (this.mode === 'markup' || !vscode.workspace.getConfiguration('itu', document).get<boolean>('preview.codeLens', true)) return [];
    const result = await this.marks(document).catch(() => undefined);
    if (!result) return [];
    const lenses: vscode.CodeLens[] = [];
    // A deletion right before an insertion is one replacement: one pair of lenses for both.
    const marks = result.marks.filter((m) => m.kind !== 'comment' && m.kind !== 'highlight' && !m.virtual);
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i];
      let range = toRange(m.range);
      let what = m.kind === 'insertion' ? 'insertion' : m.kind === 'deletion' ? 'deletion' : 'change';
      const next = marks[i + 1];
      if (m.kind === 'deletion' && next?.kind === 'insertion' && toRange(next.range).start.isEqual(range.end)) {
        range = range.union(toRange(next.range));
        what = 'change';
        i++;
      }
      lenses.push(
        new vscode.CodeLens(range, { title: `Accept ${what}`, command: 'itu.acceptChange', arguments: [document.uri, range] }),
        new vscode.CodeLens(range, { title: 'Reject', command: 'itu.rejectChange', arguments: [document.uri, range] }),
      );
    }
    return lenses;
  }
}

function ghost(m: MarkInfo, struck: boolean): vscode.DecorationOptions {
  return {
    range: toRange(m.range),
    hoverMessage: new vscode.MarkdownString('**Not in the draft** (base text, no revision mark)\n\n').appendText(m.oldText ?? ''),
    renderOptions: {
      before: {
        contentText: (m.oldText ?? '').replace(/\n/g, ' ¶ '),
        textDecoration: struck ? 'line-through' : 'none',
        backgroundColor: struck ? new vscode.ThemeColor('diffEditor.removedTextBackground') : undefined,
        color: new vscode.ThemeColor('editor.foreground'),
      },
    },
  };
}

function hoverFor(m: MarkInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const by = m.author ? ` by ${m.author}` : '';
  if (m.kind === 'comment') md.appendMarkdown(`**Comment**\n\n`).appendText(m.comment ?? '');
  else if (m.kind === 'insertion') md.appendMarkdown(`**Inserted${by}**\n\n`).appendText(m.newText ?? '');
  else if (m.kind === 'deletion') md.appendMarkdown(`**Deleted${by}**\n\n`).appendText(m.oldText ?? '');
  else if (m.kind === 'substitution') md.appendMarkdown(`**Changed${by}**\n\n`).appendText(`${m.oldText ?? ''} → ${m.newText ?? ''}`);
  return md;
}

function isItu(editor: vscode.TextEditor): boolean {
  return editor.document.languageId === 'itu';
}

function configuredMode(): ViewMode {
  const m = vscode.workspace.getConfiguration('itu').get<string>('preview.defaultMode', 'tracked');
  return (MODES.some((x) => x.mode === m) ? m : 'tracked') as ViewMode;
}
