// The cover block: the fields FORMAT.md §2 knows and the ITU meetings contributions are written for, offered as
// completion. A new contribution's skeleton, which only a command asks for, is skeleton.ts (a bundle of its own).
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { COVER_FIELD, type Instrument, type InstrumentKind } from '../core';
import { l10n } from '../core/l10n';

/** FORMAT.md §2, in the order ITU cover pages give them. */
export const COVER_FIELDS: { name: string; detail: () => string }[] = [
  { name: 'Meeting', detail: () => l10n.t('the assembly or conference, e.g. WTSA-24, New Delhi, 15-24 October 2024') },
  { name: 'Document', detail: () => l10n.t('document number (e.g. 42)') },
  { name: 'Addendum', detail: () => l10n.t('addendum number (e.g. 25): proposal ids are SOURCE/DOCAADD/n') },
  { name: 'Revision', detail: () => l10n.t('revision number of the document') },
  { name: 'Date', detail: () => l10n.t('date of the contribution') },
  { name: 'Original', detail: () => l10n.t('language of the original') },
  { name: 'Source', detail: () => l10n.t('who submits it (e.g. African Telecommunication Union Administrations)') },
  { name: 'Proposals', detail: () => l10n.t('the source code used in proposal ids (e.g. AFCP)') },
  { name: 'Title', detail: () => l10n.t('title of the contribution') },
  { name: 'Purpose', detail: () => l10n.t('purpose (TSAG and study-group documents)') },
  { name: 'Question', detail: () => l10n.t('Question(s) concerned') },
  { name: 'Study Group', detail: () => l10n.t('study group concerned') },
  { name: 'Contact', detail: () => l10n.t('name, organization, e-mail') },
  { name: 'Keywords', detail: () => l10n.t('keywords') },
  { name: 'Abstract', detail: () => l10n.t('a short abstract') },
];

export interface Meeting {
  /** As the cover block's Meeting field gives it. */
  label: string;
  /** Who adopts the texts, as the enacting formula names it. */
  assembly: string;
  /** `Hammamet, 2016`: as number lines, histories and enacting formulas cite the meeting. */
  cited: string;
}

/** The ITU assemblies and conferences whose Resolutions contributions amend (most recent first). */
export const MEETINGS: Meeting[] = [
  // Announced meetings are given by place and year only (their dates are the delegate's to write); those whose
  // place was not known when this list was written, by their name, and `…` where the place goes.
  { label: 'WTSA-28', assembly: 'The World Telecommunication Standardization Assembly', cited: '…, 2028' },
  { label: 'WRC-27', assembly: 'The World Radiocommunication Conference', cited: '…, 2027' },
  { label: 'RA-27', assembly: 'The ITU Radiocommunication Assembly', cited: '…, 2027' },
  { label: 'PP-26, Doha, 2026', assembly: 'The Plenipotentiary Conference of the International Telecommunication Union', cited: 'Doha, 2026' },
  { label: 'WTDC-25, Baku, 2025', assembly: 'The World Telecommunication Development Conference', cited: 'Baku, 2025' },
  { label: 'WTSA-24, New Delhi, 15-24 October 2024', assembly: 'The World Telecommunication Standardization Assembly', cited: 'New Delhi, 2024' },
  { label: 'WTSA-20, Geneva, 1-9 March 2022', assembly: 'The World Telecommunication Standardization Assembly', cited: 'Geneva, 2022' },
  { label: 'WTSA-16, Hammamet, 25 October - 3 November 2016', assembly: 'The World Telecommunication Standardization Assembly', cited: 'Hammamet, 2016' },
  { label: 'WTSA-12, Dubai, 20-29 November 2012', assembly: 'The World Telecommunication Standardization Assembly', cited: 'Dubai, 2012' },
  { label: 'PP-22, Bucharest, 26 September - 14 October 2022', assembly: 'The Plenipotentiary Conference of the International Telecommunication Union', cited: 'Bucharest, 2022' },
  { label: 'PP-18, Dubai, 29 October - 16 November 2018', assembly: 'The Plenipotentiary Conference of the International Telecommunication Union', cited: 'Dubai, 2018' },
  { label: 'PP-14, Busan, 20 October - 7 November 2014', assembly: 'The Plenipotentiary Conference of the International Telecommunication Union', cited: 'Busan, 2014' },
  { label: 'WRC-23, Dubai, 20 November - 15 December 2023', assembly: 'The World Radiocommunication Conference', cited: 'Dubai, 2023' },
  { label: 'RA-23, Dubai, 2023', assembly: 'The ITU Radiocommunication Assembly', cited: 'Dubai, 2023' },
  { label: 'WRC-19, Sharm el-Sheikh, 28 October - 22 November 2019', assembly: 'The World Radiocommunication Conference', cited: 'Sharm el-Sheikh, 2019' },
  { label: 'RA-19, Sharm el-Sheikh, 2019', assembly: 'The ITU Radiocommunication Assembly', cited: 'Sharm el-Sheikh, 2019' },
  { label: 'WTDC-22, Kigali, 6-16 June 2022', assembly: 'The World Telecommunication Development Conference', cited: 'Kigali, 2022' },
  { label: 'WTDC-17, Buenos Aires, 9-20 October 2017', assembly: 'The World Telecommunication Development Conference', cited: 'Buenos Aires, 2017' },
];

