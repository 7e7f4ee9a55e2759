// The matchers structure.ts uses, built once from the tables of all six languages: a document may
// mix them (an English cover over a French Resolution), and their words do not collide.
import type { CallKind } from '../types';
import { foldHyphens, hasArabic, HYPHEN, KEY_HYPHEN_CHARS, RADIO_HINT } from './charClasses';
import { arabicPattern, foldArabic, openingVariants, trimMarks } from './fold';
import { isWhitespace } from '../compare/fold';
import { LANGUAGES, PLACES, TABLES, type Lang } from './tables';

/**
 * A phrase as a pattern: any run of white space (NBSP included) between its words, each Arabic letter reading
 * its spelling variants and the marks typed after it (lang/fold.ts).
 */
const words = (s: string) => s.split(' ').map(arabicPattern).join('[\\s\\u00A0]+');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(words).join('|');
/**
 * `words` for a pattern read only against folded text (foldArabic): the phrase folded and taken literally. On a
 * folded text it matches what `words` matches (no mark and no folded-away letter is left for its classes to read),
 * and the engine reads literal alternatives much faster than per-letter classes (CALL: a fifth of a call test).
 */
const foldedWords = (s: string) => foldArabic(s).split(' ').map(escape).join('[\\s\\u00A0]+');
const foldedAlternatives = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(foldedWords).join('|');

const ARABIC_MARKS_ONE = /^[\u064B-\u0652\u0670\u0640]$/;
/**
 * Folds what varies between typists and is no part of a word's identity: Arabic short vowels, tanwin, shadda
 * and tatweel, the hamza forms of alef, taa marbuta and alef maqsura (lang/fold.ts, one folding for every
 * Arabic keyword). Other scripts are left as they are.
 */
export const normalizeWords = foldArabic;

// ---------------------------------------------------------------- number line

export interface NumberLineMatch {
  draftNew: boolean;
  number: string;
  /** The parenthesis' content as written (`Rev. Dubai, 2012`, `2016年，哈马马特，修订版`); empty when there is none (ITU-R). */
  revision: string;
  /**
   * An ITU-R Resolution's edition: the number after the hyphen (`RESOLUTION ITU-R 1-6` → 6; a first edition,
   * `RESOLUTION ITU-R 71`, 0). Its `number` is then the Sector and the number (`ITU-R 1`, `UIT-R 12`). Undefined
   * for the other number lines, whose edition is the meeting in their parenthesis.
   */
  edition?: number;
}

const NUMBER = String.raw`(\d+[A-Za-z]*(?:-\d+)?|\[[^\]]*\])`;
const FOOTNOTES = String.raw`\s*(?:\[\^[^\]]+\]\s*)*$`;
const LATIN_LIKE = LANGUAGES.filter((l) => l !== 'zh');
const NUMBER_LINES: RegExp[] = [
  ...LATIN_LIKE.map((l) => {
    const t = TABLES[l];
    const draft = t.draftNew.map(words).join('|');
    // Arabic: `مشروع قرار جديد [ACP-1]` (draft new Resolution), the adjective after the noun.
    const after = l === 'ar' ? String.raw`(?:[\s\u00A0]+(?:ال)?جديد[ةه]?)?` : '';
    return new RegExp(String.raw`^((?:${draft})[\s\u00A0]+)?(?:${alternatives(t.numberKinds)})${after}[\s\u00A0]+${NUMBER}[\s\u00A0]*\((.+)\)${FOOTNOTES}`, 'iu');
  }),
  // Chinese: `第52号决议（2016年，哈马马特，修订版）`, `第[AFCP-1]号新决议草案（2016年，哈马马特）`.
  new RegExp(String.raw`^(?:ITU-[RTD][\s\u00A0]*)?第[\s\u00A0]*${NUMBER}[\s\u00A0]*号[\s\u00A0]*(新)?(?:${alternatives(TABLES.zh.numberKinds)})(草案)?[\s\u00A0]*[（(](.+)[）)]${FOOTNOTES}`, 'u'),
];
// Chinese draft new text with its placeholder after the words (`新决议草案[AFCP-1]（2016年，哈马马特）`).
const ZH_DRAFT_NEW = new RegExp(String.raw`^新(?:${alternatives(TABLES.zh.numberKinds)})草案[\s\u00A0]*${NUMBER}[\s\u00A0]*[（(](.+)[）)]${FOOTNOTES}`, 'u');

