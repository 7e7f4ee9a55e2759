// The language of a document: its cover's `Language:` field, else the language its `Original:` value
// is written in (a French document says `Original: anglais`), else what its text is written in.
import type { ItuDocument } from '../types';
import { MemoSlot } from '../memo';
import { foldArabic } from './fold';
import { LANGUAGES, TABLES, type Lang } from './tables';

const CODES: Record<string, Lang> = { en: 'en', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh', ar: 'ar' };
/** Names compared with accents, case and Arabic spelling variants folded (lang/fold.ts). */
const fold = (s: string) => foldArabic(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

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
    const field = LANGUAGES.find((l) => TABLES[l].originalField.some((f) => fold(f) === fold(name)));
    if (field && answer.writtenIn === undefined) {
      answer.writtenIn = nameWrittenIn(m[2]) ?? (fold(name) === 'original' ? undefined : field);
      answer.names = namedLanguage(m[2]);
    }
  }
  return answer;
}

// Telling French, Spanish and English apart (they share the Latin script) by the words a text is made of
// (review leftover: a French proposal with no cue was English when fewer than three of a dozen function words
// told): function words, each counting once per use for every language it belongs to (`de`, `la`, `que`, `en`
// are French and Spanish, and count against English); a language's own kind, annex and reasons words
// (`RÉSOLUTION`, `Motifs`, `RESOLUCIÓN`, `Motivos`), two each (alone, a keyword tells nothing: a `Motivos:`
// before English words is no Spanish text); a line that is a call (`considérant`,
// `encarga`), three: a call word in running text is a word like any (`to encourage new initiatives` is no
// French); an accented letter only one of the languages writes (`ç`, `è`, `ñ`, `ó`) in a word of no list, one.
// Elided articles keep their apostrophe (`l'`, `d'`, `qu'`), so a list label `d)` counts for nothing.
const LATIN = ['en', 'fr', 'es'] as const;
type Latin = (typeof LATIN)[number];
const FUNCTION_WORDS: Record<Latin, string> = {
  en: 'the of and to in that for is on with by as be are this it or an from at which its their has have shall should not all such these other into between within also been was were will may being any those under through including would can there they them than more most each only both where when whether who upon about over after before against',
  fr: "le la les des du de et à au aux pour dans un une sur par est sont il elle ils elles qui que ne pas ces cette ce cet son sa ses leur leurs avec ou où l' d' qu' n' s' c' été être tous toutes tout notamment afin selon aussi plus dont lors ainsi doit doivent peut peuvent entre autres sous vers sans très se en",
  es: 'el la los las del de y para por con un una al es son se su sus lo como más ha han sido ser todos todas esta este estos estas dicho dicha según también mediante sobre entre cuando donde sin hasta desde muy sea sean debe deben puede pueden otros otras cual cuales así que en',
};

/** Each word and the Latin-script languages it tells, with its weight. */
function wordTable(): { words: Map<string, Latin[]>; cues: Map<string, Latin>; calls: Map<string, Latin> } {
  const words = new Map<string, Latin[]>();
  for (const l of LATIN) for (const w of FUNCTION_WORDS[l].split(' ')) words.set(w, [...(words.get(w) ?? []), l]);
  // Words of one language only: a word two tables share (`DECISION`, `Section`) tells nothing.
  const only = (of: (l: Latin) => string[]) => {
    const seen = new Map<string, Set<Latin>>();
    for (const l of LATIN) for (const w of of(l)) seen.set(w.toLowerCase(), (seen.get(w.toLowerCase()) ?? new Set()).add(l));
    return new Map([...seen].filter(([, ls]) => ls.size === 1).map(([w, ls]) => [w, [...ls][0]]));
  };
  const cues = only((l) => [...TABLES[l].numberKinds, ...TABLES[l].reasons, ...TABLES[l].annex, ...TABLES[l].section].filter((w) => !w.includes(' ')));
  const calls = only((l) => [...TABLES[l].preamble, ...TABLES[l].operative]);
  return { words, cues, calls };
}
let table: ReturnType<typeof wordTable> | undefined;

/** Letters one of the languages writes and the other two do not (`é` both French and Spanish write). */
const FRENCH_LETTER = /[èêàùçœâîôûëï]/;
const SPANISH_LETTER = /[ñáíóú¿¡]/;

/**
 * How much of a text is read to tell its language: documentLanguage reads no further (the cover's 4000 code units
 * and the words of this many), so a text's first LANGUAGE_SAMPLE code units give the language of the whole.
 */
export const LANGUAGE_SAMPLE = 200_000;

