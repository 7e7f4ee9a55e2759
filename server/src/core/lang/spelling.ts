// Label spellings the comparison with the text in force does not count as changes. The six languages
// write one label in several ways that read the same: a Cyrillic look-alike for the Latin letter (`а)`
// for a), which no one can tell apart on screen), full-width forms in Chinese (`ａ）` for a)), a space
// before the parenthesis in Arabic as Word's right-to-left layout adds or drops it (`أ )` for `أ)`), the
// forms of alef and hā' (`ا)`, `ه)`) and Arabic-Indic digits (`١` for 1). Each is read as the same label
// (labels.ts, references.ts labelKey), so a MOD restating `а)` as `a)` changes nothing the meeting could
// see or vote on: the comparer folds these spellings on both sides, as it folds white space.
import { matchLocalLabel, READ_ALONE } from './labels';
import { labelKey, referenceMatches } from './references';
import type { Respelling } from '../compare/fold';

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
    add(0, folded.slice(0, folded.charCodeAt(n) === 0x20 ? n + 1 : n), `${labelKey(own.label.text)} `);
  }
  // A label spelled otherwise in a reference ends in a parenthesis (decimal clauses are ASCII, their own key).
  if (folded.includes(')') || folded.includes('）')) {
    for (const ref of referenceMatches(folded)) for (const t of ref.targets) add(t.index, t.label, labelKey(t.label));
  }
  return out.length ? out : NONE;
}

/** Hyphens drawn like the hyphen-minus: U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN (Word's Ctrl+Shift+-). */
const HYPHENS = /[\u2010\u2011]/g;

/**
 * Typography Word writes for what is typed (AutoFormat's "smart quotes", review 5 F17): the curly apostrophe
 * and single quotes for `'`, the curly double quotes for `"`; and the hyphens of HYPHENS. Each read as the
 * character typed. Guillemets (`« »`) are no such variant: they stay.
 */
const TYPOGRAPHIC = /[\u2010\u2011\u2018\u2019\u201A\u201B\u02BC\u201C\u201D\u201E\u201F]/g;
const HAS_TYPOGRAPHIC = new RegExp(TYPOGRAPHIC.source);
const TYPED: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"',
};

/**
 * Everything the comparison with the text in force reads as written otherwise: the labels' other spellings
 * (labelRespellings); the hyphens that look like the hyphen-minus and differ from it only in where a line
 * may break (`ITU‑T` with U+2011, as ITU's own texts mix it with `ITU-T` in one sentence: review3 E23); and
 * curly quotes and apostrophes, which Word writes for straight ones as they are typed (`l’alinéa` for
 * `l'alinéa`, `“digital divide”`: review 5 F17), folded as the no-break space is folded to a space. Sorted,
 * not overlapping.
 */
export function textRespellings(folded: string, original: string): readonly Respelling[] {
  if (isAscii(folded)) return NONE;
  const labels = labelRespellings(folded, original);
  if (!HAS_TYPOGRAPHIC.test(folded)) return labels;
  const out: Respelling[] = [];
  let k = 0;
  for (const m of folded.matchAll(TYPOGRAPHIC)) {
    while (k < labels.length && labels[k].end <= m.index) out.push(labels[k++]);
    if (k < labels.length && labels[k].start <= m.index) continue; // inside a label's span: the label's key decides
    out.push({ start: m.index, end: m.index + 1, key: TYPED[m[0]]! });
  }
  while (k < labels.length) out.push(labels[k++]);
  return out;
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
/** Characters that show nothing: zero-width space and joiners, soft hyphen, word joiner, direction marks, BOM. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\uFEFF]/g;

function scriptName(c: string): string {
  const code = c.codePointAt(0)!;
  if (code >= 0x400 && code <= 0x52f) return 'Cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'Greek';
  if (code < 0x250) return 'Latin';
  return '';
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function seen(c: string): string {
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
  const looks = (s: string) => s.replace(INVISIBLE, '').replace(HYPHENS, '-').replace(/./gu, (c) => LOOKS_LATIN[c] ?? c);
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
    } else if (i < a.length && /^[\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\uFEFF]$/.test(a[i]!)) out.push(`− ${codePoint(a[i++]!)}`);
    else if (j < b.length && /^[\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\uFEFF]$/.test(b[j]!)) out.push(`+ ${codePoint(b[j++]!)}`);
    else out.push(`${seen(a[i++]!)} → ${seen(b[j++]!)}`);
  }
  return out.length > 3 ? `${out.slice(0, 3).join(', ')}, …` : out.join(', ');
}

const LETTER_RUN = /[\p{L}\p{M}\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\uFEFF]+/gu;

/**
 * Whether a text holds a character that shows nothing, or a word whose letters mix the Latin script with
 * the Cyrillic or the Greek one (`cеть` with a Latin c): what a look-alike slip leaves in a text.
 */
export function mixesScripts(text: string): boolean {
  if (/[\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\uFEFF]/.test(text)) return true;
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