// ITU-R Resolutions: `RESOLUTION ITU-R 1-6`, `RÉSOLUTION UIT-R 12-1`, `RESOLUCIÓN UIT-R 12-1`, `РЕЗОЛЮЦИЯ МСЭ-R 1-6`,
// `القرار ITU-R 1-6`, `ITU-R 1-6号决议` (also `ITU-R 第 34-2 号决议`): no meeting in parentheses (the history line
// under the title lists the years, `(1993-2000)`), the edition after a hyphen (`-6`), none for a first edition.
const SECTOR = [...new Set(LANGUAGES.flatMap((l) => TABLES[l].radioSector))].map((s) => escape(s).replace('-', HYPHEN)).join('|');
const RADIO_NUMBER = String.raw`(\d+|\[[^\]]*\])(?:${HYPHEN}(\d+))?`;
/** An optional parenthesis after the number (`Resolution ITU-R 7-3 (Rev. Geneva, 2015)`, as ITU cites one). */
const RADIO_TAIL = String.raw`(?:[\s\u00A0]*[（(]([^()（）]*)[）)])?${FOOTNOTES}`;
const RADIO_LINES: RegExp[] = LATIN_LIKE.map((l) => {
  const t = TABLES[l];
  const draft = t.draftNew.map(words).join('|');
  const after = l === 'ar' ? String.raw`(?:[\s\u00A0]+(?:ال)?جديد[ةه]?)?` : '';
  return new RegExp(String.raw`^((?:${draft})[\s\u00A0]+)?(?:${alternatives(t.numberKinds)})${after}[\s\u00A0]+(${SECTOR})[\s\u00A0]+${RADIO_NUMBER}${RADIO_TAIL}`, 'iu');
});
const ZH_RADIO = new RegExp(String.raw`^(${SECTOR})[\s\u00A0]*(?:第[\s\u00A0]*)?${RADIO_NUMBER}[\s\u00A0]*号[\s\u00A0]*(新)?(?:${alternatives(TABLES.zh.numberKinds)})(草案)?${RADIO_TAIL}`, 'iu');

/** An ITU-R Resolution's number line (see RADIO_LINES). */
function radioNumberLine(t: string): NumberLineMatch | undefined {
  // It ends with the number (a digit), a placeholder's `]`, a parenthesis or a footnote's `]`, or the Chinese
  // kind (`决议`, `草案`): most paragraphs (ending `.`, `;`, `,`, a letter) are passed over by a char code.
  const last = t.charCodeAt(t.length - 1);
  if (!((last >= 0x30 && last <= 0x39) || last === 0x5d || last === 0x29 || last === 0xff09 || (last >= 0x3400 && last <= 0x9fff))) return undefined;
  if (t.length > 200 || !RADIO_HINT.test(t)) return undefined;
  const read = (sector: string, number: string, edition: string | undefined, revision: string | undefined, draftNew: boolean): NumberLineMatch =>
    ({ draftNew, number: `${foldHyphens(sector)} ${number}`, revision: revision?.trim() ?? '', edition: edition === undefined ? 0 : Number(edition) });
  for (const re of RADIO_LINES) {
    const m = re.exec(t);
    if (m) return read(m[2], m[3], m[4], m[5], m[1] !== undefined);
  }
  const zh = ZH_RADIO.exec(t);
  return zh ? read(zh[1], zh[2], zh[3], zh[6], zh[4] !== undefined || zh[5] !== undefined) : undefined;
}

/**
 * A line as its characters read (review 5, F25): an accent typed as a combining mark (as text extracted from PDFs
 * gives it) composed (NFC); full-width digits and letters (`第９９号决议`) and Arabic presentation forms in their
 * usual form (NFKC); a word mixing Latin and Cyrillic look-alikes in the script of its other letters
 * (withoutLookAlikes). ASCII as it is.
 */