/** The language of a stretch of text, by script, then by its words; undefined when it has too few to tell. */
export function textLanguage(text: string): Lang | undefined {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const scripts = scriptCounts(sample);
  // The words are read only where the Latin script leads (languageOfCounts reads them then only).
  const latin = scripts.latin >= 8 && scripts.latin > Math.max(scripts.arabic, scripts.cjk * 3, scripts.cyrillic);
  return languageOfCounts({ ...scripts, ...(latin ? wordScores(sample) : { en: 0, fr: 0, es: 0 }) });
}

/**
 * What textLanguage counts of a text: its letters by script and the Latin languages' word scores. The counts of
 * pieces of a text cut at line starts add up to the text's (words, call lines and markup stand within a line).
 */
export interface LanguageCounts {
  readonly arabic: number;
  readonly cjk: number;
  readonly cyrillic: number;
  readonly latin: number;
  readonly en: number;
  readonly fr: number;
  readonly es: number;
}

/** The counts of a text already cut to the sample and without markup (textLanguage's). */
export function languageCounts(text: string): LanguageCounts {
  return { ...scriptCounts(text), ...wordScores(text) };
}

function scriptCounts(sample: string): Pick<LanguageCounts, 'arabic' | 'cjk' | 'cyrillic' | 'latin'> {
  let arabic = 0, cjk = 0, cyrillic = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return { arabic, cjk, cyrillic, latin };
}

/** The language the counts tell, as textLanguage reads it. */
function languageOfCounts(c: LanguageCounts): Lang | undefined {
  // Chinese needs fewer characters than alphabets do for the same text.
  const counts: [Lang | 'latin', number][] = [['ar', c.arabic], ['zh', c.cjk * 3], ['ru', c.cyrillic], ['latin', c.latin]];
  counts.sort((a, b) => b[1] - a[1]);
  const [top, n] = counts[0];
  if (n < 8) return undefined;
  if (top !== 'latin') return top;
  const best = LATIN.map((l) => [l, c[l]] as const).sort((a, b) => b[1] - a[1]);
  // A few words tell nothing (`Sharm el-Sheikh` is no Spanish text): some evidence, and more for one language than another.
  return best[0][1] < 3 || best[0][1] === best[1][1] ? undefined : best[0][0];
}

