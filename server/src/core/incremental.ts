// Incremental checking: the findings of a new version of a document from those of the previous one.
//
// A contribution is a front (cover block, introduction, texts before the first proposal) followed by
// proposals, each from its header line to the next. A check family of scope `proposal` (checks/family.ts)
// reads one proposal with the front, so its findings for a proposal depend on that proposal's text and on
// the front alone: each proposal is checked as the small document front + proposal, once per distinct
// text, and an edit re-checks only the proposal it touched. Families of scope `document` (ids in
// sequence, footnotes) run over a summary of the whole document (every proposal's header and id, the
// marks, the footnotes), and those of scope `parse` over one scan of the marks. The findings equal
// checkDocument(parseDocument(text)) (test/unit/incremental.test.ts); where that could not hold (a mark
// across a proposal boundary, a header line holding a mark, no proposal at all, a binary file) the
// whole document is parsed and checked as before. The parse of the whole text (what the editor's
// other features read) is made on first use, from the previous version's (parseNextVersion).
import { amendedResolutions, type BaseLookup, type ComparerPool } from './base';
import { addedOnce, checkDocument, finishFindings } from './check';
import { CHECK_FAMILIES, runFamily } from './checks';
import type { CheckContext } from './checks/family';
import { checkInput, CONTROL } from './checks/input';
import type { NumberingPolicy } from './checks/numbering';
import { ParseMemory, parseDocument, parseNextVersion } from './document';
import { scanMarks } from './marks';
import { Memo as ParseMemo } from './memo';
import { placeholdersOf } from './provisions';
import { HEADER } from './structure';
import { lineEndAt, lowerBound, ownCopy, ownStrings, PieceText } from './text';
import type { Finding, Fix, FootnoteDef, FootnoteRef, ItuDocument, Proposal, ProposalView, RevisionMark, Span, TextEdit, View } from './types';

export interface IncrementalOptions {
  numberingPolicy?: NumberingPolicy;
  /** Where base texts are looked up; without it the base.* checks do not run. */
  bases?: BaseLookup;
  /** Changes whenever what `bases` answers may have changed (the base index's generation). */
  basesGeneration?: number;
  comparers?: ComparerPool;
}

/** One version's findings, and its parse (made on first use). */
export interface Analysis {
  readonly text: string;
  readonly findings: Finding[];
  readonly doc: ItuDocument;
  /** How the findings were made: proposals checked anew and in all, or the whole document at once. */
  readonly work: { proposals: number; checked: number } | 'whole';
  /**
   * A parse holding what stands before the first proposal, in the whole text's offsets: the Resolutions
   * outside proposals (a file's base texts) read from it as from `doc`, without parsing every proposal.
   */
  readonly front: ItuDocument;
  /** The placeholders (`5.A11`) the ADD proposals give, in order, as placeholdersOf(doc) (the base index reads them). */
  readonly placeholders: string[];
  /** The cover and the proposals (headers, ids, spans) as `doc` has them, without the parse of every proposal. */
  readonly head: DocumentHead;
}

/** What a document's cover and proposal headers say (its ids, revision, merged-draft status: compile's idHolder). */
export type DocumentHead = Pick<ItuDocument, 'cover' | 'proposals'>;