export function readForm(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return withoutLookAlikes(text.normalize('NFC').replace(COMPATIBLE, compatible));
  return text;
}

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A character of COMPATIBLE in its usual form: an Arabic-Indic digit (`٥`, Persian `۵`) as its ASCII digit, else NFKC. */
function compatible(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0630);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06c0);
  return c.normalize('NFKC');
}

/** The Latin letters that look like a Russian letter, and that letter (upper and lower case). */
const LATIN_LOOK_ALIKES = 'ABCEHKMOPTXaceopxy';
const CYRILLIC_LOOK_ALIKES = 'АВСЕНКМОРТХасеорху';
const CYRILLIC_OF = new Map([...LATIN_LOOK_ALIKES].map((c, i) => [c, CYRILLIC_LOOK_ALIKES[i]]));
const LATIN_OF = new Map([...CYRILLIC_LOOK_ALIKES].map((c, i) => [c, LATIN_LOOK_ALIKES[i]]));
const CYRILLIC_LETTER = /[\u0400-\u04FF]/;
/** A word of Latin and Cyrillic letters (withoutLookAlikes looks for both in it). */
const LATIN_OR_CYRILLIC_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;

/**
 * A word that mixes Latin and Cyrillic letters, as two keyboard layouts leave it (`PEЗОЛЮЦИЯ` with a Latin P and
 * E), read in the script of its other letters: its look-alike letters (P, E, O, C …) taken as that script's. A
 * word whose letters of both scripts are all look-alikes, or that holds letters of both scripts no look-alike
 * stands for, is left as written. One letter for one, so offsets hold. (Review 5, F25; base.untracked-change
 * reports the slip in a MOD's number line, with the fix restoring the text in force.)
 */
export function withoutLookAlikes(text: string): string {
  if (!CYRILLIC_LETTER.test(text) || !/[A-Za-z]/.test(text)) return text;
  return text.replace(LATIN_OR_CYRILLIC_WORD, (word) => {
    // The letters no look-alike stands for, by script; and whether the word has a letter of each script at all.
    let latin = false;
    let cyrillic = false;
    let anyLatin = false;
    let anyCyrillic = false;
    for (const c of word) {
      const isCyrillic = CYRILLIC_LETTER.test(c);
      if (isCyrillic) anyCyrillic = true;
      else anyLatin = true;
      if (CYRILLIC_OF.has(c) || LATIN_OF.has(c)) continue;
      if (isCyrillic) cyrillic = true;
      else latin = true;
    }
    if (!anyLatin || !anyCyrillic || latin === cyrillic) return word;
    const to = cyrillic ? CYRILLIC_OF : LATIN_OF;
    let out = '';
    for (const c of word) out += to.get(c) ?? c;
    return out;
  });
}
/**
 * Full-width digits and Latin letters, Arabic presentation forms, Arabic-Indic digits (`القرار ٥٢ (المراجَع في دبي، ٢٠١٢)`,
 * as Arabic texts may number a Resolution: the same Resolution 52 of 2012); not full-width punctuation (`，` `（`), which
 * Chinese writes.
 */
const COMPATIBLE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFB50-\uFDFF\uFE70-\uFEFC\u0660-\u0669\u06F0-\u06F9]/g;

