// The kinds of text ITU contributions amend, recognised from the text itself, and the numbers of
// provisions (CS/CV/ITR margin numbers, Radio Regulations numbers). docs/text-kinds.md gives each
// rule with the real text that justifies it.
import { LABEL_NUMBER, MAX_DECIMAL_DEPTH, NO_BREAK_SPACES } from './labels';
import { foldDashes } from './lang/charClasses';
import { CLAUSE_WORDS, LANGUAGES, REFERENCE_WORDS, TABLES } from './lang/tables';

export type TextKind =
  | 'resolution'
  | 'decision'
  | 'opinion'
  | 'recommendation-itu-t'
  | 'recommendation-itu-r'
  | 'question'
  /** Radio Regulations: articles (`5.338A`, `9.11A`, `13.0.1`), Article 5 footnotes, appendices. */
  | 'rr'
  /** Constitution of ITU: provisions numbered 1 … straight through CHAPTER and ARTICLE headings. */
  | 'cs'
  /** Convention of ITU: likewise, 1 … 520 through CHAPTER, SECTION and ARTICLE headings. */
  | 'cv'
  /** International Telecommunication Regulations: margin numbers like the CS/CV. */
  | 'itrs'
  /** No heading tells (contribution prose, a bare list). */
  | 'prose';

export type Instrument = 'RR' | 'CS' | 'CV' | 'ITR';

/**
 * Whether a character may be one `\s` matches: ASCII white space, or any character past ASCII (the pattern
 * decides those). The cheap test before a pattern that opens with `^\s*`: most lines open with a letter.
 */
export function maySpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
}

/** Kinds whose paragraphs carry provision numbers rather than list labels. */
export function isProvisionNumbered(kind: TextKind | undefined): boolean {
  return kind === 'rr' || kind === 'cs' || kind === 'cv' || kind === 'itrs';
}

export function instrumentOf(kind: TextKind | undefined): Instrument | undefined {
  return kind === 'rr' ? 'RR' : kind === 'cs' ? 'CS' : kind === 'cv' ? 'CV' : kind === 'itrs' ? 'ITR' : undefined;
}

// ---------------------------------------------------------------- provision numbers

export interface ProvisionNumber {
  /** As written: `5.338A`, `166 and 167`, `341 to 467`, `5.A11`, `1001`. */
  text: string;
  /** The first and last numbers the paragraph stands for (equal for one number). */
  first: string;
  last: string;
  /** `rr`: dotted Radio Regulations number (`5.338A`, `13.0.1`); `margin`: CS/CV/ITR number (`168`, `161D`). */
  form: 'rr' | 'margin';
  /** A WRC placeholder for a provision not yet numbered (`5.A11`): not a number to check. */
  placeholder: boolean;
  /** ITU's own mark that the provision is gone: `(SUP)`, `(SUP - WRC-97)`, `Not used.`. */
  suppressed: boolean;
  /** Characters of the number part at the start of the line. */
  length: number;
}

const RR_NUMBER = String.raw`\d{1,2}\.\d{1,3}[A-Z]{0,3}(?:\.\d{1,3}[A-Z]{0,2})?`;
const RR_PLACEHOLDER = String.raw`\d{1,2}\.[A-Z]{1,3}\d{1,3}[A-Z]?`;
// `bis`, `ter`, `quater` after a margin number: CS No. 73bis, CV Nos. 191bis, 191ter, 296bis (PP-06).
const MARGIN_NUMBER = String.raw`\d{1,4}(?:[A-Z]{1,3}|bis|ter|quater)?`;
const RANGE = (n: string) => String.raw`(${n})(?:(?:\s*,\s*|\s+(?:and|to|à|a|y|et)\s+)(${n}))?`;
const RR_LINE = new RegExp(String.raw`^${RANGE(RR_NUMBER)}(?=\t)`);
const PLACEHOLDER_LINE = new RegExp(String.raw`^(${RR_PLACEHOLDER})(?=\t|$)`);
const MARGIN_LINE = new RegExp(String.raw`^${RANGE(MARGIN_NUMBER)}(?=\t)`);
const SUPPRESSED = /\((?:SUP|Suppressed)\b[^)]*\)|^\s*(?:Not used|Non utilisé|No utilizado)\.?\s*$/;

/**
 * The provision number a paragraph starts with, followed by a TAB (`5.338A<TAB>…`, `168<TAB>…`,
 * `166 and 167<TAB>PP-98<TAB>(SUP)`), or a WRC placeholder (`5.A11`). Which form applies is the
 * text kind's business: `1<TAB>Scope` reads as a margin number here, and only a provision-numbered
 * text (isProvisionNumbered) takes it as one.
 */
export function provisionNumber(line: string): ProvisionNumber | undefined {
  // Every form opens with a digit: most lines are asked no pattern.
  const first = line.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return undefined;
  const placeholder = PLACEHOLDER_LINE.exec(line);
  if (placeholder) {
    return { text: placeholder[1], first: placeholder[1], last: placeholder[1], form: 'rr', placeholder: true, suppressed: false, length: placeholder[0].length };
  }
  const rr = RR_LINE.exec(line);
  const m = rr ?? MARGIN_LINE.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length);
  return {
    text: m[0],
    first: m[1],
    last: m[2] ?? m[1],
    form: rr ? 'rr' : 'margin',
    placeholder: false,
    suppressed: SUPPRESSED.test(rest.trim()) || rest.split('\t').some((cell) => SUPPRESSED.test(cell)),
    length: m[0].length,
  };
}

