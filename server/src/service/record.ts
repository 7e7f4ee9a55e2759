// One record per version of a document: its text, its parse, its findings and its comparisons with
// the base texts, computed when first asked for and kept for that version. A record never changes
// what the service holds: reading one has no side effect.
import { Position, Range } from 'vscode-languageserver-types';
import { amendedResolutions, analysedRegion, documentLanguage, LANGUAGE_SAMPLE, piecesLanguage, type Lang, type LanguageCounts, analyzeEdits, analyzeNextVersion, frontOf, LineIndex, parseNextVersion, ParseMemory, regionAt, textParts, type AmendedResolution, type Analysis, type BaseLookup, type ComparerPool, type DocumentHead, type Finding, type ItuDocument, type NumberingPolicy, type Region, type Proposal, type RevisionMark, type Span, type TextParts, type UnmarkedChange, unmarkedChanges } from '../core';
import type { OutlineMemo } from './outline';
import type { MarksMemo } from './custom';
import { partContext, type PartContext } from './provisions';

/** A header line of a proposal the base texts judge: `MOD`, `(MOD)`, `SUP`, `SUP*`, `NOC` (structure.ts HEADER). */
const MAY_AMEND = /^(?:\(?MOD\)?|SUP\*?|NOC)[\t ]/m;

/** A change of the text in offsets of the text before it: `text` replaces [start, end). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** An LSP content change: a range and its new text, or the whole new text. */
export type ContentChange = { range: Range; text: string } | { text: string };

/** The base texts a record checks its MODs against; `generation` keys what was computed from them. */
export interface BaseContext {
  lookup: BaseLookup;
  generation: () => number;
  pool: ComparerPool;
}

/**
 * THE place a version's parse comes from: what the last parse read (when there is one) and the new
 * text. The core reuses what it read of every paragraph an edit did not touch (parseNextVersion).
 */
export function parseVersion(previous: ItuDocument | ParseMemory | undefined, text: string): ItuDocument {
  return parseNextVersion(text, previous);
}

/**
 * THE place a version's findings come from: the core's incremental analysis, which checks again
 * only the proposals an edit touched (analyzeNextVersion) and equals a whole check.
 */
export function checkVersion(text: string | (() => string), policy: NumberingPolicy, bases: BaseContext | undefined, previous: Analysis | undefined, parsed: ItuDocument | ParseMemory | undefined, edits?: readonly TextChange[]): Analysis {
  const options = { numberingPolicy: policy, bases: bases?.lookup, basesGeneration: bases?.generation() ?? -1, comparers: bases?.pool };
  // While typing: from the edits since the previous analysis, without joining the text, where they stay inside one proposal.
  const quick = previous && edits?.length ? analyzeEdits(previous, edits.map((e) => ({ start: e.start, end: e.end, newText: e.text })), options) : undefined;
  return quick ?? analyzeNextVersion(typeof text === 'string' ? text : text(), options, previous, parsed);
}

/**
 * A text not joined yet: an earlier version's text and the changes since (each in offsets of the text before it).
 * The earlier text is a string, or the text of that version's analysis (made from the edits, in pieces) read when needed.
 */
interface Unjoined {
  base: string | (() => string);
  changes: TextChange[];
}

function baseOf(u: Unjoined): string {
  return typeof u.base === 'string' ? u.base : u.base();
}

/** Changes not joined beyond this many are joined (the list is copied per version). */
const MAX_UNJOINED = 64;

/**
 * `changes` applied in order to `base` (each in offsets of the text before it) and joined once: the
 * pieces are slices, which copy nothing, so many changes cost one copy of the text, not one each.
 */