/** Reads a number line (`RESOLUTION 52 (Rev. Dubai, 2012)`, `RESOLUTION ITU-R 1-6`, in any of the six languages). */
export function matchNumberLine(text: string): NumberLineMatch | undefined {
  const trimmed = trimMarks(text);
  // Every form ends with a digit, `]`, `)`, `）` or a Chinese character (radioNumberLine and below; full-width
  // and Arabic-Indic digits are digits once read): most lines are passed over before being read (readForm).
  const end = trimmed.charCodeAt(trimmed.length - 1);
  if (!((end >= 0x30 && end <= 0x39) || end === 0x5d || end === 0x29 || end === 0xff09 || (end >= 0x3400 && end <= 0x9fff) || (end >= 0xff10 && end <= 0xff19) || (end >= 0x0660 && end <= 0x0669) || (end >= 0x06f0 && end <= 0x06f9))) return undefined;
  const t = readForm(trimmed);
  // ITU-R's form first: `ITU-R 第 34-2 号决议（2007年）` is one, its number `ITU-R 34` (edition 2), not `34-2`.
  const radio = radioNumberLine(t);
  if (radio) return radio;
  // Every other form ends with its parenthesis (`)`, `）`) or a footnote reference after it (`]`): a cheap test
  // first, for the many lines that are no number line.
  const last = t.charCodeAt(t.length - 1);
  if (last !== 0x29 && last !== 0xff09 && last !== 0x5d) return undefined;
  for (let i = 0; i < NUMBER_LINES.length - 1; i++) {
    const m = NUMBER_LINES[i].exec(t);
    if (m) return { draftNew: m[1] !== undefined, number: m[2], revision: m[3].trim() };
  }
  const zh = NUMBER_LINES[NUMBER_LINES.length - 1].exec(t);
  if (zh) return { draftNew: zh[2] !== undefined || zh[3] !== undefined, number: zh[1], revision: zh[4].trim() };
  const draft = ZH_DRAFT_NEW.exec(t);
  if (draft) return { draftNew: true, number: draft[1], revision: draft[2].trim() };
  return undefined;
}

// ---------------------------------------------------------------- calls

export interface CallMatch {
  phrase: string;
  kind: CallKind;
  addressee: string;
  lang: Lang;
}

interface PhraseEntry { phrase: string; kind: CallKind; lang: Lang }
const ENTRIES = new Map<string, PhraseEntry>();
for (const lang of LANGUAGES) {
  const t = TABLES[lang];
  for (const [list, kind] of [[t.preamble, 'preamble'], [t.operative, 'operative']] as const) {
    for (const p of list) {
      const key = normalizeWords(p).toLowerCase();
      if (!ENTRIES.has(key)) ENTRIES.set(key, { phrase: p, kind, lang });
    }
  }
}
const SPACED = LANGUAGES.filter((l) => l !== 'zh');
const ALL_FURTHER = SPACED.flatMap((l) => TABLES[l].further.map(normalizeWords));
const ALL_CONJ = SPACED.flatMap((l) => TABLES[l].conjunctions ?? []);
const SPACED_PHRASES = SPACED.flatMap((l) => [...TABLES[l].preamble, ...TABLES[l].operative].map(normalizeWords));
// `y considerando`, `وإذ تلاحظ` (the Arabic conjunction is written on the word), phrase, `further` form, rest.
/** Exported for test/unit/fold-fast-paths.test.ts (compared there with the per-letter pattern it stands for). */
export const CALL = new RegExp(
  // Read against folded text only (matchCall): literal alternatives (foldedWords).
  String.raw`^((?:${ALL_CONJ.filter((c) => c !== 'و').map(foldedWords).join('|')})[\s\u00A0]+|و[\s\u00A0]?)?(${foldedAlternatives(SPACED_PHRASES)})(?:[\s\u00A0]+(${foldedAlternatives(ALL_FURTHER)}))?(?=[\s\u00A0]|$)(.*)$`,
  'iu',
);
const ZH_CALL = new RegExp(
  String.raw`^(${alternatives(TABLES.zh.furtherBefore ?? [])})?(${alternatives([...TABLES.zh.preamble, ...TABLES.zh.operative])})(.*)$`,
  'u',
);
const THAT = new RegExp(String.raw`^(?:${alternatives(SPACED.flatMap((l) => TABLES[l].that.map(normalizeWords)))})(?=[\s\u00A0]|$|[^\p{L}])`, 'iu');
/**
 * The first words a call line can open with (a phrase's first word, a conjunction), lower-case: a line
 * whose first word is plain ASCII and none of them cannot match CALL (its phrases are literal words, the
 * first followed by white space or the end). Undefined, and so no such test, should a table ever hold a
 * character that case-folds into ASCII (ſ, K) or white space other than a space inside a phrase.
 */
