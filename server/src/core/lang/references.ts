// Cross-references in the six languages: a call and item labels with a direction (`considering b) and
// c) above`, `considérant b) ci-dessus`, `considerando b) anterior`, `учитывая b) выше`, `إذ تضع في
// اعتبارها ب) أعلاه`, `上文考虑到b)`), the labels first and the call after them (`l'alinéa b) du
// considérant ci-dessus`, `الفقرة ب) من إذ تضع في اعتبارها أعلاه`), sections (`Section 3 below`) and
// decimal clauses (`1.2 above`). The words are core/lang/tables.ts's (the calls of each language and
// REFERENCE_WORDS); labels are read in the alphabets lists are lettered with (labels.ts).
import { LATIN_FOR, romanOrdinal, SUFFIXES } from '../labels';
import { ITU_PREFIX } from './charClasses';
import { foldLabelForms } from './labels';
import { alternation, type Step } from './alternation';
import { arabicSteps, DIRECTION_MARKS, withoutMarks } from './fold';
import { isWhitespace } from '../compare/fold';
import { normalizeWords } from './match';
import { CLAUSE_WORDS, LANGUAGES, REFERENCE_WORDS, TABLES, type Lang } from './tables';

/** A cross-reference as the text of its paragraph has it, offsets into that text. */
export interface RefMatch {
  index: number;
  length: number;
  /** `within`: a sub-item named after its item (`iii)` of `considering b) iii) above`) names iii) under b), the label of the target before it. */
  targets: { index: number; label: string; within?: string }[];
  /** The direction word's (`above`, `ci-dessus`); none for a reference written without one (`considering m)`, `c) of considering`). */
  direction?: 'above' | 'below';
  phrase?: string;
  /** The addressee after the call, as written (`the ITU Council` of `instructs the ITU Council 2`): it tells `instructs the ITU Council` from `instructs the Secretary-General`. */
  addressee?: string;
  /** Where the call stands in the text (`considérant` of `considérant b) ci-dessus`, its further word included). */
  phraseAt?: { index: number; length: number };
  section?: boolean;
}


/** Words or phrases as a pattern (lang/alternation.ts: their common openings written once): any white space between words, Arabic spelling variants as the text may write them (lang/fold.ts). */
function words(list: readonly string[]): string {
  // The same lists make many patterns (a language's calls, its `of` words): each is written once.
  const key = JSON.stringify(list);
  let source = WORDS.get(key);
  if (source === undefined) {
    source = alternation([...list].sort((a, b) => b.length - a.length).map((w) => w.split(/\s+/).flatMap((part, i) => (i === 0 ? partSteps(part) : [SPACE, ...partSteps(part)]))));
    WORDS.set(key, source);
  }
  return source;
}

const WORDS = new Map<string, string>();

/** words, for the tests (test/unit/alternation.test.ts). */
export { words as wordsPattern };

/** The white space between the words of a phrase, as a step of its pattern. */
const SPACE: Step = { source: '\\s+' };

/**
 * A word's steps (Arabic spelling variants as lang/fold.ts writes them), its hyphen as the hyphens Word sets for it too
 * (`ci‑dessus` with U+2011 NON-BREAKING HYPHEN, as a French text copied from Word may write it; U+2010): before, such a
 * direction word was not read, and the reference was read without it (or not at all).
 */
function partSteps(part: string): Step[] {
  const steps = arabicSteps(part);
  return part.includes('-') ? steps.map((s) => (s.source === '-' ? HYPHEN_STEP : s)) : steps;
}

const HYPHEN_STEP: Step = { source: '[-\\u2010\\u2011]', chars: ['-', '\u2010', '\u2011'] };

/**
 * Arabic words with the definite article as prepositions and conjunctions attach to it (review 6, G23):
 * `القسم` is also written `للقسم` (li- + al-), `بالقسم`, `وبالقسم`, `فالقسم`, `كالقسم`, `والقسم`.
 */
function withProclitics(list: readonly string[]): string[] {
  return list.flatMap((w) => (w.startsWith('ال') ? [w, ...['لل', 'بال', 'كال', 'فال', 'وال', 'ولل', 'وبال', 'فلل', 'فبال'].map((p) => p + w.slice(2))] : [w]));
}

/**
 * The letters and digits of plain lines (PLAIN): the characters a plain line may hold that `\p{L}` or
 * `\p{N}` match, as one class (test/unit/reference-prefilter.test.ts checks it against them). The
 * patterns' word edges test the character before and after a word against \p{L}\p{N}, classes of
 * hundreds of ranges: at every position of a line, that test was most of the time a reference line
 * took (11 µs a line of 500 characters). A plain line holds no other character: this class reads it alike.
 */
export const PLAIN_LETTER_OR_DIGIT = '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e\\u0180-\\u024f';

/** The letters of plain lines (PLAIN): PLAIN_LETTER_OR_DIGIT less its digits, as one class for \p{L} (test/unit/reference-prefilter.test.ts). */
export const PLAIN_LETTER = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e\\u0180-\\u024f';

/** The first letters of words, as a character class's content (the forms of alef for any of them, as `words` reads them). */
function firstLetters(list: readonly string[]): string {
  const firsts = new Set(list.map((w) => w[0]));
  if ([...firsts].some((c) => /[أإآا]/.test(c))) for (const c of 'أإآا') firsts.add(c);
  return [...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
}

/** Word edges in scripts that write spaces (Chinese writes none: no edge there). */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const edge = (lang: Lang, side: string) => (lang === 'zh' ? '' : side);

const SUFFIX = '(?:bis|ter|quater)';
/** A suffix written apart from its number (`resolves 4 bis above`): the label is `4bis` (labelKey leaves the space out). */
const SPACED_SUFFIX = `(?:[ \\u00A0](?:${SUFFIXES.join('|')})(?![\\p{L}\\p{N}]))?`;
/** One item label: Latin (`b)`, `abis)`), full-width, Cyrillic, Arabic (`ب )`, `هـ)`), or a decimal number (`1`, `1.2`). */
/**
 * What stands before the parenthesis of a lettered label: one to three letters (`b)`, `aa)`, `iii)`), or a roman
 * numeral of four to six (`viii)`, `xiii)`), never the end of a longer word: `viii)` was read as `iii)` (the label
 * sought from its second letter on), so `considering a) viii) above` named iii) of considering and was never reported,
 * and the numbering fix could reletter the `iii` inside it (h-amend).
 */
// An Arabic letter may carry a directional mark before it, before its parenthesis or after it (`‏ج)`, `ج‏)`, `ج)‏`: Word's
// right-to-left text; lang/fold.ts DIRECTION_MARKS), read as nothing (labelKey).
const MARK = `[${DIRECTION_MARKS}]*`;
// An inserted Arabic item carries its suffix on its letter, as the bis fix writes it (`أbis)`, `بter )`: lang/labels.ts).
const LETTER_HEAD = `(?:(?<![A-Za-z])(?:[ivxl]{4,6}(?=[)）])|[a-z]{1,3}?${SUFFIX}?)|[ａ-ｚ]{1,2}|[а-яё]{1,2}${SUFFIX}?|${MARK}(?:هـ|[أاإبجدهوزحطيكلمنسعفصقرشتثخذضظغ])${SUFFIX}?[ \\u00A0]?${MARK})`;
const LETTER_LABEL = `(?:${LETTER_HEAD}[)）](?:${SUFFIX}|(?<=[\\u0600-\\u06FF][ \\u00A0]?${MARK}[)）])${MARK})?)`;
/**
 * The digits a reference's numbers are written in: ASCII, and the Arabic-Indic and Eastern Arabic-Indic digits an Arabic
 * text may write (`البند ٢ من تقرر أعلاه`, as its labels `١`, `٢` are read: lang/labels.ts foldLabelForms, which labelKey
 * folds them with). Before, such a number was not read at all: a reference to an item the Resolution lacks went
 * unreported, and the numbering fix left it as written. The contents of a class, as source.
 */
const DIGITS = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
// Digits in full width too (`上文做出决议第５段`: a Chinese input mode, as labels `１`, `１．２` are read; labelKey folds them).
const NUMBER_LABEL = `[${DIGITS}０-９]+[a-z]*(?:[.．][${DIGITS}０-９]+[a-z]*)*${SPACED_SUFFIX}`;
const LABEL = `(?:${LETTER_LABEL}|${NUMBER_LABEL})`;
/**
 * A dash between two labels makes a range, as `to` does (`пункты 4–5 раздела решает выше`, `considering c)–e) above`,
 * `上文做出决议第4－5段`): the en dash of ITU's Russian and French typography, the hyphen-minus typed for it, the
 * non-breaking hyphen Word writes, the figure dash, the em dash, the minus sign and the full-width hyphen-minus. Only
 * between two labels (the separators join labels of a list): before, the label after the dash was read alone, and the
 * numbering fix relettered one end of the range (`4–5` became `4–4`).
 */
const RANGE_DASH = '[-\u2010-\u2014\u2212\uFE63\uFF0D]';
/**
 * A sub-item named after its item, white space between (`considering c) ii) and e) above`, PP-18 Resolution 175; `des
 * alinéas c) ii) et e) du considérant`): read as part of the list, so the items after it are read too, and named by a
 * target `within` its item's label (`ii)` under `c)`): the check resolves it as a path, ii) of c) of the call, not as the
 * first ii) anywhere under the call.
 */
// Chinese writes no space between them (`上文考虑到b)iii)`).
const SUB = '(?:\\s*(?:[ivxl]{1,6}|[a-z])[)）])?';
/**
 * A Chinese sub-item after its item may carry the item's measure word and its own (`上文考虑到b)第iv)项`, `考虑到b)项第iv)款`,
 * `上文考虑到b）第iv）项`): the item's `项`, `段`, `款` or `目`, an ordinal `第`, the sub-item, its own word. The measure word
 * only after a parenthesis (`上文做出决议1、2项` stays a count). Before, the reference ended at the item: the
 * sub-item was never checked, nor carried by the numbering fixes.
 */
// Full-width letters too, as a Chinese input mode types them (`ｂ）ｉｖ）`, as items `ｃ）` are read).
const ZH_SUB_LABEL = '(?:[ivxl]{1,6}|[a-z]|[ｉｖｘｌ]{1,6}|[ａ-ｚ])[)）]';
/** A lettered or roman label's measure word (`b)项`, `iv)款`): never a number's (`1、2项` counts). */
const ZH_ITEM_WORD = '(?:(?<=[)）])\\s*[项段款目])?';
const ZH_SUB = `${ZH_ITEM_WORD}(?:\\s*(?:第\\s*)?${ZH_SUB_LABEL}${ZH_ITEM_WORD})?`;
/** A label after a separator in a Chinese list: LABEL, or a full-width roman numeral of three to six letters (`ｉｉｉ）`). */
const ZH_NEXT = `(?:[ｉｖｘｌ]{3,6}[)）]|${LABEL})`;
/** What may stand between a Chinese item and its sub-item (ZH_SUB): white space, the item's measure word, `第`. */
const ZH_SUB_GAP = /^[\s项段款目第]*$/;
/**
 * A sub-item numbered with digits, as an Arabic text may number an item's sub-items (`١)` `٢)` `٣)` under `ب)`, as its
 * lists read them, lang/labels.ts) where the other languages write roman numerals: `إذ تضع في اعتبارها ب) ٢) أعلاه`,
 * `الفقرة ب) ٢) و٣) من …`. Read in Arabic references only (AR_SUB, the lists of patterns('ar')): elsewhere a number
 * before a parenthesis in a reference is no label. Before, such a sub-item ended the reference before it (or none was read).
 */
/**
 * A sub-item numbered between single quotes, as UN-style Arabic texts number an item's sub-items (`‘2’`, lang/labels.ts
 * QUOTED_NUMBER): `الفقرة الفرعية ‘2’ من الفقرة ب) من …`, `إذ تضع في اعتبارها ب) ‘2’ أعلاه`. Before, it was no label: the
 * reference ended before it, or none was read.
 */
const QUOTED_SUB = `[\u2018\u2019'][${DIGITS}]{1,2}[\u2018\u2019']`;
const NUMBERED_SUB = `(?:[${DIGITS}]{1,2}[)）]|${QUOTED_SUB})`;
const AR_SUB = `(?:\\s*(?:(?:[ivxl]{1,6}|[a-z]|[${DIGITS}]{1,2})[)）]|${QUOTED_SUB}))?`;
// A parenthesis after a number is read only where SUB reads it (a list holds no other): the label with its parenthesis.
const ONE_LABEL = new RegExp(`(?:${LETTER_LABEL}|${NUMBERED_SUB}|${NUMBER_LABEL})`, 'gu');
/**
 * ONE_LABEL in a Chinese list: a number's letters are its suffix only where no parenthesis closes them (`第3b)段` names b)
 * of 3, as `6.1a` is one label).
 */
const ONE_LABEL_ZH = new RegExp(`(?:[ｉｖｘｌ]{3,6}[)）]|${LETTER_LABEL}|${NUMBERED_SUB}|${NUMBER_LABEL.replace('[a-z]*', '(?:[a-z]+(?![a-z]*[)）]))?')})`, 'gu');
const ROMAN_OR_NUMBERED_SUB = new RegExp(`^(?:([ivxl]{1,6})[)）]|([${DIGITS}]{1,2})[)）]|[\u2018\u2019']([${DIGITS}]{1,2})[\u2018\u2019'])$`);
/** A roman sub-item's label (`iii)`), its numeral as group 1. */
const ROMAN_LABEL = /^([ivxl]{1,6})[)）]$/;
/** The most labels after the first that one reference is read to name. */
const MAX_LIST = 24;