export function applyInOrder(base: string, changes: readonly TextChange[]): string {
  if (changes.length === 0) return base;
  let pieces = [base];
  let length = base.length;
  const cut = (a: number, b: number) => {
    const out: string[] = [];
    let at = 0;
    for (const p of pieces) {
      const from = at;
      const to = (at += p.length);
      if (to <= a || from >= b) continue;
      out.push(from >= a && to <= b ? p : p.slice(Math.max(a - from, 0), Math.min(b, to) - from));
    }
    return out;
  };
  for (const c of changes) {
    pieces = [...cut(0, c.start), c.text, ...cut(c.end, length)];
    length += c.text.length - (c.end - c.start);
  }
  return pieces.join('');
}

/**
 * What a feature that reads one place of a version reads: the version itself (a DocumentRecord), or a
 * part of it parsed alone (DocumentRecord.regionAt), whose offsets are those of its own small text and
 * whose positions and ranges are the whole document's.
 */
export interface DocumentView {
  readonly uri: string;
  readonly bases?: BaseContext;
  readonly doc: ItuDocument;
  readonly text: string;
  readonly lines: LineIndex;
  /** Set on a part: the whole version, for what the part cannot answer as the whole would. */
  readonly whole?: DocumentRecord;
  /** Where the part's own text starts after the front (a footnote defined in the front is defined before every proposal). */
  readonly frontLength?: number;
  /** Where the part's own text (frontLength in its offsets) starts in the whole text. */
  readonly partStart?: number;
  offset(position: Position): number;
  range(span: Span): Range;
}

/** What a feature answers on a part that only the whole version answers as the whole would: ask the whole. */
export const WHOLE: unique symbol = Symbol('ask the whole version');

/** A part of a version: the front and one proposal, parsed alone (core regionAt). */
class RegionView implements DocumentView {
  private lineIndex?: LineIndex;
  constructor(
    readonly whole: DocumentRecord,
    private readonly region: Region,
  ) {}

  get uri(): string {
    return this.whole.uri;
  }

  get bases(): BaseContext | undefined {
    return this.whole.bases;
  }

  get doc(): ItuDocument {
    return this.region.doc;
  }

  get text(): string {
    return this.region.doc.text;
  }

  get frontLength(): number {
    return this.region.frontLength;
  }

  get partStart(): number {
    return this.region.start;
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  offset(position: Position): number {
    const o = this.whole.offset(position);
    const { frontLength, start } = this.region;
    return o < frontLength ? o : o - start + frontLength;
  }

  range(span: Span): Range {
    const { frontLength, start } = this.region;
    const whole = (o: number) => (o < frontLength ? o : o - frontLength + start);
    return this.whole.range({ start: whole(span.start), end: whole(span.end) });
  }
}

export class DocumentRecord implements DocumentView {
  private parsed?: ItuDocument;
  private lineIndex?: LineIndex;
  /**
   * The text once joined. Until read, a version's text is its predecessor's and the changes since: an
   * edit makes no copy of the whole text, and typing between two checks copies it once.
   */
  private joined?: string;
  private unjoined?: Unjoined;
  /**
   * What the parse starts from until it is made: what the last parse made read (its memory, not the
   * parse: a version keeps no parse of an earlier one).
   */
  private parseFrom?: ParseMemory;
  /** The findings of `latest`, by policy and state of the base index (`generation`: the one `latest` was made with). */
  private findingsBy?: { key: string; generation: number; findings: Finding[] };
  /** The latest analysis of this version, and the previous version's (its start), let go once this one has its own. */
  private latest?: Analysis;
  private priorAnalysis?: Analysis;
  /** The changes from priorAnalysis's version to this one, in order (undefined: not known, or too many). */
  private sincePrior?: TextChange[];
  private amendedBy?: { generation: number; list: AmendedResolution[] };
  /** The text cut into its front and proposals (core textParts), once asked; null where it cannot be. */
  private parts?: TextParts | null;
  /** What the outline of the last version made keeps of its parts (outline.ts partOutline), passed on to the next. */
  outlineMemo?: OutlineMemo;
  /** What the preview's marks of the last version asked keep of its parts (custom.ts marksOf), passed on likewise. */
  marksMemo?: MarksMemo;
  /** The document's language (core documentLanguage) once read, passed on to a version whose edits left its first LANGUAGE_SAMPLE code units alone. */
  private languageRead?: Lang;
  /** What the language of the last version read counted of its parts (core piecesLanguage), passed on likewise. */
  private languageCounts?: ReadonlyMap<string, LanguageCounts>;
  /** What each part of the last version asked places before the parts after it (provisions.ts PartContext), by its text. */
  private placed?: { front: string; parts: Map<string, PartContext> };

