// base.*: a MOD compared with its text in force (base.ts does the comparing): changes without
// revision marks, a Resolution with no base text, a base chosen among several.
import { checkElidedLabels } from './elidedLabels';
import { comparedBase, comparedParagraphs, displayName, markEdits, nextInserted, sourceSpan, type AmendedProvision, type AmendedResolution, type BaseText, type UnreadFile } from '../base';
import { ambiguousBase, editionOf } from '../baseChoice';
import { describeHunk, hunks, type ChangeOp, type Comparison, type Hunk, type ParagraphChange } from '../compare';
import { acrossAdds, type CheckFamily } from './family';
import type { Finding, Fix, ItuDocument, Span } from '../types';
import { newTextEdit } from '../fixEdit';
import { l10n } from '../l10n';
import { HYPHEN, ITU_PREFIX } from '../lang/charClasses';
import { invisibleDifference, mixesScripts } from '../lang/spelling';
import { LANGUAGES, TABLES } from '../lang/tables';
import { provisionNumber } from '../kinds';
import { formatRef, mentionsIn, numberedProvisions, type InstrumentText, type ProvisionText } from '../provisions';
import { clauseReferenceMatches } from '../lang/references';
import { labelMoves } from './renumberedCitations';

export function checkBase(doc: ItuDocument, amendedList: AmendedResolution[]): Finding[] {
  const findings: Finding[] = unreadNumberLines(doc, amendedList).concat(renumberedInForce(doc, amendedList), citedInForce(amendedList), renumberedCited(doc, amendedList));
  for (const amended of amendedList) {
    const numberLine = amended.resolution.numberLine.source;
    const provision = amended.provision;
    if (provision?.missing) {
      findings.push(provisionNotFound(amended, provision));
      continue;
    }
    if (amended.numberInForce) {
      findings.push(resolutionExists(doc, amended, amended.numberInForce));
      continue;
    }
    if (provision?.exists) {
      const line = amended.resolution.numberLine;
      findings.push({
        code: 'base.provision-exists',
        severity: 'warning',
        start: line.source.start,
        end: Math.min(line.source.end, line.source.start + amended.resolution.number.length),
        message: provisionExistsMessage(provision.ref, amended.resolution.number, provision.free, provision.suppressed),
      });
      continue;
    }
    if (provision?.gap) {
      findings.push(addGap(amended, provision, provision.gap));
      continue;
    }
    if (provision?.unidentified) {
      findings.push(unidentified(doc, amended, provision));
      continue;
    }
    if (provision?.skipped) findings.push(skipped(amended, provision.skipped));
    if (provision?.table && !amended.base) {
      // review3 E13: a table no text in force of the workspace holds is compared with nothing; the delegate is told so.
      const first = amended.resolution.paragraphs[0].source;
      findings.push({
        code: 'base.table-not-compared',
        severity: 'information',
        start: first.start,
        end: first.end,
        message: l10n.t('{0} restates a table that no text in force in the workspace holds (no table there shares a row with it): its rows are not compared with the text in force, so changes made without revision marks go unnoticed. Add the text in force with its table as an .itu file.', provision.action),
      });
      continue;
    }
    if (!amended.base && provision) {
      findings.push({
        code: 'base.not-found',
        severity: 'information',
        ...numberLine,
        message: l10n.t('No text of the {0} in the workspace: {1} {2} cannot be compared with the text in force. Add it as an .itu file.', provision.ref, provision.action, amended.resolution.number),
      });
      continue;
    }
    if (!amended.base) {
      const others = amended.otherEditions;
      // A later edition in the workspace: the MOD amends a text no longer in force (re-review of defect 23);
      // a SUP or NOC suppresses or keeps one (review 5, F21). An ITU-R Resolution's edition is its number after the hyphen.
      const amendedEdition = editionOf(amended.resolution.numberLine.text);
      const later = amendedEdition !== undefined ? others?.filter((o) => (editionOf(o.numberLine) ?? 0) > amendedEdition) : undefined;
      const action = doc.proposals[amended.proposalIndex]?.action;
      const restates = action === 'SUP' || action === 'NOC';
      const editions = (list: readonly { numberLine: string; location: string }[]) => list.map((o) => `"${o.numberLine}" (${displayName(o.location)})`).join(', ');
      if (later?.length) {
        findings.push({
          code: 'base.not-found',
          severity: 'warning',
          ...numberLine,
          message: restates
            ? l10n.t('This {0} names "{1}", but the workspace holds {2}, a later edition: a SUP or NOC restates the text in force. Restate the later edition.', action!, amended.resolution.numberLine.text.trim(), editions(later))
            : l10n.t('This MOD amends "{0}", but the workspace holds {1}, a later edition: a MOD amends the text in force. Restate the later edition and mark the changes against it.', amended.resolution.numberLine.text.trim(), editions(later)),
        });
        continue;
      }
      if (restates) {
        findings.push({
          code: 'base.not-found',
          severity: 'information',
          ...numberLine,
          message: l10n.t('No base text for "{0}" in the workspace, the edition this {1} restates; the workspace holds {2}, another edition, which is not compared. Add the edition restated as an .itu file.', amended.resolution.numberLine.text.trim(), action!, editions(others ?? [])),
        });
        continue;
      }
      if (!others && amended.unread) {
        findings.push(unreadBase(amended, amended.unread));
        continue;
      }
      findings.push({
        code: 'base.not-found',
        severity: 'information',
        ...numberLine,
        message: others
          ? l10n.t('No base text for "{0}" in the workspace, the edition this MOD amends; the workspace holds {1}, another edition, which is not compared. Add the edition amended as an .itu file.', amended.resolution.numberLine.text.trim(), others.map((o) => `"${o.numberLine}" (${displayName(o.location)})`).join(', '))
          : l10n.t('No base text for "{0}" in the workspace: untracked changes cannot be detected. Add the text in force as an .itu file.', amended.resolution.numberLine.text.trim()),
      });
      continue;
    }
    const comparison = amended.comparison;
    if (!comparison || comparison.identical) continue;
    if (provision && (provision.action === 'SUP' || provision.action === 'NOC')) {
      for (const f of notReproduced(doc, amended, provision, comparison)) findings.push(f);
      continue;
    }
    const action = doc.proposals[amended.proposalIndex]?.action;
    if (!provision && (action === 'SUP' || action === 'NOC')) {
      for (const f of resolutionNotReproduced(doc, amended, action, comparison)) findings.push(f);
      continue;
    }
    const all = markEdits(doc, amended, comparison.changes) ?? narrowedMarkEdits(doc, amended, comparison.changes);
    const allFix = all && all.length ? { title: l10n.t('Insert revision marks from the base'), edits: all } : undefined;
    for (const h of hunks(comparison)) {
      const span = hunkSpan(doc, amended, h);
      // A word typed unmarked right against a mark (`{--freely--}openly`) is one changed word to the comparer, which
      // no mark can wrap (its opener would fall inside the deletion): wrapped by the characters that changed (charSplit).
      let edits = markEdits(doc, amended, [singleHunkChange(h)]);
      for (const endFirst of [false, true]) {
        if (edits?.length) break;
        const split = charSplit(h, endFirst);
        if (split) edits = markEdits(doc, amended, [split]);
      }
      // A slip in the text in force (`d)` typed for `c)`, a look-alike letter) is undone, not proposed: put
      // the text in force back. First (the preferred fix) when the slip is evident: a look-alike letter or an
      // invisible character typed into the text in force; for a label, check.ts slipsRestored decides.
      const restore = restoreFix(doc, amended, h);
      const wrap = edits && edits.length ? { title: l10n.t('Wrap this change in revision marks'), edits } : undefined;
      const order = restore && lookAlikeSlip(doc, amended, h) ? [restore, wrap] : [wrap, restore];
      const fixes = [...order, allFix].filter((x): x is Fix => x !== undefined);
      findings.push({
        code: 'base.untracked-change',
        severity: 'warning',
        ...span,
        message: l10n.t('Change without revision marks: {0} (base: {1}).', describeHunk(h), displayName(amended.base.location)),
        fix: fixes.length ? { ...fixes[0], alternatives: fixes.length > 1 ? fixes.slice(1) : undefined } : undefined,
      });
    }
  }
  return findings;
}

