// proposal.conflicting-actions: one contribution that says two things of one provision or one Resolution in two proposals:
// NOC of it and also MOD (or SUP) of it (`NOC ABC/9/1 5.339` and `MOD ABC/9/4 5.339`), MOD and SUP of it, or two MODs
// of it (two texts of one Resolution in one contribution, `MOD EUR/12A1/1` and `MOD EUR/12A1/2` of Resolution 37):
// compiled with other parties' proposals, the party stood on both sides of a conflict, or proposed two texts (rev-kinds,
// left alone; the two MODs and the MOD with a SUP, h-amend). The two stand in two proposals: a document check, read from
// the text as checkSuppressedCitations reads it (core/incremental.ts: in a document that has two proposals this check
// compares, an edit moves the document findings only where the edited line reads the same, lineReading below; any
// other edit makes them again, DocumentFindings.readsNumbers).
import { instrumentHeadings, parseRef, provisionNumberAt } from '../provisions';
import { l10n } from '../l10n';
import type { Finding, Proposal } from '../types';
import { instrumentsOf, type Summary } from './suppressedCitations';
import { pieceAt } from '../text';
import { targetName } from '../compile';
import { isWhitespace } from '../compare/fold';

/** The actions whose proposals are compared: what each says of the provisions it restates. */
const SAYS: Partial<Record<Proposal['action'], Says>> = { NOC: 'keep', MOD: 'change', '(MOD)': 'change', SUP: 'suppress' };

/** The lines of a proposal after its header and before its Reasons, whatever the line ends (LF, CRLF, CR). */
function bodyLines(doc: Summary, p: Proposal): string[] {
  const { start: base, text } = pieceAt(doc, p.header.start);
  const end = Math.min(text.length, (p.reasons?.start ?? p.span.end) - base);
  return text.slice(p.header.start - base, Math.max(p.header.start - base, end)).split(/\r\n|\r|\n/).slice(1);
}

const LINE = /[^\r\n]*/y;

/**
 * The first line of a proposal after its header that is not blank, before its Reasons: what restatedText reads. Read
 * alone, not from bodyLines: a Resolution's proposal is split into lines only when another proposal restates it too.
 */
function firstBodyLine(doc: Summary, p: Proposal): string | undefined {
  const { start: base, text } = pieceAt(doc, p.header.start);
  const end = Math.min(text.length, (p.reasons?.start ?? p.span.end) - base);
  for (let at = p.header.start - base, header = true; at < end; header = false) {
    LINE.lastIndex = at;
    LINE.exec(text);
    const stop = Math.min(LINE.lastIndex, end);
    const line = text.slice(at, stop);
    if (!header && line.trim() !== '') return line;
    at = stop + (text.startsWith('\r\n', stop) ? 2 : 1);
  }
  return undefined;
}

/** Whether a document holds two proposals this check compares: only then may two of them conflict (the check reads their lines). */
export function mayConflict(proposals: readonly Proposal[]): boolean {
  let n = 0;
  for (const p of proposals) if (SAYS[p.action] && ++n > 1) return true;
  return false;
}

/**
 * A revision mark closed on its line: what the old text keeps of it is its deletion, its substitution's old side, its
 * highlight. One expression for the line alone: projectText read each number line in some 25 µs (8 ms a check at 1 MB).
 */
const MARK = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>[\s\S]*?~~\}|\{>>([\s\S]*?)<<\}|\{==([\s\S]*?)==\}/g;

/** A line's old text, its marks closed on the line read as the old text reads them (MARK). */
function oldLine(line: string): string {
  return line.includes('{') ? line.replace(MARK, (_m, _i: string, del?: string, old?: string, _c?: string, high?: string) => del ?? old ?? high ?? '') : line;
}

/**
 * A label and its TAB (FORMAT.md §1): after spaces, at most 20 characters (code points) not TABs, the first not white
 * space, then a TAB and the text (not white space). Where the TAB after such a label stands, else -1: what
 * `/^[ \u00A0]*([^\t\s][^\t]{0,19})\t\S/u` matches, read without a match (an array and a string a line, for every
 * line of every proposal compared).
 */
function tabAfterLabel(line: string): number {
  const n = line.length;
  let i = 0;
  while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 0xa0)) i++;
  if (i >= n || isWhitespace(line.charCodeAt(i))) return -1;
  for (let j = i + codePointSize(line, i), k = 0; j < n; k++) {
    if (line.charCodeAt(j) === 9) return j + 1 < n && !isWhitespace(line.charCodeAt(j + 1)) ? j : -1;
    if (k === 19) return -1;
    j += codePointSize(line, j);
  }
  return -1;
}

