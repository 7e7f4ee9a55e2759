// Import and export off the caller's thread: each runs in a worker thread with a heap limit
// (resourceLimits), a time limit and cancellation, so that a hostile .docx (or a huge draft) costs the
// language server or the CLI one refused request, never a frozen server or a process killed for memory.
// A worker that answered is kept a few seconds for the next task (IDLE_MS); one stopped or failed is ended.
//
// The worker runs the bundle that holds this file (server/out/cli.js for the CLI, server/out/word.js for
// the server; under tsx in the tests, this source bundled as word.js is): no extra bundle is shipped.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { l10n, parseDocument } from '../core';
import { activeBundle, localize } from '../localize';
import { exportDocx, type ExportOptions } from './export';
import { FORBIDDEN_CHARS } from './common';
import { importDocx, type ImportOptions, type ImportResult } from './import';
import { DocxError, LimitError, type LimitKind } from './zip';
import { MAX_ITU_BYTES } from '../files';

export interface RunLimits {
  /** Wall time before the work is stopped. */
  timeoutMs?: number;
  /** Heap of the worker (V8's old generation), in MB. */
  maxMemoryMb?: number;
  /** Stops the work (the editor's Cancel). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
/**
 * Heap for an import: what import builds is bounded (import.ts), and the largest hostile document within
 * those bounds peaks near 600 MB; this is the backstop.
 */
export const DEFAULT_IMPORT_MEMORY_MB = 2048;
/** Heap for an export: the docx library holds the whole document as objects (about 25 KB per footnote). */
export const DEFAULT_EXPORT_MEMORY_MB = 4096;

/** The work was stopped at the user's request. */
export class CancelledError extends DocxError {
  override name = 'CancelledError';
}

/** What an export wrote, for the message that tells the user. */
export interface ExportCounts {
  revisions: number;
  comments: number;
  footnotes: number;
  /** Errors in the source's revision marks: such marks are exported as plain text. */
  markErrors: number;
  /** Characters XML cannot hold (control characters but TAB, LF, CR and the vertical tab; U+FFFE, U+FFFF), left out. */
  dropped?: number;
}
export interface Exported extends ExportCounts {
  bytes: Uint8Array;
}

type Task = { op: 'import'; bytes: Uint8Array; options: ImportOptions } | { op: 'export'; text: string; options: ExportOptions };
type Reply = { ok: true; value: ImportResult | Exported } | { ok: false; name: string; message: string; limit?: LimitKind };

/** Marks the worker's workerData: this bundle, started as a worker, waits for tasks. */
const WORKER = 'ituWordWorker';

/** The Word import of a .docx's bytes, in a worker. */
export async function importInWorker(bytes: Uint8Array, options: ImportOptions, limits: RunLimits = {}): Promise<ImportResult> {
  return (await run({ op: 'import', bytes, options }, limits, 'import')) as ImportResult;
}

/** The Word export of an .itu text, in a worker. */
export async function exportInWorker(text: string, options: ExportOptions, limits: RunLimits = {}): Promise<Exported> {
  return (await run({ op: 'export', text, options }, limits, 'export')) as Exported;
}

/** What a worker does, as its messages name it. */
const whatOf = (what: string) => (what === 'import' ? l10n.t('the import') : l10n.t('the export'));

function run(task: Task, limits: RunLimits, op: string): Promise<ImportResult | Exported> {
  const what = whatOf(op);
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memory = limits.maxMemoryMb ?? (task.op === 'import' ? DEFAULT_IMPORT_MEMORY_MB : DEFAULT_EXPORT_MEMORY_MB);
  if (limits.signal?.aborted) return Promise.reject(new CancelledError(l10n.t('{0} was cancelled', what)));
  return new Promise((resolve, reject) => {
    const worker = take(memory);
    let settled = false;
    // The worker is kept for the next task only when it answered this one, for a small input: stopped (time, cancel),
    // out of memory or failed, it is ended.
    const finish = (fn: () => void, keep = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep && inputSize(task) <= KEEP_AFTER_BYTES) keepIdle(worker, memory);
      else void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new LimitError(l10n.t('{0} took longer than {1} s, the time it is given: stopped, nothing written', what, Number((timeoutMs / 1000).toPrecision(3))), 'time')));
    }, timeoutMs);
    const onAbort = () => finish(() => reject(new CancelledError(l10n.t('{0} was cancelled: nothing written', what))));
    limits.signal?.addEventListener('abort', onAbort);
    const onMessage = (reply: Reply) => {
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else if (reply.limit) reject(new LimitError(reply.message, reply.limit));
        else if (reply.name === 'DocxError') reject(new DocxError(reply.message));
        else reject(new Error(reply.message));
      }, reply.ok);
    };
    const onError = (error: NodeJS.ErrnoException) => {
      finish(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(new LimitError(l10n.t('{0} needed more than the {1} MB of memory it is given (a generated bomb, or a document far larger than any contribution): stopped, nothing written', what, memory), 'memory'));
        } else reject(error);
      });
    };
    const onExit = (code: number) => finish(() => reject(new Error(l10n.t('the worker of {0} stopped (exit code {1}) without an answer', what, String(code)))));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    // The worker speaks the user's language too: the catalogue the main thread reads now.
    worker.postMessage({ task, bundle: activeBundle() } satisfies Asked);
  });
}

