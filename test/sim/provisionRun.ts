// Runs generated proposals on provisions (provisionCases.ts) through the checker with the workspace's
// texts in force, and says what is wrong: a finding on a correct contribution, or a fault reported
// elsewhere, with another code, or not at all.
import { BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { makeProvisionCase, type ProvisionCase } from './provisionCases';

export interface ProvisionFailure {
  seed: number;
  /** A short class to group failures: `fault kind: what went wrong`. */
  cls: string;
  detail: string;
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function findingsOf(c: ProvisionCase): Finding[] {
  const index = new BaseIndex();
  for (const f of c.files) index.update(f.name, f.text);
  const findings = checkDocument(parseDocument(c.contribution), { bases: index.lookup });
  const failed = findings.find((f) => f.code === 'input.check-failed');
  if (failed) throw new Error(failed.message);
  return findings;
}

export function runProvisionCase(c: ProvisionCase): ProvisionFailure[] {
  const text = c.contribution;
  const show = (f: Finding) => `${f.code} line ${lineOf(text, f.start) + 1} "${text.slice(f.start, f.end)}": ${f.message}`;
  const out: ProvisionFailure[] = [];
  const fail = (what: string, detail: string) => out.push({ seed: c.seed, cls: `${c.kind} ${c.fault}: ${what}`, detail: `${c.describe}\n      ${detail}` });
  // A citation of a provision the contribution suppresses is reported where the generator finds one, whatever the
  // fault (ProvisionCase.cited); those findings are set apart from the fault's.
  const cites = (f: Finding) => f.code === 'proposal.cites-suppressed' && [...c.cited.must, ...c.cited.may].includes(lineOf(text, f.start));
  const all = findingsOf(c);
  for (const line of new Set(c.cited.must)) {
    if (!all.some((f) => cites(f) && lineOf(text, f.start) === line)) fail('proposal.cites-suppressed not found', `expected on line ${line + 1}; got ${all.map(show).join(' | ') || 'nothing'}`);
  }
  const citedInForce = (f: Finding) => f.code === 'base.suppressed-cited' && c.citedInForce.includes(lineOf(text, f.start));
  for (const line of c.citedInForce) {
    if (!all.some((f) => citedInForce(f) && lineOf(text, f.start) === line)) fail('base.suppressed-cited not found', `expected on line ${line + 1}; got ${all.map(show).join(' | ') || 'nothing'}`);
  }
  const findings = all.filter((f) => !cites(f) && !citedInForce(f));
  const e = c.expected;
  if (!e) {
    for (const f of findings) fail(`finding on a correct contribution (${f.code})`, show(f));
    return out;
  }
  for (const f of findings) {
    if (!e.codes.includes(f.code)) fail(`unexpected ${f.code}`, show(f));
    else if (!e.lines.includes(lineOf(text, f.start))) fail(`${f.code} elsewhere`, `${show(f)} (expected on line ${e.lines.map((l) => l + 1).join(' or ')})`);
  }
  const mine = findings.filter((f) => e.codes.includes(f.code) && e.lines.includes(lineOf(text, f.start)));
  if (mine.length === 0) fail(`not found (${e.codes.join('/')})`, `expected on line ${e.lines.map((l) => l + 1).join(' or ')}; got ${findings.map(show).join(' | ') || 'nothing'}`);
  else if (e.covers) {
    const lineStart = text.split('\n').slice(0, e.covers.line).reduce((n, l) => n + l.length + 1, 0) + (e.covers.line === 0 && text.startsWith('\uFEFF') ? 1 : 0);
    const at = lineStart + e.covers.column;
    if (text.slice(at, at + e.covers.text.length) !== e.covers.text) fail('generator: the fault is not where it says', `expected "${e.covers.text}" at line ${e.covers.line + 1}, column ${e.covers.column}`);
    if (!mine.some((f) => f.start <= at + e.covers!.text.length && f.end >= at)) fail('finding does not cover the fault', `expected over "${e.covers.text}"; got ${mine.map(show).join(' | ')}`);
  }
  return out;
}

export interface ProvisionReport {
  cases: number;
  skipped: number;
  failed: number;
  byFault: Map<string, number>;
  classes: Map<string, { count: number; first: ProvisionFailure }>;
}

export function runProvisionCases(start: number, count: number): ProvisionReport {
  const report: ProvisionReport = { cases: 0, skipped: 0, failed: 0, byFault: new Map(), classes: new Map() };
  for (let seed = start; report.cases < count; seed++) {
    const c = makeProvisionCase(seed);
    if (!c) {
      if (++report.skipped > 20 * count + 100) throw new Error('the generator draws almost nothing usable');
      continue;
    }
    report.cases++;
    report.byFault.set(c.fault, (report.byFault.get(c.fault) ?? 0) + 1);
    const failures = runProvisionCase(c);
    if (failures.length) report.failed++;
    for (const f of failures) {
      const k = report.classes.get(f.cls);
      if (k) k.count++;
      else report.classes.set(f.cls, { count: 1, first: f });
    }
  }
  return report;
}

export function provisionSummary(r: ProvisionReport): string {
  const lines = [`proposals on provisions: ${r.cases} cases (${r.skipped} seeds skipped), ${r.failed} failing; by fault: ${[...r.byFault].map(([f, n]) => `${f} ${n}`).join(', ')}`];
  for (const [cls, { count, first }] of [...r.classes].sort((a, b) => b[1].count - a[1].count)) {
    lines.push(`  ${cls} ×${count}  replay: ITU_PROVISION_SEED=${first.seed} npm run test:sim`, `      ${first.detail}`);
  }
  return lines.join('\n');
}

// Run directly: node --import tsx test/sim/provisionRun.ts [count] [start], or ITU_PROVISION_SEED=n for one seed.
if (require.main === module) {
  const one = process.env.ITU_PROVISION_SEED;
  if (one) {
    const c = makeProvisionCase(Number(one));
    if (!c) process.stdout.write('no case for this seed\n');
    else {
      for (const f of c.files) process.stdout.write(`--- ${f.name}\n${f.text.split(/\r?\n/).map((l, i) => `${String(i + 1).padStart(4)}  ${JSON.stringify(l).slice(1, -1)}`).join('\n')}\n`);
      process.stdout.write(`${c.describe}\nexpected: ${JSON.stringify(c.expected)}\n`);
      for (const f of findingsOf(c)) process.stdout.write(`finding ${f.code} line ${lineOf(c.contribution, f.start) + 1} "${c.contribution.slice(f.start, f.end)}": ${f.message}\n`);
      for (const f of runProvisionCase(c)) process.stdout.write(`FAIL ${f.cls}\n`);
    }
  } else {
    const r = runProvisionCases(Number(process.argv[3] ?? 1), Number(process.argv[2] ?? process.env.ITU_PROVISION_CASES ?? 400));
    process.stdout.write(provisionSummary(r) + '\n');
    process.exit(r.failed ? 1 : 0);
  }
}
