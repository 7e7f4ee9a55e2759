// resolution.meeting-mismatch: the meetings a Resolution names agree.
import { HISTORY_SEPARATOR, meetingKey as languageMeetingKey, revisionMeeting } from '../lang/match';
import { rangeToSource } from '../projection';
import { allResolutions } from '../structure';
import type { CheckFamily } from './family';
import type { Finding, Paragraph, Resolution, View } from '../types';
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

/** The history line's parenthesis (`(Florianópolis, 2004; …)`) and the formula's meeting before its comma. */
const HISTORY_PARENTHESIS = /^[(（]([^)）]*)[)）]/;
const FORMULA_MEETING = /[(（]([^()（）]*)[)）]\s*[,،，]\s*$/;

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
    const m = HISTORY_PARENTHESIS.exec(r.history.text);
    if (m) {
      const entries = m[1].split(HISTORY_SEPARATOR);
      const lastEntry = entries[entries.length - 1];
      const at = r.history.viewStart + 1 + m[1].lastIndexOf(lastEntry) + (lastEntry.length - lastEntry.trimStart().length);
      add('the history line', r.history, lastEntry.trim(), at);
    }
  }
  if (r.formula) {
    const m = FORMULA_MEETING.exec(r.formula.text);
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

export function checkMeetings(view: View): Finding[] {
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
        fix: {
          title: l10n.t('Change to {0}', meant.meeting),
          edits: [{ ...rangeToSource(view.segments, c.viewStart, c.viewEnd), newText: meant.meeting }],
        },
      });
    }
  }
  return findings;
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
  check: ({ doc }) => checkMeetings(doc.views.new),
};
