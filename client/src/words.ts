// Words the client's views share: a compiled row's status (the synoptic table, client/src/synoptic.ts, a bundle of its
// own, and the Compile command's message) and a count's plural. A module of its own, so that the synoptic bundle does
// not bring in the preview and the language client with it.
import * as vscode from 'vscode';

/** A row's status as the table and the compile message say it. */
export function statusName(status: string): string {
  switch (status) {
    case 'single': return vscode.l10n.t('single');
    case 'agreed': return vscode.l10n.t('agreed');
    case 'combined': return vscode.l10n.t('combined');
    case 'conflict': return vscode.l10n.t('conflict');
    case 'unchanged': return vscode.l10n.t('unchanged');
    default: return status;
  }
}


export function plural(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}