/** What one proposal (checked as front + proposal) gives, in the offsets of that small document. */
interface ChunkResult {
  /** Findings of each `proposal`-scope family (registry order), on the proposal's own text. */
  local: Finding[][];
  proposals: Proposal[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  marks: RevisionMark[];
  placeholders: string[];
}

type FrontResult = ChunkResult & { cover: ItuDocument['cover']; doc: ItuDocument };

interface Memo {
  key: string;
  front: string;
  frontResult: FrontResult;
  chunks: Map<string, ChunkResult>;
  /**
   * What the parse of the proposal last checked by analyzeEdits read of its lines: typing goes on in that proposal,
   * and its next check reads again only the lines the edits changed (parseNextVersion), not every line.
   */
  lastChunk?: ParseMemory;
}

/**
 * How a version was cut into the front and its proposals, kept so that the next version can be analysed
 * from the edits alone (analyzeEdits). Offsets are the whole text's.
 */
interface Cut {
  front: string;
  starts: number[];
  /** The proposals' texts, from each start to the next (the last to the end). */
  chunks: string[];
  results: ChunkResult[];
  marks: RevisionMark[];
  /** What the scan of the marks found (parse findings; the input check found nothing where a cut is kept). */
  scanFindings: Finding[];
  /** Each proposal's results where they stand (set by assemble; the next version reuses those that did not move). */
  placed?: Placed[];
  /**
   * The whole text holds no control character (the input check cannot change by an edit that types none)
   * and the scan found nothing but empty marks: each proposal's marks are read alone as in the whole text.
   */
  clean: boolean;
}

class VersionAnalysis implements Analysis {
  private parsed?: ItuDocument;
  private joined?: string;
  readonly placeholders: string[];
  readonly head: DocumentHead;
  constructor(
    /** The text, or how to make it: an analysis made from the edits joins its pieces only when the text is read. */
    private readonly textOf: string | (() => string),
    readonly findings: Finding[],
    /** What the last parse made before this version read from paragraphs (reused), not that parse. */
    private before: ParseMemory | undefined,
    readonly memo: Memo | undefined,
    readonly work: Analysis['work'],
    parsed?: ItuDocument,
    placeholders?: string[],
    head?: DocumentHead,
    /** Set where the next version may be analysed from its edits. */
    readonly cut?: Cut,
  ) {
    this.parsed = parsed;
    this.placeholders = placeholders ?? placeholdersOf(this.doc);
    this.head = head ?? { cover: this.doc.cover, proposals: this.doc.proposals };
  }

  get text(): string {
    return (this.joined ??= typeof this.textOf === 'string' ? this.textOf : this.textOf());
  }

  get doc(): ItuDocument {
    if (!this.parsed) {
      this.parsed = parseNextVersion(this.text, this.before);
      this.before = undefined;
    }
    return this.parsed;
  }

  get front(): ItuDocument {
    return this.memo?.frontResult.doc ?? this.doc;
  }

  /** What the next version's parse starts from: this parse's memory if it was made, else the one before. */
  lastParse(): ParseMemory | undefined {
    return ParseMemory.of(this.parsed) ?? this.before;
  }
}

const LOCAL = CHECK_FAMILIES.filter((f) => (f.scope ?? 'proposal') === 'proposal');

/**
 * The findings (and the parse, on first use) of `text`, the next version of the document `previous`
 * analysed; the same findings as checkDocument(parseDocument(text), options). `parsed` is a parse of an
 * earlier version made outside the analyses (the latest one is best), or its ParseMemory, to start the
 * parse from. An analysis keeps no parse of an earlier version, only its memory.
 */
export function analyzeNextVersion(text: string, options: IncrementalOptions = {}, previous?: Analysis, parsed?: ItuDocument | ParseMemory): Analysis {
  const prev = previous instanceof VersionAnalysis ? previous : undefined;
  const lastParse = parsed ?? prev?.lastParse();
  // A parse of this very text (a feature asked for it before the check) is not made again.
  const same = lastParse && !(lastParse instanceof ParseMemory) && lastParse.text === text ? lastParse : undefined;
  const whole = (): Analysis => {
    const doc = same ?? parseNextVersion(text, lastParse);
    const findings = checkDocument(doc, { numberingPolicy: options.numberingPolicy, bases: options.bases, comparers: options.comparers });
    return new VersionAnalysis(text, findings, undefined, undefined, 'whole', doc);
  };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const input = checkInput(text, bom);
  if (input.length > 0) return whole();
  const scan = scanMarks(text, bom);
  const starts = proposalStarts(text, bom, scan.marks);
  if (starts.length === 0) return whole();
  // A copy, not a slice: the memo outlives this version, and a slice would keep its whole text alive.
  const front = ownCopy(text.slice(0, starts[0]));
  const key = memoKey(options);
  const reuse = prev?.memo && prev.memo.key === key && prev.memo.front === front ? prev.memo : undefined;
  // One pool for the small documents; its round ends once, after them all.
  const pool = options.comparers && Object.assign((k: string) => options.comparers!(k), {});
  const run = (t: string) => checkChunk(parseDocument(t), front.length, options, pool);
  const frontResult = reuse?.frontResult ?? runFront(front, options, pool);
  if (!frontResult || frontResult.proposals.length > 0) return whole();
  const chunks = new Map<string, ChunkResult>();
  const texts: string[] = [];
  const results: ChunkResult[] = [];
  let checked = 0;
  for (let k = 0; k < starts.length; k++) {
    const chunk = text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length);
    let r = chunks.get(chunk) ?? reuse?.chunks.get(chunk);
    if (!r) {
      const fresh = run(front + chunk);
      if (!fresh) return whole();
      r = fresh;
      checked++;
    }
    // The proposal's marks as the small document read them must be the whole text's marks there.
    if (!sameMarks(r.marks, scan.marks, starts[k], k + 1 < starts.length ? starts[k + 1] : text.length, front.length)) return whole();
    chunks.set(chunk, r);
    texts.push(chunk);
    results.push(r);
  }
  options.comparers?.endRound?.();
  // Kept for the next version's edits: no control character anywhere (the input check read a sample), no mark
  // the scan found fault with but empty ones.
  const clean = !CONTROL.test(text) && scan.findings.every((f) => f.code === 'marks.empty');
  const cut: Cut = { front, starts, chunks: texts, results, marks: scan.marks, scanFindings: scan.findings, clean, placed: prev?.cut?.placed };
  return assemble(text, bom, cut, frontResult, options, { key, front, frontResult, chunks }, ParseMemory.of(lastParse), { proposals: starts.length, checked }, same) ?? whole();
}