interface LanguagePatterns {
  lang: Lang;
  /** call then labels then direction; labels, `of`, call, direction; direction before call (Chinese). */
  phraseFirst?: RegExp;
  labelsFirst?: RegExp;
  directionFirst?: RegExp;
  /**
   * Chinese names a numbered item as a paragraph too, `第…段` (`上文做出决议第3段`, `上文责成秘书长第1和第2段`), as its clause
   * references do (`第2.3段`): read before directionFirst, with its groups, and only with `段` closing the numbers (so
   * `第3个月` is no reference). Before, `第` was read as an addressee of the call, which names none, and dropped.
   */
  directionFirstParagraph?: RegExp;
  /**
   * A sub-item named before its item, at the end of the text before a reference that names its labels first (`le
   * sous-alinéa iii) de ` before `l'alinéa b) du considérant ci-dessus`; REFERENCE_WORDS' subItemOf): its labels, group 1.
   */
  subItemsBefore?: RegExp;
  /**
   * Chinese without a direction word (`本决议做出决议第2段`, `根据责成秘书长第1段`): a call that numbers its items (TABLES'
   * `numbered`), its addressee, then `第…段`, as the other languages' `§ 2 of resolves` (the paragraph word tells a label
   * from a count: `做出决议3个月内` stays none). Lettered items right after any call (`根据考虑到b)`) are bareLettered's.
   */
  bareParagraph?: RegExp;
  section?: RegExp;
  decimal?: RegExp;
  /** Whether the labels-first pattern's end (`of`, call, direction) is in a text: a quick test before that pattern. */
  labelsFirstTail?: RegExp;
  /**
   * Whether a label (or a number) stands right before a direction word: the end of every match of the
   * phrase-first, section and decimal patterns, a quick test before them (`the text above` has none).
   */
  labelThenDirection?: RegExp;
  /**
   * References written without a direction word (review 5, F13): the call then lettered items (`taking into account
   * considering m)`), the call after an `of`/`in` word then any labels (`referred to in instructs the ITU Council 2`),
   * lettered items then `of` and the call (`c) and d) of considering`, `au point m) du considérant`), or numbers
   * after a clause word then `of` and the call (`§ 2 of resolves`). A number right after a call with no such word
   * before it is prose (`the Council resolves 2 issues`), and is not read.
   */
  bareLettered?: RegExp;
  bareAfterOf?: RegExp;
  bareLabelsFirst?: RegExp;
  /**
   * Whether a text holds an `of`/`in` word and one of its calls after it (`in instructs`, `du considérant`): a quick
   * test before bareAfterOf and bareLabelsFirst, which need one. It opens with the `of` word, so the engine looks for
   * a few short words, not for every call phrase at every position (that was most of the time a line took).
   */
  ofCall?: RegExp;
  /** ofCall as plain lines are read (forPlainLines takes it for ofCall). */
  ofCallPlain?: RegExp;
  /** A label, an `of` word and a call (`c) and d) of considering`): a quick test before bareLabelsFirst. */
  labelOfCall?: RegExp;
  /** A call and a lettered label right after it (`considering m)`): a quick test before bareLettered. */
  lettered?: RegExp;
  /** Whether a text may hold one of its direction words (a quick test before the patterns; see directionTest). */
  direction: RegExp;
  /** The scripts (SCRIPT bits) one of which a text needs to hold any of its direction words. */
  scripts: number;
  above: RegExp;
}

// The scripts of a line, as bits: a language whose direction words are written in scripts the line
// has no letter of is not looked for at all (a French line holds no `выше`, no `上文`, no `أعلاه`).
// Each range holds every character that matches, case-insensitively, a letter of its script's
// direction words (test/unit/reference-prefilter.test.ts checks this over all of Unicode).
const LATIN = 1;
const CYRILLIC = 2;
const CJK = 4;
const ARABIC = 8;
const ANY_SCRIPT = LATIN | CYRILLIC | CJK | ARABIC;

function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : 0;
  if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2100 && c <= 0x214f)) return LATIN;
  if ((c >= 0x400 && c <= 0x52f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f)) return CYRILLIC;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return ARABIC;
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return CJK;
  return 0;
}

/** The SCRIPT bits of the letters of a text. */
export function scriptsIn(text: string): number {
  return scriptsFrom(text, 0, 0);
}

function scriptsFrom(text: string, from: number, bits: number): number {
  for (let i = from; i < text.length; i++) {
    bits |= scriptOf(text.charCodeAt(i));
    if (bits === ANY_SCRIPT) break;
  }
  return bits;
}

/**
 * A bit of lineScripts: the line holds ASCII, Latin letters up to U+024F but ſ (U+017F, which folds into
 * `s`) and general punctuation only. In such a line case-insensitive matching without Unicode folding
 * finds what Unicode folding finds (test/unit/reference-prefilter.test.ts).
 */
const PLAIN = 16;
const BEYOND_PLAIN = /[^\x00-\u017e\u0180-\u024f\u2000-\u206f]/;

/**
 * The scripts a line is read for: its letters' (scriptsIn) and Latin always, so that a plain line (most
 * lines) takes one native scan, and only the Latin languages are read in it.
 */
function lineScripts(text: string, plain?: boolean): number {
  if (plain === true) return LATIN | PLAIN;
  const beyond = text.search(BEYOND_PLAIN);
  return beyond < 0 ? LATIN | PLAIN : scriptsFrom(text, beyond, LATIN);
}

/**
 * Whether a line is plain (PLAIN): no character but ASCII, Latin letters to U+024F less ſ, and general
 * punctuation. Such a line holds no full-width form, no Arabic, Cyrillic or Chinese letter or digit:
 * the readers that look for those in a line (labels, reversed Arabic decimals) need not when it is plain.
 */
export function isPlainLine(text: string): boolean {
  return !BEYOND_PLAIN.test(text);
}

/** The scripts a list of words is written in (every letter's). */
function scriptsOfWords(list: readonly string[]): number {
  let bits = 0;
  for (const w of list) {
    const own = scriptsIn(w);
    // A word with no letter of these scripts (none is): its language is looked for in every text.
    if (own === 0) return ANY_SCRIPT;
    bits |= own;
  }
  return bits;
}

/**
 * The quick test of direction words: each word's longest part without white space, as `words` writes
 * it (`continuación` of `a continuación`, `adelante` of `más adelante`), less those that hold another. A
 * text that holds a word holds that part, so the test never misses a reference; a part that a literal
 * first letter leads finds its few candidates faster than a phrase that opens with a one-letter word.
 */
function directionTest(list: readonly string[]): RegExp {
  const parts = [...new Set(list.map((w) => w.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '')))];
  // A part that holds another (`anteriores`, `anterior`) is found by that one.
  return new RegExp(words(parts.filter((p) => !parts.some((q) => q !== p && p.includes(q)))), 'iu');
}

