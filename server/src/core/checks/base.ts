// base.*: a MOD compared with its text in force (base.ts does the comparing): changes without
// revision marks, a Resolution with no base text, a base chosen among several.
import { markEdits, sourceSpan, type AmendedResolution } from '../base';
import { ambiguousBase } from '../baseChoice';
import { describeHunk, hunks, type Hunk, type ParagraphChange } from '../compare';
import type { CheckFamily } from './family';
import type { Finding, ItuDocument, Span } from '../types';
import { l10n } from '../l10n';

export function checkBase(doc: ItuDocument, amendedList: AmendedResolution[]): Finding[] {
  const findings: Finding[] = [];
  for (const amended of amendedList) {
    const numberLine = amended.resolution.numberLine.source;
    if (!amended.base) {
      findings.push({
        code: 'base.not-found',
        severity: 'information',
        ...numberLine,
        message: l10n.t('No base text for "{0}" in the workspace: untracked changes cannot be detected. Add the text in force as an .itu file.', amended.resolution.numberLine.text.trim()),
      });
      continue;
    }
    const comparison = amended.comparison!;
    if (comparison.identical) continue;
    const all = markEdits(doc, amended, comparison.changes);
    const allFix = all && all.length ? { title: l10n.t('Insert revision marks from the base'), edits: all } : undefined;
    for (const h of hunks(comparison)) {
      const span = hunkSpan(doc, amended, h);
      const edits = markEdits(doc, amended, [singleHunkChange(h)]);
      findings.push({
        code: 'base.untracked-change',
        severity: 'warning',
        ...span,
        message: l10n.t('Change without revision marks: {0} (base: {1}).', describeHunk(h), displayName(amended.base.location)),
        fix: edits && edits.length
          ? { title: l10n.t('Wrap this change in revision marks'), edits, alternatives: allFix ? [allFix] : undefined }
          : allFix,
      });
    }
  }
  return findings;
}

/** The source range a hunk's finding points at: the draft's words, or the place where base words are missing. */
function hunkSpan(doc: ItuDocument, amended: AmendedResolution, h: Hunk): Span {
  const paragraphs = amended.resolution.paragraphs;
  const span = sourceSpan(doc.views.old, paragraphs, h.draft.start, h.draft.end);
  while (span.end > span.start && /\s/.test(doc.text[span.start])) span.start++;
  while (span.end > span.start && /\s/.test(doc.text[span.end - 1])) span.end--;
  if (span.end > span.start) return span;
  // Nothing in the draft to point at: underline the word before (or after) the gap.
  const text = doc.text;
  let s = span.start;
  while (s > 0 && /\s/.test(text[s - 1]) && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let w = s;
  while (w > 0 && /\S/.test(text[w - 1])) w--;
  if (w < s) return { start: w, end: s };
  let e = span.start;
  while (e < text.length && /\S/.test(text[e])) e++;
  return { start: span.start, end: Math.max(e, Math.min(text.length, span.start + 1)) };
}

/** A change holding only one hunk's ops, so that its marks can be written alone. */
function singleHunkChange(h: Hunk): ParagraphChange {
  const c = h.change;
  if (c.baseStart === c.baseEnd || c.draftStart === c.draftEnd) return c;
  const ops = c.ops.filter((op) => op.kind !== 'equal' && (
    (op.kind === 'insert' && op.draft.start.paragraph === h.draft.start.paragraph && op.draft.start.offset === h.draft.start.offset) ||
    (op.kind === 'delete' && op.base.start.paragraph === h.base.start.paragraph && op.base.start.offset === h.base.start.offset)));
  return { ...c, ops };
}

function displayName(location: string): string {
  const last = location.slice(location.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export const baseFamily: CheckFamily = {
  name: 'base',
  codes: {
    'base.untracked-change': 'the old text of a MOD differs from its base where no revision mark says so',
    'base.not-found': 'no base text in the workspace for an amended Resolution',
    'base.ambiguous': 'more than one base text offers the amended Resolution',
  },
  check: ({ doc, amended }) => {
    if (!amended) return [];
    const findings = checkBase(doc, amended);
    for (const a of amended) {
      const f = a.base && ambiguousBase(doc, a.resolution.numberLine.source, a.resolution.numberLine.text, a.base);
      if (f) findings.push(f);
    }
    return findings;
  },
};
