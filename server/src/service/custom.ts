// Requests beyond LSP, for the tracked-change preview: the marks of a version (so the client never
// parses), a projection's text, and accept/reject edits.
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { marksIn, reviewEdits, type Review } from '../core/review';
import { BaseComparer, compileTarget, editsWithLineEnds, LineIndex, lineEndOf, versionPieces, type VersionPiece, fromSource, hunks, isMod, listProposals, mergedDraft, parseDocument, isRevision, markEdits, proposalAt, type BaseText, type TextPosition } from '../core';
import { article } from '../core/checks/proposals';
import { contributionSkeleton, MEETINGS, type NewContribution } from './cover';
import type { DocumentState, Settings } from './state';
import { l10n } from '../core/l10n';

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

/** A proposal with revision marks (or unmarked changes): one CodeLens row each. */
export interface ProposalChanges {
  title: string;
  /** The header line. */
  range: Range;
  /** Revision marks (insertions, deletions, substitutions) in it. */
  marks: number;
  /** Changes from the base written without marks (a MOD typed without any). */
  unmarked: number;
}

export interface MarksResult {
  version: number;
  marks: MarkInfo[];
  proposals: ProposalChanges[];
}

interface Context {
  state: (uri: string) => DocumentState | undefined;
  settingsFor: (uri: string) => Promise<Settings>;
  guard: <P, R>(name: string, fallback: R, h: (p: P, t: CancellationToken) => R | Promise<R>) => (p: P, t: CancellationToken) => Promise<R>;
  documents: TextDocuments<TextDocument>;
  bases: { lookup: (numberLine: string) => BaseText | undefined; all: () => BaseText[] };
  /** The workspace's .itu files with their texts (open ones as edited). */
  contributions?: () => Promise<{ uri: string; text: string }[]>;
}

/** A compilation as the synoptic view shows it: one row per paragraph, one cell per proposal. */
export interface Synoptic {
  target: string;
  proposals: { id: string; party: string }[];
  /** The file holding the text in force (the view scrolls with it). */
  baseUri: string;
  /** `line`: the base paragraph's 0-based line in that file (none for an inserted paragraph). */
  rows: { status: string; base: string | null; line?: number; cells: VersionPiece[][] }[];
}

/**
 * The line of each base paragraph in the base file, read forward from the number line: the
 * paragraphs are the file's lines in order, blank lines and footnote definitions left out.
 */
export function baseLines(fileText: string, firstLine: number, paragraphs: readonly string[]): (number | undefined)[] {
  const lines = fileText.split(/\r\n|\r|\n/);
  const fold = (t: string) => t.replace(/[\s\u00A0]+/g, ' ').trim();
  let at = firstLine;
  return paragraphs.map((p) => {
    const want = fold(p);
    for (let l = at; l < lines.length; l++) {
      if (fold(lines[l]) === want) return (at = l + 1) - 1;
    }
    return undefined;
  });
}

/** One proposal of the workspace for the Proposals view (issue 12). */
export interface ProposalItem {
  target: string;
  id: string;
  party: string;
  action: string;
  uri: string;
  /** 0-based line of the proposal header. */
  line: number;
}

/** A change between a MOD written without marks and its base, in source offsets. */
interface VirtualChange {
  start: number;
  end: number;
  inserted: string;
  deletedOriginal: string;
  /** What rejecting the change puts back at `start`: a whole deleted paragraph comes back on a line of its own. */
  restored: string;
}