function patterns(lang: Lang): LanguagePatterns {
  const table = TABLES[lang];
  const ref = REFERENCE_WORDS[lang];
  const phrases = words([...table.preamble, ...table.operative]);
  const further = table.further.length ? `(?:\\s+(${words(table.further)}))?` : '()';
  const furtherBefore = table.furtherBefore?.length ? `(?:${words(table.furtherBefore)})?` : '';
  const conjunction = table.conjunctions?.length ? `(?:(?:${words(table.conjunctions)})\\s*)?` : '';
  const separators = separatorsOf(lang);
  // A reference names a few items (`b), c) and d)`): a list of at most MAX_LIST labels is read, so that
  // a paragraph of thousands of labels costs each start position a bounded scan (the unbounded list was
  // quadratic: seconds on 100 KB of `1.1, 1.1, …` after a direction word).
  // Arabic sub-items may be numbered (NUMBERED_SUB): after an item (`ب) ٢)`), and after a separator, as roman ones are (`ب) ٢) و٣)`).
  const sub = lang === 'ar' ? AR_SUB : lang === 'zh' ? ZH_SUB : SUB;
  // A section's or clause's number in Arabic-Indic digits too (DIGITS) in Arabic; `\\d` elsewhere, which the engine
  // scans for faster than a class beyond Latin-1 (a quarter more time on the lines that are not plain, measured).
  const digit = lang === 'ar' ? `[${DIGITS}]` : '\\d';
  // Chinese: a full-width roman sub-item of more than two letters after a separator (`ｂ）第ｉ）和ｉｉｉ）项`; LABEL reads two).
  const next = lang === 'ar' ? `(?:${NUMBERED_SUB}|${LABEL})` : lang === 'zh' ? ZH_NEXT : LABEL;
  const list = `${LABEL}${sub}(?:\\s*(?:${separators.join('|')})\\s*${next}${sub}){0,${MAX_LIST}}`;
  const quote = '["«“”»]?';
  // French sets its guillemets apart from the word with a (narrow) no-break space (`du « considérant » ci-dessus`),
  // Russian may open with „: read where a direction word ends the reference (the readings without one keep `quote`,
  // which their quick tests assume). Before, such a reference was not read at all.
  const quoteOpen = '(?:["«“”»„]\\s*)?';
  const quoteClose = '(?:\\s*["«“”»“])?';
  // French and Spanish name several items of a call in the plural (`des considérants b) et c) ci-dessus`, `los
  // considerandos h) e i) anteriores`: review 5, F13): an `s` after the phrase, not part of its name.
  const plural = lang === 'fr' || lang === 'es' ? 's?' : '';
  // The addressee of an operative call (`instructs the ITU Council 2`, `charge le Secrétaire général 1`): a few words
  // after an article, read where the language writes one (ADDRESSEE_ARTICLES); a reference names the call section
  // with that addressee (structure.ts keeps it only where one has it).
  const articles = ADDRESSEE_ARTICLES[lang];
  // Only after an operative call (`taking into account the criteria in 7.1.5 above` has none); no word of it is a
  // call (`teniendo en cuenta los considerandos h) e i) anteriores` names considerandos' items), and it does not end
  // with an `of` or `in` word (`instructs the Director of the … Bureau 2`, never `… the criteria in 7.1.5`).
  const word = `(?!(?:${phrases})${plural}${END})${ADDRESSEE_WORD}`;
  const notLast = `(?<!${START}(?:${words(lang === 'zh' ? ref.of : [...ref.of, ...CLAUSE_WORDS[lang].of])}))`;
  const operative = `(?<=${START}(?:${words(table.operative)})${plural}(?:\\s+(?:${words(table.further.length ? table.further : ['\u0000'])}))?)`;
  // Russian and Arabic write no article (`поручает Генеральному секретарю 2`, `يكلف الأمين العام 2`): where nothing but
  // the end of the clause follows the call (the labels-first form without a direction word, bareLabelsFirst), their
  // addressee runs to a punctuation mark, else it would take in the words of the clause after it.
  // Chinese sets the addressee right after the call, with no space, and the labels right after it (`上文责成秘书长1`,
  // `上文责成电信标准化局主任2和3`): Chinese characters, as few as let the labels follow (a call with none, `上文做出决议1`,
  // takes none).
  const zhAddressee = `(?:(?<=(?:${words(table.operative)}))(${CJK_ADDRESSEE}))?`;
  const addresseeOf = (anchored: boolean) => articles !== undefined ? `(?:${operative}\\s+((?:${articles})${word}(?:\\s+${word}){0,${MAX_ADDRESSEE_WORDS - 1}}${notLast})${anchored && articles === '' ? '(?=\\s*(?:[,.;:،؛)]|$))' : ''})?` : lang === 'zh' ? zhAddressee : '()';
  const addressee = addresseeOf(false);
  const call = `${edge(lang, START)}${conjunction}(${furtherBefore}(?:${phrases}))${plural}${edge(lang, END)}${further}${addressee}`;
  const callThenEnd = `${edge(lang, START)}${conjunction}(${furtherBefore}(?:${phrases}))${plural}${edge(lang, END)}${further}${addresseeOf(true)}`;
  const after = [...ref.above, ...ref.below];
  const before = [...(ref.aboveBefore ?? []), ...(ref.belowBefore ?? [])];
  const directionAfter = after.length ? `(${words(after)})${END}` : undefined;
  const out: LanguagePatterns = {
    lang,
    direction: directionTest([...after, ...before]),
    scripts: scriptsOfWords([...after, ...before]),
    above: new RegExp(`^(?:${words([...ref.above, ...(ref.aboveBefore ?? [])])})$`, 'iu'),
  };
  if (directionAfter) {
    // The direction word first, the label behind it after: the engine looks for the rare word, not at every position behind.
    if (ref.subItemOf?.length) {
      // Roman numerals, a letter under a numbered item (`l'alinéa a) du point 2`), and in Arabic numbers (NUMBERED_SUB).
      const one = `(?:${MARK}(?:[ivxl]{1,6}|[a-z]${lang === 'ar' ? `|[${DIGITS}]{1,2}` : ''})${MARK}[)）]${lang === 'ar' ? `|${MARK}${QUOTED_SUB}${MARK}` : ''})`;
      out.subItemsBefore = new RegExp(`(?<![\\p{L}\\p{N}.])(${one}(?:\\s*(?:${separators.join('|')})\\s*${one}){0,${MAX_LIST}})\\s+(?:${words(ref.subItemOf)})\\s*$`, 'iu');
    }
    out.labelThenDirection = new RegExp(`(?:${words(after)})(?<=${lang === 'ar' ? `(?:${NUMBERED_SUB}|${LABEL})` : LABEL}\\s*,?\\s*(?:${words(after)}))${END}`, 'iu');
    out.phraseFirst = new RegExp(`${quoteOpen}${call}${quoteClose}\\s*(${list})\\s*,?\\s*${directionAfter}`, 'dgiu');
    if (ref.of.length) {
      // The comma Russian puts before the direction word (`раздела учитывая далее, выше`: review 6, G5) as the phrase-first form reads it.
      const tail = `\\s+(?:${words(ref.of)})\\s+${quoteOpen}${call}${quoteClose}(?:\\s*,\\s*|\\s+)${directionAfter}`;
      out.labelsFirst = new RegExp(`(?<![\\p{L}\\p{N}.])(${list})${tail}`, 'dgiu');
      // A match of the whole pattern holds a match of its end: a text without one is not read label by label.
      out.labelsFirstTail = new RegExp(tail, 'iu');
    }
    // Without a direction word (see LanguagePatterns.bareLettered): only in languages that write one after the labels.
    const letterList = `${LETTER_LABEL}${sub}(?:\\s*(?:${separators.join('|')})\\s*${next}${sub}){0,${MAX_LIST}}`;
    const ofWords = [...new Set([...ref.of, ...(lang === 'zh' ? [] : CLAUSE_WORDS[lang].of)])];
    // Arabic attaches its prepositions to the clause word (`وفقاً للبند 1 من تقرر`, `عملاً بالبند 2 من تقرر`), as to a
    // section word (withProclitics): before, such a reference without a direction word was not read.
    const clauseWords = lang === 'zh' ? [] : lang === 'ar' ? withProclitics([...CLAUSE_WORDS.ar.clause, ...(ref.items ?? [])]) : [...CLAUSE_WORDS[lang].clause, ...(ref.items ?? [])];
    // Not another text's number (`of considering 130 (Rev. Guadalajara, 2010)` where words were garbled): no parenthesis after.
    const ends = `(?![\\p{L}\\p{N}]|\\s*[(（])`;
    // The call right before lettered items, no addressee between (`considering m)`): the test looks for the parenthesis
    // first, the call behind it after (the engine looks for a rare character, not for every call at every position).
    const plainCall = `${START}${conjunction}(${furtherBefore}(?:${phrases}))${plural}${END}${further}()`;
    out.lettered = new RegExp(`[)）](?<=${START}(?:${phrases})${plural}${END}(?:\\s+(?:${words(table.further.length ? table.further : ['\u0000'])}))?${quote}\\s*${LETTER_HEAD}[)）])`, 'iu');
    out.bareLettered = new RegExp(`${quote}${plainCall}${quote}\\s*(${letterList})${ends}`, 'dgiu');
    if (ofWords.length) {
      // After an `of` word, numbers name items of a call that numbers its items (`in resolves 4`, `in instructs the
      // ITU Council 2`; TABLES' `numbered`): lettered items are bareLettered's. The `of` word first, then a first letter
      // of such a call, what stands before them after (`of` and `in` are in every English sentence).
      const numbered = words(table.numbered);
      const numberedCall = `${edge(lang, START)}${conjunction}(${furtherBefore}(?:${numbered}))${plural}${edge(lang, END)}${further}${addressee}`;
      const firsts = firstLetters([...(table.conjunctions ?? []), ...(table.furtherBefore ?? []), ...table.numbered]);
      out.ofCall = new RegExp(`(?:${words(ofWords)})\\s+(?=["«“]?[${firsts}])(?<=${START}(?:${words(ofWords)})\\s+)${quote}${conjunction}${furtherBefore}(?:${numbered})${plural}${END}`, 'iu');
      // For plain lines, without Unicode classes: an ASCII word edge (`\\b`) before the `of` word holds wherever START
      // does (a letter beyond ASCII before it only lets more through), and the engine tests it before the words.
      out.ofCallPlain = new RegExp(`\\b(?:${words(ofWords)})\\s+["«“]?${conjunction}${furtherBefore}(?:${numbered})${plural}(?![${PLAIN_LETTER_OR_DIGIT}])`, 'i');
      const numberList = `${NUMBER_LABEL}(?:\\s*(?:${separators.join('|')})\\s*${LABEL}){0,${MAX_LIST}}`;
      // A number that counts something is no label (`in resolves 12 months after`): not before a unit of time or a count.
      const counted = `(?!\\s*(?:${words(QUANTITY_WORDS[lang])})${edge(lang, END)})`;
      out.bareAfterOf = new RegExp(`(?:${words(ofWords)})(?<=${START}(?:${words(ofWords)}))\\s+(${quote}${numberedCall}${quote}\\s*(${numberList})${ends}${counted})`, 'dgiu');
      const tail = `\\s+(?:${words(ref.of)})\\s+${quote}${callThenEnd}${quote}`;
      if (ref.of.length) out.bareLabelsFirst = new RegExp(`(?:(?<![\\p{L}\\p{N}.])(${letterList})|(?<=(?:${START}(?:${words(clauseWords.filter((w) => !w.startsWith('§')))})\\s+|(?:${words(clauseWords.filter((w) => w.startsWith('§')))})\\s*))(${list}))${tail}`, 'dgiu');
      // A label right before the `of` word (the `of` word first, the label behind it after).
      // (An Arabic sub-item between quotes, QUOTED_SUB, ends with its quote.)
      if (ref.of.length) out.labelOfCall = new RegExp(`(?:${words(ref.of)})(?<=(?:[)）]${SUFFIX}?|${lang === 'ar' ? `${QUOTED_SUB}|` : ''}${digit}[a-z]*|${digit}[ \\u00A0](?:${SUFFIXES.join('|')}))\\s+(?:${words(ref.of)}))\\s+${quote}${conjunction}${furtherBefore}(?:${phrases})${plural}${END}`, 'iu');
    }
    if (ref.section.length) out.section = new RegExp(`${START}(?:${words(lang === 'ar' ? withProclitics(ref.section) : ref.section)})\\s+(${digit}+[a-z]*(?:\\s*(?:${separators.join('|')})\\s*${digit}+[a-z]*){0,${MAX_LIST}})\\s+${directionAfter}`, 'gu');
    // Arabic attaches `و`, `ب`, `ل`, `ف`, `ك` to the number (`و1.3 أعلاه`, `مع مراعاة 1.2 و1.3 أعلاه`): a letter alone before it.
    const attached = lang === 'ar' ? '(?<=(?<![\\p{L}\\p{N}])[وبلفك])|' : '';
    out.decimal = new RegExp(`(?:${attached}(?<![\\p{L}\\p{N}.)§-]))(${digit}+[a-z]*(?:\\.${digit}+[a-z]*){1,8}${SPACED_SUFFIX}(?:\\s*(?:${separators.join('|')})\\s*${digit}+[a-z]*(?:\\.${digit}+[a-z]*){1,8}${SPACED_SUFFIX}){0,${MAX_LIST}})\\s+${directionAfter}`, 'gu');
  }
  // A number that counts is no label (`在上文做出决议3个月内`, within 3 months of what resolves above says; `上文请2个部门`):
  // not before a unit or a measure word, nor cut short so that one follows it (`12个月` read as 1, `1、2项` as 1).
  if (before.length && lang === 'zh') {
    // Each number may carry its own paragraph word (`第1段和第3段`, `第1段、第3段`), as `第1和第3段` does not.
    // A paragraph's sub-item after it (`上述做出决议第1段第ii)项`, `第3b)段` as Council Resolution 88 writes its own `上述第3b)段`):
    // the list then ends with the sub-item's word (`项`, `款`, `目`), or `段`.
    const paragraph = `${NUMBER_LABEL}(?:\\s*(?:段\\s*)?(?:第\\s*)?${ZH_SUB_LABEL})?`;
    // The list ends with `段`, a sub-item's word after its parenthesis, or the sub-item after `段` (`第2段i)`, no word after).
    const paragraphEnd = `(?:\\s*(?:段|(?<=[)）]\\s*)[项款目])|(?<=段\\s*(?:第\\s*)?${ZH_SUB_LABEL}))`;
    const paragraphs = `${paragraph}(?:\\s*段?\\s*(?:${separators.join('|')})\\s*(?:第\\s*)?${paragraph}){0,${MAX_LIST}}`;
    out.directionFirstParagraph = new RegExp(`(${words(before)})\\s*${quote}${call}${quote}\\s*第\\s*(${paragraphs})${paragraphEnd}`, 'dgiu');
    // Without a direction word (matchesIn reads these after the readings with one, which they then do not overlap).
    const numberedCall = `${conjunction}(${furtherBefore}(?:${words(table.numbered)}))${further}${zhAddressee}`;
    out.bareParagraph = new RegExp(`${quote}${numberedCall}${quote}\\s*第\\s*(${paragraphs})${paragraphEnd}`, 'dgiu');
    const letterList = `${LETTER_LABEL}${ZH_SUB}(?:\\s*(?:${separators.join('|')})\\s*${ZH_NEXT}${ZH_SUB}){0,${MAX_LIST}}`;
    // The quick test: a Chinese character before the label (every call ends with one, test/unit/reference-tables.test.ts),
    // not the calls (their alternation behind every parenthesis of a Chinese line, `（2016年，哈马马特）`, doubled its reading).
    out.lettered = new RegExp(`[)）](?<=[\\u3400-\\u9fff]${quote}\\s*${LETTER_HEAD}[)）])`, 'iu');
    // Chinese characters follow a label with no space (`根据考虑到b)所述`): only another text's number (a parenthesis) ends none.
    out.bareLettered = new RegExp(`${quote}${conjunction}(${furtherBefore}(?:${phrases}))${further}()${quote}\\s*(${letterList})(?!\\s*[(（])`, 'dgiu');
  }
  if (before.length) out.directionFirst = new RegExp(`(${words(before)})\\s*${quote}${call}${quote}\\s*(${list})(?!\\d|\\.\\d|\\s*(?:${words(QUANTITY_WORDS[lang])})|\\s*(?:${separators.join('|')})\\s*\\d)`, 'dgiu');
  return out;
}

