// resolution.meeting-mismatch: the meetings a Resolution names agree.
import { HISTORY_SEPARATOR, meetingKey as languageMeetingKey, revisionMeeting } from '../lang/match';
import { rangeToSource, toSource } from '../projection';
import { allResolutions } from '../structure';
import type { CheckFamily } from './family';
import type { Finding, Fix, ItuDocument, Paragraph, Resolution, View } from '../types';
import { newTextEdit } from '../fixEdit';
import { l10n } from '../l10n';

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
  paragraph: Paragraph;
  viewStart: number;
  viewEnd: number;
}

function claims(r: Resolution, keys: Map<string, string | undefined>): Claim[] {
  const out: Claim[] = [];
  const add = (where: string, paragraph: Paragraph, meeting: string, at: number) => {
    let key = keys.get(meeting);
    if (key === undefined && !keys.has(meeting)) keys.set(meeting, (key = meetingKey(meeting)));
    if (key) out.push({ where, meeting: meeting.trim(), key, paragraph, viewStart: at, viewEnd: at + meeting.length });
  };
  const numberText = r.numberLine.text;
  const open = numberText.lastIndexOf(r.revision);
  if (open >= 0) {
    const meeting = revisionMeeting(r.revision);
    add('the number line', r.numberLine, meeting.text, r.numberLine.viewStart + open + meeting.offset);
  }
  if (r.history) {
    const m = /^[(（]([^)）]*)[)）]/.exec(r.history.text);
    if (m) {
      const entries = m[1].split(HISTORY_SEPARATOR);
      const lastEntry = entries[entries.length - 1];
      const at = r.history.viewStart + 1 + m[1].lastIndexOf(lastEntry) + (lastEntry.length - lastEntry.trimStart().length);
      add('the history line', r.history, lastEntry.trim(), at);
    }
  }
  if (r.formula) {
    const m = /[(（]([^()（）]*)[)）]\s*[,،，]\s*$/.exec(r.formula.text);
    if (m) add('the enacting formula', r.formula, m[1], r.formula.viewStart + m.index + 1);
  }
  return out;
}

/** The part of a Resolution a claim stands in, as a message names it (in the user's language). */
function partName(where: string): string {
  switch (where) {
    case 'the number line': return l10n.t('the number line');
    case 'the history line': return l10n.t('the history line');
    case 'the enacting formula': return l10n.t('the enacting formula');
    default: return where;
  }
}

export function checkMeetings(view: View, doc?: ItuDocument): Finding[] {
  const findings: Finding[] = [];
  // The key of each meeting text, worked out once per check (a document names a few meetings many times).
  const keys = new Map<string, string | undefined>();
  for (const r of allResolutions(view)) {
    const cs = claims(r, keys);
    if (cs.length < 2) continue;
    // The meeting most parts name is taken as meant; the odd ones are flagged.
    const counts = new Map<string, number>();
    for (const c of cs) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1] || keyIndex(cs, a[0]) - keyIndex(cs, b[0]))[0][0];
    const meant = cs.find((c) => c.key === majority)!;
    for (const c of cs) {
      if (c.key === majority) continue;
      findings.push({
        code: 'resolution.meeting-mismatch',
        severity: 'warning',
        ...rangeToSource(view.segments, c.viewStart, c.viewEnd),
        message: l10n.t('{0} names {1} while {2} names {3}.', capital(partName(c.where)), c.meeting, partName(meant.where), meant.meeting),
        fix: meetingFix(doc, view, c, meant),
      });
    }
  }
  return findings;
}

/**
 * The odd part made to name the meeting meant, through revision marks in a MOD (core/fixEdit.ts). A history
 * line whose last meeting is an earlier one was not brought up to date: the meeting meant is added after
 * it (`Dubai, 2012{++; Hammamet, 2016++}`), since the history lists every meeting that revised the text.
 */
function meetingFix(doc: ItuDocument | undefined, view: View, c: Claim, meant: Claim): Fix | undefined {
  if (c.where === 'the history line' && year(c.key) < year(meant.key)) {
    const entries = /^[(（]([^)）]*)/.exec(c.paragraph.text)![1];
    const sep = /\s*[;；؛]\s*(?=[^;；؛]*$)/.exec(entries)?.[0] ?? (/[\u0600-\u06FF]/.test(entries) ? '؛ ' : /[\u3400-\u9FFF]/.test(entries) ? '；' : '; ');
    const at = toSource(view.segments, c.viewEnd, 'end');
    const edit = doc ? newTextEdit(doc, at, at, sep + meant.meeting) : { start: at, end: at, newText: sep + meant.meeting };
    return edit ? { title: l10n.t('Add {0} to the history line', meant.meeting), edits: [edit] } : undefined;
  }
  const span = rangeToSource(view.segments, c.viewStart, c.viewEnd);
  const edit = doc ? newTextEdit(doc, span.start, span.end, meant.meeting) : { ...span, newText: meant.meeting };
  return edit ? { title: l10n.t('Change to {0}', meant.meeting), edits: [edit] } : undefined;
}

/** The year of a meeting key (`hammamet,2016`). */
function year(key: string): number {
  return Number(key.slice(key.lastIndexOf(',') + 1));
}

function keyIndex(cs: Claim[], key: string): number {
  return cs.findIndex((c) => c.key === key);
}

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

export const resolutionFamily: CheckFamily = {
  name: 'resolution',
  codes: {
    'resolution.meeting-mismatch': 'the number line, history line and enacting formula name different meetings',
  },
  check: ({ doc }) => checkMeetings(doc.views.new, doc),
};
