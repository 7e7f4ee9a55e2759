// proposal.cites-renumbered: a contribution on a Recommendation renumbers clauses in one proposal (`{++1.4.3 …++}`,
// `{~~1.4.3~>1.4.4~~}` … `{~~1.4.7~>1.4.8~~}`) and restates, in another proposal on the same Recommendation, text in
// force citing a clause so moved (`(see clause 1.4.7)` in its MOD of clause 1.7.1): in the Recommendation as amended
// that citation names the clause now numbered 1.4.7, not the one meant. Within one proposal this is reference.stale's
// (checks/references.ts); across proposals nothing was said (the sixteenth session's contributions, written for the
// test: test/fixtures/kinds-written). The sibling of proposal.cites-suppressed, and read the same way: from the text of
// the proposals (a document check over the summary core/incremental.ts gives the document families).
import { clauseReferenceMatches } from '../lang/references';
import { labelChange } from '../labels';
import { revisionMarkup } from '../marks';
import { l10n } from '../l10n';
import { lineStartAt, lowerBound, pieceAt } from '../text';
import { instrumentsOf, linesOf, type Summary } from './suppressedCitations';
import type { Finding, Proposal } from '../types';

/** A clause number as a Recommendation writes it: `1.4.7`, `A.2.1`, `I.3`, `7`. */
const CLAUSE = /^(?:\d+|[A-Z]{1,2}\d?|[IVX]+)(?:\.\d+)*$/;