/** A kind's word (in any of the six languages), then a number, a placeholder or a Sector and a number: what a number line starts with. */
const LOOKS_LIKE_NUMBER_LINE = new RegExp(
  String.raw`^(?:\S+\s+){0,3}?(?:${[...new Set(LANGUAGES.flatMap((l) => TABLES[l].numberKinds))].filter((k) => !/^[\u3400-\u9fff]/u.test(k)).join('|')})\s+(?:${ITU_PREFIX}\S\s*)?(?:No\.\s*)?[\d[]` +
  String.raw`|^(?:ITU${HYPHEN}\S\s*)?第?\s*[\d[][^号]{0,16}号\s*新?(?:${TABLES.zh.numberKinds.join('|')})`,
  'iu',
);

/**
 * `base.not-found` on a MOD whose first paragraph looks like a number line (`RESOLUTION 52`, `RESOLUTION 52 Rev.
 * Hammamet, 2016`, `RESOLUTION ITU-T 1-6`) but reads as none: no Resolution is restated, so nothing was compared
 * with the text in force, and without this the delegate was told nothing (review5 F8).
 */
function unreadNumberLines(doc: ItuDocument, amendedList: readonly AmendedResolution[]): Finding[] {
  const out: Finding[] = [];
  let compared: Set<number> | undefined;
  doc.proposals.forEach((proposal, i) => {
    if (proposal.action !== 'MOD' && proposal.action !== '(MOD)') return;
    const pv = doc.views.old.proposals[i];
    if (!pv || pv.resolutions.length) return;
    const first = pv.paragraphs.find((p) => p !== pv.header && p.text.trim() !== '');
    // A line, not a sentence that names a Resolution (`Resolution 52 is amended as follows:`).
    const line = first?.text.trim();
    if (!first || !line || line.length > 100 || /[.:;。：；]$/u.test(line) || !LOOKS_LIKE_NUMBER_LINE.test(line)) return;
    if ((compared ??= new Set(amendedList.map((a) => a.proposalIndex))).has(i)) return;
    out.push({
      code: 'base.not-found',
      severity: 'warning',
      ...first.source,
      message: l10n.t('"{0}" is not read as a number line, so this MOD is compared with no text in force. Write it as the text in force does: the kind, the number and the meeting in parentheses (RESOLUTION 52 (Rev. Hammamet, 2016)), or an ITU-R Resolution\'s number and edition (RESOLUTION ITU-R 1-6).', first.text.trim()),
    });
  });
  return out;
}