const CALL_FIRST_WORDS = ((): Set<string> | undefined => {
  const openers = [...SPACED_PHRASES, ...ALL_CONJ];
  if (openers.some((p) => /[\u017f\u212a]|[^\S ]/u.test(p))) return undefined;
  return new Set(openers.map((p) => p.split(' ')[0].toLowerCase()));
})();
/** What ends a line's first word. */
const WHITE_SPACE = /[\s\u00A0]/u;

/**
 * Whether a line may open with a call phrase: see CALL_FIRST_WORDS. Asked of the line as written too:
 * folding (normalizeWords) changes Arabic letters only, so an ASCII first word is the same once folded.
 */
function mayOpenCall(folded: string): boolean {
  if (!CALL_FIRST_WORDS) return true;
  // The first word (up to white space) by char code: a word that is not plain ASCII may open a call.
  let end = 0;
  for (; end < folded.length; end++) {
    const c = folded.charCodeAt(end);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
    if (c >= 0x80) {
      if (WHITE_SPACE.test(folded.charAt(end))) break;
      return true;
    }
  }
  return CALL_FIRST_WORDS.has(folded.slice(0, end).toLowerCase());
}
/** Whether a text ends with a full stop, a semicolon or a colon (`.` `;` `:` `。` `；` `：` `؛`): a char code, not a scan. */
function endsWithStop(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2e || c === 0x3b || c === 0x3a || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0x61b;
}
/** Whether a text ends with a comma (`,` `،` `，`). */
function endsWithComma(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2c || c === 0x60c || c === 0xff0c;
}
/** A character `.` does not match: no text before a final comma holds one (beforeFinalComma). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The text before the final comma of a trimmed line that ends with one (endsWithComma), less the white
 * space before the comma: what `^(.*?)[\s\u00A0]*[,،，]$/u` reads, by slicing (trimEnd removes what `\s`
 * matches; the pattern's lazy `.*?` cost a microsecond on a long line), undefined where it fails.
 */
function beforeFinalComma(trimmed: string): string | undefined {
  const body = trimmed.slice(0, -1).trimEnd();
  return LINE_TERMINATOR.test(body) ? undefined : body;
}

/** A call line carries a call phrase, no label and no final full stop (`plain`: the text is a plain line, lang/references.ts isPlainLine). */
export function matchCall(text: string, plain = false): CallMatch | undefined {
  const trimmed = plain ? text.trim() : trimMarks(text);
  if (trimmed === '') return undefined;
  const first = trimmed.charCodeAt(0);
  const zh = first >= 0x3400 && first <= 0x9fff ? matchChineseCall(trimmed) : undefined;
  if (zh !== undefined) return zh || undefined;
  // A call has no final full stop: most paragraphs end with one, and need no pattern at all.
  if (endsWithStop(trimmed)) return undefined;
  // `учитывая,` (Russian texts write the comma the grammar wants), `учитывая ,`, `considering,`: a bare phrase and a comma.
  const bare = endsWithComma(trimmed) ? beforeFinalComma(trimmed) : undefined;
  const line = bare ?? trimmed;
  if (!mayOpenCall(line)) return undefined;
  // A plain line (lang/references.ts isPlainLine) holds no Arabic letter: folding leaves it as it is.
  const folded = plain ? line : normalizeWords(line);
  if (folded !== line && !mayOpenCall(folded)) return undefined;
  const m = CALL.exec(folded);
  if (!m) return undefined;
  const entry = ENTRIES.get(oneSpaced(m[2]).toLowerCase());
  if (!entry) return undefined;
  // A conjunction belongs to its language: `y` opens Spanish calls, `و` Arabic ones.
  if (m[1] && !(TABLES[entry.lang].conjunctions ?? []).includes(m[1].trim().toLowerCase())) return undefined;
  // Folding may have shortened the text (Arabic vowels): the phrase and addressee are cut from the original.
  const headEnd = plain ? m[0].length - m[4].length : originalLength(line, m[0].length - m[4].length);
  const rest = line.slice(headEnd).trim();
  if (bare !== undefined && rest) return undefined;
  if (rest) {
    // A preamble phrase only takes a short qualifier (`noting with concern`); prose that
    // begins with a phrase (`noting that …,`) is text.
    if (THAT.test(plain ? rest : normalizeWords(rest)) || endsWithComma(rest)) return undefined;
    if (entry.kind === 'preamble' && rest.split(/\s+/).length > 4) return undefined;
    if (rest.length > 160) return undefined;
  }
  const head = oneSpaced(line.slice(0, headEnd)).trim();
  // Scripts with case are compared lower-case (`Considérant` is `considérant`); Arabic has no case.
  const phrase = entry.lang === 'ar' ? head : head.toLowerCase();
  return { phrase, kind: entry.kind, addressee: rest, lang: entry.lang };
}

