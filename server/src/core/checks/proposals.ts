// proposal.*: ids, their sequence and prefix, reasons, marks outside MOD, MODs that change nothing.
import { checkSuppressedCitations, linesOf } from './suppressedCitations';
import { checkConflictingActions } from './conflictingActions';
import { checkRenumberedCitations } from './renumberedCitations';
import type { CheckFamily } from './family';
import { coverAddendum, coverValue, documentNumber, isMod } from '../document';
import { proposalLanguage } from '../lang/detect';
import { matchNumberLine, reasonsWord } from '../lang/match';
import { firstMarkFrom, isRevision, markKindName } from '../marks';
import type { Finding, Fix, ItuDocument, Proposal, RevisionMark, Span, TextEdit } from '../types';
import { l10n } from '../l10n';
import { lineEndIn, nextLineStart, sourceOf } from '../text';
import { provisionNumber } from '../kinds';
import { mergedDraftKind } from '../compile';
import { ellipsized } from '../shorten';

/** `AFCP/42A25/` from the cover block's Proposals, Document and Addendum fields. */
export function expectedPrefix(doc: ItuDocument): string | undefined {
  const source = coverValue(doc, 'Proposals');
  const document = coverValue(doc, 'Document');
  const addendum = coverAddendum(doc);
  if (!source || !document || !addendum) return undefined;
  const docNo = /^\d+/.exec(documentNumber(document))?.[0];
  const addNo = /^\d+/.exec(addendum)?.[0];
  if (!docNo || !addNo) return undefined;
  return `${source}/${docNo}A${addNo}/`;
}

/**
 * The prefix the cover gives its ids: with its Addendum `AFCP/42A25/` (expectedPrefix, which the checks hold the ids
 * to), without one the `SOURCE/DOC/` of a document that is no addendum (`USA/21/`, as TSAG's).
 */
export function coverPrefix(doc: ItuDocument): string | undefined {
  const prefix = expectedPrefix(doc);
  if (prefix) return prefix;
  const source = coverValue(doc, 'Proposals');
  const document = coverValue(doc, 'Document');
  const docNo = document ? /^\d+/.exec(documentNumber(document))?.[0] : undefined;
  return source && docNo && !/\s/.test(source) ? `${source}/${docNo}/` : undefined;
}

/** Ids renumbered 1, 2, 3 … per source and document, in document order, with the cover's prefix. */
export function sequenceEdits(doc: ItuDocument): TextEdit[] {
  const prefix = expectedPrefix(doc);
  const counters = new Map<string, number>();
  const edits: TextEdit[] = [];
  for (const p of doc.proposals) {
    const id = p.id;
    if (id.seq === undefined) {
      if (!prefix) continue;
    }
    const head = prefix ?? `${id.source}/${id.doc}/`;
    const n = (counters.get(head) ?? 0) + 1;
    counters.set(head, n);
    const wanted = `${head}${n}`;
    if (id.text !== wanted) edits.push({ ...id.span, newText: wanted });
  }
  return edits;
}

