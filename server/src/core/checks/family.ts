// What every check family under core/checks/ exports: its codes (each with a one-line description)
// and its check. core/check.ts runs the families of checks/index.ts in order; docs/diagnostics.md
// documents every code (test/unit/registry.test.ts holds the three in step).
import type { NumberingPolicy } from './numbering';
import type { AmendedResolution } from '../base';
import type { Finding, FindingCode, ItuDocument } from '../types';

/** What a check may read: the parse, the settings, and the MODs compared with their bases. */
export interface CheckContext {
  doc: ItuDocument;
  policy: NumberingPolicy;
  /** Undefined when no base texts are known: the base.* checks do not run. */
  amended?: AmendedResolution[];
  /** Both projections differ (the text has revision marks): the old text is checked too. */
  distinctOld: boolean;
}

export interface CheckFamily {
  /** The codes' prefix: `numbering` for `numbering.gap` (the severity setting takes it). */
  name: string;
  /** Every code the family raises, with a short description (the full text is in docs/diagnostics.md). */
  codes: Partial<Record<FindingCode, string>>;
  /** The family's findings; parse-time families hand back the parse's own findings of their codes. */
  check(ctx: CheckContext): Finding[];
}

/** A parse-time family's check: the findings the parse raised with its codes. */
export function parseFindingsOf(codes: Partial<Record<FindingCode, string>>): (ctx: CheckContext) => Finding[] {
  return (ctx) => ctx.doc.parseFindings.filter((f) => Object.hasOwn(codes, f.code));
}
