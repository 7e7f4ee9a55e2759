// characters.*: characters a delegate cannot see on screen, left in a text by copying from Word or a PDF
// (a soft hyphen, a zero-width space, a vertical tab) or put there to mislead (a right-to-left override).
// One scan of the whole text for any of them (most texts have none); only the lines holding one are read
// further, so the cost is that of the text (review5 F1, F2, F4).
import type { CheckFamily, CheckContext } from './family';
import { COVER_FIELD, HEADER } from '../structure';
import { isReasons, matchCall, matchNumberLine, matchSection } from '../lang/match';
import { withoutMarks } from '../lang/fold';
import { matchLocalLabel, READ_ALONE } from '../lang/labels';
import { RTL_SCRIPTS, UNSEEN } from '../lang/charClasses';
import { codePoint, hasUnseen, withoutUnseen } from '../lang/spelling';
import { l10n } from '../l10n';
import { MemoSlot } from '../memo';
import type { Finding, Paragraph, TextEdit, View } from '../types';
import { lineEndAt, lineStartAt } from '../text';

/**
 * What this family reads: characters that show nothing (Default_Ignorable_Code_Point), direction controls
 * (Bidi_Control), control characters other than TAB, LF and CR, and noncharacters (U+FFFE, U+FFFF …).
 */
