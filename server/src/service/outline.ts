// Document symbols (Outline, breadcrumbs) and folding ranges, from one structure model.
import { DocumentSymbol, FoldingRange, SymbolKind } from 'vscode-languageserver-types';
import { describeItem, type Item, type Paragraph, type Resolution, type Span } from '../core';
import { instrumentOf, type TextKind } from '../core/kinds';
import type { DocumentRecord } from './record';

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

function short(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function itemSymbol(state: DocumentRecord, item: Item): DocumentSymbol {
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
    detail = short(p.text.slice(p.bodyViewStart - p.viewStart));
    kind = SymbolKind.EnumMember;
  }
  const range = state.range(spanOf(item));
  const selection = state.range(p.labelSpan ?? p.source);
  return DocumentSymbol.create(name || '(untitled)', detail, kind, range, selection, item.children.map((c) => itemSymbol(state, c)));
}

function resolutionSymbol(state: DocumentRecord, r: Resolution): DocumentSymbol {
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
function provisionSymbol(state: DocumentRecord, p: Paragraph): DocumentSymbol {
  const n = p.provision!;
  const name = n.form === 'rr' ? n.text : n.first === n.last ? `No. ${n.first}` : `Nos. ${n.text}`;
  const range = state.range(p.source);
  return DocumentSymbol.create(name, short(p.text.slice(p.bodyViewStart - p.viewStart)) || undefined, SymbolKind.Constant, range, range);
}

function provisionSymbols(state: DocumentRecord, paragraphs: Paragraph[]): DocumentSymbol[] {
  return paragraphs.filter((p) => p.kind === 'provision').map((p) => provisionSymbol(state, p));
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

export function documentSymbols(state: DocumentRecord): DocumentSymbol[] {
  const { doc } = state;
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
  for (const s of provisionSymbols(state, view.prose)) out.push(s);
  for (const r of view.resolutions) out.push(resolutionSymbol(state, r));
  doc.proposals.forEach((p, i) => {
    const pv = view.proposals[i];
    const amends = pv?.resolutions[0] ? short(pv.resolutions[0].numberLine.text) : p.extra ?? (pv && provisionTarget(pv.textKind, pv.paragraphs));
    const children = pv
      ? pv.outline.children.map((c) => itemSymbol(state, c)).concat(pv.resolutions.map((r) => resolutionSymbol(state, r)), provisionSymbols(state, pv.paragraphs))
      : [];
    out.push(DocumentSymbol.create(`${p.action} ${p.id.text}`, amends, SymbolKind.Module, state.range(p.span), state.range(p.header), children));
  });
  return out;
}

export function foldingRanges(state: DocumentRecord, symbols = documentSymbols(state)): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (s: DocumentSymbol) => {
    if (s.range.end.line > s.range.start.line) out.push(FoldingRange.create(s.range.start.line, s.range.end.line));
    s.children?.forEach(visit);
  };
  symbols.forEach(visit);
  // Multi-line revision marks fold too.
  for (const m of state.doc.marks) {
    const a = state.position(m.start).line;
    const b = state.position(m.end).line;
    if (b > a) out.push(FoldingRange.create(a, b));
  }
  return out;
}
