// resolution.meeting-mismatch: the meetings a Resolution names agree.
import { hasArabic, KEY_HYPHEN } from '../lang/charClasses';
import { HISTORY_SEPARATOR, meetingKey as languageMeetingKey, revisionMeeting } from '../lang/match';
import { rangeToSource, toSource } from '../projection';
import { allResolutions, viewStart } from '../structure';
import { coverValue } from '../document';
import type { CheckFamily } from './family';
import { checkHeaderTargets } from './headerTarget';
import type { Finding, Fix, ItuDocument, Paragraph, Resolution, View } from '../types';
import { newTextEdit } from '../fixEdit';
import { inNewText } from '../marks';
import { l10n } from '../l10n';
import { checkEditions } from './editions';
import { checkAssemblies } from './assembly';

/**
 * `Rev. Hammamet, 2016` → `hammamet,2016`, in any of the six languages (`Rév. Dubaï, 2012` and `Dubai,
 * 2012` are one meeting); forms without a place and a year are not compared.
 */
export function meetingKey(text: string): string | undefined {
  return languageMeetingKey(text);
}

interface Claim {
  where: string;
  meeting: string;
  key: string;
  /** The year it names: from `Hammamet, 2016`, or from a conference named without a place (`REV.WRC-19`). */
  year?: string;
  paragraph: Paragraph;
  viewStart: number;
  viewEnd: number;
}

/** The history line's parenthesis (`(Florianópolis, 2004; …)`) and the formula's meeting before its comma. */
const HISTORY_PARENTHESIS = /^[(（]([^)）]*)[)）]/;
const FORMULA_MEETING = /[(（]([^()（）]*)[)）]\s*[,،，]\s*$/;

/** A part's meeting as written, before it is read (`meeting` untrimmed, as the part gives it). */
interface Written {
  where: string;
  paragraph: Paragraph;
  meeting: string;
  at: number;
}

/** The meetings the number line, history line and enacting formula name, as written. */
function written(view: View, r: Resolution): Written[] {
  const out: Written[] = [];
  const numberText = r.numberLine.text;
  const open = numberText.lastIndexOf(r.revision);
  if (open >= 0) {
    const meeting = revisionMeeting(r.revision);
    out.push({ where: 'the number line', paragraph: r.numberLine, meeting: meeting.text, at: viewStart(view, r.numberLine) + open + meeting.offset });
  }
  if (r.history) {
    const m = HISTORY_PARENTHESIS.exec(r.history.text);
    if (m) {
      const entries = m[1].split(HISTORY_SEPARATOR);
      const lastEntry = entries[entries.length - 1];
      const at = viewStart(view, r.history) + 1 + m[1].lastIndexOf(lastEntry) + (lastEntry.length - lastEntry.trimStart().length);
      out.push({ where: 'the history line', paragraph: r.history, meeting: lastEntry.trim(), at });
    }
  }
  if (r.formula) {
    const m = FORMULA_MEETING.exec(r.formula.text);
    if (m) out.push({ where: 'the enacting formula', paragraph: r.formula, meeting: m[1], at: viewStart(view, r.formula) + m.index + 1 });
  }
  return out;
}

/** The parts that name a meeting the key reads (a place and a year, or a conference's year), as claims. */
function claims(parts: readonly Written[], keys: Map<string, string | undefined>): Claim[] {
  const out: Claim[] = [];
  for (const { where, paragraph, meeting, at } of parts) {
    let key = keys.get(meeting);
    if (key === undefined && !keys.has(meeting)) keys.set(meeting, (key = meetingKey(meeting) ?? yearKey(conferenceYear(meeting))));
    if (key) out.push({ where, meeting: meeting.trim(), key, year: yearOf(key), paragraph, viewStart: at, viewEnd: at + meeting.length });
  }
  return out;
}

/** The revision an annex heading cites with the Resolution's number: `Appendix I (to Resolution 1 (Rev. Hammamet, 2016))`. */
const CITED_REVISION = /[(（]([^()（）]*\d{2}[^()（）]*)[)）]\s*[)）]\s*$/u;

/**
 * The meetings the Resolution's annex and appendix headings cite for it (`(to Resolution 1 (Rev. Hammamet,
 * 2016))`): a revised Resolution's annexes carry its new edition (review E20). They follow the other parts
 * and do not vote on the meeting meant.
 */
