// provision.wrc-note: a Radio Regulations provision that a WRC contribution modifies or adds carries the
// note of the conference that does it (`(WRC-27)`, written `(WRC-{~~19~>27~~})` in a MOD). A note left on an
// earlier conference is the RR form of the number line that says Hammamet while the formula says Dubai
// (review E14).
import type { CheckFamily } from './family';
import { coverValue } from '../document';
import { newTextEdit } from '../fixEdit';
import { l10n } from '../l10n';
import { rangeToSource } from '../projection';
import { spacedNumber } from '../provisions';
import { viewStart } from '../structure';
import { acronymDigits, acronymYear } from './resolution';
import { KEY_HYPHEN } from '../lang/charClasses';
import { LANGUAGES, TABLES } from '../lang';
import type { Finding, ItuDocument, Paragraph } from '../types';

/** `(WRC-03)`, `(CMR-19)`, `(ВКР-23)`, `(WRC-2000)` at the end of a paragraph: the digits are group 2. */
// The hyphen as Word writes it too (`WRC‑15`, U+2011: review 9, J13).
const NOTE = new RegExp(String.raw`[(（]\s*(WRC|CMR|ВКР)${KEY_HYPHEN}(\d{2}|\d{4})\s*[)）]\s*$`, 'u');
/** The conference the cover's Meeting names: `World Radiocommunication Conference (WRC-27)`, `CMR-27`. */
const COVER_WRC = new RegExp(String.raw`(?:^|[^\p{L}])(?:WRC|CMR|ВКР)${KEY_HYPHEN}(\d{2}|\d{4})(?!\d)`, 'u');

/**
 * A restated provision: its numbered paragraph and those that continue it, up to the next provision, elision or
 * Reasons. `elided`: an elision (`…`) ends it, so its last paragraph restated is not the provision's last.
 */
function provisionGroups(paragraphs: readonly Paragraph[]): { paragraphs: Paragraph[]; elided: boolean }[] {
  const out: { paragraphs: Paragraph[]; elided: boolean }[] = [];
  let group: { paragraphs: Paragraph[]; elided: boolean } | undefined;
  for (const p of paragraphs) {
    // A Resolution's text (its number line, or the heading of its annex: `ANNEX 1 TO RESOLUTION 960 (REV.WRC-23)`)
    // numbers clauses, not RR provisions: its `1.2` is no RR No. 1.2 (review17; before, each clause a WRC
    // contribution amended in such an annex was told it "has no conference note").
    if (p.kind === 'resolution-number' || (p.kind === 'annex-heading' && TEXT_KIND.test(p.text))) break;
    // A number pasted with spaces (`9.38.1  If …`) opens a provision too (FORMAT.md §1, provisions.ts spacedNumber).
    // So does one the parse read as a numbered item (`5.103<TAB>…` after a first number pasted with spaces, `5.102  …`,
    // which leaves the proposal unread as provisions): before, it joined the provision before it, whose marks and note
    // it then held (seed 4083 of test/sim/provisionRun.ts: "MOD of No. 5.102 … has no conference note", 5.103's marks).
    if (p.kind === 'provision' || spacedNumber(p.text) || itemNumber(p) !== undefined) out.push((group = { paragraphs: [p], elided: false }));
    else if (p.kind === 'elision' || p.kind === 'reasons' || p.kind === 'proposal-header' || p.kind === 'blank') {
      if (group && p.kind === 'elision') group.elided = true;
      group = undefined;
    } else group?.paragraphs.push(p);
  }
  return out;
}

