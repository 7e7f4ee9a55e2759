// Requests beyond LSP, for the tracked-change preview: the marks of a version (so the client never
// parses), a projection's text, and accept/reject edits.
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { marksIn, reviewEdits, type Review } from '../core/review';
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
  return { version: s.version, marks };
}

export function registerCustomRequests(connection: Connection, ctx: Context): void {
  connection.onRequest('itu/marks', ctx.guard('marks', null as MarksResult | null, (p: { uri: string }) => {
    const s = ctx.state(p.uri);
    return s ? marksOf(s) : null;
  }));
  connection.onRequest('itu/projection', ctx.guard('projection', null as string | null, (p: { uri: string; kind: 'new' | 'old' }) => {
    const s = ctx.state(p.uri);
    return s ? s.doc.views[p.kind === 'old' ? 'old' : 'new'].text : null;
  }));
  connection.onRequest('itu/review', ctx.guard('review', null as { version: number; edits: TextEdit[] } | null,
    (p: { uri: string; review: Review; range?: Range }) => {
      const s = ctx.state(p.uri);
      if (!s) return null;
      const span = p.range ? { start: s.offset(p.range.start), end: s.offset(p.range.end) } : undefined;
      const edits = reviewEdits(s.doc, p.review, span).map((e) => ({ range: s.range(e), newText: e.newText }));
      return { version: s.version, edits };
    }));
}
