// The Word worker (server/src/word/run.ts): a worker that answered is kept for the next task, so that an export made
// again (or the tests' many small ones) starts no thread; one that was stopped or failed is ended, a task that asks for
// another heap gets a worker of its own, each task is answered in the language of its moment, and a worker kept
// waiting holds no process open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { localize } from '../../server/src/localize';
import { CancelledError, DocxError } from '../../server/src/word/entry';
import type { ImportResult } from '../../server/src/word/import';
import * as run from '../../server/src/word/run';
import { ROOT } from './helpers';

const DRAFT = 'MOD\tEXA/12A3/1\nRESOLUTION 1 (Rev. {--Dubai, 2012--}{++Geneva, 2028++})\nTitle\n\nReasons:\tr\n';
const NOT_A_DOCX = new TextEncoder().encode('plain text, no ZIP package');

after(() => run.endIdleWorker());

/** The workers the tasks of `body` started. */
async function started(body: () => Promise<unknown>): Promise<number> {
  const before = run.workersStarted;
  await body();
  return run.workersStarted - before;
}

test('tasks one after another share one worker, and give what a worker of their own gives', async () => {
  await run.endIdleWorker();
  const first = await run.exportInWorker(DRAFT, { date: new Date(0) });
  let again: run.Exported | undefined;
  assert.equal(await started(async () => (again = await run.exportInWorker(DRAFT, { date: new Date(0) }))), 0, 'the second export started a worker');
  assert.equal(again!.revisions, first.revisions);
  // An import after the exports, on the heap an import is given: a worker of its own; the next import takes it.
  const imported = await run.importInWorker(first.bytes, {});
  assert.match(imported.text, /\{--Dubai, 2012--\}\{\+\+Geneva, 2028\+\+\}/);
  let back: ImportResult | undefined;
  assert.equal(await started(async () => (back = await run.importInWorker(again!.bytes, {}))), 0);
  assert.equal(back!.text, imported.text);
  assert.equal(await started(() => run.exportInWorker(DRAFT, {})), 1, 'the export asks for another heap than the import kept');
});

test('a worker stopped (cancelled) or whose task failed is not asked again', async () => {
  await run.exportInWorker(DRAFT, {});
  const stop = new AbortController();
  const cancelled = run.exportInWorker(DRAFT, { date: new Date(0) }, { signal: stop.signal });
  stop.abort();
  await assert.rejects(cancelled, CancelledError);
  assert.equal(await started(() => run.exportInWorker(DRAFT, {})), 1, 'the cancelled worker was kept');
  // A refusal is an answer from a sound worker, but the worker is ended all the same (only what answered well is
  // kept): the export's worker, kept before it, is still the one kept.
  await assert.rejects(run.importInWorker(NOT_A_DOCX, {}), DocxError);
  assert.equal(await started(() => run.exportInWorker(DRAFT, {})), 0, 'the refusing worker was kept in place of the export\'s');
});

test('each task is answered in the language the messages are in when it is asked, on the same worker', async () => {
  const docx = (await run.exportInWorker(DRAFT, {})).bytes;
  const message = async () => (await run.importInWorker(NOT_A_DOCX, {}).catch((e: Error) => e)) as Error;
  // A worker started in English, asked in French; then one started in French, asked in English. (A refusal ends its
  // worker: a sound import before each refusal keeps one to ask.)
  await run.importInWorker(docx, {});
  try {
    localize({ locale: 'fr' });
    let french: Error | undefined;
    assert.equal(await started(async () => (french = await message())), 0, 'the import refused in French started a worker');
    assert.match(french!.message, /^ce n'est pas un fichier Word \.docx/);
    await run.importInWorker(docx, {});
  } finally {
    localize({});
  }
  let english: Error | undefined;
  assert.equal(await started(async () => (english = await message())), 0, 'the import refused in English started a worker');
  assert.match(english!.message, /^not a Word \.docx file/);
});

test('a worker kept for the next task does not hold the process open', async () => {
  // A process that exports once and then has nothing to do ends; were the waiting worker to hold it, the watchdog
  // (unreferenced: it fires only in a process that something else holds open) would end it with 3.
  const script = [
    `const run = require(${JSON.stringify(path.join(ROOT, 'server/src/word/run.ts'))});`,
    `run.exportInWorker(${JSON.stringify(DRAFT)}, {}).then((e) => {`,
    '  console.log(`exported ${e.revisions} ${run.workersStarted}`);',
    '  setTimeout(() => { console.log("held open"); process.exit(3); }, 5000).unref();',
    '});',
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 0, `${out}${err}`);
  assert.equal(out.trim(), 'exported 2 1');
});
