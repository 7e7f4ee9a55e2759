// Quick fixes from the fixes the checks computed, "fix all of this kind", and source.fixAll.itu.
import { CodeAction, CodeActionKind, TextDocumentEdit, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import { isAlternatives, marksIn, reviewEdits } from '../core/review';
import { applyEdits, composeEdits, isRevision, lowerBound, type Finding, type Fix, type TextEdit } from '../core';
import { lineStartAt } from '../core/text';
import { findingsFor, severityFor } from './diagnostics';
import { DocumentRecord } from './record';
import type { Settings } from '../protocol';
import { l10n } from '../core/l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.itu`;

function lspEdits(state: DocumentRecord, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: state.range(e), newText: e.newText }));
}

export interface CodeActionOptions {
  /**
   * Edits name the version they were computed for (`documentChanges`, for clients that take them):
   * the editor refuses to apply them to another version.
   */
  versioned?: boolean;
}

function workspaceEdit(state: DocumentRecord, edits: TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  const lsp = lspEdits(state, edits);
  if (options.versioned) return { documentChanges: [TextDocumentEdit.create({ uri: state.uri, version: state.version }, lsp)] };
  return { changes: { [state.uri]: lsp } };
}

function action(state: DocumentRecord, options: CodeActionOptions, title: string, edits: TextEdit[], kind: string, diagnostics?: Diagnostic[], preferred?: boolean): CodeAction {
  const a = CodeAction.create(title, workspaceEdit(state, edits, options), kind);
  if (diagnostics) a.diagnostics = diagnostics;
  if (preferred) a.isPreferred = true;
  return a;
}

/** Edits of several fixes at once, skipping any fix that would overlap an edit already taken. */
export function combine(findings: Finding[], accept: (f: Finding) => boolean, took?: Finding[], clashed?: Finding[]): TextEdit[] {
  // `taken` stays sorted by start: each fix's edits are checked against their neighbours only.
  const taken: TextEdit[] = [];
  const fixes = new Set<object>();
  const indexOf = (start: number) => lowerBound(taken, (t) => t.start < start);
  const clashes = (e: TextEdit) => {
    const i = indexOf(e.start);
    const before = taken[i - 1];
    if (before && before.end > e.start) return true;
    for (let j = i; j < taken.length && taken[j].start <= e.end; j++) {
      const t = taken[j];
      if (t.start < e.end || t.start === e.start) return true;
      if (e.start === e.end && t.start === e.start) return true;
    }
    return false;
  };
  for (const f of findings) {
    if (!f.fix || !accept(f) || fixes.has(f.fix)) continue;
    fixes.add(f.fix);
    if (f.fix.edits.some(clashes)) {
      clashed?.push(f);
      continue;
    }
    for (const e of f.fix.edits) taken.splice(indexOf(e.start), 0, e);
    took?.push(f);
  }
  return taken;
}

/**
 * The fixes Fix all (and fix on save) takes: safe ones of the findings shown. A finding the settings switch off
 * (`itu.diagnostics.severity`: "off") is neither reported nor acted on (review 8, I4): its fix would change the
 * text with no diagnostic anywhere to say why.
 */
export function fixAllEdits(state: DocumentRecord, settings: Settings): TextEdit[] {
  const took: Finding[] = [];
  const clashed: Finding[] = [];
  let edits = fixAllRound(state, settings, took, clashed);
  // One Fix all reaches a fixed point (docs/format-decisions.md). Each fix reads the text as it stands, and two of one
  // round may read one list two ways (`a)`, `1`, `1`, `b)`: one finds the 1s among letters, the other b) under a 1;
  // together their fixes made a) b) c) a)), or a label's fix meet a mark's (`{~~a~>b~~})` in an ADD became `{~~a~>a~~})`):
  // the next round, on the text the last one made, mends what it left (the twenty-fifth session's review). Only after
  // fixes of lists or marks, taken or left out for overlapping another (those of ids, Reasons and the like read nothing
  // another fix writes), and on a text of at most MAX_ROUNDS_TEXT; at most three rounds.
  let record = state;
  let last = edits;
  for (let round = 1; round < 3 && last.length > 0 && record.text.length <= MAX_ROUNDS_TEXT && (took.some(readsLists) || clashed.some(readsLists)); round++) {
    record = afterEdits(record, last);
    took.length = 0;
    clashed.length = 0;
    last = fixAllRound(record, settings, took, clashed);
    if (last.length === 0) break;
    const after = applyEdits(record.text, last);
    if (after === record.text) break;
    edits = composeEdits(edits, last, after);
  }
  return edits;
}

