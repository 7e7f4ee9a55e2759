// resolution.assembly-mismatch: a Resolution in a contribution whose enacting formula names another kind of conference
// than the one the cover's Meeting names: `The World Telecommunication Standardization Assembly (Baku, 2025),` in a
// draft new Resolution for WTDC-25, a draft copied from a WTSA text (h-amend: resolution.meeting-mismatch compares the
// place and year only, and Baku, 2025 agreed). English, French and Spanish forms; a meeting or formula in another
// language, or not recognized, is not compared.
import { rangeToSource } from '../projection';
import { newTextEdit } from '../fixEdit';
import { viewStart } from '../structure';
import { coverValue } from '../document';
import { l10n } from '../l10n';
import type { Finding, ItuDocument, View } from '../types';

type Assembly = 'wtsa' | 'wtdc' | 'pp' | 'ra' | 'wrc';

type Language = 'en' | 'fr' | 'es';

/**
 * Each kind of conference as its enacting formula and a Meeting field name it (accents and case folded), and the
 * formula's words in each language, as ITU's texts write them (the fix writes these).
 */
const NAMES: Record<Assembly, Record<Language, [RegExp, string]>> = {
  wtsa: {
    en: [/\bworld telecommunication standardi[sz]ation assembly\b/, 'The World Telecommunication Standardization Assembly'],
    fr: [/\bassemblee mondiale de normalisation des telecommunications\b/, "L'Assemblée mondiale de normalisation des télécommunications"],
    es: [/\basamblea mundial de normalizacion de las telecomunicaciones\b/, 'La Asamblea Mundial de Normalización de las Telecomunicaciones'],
  },
  wtdc: {
    en: [/\bworld telecommunication development conference\b/, 'The World Telecommunication Development Conference'],
    fr: [/\bconference mondiale de developpement des telecommunications\b/, 'La Conférence mondiale de développement des télécommunications'],
    es: [/\bconferencia mundial de desarrollo de las telecomunicaciones\b/, 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones'],
  },
  pp: {
    en: [/\bplenipotentiary conference\b/, 'The Plenipotentiary Conference of the International Telecommunication Union'],
    fr: [/\bconference de plenipotentiaires\b/, "La Conférence de plénipotentiaires de l'Union internationale des télécommunications"],
    es: [/\bconferencia de plenipotenciarios\b/, 'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones'],
  },
  ra: {
    en: [/\bradiocommunication assembly\b/, 'The ITU Radiocommunication Assembly'],
    fr: [/\bassemblee des radiocommunications\b/, "L'Assemblée des radiocommunications de l'UIT"],
    es: [/\basamblea de radiocomunicaciones\b/, 'La Asamblea de Radiocomunicaciones de la UIT'],
  },
  wrc: {
    en: [/\bworld radiocommunication conference\b/, 'The World Radiocommunication Conference'],
    fr: [/\bconference mondiale des radiocommunications\b/, 'La Conférence mondiale des radiocommunications'],
    es: [/\bconferencia mundial de radiocomunicaciones\b/, 'La Conferencia Mundial de Radiocomunicaciones'],
  },
};
const KINDS = Object.keys(NAMES) as Assembly[];

/** The acronyms a Meeting field writes (`WTDC-25`, `CMDT-25`, `PP-26`, `RA-27`, `AR-27`, `WRC-27`, `CMR-27`, `AMNT-24`). */
const ACRONYMS: [Assembly, RegExp][] = [
  ['wtsa', /\b(?:WTSA|AMNT)\b/],
  ['wtdc', /\b(?:WTDC|CMDT)\b/],
  ['pp', /\bPP-?\d{2}\b/],
  ['ra', /\b(?:RA|AR)-?\d{2}\b/],
  ['wrc', /\b(?:WRC|CMR)\b/],
];

function folded(text: string): string {
  // Decomposed only where a character may be: an ASCII text is its own NFD (most English formulas and Meeting fields).
  const base = NOT_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return base.replace(/[\s\u00A0]+/g, ' ').toLowerCase();
}

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The one kind of conference a text names by its full name (and, for a Meeting field, by its acronym), with the
 * language of the name; undefined for none or several.
 */
function assemblyOf(text: string, acronyms: boolean): { kind: Assembly; language?: Language } | undefined {
  const f = folded(text);
  const found = new Map<Assembly, Language | undefined>();
  for (const kind of KINDS) for (const language of ['en', 'fr', 'es'] as const) if (NAMES[kind][language][0].test(f)) found.set(kind, language);
  if (acronyms) for (const [kind, re] of ACRONYMS) if (re.test(text) && !found.has(kind)) found.set(kind, undefined);
  if (found.size !== 1) return undefined;
  const [[kind, language]] = found;
  return { kind, language };
}

export function checkAssemblies(view: View, doc: ItuDocument | undefined): Finding[] {
  const findings: Finding[] = [];
  let meeting: string | undefined | null = null;
  let meant: { kind: Assembly } | undefined;
  // The conference each formula's words name, read once a text: the Resolutions of one contribution mostly restate
  // one assembly's formula, word for word.
  const read = new Map<string, ReturnType<typeof assemblyOf>>();
  for (const p of view.proposals) {
    for (const r of p.resolutions) {
      const formula = r.formula;
      if (!formula) continue;
      // The conference the formula names: its words before the meeting's parenthesis.
      const open = formula.text.lastIndexOf('(');
      const body = open > 0 ? formula.text.slice(0, open) : formula.text;
      let named = read.get(body);
      if (named === undefined && !read.has(body)) read.set(body, (named = assemblyOf(body, false)));
      if (!named) continue;
      if (meeting === null) {
        meeting = doc ? coverValue(doc, 'Meeting') : undefined;
        meant = meeting ? assemblyOf(meeting, true) : undefined;
      }
      if (!meant || !meeting || named.kind === meant.kind) continue;
      const start = viewStart(view, formula);
      const span = rangeToSource(view.segments, start, start + body.trimEnd().length);
      // The conference meant, in the formula's language (through revision marks in a MOD).
      const words = NAMES[meant.kind][named.language!][1];
      const edit = doc ? newTextEdit(doc, span.start, span.end, words) : { ...span, newText: words };
      findings.push({
        code: 'resolution.assembly-mismatch',
        severity: 'warning',
        ...span,
        message: l10n.t('The enacting formula names "{0}", but the cover\'s Meeting is "{1}": a text drafted for another conference?', body.trim(), meeting.trim()),
        fix: edit ? { title: l10n.t('Change to {0}', words), edits: [edit] } : undefined,
      });
    }
  }
  return findings;
}
