// The amendment simulator over thousands of generated cases (npm run test:sim; also part of npm test).
//   ITU_SIM_CASES=20000 npm run test:sim     more cases
//   ITU_SIM_START=90000 npm run test:sim     other seeds (default: 1, so runs repeat exactly)
//   ITU_SIM_SEED=1234 npm run test:sim       replay one seed: the drafts, then every failure
//   ITU_SIM_TEXTS=a.itu:b.itu npm run test:sim   amend other texts too (each holds a RESOLUTION; a MOD gives its new text)
//   ITU_SIM_FINAL_ACTS_CASES=0 npm run test:sim  skip the second run, over the PP-18 Final Acts (default 800 cases)
//   ITU_SIM_SET=final-acts ITU_SIM_SEED=28 npm run test:sim   replay a seed of that second run
// Exit status 1 when any property fails; each failure class is printed once with a seed to replay.
import { explain, simulate, summary } from './simulate';
import type { TextSet } from './sources';

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

const set: TextSet = process.env.ITU_SIM_SET === 'final-acts' ? 'final-acts' : 'texts';
const seed = process.env.ITU_SIM_SEED;
if (seed !== undefined && seed !== '') {
  const text = explain(intFromEnv('ITU_SIM_SEED', 0), set);
  process.stdout.write(text + '\n');
  process.exit(/\nFAIL /.test(text) ? 1 : 0);
}

const start = intFromEnv('ITU_SIM_START', 1);
const reports = [simulate(start, intFromEnv('ITU_SIM_CASES', 3000), undefined, 'texts')];
// Texts the project was not written against: every Resolution and Decision of the PP-18 Final Acts.
const finalActs = intFromEnv('ITU_SIM_FINAL_ACTS_CASES', 800);
if (finalActs > 0) reports.push(simulate(start, finalActs, undefined, 'final-acts'));
for (const report of reports) process.stdout.write(summary(report) + '\n');
process.exit(reports.some((r) => r.failedCases > 0) ? 1 : 0);
