// Every unit test file in one process:
//   node --max-semi-space-size=64 --import tsx test/support/unit-suite.ts [--quick]   (npm run test:unit, test:fast)
//
// `node --test test/unit/*.test.ts` started a process per file, and each start (Node, tsx, the core's modules loaded
// again) cost more than most files' tests: the 141 files took 3.5 minutes, in one process 1.5. One process also finds
// a test that leaves global state (the message language, the working directory) changed for the files after it.
// A larger young generation (64 MB semi-spaces) for the generated tests' garbage: 43-49 s against 47-51 s without
// over a few quick runs, within this machine's noise.
// `--quick` (npm run test:fast, the inner loop) runs generated tests at a tenth of their cases (test/support/scale.ts).
// One file still runs alone: `node --import tsx --test test/unit/X.test.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';

if (process.argv.includes('--quick')) process.env.ITU_TEST_QUICK = '1';
const dir = path.join(__dirname, '..', 'unit');
// Loaded in order and synchronously (the tests run as CommonJS under tsx): each file registers its tests as it loads.
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(dir, file));
}
