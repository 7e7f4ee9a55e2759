// What the full check of the contribution costs at 100 KB and 1 MB besides its own work: CPU time per
// check (all threads, so waiting for a core does not count), what the young-generation collector copies
// (--trace-gc-nvp: promoted + survived bytes), the mark-compacts, and the heap one kept parse holds.
// Each size runs in a process of its own that warms up as bench.ts does (WARM_RUNS checks of 10 KB), with the
// core bundled and minified as the bench bundles it; with a checkout given, its core runs too, process
// after process, for a before/after on a loaded machine:
//   node --import tsx bench/growth.ts [OTHER_CHECKOUT] [--rounds=N]
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sizedDocument, sources } from '../test/corpus';
import { WARM_RUNS } from './bench';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const checkouts = [...args.filter((a) => !a.startsWith('--')).map((a) => path.resolve(a)), ROOT];

/** The core and the bench's document builder of a checkout, in one bundle (the documents come from this tree's examples). */
function bundle(root: string, k: number): string {
  const entry = path.join(os.tmpdir(), `itu-growth-entry${k}-${process.pid}.ts`);
  fs.writeFileSync(entry, `export { parseDocument, checkDocument } from ${JSON.stringify(`${root}/server/src/core/index`)};\n`);
  const out = path.join(os.tmpdir(), `itu-growth-core${k}-${process.pid}.js`);
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, outfile: out, logLevel: 'warning', nodePaths: [path.join(ROOT, 'node_modules')] });
  fs.rmSync(entry);
  return out;
}

/** The child: warm up, then `runs` checks of the document of `bytes`, CPU time each; then the heap one kept parse holds. */
const CHILD = `
const core = require(process.argv[2]);
const docs = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
const text = docs[process.argv[4]];
const runs = Number(process.argv[5]);
for (let i = 0; i < ${WARM_RUNS}; i++) core.checkDocument(core.parseDocument(docs['10000']));
for (let i = 0; i < 3; i++) core.checkDocument(core.parseDocument(text));
console.log('@@start');
const cpu = [];
for (let i = 0; i < runs; i++) { const c = process.cpuUsage(); core.checkDocument(core.parseDocument(text)); const u = process.cpuUsage(c); cpu.push((u.user + u.system) / 1000); }
console.log('@@end');
gc(); gc();
const before = process.memoryUsage().heapUsed;
const kept = core.parseDocument(text); core.checkDocument(kept);
gc(); gc();
const held = process.memoryUsage().heapUsed - before;
cpu.sort((a, b) => a - b);
console.log('@@result ' + JSON.stringify({ cpu: cpu[cpu.length >> 1], held, length: kept.text.length }));
`;

interface Result { cpu: number; copied: number; scavenges: number; markCompacts: number; held: number }

function run(core: string, docs: string, bytes: number, runs: number): Result {
  const child = path.join(os.tmpdir(), `itu-growth-child-${process.pid}.js`);
  fs.writeFileSync(child, CHILD);
  const r = spawnSync(process.execPath, ['--expose-gc', '--trace-gc-nvp', child, core, docs, String(bytes), String(runs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  let inside = false;
  let copied = 0;
  let scavenges = 0;
  let markCompacts = 0;
  let result: { cpu: number; held: number } | undefined;
  for (const line of r.stdout.split('\n')) {
    if (line === '@@start') inside = true;
    else if (line === '@@end') inside = false;
    else if (line.startsWith('@@result ')) result = JSON.parse(line.slice(9));
    else if (inside) {
      const kind = / gc=(\w+)/.exec(line)?.[1];
      const field = (name: string) => Number(new RegExp(` ${name}=(\\d+)`).exec(line)?.[1] ?? 0);
      if (kind === 's') {
        scavenges++;
        copied += field('promoted') + field('new_space_survived');
      } else if (kind) markCompacts++;
    }
  }
  if (!result) throw new Error('no result from the child');
  return { cpu: result.cpu, held: result.held, copied: copied / runs, scavenges: scavenges / runs, markCompacts: markCompacts / runs };
}

const src = sources();
const docs = path.join(os.tmpdir(), `itu-growth-docs-${process.pid}.json`);
fs.writeFileSync(docs, JSON.stringify(Object.fromEntries([10_000, 100_000, 1_000_000].map((b) => [b, sizedDocument(b, src)]))));
const cores = checkouts.map(bundle);
const MB = (x: number) => (x / 1e6).toFixed(2);
const results = cores.map(() => ({ small: [] as Result[], large: [] as Result[] }));
for (let r = 0; r < rounds; r++) {
  cores.forEach((core, k) => {
    results[k].small.push(run(core, docs, 100_000, 60));
    results[k].large.push(run(core, docs, 1_000_000, 25));
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
checkouts.forEach((root, k) => {
  const { small, large } = results[k];
  const m = (rs: Result[], f: (x: Result) => number) => median(rs.map(f));
  console.log(`${root}:`);
  for (const [name, rs] of [['100 KB', small], ['1 MB', large]] as const) {
    console.log(`  ${name}: CPU ${m(rs, (x) => x.cpu).toFixed(2)} ms a check; ${m(rs, (x) => x.scavenges).toFixed(2)} scavenges copying ${MB(m(rs, (x) => x.copied))} MB, ${m(rs, (x) => x.markCompacts).toFixed(2)} mark-compacts a check; one kept parse ${MB(m(rs, (x) => x.held))} MB`);
  }
  console.log(`  growth (CPU, median of the rounds' ratios): ${median(large.map((x, i) => x.cpu / small[i].cpu)).toFixed(1)}×`);
});
for (const f of [docs, ...cores]) fs.rmSync(f, { force: true });
