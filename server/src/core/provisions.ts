// Texts in force by provision (issue 10): the instruments a workspace holds (Radio Regulations,
// Constitution, Convention, ITRs, Recommendations, Resolutions), each provision by its number, and
// what a proposal restates of them. A proposal names its instrument by the text after its id
// (`MOD<TAB>ARB/14/26<TAB>CS`), by a heading before it (`CONSTITUTION OF THE INTERNATIONAL
// TELECOMMUNICATION UNION`, `Recommendation ITU-T A.1`, `ARTICLE 5` over RR numbers), or by the
// numbers it restates (one instrument of the workspace holds them all).
import { ARTICLE_HEADING, instrumentTitle, isContentsEntry, isContentsHeading, isTableRow, provisionNumber } from './kinds';
import { isElision } from './compare/fold';
import { firstMarkFrom, projectText, scanMarks } from './marks';
import { paragraphIndex, walk } from './structure';
import { foldDashes, KEY_HYPHEN } from './lang/charClasses';
import { isDirectionMark } from './lang/fold';
import { textLanguage } from './lang/detect';
import { matchCall } from './lang/match';
import type { Lang } from './lang/tables';
import type { Item, ItuDocument, Paragraph, ProposalAction, Resolution, RevisionMark, View } from './types';
import { lineEndAt, lineStartAt } from './text';

export type InstrumentKind = 'RR' | 'CS' | 'CV' | 'ITR' | 'Recommendation' | 'Resolution';

export interface Instrument {
  kind: InstrumentKind;
  /** Compared without case: `rr`, `cs`, `rec a.1`, `resolution 52`. */
  key: string;
  /** As shown: `RR`, `CS`, `ITU-T A.1`, `Resolution 52`. */
  name: string;
}

/** A provision (or clause) of an instrument: `RR 5.338A`, `CS 168`, `A.1 clause 1.4`, `Resolution 52 resolves 2`. */
export interface ProvisionRef {
  instrument: Instrument;
  /** The provision number as the instrument writes it (`5.338A`, `168`, `1.4`, `resolves 2`); none for the whole text. */
  provision?: string;
}

const FIXED: Record<'RR' | 'CS' | 'CV' | 'ITR', Instrument> = {
  RR: { kind: 'RR', key: 'rr', name: 'RR' },
  CS: { kind: 'CS', key: 'cs', name: 'CS' },
  CV: { kind: 'CV', key: 'cv', name: 'CV' },
  ITR: { kind: 'ITR', key: 'itr', name: 'ITRs' },
};

export function recommendation(number: string, sector?: string): Instrument {
  return { kind: 'Recommendation', key: `rec ${number.toLowerCase()}`, name: sector ? `ITU-${sector.toUpperCase()} ${number}` : number };
}

/**
 * An appendix of the Radio Regulations (`AP30B`): an instrument of its own, since each appendix numbers its
 * paragraphs anew (AP30B § 6.1 is no RR No. 6.1). Keyed `rr ap30b`, shown `RR AP30B`.
 */
export function rrAppendix(number: string): Instrument {
  const n = number.toUpperCase();
  return { kind: 'RR', key: `rr ap${n.toLowerCase()}`, name: `RR AP${n}` };
}

export function resolutionInstrument(number: string): Instrument {
  return { kind: 'Resolution', key: `resolution ${number.toLowerCase()}`, name: `Resolution ${number.toUpperCase()}` };
}

/** Kinds whose provisions carry numbers of their own (not clause labels): the numbers are not a list. */
export function numberedProvisions(kind: InstrumentKind): boolean {
  return kind === 'RR' || kind === 'CS' || kind === 'CV' || kind === 'ITR';
}

/** `RR 5.338A`, `CS 168`, `A.1 clause 1.4`, `Resolution 52 resolves 2`. */
export function formatRef(ref: ProvisionRef): string {
  if (!ref.provision) return ref.instrument.name;
  const clause = ref.instrument.kind === 'Recommendation' && /^[\dA-Z]/.test(ref.provision) ? ' clause' : '';
  return `${ref.instrument.name}${clause} ${ref.provision}`;
}

// ---------------------------------------------------------------- recognition
// Heading kinds and provision-number forms are core/kinds.ts's; a Recommendation's number and clause
// numbers, and references written by a user (`RR 5.338A`), are read here.

const REC_OTHER = /^(?:(?:Рекомендаци[яи]|Рек\.|التوصية|Recommandation|Recomendaci[óo]n|Rec\.)\s+)(?:ITU|UIT|МСЭ)-([TRТР])\s+([A-Z]{1,3}\.\d+(?:\.\d+)*)(?:-\d+)?(?:\s*\([^)]*\))?|^ITU-([TR])\s+([A-Z]{1,3}\.\d+(?:\.\d+)*)(?:-\d+)?\s*建议书/i;
const REC = /^(?:Rec(?:ommendation|\.)?\s+)?(?:ITU-([TR])\s+)?([A-Z]{1,3}\.\d+(?:\.\d+)*)(?:-\d+)?(?:\s*\([^)]*\))?/i;

/**
 * The first word of every heading instrumentHeading names (its patterns, and the heading kinds of
 * core/kinds.ts that name an instrument: CS, CV, ITRs, RR, a Recommendation): a cheap test first.
 */
const INSTRUMENT_WORD = /^\s*(?:constitu|conven|international|radio|r[èe]glement|reglamento|recomm|recomend|draft|устав|конвенц|регламент|рекомендац|دستور|اتفاقية|لوائح|التوصية|国际电信|无线电规则|ITU-[TR] )/i;

/**
 * INSTRUMENT_WORD at any line start of a whole text, so that a scan of a text reads only the lines it may accept
 * (`^` also matches after a `\r` or U+2028 inside a line: one line more read, which instrumentHeading refuses).
 */
const INSTRUMENT_LINE = new RegExp(INSTRUMENT_WORD.source.replace(/^\^\\s\*/, '^[^\\S\\n]*(?:\\{|').replace(/\)$/, '))'), `${INSTRUMENT_WORD.flags}gm`);
/** One of INSTRUMENT_WORD's words anywhere in a line (a line that opens with a mark: `{++RADIO REGULATIONS++}`). */
const INSTRUMENT_WORD_IN = new RegExp(INSTRUMENT_WORD.source.replace(/^\^\\s\*/, ''), INSTRUMENT_WORD.flags);

/**
 * The instrument headings among a text's lines (ended by LF, CRLF or a CR alone), each with its line's offset:
 * instrumentHeading of every line, slicing only the lines that start with one of its words or with a mark. A line with
 * marks is read in its new text, as the parse's paragraphs are (`{++RADIO REGULATIONS++}`, `RADIO {++REGULATIONS++}`):
 * read as written, a heading typed with marks in one proposal put the proposals after it under the front's instrument
 * when checked one by one, and under the one it names when checked whole (the editor and the command line then
 * differed). A line opening with a mark is read only when short and holding one of the words.
 */
export function instrumentHeadings(text: string): { at: number; instrument: Instrument }[] {
  const out: { at: number; instrument: Instrument }[] = [];
  let marks: RevisionMark[] | undefined;
  INSTRUMENT_LINE.lastIndex = 0;
  for (let m = INSTRUMENT_LINE.exec(text); m; m = INSTRUMENT_LINE.exec(text)) {
    // The line holding the match's last character (its word, or `{`): lines end at an LF, a CRLF or a CR alone, and the
    // match's white space may take a CR alone before it.
    const last = m.index + m[0].length - 1;
    const at = lineStartAt(text, last);
    const next = lineEndAt(text, last);
    INSTRUMENT_LINE.lastIndex = Math.max(next, m.index + 1);
    let line = text.slice(at, next);
    if (m[0].endsWith('{') && (line.length > 300 || !INSTRUMENT_WORD_IN.test(line))) continue;
    if (line.includes('{')) line = projectText(spanningMarks(text, at, next, (marks ??= scanMarks(text).marks)), 'new').split(/\r\n|\r|\n/, 1)[0];
    const instrument = instrumentHeading(line);
    if (instrument) out.push({ at, instrument });
  }
  return out;
}

/**
 * The line text[at, next) with the rest of each revision mark that starts on it and runs past its end (the new text of
 * `RECOMMENDATION ITU-R RA.314-{~~1<LF>…~>11~~}` is the heading of RA.314-11, as the parse's paragraph reads it). Read
 * line by line, such a heading was no heading: in a proposal checked alone the proposals after it stayed under the
 * front's instrument, checked whole under RA.314 (the twenty-first session's hunt of the editor against the command line).
 */
function spanningMarks(text: string, at: number, next: number, marks: RevisionMark[]): string {
  let end = next;
  // The marks are in order and do not overlap: those starting on the line (or inside a mark that ran past it) only.
  for (let k = firstMarkFrom(marks, at); k < marks.length && marks[k].start < end; k++) if (marks[k].end > end) end = marks[k].end;
  if (end === next) return text.slice(at, next);
  return text.slice(at, lineEndAt(text, end));
}

const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;