/** What a worker is asked: the task, and the message catalogue to answer in. */
interface Asked {
  task: Task;
  bundle: string | undefined;
}

/**
 * A worker that answered its last task waits this long for the next (then ends): an export typed, looked at in Word
 * and made again, or the tests' many small ones, start a worker once. Starting one (Node's thread, the bundle
 * compiled, the core and the docx library run for the first time) took most of a small export's 0.45 s.
 */
const IDLE_MS = 15_000;
/** Kept only after a task of this input at most: a worker's heap after a large import stays large until it ends. */
const KEEP_AFTER_BYTES = 4 * 1024 * 1024;

/** The worker kept idle (one at most), the heap limit it was started with, and what ends it while it waits. */
let idleWorker: { worker: Worker; memory: number; timer: NodeJS.Timeout; onEnd: () => void } | undefined;

/** How many workers this process has started (the tests count them). */
export let workersStarted = 0;

const inputSize = (task: Task) => (task.op === 'import' ? task.bytes.byteLength : task.text.length * 2);

/** The idle worker if it has this heap limit, else a new one. */
function take(memory: number): Worker {
  const kept = idleWorker;
  if (kept && kept.memory === memory) {
    idleWorker = undefined;
    clearTimeout(kept.timer);
    kept.worker.off('exit', kept.onEnd).off('error', kept.onEnd);
    kept.worker.ref();
    return kept.worker;
  }
  workersStarted++;
  return spawn(memory);
}

/** Keeps a worker for the next task, unreferenced (the process may end while it waits), ending the one kept before. */
function keepIdle(worker: Worker, memory: number): void {
  if (idleWorker) void idleWorker.worker.terminate();
  // Waiting, it ends at IDLE_MS, or when it stops or fails on its own (an 'error' no one listened to would be thrown
  // in the caller's thread).
  const onEnd = () => {
    if (idleWorker?.worker !== worker) return;
    idleWorker = undefined;
    clearTimeout(timer);
    void worker.terminate();
  };
  const timer = setTimeout(onEnd, IDLE_MS);
  timer.unref();
  worker.unref();
  worker.once('exit', onEnd).once('error', onEnd);
  idleWorker = { worker, memory, timer, onEnd };
}

/** Ends the worker kept idle, if any (the tests, between cases). */
export async function endIdleWorker(): Promise<void> {
  const kept = idleWorker;
  idleWorker = undefined;
  if (!kept) return;
  clearTimeout(kept.timer);
  await kept.worker.terminate();
}

function spawn(memory: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memory, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memory >> 4)) };
  const data = { [WORKER]: true };
  if (/\.js$/.test(__filename)) return new Worker(__filename, { workerData: data, resourceLimits });
  if (!fs.existsSync(__filename)) throw new Error(l10n.t('{0}: the Word worker\'s source is missing', path.basename(__filename)));
  // The bundle is plain JavaScript: the worker does without the loaders the tests start this process with (tsx's hooks
  // read every module a worker loads, the 2 MB bundle included: half a worker's time).
  return new Worker(sourceBundle(), { workerData: data, resourceLimits, execArgv: [] });
}