/** The article as the action is read aloud: "a MOD", "a NOC", "a SUP", "an ADD" (letters are not spelled out). */
export function article(action: string): 'a' | 'an' {
  return /^\(?ADD/.test(action) ? 'an' : 'a';
}

/** The SEQ of the next proposal with an id of the same SOURCE/DOC after the one at `index`. */
function nextInGroup(proposals: readonly Proposal[], index: number, group: string): number | undefined {
  for (let i = index + 1; i < proposals.length; i++) {
    const id = proposals[i].id;
    if (id.seq !== undefined && `${id.source}/${id.doc}` === group) return id.seq;
  }
  return undefined;
}

export function checkProposals(doc: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  const prefix = expectedPrefix(doc);
  // One fix for every id it renumbers, made when first asked: each finding holding a copy of its own made the
  // findings of a file whose ids all repeat grow with the square of its proposals (672 ids twice: 451,584 edits,
  // each moved at every keystroke).
  let sequenceFix: Fix | null | undefined;
  const fixSequence = (): Fix | undefined => {
    if (sequenceFix === undefined) {
      const edits = sequenceEdits(doc);
      sequenceFix = edits.length ? { title: l10n.t('Renumber every proposal id of this file in order'), edits, safeForFixAll: true } : null;
    }
    return sequenceFix ?? undefined;
  };
  const seen = new Map<string, Proposal>();
  const last = new Map<string, number>();
  /** The id on screen before, per group: what a message names ("comes after X"). */
  const previous = new Map<string, string>();
  for (let index = 0; index < doc.proposals.length; index++) {
    const p = doc.proposals[index];
    const id = p.id;
    if (id.seq === undefined && numberAsId(p)) {
      // The Final Acts' margin layout typed as a header (`MOD<TAB>58<TAB>PP-98`, review 6, G17): the number and
      // note belong before the provision's text, the id in their place.
      const wanted = idFor(doc, p, prefix);
      const tail = sourceOf(doc).slice(id.span.end, p.header.end).replace(/^[\t ]+/, '');
      // The first line after the header with text (read from the text: the views may be partial here).
      const after = /\n[ \t]*(?=[^\s])/.exec(sourceOf(doc).slice(p.header.end, p.span.end));
      const first = after ? { source: { start: p.header.end + after.index + after[0].length } } : undefined;
      const margin = [id.text, ...(tail ? [tail] : [])].join('\t');
      findings.push({
        code: 'proposal.id-format', severity: 'error', ...id.span,
        message: l10n.t('"{0}" is a provision number, not a proposal id (the Final Acts print MOD {1} in the margin): write the id SOURCE/DOC/SEQ after MOD, e.g. {2}, and the number before the provision\'s text. Until then the provision is not compared with the text in force.', id.text, margin.replace(/\t/g, ' '), wanted ?? `${prefix ?? 'AFCP/42A25/'}1`),
        fix: wanted && first ? {
          title: l10n.t('Write the id {0} and put {1} before the provision\'s text', wanted, margin.replace(/\t/g, ' ')),
          edits: [{ start: id.span.start, end: p.header.end, newText: wanted }, { start: first.source.start, end: first.source.start, newText: `${margin}\t` }],
        } : undefined,
      });
      continue;
    }
    if (id.seq === undefined) {
      findings.push({
        code: 'proposal.id-format', severity: 'error', ...id.span,
        message: l10n.t('"{0}" is not a proposal id: write SOURCE/DOC/SEQ, e.g. {1}1.', id.text, prefix ?? 'AFCP/42A25/'),
        fix: prefix ? fixSequence() : undefined,
      });
      // A malformed id still takes its place in the sequence when its SEQ can be read (`…/01`,
      // `AFCP/35(Add.12)/2`): the ids after it are not reported for the same fault.
      const seq = /\/0*(\d{1,15})\s*$/.exec(id.text)?.[1];
      const group = prefix?.slice(0, -1) ?? groupNear(doc.proposals, p);
      if (seq !== undefined && group !== undefined) {
        last.set(group, Math.max(last.get(group) ?? 0, Number(seq)));
        previous.set(group, id.text);
      }
    } else {
      if (prefix && !id.text.startsWith(prefix)) {
        findings.push({
          code: 'proposal.id-prefix', severity: 'error', ...id.span,
          message: l10n.t("Proposal id {0} should start with {1} (from the cover block's Proposals, Document and Addendum).", id.text, prefix),
          fix: fixSequence(),
        });
      }
      // An id not starting with the cover's prefix (`EUR/16A1/2` for `EUR/16A10/`, `ARB/72/2` for `ARB/72A1/`: a slip in
      // its DOC) takes its place among the prefix's ids: one fault, said once by proposal.id-prefix (review17; before, the
      // sequence was also broken twice, "skip from the start to EUR/16A1/2" and "skip from EUR/16A10/1 to EUR/16A10/3").
      const group = prefix && !id.text.startsWith(prefix) ? prefix.slice(0, -1) : `${id.source}/${id.doc}`;
      const expected = (last.get(group) ?? 0) + 1;
      const before = previous.get(group);
      const dup = seen.get(id.text);
      if (dup) {
        findings.push({
          code: 'proposal.sequence', severity: 'error', ...id.seqSpan!,
          message: l10n.t('Proposal id {0} is used twice; expected {1}/{2}.', id.text, group, expected), fix: fixSequence(),
        });
      } else if (id.seq !== expected) {
        findings.push({
          code: 'proposal.sequence', severity: 'error', ...id.seqSpan!,
          message: id.seq > expected
            ? before
              ? l10n.t('Proposal ids skip from {0} to {1}; expected {2}/{3}.', before, id.text, group, expected)
              : l10n.t('Proposal ids skip from the start to {0}; expected {1}/{2}.', id.text, group, expected)
            : l10n.t('Proposal id {0} comes after {1}: ids run in document order; expected {2}/{3} here.', id.text, String(before), group, expected),
          fix: fixSequence(),
        });
      }
      seen.set(id.text, p);
      previous.set(group, id.text);
      // A repeated or backward id takes no place of its own: the ids after it are judged against the
      // highest before (1, 2, 2, 3 is one fault, at the second 2; 1, 3, 2, 4 is two, at 3 and 2)...
      // unless the next id goes on from this one, below that highest (1, 2, 9, 4, 5: the 9 was the fault).
      const following = id.seq < expected - 1 ? nextInGroup(doc.proposals, index, group) : undefined;
      const goesOn = following !== undefined && following > id.seq && following < expected - 1;
      last.set(group, goesOn ? id.seq : Math.max(expected - 1, id.seq));
    }
    if (!p.reasons) {
      const must = p.action.startsWith('SUP') || p.action === 'NOC';
      const end = p.span.end;
      findings.push({
        code: 'proposal.reasons-missing',
        severity: must ? 'error' : 'warning',
        ...p.header,
        message: must
          ? l10n.t('{0} {1} gives no reasons: a {0} proposal must end with a "Reasons:" paragraph.', p.action, id.text)
          : l10n.t('{0} {1} has no "Reasons:" paragraph.', p.action, id.text),
        // In the proposal's language: `Motifs:` under a French Resolution, `理由：` under a Chinese one.
        fix: { title: l10n.t('Add a Reasons: paragraph'), edits: [{ start: end, end, newText: `\n\n${reasonsWord(proposalLanguage(doc, p.index))}\t` }] },
      });
    }
  }
  return findings.concat(marksOutsideMod(doc), modsWithoutChanges(doc), placeholdersTwice(doc));
}

/** The SOURCE/DOC of the nearest well-formed id after `p` (else before it). */
function groupNear(proposals: readonly Proposal[], p: Proposal): string | undefined {
  const at = proposals.indexOf(p);
  const formed = (q: Proposal) => q.id.seq !== undefined;
  const q = proposals.slice(at + 1).find(formed) ?? proposals.slice(0, at).reverse().find(formed);
  return q && `${q.id.source}/${q.id.doc}`;
}

/**
 * A placeholder (`[AFCP-2]`) names one new text of the contribution, as a WRC placeholder names one
 * new provision: the same one in two ADD proposals is reported at the second (`numbering.duplicate`).
 * Read from each ADD's first line that is a draft new text's number line (the text, as this
 * document-wide check sees it).
 */
function placeholdersTwice(doc: ItuDocument): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const source = sourceOf(doc);
  for (const p of doc.proposals) {
    if (p.action !== 'ADD') continue;
    // The lines after the header, whatever their line ends (a file of CRs alone too).
    let from = nextLineStart(source, p.header.end);
    for (let k = 0; k < 4 && from >= 0 && from < p.span.end; k++) {
      const end = Math.min(lineEndIn(source, from), p.span.end);
      const line = source.slice(from, end);
      const m = matchNumberLine(line);
      if (m?.draftNew && /^\[.+\]$/.test(m.number)) {
        // The number line's own reading of the placeholder, wherever it stands on the line and however long.
        const placeholder = m.number;
        const found = line.indexOf(placeholder);
        if (found < 0) break;
        const start = from + found;
        if (seen.has(m.number.toUpperCase())) {
          out.push({ code: 'numbering.duplicate', severity: 'error', start, end: start + placeholder.length, message: l10n.t('The placeholder {0} is used twice: each new text of the contribution takes its own.', placeholder) });
        }
        seen.add(m.number.toUpperCase());
        break;
      }
      if (line.trim() !== '') break;
      from = nextLineStart(source, end);
    }
  }
  return out.concat(provisionPlaceholdersTwice(doc));
}