/** The key of what a memo's checks depended on besides the texts: the numbering policy and the base texts' generation. */
function memoKey(options: IncrementalOptions): string {
  return `${options.numberingPolicy ?? 'reletter'}|${options.bases ? options.basesGeneration ?? 0 : '-'}`;
}

/**
 * The findings of a version from its proposals' results (in the small documents' offsets) and the
 * document-wide families over their summary; undefined where the whole document must decide.
 */
function assemble(text: string | (() => string), bom: number, cut: Cut, frontResult: FrontResult, options: IncrementalOptions, memo: Memo, before: ParseMemory | undefined, work: { proposals: number; checked: number }, same: ItuDocument | undefined): Analysis | undefined {
  const { front, starts, results } = cut;
  // An ADD's number is judged against the numbers in force and those the contribution's earlier ADDs bring
  // (base.ts amendedProvisions): a proposal checked alone does not see the latter, so where a gap is found
  // and another ADD stands in the document, the whole document decides (a fault state, rare while typing).
  // Likewise a clause reference in an ADD may name a clause another ADD brings (checks/references.ts, review 8, I26).
  if (results.some((r) => r.local.some((fs) => fs.some((f) => f.code === 'base.provision-gap' || f.code === 'reference.unresolved'))) && results.reduce((n, r) => n + r.proposals.filter((p) => p.action === 'ADD').length, 0) > 1) return undefined;

  // The summary the document-wide families read, in the whole text's offsets.
  const proposals: Proposal[] = [];
  const footnoteRefs = frontResult.footnoteRefs.slice();
  const footnoteDefs = frontResult.footnoteDefs.slice();
  const local: Finding[][] = LOCAL.map((_, i) => frontResult.local[i].slice());
  const placed: Placed[] = [];
  results.forEach((r, k) => {
    // Moved once to where the proposal stands, and again only when it moves (typing moves the ones after it).
    const before = cut.placed?.[k];
    const here = before && before.result === r && before.start === starts[k] && before.index === proposals.length ? before : place(r, front.length, starts[k], proposals.length);
    placed.push(here);
    for (const p of here.proposals) proposals.push(p);
    for (const ref of here.footnoteRefs) footnoteRefs.push(ref);
    for (const def of here.footnoteDefs) footnoteDefs.push(def);
    here.local.forEach((fs, i) => {
      for (const f of fs) local[i].push(f);
    });
  });
  cut.placed = placed;
  // The summary holds what `document` families read (family.ts lists it): footnotes and, for each
  // proposal, that it stands in the new text; the rest of a view is not made.
  const summaryView = { kind: 'new', footnoteRefs, footnoteDefs, proposals: proposals.map(() => ({}) as ProposalView), memo: new ParseMemo() } as unknown as View;
  // The text of a version analysed from its edits is joined only if a family or a fix reads it.
  let joined = typeof text === 'string' ? text : undefined;
  const summary = {
    get text() {
      return (joined ??= (text as () => string)());
    },
    bom,
    marks: cut.marks,
    cover: frontResult.cover,
    proposals,
    views: { new: summaryView, old: summaryView },
    parseFindings: cut.scanFindings,
    memo: new ParseMemo(),
    // Read in place of the text by the document-wide checks and finishFindings (text.ts sourceOf).
    pieces: joined === undefined ? new PieceText([0, ...starts], [front, ...cut.chunks]) : undefined,
  } as ItuDocument;
  const ctx: CheckContext = { doc: summary, policy: options.numberingPolicy ?? 'reletter', distinctOld: false };
  const all: Finding[] = [];
  for (const family of CHECK_FAMILIES) {
    const i = LOCAL.indexOf(family);
    for (const f of i >= 0 ? local[i] : runFamily(family, ctx)) all.push(f);
  }
  const findings = finishFindings(summary, all, options.bases);
  const placeholders = results.flatMap((r) => r.placeholders);
  return new VersionAnalysis(() => summary.text, findings, before, memo, work, same, placeholders, { cover: summary.cover, proposals }, cut.clean ? cut : undefined);
}