/**
 * Words that make the number before them a count, not a label (`in resolves 12 months after`, `dans les 6 mois`,
 * `в течение 12 месяцев`, `خلال 12 شهراً`, `12个月`): units of time, times, per cent.
 */
const QUANTITY_WORDS: Record<Lang, string[]> = {
  en: ['days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'hours', 'hour', 'minutes', 'times', 'per cent', 'percent', '%'],
  fr: ['jours', 'jour', 'semaines', 'semaine', 'mois', 'années', 'année', 'ans', 'an', 'heures', 'heure', 'minutes', 'fois', 'pour cent', '%'],
  es: ['días', 'día', 'semanas', 'semana', 'meses', 'mes', 'años', 'año', 'horas', 'hora', 'minutos', 'veces', 'por ciento', '%'],
  ru: ['дней', 'дня', 'день', 'недель', 'недели', 'неделю', 'месяцев', 'месяца', 'месяц', 'лет', 'года', 'год', 'часов', 'часа', 'час', 'минут', 'раз', 'раза', 'процентов', 'процента', '%'],
  // Chinese counts with a measure word (`2个部门`, `3项建议`, `5名专家`): no item is named so.
  zh: ['个月', '月', '年', '天', '日', '周', '星期', '小时', '分钟', '次', '%', '个', '项', '名', '位', '种', '家', '份', '届', '倍'],
  ar: ['يوماً', 'يوما', 'أيام', 'يوم', 'أسابيع', 'أسبوعاً', 'أسبوع', 'شهراً', 'شهرا', 'أشهر', 'شهور', 'شهر', 'سنوات', 'سنة', 'عاماً', 'عاما', 'أعوام', 'عام', 'ساعات', 'ساعة', 'مرات', 'مرة', 'في المائة', '%'],
};

/** The articles an addressee opens with, by language (`the ITU Council`, `le Secrétaire général`, `al Secretario General`). */
const ADDRESSEE_ARTICLES: Partial<Record<Lang, string>> = {
  en: 'the\\s+',
  fr: '(?:le|la|les|au|aux)\\s+|l[\'’]',
  es: '(?:el|la|los|las|al|a\\s+la|a\\s+los|a\\s+las)\\s+',
  // No article: the words after the call (`Директору Бюро стандартизации электросвязи`, `مدير مكتب تقييس الاتصالات`).
  ru: '',
  ar: '',
};
/** A word of an addressee: no digit (Arabic-Indic ones too), parenthesis or punctuation (the labels after it are none). */
const ADDRESSEE_WORD = '[^\\s\\d\\u0660-\\u0669\\u06F0-\\u06F9()（）\\[\\]{},;:.!?"«»“”،؛]+';
const MAX_ADDRESSEE_WORDS = 12;
/** A Chinese addressee (`秘书长`, `电信标准化局主任`): Chinese characters, at most 24, no more than the labels after it leave. */
const CJK_ADDRESSEE = '[\\u3400-\\u9FFF]{1,24}?';

const PATTERNS = LANGUAGES.map(patterns);


/** A language's patterns as they read plain lines: the same, with PLAIN_LETTER_OR_DIGIT for \p{L}\p{N}. */
function forPlainLines(p: LanguagePatterns): LanguagePatterns {
  const plain = (re: RegExp | undefined): RegExp | undefined => {
    if (!re) return undefined;
    const source = re.source.split('\\p{L}\\p{N}').join(PLAIN_LETTER_OR_DIGIT);
    if (source.includes('\\p{')) throw new Error(`a Unicode property outside \\p{L}\\p{N} in ${re.source}`);
    return new RegExp(source, re.flags);
  };
  return {
    ...p,
    phraseFirst: plain(p.phraseFirst),
    labelsFirst: plain(p.labelsFirst),
    labelsFirstTail: plain(p.labelsFirstTail),
    bareLettered: plain(p.bareLettered),
    bareAfterOf: plain(p.bareAfterOf),
    bareLabelsFirst: plain(p.bareLabelsFirst),
    ofCall: p.ofCallPlain,
    labelOfCall: plain(p.labelOfCall),
    lettered: plain(p.lettered),
    directionFirst: plain(p.directionFirst),
    section: plain(p.section),
    decimal: plain(p.decimal),
    labelThenDirection: plain(p.labelThenDirection),
  };
}

const PLAIN_PATTERNS = PATTERNS.map(forPlainLines);

/** The direction tests of the languages written in Latin letters, as one test for plain lines (PLAIN). */
const PLAIN_LATIN_DIRECTION = new RegExp(PATTERNS.filter((p) => p.scripts === LATIN).map((p) => p.direction.source).join('|'), 'i');
/**
 * Whether a plain line may hold a lettered label inside it (`considering m)`: a space or quote before it, no Cyrillic,
 * Arabic or full-width one in a plain line): a quick test before each language's `lettered`, whose parenthesis is in
 * most lines (`(WSIS)`, `(Rev. Dubai, 2014)`).
 */
// The parenthesis first, the letters behind it after: white space is at every word, a parenthesis in few places.
const PLAIN_LETTERED = new RegExp(`[)）](?<=[\\s"«“”»][a-z]{1,3}${SUFFIX}?[)）])`, 'i');
/**
 * The plain lines' ofCall and labelOfCall tests of the languages written in Latin letters, each as one superset (most
 * lines hold neither, and are scanned once): a call that numbers its items (`resolves`, `décide`, `encarga`: a few
 * words, looked for as the direction words are), and a label before an `of` word (`c) of`, `2 del`).
 */
export const LATIN_BARE = LANGUAGES.filter((l) => l !== 'zh' && PATTERNS.find((p) => p.lang === l)!.scripts === LATIN);
// The first word of such a call first (`resolves`, `further`), the `of` word before it after: `further`, `decide`
// and `charge` are common words, `of` and `in` more so, the two together rare.
const PLAIN_LATIN_NUMBERED = new RegExp(`(?:${words([...new Set(LATIN_BARE.flatMap((l) => TABLES[l].numbered.map((p) => p.split(' ')[0])))])})` +
  `(?<=\\b(?:${words([...new Set(LATIN_BARE.flatMap((l) => [...REFERENCE_WORDS[l].of, ...CLAUSE_WORDS[l as Exclude<Lang, 'zh'>].of]))])})\\s+["«“]?(?:${words(LATIN_BARE.flatMap((l) => TABLES[l].conjunctions ?? []))}\\s+)?[^\\s"«“]+)`, 'i');
/** A suffix after a label's number or parenthesis, tight or spaced (`§ 2bis of resolves`, `§ 2 bis of resolves`, `c)bis of`), before the `of` word. */
const SUFFIX_BEFORE_OF = `(?:[ \\u00A0]?(?:${SUFFIXES.join('|')}))?`;
const PLAIN_LATIN_LABEL_OF = new RegExp(`[)）\\d]${SUFFIX_BEFORE_OF}\\s+(?:${words([...new Set(LATIN_BARE.flatMap((l) => REFERENCE_WORDS[l].of))])})\\s`, 'i');
/** PLAIN_LETTERED or PLAIN_LATIN_LABEL_OF: both open with a parenthesis or a digit, one scan for the lines that hold neither. */
const PLAIN_LABEL_HINT = new RegExp(`[)）\\d](?:(?<=[\\s"«“”»][a-z]{1,3}${SUFFIX}?[)）])|${SUFFIX_BEFORE_OF}\\s+(?:${words([...new Set(LATIN_BARE.flatMap((l) => REFERENCE_WORDS[l].of))])})\\s)`, 'i');
/**
 * What stands before the number of a call after an `of` word, behind its white space and quote (bareAfterOf): the last
 * character of the call, of its further word or of its addressee (ADDRESSEE_WORD), none of them white space, a digit,
 * a bracket or punctuation (a year after a comma, `(Rev. Busan, 2014)`, is no such number).
 */
export const BEFORE_NUMBER = ADDRESSEE_WORD.slice(0, -1);
/**
 * What every reading without a direction word in a plain line holds, as one test before all of theirs (a superset of
 * each, test/unit/reference-prefilter.test.ts): a lettered label after white space or a quote (PLAIN_LETTERED), a label
 * then white space and a first letter of an `of` word (PLAIN_LATIN_LABEL_OF), or a digit after an ASCII letter and a
 * word's last character (BEFORE_NUMBER: the number after an `of` word and a call, bareAfterOf; every Latin `of` word
 * opens with an ASCII letter, and no call phrase or further word of these languages holds a digit). Most lines
 * hold a parenthesis or a digit (a label, a year), few of these: the tests behind it were two to four scans of every
 * such line, most of the time a line without a reference took. The letter before the number's word is looked for
 * nearest first (`\D*?`: a lookbehind without groups answers alike either way; a greedy `\D*` went back to the
 * previous digit, or the line's start, at every digit before it tried the letter next to the word).
 */
// What it assumes of the tables (every Latin `of` word opens with an ASCII letter; no Latin numbered call or further
// word ends in white space or punctuation, or holds a digit) is checked by test/unit/reference-tables.test.ts, not
// at every start of the server (room in its bundle).
export const PLAIN_BARE_HINT = new RegExp(`[)）\\d](?:(?<=[\\s"«“”»][a-z]{1,3}${SUFFIX}?[)）])|${SUFFIX_BEFORE_OF}\\s+[${firstLetters([...new Set(LATIN_BARE.flatMap((l) => REFERENCE_WORDS[l].of))])}]|(?<=[a-z]\\D*?${BEFORE_NUMBER}["«“”»]?\\s*\\d))`, 'i');

/** A call phrase as references and call lines are compared: case, white space, Arabic marks and alef forms folded. */
export function phraseKey(phrase: string): string {
  // No addressee (most calls) is the empty phrase: its own key.
  if (phrase === '') return phrase;
  const plain = plainWords(phrase);
  if (plain === FOLDED) return phrase;
  // Printable ASCII, words one space apart: only its capitals fold (an addressee: `the Director of the … Bureau`).
  if (plain === CAPITALS) return phrase.toLowerCase();
  return normalizeWords(phrase).replace(/[\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const FOLDED = 1;
const CAPITALS = 2;

/**
 * An addressee as references and call lines are compared: phraseKey, and the names a Resolution gives one body
 * in its own language read as one (`the Director of TSB`, `the Director of the TSB`, `the TSB Director` for `the
 * Director of the Telecommunication Standardization Bureau`; `le Directeur du BDT`; `Директору БСЭ`; `the Secretary
 * General` for `the Secretary-General`): each Bureau's full name and abbreviation (BUREAUX) as its Latin
 * abbreviation, an English article before it left out, the Secretary-General written with a hyphen.
 */
export function addresseeKey(addressee: string): string {
  const key = phraseKey(addressee).replace(WITH_OTHERS, '');
  if (!ADDRESSEE_HINT.test(key)) return key;
  return key
    .replace(BUREAU_NAMES, (name: string) => BUREAU_TOKEN.get(name.replace(/^the /, ''))!)
    .replace(BUREAU_DIRECTOR, (_: string, token: string) => `the director of ${token}`)
    .replace(SECRETARY_GENERAL, '$1-$2');
}

/**
 * The clause a call line adds after its addressee to name who works with it (`instructs the Director of the
 * Telecommunication Standardization Bureau, in collaboration with the Directors of the other two Bureaux`; `, en
 * collaboration avec`, `, en colaboración con`): no part of the addressee references name (`instructs the Director of
 * the Telecommunication Standardization Bureau 2 above`), which were not read as references at all (h-amend).
 */
const WITH_OTHERS = /\s*,\s*(?:in (?:close )?(?:collaboration|cooperation|consultation|coordination|liaison) with|en (?:étroite )?(?:collaboration|coopération|consultation|coordination|liaison) avec|en (?:estrecha )?(?:colaboración|cooperación|consulta|coordinación) con)(?![\p{L}\p{N}]).*$/isu;

/** Each ITU Bureau's names in the six languages (as keys: phraseKey), by its Latin abbreviation. */
const BUREAUX: Record<string, string[]> = {
  tsb: ['tsb', 'telecommunication standardization bureau', 'telecommunication standardisation bureau', 'bureau de la normalisation des télécommunications',
    'oficina de normalización de las telecomunicaciones', 'бюро стандартизации электросвязи', 'бсэ', 'مكتب تقييس الاتصالات', '电信标准化局'],
  br: ['br', 'radiocommunication bureau', 'bureau des radiocommunications', 'oficina de radiocomunicaciones', 'бюро радиосвязи', 'бр', 'مكتب الاتصالات الراديوية', '无线电通信局'],
  bdt: ['bdt', 'telecommunication development bureau', 'bureau de développement des télécommunications', 'oficina de desarrollo de las telecomunicaciones',
    'бюро развития электросвязи', 'брэ', 'مكتب تنمية الاتصالات', '电信发展局'],
};
const BUREAU_TOKEN = new Map(Object.entries(BUREAUX).flatMap(([token, names]) => names.map((n) => [phraseKey(n), token] as const)));
const escaped = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACED_NAMES = [...BUREAU_TOKEN.keys()].filter((k) => !/[\u3400-\u9fff]/.test(k)).sort((a, b) => b.length - a.length).map(escaped);
const CJK_NAMES = [...BUREAU_TOKEN.keys()].filter((k) => /[\u3400-\u9fff]/.test(k)).map(escaped);
/** A Bureau's name as a whole word (Chinese: anywhere, it writes no spaces), an English `the` before it. */
const BUREAU_NAMES = new RegExp(`(?<![\\p{L}\\p{N}])(?:the )?(?:${SPACED_NAMES.join('|')})(?![\\p{L}\\p{N}])|${CJK_NAMES.join('|')}`, 'gu');
/** `TSB Director` (the English order, after BUREAU_NAMES): the Director of TSB. */
const BUREAU_DIRECTOR = /(?<![\p{L}\p{N}])(?:the )?(tsb|br|bdt) director(?![\p{L}\p{N}])/gu;
const SECRETARY_GENERAL = /(?<![\p{L}\p{N}])(secretary|secrétaire|secretario) (general|général)(?![\p{L}\p{N}])/gu;
/** Whether a key may hold one of these names: most addressees (`the ITU Council`) take no pattern but this. */
const ADDRESSEE_HINT = /bureau|oficina|бюро|مكتب|局|tsb|bdt|br|бсэ|брэ|бр|secr/u;

/**
 * Whether a phrase is printable ASCII with its words one space apart and no space at either end (most calls:
 * `considering`, `resolves further`; addressees): FOLDED when it has no capital either (its own key), CAPITALS
 * when it has; else 0. One pass over the char codes; the foldings of phraseKey change nothing else in such a phrase.
 */
function plainWords(phrase: string): number {
  const n = phrase.length;
  if (n === 0 || phrase.charCodeAt(0) === 0x20 || phrase.charCodeAt(n - 1) === 0x20) return 0;
  let out = FOLDED;
  for (let i = 0; i < n; i++) {
    const c = phrase.charCodeAt(i);
    if (c === 0x20) {
      if (phrase.charCodeAt(i - 1) === 0x20) return 0;
    } else if (c < 0x21 || c > 0x7e) return 0;
    else if (c >= 0x41 && c <= 0x5a) out = CAPITALS;
  }
  return out;
}

/** The conjunctions call lines may open with, as keys, each with its language (in table order). */
export const CONJUNCTION_KEYS = LANGUAGES.flatMap((lang) => (TABLES[lang].conjunctions ?? []).map((c) => ({ lang, key: phraseKey(c), spaced: `${phraseKey(c)} ` })));

/** The first characters of the conjunctions' keys: a key that opens with none of them opens with no conjunction. */
const CONJUNCTION_OPENERS: ReadonlySet<number> = new Set(CONJUNCTION_KEYS.map((c) => c.key.charCodeAt(0)));

/**
 * A call's key (phraseKey) as a reference's call is compared with it: without the conjunction a call line may open with
 * (`y considerando`, `وإذ تلاحظ`), and an Arabic call in the feminine (arabicFeminine).
 */
export function withoutConjunction(key: string): string {
  const bare = CONJUNCTION_OPENERS.has(key.charCodeAt(0)) ? stripConjunction(key) : key;
  const c = bare.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff ? arabicFeminine(bare) : bare;
}

function stripConjunction(key: string): string {
  for (const { lang, key: k, spaced } of CONJUNCTION_KEYS) {
    if (key.startsWith(spaced)) return key.slice(spaced.length);
    if (lang === 'ar' && key.startsWith(k) && key.length > k.length + 2) return key.slice(k.length);
  }
  return key;
}

/**
 * An Arabic call's key with its verb in the feminine: an assembly's Resolution writes `تكلف`, `إذ تضع في اعتبارها`, a
 * conference's or the Council's `يكلف`, `إذ يضع في اعتباره` (docs/languages.md), and a reference written in the other
 * gender (`البند 3 من يكلف الأمين العام أعلاه` in an assembly's text) names the same call. Before, it named none and was
 * dropped: never checked, not renumbered. TABLES.ar lists each call in the feminine, then in the masculine.
 */
function arabicFeminine(key: string): string {
  for (const [masculine, feminine] of (ARABIC_GENDER ??= arabicGenderPairs())) {
    if (key.startsWith(masculine) && (key.length === masculine.length || key.charCodeAt(masculine.length) === 0x20)) return feminine + key.slice(masculine.length);
  }
  return key;
}

/** The Arabic calls' keys in the masculine, each with the feminine's, the longest first (`يقرر تكليف` before `يقرر`). */
export function arabicGenderPairs(): [string, string][] {
  const out: [string, string][] = [];
  for (const list of [TABLES.ar.preamble, TABLES.ar.operative]) {
    for (let i = 0; i + 1 < list.length; i += 2) out.push([stripConjunction(phraseKey(list[i + 1])), stripConjunction(phraseKey(list[i]))]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

let ARABIC_GENDER: [string, string][] | undefined;

/**
 * A Resolution's call sections as references name them (checks/references.ts resolves them so): the same
 * phrase, or one it begins (`resolves` of `resolves further`), and the same addressee when the reference
 * writes one. A reference without a direction word, or with an addressee, is kept only where it names one
 * (structure.ts): `considering m)` in a text with no `considering` section, or `instructs the group 2`, is
 * prose, not a reference. Each call's keys are folded once. A reference is compared with each call when the
 * Resolution has a few (most: sets of every word prefix of every call cost more to make than all the lookups
 * of a parse), and looked up in such sets, made at the first reference, when it has more.
 */
export class CallNames {
  /** Each call's key, without its conjunction. */
  private readonly keys: string[] = [];
  /** Each call's addressee as written. */
  private readonly addressees: string[] = [];
  /**
   * Each call's addressee key (addresseeKey; '' for none), made when a reference with an addressee first asks: most
   * references name no addressee, and an addressee's key is the Bureau names' patterns over it.
   */
  private addresseeKeys_: string[] | undefined;
  /** Past SCAN_CALLS calls: each call's key and every word prefix of it, and the same with the call's addressee key after a NUL. */
  private sets: { phrases: Set<string>; addressed: Set<string> } | undefined;
  /** Past SCAN_CALLS calls: the calls by key (fullAddressee). */
  private byKey: Map<string, number[]> | undefined;

  constructor(calls: readonly { phrase: string; addressee: string }[]) {
    for (const c of calls) {
      this.keys.push(callKey(c.phrase));
      this.addressees.push(c.addressee);
    }
  }

  private get addresseeKeys(): string[] {
    return (this.addresseeKeys_ ??= this.addressees.map(addresseeKey));
  }


  /**
   * The addressee, as its call writes it, that a reference's shorter addressee begins (`the Director` of `the Director
   * of the Telecommunication Standardization Bureau`), when one call of the reference's phrase has such an addressee.
   */
  fullAddressee(ref: { phrase?: string; addressee?: string }): string | undefined {
    if (ref.phrase === undefined || ref.addressee === undefined) return undefined;
    const start = `${addresseeKey(ref.addressee)} `;
    const key = withoutConjunction(phraseKey(ref.phrase));
    // The distinct such addressees of the calls whose whole key is the reference's (the first as written): among all
    // calls, or past SCAN_CALLS among those of that key.
    const among = this.keys.length > SCAN_CALLS ? (this.byKey ??= this.callsByKey()).get(key) : undefined;
    const n = this.keys.length > SCAN_CALLS ? among?.length ?? 0 : this.keys.length;
    let found: string | undefined;
    let first: string | undefined;
    let others: Set<string> | undefined;
    const addresseeKeys = this.addresseeKeys;
    for (let j = 0; j < n; j++) {
      const i = among === undefined ? j : among[j];
      const a = addresseeKeys[i];
      if (this.keys[i] !== key || a === '' || !a.startsWith(start)) continue;
      if (first === undefined) {
        first = a;
        found = this.addressees[i];
      } else if (a !== first) (others ??= new Set()).add(a);
    }
    return others === undefined ? found : undefined;
  }

  /**
   * For a reference without a direction word whose addressee ends the clause (`§ 2 of instructs the Secretary-General
   * and the studies go on`: the pattern takes words up to a punctuation mark, twelve at most, as no word tells where an
   * addressee ends), the longest run of its first words that names a call (`the Secretary-General`), as the reference
   * writes it; none of them, '', when the call alone names one that has no addressee (`пункт 2 раздела решает и
   * исследования продолжаются`: Russian and Arabic write no article, so any words after the call were read as its
   * addressee, and such a reference was dropped); undefined when none does.
   */
  addresseeBegun(ref: { phrase?: string; addressee?: string }): string | undefined {
    if (ref.phrase === undefined || ref.addressee === undefined) return undefined;
    const words = ref.addressee.split(' ');
    for (let n = words.length - 1; n >= 0; n--) {
      const addressee = words.slice(0, n).join(' ');
      if (this.names({ phrase: ref.phrase, addressee })) return addressee;
    }
    return undefined;
  }

  /** Whether a reference's call (and addressee) names one of the sections. */
  names(ref: { phrase?: string; addressee?: string }): boolean {
    if (ref.phrase === undefined) return false;
    const key = withoutConjunction(phraseKey(ref.phrase));
    const addressee = ref.addressee === undefined ? undefined : addresseeKey(ref.addressee);
    if (this.keys.length > SCAN_CALLS) {
      const sets = (this.sets ??= this.prefixSets());
      return addressee === undefined ? sets.phrases.has(key) : sets.addressed.has(`${key}\u0000${addressee}`);
    }
    if (key === '') return false;
    const addresseeKeys = addressee === undefined ? undefined : this.addresseeKeys;
    for (let i = 0; i < this.keys.length; i++) {
      if ((addresseeKeys === undefined || addresseeKeys[i] === addressee) && beginsWords(this.keys[i], key)) return true;
    }
    return false;
  }

  /** The calls (their indices) by key. */
  private callsByKey(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (let i = 0; i < this.keys.length; i++) {
      const list = out.get(this.keys[i]);
      if (list) list.push(i);
      else out.set(this.keys[i], [i]);
    }
    return out;
  }

  private prefixSets(): { phrases: Set<string>; addressed: Set<string> } {
    const addresseeKeys = this.addresseeKeys;
    const phrases = new Set<string>();
    const addressed = new Set<string>();
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i];
      for (let at = key.length; at > 0; at = key.lastIndexOf(' ', at - 1)) {
        const prefix = key.slice(0, at);
        phrases.add(prefix);
        addressed.add(`${prefix}\u0000${addresseeKeys[i]}`);
      }
    }
    return { phrases, addressed };
  }
}

/** A call's key as references are compared with it (CallNames): its phrase's key without a conjunction. */
export function callKey(phrase: string): string {
  return withoutConjunction(phraseKey(phrase));
}

/**
 * The first word of a call's key (callKey), which every reference that names the call opens with (CallNames.names):
 * up to its first space; the empty word for a key that opens with a space (none: keys are trimmed), which every text
 * holds; undefined for the empty key, which no reference names.
 */
export function callFirstWord(phrase: string): string | undefined {
  const key = callKey(phrase);
  if (key === '') return undefined;
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/**
 * A test of whether a plain line (isPlainLine) may hold a reading without a direction word that names one of a
 * Resolution's calls: whether it holds the first word (callFirstWord) of one of their keys, in any case (null: no call
 * has a key, no line does). The key of a reading is its call as the line writes it, its words one space apart and
 * lower-cased, and only a key that begins a call's key word by word names that call (CallNames.names): its first word,
 * lower-cased, is that call's first word. A plain line's characters lower-case one by one (no Greek final sigma) to one
 * character each, which a case-insensitive pattern matches it to, but İ (to i and a combining dot: mayNameCall lets a
 * line that holds it through); test/unit/call-names.test.ts checks every character a plain line may hold. So the test
 * finds that word. A line without it is read for the readings with
 * a direction word only (structure.ts collectReferences). One pattern for each set of words, kept for the next parses
 * (a document's Resolutions have the same calls version after version), at most FIRST_WORD_TESTS of them.
 */
export function firstWordsTest(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  if (words.includes('')) return EVERY_TEXT;
  // The words of a Resolution asked lately (a document's Resolutions have a few sets of calls, asked in turn): no key
  // to make and look up.
  for (let i = 0; i < RECENT_WORDS; i++) if (recentWords[i] !== undefined && sameWords(words, recentWords[i]!)) return recentTests[i];
  // Each word after its length: one key for one list of words.
  let key = '';
  for (const w of words) key += `${w.length}:${w}`;
  let test = FIRST_WORDS.get(key);
  if (!test) {
    if (FIRST_WORDS.size >= FIRST_WORD_TESTS) FIRST_WORDS.clear();
    FIRST_WORDS.set(key, (test = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')));
  }
  recentWords[nextRecent] = words.slice();
  recentTests[nextRecent] = test;
  nextRecent = (nextRecent + 1) % RECENT_WORDS;
  return test;
}

/**
 * Whether a plain line may name one of a Resolution's calls (firstWordsTest gives `test`): it holds one of their first
 * words, or İ, which lower-cases to two characters (i and a combining dot) that no pattern matches it to.
 */
export function mayNameCall(test: RegExp | null, plainLine: string): boolean {
  return test !== null && (test.test(plainLine) || plainLine.includes('\u0130'));
}

/** The lists of words asked last (firstWordsTest), with their tests, replaced in turn. */
const RECENT_WORDS = 8;
const recentWords: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(RECENT_WORDS).fill(undefined);
const recentTests: (RegExp | null)[] = new Array<RegExp | null>(RECENT_WORDS).fill(null);
let nextRecent = 0;

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const FIRST_WORDS = new Map<string, RegExp>();
const EVERY_TEXT = /(?:)/;
const FIRST_WORD_TESTS = 64;

/** The most calls a reference is compared with one by one (CallNames). */
export const SCAN_CALLS = 32;

/** Whether `prefix` (not empty) is `key` or its words up to a space of it after the first character. */
function beginsWords(key: string, prefix: string): boolean {
  return key === prefix || (key.length > prefix.length && key.charCodeAt(prefix.length) === 0x20 && key.startsWith(prefix));
}

/** A Cyrillic look-alike letter label, an inserted item's suffix after it or not (`с)`, `аbis)`). */
const LOOK_ALIKE_LETTER = new RegExp(`^[асеорху](?:${SUFFIXES.join('|')})?\\)`);
/**
 * A label as references and items are compared: full-width forms as ASCII, no space before the
 * parenthesis, a Cyrillic look-alike as its Latin letter, the forms of alef and of hā' as the list writes them.
 */
export function labelKey(label: string): string {
  // Printable ASCII (`b)`, `1.2`, `abis)`) is its own key: none of the foldings below touches it.
  if (isPrintableAscii(label)) return label;
  // A directional mark beside an Arabic label's letter or parenthesis (`ج\u200F)`, Word's right-to-left text) is read as
  // nothing (lang/fold.ts): keyed with it, the item named no reference `ج)` (review 14, rev-lang).
  let key = withoutMarks(foldLabelForms(label)).replace(/[ \u00A0]/g, '');
  // `аbis)` typed with the look-alike is `abis)` (the Russian Constitution in force writes 3A `abis)` in Latin).
  if (LOOK_ALIKE_LETTER.test(key)) key = LATIN_FOR[key[0]] + key.slice(1);
  // A number between curly quotes (`‘2’`, `’2‘`: QUOTED_SUB) is keyed with ASCII apostrophes, as `'2'` is.
  if (key.charCodeAt(0) === 0x2018 || key.charCodeAt(0) === 0x2019) key = key.replace(/[\u2018\u2019]/g, "'");
  return key.replace(/^[اإ](?=\))/, 'أ').replace(/^ه(?=\))/, 'هـ');
}

/** A label whose inserted item's suffix stands after the parenthesis (`b)bis`, `1)bis`, `ب)bis` once keyed). */
const SUFFIX_AFTER_PAREN = new RegExp(`^(.+)\\)(${SUFFIXES.join('|')})$`);

/**
 * A label as a reference and the item it names are matched: labelKey, and an inserted item keyed in one form whichever
 * it is written in, the suffix before the parenthesis (`b)bis` as `bbis)`, `1)bis` as `1bis)`). Resolution 1 writes
 * `b)bis`, a fix and the texts in force `bbis)` (FORMAT.md §4, docs/format-decisions.md): a reference in one form to an
 * item in the other named no item (reference.unresolved: "noting has a), b), b)bis, c)").
 */
export function referenceKey(label: string): string {
  const key = labelKey(label);
  // Most keys end with their parenthesis or hold none (`b)`, `1.2`): no suffix after one.
  if (key.charCodeAt(key.length - 1) === 0x29 || !key.includes(')')) return key;
  const m = SUFFIX_AFTER_PAREN.exec(key);
  return m ? `${m[1]}${m[2]})` : key;
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** The cross-references of a paragraph's text, in any of the six languages (`plainLine`: isPlainLine, when known). */
export function referenceMatches(text: string, plainLine?: boolean): RefMatch[] {
  return readReferences(text, plainLine, undefined)!;
}

/**
 * The cross-references of a paragraph's text that a Resolution may keep, whose calls' first words `named` looks for
 * (firstWordsTest): referenceMatches, but a plain line that holds none of them is not read for readings without a
 * direction word (none there names a call: all would be dropped). Then it is read for those with one: none, [] (the
 * line holds no reference that is kept); some, null (a reading without one may stand before or in one with one, and
 * decide which is read: ask referenceMatches). Otherwise (`named` finds a word, or the line is no plain line, or holds
 * no hint of a reading without a direction word), what referenceMatches gives, and `full` is true.
 */
export function referencesNamedBy(text: string, plainLine: boolean | undefined, named: RegExp | null | LazyTest): { refs: RefMatch[] | null; full: boolean } {
  const read = { full: true };
  const refs = readReferences(text, plainLine, named, read);
  return { refs, full: read.full };
}

/**
 * A test made when first asked (referencesNamedBy): a Resolution's firstWordsTest, which only a plain line that may hold
 * a reading without a direction word asks (structure.ts makes it for the first such line, not for every Resolution).
 */
export interface LazyTest {
  get(): RegExp | null;
}

function readReferences(text: string, plainLine: boolean | undefined, named: RegExp | null | LazyTest | undefined, read?: { full: boolean }): RefMatch[] | null {
  const scripts = lineScripts(text, plainLine);
  // A plain line in which no Latin language's direction word (call phrase) is found is read in none of them with (without) one.
  const plain = (scripts & PLAIN) !== 0;
  const noLatin = plain && !PLAIN_LATIN_DIRECTION.test(text);
  // Every reading without a direction word holds what PLAIN_BARE_HINT looks for: a line without it is read for none.
  let bare = !plain || PLAIN_BARE_HINT.test(text);
  // Nor a plain line without a word `named` looks for, when asked for the readings a Resolution keeps (referencesNamedBy).
  const unnamed = bare && plain && named !== undefined && !mayNameCall(named === null || named instanceof RegExp ? named : named.get(), text);
  if (unnamed) bare = false;
  const labelHint = !plain || (bare && PLAIN_LABEL_HINT.test(text));
  const noLettered = plain && (!labelHint || !PLAIN_LETTERED.test(text));
  const noLabelOf = plain && (!labelHint || !PLAIN_LATIN_LABEL_OF.test(text));
  // bareAfterOf reads numbers: a line without a digit holds none of its references.
  const noOfCall = plain && (!bare || !DIGIT.test(text) || !PLAIN_LATIN_NUMBERED.test(text));
  let languages: Reading[] | undefined;
  for (const p of plain ? PLAIN_PATTERNS : PATTERNS) {
    if ((scripts & p.scripts) === 0) continue;
    const latin = p.scripts === LATIN;
    const directed = !(noLatin && latin) && p.direction.test(text);
    const lettered = !unnamed && !noLettered && p.lettered?.test(text) === true;
    const ofCall = !unnamed && !(noOfCall && latin) && p.ofCall?.test(text) === true;
    const labelOfCall = !unnamed && !(noLabelOf && latin) && p.labelOfCall?.test(text) === true;
    // Chinese `第…段` after a call without a direction word (no plain line holds one: plain lines are not read for Chinese).
    const paragraph = p.bareParagraph !== undefined && text.includes('段');
    if (directed || lettered || ofCall || labelOfCall || paragraph) (languages ??= []).push({ p, directed, lettered, ofCall, labelOfCall, paragraph });
  }
  if (unnamed) {
    read!.full = false;
    return languages && matchesIn(text, languages, plain).length > 0 ? null : NO_REFS;
  }
  const refs = languages ? matchesIn(text, languages, plain) : NO_REFS;
  return refs.length === 0 ? NO_REFS : refs;
}

/**
 * The references of a text that holds none: one array for all (most paragraphs hold none, and each kept an empty
 * array of its own for the whole parse: 3,129 in a parse of 1 MB). Frozen: a caller that adds to it fails loudly.
 */
const NO_REFS: RefMatch[] = Object.freeze([]) as unknown as RefMatch[];

const DIGIT = /\d/;

/**
 * A language a text is read in: with its direction words (`directed`); without them, the call right before lettered
 * items (`lettered`), numbers after an `of` word and a numbering call (`ofCall`), labels before an `of` word and a
 * call (`labelOfCall`). Each flag is the language's quick test on the line (LanguagePatterns), asked before its patterns.
 */
interface Reading {
  p: LanguagePatterns;
  directed: boolean;
  lettered: boolean;
  ofCall: boolean;
  labelOfCall: boolean;
  paragraph: boolean;
}


/**
 * Every match of a global pattern, as matchAll gives them, read with the pattern itself: matchAll
 * copies the pattern first (a new RegExp each call, for patterns of a few thousand characters).
 */
function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one code point, as matchAll does.
    if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return out;
}

/** The references of a text in the languages whose direction words (or call phrases) it may hold. */
function matchesIn(text: string, languages: Reading[], plain: boolean): RefMatch[] {
  const found: Found = { text, plain, out: [], starts: [], ends: [] };
  for (let i = 0; i < languages.length; i++) {
    const { p, directed, lettered, ofCall, labelOfCall, paragraph } = languages[i];
    if (directed) {
      const labelThenDirection = p.labelThenDirection?.test(text) === true;
      if (p.phraseFirst && labelThenDirection) readAll(found, p, p.phraseFirst, PHRASE_FIRST);
      if (p.labelsFirst && p.labelsFirstTail!.test(text)) readAll(found, p, p.labelsFirst, LABELS_FIRST);
      if (p.directionFirstParagraph) readAll(found, p, p.directionFirstParagraph, DIRECTION_FIRST);
      if (p.directionFirst) readAll(found, p, p.directionFirst, DIRECTION_FIRST);
      if (p.section && labelThenDirection) readAll(found, p, p.section, SECTION);
      if (p.decimal && labelThenDirection) readAll(found, p, p.decimal, DECIMAL);
    }
    // After the readings with a direction word: a bare reading inside one of them is no other reference.
    if (p.bareLettered && lettered) readAll(found, p, p.bareLettered, BARE_LETTERED);
    // bareAfterOf matches from the `of` word: the reference is its group 1 (the call and its labels).
    if (p.bareAfterOf && ofCall) readAll(found, p, p.bareAfterOf, BARE_AFTER_OF);
    if (p.bareLabelsFirst && labelOfCall) readAll(found, p, p.bareLabelsFirst, BARE_LABELS_FIRST);
    if (paragraph) readAll(found, p, p.bareParagraph!, BARE_PARAGRAPH);
  }
  const out = found.out;
  return out.length > 1 ? out.sort((a, b) => a.index - b.index) : out;
}

/**
 * The readings of a text so far (matchesIn): the references, and the spans they cover, disjoint, sorted by start
 * (`starts`, `ends`). One object per text read, no closure: the functions that read it are the module's.
 */
interface Found {
  text: string;
  /** The text is a plain line (PLAIN). */
  plain: boolean;
  out: RefMatch[];
  starts: number[];
  ends: number[];
}

// The kinds of reading of matchesIn, each with the groups of its pattern: the labels (LIST), the direction word
// (DIRECTION, none: 0), the call (CALL: the further word after it, the addressee after that; none: 0), and whether
// the reference is the match or its group 1 (WHOLE); a reading without a direction word is BARE.
const PHRASE_FIRST = 0;
const LABELS_FIRST = 1;
const DIRECTION_FIRST = 2;
const SECTION = 3;
const DECIMAL = 4;
const BARE_LETTERED = 5;
const BARE_AFTER_OF = 6;
const BARE_LABELS_FIRST = 7;
const BARE_PARAGRAPH = 8;
const LIST = [4, 1, 5, 1, 1, 4, 5, -1, 4];
const DIRECTION = [5, 5, 1, 2, 2, 0, 0, 0, 0];
const CALL = [1, 2, 2, 0, 0, 1, 2, 3, 1];

/** Every match of a pattern of a kind of reading (matchesIn), each added to what was found unless it overlaps a reading found before. */
function readAll(found: Found, p: LanguagePatterns, pattern: RegExp, kind: number): void {
  const text = found.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    add(found, p, m, kind);
    // An empty match moves on by one code point, as matchAll does.
    if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
}

/** A reading: the match, what it names (its kind's groups), added unless it overlaps one found before. */
function add(found: Found, p: LanguagePatterns, m: RegExpExecArray, kind: number): void {
  // The reference is the match, or its group 1.
  const whole = kind === BARE_AFTER_OF;
  let index = whole ? m.indices![1]![0] : m.index;
  const end = whole ? m.indices![1]![1] : index + m[0].length;
  // A sub-item named before its one item (`le sous-alinéa iii) de l'alinéa b) du considérant ci-dessus`): its labels are
  // targets within that item, and the reference starts at them. Before, the sub-item was left out: never checked, not
  // renumbered with its item (the French, Spanish, Russian and Arabic order; review 15 read `b) iii)` alone).
  const subs = p.subItemsBefore && (kind === LABELS_FIRST || kind === BARE_LABELS_FIRST) ? subItemsBefore(found.text, p.subItemsBefore, m, kind) : undefined;
  if (subs) index = subs[0].index;
  // The spans are disjoint and sorted by start: the one starting last before `end` is the only one that can overlap.
  const { starts, ends } = found;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && ends[lo - 1] > index) return;
  const text = found.text;
  // A reading without a direction word in a clause that names another text is that text's (`resolves 1 to 11 of Resolution 25`).
  if (kind >= BARE_LETTERED && (namesAnotherText(text, index, end, found.plain) || (p.lang === 'zh' && zhNamesAnotherText(text, index)))) return;
  // Most readings come after every one before them: appended.
  if (lo === starts.length) {
    starts.push(index);
    ends.push(end);
  } else {
    starts.splice(lo, 0, index);
    ends.splice(lo, 0, end);
  }
  const listGroup = kind === BARE_LABELS_FIRST ? (m[1] !== undefined ? 1 : 2) : LIST[kind];
  const list = m[listGroup];
  const listAt = m.indices ? m.indices[listGroup]![0] : index + m[0].lastIndexOf(list);
  const targets: RefMatch['targets'] = [];
  if (subs) for (const t of subs) targets.push(t);
  const zh = p.lang === 'zh';
  const one = zh ? ONE_LABEL_ZH : ONE_LABEL;
  one.lastIndex = 0;
  let after = -1;
  let item: string | undefined;
  // The last sub-item named (`i)` of `a) i)`) and its item: a roman label after it that counts on from it (`a) i) and
  // iii)`, `b) ii)–iv)`) is a sub-item of the same item; a letter (`c) ii) and e)`) is an item again.
  let lastSub: { within: string; ordinal: number } | undefined;
  for (let t = one.exec(list); t; t = one.exec(list)) {
    // A label after the one before with white space alone between is a sub-item of it (SUB): named within that item; in
    // Chinese, a lettered or roman one after the item's measure word and `第` too (ZH_SUB: `b)项第iv)款`, `第1段第ii)项`).
    const gap = after >= 0 && t.index >= after ? list.slice(after, t.index) : undefined;
    const sub = item !== undefined && gap !== undefined && (zh ? ZH_SUB_GAP.test(gap) && /[)）]$/.test(t[0]) : /^\s*$/.test(gap));
    after = t.index + t[0].length;
    // A roman sub-item's ordinal, or a numbered one's (NUMBERED_SUB, Arabic: `٢)` counts 2).
    // (A Chinese label may be written in full-width letters, `ｉｖ）`: read as its ASCII form, which keeps its length.)
    const roman = ROMAN_OR_NUMBERED_SUB.exec(zh ? foldLabelForms(t[0]) : t[0]);
    const ordinal = roman && (roman[1] !== undefined ? romanOrdinal(roman[1]) : parseInt(foldLabelForms(roman[2] ?? roman[3]), 10));
    if (sub) {
      lastSub = !ROMAN_LABEL.test(zh ? foldLabelForms(item!) : item!) && ordinal ? { within: item!, ordinal } : undefined;
      targets.push({ index: listAt + t.index, label: t[0], within: item });
      item = undefined;
    } else if (lastSub && ordinal && ordinal > lastSub.ordinal) {
      lastSub.ordinal = ordinal;
      targets.push({ index: listAt + t.index, label: t[0], within: lastSub.within });
    } else {
      targets.push({ index: listAt + t.index, label: t[0] });
      item = t[0];
      lastSub = undefined;
    }
  }
  // Its fields in the order they always had: the direction word's, then the call's (phrase, addressee, phraseAt) or section.
  const ref: RefMatch = { index, length: end - index, targets };
  const direction = DIRECTION[kind];
  if (direction !== 0) ref.direction = p.above.test(m[direction].trim()) ? 'above' : 'below';
  const call = CALL[kind];
  if (call !== 0) {
    const further = m[call + 1];
    const addressee = m[call + 2];
    const indices = m.indices!;
    const start = indices[call]![0];
    const last = addressee ? indices[call + 2]![1] : further ? indices[call + 1]![1] : indices[call]![1];
    ref.phrase = further ? `${fold(m[call])} ${fold(further)}` : fold(m[call]);
    if (addressee) ref.addressee = addressee.replace(WHITE_SPACE, ' ');
    ref.phraseAt = { index: start, length: last - start };
  } else if (kind === SECTION) ref.section = true;
  found.out.push(ref);
}

/** How far before a reference a sub-item named before its item is looked for (`les sous-alinéas i), ii) et iii) de l'alinéa `). */
const SUB_REACH = 160;
/** A list of one label (the item a sub-item named before it is under). */
const SINGLE_LABEL = new RegExp(`^${LABEL}$`, 'u');

/**
 * The targets of the sub-items a reference that names its labels first (LABELS_FIRST, BARE_LABELS_FIRST) names before its
 * one item (LanguagePatterns.subItemsBefore), each within that item, in the text's order; undefined when none is named.
 * Asked only of a reading found: the text before it, at most SUB_REACH characters, is read once.
 */
function subItemsBefore(text: string, pattern: RegExp, m: RegExpExecArray, kind: number): RefMatch['targets'] | undefined {
  const listGroup = kind === BARE_LABELS_FIRST ? (m[1] !== undefined ? 1 : 2) : LIST[kind];
  const item = m[listGroup];
  if (!SINGLE_LABEL.test(item)) return undefined;
  const at = m.indices![listGroup]![0];
  const from = Math.max(0, at - SUB_REACH);
  const s = pattern.exec(text.slice(from, at));
  if (!s) return undefined;
  const listAt = from + s.index;
  const out: RefMatch['targets'] = [];
  SUB_LABEL.lastIndex = 0;
  for (let t = SUB_LABEL.exec(s[1]); t; t = SUB_LABEL.exec(s[1])) out.push({ index: listAt + t.index, label: t[0], within: item });
  return out.length ? out : undefined;
}

/** One sub-item label of subItemsBefore's list: a roman numeral, a letter, an Arabic number (NUMBERED_SUB). */
const SUB_LABEL = new RegExp(`(?:[ivxl]{1,6}|[a-z]|[${DIGITS}]{1,2})[)）]|${QUOTED_SUB}`, 'giu');

const WHITE_SPACE = /\s+/g;

/** A call as its phrase is kept: white space as one space, lower case. */
function fold(s: string): string {
  return singleSpaced(s) ? s.toLowerCase() : s.replace(WHITE_SPACE, ' ').toLowerCase();
}

/**
 * Whether a text has no white space (as `\s` matches it) but single spaces between other characters: then
 * `replace(/\s+/g, ' ')` leaves it as it is. The characters `\s` matches beyond U+0020 are tested one by one (isWhitespace).
 */
function singleSpaced(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i > 0 && s.charCodeAt(i - 1) === 0x20) return false;
    } else if (c < 0x20 || isWhitespace(c)) return false;
  }
  return true;
}


/**
 * A text named by its kind and number (`Resolution 73`, `Résolutions 25`, `Recommendation ITU-T A.1`, `Резолюции 25`,
 * `القرار 73`), in any language: the kinds' words of the number lines (a Cyrillic one as its stem, for its cases).
 */
const ANOTHER_TEXT_BODY = `(?:${words([...new Set(LANGUAGES.flatMap((l) => TABLES[l].numberKinds.map((k) => (/[\u0400-\u04FF]$/.test(k) ? k.slice(0, -1) : k))))])})\\p{L}*\\s+(?:[${DIGITS}]|ITU|UIT|МСЭ|\\[)`;
export const ANOTHER_TEXT = new RegExp(`${START}${ANOTHER_TEXT_BODY}`, 'iu');
/**
 * ANOTHER_TEXT wherever it stands, whatever is before it: a text it does not find holds no clause that ANOTHER_TEXT or
 * ANOTHER_TEXT_PLAIN finds another text in (what either finds in a part of the text, this finds in the whole).
 */
const ANOTHER_TEXT_ANYWHERE = new RegExp(ANOTHER_TEXT_BODY, 'iu');
/**
 * ANOTHER_TEXT as it reads plain text (a part of a plain line): PLAIN_LETTER_OR_DIGIT and PLAIN_LETTER for \p{L}\p{N}
 * and \p{L}, which read every character of such text alike (test/unit/reference-prefilter.test.ts); the Unicode
 * classes were most of the time the test took.
 */
export const ANOTHER_TEXT_PLAIN = new RegExp(ANOTHER_TEXT.source.split('\\p{L}\\p{N}').join(PLAIN_LETTER_OR_DIGIT).split('\\p{L}').join(`[${PLAIN_LETTER}]`), ANOTHER_TEXT.flags);
/** How far a reference's clause is read for the name of another text, each side (a clause ends at `;`). */
const CLAUSE_REACH = 240;

/**
 * Whether the clause a reference without a direction word stands in names another text (before it: `Resolution
 * 73 (Rev. Dubai, 2018) … and, in particular, recognizing g) thereof`; after it: `resolves 1 to 11 of Resolution 25`):
 * the labels are then that text's, not this one's (review 5, F13: the real PP-18 Final Acts have both).
 */
export function namesAnotherText(text: string, start: number, end: number, plain: boolean): boolean {
  // A text that names none anywhere, asked once for all its references: each reference's clause read with the whole
  // pattern cost some 20 µs, and a Chinese line repeating `考虑到b)` is a reference every six characters (410 ms for 100 KB).
  if (!namesAnyOtherText(text)) return false;
  // The reach first, then the `;` within it: a search for `;` over the whole text was a scan of a long line per reference.
  const before = text.slice(Math.max(0, start - CLAUSE_REACH), start);
  const after = text.slice(end, end + CLAUSE_REACH);
  const semi = after.indexOf(';');
  const another = plain ? ANOTHER_TEXT_PLAIN : ANOTHER_TEXT;
  return another.test(before.slice(before.lastIndexOf(';') + 1)) || another.test(semi < 0 ? after : after.slice(0, semi));
}

/** Another text as Chinese names it: `第25号决议`, `第2号决定`, `第1号意见`, `ITU-T E.164建议书` (not `本建议书`, this Recommendation). */
const ZH_OTHER_TEXT = /号(?:决议|决定|意见|建议)|(?<!本)建议书/u;
/** ZH_OTHER_TEXT whatever stands before it (as ANOTHER_TEXT_ANYWHERE is ANOTHER_TEXT). */
const ZH_OTHER_TEXT_ANYWHERE = /号(?:决议|决定|意见|建议)|建议书/u;
/** The text namesAnyOtherText was asked of last, and its answer. */
let anotherAsked: string | undefined;
let anotherAnywhere = false;

/** Whether a text names another text anywhere (in any language), asked once a text: its references ask in turn. */
function namesAnyOtherText(text: string): boolean {
  if (text !== anotherAsked) {
    anotherAsked = text;
    anotherAnywhere = ANOTHER_TEXT_ANYWHERE.test(text) || ZH_OTHER_TEXT_ANYWHERE.test(text);
  }
  return anotherAnywhere;
}

/**
 * Whether the clause of a Chinese reading without a direction word names another text before it (`根据第25号决议做出决议第1至11段`:
 * Chinese names the text first, where the other languages write `resolves 1 to 11 of Resolution 25`), which ANOTHER_TEXT,
 * whose number follows the kind after a space, does not read.
 */
function zhNamesAnotherText(text: string, start: number): boolean {
  if (!namesAnyOtherText(text)) return false;
  const before = text.slice(Math.max(0, start - CLAUSE_REACH), start);
  return ZH_OTHER_TEXT.test(before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf('。'), before.lastIndexOf(';')) + 1));
}

