// Item labels: `a)`, `abis)` (the ITU form of an inserted item; `b)bis` is read too), `iv)`, `1`, `1)`,
// `1)bis`, `1.2`, `1bis.1.1`, `4.3bis`, `6.1a`, `7.1.0`.
import { scriptLetter } from './lang/alphabets';
import { withoutMarks } from './lang/fold';
import type { Label, LabelKind } from './types';

export const SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];
const SUFFIX = `(?:${SUFFIXES.join('|')})`;
/**
 * The most digits a number in a label is read with: fifteen digits are exact as a JavaScript number (2^53 has
 * sixteen). A longer one is read as text: its ordinal would be rounded, so that `99999999999999999999` and
 * `100000000000000000002` compared equal (a false duplicate) and the label the next item takes was wrong (review5
 * F6). No ITU text numbers an item past a few hundred; numbering.too-large reports such a line.
 */
export const MAX_LABEL_DIGITS = 15;
/** A number of a label: at most MAX_LABEL_DIGITS digits (a pattern for labels.ts and kinds.ts). */
export const LABEL_NUMBER = `\\d{1,${MAX_LABEL_DIGITS}}`;
const DECIMAL_PART = `${LABEL_NUMBER}(?:${SUFFIX}|[a-z](?![a-z]))?`;
/**
 * The no-break spaces a label's separator may hold as a space (a pattern's character class, without brackets): U+00A0,
 * and the figure space U+2007 and narrow no-break space U+202F, as the cover block and proposal headers read them
 * (French typography, ITU's web pages and HTML exports). `a)` + any of them + text is a label; Format writes the TAB.
 */
export const NO_BREAK_SPACES = '\\u00A0\\u2007\\u202F';
/** A space or a no-break space (NO_BREAK_SPACES): what stands for a TAB after a label. */
export function isLabelSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2007 || c === 0x202f;
}

// Letters (lazy, so that `abis)` reads as a + bis), a suffix before or after the parenthesis.
// Roman numerals run longer than letters (`viii)`, `xxxviii)`); they are checked against ROMAN below.
const LETTER_LABEL = new RegExp(`^([ivxlcdm]{4,8}|[a-z]{1,3}?)(${SUFFIX})?\\)(${SUFFIX})?(?=[\\t ${NO_BREAK_SPACES}]|$)`);
/** `1)`, `1bis)`, `1)bis`: numbered items written with a parenthesis (CS/CV). */
const NUMBER_PAREN = new RegExp(`^(${LABEL_NUMBER})(${SUFFIX})?\\)(${SUFFIX})?(?=[\\t ${NO_BREAK_SPACES}]|$)`);
/**
 * The most levels a decimal label is read with (`1.2.3.4.5.6` is six): no ITU text nests clauses beyond six
 * or seven. A deeper one is read as text: every label is compared part by part with its neighbours and its
 * clause's, so a text nesting thousands of levels would cost the square of its size (review5 F6).
 */
export const MAX_DECIMAL_DEPTH = 16;
const DECIMAL_LABEL = new RegExp(`^(${DECIMAL_PART}(?:\\.${DECIMAL_PART}){0,${MAX_DECIMAL_DEPTH - 1}})(?=[\\t ${NO_BREAK_SPACES}]|$)`);
const ROMAN = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
/**
 * Whether the run of lower-case ASCII letters a line opens with is followed by `)`: LETTER_LABEL's letters and
 * suffix are such letters and its parenthesis comes right after them, so a line opening with a word (`considering`,
 * `to encourage`) is asked no pattern.
 */
export function parenAfterLetters(text: string): boolean {
  let end = 0;
  for (let c = text.charCodeAt(0); c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++end));
  return text.charCodeAt(end) === 0x29;
}

/** ROMAN's reading of a label's letters: one letter (most labels) is a numeral when it is one of the seven, without the pattern. */
function isRomanNumeral(letters: string): boolean {
  return letters.length === 1 ? 'ivxlcdm'.includes(letters) : ROMAN.test(letters);
}