/**
 * The analysis of the version `edits` make of `previous`'s text (each in offsets of the text before it,
 * applied in order), made from the edits without reading or joining the whole text: where every edit
 * falls inside one proposal (not its header line's start, not the line end before the next proposal),
 * types no control character and leaves that proposal one proposal whose marks are faultless, only that
 * proposal is read and checked again (analyzeNextVersion would find the same). Undefined where it cannot
 * say: the caller analyses the joined text (analyzeNextVersion).
 */
export function analyzeEdits(previous: Analysis, edits: readonly TextEdit[], options: IncrementalOptions = {}): Analysis | undefined {
  const prev = previous instanceof VersionAnalysis ? previous : undefined;
  const cut = prev?.cut;
  const memo = prev?.memo;
  if (!prev || !cut || !memo || edits.length === 0 || memo.key !== memoKey(options)) return undefined;
  const { front, starts, chunks } = cut;
  // The proposal the first edit falls in; every edit must stay inside it.
  const k = lowerBound(starts, (s) => s <= edits[0].start) - 1;
  if (k < 0) return undefined;
  const last = k === starts.length - 1;
  let chunk = chunks[k];
  for (const e of edits) {
    const a = e.start - starts[k];
    const b = e.end - starts[k];
    // Not before the proposal; not its line end before the next proposal (nor past it).
    if (a < 0 || b < a || b > (last ? chunk.length : chunk.length - 1)) return undefined;
    if (CONTROL.test(e.newText)) return undefined;
    chunk = chunk.slice(0, a) + e.newText + chunk.slice(b);
  }
  // Still one proposal, starting where it did, its marks read alone without fault and none holding the line
  // end before the next proposal (which then starts a line no mark touches, as proposalStarts asks).
  const scan = scanMarks(chunk);
  if (!scan.findings.every((f) => f.code === 'marks.empty')) return undefined;
  const own = proposalStarts(chunk, 0, scan.marks);
  if (own.length !== 1 || own[0] !== 0) return undefined;
  if (!last && scan.marks.length > 0 && scan.marks[scan.marks.length - 1].end > chunk.length - 1) return undefined;
  // The front's findings and the other proposals' stand: the front and their texts are unchanged, and their
  // marks, faultless, are read alone as in the whole text (Cut.clean).
  const pool = options.comparers && Object.assign((key: string) => options.comparers!(key), {});
  let r = memo.chunks.get(chunk);
  let checked = 0;
  let lastChunk = memo.lastChunk;
  if (!r) {
    const doc = parseNextVersion(front + chunk, lastChunk);
    r = checkChunk(doc, front.length, options, pool);
    if (!r) return undefined;
    lastChunk = ParseMemory.of(doc);
    checked = 1;
  }
  options.comparers?.endRound?.();
  const delta = chunk.length - chunks[k].length;
  const from = starts[k];
  const to = from + chunks[k].length;
  // The marks and scan findings: before the proposal as they were, its own from its scan, after it moved.
  const i = lowerBound(cut.marks, (m) => m.start < from);
  const j = lowerBound(cut.marks, (m) => m.start < to);
  const marks = cut.marks.slice(0, i);
  for (const m of scan.marks) marks.push(movedMark(m, from));
  for (let n = j; n < cut.marks.length; n++) marks.push(movedMark(cut.marks[n], delta));
  // A Shift with no front moves every offset (a fix's edits too) by its start.
  const into = new Shift(0, from);
  const after = new Shift(0, delta);
  const scanFindings: Finding[] = [];
  for (const f of cut.scanFindings) if (f.start < from) scanFindings.push(f);
  for (const f of scan.findings) scanFindings.push(into.finding(f));
  for (const f of cut.scanFindings) if (f.start >= to) scanFindings.push(after.finding(f));
  if (!sameMarks(r.marks, marks, from, from + chunk.length, front.length)) return undefined;
  const nextChunks = chunks.slice();
  nextChunks[k] = chunk;
  const results = cut.results.slice();
  results[k] = r;
  const nextStarts = starts.slice();
  for (let n = k + 1; n < nextStarts.length; n++) nextStarts[n] += delta;
  const next: Cut = { front, starts: nextStarts, chunks: nextChunks, results, marks, scanFindings, clean: true, placed: cut.placed };
  // The memo keeps every text this version holds (and none it dropped), as analyzeNextVersion's does.
  const kept = new Map<string, ChunkResult>();
  for (let n = 0; n < nextChunks.length; n++) kept.set(nextChunks[n], results[n]);
  const joinText = () => {
    let t = front;
    for (const c of nextChunks) t += c;
    return t;
  };
  return assemble(joinText, front.charCodeAt(0) === 0xfeff ? 1 : 0, next, memo.frontResult, options, { key: memo.key, front, frontResult: memo.frontResult, chunks: kept, lastChunk }, prev.lastParse(), { proposals: starts.length, checked }, undefined);
}