/**
 * A WRC placeholder (`5.A1<TAB>…`) at the start of a line of an ADD, given again by another proposal: two new
 * provisions under one name (`numbering.duplicate` at the second). Within one proposal it is checkProvisionNumbers'.
 */
function provisionPlaceholdersTwice(doc: ItuDocument): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, Proposal>();
  for (const p of doc.proposals) {
    if (p.action !== 'ADD' && p.action !== 'ADD*') continue;
    for (const { at, line } of linesOf(doc, p)) {
      const m = PROVISION_PLACEHOLDER_LINE.exec(line);
      if (!m) continue;
      const by = first.get(m[1]);
      if (by && by !== p) out.push({ code: 'numbering.duplicate', severity: 'error', start: at, end: at + m[1].length, message: l10n.t('The placeholder {0} is used twice: each new provision takes its own.', m[1]) });
      if (!by) first.set(m[1], p);
    }
  }
  return out;
}

/** A line an RR placeholder opens (`5.A1<TAB>…`, `9.A12 <TAB>`). */
const PROVISION_PLACEHOLDER_LINE = /^(\d{1,2}\.[A-Z]{1,3}\d+)[ ]*\t/;

/**
 * Whether an ADD gives a WRC placeholder: then a placeholder typed on any line of another ADD may repeat it, and typing
 * makes the document findings again (core/incremental.ts readsText; readsAlike reads only an ADD's first lines).
 */
