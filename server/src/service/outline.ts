// Document symbols (Outline, breadcrumbs) and folding ranges, from one structure model.
import { DocumentSymbol, FoldingRange, Range, SymbolKind, type Position } from 'vscode-languageserver-types';
import { describeItem, instrumentHeading, instrumentHeadings, parseDocument, placeHeadings, partAgrees, restatedNames, type ItuDocument, type Item, type MarkSpan, type Paragraph, type Resolution, type Span } from '../core';
import { ARTICLE_HEADING, instrumentOf, type TextKind } from '../core/kinds';
import type { DocumentRecord } from './record';
import { ellipsized } from '../core/shorten';

/** Where the outline's spans stand: offsets of the parsed text made ranges of the document (and back). */
interface Place {
  range(span: Span): Range;
  offset(position: Position): number;
}

function lastParagraph(item: Item): Paragraph {
  let last = item.paragraph;
  const consider = (p: Paragraph) => {
    if (p.source.end > last.source.end) last = p;
  };
  item.continuation.forEach(consider);
  for (const child of item.children) consider(lastParagraph(child));
  return last;
}

function spanOf(item: Item): Span {
  return { start: item.paragraph.source.start, end: lastParagraph(item).source.end };
}

export function short(text: string, max = 60): string {
  // A long paragraph is shown by its start: its first characters read alone, with white space folded, give the
  // same when they fold to more than `max` (folding reads left to right; the rest only lengthens it).
  if (text.length > 4 * max) {
    const head = text.slice(0, 4 * max).replace(/\s+/g, ' ').trim();
    if (head.length > max) return ellipsized(head, max);
  }
  return ellipsized(text.replace(/\s+/g, ' ').trim(), max);
}

function itemSymbol(state: Place, item: Item): DocumentSymbol {
  const p = item.paragraph;
  let name: string;
  let kind: SymbolKind;
  let detail: string | undefined;
  if (item.call) {
    name = item.call.phrase;
    detail = item.call.addressee || undefined;
    kind = item.call.kind === 'operative' ? SymbolKind.Event : SymbolKind.Field;
  } else if (item.section !== undefined || item.annex !== undefined) {
    name = describeItem(item);
    kind = SymbolKind.Namespace;
  } else {
    name = item.label!.text;
    detail = short(p.text.slice(p.bodyOffset));
    kind = SymbolKind.EnumMember;
  }
  const range = state.range(spanOf(item));
  const selection = state.range(p.labelSpan ?? p.source);
  return DocumentSymbol.create(name || '(untitled)', detail, kind, range, selection, item.children.map((c) => itemSymbol(state, c)));
}

function resolutionSymbol(state: Place, r: Resolution): DocumentSymbol {
  const last = r.paragraphs[r.paragraphs.length - 1];
  const range = state.range({ start: r.numberLine.source.start, end: last.source.end });
  return DocumentSymbol.create(
    short(r.numberLine.text),
    r.title ? short(r.title.text) : undefined,
    SymbolKind.Class,
    range,
    state.range(r.numberLine.source),
    r.root.children.map((c) => itemSymbol(state, c)),
  );
}

/** A provision of the CS, CV, ITRs or RR: `No. 168`, `5.338A`, with the start of its text. */
function provisionSymbol(state: Place, p: Paragraph): DocumentSymbol {
  const n = p.provision!;
  const name = n.form === 'rr' ? n.text : n.first === n.last ? `No. ${n.first}` : `Nos. ${n.text}`;
  const range = state.range(p.source);
  return DocumentSymbol.create(name, short(p.text.slice(p.bodyOffset)) || undefined, SymbolKind.Constant, range, range);
}

function provisionSymbols(state: Place, paragraphs: Paragraph[]): DocumentSymbol[] {
  return paragraphs.filter((p) => p.kind === 'provision').map((p) => provisionSymbol(state, p));
}

/** Headings of a text in force, by level (English, French, Spanish): CHAPTER > ARTICLE > Section > Sub-Section. */
const LEVELS: [RegExp, number][] = [
  [/^(?:PART|PARTIE|PARTE|CHAPTER|CHAPITRE|CAP[ÍI]TULO|ANNEX|ANNEXE|ANEXO|APPENDIX|APPENDICE|AP[ÉE]NDICE)(?![\p{L}\d])/iu, 1],
  [ARTICLE_HEADING, 2],
  [/^(?:SECTION|SECCI[ÓO]N)(?![\p{L}\d-])/iu, 3],
  [/^(?:Sub-Section|Sous-section|Subsecci[óo]n)(?![\p{L}\d])/iu, 4],
];