function annexParts(view: View, r: Resolution): Written[] {
  const out: Written[] = [];
  for (const p of r.paragraphs) {
    if (p.kind !== 'annex-heading' && p.kind !== 'annex-title') continue;
    const m = CITED_REVISION.exec(p.text);
    if (!m || !citesNumber(p.text.slice(0, m.index + 1), r.number)) continue;
    const meeting = revisionMeeting(m[1]);
    out.push({ where: 'the annex heading', paragraph: p, meeting: meeting.text, at: viewStart(view, p) + m.index + 1 + meeting.offset });
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `text` names the Resolution `number` as a word followed by `(`: `… to Resolution 1 (Rev. …`. */
function citesNumber(text: string, number: string): boolean {
  for (let at = text.indexOf(number); at >= 0 && at < text.length; at = text.indexOf(number, at + 1)) {
    if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
    let end = at + number.length;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    if (text[end] === '(' || text[end] === '（') return true;
  }
  return false;
}

/** The part of a Resolution a claim stands in, as a message names it (in the user's language). */
function partName(where: string): string {
  switch (where) {
    case 'the number line': return l10n.t('the number line');
    case 'the history line': return l10n.t('the history line');
    case 'the enacting formula': return l10n.t('the enacting formula');
    case 'the annex heading': return l10n.t('the annex heading');
    default: return where;
  }
}

/** `WRC-19`, `CMR-19`, `ВКР-19`, `PP-22`, `WRC-2000`: the year of a conference named by its acronym. */
const CONFERENCE = new RegExp(String.raw`(?:^|[\s.(（])\p{Lu}{2,5}${KEY_HYPHEN}(\d{4}|\d{2})(?!\d)`, 'u');

export function conferenceYear(text: string): string | undefined {
  const m = CONFERENCE.exec(text);
  return m ? String(acronymYear(m[1])) : undefined;
}

/**
 * The digits a conference acronym writes for `year`: two (`WRC-03`, `WRC-27`), but `2000` for WRC-2000, the one
 * conference ITU writes with four (review 9, J25: a note `(WRC-2000)` moves to `(WRC-27)`, not `(WRC-2027)`).
 */
export function acronymDigits(year: number): string {
  return year === 2000 ? '2000' : String(year % 100).padStart(2, '0');
}

/** The year a conference acronym's digits name: `WRC-2000` 2000, `WRC-19` 2019, `WRC-97` 1997. */
export function acronymYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

const yearKey = (year: string | undefined) => (year ? `@${year}` : undefined);
const yearOf = (key: string) => /(\d{4})$/.exec(key)?.[1];

/**
 * The keys the cover's Meeting names (`Plenipotentiary Conference (PP-26), Doha, 2026` → `doha,2026`,
 * `@2026`; `World Radiocommunication Conference (WRC-27)` → `@2027`).
 */
function coverKeys(meeting: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!meeting) return out;
  const year = conferenceYear(meeting) ?? /(\d{4})(?!.*\d{4})/.exec(meeting)?.[1];
  if (!year) return out;
  out.add(`@${year}`);
  for (const part of meeting.split(/[,()（）،，]/)) {
    const key = part.trim() && meetingKey(`${part.trim()}, ${year}`);
    if (key) out.add(key);
  }
  return out;
}

/**
 * The meeting a Resolution means: the cover's Meeting when one of its parts names it (a contribution
 * is written for that meeting), else the one most parts name, the number line's on a tie.
 */
function meantKey(cs: readonly Claim[], cover: ReadonlySet<string>): string {
  if (cs.length === 0) return '';
  const named = cs.find((c) => cover.has(c.key));
  if (named) return named.key;
  const counts = new Map<string, number>();
  for (const c of cs) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || keyIndex(cs, a[0]) - keyIndex(cs, b[0]))[0][0];
}

