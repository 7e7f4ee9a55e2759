// The language of a document: its cover's `Language:` field, else the language its `Original:` value
// is written in (a French document says `Original: anglais`), else what its text is written in.
import type { ItuDocument } from '../types';
import { MemoSlot } from '../memo';
import { LANGUAGES, TABLES, type Lang } from './tables';

const CODES: Record<string, Lang> = { en: 'en', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh', ar: 'ar' };
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** `fr`, `fr-FR`, `French`, `français`, `Французский` …: the language a value names. */
export function namedLanguage(value: string): Lang | undefined {
  const v = fold(value);
  const code = /^([a-z]{2})(?:[-_][a-z]{2,4})?$/.exec(v);
  if (code && CODES[code[1]]) return CODES[code[1]];
  for (const table of LANGUAGES.map((l) => TABLES[l])) {
    for (const lang of LANGUAGES) if (table.languageNames[lang].some((n) => fold(n) === v)) return lang;
  }
  return undefined;
}

/** The language a language name is written in: `anglais` is French, `inglés` Spanish. */
function nameWrittenIn(value: string): Lang | undefined {
  const v = fold(value);
  for (const lang of LANGUAGES) {
    if (LANGUAGES.some((named) => TABLES[lang].languageNames[named].some((n) => fold(n) === v))) return lang;
  }
  return undefined;
}

const FIELD = /^([^\t:：]{1,30})[:：][\t \u00A0]*(.+?)\s*$/u;

interface CoverAnswer {
  /** From a `Language:` field: the language itself. */
  language?: Lang;
  /** From `Original:`: the language its value is written in, and the language it names. */
  writtenIn?: Lang;
  names?: Lang;
}

/** The cover's answer, from the fields at the top of the file. */
function coverLanguage(text: string): CoverAnswer {
  const answer: CoverAnswer = {};
  const head = text.slice(0, 4000).split(/\r\n|\r|\n/);
  for (const line of head.slice(0, 40)) {
    const m = FIELD.exec(line);
    if (!m) continue;
    const name = m[1].trim();
    if (/^language$/i.test(name)) {
      const lang = namedLanguage(m[2]);
      if (lang) return { language: lang };
    }
    // `Original:` in English, French and Spanish documents; `Оригинал:`, `原文：`, `الأصل:` in the others.
    const field = LANGUAGES.find((l) => TABLES[l].originalField.includes(name));
    if (field && answer.writtenIn === undefined) {
      answer.writtenIn = nameWrittenIn(m[2]) ?? (name === 'Original' ? undefined : field);
      answer.names = namedLanguage(m[2]);
    }
  }
  return answer;
}

// Words common in each Latin-script language's ITU texts, beyond the call phrases.
const COMMON: Partial<Record<Lang, string[]>> = {
  en: ['the', 'of', 'and', 'to', 'that', 'for', 'in', 'on', 'with', 'is', 'are', 'be'],
  fr: ['le', 'les', 'des', 'du', 'et', 'pour', 'dans', 'une', 'sur', 'au', 'aux', 'est', 'sont'],
  es: ['el', 'los', 'las', 'del', 'y', 'para', 'en', 'una', 'por', 'con', 'al', 'es', 'son'],
};
const COMMON_SETS = new Map(Object.entries(COMMON).map(([l, w]) => [l as Lang, new Set(w)]));
const PHRASE_SETS = new Map(
  (['en', 'fr', 'es'] as const).map((l) => [l, new Set([...TABLES[l].preamble, ...TABLES[l].operative].filter((p) => !p.includes(' ')))]),
);

/** How much of a text is read to tell its language. */
const SAMPLE = 200_000;

/** The language of a stretch of text, by script, then by common words; undefined when it has too few letters to tell. */
export function textLanguage(text: string): Lang | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0, cjk = 0, cyrillic = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  // Chinese needs fewer characters than alphabets do for the same text.
  const counts: [Lang | 'latin', number][] = [['ar', arabic], ['zh', cjk * 3], ['ru', cyrillic], ['latin', latin]];
  counts.sort((a, b) => b[1] - a[1]);
  const [top, n] = counts[0];
  if (n < 8) return undefined;
  if (top !== 'latin') return top;
  const scores = new Map<Lang, number>([['en', 0], ['fr', 0], ['es', 0]]);
  for (const w of sample.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    for (const [lang, set] of COMMON_SETS) if (set.has(w)) scores.set(lang, scores.get(lang)! + 1);
    for (const [lang, set] of PHRASE_SETS) if (set.has(w)) scores.set(lang, scores.get(lang)! + 3);
  }
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  // A few words tell nothing (`Sharm el-Sheikh` is no Spanish text): some evidence, and more for one language than another.
  return best[0][1] < 3 || best[0][1] === best[1][1] ? undefined : best[0][0];
}

/** The language of a document (for Word's language tags, completion and snippets). English when nothing tells. */
export function documentLanguage(doc: ItuDocument | string): Lang {
  const text = typeof doc === 'string' ? doc : doc.text;
  const cover = coverLanguage(text);
  if (cover.language) return cover.language;
  const detected = () => textLanguage(withoutMarkup(text.length > SAMPLE ? text.slice(0, SAMPLE) : text));
  // `Original: French` is English for an English translation, but a drafter of a French text may
  // write the cover's values in English too: the text decides between the two.
  if (cover.writtenIn === 'en' && cover.names && cover.names !== 'en') return detected() === cover.names ? cover.names : 'en';
  return cover.writtenIn ?? detected() ?? 'en';
}

/** Each parsed document's language, read once: every proposal without cues of its own falls back on it. */
const LANGUAGE = new MemoSlot<Lang>();

/** The language a proposal is written in: its own words, else the document's (cover, then its words). */
export function proposalLanguage(doc: ItuDocument, proposalIndex: number): Lang {
  const span = doc.proposals[proposalIndex].span;
  const own = regionLanguage(doc.text, span.start, span.end);
  if (own) return own;
  return LANGUAGE.get(doc) ?? LANGUAGE.set(doc, documentLanguage(doc));
}

/** Proposal headers (`MOD<TAB>AFCP/42A25/1`) divide a document into regions that may each have their language. */
const HEADER_LINE = /^(?:\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)[\t ]+\S+/gm;

/**
 * The language at an offset: that of the proposal around it when its text tells (an English cover
 * over a French Resolution is French inside the Resolution), else the document's.
 */
export function languageAt(text: string, offset: number): Lang {
  let start = 0;
  let end = text.length;
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(text); m; m = HEADER_LINE.exec(text)) {
    if (m.index <= offset) start = m.index;
    else {
      end = m.index;
      break;
    }
  }
  if (start === 0 && end === text.length) return documentLanguage(text);
  return regionLanguage(text, start, end) ?? documentLanguage(text);
}

/** The language of one stretch of a text (a proposal), when its words tell. */
export function regionLanguage(text: string, start: number, end: number): Lang | undefined {
  return textLanguage(withoutMarkup(text.slice(start, end)));
}

/** Revision-mark syntax and footnote labels are no words of any language. */
function withoutMarkup(text: string): string {
  return text.replace(/\{(\+\+|--|~~|>>|==)|(\+\+|--|~~|<<|==)\}|~>|\[\^[^\]]*\]/g, ' ');
}

/** The tag Word and spell checkers use for a language (`fr-FR`, `ar-SA` …). */
export function languageTag(lang: Lang): string {
  return TABLES[lang].tag;
}

export function isRightToLeft(lang: Lang): boolean {
  return TABLES[lang].rtl;
}