export function readsPlaceholders(doc: Pick<ItuDocument, 'text' | 'pieces' | 'marks' | 'proposals'>): boolean {
  return doc.proposals.some((p) => (p.action === 'ADD' || p.action === 'ADD*') && linesOf(doc, p).some(({ line }) => isPlaceholderLine(line)));
}

/** Whether a line of an ADD opens with a WRC placeholder (`5.A1<TAB>…`), as provisionPlaceholdersTwice reads it. */
export function isPlaceholderLine(line: string): boolean {
  return PROVISION_PLACEHOLDER_LINE.test(line);
}

/** Revision marks belong in MOD and (MOD) only; comments and highlights may stand anywhere. */
function marksOutsideMod(doc: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  let pi = 0;
  // The merged draft of competing ADDs (compile.ts compileNew) is an ADD whose paragraphs are insertions
  // attributed to their proponents, conflicts among them: its own marks until the alternatives are taken.
  let compilation: boolean | undefined;
  for (const mark of doc.marks) {
    if (!isRevision(mark)) continue;
    while (pi < doc.proposals.length && doc.proposals[pi].span.end < mark.start) pi++;
    const p = doc.proposals[pi];
    const inside = p && p.span.start <= mark.start;
    if (inside && isMod(p)) continue;
    if (inside && p.action === 'ADD' && mark.kind === 'insertion' && (compilation ??= mergedDraftKind(doc) === 'compilation')) continue;
    const where = !inside ? l10n.t('text outside proposals') : article(p.action) === 'an' ? l10n.t('an {0} proposal', p.action) : l10n.t('a {0} proposal', p.action);
    const keep = mark.newText ? sourceOf(doc).slice(mark.newText.start, mark.newText.end) : '';
    const end = mark.attribution ? mark.attribution.end : mark.end;
    findings.push({
      code: 'proposal.marks-outside-mod',
      severity: 'error',
      start: mark.start,
      end,
      message: l10n.t('Revision marks belong in MOD proposals only; this {0} stands in {1}.', markKindName(mark.kind), where) +
        (inside && p.action === 'ADD' ? ' ' + l10n.t('An ADD is all new text.') : ''),
      fix: unmarkFix(doc, mark, keep, { start: mark.start, end }, inside && (p.action.startsWith('SUP') || p.action === 'NOC')),
    });
  }
  return findings;
}

/** `"the text"`, shortened for a fix title. */
function quoted(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${ellipsized(t, 40)}"`;
}

/**
 * Ways to take a revision mark out, each saying what it leaves. Words are kept by the first choice:
 * the marked text stays as plain text (for a substitution, the new text; in a SUP or NOC, which
 * reproduce the text in force, the old text).
 */
function unmarkFix(doc: ItuDocument, mark: RevisionMark, newText: string, span: Span, reproduces: boolean): Fix {
  const slice = (s?: Span) => (s ? sourceOf(doc).slice(s.start, s.end) : '');
  const edit = (newText: string) => [{ ...span, newText }];
  if (mark.kind === 'substitution') {
    const oldText = slice(mark.oldText);
    const keepNew = { title: l10n.t('Keep the new text {0} as plain text (drops {1})', quoted(newText), quoted(oldText)), edits: edit(newText) };
    const keepOld = { title: l10n.t('Keep the old text {0} as plain text (drops {1})', quoted(oldText), quoted(newText)), edits: edit(oldText) };
    const [first, second] = reproduces ? [keepOld, keepNew] : [keepNew, keepOld];
    return { ...first, alternatives: [second] };
  }
  const content = mark.kind === 'deletion' ? slice(mark.oldText) : newText;
  const deleted = mark.kind === 'deletion';
  return {
    title: deleted
      ? l10n.t('Keep {0} as plain text (remove the deletion marks only)', quoted(content))
      : l10n.t('Keep {0} as plain text (remove the insertion marks only)', quoted(content)),
    edits: edit(content),
    alternatives: [{
      title: deleted ? l10n.t('Remove the deleted text {0} with its marks', quoted(content)) : l10n.t('Remove the inserted text {0} with its marks', quoted(content)),
      edits: edit(''),
    }],
  };
}