/** A heading line that opens an instrument: the kinds of core/kinds.ts, and a Recommendation's number. */
export function instrumentHeading(text: string): Instrument | undefined {
  // Cheap test first: every paragraph of a text goes through here, few are headings.
  if (text.length > 160 || !INSTRUMENT_WORD.test(text) || /[.;:,]\s*$/.test(text)) return undefined;
  // A footnote referenced from the heading (`RECOMMENDATION ITU-R BO.600-1[^*]`, as ITU-R's older Recommendations
  // carry one) is no part of it.
  const t = foldDashes(text).replace(FOOTNOTE_REFERENCE, '').replace(/[\s\u00A0]+/g, ' ').trim();
  if (t.length > 120 || /[.;:,]$/.test(t)) return undefined;
  if (t === 'CONSTITUTION') return FIXED.CS;
  if (t === 'CONVENTION') return FIXED.CV;
  const title = instrumentTitle(t);
  const kind = title?.kind;
  const fixed = kind === 'cs' ? FIXED.CS : kind === 'cv' ? FIXED.CV : kind === 'rr' ? FIXED.RR : kind === 'itrs' ? FIXED.ITR : undefined;
  // The title alone, or with its edition or date (`(Edition of 2020)`, `– Articles`, `, 2016`): not a name
  // that starts with it (`Radio Regulations Board`, the title of CS Article 14).
  if (fixed) return title!.rest === '' || /^(?:\(.*\)|[–-].*|,.*\d{4}.*|\d{4})$/.test(title!.rest) ? fixed : undefined;
  // The Recommendation's own title line, its number alone after the sector (a sentence naming it is no heading).
  const rec = RECOMMENDATION_TITLE.exec(t) ?? RECOMMENDATION_TITLE_ZH.exec(t);
  if (rec) return recommendation(rec[2].toUpperCase(), sectorLetter(rec[1]));
  return undefined;
}

/**
 * A Recommendation's title line in English, French, Spanish, Russian and Arabic (`Рекомендация МСЭ-T A.1`,
 * `التوصية ITU-T A.1`), and in Chinese (`ITU-T A.1建议书`): group 1 the sector, group 2 the number.
 */
const RECOMMENDATION_TITLE = /^(?:DRAFT (?:NEW |REVISED )?)?(?:RECOMMENDATION|RECOMMANDATION|RECOMENDACI[ÓO]N|РЕКОМЕНДАЦИЯ|التوصية) (?:ITU|UIT|МСЭ)-([TRТР]) ([A-Z]{1,3}\.\d+(?:\.\d+)*)(?:-\d+)?(?: \([^)]*\))?$/i;
const RECOMMENDATION_TITLE_ZH = /^ITU-([TR]) ([A-Z]{1,3}\.\d+(?:\.\d+)*)(?:-\d+)?\s*建议书(?:\s*[（(][^)）]*[）)])?$/;

/** The sector letter, Latin (`МСЭ-Т` may be typed with a Cyrillic Т). */
function sectorLetter(letter: string): string {
  return letter === 'Т' || letter === 'т' ? 'T' : letter === 'Р' || letter === 'р' ? 'R' : letter;
}

/**
 * An instrument named in words, with the provision after it: `RR 5.338A`, `RR No. 5.338A`, `CS 168`,
 * `Constitution No. 168`, `CV 42`, `ITU-T A.1 clause 1.4`, `A.1 § 1.4`, `Resolution 52 resolves 2`.
 */
export function parseRef(text: string): ProvisionRef | undefined {
  return readRef(text)?.ref;
}

/**
 * What a target names after its instrument that is read as no provision (`171 to 173` of `CS 171 to 173`,
 * `Article 1`, `three`), or undefined. parseRef names the whole instrument then (a proposal's header `MOD
 * IAP/12A1/3<TAB>CS 171 to 173` is on the CS: its provisions are read from its lines), but a compilation of it
 * would be of the whole text, not of what was named (compileTarget refuses it and says so).
 */
export function unreadProvision(text: string): string | undefined {
  return readRef(text)?.unread;
}

/** parseRef, with the words after the instrument that no provision reads as (`unread`). */
function readRef(text: string): { ref: ProvisionRef; unread?: string } | undefined {
  // `(CS 5)`, `[RR 5.338A]` after a proposal id read as without the brackets.
  const t = text.replace(/[\s\u00A0]+/g, ' ').trim().replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
  // An RR appendix: `AP30B 6.1`, `AP 30B § 6.1`, `RR AP30B 6.1`, `RR Appendix 30B § 6.1`, `Appendix 30B to the RR 6.1`.
  let m = /^(?:(?:RR|Radio Regulations),? )?(?:AP ?|Appendix |App\. ?)(\d{1,2}[A-Z]?)(?: (?:to|of) the (?:RR|Radio Regulations))?(?:,? ((?:§§?|No\.|paragraph)?\s*\d.*))?$/i.exec(t);
  if (m) return withProvision(rrAppendix(m[1]), m[2]);
  m = /^(RR|Radio Regulations|CS|Constitution|CV|Convention|ITRs?|International Telecommunication Regulations)\b(?: Nos?\.)?(?: (.+))?$/i.exec(t);
  if (m) {
    const word = m[1].toLowerCase();
    const instrument = word === 'rr' || word.startsWith('radio') ? FIXED.RR : word === 'cs' || word.startsWith('constitution') ? FIXED.CS
      : word === 'cv' || word.startsWith('convention') ? FIXED.CV : FIXED.ITR;
    return withProvision(instrument, m[2]);
  }
  m = /^Resolution (\d+[A-Za-z]*|\[[^\]]+\])(?: \([^)]*\))?(?: (.+))?$/i.exec(t);
  if (m) return withProvision(resolutionInstrument(m[1]), m[2]);
  // A Recommendation named in French, Spanish, Russian, Arabic or Chinese (`Recommandation UIT-T A.1`,
  // `Recomendación UIT-T A.1`, `Рекомендация МСЭ-T A.1`, `ITU-T A.1建议书`), as the English.
  const named = REC_OTHER.exec(t);
  if (named) {
    const rest = t.slice(named[0].length).trim().replace(/^(?:clause|§|paragraphe|cláusula|пункт|раздел|البند)\s*/i, '');
    return withProvision(recommendation((named[2] ?? named[4]).toUpperCase(), sectorLetter(named[1] ?? named[3])), rest || undefined);
  }
  m = REC.exec(t);
  if (m && (m[1] || /^Rec/i.test(t) || /^[A-Z]{1,3}\.\d/.test(t))) {
    const rest = t.slice(m[0].length).trim().replace(/^(?:clause|§)\s*/i, '');
    if (rest === '' || /^[\dA-Z]/.test(rest)) return withProvision(recommendation(m[2].toUpperCase(), m[1]), rest || undefined);
  }
  return undefined;
}

function withProvision(instrument: Instrument, rest: string | undefined): { ref: ProvisionRef; unread?: string } {
  if (rest === undefined || rest === '') return { ref: { instrument } };
  const r = rest.replace(/^(?:No\.|Nos\.|clause|§§?|paragraph)\s*/i, '').trim();
  if (instrument.kind === 'Resolution') return { ref: { instrument, provision: r.toLowerCase() } };
  const n = normaliseNumber(r, instrument.kind);
  // A number (`168`, `5.338A`, `73bis`), or an annex clause (`A.2`, `I.1`); anything else (`3 to 5`, `Article 1`)
  // names the instrument only, and is what was not read.
  return /^(?:\d|[A-Z]{1,4}\.\d)[\dA-Z.]*(?:[a-z]|bis|ter|quater)?$/.test(n) ? { ref: { instrument, provision: n } } : { ref: { instrument }, unread: rest.trim() };
}

/** `5.338a` → `5.338A`; the insertion words stay as the texts write them (`73bis`, CS/CV). */
function normaliseNumber(n: string, kind: InstrumentKind): string {
  return numberedProvisions(kind) ? n.toUpperCase().replace(/(BIS|TER|QUATER)$/, (w) => w.toLowerCase()) : n;
}

const RR_NUMBER = String.raw`\d{1,2}\.(?:\d+[A-Z]{0,3}(?:\.\d+[A-Z]{0,3})*|[A-Z]{1,3}\d+[A-Z]?)`;
const MARGIN_NUMBER = String.raw`\d{1,4}[A-Z]{0,3}`;
const CLAUSE_NUMBER = String.raw`(?:(?:\d+|[A-Z]|[IVXL]+)(?:\.\d+[a-z]?)+|\d+)`;
const JOIN = String.raw`(?: (and|to) `;

function numbersRegExp(n: string): RegExp {
  return new RegExp(`^(${n})${JOIN}(${n}))?(?:\\t|\\s*$)`);
}

const CLAUSE_FORM = numbersRegExp(CLAUSE_NUMBER);

/** A WRC placeholder for a new provision: `5.A11`, `9.A1`. */
export const PLACEHOLDER = /^(\d{1,2})\.([A-Z]{1,3})(\d+)$/;

export interface ProvisionNumbers {
  /** The numbers the paragraph carries: `5.195 and 5.196` carries both; `341 to 467` its two ends. */
  numbers: string[];
  /** Length of the numbers and the TAB after them. */
  length: number;
  /**
   * A clause whose title holds no lower-case letter (`7.2.1<TAB>HELLO`, `5<TAB>SIP`): a clause where its number
   * comes after the clause before it (segment), not a table's row (`1<TAB>TRUE` under clause 7.3).
   */
  capitals?: boolean;
}

