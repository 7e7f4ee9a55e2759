// One folding of Arabic spelling variants for every Arabic keyword the parser reads (calls, Reasons, number-line
// kinds, sections, annexes, cover fields, reference words): what varies between typists and is no part of a word's
// identity (docs/format-decisions.md, "Arabic spelling variants"). Two faces of the same table: `foldArabic` folds
// a text (to compare it as a key), `arabicPattern` writes a keyword as a pattern that reads every variant in the
// text as written (offsets hold).
import { literal, type Step } from './alternation';
import { hasArabic } from './charClasses';

/** Short vowels, tanwin, shadda, sukun, the superscript alef and tatweel: marks a typist may write or leave out. */
export const ARABIC_MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const MARKS_CLASS = '[\\u064B-\\u0652\\u0670\\u0640]*';

/**
 * Letters written for one another: the hamza forms of alef and alef wasla for bare alef (`الاسباب`, `الأسباب`),
 * taa marbuta and haa (`اللجنه`, `اللجنة`), alef maqsura and yaa (`إلى`, `الي`).
 */
const FOLDS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي' };
const FOLDED = /[أإآٱةى]/g;
/** Each folded letter and the letters that fold into it, as a character class. */
const CLASS_OF = new Map<string, string>();
for (const [from, to] of Object.entries(FOLDS)) CLASS_OF.set(to, (CLASS_OF.get(to) ?? to) + from);


/** A text with the Arabic variants folded (marks and tatweel dropped, letter forms as FOLDS). Other scripts as they are. */
export function foldArabic(text: string): string {
  if (!hasArabic(text)) return text;
  return text.replace(ARABIC_MARKS, '').replace(FOLDED, (c) => FOLDS[c]);
}

/**
 * A keyword as a pattern of its characters (no white space handling): each Arabic letter reads its variants
 * (FOLDS) and the marks typed after it; other characters as they are (escaped).
 */
export function arabicPattern(word: string): string {
  return arabicSteps(word).map((s) => s.source).join('');
}

const MARKS_STEP: Step = { source: MARKS_CLASS };

/** arabicPattern as its steps (lang/alternation.ts): a letter and its variants, the marks after it, a character. */
export function arabicSteps(word: string): Step[] {
  if (!hasArabic(word)) return [...word].map(literal);
  const out: Step[] = [];
  for (const c of foldArabic(word)) {
    if (c >= '\u0621' && c <= '\u064A') {
      const cls = CLASS_OF.get(c);
      out.push(cls ? { source: `[${cls}]`, chars: [...cls] } : literal(c), MARKS_STEP);
    } else out.push(literal(c));
  }
  return out;
}

/** The characters a keyword may open with in a text (its first letter's variants): for char-code prefilters. */
export function openingVariants(word: string): string[] {
  const first = foldArabic(word).charAt(0);
  const cls = CLASS_OF.get(first);
  return cls ? [...cls] : [word.charAt(0)];
}

/**
 * The directional marks (LRM U+200E, RLM U+200F, ALM U+061C): Arabic text carries them to keep `(دبي، 2012)`
 * and `ب)` in order beside digits and brackets (Word inserts them, import keeps them). Display, not text: read
 * as nothing at a structure line's edges and in an Arabic label, and compared as no text (review 6, G14).
 */
export const DIRECTION_MARKS = '\\u200E\\u200F\\u061C';
const EDGE_MARKS = new RegExp(`^[${DIRECTION_MARKS}\\s]+|[${DIRECTION_MARKS}\\s]+$`, 'g');
const HAS_MARK = new RegExp(`[${DIRECTION_MARKS}]`);

/** Whether a code unit is a directional mark (DIRECTION_MARKS). */
export const isDirectionMark = (c: number): boolean => c === 0x200e || c === 0x200f || c === 0x61c;

/**
 * A text trimmed of white space and of the directional marks at its edges. Only the edges are read: trimmed of
 * white space (`\s` and trim() read the same characters), a text that neither opens nor ends with a mark has
 * none in the runs EDGE_MARKS removes (a scan of the whole text for a mark was a fiftieth of a 10 KB base text's check).
 */
export function trimMarks(text: string): string {
  const t = text.trim();
  return t !== '' && (isDirectionMark(t.charCodeAt(0)) || isDirectionMark(t.charCodeAt(t.length - 1))) ? text.replace(EDGE_MARKS, '') : t;
}

const MARKS = new RegExp(`[${DIRECTION_MARKS}]`, 'g');
/** A text without its directional marks (an Arabic label's written form: `ب<U+200F>)` is `ب)`). */
export function withoutMarks(text: string): string {
  return HAS_MARK.test(text) ? text.replace(MARKS, '') : text;
}
