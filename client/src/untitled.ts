// New documents the extension writes (a merged draft, an import, a new contribution) open as
// untitled editors with a proposed file name, so that Save offers that name, not the first line.
import * as vscode from 'vscode';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * A name beside `wanted` that neither an open editor nor a file holds (`name.itu`, `name-2.itu` …):
 * an untitled document opened twice under one name would be the same buffer, and filling it
 * again would replace what the user typed there; saving over a file would replace the file.
 */
export async function freeName(wanted: vscode.Uri): Promise<vscode.Uri> {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  const stem = wanted.path.replace(/\.itu$/i, '');
  for (let n = 1; ; n++) {
    const candidate = wanted.with({ path: n === 1 ? `${stem}.itu` : `${stem}-${n}.itu` });
    if (!open.has(candidate.path) && !(await exists(candidate.with({ scheme: 'file' })))) return candidate;
  }
}

/** Opens `text` in a new untitled `.itu` editor proposed to be saved as `wanted` (or a free name beside it). */
export async function openUntitled(wanted: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  const uri = (await freeName(wanted.with({ scheme: 'file' }))).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  if (doc.languageId !== 'itu') await vscode.languages.setTextDocumentLanguage(doc, 'itu');
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** A file name from a target: `Resolution 52` → `compilation-resolution-52.itu`. */
export function fileNameFor(prefix: string, target: string): string {
  const slug = target.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'text'}.itu`;
}
