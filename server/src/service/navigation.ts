// Hover, go to definition and find references: cross-references, footnotes, labels, marks, proposal ids.
import { Hover, Location, MarkupKind, type Position } from 'vscode-languageserver-types';
import { l10n, markKindName } from '../core';
import { describeItem, displayName, preferredBases, fromSource, outlineRoots, resolveTarget, resolveWritten, walk, type CrossReference, type Item, type Span, type View } from '../core';
import { WHOLE, type DocumentRecord, type DocumentView } from './record';
import { hoverProvision } from './provisions';
import { callWithAddressee } from '../core/checks/references';

const inside = (s: Span, o: number) => s.start <= o && o <= s.end;

function paragraphText(item: Item): string {
  const parts = [item.paragraph, ...item.continuation].map((p) => p.text.trim());
  return parts.join('\n\n');
}

function referenceAt(view: View, offset: number): { ref: CrossReference; label: string; target: Span; written: CrossReference['targets'][number] } | undefined {
  for (const ref of view.references) {
    for (const t of ref.targets) if (inside(t.source, offset)) return { ref, label: t.label, target: t.source, written: t };
  }
  return undefined;
}

function itemWithLabelAt(view: View, offset: number): Item | undefined {
  for (const root of outlineRoots(view)) for (const item of walk(root)) if (item.paragraph.labelSpan && inside(item.paragraph.labelSpan, offset)) return item;
  return undefined;
}

function fullPath(item: Item): string {
  const d = hoverName(item);
  let ctx = item.parent;
  while (ctx && !ctx.call && ctx.section === undefined && ctx.annex === undefined && ctx.label) ctx = ctx.parent;
  if (item.label?.kind === 'decimal' && ctx && (ctx.call || ctx.section !== undefined)) return `${hoverName(ctx)} ${d}`;
  return d;
}

/**
 * An item as hover names it: describeItem's name (the check messages'), with the addressee of its call (`instructs
 * the Director of the Telecommunication Standardization Bureau 1`; Chinese `责成秘书长 1`, no space between call and
 * addressee): a Resolution may have two `instructs …` sections, and `instructs 1` named either (review 14).
 */
function hoverName(item: Item): string {
  if (item.call) return callWithAddressee(item.call.phrase, item.call.addressee);
  // A lettered item under a numbered one by the whole path (`instructs the Secretary-General 2 a)`, not `2 a)`).
  if (item.label && item.label.kind !== 'decimal') {
    const parent = item.parent ? fullPath(item.parent) : '';
    return parent ? `${parent} ${item.label.text}` : item.label.text;
  }
  return describeItem(item);
}

/**
 * The hover at a position, read from the front and the proposal there (DocumentRecord.regionAt): a
 * hover in a large document makes no parse of it. What a part cannot answer as the whole document
 * would (a footnote defined elsewhere, a provision named by a heading before the proposal) is asked
 * of the whole.
 */
export function hover(record: DocumentRecord, position: Position): Hover | undefined {
  const answer = hoverIn(record.regionAt(record.offset(position)), position);
  if (answer !== WHOLE) return answer;
  const whole = hoverIn(record, position);
  return whole === WHOLE ? undefined : whole;
}