/**
 * The provision number(s) a paragraph of an instrument of `kind` starts with, followed by a TAB:
 * `5.338A`, `5.A11`, `13.0.1` (RR); `168`, `3A`, `166 and 167` (CS, CV, ITRs); `1.4`, `A.2`, `I.1`, `7`
 * (Recommendation clauses). A paragraph whose text holds no word (`5.149<TAB>5.338<TAB>5.338A`, the
 * cells of the Table of Frequency Allocations) is not a provision.
 */
export function provisionNumberAt(text: string, kind: InstrumentKind, bare = false): ProvisionNumbers | undefined {
  // A directional mark before the number (`<U+200E>10.4.1<TAB>…`, F.921 (08/2018) as ITU's Word file has it) is read
  // as nothing (lang/fold.ts DIRECTION_MARKS), in the text in force as in a proposal; `length` takes it in.
  if (isDirectionMark(text.charCodeAt(0))) {
    let k = 1;
    while (isDirectionMark(text.charCodeAt(k))) k++;
    const after = provisionNumberAt(text.slice(k), kind, bare);
    return after && { ...after, length: after.length + k };
  }
  const n = provisionNumberTabbed(text, kind, bare);
  if (n) return n;
  // In a proposal, the number as ITU prose names a provision (`No. 5.446B`, `RR 5.446B`, `CS No. 58`, `п. 5.446B`,
  // `N° 58`): that provision (review 6, G9). `length` takes the prefix in; maskProvisionPrefix blanks it for comparing.
  const prefix = bare ? PROVISION_PREFIX.exec(text) : null;
  if (prefix) {
    const after = provisionNumberAt(text.slice(prefix[0].length), kind, bare);
    return after && { ...after, length: after.length + prefix[0].length };
  }
  // Spaces before the TAB (`2.3.3.8 <TAB>Rapporteurs …`, as ITU's Word files of A.1 have them; `166 and
  // 167 <TAB>`): read as the number and its TAB, in the text in force as in a proposal, as the structure
  // reader reads a label so written. `length` takes the spaces in.
  const before = SPACE_BEFORE_TAB.exec(text);
  if (before) {
    const tabbed = provisionNumberTabbed(before[1] + text.slice(before[0].length - 1), kind, bare);
    if (tabbed) return { ...tabbed, length: tabbed.length + before[0].length - 1 - before[1].length };
  }
  if (!bare) return undefined;
  // In a proposal, a dotted number (`5.446A`, `1.4.2`) followed by spaces, as text pasted from a PDF or
  // a web page comes, is read as that provision, so that it is compared with the text in force, where it
  // cannot be a quantity (spacedNumber). A bare number (`168 The`) stays text (FORMAT.md §1).
  const spaced = spacedNumber(text);
  if (!spaced) return undefined;
  const tabbed = provisionNumberTabbed(`${spaced.number}\t${text.slice(spaced.length)}`, kind, bare);
  return tabbed && { ...tabbed, length: tabbed.length - 1 + spaced.length - spaced.number.length };
}

/**
 * A dotted number (`5.446A`, `1.4.2`) opening a line, followed by spaces where a TAB belongs, when it cannot
 * be a quantity opening a sentence (`5.8 GHz stations shall …`, `1.5 dB`): the number holds a letter, or two
 * spaces or more follow it, or the next word is a capitalized word and no unit (`5.446 The use`).
 * `length`: the number and the spaces after it.
 */
export function spacedNumber(text: string): { number: string; length: number } | undefined {
  const spaced = SPACED_NUMBER.exec(text);
  if (!spaced) return undefined;
  const gap = spaced[0].length - spaced[1].length;
  const next = text.slice(spaced[0].length);
  // A word of a script without case (Arabic, Chinese) is no unit either.
  if (!/[A-Za-z]/.test(spaced[1]) && gap < 2 && !(/^\p{Lu}\p{Ll}/u.test(next) && !UNIT.test(next)) && !/^\p{Lo}/u.test(next)) return undefined;
  return { number: spaced[1], length: spaced[0].length };
}

/**
 * What a proposal may write before a provision number (review 6, G9): the instrument (`RR`, `CS`, `CV`) and the
 * word "No." in English (`No.`, `Nos.`), French (`N°`, `Nº`), Spanish (`N.º`, `n.º`), Russian (`п.`, `пп.`), Arabic
 * (`الرقم`), a digit following.
 */
const PROVISION_PREFIX = /^(?:(?:RR|CS|CV)[ \u00A0]+(?:Nos?\.[ \u00A0]*)?|Nos?\.[ \u00A0]*|N[°º][ \u00A0]*|[Nn]\.[ \u00A0]?º[ \u00A0]*|пп?\.[ \u00A0]*|الرقم[ \u00A0]+)(?=\d)/u;

/** A proposal's paragraph with the prefix before its provision number (PROVISION_PREFIX) blanked: same length, offsets hold. */
export function maskProvisionPrefix(text: string): string {
  const m = PROVISION_PREFIX.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}

/** A short opening (a number, or two joined: `166 and 167`) then spaces and a TAB. */
const SPACE_BEFORE_TAB = /^([^\t ]{1,16}(?: (?:and|to|à|a|y|et) [^\t ]{1,16})?)[ \u00A0]+\t/;
const SPACED_NUMBER = /^(\d{1,2}\.[\dA-Za-z]+(?:\.[\dA-Za-z]+)*)[ \u00A0\u2007\u202F]+(?=\S)/;
/** Units written after a quantity that a capitalized word test would take for a word (`Hz`, `Bd`, `Pa`). */
const UNIT = /^(?:[kMGT]?Hz|Bd|Gy|Pa|Wb|Sv)(?![\p{L}\p{N}])/u;

/**
 * A letter of a word, in any of the six languages: a lower-case letter (Latin, Cyrillic), or a letter of a
 * script without case (Arabic, Chinese). Numbers, RR numbers (`5.338A`) and capitals alone make none.
 */
const WORD_LETTER = /[\p{Ll}\p{Lo}]/u;

function provisionNumberTabbed(text: string, kind: InstrumentKind, bare: boolean): ProvisionNumbers | undefined {
  if (numberedProvisions(kind)) {
    // The number forms of core/kinds.ts; a number alone on its line (`5.338`, `3B` in a SUP) as well.
    const n = provisionNumber(text) ?? (bare ? provisionNumber(text.trim() + '\t') : undefined);
    if (!n || (n.form === 'rr') !== (kind === 'RR')) return undefined;
    const body = text.slice(n.length).replace(/^\t+/, '');
    if (body.trim() === '' ? !bare : !WORD_LETTER.test(body) && !n.suppressed) return undefined;
    return { numbers: n.first === n.last ? [n.first] : [n.first, n.last], length: n.length };
  }
  const m = CLAUSE_FORM.exec(text);
  if (!m) return undefined;
  const body = text.slice(m[0].length);
  const numbers = m[3] ? [m[1], m[3]] : [m[1]];
  if (body.trim() === '') return bare ? { numbers, length: m[0].length } : undefined;
  if (isContentsEntry(text) || isTableRow(text)) return undefined;
  if (WORD_LETTER.test(body)) return { numbers, length: m[0].length };
  // A title in capitals (`HELLO`, `BUFFERMAP`, `SIP`, `3GPP`, `GENERAL PROVISIONS`): protocol messages and acronyms
  // title clauses so (X.609.7 (12/2018) clauses 7.2.1 to 7.2.9; review 8, I11). segment takes it where the number goes on.
  return isCapitalsTitle(body) ? { numbers, length: m[0].length, capitals: true } : undefined;
}

/**
 * A clause title without a lower-case letter: one cell (no TAB inside), opened by a capital or a digit, two
 * capitals or more, no sentence punctuation at its end. Numbers alone (`4<TAB>2`) and one letter (`2<TAB>A`,
 * a table's cell) are none.
 */
function isCapitalsTitle(body: string): boolean {
  const t = body.trim();
  if (t.length > 100 || t.includes('\t') || /[.;:,]$/.test(t) || !/^[\p{Lu}\d]/u.test(t)) return false;
  let capitals = 0;
  for (const c of t) if (/\p{Lu}/u.test(c) && ++capitals >= 2) return true;
  return false;
}

/**
 * Whether a clause titled in capitals numbered `n` may come after clause `prev` (the clause read last; none at
 * the start or after an annex heading). A dotted number (`7.2.1`, `A.2`) is a clause's, even where the text
 * numbers wrong (X.609.7 repeats 7.3.2.1.1 under 7.3.2.2); a whole number is one where it comes after `prev`'s
 * (`9` after 7.3, as where a text typed clause 8 `.8`): one going back (`1<TAB>TRUE` under clause 7.3) is a
 * table's row.
 */
function mayFollow(n: string, prev: string | undefined): boolean {
  if (prev === undefined || n.includes('.')) return true;
  const top = /^\d+/.exec(prev);
  return top !== null && Number(n) > Number(top[0]);
}

