// The first page of an exported contribution as ITU sets it, built from the cover
// fields: the meeting heading, the body line (PLENARY MEETING) beside "Addendum 25 to
// Document 42-E", the date, "Original: English", then Source and Title in the cover
// styles, in the document's language (core/lang/tables.ts COVER_WORDS: SÉANCE PLÉNIÈRE,
// "Addendum 25 au / Document 42-F", "Original: anglais"). Conferences (WTSA, PP, WRC …) and ITU-T study groups or TSAG differ: the
// reference, the heading and which fields the page shows. Fields that only the
// project reads (Proposals, Base …) are not on the page; the cover block itself goes
// into the package for import (see coverRecord).
import { COVER_WORDS, coverAddendum, coverValue, documentNumber, namedLanguage, TABLES, type ConferenceKey, type CoverWords, type ItuDocument } from '../core';
import type { ExportLanguage } from './language';

export interface CoverParagraph {
  text: string;
  style: string;
  bold?: boolean;
}

export interface CoverPlan {
  /** The heading table: rows of two cells (the right one narrow, where ITU puts its logo on the first row). */
  rows: { left: CoverParagraph[]; right: CoverParagraph[] }[];
  /** Centred paragraphs after the table (conference: Source, Title). */
  after: CoverParagraph[];
  /** Labelled rows after those (`Source:`, `Title:`, `Contact:` … as the page shows them). */
  labelled: { label: string; value: string }[];
  /** The reference of page headers from page 2: `WTSA16/42(Add.25)-E`. */
  reference?: string;
}

/** Cover styles, named as in ITU's templates. */
export const COVER_STYLE = {
  heading: 'Coverheading',
  line: 'Coverline',
  source: 'Source',
  title: 'Title1',
  contribution: 'Contributiontitle',
  field: 'Coverfield',
} as const;

interface Conference {
  key: ConferenceKey;
  /** Prefix of document references (WRC documents are referred to by their French acronym, CMR). */
  prefix: string;
}

const CONFERENCES: Record<ConferenceKey, Conference> = {
  WTSA: { key: 'WTSA', prefix: 'WTSA' },
  PP: { key: 'PP', prefix: 'PP' },
  WRC: { key: 'WRC', prefix: 'CMR' },
  RA: { key: 'RA', prefix: 'RA' },
  WTDC: { key: 'WTDC', prefix: 'WTDC' },
};

/** A cover phrase with its numbers put in (`Addendum {0} to`). */
const put = (template: string, ...values: (string | number)[]) => template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)]));

/** ITU-T study periods, from the WTSA that opened each. */
const STUDY_PERIODS: [number, number][] = [
  [2001, 2004], [2005, 2008], [2009, 2012], [2013, 2016], [2017, 2020], [2022, 2024], [2025, 2028],
];

/** The meeting as the cover names it. */
export interface Meeting {
  kind: 'conference' | 'study-group' | 'tsag' | 'other';
  /** `WTSA-16`, `SG17`, `TSAG`. */
  acronym: string;
  /** Place and dates, as written after the acronym: `Hammamet, 25 October – 3 November 2016`. */
  where: string;
  conference?: Conference;
  /** Two-digit year of a conference (`16`). */
  year?: string;
  /** Study group number. */
  group?: string;
}

export function meetingOf(doc: ItuDocument): Meeting | undefined {
  const value = coverValue(doc, 'Meeting')?.trim();
  if (!value) return undefined;
  // The comma as each language writes it (`WTSA-16، الحمامات`, `WTSA-16，哈马马特`).
  const comma = value.search(/[,،，]/);
  const head = (comma < 0 ? value : value.slice(0, comma)).trim();
  const where = dashes(comma < 0 ? '' : value.slice(comma + 1).trim());
  // The acronym as the delegate's language writes it is kept (`AMNT-28`, `CMR-27`, `AR-27`: review 5, F22).
  const conference = ACRONYM_ALONE.exec(head);
  if (conference) {
    const written = conference[1].toUpperCase();
    return { kind: 'conference', acronym: `${written}-${conference[2].slice(-2)}`, where, conference: CONFERENCES[ACRONYMS[written]], year: conference[2].slice(-2) };
  }
  const written = writtenOut(value);
  if (written) return { kind: 'conference', acronym: `${written.acronym ?? written.key}-${written.year}`, where: dashes(written.where), conference: CONFERENCES[written.key], year: written.year };
  const group = /^(?:SG|Study Group)\s*(\d+)$/i.exec(head) ?? (coverValue(doc, 'Study Group') ? /(\d+)/.exec(coverValue(doc, 'Study Group')!) : null);
  if (group && !/^TSAG$/i.test(head)) return { kind: 'study-group', acronym: `SG${group[1]}`, where: comma < 0 && !/^(SG|Study Group)/i.test(head) ? dashes(value) : where, group: group[1] };
  if (/^TSAG$/i.test(head)) return { kind: 'tsag', acronym: 'TSAG', where };
  return { kind: 'other', acronym: head, where };
}