/**
 * Each run of white space one space: `text.replace(/[\s\u00A0]+/g, ' ')`, without building a new string (and
 * running the pattern) when no run needs it: words one space apart, as a call phrase is written.
 */
export function oneSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : isWhitespace(c)) return text.replace(/[\s\u00A0]+/g, ' ');
  }
  return text;
}


/** Chinese calls: `进一步注意到`, `责成秘书长` (no space before the addressee). Null: a Chinese line that is no call. */
function matchChineseCall(trimmed: string): CallMatch | null {
  const m = ZH_CALL.exec(trimmed);
  if (!m) return null;
  let rest = m[3].trim();
  // `做出决议，` as the flattened texts write it: a bare call may end with a comma.
  if (/^[,，:：]$/.test(rest)) rest = '';
  if (rest && (endsWithStop(rest) || endsWithComma(rest))) return null;
  const kind: CallKind = TABLES.zh.preamble.includes(m[2]) ? 'preamble' : 'operative';
  if (kind === 'preamble' && rest.length > 12) return null;
  if (rest.length > 60) return null;
  return { phrase: (m[1] ?? '') + m[2], kind, addressee: rest, lang: 'zh' };
}

/** The call phrases of a language, preamble then operative (completion, snippets). */
export function callPhrases(lang: Lang): { preamble: string[]; operative: string[] } {
  return { preamble: TABLES[lang].preamble, operative: TABLES[lang].operative };
}

// ---------------------------------------------------------------- headings, Reasons

/**
 * The first code units of the words of a pattern `^(?:word|word…)` without the `i` flag: a text that opens
 * with none of them cannot match. Asked by char code before the pattern (a pattern that fails still costs
 * some 50 ns a call, and every paragraph is asked). Undefined, and so no such test, when a word is empty.
 */
function openers(list: readonly string[]): ReadonlySet<number> | undefined {
  if (list.some((w) => w === '')) return undefined;
  // Each word's first letter as a text may write it: an Arabic letter's variants (`ا` `أ` `إ`), both cases.
  const set = new Set<number>();
  for (const w of list) for (const c of openingVariants(w)) for (const v of [c, c.toLowerCase(), c.toUpperCase()]) set.add(v.charCodeAt(0));
  return set;
}

/** Whether a text opens with one of `openers`' code units (or `openers` tests nothing). */
function mayOpenWith(set: ReadonlySet<number> | undefined, text: string): boolean {
  return set === undefined || set.has(text.charCodeAt(0));
}

const REASONS_WORDS = LANGUAGES.flatMap((l) => TABLES[l].reasons);
// Any case (`REASONS:`, `Основания:`), Arabic spelling variants (`الاسباب:` without the hamza) read alike.
const REASONS = new RegExp(String.raw`^(?:${alternatives(REASONS_WORDS)})[\s\u00A0]*[:：]`, 'iu');
const REASONS_OPENERS = openers(REASONS_WORDS);
/** `Reasons:`, `Motifs:`, `Motivos:`, `Основания:`, `理由：`, `الأسباب:`. */
export function isReasons(text: string): boolean {
  return mayOpenWith(REASONS_OPENERS, text) && REASONS.test(text);
}

