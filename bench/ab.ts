// A/B of the core: another checkout (OLD, with its node_modules) against this tree, both bundled minified
// as the bench does, run interleaved on the bench's documents, wall time, with the split floor beside them:
//   node --import tsx bench/ab.ts /path/to/old/checkout
import { buildSync } from 'esbuild';
import * as os from 'os';
import * as path from 'path';
import { sizedDocument, sizedResolution, sources } from '../test/corpus';
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
for (const [variant, make] of [['contribution', (b: number) => sizedDocument(b, src)], ['base text', (b: number) => sizedResolution(b, src).join('\n') + '\n']] as const) {
  for (const [bytes, runs] of [[10_000, 400], [100_000, 60], [1_000_000, 12]] as const) {
    const text = make(bytes);
    const t = [0, 0, 0];
    for (let w = 0; w < 5; w++) for (const c of cores) c.checkDocument(c.parseDocument(text));
    for (let r = 0; r < runs; r++) {
      for (let k = 0; k < 2; k++) { const u = process.hrtime.bigint(); cores[k].checkDocument(cores[k].parseDocument(text)); t[k] += Number(process.hrtime.bigint() - u) / 1000; }
      const u = process.hrtime.bigint(); if (text.split(/\s+/).length < 0) throw new Error(); t[2] += Number(process.hrtime.bigint() - u) / 1000;
    }
    const ms = t.map((x) => x / runs / 1000);
    console.log(`${variant} ${bytes / 1000} KB: old ${ms[0].toFixed(3)} ms (${(ms[0] / ms[2]).toFixed(1)}× floor), now ${ms[1].toFixed(3)} ms (${(ms[1] / ms[2]).toFixed(1)}× floor), now/old ${(ms[1] / ms[0]).toFixed(2)}`);
  }
}