/** A proposal's results moved to its place in the whole text (Cut.placed): kept while its result and place stay. */
interface Placed {
  result: ChunkResult;
  start: number;
  /** The index of its first proposal in the document. */
  index: number;
  proposals: Proposal[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  local: Finding[][];
}

function place(r: ChunkResult, frontLength: number, start: number, index: number): Placed {
  const shift = new Shift(frontLength, start);
  return {
    result: r,
    start,
    index,
    proposals: r.proposals.map((p, i) => shift.proposal(p, index + i)),
    footnoteRefs: r.footnoteRefs.map((ref) => ({ ...ref, source: shift.span(ref.source) })),
    footnoteDefs: r.footnoteDefs.map((def) => ({ ...def, paragraph: { ...def.paragraph, source: shift.span(def.paragraph.source) }, labelSource: shift.span(def.labelSource) })),
    local: r.local.map((fs) => fs.map((f) => shift.finding(f))),
  };
}

/** A mark moved by `by` (its inner spans too). */
function movedMark(m: RevisionMark, by: number): RevisionMark {
  if (by === 0) return m;
  const span = (x: Span | undefined) => x && { start: x.start + by, end: x.end + by };
  const out: RevisionMark = { ...m, start: m.start + by, end: m.end + by };
  if (m.oldText) out.oldText = span(m.oldText);
  // A highlight's two texts are one span.
  if (m.newText) out.newText = m.newText === m.oldText ? out.oldText : span(m.newText);
  if (m.commentText) out.commentText = span(m.commentText);
  if (m.attribution) out.attribution = span(m.attribution);
  return out;
}

/**
 * A part of a document parsed alone, for a feature that reads one place (a hover): the front and the
 * proposal holding an offset, parsed as the analysis checks that proposal (front + proposal), or the
 * front alone for an offset before the first proposal. `doc` is in the offsets of that small text: the
 * front where it is, the proposal moved from `start` in the whole text to `frontLength`.
 */
export interface Region {
  doc: ItuDocument;
  frontLength: number;
  /** Where the part after the front starts in the whole text (frontLength for the front alone). */
  start: number;
}

/**
 * The region of `offset` (see Region), or undefined where only the whole parse reads it as the whole
 * document does: no proposal, input that is not text, a mark across a proposal boundary, a front with a
 * proposal of its own (as for analyzeNextVersion, which then checks the whole document).
 */
export function regionAt(text: string, offset: number): Region | undefined {
  const parts = cut(text);
  if (!parts) return undefined;
  const { marks, starts, front } = parts;
  const k = lowerBound(starts, (s) => s <= offset) - 1;
  const start = k < 0 ? front.length : starts[k];
  const end = k < 0 ? front.length : k + 1 < starts.length ? starts[k + 1] : text.length;
  const doc = parseDocument(k < 0 ? front : front + text.slice(start, end));
  // Of the front alone no proposal; else the first one is this one.
  if (k < 0 ? doc.proposals.length > 0 : doc.proposals[0]?.header.start !== front.length) return undefined;
  if (!sameMarks(doc.marks, marks, start, end, front.length)) return undefined;
  return { doc, frontLength: front.length, start };
}

/**
 * The text cut as analyzeNextVersion cuts it: its marks, where each proposal starts, the front before
 * them; undefined where the analysis reads the whole document (input that is not text, no proposal).
 */
function cut(text: string): { marks: RevisionMark[]; starts: number[]; front: string } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (checkInput(text, bom).length > 0) return undefined;
  const marks = scanMarks(text, bom).marks;
  const starts = proposalStarts(text, bom, marks);
  return starts.length > 0 ? { marks, starts, front: text.slice(0, starts[0]) } : undefined;
}