  constructor(
    readonly uri: string,
    readonly version: number,
    text: string | Unjoined,
    /** Base texts to check MODs against (none: MODs are not compared). */
    readonly bases?: BaseContext,
    from?: { previous: DocumentRecord; lines?: LineIndex; changes?: TextChange[] },
  ) {
    if (typeof text === 'string') this.joined = text;
    else this.unjoined = text;
    if (from) {
      this.lineIndex = from.lines;
      const p = from.previous;
      // An unparsed previous version passes on what it would have started from.
      this.parseFrom = p.parsed ? ParseMemory.of(p.parsed) : p.parseFrom;
      // The analysis, not the record: no chain of versions is kept alive.
      this.priorAnalysis = p.latest ?? p.priorAnalysis;
      this.outlineMemo = p.outlineMemo;
      this.marksMemo = p.marksMemo;
      // documentLanguage reads the text's first LANGUAGE_SAMPLE code units only (the cover, then words).
      if (from.changes?.every((c) => c.start >= LANGUAGE_SAMPLE)) this.languageRead = p.languageRead;
      this.languageCounts = p.languageCounts;
      this.placed = p.placed;
      const since = p.latest ? from.changes : p.sincePrior && from.changes && [...p.sincePrior, ...from.changes];
      this.sincePrior = since && since.length <= MAX_UNJOINED ? since : undefined;
    }
  }

  get text(): string {
    if (this.joined === undefined) {
      // An analysis made from the edits has the text in pieces (joined by V8 when read), else the changes are applied.
      this.joined = this.latest?.text ?? applyInOrder(baseOf(this.unjoined!), this.unjoined!.changes);
      this.unjoined = undefined;
    }
    return this.joined;
  }

  /**
   * The record of the text after `changes` (LSP content changes, applied in order). Its line index is
   * made from this one's (LineIndex.edited), and its text is joined when first read.
   */
  next(version: number, changes: readonly ContentChange[]): DocumentRecord {
    const latest = this.latest;
    // An analysed version's text comes from its analysis: the list of changes starts again there.
    if (this.joined === undefined && !latest && this.unjoined!.changes.length + changes.length > MAX_UNJOINED) void this.text;
    const prior: Unjoined = this.joined !== undefined ? { base: this.joined, changes: [] } : latest ? { base: () => latest.text, changes: [] } : this.unjoined!;
    let lines = this.lines;
    const applied: TextChange[] = [];
    for (const c of changes) {
      let change: TextChange;
      if (!('range' in c) || !c.range) {
        change = { start: 0, end: lines.length, text: c.text };
      } else {
        const a = lines.offset(c.range.start);
        const b = lines.offset(c.range.end);
        change = a <= b ? { start: a, end: b, text: c.text } : { start: b, end: a, text: c.text };
      }
      applied.push(change);
      lines = lines.edited(change.start, change.end, change.text) ?? new LineIndex(applyInOrder(baseOf(prior), [...prior.changes, ...applied]));
    }
    const text: Unjoined = { base: prior.base, changes: [...prior.changes, ...applied] };
    return new DocumentRecord(this.uri, version, text, this.bases, { previous: this, lines, changes: applied });
  }