// The words in English, French and Spanish (CHAPITRE, CAPÍTULO, ARTÍCULO, Annexe, Anexo, Appendice, Apéndice, Sección),
// Russian (ГЛАВА, СТАТЬЯ, Раздел, ПРИЛОЖЕНИЕ, ДОПОЛНЕНИЕ, ЧАСТЬ) and Arabic (الفصل chapter, المادة article, القسم
// section, الملحق annex, التذييل appendix, الجزء part); Chinese writes them around the number (`第4条`, `第一章`, `附件1`).
const STRUCTURAL = /^(?:ARTICLE|Article|ART[ÍI]CULO|Art[íi]culo|CHAPTER|Chapter|CHAPITRE|Chapitre|CAP[ÍI]TULO|Cap[íi]tulo|SECTION|Section|SECCI[ÓO]N|Secci[óo]n|Sub-Section|Sub-section|Sous-section|ANNEX|Annex|ANNEXE|Annexe|ANEXO|Anexo|APPENDIX|Appendix|APPENDICE|Appendice|AP[ÉE]NDICE|Ap[ée]ndice|PART|Part|PARTIE|Partie|PARTE|Parte|ATTACHMENT|ГЛАВА|Глава|СТАТЬЯ|Статья|РАЗДЕЛ|Раздел|ПОДРАЗДЕЛ|Подраздел|ПРИЛОЖЕНИЕ|Приложение|ДОПОЛНЕНИЕ|Дополнение|ЧАСТЬ|Часть|الفصل|المادة|القسم|الملحق|التذييل|الجزء)(?![\p{L}\d])\s*\S{0,12}\s*(?:[–-].*)?$|^第\s*[\d一二三四五六七八九十百零〇]+\s*(?:章|条|节|部分)\s*(?:[–-].*)?$|^(?:附件|附录)\s*[\dA-Z一二三四五六七八九十]{0,4}\s*(?:[–-].*)?$/u;
const ARTICLE = ARTICLE_HEADING;
/**
 * An appendix of the Radio Regulations (`APPENDIX 30 (REV.WRC-19)`; `ПРИЛОЖЕНИЕ 30`, `التذييل 30`, `附录30`): its
 * paragraph numbers (`4.1.3`) are not those of the articles.
 */
const RR_APPENDIX = /^(?:(?:APPENDIX|ПРИЛОЖЕНИЕ|التذييل)\s+|附录\s*)(\d+[A-Z]?)(?![\p{L}\d])/u;
/** A conference of the Radiocommunication Sector named in a heading (`(REV.WRC-19)`, `(CMR-19)`, `(ВКР-19)`): an RR appendix. */
const RR_EDITION = new RegExp(String.raw`\b(?:WRC|WARC|CMR|CAMR|ВКР)(?:${KEY_HYPHEN}|\s)?\d|المؤتمر العالمي للاتصالات الراديوية|世界无线电通信大会`, 'u');

/** The appendix an RR appendix heading opens (`APPENDIX 30B (REV.WRC-19)` → `30B`). */
function rrAppendixOf(text: string): string | undefined {
  return RR_APPENDIX.exec(text.trim())?.[1];
}

const APPENDIX_WORDS = ['APPENDIX', 'ПРИЛОЖЕНИЕ', 'التذييل', '附录'];
/** A line that may open an RR appendix (its word, then a digit). */
const APPENDIX_LINE = /^[ \t]*(?:(?:APPENDIX|ПРИЛОЖЕНИЕ|التذييل)[ \t]+|附录[ \t]*)\d/gmu;

/**
 * Where a text opens an RR appendix (`APPENDIX 30B (REV.WRC-23)` on a line of its own, named with its conference), with
 * the appendix as an instrument (`rr ap30b`): instrumentHeadings' companion for the checks that place a proposal by the
 * headings before it (review17: AP30B § 6.18 was "No. 6.18 of the RR").
 */
export function appendixHeadings(text: string): { at: number; instrument: Instrument }[] {
  const out: { at: number; instrument: Instrument }[] = [];
  // Most texts name no appendix: a search for the words before the pattern.
  if (!APPENDIX_WORDS.some((w) => text.includes(w))) return out;
  APPENDIX_LINE.lastIndex = 0;
  for (let m = APPENDIX_LINE.exec(text); m; m = APPENDIX_LINE.exec(text)) {
    const at = m.index;
    const next = lineEndAt(text, at);
    const line = text.slice(at, next);
    const appendix = line.length <= 120 && RR_EDITION.test(line) ? rrAppendixOf(line) : undefined;
    if (appendix !== undefined) out.push({ at, instrument: rrAppendix(appendix) });
    APPENDIX_LINE.lastIndex = Math.max(next, at + 1);
  }
  return out;
}

/**
 * What a text in force sets after the body of a provision or clause, in English, French, Spanish, Russian,
 * Arabic and Chinese: a table's heading (`TABLE 1`, `Table 2 – Title`, `TABLEAU 1`, `CUADRO 1`, `Таблица 1`,
 * `الجدول 1`, `表1`, `TABLE 1 (end)`), a bibliography.
 */
const AFTER_BODY = /^(?:(?:TABLE|Table|TABLEAU|Tableau|CUADRO|Cuadro|ТАБЛИЦА|Таблица|الجدول)\s+|表\s*)[\dA-Z][\dA-Z.-]{0,8}(?:\s*\((?:end|fin)\))?\s*(?:[–-].*)?$|^(?:BIBLIOGRAPHY|Bibliography|BIBLIOGRAPHIE|Bibliographie|BIBLIOGRAF[ÍI]A|Bibliograf[íi]a|БИБЛИОГРАФИЯ|Библиография|参考文献)\s*$/u;
/** A rule line (`_______`): the end of the text, or of a part of it. */
const RULE_LINE = /^\s*[_\u2014\u2013=*-]{5,}\s*$/;

/**
 * A heading inside an instrument (`ARTICLE 5`, `CHAPTER I`, `Section IV – Table of Frequency Allocations`,
 * `Annex A`), or a table's heading or a bibliography's: the provision or clause before it ends there.
 */
function structural(text: string): boolean {
  const t = text.trim();
  return t.length <= 100 && (STRUCTURAL.test(t) || AFTER_BODY.test(t));
}

/**
 * A structural heading of an instrument (`Article 8`, `ARTICLE 5`, `CHAPTER I`, `Section IV – …`, `ANNEX`), not a
 * table's heading: what a MOD of an Article's title restates, compared with the heading in force (review 9, J23).
 */
export function instrumentStructureHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 100 && STRUCTURAL.test(t);
}

// ---------------------------------------------------------------- provisions of a text

/** The Secretariat's editorial note printed after an RR provision (`Note by the Secretariat: …`), in English, French, Spanish. */
const SECRETARIAT_NOTE = /^\s*(?:Note by the Secretariat|Note du Secrétariat|Nota de la Secretaría)\s*:/u;

/**
 * An unnumbered note set after a provision, `NOTE – …` (`NOTE - If, in the text of a definition below, a term is
 * printed in italics …` after RR No. 1.1; `NOTA –` in Spanish): ITU's editorial note on the text around it (here,
 * on the definitions of Article 1 that follow), no paragraph of the provision before it. A numbered note
 * (`NOTE 1: “Band N” …` under the table of RR No. 2.1) is a note of that provision's table, and stays with it.
 */
const UNNUMBERED_NOTE = /^\s*(?:NOTE|NOTA)[ \u00a0]*[-\u2013\u2014][ \u00a0\t]/u;

/** Whether a paragraph is an unnumbered note (`NOTE – …`, UNNUMBERED_NOTE). */
export function isUnnumberedNote(text: string): boolean {
  return UNNUMBERED_NOTE.test(text);
}

/**
 * A short heading line over the provisions that follow it (`Elected officials`, `The Council`, `Members of the
 * Radio Regulations Board`): a capital first, no TAB, no digit first, no closing punctuation, at most 80
 * characters, and the next line opens a provision.
 */
function subheading(text: string, lines: readonly Line[], i: number, kind: InstrumentKind, bare: boolean): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80 || t.includes('\t') || !/^\p{Lu}/u.test(t) || /[.;:,)]$/.test(t)) return false;
  let j = i + 1;
  while (j < lines.length && lines[j].skip) j++;
  return j < lines.length && provisionNumberAt(lines[j].text, kind, bare) !== undefined;
}

export interface ProvisionText {
  /** The number it is found by (the first, for `166 and 167`). */
  number: string;
  numbers: string[];
  /** Its paragraphs: the numbered paragraph first, then those that continue it. */
  paragraphs: string[];
  /** Index of its first paragraph among the paragraphs given. */
  first: number;
  /** In a text in force: the unnumbered notes (`NOTE – …`) printed after it, no paragraphs of it (isUnnumberedNote). */
  notes?: string[];
  /** In a text in force: the definitions (`[^1]:<TAB>…`, as written) of the footnotes its paragraphs reference. */
  footnotes?: string[];
}

interface Line {
  text: string;
  skip?: boolean;
  /** The structure reader's reading of the line (a Paragraph of a view): its kind and its label. */
  kind?: Paragraph['kind'];
  label?: Paragraph['label'];
}

