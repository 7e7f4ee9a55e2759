// Requests beyond LSP, for the tracked-change preview: the marks of a version (so the client never
// parses), a projection's text, and accept/reject edits.
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { marksIn, reviewEdits, type Review } from '../core/review';
import { hunks, proposalAt, type TextPosition } from '../core';
import type { DocumentState, Settings } from './state';

export interface MarkInfo {
  kind: string;
  range: Range;
  oldRange?: Range;
  newRange?: Range;
  commentRange?: Range;
  /** The `{++`, `++}`, `~>` … delimiters and attribution comments, to dim. */
  delimiters: Range[];
  author?: string;
  oldText?: string;
  newText?: string;
  comment?: string;
  /** Computed from the base text for a MOD written without marks: not in the document. */
  virtual?: boolean;
}

export interface MarksResult {
  version: number;
  marks: MarkInfo[];
}

interface Context {
  state: (uri: string) => DocumentState | undefined;
  settingsFor: (uri: string) => Promise<Settings>;
  guard: <P, R>(name: string, fallback: R, h: (p: P, t: CancellationToken) => R | Promise<R>) => (p: P, t: CancellationToken) => Promise<R>;
  documents: TextDocuments<TextDocument>;
}

/** A MOD written without marks is previewed as its comparison with the base. */
function virtualMarks(s: DocumentState): MarkInfo[] {
  const out: MarkInfo[] = [];
  for (const a of s.amended() ?? []) {
    if (!a.unmarked || !a.comparison || a.comparison.identical) continue;
    const paragraphs = a.resolution.paragraphs;
    // Without marks the old text is the source: paragraph offsets map directly.
    const offset = (p: TextPosition) => paragraphs[p.paragraph].source.start + p.offset;
    for (const h of hunks(a.comparison)) {
      const start = offset(h.draft.start);
      const end = offset(h.draft.end);
      if (h.inserted && end > start) {
        out.push({ kind: 'insertion', range: s.range({ start, end }), newRange: s.range({ start, end }), newText: h.inserted, delimiters: [], virtual: true });
      }
      if (h.deleted) {
        const at = s.range({ start, end: start });
        out.push({ kind: 'deletion', range: at, oldRange: at, oldText: h.deletedOriginal, delimiters: [], virtual: true });
      }
    }
  }
  return out;
}

export function marksOf(s: DocumentState): MarksResult {
  const text = s.doc.text;
  const marks = marksIn(s.doc).map((m) => {
    const slice = (x?: { start: number; end: number }) => (x ? text.slice(x.start, x.end) : undefined);
    const delimiters: Range[] = [];
    const inner = [m.oldText, m.newText, m.commentText].filter((x): x is { start: number; end: number } => !!x).sort((a, b) => a.start - b.start);
    let cursor = m.start;
    for (const span of inner) {
      if (span.start > cursor) delimiters.push(s.range({ start: cursor, end: span.start }));
      cursor = Math.max(cursor, span.end);
    }
    if (m.end > cursor) delimiters.push(s.range({ start: cursor, end: m.end }));
    if (m.attribution) delimiters.push(s.range(m.attribution));
    const info: MarkInfo = { kind: m.kind, range: s.range(m), delimiters, author: m.author };
    if (m.oldText && m.kind !== 'highlight') (info.oldRange = s.range(m.oldText)), (info.oldText = slice(m.oldText));
    if (m.newText) (info.newRange = s.range(m.newText)), (info.newText = slice(m.newText));
    if (m.commentText) (info.commentRange = s.range(m.commentText)), (info.comment = slice(m.commentText));
    return info;
  });
  for (const v of virtualMarks(s)) marks.push(v);
  return { version: s.version, marks };
}

export function registerCustomRequests(connection: Connection, ctx: Context): void {
  connection.onRequest('itu/marks', ctx.guard('marks', null as MarksResult | null, (p: { uri: string }) => {
    const s = ctx.state(p.uri);
    return s ? marksOf(s) : null;
  }));
  connection.onRequest('itu/baseComparison', ctx.guard('base comparison', null as BaseComparison | null,
    (p: { uri: string; position?: { line: number; character: number } }) => {
      const s = ctx.state(p.uri);
      if (!s) return null;
      const offset = p.position ? s.offset(p.position) : 0;
      const amended = (s.amended() ?? []).filter((a) => a.base);
      if (amended.length === 0) return null;
      const here = amended.find((a) => {
        const span = s.doc.proposals[a.proposalIndex].span;
        return span.start <= offset && offset <= span.end;
      }) ?? amended[0];
      const proposal = s.doc.proposals[here.proposalIndex];
      const oldResolutions = s.doc.views.old.proposals[here.proposalIndex].resolutions;
      const newResolution = s.doc.views.new.proposals[here.proposalIndex]?.resolutions[oldResolutions.indexOf(here.resolution)];
      return {
        title: `${proposal.action} ${proposal.id.text}`,
        baseLocation: here.base!.location,
        baseLine: here.base!.line,
        baseText: here.base!.paragraphs.join('\n') + '\n',
        newText: (newResolution?.paragraphs.map((x) => x.text) ?? []).join('\n') + '\n',
      };
    }));
  connection.onRequest('itu/projection', ctx.guard('projection', null as string | null, (p: { uri: string; kind: 'new' | 'old' }) => {
    const s = ctx.state(p.uri);
    return s ? s.doc.views[p.kind === 'old' ? 'old' : 'new'].text : null;
  }));
  connection.onRequest('itu/review', ctx.guard('review', null as { version: number; edits: TextEdit[] } | null,
    (p: { uri: string; review: Review; range?: Range; proposalAt?: Range['start'] }) => {
      const s = ctx.state(p.uri);
      if (!s) return null;
      let span = p.range ? { start: s.offset(p.range.start), end: s.offset(p.range.end) } : undefined;
      if (p.proposalAt) {
        const proposal = proposalAt(s.doc, s.offset(p.proposalAt));
        if (!proposal) return { version: s.version, edits: [] };
        span = proposal.span;
      }
      const edits = reviewEdits(s.doc, p.review, span).map((e) => ({ range: s.range(e), newText: e.newText }));
      return { version: s.version, edits };
    }));
}

export interface BaseComparison {
  title: string;
  baseLocation: string;
  baseLine: number;
  baseText: string;
  newText: string;
}
