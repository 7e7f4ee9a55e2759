// Label spellings the comparison with the text in force does not count as changes. The six languages
// write one label in several ways that read the same: a Cyrillic look-alike for the Latin letter (`а)`
// for a), which no one can tell apart on screen), full-width forms in Chinese (`ａ）` for a)), a space
// before the parenthesis in Arabic as Word's right-to-left layout adds or drops it (`أ )` for `أ)`), the
// forms of alef and hā' (`ا)`, `ه)`) and Arabic-Indic digits (`١` for 1). Each is read as the same label
// (labels.ts, references.ts labelKey), so a MOD restating `а)` as `a)` changes nothing the meeting could
// see or vote on: the comparer folds these spellings on both sides, as it folds white space.
import { foldHyphens, UNSEEN } from './charClasses';
import { matchLocalLabel, READ_ALONE } from './labels';
import { labelKey, referenceMatches } from './references';
import type { Respelling } from '../compare/fold';
import { DIRECTION_MARKS, withoutMarks } from './fold';

const NONE: readonly Respelling[] = [];

/**
 * The labels of a white-space folded paragraph written in a spelling other than their key (references.ts
 * labelKey): the item's own label, with its separator as one space, and the labels its cross-references
 * name. Sorted, not overlapping.
 */
export function labelRespellings(folded: string, original: string): readonly Respelling[] {
  // Every spelling folded here holds a character outside ASCII; an ASCII label is its own key.
  if (isAscii(folded)) return NONE;
  const out: Respelling[] = [];
  const add = (start: number, written: string, key: string): void => {
    if (key === written) return;
    const end = start + written.length;
    const last = out[out.length - 1];
    if (last && start < last.end) return;
    out.push({ start, end, key });
  };
  // The item's label with its separator: a Chinese body set right after the parenthesis (`ａ）IP地址`)
  // and one after a TAB (`a)<TAB>IP地址`) are one text.
  // It is read as written (a TAB makes `١<TAB>` a label, where the folded `١ ` would be text); the
  // label's characters are no white space but a no-break space, which folds to one space, in place.
  const lead = original.length - original.trimStart().length;
  const own = matchLocalLabel(original.slice(lead), READ_ALONE);
  if (own) {
    const n = own.length;
    // A directional mark in an Arabic label (`ب<U+200F>)`) is no part of its key (lang/fold.ts).
    add(0, folded.slice(0, folded.charCodeAt(n) === 0x20 ? n + 1 : n), `${labelKey(withoutMarks(own.label.text))} `);
  }
  // A label spelled otherwise in a reference ends in a parenthesis (decimal clauses are ASCII, their own key).
  if (folded.includes(')') || folded.includes('）')) {
    for (const ref of referenceMatches(folded)) for (const t of ref.targets) add(t.index, t.label, labelKey(t.label));
    // A look-alike or full-width label standing alone (`пункт с) раздела ниже`): read as a label where the wording
    // around it no longer makes it a reference's, as it is in force where it does (compared so on one side only,
    // `track` wrote `{~~с) раздела~>с) ниже~~}`: the twenty-sixth session's property test of track).
    let extra: Respelling[] | undefined;
    for (const m of folded.matchAll(LONE_LABEL)) {
      const key = labelKey(m[0]);
      if (key === m[0] || out.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue;
      (extra ??= []).push({ start: m.index, end: m.index + m[0].length, key });
    }
    if (extra) return [...out, ...extra].sort((a, b) => a.start - b.start);
  }
  return out.length ? out : NONE;
}

/** A label of a Cyrillic look-alike letter, or with a full-width parenthesis, standing alone in a text (not in a word). */
const LONE_LABEL = /(?<![\p{L}\p{N}])(?:[асеорху]|[a-z]{1,4}|\d{1,3})[)）]/gu;

/**
 * Typography Word writes for what is typed (AutoFormat's "smart quotes", review 5 F17): the curly apostrophe
 * and single quotes for `'`, the curly double quotes for `"`; and the hyphens U+2010 and U+2011 (charClasses.ts). Each read as the
 * character typed. Guillemets (`« »`) are no such variant: they stay.
 */
const TYPOGRAPHIC = /[\u2010\u2011\u2018\u2019\u201A\u201B\u02BC\u201C\u201D\u201E\u201F]/g;
const HAS_TYPOGRAPHIC = new RegExp(TYPOGRAPHIC.source);
const TYPED: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"',
};

/**
 * Characters that are one text with another form (review 5, F25): a letter and the combining accents after it
 * (`e` + U+0301, as text extracted from PDFs gives `é`) read as their composed form (NFC); full-width digits
 * and letters (`９９`, typed in a Chinese input mode; not the full-width punctuation Chinese writes) and Arabic presentation forms (what PDF extraction of Arabic gives) read
 * as their compatibility form (NFKC). Other compatibility characters (`²`, `ﬁ`) stay: `m²` is no `m2`.
 */
const NORMALIZABLE = /\P{M}\p{M}+|[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFB50-\uFDFF\uFE70-\uFEFC]+/gu;
const HAS_NORMALIZABLE = /\p{M}|[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFB50-\uFDFF\uFE70-\uFEFC]/u;