function hoverIn(state: DocumentView, position: Position): Hover | undefined | typeof WHOLE {
  const { doc } = state;
  const offset = state.offset(position);
  const view = doc.views.new;
  const md = (value: string, span: Span): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: state.range(span) });

  const p = doc.proposals.find((x) => inside(x.id.span, offset) || inside(x.actionSpan, offset));
  if (p) {
    const pv = view.proposals[p.index];
    const amends = pv?.resolutions.map((r) => r.numberLine.text.trim()).join(', ');
    const lines = [`**${p.action}** \`${p.id.text}\``, actionMeaning(p.action)];
    if (amends) lines.push(l10n.t('Amends: {0}', amends));
    if (p.action === 'MOD' || p.action === '(MOD)') {
      for (const r of doc.views.old.proposals[p.index]?.resolutions ?? []) {
        const base = state.bases?.lookup(r.numberLine.text, preferredBases(doc));
        lines.push(base
          ? l10n.t('Base text: {0} in {1}', base.numberLine, `\`${displayName(base.location)}\``)
          : l10n.t('No base text for {0} in the workspace', r.numberLine.text.trim()));
      }
    }
    return md(lines.filter(Boolean).join('\n\n'), { start: p.actionSpan.start, end: p.id.span.end });
  }
  const ref = referenceAt(view, offset) ?? referenceAt(doc.views.old, offset);
  if (ref) {
    // A sub-item by its path (`b) iii)`).
    const named = ref.written.within === undefined ? ref.label : `${ref.written.within} ${ref.label}`;
    const target = resolveWritten(doc, view, ref.ref, ref.written) ?? resolveTarget(doc.views.old, ref.ref, ref.label, ref.written.within);
    const value = target ? `**${fullPath(target)}**\n\n${quote(paragraphText(target))}` : /^[0-9０-９]/.test(ref.label) ? l10n.t('No numbered item {0} in this Resolution.', ref.label) : l10n.t('No item {0} in this Resolution.', named);
    return md(value, ref.target);
  }
  const mark = doc.marks.find((m) => inside(m, offset));
  if (mark) {
    const text = (s?: Span) => (s ? doc.text.slice(s.start, s.end) : '');
    const lines: string[] = [];
    if (mark.kind === 'comment') lines.push(`**${mark.author ? l10n.t('Comment by {0}', mark.author) : l10n.t('Comment')}**\n\n${quote(text(mark.commentText))}`);
    else {
      const kind = markKindName(mark.kind);
      const title = `**${kind[0].toUpperCase()}${kind.slice(1)}**`;
      lines.push(mark.author ? l10n.t('{0} by {1}', title, mark.author) : title);
      const none = l10n.t('_(none)_');
      if (mark.kind !== 'insertion') lines.push(`${l10n.t('Old text:')}\n\n${quote(text(mark.oldText)) || none}`);
      if (mark.kind !== 'deletion') lines.push(`${l10n.t('New text:')}\n\n${quote(text(mark.newText)) || none}`);
    }
    return md(lines.join('\n\n'), mark);
  }
  // A provision number (`5.338A`, `CS 168`, `No. 5.422`): the text in force (service/provisions.ts).
  const provision = hoverProvision(state, offset);
  if (provision) return provision;
  const item = itemWithLabelAt(view, offset) ?? itemWithLabelAt(doc.views.old, offset);
  if (item) return md(`**${fullPath(item)}**`, item.paragraph.labelSpan!);
  const fn = footnoteAt(state, offset);
  if (fn) {
    const def = footnoteDef(doc, fn.label);
    // A part holds the definitions of the front (before every other) and of its proposal, not those between.
    if (state.whole && !(def && def.paragraph.source.start < (state.frontLength ?? 0))) return WHOLE;
    return md(def
      ? `**${l10n.t('Footnote {0}', fn.label)}**\n\n${quote(def.paragraph.text.replace(/^\[\^[^\]]+\]:\s*/, ''))}`
      : l10n.t('Footnote {0} has no definition.', fn.label), fn.span);
  }
  return undefined;
}

/** What a proposal's action means, in the user's language. */
function actionMeaning(action: string): string {
  switch (action) {
    case 'MOD': return l10n.t('Modifies the text in force; every change carries a revision mark.');
    case '(MOD)': return l10n.t('Editorial modification only.');
    case 'ADD': return l10n.t('Adds new text.');
    case 'ADD*': return l10n.t('Adds text moved in from elsewhere.');
    case 'SUP': return l10n.t('Suppresses (deletes) the text.');
    case 'SUP*': return l10n.t('Suppresses text moved elsewhere.');
    case 'NOC': return l10n.t('No change: the text stays as it is.');
    default: return '';
  }
}