export interface LabelMatch {
  /** The reading taken without context: roman for `i)`, `v)`, `x)`, `ii)` …, a letter otherwise. */
  label: Label;
  /** The other reading of a label that can be a letter or a roman numeral (`i)`, `v)`, `x)`, `ii)`, `cc)`). */
  alternative?: Label;
  /** Length of the label text. */
  length: number;
  /** Length of label plus separator. */
  bodyOffset: number;
  /** The separator is not a single TAB (the formatter normalises it). */
  looseSeparator: boolean;
}

export function suffixRank(suffix: string | undefined): number {
  if (!suffix) return 0;
  const i = SUFFIXES.indexOf(suffix);
  if (i >= 0) return i + 1;
  return suffix.charCodeAt(0) - 96; // `6.1a`
}

export function letterOrdinal(letters: string): number {
  if (letters.length === 1) return letters.charCodeAt(0) - 96;
  if ([...letters].every((c) => c === letters[0])) return 26 * (letters.length - 1) + letters.charCodeAt(0) - 96;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 96);
  return n;
}

export function letterText(ordinal: number): string {
  if (ordinal < 1) return 'a';
  const repeat = Math.floor((ordinal - 1) / 26) + 1;
  return String.fromCharCode(96 + ((ordinal - 1) % 26) + 1).repeat(repeat);
}

const ROMAN_VALUES: [string, number][] = [
  ['m', 1000], ['cm', 900], ['d', 500], ['cd', 400], ['c', 100], ['xc', 90],
  ['l', 50], ['xl', 40], ['x', 10], ['ix', 9], ['v', 5], ['iv', 4], ['i', 1],
];

export function romanOrdinal(text: string): number {
  let n = 0;
  let rest = text;
  for (const [sym, value] of ROMAN_VALUES) {
    while (rest.startsWith(sym)) {
      n += value;
      rest = rest.slice(sym.length);
    }
  }
  return n;
}

export function romanText(ordinal: number): string {
  let out = '';
  let n = Math.max(1, ordinal);
  for (const [sym, value] of ROMAN_VALUES) {
    while (n >= value) {
      out += sym;
      n -= value;
    }
  }
  return out;
}

const DECIMAL_PART_SPLIT = new RegExp(`^(\\d+)(${SUFFIX}|[a-z])?$`);