// ---------------------------------------------------------------- clause references
// A Recommendation names its own clauses by a word and their numbers (`see clause 2.3.3.10 below`,
// `voir le § 2.3`, `véase la cláusula 2.3.3.10`, `см. пункт 2.3.3.10 ниже`, `انظر الفقرة 2.3.3.10 أدناه`,
// `见下文第2.3.3.10段`), with or without a direction; the word tells it from any other number. A clause of
// another text (`clause 4.5 of [ITU-T Q.931]`, `Recommendation ITU-T A.2, clause 3`, `ITU-T Q.931建议书第4.5节`)
// is none of these. Read only where clause numbers are the text's labels (checks/references.ts).

/** A reference to clauses of the same text, offsets into its paragraph's text. */
export interface ClauseMatch {
  index: number;
  length: number;
  targets: { index: number; label: string }[];
  direction?: 'above' | 'below';
}

/** A clause number: `2.3.3.10`, `8`, `1.4bis`, an annex's or appendix's `A.2.1`, `I.3`. */
// Not followed by a letter of a script that writes spaces, so Chinese `第2.3段` ends at `段`.
const CLAUSE_NUMBER = '(?:(?:[A-Z]|[IVX]{1,4})\\.)?\\d+[a-z]*(?:\\.\\d+[a-z]*)*(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}\\p{N}]|\\.\\d)';
const ONE_CLAUSE_NUMBER = new RegExp(CLAUSE_NUMBER, 'gu');