function headingLevel(text: string): number | undefined {
  const t = text.trim();
  if (t.length > 100 || /[.;:,]$/.test(t)) return undefined;
  return LEVELS.find(([re]) => re.test(t))?.[1];
}

/**
 * The provisions of a text in force (CS, CV, ITRs, RR) under the headings they stand in: CHAPTER I >
 * ARTICLE 1 > No. 2 …; each heading's title (the paragraph after it) is its detail.
 */
function provisionTree(state: Place, paragraphs: Paragraph[]): DocumentSymbol[] {
  if (!paragraphs.some((p) => p.kind === 'provision')) return [];
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  const place = (s: DocumentSymbol) => (stack.length ? (stack[stack.length - 1].symbol.children ??= []) : roots).push(s);
  const text = paragraphs.filter((p) => p.kind !== 'blank');
  text.forEach((p, i) => {
    if (p.kind === 'provision') {
      const s = provisionSymbol(state, p);
      place(s);
      for (const open of stack) open.symbol.range = { start: open.symbol.range.start, end: s.range.end };
      return;
    }
    const level = headingLevel(p.text);
    if (level === undefined) return;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const next = text[i + 1];
    const title = next && next.kind !== 'provision' && headingLevel(next.text) === undefined && !/[.;:,]$/.test(next.text.trim()) ? short(next.text) : undefined;
    const range = state.range(p.source);
    const s = DocumentSymbol.create(short(p.text), title, SymbolKind.Namespace, range, range, []);
    place(s);
    stack.push({ level, symbol: s });
  });
  // A heading with no provision under it (a title page's CHAPTER line before the text starts) says nothing here.
  const prune = (list: DocumentSymbol[]): DocumentSymbol[] =>
    list.filter((s) => s.kind !== SymbolKind.Namespace || (s.children = prune(s.children ?? [])).length > 0);
  return prune(roots);
}

/** What a proposal on provisions amends, when it names nothing: `RR 5.338A`, `CS 3 to 5`. */
function provisionTarget(kind: TextKind | undefined, paragraphs: Paragraph[]): string | undefined {
  const instrument = instrumentOf(kind);
  const numbers = paragraphs.filter((p) => p.kind === 'provision').map((p) => p.provision!);
  if (!instrument || numbers.length === 0) return undefined;
  const first = numbers[0].first;
  const last = numbers[numbers.length - 1].last;
  return `${instrument} ${first === last ? first : `${first} to ${last}`}`;
}

/**
 * The outline of each version, made once: VS Code asks it at every pause in typing for the Outline and the breadcrumbs,
 * and the folding ranges are read from it (in a 1 MB contribution each making took about as long as the parse).
 * Shared by every caller: not to be changed.
 */
const OUTLINES = new WeakMap<DocumentRecord, DocumentSymbol[]>();

export function documentSymbols(state: DocumentRecord): DocumentSymbol[] {
  let symbols = OUTLINES.get(state);
  if (!symbols) OUTLINES.set(state, (symbols = partOutline(state) ?? outline(state.doc, state)));
  return symbols;
}

/**
 * What the outline keeps of a document's parts from one version to the next (DocumentRecord.outlineMemo): each
 * proposal's symbols by its text, with what its part (the front and that proposal, core regionAt) read, and the
 * front's symbols. Typing changes one proposal: the next outline parses that one alone.
 */
export interface OutlineMemo {
  front: string;
  /** The symbols before the first proposal (cover, clauses, headings). */
  frontSymbols: DocumentSymbol[];
  /** How many lines the front has. */
  frontLines: number;
  /** The instrument the front's last heading names (its key), if any. */
  instrument: string | undefined;
  parts: Map<string, PartSymbols>;
}

/** A proposal's symbols (the proposal, and the headings after its Reasons) and what its part read. */
interface PartSymbols {
  /** Where they were made for: the proposal `delta` lines below the front's end. */
  delta: number;
  symbols: DocumentSymbol[];
  /** Where the part's first proposal header stands, and its marks (in the part's offsets): core partAgrees. */
  firstHeader: number | undefined;
  marks: readonly MarkSpan[];
  /** The instruments its headings name (keys): a proposal after them is on another text than the front says. */
  instruments: string[];
}

