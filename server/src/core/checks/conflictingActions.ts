// proposal.conflicting-actions: one contribution that proposes NOC of a provision and also MOD (or SUP) of it
// (`NOC ABC/9/1 5.339` and `MOD ABC/9/4 5.339`) says two things of one provision: compiled with other parties'
// proposals, the party stood on both sides of a conflict (rev-kinds, left alone). The two stand in two proposals: a
// document check, read from the text as checkSuppressedCitations reads it (core/incremental.ts: in a document that has
// a NOC, an edit moves the document findings only where the edited line reads the same, lineReading below; any other
// edit makes them again, DocumentFindings.readsNumbers).
import { instrumentHeadings, parseRef, provisionNumberAt } from '../provisions';
import { l10n } from '../l10n';
import type { Finding, Proposal } from '../types';
import { instrumentsOf, type Summary } from './suppressedCitations';
import { pieceAt } from '../text';

/** The actions whose proposals are compared: what each says of the provisions it restates. */
const SAYS: Partial<Record<Proposal['action'], 'keep' | 'change' | 'suppress'>> = { NOC: 'keep', MOD: 'change', '(MOD)': 'change', SUP: 'suppress' };

/** The lines of a proposal after its header and before its Reasons, whatever the line ends (LF, CRLF, CR). */
function bodyLines(doc: Summary, p: Proposal): string[] {
  const { start: base, text } = pieceAt(doc, p.header.start);
  const end = Math.min(text.length, (p.reasons?.start ?? p.span.end) - base);
  return text.slice(p.header.start - base, Math.max(p.header.start - base, end)).split(/\r\n|\r|\n/).slice(1);
}

/** Whether a document holds a NOC: only then may two of its proposals conflict (the check reads the proposals' lines). */
export function holdsNoc(proposals: readonly Proposal[]): boolean {
  return proposals.some((p) => p.action === 'NOC');
}

/**
 * What the check reads of one line of a proposal: the provision numbers at its start, whichever the instrument, and
 * whether it is an instrument's heading. An edit within a line that reads the same leaves the findings as they were
 * (core/incremental.ts moves them instead of making them again).
 */
export function lineReading(line: string): string {
  const out: string[] = [];
  for (const kind of ['RR', 'CS', 'CV', 'ITR'] as const) out.push((provisionNumberAt(line, kind, true)?.numbers ?? []).join(' '));
  return `${out.join('|')}|${/^\d{1,2}\.\d/.test(line)}|${instrumentHeadings(line).length}`;
}

export function checkConflictingActions(doc: Summary): Finding[] {
  if (!holdsNoc(doc.proposals)) return [];
  const instrumentOf = instrumentsOf(doc);
  // The first proposal of each action on each provision (instrument key and number).
  const first = new Map<string, Proposal>();
  const findings: Finding[] = [];
  for (const p of doc.proposals) {
    const says = SAYS[p.action];
    if (!says) continue;
    const instrument = instrumentOf(p);
    const numbers = new Set<string>();
    const named = p.extra ? parseRef(p.extra)?.provision : undefined;
    if (named && instrument && instrument.kind !== 'Recommendation') numbers.add(named);
    for (const line of bodyLines(doc, p)) {
      // The instrument named, else the RR's dotted numbers (`5.447C`) tell theirs. A Recommendation's clauses are
      // not provisions a NOC keeps one by one.
      const kind = instrument?.kind ?? (/^\d{1,2}\.\d/.test(line) ? 'RR' : undefined);
      if (!kind || kind === 'Recommendation') continue;
      for (const n of provisionNumberAt(line, kind, true)?.numbers ?? []) numbers.add(n);
    }
    const key = instrument?.key ?? 'rr';
    const name = instrument?.name ?? 'RR';
    // One finding a proposal (findings of one code at one place are one): its first number said otherwise before.
    let said = false;
    for (const n of numbers) {
      const before: Proposal[] = [];
      for (const other of ['keep', 'change', 'suppress'] as const) {
        const q = other !== says && (says === 'keep' || other === 'keep') ? first.get(`${other} ${key} ${n}`) : undefined;
        if (q) before.push(q);
      }
      if (!said && before.length > 0) {
        said = true;
        before.sort((x, y) => x.index - y.index);
        findings.push({
          code: 'proposal.conflicting-actions',
          severity: 'warning',
          ...p.actionSpan,
          message: l10n.t('This {0} of No. {1} of the {2} contradicts {3} of the same provision in this contribution: compiled, the contribution would stand on both sides. Keep one of them.', p.action, n, name, before.map((q) => `${q.id.text} (${q.action})`).join(', ')),
        });
      }
      if (!first.has(`${says} ${key} ${n}`)) first.set(`${says} ${key} ${n}`, p);
    }
  }
  return findings;
}