/**
 * Provision numbers in force changed inside a MOD on the RR, CS, CV or ITRs (review 6, G22): these numbers are
 * never renumbered (a deleted provision stays as `(SUP)`, a new one takes a free inserted number such as 58B).
 * A number in force replaced with marks at a paragraph's start (`{~~59~>60~~}`, `{~~5.446B~>5.446C~~}`) is
 * `base.provision-renumbered`, its fix keeping the number in force; a paragraph inserted with marks under a
 * number in force (`{++59<TAB>k)<TAB>…++}`) is `base.provision-exists`, its fix giving it a free number.
 */
function renumberedInForce(doc: ItuDocument, amendedList: readonly AmendedResolution[]): Finding[] {
  const out: Finding[] = [];
  const texts = new Map<number, InstrumentText>();
  for (const a of amendedList) {
    const it = a.provision?.instrumentText;
    const action = doc.proposals[a.proposalIndex]?.action;
    if (it && numberedProvisions(it.instrument.kind) && (action === 'MOD' || action === '(MOD)') && !texts.has(a.proposalIndex)) texts.set(a.proposalIndex, it);
  }
  if (texts.size === 0) return out;
  const slice = (x: Span | undefined) => (x ? doc.text.slice(x.start, x.end) : '');
  for (const [i, text] of texts) {
    const span = doc.proposals[i].span;
    const marks = doc.marks.filter((m) => m.start >= span.start && m.start < span.end && (m.start === 0 || doc.text[m.start - 1] === '\n'));
    // The numbers this MOD's new text uses: a free number must be none of them.
    const used = new Set<string>();
    for (const p of doc.views.new.proposals[i]?.paragraphs ?? []) {
      const n = provisionNumber(p.text);
      if (n) used.add(n.first);
    }
    const taken = (n: string) => text.provisions.has(n) || used.has(n);
    for (const m of marks) {
      if (m.kind === 'substitution') {
        const from = slice(m.oldText).trim();
        const to = slice(m.newText).trim();
        if (from === to || provisionNumber(`${from}\t`)?.first !== from || provisionNumber(`${to}\t`)?.first !== to || !text.provisions.has(from)) continue;
        const ref = formatRef({ instrument: text.instrument, provision: from });
        out.push({
          code: 'base.provision-renumbered',
          severity: 'warning',
          start: m.start,
          end: m.end,
          message: text.provisions.has(to)
            ? l10n.t('{0} in force is renumbered {1}, a number in force too: the amended text would hold two. Provision numbers in force are not renumbered; a new provision takes a free number.', ref, to)
            : l10n.t('{0} in force is renumbered {1}: provision numbers in force are not renumbered (a deleted provision keeps its number as (SUP); a new provision takes a free number).', ref, to),
          fix: { title: l10n.t('Keep the number in force {0}', from), edits: [{ start: m.start, end: m.end, newText: from }] },
        });
      } else if (m.kind === 'insertion' && m.newText) {
        const inserted = slice(m.newText);
        const n = provisionNumber(inserted);
        if (!n || n.first !== n.last || !text.provisions.has(n.first) || !inserted.startsWith(`${n.first}\t`)) continue;
        // Inserted after the provision before it (`58B` after 58 when 58A is in force), as ITU numbers one.
        const before = doc.views.new.proposals[i]?.paragraphs.filter((p) => p.source.start < m.start).map((p) => provisionNumber(p.text)?.first).filter((x) => x !== undefined).pop();
        const free = nextInserted(before ?? n.first, taken);
        const ref = formatRef({ instrument: text.instrument, provision: n.first });
        out.push({
          code: 'base.provision-exists',
          severity: 'warning',
          start: m.newText.start,
          end: m.newText.start + n.first.length,
          message: free
            ? l10n.t('The provision this MOD inserts takes the number of {0}, which is in force: give it a free number (an inserted number such as {1}), and leave the numbers in force as they are.', ref, free)
            : l10n.t('The provision this MOD inserts takes the number of {0}, which is in force: give it a number the text in force does not have.', ref),
          fix: free ? { title: l10n.t('Number the new provision {0}', free), edits: [{ start: m.newText.start, end: m.newText.start + n.first.length, newText: free }] } : undefined,
        });
        used.add(free ?? n.first);
      }
    }
  }
  return out;
}

/**
 * `base.provision-unidentified` (review 6, G9): a MOD on a provision that was compared with nothing because
 * its provision is not identified. Said on its first paragraph, with what to write; "changes nothing … make it
 * NOC" is not said of it (check.ts withoutRedundant): whether it changes anything is not known.
 */
function unidentified(doc: ItuDocument, amended: AmendedResolution, provision: AmendedProvision): Finding {
  const id = doc.proposals[amended.proposalIndex]?.id.text ?? '';
  const first = amended.resolution.paragraphs[0].source;
  const number = amended.resolution.number || '58';
  const example = provision.ref ? `${provision.ref} ${number}` : `${number.includes('.') ? 'RR' : 'CS'} ${number}`;
  return {
    code: 'base.provision-unidentified',
    severity: 'warning',
    start: first.start,
    end: first.end,
    message: provision.unidentified === 'unread'
      ? l10n.t('MOD {0}: no paragraph reads as a provision (its number, a TAB and its text on one line), so it is compared with no text in force and changes without revision marks go unnoticed. Write the number, its note and its text on one line, or name the provision after the id (MOD<TAB>{0}<TAB>{1}).', id, example)
      : l10n.t('MOD {0}: the provision it restates is not identified (no one text in force of the workspace holds {1} with these words), so it is compared with no text in force and changes without revision marks go unnoticed. Name it after the id (MOD<TAB>{0}<TAB>{2}) or put the instrument\'s heading before the proposal.', id, amended.resolution.number, example),
  };
}