/**
 * The number of a Recommendation's clause the structure reader reads where the number forms here do not: a
 * number typed with a stray dot (`.8<TAB>`, E.840 (06/2018)), with a final dot (`6.<TAB>Overview`, J.1108 (01/2019);
 * J.383 (01/2019) numbers every clause so), after a space (` 6.2.6.7<TAB>`, Q.850 (10/2018)): the clause as it reads
 * it (structure.ts strayDotMatch, trailingDotMatch, indentedLabel), so that the index and the outline agree.
 */
function readClause(line: Line): string | undefined {
  const label = line.label;
  if (line.kind !== 'clause-heading' || label?.kind !== 'decimal' || label.paren || label.reversed) return undefined;
  return label.parts.join('.');
}

/** The call of a Recommendation's preamble (`considering`, `recognizing further`, `recommends`; French, Spanish). */
const CALL = /^\s*((?:further\s+)?(?:considering|recognizing|noting|bearing in mind|recommends|considérant|reconnaissant|notant|recommande|considerando|reconociendo|observando|recomienda)(?:\s+(?:further|also|en outre|además))?)\s*,?\s*$/i;
/** An item lettered directly under a call (`a)<TAB>that …`, `iv)<TAB>…`, `б)<TAB>что …`, `أ )<TAB>أن …`), with words after it. */
const CALL_ITEM = /^([a-z]{1,2}(?:bis)?|[ivx]+|[а-я]{1,2}|[\u0621-\u064A]{1,2}(?:bis)?) ?\)\t(?=.*[\p{Ll}\p{Lo}])/u;

/**
 * A line that is a call of a Recommendation's preamble or operative part and nothing more: CALL's phrases, or
 * any language's call (lang/match.ts: `учитывая`, `إذ تضع في اعتبارها`, `考虑到`, `рекомендует`) with no addressee.
 */
function callOf(text: string): string | undefined {
  const c = CALL.exec(text);
  if (c) return c[1].toLowerCase().replace(/\s+/g, ' ');
  const m = matchCall(text);
  return m && m.addressee === '' ? m.phrase.toLowerCase().replace(/\s+/g, ' ') : undefined;
}

/**
 * Paragraphs cut into provisions: a numbered paragraph opens one, headings and their titles close it. In
 * a Recommendation an item lettered directly under a call opens one named by both (`considering a)`).
 */
export function segment(lines: readonly Line[], kind: InstrumentKind, bare = false): ProvisionText[] {
  const out: ProvisionText[] = [];
  let current: ProvisionText | undefined;
  let title = false;
  let contents = false;
  /** The call the lettered items stand under, until a numbered clause or a heading. */
  let call: string | undefined;
  /** The last clause number read (a title in capitals is a clause where its number goes on from it), until a heading. */
  let clause: string | undefined;
  /** The provision the notes just read follow (a second note goes with the first). */
  let noted: ProvisionText | undefined;
  lines.forEach((line, i) => {
    if (line.skip) return;
    const text = line.text;
    // A table of contents repeats the clause numbers with their pages: no provisions there.
    if (isContentsHeading(text)) contents = true;
    if (contents || isContentsEntry(text)) {
      contents &&= isContentsEntry(text) || isContentsHeading(text) || /^\s*Pages?\s*$/.test(text);
      if (contents || isContentsEntry(text)) return;
    }
    if (structural(text)) {
      current = undefined;
      title = true;
      call = undefined;
      // An annex or a part numbers its clauses anew (`A.1`); a table's heading goes on in the clause.
      if (STRUCTURAL.test(text.trim())) clause = undefined;
      return;
    }
    if (RULE_LINE.test(text)) {
      current = undefined;
      title = false;
      call = undefined;
      return;
    }
    if (kind === 'Recommendation') {
      const c = callOf(text);
      if (c !== undefined) {
        current = undefined;
        title = false;
        call = c;
        return;
      }
      const item = call !== undefined ? CALL_ITEM.exec(text) : null;
      if (item) {
        const number = `${call} ${item[1]})`;
        current = { number, numbers: [number], paragraphs: [text], first: i };
        out.push(current);
        title = false;
        return;
      }
    }
    const read = kind === 'Recommendation' ? readClause(line) : undefined;
    const n = provisionNumberAt(text, kind, bare) ?? (read === undefined ? undefined : { numbers: [read], length: 0 });
    if (n && !(n.capitals && !mayFollow(n.numbers[0], clause))) {
      call = undefined;
      const numbers = n.numbers.map((x) => normaliseNumber(x, kind));
      clause = numbers[numbers.length - 1];
      current = { number: numbers[0], numbers, paragraphs: [text], first: i };
      out.push(current);
      title = false;
      return;
    }
    if (title && !/[.;:,]$/.test(text.trim())) {
      title = false;
      return;
    }
    title = false;
    // A subheading standing over the next provisions (CV Article 2's `Elected officials` before No. 13), or the
    // Secretariat's note after one (RR No. 0.2), belongs to no provision (review 9, J3).
    if (current && numberedProvisions(kind) && (SECRETARIAT_NOTE.test(text) || subheading(text, lines, i, kind, bare))) {
      current = undefined;
      return;
    }
    // An unnumbered `NOTE – …` after a provision in force (RR No. 1.1's note on the definitions below it) is no
    // paragraph of it: kept beside it (ProvisionText.notes), compared only where a proposal restates a note after
    // the provision (base.ts). In a proposal it stays with the provision it follows, so that it is compared.
    const owner = current ?? noted;
    if (owner && !bare && numberedProvisions(kind) && isUnnumberedNote(text)) {
      (owner.notes ??= []).push(text);
      noted = owner;
      current = undefined;
      return;
    }
    noted = undefined;
    if (current) current.paragraphs.push(text);
  });
  // A text in force ends no provision with an elision; a proposal does (`5.340 …`, `…`: the rest left out,
  // unchanged), and the comparison lets it stand for the rest.
  if (!bare) for (const p of out) while (p.paragraphs.length > 1 && isElision(p.paragraphs[p.paragraphs.length - 1])) p.paragraphs.pop();
  return out;
}

/** One instrument as a file of the workspace holds it. */
export interface InstrumentText {
  instrument: Instrument;
  location: string;
  /** 0-based line of its heading (or first provision). */
  line: number;
  provisions: Map<string, ProvisionText & { line: number }>;
  /** The language its words are in, when they tell (a proposal is compared only with a text in its language). */
  language?: Lang;
  /** Its edition as its file names it near the top, `yyyymm` (`(10/2016)` → 201610, `(Edition of 2024)` → 202400). */
  edition?: number;
  /**
   * A margin-numbered text's headings between its provisions (`CHAPTER I`, `Article 1`, `Purposes of the Union`,
   * `ANNEX`, CV's `Elected officials`), with their lines: New contribution restates them with the whole instrument.
   */
  headings?: { text: string; line: number }[];
  /** A Recommendation's title and enacting formula (`The ITU Radiocommunication Assembly,`), as its number line is followed by them. */
  head?: RecommendationHead;
  /**
   * A Resolution's clauses under each of its annexes, by the annex heading folded (annexHeadingKey): two annexes number
   * their clauses alike (`1`, `2`), and `provisions` keeps the first; a proposal opening with an annex's heading is
   * compared with that annex's (review17).
   */
  annexes?: Map<string, Map<string, ProvisionText & { line: number }>>;
}

/** An annex heading as a key: lower case, white space folded (`annex 2 to resolution 45 (rev. kigali, 2022)`). */
export function annexHeadingKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The lines of a Recommendation's head a MOD restating them is compared with (recommendationHead). */
export interface RecommendationHead {
  title?: HeadLine;
  formula?: HeadLine;
}

/** A line of a Recommendation's head; in a proposal, its paragraph. */
export interface HeadLine {
  text: string;
  line: number;
  paragraph?: Paragraph;
}

/**
 * The title and the enacting formula of a Recommendation, from the paragraphs after its number line (its last
 * heading: ITU's cover repeats the number over the title page): the title is the first of them, the formula the
 * paragraph before the first call line (`considering`) unless it is the history or Question line in parentheses
 * (`The ITU Radiocommunication Assembly,`).
 * Before the first numbered clause only: ITU-T's texts have a title and no formula. Each is undefined when absent.
 */
export function recommendationHead(paragraphs: readonly Paragraph[], lineOf?: (offset: number) => number, keep = false): RecommendationHead {
  const line = (p: Paragraph) => (lineOf ? lineOf(p.source.start) : 0);
  const out: RecommendationHead = {};
  const body = paragraphs.filter((p) => p.kind !== 'blank' && p.text.trim() !== '');
  const first = body[0];
  const stop = (p: Paragraph) => callOf(p.text) !== undefined || provisionNumberAt(p.text, 'Recommendation') !== undefined || isElision(p.text) || /^Reasons\s*:/i.test(p.text);
  if (!first || stop(first) || instrumentHeading(first.text)) return out;
  out.title = { text: first.text, line: line(first), ...(keep ? { paragraph: first } : {}) };
  const call = body.findIndex(stop);
  if (call > 1 && callOf(body[call].text) !== undefined) {
    const formula = body[call - 1];
    if (!/^\s*\(.*\)\s*$/.test(formula.text) && formula.text.trim().length <= 200) out.formula = { text: formula.text, line: line(formula), ...(keep ? { paragraph: formula } : {}) };
  }
  return out;
}