const LATIN = ['bis', 'ter', 'quater'];

/** The number and the insertion suffix of one part of a provision number: `160CA` → 160, `CA`. */
function splitPart(part: string): [number, string] | undefined {
  const m = /^(\d+)([A-Z]{0,3}|bis|ter|quater)$/.exec(part);
  return m ? [Number(m[1]), m[2]] : undefined;
}

/**
 * Sort key of an insertion suffix: none, then `bis`, `ter`, `quater` (CV 191, 191bis, 191ter, 191A),
 * then letters in dictionary order, so that a provision inserted later between two inserted ones sorts
 * between them: `160C`, `160CA`, `160D` (CV as amended by PP-06).
 */
function suffixKey(suffix: string): number {
  const latin = LATIN.indexOf(suffix);
  if (latin >= 0) return (latin + 1) / 4;
  let key = 0;
  for (let i = 0; i < 3; i++) key = key * 27 + (i < suffix.length ? suffix.charCodeAt(i) - 64 : 0);
  return key;
}

/** Sort key of a provision number: `5.338A` → [5, 0, 338, A], `161D` → [161, D], `13.0.1` → [13, 0, 0, 0, 1, 0]. */
export function provisionKey(n: string): number[] {
  const key: number[] = [];
  for (const part of n.split('.')) {
    const p = splitPart(part);
    if (!p) return [Number.NaN];
    key.push(p[0], suffixKey(p[1]));
  }
  return key;
}

