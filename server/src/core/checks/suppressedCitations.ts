// proposal.cites-suppressed: a contribution that suppresses a provision (`SUP AFCP/55A4/1`, `50`) and still cites
// that number in a text it restates or adds (`the reports referred to in No. 50 above` in its MOD of No. 51) proposes
// a citation of a provision that would be gone (review 3, E26). The SUP and the citation stand in two proposals:
// a document check, read from the text (core/incremental.ts gives the document families the text, marks and
// proposals only), piece by piece where the text is in pieces (text.ts pieceAt: a proposal's lines are in its piece,
// and each piece starts a line): typing in a document with a SUP joins no text.
import { appendixHeadings, instrumentHeadings, mentionsIn, nextMentionStart, parseRef, provisionNumberAt, type Instrument } from '../provisions';
import { LineEnds, lineStartAt, lowerBound, pieceAt, piecesOf } from '../text';
import { l10n } from '../l10n';
import type { Finding, ItuDocument, Proposal } from '../types';

export type Summary = Pick<ItuDocument, 'text' | 'pieces' | 'marks' | 'proposals'>;

/**
 * The lines of a proposal after its header and before its Reasons, each with its offset. With `nextHint` (where, at or
 * after an offset, the next thing sought may start; -1 for nowhere), only the lines holding such a place: the others
 * are passed over without being sliced.
 */
export function linesOf(doc: Summary, p: Proposal, nextHint?: (text: string, from: number) => number): { at: number; line: string }[] {
  const out: { at: number; line: string }[] = [];
  // In the piece holding the proposal, in its offsets (`base` from there to the document's).
  const { start: base, text } = pieceAt(doc, p.header.start);
  const end = Math.min(text.length, (p.reasons?.start ?? p.span.end) - base);
  // The hint and the line ends are sought in the proposal's text only (a slice of the piece: V8 makes it without
  // copying): sought in the whole piece, a proposal without a mention looked as far as the next proposal that has one,
  // or to the end of the text, and the check took time with the square of the proposals (240 ms for 800 KB of provision
  // proposals; and the search for a CR, which an LF file has none of, went to the end of the text for each proposal).
  const within = end < text.length ? text.slice(0, end) : text;
  // Lines end at an LF, a CRLF or a CR alone (docs/format-decisions.md, line ends): LineEnds finds each by a native scan.
  const ends = new LineEnds(within);
  const past = (end: number) => (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1);
  let at = ends.endAt(p.header.start - base);
  if (at >= end) return out;
  for (at = past(at); at < end; ) {
    if (nextHint) {
      const hint = nextHint(within, at);
      if (hint < 0 || hint >= end) break;
      at = Math.max(at, lineStartAt(text, hint));
    }
    let next = ends.endAt(at);
    if (next > end) next = end;
    out.push({ at: base + at, line: text.slice(at, next) });
    at = past(next);
  }
  return out;
}

/** The instrument a proposal is on: named after its id (`CS 50`), else by the last instrument heading before it. */
export function instrumentsOf(doc: Summary): (p: Proposal) => Instrument | undefined {
  // The instruments' headings and the RR appendices' (`APPENDIX 30B (REV.WRC-23)`: its § 6.18 is no RR No. 6.18), in order.
  const headings = piecesOf(doc)
    .flatMap(({ start, text }) => [...instrumentHeadings(text), ...appendixHeadings(text)].map((h) => ({ at: start + h.at, instrument: h.instrument })))
    .sort((a, b) => a.at - b.at);
  return (p) => (p.extra ? parseRef(p.extra)?.instrument : undefined) ?? headings[lowerBound(headings, (h) => h.at < p.header.start) - 1]?.instrument;
}

/** Whether [start, end) holds text the new text drops (a deletion, a substitution's old side). */
function deleted(doc: Summary, start: number, end: number): boolean {
  for (let k = lowerBound(doc.marks, (m) => m.end <= start); k < doc.marks.length && doc.marks[k].start < end; k++) {
    const m = doc.marks[k];
    if (m.kind === 'deletion' || (m.oldText && m.oldText.start < end && start < m.oldText.end && m.kind === 'substitution')) return true;
  }
  return false;
}

export function checkSuppressedCitations(doc: Summary): Finding[] {
  const sups = doc.proposals.filter((p) => p.action === 'SUP');
  if (sups.length === 0) return [];
  const instrumentOf = instrumentsOf(doc);
  // The numbers suppressed, by instrument key and number: the id that suppresses each.
  const suppressed = new Map<string, string>();
  for (const p of sups) {
    const instrument = instrumentOf(p);
    const named = p.extra ? parseRef(p.extra)?.provision : undefined;
    if (instrument && named) suppressed.set(`${instrument.key} ${named}`, p.id.text);
    for (const { line } of linesOf(doc, p)) {
      // The instrument named, else the RR's dotted numbers (`5.447C`) tell theirs.
      const kind = instrument?.kind ?? (/^\d{1,2}\.\d/.test(line) ? 'RR' : undefined);
      const numbers = kind ? provisionNumberAt(line, kind, true)?.numbers : undefined;
      for (const n of numbers ?? []) suppressed.set(`${instrument?.key ?? 'rr'} ${n}`, p.id.text);
    }
  }
  if (suppressed.size === 0) return [];
  const findings: Finding[] = [];
  for (const p of doc.proposals) {
    if (p.action === 'SUP' || p.action === 'SUP*') continue;
    const context = instrumentOf(p);
    for (const { at, line } of linesOf(doc, p, nextMentionStart)) {
      for (const m of mentionsIn(line)) {
        const instrument = m.instrument ?? context;
        const by = instrument && suppressed.get(`${instrument.key} ${m.provision}`);
        if (!by || deleted(doc, at + m.start, at + m.end)) continue;
        findings.push({
          code: 'proposal.cites-suppressed',
          severity: 'warning',
          start: at + m.start,
          end: at + m.end,
          message: l10n.t('This cites No. {0} of the {1}, which {2} suppresses: the text as amended would cite a provision that is gone.', m.provision, instrument.name, by),
        });
      }
    }
  }
  return findings;
}