interface ClausePatterns {
  reference: RegExp;
  /** What after the numbers names another text (`of [ITU-T Q.931]`, `de la Recommandation UIT-T A.2`, `of Annex 2`). */
  otherAfter: RegExp;
  above: RegExp;
}

function clausePatterns(lang: Exclude<Lang, 'zh'>): ClausePatterns {
  const ref = REFERENCE_WORDS[lang];
  const { clause, of, this: own } = CLAUSE_WORDS[lang];
  const signs = clause.filter((w) => w.startsWith('§'));
  const named = clause.filter((w) => !w.startsWith('§'));
  const opener = `(?:${START}(?:${words(named)})\\s+|(?:${words(signs)})\\s*)`;
  const list = `${CLAUSE_NUMBER}(?:\\s*(?:${separatorsOf(lang).join('|')})\\s*${CLAUSE_NUMBER}){0,${MAX_LIST}}`;
  const direction = ref.above.length ? `(?:\\s*,?\\s*(${words([...ref.above, ...ref.below])})${END})?` : '()';
  const ofWord = of.length ? `(?:(?:${words(of)})\\s+)?` : '';
  // Arabic has no capitals: any word but `this` after an `of` word (`من التوصية`, not `من هذه التوصية`).
  const arabic = lang === 'ar' ? `|(?:${words(of)})\\s+(?!(?:${words(own)})${END})\\p{Script=Arabic}` : '';
  return {
    reference: new RegExp(`${opener}(${list})${direction}`, 'giu'),
    // A capital, a bracket or quote, or (Arabic, which has no capitals) any word but `this`, after an `of` word.
    otherAfter: new RegExp(`^\\s*,?\\s*(?:${ofWord}(?!(?:${words(own)})${END})(?:(?:the|la|le|el|los|las|les|l')\\s+)?(?:\\p{Lu}|[\\[«"“])${arabic})`, 'u'),
    above: new RegExp(`^(?:${words(ref.above)})$`, 'iu'),
  };
}

