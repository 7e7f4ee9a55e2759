// footnote.*: every reference defined, every definition referenced, numeric footnotes in order.
import type { CheckFamily } from './family';
import type { Finding, View } from '../types';
import { l10n } from '../l10n';

export function checkFootnotes(view: View): Finding[] {
  const findings: Finding[] = [];
  const defined = new Map(view.footnoteDefs.map((d) => [d.label, d]));
  const referenced = new Set(view.footnoteRefs.map((r) => r.label));
  for (const ref of view.footnoteRefs) {
    if (!defined.has(ref.label)) {
      findings.push({
        code: 'footnote.undefined', severity: 'error', ...ref.source,
        message: l10n.t('Footnote [^{0}] has no definition: add a paragraph "[^{0}]:<TAB>text".', ref.label),
      });
    }
  }
  for (const def of view.footnoteDefs) {
    if (!referenced.has(def.label)) {
      findings.push({
        code: 'footnote.unused', severity: 'warning', ...def.paragraph.source,
        message: l10n.t('Footnote [^{0}] is defined but never referenced.', def.label),
      });
    }
  }
  // Numeric footnotes run 1, 2, 3 … in order of first reference.
  const order: string[] = [];
  for (const ref of view.footnoteRefs) if (/^\d+$/.test(ref.label) && !order.includes(ref.label)) order.push(ref.label);
  order.forEach((label, i) => {
    if (Number(label) === i + 1) return;
    const ref = view.footnoteRefs.find((r) => r.label === label)!;
    findings.push({
      code: 'footnote.sequence', severity: 'warning', ...ref.source,
      message: l10n.t('Footnote [^{0}] is the {1} footnote referenced; numeric footnotes run in order of first reference (expected [^{2}]).', label, ordinalWord(i + 1), i + 1),
    });
  });
  return findings;
}

function ordinalWord(n: number): string {
  const v = n % 100;
  const i = v >= 11 && v <= 13 ? 0 : n % 10;
  // Each ending a message of its own, so that a language ends ordinals its own way (1re, 21e).
  if (n === 1) return l10n.t('1st');
  return i === 1 ? l10n.t('{0}st', n) : i === 2 ? l10n.t('{0}nd', n) : i === 3 ? l10n.t('{0}rd', n) : l10n.t('{0}th', n);
}

export const footnoteFamily: CheckFamily = {
  name: 'footnote',
  codes: {
    'footnote.undefined': 'a footnote is referenced but not defined',
    'footnote.unused': 'a footnote is defined but never referenced',
    'footnote.sequence': 'numeric footnotes do not run 1, 2, 3 … in order of first reference',
  },
  check: ({ doc }) => checkFootnotes(doc.views.new),
  scope: 'document',
};