export function compareProvisions(a: string, b: string): number {
  const ka = provisionKey(a);
  const kb = provisionKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The suffixes that may come next after `s` under the same number: `C` → `CA`, `D`; `CA` → `CAA`, `CB`, `D`; `` → `bis`, `A`. */
function nextSuffixes(s: string): string[] {
  const latin = LATIN.indexOf(s);
  if (latin >= 0) return [LATIN[latin + 1] ?? '', 'A'].filter(Boolean);
  const next = [`${s}A`];
  if (s === '') next.push('bis');
  for (let i = s.length; i > 0; i--) {
    const c = s.charCodeAt(i - 1);
    if (c < 90) next.push(s.slice(0, i - 1) + String.fromCharCode(c + 1));
  }
  return next;
}

/**
 * Whether `next` may follow `prev` in a run with no number missing: `167` after `166`; `5.338A` after
 * `5.338` (an inserted provision); `161A` after `161`; `5.339` after `5.338A` (the run goes on); `160CA`
 * after `160C` and `160D` after `160CA` (an insertion between insertions); `191bis`, `191ter`, `191A`.
 */
export function followsDirectly(prev: string, next: string): boolean {
  const p = prev.split('.').map(splitPart);
  const n = next.split('.').map(splitPart);
  if (p.length !== n.length || p.some((x) => !x) || n.some((x) => !x)) return false;
  const last = p.length - 1;
  if (!p.slice(0, last).every((x, i) => x![0] === n[i]![0] && x![1] === n[i]![1])) return false;
  const [pn, ps] = p[last]!;
  const [nn, ns] = n[last]!;
  if (nn === pn) return nextSuffixes(ps).includes(ns);
  return nn === pn + 1 && ns === '';
}

// ---------------------------------------------------------------- text kinds

/**
 * `ARTICLE 5` (English, French), `ARTÍCULO 5` (Spanish), `СТАТЬЯ 5` (Russian), `المادة 5` (Arabic), `第5条`
 * (Chinese): an article of an instrument; the number is group 1.
 */
export const ARTICLE_HEADING = /^(?:(?:ARTICLE|ART[ÍI]CULO|СТАТЬЯ|المادة)\s+(?=\d+[A-Z]?\s*$)|第\s*(?=\d+[A-Z]?\s*条\s*$))(\d+[A-Z]?)/i;

/**
 * ARTICLE_HEADING of a trimmed line, asked only of a line that ends as a match does: with the number, a letter
 * after it (`[A-Z]` read case-insensitively) or `条` (most lines end with a stop or a comma).
 */
export function mayBeArticleHeading(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  const ends = (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a) || last === 0x6761;
  return ends && ARTICLE_HEADING.test(t);
}

const SPACES = /[\s\u00a0]+/g;
/** White space that norm rewrites: any other than a space, or two spaces in a row. */
const ODD_SPACE = /[^\S ]| {2}/;
/** Hyphens and dashes written `-` (foldDashes), each run of white space one space, trimmed. */
function norm(t: string): string {
  // Most lines hold neither: a test, not a global replace (which builds its result even when it replaces nothing).
  const h = foldDashes(t);
  return (ODD_SPACE.test(h) ? h.replace(SPACES, ' ') : h).trim();
}

/**
 * A Recommendation's heading in the six languages (E.119 (04/2017) in Arabic, French, Russian, Spanish:
 * `التوصية ITU-T E.119`, `Recommandation UIT‑T E.119`, `Рекомендация МСЭ‑T E.119`, `Recomendación UIT‑T E.119`),
 * with a draft's words in any case (`Draft new Recommendation ITU-T J.1108`, `Draft Recommendation ITU-T J.383`,
 * prepublished J.1108, J.383 (01/2019)).
 */
const DRAFT = String.raw`(?:(?:DRAFT|Draft|draft) (?:(?:NEW|New|new|REVISED|Revised|revised|\[New\]|\[new\]) )?)?`;
const RECOMMENDATION = String.raw`(?:Recommendation|RECOMMENDATION|Recommandation|RECOMMANDATION|Recomendación|RECOMENDACIÓN|Рекомендация|РЕКОМЕНДАЦИЯ|التوصية)`;

/** Heading forms, tried on short lines in document order; the first that matches decides. */
export const HEADINGS: readonly [RegExp, TextKind][] = [
  [new RegExp(String.raw`^${DRAFT}${RECOMMENDATION} (?:ITU|UIT|МСЭ)-(?:R|Р)(?![\p{L}\d])`, 'u'), 'recommendation-itu-r'],
  [/^The ITU Radiocommunication Assembly,?$/, 'recommendation-itu-r'],
  [new RegExp(String.raw`^${DRAFT}${RECOMMENDATION} (?:ITU|UIT|МСЭ)-(?:T|Т)(?![\p{L}\d])`, 'u'), 'recommendation-itu-t'],
  // Publications of ITU-T numbered like a Recommendation: `Supplement 5 to ITU-T A-series Recommendations`
  // (A.Sup5 (07/2016), J.Sup6 (09/2016)), `Implementers' guide for ITU-T Rec. G.729 (2012)` (G.Imp729).
  [/^Supplement \d+ to ITU-T [A-Z]-series Recommendations\b/, 'recommendation-itu-t'],
  [/^Implementers['’] [Gg]uide for ITU-T Rec(?:\.|ommendation)/, 'recommendation-itu-t'],
  // Chinese: `ITU-T E.119建议书`.
  [/^ITU-T [A-Z]{1,2}\.\d+(?:\.\d+)*\s*建议书/, 'recommendation-itu-t'],
  [/^ITU-R [A-Z]{1,2}\.\d+(?:[.-]\d+)*\s*建议书/, 'recommendation-itu-r'],
  // The older form, a line of its own: `ITU-T  RECOMMENDATION  T.88` (T.88 (08/2018)), `ITU-T Recommendation S.36`.
  [/^ITU-T (?:RECOMMENDATION|Recommendation) [A-Z]{1,2}\.\d+(?:\.\d+)*$/, 'recommendation-itu-t'],
  // ITU-T | ISO/IEC common texts: `INTERNATIONAL STANDARD ISO/IEC 13818-1 Recommendation ITU-T H.222.0` (H.222.0 (08/2018)).
  [/^INTERNATIONAL STANDARD ISO\/IEC [\d-]+(?: \| | )Recommendation ITU-T\b/, 'recommendation-itu-t'],
  [/^(?:DRAFT (?:NEW |REVISED )?)?QUESTION (?:ITU-R )?\d+(?:-\d+)?\/\d+/i, 'question'],
  [/^(?:CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION|CONSTITUTION DE L['’]UNION INTERNATIONALE DES T[ÉE]L[ÉE]COMMUNICATIONS|CONSTITUCI[ÓO]N DE LA UNI[ÓO]N INTERNACIONAL DE TELECOMUNICACIONES)\b/i, 'cs'],
  [/^(?:CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION|CONVENTION DE L['’]UNION INTERNATIONALE DES T[ÉE]L[ÉE]COMMUNICATIONS|CONVENIO DE LA UNI[ÓO]N INTERNACIONAL DE TELECOMUNICACIONES)\b/i, 'cv'],
  [/^(?:INTERNATIONAL TELECOMMUNICATIONS? REGULATIONS|R[ÈE]GLEMENT DES T[ÉE]L[ÉE]COMMUNICATIONS INTERNATIONALES|REGLAMENTO DE LAS TELECOMUNICACIONES INTERNACIONALES)\b/i, 'itrs'],
  [/^(?:RADIO REGULATIONS|R[ÈE]GLEMENT DES RADIOCOMMUNICATIONS|REGLAMENTO DE RADIOCOMUNICACIONES)\b/i, 'rr'],
  // The same titles in Russian, Arabic and Chinese, as ITU's editions of the Basic Texts and the Radio
  // Regulations print them.
  [/^(?:УСТАВ МЕЖДУНАРОДНОГО СОЮЗА ЭЛЕКТРОСВЯЗИ|دستور الاتحاد الدولي للاتصالات|国际电信联盟组织法)(?![\p{L}\d])/iu, 'cs'],
  [/^(?:КОНВЕНЦИЯ МЕЖДУНАРОДНОГО СОЮЗА ЭЛЕКТРОСВЯЗИ|اتفاقية الاتحاد الدولي للاتصالات|国际电信联盟公约)(?![\p{L}\d])/iu, 'cv'],
  [/^(?:РЕГЛАМЕНТ МЕЖДУНАРОДНОЙ ЭЛЕКТРОСВЯЗИ|لوائح الاتصالات الدولية|国际电信规则)(?![\p{L}\d])/iu, 'itrs'],
  [/^(?:РЕГЛАМЕНТ РАДИОСВЯЗИ|لوائح الراديو|无线电规则)(?![\p{L}\d])/iu, 'rr'],
  [/^(?:DRAFT (?:NEW |REVISED )?)?RESOLUTION\s+(?:\d|\[|No\.|ITU-R|COM|GT|PLEN)/, 'resolution'],
  [/^(?:DRAFT (?:NEW |REVISED )?)?DECISION\s+(?:\d|\[|No\.)/, 'decision'],
  [/^(?:DRAFT (?:NEW |REVISED )?)?OPINION\s+(?:\d|\[|No\.)/, 'opinion'],
];

/**
 * The instrument a line is the title of (`RADIO REGULATIONS`, `CONSTITUTION OF THE INTERNATIONAL
 * TELECOMMUNICATION UNION`, in the six languages), and what follows the title on the line.
 */
export function instrumentTitle(line: string): { kind: TextKind; rest: string } | undefined {
  const t = norm(line);
  for (const [re, kind] of HEADINGS) {
    if (kind !== 'cs' && kind !== 'cv' && kind !== 'itrs' && kind !== 'rr') continue;
    const m = re.exec(t);
    if (m) return { kind, rest: t.slice(m[0].length).trim() };
  }
  return undefined;
}

/** The kind a heading line names, if it is one. */
const HEADING_START = /^\s*(?:(?:DRAFT|Draft|Recommendation|RECOMMENDATION|Recommandation|RECOMMANDATION|Supplement|Implementers|ITU|The ITU|QUESTION|Question|CONSTITUTION|Constitution|CONSTITUCI[ÓO]N|CONVENTION|Convention|CONVENIO|INTERNATIONAL|International|RADIO|Radio|R[ÈE]GLEMENT|REGLAMENTO|RESOLUTION|DECISION|OPINION)\b|Recomendación|RECOMENDACIÓN|Рекомендация|РЕКОМЕНДАЦИЯ|التوصية|УСТАВ|Устав|КОНВЕНЦИЯ|Конвенция|РЕГЛАМЕНТ|Регламент|دستور|اتفاقية|لوائح|国际电信|无线电规则)/;

export function headingKind(line: string): TextKind | undefined {
  if (!HEADING_START.test(line)) return undefined;
  const t = norm(line);
  if (t.length === 0 || t.length > 160) return undefined;
  return headingForm(t);
}

/** The kind of the first of HEADINGS that matches a line: the first of each group of HEADING_GROUPS, the earliest of those. */
export function headingForm(t: string): TextKind | undefined {
  let first = HEADINGS.length;
  for (const { pattern, forms, names } of HEADING_GROUPS) {
    // A group whose first form comes after the one found already cannot change it.
    if (forms[0] >= first) continue;
    const groups = pattern.exec(t)?.groups;
    if (!groups) continue;
    for (let j = 0; j < forms.length; j++) {
      const k = forms[j];
      if (k >= first) break;
      if (groups[names[j]] !== undefined) {
        first = k;
        break;
      }
    }
  }
  return first < HEADINGS.length ? HEADINGS[first][1] : undefined;
}

/**
 * HEADINGS as one pattern per set of flags: `^(?:(?<h0>form 0)|(?<h2>form 2)|…)`, the forms in HEADINGS order.
 * An alternation takes the first alternative that matches, and nothing follows it: the group that matched names
 * the first form of the set that matches the line. A line that reaches the forms is asked four patterns, not up
 * to twenty-one one after the other (most lines that do are number lines, `RESOLUTION 99 (…)`, near the end).
 */
const HEADING_GROUPS: { pattern: RegExp; forms: number[]; names: string[] }[] = (() => {
  const byFlags = new Map<string, number[]>();
  HEADINGS.forEach(([re], k) => {
    if (re.global || re.sticky || re.multiline) throw new Error(`a heading form is matched once, at the start: ${re.source}`);
    const forms = byFlags.get(re.flags) ?? byFlags.set(re.flags, []).get(re.flags)!;
    forms.push(k);
  });
  return [...byFlags].map(([flags, forms]) => ({
    pattern: new RegExp(`^(?:${forms.map((k) => `(?<h${k}>${HEADINGS[k][0].source})`).join('|')})`, flags),
    forms,
    names: forms.map((k) => `h${k}`),
  }));
})();

/** The non-blank lines a text's cover and title tables stand in. */
const OPENING_LINES = 60;

/**
 * The kind of a whole text: the first heading that names one, else the provision-number forms
 * (three or more Radio Regulations numbers with a letter or a WRC placeholder, `ARTICLE n` headings
 * with dotted provisions), else prose.
 */
export function textKindOf(lines: readonly string[]): TextKind {
  let rrForms = 0;
  let articles = 0;
  let opening = 0;
  for (const line of lines) {
    // The cover and title tables a Recommendation opens with, as Word import writes them (a pipe table,
    // one row a line): `|  | Recommendation  ITU‑T  E.840  |` names the kind in a cell (the ITU-T
    // Recommendations of mn-samples-itu `references/itu-t/`, imported); the title block of an ITU-T |
    // ISO/IEC common text stands in a table after the foreword (H.222.0 (08/2018)). Later tables do not
    // name the text's kind (a cell `Recommendation ITU-T Y.1` in a list of Recommendations).
    if (line.trim() !== '') opening++;
    // A row opens with `|` after white space (maySpace: a first test by char code).
    const row = opening <= OPENING_LINES && (line.charCodeAt(0) === 0x7c || maySpace(line.charCodeAt(0))) && /^\s*\|/.test(line);
    if (row) {
      for (const cell of line.split('|')) {
        const kind = headingKind(cell);
        if (kind) return kind;
      }
    } else {
      const kind = headingKind(line);
      if (kind) return kind;
    }
    if (mayBeArticleHeading(line.trim())) articles++;
    const n = provisionNumber(line);
    if (n?.form === 'rr' && (n.placeholder || /[A-Z]$/.test(n.first) || n.suppressed)) rrForms++;
  }
  if (rrForms >= 3 || (articles > 0 && rrForms > 0)) return 'rr';
  return 'prose';
}

/**
 * The kind a proposal amends, from the text after its id (`RR 5.338A`, `CS 168`, `No. 5 of the
 * Constitution`, `Resolution 1`, `Recommendation ITU-T A.1`) or from its first paragraph (a
 * provision number `5.338A`, `5.A11`, a heading). Undefined when neither tells.
 */
export function proposalKind(headerText: string | undefined, firstLines: readonly string[], context?: TextKind): TextKind | undefined {
  const h = norm(headerText ?? '');
  if (h) {
    if (/^(?:RR|Radio Regulations)\b|\bAP\d|\bAppendix \d+ (?:to|of) the RR\b|\bof the Radio Regulations\b/i.test(h)) return 'rr';
    if (/^CS\b|\bof the Constitution\b/i.test(h)) return 'cs';
    if (/^CV\b|\bof the Convention\b/i.test(h)) return 'cv';
    if (/^ITRs?\b|\bof the International Telecommunication Regulations\b/i.test(h)) return 'itrs';
    const named = headingKind(h.replace(/^(?:MOD|ADD|SUP|NOC)\s+/, ''));
    if (named) return named;
    // A Recommendation named as the proposals list names it (`ITU-T A.1 clause 1.4.8`, `ITU-R RA.314`; review 8, I26).
    const rec = /^(?:Rec(?:ommendation|\.)?\s+)?ITU[-\u2010\u2011]([TR])\s+[A-Z]{1,3}\.\d/i.exec(h);
    if (rec) return rec[1].toUpperCase() === 'T' ? 'recommendation-itu-t' : 'recommendation-itu-r';
  }
  for (const line of firstLines) {
    if (!line.trim()) continue;
    const kind = headingKind(line);
    if (kind) return kind;
    const n = provisionNumber(line);
    // Under a Recommendation's or Resolution's heading (`context`), `1.4` is one of its clauses, not an RR provision.
    const clauses = context !== undefined && context !== 'prose' && !isProvisionNumbered(context);
    if (n?.form === 'rr' && (n.placeholder || /[A-Z]$/.test(n.first) || (!clauses && /^\d+\.\d+[A-Z]*$/.test(n.first)))) return 'rr';
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- headings that are not list items

/**
 * Whether a line that begins with an ANNEX/APPENDIX word (in any language: the caller matched the word)
 * reads as a heading: the word, a designator (`A`, `1`, `II`) or none, then the end, a title, `(to …)` or
 * `to …`. A sentence or a table cell that goes on in lower case (`Annex A of [ITU-T Q.763]`, Q.850
 * (10/2018) Table 1) is not one.
 */
export function isAnnexHeading(text: string): boolean {
  const words = text.trim().split(/[ \u00a0]+/);
  const lower = (w: string | undefined) => w !== undefined && /^\p{Ll}/u.test(w) && !/^(?:to|à|a|al|к|de)$/.test(w);
  const designator = words[1] !== undefined && /^(?:[A-Z]{1,2}|[IVXLC]+|\d+[A-Z]?)[,.]?$/.test(words[1]);
  if (/[,.]$/.test(words[1] ?? '')) return false;
  return designator ? !lower(words[2]) && words[2] !== 'of' : !lower(words[1]);
}

/** A table-of-contents line: title, TAB, page number at the end (`1<TAB>Scope<TAB><TAB>1`). */
export function isContentsEntry(text: string): boolean {
  return /\t\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/.test(text) && !/^\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/.test(text);
}

const CONTENTS_FIRST_LETTER = /^\s*[tcsíp]/i;

/** The heading that opens a table of contents. */
export function isContentsHeading(text: string): boolean {
  // Its first letter (norm keeps it first) is one of the words' first letters: most short lines are not asked further.
  if (text.length > 40 || !CONTENTS_FIRST_LETTER.test(text)) return false;
  // `Page` alone heads the page column of a contents list in older ITU-T texts (U.1 (03/93): `Page`, then
  // `1<TAB>Signalling types<TAB><TAB>1` …).
  return /^(?:table of contents|contents|sommaire|índice|page)$/i.test(norm(text));
}

/**
 * A Table of Frequency Allocations cell holding only footnote references (`5.149  5.338  5.338A`):
 * provision numbers, not a list item.
 */
const FOOTNOTE_CELL = new RegExp(String.raw`^(?:${RR_NUMBER}|${RR_PLACEHOLDER})(?:[\s\u00a0]+(?:${RR_NUMBER}|${RR_PLACEHOLDER}))+$`);
export function isFootnoteCell(text: string): boolean {
  const t = text.trim();
  // Both forms open with one or two digits and a dot: most lines are asked no pattern.
  const digits = digitsAt(t, 0);
  return (digits === 1 || digits === 2) && t.charCodeAt(digits) === 0x2e && FOOTNOTE_CELL.test(t);
}

/** How many ASCII digits stand in a row at `from`. */
function digitsAt(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i));
  return i - from;
}

/**
 * A table row or cell imported as one line, not a list item: a short number then an empty cell
 * (`0<TAB><TAB>octet continues …`) or then a number only (`3<TAB>1`, `5*<TAB>3*`), as in the figure of
 * Recommendation ITU-T Q.850 (10/2018) clause 6.1; a cell citing clauses of another text (`2.1.4 of
 * [ITU-T Q.764]`, Q.850 Table 1); a quantity (`4.2 × 10−5`, G.698.2 (11/2018) Table 7-3; `5.274 Mbaud`,
 * J.Sup6 (09/2016)). A clause heading with two TABs (`2.11.3.10<TAB><TAB>Carriage …`, H.222.0) stays one.
 */
export function isTableRow(text: string): boolean {
  // Every form opens with digits; what follows them says which forms may match (most lines: none, no pattern asked).
  const digits = digitsAt(text, 0);
  if (digits === 0) return false;
  const after = text.charCodeAt(digits);
  if (after === 0x2e) return /^\d+(?:\.\d+)+[ \u00a0\u2007\u202f]+(?:of|in)[ \u00a0]/.test(text) || QUANTITY.test(text) || CITATION.test(text);
  // A TAB after the number and its optional `*`; two TABs (an empty cell) or a number after them.
  const tab = after === 0x2a ? digits + 1 : digits;
  if (text.charCodeAt(tab) !== 0x09) return false;
  let end = tab;
  while (text.charCodeAt(end) === 0x09) end++;
  return (digits <= 3 && end - tab >= 2) || (digitsAt(text, end) > 0 && /^\d+\*?\t+\d+\*?\s*$/.test(text)) || CITATION.test(text);
}

/**
 * A sentence that opens with a clause of a text cited, in English, French and Spanish: the number, the `of` word
 * (REFERENCE_WORDS: `of`, `du`, `de la`, `de`, `del`), an article or `this` (`la`, `l'`, `los`, `la présente`,
 * `this`: CLAUSE_WORDS) and a capital or a bracket (`3.2 of Recommendation ITU-T F.921 …`, `3.2 de la Recommandation
 * UIT-T A.1 …`, `3.2 du Règlement …`, `3.2 de la Resolución 1 …`, `2.1.4 of [ITU-T Q.764]`), the number followed by
 * spaces, a no-break space or a TAB. No item opens so: a French item opens `de` with a verb (`1.1 de poursuivre`),
 * which stays a label. Russian, Arabic and Chinese put the clause word first (`пункт 3.2 Рекомендации`, `الفقرة 3.2
 * من`, `第3.2节`): the number opens no such sentence (docs/format-decisions.md).
 */
const CITATION = (() => {
  const latin = ['en', 'fr', 'es'] as const;
  const alternation = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\u00a0]+')).join('|');
  const of = alternation(latin.flatMap((l) => REFERENCE_WORDS[l].of));
  const own = alternation(latin.flatMap((l) => CLAUSE_WORDS[l].this));
  return new RegExp(`^\\d+(?:\\.\\d+)*[ \\t${NO_BREAK_SPACES}]+(?:${of})[ \\u00a0]+(?:(?:the|la|le|les|los|las|el)[ \\u00a0]+|l['’][ \\u00a0]*)?(?:(?:${own})[ \\u00a0]+)?(?:\\p{Lu}|[\\[«"“])`, 'u');
})();

/**
 * A line isTableRow reads as a row only because it opens like a citation, with a TAB after its number
 * (`9.8<TAB>of Recommendations`): the form a clause heading takes when the first word of its title is
 * struck out (Resolution 1's `9.8<TAB>{--Deletion --}of Recommendations`). The reader keeps it a clause
 * where its number is the one that comes next (structure.ts); a cell citing a clause (`2.1.4 of [ITU-T
 * Q.764]`) stands where no clause of that number is due.
 */
export function isTabbedCitation(text: string): boolean {
  return /^\d+(?:\.\d+)*\t[^\t]/.test(text) && CITATION.test(text);
}

/**
 * In a Recommendation, clause numbers stand before a TAB (ITU house style; the importer keeps it): a
 * number, a space and a word in lower case is a table cell (`191.5 for (C)`, G.698.2 (11/2018)), not
 * a clause. Resolutions keep the looser reading (`1.1 that the amount …` in the PP-18 Final Acts).
 */
export function isLooseCell(kind: TextKind | undefined, text: string, labelLength: number): boolean {
  // RR provisions are dotted (`2.1`): a whole number then three or more cells is a table row (RR
  // Article 2, Table of frequency bands: `4<TAB>VLF<TAB>3 to 30 kHz<TAB>Myriametric waves<TAB>B.Mam`).
  if (kind === 'rr') return /^\d{1,3}\t[^\t]+\t[^\t]+\t/.test(text);
  if (kind !== 'recommendation-itu-t' && kind !== 'recommendation-itu-r') return false;
  return /^[ \u00a0\u2007\u202f]+[^A-Z\s]/.test(text.slice(labelLength)) && !/^\S+\t/.test(text);
}

const QUANTITY = /^\d+(?:\.\d+)+[ \u00a0\u2007\u202f]+(?:[×x±=<>≤≥%+−–]|(?:[kMGT]?(?:Hz|baud|bit\/s|bps)|dB[a-zA-Z]*|[nµμmp]s|ps|nm|mW|dBm)(?=$|[\s,;)/]))/;

/**
 * A clause number of an annex or appendix: `A.1`, `A.2.1` under Annex A, `I.1`, `II.3` under Appendix I,
 * II, `F1.3.4` under Annex F1 (Z.100), before a TAB (spaces may stand before it: `A.30 <TAB>`, D.000). Its list runs like `1`, `1.1`: A.1,
 * A.2, A.3 (a missing A.3 is a gap). Only the designator of the annex the text stands in counts: `E.164`
 * in a list of Recommendations (J.1 (01/2019)) is no clause.
 */
/** `A.1.2<TAB>`: at most MAX_DECIMAL_DEPTH levels after the designator (labels.ts). */
const ANNEX_CLAUSE = new RegExp(`^((?:[A-Z]\\d{0,2}|[IVX]{1,5})(?:\\.${LABEL_NUMBER}){1,${MAX_DECIMAL_DEPTH}})(?=[ ${NO_BREAK_SPACES}]*\\t)`);

export function annexClauseNumber(text: string, designator: string | undefined): string | undefined {
  if (!designator) return undefined;
  const m = ANNEX_CLAUSE.exec(text);
  return m && m[1].slice(0, m[1].indexOf('.')) === designator ? m[1] : undefined;
}

/** The designator of an annex heading: `A` of `Annex A – …`, `II` of `Appendix II`, `2` of `ANNEX 2 TO …`. */
export function annexDesignator(text: string): string | undefined {
  // The pattern opens with white space or the A of its words: most lines are asked no pattern.
  const first = text.charCodeAt(0);
  if (first !== 0x41 && !maySpace(first)) return undefined;
  return /^\s*(?:ANNEX|APPENDIX|ATTACHMENT|Annex|Appendix|Attachment)[ \u00a0]+([A-Z]\d{1,2}|[A-Z]{1,2}|[IVXLC]+|\d+)\b/.exec(text)?.[1];
}

const RECOMMENDATION_KINDS: ReadonlySet<TextKind | undefined> = new Set(['recommendation-itu-t', 'recommendation-itu-r']);
export function isRecommendation(kind: TextKind | undefined): boolean {
  return RECOMMENDATION_KINDS.has(kind);
}

/**
 * `6.<TAB>Overview`: a clause number typed with a final dot (Recommendation ITU-T J.1108 (01/2019)
 * clause 6). ITU clause numbers end without one; in a Recommendation, when the number is one that may
 * come next and a clause title follows (isClauseTitle), it is read as clause 6 and the dot is reported
 * (`numbering.stray-dot`), not the "gap" before clause 7. `1.<TAB>When a SRC is selected …` is a step.
 */
const TRAILING_DOT = new RegExp(`^(${LABEL_NUMBER}(?:\\.${LABEL_NUMBER}){0,${MAX_DECIMAL_DEPTH - 1}})\\.(?=\\t)`);

export function trailingDotNumber(text: string): string | undefined {
  const first = text.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return undefined;
  // The number is digits and dots, its last a dot, then the TAB: the run of digits and dots the line opens with says whether the pattern may match.
  let end = 1;
  for (let c = text.charCodeAt(end); (c >= 0x30 && c <= 0x39) || c === 0x2e; c = text.charCodeAt(++end));
  if (text.charCodeAt(end) !== 0x09 || text.charCodeAt(end - 1) !== 0x2e) return undefined;
  return TRAILING_DOT.exec(text)?.[1];
}

/**
 * A line of a value list in a Recommendation: a whole number (or a range `6-13`) before a TAB, as in
 * the segment types of T.88 (08/2018) clause 7.3 (`0<TAB>Symbol dictionary – see 7.4.2.`, `4<TAB>…`,
 * `62<TAB>Extension …`, `6-13<TAB>Reserved`). The structure reader takes a run of two or more such lines
 * that starts at a number the clause numbering cannot have next (0, or not above the current clause)
 * as values, not clauses.
 */
export function valueLineNumber(text: string): number | undefined {
  const m = /^(\d{1,3})(?:[-\u2013]\d{1,3})?\t\S/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The clause numbers that may follow clause `prev` (its parts): the next at its level and at each level
 * up, and its first child: `3.1.5` → `3.1.6`, `3.2`, `4`, `3.1.5.1`. Before any clause, `1`.
 */
export function nextClauseNumbers(prev: readonly string[] | undefined): string[] {
  if (!prev) return ['1'];
  // An inserted clause goes on like its stem: after `6.438ter` comes `6.439`.
  const numbers = prev.map((part) => /^(\d+)(?:bis|ter|quater)?$/.exec(part)?.[1]);
  if (numbers.some((n) => n === undefined)) return [];
  const next: string[] = [];
  for (let depth = prev.length; depth >= 1; depth--) {
    next.push([...prev.slice(0, depth - 1), String(Number(numbers[depth - 1]) + 1)].join('.'));
  }
  next.push([...prev, '1'].join('.'));
  return next;
}

/**
 * Whether clause `typed` continues the numbering after clause `prev`: one of nextClauseNumbers, or an
 * insertion after it (`6.362bis` after `6.362`, `6.362ter` after `6.362bis`).
 */
export function continuesClause(typed: string, prev: readonly string[] | undefined): boolean {
  if (nextClauseNumbers(prev).includes(typed)) return true;
  if (!prev) return false;
  const text = prev.join('.');
  const latin = /(bis|ter|quater)$/.exec(text);
  const base = latin ? text.slice(0, -latin[1].length) : text;
  const after = latin ? LATIN[LATIN.indexOf(latin[1]) + 1] : 'bis';
  return after !== undefined && typed === base + after;
}

/**
 * Whether clause `typed` repeats the number of clause `prev` (its parts) without its insertion suffix, or,
 * with `levelsUp`, the number of a clause `prev` stands under: a clause number typed twice, which the
 * numbering reports (`numbering.duplicate`), not text. `6.1188 quinties subscriber …` after `6.1188quater`
 * (J.1 (01/2019): `quinquies` misspelt after a space, read as a table cell before); `3.<TAB>Abbreviations
 * and acronyms` after clause 3.2 (J.383 (01/2019): clause 4 typed as a second 3, read as text before).
 */
export function repeatsClause(typed: string, prev: readonly string[] | undefined, levelsUp: boolean): boolean {
  if (!prev) return false;
  const stems = prev.map((part) => /^(\d+)(?:bis|ter|quater)?$/.exec(part)?.[1]);
  if (stems.some((n) => n === undefined)) return false;
  for (let depth = levelsUp ? 1 : prev.length; depth <= prev.length; depth++) {
    if (typed === stems.slice(0, depth).join('.')) return true;
  }
  return false;
}

/**
 * A clause title after its number: short, begun with a capital, with no sentence punctuation at its end
 * (`Overview`), unlike a numbered step (`1.<TAB>When a SRC is selected by the subject, …`, P.917 (01/2019)).
 */
export function isClauseTitle(body: string): boolean {
  const t = body.trim();
  return t.length > 0 && t.length <= 100 && /^\p{Lu}/u.test(t) && !/[.;:,]$/.test(t);
}

/**
 * `3.16` typed where `3.1.6` comes next (after `3.1.5`, Recommendation ITU-T X.609.7 (12/2018) clause
 * 3.1): the label whose digits are those typed, with the one dot that was lost, among the labels that
 * may follow `prev` (its next sibling, the next at each level up, its first child), or `prev` itself: `3.16`
 * right after a `3.1.6` inserted before it (a merged draft of a compilation, before its renumbering, or a MOD
 * inserting a clause) is the in-force 3.1.6, which the renumbering moves on, not a clause 3.16 whose renumbering
 * would take the clauses after it under another parent. Undefined when the label typed is one of those, or none
 * has its digits.
 */
export function missingDotReading(typed: string, prev: readonly string[]): string | undefined {
  if (!/^\d+(?:\.\d+)*$/.test(typed)) return undefined;
  const next = nextClauseNumbers(prev);
  if (next.length === 0 || next.includes(typed)) return undefined;
  const digits = typed.replace(/\./g, '');
  const parts = typed.split('.').length;
  const lost = (n: string) => n.split('.').length === parts + 1 && n.replace(/\./g, '') === digits;
  const repeated = prev.join('.');
  return next.find(lost) ?? (lost(repeated) ? repeated : undefined);
}

/**
 * A clause number that lost its digits before the dot (`.8<TAB>Benchmarked services`, E.840 (06/2018)):
 * the number it is read as (`8`), or undefined. (A final dot, `1.<TAB>`, is Word's list numbering in
 * many Recommendations: not reported.)
 */
const STRAY_DOT = new RegExp(`^\\.(${LABEL_NUMBER}(?:\\.${LABEL_NUMBER}){0,${MAX_DECIMAL_DEPTH - 1}})(?=\\t)`);

export function strayDotNumber(text: string): string | undefined {
  if (text.charCodeAt(0) !== 0x2e) return undefined;
  return STRAY_DOT.exec(text)?.[1];
}

/**
 * The enacting formula of an ITU-R Recommendation, Question or Opinion (`The ITU Radiocommunication
 * Assembly,`), after which `considering`, `recognizing`, `recommends` are call lines as in a Resolution; in the
 * other languages as TABLES' `formula` gives it (`L'Assemblée des radiocommunications de l'UIT,`, `La Asamblea de
 * Radiocomunicaciones de la UIT,`, `Ассамблея радиосвязи МСЭ,`, `国际电联无线电通信全会，`, `إن جمعية الاتصالات
 * الراديوية للاتحاد الدولي للاتصالات،`: the editions of ITU-R RA.314-10). Before, only the English one was read, and
 * a French or Spanish Recommendation had no calls: its `recommande 3 ci-dessus` named nothing.
 */
export function isCallFormula(text: string): boolean {
  // Every formula ends with the comma of its script: the cheap test first (most lines end otherwise).
  let end = text.length - 1;
  while (end > 0 && maySpace(text.charCodeAt(end)) && /\s/.test(text[end])) end--;
  const last = text.charCodeAt(end);
  if (last !== 0x2c && last !== 0x60c && last !== 0xff0c) return false;
  const t = norm(text);
  if (/^The\s/.test(t)) return /^The\s.*\b(?:Assembly|Conference|Council|Plenary)\b[^.;]*,$/.test(t);
  // Not a list item or a row (`a)<TAB>…`): a line of words.
  return t.length <= 200 && !text.includes('\t') && OTHER_FORMULA.test(t);
}

// The other languages' formulas (TABLES' `formula`), then no full stop, semicolon or colon but in the meeting's
// parentheses (`(Хаммамет, 2016 г.)`): a sentence that ends with a comma is no formula.
const OTHER_FORMULA = new RegExp(`^(?:${LANGUAGES.flatMap((l) => TABLES[l].formula ?? []).join('|')})(?![\\p{L}\\p{N}])(?:[^.;:؛。；：()（）]|[(（][^()（）]*[)）])*[,،，]$`, 'iu');

/**
 * ITU-R letters its lists without `i)` (Recommendation ITU-R RA.314-10: `h)` then `j)`), so that
 * no letter reads as a roman numeral; older texts and ITU-T letter on (`h) i) j)`). Both are right.
 */
export function skipsLetterI(kind: TextKind | undefined): boolean {
  return kind === 'recommendation-itu-r' || kind === 'question' || kind === 'rr';
}