/**
 * The outline from the document's parts where the version has no whole parse (typing made none: the diagnostics
 * re-check one proposal): each proposal's symbols kept by its text from the version before, moved to its lines, or
 * made from its part parsed alone. A version with no outline before it (or whose front changed) is read whole once and
 * its outline kept by part (`seed`; else every part is parsed alone). Undefined where the parts cannot stand for the
 * whole (core regionAt: marks across a proposal's end, a front holding a proposal; an instrument, ARTICLE or appendix
 * heading between proposals): the whole parse then decides. Made from the whole parse, the outline of a 1 MB contribution took 118 ms
 * after each pause in typing, of a 100 KB one 12 ms.
 */
export function partOutline(state: DocumentRecord, seed = true): DocumentSymbol[] | undefined {
  const cut = state.cutParts();
  if (!cut) return undefined;
  const { starts, front, parts } = cut;
  const text = cut.chunks ? '' : state.text;
  const chunkAt = (k: number) => cut.chunks?.[k] ?? text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length);
  let previous = state.outlineMemo?.front === front ? state.outlineMemo : undefined;
  if (!previous && seed) previous = seeded(state, cut.starts, front, chunkAt);
  const instrument = previous ? previous.instrument : frontInstrument(front);
  const memo: OutlineMemo = { front, frontSymbols: previous?.frontSymbols ?? [], frontLines: previous?.frontLines ?? state.position(front.length).line, instrument, parts: new Map() };
  const out: DocumentSymbol[] = [];
  for (let k = 0; k < starts.length; k++) {
    const chunk = chunkAt(k);
    const delta = state.position(starts[k]).line - memo.frontLines;
    let part = memo.parts.get(chunk) ?? previous?.parts.get(chunk);
    if (!part) part = parsedPart(state, front, chunk, starts[k], delta, k === 0 ? memo : undefined);
    // A text cut here: each part must read as the whole text there (its marks). The analysis's parts were checked so.
    if (parts && !partAgrees(part, parts, k, text.length)) return undefined;
    // An instrument heading in a proposal's text puts the proposals after it on that instrument (a PP contribution's
    // CONVENTION heading after its CS proposals), an ARTICLE or RR appendix heading in that article or appendix: read
    // alone with the front, they would not be (the analysis checks such a text whole too, underFrontInstrument).
    if (k + 1 < starts.length && part.instruments.some((key) => key !== instrument)) return undefined;
    // Moved to the lines the proposal stands at now (typing within a line moves none).
    if (part.delta !== delta) part = { ...part, delta, symbols: part.symbols.map((x) => moved(x, delta - part!.delta)) };
    memo.parts.set(chunk, part);
    // One by one: a part may hold more symbols than a call takes arguments.
    if (k === 0) for (const x of memo.frontSymbols) out.push(x);
    for (const x of part.symbols) out.push(x);
  }
  state.outlineMemo = memo;
  return out;
}

/** A proposal's part (the front and the proposal) parsed alone, its symbols made where the proposal stands in the document. */
function parsedPart(state: DocumentRecord, front: string, chunk: string, start: number, delta: number, frontOf: OutlineMemo | undefined): PartSymbols {
  const doc = parseDocument(front + chunk);
  // The part's offsets after the front are the proposal's in the whole text.
  const at = (o: number) => state.position(o < front.length ? o : start + o - front.length);
  const place: Place = {
    range: (s) => Range.create(at(s.start), at(s.end)),
    // withHeadings reads the symbols' places back in the part's own offsets.
    offset: (p) => {
      const o = state.offset(p);
      return o < start ? o : o - start + front.length;
    },
  };
  const all = outline(doc, place);
  const own = all.filter((x) => state.offset(x.range.start) >= start);
  // The front's symbols as the first proposal's part reads them (the whole text's headings are sought in it too).
  if (frontOf) frontOf.frontSymbols = all.filter((x) => state.offset(x.range.start) < start);
  return { delta, symbols: own, firstHeader: doc.proposals[0]?.header.start, marks: doc.marks, instruments: headingsOf(chunk) };
}

