// The Word round trip for the editor, behind the requests itu/exportWord and itu/importWord (protocol.ts)
// the language service answers: export of the open text (unsaved edits included), import of a .docx
// (without output, the text comes back to open unsaved).
// Failures come back as { error } with the message a delegate reads, in one line, never as a crash of the
// server. The work runs in a worker thread with time and memory limits (run.ts); the client's Cancel
// ($/cancelRequest) stops it.
import * as path from 'path';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { loadBundle } from '../bundles';
import { l10n } from '../core/l10n';
import type { ExportParams, ExportReply, ImportParams, ImportReply } from '../protocol';
import { ellipsized } from '../core/shorten';

type WordModule = typeof import('./entry');

/** The Word code (with the docx library): its own bundle, `server/out/word.js`, loaded on the first export or import. */
function word(): WordModule {
  return loadBundle<WordModule>('word.js', path.join(__dirname, 'entry'));
}

function failure(error: unknown): { error: string } {
  const w = word();
  if (error instanceof w.DocxError || error instanceof w.WordFileError) return { error: error.message };
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.message === 'string' && e.code) return { error: e.message };
  // A fault of ours: still one line for the user, never a server that stops answering.
  return { error: `internal error: ${e?.message ?? String(error)}`.split('\n')[0] };
}

/** An AbortSignal that follows the request's cancellation. */
function signalOf(token: CancellationToken | undefined): AbortSignal {
  const controller = new AbortController();
  if (token?.isCancellationRequested) controller.abort();
  token?.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

/** The file system path of a file: URI, or undefined for another scheme. */
function filePath(uri: string) {
  return uri.startsWith('file:') ? word().uriPath(uri) : undefined;
}

/**
 * The refusal of a path the editor sent that is not a full path: the editor names the files it reads and writes whole
 * (a dialog's pick). Read or written as given, a relative path (`x`, `../out.docx`) or no string at all would be resolved
 * against the server's working folder, a place the user never chose (a client that sent `x` had its export written
 * into the folder the editor was started from). The command line resolves its relative paths against the shell's
 * folder, which the user did choose: its paths do not come here.
 */
function notWhole(file: unknown): { error: string } | undefined {
  if (typeof file === 'string' && path.isAbsolute(file)) return undefined;
  const shown = typeof file !== 'string' ? `(${file === null ? 'null' : typeof file})` : JSON.stringify(ellipsized(file, 60, 60));
  return { error: l10n.t('{0}: not a full path (the editor names files from the root of the file system): nothing read or written', shown) };
}

/** Exports the document (its open text, unsaved edits included, else its file) to a .docx. */
export async function exportWord(params: ExportParams, openText: string | undefined, token?: CancellationToken): Promise<ExportReply> {
  const refused = notWhole(params.output);
  if (refused) return refused;
  try {
    const source = filePath(params.uri);
    if (openText === undefined && source === undefined) return { error: l10n.t('{0}: not open in the editor and not a file on disk: nothing exported', params.uri) };
    const text = openText ?? word().readItu(source!);
    return await word().exportText(text.replace(/^\uFEFF/, ''), params.output, { author: params.author || undefined }, { signal: signalOf(token) }, source);
  } catch (error) {
    return failure(error);
  }
}

/** Imports a .docx: its text, the notes on what was not kept, and the .itu written when `output` is given. */
export async function importWord(params: ImportParams, token?: CancellationToken): Promise<ImportReply> {
  const refused = notWhole(params.input) ?? (params.output === undefined ? undefined : notWhole(params.output));
  if (refused) return refused;
  try {
    const result = await word().importFile(params.input, params.output, { author: params.author || undefined }, { signal: signalOf(token) });
    return { text: result.text, notes: result.notes, ...(params.output ? { output: params.output } : {}) };
  } catch (error) {
    return failure(error);
  }
}
