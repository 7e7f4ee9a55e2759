// One record per version of a document: its text, its parse, its findings and its comparisons with
// the base texts, computed when first asked for and kept for that version. A record never changes
// what the service holds: reading one has no side effect.
import { Position, Range } from 'vscode-languageserver-types';
import { amendedResolutions, analyzeNextVersion, LineIndex, parseNextVersion, type AmendedResolution, type Analysis, type BaseLookup, type ComparerPool, type Finding, type ItuDocument, type NumberingPolicy, type Span } from '../core';

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
 * THE place a version's parse comes from: the previous parse (when there is one) and the new text.
 * The core reuses what it read of every paragraph an edit did not touch (parseNextVersion); the
 * changes are kept for a parse that would want them.
 */
export function parseVersion(previous: ItuDocument | undefined, text: string, changes: readonly TextChange[]): ItuDocument {
  void changes;
  return parseNextVersion(text, previous);
}

/**
 * THE place a version's findings come from: the core's incremental analysis, which checks again
 * only the proposals an edit touched (analyzeNextVersion) and equals a whole check.
 */
export function checkVersion(text: string, policy: NumberingPolicy, bases: BaseContext | undefined, previous: Analysis | undefined, parsed: ItuDocument | undefined): Analysis {
  return analyzeNextVersion(text, { numberingPolicy: policy, bases: bases?.lookup, basesGeneration: bases?.generation() ?? -1, comparers: bases?.pool }, previous, parsed);
}

export class DocumentRecord {
  private parsed?: ItuDocument;
  private lineIndex?: LineIndex;
  /** What the parse starts from until it is made: the last parse made and the changes since. */
  private pending?: { previous?: ItuDocument; changes: TextChange[] };
  private findingsBy?: { key: string; findings: Finding[] };
  /** The latest analysis of this version, and the previous version's (its start), let go once this one has its own. */
  private latest?: Analysis;
  private priorAnalysis?: Analysis;
  private amendedBy?: { generation: number; list: AmendedResolution[] };

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    /** Base texts to check MODs against (none: MODs are not compared). */
    readonly bases?: BaseContext,
    from?: { previous: DocumentRecord; changes: TextChange[] },
  ) {
    if (from) {
      const p = from.previous;
      // An unparsed previous version passes on what it would have started from, changes appended.
      this.pending = p.parsed ? { previous: p.parsed, changes: from.changes } : { previous: p.pending?.previous, changes: [...(p.pending?.changes ?? []), ...from.changes] };
      // The analysis, not the record: no chain of versions is kept alive.
      this.priorAnalysis = p.latest ?? p.priorAnalysis;
    }
  }

  /** The record of the text after `changes` (LSP content changes, applied in order). */
  next(version: number, changes: readonly ContentChange[]): DocumentRecord {
    let text = this.text;
    let lines: LineIndex | undefined = this.lineIndex;
    const applied: TextChange[] = [];
    for (const c of changes) {
      if (!('range' in c) || !c.range) {
        applied.push({ start: 0, end: text.length, text: c.text });
        text = c.text;
      } else {
        lines ??= new LineIndex(text);
        const a = lines.offset(c.range.start);
        const b = lines.offset(c.range.end);
        const [start, end] = a <= b ? [a, b] : [b, a];
        applied.push({ start, end, text: c.text });
        text = text.slice(0, start) + c.text + text.slice(end);
      }
      lines = undefined;
    }
    return new DocumentRecord(this.uri, version, text, this.bases, { previous: this, changes: applied });
  }

  /** The same version checked against other base texts. */
  withBases(bases: BaseContext | undefined): DocumentRecord {
    const r = new DocumentRecord(this.uri, this.version, this.text, bases);
    r.parsed = this.parsed;
    r.pending = this.pending;
    r.lineIndex = this.lineIndex;
    // Not the analyses: their memo is keyed on a generation number, which another index may share.
    return r;
  }

  get doc(): ItuDocument {
    if (!this.parsed) {
      this.parsed = this.latest ? this.latest.doc : parseVersion(this.pending?.previous, this.text, this.pending?.changes ?? []);
      this.pending = undefined;
    }
    return this.parsed;
  }

  /**
   * What the base index reads (the Resolutions outside proposals) without a parse of every proposal:
   * the whole parse when made, else the front part the analysis made.
   */
  get front(): ItuDocument {
    if (this.parsed) return this.parsed;
    // The front part holds no proposal: the ADD proposals' WRC placeholders, which the index also
    // reads, need the whole parse (else they would leave the index and come back with it).
    if (!this.latest || /^ADD/m.test(this.text)) return this.doc;
    return this.latest.front;
  }

  /** True once the parse was made (tests and the service's bookkeeping). */
  get isParsed(): boolean {
    return this.parsed !== undefined;
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  findings(policy: NumberingPolicy): Finding[] {
    const key = `${policy}:${this.bases?.generation() ?? -1}`;
    if (this.findingsBy?.key !== key) {
      this.latest = checkVersion(this.text, policy, this.bases, this.latest ?? this.priorAnalysis, this.parsed ?? this.pending?.previous);
      this.priorAnalysis = undefined;
      this.findingsBy = { key, findings: this.latest.findings };
    }
    return this.findingsBy.findings;
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
