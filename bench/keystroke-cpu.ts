// The server's CPU time per keystroke, A/B between built checkouts, interleaved (not part of `npm run bench`).
//
//   node --import tsx bench/keystroke-cpu.ts [--bases] BYTES SERVER_JS [SERVER_JS …]
//   e.g. node --import tsx bench/keystroke-cpu.ts 1000000 /work/wt/base/server/out/server.js server/out/server.js
//
// --bases: the contribution is typed in a workspace folder holding the base texts its MODs amend (the benchmark's
// "base texts in the workspace" variant: every MOD compared with its text in force).
// Each server is started as the client starts it (SERVER_EXEC_ARGV, SERVER_ENV: test/lsp/harness.ts), opens a
// contribution of BYTES (test/corpus sizedDocument), and takes the benchmark's keystrokes (bench.ts typing: a phrase
// typed in the middle of paragraphs, typos taken back), each followed by a diagnostics pull. What is read is the
// server process's user + system time (/proc/PID/stat, all its threads: the collector's and the compiler's too)
// over the keystrokes, divided by their number: on a machine other sessions load, CPU time moves far less than the
// wall time `npm run bench` reports. Three rounds, the servers in turn. Linux only (/proc).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client } from '../test/lsp/harness';
import { sizedDocument, sources } from '../test/corpus';
import { typing } from './bench';

/** The process's user + system CPU time in ms (clock ticks of 10 ms). */
function cpu(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function one(server: string, text: string, n: number, folder: string | undefined): Promise<{ cpu: number; wall: number }> {
  const c = new Client(server);
  c.configuration = { diagnostics: { delay: 0 } };
  await c.initialize(true, true, folder ? pathToFileURL(folder).href : undefined);
  // With a workspace: until the server has read the base texts (it asks the client to pull again).
  for (let k = 0; folder && k < 100 && c.refreshes === 0; k++) await new Promise((resolve) => setTimeout(resolve, 20));
  const uri = folder ? pathToFileURL(path.join(folder, 'draft.itu')).href : 'file:///bench/keystroke.itu';
  c.open(uri, text);
  await c.pull(uri);
  const changes = typing(text, n + 20, 3);
  // 20 keystrokes first: the optimizing compiler's work on the new code paths is not counted.
  for (let i = 0; i < 20; i++) {
    c.change(uri, [changes[i]]);
    await c.pull(uri);
  }
  const pid = c.proc.pid!;
  const before = cpu(pid);
  const t = performance.now();
  for (let i = 20; i < changes.length; i++) {
    c.change(uri, [changes[i]]);
    await c.pull(uri);
  }
  const out = { cpu: (cpu(pid) - before) / n, wall: (performance.now() - t) / n };
  await c.shutdown();
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withBases = args[0] === '--bases';
  const [bytes, ...servers] = withBases ? args.slice(1) : args;
  if (!bytes || servers.length === 0) throw new Error('usage: node --import tsx bench/keystroke-cpu.ts [--bases] BYTES SERVER_JS [SERVER_JS …]');
  const corpus = sources();
  const text = sizedDocument(Number(bytes), corpus);
  let folder: string | undefined;
  if (withBases) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-kcpu-'));
    corpus.bases.forEach((t, k) => fs.writeFileSync(path.join(folder!, `base-${k + 1}.itu`), t));
  }
  const n = Number(bytes) > 500_000 ? 100 : 300;
  const results = new Map<string, { cpu: number[]; wall: number[] }>();
  for (let round = 0; round < 3; round++) {
    for (const s of servers) {
      const r = await one(s, text, n, folder);
      const entry = results.get(s) ?? { cpu: [], wall: [] };
      entry.cpu.push(r.cpu);
      entry.wall.push(r.wall);
      results.set(s, entry);
    }
  }
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
  for (const [s, r] of results) console.log(`${s}: CPU ms per keystroke ${list(r.cpu)}; wall ms ${list(r.wall)}`);
  if (folder) fs.rmSync(folder, { recursive: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
