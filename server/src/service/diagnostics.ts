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
 */
export function findingsFor(state: DocumentRecord, settings: Settings, ds: readonly Pick<Diagnostic, 'range' | 'code'>[]): (Finding | undefined)[] {
  if (ds.length <= 1) return ds.map((d) => findingFor(state, settings, d));
  const key = (code: string, r: { start: Position; end: Position }) => `${code}\n${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
  // A diagnostic as the service sends them: a code, and a range of numbers (findingFor compares them with ===).
  const keyed = (d: Pick<Diagnostic, 'range' | 'code'>) => {
    const { start, end } = d.range ?? {};
    const numbers = !!start && !!end && [start.line, start.character, end.line, end.character].every((x) => typeof x === 'number' && !Number.isNaN(x));
    return numbers && typeof d.code === 'string' ? key(d.code, { start: start!, end: end! }) : undefined;
  };
  const keys = ds.map(keyed);
  const wanted = new Map<string, Finding | undefined>();
  const codes = new Set<string>();
  ds.forEach((d, i) => {
    if (keys[i] === undefined) return;
    wanted.set(keys[i]!, undefined);
    codes.add(d.code as string);
  });
  let left = wanted.size;
  // The first finding of each code and range, as findingFor's search finds it.
  for (const f of state.findings(settings.numberingPolicy)) {
    if (left === 0) break;
    if (!codes.has(f.code)) continue;
    const k = key(f.code, state.range(f));
    if (wanted.has(k) && wanted.get(k) === undefined) {
      wanted.set(k, f);
      left--;
    }
  }
  return ds.map((d, i) => (keys[i] === undefined ? findingFor(state, settings, d) : wanted.get(keys[i]!)));
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
