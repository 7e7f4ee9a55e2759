// A/B of the core: another checkout (OLD, with its node_modules) against this tree, both bundled minified
// as the bench does, run interleaved on the bench's documents, wall time, with the split floor beside them
// (means and medians; both cores share one heap, so a change in garbage collection shows in neither: compare
// such a change in separate processes):
//   node --import tsx bench/ab.ts /path/to/old/checkout
import { buildSync } from 'esbuild';
import * as os from 'os';
import * as path from 'path';
import { distinctDocument, sizedResolution, sources } from '../test/corpus';
const old = process.argv[2];
if (!old) throw new Error('usage: bench/ab.ts OLD_CHECKOUT');
const cores = [path.resolve(old), path.resolve(__dirname, '..')].map((root, k) => {
  const out = path.join(os.tmpdir(), `itu-ab-core${k}-${process.pid}.js`);
  buildSync({ entryPoints: [`${root}/server/src/core/index.ts`], bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, outfile: out, logLevel: 'warning' });
  // The bundles are written at run time: only require() loads them synchronously.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out);
});
const src = sources();
for (const [variant, make] of [['contribution', (b: number) => distinctDocument(b, src)], ['base text', (b: number) => sizedResolution(b, src).join('\n') + '\n']] as const) {
  for (const [bytes, runs] of [[10_000, 400], [100_000, 60], [1_000_000, 12]] as const) {
    const text = make(bytes);
    const t: number[][] = [[], [], []];
    // Warm: the first few hundred checks of a process run code V8 has not optimized yet.
    for (let w = 0; w < (bytes < 100_000 ? 300 : 5); w++) for (const c of cores) c.checkDocument(c.parseDocument(text));
    for (let r = 0; r < runs; r++) {
      for (let j = 0; j < 2; j++) { const k = (r + j) % 2; const u = process.hrtime.bigint(); cores[k].checkDocument(cores[k].parseDocument(text)); t[k].push(Number(process.hrtime.bigint() - u) / 1e6); }
      const u = process.hrtime.bigint(); if (text.split(/\s+/).length < 0) throw new Error(); t[2].push(Number(process.hrtime.bigint() - u) / 1e6);
    }
    // Means (what garbage collection costs is in them, shared by both cores: one heap) and medians (a run's median rarely holds a collection).
    const ms = t.map((x) => x.reduce((a, b) => a + b, 0) / runs);
    const md = t.map((x) => x.slice().sort((a, b) => a - b)[x.length >> 1]);
    console.log(`${variant} ${bytes / 1000} KB: means old ${ms[0].toFixed(3)} ms (${(ms[0] / ms[2]).toFixed(1)}× floor), now ${ms[1].toFixed(3)} ms (${(ms[1] / ms[2]).toFixed(1)}× floor), now/old ${(ms[1] / ms[0]).toFixed(2)}; medians old ${md[0].toFixed(3)} ms (${(md[0] / md[2]).toFixed(1)}×), now ${md[1].toFixed(3)} ms (${(md[1] / md[2]).toFixed(1)}×), now/old ${(md[1] / md[0]).toFixed(2)}`);
  }
}