/** A conference's acronym as its other languages write it (`CMR-27`, `AMNT-24`, `CMDT-25`, `AR-23`). */
const ACRONYMS: Record<string, ConferenceKey> = {
  WTSA: 'WTSA', AMNT: 'WTSA', PP: 'PP', WRC: 'WRC', CMR: 'WRC', RA: 'RA', AR: 'RA', WTDC: 'WTDC', CMDT: 'WTDC',
  // Russian (`ВАСЭ-16`, `ПК-18`, `ВКР-19`, `АР-19`, `ВКРЭ-22`).
  ВАСЭ: 'WTSA', ПК: 'PP', ВКР: 'WRC', АР: 'RA', ВКРЭ: 'WTDC',
};
const ACRONYM_ALONE = new RegExp(`^(${Object.keys(ACRONYMS).join('|')})[- ]?(\\d{2}|\\d{4})$`, 'i');
const ACRONYM_IN_PARENTHESES = new RegExp(`[(（]\\s*(${Object.keys(ACRONYMS).join('|')})[- ]?(\\d{2}|\\d{4})\\s*[)）]`, 'i');

/**
 * A conference written out, as its documents name it (review3 E24): its acronym in parentheses after its name
 * (`Plenipotentiary Conference (PP-26), Doha, 2026`, `World Radiocommunication Conference (WRC-27)`,
 * `Conférence mondiale des radiocommunications (CMR-23)`), or its name in one of the six languages and the year
 * of the place that follows (`World Telecommunication Standardization Assembly, New Delhi, 15-24 October 2024`).
 * `where`: what follows the name (and acronym), without the comma.
 */
function writtenOut(value: string): { key: ConferenceKey; year: string; where: string; acronym?: string } | undefined {
  const acronym = ACRONYM_IN_PARENTHESES.exec(value);
  if (acronym) {
    const rest = value.slice(acronym.index + acronym[0].length).replace(/^\s*[,，、،]\s*/, '').trim();
    return { key: ACRONYMS[acronym[1].toUpperCase()], year: acronym[2].slice(-2), where: rest, acronym: acronym[1].toUpperCase() };
  }
  const folded = value.toLowerCase();
  for (const words of Object.values(COVER_WORDS)) {
    for (const [key, name] of Object.entries(words.conferences) as [ConferenceKey, string][]) {
      if (!folded.startsWith(name.toLowerCase())) continue;
      const rest = value.slice(name.length).replace(/^\s*[,，、،]\s*/, '').trim();
      const year = /\b(?:19|20)(\d{2})\b/.exec(rest);
      if (year) return { key, year: year[1], where: rest };
    }
  }
  return undefined;
}

/** `25 October - 3 November` → `25 October – 3 November`: ITU writes a spaced range with an en dash. */
function dashes(text: string): string {
  return text.replace(/\s+-\s+/g, ' – ');
}

/**
 * The `Original:` line in the document's language. A value naming a language in any of the six
 * (`English`, `anglais`, `بالإنكليزية`) is written as the document's language names it.
 */
function originalLine(value: string | undefined, language: ExportLanguage, words: CoverWords): string {
  const named = value ? namedLanguage(value) : language.lang;
  const name = named ? TABLES[language.lang].languageNames[named][0] : value!;
  return `${words.original}${words.colon}${name}`;
}

