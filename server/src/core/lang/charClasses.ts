// Character classes the parse and the checks spell alike, written once: the hyphens ITU's texts and Word set for
// `-`, the ITU-R number built on them (`RESOLUTION ITU-R 1-6`, `ITU‑R 34-2号决议`), and the characters that show
// nothing. A pattern of another module takes these rather than its own copy, so that a form read in one place
// (`ITU‐R` with U+2010) is read in all.

/** The hyphens: as typed, and as Word and ITU's pages set it (U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN); the contents of a class, as source. */
export const HYPHEN_CHARS = '\\-\\u2010\\u2011';

/** A hyphen (HYPHEN_CHARS): a class, as source. */
export const HYPHEN = `[${HYPHEN_CHARS}]`;

/** The hyphens other than `-` that HYPHEN reads (U+2010, U+2011), for a global replace. */
export const OTHER_HYPHENS = /[\u2010\u2011]/g;

/** A text with its U+2010 and U+2011 written `-`. */
export function foldHyphens(text: string): string {
  return text.replace(OTHER_HYPHENS, '-');
}

/**
 * The characters a delegate's Word text writes for the hyphen of a meeting's acronym or an edition
 * (`WRC‑19`, `REV.WRC‐19`, `WRC–19`): `-`, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2012 FIGURE DASH,
 * U+2013 EN DASH, U+2212 MINUS SIGN, U+FE63 SMALL and U+FF0D FULL-WIDTH HYPHEN-MINUS; the contents of a class,
 * as source (review 9, J13). Only where keys are compared (number lines, meetings, conference notes), not in
 * running text, where an en dash is a dash.
 */
export const KEY_HYPHEN_CHARS = '\\-\\u2010-\\u2013\\u2212\\uFE63\\uFF0D';
/** One such hyphen, a soft hyphen (U+00AD, which shows nothing) allowed on either side: as source. */
export const KEY_HYPHEN = `\\u00AD?[${KEY_HYPHEN_CHARS}]\\u00AD?`;
const OTHER_KEY_HYPHENS = /[\u2010-\u2013\u2212\uFE63\uFF0D]/g;
const HAS_KEY_VARIANT = /[\u00AD\u2010-\u2013\u2212\uFE63\uFF0D]/;

/** A key (a number line, a meeting) with its hyphen variants (KEY_HYPHEN_CHARS) written `-` and its soft hyphens dropped. */
export function foldKeyHyphens(text: string): string {
  return HAS_KEY_VARIANT.test(text) ? text.replace(OTHER_KEY_HYPHENS, '-').replace(/\u00AD/g, '') : text;
}

/** Every dash drawn like a hyphen or longer, U+2010 to U+2014 (hyphens, figure dash, en and em dash). */
const OTHER_DASHES = /[\u2010-\u2014]/g;
const HAS_OTHER_DASH = /[\u2010-\u2014]/;

/** A text with its dashes U+2010 to U+2014 written `-` (headings compared as they read: `ARTICLE 5 – Frequencies`). */
export function foldDashes(text: string): string {
  // Most lines hold none: a test, not a global replace (which builds its result even when it replaces nothing).
  return HAS_OTHER_DASH.test(text) ? text.replace(OTHER_DASHES, '-') : text;
}

/** The prefix of a Sector in the six languages' ITU (`ITU-`, `UIT‑`, `МСЭ-`), its letter after it: as source, read case-insensitively. */
export const ITU_PREFIX = `(?:ITU|UIT|МСЭ)${HYPHEN}`;

/** The Radiocommunication Sector (`ITU-R`, `UIT‑R`, `МСЭ-Р` with a Cyrillic Р): as source, read case-insensitively. */
export const RADIO_SECTOR = `${ITU_PREFIX}[RР]`;

/** The Sector and number of an ITU-R number (`ITU-R 1`, `ITU-R 第 34`), as source: one group. */
const RADIO_NUMBER_SOURCE = String.raw`(${RADIO_SECTOR}[\s\u00A0]*(?:第[\s\u00A0]*)?\d+)`;

/** An ITU-R number in a line, its edition if any (`ITU-R 1-6`, `ITU-R 71`): the Sector and number, the hyphen, the edition. */
export const RADIO_NUMBER = new RegExp(String.raw`${RADIO_NUMBER_SOURCE}(?:(${HYPHEN})(\d+))?`, 'iu');

/** An ITU-R number with its edition (`ITU-R 1-6`): the Sector and number, the hyphen, the edition. */
export const RADIO_EDITION = new RegExp(String.raw`${RADIO_NUMBER_SOURCE}(${HYPHEN})(\d+)`, 'iu');

/** What every ITU-R number holds, a hyphen and the Sector's letter (`-R`, `‑Р`): a cheap test before the patterns. */
export const RADIO_HINT = /[-\u2010\u2011][RrРр]/;

/** The separator between the years of an ITU-R Resolution's history line (`(1993-2000)`, `(1993‑2000)`, `(1993–2000)`), `-` when none is written. */
export function historySeparator(text: string): string {
  return /\d{4}\s*([-\u2010\u2011\u2013])\s*\d{4}/u.exec(text)?.[1] ?? '-';
}

/** A character of the Arabic block, U+0600 to U+06FF (letters, Arabic-Indic digits, `،` `؛`, marks). */
export const ARABIC_CHAR = /[\u0600-\u06FF]/;

/** Whether a text holds a character of the Arabic block (ARABIC_CHAR). */
export function hasArabic(text: string): boolean {
  return ARABIC_CHAR.test(text);
}

/** The scripts written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam): the contents of a `u` class, as source. */
export const RTL_SCRIPTS = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}`;

/**
 * Characters that show nothing, as Unicode defines them (not a hand list): every Default_Ignorable_Code_Point
 * (zero-width space and joiners, soft hyphen, word joiner, combining grapheme joiner, Hangul fillers,
 * variation selectors, BOM …) and every Bidi_Control (direction marks, embeddings, overrides, isolates).
 * The class's contents, as source, for a `u` pattern: `[${UNSEEN}]`, `[\p{L}${UNSEEN}]`.
 */
export const UNSEEN = String.raw`\p{Default_Ignorable_Code_Point}\p{Bidi_Control}`;
