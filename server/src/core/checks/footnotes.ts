// footnote.*: every reference defined, every definition referenced, numeric footnotes in order.
import type { CheckFamily } from './family';
import type { Finding, View } from '../types';

export function checkFootnotes(view: View): Finding[] {
  const findings: Finding[] = [];
  const defined = new Map(view.footnoteDefs.map((d) => [d.label, d]));
  const referenced = new Set(view.footnoteRefs.map((r) => r.label));
  for (const ref of view.footnoteRefs) {
    if (!defined.has(ref.label)) {
      findings.push({
        code: 'footnote.undefined', severity: 'error', ...ref.source,
        message: `Footnote [^${ref.label}] has no definition: add a paragraph "[^${ref.label}]:<TAB>text".`,
      });
    }
  }
  for (const def of view.footnoteDefs) {
    if (!referenced.has(def.label)) {
      findings.push({
        code: 'footnote.unused', severity: 'warning', ...def.paragraph.source,
        message: `Footnote [^${def.label}] is defined but never referenced.`,
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
      message: `Footnote [^${label}] is the ${ordinalWord(i + 1)} footnote referenced; numeric footnotes run in order of first reference (expected [^${i + 1}]).`,
    });
  });
  return findings;
}

function ordinalWord(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

export const footnoteFamily: CheckFamily = {
  name: 'footnote',
  codes: {
    'footnote.undefined': 'a footnote is referenced but not defined',
    'footnote.unused': 'a footnote is defined but never referenced',
    'footnote.sequence': 'numeric footnotes do not run 1, 2, 3 … in order of first reference',
  },
  check: ({ doc }) => checkFootnotes(doc.views.new),
};
