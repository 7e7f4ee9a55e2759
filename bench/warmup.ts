// How long the full check takes to warm up: medians of successive rounds of checks of the bench's 10 KB document (the
// contribution or the base text), each beside the split floor, in one process, with the core bundled and minified as
// the bench bundles it. Run with --no-opt (node's flag) to see the curve flat, and with --trace-opt to count what
// TurboFan optimizes in each round (the twenty-second session's reading: docs/benchmarks.md). The bench's warm-up
// (bench.ts WARM_RUNS) is read from it.
//   node [--no-opt] --import tsx bench/warmup.ts [contribution|base] [ROUNDS] [ROUND_SIZE]
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { distinctDocument, sizedResolution, sources } from '../test/corpus';

const ROOT = path.resolve(__dirname, '..');
const [which = 'contribution', rounds = '14', size = '300'] = process.argv.slice(2);
const out = path.join(os.tmpdir(), `itu-warmup-core-${process.pid}.js`);
buildSync({ entryPoints: [path.join(ROOT, 'server/src/core/index.ts')], bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, outfile: out, logLevel: 'warning' });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(out) as typeof import('../server/src/core');
const corpus = sources();
const text = which === 'base' ? sizedResolution(10_000, corpus).join('\n') + '\n' : distinctDocument(10_000, corpus);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const row: string[] = [];
for (let round = 0; round < Number(rounds); round++) {
  const check: number[] = [];
  const split: number[] = [];
  for (let r = 0; r < Number(size); r++) {
    let t = performance.now();
    core.checkDocument(core.parseDocument(text));
    check.push(performance.now() - t);
    t = performance.now();
    void text.split(/\s+/).length;
    split.push(performance.now() - t);
  }
  row.push(`${Math.round(median(check) * 1000)}/${Math.round(median(split) * 1000)}`);
  if (process.execArgv.some((a) => a.startsWith('--trace-opt'))) console.log(`ROUND ${round}`);
}
console.log(`${which}, check/split µs by rounds of ${size}: ${row.join(' ')}`);