/** How many code units the code point at `i` takes (a surrogate pair 2). */
function codePointSize(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The label a TAB separates from its text (tabAfterLabel), or undefined. */
function tabLabel(line: string, tab = tabAfterLabel(line)): string | undefined {
  if (tab === -1) return undefined;
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 0xa0) i++;
  return labelOf(line.slice(i, tab));
}
/** A label and spaces after it, where the label is unambiguous (`c) that`, `iv) the`, `1.2 The`; a bare number followed by a space is text). */
const SPACED_LABEL = /^[ \u00A0]*((?:[a-z]{1,3}|[ivxl]{1,6})(?:bis|ter|quater)?\)|\d{1,3}(?:\.\d{1,3})+[a-z]?)[ \u00A0\u2007\u202F]+\S/iu;

/** MARK at one place (oldPrefix): the mark starting there, as the global search of oldLine finds it. */
const MARK_AT = new RegExp(MARK.source, 'y');

/** How much of a line's old text oldLabel reads before it reads the whole: the labels and their separators are short. */
const OLD_PREFIX = 64;

/**
 * The first `max` code units (or a few more) of a line's old text, as oldLine makes it, and whether the old text goes
 * on after them. A mark's kept text is read whole (a long deletion is one slice).
 */
function oldPrefix(line: string, max: number): { old: string; more: boolean } {
  let old = '';
  let at = 0;
  while (at < line.length && old.length < max) {
    const brace = line.indexOf('{', at);
    if (brace === -1 || brace - at >= max - old.length) {
      // No mark before the prefix is full: the rest of it is the line's own text.
      const stop = Math.min(brace === -1 ? line.length : brace, at + max - old.length);
      old += line.slice(at, stop);
      at = stop;
      break;
    }
    old += line.slice(at, brace);
    MARK_AT.lastIndex = brace;
    const m = MARK_AT.exec(line);
    if (m) {
      old += m[2] ?? m[3] ?? m[5] ?? '';
      at = MARK_AT.lastIndex;
    } else {
      old += '{';
      at = brace + 1;
    }
  }
  return { old, more: at < line.length };
}

/** The label of a line in its old text (`c)` of `{~~c~>d~~})<TAB>…`); undefined for a line with none. */
function oldLabel(line: string): string | undefined {
  // A TAB label read before the line's first mark is the old text's: TAB_LABEL matches the first TAB after the label's
  // start or nothing, and the old text holds the same characters up to that mark. Most lines of a MOD are such items
  // with marks in their text; their old text was made for nothing (a new string a line, 3.5 MB a check at 1 MB). Only
  // the label and the character after its TAB are looked at for a mark, not the whole line.
  const tab = tabAfterLabel(line);
  if (tab !== -1 && line.lastIndexOf('{', tab + 1) === -1) return tabLabel(line, tab);
  const mark = line.indexOf('{');
  if (mark === -1) return labelIn(line);
  // Else the start of the old text: a label found well inside it is the old text's; none found in all of it, none.
  const { old, more } = oldPrefix(line, OLD_PREFIX);
  // The old text going on with white space after its spaces (the TAB after a label a MOD inserts, `{++c)++}<TAB>…`)
  // starts no label of either kind: a label's first character is none.
  let first = 0;
  while (first < old.length && (old.charCodeAt(first) === 32 || old.charCodeAt(first) === 0xa0)) first++;
  if (first < old.length && isWhitespace(old.charCodeAt(first))) return undefined;
  const inOld = tabAfterLabel(old);
  if (inOld !== -1 && (!more || inOld + 10 <= old.length)) return tabLabel(old, inOld);
  const m = inOld === -1 ? SPACED_LABEL.exec(old) : null;
  if (!more || (m && m.index + m[0].length + 8 <= old.length)) return m ? labelOf(m[1]) : undefined;
  return labelIn(oldLine(line));
}

/** The label at the start of a line's old text (a TAB label, else SPACED_LABEL). */
function labelIn(old: string): string | undefined {
  const tab = tabAfterLabel(old);
  if (tab !== -1) return tabLabel(old, tab);
  const m = SPACED_LABEL.exec(old);
  return m ? labelOf(m[1]) : undefined;
}

/** A label as the check compares it: its white space one space, trimmed. */
function labelOf(label: string): string {
  return /[\s\u00A0]/.test(label) ? label.replace(/[\s\u00A0]+/g, ' ').trim() : label;
}

