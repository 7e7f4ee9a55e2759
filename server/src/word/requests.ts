// The Word round trip for the editor: two requests the client's commands send.
//   itu/exportWord { uri, output, author? }  → ExportReply   (exports the open text, unsaved edits included)
//   itu/importWord { input, output? }         → ImportReply   (without output, the text comes back to open unsaved)
// Failures come back as { error } with the message a delegate reads, in one line, never as a crash of the
// server. The work runs in a worker thread with time and memory limits (run.ts); the client's Cancel
// ($/cancelRequest) stops it.
import * as fs from 'fs';
import * as path from 'path';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ExportSummary } from './files';
import type { ImportNote } from './import';

type WordModule = typeof import('./entry');

/**
 * The Word code (with the docx library) is its own bundle, `server/out/word.js`, loaded on the
 * first export or import: starting the server reads only `server.js`.
 */
function word(): WordModule {
  const bundled = path.join(__dirname, 'word.js');
  const module: string = fs.existsSync(bundled) ? bundled : './entry';
  return require(module) as WordModule;
}

export const EXPORT_WORD = 'itu/exportWord';
export const IMPORT_WORD = 'itu/importWord';

export interface ExportParams {
  /** The .itu document (a file: URI). */
  uri: string;
  /** File system path of the .docx to write. */
  output: string;
  /** The `itu.word.author` setting: author of unattributed marks (else the Source cover field). */
  author?: string;
}
export type ExportReply = ExportSummary | { error: string };

export interface ImportParams {
  /** File system path of the .docx to read. */
  input: string;
  /** File system path of the .itu to write; without it the text is returned only. */
  output?: string;
}
export type ImportReply = { text: string; notes: ImportNote[]; output?: string } | { error: string };

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

export function registerWordRequests(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(EXPORT_WORD, async (params: ExportParams, token?: CancellationToken): Promise<ExportReply> => {
    try {
      const open = documents.get(params.uri);
      const source = filePath(params.uri);
      if (!open && source === undefined) return { error: `${params.uri}: not a file on disk` };
      const text = open ? open.getText() : word().readItu(source!);
      return await word().exportText(text.replace(/^\uFEFF/, ''), params.output, { author: params.author || undefined }, { signal: signalOf(token) }, source);
    } catch (error) {
      return failure(error);
    }
  });
  connection.onRequest(IMPORT_WORD, async (params: ImportParams, token?: CancellationToken): Promise<ImportReply> => {
    try {
      const result = await word().importFile(params.input, params.output, {}, { signal: signalOf(token) });
      return { text: result.text, notes: result.notes, ...(params.output ? { output: params.output } : {}) };
    } catch (error) {
      return failure(error);
    }
  });
}