export const LANGUAGES = ['English', 'French', 'Spanish', 'Arabic', 'Chinese', 'Russian'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether `line` is in the cover block: every line above it is a field (the block ends at the first that is not). */
export function inCoverBlock(lineText: (i: number) => string, line: number): boolean {
  for (let i = 0; i < line; i++) if (!COVER_FIELD.test(lineText(i).replace(/\r$/, ''))) return false;
  return true;
}

/** Completion in the cover block: the missing field names, or the values of the field being written. */
export function coverCompletion(before: string, present: Set<string>, today: Date): CompletionItem[] | undefined {
  const value = /^([A-Z][A-Za-z ]{0,24}?)[ \u00A0\u2007\u202F]*:\t+(.*)$/.exec(before);
  if (value) {
    const field = value[1];
    if (field === 'Meeting') {
      return MEETINGS.map((m, i) => ({ label: m.label, kind: CompletionItemKind.Value, detail: l10n.t('ITU meeting'), sortText: String(i).padStart(3, '0') }));
    }
    if (field === 'Original') return LANGUAGES.map((l) => ({ label: l, kind: CompletionItemKind.Value }));
    if (field === 'Date') {
      const d = `${today.getUTCDate()} ${MONTHS[today.getUTCMonth()]} ${today.getUTCFullYear()}`;
      return [{ label: d, kind: CompletionItemKind.Value, detail: l10n.t('today') }];
    }
    return [];
  }
  if (!/^[A-Za-z ]*$/.test(before)) return undefined;
  return COVER_FIELDS.filter((f) => !present.has(f.name)).map((f, i) => ({
    label: `${f.name}:`,
    kind: CompletionItemKind.Field,
    detail: l10n.t('cover field'),
    documentation: f.detail(),
    filterText: f.name,
    insertText: `${f.name}:\t`,
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: `0${String(i).padStart(2, '0')}`,
    // Field values are offered right after the TAB.
    command: f.name === 'Meeting' || f.name === 'Original' || f.name === 'Date' ? { title: l10n.t('Suggest'), command: 'editor.action.triggerSuggest' } : undefined,
  }));
}

/** How a proposal names an instrument after its id: `Recommendation ITU-T A.1`, `RR`, `CS`. */
export function instrumentTarget(i: Instrument): string {
  return i.kind === 'Recommendation' ? `Recommendation ${i.name}` : i.name;
}

/** What the New contribution list says under an instrument's name. */
export const INSTRUMENT_TITLES: Partial<Record<InstrumentKind, string>> = {
  RR: 'Radio Regulations',
  CS: 'Constitution of ITU',
  CV: 'Convention of ITU',
  ITR: 'International Telecommunication Regulations',
};