  /** The same version checked against other base texts. */
  withBases(bases: BaseContext | undefined): DocumentRecord {
    const r = new DocumentRecord(this.uri, this.version, this.text, bases);
    r.parsed = this.parsed;
    r.parseFrom = this.parseFrom;
    r.lineIndex = this.lineIndex;
    r.outlineMemo = this.outlineMemo;
    r.marksMemo = this.marksMemo;
    // Not the analyses: their memo is keyed on a generation number, which another index may share.
    return r;
  }

  get doc(): ItuDocument {
    if (!this.parsed) {
      this.parsed = this.latest ? this.latest.doc : parseVersion(this.parseFrom, this.text);
      this.parseFrom = undefined;
    }
    return this.parsed;
  }

  /**
   * What a feature reading the place `offset` reads: this version when its parse is made, else the
   * front and the proposal there parsed alone (a few KB where the whole parse of a large document is
   * many MB, and nothing kept after the feature answered), or the whole parse where a part cannot stand
   * for it (core regionAt).
   */
  regionAt(offset: number): DocumentView {
    const cut = this.cutParts();
    const region = !cut ? undefined : cut.chunks ? analysedRegion({ ...cut, chunks: cut.chunks }, offset, () => this.latest!.front) : regionAt(this.text, offset, cut.parts);
    return region ? new RegionView(this, region) : this;
  }

  /**
   * The front and the proposal at `offset` as this version's analysis cut and checked them one by one (core
   * analysedRegion), undefined where it did not (not checked yet, checked whole, or parsed whole: then the whole parse
   * costs nothing more). Such a part reads as the whole text reads there, instrument and ARTICLE headings included
   * (core underFrontInstrument): completion reads the proposal's target in it.
   */
  analysedRegionAt(offset: number): DocumentView | undefined {
    const cut = this.cutParts();
    return cut?.chunks ? new RegionView(this, analysedRegion({ ...cut, chunks: cut.chunks }, offset, () => this.latest!.front)) : undefined;
  }

  /**
   * What each proposal before the part starting at `partStart` places before it (provisions.ts PartContext), in order:
   * of a version analysed proposal by proposal, each read from its part (the front and it, parsed alone), kept by its
   * text from one version to the next, so that typing in an ADD after other proposals reads only the one typed in.
   * Undefined where the version was not analysed so.
   */
  partContextsBefore(partStart: number): PartContext[] | undefined {
    const cut = this.cutParts();
    if (!cut?.chunks) return undefined;
    const { front, starts, chunks } = cut;
    const kept = this.placed?.front === front ? this.placed.parts : undefined;
    const parts = new Map<string, PartContext>();
    const out: PartContext[] = [];
    for (let k = 0; k < starts.length && starts[k] < partStart; k++) {
      let c = parts.get(chunks[k]) ?? kept?.get(chunks[k]);
      if (!c) {
        const part = this.analysedRegionAt(starts[k]);
        if (!part) return undefined;
        c = partContext(part);
      }
      parts.set(chunks[k], c);
      out.push(c);
    }
    // The parts after it are kept too (the next ask may be further down).
    for (const chunk of chunks) if (!parts.has(chunk) && kept?.has(chunk)) parts.set(chunk, kept.get(chunk)!);
    this.placed = { front, parts };
    return out;
  }

  /**
   * The line of the text that starts at `offset` (a line start), without its line end: where the version was analysed
   * proposal by proposal and a part starts there, read from that part, without joining the whole text.
   */
  lineFrom(offset: number): string {
    const cut = this.cutParts()?.chunks ? this.latest!.parts! : undefined;
    const k = cut ? cut.starts.indexOf(offset) : -1;
    const text = k >= 0 ? cut!.chunks[k] : this.text.slice(offset);
    const end = text.search(/\r|\n/);
    return end < 0 ? text : text.slice(0, end);
  }

  /**
   * The document's language (core documentLanguage of the whole text). Of a version analysed proposal by proposal, from
   * its parts, without joining the whole text, each part's words counted once from one version to the next.
   */
  get language(): Lang {
    if (this.languageRead === undefined) {
      const cut = this.cutParts()?.chunks ? this.latest!.parts! : undefined;
      if (cut) {
        const read = piecesLanguage([cut.front, ...cut.chunks], this.languageCounts);
        this.languageRead = read.language;
        this.languageCounts = read.counts;
      } else this.languageRead = documentLanguage(this.text);
    }
    return this.languageRead;
  }

