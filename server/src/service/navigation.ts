// Hover, go to definition and find references: cross-references, footnotes, labels, marks, proposal ids.
import { Hover, Location, MarkupKind, type Position } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import { describeItem, preferredBases, fromSource, outlineRoots, resolveTarget, walk, type CrossReference, type Item, type Span, type View } from '../core';
import type { DocumentRecord } from './record';

const inside = (s: Span, o: number) => s.start <= o && o <= s.end;

function paragraphText(item: Item): string {
  const parts = [item.paragraph, ...item.continuation].map((p) => p.text.trim());
  return parts.join('\n\n');
}

function referenceAt(view: View, offset: number): { ref: CrossReference; label: string; target: Span } | undefined {
  for (const ref of view.references) {
    for (const t of ref.targets) if (inside(t.source, offset)) return { ref, label: t.label, target: t.source };
  }
  return undefined;
}

function itemWithLabelAt(view: View, offset: number): Item | undefined {
  for (const root of outlineRoots(view)) for (const item of walk(root)) if (item.paragraph.labelSpan && inside(item.paragraph.labelSpan, offset)) return item;
  return undefined;
}

function fullPath(item: Item): string {
  const d = describeItem(item);
  let ctx = item.parent;
  while (ctx && !ctx.call && ctx.section === undefined && ctx.annex === undefined && ctx.label) ctx = ctx.parent;
  if (item.label?.kind === 'decimal' && ctx && (ctx.call || ctx.section !== undefined)) return `${describeItem(ctx)} ${d}`;
  return d;
}

export function hover(state: DocumentRecord, position: Position): Hover | undefined {
  const { doc } = state;
  const offset = state.offset(position);
  const view = doc.views.new;
  const md = (value: string, span: Span): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: state.range(span) });

  const p = doc.proposals.find((x) => inside(x.id.span, offset) || inside(x.actionSpan, offset));
  if (p) {
    const pv = view.proposals[p.index];
    const amends = pv?.resolutions.map((r) => r.numberLine.text.trim()).join(', ');
    const lines = [`**${p.action}** \`${p.id.text}\``, ACTION_MEANING[p.action] ?? ''];
    if (amends) lines.push(`Amends: ${amends}`);
    if (p.action === 'MOD' || p.action === '(MOD)') {
      for (const r of doc.views.old.proposals[p.index]?.resolutions ?? []) {
        const base = state.bases?.lookup(r.numberLine.text, preferredBases(doc));
        lines.push(base ? `Base text: ${base.numberLine} in \`${Utils.basename(URI.parse(base.location))}\`` : `No base text for ${r.numberLine.text.trim()} in the workspace`);
      }
    }
    return md(lines.filter(Boolean).join('\n\n'), { start: p.actionSpan.start, end: p.id.span.end });
  }
  const ref = referenceAt(view, offset) ?? referenceAt(doc.views.old, offset);
  if (ref) {
    const target = resolveTarget(view, ref.ref, ref.label) ?? resolveTarget(doc.views.old, ref.ref, ref.label);
    const value = target ? `**${fullPath(target)}**\n\n${quote(paragraphText(target))}` : `No item ${ref.label} in this Resolution.`;
    return md(value, ref.target);
  }
  const mark = doc.marks.find((m) => inside(m, offset));
  if (mark) {
    const text = (s?: Span) => (s ? doc.text.slice(s.start, s.end) : '');
    const lines: string[] = [];
    if (mark.kind === 'comment') lines.push(`**Comment**\n\n${quote(text(mark.commentText))}`);
    else {
      lines.push(`**${mark.kind[0].toUpperCase()}${mark.kind.slice(1)}**${mark.author ? ` by ${mark.author}` : ''}`);
      if (mark.kind !== 'insertion') lines.push(`Old text:\n\n${quote(text(mark.oldText)) || '_(none)_'}`);
      if (mark.kind !== 'deletion') lines.push(`New text:\n\n${quote(text(mark.newText)) || '_(none)_'}`);
    }
    return md(lines.join('\n\n'), mark);
  }
  const item = itemWithLabelAt(view, offset) ?? itemWithLabelAt(doc.views.old, offset);
  if (item) return md(`**${fullPath(item)}**`, item.paragraph.labelSpan!);
  const fn = footnoteAt(state, offset);
  if (fn) {
    const def = view.footnoteDefs.find((d) => d.label === fn.label);
    return md(def ? `**Footnote ${fn.label}**\n\n${quote(def.paragraph.text.replace(/^\[\^[^\]]+\]:\s*/, ''))}` : `Footnote ${fn.label} has no definition.`, fn.span);
  }
  return undefined;
}

const ACTION_MEANING: Record<string, string> = {
  MOD: 'Modifies the text in force; every change carries a revision mark.',
  '(MOD)': 'Editorial modification only.',
  ADD: 'Adds new text.',
  'ADD*': 'Adds text moved in from elsewhere.',
  SUP: 'Suppresses (deletes) the text.',
  'SUP*': 'Suppresses text moved elsewhere.',
  NOC: 'No change: the text stays as it is.',
};

function quote(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => `> ${l.replace(/([\\`*_[\]<>])/g, '\\$1')}`)
    .join('\n');
}

function footnoteAt(state: DocumentRecord, offset: number): { label: string; span: Span } | undefined {
  const view = state.doc.views.new;
  const ref = view.footnoteRefs.find((r) => inside(r.source, offset));
  if (ref) return { label: ref.label, span: ref.source };
  const def = view.footnoteDefs.find((d) => inside({ start: d.paragraph.source.start, end: d.labelSource.end + 2 }, offset));
  if (def) return { label: def.label, span: { start: def.paragraph.source.start, end: def.labelSource.end + 2 } };
  return undefined;
}

export function definition(state: DocumentRecord, position: Position): Location[] {
  const offset = state.offset(position);
  const { doc } = state;
  for (const view of [doc.views.new, doc.views.old]) {
    const ref = referenceAt(view, offset);
    if (ref) {
      const target = resolveTarget(view, ref.ref, ref.label);
      if (target) return [Location.create(state.uri, state.range(target.paragraph.labelSpan ?? target.paragraph.source))];
    }
  }
  const fn = footnoteAt(state, offset);
  if (fn) {
    const def = doc.views.new.footnoteDefs.find((d) => d.label === fn.label);
    if (def) return [Location.create(state.uri, state.range(def.paragraph.source))];
  }
  return [];
}

export function references(state: DocumentRecord, position: Position, includeDeclaration: boolean): Location[] {
  const offset = state.offset(position);
  const { doc } = state;
  const view = doc.views.new;
  const fn = footnoteAt(state, offset);
  if (fn) {
    const out = view.footnoteRefs.filter((r) => r.label === fn.label).map((r) => Location.create(state.uri, state.range(r.source)));
    const def = view.footnoteDefs.find((d) => d.label === fn.label);
    if (includeDeclaration && def) out.unshift(Location.create(state.uri, state.range(def.paragraph.source)));
    return out;
  }
  const hit = referenceAt(view, offset);
  const item = hit ? resolveTarget(view, hit.ref, hit.label) : itemWithLabelAt(view, offset);
  if (!item) return [];
  const out: Location[] = [];
  if (includeDeclaration) out.push(Location.create(state.uri, state.range(item.paragraph.labelSpan ?? item.paragraph.source)));
  for (const ref of view.references) {
    for (const t of ref.targets) {
      if (resolveTarget(view, ref, t.label) === item) out.push(Location.create(state.uri, state.range(t.source)));
    }
  }
  return out;
}

export { fromSource };
