// The language server: LSP handlers over the language service (service/service.ts), nothing more.
// Started over IPC by the VS Code client, or as `node <SERVER_EXEC_ARGV> server/out/server.js --stdio`
// by other editors.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeActionKind, DidChangeConfigurationNotification, DocumentDiagnosticReportKind, type DocumentDiagnosticParams, type DocumentDiagnosticReport, FileChangeType, LSPErrorCodes, ResponseError, TextDocumentSyncKind, type CancellationToken, type Connection, type InitializeParams,
} from 'vscode-languageserver/node';
import { connect } from './connection';
import { canonicalUri } from './files';
import { missingServerEnv, missingServerFlags, Requests, SETTINGS_SECTION } from './protocol';
import { FIX_ALL_KIND } from './service/codeActions';
import { ON_TYPE_TRIGGERS } from './service/editing';
import { createItuService, type ItuService } from './service/service';
import { nodeWorkspace } from './service/workspace';
import { localizeForClient } from './localize';

export function startServer(connection: Connection): void {
  const log = (message: string) => connection.console.error(message);
  let service: ItuService | undefined;
  let dynamicConfiguration = false;
  let folderEvents = false;
  /**
   * The URI each open document was opened under, by the server's one form (files.ts canonicalUri): diagnostics go
   * out under the client's own spelling of it, which a client may compare as a string.
   */
  const opened = new Map<string, string>();

  /** A failure in one feature is logged, never fatal; a cancelled request is answered as cancelled. */
  function guard<P, R>(name: string, fallback: R, handler: (service: ItuService, params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      if (token?.isCancellationRequested) throw cancelled();
      try {
        const result = service ? await handler(service, params, token) : fallback;
        if (token?.isCancellationRequested) throw cancelled();
        return result;
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(`itu: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    localizeForClient(params, log);
    const pull = !!caps.textDocument?.diagnostic;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    folderEvents = !!caps.workspace?.workspaceFolders;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    service = createItuService({
      workspace: nodeWorkspace(folders, (message) => log(`itu: base texts: ${message}`)),
      configuration: caps.workspace?.configuration ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }) : undefined,
      client: { snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport, versionedEdits: !!caps.workspace?.workspaceEdit?.documentChanges },
      publish: { pull, refresh: () => void connection.languages.diagnostics.refresh(), send: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri: opened.get(uri) ?? uri, version, diagnostics }) },
      docsBase: findDocs(),
      log,
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'ITU contribution' },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: ['\t', '^'] },
        documentFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: ON_TYPE_TRIGGERS.first, moreTriggerCharacter: [...ON_TYPE_TRIGGERS.more] },
        // Folders added or removed at run time (multi-root) are read for texts in force (review 8, I23).
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'itu-draft', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    const missing = missingServerFlags(process.execArgv);
    if (missing.length) log(`itu: started without the Node flags ${missing.join(' ')}: the server works the same with several times the memory while typing in a large document (README, "Other editors")`);
    const env = process.platform === 'linux' ? missingServerEnv(process.env) : [];
    if (env.length) log(`itu: started without the environment ${env.join(' ')}: the server works the same with a few MB more memory after checking a large document (README, "Other editors")`);
    // The one subscription to settings changes (the client's synchronize section would send a second).
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => void service?.foldersChanged(added.map((f) => f.uri), removed.map((f) => f.uri)));
    }
    void service?.scan();
  });
  connection.onDidChangeConfiguration(() => void service?.configurationChanged());
  connection.onDidChangeWatchedFiles((p) => void service?.filesChanged(p.changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted }))));
  connection.onDidOpenTextDocument(({ textDocument: d }) => {
    opened.set(canonicalUri(d.uri), d.uri);
    service?.open(d.uri, d.version, d.text);
  });
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) => service?.change(d.uri, d.version, contentChanges));
  connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
    // The cleared diagnostics go out (under the client's URI) before close's first await.
    const closing = service?.close(uri);
    opened.delete(canonicalUri(uri));
    void closing;
  });

  connection.languages.diagnostics.on(guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (s, p: DocumentDiagnosticParams, token) => {
    const report = await s.pullReport(p.textDocument.uri, p.previousResultId, token);
    if (token.isCancellationRequested) throw cancelled();
    if (report.kind === 'unchanged') return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId || undefined, items: report.items };
  }));
  connection.onCodeAction(guard('code actions', [], (s, p) => s.codeActions(p.textDocument.uri, p.range, p.context.diagnostics, p.context.only)));
  connection.onDocumentSymbol(guard('symbols', [], (s, p) => s.documentSymbols(p.textDocument.uri)));
  connection.onFoldingRanges(guard('folding', [], (s, p) => s.foldingRanges(p.textDocument.uri)));
  connection.onHover(guard('hover', null, (s, p) => s.hover(p.textDocument.uri, p.position)));
  connection.onDefinition(guard('definition', [], (s, p) => s.definition(p.textDocument.uri, p.position)));
  connection.onReferences(guard('references', [], (s, p) => s.references(p.textDocument.uri, p.position, p.context.includeDeclaration)));
  connection.onCompletion(guard('completion', [], (s, p) => s.completion(p.textDocument.uri, p.position)));
  connection.onDocumentFormatting(guard('formatting', [], (s, p) => s.format(p.textDocument.uri)));
  connection.onDocumentOnTypeFormatting(guard('onTypeFormatting', [], (s, p) => s.onTypeFormat(p.textDocument.uri, p.position, p.ch)));

  connection.onRequest(Requests.marks, guard('marks', null, (s, p, token) => s.marksReport(p.uri, p.range, p.previousResultId, token)));
  connection.onRequest(Requests.baseComparison, guard('base comparison', null, (s, p) => s.baseComparison(p.uri, p.position)));
  connection.onRequest(Requests.trackEdits, guard('track', null, (s, p) => s.trackEdits(p.uri)));
  connection.onRequest(Requests.review, guard('review', null, (s, p) => s.review(p)));
  connection.onRequest(Requests.projection, guard('projection', null, (s, p) => s.projection(p)?.text ?? null));
  connection.onRequest(Requests.projectionAt, guard('projection', null, (s, p) => s.projection(p)));
  connection.onRequest(Requests.baseTexts, (token) => guard('base texts', [], (s) => s.baseTexts())(undefined, token));
  connection.onRequest(Requests.proposals, guard('proposals', [], (s) => s.proposals()));
  connection.onRequest(Requests.compile, guard('compile', null, (s, p) => s.compile(p.target)));
  connection.onRequest(Requests.synoptic, guard('synoptic', null, (s, p) => s.synoptic(p.target)));
  connection.onRequest(Requests.meetings, (token) => guard('meetings', [], (s) => s.meetings())(undefined, token));
  connection.onRequest(Requests.newContribution, guard('new contribution', null, (s, p) => s.newContribution(p)));
  // Word failures come back as { error } (word/requests.ts); a fault outside it still answers.
  connection.onRequest(Requests.exportWord, guard('export', { error: 'internal error' }, (s, p, token) => s.exportWord(p, token)));
  connection.onRequest(Requests.importWord, guard('import', { error: 'internal error' }, (s, p, token) => s.importWord(p, token)));

  connection.listen();
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** docs/diagnostics.md next to the bundle (in the extension or the repository), linked from each diagnostic. */
function findDocs(): string | undefined {
  for (const candidate of [path.resolve(__dirname, '../../docs/diagnostics.md'), path.resolve(__dirname, '../../../docs/diagnostics.md')]) {
    if (fs.existsSync(candidate)) return pathToFileURL(candidate).href;
  }
  return undefined;
}

startServer(connect());
