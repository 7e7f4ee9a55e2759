// The test workspace the suites run in (a temp copy of test/e2e/workspace and the examples).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const CONTRIBUTION = 'afcp-42a25-res52.itu';
export const BASE = 'res52-dubai-2012.itu';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return folder.uri;
  const env = process.env.ITU_E2E_WORKSPACE;
  if (env) return vscode.Uri.file(env);
  throw new Error('no workspace folder open and ITU_E2E_WORKSPACE unset');
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/**
 * Copies the ITU example texts (AFCP/42A25 and its base, Resolution 52 (Rev. Dubai, 2012)) into
 * the workspace unless they are there, from $ITU_E2E_EXAMPLES or ../shared/examples.
 */
export async function provideExamples(extensionPath: string): Promise<void> {
  const src = process.env.ITU_E2E_EXAMPLES || path.resolve(extensionPath, '..', 'shared', 'examples');
  const inRepository = !path.relative(path.resolve(extensionPath), workspaceRoot().fsPath).startsWith('..');
  for (const name of [BASE, CONTRIBUTION]) {
    const target = fixture(name);
    if (fs.existsSync(target.fsPath)) continue;
    // The ITU texts must never land in the repository (e.g. a run on test/e2e/workspace itself).
    assert.ok(!inRepository, `the workspace ${workspaceRoot().fsPath} is inside the extension: not copying ${name} there (run on a temp copy)`);
    const from = path.join(src, name);
    assert.ok(fs.existsSync(from), `${name} is neither in the workspace nor in ${src} (set ITU_E2E_EXAMPLES to the folder of the ITU example texts)`);
    await vscode.workspace.fs.copy(vscode.Uri.file(from), target, { overwrite: false });
  }
}
