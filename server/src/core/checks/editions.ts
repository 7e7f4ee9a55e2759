// resolution.edition-mismatch: a MOD of an ITU-R Resolution revises it into the next edition. Its number line
// names its edition, not a meeting (`RESOLUTION ITU-R 1-{~~6~>7~~}`), and its history line lists the years of
// the Assemblies that revised it (`(1993-…-2012{++-2027++})`): the two move together (review5 F8).
import { historySeparator, RADIO_EDITION } from '../lang/charClasses';
import { matchNumberLine } from '../lang/match';
import { coverValue } from '../document';
import { conferenceYear } from './resolution';
import { newTextEdit } from '../fixEdit';
import { l10n } from '../l10n';
import type { Finding, Fix, ItuDocument, Paragraph, Resolution } from '../types';

const YEAR = /(?:19|20)\d\d/g;

export function checkEditions(doc: ItuDocument): Finding[] {
  const out: Finding[] = [];
  doc.proposals.forEach((proposal, i) => {
    if (proposal.action !== 'MOD' && proposal.action !== '(MOD)') return;
    const olds = doc.views.old.proposals[i]?.resolutions ?? [];
    const news = doc.views.new.proposals[i]?.resolutions ?? [];
    if (olds.length !== news.length) return;
    olds.forEach((old, k) => {
      const f = editionFinding(doc, old, news[k]!);
      if (f) out.push(f);
    });
  });
  return out;
}

function editionFinding(doc: ItuDocument, old: Resolution, fresh: Resolution): Finding | undefined {
  // Only an ITU-R number line names an edition: the new one is read when the old one does (most number lines do not).
  const before = matchNumberLine(old.numberLine.text);
  if (before?.edition === undefined) return undefined;
  const after = matchNumberLine(fresh.numberLine.text);
  if (after?.edition === undefined || before.number.toLowerCase() !== after.number.toLowerCase()) return undefined;
  const e0 = before.edition;
  const e1 = after.edition;
  const next = e0 + 1;
  const name = `${after.number}-${next}`;
  const line = fresh.numberLine.source;
  const oldYears = new Set(old.history?.text.match(YEAR) ?? []);
  const added = fresh.history && old.history ? (fresh.history.text.match(YEAR) ?? []).filter((y) => !oldYears.has(y)) : [];
  if (e1 !== e0 && e1 !== next) {
    return {
      code: 'resolution.edition-mismatch', severity: 'warning', ...line,
      message: l10n.t('The number line names edition {0}, but the text in force restated is edition {1}: the revised text is {2}.', String(e1), String(e0), name),
    };
  }
  if (e1 === e0 && added.length > 0) {
    return {
      code: 'resolution.edition-mismatch', severity: 'warning', ...line,
      message: l10n.t('The history line adds {0}, but the number line still names edition {1}: a revised ITU-R Resolution is the next edition, {2}.', added.join(', '), String(e0), name),
      fix: editionFix(doc, fresh.numberLine, next),
    };
  }
  if (e1 === next && fresh.history && old.history && added.length === 0) {
    return {
      code: 'resolution.edition-mismatch', severity: 'warning', ...fresh.history.source,
      message: l10n.t('The number line names edition {0}, but the history line adds no year: add the year of the Assembly that revises the text.', String(e1)),
      fix: historyFix(doc, fresh.history),
    };
  }
  return undefined;
}

/** Where a paragraph stands in the source as written, when it holds no mark (its text is the source's). */
function unmarked(doc: ItuDocument, p: Paragraph): number | undefined {
  return doc.text.slice(p.source.start, p.source.end) === p.text ? p.source.start : undefined;
}

/** The edition's digits changed in revision marks (`1-{~~6~>7~~}`), in a number line written without marks. */
function editionFix(doc: ItuDocument, p: Paragraph, next: number): Fix | undefined {
  const at = unmarked(doc, p);
  // The edition's digits in the ITU-R number, after the Sector, the number and the hyphen.
  const m = at === undefined ? null : RADIO_EDITION.exec(p.text);
  if (at === undefined || !m) return undefined;
  const start = at + m.index + m[0].length - m[3].length;
  const edit = newTextEdit(doc, start, start + m[3].length, String(next));
  return edit ? { title: l10n.t('Change the edition to {0}', String(next)), edits: [edit] } : undefined;
}

/** The year of the cover's Meeting added after the history's last year (`(1993-2000{++-2027++})`). */
function historyFix(doc: ItuDocument, p: Paragraph): Fix | undefined {
  const meeting = coverValue(doc, 'Meeting') ?? '';
  const year = meeting.match(YEAR)?.pop() ?? conferenceYear(meeting);
  const at = unmarked(doc, p);
  const years = [...p.text.matchAll(YEAR)];
  const last = years[years.length - 1];
  if (!year || at === undefined || !last || p.text.includes(year)) return undefined;
  const separator = historySeparator(p.text);
  const end = at + last.index! + last[0].length;
  const edit = newTextEdit(doc, end, end, `${separator}${year}`);
  return edit ? { title: l10n.t('Add {0} to the history line', year), edits: [edit] } : undefined;
}

