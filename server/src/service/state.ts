// One parse per document version, shared by every feature of the language service.
import { Position, Range } from 'vscode-languageserver-types';
import { amendedResolutions, analyzeNextVersion, LineIndex, parseNextVersion, type AmendedResolution, type Analysis, type BaseLookup, type ComparerPool, type Finding, type ItuDocument, type NumberingPolicy, type Span } from '../core';

export interface Settings {
  numberingPolicy: NumberingPolicy;
  /** Severity overrides per code family (`numbering`, `proposal` …) or per code. */
  severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off' | 'default'>;
  baseTextGlob: string;
  diagnosticsDelay: number;
}

export const DEFAULT_SETTINGS: Settings = {
  numberingPolicy: 'reletter',
  severity: {},
  baseTextGlob: '**/*.itu',
  diagnosticsDelay: 300,
};

export class DocumentState {
  readonly lines: LineIndex;
  private findingsBy = new Map<string, Finding[]>();
  /** Base texts to check MODs against; set by the server, `generation` keys the findings cache. */
  bases?: { lookup: BaseLookup; generation: () => number; pool: ComparerPool };
  /** The latest analysis of this version (findings for one policy and state of the base index). */
  private latest?: Analysis;
  private parsed?: ItuDocument;
  /** What the previous version left to start from; let go once this version has its own. */
  private prior?: { analysis?: Analysis; doc?: ItuDocument };
  /** The numbering policy of the latest findings. */
  private policy?: NumberingPolicy;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    /** The document's previous version: only the proposals (and paragraphs) an edit touched are read again. */
    previous?: DocumentState,
  ) {
    this.lines = new LineIndex(text);
    if (previous) this.prior = { analysis: previous.latest, doc: previous.lastParse() };
    this.policy = previous?.policy;
  }

  /** The parse of the whole text, made on first use. */
  get doc(): ItuDocument {
    if (!this.parsed) {
      this.parsed = this.latest ? this.latest.doc : parseNextVersion(this.text, this.prior?.doc);
      this.prior = undefined;
    }
    return this.parsed;
  }

  /**
   * The Resolutions outside proposals (base texts) can be read from this parse without parsing every
   * proposal: it comes with the findings (for the policy the previous version was checked with).
   */
  get front(): ItuDocument {
    if (this.parsed) return this.parsed;
    if (!this.latest) this.findings(this.policy ?? 'reletter');
    return this.latest!.front;
  }

  private lastParse(): ItuDocument | undefined {
    return this.parsed ?? this.prior?.doc;
  }

  findings(policy: NumberingPolicy): Finding[] {
    const generation = this.bases?.generation() ?? -1;
    const key = `${policy}:${generation}`;
    let f = this.findingsBy.get(key);
    if (!f) {
      this.findingsBy.clear();
      this.policy = policy;
      const previous = this.latest ?? this.prior?.analysis;
      this.latest = analyzeNextVersion(this.text, {
        numberingPolicy: policy,
        bases: this.bases?.lookup,
        basesGeneration: generation,
        comparers: this.bases?.pool,
      }, previous, this.parsed ?? this.prior?.doc);
      if (this.prior) this.prior = { doc: this.prior.doc };
      f = this.latest.findings;
      this.findingsBy.set(key, f);
    }
    return f;
  }

  private amendedBy?: { generation: number; list: AmendedResolution[] };

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

/**
 * Keeps the last parsed text of each open document. The key is the text itself, not the version alone:
 * some clients send a change without raising the version, or open an open document again with other
 * text under the same version. Comparing texts costs little: an unchanged document hands back the very
 * string that was parsed, and strings of different lengths differ at once.
 */
export class DocumentCache {
  private states = new Map<string, DocumentState>();
  parses = 0;

  /** Called once for each new text parsed (the server indexes base texts from it). */
  onParsed?: (state: DocumentState) => void;

  get(uri: string, version: number, text: () => string): DocumentState {
    const cached = this.states.get(uri);
    const current = text();
    if (cached && cached.version === version && cached.text === current) return cached;
    const state = new DocumentState(uri, version, current, cached);
    this.parses++;
    this.states.set(uri, state);
    this.onParsed?.(state);
    return state;
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }
}