/**
 * `base.not-found` when files of the workspace were not read for their size (the editor reads base texts up to
 * 8 MB): one of them may hold the text, so the delegate is told which, and that the command line reads them
 * (review 5, F5), not to add a text the workspace may have.
 */
function unreadBase(amended: AmendedResolution, unread: readonly UnreadFile[]): Finding {
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  const files = unread.slice(0, 3).map((u) => l10n.t('{0} ({1} MB)', displayName(u.location), mb(u.bytes))).join(', ') + (unread.length > 3 ? ', …' : '');
  return {
    code: 'base.not-found',
    severity: 'warning',
    ...amended.resolution.numberLine.source,
    message: l10n.t('No base text for "{0}" was read, so this MOD is compared with nothing: {1} may hold it but is larger than the {2} MB read as a base text here (the editor reads up to 8 MB, itu-draft check --workspace up to 64 MB). Keep the text in force in a smaller file, or check on the command line.', amended.resolution.numberLine.text.trim(), files, mb(unread[0].limit).replace(/\.0$/, '')),
  };
}

/**
 * `base.provision-exists`: the free number advised is one the instrument's own texts use: an inserted
 * number (`53A`) in the CS, CV and ITRs (as at a PP), an inserted number or a WRC placeholder
 * (`5.11A`, `5.A1`) in the Radio Regulations, a clause number the text does not have in a Recommendation.
 */
function provisionExistsMessage(ref: string, number: string, free: string | undefined, suppressed = false): string {
  const instrument = ref.split(/\s/)[0];
  // The first inserted number the text in force and the contribution leave free (base.ts nextInserted).
  const inserted = free;
  // A suppressed provision keeps its number as a placeholder (`4.15A<TAB>(SUP - WRC-12)`, CS `164<TAB>PP-98<TAB>(SUP)`):
  // the number is not given again, and a MOD of the placeholder is not what an ADD meant. The sixteenth session's
  // WRC contribution written for the test (`ADD 4.15A` of a new provision) was told to "make it a MOD".
  if (suppressed && inserted && instrument === 'RR') {
    return l10n.t('ADD of {0}: the text in force keeps this number for a provision suppressed, and a suppressed number is not given again. Give the new provision a free number (an inserted number such as {1}, or a WRC placeholder such as {2}).', ref, inserted, `${number.split('.')[0]}.A1`);
  }
  if (suppressed && inserted) return l10n.t('ADD of {0}: the text in force keeps this number for a provision suppressed, and a suppressed number is not given again. Give the new provision a free number (an inserted number such as {1}).', ref, inserted);
  if (suppressed) return l10n.t('ADD of {0}: the text in force keeps this number for a provision suppressed, and a suppressed number is not given again. Give the new provision a number the text in force does not have.', ref);
  if (!inserted) return l10n.t('ADD of {0}: the text in force already has this provision. Make it a MOD, or give the new provision a number the text in force does not have.', ref);
  if (instrument === 'RR') {
    return l10n.t('ADD of {0}: the text in force already has this provision. Make it a MOD, or give the new provision a free number (an inserted number such as {1}, or a WRC placeholder such as {2}).', ref, inserted, `${number.split('.')[0]}.A1`);
  }
  if (instrument === 'CS' || instrument === 'CV' || instrument === 'ITRs' || instrument === 'ITR') {
    return l10n.t('ADD of {0}: the text in force already has this provision. Make it a MOD, or give the new provision a free number (an inserted number such as {1}).', ref, inserted);
  }
  return l10n.t('ADD of {0}: the text in force already has this provision. Make it a MOD, or give the new provision a number the text in force does not have.', ref);
}

/**
 * `base.resolution-exists`: an ADD numbers its Resolution like one in force (review 5, F21). What the delegate
 * meant is a MOD of the text in force (a revision), or a new Resolution, which the meeting numbers (a
 * placeholder in the contribution). The fix makes it a MOD, which is then compared with the text in force.
 */
function resolutionExists(doc: ItuDocument, amended: AmendedResolution, inForce: readonly BaseText[]): Finding {
  const proposal = doc.proposals[amended.proposalIndex];
  const line = amended.resolution.numberLine;
  const editions = inForce.map((o) => `"${o.numberLine.trim()}" (${displayName(o.location)})`).join(', ');
  const placeholder = `[${proposal.id.source ?? 'XXX'}-1]`;
  return {
    code: 'base.resolution-exists',
    severity: 'warning',
    ...line.source,
    message: l10n.t('ADD of "{0}", but the workspace holds {1} in force under that number: an ADD brings a new text, which the meeting numbers. To revise the text in force, make it a MOD and mark the changes against it; for a new text, number it with a placeholder ({2}).', line.text.trim(), editions, placeholder),
    fix: { title: l10n.t('Make it a MOD of the text in force'), edits: [{ start: proposal.actionSpan.start, end: proposal.actionSpan.end, newText: 'MOD' }] },
  };
}

/** `base.provision-not-found`: a MOD, SUP or NOC of a provision the text in force does not have. */
function provisionNotFound(amended: AmendedResolution, provision: AmendedProvision): Finding {
  const first = amended.resolution.numberLine;
  const numberSpan = { start: first.source.start, end: first.source.start + amended.resolution.number.length };
  const sup = provision.action === 'SUP';
  return {
    code: 'base.provision-not-found',
    severity: sup ? 'error' : 'warning',
    ...(first.source.end >= numberSpan.end ? numberSpan : first.source),
    message: sup
      ? l10n.t('SUP of {0}: the text in force has no such provision, so there is nothing to suppress. Check the number.', provision.ref)
      : l10n.t('{0} of {1}: the text in force has no such provision. Check the number, or make it an ADD if the provision is new.', provision.action, provision.ref),
  };
}