/** What a line's label becomes (`{~~1.4.3~>1.4.4~~}<TAB>`, `1.4.{~~3~>4~~}<TAB>`, `{--1.4.7<TAB>…`): the number in force and the new one (null: deleted). */
function labelMove(line: string): { from: string; to: string | null } | undefined {
  const tab = line.indexOf('\t');
  const head = (tab < 0 ? line : line.slice(0, tab)).trim();
  if (!head.includes('{')) return undefined;
  // A whole clause deleted: `{--1.4.7<TAB>…` (the mark runs past the label).
  const gone = /^\{--\s*([^\s{}~]+)$/.exec(head);
  if (gone) return CLAUSE.test(gone[1]) ? { from: gone[1], to: null } : undefined;
  if (/\{\+\+|\{--|\{>>|\{==/.test(head) || !/\{~~/.test(head)) return undefined;
  const from = head.replace(/\{~~([^~]*)~>[^~]*~~\}/g, '$1');
  const to = head.replace(/\{~~[^~]*~>([^~]*)~~\}/g, '$1');
  return from !== to && CLAUSE.test(from) && CLAUSE.test(to) ? { from, to } : undefined;
}

/** The clauses a proposal's lines renumber or delete with marks, each with where its label stands (`at`, `end`: up to the TAB). */
export function labelMoves(doc: Summary, p: Proposal): { from: string; to: string | null; at: number; end: number }[] {
  const out: { from: string; to: string | null; at: number; end: number }[] = [];
  for (const { at, line } of linesOf(doc, p)) {
    const move = labelMove(line) ?? deletedWithin(doc, at, line);
    const tab = line.indexOf('\t');
    // Up to the TAB, a space before it left out (`2.3.3.{~~10~>11~~} <TAB>`, as A.1 writes some clause numbers).
    if (move) out.push({ ...move, at, end: at + (tab < 0 ? line : line.slice(0, tab)).trimEnd().length });
  }
  return out;
}

/**
 * A clause deleted inside a deletion that began on a line before (`{--1.4.5<TAB>…` then `1.4.6<TAB>…--}`): its line
 * opens with its number, as in force, within the mark.
 */
function deletedWithin(doc: Summary, at: number, line: string): { from: string; to: null } | undefined {
  const number = /^([^\s{}~]+)[ ]*\t/.exec(line)?.[1];
  if (!number || !CLAUSE.test(number)) return undefined;
  const k = lowerBound(doc.marks, (m) => m.end <= at);
  const m = doc.marks[k];
  return m && m.kind === 'deletion' && m.start < at && at + number.length <= m.end ? { from: number, to: null } : undefined;
}

/** Whether any revision mark touches [start, end). */
function marked(doc: Summary, start: number, end: number): boolean {
  const k = lowerBound(doc.marks, (m) => m.end <= start);
  return k < doc.marks.length && doc.marks[k].start < end;
}

/** The clauses each proposal on a Recommendation renumbers or deletes with marks, by the Recommendation's key: number in force → [new number or null, id]. */
function movedClauses(doc: Summary, instrumentOf: (p: Proposal) => ReturnType<ReturnType<typeof instrumentsOf>>): Map<string, Map<string, { to: string | null; by: Proposal }>> {
  const out = new Map<string, Map<string, { to: string | null; by: Proposal }>>();
  for (const p of doc.proposals) {
    if (p.action !== 'MOD' && p.action !== '(MOD)') continue;
    const instrument = instrumentOf(p);
    if (instrument?.kind !== 'Recommendation') continue;
    for (const { at, line } of linesOf(doc, p)) {
      const move = labelMove(line) ?? deletedWithin(doc, at, line);
      if (!move) continue;
      let moves = out.get(instrument.key);
      if (!moves) out.set(instrument.key, (moves = new Map()));
      if (!moves.has(move.from)) moves.set(move.from, { to: move.to, by: p });
    }
  }
  return out;
}

/**
 * Whether the document holds a MOD on a Recommendation renumbering a clause with marks, beside another proposal:
 * then the check reads the other proposals' text, and typing in it makes the document findings again
 * (core/incremental.ts readsText).
 */
export function readsRenumberedClauses(doc: Summary): boolean {
  return mayMoveClauses(doc) && movedClauses(doc, instrumentsOf(doc)).size > 0;
}

/**
 * Whether a substitution or deletion stands in a line's label (nothing but a clause number's digits and dots before it
 * on its line, a digit first in it): without one, no clause moves, and the headings are not read (a MOD of a Resolution
 * has marks too).
 */
function mayMoveClauses(doc: Summary): boolean {
  if (doc.proposals.length < 2) return false;
  for (const m of doc.marks) {
    if (m.kind !== 'substitution' && m.kind !== 'deletion') continue;
    const { start, text } = pieceAt(doc, m.start);
    const at = m.start - start;
    const from = lineStartAt(text, at);
    // `{~~1.4.3~>…`, `1.4.{~~3~>…`, `{--1.4.7<TAB>…`: a digit (or an annex letter) first; `{~~c~>d~~})` is a Resolution's letter.
    if (at - from <= 16 && /^[\dA-Z.]*$/.test(text.slice(from, at)) && /[\dA-Z]/.test(text.charAt(at + 3))) return true;
  }
  return false;
}

export function checkRenumberedCitations(doc: Summary): Finding[] {
  if (!mayMoveClauses(doc)) return [];
  const instrumentOf = instrumentsOf(doc);
  const moved = movedClauses(doc, instrumentOf);
  if (moved.size === 0) return [];
  const findings: Finding[] = [];
  for (const p of doc.proposals) {
    // An ADD's text is new (written for the text as amended), a SUP's is gone; a MOD, (MOD) or NOC restates text in force.
    if (p.action !== 'MOD' && p.action !== '(MOD)' && p.action !== 'NOC') continue;
    const instrument = instrumentOf(p);
    const moves = instrument?.kind === 'Recommendation' ? moved.get(instrument.key) : undefined;
    if (!moves) continue;
    for (const { at, line } of linesOf(doc, p)) {
      for (const m of clauseReferenceMatches(line)) {
        for (const t of m.targets) {
          const move = moves.get(t.label);
          const start = at + t.index;
          const end = start + t.label.length;
          // The proposal that moves the clause says so itself (reference.stale); a citation in marks is the delegate's new text.
          if (!move || move.by === p || marked(doc, start, end)) continue;
          const written = line.slice(m.index, m.index + m.length).replace(/\s+/g, ' ');
          const change = move.to !== null && p.action !== 'NOC' ? labelChange(t.label, move.to) : undefined;
          findings.push({
            code: 'proposal.cites-renumbered',
            severity: 'warning',
            start,
            end,
            message: move.to === null
              ? l10n.t('"{0}" names clause {1} of the text in force, which {2} deletes: the Recommendation as amended would cite a clause that is gone.', written, t.label, move.by.id.text)
              : l10n.t('"{0}" names clause {1} of the text in force, which {2} renumbers {3}: in the Recommendation as amended {1} is another clause.', written, t.label, move.by.id.text, move.to),
            ...(change
              ? { fix: { title: l10n.t('Renumber {0} to {1} with revision marks', t.label, move.to!), edits: [{ start: start + change.offset, end: start + change.offset + change.oldText.length, newText: revisionMarkup(change.oldText, change.newText) }] } }
              : {}),
          });
        }
      }
    }
  }
  return findings;
}