// The control characters (\p{Cc}) are spelled out without TAB, LF and CR: a class alone scans a 10 KB text in
// about half the time a class behind a lookahead takes.
const SUSPECT = new RegExp(String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F${UNSEEN}\p{Noncharacter_Code_Point}]`, 'guy');
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Noncharacter_Code_Point}]/u;
/** The controls that reorder what is shown: embeddings, overrides, isolates and their ends (Trojan Source, CVE-2021-42574). */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/u;
const OVERRIDE = /[\u202D\u202E]/u;
/** A letter of a script written right to left: a line holding one may need the embeddings and isolates. */
const RTL_LETTER = new RegExp(`[${RTL_SCRIPTS}]`, 'u');

/**
 * Whether a UTF-16 code unit may start a SUSPECT character: the only code units SUSPECT's classes hold, as ranges
 * (a superset: SUSPECT decides). Most text is none of them, and a comparison of codes costs far less than the
 * pattern's Unicode classes at every position (they were a quarter of the check of a 100 KB text), or than a
 * class of these ranges (0.78 against 0.17 ms a 100 KB text).
 */
export function mayBeSuspect(c: number): boolean {
  if (c < 0xa0) return c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0x7f;
  if (c < 0x115f) return c === 0xad || c === 0x34f || c === 0x61c;
  return c <= 0x1160 || (c >= 0x17b4 && c <= 0x17b5) || (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff || c === 0xffa0 || c >= 0xfff0;
}

/** Where a suspect character stands, and the line holding it. */
interface Hit {
  at: number;
  char: string;
}

/**
 * Where the code units mayBeSuspect holds stand in a text, from `from` on (none in most texts). The parse
 * asks (document.ts): its binary test (checks/input.ts) reads these places only, and the check below reads
 * them from the parse (SUSPECTS) instead of going over the text a second time. `beyond` gets, in order, where
 * the code units stand that no plain line holds (lang/references.ts isPlainLine; none in most texts): a
 * paragraph whose source holds none is plain, without a scan of its own (structure.ts lexParagraphs).
 */
export function suspectsIn(text: string, from: number, beyond?: number[]): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    // A native scan over printable ASCII, TAB, LF and CR (none of them suspect) to the next other character:
    // a text in Latin letters is read at a fraction of a char-code loop's cost (8 against 18 µs a 10 KB text).
    NOT_PLAIN_ASCII.lastIndex = i;
    if (!NOT_PLAIN_ASCII.test(text)) break;
    i = NOT_PLAIN_ASCII.lastIndex - 1;
    // Then char by char until ASCII_RUN such characters in a row: a text in another script is read here, as a
    // loop reads it, not one pattern call a word.
    for (let ascii = 0; i < n && ascii < ASCII_RUN; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) ascii++;
      else {
        ascii = 0;
        if (mayBeSuspect(c)) out.push(i);
        // The code units no plain line holds (lang/references.ts isPlainLine), for the parse (`beyond`).
        if (beyond !== undefined && !(c <= 0x17e || (c >= 0x180 && c <= 0x24f) || (c >= 0x2000 && c <= 0x206f))) beyond.push(i);
      }
    }
  }
  return out;
}

const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/g;
/** How many printable ASCII characters in a row send suspectsIn back to the native scan. */
const ASCII_RUN = 32;

/** The places suspectsIn found in the parse's text (from its BOM on), kept by the parse that asked. */
export const SUSPECTS = new MemoSlot<number[]>();

export function checkCharacters(ctx: CheckContext): Finding[] {
  const { doc } = ctx;
  const text = doc.text;
  // The lines holding one, each with its characters.
  const lines = new Map<number, Hit[]>();
  // The line of the last hit: a line of many hits is looked back over once, not once a hit.
  let start = doc.bom;
  let stop = -1;
  // Where the last character read ends: the rest of it (the low half of a surrogate pair) is no character of its own.
  let next = 0;
  const suspects = SUSPECTS.get(doc) ?? suspectsIn(text, doc.bom);
  // The replacement characters (U+FFFD, among the suspects) by line: what a decoder wrote for bytes it could not read.
  let replaced: Map<number, number[]> | undefined;
  for (let k = 0; k < suspects.length; k++) {
    const i = suspects[k];
    if (i < next) continue;
    const replacement = text.charCodeAt(i) === 0xfffd;
    SUSPECT.lastIndex = i;
    const m = replacement ? null : SUSPECT.exec(text);
    if (!replacement && (!m || m.index !== i)) continue;
    if (i > stop) {
      // Lines end at an LF, a CRLF or a CR alone (a file of CRs read as one line merged its findings, and one Arabic
      // letter anywhere made every line right-to-left).
      start = Math.max(lineStartAt(text, i), doc.bom);
      stop = lineEndAt(text, i);
    }
    if (replacement) {
      const list = (replaced ??= new Map()).get(start);
      if (list) list.push(i);
      else replaced.set(start, [i]);
      continue;
    }
    let hits = lines.get(start);
    if (!hits) lines.set(start, (hits = []));
    hits.push({ at: i, char: m![0] });
    next = i + m![0].length;
  }
  const findings: Finding[] = replaced ? replacementFindings(replaced) : [];
  if (lines.size === 0) return findings;
  const structural = structuralFindings(ctx, lines);
  for (const f of structural) findings.push(f);
  const reported = new Set(structural.map((f) => f.start));
  for (const [start, hits] of lines) {
    const end = lineEndAt(text, start);
    const bidi = hits.filter((h) => REORDERING.test(h.char));
    // An override is never needed in an ITU text; embeddings and isolates are, around right-to-left words.
    if (bidi.length > 0 && !reported.has(start) && (bidi.some((h) => OVERRIDE.test(h.char)) || !RTL_LETTER.test(text.slice(start, end)))) {
      findings.push({
        code: 'characters.bidi',
        severity: 'warning',
        start: bidi[0].at,
        end: bidi[bidi.length - 1].at + bidi[bidi.length - 1].char.length,
        message: l10n.t('Direction control characters {0} in a left-to-right line: they show the text in another order than the file holds it (what the meeting reads is not what is proposed). Remove them.', named(bidi)),
        fix: { title: l10n.t('Remove the direction control characters'), edits: removals(bidi), safeForFixAll: true },
      });
    }
    for (const h of hits) {
      if (!CONTROL.test(h.char)) continue;
      const vt = h.char === '\v';
      findings.push({
        code: 'characters.control',
        severity: 'warning',
        start: h.at,
        end: h.at + h.char.length,
        message: vt
          ? l10n.t('A vertical tab (U+000B, a manual line break pasted from Word) in the text: the format has no line break inside a paragraph, and what reads the file may drop it and join the words. Write a space, or start a new paragraph.')
          : l10n.t('{0} in the text is no character of text (a control character or a noncharacter): it shows nothing, and Word cannot hold most of them. Remove it.', codePoint(h.char)),
        fix: vt
          ? { title: l10n.t('Replace the line break with a space'), edits: [{ start: h.at, end: h.at + 1, newText: ' ' }], safeForFixAll: true }
          : { title: l10n.t('Remove {0}', codePoint(h.char)), edits: [{ start: h.at, end: h.at + h.char.length, newText: '' }], safeForFixAll: true },
      });
    }
  }
  return findings;
}

/**
 * One finding a line for its replacement characters (review 8, I14): a file in Windows-1252 or another code page
 * read as UTF-8 (by the CLI, or by an editor that did not guess its encoding) has one for every accented letter,
 * and a `RÉSOLUTION` so read is no Resolution. The bytes are lost in the text: no fix can restore them.
 */
function replacementFindings(replaced: Map<number, number[]>): Finding[] {
  const out: Finding[] = [];
  for (const at of replaced.values()) {
    out.push({
      code: 'characters.replacement',
      severity: 'error',
      start: at[0],
      end: at[at.length - 1] + 1,
      message: at.length === 1
        ? l10n.t('A replacement character (U+FFFD) in this line: bytes the file\'s encoding did not give as text, lost when it was read. The file is probably not UTF-8 (Windows-1252 or another code page): open it again in its own encoding (VS Code: Reopen with Encoding) and save it as UTF-8.')
        : l10n.t('{0} replacement characters (U+FFFD) in this line: bytes the file\'s encoding did not give as text, lost when it was read. The file is probably not UTF-8 (Windows-1252 or another code page): open it again in its own encoding (VS Code: Reopen with Encoding) and save it as UTF-8.', at.length),
    });
  }
  return out;
}

/** `U+200B, U+00AD`: the code points of the characters, each named once. */
function named(hits: Hit[]): string {
  return [...new Set(hits.map((h) => codePoint(h.char)))].join(', ');
}

function removals(hits: Hit[]): TextEdit[] {
  return hits.map((h) => ({ start: h.at, end: h.at + h.char.length, newText: '' }));
}

// ---------------------------------------------------------------- what the invisible characters switch off

type Role = 'header' | 'number' | 'reasons' | 'call' | 'label' | 'heading' | 'cover';

/**
 * What a paragraph's text reads as on its own, as the parse (structure.ts) reads it: each role with what
 * identifies it (the header's action, the number, the call phrase, the label), an invisible character in
 * the rest of the line (`RESOLUTION 99 (Rev. Gene<U+00AD>va, 2022)`) keeping the role.
 */
function roles(text: string): Map<Role, string> {
  const out = new Map<Role, string>();
  const header = HEADER.exec(text);
  if (header && (header[2].includes('\t') || header[3].includes('/'))) out.set('header', header[1]);
  const number = matchNumberLine(text);
  if (number) out.set('number', number.number);
  if (isReasons(text)) out.set('reasons', '');
  const call = matchCall(text);
  if (call) out.set('call', call.phrase);
  const label = matchLocalLabel(text, READ_ALONE);
  // A directional mark an Arabic label may carry (`ب<U+200F>)`) is read as nothing (lang/fold.ts): the same label.
  if (label) out.set('label', withoutMarks(label.label.text));
  const section = matchSection(text);
  if (section !== undefined) out.set('heading', section);
  if (COVER_FIELD.test(text)) out.set('cover', '');
  return out;
}

/**
 * Paragraphs holding a character that shows nothing which, without it, would be read as something the
 * structure rests on (a proposal header, a number line, a call, a label, `Reasons:`, a SECTION heading,
 * a cover field) and with it are not: the delegate sees a number line the checker does not read, so a MOD
 * is never compared with the text in force (review5 F1). The fix removes them.
 */
function structuralFindings(ctx: CheckContext, lines: Map<number, Hit[]>): Finding[] {
  const { doc } = ctx;
  const unseenLines = [...lines].filter(([, hits]) => hits.some((h) => hasUnseen(h.char)));
  if (unseenLines.length === 0) return [];
  const findings: Finding[] = [];
  const done = new Set<number>();
  const views: View[] = ctx.distinctOld ? [doc.views.new, doc.views.old] : [doc.views.new];
  for (const view of views) {
    for (const [start, hits] of unseenLines) {
      for (const p of paragraphsOn(view, start, lineEndAt(doc.text, start))) {
        if (done.has(p.source.start)) continue;
        const stripped = withoutUnseen(p.text);
        if (stripped === p.text) continue;
        const role = lostRole(p.text, stripped);
        if (!role) continue;
        done.add(p.source.start);
        const inside = hits.filter((h) => hasUnseen(h.char) && h.at >= p.source.start && h.at < p.source.end);
        if (inside.length === 0) continue;
        findings.push({
          code: 'characters.invisible',
          severity: 'error',
          start: p.source.start,
          end: p.source.end,
          message: lostMessage(role[0], role[1], named(inside)),
          fix: { title: l10n.t('Remove the invisible characters {0}', named(inside)), edits: removals(inside), safeForFixAll: true },
        });
      }
    }
  }
  return findings;
}

/** The first role the text has without its invisible characters and not with them, with the line as it would read. */
function lostRole(text: string, stripped: string): [Role, string] | undefined {
  const without = roles(stripped);
  if (without.size === 0) return undefined;
  const withThem = roles(text);
  for (const [role, key] of without) {
    if (withThem.get(role) === key) continue;
    return [role, role === 'label' || role === 'call' || role === 'header' ? key : stripped.trim()];
  }
  return undefined;
}

function lostMessage(role: Role, read: string, chars: string): string {
  switch (role) {
    case 'header':
      return l10n.t('Invisible characters {0} in what looks like the proposal header {1}: it is not read as a header, so the text after it is no proposal. Remove them.', chars, `"${read}"`);
    case 'number':
      return l10n.t('Invisible characters {0} in what looks like the number line {1}: it is not read as a number line, so the text is not found among the texts in force nor compared with them. Remove them.', chars, `"${read}"`);
    case 'reasons':
      return l10n.t('Invisible characters {0} in what looks like the Reasons paragraph: it is not read as one and is taken for text of the proposal. Remove them.', chars);
    case 'call':
      return l10n.t('Invisible characters {0} in what looks like the call {1}: it is not read as a call, so its items are read under the call before it. Remove them.', chars, `"${read}"`);
    case 'label':
      return l10n.t('Invisible characters {0} in what looks like the label {1}: it is not read as a label, so the numbering and the references miss this item. Remove them.', chars, `"${read}"`);
    default:
      return l10n.t('Invisible characters {0} in what looks like a heading or a cover field: it is not read as one. Remove them.', chars);
  }
}

/** The paragraphs of a view whose source overlaps [start, end): a binary search, the view's paragraphs in source order. */
function paragraphsOn(view: View, start: number, end: number): Paragraph[] {
  const ps = view.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].source.end < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Paragraph[] = [];
  for (let i = lo; i < ps.length && ps[i].source.start <= end; i++) out.push(ps[i]);
  return out;
}

const codes = {
  'characters.invisible': 'an invisible character (soft hyphen, zero-width space …) keeps a header, number line, call, label or Reasons from being read',
  'characters.bidi': 'a direction override or isolate in a left-to-right line shows the text in another order (Trojan Source)',
  'characters.control': 'a control character (vertical tab, form feed …) or a noncharacter (U+FFFE, U+FFFF) in the text',
  'characters.replacement': 'replacement characters (U+FFFD): bytes lost when the file was read in an encoding not its own',
};

export const characterFamily: CheckFamily = { name: 'characters', codes, check: checkCharacters };