/**
 * `base.suppressed-cited`: a SUP of a provision that the text in force cites in another provision the contribution
 * neither amends nor suppresses (`SUP 5.422` while No. 5.340 in force reads "except those provided for by No. 5.422";
 * `SUP 50` of the CS while No. 51 reads "the reports referred to in No. 50 above"): the instrument as amended would
 * cite a provision that is gone, and the consequential MOD is missing. A citation in a provision the contribution
 * amends is proposal.cites-suppressed's (it reads the MOD's own text); a NOC of the citing provision keeps the citation.
 */
function citedInForce(amendedList: readonly AmendedResolution[]): Finding[] {
  const sups = amendedList.filter((a) => a.provision?.action === 'SUP' && a.provision.instrumentText && a.base && numberedProvisions(a.provision.instrumentText.instrument.kind));
  if (sups.length === 0) return [];
  const changed = new Set(amendedList.flatMap((a) => (a.provision?.instrumentText && a.provision.action !== 'NOC' ? [`${a.provision.instrumentText.instrument.key} ${a.resolution.number}`] : [])));
  const out: Finding[] = [];
  for (const a of sups) {
    const text = a.provision!.instrumentText!;
    const citing = (citations(text).get(a.resolution.number) ?? []).filter((n) => !changed.has(`${text.instrument.key} ${n}`));
    if (citing.length === 0) continue;
    const list = citing.length > 4 ? `${citing.slice(0, 3).join(', ')} … ${citing[citing.length - 1]}` : citing.join(', ');
    const named = citing.length === 1 ? l10n.t('No. {0}', list) : l10n.t('Nos. {0}', list);
    out.push({
      code: 'base.suppressed-cited',
      severity: 'warning',
      ...numberSpan(a),
      message: l10n.t('The {0} in force cites No. {1} in {2}, which this contribution does not amend: with No. {1} suppressed, it would cite a provision that is gone. Amend {2} too (a consequential MOD), or keep No. {1}.', text.instrument.name, a.resolution.number, named),
    });
  }
  return out;
}

/**
 * `base.renumbered-cited`: a MOD of a Recommendation renumbers a clause with marks (`{~~1.4.7~>1.4.8~~}`, after a clause
 * inserted before it) that the text in force cites in a clause the contribution does not restate (A.1's 2.3.3.6 `see
 * clause 1.4.7`): the Recommendation as amended would cite the clause now numbered 1.4.7. The Recommendation's own
 * base.suppressed-cited; a citation restated in another proposal is proposal.cites-renumbered's (sixteenth session).
 */
function renumberedCited(doc: ItuDocument, amendedList: readonly AmendedResolution[]): Finding[] {
  const recs = amendedList.filter((a) => a.provision?.instrumentText?.instrument.kind === 'Recommendation' && a.base && (a.provision.action === 'MOD' || a.provision.action === '(MOD)'));
  if (recs.length === 0) return [];
  const restated = new Set(amendedList.flatMap((a) => (a.provision?.instrumentText ? [`${a.provision.instrumentText.instrument.key} ${a.resolution.number}`] : [])));
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const a of recs) {
    if (seen.has(a.proposalIndex)) continue;
    seen.add(a.proposalIndex);
    const text = a.provision!.instrumentText!;
    // The moves as the proposal's labels write them (`{~~1.4.7~>1.4.8~~}`, `1.4.{~~7~>8~~}`); a clause deleted is
    // base.suppressed-cited's kind of fault, left to the delegate's reading (its citing clauses may go with it).
    for (const move of labelMoves(doc, doc.proposals[a.proposalIndex])) {
      if (move.to === null || !text.provisions.has(move.from)) continue;
      const citing = (clauseCitations(text).get(move.from) ?? []).filter((n) => !restated.has(`${text.instrument.key} ${n}`));
      if (citing.length === 0) continue;
      const list = citing.length > 4 ? `${citing.slice(0, 3).join(', ')} … ${citing[citing.length - 1]}` : citing.join(', ');
      out.push({
        code: 'base.renumbered-cited',
        severity: 'warning',
        start: move.at,
        end: move.end,
        message: l10n.t('{0} in force cites clause {1} in {2}, which this contribution does not amend: with clause {1} numbered {3}, it would cite another clause. Amend {2} too (a consequential MOD), or keep the numbers in force (a bis number for the new clause).', text.instrument.name, move.from, citing.length === 1 ? l10n.t('clause {0}', list) : l10n.t('clauses {0}', list), move.to),
      });
    }
  }
  return out;
}

/**
 * The provisions of a text in force citing each number, made once a text (kept in `cache`): `cited` gives the numbers a
 * paragraph of provision `p` cites.
 */
function citedBy(text: InstrumentText, cache: WeakMap<InstrumentText, Map<string, string[]>>, cited: (paragraph: string, p: ProvisionText) => Iterable<string>): Map<string, string[]> {
  const known = cache.get(text);
  if (known) return known;
  const out = new Map<string, string[]>();
  for (const p of new Set(text.provisions.values())) {
    for (const paragraph of p.paragraphs) {
      for (const n of cited(paragraph, p)) {
        const list = out.get(n) ?? [];
        if (!list.includes(p.number)) list.push(p.number);
        out.set(n, list);
      }
    }
  }
  cache.set(text, out);
  return out;
}

