// Labels as the six languages write them: Arabic letters in abjad order with the parenthesis as
// typed right to left (`أ )`, `هـ)`), Russian letters (Latin, sometimes typed with Cyrillic look-alikes
// `а)`, `с)`; or a Cyrillic list `а) б) в)`), Chinese full-width forms (`ａ）`, `１．２`) and Arabic's
// reversed decimal numbers (`1.3` for clause 3.1 in ITU's Arabic Word files).
import { decimalLabel, finish, LABEL_NUMBER, LATIN_FOR, matchLabel, NO_BREAK_SPACES, SUFFIXES, suffixRank, type LabelMatch } from '../labels';
import type { Label, Paragraph } from '../types';
import { ARABIC_LETTERS, CYRILLIC_LETTERS } from './alphabets';
import { hasArabic } from './charClasses';
import { DIRECTION_MARKS, isDirectionMark } from './fold';

const ARABIC_ORDINAL = new Map<string, number>(ARABIC_LETTERS.map((l, i) => [l, i + 1]));
ARABIC_ORDINAL.set('ا', 1).set('إ', 1).set('ه', 5);
// An inserted item carries its suffix on the letter (`أbis)`, `بter )`), as the bis fix writes it (labels.ts formatLabel).
// A directional mark (lang/fold.ts DIRECTION_MARKS) where Arabic Word text puts one, beside the parenthesis, is read as nothing.
const ARABIC_LABEL = new RegExp(`^(هـ|[أاإبجدهوزحطيكلمنسعفصقرشتثخذضظغ])(${SUFFIXES.join('|')})?([ \\u00A0]?)[${DIRECTION_MARKS}]*\\)[${DIRECTION_MARKS}]*(?=[\\t ${NO_BREAK_SPACES}]|$)`);

/**
 * A sub-item numbered between single quotes, as UN-style Arabic texts number the sub-items of an item (`‘1’`, `‘2’` where
 * English writes (i), (ii)): the curly quotes in either order (Word stores them as typed, a right-to-left line shows them
 * mirrored) or ASCII apostrophes, ASCII or Arabic-Indic digits. Read in a paragraph holding Arabic only (an English line
 * opening `'1'` is no list), as a number in parentheses is (`paren`); its key (lang/references.ts labelKey) is `'1'`.
 */
export const QUOTED_NUMBER = new RegExp(`^([\\u2018\\u2019'])([0-9\\u0660-\\u0669\\u06F0-\\u06F9]{1,2})([\\u2018\\u2019'])(?=[\\t ${NO_BREAK_SPACES}])`);

const CYRILLIC_ORDINAL = new Map<string, number>(CYRILLIC_LETTERS.map((l, i) => [l, i + 1]));
/**
 * A Cyrillic letter label: a look-alike typed for a Latin letter (`с)` for c) in ITU's Russian texts, LATIN_FOR), or a
 * letter of a Cyrillic list; an inserted item's suffix in Latin on the letter (`аbis)` typed for abis), `бbis)` in a
 * Cyrillic list, as the bis fix writes it: docs/format-decisions.md, Languages).
 */
const CYRILLIC_LABEL = new RegExp(`^([а-яё])(${SUFFIXES.join('|')})?\\)(?=[\\t ${NO_BREAK_SPACES}]|$)`);
/** A Cyrillic label that has no Latin look-alike: the text letters in Cyrillic (`б)`, `в)`). */
const CYRILLIC_ONLY = new RegExp(`^[бвгджзиклмнптфцчшщэюя]\\)[\\t ${NO_BREAK_SPACES}]`);

export interface LabelContext {
  /** Some label is a Cyrillic letter with no Latin look-alike: Cyrillic letters count in Cyrillic order. */
  cyrillicAlphabet: boolean;
}

/** A label read on its own, without the rest of the text (a Cyrillic look-alike is its Latin letter). */
export const READ_ALONE: LabelContext = { cyrillicAlphabet: false };

const LATIN_ORDER: LabelContext = { cyrillicAlphabet: false };
const CYRILLIC_ORDER: LabelContext = { cyrillicAlphabet: true };

/** Whether a paragraph opens with a Cyrillic letter label that has no Latin look-alike (`б)`). */
function opensCyrillicOnly(text: string): boolean {
  // The pattern's letters all lie between б (U+0431) and я (U+044F): most paragraphs are asked no pattern.
  const first = text.charCodeAt(0);
  return first >= 0x0431 && first <= 0x044f && CYRILLIC_ONLY.test(text);
}