/**
 * The version a set of edits makes: checked from `record` as a version typed after it is (the edits as changes, last
 * first) when they all fall in one proposal, which that check re-reads alone; else checked whole (a change at a time,
 * edits all over the text cost more than the check: 0.3 s for 1,200 of them in 300 proposals).
 */
function afterEdits(record: DocumentRecord, edits: readonly TextEdit[]): DocumentRecord {
  const proposals = record.doc.proposals;
  const partOf = (at: number) => lowerBound(proposals, (p) => p.span.start <= at) - 1;
  const part = partOf(edits[0].start);
  if (part < 0 || edits.some((e) => partOf(e.start) !== part || partOf(e.end) !== part)) return new DocumentRecord(record.uri, record.version, applyEdits(record.text, edits), record.bases);
  // Applied one after the other from the end, each change's range holds in the text before all of them; two insertions
  // at one place go in the order applyEdits gives them (the later first, so that the earlier ends up before it).
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  return record.next(record.version, order.map(({ e }) => ({ range: record.range(e), text: e.newText })));
}

/** A fix whose edits another fix of the same round may read otherwise: of a list's labels, of marks. */
const readsLists = (f: Finding) => f.code.startsWith('numbering.') || f.code.startsWith('marks.') || f.code === 'proposal.marks-outside-mod';

/**
 * The longest text Fix all takes further rounds on: each is a check of the whole text (0.17 s for 300 ADDs of 85 KB, each
 * with a list to reletter, where one round took 5 ms), and the faults that need one are a contribution's, not those of
 * the megabytes of a generated file (the stress suite's 50,000 relettered items went over twice its first check).
 */
const MAX_ROUNDS_TEXT = 128 * 1024;

/** One round of Fix all: the fixes of the findings of the text as it stands that do not overlap (combine); `took`: their findings, `clashed`: those left out for overlapping. */
function fixAllRound(state: DocumentRecord, settings: Settings, took: Finding[], clashed: Finding[]): TextEdit[] {
  const findings = state.findings(settings.numberingPolicy);
  const shown = (f: Finding) => severityFor(f, settings) !== undefined;
  // Only fixes of lists and marks read the marks so; a renumbering of footnotes or of ids that passes through such text
  // is taken whole.
  const readsUntracked = untrackedReader(findings, shown, () => state.text);
  return combine(findings, (f) => f.fix?.safeForFixAll === true && shown(f) && !readsUntracked(f), took, clashed);
}

/**
 * Whether a finding's fix reads marks where a MOD differs from the text in force without them (base.untracked-change):
 * a fix of a list or of marks with an edit in such a change. Those marks do not say what the text in force holds there,
 * and a fix reading them as if they did wrote made-up marks (an item typed without marks was relettered through
 * `{~~c~>b~~})`, for a `c)` no text in force has) and left the change with no fix (the twenty-fifth session's review).
 * Neither Fix all nor the quick fix offers such a fix: the delegate marks the change first ("Wrap this change in
 * revision marks"), and the list's fix then reads the marks right (the twenty-sixth session's review: the quick fix,
 * the editor's preferred one, still wrote them). `textOf`: read only where a change without marks is shown (the lightbulb
 * asks at every pause in typing, and a version typed after another holds its text in pieces until one is read).
 */