/**
 * The outline kept by part from the whole parse of this version (as the whole path makes it), for the versions after
 * it: a document's first outline, or one whose front changed, costs one whole parse, not one parse a proposal (a 1 MB
 * contribution: 120 ms, where its 357 parts parsed alone took 250 ms).
 */
function seeded(state: DocumentRecord, starts: readonly number[], front: string, chunkAt: (k: number) => string): OutlineMemo {
  const doc = state.doc;
  const all = outline(doc, state);
  const frontLines = state.position(front.length).line;
  const memo: OutlineMemo = { front, frontSymbols: [], frontLines, instrument: frontInstrument(front), parts: new Map() };
  const frontMarks = doc.marks.filter((m) => m.start < front.length);
  let j = 0;
  while (j < all.length && all[j].range.start.line < frontLines) memo.frontSymbols.push(all[j++]);
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : Infinity;
    const endLine = k + 1 < starts.length ? state.position(end).line : Infinity;
    const symbols: DocumentSymbol[] = [];
    while (j < all.length && all[j].range.start.line < endLine) symbols.push(all[j++]);
    const shift = front.length - starts[k];
    const marks = frontMarks.concat(doc.marks.filter((m) => m.start >= starts[k] && m.start < end).map((m) => ({ start: m.start + shift, end: m.end + shift, kind: m.kind })));
    const chunk = chunkAt(k);
    memo.parts.set(chunk, { delta: state.position(starts[k]).line - frontLines, symbols, firstHeader: front.length, marks, instruments: headingsOf(chunk) });
  }
  return memo;
}

/** The instrument the front's last heading names (its key), if any: the one its proposals are on. */
function frontInstrument(front: string): string | undefined {
  const headings = instrumentHeadings(front);
  return headings.length ? headings[headings.length - 1].instrument.key : undefined;
}

/**
 * The instruments a proposal's text names in headings (keys), and its ARTICLE and RR appendix headings: the proposals
 * after them are read in their light (core incremental.ts underFrontInstrument).
 */
function headingsOf(chunk: string): string[] {
  return [...instrumentHeadings(chunk).map((h) => h.instrument.key), ...placeHeadings(chunk)];
}

/** A symbol and its children `delta` lines further down (made as DocumentSymbol.create makes it, without its checks). */
function moved(s: DocumentSymbol, delta: number): DocumentSymbol {
  const out: DocumentSymbol = { name: s.name, detail: s.detail, kind: s.kind, range: lines(s.range, delta), selectionRange: lines(s.selectionRange, delta) };
  if (s.children !== undefined) out.children = s.children.map((c) => moved(c, delta));
  return out;
}

function lines(r: Range, delta: number): Range {
  return { start: { line: r.start.line + delta, character: r.start.character }, end: { line: r.end.line + delta, character: r.end.character } };
}

/** The outline of a parse (the whole version's, or a part's), its spans made ranges by `state`. */
function outline(doc: ItuDocument, state: Place): DocumentSymbol[] {
  const view = doc.views.new;
  const out: DocumentSymbol[] = [];
  if (doc.cover.length) {
    const span = { start: doc.cover[0].span.start, end: doc.cover[doc.cover.length - 1].span.end };
    const fields = doc.cover.map((f) =>
      DocumentSymbol.create(f.name, short(f.value), SymbolKind.Property, state.range(f.span), state.range(f.span)),
    );
    out.push(DocumentSymbol.create('Cover', undefined, SymbolKind.Module, state.range(span), state.range(doc.cover[0].span), fields));
  }
  for (const c of view.clauses.children) out.push(itemSymbol(state, c));
  for (const s of provisionTree(state, view.prose)) out.push(s);
  for (const r of view.resolutions) out.push(resolutionSymbol(state, r));
  let names: Map<number, string> | undefined;
  doc.proposals.forEach((p, i) => {
    const pv = view.proposals[i];
    // A SUP of a number alone (`3B`) restates no provision paragraph: the proposal's target names it (`CS 3B`).
    const amends = pv?.resolutions[0] ? short(pv.resolutions[0].numberLine.text)
      : p.extra ?? (names ??= restatedNames(doc)).get(i) ?? (pv && provisionTarget(pv.textKind, pv.paragraphs));
    const children = pv
      ? pv.outline.children.map((c) => itemSymbol(state, c)).concat(pv.resolutions.map((r) => resolutionSymbol(state, r)), provisionSymbols(state, pv.paragraphs))
      : [];
    // A proposal ends with its Reasons (FORMAT.md §3): what follows before the next header (the heading
    // of the instrument the next proposal amends) is not folded away with it.
    const span = p.reasons && p.reasons.end > p.header.end ? { start: p.span.start, end: p.reasons.end } : p.span;
    out.push(DocumentSymbol.create(`${p.action} ${p.id.text}`, amends, SymbolKind.Module, state.range(span), state.range(p.header), children));
  });
  return doc.proposals.length ? withHeadings(doc, state, out) : out;
}

