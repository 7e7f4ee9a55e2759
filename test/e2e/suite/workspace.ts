// The test workspace the suites run in (a temp copy of test/e2e/workspace and the examples).
import * as vscode from 'vscode';

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