/**
 * The context each paragraph's label is read in: by part of the text, the parts cut where `startsPart(i)` says (a
 * proposal's header, a number line: one text writes its lists one way; a call section alone was too small a part, an
 * excerpt's `р) с)` under one call read as Latin `p) c)` beside the `б)` of another). A part that has a Cyrillic letter label with no Latin look-alike
 * (`б)`) is a Cyrillic list and counts its letters in Cyrillic order; in any other part a Cyrillic look-alike is the
 * Latin letter (`с)` for c), ITU's Russian texts). Decided for the whole document, one Resolution's Cyrillic list made the
 * look-alikes of another `учитывая` (`а) b) с)`) a gap (`с` the 18th letter), and a proposal read in the editor alone
 * (core/incremental.ts) was read otherwise than in the whole check. The same context for all (one object) where no part
 * has such a label.
 */
export function labelContexts(paragraphs: readonly { text: string }[], startsPart: (i: number) => boolean): LabelContext | LabelContext[] {
  let any = false;
  for (let i = 0; i < paragraphs.length && !any; i++) any = opensCyrillicOnly(paragraphs[i].text);
  if (!any) return LATIN_ORDER;
  const out = new Array<LabelContext>(paragraphs.length);
  for (let start = 0; start < paragraphs.length; ) {
    let end = start + 1;
    while (end < paragraphs.length && !startsPart(end)) end++;
    let cyrillic = false;
    for (let i = start; i < end && !cyrillic; i++) cyrillic = opensCyrillicOnly(paragraphs[i].text);
    out.fill(cyrillic ? CYRILLIC_ORDER : LATIN_ORDER, start, end);
    start = end;
  }
  return out;
}

/**
 * Full-width forms (`ａ）`, `１．２`, the ideographic space) and Arabic-Indic digits as their ASCII
 * counterparts, character for character, so that offsets stay the same.
 */
export function foldLabelForms(text: string): string {
  if (!/[\uFF01-\uFF5E\u3000\u0660-\u0669\u06F0-\u06F9]/.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E\u3000\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
    return String.fromCharCode(code - 0xfee0);
  });
}

/**
 * A label with its body right after the parenthesis, as Chinese texts set it: `a)全权代表大会…`, and
 * a body that starts in Latin letters or digits, `a)IP地址…`, `b)5G…`, `c)ITU-T第17研究组…` (a suffix
 * after the parenthesis, `b)bis向…`, when no Latin letter follows it).
 */
const TIGHT_LABEL = new RegExp(`^(?:[ivxlcdm]{4,8}|[a-z]{1,3}|${LABEL_NUMBER})(?:${SUFFIXES.join('|')})?\\)(?:(?:${SUFFIXES.join('|')})(?![a-z]))?(?=[^\\t ${NO_BREAK_SPACES}])`);
const CJK = /[\u3400-\u9FFF]/;

/**
 * Reads a label at the start of a paragraph in any of the six languages (`plain`: the text is a plain
 * line, lang/references.ts isPlainLine: it holds nothing foldLabelForms folds).
 */
export function matchLocalLabel(text: string, ctx: LabelContext, plain = false): LabelMatch | undefined {
  const first = text.charCodeAt(0);
  // A directional mark before the label (`<U+200E>10.4.1<TAB>`, F.921 (08/2018) as ITU's Word file has it; review 8,
  // I7) is read as nothing (lang/fold.ts): the label after it, keyed without it, its span after it.
  if (isDirectionMark(first)) {
    let k = 1;
    while (isDirectionMark(text.charCodeAt(k))) k++;
    const after = matchLocalLabel(text.slice(k), ctx, plain);
    return after && { ...after, length: after.length + k, bodyOffset: after.bodyOffset + k };
  }
  if (first >= 0x0600 && first <= 0x06ff) {
    const m = ARABIC_LABEL.exec(text);
    if (m) {
      const label: Label = { kind: 'letter', text: m[0], parts: [m[1]], ordinal: ARABIC_ORDINAL.get(m[1])!, suffixRank: suffixRank(m[2]), script: 'arabic' };
      return finish(text, label, m[0].length, undefined, true);
    }
  }
  // A quote opens no other label: the line is asked this pattern only when it opens with one.
  if ((first === 0x2018 || first === 0x2019 || first === 0x27) && !plain) {
    const m = QUOTED_NUMBER.exec(text);
    if (m && hasArabic(text)) {
      const n = foldLabelForms(m[2]);
      const label: Label = { kind: 'decimal', text: m[0], parts: [n], ordinal: Number(n), suffixRank: 0, paren: true };
      return finish(text, label, m[0].length, undefined, true);
    }
    return undefined;
  }
  if (first >= 0x0430 && first <= 0x045f) {
    const m = CYRILLIC_LABEL.exec(text);
    if (m) {
      const letter = m[1];
      if (!ctx.cyrillicAlphabet && LATIN_FOR[letter]) {
        const read = matchLabel(LATIN_FOR[letter] + text.slice(1));
        if (read) return { ...read, label: { ...read.label, text: m[0] }, alternative: undefined };
      }
      const ordinal = CYRILLIC_ORDINAL.get(letter);
      if (ordinal === undefined) return undefined;
      const label: Label = { kind: 'letter', text: m[0], parts: [letter], ordinal, suffixRank: suffixRank(m[2]), script: 'cyrillic' };
      return finish(text, label, m[0].length, undefined, true);
    }
  }
  // The labels below open with a lower-case letter or a digit, once folded: a line that opens otherwise is not folded at all.
  if (!mayOpenFoldedLabel(first)) return undefined;
  const folded = plain ? text : foldLabelForms(text);
  const direct = matchLabel(folded);
  if (direct) return folded === text ? direct : written(direct, text);
  // Chinese texts may set the body right after the parenthesis (`a)全权代表大会…`, `a)IP地址…`): a
  // paragraph whose text holds Chinese. Latin text keeps the separator FORMAT.md §1 asks for.
  // A plain line holds no Chinese (lang/references.ts isPlainLine): the pattern is not asked.
  const cjk = plain ? null : TIGHT_LABEL.exec(folded);
  if (cjk && CJK.test(folded.slice(cjk[0].length))) {
    const read = matchLabel(`${cjk[0]}\t${folded.slice(cjk[0].length)}`);
    if (read) return { ...written(read, text), bodyOffset: cjk[0].length, looseSeparator: true };
  }
  return undefined;
}