  /**
   * The text cut into its front and proposals for a feature that reads its parts (the outline every proposal, hover
   * and completion the one at the cursor), where this version has no whole parse (once it has one, reading that costs
   * nothing more): as its analysis cut it where the proposals were checked one by one (`chunks`: each read alone as in
   * the whole text), else cut here, once a version (core textParts, a scan of every mark; `parts`: the reader checks
   * each part's marks). Undefined where the text cannot be cut.
   */
  cutParts(): { front: string; starts: readonly number[]; chunks?: readonly string[]; parts?: TextParts } | undefined {
    // A version checked whole has its parse in its analysis.
    if (this.parsed || this.latest?.work === 'whole') return undefined;
    const cut = this.latest?.parts;
    if (cut) return cut;
    if (this.parts === undefined) this.parts = textParts(this.text) ?? null;
    return this.parts ? { front: this.parts.front, starts: this.parts.starts, parts: this.parts } : undefined;
  }

  /**
   * Whether a MOD written without marks may differ from its text in force (its preview is then that comparison,
   * changesWithoutMarks): as the analysis found checking proposal by proposal, else perhaps.
   */
  get mayPreviewUnmarked(): boolean {
    const latest = this.latest;
    return this.parsed !== undefined || !latest || latest.work === 'whole' || latest.unmarkedChanges !== false;
  }

  /**
   * What the tracked-change preview reads of a version (custom.ts marksOf): its text, its marks and its proposals'
   * headers and spans. The client asks it after every few keystrokes: read from the whole parse, each ask parsed the
   * whole text (a 1 MB contribution: 1 MB, where the diagnostics re-checked one proposal). Once the version is
   * analysed proposal by proposal (findings), the analysis's marks (each proposal's own, placed where it stands) and
   * proposals are those of the parse.
   */
  get marked(): Pick<ItuDocument, 'text' | 'marks' | 'pieces'> & Pick<DocumentHead, 'marksNear' | 'revisions' | 'partMarks' | 'partProposals'> & { proposals: readonly Pick<Proposal, 'action' | 'id' | 'header' | 'span'>[] } {
    const latest = this.latest;
    const head = !this.parsed && latest && latest.work !== 'whole' && latest.head.marksNear ? latest.head : undefined;
    if (!head) return this.doc;
    // The text stays in the analysis's pieces until a reader wants it whole (core sourceOf): the preview and the
    // lightbulb read slices at a few marks, and joining the pieces of a 1 MB text, flattened at its first read, took
    // 6 ms of each preview request after a keystroke. The marks too are read where asked (marksNear) and counted by
    // proposal (revisions): placing every proposal's marks was most of what was left of a request.
    const text = () => this.text;
    return {
      get text() {
        return text();
      },
      pieces: this.joined === undefined ? head.pieces : undefined,
      get marks() {
        return head.marks as RevisionMark[];
      },
      // Placed when first read (the folding ranges read only the parts' marks).
      get proposals() {
        return head.proposals;
      },
      marksNear: (from, to) => head.marksNear!(from, to),
      revisions: () => head.revisions!(),
      ...(head.partMarks ? { partMarks: (k: number) => head.partMarks!(k) } : {}),
      ...(head.partProposals ? { partProposals: (k: number) => head.partProposals!(k) } : {}),
    };
  }

  /**
   * What `marked` holds of the marks overlapping `span` (marksIn reads it as it reads `marked`): of a version analysed
   * proposal by proposal, the marks of the proposals `span` stands in (DocumentHead.marksNear), not every proposal's.
   */
  markedNear(span: Span): Pick<ItuDocument, 'text' | 'marks' | 'pieces'> {
    const all = this.marked;
    if (!all.marksNear) return all;
    return {
      get text() {
        return all.text;
      },
      pieces: all.pieces,
      marks: all.marksNear(span.start, span.end),
    };
  }