/** The clauses of a Recommendation in force citing each clause (`see clause 1.4.7` in 2.3.3.6), once a text. */
function clauseCitations(text: InstrumentText): Map<string, string[]> {
  return citedBy(text, CLAUSE_CITED, function* (paragraph, p) {
    for (const m of clauseReferenceMatches(paragraph)) for (const t of m.targets) if (!p.numbers.includes(t.label)) yield t.label;
  });
}
const CLAUSE_CITED = new WeakMap<InstrumentText, Map<string, string[]>>();

/** The provisions of a text in force citing each number (`No. 5.422` in No. 5.340), once a text. */
function citations(text: InstrumentText): Map<string, string[]> {
  return citedBy(text, CITED, function* (paragraph, p) {
    for (const m of mentionsIn(paragraph)) {
      if ((m.instrument && m.instrument.key !== text.instrument.key) || p.numbers.includes(m.provision)) continue;
      // A number glued to a letter is no citation (the CS's `Nos. 2l6A`, an l typed for 1).
      if (/[\p{L}\d]/u.test(paragraph[m.end] ?? '')) continue;
      yield m.provision;
    }
  });
}
const CITED = new WeakMap<InstrumentText, Map<string, string[]>>();

/** The number a restated provision opens with, where a finding on it points. */
function numberSpan(amended: AmendedResolution): Span {
  const first = amended.resolution.numberLine;
  const span = { start: first.source.start, end: first.source.start + amended.resolution.number.length };
  return first.source.end >= span.end ? span : first.source;
}

/** `base.provision-gap`: an excerpt leaves out provisions in force between two it restates, with no elision. */
function skipped(amended: AmendedResolution, s: NonNullable<AmendedProvision['skipped']>): Finding {
  // `3A`; `3A, 3B`; a long run by its ends (`5.1, 5.2, 5.3 … 5.40`).
  const list = s.numbers.length > 6 ? `${s.numbers.slice(0, 3).join(', ')} … ${s.numbers[s.numbers.length - 1]}` : s.numbers.join(', ');
  const elide = s.at !== undefined ? { title: l10n.t('Mark the text left out with an elision (…)'), edits: [{ start: s.at, end: s.at, newText: '…\n' }] } : undefined;
  const restate = s.at !== undefined ? { title: l10n.t('Restate {0} as in force', list), edits: [{ start: s.at, end: s.at, newText: s.paragraphs.join('\n') + '\n' }] } : undefined;
  return acrossAdds({
    code: 'base.provision-gap',
    severity: 'warning',
    ...numberSpan(amended),
    message: l10n.t('After {0} comes {1}, but the text in force has {2} between them: restate what stands between, or mark the text left out with an elision (…).', s.after, amended.resolution.number, list),
    ...(elide ? { fix: { ...elide, alternatives: [restate!] } } : {}),
  });
}

/** `base.provision-gap`: an ADD's number does not follow on from the numbers in force. */
function addGap(amended: AmendedResolution, provision: AmendedProvision, gap: NonNullable<AmendedProvision['gap']>): Finding {
  const span = numberSpan(amended);
  return acrossAdds({
    code: 'base.provision-gap',
    severity: 'warning',
    ...span,
    message: gap.addedBefore
      ? l10n.t('ADD of {0}: the number before it, which an earlier ADD of this contribution brings, is {1}, so the next is {2}; this number leaves a gap.', provision.ref, gap.after, gap.expected)
      : l10n.t('ADD of {0}: the number before it in force is {1}, so the next is {2}; this number leaves a gap.', provision.ref, gap.after, gap.expected),
    fix: { title: l10n.t('Change {0} to {1}', amended.resolution.number, gap.expected), edits: [{ ...span, newText: gap.expected }] },
  });
}

/** A SUP or NOC restates the provision as in force: each difference is a finding, fixed by restating it. */
function notReproduced(doc: ItuDocument, amended: AmendedResolution, provision: AmendedProvision, comparison: Comparison): Finding[] {
  const paragraphs = amended.resolution.paragraphs;
  const whole = { start: paragraphs[0].source.start, end: paragraphs[paragraphs.length - 1].source.end };
  const ref = provision.table ? l10n.t('the table at {0}', provision.ref) : provision.ref;
  const fix = { title: l10n.t('Restate {0} as in force', ref), edits: [{ ...whole, newText: amended.base!.paragraphs.join('\n') }] };
  return hunks(comparison).map((h) => ({
    code: 'base.untracked-change' as const,
    severity: 'warning' as const,
    ...hunkSpan(doc, amended, h),
    message: l10n.t('{0} reproduces {1} unchanged, but this differs from the text in force: {2} (base: {3}).', provision.action, ref, describeHunk(h), displayName(amended.base!.location)),
    fix,
  }));
}

/**
 * A SUP or NOC restating a Resolution (most give its number line and title) must restate it as in force:
 * each difference is a finding, fixed by restating the paragraphs it touches as in force.
 */
function resolutionNotReproduced(doc: ItuDocument, amended: AmendedResolution, action: 'SUP' | 'NOC', comparison: Comparison): Finding[] {
  const base = amended.base!;
  const paragraphs = comparedParagraphs(amended);
  const inForce = comparedBase(amended);
  const ref = base.numberLine;
  return hunks(comparison).map((h) => {
    const c = h.change;
    const span = { start: paragraphs[c.draftStart].source.start, end: paragraphs[c.draftEnd - 1].source.end };
    return {
      code: 'base.untracked-change' as const,
      severity: 'warning' as const,
      ...hunkSpan(doc, amended, h),
      message: l10n.t('{0} reproduces {1} unchanged, but this differs from the text in force: {2} (base: {3}).', action, ref, describeHunk(h), displayName(base.location)),
      fix: { title: l10n.t('Restate as in force'), edits: [{ ...span, newText: inForce.slice(c.baseStart, c.baseEnd).join('\n') }] },
    };
  });
}