export function checkMeetings(view: View, doc?: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  // The key of each meeting text, worked out once per check (a document names a few meetings many times).
  const keys = new Map<string, string | undefined>();
  // The keys the cover names, worked out for the first Resolution whose parts disagree.
  let cover: Set<string> | undefined;
  for (const r of allResolutions(view)) {
    const parts = written(view, r);
    if (parts.length === 0) continue;
    const annexes = annexParts(view, r);
    // Every part writes the same meeting (most Resolutions): one text has one key, or none, so the parts
    // agree whichever is meant, or fewer than two name a meeting. Nothing to report, and no key to read.
    const first = parts[0].meeting;
    if (parts.every((w) => w.meeting === first) && annexes.every((w) => w.meeting === first)) continue;
    let cs = claims(parts, keys);
    if (cs.length === 0) continue;
    cs = cs.concat(claims(annexes, keys));
    if (cs.length < 2) continue;
    // Every part names one meeting (most Resolutions): whichever is meant, none differs from it.
    if (cs.every((c) => c.key === cs[0].key)) continue;
    cover ??= coverKeys(doc ? coverValue(doc, 'Meeting') : undefined);
    // A conference named without a place (`REV.WRC-19`) is compared with the others by its year.
    const byYear = cs.some((c) => c.key.startsWith('@'));
    if (byYear) cs = cs.filter((c) => c.year).map((c) => ({ ...c, key: `@${c.year}` }));
    const majority = meantKey(cs.filter((c) => c.where !== 'the annex heading'), cover);
    const meant = cs.find((c) => c.key === majority);
    if (!meant) continue;
    for (const c of cs) {
      if (c.key === majority) continue;
      // `Sharm el-Sheikh, 2019` cannot be changed to `WRC-27`: the message says what differs, no fix guesses a place.
      const sameForm = !byYear || meetingKey(c.meeting) !== undefined === (meetingKey(meant.meeting) !== undefined);
      findings.push({
        code: 'resolution.meeting-mismatch',
        severity: 'warning',
        ...rangeToSource(view.segments, c.viewStart, c.viewEnd),
        // A meeting that ends with its own full stop (`Женева, 2022 г.`) ends the sentence: not `г..`.
        message: l10n.t('{0} names {1} while {2} names {3}.', capital(partName(c.where)), c.meeting, partName(meant.where), meant.meeting).replace(/(?<!\.)\.\.$/, '.'),
        fix: sameForm ? meetingFix(doc, view, c, meant) : undefined,
      });
    }
  }
  return findings;
}

/**
 * The odd part made to name the meeting meant, through revision marks in a MOD (core/fixEdit.ts). A history
 * line whose last meeting is an earlier one was not brought up to date: the meeting meant is added after
 * it (`Dubai, 2012{++; Hammamet, 2016++}`), since the history lists every meeting that revised the text.
 * A last meeting the proposal itself adds (`{++; Geneva, 2014++}`) is no meeting of the text in force: it is
 * changed, not kept.
 */
function meetingFix(doc: ItuDocument | undefined, view: View, c: Claim, meant: Claim): Fix | undefined {
  const span = rangeToSource(view.segments, c.viewStart, c.viewEnd);
  const added = doc !== undefined && inNewText(doc.marks, span.start, span.end);
  if (c.where === 'the history line' && year(c.key) < year(meant.key) && !added) {
    const entries = /^[(（]([^)）]*)/.exec(c.paragraph.text)![1];
    const sep = /\s*[;；؛]\s*(?=[^;；؛]*$)/.exec(entries)?.[0] ?? (hasArabic(entries) ? '؛ ' : /[\u3400-\u9FFF]/.test(entries) ? '；' : '; ');
    const at = toSource(view.segments, c.viewEnd, 'end');
    const edit = doc ? newTextEdit(doc, at, at, sep + meant.meeting) : { start: at, end: at, newText: sep + meant.meeting };
    return edit ? { title: l10n.t('Add {0} to the history line', meant.meeting), edits: [edit] } : undefined;
  }
  const edit = doc ? newTextEdit(doc, span.start, span.end, meant.meeting) : { ...span, newText: meant.meeting };
  return edit ? { title: l10n.t('Change to {0}', meant.meeting), edits: [edit] } : undefined;
}

/** The year of a meeting key (`hammamet,2016`, or `@2019` for a conference named by its year). */
function year(key: string): number {
  return Number(yearOf(key));
}

function keyIndex(cs: readonly Claim[], key: string): number {
  return cs.findIndex((c) => c.key === key);
}

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

export const resolutionFamily: CheckFamily = {
  name: 'resolution',
  codes: {
    'resolution.meeting-mismatch': 'the number line, history line, enacting formula and annex headings name different meetings',
    'resolution.target-mismatch': 'the text a proposal header names after the id is not the one its number line names',
    'resolution.edition-mismatch': 'a MOD of an ITU-R Resolution whose number line\'s edition and history line do not move together',
    'resolution.assembly-mismatch': 'an enacting formula names another kind of conference than the cover\'s Meeting',
  },
  check: ({ doc }) => checkMeetings(doc.views.new, doc).concat(checkHeaderTargets(doc), checkEditions(doc), checkAssemblies(doc.views.new, doc)),
};