export function coverPlan(doc: ItuDocument, language: ExportLanguage): CoverPlan {
  const words = COVER_WORDS[language.lang];
  const meeting = meetingOf(doc);
  const field = (name: string) => coverValue(doc, name)?.trim() || undefined;
  const written = field('Document');
  const document = written === undefined ? undefined : documentNumber(written) || written;
  const addendum = coverAddendum(doc);
  const revision = field('Revision');
  const date = field('Date');
  const original = originalLine(field('Original'), language, words);
  const line = (text: string, bold = false): CoverParagraph => ({ text, style: COVER_STYLE.line, bold });
  if (meeting && (meeting.kind === 'study-group' || meeting.kind === 'tsag')) {
    const body = meeting.kind === 'tsag' ? 'TSAG' : `SG${meeting.group}`;
    const number = document?.replace(/\s+/g, '');
    const reference = number ? `${body}-${/^\d/.test(number) ? 'C' : ''}${number}` : undefined;
    const year = Number(/(\d{4})/.exec(meeting.where)?.[1] ?? /(\d{4})/.exec(date ?? '')?.[1]);
    const period = STUDY_PERIODS.find(([from, to]) => year >= from && year <= to);
    const question = field('Question');
    return {
      rows: [
        {
          left: [line(words.union, true), line(words.sector), ...(period ? [line(put(words.studyPeriod, period[0], period[1]))] : [])],
          right: reference ? [{ text: reference, style: COVER_STYLE.heading, bold: true }] : [],
        },
        { left: [line(meeting.kind === 'tsag' ? 'TSAG' : put(words.studyGroup, meeting.group!), true)], right: [line(original)] },
        { left: [line(`${words.fields.Question}${words.colon}${question ?? words.allQuestions}`)], right: meeting.where ? [line(meeting.where)] : [] },
      ],
      after: [{ text: words.contribution, style: COVER_STYLE.contribution, bold: true }],
      labelled: labelled(doc, words, ['Source', 'Title', 'Purpose', 'Contact', 'Keywords', 'Abstract']),
      reference,
    };
  }
  const heading: CoverParagraph[] = [];
  let reference: string | undefined;
  if (meeting?.conference) {
    heading.push({ text: `${words.conferences[meeting.conference.key]} (${meeting.acronym})`, style: COVER_STYLE.heading, bold: true });
    if (document) reference = `${meeting.conference.prefix}${meeting.year}/${document}${addendum ? `(Add.${addendum})` : ''}${revision ? `(Rev.${revision})` : ''}-${language.letter}`;
  } else if (meeting) heading.push({ text: meeting.acronym, style: COVER_STYLE.heading, bold: true });
  if (meeting?.where) heading.push({ text: meeting.where, style: COVER_STYLE.heading, bold: true });
  const documentLines: CoverParagraph[] = [];
  if (addendum) documentLines.push(line(put(words.addendum, addendum), true));
  else if (revision) documentLines.push(line(put(words.revision, revision), true));
  // In a right-to-left paragraph the hyphen between 42 and A would reorder them (A-42): the number is embedded left to right.
  const ltr = (text: string) => (language.rtl ? `\u202A${text}\u202C` : text);
  const number = ltr(`${document}${addendum && revision ? `(Rev.${revision})` : ''}-${language.letter}`);
  if (document) documentLines.push(line(put(addendum || revision ? words.documentAfter : words.document, number), true));
  const rows: CoverPlan['rows'] = [];
  if (heading.length > 0) rows.push({ left: heading, right: [] });
  rows.push({ left: meeting?.conference ? [line(words.plenary, true)] : [], right: documentLines });
  if (date) rows.push({ left: [], right: [line(date)] });
  rows.push({ left: [], right: [line(original)] });
  const after: CoverParagraph[] = [];
  const source = field('Source');
  const title = field('Title');
  if (source) after.push({ text: source, style: COVER_STYLE.source, bold: true });
  if (title) after.push({ text: title, style: COVER_STYLE.title });
  return { rows, after, labelled: labelled(doc, words, ['Purpose', 'Question', 'Contact', 'Keywords', 'Abstract']), reference };
}

function labelled(doc: ItuDocument, words: CoverWords, names: (keyof CoverWords['fields'])[]): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const name of names) {
    const value = coverValue(doc, name)?.trim();
    if (value) out.push({ label: `${words.fields[name]}${words.colon.trimEnd()}`, value });
  }
  return out;
}

// ---------------------------------------------------------------- the record for import

/** Custom document properties holding the cover block as written (`ItuDraftCover1`, `ItuDraftCover2` …): Word keeps at most 255 characters in one. */
export const PROP_COVER = 'ItuDraftCover';
/** Bookmark in the last paragraph of the rendered cover: import replaces what comes before it by the recorded block. */
export const COVER_BOOKMARK = '_ItuCover';
const CHUNK = 240;
/** The rule that ends an ITU document, and the bookmark that marks it as the export's own. */
export const CLOSING_LINE = '______________';
export const CLOSING_BOOKMARK = '_ItuEnd';

/** The cover block's lines (marks included), as custom properties. */
export function coverRecord(lines: string[]): { name: string; value: string }[] {
  const json = JSON.stringify(lines);
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i * CHUNK < json.length; i++) out.push({ name: `${PROP_COVER}${i + 1}`, value: json.slice(i * CHUNK, (i + 1) * CHUNK) });
  return out;
}

/** The cover block's lines back from the properties, undefined when absent or damaged. */
export function readCoverRecord(properties: Map<string, string>): string[] | undefined {
  let json = '';
  for (let i = 1; properties.has(`${PROP_COVER}${i}`); i++) json += properties.get(`${PROP_COVER}${i}`);
  if (!json) return undefined;
  try {
    const lines: unknown = JSON.parse(json);
    return Array.isArray(lines) && lines.every((l) => typeof l === 'string') ? (lines as string[]) : undefined;
  } catch {
    return undefined;
  }
}
