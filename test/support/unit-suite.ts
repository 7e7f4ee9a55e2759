// Every unit test file, in as many processes as the machine has cores (at most `--shards=N`, default 2):
//   node --max-semi-space-size=64 --import tsx test/support/unit-suite.ts [--quick] [--shards=N]
//                                                                        (npm run test:unit, test:fast)
//
// `node --test test/unit/*.test.ts` started a process per file, and each start (Node, tsx, the core's modules loaded
// again) cost more than most files' tests: the 141 files took 3.5 minutes, in one process 1.5. A shard is such a
// process: it loads its files in order, synchronously, and so still finds a test that leaves global state (the
// message language, the working directory) changed for the files after it in that shard.
// The files are dealt to the shards by their recorded durations (test/support/unit-weights.json, longest first, each
// to the shard with the least so far), so that the shards end together; a file not recorded weighs the median.
// `--weigh` runs the files in one process and rewrites that record (for `--quick` or full scale) from the tests' own
// durations.
// A larger young generation (64 MB semi-spaces) for the generated tests' garbage: 43-49 s against 47-51 s without
// over a few quick runs, within this machine's noise.
// `--quick` (npm run test:fast, the inner loop) runs generated tests at a tenth of their cases (test/support/scale.ts).
// One file still runs alone: `node --import tsx --test test/unit/X.test.ts`.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deal } from './shards';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const weigh = args.includes('--weigh');
const shardArg = args.find((a) => a.startsWith('--shard='))?.slice('--shard='.length);
const wanted = Number(args.find((a) => a.startsWith('--shards='))?.slice('--shards='.length) ?? 2);
const dir = path.join(__dirname, '..', 'unit');
const weightsFile = path.join(__dirname, 'unit-weights.json');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();

type Weights = Record<'quick' | 'full', Record<string, number>>;

function readWeights(): Weights {
  try {
    return JSON.parse(fs.readFileSync(weightsFile, 'utf8')) as Weights;
  } catch {
    return { quick: {}, full: {} };
  }
}

if (shardArg !== undefined) {
  if (quick) process.env.ITU_TEST_QUICK = '1';
  const [i, n] = shardArg.split('/').map(Number) as [number, number];
  const mine = deal(files, readWeights()[quick ? 'quick' : 'full'], n)[i]!;
  // Loaded in order and synchronously (the tests run as CommonJS under tsx): each file registers its tests as it loads.
  for (const file of mine) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(dir, file));
  }
} else {
  void runShards(weigh ? 1 : Math.max(1, Math.min(wanted, os.availableParallelism(), files.length)));
}

/** Runs `n` shards side by side; prints each one's report whole as it ends, then the totals. */
async function runShards(n: number): Promise<void> {
  const t0 = performance.now();
  const own = process.execArgv.some((a) => a.startsWith('--test-reporter'));
  const reporter = own ? [] : [`--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`];
  // Weighing: a second reporter (test/support/unit-weights-reporter.mjs) writes each file's summed durations.
  const durations = path.join(os.tmpdir(), `itu-unit-weights-${process.pid}.json`);
  if (weigh) {
    if (!own) reporter.push('--test-reporter-destination=stdout');
    reporter.push(`--test-reporter=${path.join(__dirname, 'unit-weights-reporter.mjs')}`, `--test-reporter-destination=${durations}`);
  }
  const counts = { tests: 0, pass: 0, fail: 0 };
  const codes = await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const child = spawn(process.execPath, [...process.execArgv, ...reporter, __filename, ...args, `--shard=${i}/${n}`], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      });
      const out: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => out.push(b));
      return new Promise<number>((resolve) => {
        child.on('close', (code, signal) => {
          const text = Buffer.concat(out).toString('utf8');
          process.stdout.write(`\n# unit-suite: shard ${i + 1} of ${n}\n${text}`);
          for (const m of text.matchAll(/^(?:#|ℹ) (tests|pass|fail) (\d+)$/gm)) counts[m[1] as keyof typeof counts] += Number(m[2]);
          resolve(code ?? (signal ? 1 : 0));
        });
      });
    }),
  );
  const failed = codes.find((c) => c !== 0);
  console.log(
    `\nunit suite: ${n} shard${n === 1 ? '' : 's'}, ${counts.tests} tests, ${counts.pass} passing, ${counts.fail} failing, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s${failed !== undefined ? `; a shard exited with ${failed}` : ''}`,
  );
  process.exitCode = failed ?? 0;
  if (weigh && failed === undefined) {
    const all = readWeights();
    const scale = quick ? 'quick' : 'full';
    const spent = JSON.parse(fs.readFileSync(durations, 'utf8')) as Record<string, number>;
    all[scale] = Object.fromEntries(Object.entries(spent).map(([f, ms]) => [path.basename(f), Math.round(ms)]).sort());
    fs.writeFileSync(weightsFile, JSON.stringify(all, null, 1) + '\n');
    console.log(`unit suite: ${Object.keys(all[scale]).length} files' durations recorded (${scale}) in ${path.relative(process.cwd(), weightsFile)}`);
  }
  fs.rmSync(durations, { force: true });
}
