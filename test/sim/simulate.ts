// The amendment simulator as a library: runs seeds, groups failures by class, and says how to replay.
import { bodyPool, draft, makeCase, type Case } from './cases';
import { runCase, type Failure, type PropertyName } from './properties';
import { loadSources, type Source, type TextSet } from './sources';

export interface ClassReport {
  cls: string;
  count: number;
  /** The first seed that showed it, and what it said. */
  seed: number;
  op: string;
  source: string;
  detail: string;
}

export interface SimReport {
  set: TextSet;
  cases: number;
  /** Seeds that drew an operation their list could not take (skipped, not counted as cases). */
  skipped: number;
  failedCases: number;
  classes: ClassReport[];
  ms: number;
  /** CPU time of this process (user + system): what the run costs whatever else the machine is doing. */
  cpuMs: number;
}

const cached = new Map<TextSet, { sources: Source[]; pool: string[] }>();

export function material(set: TextSet): { sources: Source[]; pool: string[] } {
  let m = cached.get(set);
  if (!m) {
    const sources = loadSources(set);
    cached.set(set, (m = { sources, pool: bodyPool(sources) }));
  }
  return m;
}

export function caseOf(seed: number, set: TextSet = 'texts'): Case | undefined {
  const { sources, pool } = material(set);
  return makeCase(seed, sources, pool);
}

/** Runs `count` cases from seed `start` on (seeds that draw nothing usable are skipped). */
export function simulate(start: number, count: number, which?: PropertyName[], set: TextSet = 'texts'): SimReport {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const classes = new Map<string, ClassReport>();
  let cases = 0;
  let skipped = 0;
  let failedCases = 0;
  for (let seed = start; cases < count; seed++) {
    const c = caseOf(seed, set);
    if (!c) {
      skipped++;
      if (skipped > 10 * count + 100) throw new Error('the generator draws almost nothing usable');
      continue;
    }
    cases++;
    const failures: Failure[] = runCase(c, which);
    if (failures.length) failedCases++;
    for (const f of failures) {
      const known = classes.get(f.cls);
      if (known) known.count++;
      else classes.set(f.cls, { cls: f.cls, count: 1, seed, op: c.op, source: c.source, detail: f.detail });
    }
  }
  return { set, cases, skipped, failedCases, classes: [...classes.values()].sort((a, b) => (a.cls < b.cls ? -1 : 1)), ms: performance.now() - t0, cpuMs: cpuOf(process.cpuUsage(cpu0)) };
}

function cpuOf(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

/** Everything about one seed, to read when replaying a failure. */
export function explain(seed: number, set: TextSet = 'texts'): string {
  const c = caseOf(seed, set);
  if (!c) return `seed ${seed}: draws an operation its list cannot take (no case)`;
  const out = [`seed ${seed}: ${c.source}: ${c.op} (whole paragraphs marked: ${c.style}; bis applies: ${c.bisApplies})`];
  const numbered = (text: string) => text.split('\n').map((l, i) => `${String(i + 1).padStart(4)}  ${l}`).join('\n');
  out.push('--- first draft (the change in marks, labels not relettered)', numbered(draft(c, 'first', true).text));
  out.push('--- correct draft, relettered with marks', numbered(draft(c, 'reletter', true).text));
  for (const f of runCase(c)) out.push(`FAIL ${f.cls}: ${f.detail}`);
  return out.join('\n');
}

/** One block per fault (the class before `:`), its operations with a seed each. */
export function summary(report: SimReport): string {
  const replay = report.set === 'texts' ? '' : `ITU_SIM_SET=${report.set} `;
  const lines = [`amendment simulator (${report.set}): ${report.cases} cases (${report.skipped} seeds skipped), ${report.failedCases} failing, ${(report.ms / 1000).toFixed(1)} s (${(report.cpuMs / 1000).toFixed(1)} s CPU)`];
  const byFault = new Map<string, ClassReport[]>();
  for (const k of report.classes) {
    const fault = k.cls.slice(0, k.cls.indexOf(':'));
    byFault.set(fault, [...(byFault.get(fault) ?? []), k]);
  }
  for (const [fault, ks] of byFault) {
    const first = ks[0];
    lines.push(`  ${fault} ×${ks.reduce((n, k) => n + k.count, 0)}  replay: ${replay}ITU_SIM_SEED=${first.seed} npm run test:sim`);
    lines.push(`      ${first.source}: ${first.op}`);
    lines.push(`      ${first.detail}`);
    lines.push(`      by operation: ${ks.map((k) => `${k.cls.slice(fault.length + 1)} ×${k.count} (seed ${k.seed})`).join(', ')}`);
  }
  return lines.join('\n');
}
