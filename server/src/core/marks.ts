// Revision marks (CriticMarkup) found in one linear pass, with binary searches
// for closers so that thousands of unclosed openers stay O(n log n).
import { LineIndex, lowerBound } from './text';
import type { Finding, MarkKind, RevisionMark, Span, ViewKind } from './types';
import { project } from './projection';
import { l10n } from './l10n';
import { matchLocalLabel, READ_ALONE } from './lang/labels';
import { labelKey } from './lang/references';
import { invisibleDifference } from './lang/spelling';

interface Delimiters {
  kind: MarkKind;
  open: string;
  close: string;
  /** Its place in DELIMITERS. */
  slot: number;
}

const DELIMITERS: Delimiters[] = [
  { kind: 'insertion', open: '{++', close: '++}', slot: 0 },
  { kind: 'deletion', open: '{--', close: '--}', slot: 1 },
  { kind: 'substitution', open: '{~~', close: '~~}', slot: 2 },
  { kind: 'comment', open: '{>>', close: '<<}', slot: 3 },
  { kind: 'highlight', open: '{==', close: '==}', slot: 4 },
];
// allClosers reads a closer as two like characters and `}`.
if (DELIMITERS.some((d, k) => d.slot !== k || d.close.length !== 3 || d.close[0] !== d.close[1] || d.close[2] !== '}')) throw new Error('a closer that is not two like characters and `}` (allClosers)');

/** The delimiters an opener at `at` starts (`{` then the same two characters: `++`, `--`, `~~`, `>>`, `==`), if any. */
function openerAt(text: string, at: number): Delimiters | undefined {
  const c = text.charCodeAt(at + 1);
  if (c !== text.charCodeAt(at + 2)) return undefined;
  for (let k = 0; k < DELIMITERS.length; k++) if (DELIMITERS[k].open.charCodeAt(1) === c) return DELIMITERS[k];
  return undefined;
}

/**
 * Where the closers of each kind stand from `from` on (by DELIMITERS' slot, each in order), in one scan for `}`: every
 * closer ends with one, after two like characters that tell its kind. A scan for each closer was five passes over the
 * text, each slower than this one where the text holds characters beyond Latin-1 (most: a dash, a quote).
 */
export function allClosers(text: string, from: number): number[][] {
  const out: number[][] = DELIMITERS.map(() => []);
  for (let at = text.indexOf('}', from + 2); at !== -1; at = text.indexOf('}', at + 1)) {
    const c = text.charCodeAt(at - 1);
    if (c !== text.charCodeAt(at - 2)) continue;
    for (let k = 0; k < DELIMITERS.length; k++) {
      if (DELIMITERS[k].close.charCodeAt(0) === c) {
        out[k].push(at - 2);
        break;
      }
    }
  }
  return out;
}