/**
 * Everything the comparison with the text in force reads as written otherwise: the labels' other spellings
 * (labelRespellings); the hyphens that look like the hyphen-minus and differ from it only in where a line
 * may break (`ITU‑T` with U+2011, as ITU's own texts mix it with `ITU-T` in one sentence: review3 E23);
 * curly quotes and apostrophes, which Word writes for straight ones as they are typed (`l’alinéa` for
 * `l'alinéa`, `“digital divide”`: review 5 F17); and the forms NORMALIZABLE reads as one text, folded as the
 * no-break space is folded to a space. Sorted, not overlapping; a label's own span decides within it.
 */
export function textRespellings(folded: string, original: string): readonly Respelling[] {
  const others = otherRespellings(folded, original);
  if (!folded.includes(NOTE_MARK)) return others;
  // A footnote reference as base.ts markFootnotes wrote it: one token, whatever its label (renumbering is no change).
  const notes: Respelling[] = [];
  for (const m of folded.matchAll(NOTE_RUN)) notes.push({ start: m.index, end: m.index + m[0].length, key: NOTE_MARK });
  if (others.length === 0) return notes;
  const out: Respelling[] = [];
  let k = 0;
  for (const r of others) {
    while (k < notes.length && notes[k].end <= r.start) out.push(notes[k++]);
    if (k < notes.length && notes[k].start < r.end) continue;
    out.push(r);
  }
  while (k < notes.length) out.push(notes[k++]);
  return out;
}

/**
 * How a footnote reference is compared with the text in force (base.ts markFootnotes): `NOTE_MARK` then `NOTE_FILL` to
 * the reference's length (offsets hold), read as one token `NOTE_MARK` whatever its label. Private-use characters: no
 * text holds them where a reference is compared.
 */
export const NOTE_MARK = '\uE000';
export const NOTE_FILL = '\uE001';
const NOTE_RUN = /\uE000\uE001*/g;

function otherRespellings(folded: string, original: string): readonly Respelling[] {
  if (isAscii(folded)) return NONE;
  const labels = labelRespellings(folded, original);
  const typographic = HAS_TYPOGRAPHIC.test(folded);
  const normalizable = HAS_NORMALIZABLE.test(folded);
  const cjkSpaced = HAS_CJK.test(folded) && folded.includes(' ');
  const marked = HAS_DIRECTION_MARK.test(folded);
  if (!typographic && !normalizable && !cjkSpaced && !marked) return labels;
  const spans: Respelling[] = [];
  if (typographic) for (const m of folded.matchAll(TYPOGRAPHIC)) spans.push({ start: m.index, end: m.index + 1, key: TYPED[m[0]]! });
  if (normalizable) {
    for (const m of folded.matchAll(NORMALIZABLE)) {
      const key = m[0].normalize(m[0].charCodeAt(0) >= 0xfb50 ? 'NFKC' : 'NFC');
      if (key !== m[0]) spans.push({ start: m.index, end: m.index + m[0].length, key });
    }
  }
  if (cjkSpaced) {
    for (const m of folded.matchAll(CJK_SPACING)) {
      // The separator after a paragraph's label or number (`a) 通过…`, `1 继续…`) is FORMAT.md's, not typesetting.
      if (m.index === folded.indexOf(' ') && LABEL_HEAD.test(folded.slice(0, m.index))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, key: '' });
    }
  }
  // Directional marks are display, not text (lang/fold.ts DIRECTION_MARKS): compared as nothing.
  if (marked) for (const m of folded.matchAll(DIRECTION_MARK_RUN)) spans.push({ start: m.index, end: m.index + m[0].length, key: '' });
  if (Number(typographic) + Number(normalizable) + Number(cjkSpaced) + Number(marked) > 1) spans.sort((a, b) => a.start - b.start);
  const out: Respelling[] = [];
  let k = 0;
  let end = 0;
  for (const r of spans) {
    while (k < labels.length && labels[k].end <= r.start) {
      out.push(labels[k]);
      end = labels[k++].end;
    }
    // Inside a label's span (the label's key decides), or overlapping the span before: left as it is.
    if ((k < labels.length && labels[k].start < r.end) || r.start < end) continue;
    out.push(r);
    end = r.end;
  }
  while (k < labels.length) out.push(labels[k++]);
  return out;
}

const HAS_DIRECTION_MARK = new RegExp(`[${DIRECTION_MARKS}]`);
const DIRECTION_MARK_RUN = new RegExp(`[${DIRECTION_MARKS}]+`, 'g');

/** Chinese characters, CJK punctuation and full-width forms (`第`, `（`, `，`, `５`). */
const CJK = '\\u3000-\\u303F\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
/**
 * White space beside a Chinese character, between it and a letter, digit or another Chinese character
 * (`第 52 号决议`, `2012 年`, `ITU-T 第17研究组`, full-width spaces too): typesetting (PDF extraction, Word's
 * autospace between scripts), not a word break Chinese writes (review 6, G15).
 */
