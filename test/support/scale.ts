// How many cases a generated or property test draws.
//
// `npm run test:fast`, the inner loop, sets ITU_TEST_QUICK=1: generated tests then draw a tenth of their cases (never
// fewer than `least`). A seeded generator draws the first tenth of a full run's cases, so what fails quick fails in
// full too; fast-check draws new ones each run. `npm test` and CI draw them all. A file's own variable (PROPERTY_RUNS,
// ITU_SIM_UNIT_CASES, ...) still sets its count when given. A count a test expects its cases to reach is scaled alike:
// `assert.ok(found > cases(50))`.

const quick = process.env.ITU_TEST_QUICK === '1';

/** `full` cases in a full run; in a quick run a tenth of them, at least `least` (and never more than `full`). */
export function cases(full: number, least = 10): number {
  return quick ? Math.min(full, Math.max(least, Math.ceil(full / 10))) : full;
}
