// The synoptic view (issue 12): the text in force and every proposal's version side by side, one
// table row per paragraph, beside the base text's editor. The table follows that editor as it
// scrolls (the row of the first line the user reads comes to the top: below the sticky scroll
// header, see sticky.ts), and a click on a row shows the
// paragraph in the editor. Changes are shown as in the tracked preview (insertions underlined,
// deletions struck through); rows are tinted by status (conflict, combined, agreed).
import * as vscode from 'vscode';
import type { Message, Synoptic, TargetParams } from '../../server/src/protocol';
import { plural, statusName } from './words';
import { scopesFromFolding, scopesFromOutline, stickyHeader, wrappedRows, type StickyScope } from './sticky';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

// The table's style (kept out of the page's text: the activation bundles are counted to the byte).
// Lines wrap at spaces: each column is at least 16em wide (a long word fits), the table as wide as its columns
// need, and the view scrolls sideways when they do not fit the pane (review 5, F27: a fixed layout squeezed five
// columns into the pane and cut words anywhere, "RESOLUTIO / N 50"). A token longer than its column (a URL) is
// still broken rather than widen the column without bound.
// Insertions and deletions take the preview's own colours (itu.insertedText.*, itu.deletedText.*: 4.5:1 in every
// default theme, borders in high contrast), and the rows' tints are theme colours: the fixed tints and the Git
// decoration colours left a deletion at 2.1:1 on a conflict row in Dark Modern. A replaced wording (`del + ins`)
// keeps a gap between the words struck and those inserted (`2014 Baku`, not `2014Baku`). A webview's variable
// for a colour replaces the first dot of its id only: `--vscode-itu-insertedText.foreground`, its dot escaped.
export function synopticHtml(s: Synoptic, nonce: string): string {
  const head = [vscode.l10n.t('Text in force'), ...s.proposals.map((p) => `${p.party} (${p.id})`)].map((h) => `<th>${escape(h)}</th>`).join('') + `<th class="status">${escape(vscode.l10n.t('Status'))}</th>`;
  const rows = s.rows.map((r) => {
    const cells = r.cells.map((pieces) => `<td>${pieces.map((x) => (x.kind === 'equal' ? escape(x.text) : `<${x.kind === 'insert' ? 'ins' : 'del'}>${escape(x.text)}</${x.kind === 'insert' ? 'ins' : 'del'}>`)).join('')}</td>`);
    const line = r.line === undefined ? '' : ` data-line="${r.line}"`;
    return `<tr class="${r.status}"${line}><td>${r.base === null ? '' : escape(r.base)}</td>${cells.join('')}<td class="status">${escape(statusName(r.status))}</td></tr>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); color: var(--vscode-editor-foreground); }
table { border-collapse: collapse; min-width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border); padding: 4px 6px; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 2; min-width: 16em; }
th.status, td.status { min-width: 0; white-space: nowrap; }
th { position: sticky; top: 0; background: var(--vscode-editor-background); text-align: left; }
tr[data-line] { cursor: pointer; }
ins { color: var(--vscode-itu-insertedText\\.foreground); background: var(--vscode-itu-insertedText\\.background); outline: 1px solid var(--vscode-itu-insertedText\\.border); text-decoration: underline; }
del { color: var(--vscode-itu-deletedText\\.foreground); background: var(--vscode-itu-deletedText\\.background); outline: 1px solid var(--vscode-itu-deletedText\\.border); text-decoration: line-through; }
del + ins { margin-left: 0.4em; }
tr.conflict td { background: var(--vscode-inputValidation-warningBackground); }
tr.combined td { background: var(--vscode-inputValidation-infoBackground); }
tr.agreed td { background: var(--vscode-diffEditor-insertedLineBackground); }
tr.current td:first-child { box-shadow: inset 3px 0 var(--vscode-focusBorder); }
</style></head><body>
<h3>${escape(s.target)}: ${escape(plural(s.proposals.length, vscode.l10n.t('1 proposal'), vscode.l10n.t('{0} proposals', s.proposals.length)))}</h3>
<table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const rows = [...document.querySelectorAll('tr[data-line]')];
const header = document.querySelector('th');
// The row of the last base paragraph at or above the editor's first visible line.
function rowAt(line) {
  let found = rows[0];
  for (const r of rows) { if (Number(r.dataset.line) <= line) found = r; else break; }
  return found;
}
let current;
// The words of the table's cells that wrap inside themselves (their text on more than one line), and the
// table's width against the view's: asked by the tests (SynopticView.measure).
function layout() {
  let broken = 0;
  const samples = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.querySelector('table'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A line may break after a hyphen (\`e-\` / \`mails\`), as in any text: each part is a word here.
    for (const m of node.data.matchAll(/[^\\s-]+-*|-+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1 && broken++ < 10) samples.push(m[0]);
    }
  }
  const widths = [...document.querySelectorAll('th')].map((th) => th.getBoundingClientRect().width);
  return { type: 'layout', broken, samples, tableWidth: document.querySelector('table').getBoundingClientRect().width, viewWidth: document.documentElement.clientWidth, columnWidths: widths };
}
window.addEventListener('message', (e) => {
  if (e.data?.type === 'measure') return void vscode.postMessage(layout());
  if (e.data?.type !== 'scrollTo' || !rows.length) return;
  const row = rowAt(e.data.line);
  current?.classList.remove('current');
  current = row;
  row.classList.add('current');
  // The headings stick to the top: the row goes just below them.
  window.scrollTo(0, window.scrollY + row.getBoundingClientRect().top - header.offsetHeight);
  // Says which row stands at the top now, read from the layout (the tests wait for it).
  requestAnimationFrame(() => {
    const y = Math.max(header.getBoundingClientRect().bottom, header.offsetHeight) + 1;
    const top = rows.find((r) => r.getBoundingClientRect().bottom > y);
    vscode.postMessage({ type: 'scrolled', line: Number(top?.dataset.line ?? -1) });
  });
});
vscode.postMessage({ type: 'ready' });
document.addEventListener('click', (e) => {
  const row = e.target.closest?.('tr[data-line]');
  if (row) vscode.postMessage({ type: 'reveal', line: Number(row.dataset.line) });
});
</script>
</body></html>`;
}

/** How the table is laid out in its view, as the webview measures it (for the tests). */
export interface SynopticLayout {
  /** Words of the cells whose text wraps inside them (on more than one line), and the first ten of them. */
  broken: number;
  samples: string[];
  tableWidth: number;
  viewWidth: number;
  /** Each column's width in CSS pixels, the text in force first, the status last. */
  columnWidths: number[];
}

/** An open synoptic view: its panel, and the base line of the row it last brought to its top. */
export interface SynopticView {
  panel: vscode.WebviewPanel;
  baseUri?: vscode.Uri;
  onDidScroll: vscode.Event<number>;
  /** The table's layout as the webview has it now. */
  measure: () => Promise<SynopticLayout>;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

/**
 * `ask` sends the synoptic request (Requests.synoptic) through the client: the request type is the activation bundle's.
 * This code is a bundle of its own, loaded on first use (client/src/proposals.ts synoptic()): a request type made here
 * would be of its own copy of the protocol library, which the client's connection does not know ("Unknown parameter
 * structure auto"), and would bring that library in again.
 */
export async function showSynoptic(ask: (params: TargetParams) => Promise<Synoptic | Message | null>, target: string): Promise<SynopticView | undefined> {
  const r = await ask({ target });
  if (!r) return undefined;
  if ('message' in r) return void vscode.window.showWarningMessage(r.message);
  // The text in force on the left, the table beside it.
  const baseUri = r.baseUri ? vscode.Uri.parse(r.baseUri) : undefined;
  if (baseUri) await vscode.window.showTextDocument(baseUri, { viewColumn: vscode.ViewColumn.One, preview: false });
  const panel = vscode.window.createWebviewPanel('itu.synoptic', vscode.l10n.t('Synoptic: {0}', r.target), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
  panel.webview.html = synopticHtml(r, nonce());
  const scrolled = new vscode.EventEmitter<number>();
  const measured = new vscode.EventEmitter<SynopticLayout>();
  const isBase = (e: vscode.TextEditor) => baseUri !== undefined && e.document.uri.toString() === baseUri.toString();
  const scopes = stickyScopes();
  let followed = 0;
  const follow = async (e: vscode.TextEditor, ranges: readonly vscode.Range[]) => {
    if (!isBase(e) || !ranges.length) return;
    const asked = ++followed;
    const line = await firstReadLine(e, ranges, scopes);
    // A later scroll has been asked for while this one waited on the outline.
    if (asked === followed) void panel.webview.postMessage({ type: 'scrollTo', line });
  };
  const subscriptions = [
    scrolled,
    measured,
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => void follow(e.textEditor, e.visibleRanges)),
    // Sticky scroll turned on or off, or its model changed: the header covers other lines now.
    vscode.workspace.onDidChangeConfiguration((c) => {
      const editor = vscode.window.visibleTextEditors.find(isBase);
      if (editor && c.affectsConfiguration('editor.stickyScroll', editor.document)) void follow(editor, editor.visibleRanges);
    }),
    panel.webview.onDidReceiveMessage(async (m: { type: string; line: number } & SynopticLayout) => {
      if (m.type === 'scrolled') scrolled.fire(m.line);
      else if (m.type === 'layout') measured.fire({ broken: m.broken, samples: m.samples, tableWidth: m.tableWidth, viewWidth: m.viewWidth, columnWidths: m.columnWidths });
      else if (m.type === 'ready') {
        const editor = vscode.window.visibleTextEditors.find(isBase);
        if (editor) void follow(editor, editor.visibleRanges);
      }
      else if (m.type === 'reveal' && baseUri) {
        // The base editor where it stands (or opened again), the paragraph at its top.
        const editor = vscode.window.visibleTextEditors.find(isBase) ?? (await vscode.window.showTextDocument(baseUri, { viewColumn: vscode.ViewColumn.One, preserveFocus: true }));
        const at = new vscode.Range(m.line, 0, m.line, 0);
        editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
        editor.selection = new vscode.Selection(at.start, at.start);
      }
    }),
  ];
  panel.onDidDispose(() => subscriptions.forEach((d) => d.dispose()));
  const measure = () => new Promise<SynopticLayout>((resolve) => {
    const once = measured.event((l) => {
      once.dispose();
      resolve(l);
    });
    void panel.webview.postMessage({ type: 'measure' });
  });
  return { panel, baseUri, onDidScroll: scrolled.event, measure };
}

/** How many documents' sticky scopes the synoptic view keeps. */
const MAX_CACHED = 8;

/** The scopes sticky scroll shows for a document, asked of the outline or folding providers once per version. */
function stickyScopes(): (document: vscode.TextDocument, model: string) => Promise<StickyScope[]> {
  const cache = new Map<string, { version: number; model: string; scopes: Promise<StickyScope[]> }>();
  return (document, model) => {
    const key = document.uri.toString();
    const hit = cache.get(key);
    if (hit && hit.version === document.version && hit.model === model) return hit.scopes;
    const folding = async () => scopesFromFolding((await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', document.uri)) ?? []);
    const scopes = (async () => {
      if (model === 'outlineModel') {
        const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
        // VS Code falls back to the folding ranges when the outline is empty.
        if (symbols.length && 'selectionRange' in symbols[0]) return scopesFromOutline(symbols);
      }
      // The indentation model is not repeated here: an ITU text is not indented.
      return model === 'indentationModel' ? [] : folding();
    })().catch((): StickyScope[] => {
      // A provider that failed is asked again next time; meanwhile no header is assumed (the first visible line).
      if (cache.get(key)?.scopes === scopes) cache.delete(key);
      return [];
    });
    cache.delete(key);
    cache.set(key, { version: document.version, model, scopes });
    // A few documents' scopes, the least recently computed dropped first (closed documents leave with them).
    for (const old of cache.keys()) {
      if (cache.size <= MAX_CACHED) break;
      cache.delete(old);
    }
    return scopes;
  };
}

/**
 * The first line the user reads in an editor: the first visible line, or the first line below the
 * sticky scroll header when that is on (the visible ranges include the lines under the header).
 * Wrapped lines take more than one row: the API gives no editor width, so a line is taken to wrap
 * at `editor.wordWrapColumn` (80 unless set) when word wrap is on.
 */
async function firstReadLine(editor: vscode.TextEditor, ranges: readonly vscode.Range[], scopes: ReturnType<typeof stickyScopes>): Promise<number> {
  const first = ranges[0].start.line;
  const document = editor.document;
  const config = vscode.workspace.getConfiguration('editor', document);
  if (!config.get<boolean>('stickyScroll.enabled', true)) return first;
  const found = await scopes(document, config.get<string>('stickyScroll.defaultModel', 'outlineModel'));
  const columns = config.get<string>('wordWrap', 'off') === 'off' ? Infinity : config.get<number>('wordWrapColumn', 80);
  const tabSize = typeof editor.options.tabSize === 'number' ? editor.options.tabSize : 4;
  const rows = (line: number) => (line < document.lineCount ? wrappedRows(document.lineAt(line).text, columns, tabSize) : 1);
  return stickyHeader(found, first, ranges[ranges.length - 1].end.line, config.get<number>('stickyScroll.maxLineCount', 5), rows).firstRead;
}