/** The source range a hunk's finding points at: the draft's words, or the place where base words are missing. */
/**
 * Where MODs' drafts hold words the text in force does not, with no mark around them (base.untracked-change's
 * insertions), in source offsets: text the delegate wrote, not text in force. reference.stale leaves references there
 * alone (ITU-R RA.314 MOD written for the test, sixteenth session: `, as in recommends 2 above` added unmarked after a
 * new recommends 2 was inserted was told it "named 2 of the text in force", with a fix renumbering it to 3 — the wrong
 * item; wrapping the words in marks, base.untracked-change's fix, is what the delegate needs).
 */
export function untrackedInsertions(doc: ItuDocument, amendedList: readonly AmendedResolution[]): Span[] {
  const out: Span[] = [];
  for (const amended of amendedList) {
    const action = doc.proposals[amended.proposalIndex]?.action;
    if (!amended.base || !amended.comparison || amended.comparison.identical || (action !== 'MOD' && action !== '(MOD)')) continue;
    for (const h of hunks(amended.comparison)) if (h.inserted !== '') out.push(hunkSpan(doc, amended, h));
  }
  return out;
}

function hunkSpan(doc: ItuDocument, amended: AmendedResolution, h: Hunk): Span {
  const paragraphs = comparedParagraphs(amended);
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

/**
 * A label of the text in force typed otherwise (`d)` for `c)`), or words of it that differ from it only by
 * what no one sees on screen (a look-alike letter of another script, a zero-width character): the edit
 * that puts the text in force back. Not for other changes of words: they may be meant, and are wrapped in
 * marks, never undone.
 */
function restoreFix(doc: ItuDocument, amended: AmendedResolution, h: Hunk): Fix | undefined {
  const c = h.change;
  // A stray brace typed into the text in force (`{{~~old~>new~~}`, a doubled opener) is no change anyone means,
  // and cannot be wrapped in marks (review 9, J10): remove it.
  if (!h.deleted && /^[{}]+$/.test(h.inserted) && c.draftEnd - c.draftStart === 1 && c.baseEnd - c.baseStart === 1) {
    const span = sourceSpan(doc.views.old, comparedParagraphs(amended), h.draft.start, h.draft.end);
    if (doc.text.slice(span.start, span.end) !== h.inserted) return undefined;
    return { title: l10n.t('Remove the stray {0} (the text in force does not have it)', h.inserted), edits: [{ start: span.start, end: span.end, newText: '' }] };
  }
  if (!h.deleted || !h.inserted || c.draftEnd - c.draftStart !== 1 || c.baseEnd - c.baseStart !== 1) return undefined;
  const label = h.draft.start.offset === 0 && !/\s/.test(h.inserted) && !/\s/.test(h.deleted);
  if (!label && invisibleDifference(h.deleted, h.inserted) === undefined) return undefined;
  const span = sourceSpan(doc.views.old, comparedParagraphs(amended), h.draft.start, h.draft.end);
  // The number line is compared without case (FORMAT.md §7): `PEЗОЛЮЦИЯ` is the hunk's `peзолюция`.
  const written = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  if (written !== h.inserted && written.toLowerCase() !== h.inserted) return undefined;
  const edit = newTextEdit(doc, span.start, span.end, h.deletedOriginal, false);
  return edit ? { title: l10n.t('Restore the text in force ({0})', h.deletedOriginal), edits: [edit] } : undefined;
}

/**
 * Whether the draft differs from the text in force by what no one sees (invisibleDifference) and is the
 * side that mixes scripts in a word or holds an invisible character: a slip no delegate means. When the
 * text in force is the one that mixes (`cеть` in force, the draft mends it to `сеть`), the change may be
 * meant, and is wrapped in marks first.
 */
function lookAlikeSlip(doc: ItuDocument, amended: AmendedResolution, h: Hunk): boolean {
  if (invisibleDifference(h.deleted, h.inserted) === undefined) return false;
  const span = sourceSpan(doc.views.old, comparedParagraphs(amended), h.draft.start, h.draft.end);
  return !(mixesScripts(h.deletedOriginal) && !mixesScripts(doc.text.slice(span.start, span.end)));
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

/**
 * A hunk that changes one word of a paragraph into another, narrowed to the characters that differ: the common start and
 * end of the base's text and the draft's are left out (`marks` → `marksopenly`: `openly` inserted; `freely` → `openlyfreely`:
 * `openly` inserted before it). For a word typed unmarked against a revision mark (`{--freely--}openly`,
 * `openly{--freely--}`): the comparer reads words, so the old text's `freelyopenly` was one word changed, which no fix could
 * wrap (review 14, rev-editor). Undefined when nothing is common at either end (no clean split) or the hunk spans paragraphs.
 * markEdits then decides whether the narrowed change can be written as a mark outside the marks already there.
 */
function charSplit(h: Hunk, endFirst = false): ParagraphChange | undefined {
  const del = h.change.ops.find((op) => op.kind === 'delete' && op.base.start.paragraph === h.base.start.paragraph && op.base.start.offset === h.base.start.offset);
  const ins = h.change.ops.find((op) => op.kind === 'insert' && op.draft.start.paragraph === h.draft.start.paragraph && op.draft.start.offset === h.draft.start.offset);
  if (!del || !ins || del.base.start.paragraph !== del.base.end.paragraph || ins.draft.start.paragraph !== ins.draft.end.paragraph) return undefined;
  const d = del.original;
  const i = ins.original;
  if (/\s/.test(d) || /\s/.test(i)) return undefined;
  // The common start first, then the common end in what is left; or the end first (`openly{--out--}`: the old text's
  // `openlyout` against `out` shares the start `o` and the end `out`, and only the end first leaves `openly` whole
  // before the mark).
  let pre = 0;
  let suf = 0;
  const start = (room: number) => {
    while (pre < room && d[pre] === i[pre]) pre++;
  };
  const end = (room: number) => {
    while (suf < room && d[d.length - 1 - suf] === i[i.length - 1 - suf]) suf++;
  };
  if (endFirst) {
    end(Math.min(d.length, i.length));
    start(Math.min(d.length, i.length) - suf);
  } else {
    start(Math.min(d.length, i.length));
    end(Math.min(d.length, i.length) - pre);
  }
  if (pre === 0 && suf === 0) return undefined;
  const at = (r: ChangeOp['draft'], from: number, to: number) => ({ start: { ...r.start, offset: r.start.offset + from }, end: { ...r.start, offset: r.start.offset + to } });
  const dPart = d.slice(pre, d.length - suf);
  const iPart = i.slice(pre, i.length - suf);
  const ops: ChangeOp[] = [];
  // The draft's and the base's places of the change: a deletion stands at the draft's place where the text was.
  const draftAt = at(ins.draft, pre, i.length - suf);
  const baseAt = at(del.base, pre, d.length - suf);
  if (dPart) ops.push({ kind: 'delete', text: dPart, original: dPart, draft: { start: draftAt.start, end: draftAt.start }, base: baseAt });
  if (iPart) ops.push({ kind: 'insert', text: iPart, original: iPart, draft: draftAt, base: { start: baseAt.start, end: baseAt.start } });
  return { ...h.change, ops };
}

/**
 * markEdits of a MOD's changes where a word typed against a mark (charSplit) is written by the characters that changed:
 * **Insert revision marks from the base** for a MOD holding one (markEdits of its changes as compared, undefined).
 * Undefined when no hunk was narrowed, or the marks still cannot all be written.
 */
function narrowedMarkEdits(doc: ItuDocument, amended: AmendedResolution, changes: ParagraphChange[]): ReturnType<typeof markEdits> {
  let narrowed = false;
  const out = changes.map((change) => {
    let ops = change.ops;
    for (const h of hunks({ changes: [change], identical: false, segments: [] })) {
      if (markEdits(doc, amended, [singleHunkChange(h)])?.length) continue;
      const split = [charSplit(h), charSplit(h, true)].find((x) => x !== undefined && markEdits(doc, amended, [x])?.length);
      if (!split) continue;
      const own = (op: ChangeOp) => (op.kind === 'delete' && samePlace(op.base.start, h.base.start)) || (op.kind === 'insert' && samePlace(op.draft.start, h.draft.start));
      const first = ops.findIndex(own);
      ops = [...ops.slice(0, first), ...split.ops, ...ops.slice(first).filter((op) => !own(op))];
      narrowed = true;
    }
    return ops === change.ops ? change : { ...change, ops };
  });
  return narrowed ? markEdits(doc, amended, out) : undefined;
}

const samePlace = (a: { paragraph: number; offset: number }, b: { paragraph: number; offset: number }) => a.paragraph === b.paragraph && a.offset === b.offset;

export const baseFamily: CheckFamily = {
  name: 'base',
  codes: {
    'base.untracked-change': 'the old text of a MOD differs from its base where no revision mark says so',
    'base.not-found': 'no base text in the workspace for an amended Resolution',
    'base.provision-unidentified': 'a MOD on a provision whose provision is not identified: compared with nothing',
    'base.provision-renumbered': 'a provision number in force changed inside a MOD (RR, CS, CV, ITRs numbers are never renumbered)',
    'base.ambiguous': 'more than one base text offers the amended Resolution',
    'base.provision-not-found': 'a MOD, SUP or NOC restates a provision the text in force does not have',
    'base.provision-exists': 'an ADD gives a provision a number the text in force already has',
    'base.resolution-exists': 'an ADD numbers a Resolution (Decision …) like one the workspace holds in force',
    'base.provision-gap': 'an excerpt leaves out provisions in force with no elision, or an ADD\'s number leaves a gap after the numbers in force',
    'base.table-not-compared': 'a MOD restates a table (the Table of Frequency Allocations) that no text in force of the workspace holds',
    'base.suppressed-cited': 'a SUP of a provision the text in force cites in a provision the contribution does not amend',
    'base.renumbered-cited': 'a MOD renumbers a clause of a Recommendation that the text in force cites in a clause the contribution does not amend',
    'base.label-in-force': 'in a MOD restating a list in excerpts, a new or relettered item takes the label an item left out keeps in force',
  },
  check: ({ doc, amended }) => {
    if (!amended) return [];
    const findings = checkBase(doc, amended).concat(checkElidedLabels(doc, amended));
    for (const a of amended) {
      // A provision is named as a reference (`RR 5.446A`), not by its whole first paragraph.
      const f = a.base && ambiguousBase(doc, a.resolution.numberLine.source, a.provision ? a.provision.ref : a.resolution.numberLine.text, a.base);
      if (f) findings.push(f);
    }
    return findings;
  },
};