function wordScores(sample: string): Record<Latin, number> {
  const { words, cues, calls } = (table ??= wordTable());
  const scores: Record<Latin, number> = { en: 0, fr: 0, es: 0 };
  const lower = sample.toLowerCase();
  for (const m of lower.matchAll(/\p{L}+['’]?/gu)) {
    const w = m[0].endsWith('’') ? `${m[0].slice(0, -1)}'` : m[0];
    const of = words.get(w);
    if (of) {
      for (const l of of) scores[l]++;
      continue;
    }
    const bare = w.endsWith("'") ? w.slice(0, -1) : w;
    const cue = cues.get(bare);
    if (cue) scores[cue] += 2;
    else if (FRENCH_LETTER.test(bare)) scores.fr++;
    else if (SPANISH_LETTER.test(bare)) scores.es++;
  }
  // Call lines: short lines that are a call of one language alone (`considérant`, `bearing in mind`, `encarga:`),
  // whatever the file's line ends (a file with CR alone read as one line had none: line-ends property test).
  const lf = lower.includes('\r') ? lower.replace(/\r\n?/g, '\n') : lower;
  for (let at = 0; at < lf.length; ) {
    let end = lf.indexOf('\n', at);
    if (end < 0) end = lf.length;
    if (end - at <= 60) {
      const call = calls.get(lf.slice(at, end).trim().replace(/[\s:,;.]+$/, ''));
      if (call) scores[call] += 3;
    }
    at = end + 1;
  }
  return scores;
}

/** The language of a document (for Word's language tags, completion and snippets). English when nothing tells. */
export function documentLanguage(doc: ItuDocument | string): Lang {
  const text = typeof doc === 'string' ? doc : doc.text;
  return coverOrText(coverLanguage(text), () => textLanguage(withoutMarkup(text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text)));
}

function coverOrText(cover: CoverAnswer, detected: () => Lang | undefined): Lang {
  if (cover.language) return cover.language;
  // `Original: French` is English for an English translation, but a drafter of a French text may
  // write the cover's values in English too: the text decides between the two.
  if (cover.writtenIn === 'en' && cover.names && cover.names !== 'en') return detected() === cover.names ? cover.names : 'en';
  return cover.writtenIn ?? detected() ?? 'en';
}

/**
 * documentLanguage of the text `pieces` make (a version's front and proposals as its analysis cut them: each but the
 * first starts a line), counting each piece's words once: `memo` holds the counts of the pieces read before (an
 * earlier version's), by their text. Typing in a proposal re-counts that proposal, not the 200 KB sample (10 ms of
 * each completion in a 100 KB contribution whose cover does not name its language). Returns the counts of the pieces
 * read, the next version's memo.
 */
export function piecesLanguage(pieces: readonly string[], memo?: ReadonlyMap<string, LanguageCounts>): { language: Lang; counts: Map<string, LanguageCounts> } {
  const counts = new Map<string, LanguageCounts>();
  let head = '';
  for (let k = 0; k < pieces.length && head.length < 4000; k++) head += pieces[k];
  const detected = () => {
    const sum = { arabic: 0, cjk: 0, cyrillic: 0, latin: 0, en: 0, fr: 0, es: 0 };
    let at = 0;
    for (let k = 0; k < pieces.length && at < LANGUAGE_SAMPLE; k++) {
      const piece = at + pieces[k].length > LANGUAGE_SAMPLE ? pieces[k].slice(0, LANGUAGE_SAMPLE - at) : pieces[k];
      at += piece.length;
      // A footnote label left open (`[^` with no `]` after it) is markup up to a `]` in a piece after: the whole text decides.
      const open = piece.lastIndexOf('[^');
      if (open >= 0 && piece.indexOf(']', open) < 0 && at < LANGUAGE_SAMPLE && k + 1 < pieces.length) {
        const text = pieces.join('');
        return textLanguage(withoutMarkup(text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text));
      }
      const c = memo?.get(piece) ?? counts.get(piece) ?? languageCounts(withoutMarkup(piece));
      counts.set(piece, c);
      for (const key of Object.keys(sum) as (keyof LanguageCounts)[]) sum[key] += c[key];
    }
    return languageOfCounts(sum);
  };
  return { language: coverOrText(coverLanguage(head), detected), counts };
}

/** Each parsed document's language, read once: every proposal without cues of its own falls back on it. */
const LANGUAGE = new MemoSlot<Lang>();

/**
 * Each proposal's language once read, by its index: the checks of provisions, hover and completion ask it of the same
 * proposal again and again, and each reading goes over every word of the proposal.
 */
const PROPOSAL_LANGUAGES = new MemoSlot<Lang[]>();

/** The language a proposal is written in: its own words, else the document's (cover, then its words). */
export function proposalLanguage(doc: ItuDocument, proposalIndex: number): Lang {
  const known = PROPOSAL_LANGUAGES.get(doc) ?? PROPOSAL_LANGUAGES.set(doc, []);
  const read = known[proposalIndex];
  if (read !== undefined) return read;
  const span = doc.proposals[proposalIndex].span;
  const lang = regionLanguage(doc.text, span.start, span.end) ?? LANGUAGE.get(doc) ?? LANGUAGE.set(doc, (WHOLE_LANGUAGE.get(doc) ?? documentLanguage)(doc));
  known[proposalIndex] = lang;
  return lang;
}

/**
 * Of a part of a document parsed alone (the front and one proposal, as the editor checks a contribution while typing:
 * core/incremental.ts), the language of the whole document, asked when a proposal's own words do not tell its language
 * (`SUP<TAB>…`, a number and a short Reasons): read from the part, it was the front's, which is not always the whole's
 * (the editor then compared the SUP with the text in force in another language than the command line).
 */
export const WHOLE_LANGUAGE = new MemoSlot<(doc: ItuDocument) => Lang>();

/** Proposal headers (`MOD<TAB>AFCP/42A25/1`) divide a document into regions that may each have their language. */
const HEADER_LINE = /^(?:\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)[\t ]+\S+/gm;

/**
 * The language at an offset: that of the proposal around it when its text tells (an English cover
 * over a French Resolution is French inside the Resolution), else the document's.
 */
export function languageAt(text: string, offset: number): Lang {
  const { start, end } = headerStretch(text, offset);
  if (start === 0 && end === text.length) return documentLanguage(text);
  return regionLanguage(text, start, end) ?? documentLanguage(text);
}

/** Whether `line` starts with a proposal header as languageAt reads one. */
export function startsWithHeader(line: string): boolean {
  HEADER_LINE.lastIndex = 0;
  return HEADER_LINE.exec(line)?.index === 0;
}

/**
 * The stretch of `text` languageAt reads at `offset`: from the last proposal header at or before it (else the start)
 * to the next header (else the end). Completion reads it in a part (the front and one proposal) and asks the
 * whole document's language apart.
 */
export function headerStretch(text: string, offset: number): { start: number; end: number } {
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
  return { start, end };
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
