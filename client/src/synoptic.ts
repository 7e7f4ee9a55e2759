// The synoptic view (issue 12): the text in force and every proposal's version side by side, one
// table row per paragraph, so that all columns scroll together with the base. Changes are shown
// as in the tracked preview (insertions underlined, deletions struck through); rows are tinted by
// status (conflict, combined, agreed).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type Synoptic } from '../../server/src/protocol';
import { plural } from './preview';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function synopticHtml(s: Synoptic): string {
  const head = ['Text in force', ...s.proposals.map((p) => `${p.party} (${p.id})`), 'Status'].map((h) => `<th>${escape(h)}</th>`).join('');
  const rows = s.rows.map((r) => {
    const cells = r.cells.map((pieces) => `<td>${pieces.map((x) => (x.kind === 'equal' ? escape(x.text) : `<${x.kind === 'insert' ? 'ins' : 'del'}>${escape(x.text)}</${x.kind === 'insert' ? 'ins' : 'del'}>`)).join('')}</td>`);
    return `<tr class="${r.status}"><td>${r.base === null ? '' : escape(r.base)}</td>${cells.join('')}<td class="status">${r.status}</td></tr>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>
body { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); color: var(--vscode-editor-foreground); }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid var(--vscode-panel-border); padding: 4px 6px; vertical-align: top; white-space: pre-wrap; word-wrap: break-word; }
th { position: sticky; top: 0; background: var(--vscode-editor-background); text-align: left; }
ins { color: var(--vscode-gitDecoration-addedResourceForeground, green); text-decoration: underline; }
del { color: var(--vscode-gitDecoration-deletedResourceForeground, red); text-decoration: line-through; }
tr.conflict td { background: rgba(255, 200, 0, 0.22); }
tr.combined td { background: rgba(0, 120, 255, 0.10); }
tr.agreed td { background: rgba(0, 180, 0, 0.10); }
td.status { width: 6em; }
</style></head><body>
<h3>${escape(s.target)}: ${plural(s.proposals.length, 'proposal')}</h3>
<table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>
</body></html>`;
}

export async function showSynoptic(client: LanguageClient, target: string): Promise<vscode.WebviewPanel | undefined> {
  const r = await client.sendRequest(Requests.synoptic, { target });
  if (!r) return undefined;
  if ('message' in r) return void vscode.window.showWarningMessage(r.message);
  const panel = vscode.window.createWebviewPanel('itu.synoptic', `Synoptic: ${r.target}`, vscode.ViewColumn.Active, { enableScripts: false });
  panel.webview.html = synopticHtml(r);
  return panel;
}
