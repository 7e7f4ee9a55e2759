// The Word commands, Export to Word and Import from Word: loaded on first use (commands.ts wordCommands), a bundle of
// their own (client/out/wordCommands.js) outside those loaded at activation.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { plural } from './words';
import { openUntitled } from './untitled';
import type { CLIENT_SETTINGS, Requests } from '../../server/src/protocol';

/**
 * What the commands take from the protocol module, given by commands.ts: imported here, it would bring the protocol's
 * request types (vscode-languageserver-protocol) into this bundle a second time.
 */
export interface Protocol {
  requests: Pick<typeof Requests, 'exportWord' | 'importWord'>;
  settings: Pick<typeof CLIENT_SETTINGS, 'wordAuthor'>;
}

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

/** The `itu.word.author` setting: the author of unattributed changes, in export and import alike (review 9, J27). */
const wordAuthor = (protocol: Protocol, uri: vscode.Uri) => vscode.workspace.getConfiguration(undefined, uri).get<string>(protocol.settings.wordAuthor.key, protocol.settings.wordAuthor.default);

/** Exports the file (its open text, unsaved edits included) to a .docx the user names. */
export async function exportWord(client: LanguageClient, protocol: Protocol, uri?: vscode.Uri) {
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
  const author = wordAuthor(protocol, source);
  const r = await withWordProgress(vscode.l10n.t('Exporting {0} to Word…', path.basename(target.fsPath)), (token) =>
    client.sendRequest(protocol.requests.exportWord, {
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
export async function importWord(client: LanguageClient, protocol: Protocol, wordLog: vscode.OutputChannel, logName: string, input?: vscode.Uri) {
  const picked = input ? [input] : await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word document')]: ['docx'] }, openLabel: vscode.l10n.t('Import') });
  if (!picked?.length) return;
  const r = await withWordProgress(vscode.l10n.t('Importing {0} from Word…', path.basename(picked[0].fsPath)), (token) =>
    client.sendRequest(protocol.requests.importWord, { input: picked[0].fsPath, author: wordAuthor(protocol, picked[0]) }, token));
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
        : vscode.l10n.t('Imported from Word with nothing left out; {0} notes on how it is written as text are in the output "{1}".', r.notes.length, logName);
      void vscode.window.showInformationMessage(message, vscode.l10n.t('Show')).then(show);
    } else {
      const where = (n: { line?: number }) => (n.line !== undefined ? vscode.l10n.t(' (line {0})', n.line) : '');
      const message = lost.length === 1
        ? vscode.l10n.t('Not kept from the Word file{0}: {1} See the output "{2}".', where(lost[0]), lost[0].message, logName)
        : vscode.l10n.t('{0} notes on what was not kept from the Word file, the first{1}: {2} See the output "{3}".', lost.length, where(lost[0]), lost[0].message, logName);
      void vscode.window.showWarningMessage(message, vscode.l10n.t('Show')).then(show);
    }
  }
  return { ...r, uri: doc.uri.toString() };
}

