// What every check family under core/checks/ exports: its codes (each with a one-line description)
// and its check. core/check.ts runs the families of checks/index.ts in order; docs/diagnostics.md
// documents every code (test/unit/registry.test.ts holds the three in step).
import type { NumberingPolicy } from './numbering';
import type { AddedText, AmendedResolution } from '../base';
import type { Finding, FindingCode, ItuDocument } from '../types';
import { l10n } from '../l10n';

/** What a check may read: the parse, the settings, and the MODs compared with their bases. */
export interface CheckContext {
  doc: ItuDocument;
  policy: NumberingPolicy;
  /** Undefined when no base texts are known: the base.* checks do not run. */
  amended?: AmendedResolution[];
  /** The texts in force the document's ADDs insert into (review 8, I26), worked out when first asked; undefined without base texts. */
  added?: () => readonly AddedText[];
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
  /**
   * What the check reads, for incremental checking (core/incremental.ts): `proposal` (the default) reads
   * one proposal at a time, with the cover and what stands before the first proposal, and is re-run only
   * for the proposal an edit touched; `document` reads every proposal (ids in sequence, footnotes) and
   * runs over a summary of the whole document: `text`, `bom`, `marks`, `cover`, `proposals`,
   * `parseFindings` and, of `views.new`, `footnoteRefs`, `footnoteDefs` and one entry per proposal in
   * `proposals` (nothing else of the views); `parse` hands back findings of the parse of the whole text.
   * While typing, a `document` family's findings are moved by the edit instead of made again where the edited
   * proposal's summary reads the same (incremental.ts readsAlike): such a family must find from the summary and the
   * texts of the marks alone. Any other text it reads (as the SUP citations read every proposal's lines, the Reasons
   * fix its proposal's language, the placeholder check an ADD's first lines) must be named in incremental.ts
   * (DocumentFindings.readsText, readsAlike), or typing there shows findings of the text before the edit.
   */
  scope?: 'proposal' | 'document' | 'parse';
}

/**
 * Findings a proposal read alone can get wrong where the document holds more than one ADD: a clause another ADD
 * brings (checks/references.ts, review 8, I26) and the numbers earlier ADDs bring (base.provision-gap). Incremental
 * checking (core/incremental.ts) lets the whole document decide while a proposal has one; every other finding of a
 * `proposal`-scope family depends on its proposal and the front alone. Kept beside the findings, not in them: a
 * finding's fields are what the editor and the command line show.
 */
const readsOtherAdds = new WeakSet<Finding>();

/** Marks `finding` as one that other ADDs of the document may answer (see readsOtherAdds). */
export function acrossAdds<F extends Finding>(finding: F): F {
  readsOtherAdds.add(finding);
  return finding;
}

/** Whether other ADDs of the document may answer `finding` (marked by acrossAdds where it was made). */
export function isAcrossAdds(finding: Finding): boolean {
  return readsOtherAdds.has(finding);
}

/** A parse-time family's check: the findings the parse raised with its codes. */
export function parseFindingsOf(codes: Partial<Record<FindingCode, string>>): (ctx: CheckContext) => Finding[] {
  return (ctx) => ctx.doc.parseFindings.filter((f) => Object.hasOwn(codes, f.code));
}

/**
 * A family's findings. A family that throws (a fault of itu-draft on a text nobody foresaw) gives one
 * `input.check-failed` finding at `at` (the start of what was checked) instead, and the other families
 * still report: one failing check must not leave the Problems panel empty and every other fault unseen.
 */
export function runFamily(family: CheckFamily, ctx: CheckContext, at = 0): Finding[] {
  try {
    return family.check(ctx);
  } catch (error) {
    const text = ctx.doc.text;
    const lineEnd = text.indexOf('\n', at);
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return [{
      code: 'input.check-failed',
      severity: 'error',
      start: at,
      end: Math.max(at, Math.min(lineEnd < 0 ? text.length : lineEnd, at + 200)),
      message: l10n.t('The {0} checks failed on this text ({1}); the other checks ran. This is a fault of itu-draft: please report it with the file.', family.name, reason),
    }];
  }
}