/** First element of a sorted array that is >= value, or undefined (a lower bound written out: each opener asks, no closure each). */
function firstAtLeast(sorted: number[], value: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/** The index of the first mark starting at or after `from` (marks are sorted). */
export function firstMarkFrom(marks: RevisionMark[], from: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Line starts and ends by binary search (text.ts's LineIndex, the one line table of the core), built on
 * first need: only a malformed mark asks, so a clean text is not scanned for line ends here.
 */
class Lines {
  private index: LineIndex | undefined;
  constructor(private readonly text: string) {}

  private get all(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  /** Where the line holding `from` ends (its line break, or the end of the text). */
  end(from: number): number {
    return this.all.lineEnd(this.all.position(from).line);
  }

  /** The first offset of the line holding `at`. */
  start(at: number): number {
    return this.all.lineStart(this.all.position(at).line);
  }
}

export interface MarkScan {
  marks: RevisionMark[];
  findings: Finding[];
}

export function scanMarks(text: string, start = 0): MarkScan {
  const marks: RevisionMark[] = [];
  const findings: Finding[] = [];
  const lines = new Lines(text);
  // Read when the first opener asks (loneClosers asks in any case).
  let closers: number[][] | undefined;
  const closersFor = (d: Delimiters) => (closers ??= allClosers(text, start))[d.slot];
  // The openers: where each stands and its delimiters, in two lists (no object per opener).
  const openAt: number[] = [];
  const openKind: Delimiters[] = [];
  // Every `{` found by indexOf (a native scan), the two characters after it read.
  for (let at = text.indexOf('{', start); at !== -1; at = text.indexOf('{', at + 1)) {
    const d = openerAt(text, at);
    if (d) {
      openAt.push(at);
      openKind.push(d);
    }
  }
  // The next opener of the same kind, for each opener (one pass from the end).
  const nextSame: (number | undefined)[] = new Array(openAt.length);
  const lastOf: (number | undefined)[] = DELIMITERS.map(() => undefined);
  for (let i = openAt.length - 1; i >= 0; i--) {
    nextSame[i] = lastOf[openKind[i].slot];
    lastOf[openKind[i].slot] = i;
  }
  let cursor = start;
  for (let i = 0; i < openAt.length; i++) {
    const at = openAt[i];
    const d = openKind[i];
    if (at < cursor) continue;
    const close = firstAtLeast(closersFor(d), at + d.open.length);
    // A closer after another opener of the same kind closes that one (`{++a … {++b++}`): this one is
    // unclosed. Reading it so keeps the error where the delegate made it, with no cascade after it.
    // So does a mark that would run past the end of its paragraph into another mark: marks do not
    // nest, and a mark opened in one paragraph and left open is the likelier mistake.
    const same = nextSame[i];
    const inner = i + 1 < openAt.length ? openAt[i + 1] : undefined;
    const crossesIntoMark = inner !== undefined && close !== undefined && inner < close && lines.end(at) < inner;
    if (close === undefined || (same !== undefined && openAt[same] < close) || crossesIntoMark) {
      const end = lines.end(at);
      // Closed before the next mark on its line (marks do not nest), else at the end of the paragraph.
      const stop = inner !== undefined && inner < end ? inner : end;
      const closeIt = {
        title: stop < end ? l10n.t('Close the mark with {0} before the next mark', d.close) : l10n.t('Close the mark with {0} at the end of the paragraph', d.close),
        edits: [{ start: stop, end: stop, newText: d.close }],
      };
      const removeIt = { title: l10n.t('Remove {0} (the text after it stays as plain text)', d.open), edits: [{ start: at, end: at + d.open.length, newText: '' }] };
      // Nothing to close over: closing would leave an empty mark, so removing the opener comes first.
      const [first, second] = text.slice(at + d.open.length, stop).trim() === '' ? [removeIt, closeIt] : [closeIt, removeIt];
      findings.push({
        code: 'marks.unclosed',
        severity: 'error',
        start: at,
        end: Math.max(at + d.open.length, end),
        message: l10n.t('Revision mark {0} is never closed: add {1} where the {2} text ends.', d.open, d.close, markKindName(d.kind)),
        fix: { ...first, alternatives: [second] },
      });
      continue;
    }
    const end = close + d.close.length;
    // Any opener inside this mark is nested: marks do not nest.
    let nested = false;
    for (let j = i + 1; j < openAt.length && openAt[j] < close; j++) {
      nested = true;
      findings.push({
        code: 'marks.nested',
        severity: 'error',
        start: openAt[j],
        end: openAt[j] + 3,
        message: l10n.t('Revision marks do not nest: {0} stands inside {1} … {2}. Close the outer mark first.', openKind[j].open, d.open, d.close),
      });
    }
    const contentStart = at + d.open.length;
    const content: Span = { start: contentStart, end: close };
    // Each mark made whole in one literal (fields in the order they were always set): one that gains
    // fields after it is made keeps them in an array of their own, an object more per mark of a parse.
    let mark: RevisionMark;
    switch (d.kind) {
      case 'insertion':
        mark = { kind: d.kind, start: at, end, newText: content };
        break;
      case 'deletion':
        mark = { kind: d.kind, start: at, end, oldText: content };
        break;
      case 'highlight':
        mark = { kind: d.kind, start: at, end, oldText: content, newText: content };
        break;
      case 'comment':
        mark = { kind: d.kind, start: at, end, commentText: content };
        break;
      case 'substitution': {
        const sep = text.indexOf('~>', contentStart);
        if (sep === -1 || sep >= close) {
          findings.push({
            code: 'marks.unclosed',
            severity: 'error',
            start: at,
            end,
            message: l10n.t('Substitution {~~old~>new~~} has no ~> between the old and the new text.'),
          });
          // Read as a deletion so no text is lost from the old projection.
          mark = { kind: 'deletion', start: at, end, oldText: content };
        } else {
          mark = { kind: d.kind, start: at, end, oldText: { start: contentStart, end: sep }, newText: { start: sep + 2, end: close } };
        }
        break;
      }
    }
    if (!nested && isEmptyMark(text, mark)) {
      findings.push({
        code: 'marks.empty',
        severity: 'warning',
        start: at,
        end,
        message: l10n.t('This {0} mark has no text: remove it.', markKindName(mark.kind)),
        // A substitution of white space by the same white space keeps it: removing the mark whole joined two words (review 9, J2).
        fix: { title: l10n.t('Remove the empty mark'), edits: [{ start: at, end, newText: mark.kind === 'substitution' && mark.oldText ? text.slice(mark.oldText.start, mark.oldText.end) : '' }], safeForFixAll: true },
      });
    }
    marks.push(mark);
    cursor = end;
  }
  for (const f of loneClosers(text, marks, closersFor, lines)) findings.push(f);
  attachAuthors(text, marks);
  for (let i = 0; i < marks.length; i++) {
    if (marks[i].kind !== 'substitution') continue;
    const f = unchangedSubstitution(text, marks[i]);
    if (f) findings.push(f);
  }
  findings.sort((a, b) => a.start - b.start);
  return { marks, findings };
}

/** The kind of a mark as a message names it ("insertion", in the user's language). */
export function markKindName(kind: MarkKind): string {
  switch (kind) {
    case 'insertion': return l10n.t('insertion');
    case 'deletion': return l10n.t('deletion');
    case 'substitution': return l10n.t('substitution');
    case 'comment': return l10n.t('comment');
    case 'highlight': return l10n.t('highlight');
  }
}

/** `--}`, `++}`, `~~}` … standing outside every mark: a closer with no opener (`marks.unopened`). */
function loneClosers(text: string, marks: RevisionMark[], closersFor: (d: Delimiters) => number[], lines: Lines): Finding[] {
  const findings: Finding[] = [];
  for (let k = 0; k < DELIMITERS.length; k++) {
    const d = DELIMITERS[k];
    const closers = closersFor(d);
    for (let i = 0; i < closers.length; i++) {
      const at = closers[i];
      if (markAround(marks, at, at + d.close.length)) continue;
      // The mark would open at the start of the paragraph, or after a mark that ends before it there
      // (`--}--}` after a deleted paragraph); with no text between, there is nothing to mark.
      const before = marks[lowerBound(marks, (m) => m.end <= at) - 1];
      const from = Math.max(lines.start(at), before ? before.end : 0);
      const alternatives = d.kind === 'substitution' || text.slice(from, at).trim() === '' ? [] : [{
        title: l10n.t('Open the mark at the start of the paragraph: {0}…{1} (the text before {1} becomes the {2})', d.open, d.close, markKindName(d.kind)),
        edits: [{ start: from, end: from, newText: d.open }],
      }];
      findings.push({
        code: 'marks.unopened',
        severity: 'error',
        start: at,
        end: at + d.close.length,
        message: l10n.t('{0} closes no mark: there is no {1} before it. Add {1} where the {2} starts, or remove {0}.', d.close, d.open, markKindName(d.kind)),
        fix: { title: l10n.t('Remove {0} (the text stays as it is)', d.close), edits: [{ start: at, end: at + d.close.length, newText: '' }], alternatives },
      });
    }
  }
  return findings;
}

function isEmptyMark(text: string, mark: RevisionMark): boolean {
  switch (mark.kind) {
    case 'substitution':
      // One white space for another (a space made a no-break space, `§ 4`; a TAB made a space) is a change (review 9, J2).
      return blank(text, mark.oldText) && blank(text, mark.newText) && (!mark.oldText || !mark.newText || text.slice(mark.oldText.start, mark.oldText.end) === text.slice(mark.newText.start, mark.newText.end));
    case 'comment':
      return blank(text, mark.commentText);
    default:
      return blank(text, mark.oldText ?? mark.newText);
  }
}

/** Whether a mark's part holds nothing but white space; a mark holding only a line break splits or joins paragraphs (as Word records it): not empty. */
function blank(text: string, s: Span | undefined): boolean {
  if (!s) return true;
  // Most parts open with a printable character: no slice of them to tell.
  const first = text.charCodeAt(s.start);
  if (s.end > s.start && ((first > 0x20 && first < 0x7f) || (first > 0xa0 && first < 0x1680))) return false;
  return text.slice(s.start, s.end).trim() === '' && !/[\r\n]/.test(text.slice(s.start, s.end));
}

/** Characters a label is written in (`c`, `1.2`, `abis`, `с`, `ج`, `１`): how far a label spelled in a mark reaches. */
const LABEL_CHAR = /[A-Za-z0-9.\u0430-\u045F\u0621-\u064A\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E]/;

/**
 * `marks.no-change`: a substitution whose new text is its old text (`{~~c~>c~~}`), or a label written in
 * another spelling of itself (`{~~а~>a~~})` with a Cyrillic look-alike, `{~~١~>1~~}`, `{~~ａ）~>a)~~}`,
 * `{~~أ ~>أ~~})`), which the comparison with the text in force reads as the same label: the meeting
 * would see a change (in Word, a tracked one) that changes nothing. In words a look-alike letter is a
 * change of the text (an invisible one), not this. The fix keeps the old side, the text in force.
 */
function unchangedSubstitution(text: string, mark: RevisionMark): Finding | undefined {
  const oldSide = text.slice(mark.oldText!.start, mark.oldText!.end);
  const newSide = text.slice(mark.newText!.start, mark.newText!.end);
  // Nothing but white space: marks.empty's (or a line break, which splits or joins paragraphs).
  if (oldSide.trim() === '') return undefined;
  const end = mark.attribution?.end ?? mark.end;
  let message: string;
  if (oldSide === newSide) {
    message = l10n.t('This substitution changes nothing: its old and new text are the same ({0}). Remove the mark and keep the text.', `'${oldSide.trim()}'`);
  } else {
    // A label: the mark and the label characters around it (`{~~а~>a~~})`), read as a label on both sides.
    if (oldSide.length > 8 || newSide.length > 8) return undefined;
    let from = mark.start;
    while (from > 0 && LABEL_CHAR.test(text[from - 1])) from--;
    let to = end;
    while (to < text.length && LABEL_CHAR.test(text[to])) to++;
    if (text[to] === ')' || text[to] === '）') to++;
    const before = text.slice(from, mark.start) + oldSide + text.slice(end, to);
    const after = text.slice(from, mark.start) + newSide + text.slice(end, to);
    const isLabel = (s: string) => matchLocalLabel(`${s}\tx`, READ_ALONE)?.length === s.length;
    // The keys first: a relettering (`{~~c~>d~~})`, most substitutions of a label) has two, and reads no label.
    if (labelKey(before) !== labelKey(after) || !isLabel(before) || !isLabel(after)) return undefined;
    const unseen = invisibleDifference(oldSide, newSide);
    message = unseen
      ? l10n.t('This substitution changes nothing: {0} and {1} are the same label ({2}). Remove the mark and keep the label in force.', `'${before}'`, `'${after}'`, unseen)
      : l10n.t('This substitution changes nothing: {0} and {1} are the same label. Remove the mark and keep the label in force.', `'${before}'`, `'${after}'`);
  }
  return {
    code: 'marks.no-change',
    severity: 'warning',
    start: mark.start,
    end: mark.end,
    message,
    fix: { title: l10n.t('Remove the mark and keep {0}', `'${oldSide}'`), edits: [{ start: mark.start, end, newText: oldSide }], safeForFixAll: true },
  };
}

/**
 * `{++text++}{>>@AFCP<<}`: the comment names the author of the mark before it. A comment directly after a name that
 * attributes a highlight or no mark is that author's (`{==text==}{>>@Germany<<}{>>Which MOD?<<}`, `{>>@Germany<<}{>>…<<}`:
 * Germany's comment, as the Word import writes a colleague's); after a change's name it is not (review 9, J12).
 */
function attachAuthors(text: string, marks: RevisionMark[]): void {
  for (let i = 0; i + 1 < marks.length; i++) {
    const mark = marks[i];
    const next = marks[i + 1];
    if (next.kind !== 'comment' || next.start !== mark.end) continue;
    const by = mark.kind === 'comment' ? mark : next;
    const body = text.slice(by.commentText!.start, by.commentText!.end).trim();
    if (body[0] !== '@' || body.length < 2) continue;
    if (by === next) {
      mark.author = body.slice(1).trim();
      mark.attribution = { start: next.start, end: next.end };
    } else if (mark.author === undefined && !(marks[i - 1]?.attribution?.start === mark.start && marks[i - 1].kind !== 'highlight')) {
      // Not a comment named already (its text), nor a change's name.
      next.author = body.slice(1).trim();
    }
  }
}

/** The revision mark that changes `oldText` into `newText`: an insertion, a deletion or a substitution. */
/** A text's new text (every revision mark accepted, comments left out), or its old text: a paragraph's, a line's (the projection, project). */
export function projectText(text: string, kind: ViewKind = 'new'): string {
  if (!text.includes('{')) return text;
  return project(text, scanMarks(text).marks, kind).text;
}

export function revisionMarkup(oldText: string, newText: string): string {
  if (oldText === '') return `{++${newText}++}`;
  if (newText === '') return `{--${oldText}--}`;
  return `{~~${oldText}~>${newText}~~}`;
}

export function isRevision(mark: RevisionMark): boolean {
  return mark.kind === 'insertion' || mark.kind === 'deletion' || mark.kind === 'substitution';
}

/** Marks (sorted, non-overlapping) that start in [from, to): a binary search, not a scan. */
export function marksStartingIn(marks: RevisionMark[], from: number, to: number): RevisionMark[] {
  const lo = firstMarkFrom(marks, from);
  const out: RevisionMark[] = [];
  for (let i = lo; i < marks.length && marks[i].start < to; i++) out.push(marks[i]);
  return out;
}

/** The mark that contains a source offset range, if any. */
export function markAround(marks: RevisionMark[], start: number, end: number): RevisionMark | undefined {
  // The last mark starting at or before `start` (lowerBound written out: every list item asks, no closure each).
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const m = marks[lo - 1];
  return m && end <= m.end ? m : undefined;
}

/** Whether [start, end) is plain text: no mark inside it, and none around its start. */
export function plainText(marks: RevisionMark[], start: number, end: number): boolean {
  const m = markAround(marks, start, start);
  if (m && start < m.end) return false;
  // No list of the marks in the range: only whether one starts there.
  const next = firstMarkFrom(marks, start);
  return !(next < marks.length && marks[next].start < end);
}

/** Whether [start, end) lies inside the new text of an insertion or substitution. */
export function inNewText(marks: RevisionMark[], start: number, end: number): boolean {
  const m = markAround(marks, start, end);
  return !!m && m.kind !== 'highlight' && !!m.newText && m.newText.start <= start && end <= m.newText.end;
}
