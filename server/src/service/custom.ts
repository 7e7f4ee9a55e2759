// The tracked-change preview's answers from one record: the marks of a version (so the client never
// parses), a projection's text, accept/reject and mark-insertion edits, and Compare with base.
import type { Position, Range } from 'vscode-languageserver-types';
import { isAlternatives, marksIn, reviewEdits, type Review } from '../core/review';
import { foldWhitespace, LineIndex, fromSource, isMod, isRevision, lowerBound, proposalAt, sourceOf, trackRevisions, type RevisionMark, type UnmarkedChange } from '../core';
import { isElision, type Comparison } from '../core/compare';
import { article } from '../core/checks/proposals';
import type { BaseComparison, MarkInfo, MarksResult, Message, ProjectionKind, ProjectionResult, ProposalChanges, VersionedEdits } from '../protocol';
import type { DocumentRecord } from './record';
import { l10n } from '../core/l10n';
import { comparedBase, holdsMark, type AmendedResolution } from '../core/base';

function virtualMarks(s: DocumentRecord, changes: readonly UnmarkedChange[]): MarkInfo[] {
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

/**
 * The new or old text of a document. The old text of a MOD written without marks is its base:
 * the changes the comparison found are undone, as rejecting them would.
 */
export function projectionOf(s: DocumentRecord, kind: ProjectionKind, at?: Position): ProjectionResult {
  const view = s.doc.views[kind];
  const edits = kind === 'old'
    ? s.changesWithoutMarks().map((c) => ({ start: fromSource(view.segments, c.start), end: fromSource(view.segments, c.end), text: c.restored }))
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

/**
 * Whether two answers of marksOf hold the same marks, counts and range (their versions may differ): the preview is then
 * told its marks stand (MarksUnchanged). Compared as the JSON they are sent as, key by key, without writing it.
 */
export function sameMarks(a: MarksResult, b: MarksResult): boolean {
  return sameJson(a.marks, b.marks) && sameJson(a.proposals, b.proposals) && sameJson(a.range, b.range);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Keys whose value is undefined are not sent: absent and undefined are one.
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

/**
 * What the preview's marks keep of a document's parts from one version to the next (DocumentRecord.marksMemo): the
 * marks of the front and of each proposal in the last window asked, made once for that text where it stands. Typing
 * changes one proposal: the next ask makes that one's marks again, and the others' are the very objects sent before
 * (sameMarks then compares them by identity).
 */
export interface MarksMemo {
  front: string;
  /** By the part's text: one for each line it was asked at (a proposal restated twice stands at two). */
  parts: Map<string, PartMarks[]>;
  /** The counts of each proposal's changes (marksOf's `proposals`), kept likewise for every part at the last ask. */
  changes?: { front: string; parts: Map<string, PartChanges[]> };
}

/** What the preview is sent of a part's proposals (those with changes), made for the part starting at `line`. */
interface PartChanges {
  line: number;
  items: ProposalChanges[];
}

/** A part's marks as the preview is sent them, made for the part starting at `line`; their offsets from the part's start. */
interface PartMarks {
  line: number;
  infos: MarkInfo[];
  starts: number[];
  ends: number[];
}

export function marksOf(s: DocumentRecord, range?: Range): MarksResult {
  // The version's text, marks and proposals, without a parse of every proposal where the record can (DocumentRecord.marked).
  const read = s.marked;
  // Slices at the marks asked for, from the analysis's pieces where the text is not joined (DocumentRecord.marked).
  const text = sourceOf(read);
  // Asked for a range (the lines an editor shows): the marks that stand in it, as marksIn reads a range.
  const within = range && { start: s.offset(range.start), end: s.offset(range.end) };
  const window = within && { start: within.start, end: Math.max(within.end, within.start + 1) };
  // Of a version analysed proposal by proposal, the marks of the parts the range stands in, kept by their texts
  // (partMarkInfos); else those the range holds (DocumentRecord.markedNear), or every mark.
  const marks = (window && partMarkInfos(s, read, window)) ?? marksIn(window ? s.markedNear(window) : read, window).map((m) => markInfo(s, text, m, 0));
  // A MOD written without marks is previewed as its comparison with the text in force (DocumentRecord.changesWithoutMarks:
  // the analysis's, proposal by proposal, else the whole parse's): only where there are texts in force, a MOD holds no
  // mark but comments (base.ts holdsMark) and the analysis did not find every such MOD as in force.
  const virtual = s.bases && s.mayPreviewUnmarked && someModWithoutMark(s, read) ? s.changesWithoutMarks() : [];
  // A change of a MOD without marks stands in the range as a mark does; one of no length (a deletion) where it is.
  const inRange = (w: { start: number; end: number }) => (c: UnmarkedChange) => c.start < w.end && w.start <= c.end && (c.end > w.start || c.start === c.end);
  for (const v of virtualMarks(s, window ? virtual.filter(inRange(window)) : virtual)) marks.push(v);
  // Of a version analysed proposal by proposal, each part's counts as made for its text where it stands (partChanges).
  const byParts = virtual.length === 0 ? partChanges(s, read) : undefined;
  if (byParts) return range ? { version: s.version, marks, proposals: byParts, range } : { version: s.version, marks, proposals: byParts };
  // Proposals, marks and changes are all in document order: one sweep counts them.
  const proposals: ProposalChanges[] = [];
  // A conflict of a merged draft is not counted among the changes to accept (reviewEdits leaves it).
  // Of a version analysed proposal by proposal, each proposal's count is its own (revisions), made once per proposal text.
  const revisions = read.revisions?.();
  const starts = revisions ? [] : read.marks.filter((m) => isRevision(m) && !isAlternatives(read, m)).map((m) => m.start);
  let mi = 0;
  let vi = 0;
  read.proposals.forEach((p, i) => {
    const end = Math.max(p.span.end, p.span.start + 1);
    while (mi < starts.length && starts[mi] < p.span.start) mi++;
    while (vi < virtual.length && virtual[vi].start < p.span.start) vi++;
    let count = revisions ? revisions[i] : 0;
    for (; mi < starts.length && starts[mi] < end; mi++) count++;
    let unmarked = 0;
    for (; vi < virtual.length && virtual[vi].start < end; vi++) unmarked++;
    if (count || unmarked) proposals.push({ title: `${p.action} ${p.id.text}`, range: s.range(p.header), marks: count, unmarked });
  });
  return range ? { version: s.version, marks, proposals, range } : { version: s.version, marks, proposals };
}

/**
 * The counts of each proposal's changes (no change written without marks among them), read part by part from the
 * analysis (core DocumentHead.partProposals), not from its proposals placed where they stand: a line typed moved every
 * proposal after it, and each preview request placed them all again. A part's counts are kept by its text and first
 * line (MarksMemo.changes): after a keystroke only the proposal typed in is counted again, and the others are the
 * objects sent before (sameMarks compares them by identity). Undefined where the version was not analysed so.
 */
function partChanges(s: DocumentRecord, read: DocumentRecord['marked']): ProposalChanges[] | undefined {
  const cut = s.cutParts();
  if (!cut?.chunks || !read.partProposals) return undefined;
  const { front, starts, chunks } = cut;
  const before = s.marksMemo?.changes?.front === front ? s.marksMemo.changes.parts : undefined;
  const parts = new Map<string, PartChanges[]>();
  const out: ProposalChanges[] = [];
  for (let k = 0; k < starts.length; k++) {
    const line = s.position(starts[k]).line;
    const here = parts.get(chunks[k]);
    let part = here?.find((p) => p.line === line) ?? before?.get(chunks[k])?.find((p) => p.line === line);
    if (!part) {
      const { proposals, revisions, shift } = read.partProposals(k);
      part = { line, items: [] };
      for (let i = 0; i < proposals.length; i++) {
        const p = proposals[i];
        if (revisions[i]) part.items.push({ title: `${p.action} ${p.id.text}`, range: s.range({ start: p.header.start + shift, end: p.header.end + shift }), marks: revisions[i], unmarked: 0 });
      }
    }
    if (!here) parts.set(chunks[k], [part]);
    else if (!here.includes(part)) here.push(part);
    for (const item of part.items) out.push(item);
  }
  s.marksMemo = { front: s.marksMemo?.front ?? front, parts: s.marksMemo?.parts ?? new Map(), changes: { front, parts } };
  return out;
}

/**
 * Whether a MOD holds no mark but comments (base.ts holdsMark): the preview then shows its comparison with the text in
 * force. Of a version analysed proposal by proposal, each part's proposals are read in its own marks, where they stand
 * in the text the part's check read (DocumentHead.partProposals, partMarks).
 */
function someModWithoutMark(s: DocumentRecord, read: DocumentRecord['marked']): boolean {
  const cut = s.cutParts();
  if (!cut?.chunks || !read.partProposals || !read.partMarks) return read.proposals.some((p) => isMod(p) && !holdsMarkIn(s, read, p.span));
  for (let k = 0; k < cut.starts.length; k++) {
    const { proposals } = read.partProposals(k);
    let marks: ReturnType<NonNullable<typeof read.partMarks>> | undefined;
    for (const p of proposals) {
      if (!isMod(p)) continue;
      marks ??= read.partMarks(k);
      if (!holdsMarkFrom(marks.marks, marks.first, p.span, 0)) return true;
    }
  }
  return false;
}

/** Whether `marks` from `first` on (in order), `shift` added, hold a mark but comments starting in `span`. */
function holdsMarkFrom(marks: readonly RevisionMark[], first: number, span: { start: number; end: number }, shift: number): boolean {
  for (let i = first; i < marks.length; i++) {
    const start = marks[i].start + shift;
    if (start >= span.end) break;
    if (start >= span.start && marks[i].kind !== 'comment') return true;
  }
  return false;
}

/**
 * Whether a proposal's span holds a mark but comments (base.ts holdsMark). Of a version analysed proposal by proposal,
 * read in the own marks of the part it stands in (core DocumentHead.partMarks), not in every mark of the document
 * placed where it stands (with texts in force in the workspace, every preview request asks it of every MOD).
 */
function holdsMarkIn(s: DocumentRecord, read: DocumentRecord['marked'], span: { start: number; end: number }): boolean {
  const cut = s.cutParts();
  const k = cut?.chunks && read.partMarks ? lowerBound(cut.starts, (x) => x <= span.start) - 1 : -1;
  if (k < 0) return holdsMark(read, span);
  const { marks, first, shift } = read.partMarks!(k);
  return holdsMarkFrom(marks, first, span, shift);
}

/** What the preview is sent of a mark of `text`, `by` characters before where it stands in the document. */
function markInfo(s: DocumentRecord, text: Pick<string, 'slice'>, m: RevisionMark, by: number): MarkInfo {
  const at = (x: { start: number; end: number }) => s.range({ start: x.start + by, end: x.end + by });
  const slice = (x: { start: number; end: number }) => text.slice(x.start, x.end);
  const delimiters: Range[] = [];
  const inner = [m.oldText, m.newText, m.commentText].filter((x): x is { start: number; end: number } => !!x).sort((a, b) => a.start - b.start);
  let cursor = m.start;
  for (const span of inner) {
    if (span.start > cursor) delimiters.push(at({ start: cursor, end: span.start }));
    cursor = Math.max(cursor, span.end);
  }
  if (m.end > cursor) delimiters.push(at({ start: cursor, end: m.end }));
  if (m.attribution) delimiters.push(at(m.attribution));
  const info: MarkInfo = { kind: m.kind, range: at(m), delimiters, author: m.author };
  if (m.oldText && m.kind !== 'highlight') {
    info.oldRange = at(m.oldText);
    info.oldText = slice(m.oldText);
  }
  if (m.newText) {
    info.newRange = at(m.newText);
    info.newText = slice(m.newText);
  }
  if (m.commentText) {
    info.commentRange = at(m.commentText);
    info.comment = slice(m.commentText);
  }
  return info;
}

/**
 * The marks overlapping `window` of a version analysed proposal by proposal (core DocumentHead.partMarks): each part
 * it stands in (the front, the proposals) gives its marks as made for its text where it stands, kept from the version
 * before (MarksMemo) or made now; moved when the part's lines moved. The marks marksIn reads there, in order.
 * Undefined where the version was not so analysed.
 */
function partMarkInfos(s: DocumentRecord, read: DocumentRecord['marked'], window: { start: number; end: number }): MarkInfo[] | undefined {
  const cut = s.cutParts();
  if (!cut?.chunks || !read.partMarks) return undefined;
  const { front, starts, chunks } = cut;
  const before = s.marksMemo?.front === front ? s.marksMemo : undefined;
  const memo: MarksMemo = { front, parts: new Map(), changes: s.marksMemo?.changes };
  const out: MarkInfo[] = [];
  // The front, then the proposals from the one holding the window's start (or ending there) to the one holding its end.
  const first = window.start < starts[0] ? -1 : Math.max(0, lowerBound(starts, (x) => x < window.start) - 1);
  for (let k = first; k < starts.length && (k < 0 || starts[k] <= window.end); k++) {
    const key = k < 0 ? front : chunks[k];
    const start = k < 0 ? 0 : starts[k];
    const line = s.position(start).line;
    const here = memo.parts.get(key);
    const kept = before?.parts.get(key);
    let part = here?.find((p) => p.line === line) ?? kept?.find((p) => p.line === line);
    if (!part) {
      const elsewhere = here?.[0] ?? kept?.[0];
      part = elsewhere ? movedPart(elsewhere, line) : madePart(s, key, read.partMarks(k), start, line);
    }
    if (!here) memo.parts.set(key, [part]);
    else if (!here.includes(part)) here.push(part);
    for (let i = 0; i < part.infos.length; i++) if (start + part.starts[i] < window.end && window.start < start + part.ends[i]) out.push(part.infos[i]);
  }
  s.marksMemo = memo;
  return out;
}

/** A part's marks, made where it stands. */
function madePart(s: DocumentRecord, text: string, own: ReturnType<NonNullable<DocumentRecord['marked']['partMarks']>>, start: number, line: number): PartMarks {
  const { marks, first, shift } = own;
  // The part's text read in the marks' own offsets: they are `start - shift` before it.
  const from = start - shift;
  const slice = { slice: (a: number, b: number) => text.slice(a - from, b - from) };
  const part: PartMarks = { line, infos: [], starts: [], ends: [] };
  // Its marks as marksIn reads every mark (attribution comments left to their marks).
  for (const m of marksIn({ marks: marks.slice(first) })) {
    part.infos.push(markInfo(s, slice, m, shift));
    part.starts.push(m.start - from);
    part.ends.push(m.end - from);
  }
  return part;
}

/** A part's marks moved to the part's new first line (a line typed or taken out above it). */
function movedPart(part: PartMarks, line: number): PartMarks {
  const by = line - part.line;
  const r = (x: Range): Range => ({ start: { line: x.start.line + by, character: x.start.character }, end: { line: x.end.line + by, character: x.end.character } });
  const infos = part.infos.map((m) => {
    const info: MarkInfo = { ...m, range: r(m.range), delimiters: m.delimiters.map(r) };
    if (m.oldRange) info.oldRange = r(m.oldRange);
    if (m.newRange) info.newRange = r(m.newRange);
    if (m.commentRange) info.commentRange = r(m.commentRange);
    return info;
  });
  return { line, infos, starts: part.starts, ends: part.ends };
}

/**
 * The comparison of the MOD, SUP or NOC at `offset` (or of the first with a base when `offset` is in no
 * proposal), as the check makes it: a MOD's old text with the text in force, and what a SUP or NOC restates
 * with the part of the text in force it restates (core/base.ts; review D9); when there is none, a message
 * that says why.
 */
export function baseComparison(s: DocumentRecord, offset: number | undefined): BaseComparison | Message {
  const proposal = offset === undefined ? undefined : proposalAt(s.doc, offset);
  if (proposal && !isMod(proposal) && !restates(proposal.action)) {
    const name = `${proposal.action} ${proposal.id.text}`;
    return {
      message: proposal.action.startsWith('ADD')
        ? l10n.t('{0}: an {1} is new text and has no base text.', name, proposal.action)
        : l10n.t('{0}: a {1} moves its text elsewhere and is not compared with a base text.', name, proposal.action),
    };
  }
  const all = s.amended() ?? [];
  const mine = proposal ? all.filter((a) => a.proposalIndex === proposal.index) : all;
  const here = mine.find((a) => a.base);
  if (!here) {
    const name = proposal && `${proposal.action} ${proposal.id.text}`;
    // A SUP or NOC with no text in force in the workspace has no entry of its own (core/base.ts): its number line says which.
    const line = mine[0]?.resolution.numberLine.text ?? (proposal && s.doc.views.old.proposals[proposal.index]?.resolutions[0]?.numberLine.text);
    if (name && line) return { message: l10n.t('{0}: no base text for "{1}" in the workspace (setting itu.baseTexts.glob).', name, line.trim()) };
    if (name) return { message: l10n.t('{0} names no text in force this extension can read (no number line).', name) };
    return { message: l10n.t('No MOD, SUP or NOC of this file has a base text in the workspace (setting itu.baseTexts.glob).') };
  }
  const p = s.doc.proposals[here.proposalIndex];
  const base = here.base!;
  const restated = restates(p.action);
  // Every provision the proposal restates in this text in force, in order (review 9, J15: a MOD of CS Nos. 47
  // and 48 showed No. 47 alone, wherever the cursor was).
  const group = mine.filter((a) => a.base && a.proposalIndex === here.proposalIndex && a.base.location === base.location);
  const baseText: string[] = [];
  const newText: string[] = [];
  for (const a of group) {
    const compared = a.comparison;
    const inForce = a.base!.paragraphs;
    if (restated && !a.provision && compared) for (const x of restatedBase(compared, inForce)) baseText.push(x);
    else for (const x of inForce) baseText.push(x);
    for (const x of expandElisions(comparedText(s, a, restated), compared, comparedBase(a))) newText.push(x);
  }
  return {
    title: `${p.action} ${p.id.text}`,
    baseLocation: base.location,
    baseLine: base.line,
    baseText: baseText.join('\n') + '\n',
    newText: newText.join('\n') + '\n',
    ...(restated ? { restated: true } : {}),
  };
}

/**
 * The side of Compare with base beside the text in force: a MOD's new text; a SUP's or NOC's text as it
 * restates it (its old text: review 9, J15, a SUP of CV Nos. 3 to 5 showed nothing there).
 */
function comparedText(s: DocumentRecord, a: AmendedResolution, restated: boolean): string[] {
  if (restated) return a.resolution.paragraphs.map((x) => x.text);
  if (a.provision) return a.provision.newText ?? [];
  const oldResolutions = s.doc.views.old.proposals[a.proposalIndex].resolutions;
  return s.doc.views.new.proposals[a.proposalIndex]?.resolutions[oldResolutions.indexOf(a.resolution)]?.paragraphs.map((x) => x.text) ?? [];
}

/**
 * Each elision (`…`) of a text replaced by the paragraphs in force the comparison lines it up with, so that
 * the diff shows the proposal's changes and not the text it leaves out as deleted (review 9, J31). The k-th
 * elision of the text is the k-th of the comparison (an elision is never inside a mark); when the counts
 * differ, the text is left as written.
 */
function expandElisions(text: readonly string[], comparison: Comparison | undefined, base: readonly string[]): string[] {
  if (!comparison) return text.slice();
  const runs = comparison.segments.filter((seg) => seg.kind === 'elision');
  const at: number[] = [];
  text.forEach((x, i) => {
    if (isElision(foldWhitespace(x))) at.push(i);
  });
  if (runs.length === 0 || runs.length !== at.length) return text.slice();
  const out: string[] = [];
  let k = 0;
  text.forEach((x, i) => {
    if (at[k] !== i) {
      out.push(x);
      return;
    }
    const run = runs[k++]!;
    for (let j = run.baseStart; j < run.baseEnd; j++) out.push(base[j]!);
  });
  return out;
}

/** A SUP or NOC restates the text in force (core/base.ts compares it with it). */
function restates(action: string): boolean {
  return action === 'SUP' || action === 'NOC';
}

/**
 * The paragraphs in force a SUP's or NOC's restated text lines up with: most restate a Resolution's number
 * line and title alone, and the paragraphs they leave out are no difference (checks/base.ts).
 */
function restatedBase(comparison: Comparison, paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const seg of comparison.segments) if (seg.draftEnd > seg.draftStart) for (let i = seg.baseStart; i < seg.baseEnd; i++) out.push(paragraphs[i]);
  return out;
}

/** Revision marks from the base for every MOD written without any (what `itu-draft track` writes). */
export function trackEdits(s: DocumentRecord): VersionedEdits {
  const amended = s.amended() ?? [];
  const { edits, skipped } = trackRevisions(s.doc, amended);
  const notes = skipped.map((skip) => {
    const p = s.doc.proposals[skip.proposalIndex];
    const name = `${p.action} ${p.id.text}`;
    return skip.kind === 'no-base' ? l10n.t('{0}: no base text for "{1}" in the workspace', name, skip.resolution)
      : skip.kind === 'marked' ? l10n.t('{0} already has revision marks', name)
      : l10n.t('{0}: the changes could not be placed', name);
  });
  // A SUP or NOC restates the text in force: compared with it (the check says each difference), never marked.
  for (const p of s.doc.proposals) {
    if (restates(p.action)) notes.push(restatedNote(`${p.action} ${p.id.text}`, p.action));
  }
  if (!amended.some((a) => isMod(s.doc.proposals[a.proposalIndex]))) notes.push(l10n.t('this file has no MOD proposal'));
  return {
    version: s.version,
    edits: edits.map((x) => ({ range: s.range(x), newText: x.newText })),
    message: edits.length ? undefined : l10n.t('No revision marks to insert: {0}.', notes.join('; ') || l10n.t('every MOD reads as its base')),
  };
}

/**
 * Why a SUP or NOC gets no revision marks from the base: it restates the text in force, and the check
 * compares it with that text (checks/base.ts). (`itu-draft track` is silent on them: review D15.)
 */
function restatedNote(name: string, action: string): string {
  return article(action) === 'an'
    ? l10n.t('{0}: an {1} restates the text in force: it takes no revision marks (the check compares it with the text in force)', name, action)
    : l10n.t('{0}: a {1} restates the text in force: it takes no revision marks (the check compares it with the text in force)', name, action);
}

/** Accept or reject the marks in `range` (the whole document without one), or of the whole proposal at `proposal`. */
export function reviewOf(s: DocumentRecord, review: Review, range?: Range, proposal?: Position): VersionedEdits {
  let span = range ? { start: s.offset(range.start), end: s.offset(range.end) } : undefined;
  if (proposal) {
    const p = proposalAt(s.doc, s.offset(proposal));
    if (!p) return { version: s.version, edits: [] };
    span = p.span;
  }
  const edits = reviewEdits(s.doc, review, span).map((e) => ({ range: s.range(e), newText: e.newText }));
  // Conflicts of a merged draft are not accepted: said, so that the delegate takes a side in each.
  const left = review === 'accept' ? marksIn(s.doc, span).filter((m) => isAlternatives(s.doc, m)).length : 0;
  if (left === 0) return { version: s.version, edits };
  const message = left === 1
    ? l10n.t('1 set of alternatives left in place: accepting it would write the parties\' brackets into the text. Take one alternative with its quick fix (compile.unresolved).')
    : l10n.t('{0} sets of alternatives left in place: accepting them would write the parties\' brackets into the text. Take one alternative in each with its quick fix (compile.unresolved).', left);
  return { version: s.version, edits, message };
}

/**
 * The line of each base paragraph in the base file, read forward from the number line: the
 * paragraphs are the file's lines in order, blank lines and footnote definitions left out.
 */
export function baseLines(fileText: string, firstLine: number, paragraphs: readonly string[]): (number | undefined)[] {
  const lines = fileText.split(/\r\n|\r|\n/);
  let at = firstLine;
  return paragraphs.map((p) => {
    const want = foldWhitespace(p);
    for (let l = at; l < lines.length; l++) {
      if (foldWhitespace(lines[l]) === want) return (at = l + 1) - 1;
    }
    return undefined;
  });
}