/**
 * The Resolution (Decision, Opinion …) a proposal restates, by its name in its language (`Resolution 37`, `Résolution
 * 101`, `Resolution ITU-R 1`: every edition is one text), read from its first line in the old text (the number line
 * of the text amended: `RESOLUTION 37 (Rev. {~~Kigali, 2022~>Baku, 2025~~})` names Resolution 37).
 */
function restatedText(first: string | undefined): string | undefined {
  if (first === undefined || first.length > 200) return undefined;
  const name = targetName(oldLine(first));
  // A draft new text's placeholder (`[EUR-1]`) is no text in force (numbering.duplicate says a placeholder used twice).
  return name && !name.includes('[') ? name : undefined;
}

/**
 * What the check reads of one line of a proposal: the provision numbers at its start, whichever the instrument,
 * whether it is an instrument's heading, whether it is blank, the Resolution it names as a number line, and its label in
 * the old text. An edit within a line that reads the same leaves the findings as they were (core/incremental.ts moves
 * them instead of making them again).
 */
export function lineReading(line: string): string {
  const out: string[] = [];
  for (const kind of ['RR', 'CS', 'CV', 'ITR'] as const) out.push((provisionNumberAt(line, kind, true)?.numbers ?? []).join(' '));
  return `${out.join('|')}|${/^\d{1,2}\.\d/.test(line)}|${instrumentHeadings(line).length}|${line.trim() === ''}|${restatedText(line) ?? ''}|${oldLabel(line) ?? ''}`;
}

const PLAIN = lineReading('x');

/** Whether every line is blank or reads as plain text (lineReading: no provision number, label, heading or number line). */
export function plainLines(lines: readonly string[]): boolean {
  return lines.every((l) => l.trim() === '' || lineReading(l) === PLAIN);
}

/** What restatedText reads of a proposal's text (its header line first): the text it restates, '' for none. */
export function restatedFirst(proposal: string): string {
  const lines = proposal.split(/\r\n|\r|\n/, 64);
  return restatedText(lines.slice(1).find((l) => l.trim() !== '')) ?? '';
}

/**
 * Whether two actions on one provision or text conflict: a NOC with a MOD or SUP, a MOD with a SUP (the text changed
 * and gone), two MODs (two texts of it). Two NOCs or two SUPs say one thing twice: compiled, the party stands on one side.
 */
function conflict(a: Says, b: Says): boolean {
  return a === 'change' || b === 'change' || a !== b;
}

type Says = 'keep' | 'change' | 'suppress';

export function checkConflictingActions(doc: Summary): Finding[] {
  if (!mayConflict(doc.proposals)) return [];
  // Read only when a proposal restates no Resolution (the instrument headings are sought in the whole text).
  let instrumentOf: ReturnType<typeof instrumentsOf> | undefined;
  // The first proposal of each action on each provision (instrument key and number).
  const first = new Map<string, Proposal>();
  // The proposals restating each Resolution (by its name, without case), in document order.
  const texts = new Map<string, Restated[]>();
  const findings: Finding[] = [];
  for (const p of doc.proposals) {
    const says = SAYS[p.action];
    if (!says) continue;
    const text = restatedText(firstBodyLine(doc, p));
    // A Resolution restated is one target: its clauses (`1.1`, `2`) are no provisions of an instrument.
    const targets: { key: string; name: string; number?: string }[] = [];
    if (text) {
      const key = text.toLowerCase();
      const earlier = texts.get(key);
      const entry: Restated = { p, says };
      if (!earlier) texts.set(key, [entry]);
      else {
        // The first earlier proposal of each action that conflicts with this one and restates a part of the text it
        // restates (or the whole text).
        const before = new Map<Says, Proposal>();
        for (const e of earlier) if (conflict(says, e.says) && !before.has(e.says) && overlap(partsOf(doc, entry), partsOf(doc, e))) before.set(e.says, e.p);
        if (before.size > 0) findings.push(finding(p, says, [...before.values()], text));
        earlier.push(entry);
      }
    } else {
      const instrument = (instrumentOf ??= instrumentsOf(doc))(p);
      const numbers = new Set<string>();
      const named = p.extra ? parseRef(p.extra)?.provision : undefined;
      if (named && instrument && instrument.kind !== 'Recommendation') numbers.add(named);
      for (const line of bodyLines(doc, p)) {
        // The instrument named, else the RR's dotted numbers (`5.447C`) tell theirs. A Recommendation's clauses are
        // not provisions a NOC keeps one by one.
        const kind = instrument?.kind ?? (/^\d{1,2}\.\d/.test(line) ? 'RR' : undefined);
        if (!kind || kind === 'Recommendation') continue;
        for (const n of provisionNumberAt(line, kind, true)?.numbers ?? []) numbers.add(n);
      }
      const key = instrument?.key ?? 'rr';
      const name = instrument?.name ?? 'RR';
      for (const n of numbers) targets.push({ key: `${key} ${n}`, name, number: n });
    }
    // One finding a proposal (findings of one code at one place are one): its first target said otherwise before.
    let said = false;
    for (const t of targets) {
      const before: Proposal[] = [];
      for (const other of ['keep', 'change', 'suppress'] as const) {
        const q = conflict(says, other) ? first.get(`${other} ${t.key}`) : undefined;
        if (q) before.push(q);
      }
      if (!said && before.length > 0) {
        said = true;
        findings.push(finding(p, says, before, t.name, t.number));
      }
      if (!first.has(`${says} ${t.key}`)) first.set(`${says} ${t.key}`, p);
    }
  }
  return findings;
}

