// One parse of a document: marks, both projections, their structure, proposals.
import { SUSPECTS, suspectsIn } from './checks/characters';
import { checkInput } from './checks/input';
import { HYPHEN } from './lang/charClasses';
import { isRevision, scanMarks } from './marks';
import { Memo, MemoSlot } from './memo';
import { kept, project } from './projection';
import { COVER_FIELD, HEADER, Lexicon, parseView, PlainParagraphs, readsAsHeader, type LabelReadings } from './structure';
import { lineEndAt, lineStartAt } from './text';
import { l10n } from './l10n';
import type { CoverField, Finding, Fix, ItuDocument, Proposal, ProposalAction, ProposalId, RevisionMark, Span, View, ViewKind } from './types';

export function parseId(text: string, at: number): ProposalId {
  const id: ProposalId = { text, span: { start: at, end: at + text.length } };
  const parts = text.split('/');
  if (parts.length < 3) return id;
  const seq = parts[parts.length - 1];
  const doc = parts[parts.length - 2];
  const sources = parts.slice(0, -2);
  // A SEQ of more than fifteen digits is no id: its number would be rounded (2^53 has sixteen), so that ids
  // 100000000000000000000 and 100000000000000000002 compared equal (review5 F6); proposal.id-format reports it.
  if (!/^[1-9]\d{0,14}$/.test(seq) || !/^\d+(?:[A-Za-z]+\d+)*$/.test(doc)) return id;
  if (!sources.every((s) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(s) && /[A-Za-z]/.test(s))) return id;
  id.source = sources.join('/');
  id.doc = doc;
  id.seq = Number(seq);
  id.seqSpan = { start: at + text.length - seq.length, end: at + text.length };
  return id;
}

/** Each parse's Lexicon, handed to the parse of the document's next version (parseNextVersion). */
const LEXICON = new MemoSlot<Lexicon>();

/**
 * One parse of a text that has no next version (the CLI, base texts, a proposal checked alone): it keeps
 * nothing for one (a version parsed after it reads every paragraph anew). The versions of an edited
 * document are parsed with parseNextVersion.
 */
export function parseDocument(text: string): ItuDocument {
  return parseWith(text, Lexicon.once());
}

/**
 * What the parse of a later version reuses from a parse (what it read of each paragraph's text),
 * kept without the parse: a few per cent of it, where the parse holds both projections.
 */
export class ParseMemory {
  private constructor(readonly lexicon: Lexicon) {}

  /** The memory of a parse, or what is passed (already a memory, or nothing). */
  static of(parse: ItuDocument | ParseMemory | undefined): ParseMemory | undefined {
    if (!parse || parse instanceof ParseMemory) return parse;
    const lexicon = LEXICON.get(parse);
    return lexicon && new ParseMemory(lexicon.kept());
  }
}

/**
 * The parse of a new version of a document: the same result as parseDocument(text), with what the
 * previous version's parse (or its ParseMemory) read from each paragraph's text reused for every paragraph the edit left
 * as it was (in either projection).
 */
export function parseNextVersion(text: string, previous: ItuDocument | ParseMemory | undefined): ItuDocument {
  const prev = previous && (previous instanceof ParseMemory ? previous.lexicon : LEXICON.get(previous));
  return parseWith(text, prev ? prev.next() : Lexicon.first());
}