/** The word that opens a Reasons paragraph in a language, with its colon as that language writes it. */
export function reasonsWord(lang: Lang): string {
  return lang === 'zh' ? `${TABLES.zh.reasons[0]}：` : `${TABLES[lang].reasons[0]}:`;
}

const SECTION_WORDS = LANGUAGES.flatMap((l) => TABLES[l].section);
const SECTION = new RegExp(String.raw`^(?:${alternatives(SECTION_WORDS)})[\s\u00A0]+(\d+[a-z]*)\s*$`, 'u');
const SECTION_OPENERS = openers(SECTION_WORDS);
const ZH_SECTION = /^第\s*(\d+[a-z]*)\s*节$/u;
/** `SECTION 2`, `Sección 2`, `РАЗДЕЛ 2`, `القسم 2`, `第2节`: the section number. */
export function matchSection(text: string): string | undefined {
  const t = text.trim();
  // Both forms end with the number (a digit, a letter after it) or `节`: a cheap test first.
  const last = t.charCodeAt(t.length - 1);
  if (!((last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x7a) || last === 0x8282)) return undefined;
  // Each pattern opens with its words (SECTION_OPENERS) or `第`: a line is asked the one its first character may open.
  const m = mayOpenWith(SECTION_OPENERS, t) ? SECTION.exec(t) : null;
  return (m ?? (t.charCodeAt(0) === 0x7b2c ? ZH_SECTION.exec(t) : null))?.[1];
}

const ANNEX_WORDS = SPACED.flatMap((l) => TABLES[l].annex);
const ANNEX = new RegExp(String.raw`^(?:${alternatives(ANNEX_WORDS)})(?=[\s\u00A0]|$)`, 'u');
const ZH_ANNEX = new RegExp(String.raw`^(?:${alternatives(TABLES.zh.annex)})(?=[\s\u00A0\dA-Z一二三四五六七八九十（(]|$)`, 'u');
const ANNEX_OPENERS = openers(ANNEX_WORDS.concat(TABLES.zh.annex));
/** `ANNEX 1`, `ANNEXE A`, `ПРИЛОЖЕНИЕ`, `الملحق`, `附件1` … (a heading; structure.ts checks it looks like one). */
export function isAnnexHeading(text: string): boolean {
  const t = text.trim();
  return mayOpenWith(ANNEX_OPENERS, t) && (ANNEX.test(t) || ZH_ANNEX.test(t));
}