/**
 * The instruments a file holds outside proposals: each opened by its heading (or, for the Radio
 * Regulations, by an `ARTICLE n` heading over provisions `n.x`), its provisions by number. Resolutions
 * give their clauses by call and label (`resolves 2`, `considering a)`) and by decimal number.
 */
export function instrumentsOf(location: string, doc: ItuDocument, lineOf: (offset: number) => number): InstrumentText[] {
  const view = doc.views.new;
  const out: InstrumentText[] = [];
  const prose = view.prose.filter((p) => p.kind !== 'blank' && p.kind !== 'footnote-definition' && p.kind !== 'cover-field');
  // Runs of paragraphs under one instrument heading.
  let run: { instrument: Instrument; paragraphs: Paragraph[]; line: number; headAt?: number } | undefined;
  let article: string | undefined;
  /** The paragraphs from the last ARTICLE heading on, while no run is open. */
  let sinceArticle: Paragraph[] | undefined;
  const runs: NonNullable<typeof run>[] = [];
  for (const p of prose) {
    const heading = instrumentHeading(p.text);
    if (heading || p.kind === 'resolution-number') {
      // The same heading again (a Recommendation's title over its summary, then over its text) goes on with it.
      run = heading ? runs.find((r) => r.instrument.key === heading.key) ?? { instrument: heading, paragraphs: [], line: lineOf(p.source.start) } : undefined;
      if (run && !runs.includes(run)) runs.push(run);
      // Where the text after its last heading starts (a Recommendation's title and formula: recommendationHead).
      if (run) run.headAt = run.paragraphs.length;
      continue;
    }
    const a = ARTICLE.exec(p.text.trim());
    if (a) article = a[1];
    // The RR without its heading (an excerpt from `ARTICLE 5` on): the run opened by the article's first provision takes
    // the article's heading and what stands between them (its title, `Section IV – …`) as headings of its own.
    if (!run) {
      if (a) sinceArticle = [];
      sinceArticle?.push(p);
    }
    // An RR appendix (`APPENDIX 30B (REV.WRC-19)`, in the Radio Regulations or named with its conference)
    // is an instrument of its own: its paragraphs (§ 6.1, under its own ARTICLE 6) are no RR Nos.
    const appendix = (run?.instrument.kind === 'RR' || (!run && RR_EDITION.test(p.text))) ? rrAppendixOf(p.text) : undefined;
    if (appendix !== undefined) {
      const instrument = rrAppendix(appendix);
      run = runs.find((r) => r.instrument.key === instrument.key) ?? { instrument, paragraphs: [], line: lineOf(p.source.start) };
      if (!runs.includes(run)) runs.push(run);
      article = undefined;
      continue;
    }
    if (!run && article !== undefined) {
      const n = provisionNumberAt(p.text, 'RR');
      if (n && n.numbers[0].startsWith(`${article}.`)) {
        const before = sinceArticle!.slice(0, -1);
        run = { instrument: FIXED.RR, paragraphs: before, line: lineOf((before[0] ?? p).source.start) };
        runs.push(run);
      }
    }
    run?.paragraphs.push(p);
  }
  for (const r of runs) {
    const provisions = new Map<string, ProvisionText & { line: number }>();
    const segments = segment(r.paragraphs, r.instrument.kind);
    for (const s of segments) {
      const entry = { ...s, line: lineOf(r.paragraphs[s.first].source.start) };
      for (const n of s.numbers) if (!provisions.has(n)) provisions.set(n, entry);
    }
    // The language of its first paragraphs (enough words, and a text in force is in one language).
    const language = provisions.size ? textLanguage(r.paragraphs.slice(0, 60).map((p) => p.text).join('\n')) : undefined;
    if (provisions.size) {
      const headings = numberedProvisions(r.instrument.kind) ? headingsBetween(r.paragraphs, segments, lineOf) : undefined;
      const head = r.instrument.kind === 'Recommendation' && r.headAt !== undefined ? recommendationHead(r.paragraphs.slice(r.headAt), lineOf) : undefined;
      out.push({ instrument: r.instrument, location, line: r.line, provisions, language, ...(headings?.length ? { headings } : {}), ...(head && (head.title || head.formula) ? { head } : {}) });
    }
  }
  for (const resolution of view.resolutions) {
    const annexes = new Map<string, Map<string, ProvisionText & { line: number }>>();
    const provisions = resolutionClauses(view, resolution, lineOf, annexes);
    if (provisions.size) out.push({ instrument: resolutionInstrument(resolution.number), location, line: lineOf(resolution.numberLine.source.start), provisions, ...(annexes.size > 1 ? { annexes } : {}) });
  }
  return out;
}

/**
 * The short lines no provision holds, from the first provision's heading on (review 9, J4): headings and their titles
 * (`CHAPTER I`, `Basic Provisions`, `Article 1`, `Purposes of the Union`, `ANNEX`), subheadings. Not a preamble's
 * sentences (long, or ending with punctuation).
 */
function headingsBetween(paragraphs: readonly Paragraph[], segments: readonly ProvisionText[], lineOf: (offset: number) => number): { text: string; line: number }[] {
  const covered = new Uint8Array(paragraphs.length);
  for (const s of segments) covered.fill(1, s.first, Math.min(paragraphs.length, s.first + s.paragraphs.length));
  const out: { text: string; line: number }[] = [];
  paragraphs.forEach((p, i) => {
    const t = p.text.trim();
    if (covered[i] || t === '' || t.length > 100 || /[.;:,]$/.test(t) || p.kind === 'elision' || RULE_LINE.test(t)) return;
    out.push({ text: t, line: lineOf(p.source.start) });
  });
  return out;
}

/** A Resolution's clauses: `resolves 2`, `resolves 2 a)`, `considering a)`, and decimal clauses by number (`3.1`). */
function resolutionClauses(view: View, resolution: Resolution, lineOf: (offset: number) => number, annexes?: Map<string, Map<string, ProvisionText & { line: number }>>): Map<string, ProvisionText & { line: number }> {
  const out = new Map<string, ProvisionText & { line: number }>();
  /** The clauses of the annex being read (under its heading), when annexes are asked for. */
  let annex: Map<string, ProvisionText & { line: number }> | undefined;
  const paragraphsOf = (item: Item): Paragraph[] =>
    [item.paragraph, ...item.continuation, ...walk(item).flatMap((d) => [d.paragraph, ...d.continuation])].sort((a, b) => paragraphIndex(view, a) - paragraphIndex(view, b));
  // `phrase`: the call the clause stands under; `path`: the key of the item it stands under.
  const visit = (item: Item, phrase: string, path: string) => {
    for (const child of item.children) {
      if (child.call) {
        visit(child, child.call.phrase, child.call.phrase);
        continue;
      }
      if (!child.label) {
        if (annexes && child.paragraph.kind === 'annex-heading') {
          const key = annexHeadingKey(child.paragraph.text);
          annex = annexes.get(key) ?? new Map();
          annexes.set(key, annex);
        }
        visit(child, '', '');
        continue;
      }
      const label = child.label.text;
      // A decimal label carries its parents' numbers (`2.1`); letters and roman numerals need theirs (`resolves 2 a)`).
      const key = child.label.kind === 'decimal' ? (phrase ? `${phrase} ${label}` : label) : path ? `${path} ${label}` : label;
      const paragraphs = paragraphsOf(child);
      const own = { number: key, numbers: [key], paragraphs: paragraphs.map((p) => p.text), first: paragraphIndex(view, paragraphs[0]), line: lineOf(child.paragraph.source.start) };
      if (!out.has(key)) out.set(key, own);
      if (annex && !annex.has(key)) annex.set(key, own);
      visit(child, phrase, key);
    }
  };
  visit(resolution.root, '', '');
  return out;
}

// ---------------------------------------------------------------- what a proposal restates

export interface RestatedProvision {
  number: string;
  numbers: string[];
  /** Its paragraphs in the old text of the proposal (a MOD's text in force; the text of a SUP or NOC). */
  paragraphs: Paragraph[];
}

export interface ProposalTarget {
  proposalIndex: number;
  action: ProposalAction;
  /** The instrument, when the proposal or its context names one (else base.ts's instrumentOfTarget finds it by the numbers). */
  instrument?: Instrument;
  /** The provisions restated, in order. */
  provisions: RestatedProvision[];
}

/**
 * What each proposal that holds no Resolution number line restates, and of which instrument (named
 * by the header's text, a heading inside or before it, or RR number forms; else left to the numbers).
 */