function splitSuffix(part: string): { base: string; suffix?: string } {
  // Digits only (most parts): the whole part is the base.
  if (isDigits(part)) return { base: part };
  const m = DECIMAL_PART_SPLIT.exec(part);
  return m ? { base: m[1], suffix: m[2] } : { base: part };
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function decimalLabel(text: string): Label {
  const parts = text.split('.');
  const last = splitSuffix(parts[parts.length - 1]);
  return { kind: 'decimal', text, parts, ordinal: Number(last.base), suffixRank: suffixRank(last.suffix) };
}

function letterish(kind: LabelKind, letters: string, suffix: string | undefined, suffixAfter: boolean): Label {
  const ordinal = kind === 'roman' ? romanOrdinal(letters) : letterOrdinal(letters);
  const text = suffixAfter ? `${letters})${suffix ?? ''}` : `${letters}${suffix ?? ''})`;
  const label: Label = { kind, text, parts: [letters], ordinal, suffixRank: suffixRank(suffix) };
  if (suffixAfter && suffix) label.suffixAfter = true;
  return label;
}

/** Letters Word's lettering produces: `a` … `z`, `aa`, `bbb` (one letter repeated). */
function isLettering(letters: string): boolean {
  return [...letters].every((c) => c === letters[0]);
}

/** A label between single quotes (`‘2’`, `'2'`): its opening and closing quotes. */
const QUOTED = /^([\u2018\u2019'])[^\u2018\u2019']+([\u2018\u2019'])$/;

/** Reads a label at the start of a paragraph, or returns undefined for plain text. */
export function matchLabel(text: string): LabelMatch | undefined {
  // Every label opens with a lower-case ASCII letter or a digit: most lines are no label at the first character.
  const first = text.charCodeAt(0);
  const letter = first >= 0x61 && first <= 0x7a;
  if (!(letter || (first >= 0x30 && first <= 0x39))) return undefined;
  // A letter label opens with a letter, the others with a digit: each line is asked the patterns of its first character only.
  let m = letter && parenAfterLetters(text) ? LETTER_LABEL.exec(text) : null;
  if (m && !(m[2] && m[3]) && (m[1].length <= 3 || ROMAN.test(m[1]))) {
    const letters = m[1];
    const suffix = m[2] ?? m[3];
    const after = m[3] !== undefined;
    const isRoman = isRomanNumeral(letters);
    // A single letter other than i, v, x is a letter; several letters that read as roman are roman.
    const romanFirst = isRoman && (letters.length > 1 || letters === 'i' || letters === 'v' || letters === 'x');
    const label = letterish(romanFirst ? 'roman' : 'letter', letters, suffix, after);
    // `i)` after `h)`, `ii)` after `hh)`, `cc)` after `bb)`: the context decides (structure.ts).
    const alternative = romanFirst && isLettering(letters) ? letterish('letter', letters, suffix, after) : undefined;
    return finish(text, label, m[0].length, alternative, true);
  }
  if (letter) return undefined;
  m = NUMBER_PAREN.exec(text);
  if (m && !(m[2] && m[3])) {
    const suffix = m[2] ?? m[3];
    const label: Label = { kind: 'decimal', text: m[0], parts: [m[1] + (suffix ?? '')], ordinal: Number(m[1]), suffixRank: suffixRank(suffix), paren: true };
    if (m[3]) label.suffixAfter = true;
    return finish(text, label, m[0].length, undefined, true);
  }
  m = DECIMAL_LABEL.exec(text);
  if (m) {
    const label = decimalLabel(m[1]);
    // A bare number followed by a space is text (`2016 was …`); a TAB makes it a label.
    return finish(text, label, m[0].length, undefined, label.parts.length > 1);
  }
  return undefined;
}

/** The label's separator and the text after it, or undefined when the line is a bare label or has no separator. */
export function finish(
  text: string,
  label: Label,
  length: number,
  alternative: Label | undefined,
  spacesAllowed: boolean,
): LabelMatch | undefined {
  // The separator: the run of TABs, spaces and no-break spaces (NO_BREAK_SPACES) after the label.
  let end = length;
  let tab = false;
  for (let c = text.charCodeAt(end); c === 0x09 || isLabelSpace(c); c = text.charCodeAt(++end)) if (c === 0x09) tab = true;
  if (end === length || end === text.length) return undefined;
  if (!tab && !spacesAllowed) return undefined;
  return { label, alternative, length, bodyOffset: end, looseSeparator: !(tab && end === length + 1) };
}

/**
 * The label `like` would carry at (ordinal, suffixRank), keeping the decimal prefix of `like` and the
 * way it is written (`b)bis` stays `c)bis`, `ｂ）` gives `ｃ）`, `١` gives `٢`, a Cyrillic look-alike `с)`
 * gives `а)`; or written in `form`, a list's form). `itu` writes the form of the texts in force instead:
 * `abis)` for letters, `1)bis` for numbers in parentheses (CS 3A, CV 86A, CV 160CA).
 */
export function formatLabel(like: Label, ordinal: number, rank: number, prefix?: string, itu = false, form: LabelForm = labelForm(like.text)): string {
  const suffix = rank === 0 ? '' : like.kind === 'decimal' && !like.paren && like.suffixRank > 0 && !SUFFIXES.some((s) => like.text.endsWith(s))
    ? String.fromCharCode(96 + rank)
    : SUFFIXES[rank - 1] ?? `(${rank})`;
  if (like.script) {
    // Other alphabets keep their letter's spacing (`أ )` stays `ب )`); an inserted item's suffix stands on the
    // letter (`أbis)`, `أbis )`), in the Latin form the texts in force give it (docs/format-decisions.md, Languages).
    const letter = scriptLetter(like.script, ordinal);
    return like.text.replace(/^\S+?(?=\s?\))/, `${letter}${rank ? suffix : ''}`);
  }
  if (like.kind === 'letter' || like.kind === 'roman') {
    const letters = like.kind === 'letter' ? letterText(ordinal) : romanText(ordinal);
    return writeLabel(like.suffixAfter && !itu ? `${letters})${suffix}` : `${letters}${suffix})`, form);
  }
  // A sub-item numbered between quotes (`‘2’`, lang/labels.ts QUOTED_NUMBER) keeps its quotes, a suffix inside them.
  const quoted = like.paren ? QUOTED.exec(like.text) : null;
  if (quoted) return `${quoted[1]}${writeLabel(`${ordinal}${suffix}`, form)}${quoted[2]}`;
  if (like.paren) return writeLabel(like.suffixAfter || itu ? `${ordinal})${suffix}` : `${ordinal}${suffix})`, form);
  const head = prefix ?? like.parts.slice(0, -1).join('.');
  const written = `${head ? head + '.' : ''}${ordinal}${suffix}`;
  return writeLabel(like.reversed ? written.split('.').reverse().join('.') : written, form);
}

// ---------------------------------------------------------------- the forms a label is written in

/**
 * How a label is written beyond its ASCII reading: in full-width forms (`ａ）`, `１．２`: Chinese texts),
 * with Arabic-Indic digits (`١`, `٢`: Arabic texts; `۱` extended), with Cyrillic letters that look like
 * the Latin ones (`а)`, `с)`: ITU's Russian texts). A fix writes a label in the form of its list, so
 * relabelling changes the letter or number only, never the script (FORMAT.md §4; docs/format-decisions.md).
 */
export interface LabelForm {
  /** Letters and digits in full-width forms (`ａ`, `１`). */
  fullWidth: boolean;
  /**
   * Parentheses and dots in full-width forms (`）`, `．`): apart from the letters, as a Chinese input method
   * gives `a）` (an ASCII letter, the full-width parenthesis), and a fix keeps the two as written.
   */
  fullWidthMarks: boolean;
  /** The code of the digit zero: `0`, `٠` (U+0660) or `۰` (U+06F0). */
  zero: number;
  lookAlike: boolean;
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const FULL_WIDTH_MARK = /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]/;
/** The Latin letters Russian texts type as Cyrillic look-alikes, and the Cyrillic letter for each. */
const CYRILLIC_FOR: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у' };
/** The Latin letter each Cyrillic look-alike of a label stands for (`а)` read as a)). */
export const LATIN_FOR: Record<string, string> = Object.fromEntries(Object.entries(CYRILLIC_FOR).map(([l, c]) => [c, l]));
const LOOK_ALIKE = /[асеорху]/;
const LOOK_ALIKE_LATIN = /[aceopxy]/;

/** The form one label is written in. */
export function labelForm(text: string): LabelForm {
  return {
    fullWidth: FULL_WIDTH.test(text),
    fullWidthMarks: FULL_WIDTH_MARK.test(text),
    zero: /[\u0660-\u0669]/.test(text) ? 0x0660 : /[\u06F0-\u06F9]/.test(text) ? 0x06f0 : 0x30,
    lookAlike: LOOK_ALIKE.test(text),
  };
}

/**
 * The form most labels of a list are written in, each trait judged on the labels that show it (a digit for
 * the digits, a letter with a look-alike for the look-alikes); a tie goes to the first label that shows it,
 * and a trait no label of the list shows is decided by `more`: the other labels of the text, in groups asked in order
 * (numbering.ts: the list's proposal, then the text before the proposals), the first that shows it deciding.
 */
export function listForm(texts: readonly string[], more: () => readonly (readonly string[])[] = () => []): LabelForm {
  const vote = (key: string, shows: (t: string) => boolean, has: (t: string) => boolean): boolean => {
    const own = count(texts, shows, has);
    if (own !== undefined) return own;
    // No label of the list shows it (`b) d)`): each group is counted once for all the lists that ask it (a text of many
    // lists would count them for each).
    for (const group of more()) {
      let votes = moreVotes.get(group);
      if (!votes) moreVotes.set(group, (votes = new Map()));
      if (!votes.has(key)) votes.set(key, count(group, shows, has));
      const v = votes.get(key);
      if (v !== undefined) return v;
    }
    return false;
  };
  const arabic = vote('arabic', (t) => ANY_DIGIT.test(t), (t) => ARABIC_DIGIT.test(t));
  return {
    fullWidth: vote('fullWidth', (t) => LETTER_OR_DIGIT.test(t), (t) => FULL_WIDTH.test(t)),
    fullWidthMarks: vote('fullWidthMarks', (t) => ASCII_MARK.test(t) || FULL_WIDTH_MARK.test(t), (t) => FULL_WIDTH_MARK.test(t)),
    zero: arabic ? texts.map((t) => labelForm(t).zero).find((z) => z !== 0x30) ?? 0x0660 : 0x30,
    // An inserted item's label is written in Latin in a look-alike list (writeLabel): it tells nothing of the list's form.
    lookAlike: vote('lookAlike', (t) => !SUFFIXED.test(t) && (LOOK_ALIKE.test(t) || LOOK_ALIKE_LATIN.test(labelLetters(t))), (t) => LOOK_ALIKE.test(t)),
  };
}

/** Whether most of the labels that show a trait have it (a tie: the first's); undefined where none shows it. */
function count(among: readonly string[], shows: (t: string) => boolean, has: (t: string) => boolean): boolean | undefined {
  let yes = 0;
  let no = 0;
  let first: boolean | undefined;
  for (const t of among) {
    if (!shows(t)) continue;
    const h = has(t);
    first ??= h;
    if (h) yes++;
    else no++;
  }
  return first === undefined ? undefined : yes === no ? first : yes > no;
}

// listForm's tests, made once (a pattern literal in a function is a new RegExp each time it is read: once a label).
const ANY_DIGIT = /[\d\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/;
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const LETTER_OR_DIGIT = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const ASCII_MARK = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/;

/** The votes of the other labels of a text (listForm's `more`), by the array they were counted in (undefined: none shows it). */
const moreVotes = new WeakMap<readonly string[], Map<string, boolean | undefined>>();

const LABEL_LETTERS = new RegExp(`^([a-z]+?)(?:${SUFFIX})?\\)`);
/** A letter label with a suffix (`abis)`, `аbis)`, `b)bis`): an inserted item's. */
const SUFFIXED = new RegExp(`^[a-zасеорху]+?${SUFFIX}\\)|\\)${SUFFIX}$`);

/** The letters of a letter label before any suffix (`c` of `cbis)`); '' for others. */
function labelLetters(text: string): string {
  return LABEL_LETTERS.exec(text)?.[1] ?? '';
}

/**
 * An ASCII label (`c)`, `1.2`, `3bis`) written in `form`. In a list typed with Cyrillic look-alikes an inserted item's
 * label stays Latin (`abis)`), as the Russian Constitution in force writes 3A `abis)` after 3 `а)`: a look-alike
 * letter before a Latin suffix is a word of two scripts (docs/format-decisions.md, Languages).
 */
export function writeLabel(ascii: string, form: LabelForm): string {
  let out = ascii;
  if (form.lookAlike && !SUFFIXED.test(out)) {
    const letters = labelLetters(out);
    if (letters) out = [...letters].map((c) => CYRILLIC_FOR[c] ?? c).join('') + out.slice(letters.length);
  }
  if (form.zero !== 0x30) out = out.replace(/\d/g, (d) => String.fromCharCode(form.zero + d.charCodeAt(0) - 0x30));
  if (form.fullWidth) out = out.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (form.fullWidthMarks) out = out.replace(/[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return out;
}

/**
 * A label as a message or a fix's title names it. One written with a Cyrillic look-alike (`с)`, the form of
 * ITU's Russian texts) looks exactly like the Latin label on screen, so it says which it is: `с) (Cyrillic
 * с U+0441)`; a message saying "expected c)" over a fix that writes `с)` would name a label the delegate can
 * type and get wrong. Full-width forms and Arabic-Indic digits show as themselves. `cyrillicList`: the list
 * is lettered in the Cyrillic alphabet (`а) б) в)`), where a Cyrillic letter is what anyone expects.
 */
export function shownLabel(written: string, cyrillicList = false): string {
  // A directional mark beside an Arabic label is display, read as nothing (lang/fold.ts): a message shows the label
  // without it (it wrote `ج<U+200F>)`).
  const text = withoutMarks(written);
  if (cyrillicList || !LOOK_ALIKE.test(text)) return text;
  const letters = [...new Set(text.match(/[асеорху]/g))];
  return `${text} (${letters.map((c) => `Cyrillic ${c} U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')})`;
}

/** A label as written (`ｃ）`, `٣`, `с)`) in ASCII: the inverse of writeLabel. */
export function asciiLabel(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u0660-\u0669\u06F0-\u06F9асеорху]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
    return LATIN_FOR[c] ?? c;
  });
}

/** `label` (a label as a fix writes it) in the form `written` has: a reference keeps its own form. */
export function inFormOf(written: string, label: string): string {
  const form = labelForm(written);
  const same = labelForm(label);
  if (form.fullWidth === same.fullWidth && form.fullWidthMarks === same.fullWidthMarks && form.zero === same.zero && form.lookAlike === same.lookAlike) return label;
  return writeLabel(asciiLabel(label), form);
}

/** The part of a label before its parenthesis (`d` of `d)`, `abis` of `abis)`), or a decimal label whole. */
export function labelCore(label: Label): string {
  const paren = label.text.indexOf(')');
  return paren === -1 ? label.text : label.text.slice(0, paren);
}

/**
 * The smallest part of a label that differs from another label's text, by token (letters or digits,
 * a suffix, a parenthesis, a dot), so that `d)` → `e)` rewrites `d` and `1.12` → `1.11` rewrites `12`.
 */
export function labelChange(from: string, to: string): { offset: number; oldText: string; newText: string } | undefined {
  if (from === to) return undefined;
  const a = labelTokens(from);
  const b = labelTokens(to);
  // Tokens are compared as written: `a）` → `c）` rewrites `a`, `ａ）` → `a）` rewrites `ａ`.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offset = a.slice(0, head).join('').length;
  return { offset, oldText: a.slice(head, a.length - tail).join(''), newText: b.slice(head, b.length - tail).join('') };
}

// A suffix may stand before a space and the parenthesis (`أbis )`, an Arabic list's spacing).
const TOKEN = new RegExp(`\\d+|${SUFFIX}(?=[ \\u00A0]?[).]|$)|[a-z]+?(?=${SUFFIX}?(?:[).]|$))|[^a-z\\d]`, 'g');

/**
 * The tokens of a label as written, cut where its ASCII reading (asciiLabel, character for character)
 * cuts them: a full-width, Arabic-Indic or look-alike form is one token as its ASCII letter or digit is
 * (`a）` is `a` and `）`, not `）` alone).
 */
function labelTokens(text: string): string[] {
  const ascii = asciiLabel(text);
  const tokens = ascii.match(TOKEN);
  if (!tokens) return [text];
  if (ascii === text) return tokens;
  const out: string[] = [];
  let at = 0;
  for (const t of tokens) {
    at = ascii.indexOf(t, at);
    out.push(text.slice(at, at + t.length));
    at += t.length;
  }
  return out;
}

export function compareRank(a: { ordinal: number; suffixRank: number }, b: { ordinal: number; suffixRank: number }): number {
  return a.ordinal - b.ordinal || a.suffixRank - b.suffixRank;
}