/** `(Florianópolis, 2004; …)`, `（2004年，弗洛里亚诺波利斯；…）`. */
export const HISTORY = /^[(（]/;
/**
 * The enacting formula: a line that ends with the meeting in parentheses and a comma, in the comma
 * of its script (`…(Hammamet, 2016),`, `…（2016年，哈马马特），`, `…(الحمامات، 2016)،`).
 */
export const FORMULA = /^\S.*[(（]([^()（）]*)[)）]\s*[,،，]\s*$/u;
/**
 * The enacting formula of an ITU-R Resolution, which names no meeting (the history line gives the years):
 * `The ITU Radiocommunication Assembly,`, `L'Assemblée des radiocommunications de l'UIT,`, `La Asamblea de
 * Radiocomunicaciones de la UIT,`, `Ассамблея радиосвязи МСЭ,`, `国际电联无线电通信全会，`, `إن جمعية الاتصالات
 * الراديوية …،`: a short line, no TAB or parenthesis, ending with the comma of its script. structure.ts reads it
 * so only after the history line of a number line without a meeting, where it is not a call.
 */
export const BARE_FORMULA = /^[^\s(（][^\t(（]{4,160}[,،，]\s*$/u;

// ---------------------------------------------------------------- meetings

const NON_ASCII = /[^\x00-\x7f]/;
/** What a place's name is folded without: white space and hyphens (`Sharm el‑Sheikh`, `Нью‐Дели` with U+2010, the other variants: review 9, J13). */
const PLACE_SEPARATORS = new RegExp(String.raw`[\s\u00A0\u00AD${KEY_HYPHEN_CHARS}]+`, 'g');

const PLACE_INDEX = new Map<string, string>();
for (const [key, names] of Object.entries(PLACES)) for (const n of names) PLACE_INDEX.set(foldPlace(n), key);

function foldPlace(s: string): string {
  // ASCII has no Arabic letter, no accent and no mark to fold: most places (`Geneva`, `Dubai`).
  const folded = NON_ASCII.test(s) ? normalizeWords(s).normalize('NFD').replace(/\p{M}/gu, '') : s;
  return folded.toLowerCase().replace(PLACE_SEPARATORS, '');
}

const YEAR_WORD_LETTER = /[гГ年]/;
const REVISION = new RegExp(String.raw`(?:${alternatives(LANGUAGES.flatMap((l) => TABLES[l].revision).map(normalizeWords))}|rev\.?|rév\.?)`, 'iu');

/**
 * The meeting a revision, history entry or formula names, as a key that is the same in every
 * language (`Rev. Hammamet, 2016`, `Rév. Hammamet, 2016`, `Пересм. Хаммамет, 2016 г.`,
 * `المراجَع في الحمامات، 2016`, `2016年，哈马马特，修订版` → `hammamet,2016`). Undefined unless the
 * text names exactly a place and a year.
 */
export function meetingKey(text: string): string | undefined {
  // A year in Arabic-Indic digits (`دبي، ٢٠١٢`) is the same year.
  let t = normalizeWords(text.replace(ARABIC_INDIC_DIGITS, compatible)).replace(REVISION, ' ');
  // `2016 г.`, `2016年`: the year's word, only looked for where one of its letters stands.
  if (YEAR_WORD_LETTER.test(t)) t = t.replace(/(\d{4})\s*(?:[гГ]\.?|年)/gu, '$1');
  t = t.replace(/[\u00A0\s]+/g, ' ').replace(/^[\s,،，、]+|[\s,،，、]+$/gu, '');
  const m = /^([^\d,،，]+?)\s*[,،，]\s*(\d{4})$/u.exec(t) ?? /^(\d{4})\s*[,،，]\s*([^\d,،，]+?)$/u.exec(t);
  if (!m) return undefined;
  const [place, year] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const folded = foldPlace(place.replace(/[,،，\s]+$/u, ''));
  if (folded === '') return undefined;
  return `${PLACE_INDEX.get(folded) ?? folded},${year}`;
}

const REVISION_LEAD = new RegExp(String.raw`^\s*${REVISION.source}\s*`, 'iu');
const REVISION_TRAIL_WORDS = TABLES.zh.revision;
const REVISION_TRAIL = new RegExp(String.raw`\s*[,，、]?\s*(?:${alternatives(REVISION_TRAIL_WORDS)})\s*$`, 'u');

/** Where the meeting stands in a number line's revision: `Hammamet, 2016` of `Rev. Hammamet, 2016`. */
export function revisionMeeting(revision: string): { text: string; offset: number } {
  const folded = normalizeWords(revision);
  const lead = REVISION_LEAD.exec(folded);
  // The Chinese revision word the trail ends with (a pattern that opens with white space is tried at every position: the word first).
  const trail = REVISION_TRAIL_WORDS.some((w) => revision.includes(w)) ? REVISION_TRAIL.exec(revision) : null;
  // Folding may shorten the text (Arabic vowels): map the lead's length back onto the original.
  const start = lead ? originalLength(revision, lead[0].length) : 0;
  const end = trail ? trail.index : revision.length;
  return { text: revision.slice(start, end).trim(), offset: start + (revision.slice(start, end).length - revision.slice(start, end).trimStart().length) };
}

/** The length in `original` whose normalized form has `foldedLength` characters. */
function originalLength(original: string, foldedLength: number): number {
  if (!hasArabic(original)) return foldedLength;
  let i = 0;
  while (i < original.length && normalizeWords(original.slice(0, i)).length < foldedLength) i++;
  // The marks that follow the last letter belong to it (`أيضاً`).
  while (i < original.length && ARABIC_MARKS_ONE.test(original[i])) i++;
  return i;
}

/** History entries split at `;`, `；` or `؛`. */
export const HISTORY_SEPARATOR = /[;；؛]/;