  /**
   * What the base index reads (the Resolutions outside proposals, the ADD proposals' placeholders)
   * without a parse of every proposal: the whole parse when made, else the analysis's front part and
   * the placeholders it read proposal by proposal, else (not checked yet: a hover or completion while
   * typing) the front and the ADD proposals parsed alone (core frontOf).
   */
  get indexed(): { doc: ItuDocument; placeholders?: string[] } {
    if (this.parsed) return { doc: this.parsed };
    if (this.latest) return { doc: this.latest.front, placeholders: this.latest.placeholders };
    // Not checked yet (a hover while typing): the front and the ADD proposals, each parsed alone.
    const read = frontOf(this.text);
    return read ? { doc: read.front, placeholders: read.placeholders } : { doc: this.doc };
  }

  /**
   * The cover and proposal headers (what the workspace's id findings read): the whole parse when made, else the
   * latest analysis's, else the parse. After the findings, never a parse of every proposal (a 1 MB document's
   * parse is many MB, kept with the record: the in-process memory test holds it to its size).
   */
  get head(): DocumentHead {
    return this.parsed ?? this.latest?.head ?? this.doc;
  }

  /**
   * The text may hold a proposal compared with a text in force (a MOD, and a SUP or NOC of a provision:
   * core/base.ts compares those too), read without a parse: its diagnostics wait for the first scan.
   */
  get mayAmend(): boolean {
    return MAY_AMEND.test(this.text);
  }

  /** True once the parse was made (tests and the service's bookkeeping). */
  get isParsed(): boolean {
    return this.parsed !== undefined;
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  findings(policy: NumberingPolicy): Finding[] {
    const generation = this.bases?.generation() ?? -1;
    const key = `${policy}:${generation}`;
    if (this.findingsBy?.key !== key) {
      const fromEdits = this.latest ? undefined : this.sincePrior;
      this.latest = checkVersion(() => this.text, policy, this.bases, this.latest ?? this.priorAnalysis, this.parsed ?? this.parseFrom, fromEdits);
      this.priorAnalysis = undefined;
      this.sincePrior = undefined;
      this.findingsBy = { key, generation, findings: this.latest.findings };
    }
    return this.findingsBy.findings;
  }

  /**
   * The changes of the MODs written without marks from their texts in force (core/unmarked.ts: the preview shows them
   * as marks): as the analysis of this version compared them proposal by proposal with the base index as it stands,
   * else from the whole parse. Typing in such a MOD read the whole parse at each preview request (6 ms of every
   * keystroke's in a 100 KB contribution with its texts in force in the workspace).
   */
  changesWithoutMarks(): readonly UnmarkedChange[] {
    const latest = this.latest;
    const current = this.findingsBy?.generation === (this.bases?.generation() ?? -1);
    const fromParts = !this.parsed && current && latest?.work !== 'whole' ? latest?.changesWithoutMarks : undefined;
    return fromParts ?? unmarkedChanges(this.amended() ?? [], this.text);
  }

  /** The MODs compared with their base texts, once per version and state of the base index. */
  amended(): AmendedResolution[] | undefined {
    if (!this.bases) return undefined;
    const generation = this.bases.generation();
    if (this.amendedBy?.generation !== generation) {
      this.amendedBy = { generation, list: amendedResolutions(this.doc, this.bases.lookup, this.bases.pool) };
    }
    return this.amendedBy.list;
  }

  range(span: Span): Range {
    return Range.create(this.position(span.start), this.position(span.end));
  }

  position(offset: number): Position {
    const p = this.lines.position(offset);
    return Position.create(p.line, p.character);
  }

  offset(position: Position): number {
    return this.lines.offset(position);
  }
}