export function proposalTargets(doc: ItuDocument, side: 'old' | 'new' = 'old'): ProposalTarget[] {
  const out: ProposalTarget[] = [];
  const newView = doc.views.new;
  let context: Instrument | undefined;
  let article: string | undefined;
  let next = 0;
  /** The RR appendix the headings so far open (`30B`): its ARTICLE headings are its own, not the RR's. */
  let appendix: string | undefined;
  const heading = (p: Paragraph) => {
    const h = instrumentHeading(p.text);
    if (h) context = h;
    const a = articleOrAppendix(p.text);
    if (a?.article !== undefined) article = a.article;
    if (h) appendix = undefined;
    if (a?.appendix !== undefined && (context === undefined || context.kind === 'RR')) appendix = a.appendix;
  };
  doc.proposals.forEach((proposal, i) => {
    // Headings between the previous proposal's start and this one.
    for (; next < newView.paragraphs.length && newView.paragraphs[next].source.start < proposal.header.start; next++) heading(newView.paragraphs[next]);
    if (!mayRestateProvisions(doc, i, side)) return;
    // The old text: what a MOD amends, what a SUP or NOC reproduces (the same as the new text without marks).
    const ov = doc.views[side].proposals[i];
    const named = proposal.extra ? parseRef(proposal.extra) : undefined;
    // The proposal's text ends at its Reasons: a heading after them (`CONVENTION OF THE …`) introduces the next proposal.
    const reasons = ov.paragraphs.findIndex((p) => p.kind === 'reasons');
    const own = reasons < 0 ? ov.paragraphs : ov.paragraphs.slice(0, reasons);
    const body = own.filter((p) => p !== ov.header && p.kind !== 'blank' && p.kind !== 'footnote-definition');
    // Headings restated inside the proposal (a NOC of ARTICLE 5's title, the Recommendation's title) name it too.
    let inner: Instrument | undefined;
    let innerArticle = article;
    let innerAppendix = appendix;
    for (const p of body) {
      const h = instrumentHeading(p.text);
      inner = h ?? inner;
      if (h) innerAppendix = undefined;
      const a = articleOrAppendix(p.text);
      innerArticle = a?.article ?? innerArticle;
      if (a?.appendix !== undefined) innerAppendix = a.appendix;
    }
    // An RR appendix (AP30, AP30B …) numbers its paragraphs anew: its own instrument (AP30B § 6.1 is no RR No. 6.1).
    let instrument = named?.instrument ?? (innerAppendix !== undefined ? rrAppendix(innerAppendix) : inner ?? context);
    // A WRC placeholder (`5.A117`) numbers nothing but the Radio Regulations: a proposal restating one under another
    // instrument's heading left from the proposals before it (`CONSTITUTION …` over an ADD of CS 58B) is on the RR
    // (it was on the CS, of which it restates nothing: no target to compile, no next placeholder offered).
    if (!named?.instrument && !inner && innerAppendix === undefined && instrument && instrument.kind !== 'RR' && body.some((p) => PLACEHOLDER.test(p.text.split('\t')[0].trim()))) instrument = FIXED.RR;
    if (!instrument) {
      // RR numbers under `ARTICLE n`, or with a letter (`5.338A`, `5.A11`): the Radio Regulations.
      const first = body.map((p) => provisionNumberAt(p.text, 'RR', true)).find((n) => n);
      if (first && (/[A-Z]/.test(first.numbers[0]) || (innerArticle !== undefined && first.numbers[0].startsWith(`${innerArticle}.`)))) {
        instrument = FIXED.RR;
      }
    }
    let provisions: RestatedProvision[];
    if (named?.provision) {
      const alone = body.length === 0 && (proposal.action === 'SUP' || proposal.action === 'SUP*') ? numberInHeader(doc, ov.header, named.provision) : undefined;
      provisions = body.length ? [{ number: named.provision, numbers: [named.provision], paragraphs: body }] : alone ? [{ number: named.provision, numbers: [named.provision], paragraphs: [alone] }] : [];
    } else if (instrument?.kind === 'Resolution') {
      // A Resolution's clauses are named by their call (`resolves 2`): numbers alone do not say which.
      provisions = [];
    } else if (instrument) {
      provisions = restated(body, instrument.kind);
    } else {
      // Unnamed: read as margin numbers or clauses, for instrumentOfTarget to place by the numbers.
      provisions = restated(body, 'CS');
      if (provisions.length === 0) provisions = restated(body, 'Recommendation');
    }
    if (provisions.length === 0 && !instrument) return;
    out.push({ proposalIndex: i, action: proposal.action, instrument, provisions });
  });
  return out;
}

/**
 * A SUP that names its provision only after its id (`SUP<TAB>RUS/91/2<TAB>CS 999`, nothing but Reasons after it):
 * the number in its header, as a paragraph of that number alone (`SUP … ` then `999` on its own line), so that it is
 * checked (base.provision-not-found), listed and compiled as that one is (review 9, J11, J16).
 */
function numberInHeader(doc: ItuDocument, header: Paragraph, number: string): Paragraph | undefined {
  const line = doc.text.slice(header.source.start, header.source.end).toUpperCase();
  const at = line.lastIndexOf(number.toUpperCase());
  if (at < 0) return undefined;
  const start = header.source.start + at;
  return { ...header, kind: 'text', text: doc.text.slice(start, start + number.length), source: { start, end: start + number.length }, bodyOffset: 0, label: undefined, labelSpan: undefined, provision: undefined };
}

/**
 * Whether proposal `i` can be a target of proposalTargets: it is in both projections and restates no
 * Resolution in the text read (`side`); a Resolution's clauses are no provisions.
 */
export function mayRestateProvisions(doc: ItuDocument, i: number, side: 'old' | 'new' = 'old'): boolean {
  const ov = doc.views[side].proposals[i];
  return doc.views.new.proposals[i] !== undefined && ov !== undefined && ov.resolutions.length === 0;
}

/** `ARTICLE 5` (its number) or `APPENDIX 30` (an RR appendix, its number); undefined for the many lines that are neither. */
function articleOrAppendix(text: string): { article?: string; appendix?: string } | undefined {
  // Cheap test first: both start with an A, or their Russian, Arabic or Chinese word (every paragraph of a text goes through here).
  if (!STARTS_WITH_A.test(text)) return undefined;
  const t = text.trim();
  const a = ARTICLE.exec(t);
  return { article: a ? a[1] : undefined, appendix: rrAppendixOf(t) };
}
const STARTS_WITH_A = /^\s*(?:[Aa]|СТАТЬЯ|Статья|ПРИЛОЖЕНИЕ|المادة|التذييل|第|附录)/;

/**
 * A line that may be an ARTICLE or RR appendix heading (STARTS_WITH_A, with the letters ARTICLE_HEADING and RR_APPENDIX
 * take after an A), or one opening with a revision mark, whole.
 */