function quote(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => `> ${l.replace(/([\\`*_[\]<>])/g, '\\$1')}`)
    .join('\n');
}

function footnoteAt(state: DocumentView, offset: number): { label: string; span: Span } | undefined {
  // A reference or definition in deleted text is the old text's (`{--[^2]--}`).
  for (const view of views(state.doc)) {
    const ref = view.footnoteRefs.find((r) => inside(r.source, offset));
    if (ref) return { label: ref.label, span: ref.source };
    const def = view.footnoteDefs.find((d) => inside({ start: d.paragraph.source.start, end: d.labelSource.end + 2 }, offset));
    if (def) return { label: def.label, span: { start: def.paragraph.source.start, end: def.labelSource.end + 2 } };
  }
  return undefined;
}

/** The new text, and the old text where marks make it another (a document without marks has one view). */
function views(doc: DocumentView['doc']): View[] {
  return doc.views.old === doc.views.new ? [doc.views.new] : [doc.views.new, doc.views.old];
}

/** A footnote's definition: the new text's, else the old text's (a note the MOD deletes). */
function footnoteDef(doc: DocumentView['doc'], label: string) {
  for (const view of views(doc)) {
    const def = view.footnoteDefs.find((d) => d.label === label);
    if (def) return def;
  }
  return undefined;
}

export function definition(state: DocumentRecord, position: Position): Location[] {
  const offset = state.offset(position);
  const { doc } = state;
  for (const view of [doc.views.new, doc.views.old]) {
    const ref = referenceAt(view, offset);
    if (ref) {
      const target = resolveWritten(doc, view, ref.ref, ref.written);
      if (target) return [Location.create(state.uri, state.range(target.paragraph.labelSpan ?? target.paragraph.source))];
    }
  }
  const fn = footnoteAt(state, offset);
  if (fn) {
    const def = footnoteDef(doc, fn.label);
    if (def) return [Location.create(state.uri, state.range(def.paragraph.source))];
  }
  return [];
}

/**
 * The references to the footnote or item at a position, in the new text and in the old: a reference in deleted text
 * (`{--as in considering b) above--}`) names the old text's item, and the item a MOD deletes (`{--b)<TAB>…--}`) is
 * referred to by the old text only, the references a delegate must find before deleting it. An item of both texts
 * (the same paragraph, relettered or not) is referred to from either.
 */
export function references(state: DocumentRecord, position: Position, includeDeclaration: boolean): Location[] {
  const offset = state.offset(position);
  const { doc } = state;
  const at = (s: Span) => Location.create(state.uri, state.range(s));
  const fn = footnoteAt(state, offset);
  if (fn) {
    const def = footnoteDef(doc, fn.label);
    const refs = views(doc).flatMap((view) => view.footnoteRefs.filter((r) => r.label === fn.label).map((r) => r.source));
    return [...(includeDeclaration && def ? [def.paragraph.source] : []), ...once(refs)].map(at);
  }
  for (const view of views(doc)) {
    const hit = referenceAt(view, offset);
    const item = hit ? resolveWritten(doc, view, hit.ref, hit.written) : itemWithLabelAt(view, offset);
    if (!item) continue;
    const p = item.paragraph.source;
    const refs: Span[] = [];
    for (const other of views(doc)) {
      for (const ref of other.references) {
        for (const t of ref.targets) {
          const named = resolveWritten(doc, other, ref, t);
          if (named === item || (named && other !== view && named.paragraph.source.start < p.end && p.start < named.paragraph.source.end)) refs.push(t.source);
        }
      }
    }
    return [...(includeDeclaration ? [item.paragraph.labelSpan ?? p] : []), ...once(refs)].map(at);
  }
  return [];
}

/** Spans in the order of the text, one of those that overlap: a reference written across a mark (`{~~c~>b~~})`) is read in both texts. */
function once(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = out[out.length - 1];
    if (!last || last.end <= s.start) out.push(s);
  }
  return out;
}

export { fromSource };
