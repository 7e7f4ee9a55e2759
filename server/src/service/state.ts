// One parse per document version, shared by every feature of the language service.
import { Position, Range } from 'vscode-languageserver-types';
import { amendedResolutions, checkDocument, LineIndex, parseNextVersion, type AmendedResolution, type BaseLookup, type ComparerPool, type Finding, type ItuDocument, type NumberingPolicy, type Span } from '../core';

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
  readonly doc: ItuDocument;
  readonly lines: LineIndex;
  private findingsBy = new Map<string, Finding[]>();
  /** Base texts to check MODs against; set by the server, `generation` keys the findings cache. */
  bases?: { lookup: BaseLookup; generation: () => number; pool: ComparerPool };

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    /** The parse of the document's previous version: what it read from unchanged paragraphs is reused. */
    previous?: ItuDocument,
  ) {
    this.doc = parseNextVersion(text, previous);
    this.lines = new LineIndex(text);
  }

  findings(policy: NumberingPolicy): Finding[] {
    const key = `${policy}:${this.bases?.generation() ?? -1}`;
    let f = this.findingsBy.get(key);
    if (!f) {
      this.findingsBy.clear();
      f = checkDocument(this.doc, { numberingPolicy: policy, amended: this.amended() });
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
    const state = new DocumentState(uri, version, current, cached?.doc);
    this.parses++;
    this.states.set(uri, state);
    this.onParsed?.(state);
    return state;
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }
}
