// Findings as LSP diagnostics, with stable codes, a link to each code's documentation and the fix key.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { Finding } from '../core';
import type { DocumentRecord } from './record';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';
import { l10n } from '../core/l10n';

export const SOURCE = 'itu';

export interface DiagnosticData {
  /** The version the diagnostic was computed for: a fix is offered for that version only. */
  version: number;
  start: number;
  end: number;
  code: string;
}

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
      data: { version: state.version, start: f.start, end: f.end, code: f.code } satisfies DiagnosticData,
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
 * The finding a diagnostic of this version stands for. A diagnostic of another version is stale (the
 * text moved under its offsets): its fix is refused rather than applied to the wrong text.
 */
export function findingFor(state: DocumentRecord, settings: Settings, data: unknown): Finding | undefined {
  const d = data as Partial<DiagnosticData> | undefined;
  if (!d || typeof d.start !== 'number' || d.version !== state.version) return undefined;
  return state.findings(settings.numberingPolicy).find((f) => f.start === d.start && f.end === d.end && f.code === d.code);
}