/**
 * What the base index reads of a text (Analysis.front and Analysis.placeholders) without a check or
 * a parse of the whole: the front parsed alone, and the placeholders of each proposal that may add
 * text, parsed as the analysis parses it (front + proposal). Undefined where the analysis reads the
 * whole document (see regionAt).
 */
export function frontOf(text: string): { front: ItuDocument; placeholders: string[] } | undefined {
  const parts = cut(text);
  if (!parts) return undefined;
  const { marks, starts, front } = parts;
  const doc = parseDocument(front);
  if (doc.proposals.length > 0 || !sameMarks(doc.marks, marks, front.length, front.length, front.length)) return undefined;
  const placeholders: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const chunk = text.slice(starts[k], end);
    // placeholdersOf reads ADD proposals only, and each starts a line.
    if (!ADD_LINE.test(chunk)) continue;
    const small = parseDocument(front + chunk);
    if (!sameMarks(small.marks, marks, starts[k], end, front.length)) return undefined;
    for (const p of placeholdersOf(small)) placeholders.push(p);
  }
  return { front: doc, placeholders };
}

const ADD_LINE = /^ADD/m;

/**
 * Where each proposal starts: a header line (as parseView reads one) that no mark touches, nor the
 * line end before it, so that it starts a proposal in both projections.
 */
function proposalStarts(text: string, bom: number, marks: RevisionMark[]): number[] {
  const out: number[] = [];
  const candidate = /^(?:\(MOD\)|MOD|ADD|SUP|NOC)/gm;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at - 1);
    if (at !== bom && c !== 10 && c !== 13) continue; // a line start of U+2028 is no paragraph start
    const end = lineEndAt(text, at);
    const h = HEADER.exec(text.slice(at, end));
    if (!h || !(h[2].includes('\t') || h[3].includes('/'))) continue;
    const i = lowerBound(marks, (mk) => mk.end <= at - 1);
    if (i < marks.length && marks[i].start < end) continue; // a mark on the line or across its start
    out.push(at);
    candidate.lastIndex = end;
  }
  return out;
}

/**
 * The small document (front + proposal) read the marks as the whole text has them: the front's marks
 * where they are, the proposal's moved to the proposal's place. Else it would project other texts.
 */
