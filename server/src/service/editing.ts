// Completion and formatting.
import { CompletionItem, CompletionItemKind, InsertTextFormat, TextEdit, type Position } from 'vscode-languageserver-types';
import {
  ACTIONS,
  allResolutions,
  outlineRoots,
  expectedPrefix,
  formatLabel,
  matchLabel,
  OPERATIVE_PHRASES,
  PREAMBLE_PHRASES,
  walk,
  type Item,
  type Paragraph,
} from '../core';
import type { DocumentState } from './state';

function lineBefore(state: DocumentState, position: Position): string {
  const start = state.lines.lineStart(position.line);
  return state.text.slice(start, state.offset(position));
}

export function completion(state: DocumentState, position: Position): CompletionItem[] {
  const before = lineBefore(state, position);
  const offset = state.offset(position);
  const { doc } = state;

  // After an action and its TAB: the next proposal id.
  const action = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t(\S*)$/.exec(before);
  if (action) {
    const id = nextProposalId(state, offset);
    return id ? [{ label: id, kind: CompletionItemKind.Value, detail: 'next proposal id', preselect: true }] : [];
  }
  // Footnote labels inside `[^`.
  const fn = /\[\^([^\]\s]*)$/.exec(before);
  if (fn) {
    const labels = new Set(doc.views.new.footnoteRefs.map((r) => r.label).concat(doc.views.new.footnoteDefs.map((d) => d.label)));
    const next = String(highest([...labels].filter((l) => /^\d+$/.test(l)).map(Number)) + 1);
    const items = [...labels].map((l) => ({ label: l, kind: CompletionItemKind.Reference, detail: 'footnote', insertText: `${l}]` }));
    if (!labels.has(next)) items.push({ label: next, kind: CompletionItemKind.Reference, detail: 'new footnote', insertText: `${next}]` });
    return items;
  }
  if (!/^\S*$/.test(before)) return [];
  const items: CompletionItem[] = [];
  // At the start of a line: actions, call phrases, the next label.
  for (const a of ACTIONS) {
    items.push({
      label: a,
      kind: CompletionItemKind.Keyword,
      detail: 'proposal header',
      insertText: `${a}\t${nextProposalId(state, offset) ?? ''}`,
      sortText: `3${a}`,
    });
  }
  if (insideResolution(state, offset)) {
    for (const phrase of [...PREAMBLE_PHRASES, ...OPERATIVE_PHRASES]) {
      items.push({ label: phrase, kind: CompletionItemKind.Keyword, detail: 'call', sortText: `2${phrase}` });
    }
  }
  for (const label of nextLabels(state, offset)) {
    items.push({
      label,
      kind: CompletionItemKind.EnumMember,
      detail: 'next label',
      insertText: `${label}\t`,
      insertTextFormat: InsertTextFormat.PlainText,
      sortText: `1${label}`,
      preselect: true,
    });
  }
  items.push({ label: 'Reasons:', kind: CompletionItemKind.Keyword, insertText: 'Reasons:\t', sortText: '4' });
  return items;
}

export function nextProposalId(state: DocumentState, offset: number): string | undefined {
  const { doc } = state;
  const before = doc.proposals.filter((p) => p.header.end <= offset && p.id.seq !== undefined);
  const last = before[before.length - 1] ?? doc.proposals.find((p) => p.id.seq !== undefined);
  const prefix = expectedPrefix(doc) ?? (last ? `${last.id.source}/${last.id.doc}/` : undefined);
  if (!prefix) return undefined;
  const seqs = before.filter((p) => p.id.text.startsWith(prefix)).map((p) => p.id.seq!);
  return `${prefix}${highest(seqs) + 1}`;
}

/** The largest of the numbers, 0 for none (a loop: spreading an unbounded list into Math.max overflows the stack). */
function highest(numbers: readonly number[]): number {
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

function insideResolution(state: DocumentState, offset: number): boolean {
  const view = state.doc.views.new;
  return allResolutions(view).some(
    (r) => r.numberLine.source.start < offset && offset <= (r.paragraphs[r.paragraphs.length - 1].source.end + 1),
  );
}

function lastItemBefore(state: DocumentState, offset: number): Item | undefined {
  const view = state.doc.views.new;
  let best: Item | undefined;
  for (const root of outlineRoots(view)) {
    for (const item of walk(root)) {
      if (item.label && item.paragraph.source.end < offset && (!best || item.paragraph.source.start > best.paragraph.source.start)) best = item;
    }
  }
  return best;
}

function nextLabels(state: DocumentState, offset: number): string[] {
  const item = lastItemBefore(state, offset);
  if (!item?.label) return [];
  const l = item.label;
  const out = [formatLabel(l, l.ordinal + 1, 0)];
  if (l.kind === 'letter') out.push('i)');
  if (l.kind === 'decimal') out.push(`${l.text}.1`);
  // The next label of the enclosing list, when the item ends a sub-list.
  const parent = item.parent?.label;
  if (parent) out.push(formatLabel(parent, parent.ordinal + 1, 0));
  return [...new Set(out)];
}

/** Label separators become one TAB, runs of spaces fold to one, trailing spaces go. Words never change. */
export function format(state: DocumentState): TextEdit[] {
  const edits: TextEdit[] = [];
  const { text } = state;
  const markLines = new Set<number>();
  // Lines that start inside a multi-line mark are left alone: their spacing is part of the mark.
  for (const m of state.doc.marks) {
    const a = state.position(m.start).line;
    const b = state.position(m.end).line;
    for (let l = a + 1; l <= b; l++) markLines.add(l);
  }
  for (let line = 0; line < state.lines.lineCount; line++) {
    if (markLines.has(line)) continue;
    const start = state.lines.lineStart(line);
    const raw = text.slice(start, state.lines.lineEnd(line));
    const formatted = formatLine(raw);
    if (formatted !== raw) edits.push({ range: state.range({ start, end: start + raw.length }), newText: formatted });
  }
  return edits;
}

export function formatLine(raw: string): string {
  let out = raw.replace(/[ \t]+$/, '');
  const label = matchLabel(out);
  if (label && label.looseSeparator) out = out.slice(0, label.length) + '\t' + out.slice(label.bodyOffset);
  // Fold runs of ordinary spaces (not TABs, not NBSP) after the label.
  const bodyStart = label ? label.length + 1 : 0;
  const lead = /^\t*/.exec(out.slice(bodyStart))![0].length;
  const head = out.slice(0, bodyStart + lead);
  const body = out.slice(bodyStart + lead).replace(/ {2,}/g, ' ');
  return head + body;
}

export type { Paragraph };