/** A proposal restating a Resolution: what it says of it, and the labels of the parts it restates (read when compared). */
interface Restated {
  p: Proposal;
  says: Says;
  /** The labels of its lines in the old text (`c)`, `2.3.3`); empty when it restates none: then it is of the whole text. */
  parts?: Set<string>;
}

function partsOf(doc: Summary, r: Restated): Set<string> {
  if (!r.parts) {
    const parts = (r.parts = new Set());
    // The lines of bodyLines, read where they stand in the text (not split into a list first).
    const { start: base, text } = pieceAt(doc, r.p.header.start);
    const end = Math.min(text.length, (r.p.reasons?.start ?? r.p.span.end) - base);
    const from = r.p.header.start - base;
    if (end <= from) return parts;
    // The proposal's text, a slice V8 makes without copying: its line ends are found by indexOf in it alone (one
    // search for each of CR and LF ahead of the line read, not one code unit after another).
    const body = text.slice(from, end);
    let lf = body.indexOf('\n');
    let cr = body.indexOf('\r');
    for (let at = 0, header = true; ; header = false) {
      if (lf !== -1 && lf < at) lf = body.indexOf('\n', at);
      if (cr !== -1 && cr < at) cr = body.indexOf('\r', at);
      const stop = lf === -1 ? (cr === -1 ? body.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
      if (!header) {
        const label = oldLabel(body.slice(at, stop));
        // A footnote's definition (`[^1]:<TAB>…`) is no part of the text.
        if (label !== undefined && !label.startsWith('[^')) parts.add(label);
      }
      if (stop >= body.length) break;
      at = stop + (body.startsWith('\r\n', stop) ? 2 : 1);
    }
  }
  return r.parts;
}

/**
 * Whether two proposals on one Resolution restate a part in common: a proposal restating no labelled part (a SUP or NOC
 * of its number line and title, a MOD of its title) is of the whole text. Two MODs of different clauses of a long
 * Resolution (WTSA Resolution 1's 2.3.3 and 7.2.3, each in its own proposal with its number line) are no conflict; the
 * labels are compared without their calls (`a)` of considering and `a)` of recognizing are one), which reports two
 * excerpts of one short Resolution rather than miss two of one item.
 */
function overlap(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The finding on `p`, naming the earlier proposals it conflicts with, on a provision (`number`) or a Resolution. */
function finding(p: Proposal, says: Says, earlier: Proposal[], name: string, number?: string): Finding {
  const before = earlier.slice().sort((x, y) => x.index - y.index);
  const ids = before.map((q) => `${q.id.text} (${q.action})`).join(', ');
  // Two MODs alone propose two texts; any other pair contradicts itself.
  const twice = says === 'change' && before.every((q) => SAYS[q.action] === 'change');
  const message =
    number === undefined
      ? twice
        ? l10n.t('This {0} of {1} repeats {2} of the same text in this contribution: compiled, the contribution would propose two texts of it. Merge them into one proposal.', p.action, name, ids)
        : l10n.t('This {0} of {1} contradicts {2} of the same text in this contribution: compiled, the contribution would stand on both sides. Keep one of them.', p.action, name, ids)
      : twice
        ? l10n.t('This {0} of No. {1} of the {2} repeats {3} of the same provision in this contribution: compiled, the contribution would propose two texts of it. Merge them into one proposal.', p.action, number, name, ids)
        : l10n.t('This {0} of No. {1} of the {2} contradicts {3} of the same provision in this contribution: compiled, the contribution would stand on both sides. Keep one of them.', p.action, number, name, ids);
  return { code: 'proposal.conflicting-actions', severity: 'warning', ...p.actionSpan, message };
}