/** Whether a character folds (foldLabelForms) to a lower-case ASCII letter or a digit. */
function mayOpenFoldedLabel(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** A label read from folded text, with its text as written. */
function written(match: LabelMatch, original: string): LabelMatch {
  // Folding keeps every character's place, so the label's text is the original's same span.
  const relabel = (l: Label): Label => ({ ...l, text: original.slice(0, l.text.length) });
  return { ...match, label: relabel(match.label), alternative: match.alternative && relabel(match.alternative) };
}

// ---------------------------------------------------------------- reversed decimals

/**
 * In ITU's Arabic Word files decimal clause numbers are stored in reverse order (`1.3` is clause 3.1,
 * `2.1.3` is 3.1.2). Among the Arabic paragraphs' decimal labels, the order that makes more of them
 * follow the one before (next number, first sub-clause, or back up a level) is taken; when reversed,
 * their labels are re-read with `parts` in reading order and `reversed` set (the text stays as written).
 */
export function readArabicDecimals(paragraphs: readonly Paragraph[], matches: (LabelMatch | undefined)[], lines?: readonly ({ readonly plain: boolean } | undefined)[]): void {
  const at: number[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    // A plain line (lang/references.ts isPlainLine) holds no Arabic letter.
    if (m && m.label.kind === 'decimal' && !m.label.paren && lines?.[i]?.plain !== true && hasArabic(paragraphs[i].text)) at.push(i);
  }
  if (!at.some((i) => matches[i]!.label.parts.length > 1)) return;
  const forward = at.map((i) => numbers(matches[i]!.label.parts));
  const backward = forward.map((p) => [...p].reverse());
  if (follows(backward) <= follows(forward)) return;
  for (const i of at) {
    const m = matches[i]!;
    if (m.label.parts.length < 2) continue;
    const logical = decimalLabel([...m.label.parts].reverse().join('.'));
    matches[i] = { ...m, label: { ...logical, text: m.label.text, reversed: true } };
  }
}

function numbers(parts: string[]): number[] {
  return parts.map((p) => parseInt(p, 10));
}

/** How many labels follow the one before them as a next number, a first sub-clause or a number after backing up. */
function follows(seq: number[][]): number {
  let n = 0;
  for (let i = 1; i < seq.length; i++) {
    const [a, b] = [seq[i - 1], seq[i]];
    const child = b.length === a.length + 1 && a.every((x, k) => x === b[k]) && b[b.length - 1] <= 1;
    const next = b.length <= a.length && b.slice(0, -1).every((x, k) => x === a[k]) && b[b.length - 1] === a[b.length - 1] + 1;
    if (child || next) n++;
  }
  return n;
}

// ---------------------------------------------------------------- spacing of a label written elsewhere

/**
 * `label` (as a fix writes it, in its list's spacing) with the spacing `written` has before its
 * parenthesis: an Arabic reference `ج)` to an item `ج )` is relettered `د)`, not `د )` (the parenthesis as
 * typed, docs/languages.md). Other labels are returned as they are.
 */
export function spacedLike(written: string, label: string): string {
  const spaced = /[ \u00A0]\)/.exec(written);
  const has = /[ \u00A0](?=\))/.exec(label);
  if (!hasArabic(label) || !hasArabic(written) || Boolean(spaced) === Boolean(has)) return label;
  return has ? label.slice(0, has.index) + label.slice(has.index + 1) : label.replace(/(?=\))/, spaced![0][0]);
}
