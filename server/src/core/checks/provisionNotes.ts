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
import { acronymYear } from './resolution';
import { KEY_HYPHEN } from '../lang/charClasses';
import type { Finding, ItuDocument, Paragraph } from '../types';

/** `(WRC-03)`, `(CMR-19)`, `(ВКР-23)`, `(WRC-2000)` at the end of a paragraph: the digits are group 2. */
// The hyphen as Word writes it too (`WRC‑15`, U+2011: review 9, J13).
const NOTE = new RegExp(String.raw`[(（]\s*(WRC|CMR|ВКР)${KEY_HYPHEN}(\d{2}|\d{4})\s*[)）]\s*$`, 'u');
/** The conference the cover's Meeting names: `World Radiocommunication Conference (WRC-27)`, `CMR-27`. */
const COVER_WRC = new RegExp(String.raw`(?:^|[^\p{L}])(?:WRC|CMR|ВКР)${KEY_HYPHEN}(\d{2}|\d{4})(?!\d)`, 'u');

/** A restated provision: its numbered paragraph and those that continue it, up to the next provision, elision or Reasons. */
function provisionGroups(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  let group: Paragraph[] | undefined;
  for (const p of paragraphs) {
    // A number pasted with spaces (`9.38.1  If …`) opens a provision too (FORMAT.md §1, provisions.ts spacedNumber).
    if (p.kind === 'provision' || spacedNumber(p.text)) out.push((group = [p]));
    else if (p.kind === 'elision' || p.kind === 'reasons' || p.kind === 'proposal-header' || p.kind === 'blank') group = undefined;
    else group?.push(p);
  }
  return out;
}

/** The year of the World Radiocommunication Conference a cover's Meeting names (`WRC-27` → 2027), if it names one. */
export function meetingWrcYear(meeting: string): number | undefined {
  const m = COVER_WRC.exec(meeting);
  return m ? acronymYear(m[1]) : undefined;
}

/**
 * The note a paragraph ends with when it names a conference before `year`: its conference (`WRC`), where its
 * digits stand in the text, the digits and those of `year` written alike (`03` → `27`, `2000` → `2027`).
 */
function staleNote(text: string, year: number): { conference: string; at: number; digits: string; wanted: string } | undefined {
  const m = NOTE.exec(text);
  if (!m || acronymYear(m[2]) >= year) return undefined;
  return { conference: m[1], at: m.index + m[0].indexOf(m[2], m[1].length), digits: m[2], wanted: m[2].length === 4 ? String(year) : String(year % 100).padStart(2, '0') };
}

/** A provision's last paragraph with an earlier conference's note moved to `year` in revision marks: `(WRC-{~~03~>27~~})`. */
export function markedWrcNote(text: string, year: number): string {
  const n = staleNote(text, year);
  return n ? `${text.slice(0, n.at)}{~~${n.digits}~>${n.wanted}~~}${text.slice(n.at + n.digits.length)}` : text;
}

export function checkWrcNotes(doc: ItuDocument): Finding[] {
  const year = meetingWrcYear(coverValue(doc, 'Meeting') ?? '');
  if (year === undefined) return [];
  const findings: Finding[] = [];
  const view = doc.views.new;
  view.proposals.forEach((pv, index) => {
    const proposal = doc.proposals[index];
    // An editorial `(MOD)` changes no substance: the note stays.
    if (!proposal || (proposal.action !== 'ADD' && proposal.action !== 'MOD')) return;
    for (const group of provisionGroups(pv.paragraphs)) {
      const last = group[group.length - 1];
      const note = staleNote(last.text, year);
      if (!note) continue;
      // A MOD's provision is amended when a revision mark stands in it; one restated unchanged keeps its note.
      const span = { start: group[0].source.start, end: last.source.end };
      if (proposal.action !== 'ADD' && !doc.marks.some((mk) => mk.kind !== 'comment' && mk.start < span.end && mk.end > span.start)) continue;
      const at = viewStart(view, last) + note.at;
      const digits = rangeToSource(view.segments, at, at + note.digits.length);
      const { conference, wanted } = note;
      const edit = newTextEdit(doc, digits.start, digits.end, wanted);
      const number = group[0].provision?.text ?? spacedNumber(group[0].text)?.number ?? '';
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
