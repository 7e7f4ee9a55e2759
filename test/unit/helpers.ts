// Shared helpers for core tests: small documents built from lines, findings by code, fixes applied.
import { applyEdits, checkDocument, parseDocument, type Finding, type ItuDocument } from '../../server/src/core';
import * as fs from 'fs';
import * as path from 'path';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const ROOT = path.resolve(__dirname, '../..');

/** Every file under `dir`, at any depth, whose name ends with `ending` (`.itu`), sorted. */
export function filesUnder(dir: string, ending: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ending)).map((f) => path.join(dir, f)).sort();
}

export function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

export function check(text: string): { doc: ItuDocument; findings: Finding[] } {
  const doc = parseDocument(text);
  return { doc, findings: checkDocument(doc) };
}

export function codes(text: string, prefix = ''): string[] {
  return check(text).findings.filter((f) => f.code.startsWith(prefix)).map((f) => f.code);
}

export function only(text: string, code: string): Finding[] {
  return check(text).findings.filter((f) => f.code === code);
}

/** Applies a finding's fix (or its alternative) and returns the new text. */
export function fixed(text: string, finding: Finding, alternative?: number): string {
  if (!finding.fix) throw new Error(`finding ${finding.code} has no fix`);
  const edits = alternative === undefined ? finding.fix.edits : finding.fix.alternatives![alternative].edits;
  return applyEdits(text, edits);
}

export function slice(text: string, f: { start: number; end: number }): string {
  return text.slice(f.start, f.end);
}

export function readShared(rel: string): string {
  return fs.readFileSync(path.join(SHARED, rel), 'utf8');
}

/** A contribution with one proposal around the given Resolution body lines. */
export function contribution(action: string, body: string[], reasons = true): string {
  return lines(
    'Proposals:\tXX',
    'Document:\t7',
    'Addendum:\t1',
    '',
    `${action}\tXX/7A1/1`,
    ...body,
    ...(reasons ? ['', 'Reasons:\tBecause.'] : []),
  );
}

export const RES_HEAD = [
  'RESOLUTION 5 (Rev. Geneva, 2026)',
  'A title',
  '(Geneva, 2020; Geneva, 2026)',
  'The World Telecommunication Standardization Assembly (Geneva, 2026),',
];

/** Fix all as the server applies it: every fix marked safe, skipping any that overlaps one taken. */
export function fixAll(text: string, policy: 'reletter' | 'bis' = 'reletter'): string {
  const taken: { start: number; end: number; newText: string }[] = [];
  const fixes = new Set<object>();
  for (const f of checkDocument(parseDocument(text), { numberingPolicy: policy })) {
    if (!f.fix?.safeForFixAll || fixes.has(f.fix)) continue;
    fixes.add(f.fix);
    if (f.fix.edits.some((e) => taken.some((t) => t.start < e.end && e.start < t.end))) continue;
    taken.push(...f.fix.edits);
  }
  return applyEdits(text, taken);
}