/**
 * The direction word a reference writes, as written (`ci-dessus`, `anteriores`, `a continuación`, `выше`, `أعلاه`, `上文`):
 * at its end, or (Chinese) at its start, `before` then; undefined when it holds none. RefMatch.direction says `above` or
 * `below` in every language: a message quotes the reference in the document's words (checks/references.ts).
 */
export function writtenDirection(reference: string): { word: string; before: boolean } | undefined {
  DIRECTION_WORDS ??= [
    new RegExp(`${START}(?:${words(LANGUAGES.flatMap((l) => [...REFERENCE_WORDS[l].above, ...REFERENCE_WORDS[l].below]))})$`, 'iu'),
    new RegExp(`^(?:${words(LANGUAGES.flatMap((l) => [...(REFERENCE_WORDS[l].aboveBefore ?? []), ...(REFERENCE_WORDS[l].belowBefore ?? [])]))})`, 'u'),
  ];
  const text = reference.trim();
  const end = DIRECTION_WORDS[0].exec(text);
  if (end) return { word: end[0], before: false };
  const start = DIRECTION_WORDS[1].exec(text);
  return start ? { word: start[0], before: true } : undefined;
}

/** writtenDirection's patterns, made when a message first asks (most checks report no reference). */
let DIRECTION_WORDS: [RegExp, RegExp] | undefined;

