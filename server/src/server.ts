// The language server: thin glue between LSP and the language service.
// Started over IPC by the VS Code client, or as `node server/out/server.js --stdio` by other editors.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { inspect } from 'util';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  FileChangeType,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './service/codeActions';
import { toDiagnostics } from './service/diagnostics';
import { completion, closerTypedOver, format } from './service/editing';
import { definition, hover, references } from './service/navigation';
import { documentSymbols, foldingRanges } from './service/outline';
import { DEFAULT_SETTINGS, DocumentCache, type DocumentState, type Settings } from './service/state';
import { registerCustomRequests } from './service/custom';
import { WorkspaceBases } from './service/workspace';
import { registerWordRequests } from './word/requests';
import { FramingGuard } from './service/framing';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache();
  const settingsCache = new Map<string, Promise<Settings>>();
  let pullDiagnostics = false;
  let configurationSupport = false;
  let snippetSupport = false;
  const lastChange = new Map<string, number>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  const docsBase = findDocs();
  const workspace = new WorkspaceBases((message) => log(`itu: base texts: ${message}`));
  let refreshTimer: NodeJS.Timeout | undefined;

  /** Settings or base texts changed: every open document's diagnostics may have changed. */
  function refreshAll(delay = 200): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      if (pullDiagnostics) connection.languages.diagnostics.refresh();
      else for (const d of documents.all()) schedulePush(d.uri, 0);
    }, delay);
  }

  /** Refreshes when what the base index holds changed since `before` (its generation then). */
  function refreshIfIndexChanged(before: number): void {
    if (workspace.index.generation !== before) refreshAll();
  }

  cache.onParsed = (s) => {
    s.bases = { lookup: workspace.index.lookup, generation: () => workspace.index.generation, pool: workspace.pool(s.uri) };
    const before = workspace.index.generation;
    workspace.opened(s.uri, s.text, s.front);
    refreshIfIndexChanged(before);
  };

  const log = (message: string) => connection.console.error(message);

  /** A failure in one feature is logged, never fatal; a cancelled request is answered as cancelled. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      if (token?.isCancellationRequested) throw cancelled();
      try {
        const result = await handler(params, token);
        if (token?.isCancellationRequested) throw cancelled();
        return result;
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(`itu: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
        return fallback;
      }
    };
  }

  function state(uri: string): DocumentState | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    return cache.get(uri, document.version, () => document.getText());
  }

  async function settingsFor(uri: string): Promise<Settings> {
    if (!configurationSupport) return DEFAULT_SETTINGS;
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'itu' })
        .then((raw) => readSettings(raw))
        .catch(() => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  /** Waits until the user has paused typing in this document, or the request is cancelled. */
  async function quiet(uri: string, delay: number, token: CancellationToken): Promise<void> {
    for (;;) {
      const since = Date.now() - (lastChange.get(uri) ?? 0);
      if (since >= delay || token.isCancellationRequested) return;
      await new Promise<void>((resolve) => {
        const listener = token.onCancellationRequested(() => done());
        const timer = setTimeout(() => done(), delay - since);
        function done() {
          clearTimeout(timer);
          listener.dispose();
          resolve();
        }
      });
    }
  }

  async function publish(uri: string): Promise<void> {
    const s = state(uri);
    if (!s) return;
    const diagnostics = toDiagnostics(s, await settingsFor(uri), docsBase);
    void connection.sendDiagnostics({ uri, version: s.version, diagnostics });
  }

  function schedulePush(uri: string, delay: number): void {
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(uri, setTimeout(() => {
      pushTimers.delete(uri);
      publish(uri).catch((e) => log(`itu: publishing diagnostics failed: ${e}`));
    }, delay));
  }

  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    workspace.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    configurationSupport = !!caps.workspace?.configuration;
    snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'ITU contribution' },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: ['\t', '^'] },
        documentFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: '}' },
      },
      serverInfo: { name: 'itu-draft', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (configurationSupport) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'itu' }).catch(() => undefined);
    }
    await scanWorkspace();
  });

  async function scanWorkspace(): Promise<void> {
    try {
      const settings = configurationSupport ? readSettings(await connection.workspace.getConfiguration('itu')) : DEFAULT_SETTINGS;
      workspace.setGlob(settings.baseTextGlob);
      const before = workspace.index.generation;
      await workspace.scan();
      refreshIfIndexChanged(before);
    } catch (error) {
      log(`itu: scanning the workspace for base texts failed: ${error}`);
    }
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    const before = workspace.index.generation;
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) workspace.deleted(change.uri);
      else if (workspace.matches(change.uri)) await workspace.readFile(change.uri);
    }
    refreshIfIndexChanged(before);
  });

  connection.onDidChangeConfiguration(() => {
    void scanWorkspace();
    settingsCache.clear();
    refreshAll(0);
  });

  documents.onDidChangeContent(async (e) => {
    lastChange.set(e.document.uri, Date.now());
    if (!pullDiagnostics) schedulePush(e.document.uri, e.document.version <= 1 ? 0 : (await settingsFor(e.document.uri)).diagnosticsDelay);
  });

  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    const before = workspace.index.generation;
    void workspace.closed(e.document.uri).then(() => refreshIfIndexChanged(before));
    settingsCache.delete(e.document.uri);
    lastChange.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
      const uri = params.textDocument.uri;
      const settings = await settingsFor(uri);
      const opened = documents.get(uri);
      if (opened && opened.version > 1) await quiet(uri, settings.diagnosticsDelay, token);
      // A pull cancelled while waiting (the user typed on) is not checked at all: answering it
      // with a report would make the client show "no diagnostics" until the next pull.
      if (token.isCancellationRequested) throw cancelled();
      const s = state(uri);
      if (!s) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(s, settings, docsBase) };
    }),
  );

  connection.onCodeAction(guard('code actions', [], async (params) => {
    const s = state(params.textDocument.uri);
    if (!s) return [];
    return codeActions(s, await settingsFor(s.uri), params.context.diagnostics, params.context.only, params.range);
  }));
  connection.onDocumentSymbol(guard('symbols', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? documentSymbols(s) : [];
  }));
  connection.onFoldingRanges(guard('folding', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? foldingRanges(s) : [];
  }));
  connection.onHover(guard('hover', null, (params) => {
    const s = state(params.textDocument.uri);
    return (s && hover(s, params.position)) ?? null;
  }));
  connection.onDefinition(guard('definition', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? definition(s, params.position) : [];
  }));
  connection.onReferences(guard('references', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? references(s, params.position, params.context.includeDeclaration) : [];
  }));
  connection.onCompletion(guard('completion', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? completion(s, params.position, { snippets: snippetSupport, today: new Date() }) : [];
  }));
  connection.onDocumentFormatting(guard('formatting', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? format(s) : [];
  }));
  connection.onDocumentOnTypeFormatting(guard('onTypeFormatting', [], (params) => {
    const s = state(params.textDocument.uri);
    return s ? closerTypedOver(s, params.position, params.ch) : [];
  }));

  registerCustomRequests(connection, { state, settingsFor, guard, documents, bases: workspace.index, contributions: () => workspace.contributions((uri) => documents.get(uri)?.getText()) });
  registerWordRequests(connection, documents);

  documents.listen(connection);
  connection.listen();
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Record<string, unknown>;
  const numbering = (r.numbering ?? {}) as Record<string, unknown>;
  const diagnostics = (r.diagnostics ?? {}) as Record<string, unknown>;
  const baseTexts = (r.baseTexts ?? {}) as Record<string, unknown>;
  return {
    numberingPolicy: numbering.policyInMod === 'bis' ? 'bis' : 'reletter',
    severity: (typeof diagnostics.severity === 'object' && diagnostics.severity ? diagnostics.severity : {}) as Settings['severity'],
    baseTextGlob: typeof baseTexts.glob === 'string' ? baseTexts.glob : DEFAULT_SETTINGS.baseTextGlob,
    diagnosticsDelay: typeof diagnostics.delay === 'number' ? Math.max(0, diagnostics.delay) : DEFAULT_SETTINGS.diagnosticsDelay,
  };
}

