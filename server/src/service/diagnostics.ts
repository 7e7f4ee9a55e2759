// Findings as LSP diagnostics, with stable codes, a link to each code's documentation and the fix key.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, type Position } from 'vscode-languageserver-types';
import type { Finding } from '../core';
import type { DocumentRecord } from './record';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';
import { l10n } from '../core/l10n';

export const SOURCE = 'itu';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `numbering.gap` → the anchor of its section in docs/diagnostics.md. */
export function docsLink(docsBase: string, code: string): string {
  return `${docsBase}#${code.replace(/\./g, '')}`;
}

export function severityFor(finding: Finding, settings: Settings): DiagnosticSeverity | undefined {
  const family = finding.code.split('.')[0];
  const override = settings.severity[finding.code] ?? settings.severity[family];
  if (override === 'off') return undefined;
  // readSettings keeps only the words it knows; whatever else comes, the default severity stands (review 8, I10).
  return (override && SEVERITY[override]) || SEVERITY[finding.severity];
}

/** `workspace`: findings of the workspace on the document (its proposal ids in other files: workspaceIds.ts). */
export function toDiagnostics(state: DocumentRecord, settings: Settings, docsBase: string | undefined, workspace: readonly Finding[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const list of [state.findings(settings.numberingPolicy), workspace]) for (const f of list) {
    const severity = severityFor(f, settings);
    if (severity === undefined) continue;
    const d: Diagnostic = {
      range: state.range(f),
      severity,
      code: f.code,
      source: SOURCE,
      message: f.code === 'base.not-found' && settings.baseTextGlob !== DEFAULT_SETTINGS.baseTextGlob ? `${f.message} ${globNote(settings.baseTextGlob)}` : f.message,
    };
    if (docsBase) d.codeDescription = { href: docsLink(docsBase, f.code) };
    if (f.code === 'footnote.unused') d.tags = [DiagnosticTag.Unnecessary];
    out.push(d);
  }
  return out;
}

/**
 * A text in force may be in the workspace and not read: the setting itu.baseTexts.glob narrowed what is read
 * (review 7, H14: the delegate was told to add a file that was there). base.not-found says so when it is set.
 */
function globNote(glob: string): string {
  return l10n.t('Only .itu files matching the setting itu.baseTexts.glob ("{0}") are read as texts in force.', glob);
}

/**
 * The finding of this version a diagnostic stands for: the one of its code where the diagnostic's range is now.
 * The diagnostic carries no offsets or version of its own (a report is then the same from one version to the next
 * while the problems stay where they are, and the client is told "unchanged": ItuService.pullReport). A diagnostic
 * of an earlier version whose range no longer holds a problem of its code finds none: its fix is refused rather
 * than applied to the wrong text; where one of its code stands there now, the fix offered is that finding's,
 * made for this version's text (and the edit names this version: codeActions.ts).
 */
export function findingFor(state: DocumentRecord, settings: Settings, d: Pick<Diagnostic, 'range' | 'code'>): Finding | undefined {
  const { start, end } = d.range ?? {};
  if (!start || !end || typeof d.code !== 'string') return undefined;
  const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
  return state.findings(settings.numberingPolicy).find((f) => {
    if (f.code !== d.code) return false;
    const r = state.range(f);
    return same(r.start, start) && same(r.end, end);
  });
}

/**
 * The finding of each diagnostic (findingFor), the findings read once for all: a code action request for a
 * selection carries every diagnostic in it (the lightbulb asks at each selection), and each sought through every
 * finding of the text was the square of the findings for a selection of the whole text (thirteenth session).
 * Diagnostics and findings are matched by sorting both by range, not through a Map keyed by a string of the code
 * and range: a Map of 40,000 such strings took 14 times as long as one of 5,000 (its table and keys out of the
 * processor's caches; fourteenth session), and made the request for one line of 20,000 footnote references 16
 * times as long as for 2,500.
 */
export function findingsFor(state: DocumentRecord, settings: Settings, ds: readonly Pick<Diagnostic, 'range' | 'code'>[]): (Finding | undefined)[] {
  if (ds.length <= 1) return ds.map((d) => findingFor(state, settings, d));
  const out: (Finding | undefined)[] = new Array<Finding | undefined>(ds.length).fill(undefined);
  // A diagnostic as the service sends them: a code, and a range of numbers (findingFor compares them with ===).
  const asked: Ranged[] = [];
  const codes = new Set<string>();
  ds.forEach((d, index) => {
    const { start, end } = d.range ?? {};
    const numbers = !!start && !!end && [start.line, start.character, end.line, end.character].every((x) => typeof x === 'number' && !Number.isNaN(x));
    if (numbers && typeof d.code === 'string') {
      asked.push({ start: start!, end: end!, code: d.code, index });
      codes.add(d.code);
    } else out[index] = findingFor(state, settings, d);
  });
  const findings = state.findings(settings.numberingPolicy);
  const held: Ranged[] = [];
  findings.forEach((f, index) => {
    if (!codes.has(f.code)) return;
    const r = state.range(f);
    held.push({ start: r.start, end: r.end, code: f.code, index });
  });
  // By range, then by index: the first finding of a code and range comes first among those alike, as findingFor finds it.
  const byRange = (a: Ranged, b: Ranged) => rangeOrder(a, b) || a.index - b.index;
  asked.sort(byRange);
  held.sort(byRange);
  let h = 0;
  for (let a = 0; a < asked.length; ) {
    // The diagnostics of one range, and the findings of that range.
    let to = a + 1;
    while (to < asked.length && rangeOrder(asked[to], asked[a]) === 0) to++;
    while (h < held.length && rangeOrder(held[h], asked[a]) < 0) h++;
    let hTo = h;
    while (hTo < held.length && rangeOrder(held[hTo], asked[a]) === 0) hTo++;
    if (hTo > h) {
      const first = new Map<string, Finding>();
      for (let k = hTo - 1; k >= h; k--) first.set(held[k].code, findings[held[k].index]);
      for (let k = a; k < to; k++) out[asked[k].index] = first.get(asked[k].code);
    }
    a = to;
    h = hTo;
  }
  return out;
}

/** A diagnostic's or a finding's range and code, and its index among its own (findingsFor). */
interface Ranged {
  start: Position;
  end: Position;
  code: string;
  index: number;
}

/** Ranges in the order of their starts, then of their ends. */
function rangeOrder(a: Ranged, b: Ranged): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

/**
 * Two reports say the same (what the client shows of each diagnostic): a pull client keeps the one it has when
 * told "unchanged" (ItuService.pullReport).
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.range.start.line !== y.range.start.line || x.range.start.character !== y.range.start.character) return false;
    if (x.range.end.line !== y.range.end.line || x.range.end.character !== y.range.end.character) return false;
    if (x.severity !== y.severity || x.code !== y.code || x.source !== y.source || x.message !== y.message) return false;
    if (x.codeDescription?.href !== y.codeDescription?.href || String(x.tags ?? '') !== String(y.tags ?? '')) return false;
  }
  return true;
}