/** A heading naming a text with a number line (`… TO RESOLUTION 960`, `ANNEXE 2 DE LA RÉSOLUTION 1`, `ANEXO A LA DECISIÓN 5`). */
const TEXT_KIND = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...new Set(LANGUAGES.flatMap((l) => TABLES[l].numberKinds))].join('|')})(?![\p{L}])`, 'iu');

/** The RR number opening a paragraph the parse read as a numbered item or as text (`5.103<TAB>…`, `9.52A<TAB>…`), if one does. */
function itemNumber(p: Paragraph): string | undefined {
  if (p.kind !== 'item' && p.kind !== 'text') return undefined;
  const m = /^(\d{1,2}[A-Z]?\.[A-Z]?\d+[A-Z]*(?:\.\d+[A-Z]*)*)\t/.exec(p.text);
  return m && RR_NUMBER.test(m[1]) ? m[1] : undefined;
}

/** Any conference note at a paragraph's end (`(WRC-27)`, `(CMR‑19)`, `(SUP - WRC-07)`): the provision has one. */
const ANY_NOTE = new RegExp(String.raw`[(（][^()（）]*(?:WRC|WARC|CMR|CAMR|ВКР)${KEY_HYPHEN}?\s*\d{2,4}\s*[)）]\s*$`, 'u');
/** An RR provision's number (`5.339`, `9.2B`, `5.A118`, `21.16.1`), not an appendix's paragraph in a heading-less excerpt. */
const RR_NUMBER = /^\d{1,2}[A-Z]?\.[A-Z]?\d/;

/** The year of the World Radiocommunication Conference a cover's Meeting names (`WRC-27` → 2027), if it names one. */
export function meetingWrcYear(meeting: string): number | undefined {
  const m = COVER_WRC.exec(meeting);
  return m ? acronymYear(m[1]) : undefined;
}

/**
 * The note a paragraph ends with when it names a conference before `year`: its conference (`WRC`), where its
 * digits stand in the text, the digits and those of `year` as the RR writes them (`03` → `27`, `2000` → `27`).
 */
function staleNote(text: string, year: number): { conference: string; at: number; digits: string; wanted: string } | undefined {
  const m = NOTE.exec(text);
  if (!m || acronymYear(m[2]) >= year) return undefined;
  return { conference: m[1], at: m.index + m[0].indexOf(m[2], m[1].length), digits: m[2], wanted: acronymDigits(year) };
}

/** A provision's last paragraph with an earlier conference's note moved to `year` in revision marks: `(WRC-{~~03~>27~~})`. */
export function markedWrcNote(text: string, year: number): string {
  const n = staleNote(text, year);
  return n ? `${text.slice(0, n.at)}{~~${n.digits}~>${n.wanted}~~}${text.slice(n.at + n.digits.length)}` : text;
}

export function checkWrcNotes(doc: ItuDocument): Finding[] {
  const meeting = coverValue(doc, 'Meeting') ?? '';
  const year = meetingWrcYear(meeting);
  if (year === undefined) return [];
  const acronym = /CMR/.test(meeting) ? 'CMR' : /ВКР/u.test(meeting) ? 'ВКР' : 'WRC';
  const findings: Finding[] = [];
  const view = doc.views.new;
  view.proposals.forEach((pv, index) => {
    const proposal = doc.proposals[index];
    // An editorial `(MOD)` changes no substance: the note stays.
    if (!proposal || (proposal.action !== 'ADD' && proposal.action !== 'MOD')) return;
    for (const { paragraphs: group, elided } of provisionGroups(pv.paragraphs)) {
      const last = group[group.length - 1];
      const note = staleNote(last.text, year);
      // A MOD's provision is amended when a revision mark stands in it; one restated unchanged keeps its note.
      const span = { start: group[0].source.start, end: last.source.end };
      if (proposal.action !== 'ADD' && !doc.marks.some((mk) => mk.kind !== 'comment' && mk.start < span.end && mk.end > span.start)) continue;
      if (!note) {
        // No note at all (review 9, J9): the RR prints the conference's note after every provision it modifies
        // or adds, noted before or not. Not where an elision leaves the provision's end out, nor a number that
        // is not an RR Article's.
        const number = group[0].provision?.text ?? spacedNumber(group[0].text)?.number ?? itemNumber(group[0]) ?? '';
        if (elided || !RR_NUMBER.test(number) || ANY_NOTE.test(last.text) || /^\s*$/.test(last.text)) continue;
        const wanted = acronymDigits(year);
        const end = viewStart(view, last) + last.text.trimEnd().length;
        const at = rangeToSource(view.segments, end, end);
        const numberAt = viewStart(view, group[0]);
        const edit = newTextEdit(doc, at.start, at.start, `     (${acronym}-${wanted})`);
        findings.push({
          code: 'provision.wrc-note',
          severity: 'warning',
          ...rangeToSource(view.segments, numberAt, numberAt + number.length),
          message: l10n.t('{0} of No. {1} at {2}-{3}, but it has no conference note: a provision a conference modifies or adds carries its note ({2}-{3}).',
            proposal.action === 'ADD' ? 'ADD' : 'MOD', number, acronym, wanted),
          fix: edit ? { title: l10n.t('Add the note {0}-{1}', acronym, wanted), edits: [edit] } : undefined,
        });
        continue;
      }
      const at = viewStart(view, last) + note.at;
      const digits = rangeToSource(view.segments, at, at + note.digits.length);
      const { conference, wanted } = note;
      const edit = newTextEdit(doc, digits.start, digits.end, wanted);
      const number = group[0].provision?.text ?? spacedNumber(group[0].text)?.number ?? itemNumber(group[0]) ?? '';
      findings.push({
        code: 'provision.wrc-note',
        severity: 'warning',
        ...digits,
        message: l10n.t('{0} of No. {1} at {2}-{3}, but its note names {2}-{4}: a provision a conference modifies or adds carries its note ({2}-{3}).',
          proposal.action === 'ADD' ? 'ADD' : 'MOD', number, conference, wanted, note.digits),
        fix: edit ? { title: l10n.t('Change the note to {0}-{1}', conference, wanted), edits: [edit] } : undefined,
      });
    }
  });
  return findings;
}

export const provisionNoteFamily: CheckFamily = {
  name: 'provision',
  codes: {
    'provision.wrc-note': 'a Radio Regulations provision a WRC contribution modifies or adds keeps the note of an earlier conference',
  },
  check: ({ doc }) => checkWrcNotes(doc),
};