function sameMarks(own: RevisionMark[], all: RevisionMark[], from: number, to: number, frontLength: number): boolean {
  const same = (m: RevisionMark, o: RevisionMark, delta: number) => m.start + delta === o.start && m.end + delta === o.end && m.kind === o.kind;
  const f = lowerBound(all, (m) => m.start < frontLength);
  const i = lowerBound(all, (m) => m.start < from);
  const j = lowerBound(all, (m) => m.start < to);
  const inFront = lowerBound(own, (m) => m.start < frontLength);
  if (inFront !== f || own.length - inFront !== j - i) return false;
  for (let k = 0; k < inFront; k++) if (!same(own[k], all[k], 0)) return false;
  for (let k = inFront; k < own.length; k++) if (!same(own[k], all[i + k - inFront], from - frontLength)) return false;
  return true;
}

function runFront(front: string, options: IncrementalOptions, pool: ComparerPool | undefined): FrontResult | undefined {
  const doc = parseDocument(front);
  const r = resultOf(doc, 0, options, pool);
  return r && { ...r, cover: doc.cover, doc };
}

/** The results of a small document (front + proposal), parsed by the caller: once, or from its last parse (analyzeEdits). */
function checkChunk(small: ItuDocument, frontLength: number, options: IncrementalOptions, pool: ComparerPool | undefined): ChunkResult | undefined {
  // Kept in the memo for the versions after: without the small document's texts (its projections).
  return ownStrings(resultOf(small, frontLength, options, pool));
}

/** The `proposal`-scope findings and the summary of a small document, from `from` on. */
function resultOf(doc: ItuDocument, from: number, options: IncrementalOptions, pool: ComparerPool | undefined): ChunkResult | undefined {
  const ctx: CheckContext = {
    doc,
    policy: options.numberingPolicy ?? 'reletter',
    amended: options.bases ? amendedResolutions(doc, options.bases, pool) : undefined,
    added: options.bases ? addedOnce(doc, options.bases) : undefined,
    distinctOld: doc.views.old !== doc.views.new,
  };
  const own = <T extends { start: number }>(x: T) => x.start >= from;
  return {
    local: LOCAL.map((f) => runFamily(f, ctx, from).filter(own)),
    proposals: doc.proposals.filter((p) => p.header.start >= from),
    footnoteRefs: doc.views.new.footnoteRefs.filter((r) => r.source.start >= from),
    footnoteDefs: doc.views.new.footnoteDefs.filter((d) => d.paragraph.source.start >= from),
    marks: doc.marks,
    // The small document's proposals are this one's (a front with a proposal is checked whole).
    placeholders: placeholdersOf(doc),
  };
}

/** Offsets of a small document (front + proposal) in the whole text: the front stays, the proposal moves. */
class Shift {
  private readonly fixes = new Map<Fix, Fix>();
  constructor(
    private readonly frontLength: number,
    private readonly start: number,
  ) {}

  at(o: number): number {
    return o < this.frontLength ? o : o - this.frontLength + this.start;
  }

  span<S extends { start: number; end: number }>(s: S): S {
    return { ...s, start: this.at(s.start), end: this.at(s.end) };
  }

  private maybe<S extends { start: number; end: number }>(s: S | undefined): S | undefined {
    return s && this.span(s);
  }

  proposal(p: Proposal, index: number): Proposal {
    return {
      ...p,
      id: { ...p.id, span: this.span(p.id.span), ...(p.id.seqSpan ? { seqSpan: this.span(p.id.seqSpan) } : {}) },
      header: this.span(p.header),
      actionSpan: this.span(p.actionSpan),
      span: this.span(p.span),
      index,
      reasons: this.maybe(p.reasons),
    };
  }

  finding(f: Finding): Finding {
    const out = this.span(f);
    if (f.fix) out.fix = this.fix(f.fix);
    return out;
  }

  private fix(fix: Fix): Fix {
    let out = this.fixes.get(fix);
    if (!out) {
      out = { ...fix, edits: fix.edits.map((e) => this.span(e)) };
      if (fix.alternatives) out.alternatives = fix.alternatives.map((a) => ({ ...a, edits: a.edits.map((e) => this.span(e)) }));
      this.fixes.set(fix, out);
    }
    return out;
  }
}