const PLACE_LINE = /^[^\S\r\n]*(?:[Aa][Rr][Tt]|APPENDIX|СТАТЬЯ|Статья|ПРИЛОЖЕНИЕ|المادة|التذييل|第|附录|\{)[^\r\n]*/gm;

/**
 * The ARTICLE and RR appendix headings among a text's lines, each as `article 5` or `appendix 30B`: what
 * proposalTargets carries from a proposal's text to the proposals after it (the article an RR number falls in, the
 * appendix that numbers its paragraphs anew), as it reads each paragraph.
 */
const DIGIT = /\d/;
const PLACE_WORD = /[Aa][Rr][Tt]|APPENDIX|СТАТЬЯ|Статья|ПРИЛОЖЕНИЕ|المادة|التذييل|第|附录/;

export function placeHeadings(text: string): string[] {
  const out: string[] = [];
  PLACE_LINE.lastIndex = 0;
  for (let m = PLACE_LINE.exec(text); m; m = PLACE_LINE.exec(text)) {
    // A heading typed with marks (`{++ARTICLE 5++}`) is read in the new text, as proposalTargets reads paragraphs: a
    // short line with a number and a heading's word (not every marked line of a MOD; a word cut by a mark,
    // `AR{++TICLE++} 5`, is not read).
    const marked = m[0].trimStart().startsWith('{');
    if (marked && (m[0].length > 200 || !DIGIT.test(m[0]) || !PLACE_WORD.test(m[0]))) continue;
    const line = marked ? projectText(m[0], 'new') : m[0];
    const a = articleOrAppendix(line);
    if (a?.article !== undefined) out.push(`article ${a.article}`);
    if (a?.appendix !== undefined) out.push(`appendix ${a.appendix}`);
  }
  return out;
}

function restated(body: Paragraph[], kind: InstrumentKind): RestatedProvision[] {
  return segment(body.map((p) => ({ text: p.text, skip: p.kind === 'history', kind: p.kind, label: p.label })), kind, true).map((s) => ({
    number: s.number,
    numbers: s.numbers,
    paragraphs: body.slice(s.first, s.first + s.paragraphs.length),
  }));
}

/**
 * The indexes of proposals on an instrument whose provisions carry numbers of their own (RR, CS, CV,
 * ITRs), named by the proposal or its context: restated numbers there are no list. Unnamed, `2 … 4` may
 * as well be clauses of a Resolution, whose continuity is checked.
 */
export function numberedProvisionProposals(doc: ItuDocument, compared?: readonly { proposalIndex: number; provision?: { instrumentText?: InstrumentText } }[]): Set<number> {
  const out = new Set(proposalTargets(doc).filter((t) => t.instrument && numberedProvisions(t.instrument.kind)).map((t) => t.proposalIndex));
  // Unnamed, but compared with the CS, CV, RR or ITRs its numbers found (base.ts instrumentOfTarget): on that
  // instrument as well, whose numbers are no list either (review 6, G2: no renumbering of the Constitution).
  for (const a of compared ?? []) {
    const kind = a.provision?.instrumentText?.instrument.kind;
    if (kind && numberedProvisions(kind)) out.add(a.proposalIndex);
  }
  return out;
}

/** WRC placeholders (`5.A11`) that open paragraphs of a document's ADD proposals. */
export function placeholdersOf(doc: ItuDocument): string[] {
  const out: string[] = [];
  const view = doc.views.new;
  doc.proposals.forEach((p, i) => {
    if (!p.action.startsWith('ADD')) return;
    for (const para of view.proposals[i]?.paragraphs ?? []) {
      const n = provisionNumberAt(para.text, 'RR', true);
      if (n) for (const x of n.numbers) if (PLACEHOLDER.test(x)) out.push(x);
    }
  });
  return out;
}

/**
 * The next free placeholders after those given, for an article: the number after the highest of each
 * letter group (`5.A12` after `5.A11`, as the drafts number them), and the next letter with the
 * highest number's digits (`5.B11`: ITU's own placeholders take a letter per new footnote and the
 * agenda item in the digits).
 */
export function nextPlaceholders(used: Iterable<string>, article: string): string[] {
  const mine = [...used].map((u) => PLACEHOLDER.exec(u)).filter((m): m is RegExpExecArray => m !== null && m[1] === article);
  if (mine.length === 0) return [`${article}.A1`];
  const taken = new Set(mine.map((m) => m[0]));
  const best = mine.reduce((a, b) => (b[2] > a[2] || (b[2] === a[2] && Number(b[3]) > Number(a[3])) ? b : a));
  const out: string[] = [];
  let n = Number(best[3]) + 1;
  while (taken.has(`${article}.${best[2]}${n}`)) n++;
  out.push(`${article}.${best[2]}${n}`);
  const letter = String.fromCharCode(best[2].charCodeAt(best[2].length - 1) + 1);
  if (letter <= 'Z') {
    const next = `${article}.${best[2].slice(0, -1)}${letter}${best[3]}`;
    if (!taken.has(next)) out.push(next);
  }
  return out;
}

// ---------------------------------------------------------------- references in running text

export interface ProvisionMention {
  start: number;
  end: number;
  /** The instrument named in the text; undefined for `No. 5.422` alone (the context's instrument). */
  instrument?: Instrument;
  provision: string;
}

const MENTION = new RegExp(
  // `Resolution No. 2`, `Decision No. 5` name no provision.
  String.raw`(?<!(?:Resolution|Decision|Recommendation|Opinion|Question)\s)\b(?:(RR|CS|CV)\s+(?:Nos?\.\s*)?|Nos?\.\s*)(${RR_NUMBER}|${MARGIN_NUMBER})(?!\.?\d)(?:\s+of\s+the\s+(Constitution|Convention|Radio Regulations))?`,
  'g',
);

/** What every MENTION starts with (its case as MENTION reads it): a line without one names no provision. */
const MENTION_START = /RR|CS|CV|No/g;

/** Where the first word a mention starts with (MENTION_START) stands in `text` at or after `from`; -1 when nowhere. */
export function nextMentionStart(text: string, from: number): number {
  MENTION_START.lastIndex = from;
  return MENTION_START.exec(text)?.index ?? -1;
}

/** Provision numbers a line of text names: `No. 5.422`, `RR No. 9.11A`, `CS 168`, `No. 168 of the Constitution`. */
export function mentionsIn(text: string): ProvisionMention[] {
  const out: ProvisionMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const word = (m[1] ?? m[3] ?? '').toLowerCase();
    const instrument = word === 'rr' || word === 'radio regulations' ? FIXED.RR : word === 'cs' || word === 'constitution' ? FIXED.CS
      : word === 'cv' || word === 'convention' ? FIXED.CV : /^\d{1,2}\.\d/.test(m[2]) ? FIXED.RR : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, instrument, provision: m[2] });
  }
  return out;
}

/** The instrument a heading names last before `offset` (outside or inside proposals). */
export function instrumentBefore(doc: ItuDocument, offset: number): Instrument | undefined {
  let found: Instrument | undefined;
  for (const p of doc.views.new.paragraphs) {
    if (p.source.start > offset) break;
    found = instrumentHeading(p.text) ?? found;
  }
  return found;
}

/**
 * Names of the proposals that restate one provision of a named instrument (`RR 5.338A`), by proposal index; and
 * of those on a whole Recommendation (review 8, I13): restating its number line or several of its clauses, or a
 * SUP or NOC of it by name alone, named `Recommendation ITU-R RA.314` (recommendationName), unless the header
 * names a clause.
 */
export function provisionNames(doc: ItuDocument, resolve?: (t: ProposalTarget) => Instrument | undefined): Map<number, string> {
  const out = new Map<number, string>();
  for (const t of proposalTargets(doc, 'new')) {
    // Unnamed, the instrument the checks compare it with (found by its numbers: review 6, G3), when `resolve` is given.
    const instrument = t.instrument ?? (t.provisions.length >= 1 ? resolve?.(t) : undefined);
    if (instrument?.kind === 'Recommendation' && restatesWhole(doc, t, instrument)) {
      out.set(t.proposalIndex, recommendationName(instrument));
      continue;
    }
    if (instrument && t.provisions.length === 1) out.set(t.proposalIndex, formatRef({ instrument, provision: t.provisions[0].number }));
  }
  return out;
}

/** The name a whole Recommendation is listed and compiled under: `Recommendation ITU-R RA.314` (every edition one text). */
export function recommendationName(instrument: Instrument): string {
  return `Recommendation ${instrument.name}`;
}

/** Whether a proposal on a Recommendation is on the whole of it: its number line or several clauses restated, or none (a SUP or NOC by name); not one whose header names a clause. */
function restatesWhole(doc: ItuDocument, t: ProposalTarget, instrument: Instrument): boolean {
  const extra = doc.proposals[t.proposalIndex].extra;
  if (extra && parseRef(extra)?.provision !== undefined) return false;
  if (t.provisions.length > 1 || (t.provisions.length === 0 && (t.action.startsWith('SUP') || t.action === 'NOC'))) return true;
  const key = instrument.key;
  return (doc.views.new.proposals[t.proposalIndex]?.paragraphs ?? []).some((p) => instrumentHeading(p.text)?.key === key);
}

/**
 * What each proposal on provisions of a named instrument restates, as the outline shows it: `CS 6`,
 * `CS 3 to 5` (first and last number), `RR 5.338A`; by proposal index.
 */
export function restatedNames(doc: ItuDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const t of proposalTargets(doc, 'new')) {
    if (!t.instrument || t.provisions.length === 0) continue;
    const first = formatRef({ instrument: t.instrument, provision: t.provisions[0].number });
    const last = t.provisions[t.provisions.length - 1].numbers;
    const end = last[last.length - 1];
    out.set(t.proposalIndex, end === t.provisions[0].number ? first : `${first} to ${end}`);
  }
  return out;
}

// ---------------------------------------------------------------- tables (review3 E13)

/** A row of a pipe table as Word import writes a Word table (`| a | b |`). */
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
/** Its delimiter row (`| --- | :---: |`), which tells a table from a paragraph that happens to hold bars. */
const PIPE_DELIMITER = /^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/;

/**
 * The pipe tables among `paragraphs` (docs/format-decisions.md, Word import): a row, the delimiter row, then
 * the rows that follow; each as its first paragraph's index and its paragraph count (the delimiter row
 * included). Linear in the paragraphs.
 */
export function pipeTables(paragraphs: readonly { text: string }[]): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    if (!PIPE_DELIMITER.test(paragraphs[i].text) || !PIPE_ROW.test(paragraphs[i - 1].text)) continue;
    let end = i + 1;
    while (end < paragraphs.length && PIPE_ROW.test(paragraphs[end].text)) end++;
    out.push({ first: i - 1, count: end - i + 1 });
    i = end - 1;
  }
  return out;
}

/** Whether a line reads as a row of a pipe table (`| … |`). */
export function isPipeRow(text: string): boolean {
  return PIPE_ROW.test(text);
}

/** Whether a table row is its delimiter row. */
export function isPipeDelimiter(text: string): boolean {
  return PIPE_DELIMITER.test(text);
}

/** A table of a text in force (the Table of Frequency Allocations of RR Article 5), its rows as written. */
export interface TableText {
  location: string;
  /** 0-based line of its first row. */
  line: number;
  rows: string[];
  /** The language of its words, when they tell. */
  language?: Lang;
}

/** The tables a file holds outside proposals (a text in force). */
export function tablesOf(location: string, doc: ItuDocument, lineOf: (offset: number) => number): TableText[] {
  const prose = doc.views.new.prose.filter((p) => p.kind !== 'blank');
  return pipeTables(prose).map(({ first, count }) => {
    const rows = prose.slice(first, first + count).map((p) => p.text);
    return { location, line: lineOf(prose[first].source.start), rows, language: textLanguage(rows.join('\n')) };
  });
}
