// The amendment simulator over thousands of generated cases (npm run test:sim; also part of npm test).
//   ITU_SIM_CASES=20000 npm run test:sim     more cases
//   ITU_SIM_START=90000 npm run test:sim     other seeds (default: 1, so runs repeat exactly)
//   ITU_SIM_SEED=1234 npm run test:sim       replay one seed: the drafts, then every failure
//   ITU_SIM_TEXTS=a.itu:b.itu npm run test:sim   amend other texts too (each holds a RESOLUTION; a MOD gives its new text)
// Exit status 1 when any property fails; each failure class is printed once with a seed to replay.
import { explain, simulate, summary } from './simulate';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`${name}=${raw}: expected a whole number\n`);
    process.exit(2);
  }
  return n;
}

const seed = process.env.ITU_SIM_SEED;
if (seed !== undefined && seed !== '') {
  const text = explain(intFromEnv('ITU_SIM_SEED', 0));
  process.stdout.write(text + '\n');
  process.exit(/\nFAIL /.test(text) ? 1 : 0);
}

const report = simulate(intFromEnv('ITU_SIM_START', 1), intFromEnv('ITU_SIM_CASES', 3000));
process.stdout.write(summary(report) + '\n');
process.exit(report.failedCases > 0 ? 1 : 0);