const CJK_SPACING = new RegExp(`(?<=[${CJK}])[\\s\\u00A0]+(?=[${CJK}\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])[\\s\\u00A0]+(?=[${CJK}])`, 'gu');

/** A first word that is a label or a clause number (`a)`, `ａ）`, `1`, `1.2`, `１．２`): the white space after it separates. */
const LABEL_HEAD = /^(?:\S*[)）]|[\d０-９]+(?:[.．][\d０-９]+)*[.．]?)$/u;

/** A text without the spacing CJK_SPACING reads as typesetting (a number line's key: `第 52 号决议` is `第52号决议`). */
export function withoutCjkSpacing(text: string): string {
  return HAS_CJK.test(text) ? text.replace(CJK_SPACING, '') : text;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

// ---------------------------------------------------------------- differences no one can see

/** Letters of other scripts drawn like a Latin letter (Cyrillic, Greek), and the Latin letter each looks like. */
const LOOKS_LATIN: Record<string, string> = {
  а: 'a', в: 'B', е: 'e', к: 'K', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v',
};
/** A character that shows nothing (charClasses.ts UNSEEN). */
export const UNSEEN_CHAR = new RegExp(`[${UNSEEN}]`, 'u');
const INVISIBLE = new RegExp(`[${UNSEEN}]`, 'gu');
const INVISIBLE_ONE = new RegExp(`^[${UNSEEN}]$`, 'u');
/** The fillers of Hangul, drawn as a blank: they look like the space they stand for. */
const BLANK_FILLER = /[\u115F\u1160\u3164\uFFA0]/g;

/** Whether a text holds a character that shows nothing (UNSEEN_CHAR). */
export function hasUnseen(text: string): boolean {
  return UNSEEN_CHAR.test(text);
}

/** A text without its characters that show nothing. */
export function withoutUnseen(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * A text as a message may quote it: each character that shows nothing (or turns the text around, an RLO)
 * written as its code point `<U+200B>`, so that a message never hides one nor is reordered by one.
 */
export function escapeUnseen(text: string): string {
  return UNSEEN_CHAR.test(text) ? text.replace(INVISIBLE, (c) => `<${codePoint(c)}>`) : text;
}

function scriptName(c: string): string {
  const code = c.codePointAt(0)!;
  if (code >= 0x400 && code <= 0x52f) return 'Cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'Greek';
  if (code < 0x250) return 'Latin';
  return '';
}

/** `U+200B`: a character's code point as Unicode writes it. */
export function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function seen(c: string): string {
  if (c === ' ') return `space ${codePoint(c)}`;
  if (INVISIBLE_ONE.test(c)) return codePoint(c);
  const script = scriptName(c);
  return `${script ? `${script} ` : ''}${c} ${codePoint(c)}`;
}

/**
 * What sets two texts apart that look the same on screen, or undefined when they look different: letters
 * of other scripts drawn like Latin ones (`сеть` with a Latin `c`, `a)` for `а)`), and characters that show
 * nothing (a zero-width space, a soft hyphen). Each difference as `Cyrillic с U+0441 → Latin c U+0063`,
 * `+ U+200B`, `− U+00AD` (at most three, then `…`).
 */
export function invisibleDifference(before: string, after: string): string | undefined {
  if (before === after) return undefined;
  const looks = (s: string) => foldHyphens(s.replace(BLANK_FILLER, ' ').replace(INVISIBLE, '')).replace(/./gu, (c) => LOOKS_LATIN[c] ?? c);
  if (looks(before) !== looks(after)) return undefined;
  const out: string[] = [];
  const a = [...before];
  const b = [...after];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && INVISIBLE_ONE.test(a[i]!) && !(j < b.length && looksBlank(a[i]!) && b[j] === ' ')) out.push(`− ${codePoint(a[i++]!)}`);
    else if (j < b.length && INVISIBLE_ONE.test(b[j]!) && !(i < a.length && looksBlank(b[j]!) && a[i] === ' ')) out.push(`+ ${codePoint(b[j++]!)}`);
    else out.push(`${seen(a[i++]!)} → ${seen(b[j++]!)}`);
  }
  return out.length > 3 ? `${out.slice(0, 3).join(', ')}, …` : out.join(', ');
}

function looksBlank(c: string): boolean {
  return '\u115F\u1160\u3164\uFFA0'.includes(c);
}

const LETTER_RUN = new RegExp(`[\\p{L}\\p{M}${UNSEEN}]+`, 'gu');

/**
 * Whether a text holds a character that shows nothing, or a word whose letters mix the Latin script with
 * the Cyrillic or the Greek one (`cеть` with a Latin c): what a look-alike slip leaves in a text.
 */
export function mixesScripts(text: string): boolean {
  if (UNSEEN_CHAR.test(text)) return true;
  for (const word of text.match(LETTER_RUN) ?? []) {
    const scripts = new Set<string>();
    for (const c of word) {
      const s = scriptName(c);
      if (s) scripts.add(s);
    }
    if (scripts.size > 1) return true;
  }
  return false;
}
