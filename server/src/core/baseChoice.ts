// Which base text a MOD is compared with when the workspace offers more than one: the one rule, used by
// the CLI and the server alike (both look bases up through BaseIndex), and the finding that says a choice
// was made (`base.ambiguous`).
import { coverValue } from './document';
import type { BaseText } from './base';
import type { Finding, ItuDocument, Span, TextEdit } from './types';
import { l10n } from './l10n';
import { matchNumberLine } from './lang/match';

/** The cover field that names the base file(s) to use: `Base:<TAB>res52-hammamet-2016.itu; res99.itu`. */
export const BASE_FIELD = 'Base';

/** A base text as chosen, with the other candidates it was chosen over. */
export interface ChosenBase extends BaseText {
  /** Other files offering the same text in force (the same number line, or another edition of it). */
  rivals?: BaseText[];
  /** How it was chosen: by the cover field, or by the rule (latest edition, then path). */
  chosenBy?: 'cover' | 'rule';
}

/** The year of the meeting a number line names: `RESOLUTION 52 (Rev. Hammamet, 2016)` → 2016; 0 without one. */
export function editionYear(numberLine: string): number {
  const years = numberLine.match(/\b(?:19|20)\d\d\b/g);
  return years ? Number(years[years.length - 1]) : 0;
}

/**
 * The edition a number line names, later ones greater: an ITU-R Resolution's number after the hyphen
 * (`RESOLUTION ITU-R 1-6` → 6, a first edition `RESOLUTION ITU-R 71` → 0), else the year of its meeting
 * (editionYear); undefined when it names neither.
 */
export function editionOf(numberLine: string): number | undefined {
  const edition = matchNumberLine(numberLine)?.edition;
  if (edition !== undefined) return edition;
  return editionYear(numberLine) || undefined;
}

/** A location as a `/`-separated path: file URIs decoded, so CLI paths and server URIs compare alike. */
export function locationPath(location: string): string {
  let p = location;
  if (p.startsWith('file://')) {
    p = p.slice('file://'.length);
    try {
      p = decodeURIComponent(p);
    } catch {
      // Keep the encoded form.
    }
  }
  return p.replace(/\\/g, '/');
}

/** The files a document's `Base:` cover field names (separated by `;` or `,`). */
export function preferredBases(doc: ItuDocument): string[] {
  const value = coverValue(doc, BASE_FIELD);
  return value ? value.split(/[;,]/).map((v) => v.trim().replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean) : [];
}

/** The location is the named file: the same path, or a path ending in `/` + the name. */
function names(location: string, wanted: string): boolean {
  const p = locationPath(location);
  return p === wanted || p.endsWith('/' + wanted);
}

/**
 * The rule: candidates the cover field names, if any of them does; among those, the latest edition
 * (the year in the number line), then the first path in code-unit order. Returns the choice and the
 * candidates from other files.
 */
export function chooseBase(candidates: readonly BaseText[], prefer: readonly string[] = []): ChosenBase | undefined {
  if (candidates.length === 0) return undefined;
  const named = prefer.length ? candidates.filter((c) => prefer.some((w) => names(c.location, w))) : [];
  const pool = named.length ? named : candidates;
  const ordered = pool.slice().sort((a, b) => (editionOf(b.numberLine) ?? 0) - (editionOf(a.numberLine) ?? 0) || compare(locationPath(a.location), locationPath(b.location)) || a.line - b.line);
  const chosen = ordered[0];
  const rivals = ordered.slice(1).filter((c) => c.location !== chosen.location);
  if (rivals.length === 0 && named.length === 0) return chosen;
  return { ...chosen, rivals: rivals.length ? rivals : undefined, chosenBy: named.length ? 'cover' : 'rule' };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Short names for locations: the file name, with as many folders before it as it takes to tell them apart. */
export function shortNames(locations: readonly string[]): string[] {
  const parts = locations.map((l) => locationPath(l).split('/').filter(Boolean));
  const deepest = parts.reduce((n, p) => Math.max(n, p.length), 1);
  let depth = 1;
  const name = (p: string[]) => p.slice(-depth).join('/');
  while (depth < deepest && new Set(parts.map(name)).size < parts.length) depth++;
  return parts.map(name);
}

/** `base.ambiguous`: a MOD's base was chosen among several files by the rule, not named in the cover block. */
export function ambiguousBase(doc: ItuDocument, numberLine: Span, text: string, base: ChosenBase): Finding | undefined {
  if (!base.rivals || base.chosenBy === 'cover') return undefined;
  const all = shortNames([base.location].concat(base.rivals.map((r) => r.location)));
  const [chosen, ...others] = all;
  const same = base.rivals.every((r) => r.paragraphs.join('\n') === base.paragraphs.join('\n'));
  const list = others.map((o) => `"${o}"`).join(', ');
  return {
    code: 'base.ambiguous',
    severity: same ? 'information' : 'warning',
    ...numberLine,
    message: (same
      ? l10n.t('More than one base text for "{0}": compared with "{1}" (latest edition, then path), not {2} (the same text).', text.trim(), chosen, list)
      : l10n.t('More than one base text for "{0}": compared with "{1}" (latest edition, then path), not {2}.', text.trim(), chosen, list)) +
      ' ' + l10n.t('To choose, name the file in the cover block: {0}:<TAB>{1}.', BASE_FIELD, others[0]),
    fix: { ...nameBaseFix(doc, all[0]), alternatives: all.slice(1).map((n) => nameBaseFix(doc, n)) },
  };
}

/** Writes `Base:<TAB>name` in the cover block: the field's value replaced, or a line added at the cover's end (or top). */
function nameBaseFix(doc: ItuDocument, name: string): { title: string; edits: TextEdit[] } {
  const title = l10n.t('Use "{0}" as the base text (cover field {1})', name, BASE_FIELD);
  const field = doc.cover.find((f) => f.name.toLowerCase() === BASE_FIELD.toLowerCase());
  if (field) {
    const old = preferredBases(doc);
    return { title, edits: [{ start: field.valueSpan.start, end: field.valueSpan.end, newText: [name].concat(old.filter((o) => o !== name)).join('; ') }] };
  }
  const last = doc.cover[doc.cover.length - 1];
  if (last) return { title, edits: [{ start: last.span.end, end: last.span.end, newText: `\n${BASE_FIELD}:\t${name}` }] };
  return { title, edits: [{ start: doc.bom, end: doc.bom, newText: `${BASE_FIELD}:\t${name}\n\n` }] };
}
