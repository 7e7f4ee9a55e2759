// footnote.*: every reference defined, every definition referenced, numeric footnotes in order.
import type { CheckFamily } from './family';
import type { Finding, ItuDocument, RevisionMark, Span, TextEdit, View } from '../types';
import { l10n } from '../l10n';
import { lowerBound, sourceOf } from '../text';

export function checkFootnotes(view: View, doc?: Pick<ItuDocument, 'text' | 'marks'>): Finding[] {
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
  let deleted: Set<string> | undefined;
  for (const def of view.footnoteDefs) {
    if (referenced.has(def.label)) continue;
    // A reference in text a MOD deletes still refers, for the old text: the new text keeps the note without it.
    if (doc && (deleted ??= deletedReferences(doc)).has(def.label)) {
      const { start, end } = def.paragraph.source;
      const free = !doc.marks.some((m) => m.start < end && m.end > start);
      findings.push({
        code: 'footnote.unused', severity: 'warning', start, end,
        message: l10n.t('Footnote [^{0}] is referenced only in text this contribution deletes: delete its definition too, with revision marks.', def.label),
        fix: free
          ? { title: l10n.t('Delete the definition of [^{0}] with revision marks', def.label), edits: [{ start, end: start, newText: '{--' }, { start: end, end, newText: '--}' }] }
          : undefined,
      });
      continue;
    }
    findings.push({
      code: 'footnote.unused', severity: 'warning', ...def.paragraph.source,
      message: l10n.t('Footnote [^{0}] is defined but never referenced.', def.label),
    });
  }
  // One label, one note: Word export keeps the first definition of a label and writes the others as body text, and
  // every reference goes to the first (a note added in a MOD under the label of a note in force lost that note).
  if (view.footnoteDefs.length > 1) {
    const seen = new Set<string>();
    for (const def of view.footnoteDefs) {
      if (!seen.has(def.label)) {
        seen.add(def.label);
        continue;
      }
      // No line in the message: typing above moves the document's findings without making them again (incremental.ts).
      findings.push({
        code: 'footnote.duplicate', severity: 'error', ...def.labelSource,
        message: l10n.t('Footnote [^{0}] is defined twice: give each note a label of its own (Word export keeps the first definition only, and every reference goes to it).', def.label),
      });
    }
  }
  // Numeric footnotes run 1, 2, 3 … in order of first reference.
  // The first reference of each numeric label, in order (a Map: a list searched per reference was quadratic).
  const first = new Map<string, (typeof view.footnoteRefs)[number]>();
  for (const ref of view.footnoteRefs) if (!first.has(ref.label) && /^\d+$/.test(ref.label)) first.set(ref.label, ref);
  let i = -1;
  let fix: Finding['fix'] | null = null;
  // Where revision marks insert or delete footnotes, the old and the new text number them apart, and a note both keep
  // (its reference outside every mark) has the number the text in force gives it: renumbered plainly, the old text had
  // two notes of one number (a MOD deleting note 1 and keeping note 2); renumbered with marks, `[^{~~2~>1~~}]`, it is
  // no note Word can take. Word numbers notes itself on export. Such a reference is not reported out of sequence.
  let marked: boolean | undefined;
  for (const [label, ref] of first) {
    i++;
    if (Number(label) === i + 1) continue;
    if (doc && (marked ??= marksHoldFootnotes(doc)) && !insideMark(doc.marks, ref.source)) continue;
    if (fix === null) fix = doc && !marked ? renumberFix(view, doc, first) : undefined;
    findings.push({
      code: 'footnote.sequence', severity: 'warning', ...ref.source,
      message: l10n.t('Footnote [^{0}] is the {1} footnote referenced; numeric footnotes run in order of first reference (expected [^{2}]).', label, ordinalWord(i + 1), i + 1),
      fix,
    });
  }
  return findings;
}