/**
 * A contribution's headings between its proposals (`CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION
 * UNION`, `ARTICLE 5`, `CHAPTER II`): the instrument and place the next proposals amend, in the outline
 * in their order, so a long PP or WRC contribution is not navigated by proposal ids alone (review 6, G19).
 */
function withHeadings(doc: ItuDocument, state: Place, symbols: DocumentSymbol[]): DocumentSymbol[] {
  // The symbols' spans in the order of the text (cover, clauses, proposals), walked once beside the paragraphs.
  const taken = symbols.map((s) => [state.offset(s.range.start), state.offset(s.range.end)] as const).sort((a, b) => a[0] - b[0]);
  let j = 0;
  const headings: DocumentSymbol[] = [];
  const text = doc.views.new.paragraphs.filter((p) => p.kind !== 'blank');
  text.forEach((p, i) => {
    while (j < taken.length && taken[j][1] <= p.source.start) j++;
    if (j < taken.length && taken[j][0] <= p.source.start) return;
    if (!instrumentHeading(p.text) && headingLevel(p.text) === undefined) return;
    // Its title, as in a text in force: the paragraph after it, when that is no heading, header or sentence.
    const next = text[i + 1];
    const title = next && next.kind === 'text' && !instrumentHeading(next.text) && headingLevel(next.text) === undefined && !/[.;:,]$/.test(next.text.trim()) ? short(next.text) : undefined;
    const range = state.range(p.source);
    headings.push(DocumentSymbol.create(short(p.text), title, SymbolKind.Namespace, range, range, []));
  });
  if (!headings.length) return symbols;
  const line = (s: DocumentSymbol) => s.range.start.line;
  return symbols.concat(headings).sort((a, b) => line(a) - line(b));
}

export function foldingRanges(state: DocumentRecord, symbols = documentSymbols(state)): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (s: DocumentSymbol) => {
    if (s.range.end.line > s.range.start.line) out.push(FoldingRange.create(s.range.start.line, s.range.end.line));
    s.children?.forEach(visit);
  };
  symbols.forEach(visit);
  // Multi-line revision marks fold too.
  const marks = state.cutParts()?.parts?.marks;
  for (const [start, end] of marks ? marks.map((m) => [m.start, m.end]) : multiLineMarks(state)) {
    const a = state.position(start).line;
    const b = state.position(end).line;
    if (b > a) out.push(FoldingRange.create(a, b));
  }
  return out;
}

/**
 * The spans of the marks that hold a line end, in the document's offsets. Of a version analysed proposal by proposal,
 * each part's own marks are read in its text where they stand (core DocumentHead.partMarks): no mark of the document is
 * moved to where it stands, nor placed by line, but those few (at 1 MB, VS Code's folding ranges at each pause placed
 * every one of 3,344 marks: 6–9 ms). Else every mark of the version.
 */
function multiLineMarks(state: DocumentRecord): [number, number][] {
  const read = state.marked;
  const cut = state.cutParts();
  if (!read.partMarks || !cut?.chunks) return read.marks.map((m) => [m.start, m.end]);
  const out: [number, number][] = [];
  for (let k = -1; k < cut.starts.length; k++) {
    const text = k < 0 ? cut.front : cut.chunks[k];
    const { marks, first, shift } = read.partMarks(k);
    // The part's text starts where its marks' offsets read `from`.
    const from = (k < 0 ? 0 : cut.starts[k]) - shift;
    for (let i = first; i < marks.length; i++) {
      const m = marks[i];
      // A line end of any system (a file saved with CR alone has no LF).
      for (let j = m.start - from; j < m.end - from; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x0a || c === 0x0d) {
          out.push([m.start + shift, m.end + shift]);
          break;
        }
      }
    }
  }
  return out;
}