function untrackedReader(findings: readonly Finding[], shown: (f: Finding) => boolean, textOf: () => string): (f: Finding) => boolean {
  const untracked = findings.filter((f) => f.code === 'base.untracked-change' && shown(f)).sort((a, b) => a.start - b.start);
  if (untracked.length === 0) return () => false;
  const inUntracked = (e: TextEdit) => {
    // Sorted by start and apart: the last one starting at or before the edit's end meets it if any does (and the one
    // before it, for a change of no width at the same place).
    const i = lowerBound(untracked, (f) => f.start <= e.end) - 1;
    for (let j = i; j >= 0 && j >= i - 1; j--) {
      const f = untracked[j];
      if (f.start === f.end || e.start === e.end ? f.start <= e.end && e.start <= f.end : f.start < e.end && e.start < f.end) return true;
    }
    return false;
  };
  // The line before a list fix's first edit too: an item typed there without marks (`b)` inserted before the `b)` in
  // force) is what the fix reletters the list after, and its references stayed as they were (the twenty-sixth session's
  // review: `{~~b~>c~~})`, `{~~c~>d~~})` written, `recognizing a) and b) above` left naming the typed item).
  const before = (edits: readonly TextEdit[]): TextEdit | undefined => {
    if (edits.length === 0) return undefined;
    const first = edits.reduce((a, e) => (e.start < a ? e.start : a), edits[0].start);
    const text = textOf();
    const lineStart = lineStartAt(text, first);
    return lineStart > 0 ? { start: lineStartAt(text, lineStart - 1), end: lineStart - 1, newText: '' } : undefined;
  };
  const reads = (edits: readonly TextEdit[]) => {
    const line = before(edits);
    return edits.some(inUntracked) || (line !== undefined && inUntracked(line));
  };
  return (f) => f.fix !== undefined && readsLists(f) && (reads(f.fix.edits) || (f.fix.alternatives ?? []).some((a) => reads(a.edits)));
}

export function codeActions(
  state: DocumentRecord,
  settings: Settings,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  range?: Range,
  options: CodeActionOptions = {},
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const kinds = new Set<string>();
    // One action per fix, with every diagnostic it fixes: findings share a fix (a list's renumbering, the proposal
    // ids' renumbering), and one action per diagnostic wrote its edits out once each, the square of the list for
    // a selection of the whole text (thirteenth session).
    const byFix = new Map<Fix, Diagnostic[]>();
    const found = findingsFor(state, settings, diagnostics);
    const shown = (f: Finding) => severityFor(f, settings) !== undefined;
    const readsUntracked = untrackedReader(state.findings(settings.numberingPolicy), shown, () => state.text);
    diagnostics.forEach((d, i) => {
      const f = found[i];
      if (!f?.fix || readsUntracked(f)) return;
      const mine = byFix.get(f.fix);
      if (mine) mine.push(d);
      else byFix.set(f.fix, [d]);
      if (!f.fix.choice) kinds.add(f.code);
    });
    for (const [fix, fixed] of byFix) {
      // A choice between parties' texts has no preferred side, and is never made in bulk.
      out.push(action(state, options, fix.title, fix.edits, CodeActionKind.QuickFix, fixed, !fix.choice));
      for (const alt of fix.alternatives ?? []) out.push(action(state, options, alt.title, alt.edits, CodeActionKind.QuickFix, fixed));
    }
    for (const code of kinds) {
      const same = state.findings(settings.numberingPolicy).filter((f) => f.code === code && f.fix && !f.fix.choice && !readsUntracked(f));
      if (new Set(same.map((f) => f.fix)).size < 2) continue;
      out.push(action(state, options, l10n.t('Fix all {0} problems in this file', code), combine(same, () => true), CodeActionKind.QuickFix));
    }
  }
  // Accept / reject the revision marks at the cursor or in the selection (the lightbulb's "refactor" entries).
  if (range && wants(CodeActionKind.RefactorRewrite)) {
    const span = { start: state.offset(range.start), end: state.offset(range.end) };
    // The version's marks as the preview reads them: the analysis's cut, not a parse of the whole text (the lightbulb
    // asks at every pause in typing; DocumentRecord.marked).
    const doc = state.markedNear(span);
    const marks = marksIn(doc, span).filter(isRevision);
    if (marks.length) {
      const one = marks.length === 1;
      const kinds = marks.map((m) => m.kind);
      // A conflict of a merged draft is resolved by taking an alternative, never accepted (core/review.ts).
      const acceptable = marks.filter((m) => !isAlternatives(doc, m)).length;
      const accept = acceptable === 1 ? l10n.t('Accept this change') : l10n.t('Accept these {0} changes', acceptable);
      const reject = one ? l10n.t('Reject this change') : l10n.t('Reject these {0} changes', marks.length);
      if (acceptable) out.push(action(state, options, accept, reviewEdits(doc, 'accept', span, kinds), CodeActionKind.RefactorRewrite));
      out.push(action(state, options, reject, reviewEdits(doc, 'reject', span, kinds), CodeActionKind.RefactorRewrite));
    }
  }
  if (only && wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(state, settings);
    if (edits.length) out.push(action(state, options, l10n.t('Fix all auto-fixable ITU problems'), edits, FIX_ALL_KIND));
  }
  return out;
}