let bundled: string | undefined;

/**
 * Under tsx (the tests): this source bundled by esbuild, once a process, as the shipped word.js is. Each worker loading
 * the sources through tsx's require hook took twice as long (an export 0.65 s against 0.35 s). The bundle is written to
 * a directory of its own under the system's temporary directory, removed when the process exits.
 */
function sourceBundle(): string {
  if (bundled && fs.existsSync(bundled)) return bundled;
  // Named through a variable, so that the shipped bundles do not take esbuild in (it is only there with the sources).
  const bundler = 'esbuild';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildSync } = require(bundler) as typeof import('esbuild');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-word-worker-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'word-worker.js');
  buildSync({ entryPoints: [__filename], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node18', charset: 'utf8', minify: true, logLevel: 'error' });
  return (bundled = out);
}

/** In the worker: do the task, answer once. */
async function work(task: Task): Promise<Reply> {
  try {
    if (task.op === 'import') {
      const value = await importDocx(task.bytes, task.options);
      // What import writes, check and export must be able to read back (U+FFFD takes 3 bytes in UTF-8).
      const bytes = Buffer.byteLength(value.text);
      if (bytes > MAX_ITU_BYTES) throw new DocxError(l10n.t('the imported text would be {0} MB, more than the {1} MB an .itu file may have: nothing written', Math.ceil(bytes / 1048576), MAX_ITU_BYTES / 1048576));
      return { ok: true, value };
    }
    const doc = parseDocument(task.text);
    if (doc.parseFindings.some((f) => f.code === 'input.binary')) throw new DocxError(l10n.t('the input does not look like text: nothing exported'));
    const bytes = await exportDocx(doc, task.options);
    return {
      ok: true,
      value: {
        bytes,
        revisions: doc.marks.filter((m) => m.kind === 'insertion' || m.kind === 'deletion' || m.kind === 'substitution').length,
        comments: doc.marks.filter((m, i) => m.kind === 'comment' && doc.marks[i - 1]?.attribution?.start !== m.start).length,
        // The notes written: those of the new text and those a deletion takes with it (a deleted footnote in Word).
        footnotes: new Set([...doc.views.new.footnoteDefs, ...doc.views.old.footnoteDefs].map((d) => d.label)).size,
        markErrors: doc.parseFindings.filter((f) => f.code.startsWith('marks.') && f.severity === 'error').length,
        // A vertical tab is written as a line break (export.ts tabbed); every other such character is left out.
        dropped: (task.text.match(FORBIDDEN_CHARS) ?? []).filter((c) => c !== '\v').length,
      },
    };
  } catch (error) {
    const e = error as Error;
    if (e instanceof LimitError) return { ok: false, name: e.name, message: e.message, limit: e.limit };
    if (e instanceof DocxError) return { ok: false, name: 'DocxError', message: e.message };
    // V8's longest string (about 512 MB) is a limit of its own; a stack overflow stays an internal error (a fault to fix).
    if (e instanceof RangeError && /Invalid (string|array) length/.test(e.message)) {
      return { ok: false, name: 'LimitError', message: l10n.t('the document is too large to convert here (a generated bomb, or a document far larger than any contribution): refused'), limit: 'size' };
    }
    // The main thread's caller (CLI, server) says "internal error" once; the worker sends the fault as it is.
    return { ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(error) };
  }
}

const data = !isMainThread && workerData && typeof workerData === 'object' ? (workerData as Record<string, unknown>) : undefined;
if (data?.[WORKER] === true && parentPort) {
  const port = parentPort;
  let language: string | undefined | null = null;
  // One task at a time: the main thread asks again only after the answer.
  port.on('message', ({ task, bundle }: Asked) => {
    if (bundle !== language) {
      language = bundle;
      try {
        localize({ bundle });
      } catch {
        localize({});
      }
    }
    void work(task).then((reply) => port.postMessage(reply));
  });
}