/**
 * The id a proposal without one takes: the cover's prefix (with its Addendum, else `SOURCE/DOC/` of a
 * document without addendum: `HHH/40/`), and the SEQ after the highest of that prefix before it.
 */
function idFor(doc: ItuDocument, p: Proposal, prefix: string | undefined): string | undefined {
  const head = prefix ?? coverPrefix(doc);
  if (!head) return undefined;
  let seq = 0;
  for (const q of doc.proposals) {
    if (q === p) break;
    if (q.id.seq !== undefined && q.id.text.startsWith(head)) seq = Math.max(seq, q.id.seq);
  }
  return `${head}${seq + 1}`;
}

/**
 * A header whose "id" is a provision number (`MOD<TAB>58<TAB>PP-98`, `MOD<TAB>5.446B`): the Final Acts' margin
 * layout, no id (review 6, G17). Its provision is not read, so nothing is compared.
 */
function numberAsId(p: Proposal): boolean {
  return p.id.seq === undefined && provisionNumber(`${p.id.text}\t`)?.first === p.id.text;
}

function modsWithoutChanges(doc: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  doc.proposals.forEach((p, i) => {
    if (!isMod(p) || numberAsId(p)) return;
    if (changes(doc, p)) return;
    const pv = doc.views.new.proposals[i];
    if (!pv) return;
    findings.push({
      code: 'proposal.mod-without-changes',
      severity: 'warning',
      ...p.header,
      message: l10n.t('MOD {0} changes nothing: its new text equals its old text. Mark the changes, or make it NOC.', p.id.text),
    });
  });
  return findings;
}

/**
 * Whether a revision mark of the proposal changes its text. Run over every MOD at each keystroke (a document check):
 * the marks are walked in place up to the first that changes (most MODs' first does), and a mark's two texts are
 * read only where their lengths do not already tell.
 */
function changes(doc: ItuDocument, p: Proposal): boolean {
  const marks = doc.marks;
  for (let i = firstMarkFrom(marks, p.span.start); i < marks.length && marks[i].start < p.span.end; i++) {
    const m = marks[i];
    if (isRevision(m) && markChanges(doc, m)) return true;
  }
  return false;
}

function markChanges(doc: ItuDocument, m: { oldText?: { start: number; end: number }; newText?: { start: number; end: number } }): boolean {
  const length = (s?: { start: number; end: number }) => (s ? s.end - s.start : 0);
  if (length(m.oldText) !== length(m.newText)) return true;
  if (length(m.oldText) === 0) return false;
  const source = sourceOf(doc);
  return source.slice(m.oldText!.start, m.oldText!.end) !== source.slice(m.newText!.start, m.newText!.end);
}

export const proposalFamily: CheckFamily = {
  name: 'proposal',
  codes: {
    'proposal.id-format': 'the proposal id is not SOURCE/DOC/SEQ',
    'proposal.id-prefix': 'the id does not start with the prefix the cover block gives',
    'proposal.sequence': 'the SEQs of one source and document do not run 1, 2, 3 …',
    'proposal.reasons-missing': 'the proposal has no Reasons paragraph',
    'proposal.marks-outside-mod': 'a revision mark outside a MOD',
    'proposal.mod-without-changes': 'a MOD whose new text equals its old text',
    'proposal.cites-suppressed': 'a proposal cites a provision number the contribution suppresses',
    'proposal.conflicting-actions': 'a NOC of a provision the same contribution also modifies or suppresses',
    'proposal.cites-renumbered': 'a proposal restates a citation of a clause another proposal renumbers or deletes',
  },
  check: ({ doc }) => checkProposals(doc).concat(checkSuppressedCitations(doc), checkConflictingActions(doc), checkRenumberedCitations(doc)),
  scope: 'document',
};