/**
 * One fix for every footnote.sequence finding of the text: each numeric footnote numbered in order of its first
 * reference, its references and definitions alike; a numeric note never referenced takes a number after those. Not
 * offered where a revision mark touches a footnote (a number in a deleted or inserted reference is the old text's
 * or the new text's alone), or where a label is written twice in one definition's place.
 */
function renumberFix(view: View, doc: Pick<ItuDocument, 'text' | 'marks'>, first: Map<string, { source: Span }>): Finding['fix'] {
  const numbers = new Map<string, string>();
  for (const label of first.keys()) numbers.set(label, String(numbers.size + 1));
  for (const d of view.footnoteDefs) if (/^\d+$/.test(d.label) && !numbers.has(d.label)) numbers.set(d.label, String(numbers.size + 1));
  const text = sourceOf(doc);
  const edits: TextEdit[] = [];
  // The label between `[^` and `]` of each reference, and of each definition's `[^n]:`, as written in the source.
  const label = (start: number, end: number, was: string) => {
    const now = numbers.get(was);
    if (now === undefined || now === was) return true;
    if (text.slice(start, end) !== was) return false;
    edits.push({ start, end, newText: now });
    return true;
  };
  const touched = (x: Span) => markOver(doc.marks, x) !== undefined;
  if (doc.marks.length && (view.footnoteRefs.some((r) => touched(r.source)) || view.footnoteDefs.some((d) => touched(d.paragraph.source)))) return undefined;
  for (const r of view.footnoteRefs) if (!label(r.source.start + 2, r.source.end - 1, r.label)) return undefined;
  for (const d of view.footnoteDefs) if (!label(d.labelSource.start, d.labelSource.end, d.label)) return undefined;
  return edits.length ? { title: l10n.t('Renumber the footnotes in order of first reference'), edits: edits.sort((a, b) => a.start - b.start), safeForFixAll: true } : undefined;
}

/** Whether a revision mark holds a footnote reference or definition (or a part of one) in its old or new text. */
function marksHoldFootnotes(doc: Pick<ItuDocument, 'text' | 'pieces' | 'marks'>): boolean {
  const text = sourceOf(doc);
  for (const m of doc.marks) {
    if (m.kind === 'comment' || m.kind === 'highlight') continue;
    const at = text.indexOf('[^', m.start);
    if (at >= 0 && at < m.end) return true;
    // A label cut by a mark (`[^{~~2~>1~~}]`): the mark stands right after `[^`.
    if (m.start >= 2 && text.charCodeAt(m.start - 1) === 0x5e && text.charCodeAt(m.start - 2) === 0x5b) return true;
  }
  return false;
}

/** The mark that touches a span, if one does: the marks are in source order and apart, so only the last one starting before its end may. */
function markOver(marks: readonly RevisionMark[], x: Span): RevisionMark | undefined {
  const k = lowerBound(marks, (m) => m.start < x.end) - 1;
  return k >= 0 && marks[k].end > x.start ? marks[k] : undefined;
}

/** Whether a span lies inside a revision mark (not a comment or a highlight). */
function insideMark(marks: readonly RevisionMark[], x: Span): boolean {
  const m = markOver(marks, x);
  return m !== undefined && m.kind !== 'comment' && m.kind !== 'highlight';
}

/** The labels of the footnote references inside deletions and the deleted side of substitutions. */
function deletedReferences(doc: Pick<ItuDocument, 'text' | 'pieces' | 'marks'>): Set<string> {
  const out = new Set<string>();
  for (const m of doc.marks) {
    if ((m.kind !== 'deletion' && m.kind !== 'substitution') || !m.oldText) continue;
    const old = sourceOf(doc).slice(m.oldText.start, m.oldText.end);
    if (old.includes('[^')) for (const r of old.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) out.add(r[1]);
  }
  return out;
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
    'footnote.duplicate': 'one footnote label is defined twice',
  },
  check: ({ doc }) => checkFootnotes(doc.views.new, doc),
  scope: 'document',
};