function parseWith(text: string, lexicon: Lexicon): ItuDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The places of characters the characters check reads, found once for it and for the binary test.
  // Where the code units stand that no plain line holds (the BOM, then those suspectsIn finds): the parse knows the
  // paragraphs between them plain.
  const beyond: number[] = bom ? [0] : [];
  const suspects = suspectsIn(text, bom, beyond);
  const parseFindings: Finding[] = checkInput(text, bom, suspects);
  const scan = scanMarks(text, bom);
  for (const f of scan.findings) parseFindings.push(f);
  for (const f of headerMarkFindings(text, scan.marks)) parseFindings.push(f);
  // Without insertions, deletions or substitutions both projections are the same text: one parse
  // serves both (texts in force, drafts not yet marked up).
  const views = scan.marks.some(isRevision) ? parseBoth(text, scan.marks, lexicon, beyond) : sameView(parseView(project(text, scan.marks, 'new'), undefined, lexicon, undefined, beyond));
  lexicon.done();
  const cover: CoverField[] = [];
  // An index loop: this one runs once a parse over every paragraph, and a for-of not yet optimized
  // allocates a result object per step (0.4 MB a parse of 1 MB).
  const paragraphs = views.new.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== 'cover-field') continue;
    const m = COVER_FIELD.exec(p.text)!;
    const valueStart = p.source.start + m[1].length + 1 + m[2].length;
    cover.push({ name: m[1].trim(), value: m[3].trim(), span: p.source, valueSpan: { start: valueStart, end: p.source.end } });
  }
  const headers = views.new.proposals.map((pv) => pv.header);
  const proposals: Proposal[] = headers.map((header, index) => {
    const m = HEADER.exec(header.text)!;
    const actionSpan: Span = { start: header.source.start, end: header.source.start + m[1].length };
    const idAt = header.source.start + m[1].length + m[2].length;
    const nextStart = index + 1 < headers.length ? headers[index + 1].source.start : text.length;
    const reasons = views.new.proposals[index].reasons;
    return {
      action: m[1] as ProposalAction,
      id: parseId(m[3], idAt),
      extra: m[5],
      header: header.source,
      actionSpan,
      span: { start: header.source.start, end: Math.max(header.source.end, trimEnd(text, nextStart)) },
      index,
      reasons: reasons?.source,
    };
  });
  const doc: ItuDocument = { text, bom, marks: scan.marks, cover, proposals, views, parseFindings, memo: new Memo() };
  LEXICON.set(doc, lexicon);
  SUSPECTS.set(doc, suspects);
  return doc;
}

function sameView(view: View): Record<ViewKind, View> {
  return { new: view, old: view };
}

/**
 * Both projections, with one reading of each label that is a letter or a roman numeral (`i)`): the
 * old text (the text in force) reads it, by its context or by default, and the new text takes the
 * same reading for every label they share. Only labels of new text are read by the new text's
 * context (a relettered `{~~f~>h~~})` must not make an `i)` in force a letter).
 */
function parseBoth(text: string, marks: RevisionMark[], lexicon: Lexicon, beyond: readonly number[], notHeaders?: ReadonlySet<number>): Record<ViewKind, View> {
  const oldReadings: LabelReadings = { seen: new Map() };
  const plain = new PlainParagraphs();
  const old = parseView(project(text, marks, 'old'), oldReadings, lexicon, plain, beyond, notHeaders);
  const newView = parseView(project(text, marks, 'new'), { hints: oldReadings.seen, seen: new Map() }, lexicon, plain, beyond, notHeaders);
  if (notHeaders) return { new: newView, old };
  // A header line in one projection only (a mark on its line, `{++new++}MOD<TAB>…`, or a header inside a deletion):
  // the checks pair the two projections' proposals by their order, and every proposal after it was compared with the
  // old text of another. Such a line is read as no header in either (the editor, which cuts the text at headers no
  // mark touches, reads it so too), and the text is parsed again.
  const lines = (v: View) => v.proposals.map((pv) => lineStartAt(text, pv.header.source.start));
  const [o, n] = [lines(old), lines(newView)];
  if (o.length === n.length && o.every((x, i) => x === n[i])) return { new: newView, old };
  const inOld = new Set(o);
  const inNew = new Set(n);
  const oneOnly = new Set([...o.filter((x) => !inNew.has(x)), ...n.filter((x) => !inOld.has(x))]);
  // marks.header says so on each such line (headerMarkFindings, read from the marks alone, found the same lines).
  return parseBoth(text, marks, lexicon, beyond, oneOnly);
}

/** Whether a line of a projection is a proposal header (parseView reads it so: the action and a TAB, or an id with a `/`). */
function lineReadsAsHeader(line: string): boolean {
  return readsAsHeader(HEADER.exec(line));
}

const ACTIONS_WRITTEN = ['(MOD)', 'MOD', 'ADD', 'SUP', 'NOC'];
const ACTION_FIRST = '(MASN';
/** Whether a character may start a header's action (ACTIONS_WRITTEN). */
const mayStartAction = (c: string | undefined) => c !== undefined && c !== '' && ACTION_FIRST.includes(c);

/**
 * marks.header: each line that a revision mark makes a proposal header in one of the two texts only (`{++new++}MOD<TAB>…`,
 * `MOD{++x++}<TAB>…`, `MOD<TAB>{--EUR/12A1/9--}`, a header inside a deletion running over lines). parseBoth reads such a
 * line as no header in either; without this finding the proposal it was meant to start joins the one before unsaid.
 * Read from the marks, the lines they touch projected both ways: the whole check (parseWith) and the editor's
 * (core/incremental.ts, which cuts the text only at headers no mark touches) find it alike.
 */
