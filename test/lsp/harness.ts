// Spawns the bundled server over stdio and speaks JSON-RPC to it, as an editor would.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol';

export const SERVER = path.resolve(__dirname, '../../server/out/server.js');

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
  codeDescription?: { href: string };
  data?: unknown;
}

export class Client {
  readonly proc: ChildProcess;
  readonly rpc: MessageConnection;
  readonly stderr: string[] = [];
  private published = new Map<string, { version?: number; diagnostics: Diag[] }>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  /** `cwd`: the server's working folder (the test's own by default). */
  constructor(server = SERVER, cwd?: string) {
    // Started as the VS Code client starts it: with the server's Node flags and environment.
    this.proc = spawn(process.execPath, [...SERVER_EXEC_ARGV, server, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV } });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.rpc = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      this.published.set(p.uri, p);
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    });
    this.rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.rpc.onRequest('client/registerCapability', () => null);
    this.rpc.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
      return null;
    });
    this.rpc.onNotification('window/logMessage', (m: { message: string }) => this.stderr.push(m.message));
    this.rpc.listen();
  }

  configuration: unknown = {};
  refreshes = 0;

  /** Resolves when the server has asked the client to pull diagnostics again more than `after` times. */
  async refreshed(after: number): Promise<void> {
    while (this.refreshes <= after) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** `extra`: more initialize parameters (`locale`, `initializationOptions`). */
  async initialize(pull: boolean, configuration = false, folder?: string, extra: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      ...extra,
      processId: process.pid,
      rootUri: folder ?? null,
      workspaceFolders: folder ? [{ uri: folder, name: 'ws' }] : null,
      capabilities: {
        textDocument: {
          ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        workspace: { configuration, workspaceFolders: true },
      },
    });
    await this.rpc.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, 1);
    void this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'itu', version: 1, text } });
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.reports.delete(uri);
    void this.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  change(uri: string, changes: unknown[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** The last full report of each document pulled, as VS Code's client keeps it: its result id goes with the next pull. */
  private reports = new Map<string, { resultId?: string; items: Diag[] }>();
  /** How many pulls were answered "unchanged" (the client kept the diagnostics it had). */
  unchanged = 0;

  /** The document's diagnostics, pulled as VS Code pulls them (with the result id of the report it holds). */
  async pull(uri: string): Promise<Diag[]> {
    const held = this.reports.get(uri);
    const r = await this.rpc.sendRequest<{ kind: 'full'; resultId?: string; items: Diag[] } | { kind: 'unchanged'; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: held?.resultId });
    if (r.kind === 'unchanged') {
      assert.ok(held && r.resultId === held.resultId, `"unchanged" answered to a pull holding report ${held?.resultId}: ${r.resultId}`);
      this.unchanged++;
      return held.items;
    }
    this.reports.set(uri, { resultId: r.resultId, items: r.items });
    return r.items;
  }

  /** Resolves when diagnostics for `uri` (optionally of a version) have been published and satisfy `test`. */
  async published_(uri: string, test: (d: Diag[]) => boolean = () => true, version?: number): Promise<Diag[]> {
    for (;;) {
      const p = this.published.get(uri);
      if (p && (version === undefined || p.version === version) && test(p.diagnostics)) return p.diagnostics;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.rpc.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<number | null> {
    await this.rpc.sendRequest('shutdown');
    await this.rpc.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.proc.exitCode !== null) resolve(this.proc.exitCode);
      else this.proc.on('exit', (c) => resolve(c));
    });
    this.rpc.dispose();
    return code;
  }
}

/** Applies LSP text edits (non-overlapping) to a text; lines end at CRLF, LF or a CR alone, as the LSP counts them. */
export function applyLspEdits(text: string, edits: { range: Diag['range']; newText: string }[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edited', 'itu', 1, text), edits);
}

/**
 * Runs `body` against a fresh server (on the workspace folder `folder`, a file: URI, if given); a server that does not
 * finish within `bound` ms is killed, so a failure never hangs the file.
 */
export async function withClient(pull: boolean, body: (c: Client) => Promise<void>, bound = 20_000, folder?: string): Promise<void> {
  const c = new Client();
  c.configuration = { diagnostics: { delay: 0 } };
  let timer: NodeJS.Timeout | undefined;
  let ok = false;
  try {
    await c.initialize(pull, true, folder);
    await Promise.race([body(c), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no result within ${bound} ms`)), bound)))]);
    ok = true;
  } finally {
    clearTimeout(timer);
    if (ok) assert.equal(await c.shutdown(), 0);
    else {
      c.proc.kill('SIGKILL');
      c.rpc.dispose();
    }
  }
}