/** A MOD written without marks is previewed as its comparison with the base. */
function virtualChanges(s: DocumentState): VirtualChange[] {
  const out: VirtualChange[] = [];
  for (const a of s.amended() ?? []) {
    if (!a.unmarked || !a.comparison || a.comparison.identical) continue;
    const paragraphs = a.resolution.paragraphs;
    // Without marks the old text is the source: paragraph offsets map directly.
    const offset = (p: TextPosition) => paragraphs[p.paragraph].source.start + p.offset;
    for (const h of hunks(a.comparison)) {
      const deletedOriginal = h.deleted ? h.deletedOriginal : '';
      const whole = deletedOriginal !== '' && h.change.draftStart === h.change.draftEnd;
      const restored = !whole ? deletedOriginal : h.change.draftStart < paragraphs.length ? deletedOriginal + '\n' : '\n' + deletedOriginal;
      out.push({ start: offset(h.draft.start), end: offset(h.draft.end), inserted: h.inserted, deletedOriginal, restored });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function virtualMarks(s: DocumentState, changes: VirtualChange[]): MarkInfo[] {
  const out: MarkInfo[] = [];
  for (const { start, end, inserted, deletedOriginal } of changes) {
    if (inserted && end > start) {
      out.push({ kind: 'insertion', range: s.range({ start, end }), newRange: s.range({ start, end }), newText: inserted, delimiters: [], virtual: true });
    }
    if (deletedOriginal) {
      const at = s.range({ start, end: start });
      out.push({ kind: 'deletion', range: at, oldRange: at, oldText: deletedOriginal, delimiters: [], virtual: true });
    }
  }
  return out;
}

export interface ProjectionResult {
  version: number;
  text: string;
  /** Where the source position asked for stands in the projection. */
  position?: Position;
}

/**
 * The new or old text of a document. The old text of a MOD written without marks is its base:
 * the changes the comparison found are undone, as rejecting them would.
 */
export function projectionOf(s: DocumentState, kind: 'new' | 'old', at?: Position): ProjectionResult {
  const view = s.doc.views[kind];
  const edits = kind === 'old'
    ? virtualChanges(s).map((c) => ({ start: fromSource(view.segments, c.start), end: fromSource(view.segments, c.end), text: c.restored }))
    : [];
  let text = '';
  let cursor = 0;
  let shift = 0;
  const target = at ? fromSource(view.segments, s.offset(at)) : undefined;
  let mapped = target;
  for (const e of edits) {
    if (e.start < cursor) continue;
    text += view.text.slice(cursor, e.start) + e.text;
    if (target !== undefined && target >= e.start) mapped = target >= e.end ? target + shift + e.text.length - (e.end - e.start) : e.start + shift;
    shift += e.text.length - (e.end - e.start);
    cursor = e.end;
  }
  text += view.text.slice(cursor);
  return { version: s.version, text, position: mapped === undefined ? undefined : positionIn(text, mapped) };
}

/** Line and character of an offset in a projection (asked for rarely: an index built for the occasion). */
function positionIn(text: string, offset: number): Position {
  return new LineIndex(text).position(offset);
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
  const virtual = virtualChanges(s);
  for (const v of virtualMarks(s, virtual)) marks.push(v);
  // Proposals, marks and changes are all in document order: one sweep counts them.
  const proposals: ProposalChanges[] = [];
  const starts = s.doc.marks.filter(isRevision).map((m) => m.start);
  let mi = 0;
  let vi = 0;
  for (const p of s.doc.proposals) {
    const end = Math.max(p.span.end, p.span.start + 1);
    while (mi < starts.length && starts[mi] < p.span.start) mi++;
    while (vi < virtual.length && virtual[vi].start < p.span.start) vi++;
    let count = 0;
    for (; mi < starts.length && starts[mi] < end; mi++) count++;
    let unmarked = 0;
    for (; vi < virtual.length && virtual[vi].start < end; vi++) unmarked++;
    if (count || unmarked) proposals.push({ title: `${p.action} ${p.id.text}`, range: s.range(p.header), marks: count, unmarked });
  }
  return { version: s.version, marks, proposals };
}

export function registerCustomRequests(connection: Connection, ctx: Context): void {
  connection.onRequest('itu/marks', ctx.guard('marks', null as MarksResult | null, (p: { uri: string }) => {
    const s = ctx.state(p.uri);
    return s ? marksOf(s) : null;
  }));
  connection.onRequest('itu/baseComparison', ctx.guard('base comparison', null as BaseComparison | { message: string } | null,
    (p: { uri: string; position?: { line: number; character: number } }) => {
      const s = ctx.state(p.uri);
      if (!s) return null;
      const r = baseComparison(s, p.position ? s.offset(p.position) : undefined);
      return r;
    }));
  connection.onRequest('itu/trackEdits', ctx.guard('track', null as { version: number; edits: TextEdit[]; message?: string } | null,
    (p: { uri: string }) => {
      const s = ctx.state(p.uri);
      return s ? trackEdits(s) : null;
    }));
  connection.onRequest('itu/baseTexts', ctx.guard('base texts', [] as { numberLine: string; title: string; location: string }[], () =>
    ctx.bases.all().map((b) => ({ numberLine: b.numberLine.trim(), title: (b.paragraphs[1] ?? '').trim(), location: b.location }))));
  const sources = async () => (ctx.contributions ? await ctx.contributions() : []).map((f) => ({ location: f.uri, doc: ctx.state(f.uri)?.doc ?? parseDocument(f.text) }));
  connection.onRequest('itu/proposals', ctx.guard('proposals', [] as ProposalItem[], async () =>
    listProposals(await sources()).map((p) => ({ target: p.target, id: p.id, party: p.party, action: p.action, uri: p.location, line: p.line }))));
  // The merged draft of every MOD of a target (itu-draft compile -o OUT.itu), with the statuses counted.
  connection.onRequest('itu/compile', ctx.guard('compile', null as { text: string; counts: Record<string, number>; proposals: string[] } | { message: string } | null,
    async (p: { target: string }) => {
      const c = compileTarget(p.target, await sources(), ctx.bases.lookup);
      if (!c) return { message: l10n.t('No base text for {0} in the workspace.', p.target) };
      const counts: Record<string, number> = {};
      for (const row of c.paragraphs) counts[row.status] = (counts[row.status] ?? 0) + 1;
      return { text: mergedDraft(c), counts, proposals: c.proposals.map((x) => x.id) };
    }));
  // The synoptic view: per row the base paragraph and each proposal's version as changes from it.
  connection.onRequest('itu/synoptic', ctx.guard('synoptic', null as Synoptic | { message: string } | null, async (p: { target: string }) => {
    const list = await sources();
    const c = compileTarget(p.target, list, ctx.bases.lookup);
    if (!c) return { message: l10n.t('No base text for {0} in the workspace.', p.target) };
    const comparer = new BaseComparer();
    const baseText = list.find((s) => s.location === c.base.location)?.doc.text ?? '';
    const lines = baseLines(baseText, c.base.line, c.base.paragraphs);
    let b = 0;
    return {
      target: c.target,
      proposals: c.proposals.map((x) => ({ id: x.id, party: x.party })),
      baseUri: c.base.location,
      rows: c.paragraphs.map((row) => ({
        status: row.status,
        base: row.base,
        line: row.base === null ? undefined : lines[b++],
        cells: c.proposals.map((x) => versionPieces(comparer, row.base, row.versions[x.id] ?? null)),
      })),
    };
  }));
  connection.onRequest('itu/meetings', ctx.guard('meetings', [] as string[], () => MEETINGS.map((m) => m.label)));
  connection.onRequest('itu/newContribution', ctx.guard('new contribution', null as string | null, (p: NewContribution) =>
    contributionSkeleton(p, ctx.bases.lookup, new Date())));
  connection.onRequest('itu/projection', ctx.guard('projection', null as string | null, (p: { uri: string; kind: 'new' | 'old' }) => {
    const s = ctx.state(p.uri);
    return s ? projectionOf(s, p.kind === 'old' ? 'old' : 'new').text : null;
  }));
  // The projection with the place a source position maps to (the New/Old text modes open it there).
  connection.onRequest('itu/projectionAt', ctx.guard('projection', null as ProjectionResult | null,
    (p: { uri: string; kind: 'new' | 'old'; position?: Position }) => {
      const s = ctx.state(p.uri);
      return s ? projectionOf(s, p.kind === 'old' ? 'old' : 'new', p.position) : null;
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

/**
 * The comparison of the MOD at `offset` (or of the first MOD with a base when `offset` is in no
 * proposal); when there is none, a message that says why.
 */
export function baseComparison(s: DocumentState, offset: number | undefined): BaseComparison | { message: string } {
  const proposal = offset === undefined ? undefined : proposalAt(s.doc, offset);
  if (proposal && !isMod(proposal)) {
    const name = `${proposal.action} ${proposal.id.text}`;
    return {
      message: proposal.action.startsWith('ADD')
        ? l10n.t('{0}: an {1} is new text and has no base text.', name, proposal.action)
        : article(proposal.action) === 'an'
          ? l10n.t('{0}: only MOD proposals are compared with a base text (an {1} reproduces its text unchanged).', name, proposal.action)
          : l10n.t('{0}: only MOD proposals are compared with a base text (a {1} reproduces its text unchanged).', name, proposal.action),
    };
  }
  const all = s.amended() ?? [];
  const mine = proposal ? all.filter((a) => a.proposalIndex === proposal.index) : all;
  const here = mine.find((a) => a.base);
  if (!here) {
    const name = proposal && `${proposal.action} ${proposal.id.text}`;
    if (name && mine.length) return { message: l10n.t('{0}: no base text for "{1}" in the workspace (setting itu.baseTexts.glob).', name, mine[0].resolution.numberLine.text.trim()) };
    if (name) return { message: l10n.t('{0} amends no Resolution this extension can read (no number line).', name) };
    return { message: l10n.t('No MOD of this file has a base text in the workspace (setting itu.baseTexts.glob).') };
  }
  const p = s.doc.proposals[here.proposalIndex];
  const oldResolutions = s.doc.views.old.proposals[here.proposalIndex].resolutions;
  const newResolution = s.doc.views.new.proposals[here.proposalIndex]?.resolutions[oldResolutions.indexOf(here.resolution)];
  return {
    title: `${p.action} ${p.id.text}`,
    baseLocation: here.base!.location,
    baseLine: here.base!.line,
    baseText: here.base!.paragraphs.join('\n') + '\n',
    newText: (here.provision?.newText ?? newResolution?.paragraphs.map((x) => x.text) ?? []).join('\n') + '\n',
  };
}

/** Revision marks from the base for every MOD written without any (what `itu-draft track` writes). */
export function trackEdits(s: DocumentState): { version: number; edits: TextEdit[]; message?: string } {
  const edits: TextEdit[] = [];
  const notes: string[] = [];
  const amended = s.amended() ?? [];
  for (const a of amended) {
    const p = s.doc.proposals[a.proposalIndex];
    const name = `${p.action} ${p.id.text}`;
    if (!a.base) notes.push(l10n.t('{0}: no base text for "{1}" in the workspace', name, a.resolution.numberLine.text.trim()));
    else if (!a.unmarked) notes.push(l10n.t('{0} already has revision marks', name));
    else if (a.comparison && !a.comparison.identical) {
      const e = markEdits(s.doc, a, a.comparison.changes);
      // The marks break lines with '\n'; the file keeps its own line ends (as itu-draft track does).
      if (e) for (const x of editsWithLineEnds(e, lineEndOf(s.doc.text))) edits.push({ range: s.range(x), newText: x.newText });
      else notes.push(l10n.t('{0}: the changes could not be placed', name));
    }
  }
  if (amended.length === 0) notes.push(l10n.t('this file has no MOD proposal'));
  return { version: s.version, edits, message: edits.length ? undefined : l10n.t('No revision marks to insert: {0}.', notes.join('; ') || l10n.t('every MOD reads as its base')) };
}

export interface BaseComparison {
  title: string;
  baseLocation: string;
  baseLine: number;
  baseText: string;
  newText: string;
}