export function headerMarkFindings(text: string, marks: readonly RevisionMark[]): Finding[] {
  const out: Finding[] = [];
  // Line starts and ends by the string's own searches where every line end is an LF (text.ts's readers take pieces
  // too, one code unit at a time).
  const lf = !text.includes('\r');
  const lineStart = (at: number) => (!lf ? lineStartAt(text, at) : at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);
  const lineEnd = (at: number) => {
    if (!lf) return lineEndAt(text, at);
    const end = text.indexOf('\n', at);
    return end === -1 ? text.length : end;
  };
  for (let i = 0; i < marks.length; ) {
    if (!isRevision(marks[i])) {
      i++;
      continue;
    }
    // The lines the mark touches, with every mark that starts on them (a mark may span lines: FORMAT.md §5). A mark
    // ending on the line the marks before it end on ends where they do.
    const from = lineStart(marks[i].start);
    let first = i;
    while (first > 0 && marks[first - 1].start >= from) first--;
    let to = lineEnd(marks[i].end);
    let j = i + 1;
    for (; j < marks.length && marks[j].start < to; j++) if (marks[j].end > to) to = lineEnd(marks[j].end);
    i = j;
    // Where one line holds the marks and its text before them is no start of a header's action, it is a header in
    // neither text (most lines of a MOD: items, labels, prose; their first character tells most of them).
    const at = marks[first].start;
    const oneLine = lineEnd(from) >= to;
    if (oneLine) {
      if (at > from) {
        if (!mayStartAction(text[from])) continue;
        const before = text.slice(from, at);
        if (!ACTIONS_WRITTEN.some((a) => a.startsWith(before) || before.startsWith(a))) continue;
      } else if (!mayStartAction(firstKept(text, marks, first, j, to, 'old')) && !mayStartAction(firstKept(text, marks, first, j, to, 'new'))) continue;
    }
    const old = headerLines(text, marks, first, j, from, to, 'old');
    const neu = headerLines(text, marks, first, j, from, to, 'new');
    // One line holding all its marks: the fix writes it as the text that reads it as a header has it, without marks.
    const fix = (reading: { projected: string }): Fix | undefined =>
      oneLine ? { title: l10n.t('Write this header without revision marks: {0}', reading.projected.trim().replace(/\t/g, ' ')), edits: [{ start: from, end: to, newText: reading.projected }] } : undefined;
    for (const line of old.lines) if (!neu.lines.includes(line)) out.push(headerInOneText(text, line, false, fix(old)));
    for (const line of neu.lines) if (!old.lines.includes(line)) out.push(headerInOneText(text, line, true, fix(neu)));
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** The first character of a projection of text[from, to) that opens with marks[first] (marks[first..end) on it), or ''. */
function firstKept(text: string, marks: readonly RevisionMark[], first: number, end: number, to: number, kind: ViewKind): string {
  let at = marks[first].start;
  for (let k = first; k < end && marks[k].start === at; k++) {
    const m = marks[k];
    const keptSpan = kept(m, kind);
    if (keptSpan && keptSpan.end > keptSpan.start) return text[keptSpan.start];
    at = m.end;
  }
  return at < to ? text[at] : '';
}

/** The source lines (their starts) whose text, projected, reads as a proposal header, and that projected text: marks[first..end) on text[from, to). */
function headerLines(text: string, marks: readonly RevisionMark[], first: number, end: number, from: number, to: number, kind: ViewKind): { lines: number[]; projected: string } {
  // The projected text, and where each of its runs comes from.
  let projected = '';
  const runs: { at: number; source: number }[] = [];
  const copy = (a: number, b: number) => {
    if (b <= a) return;
    runs.push({ at: projected.length, source: a });
    projected += text.slice(a, b);
  };
  let cursor = from;
  for (let k = first; k < end; k++) {
    const m = marks[k];
    copy(cursor, m.start);
    const keptSpan = kept(m, kind);
    if (keptSpan) copy(keptSpan.start, keptSpan.end);
    cursor = m.end;
  }
  copy(cursor, to);
  const lines: number[] = [];
  for (let at = 0, r = 0; at < projected.length; ) {
    let stop = at;
    while (stop < projected.length && projected.charCodeAt(stop) !== 10 && projected.charCodeAt(stop) !== 13) stop++;
    if (stop > at && lineReadsAsHeader(projected.slice(at, stop))) {
      while (r + 1 < runs.length && runs[r + 1].at <= at) r++;
      const line = lineStartAt(text, runs[r].source + (at - runs[r].at));
      if (!lines.includes(line)) lines.push(line);
    }
    at = stop + (projected.startsWith('\r\n', stop) ? 2 : 1);
  }
  return { lines, projected };
}

/** marks.header on the line at `at`, a proposal header in the new text only (`inNew`) or in the text in force only. */
function headerInOneText(text: string, at: number, inNew: boolean, fix: Fix | undefined): Finding {
  const end = trimEnd(text, lineEndAt(text, at));
  const message = inNew
    ? l10n.t('This line reads as a proposal header in the new text only: a revision mark on it or around it makes the text in force read otherwise, so it is read as text of the proposal before it. Write proposal headers outside revision marks (a proposal is itself the change), and mark the changes in the text after the header.')
    : l10n.t('This line reads as a proposal header in the text in force only: a revision mark on it or around it makes the new text read otherwise, so it is read as text of the proposal before it. Write proposal headers outside revision marks (a proposal is itself the change), and mark the changes in the text after the header.');
  return { code: 'marks.header', severity: 'warning', start: at, end: Math.max(at, end), message, ...(fix ? { fix } : {}) };
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

export function coverValue(doc: Pick<ItuDocument, 'cover'>, name: string): string | undefined {
  return doc.cover.find((f) => f.name.toLowerCase() === name.toLowerCase())?.value;
}

/** The meeting before a document's number (`WTDC-25/`, `WTDC‑25/`, `PP22/`), its hyphen as typed or as Word sets it. */
const MEETING_PREFIX = new RegExp(String.raw`^\p{L}+${HYPHEN}?\d*\s*\/\s*`, 'u');

/**
 * `Addendum 10 to Document 16-E`: the two lines a WRC or PP cover prints its reference on, copied into the Document
 * field (English, French `Addendum 10 au Document 16-F`, Spanish `Addéndum 10 al Documento 16-S`).
 */
const ADDENDUM_TO = /^(?:Addendum|Add[ée]ndum|Add\.)\s*(\d+)\s+(?:to|au|al)\s+(?:Documento|Document)?\s*/iu;
/** The addendum in a reference as ITU prints it (`16(Add.10)-E`). */
const ADD_IN_REFERENCE = /\(\s*Add\.\s*(\d+)\s*\)/giu;

/**
 * The addendum number a cover gives: its Addendum field, else the one its Document field names when copied as ITU
 * prints the reference (`16(Add.10)-E`, `Addendum 10 to Document 16-E`; review17). Before, such a cover gave no
 * addendum: the ids were held to no prefix, and the Word cover lost the addendum. A Document field naming two
 * (`16(Add.19)(Add.1)`, an addendum to an addendum) gives none: which one the ids take is not guessed.
 */
export function coverAddendum(doc: Pick<ItuDocument, 'cover'>): string | undefined {
  const field = coverValue(doc, 'Addendum')?.trim();
  if (field) return field;
  const document = coverValue(doc, 'Document')?.trim();
  if (!document) return undefined;
  const to = ADDENDUM_TO.exec(document);
  if (to) return document.search(ADD_IN_REFERENCE) >= 0 ? undefined : to[1];
  const adds = [...document.matchAll(ADD_IN_REFERENCE)];
  return adds.length === 1 ? adds[0][1] : undefined;
}

/**
 * The number a cover's Document field gives, whether written as the number (`21`) or copied as ITU prints the
 * document's reference (`21-E`, `WTDC-25/21-E`, `21(Add.4)-E`; review 5, F18): the meeting prefix, the addendum
 * or revision and the language letter, which the Word cover writes itself, left out.
 */
export function documentNumber(value: string): string {
  return value.trim()
    .replace(ADDENDUM_TO, '')
    .replace(MEETING_PREFIX, '')
    .replace(/\s*\((?:Add|Rev)\.[^)]*\)/giu, '')
    .replace(/-[EFSRCA]$/u, '')
    .trim();
}

/** The proposal whose span holds a source offset. */
export function proposalAt(doc: ItuDocument, offset: number): Proposal | undefined {
  return doc.proposals.find((p) => p.span.start <= offset && offset <= p.span.end);
}

export function isMod(p: Pick<Proposal, 'action'> | undefined): boolean {
  return p !== undefined && (p.action === 'MOD' || p.action === '(MOD)');
}