/** docs/diagnostics.md next to the bundle (in the extension or the repository), linked from each diagnostic. */
function findDocs(): string | undefined {
  for (const candidate of [path.resolve(__dirname, '../../docs/diagnostics.md'), path.resolve(__dirname, '../../../docs/diagnostics.md')]) {
    if (fs.existsSync(candidate)) return pathToFileURL(candidate).href;
  }
  return undefined;
}

process.on('uncaughtException', (error) => {
  process.stderr.write(`itu: uncaught exception: ${error?.stack ?? error}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`itu: unhandled rejection: ${String(reason)}\n`);
});

/**
 * The connection: over IPC from VS Code, or over stdio from other editors. On stdio the bytes pass a
 * framing check first; a message the server cannot frame is logged and ends the server with status 1
 * (the client restarts it), where the JSON-RPC reader alone would wait forever without a word.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const input = process.stdin.pipe(new FramingGuard((error) => {
    process.stderr.write(`itu: the client sent a message the server cannot read: ${error.message}. A stream out of step cannot be read on; exiting.\n`);
    process.exit(1);
  }));
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  // stdout carries the protocol: console output goes to the client's log, as createConnection does for --stdio.
  const toClient = (send: (m: string) => void) => (...args: unknown[]) => send(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  console.log = toClient((m) => connection.console.log(m));
  console.info = toClient((m) => connection.console.info(m));
  console.warn = toClient((m) => connection.console.warn(m));
  console.debug = toClient((m) => connection.console.log(m));
  return connection;
}

startServer(connect());