/** The separators between labels of one reference (`b), c) and d)`, `1 to 3`, `1–3`) in a language. */
function separatorsOf(lang: Lang): string[] {
  const ref = REFERENCE_WORDS[lang];
  return ['[,،、，]', RANGE_DASH, ...(ref.and.length ? [`(?:[,،]\\s*)?(?:${words(ref.and)})${lang === 'ar' ? '' : edge(lang, END)}`] : []), ...(ref.to.length ? [`(?:${words(ref.to)})${edge(lang, END)}`] : [])];
}

const CLAUSE_PATTERNS = (['en', 'fr', 'es', 'ru', 'ar'] as const).map(clausePatterns);
/** Chinese: `第2.3.3.10段` (节, 款, 条), numbers joined by 、 和 至. */
const ZH_CLAUSE = new RegExp(`第\\s*(${CLAUSE_NUMBER}(?:\\s*(?:${separatorsOf('zh').join('|')})\\s*(?:第\\s*)?${CLAUSE_NUMBER}){0,${MAX_LIST}})\\s*(?:小节|段|节|款|条)`, 'gu');
/** A text named just before the clause word: `[ITU-T Q.931], clause 4.5`, `Recommendation ITU-T A.2, clause 3`, `ITU-T Q.931建议书第4.5节`. */
const OTHER_BEFORE = new RegExp(String.raw`(?:[\]】》]|${ITU_PREFIX}[TRТР]\s+[A-Z]{1,3}\.\d+(?:\.\d+)*(?:\s*\([^)]*\))?|(?<!本)建议书)\s*[,，]?\s*$`, 'u');
/** Whether a text may hold a clause reference: a clause word of some language, or `第` before a digit. */
const CLAUSE_TEST = new RegExp(`${words(Object.values(CLAUSE_WORDS).flatMap((w) => w.clause))}|第\\s*\\d`, 'iu');

/** The references of a paragraph's text to clauses of the same text, in any of the six languages. */
export function clauseReferenceMatches(text: string): ClauseMatch[] {
  if (!CLAUSE_TEST.test(text)) return [];
  // Every language's reading; `§` opens a reference in several: the longest reading at a place is taken,
  // and none where one of them reads a clause of another text (`§ 2.3 de la Recommandation UIT-T A.2`).
  const found: (ClauseMatch & { other: boolean })[] = [];
  const read = (m: RegExpExecArray, direction: string | undefined, above: RegExp | undefined, otherAfter: RegExp | undefined) => {
    const end = m.index + m[0].length;
    const other = OTHER_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || (otherAfter?.test(text.slice(end, end + 80)) ?? false);
    const list = m[1];
    const listAt = m.index + m[0].indexOf(list);
    const targets = execAll(ONE_CLAUSE_NUMBER, list).map((t) => ({ index: listAt + t.index, label: t[0] }));
    found.push({ index: m.index, length: m[0].length, targets, other, ...(direction ? { direction: above!.test(direction) ? 'above' : 'below' } : {}) });
  };
  for (const p of CLAUSE_PATTERNS) for (const m of execAll(p.reference, text)) read(m, m[2], p.above, p.otherAfter);
  for (const m of execAll(ZH_CLAUSE, text)) read(m, undefined, undefined, undefined);
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  // The readings of another text's clauses, by start, with the furthest end reached so far: a reading overlaps
  // one of them when the furthest end of those starting before its own end passes its start (no scan per reading).
  const others = found.filter((o) => o.other);
  const reach: number[] = [];
  for (const o of others) reach.push(Math.max(reach[reach.length - 1] ?? 0, o.index + o.length));
  const overlapsOther = (m: ClauseMatch): boolean => {
    let lo = 0;
    let hi = others.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (others[mid].index < m.index + m.length) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > m.index;
  };
  const out: ClauseMatch[] = [];
  // The readings kept do not overlap and come in order: a reading overlaps one of them only if it starts before the last one's end.
  let keptEnd = 0;
  for (const m of found) {
    if (m.other || m.index < keptEnd || overlapsOther(m)) continue;
    const { other: _other, ...match } = m;
    out.push(match);
    keptEnd = m.index + m.length;
  }
  return out;
}
