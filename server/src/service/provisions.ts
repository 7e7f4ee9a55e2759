// Provisions in the editor (issue 10): hover on a provision number shows the text in force; completion
// offers the next free WRC placeholder (`5.A12` after `5.A11`) at the start of a line of an ADD.
import { CompletionItemKind, Hover, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import {
  ARTICLE_HEADING,
  documentLanguage,
  formatRef,
  instrumentBefore,
  instrumentHeading,
  instrumentOfTarget,
  mentionsIn,
  nextPlaceholders,
  PLACEHOLDER,
  placeholdersOf,
  preferredBases,
  proposalAt,
  proposalLanguage,
  proposalTargets,
  regionLanguage,
  type Instrument,
  type InstrumentText,
  type ItuDocument,
  type Lang,
  type Proposal,
  type ProposalTarget,
  type ProvisionSource,
  type Span,
} from '../core';
import { WHOLE, type DocumentView } from './record';
import { nextInserted } from '../core/base';
import { numberedProvisions } from '../core/provisions';

function source(state: DocumentView): ProvisionSource | undefined {
  return state.bases?.lookup.provisions;
}

const inside = (s: Span, o: number) => s.start <= o && o <= s.end;

/**
 * What each proposal of a parse restates (core proposalTargets), worked out once per parse: it reads every proposal
 * of the document, and each hover on a number of a 1 MB contribution asked it anew (some 20 ms a hover). The
 * features only read it.
 */
const TARGETS = new WeakMap<ItuDocument, readonly ProposalTarget[]>();
export function targetsOf(doc: ItuDocument): readonly ProposalTarget[] {
  let targets = TARGETS.get(doc);
  if (!targets) TARGETS.set(doc, (targets = proposalTargets(doc)));
  return targets;
}

function targetAt(state: DocumentView, offset: number): ProposalTarget | undefined {
  const p = proposalAt(state.doc, offset);
  return p ? targetsOf(state.doc).find((t) => t.proposalIndex === p.index) : undefined;
}

/**
 * The hover of a provision: its number and the text in force, quoted. `language`: the proposal's or the
 * document's, when the text is in another (the checks compare a proposal only with a text in its language).
 */
function provisionHover(text: InstrumentText, number: string, span: Span, state: DocumentView, language?: Lang): Hover {
  const inForce = text.provisions.get(number);
  const name = formatRef({ instrument: text.instrument, provision: number });
  const file = text.location.slice(text.location.lastIndexOf('/') + 1);
  const value = language && text.language && text.language !== language
    ? `**${name}**: the workspace holds this text in force in \`${text.language}\` only (\`${decode(file)}\`); text in \`${language}\` is compared only with a text in force in \`${language}\`.`
    : inForce
    ? `**${name}**, text in force (\`${decode(file)}\`):\n\n${quote(inForce.paragraphs.join('\n'))}`
    : PLACEHOLDER.test(number)
      ? `**${name}**: a WRC placeholder for a new provision (the conference numbers it).`
      : `**${name}**: no such provision in the text in force (\`${decode(file)}\`).`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: state.range(span) };
}

/**
 * On a provision number that opens a restated provision (`5.338A<TAB>…` in a MOD), or on a mention in
 * running text (`No. 5.422`, `CS 168`, `No. 168 of the Constitution`): the provision in force.
 */
export function hoverProvision(state: DocumentView, offset: number): Hover | undefined | typeof WHOLE {
  const provisions = source(state);
  if (!provisions) return undefined;
  // A part (DocumentRecord.regionAt) lacks what the proposals before it set: the instrument and article
  // their headings name (proposalTargets, instrumentBefore), the document's language. Where a provision
  // may be named, the whole answers.
  if (state.whole && mayNameProvision(state, offset)) return WHOLE;
  const { doc } = state;
  const prefer = preferredBases(doc);
  const target = targetAt(state, offset);
  // The text in force in the language of the proposal (else of the document), as the checks choose it;
  // held in another language only, the hover says so rather than quote it.
  const p = proposalAt(doc, offset);
  const language = p ? proposalLanguage(doc, p.index) : documentLanguage(doc);
  if (target) {
    const text = instrumentOfTarget(target, provisions, prefer, language) ?? instrumentOfTarget(target, provisions, prefer);
    for (const r of target.provisions) {
      const first = r.paragraphs[0];
      const span = { start: first.source.start, end: first.source.start + r.numbers.join(' ').length };
      if (text && inside(span, offset) && doc.text.startsWith(r.number, span.start)) return provisionHover(text, r.number, { start: span.start, end: span.start + r.number.length }, state, language);
    }
  }
  const line = state.lines.position(offset).line;
  const lineStart = state.lines.lineStart(line);
  const lineText = state.text.slice(lineStart, state.lines.lineEnd(line));
  for (const m of mentionsIn(lineText)) {
    const span = { start: lineStart + m.start, end: lineStart + m.end };
    if (!inside(span, offset)) continue;
    const instrument: Instrument | undefined = m.instrument ?? target?.instrument ?? instrumentBefore(doc, offset);
    const n = [m.provision.toUpperCase()];
    const text = instrument ? provisions.instrument(instrument.key, prefer, language, n) ?? provisions.instrument(instrument.key, prefer, undefined, n) : undefined;
    if (text) return provisionHover(text, m.provision.toUpperCase(), span, state, language);
  }
  return undefined;
}

/**
 * The offset may be on a provision number: on a mention in running text (`No. 5.422`, `CS 168`), or
 * before the TAB of a line that starts with a digit (where a restated provision's numbers stand: not an
 * item's `a)` nor a cover field), or anywhere on a line without a TAB that starts with a digit (a number
 * alone on its line, or followed by spaces).
 */
function mayNameProvision(state: DocumentView, offset: number): boolean {
  const line = state.lines.position(offset).line;
  const lineStart = state.lines.lineStart(line);
  const lineText = state.text.slice(lineStart, state.lines.lineEnd(line));
  const at = offset - lineStart;
  const tab = lineText.indexOf('\t');
  if (/^\d/.test(lineText) && (tab < 0 || at <= tab)) return true;
  return mentionsIn(lineText).some((m) => m.start <= at && at <= m.end);
}

/**
 * At the start of a line of an ADD on the Radio Regulations: the next free placeholders for a new
 * provision, after every placeholder the workspace's ADD proposals and this file use.
 */
export function placeholderCompletion(state: DocumentView, offset: number, whole?: { after: boolean; placeholders: () => readonly string[]; before?: () => readonly PartContext[] | undefined }): CompletionItem[] | typeof WHOLE {
  const { doc } = state;
  const p = proposalAt(doc, offset);
  if (!p || !p.action.startsWith('ADD')) return [];
  // A part (DocumentRecord.analysedRegionAt) reads the ADD's target as the whole does; the headings and placeholders
  // of the proposals before it, which place an ADD on the RR or not and give its article, only the whole reads (a part
  // of the first proposal holds all that stands before it). The placeholders of every ADD are the analysis's.
  const kind = targetsOf(doc).find((t) => t.proposalIndex === p.index)?.instrument?.kind;
  if (kind !== undefined && kind !== 'RR') return [];
  // After other proposals: what theirs place before it (PartContext), else the whole answers.
  const before = state.whole && whole?.after ? whole.before?.() : undefined;
  if (state.whole && (!whole || (whole.after && !before))) return WHOLE;
  const used = (state.whole ? [...whole!.placeholders()] : placeholdersOf(doc)).concat(source(state)?.placeholders() ?? []);
  const article = articleAt(state, offset, used, p.index, before);
  if (article === undefined) return [];
  return nextPlaceholders(used, article).map((label, i) => ({
    label,
    kind: CompletionItemKind.Value,
    detail: i === 0 ? 'next free WRC placeholder' : 'WRC placeholder (next letter)',
    insertText: `${label}\t`,
    sortText: `0${i}`,
    preselect: i === 0,
  }));
}

/**
 * On a line of an ADD of numbered provisions (`58B<TAB>…` restated before the cursor): the next inserted
 * number (`58C`), free in the text in force and in the file (review 9, J18). A WRC placeholder (`5.A117`) is
 * placeholderCompletion's.
 */
export function nextProvisionCompletion(state: DocumentView, offset: number): CompletionItem[] | typeof WHOLE {
  const t = targetAt(state, offset);
  if (!t || !t.action.startsWith('ADD') || !t.instrument || !numberedProvisions(t.instrument.kind)) return [];
  let last: string | undefined;
  for (const r of t.provisions) if (r.paragraphs.length && r.paragraphs[0].source.start < offset) last = r.numbers[r.numbers.length - 1];
  if (!last || PLACEHOLDER.test(last)) return [];
  // The numbers every proposal restates: the whole document's.
  if (state.whole) return WHOLE;
  const inForce = source(state)?.instrument(t.instrument.key, preferredBases(state.doc));
  const used = new Set<string>();
  for (const x of targetsOf(state.doc)) for (const r of x.provisions) for (const n of r.numbers) used.add(n);
  const next = nextInserted(last, (n) => used.has(n) || inForce?.provisions.has(n) === true);
  return next ? [{ label: next, kind: CompletionItemKind.Value, detail: 'next provision number', insertText: `${next}\t`, sortText: '00', preselect: true }] : [];
}

/**
 * At the start of a line of a MOD, SUP or NOC on a known instrument: its provisions in force whose
 * numbers start with what is typed (`5.33` → 5.337 … 5.339A), each inserting the text in force, the
 * starting point of a MOD (marks then show what changes) and the whole of a NOC.
 */
export function provisionCompletion(state: DocumentView, offset: number, typed: string): CompletionItem[] {
  const provisions = source(state);
  const p = proposalAt(state.doc, offset);
  if (!provisions || !p || p.action.startsWith('ADD') || offset <= p.header.end) return [];
  const target = targetsOf(state.doc).find((t) => t.proposalIndex === p.index);
  // The text in force in the proposal's language only: a French MOD starts from the French text.
  const text = target?.instrument ? provisions.instrument(target.instrument.key, preferredBases(state.doc), languageOf(state, p)) : undefined;
  if (!text || text.instrument.kind === 'Resolution') return [];
  const out: CompletionItem[] = [];
  for (const [number, inForce] of text.provisions) {
    if (!number.startsWith(typed) || number !== inForce.number) continue;
    const name = formatRef({ instrument: text.instrument, provision: number });
    out.push({
      label: number,
      kind: CompletionItemKind.Reference,
      detail: `${name}, text in force`,
      documentation: { kind: MarkupKind.Markdown, value: quote(inForce.paragraphs.join('\n')) },
      // The typed start of the number is replaced too (a word boundary at its dot would leave it).
      textEdit: { range: state.range({ start: offset - typed.length, end: offset }), newText: inForce.paragraphs.join('\n') },
      sortText: `0${String(out.length).padStart(5, '0')}`,
    });
    if (out.length >= 200) break;
  }
  return out;
}

/**
 * The language of a proposal (core proposalLanguage): its own words, else the document's. A part's document is the
 * front and this proposal, whose words are not the whole text's: its language is the whole's (DocumentRecord.language).
 */
function languageOf(state: DocumentView, p: Proposal): Lang {
  if (!state.whole) return proposalLanguage(state.doc, p.index);
  return regionLanguage(state.doc.text, p.span.start, p.span.end) ?? state.whole.language;
}

/** What a paragraph does to the RR article the paragraphs after it are under (articleAt), where it does anything. */
interface PlaceEvent {
  heading?: Instrument;
  article?: string;
  placeholder: boolean;
}

function placeEvent(text: string): PlaceEvent | undefined {
  const heading = instrumentHeading(text);
  const article = ARTICLE_HEADING.exec(text.trim())?.[1];
  const placeholder = PLACEHOLDER.test(text.split('\t')[0]);
  return heading || article !== undefined || placeholder ? { heading, article, placeholder } : undefined;
}

/**
 * What a proposal (one part of a version analysed proposal by proposal: the front and it, parsed alone) places before
 * the proposals after it, for completion in an ADD after it (placeholderCompletion, and the snippets' amendedKind in editing.ts):
 * its headings, ARTICLE headings and placeholder lines in order, and the kind of its last target on a named
 * instrument. Read from the part's own paragraphs (not the front's), as the whole parse reads them there: the analysis
 * cut the version so that each proposal, read alone with the front, is under the instrument the whole puts it under
 * (core underFrontInstrument). Kept by the part's text from one version to the next (DocumentRecord.partContextsBefore).
 */
export interface PartContext {
  events: PlaceEvent[];
  targetKind?: Instrument['kind'];
}

export function partContext(part: DocumentView): PartContext {
  const from = part.frontLength ?? 0;
  const events: PlaceEvent[] = [];
  for (const p of part.doc.views.new.paragraphs) {
    if (p.source.start < from) continue;
    const e = placeEvent(p.text);
    if (e) events.push(e);
  }
  let targetKind: Instrument['kind'] | undefined;
  for (const t of targetsOf(part.doc)) if (t.instrument) targetKind = t.instrument.kind;
  return { events, targetKind };
}

/**
 * The RR article a new provision goes in: the last `ARTICLE n` heading before it, else the article of the
 * last placeholder used. Only in an ADD the file places on the Radio Regulations: its target is the RR, or
 * an RR heading, an `ARTICLE` heading or a placeholder of its own stands before it. The workspace's
 * placeholders alone do not make an ADD one on the RR (a draft new Resolution in a WRC delegation's folder).
 */
function articleAt(state: DocumentView, offset: number, used: readonly string[], proposalIndex: number, before?: readonly PartContext[]): string | undefined {
  const kind = targetsOf(state.doc).find((t) => t.proposalIndex === proposalIndex)?.instrument?.kind;
  if (kind !== undefined && kind !== 'RR') return undefined;
  let article: string | undefined;
  let rr = kind === 'RR';
  let other = false; // under the heading of another instrument (its ARTICLEs are not the RR's)
  const read = (e: PlaceEvent) => {
    if (e.heading) {
      rr = e.heading.kind === 'RR';
      other = !rr;
      article = undefined;
    }
    if (e.article !== undefined) article = e.article;
    if (e.placeholder) [rr, other] = [true, false];
  };
  // A part after other proposals: theirs are read where they stand, between the front's paragraphs and its own.
  let pending = before;
  for (const p of state.doc.views.new.paragraphs) {
    if (p.source.start > offset) break;
    if (pending && p.source.start >= state.frontLength!) {
      for (const c of pending) for (const e of c.events) read(e);
      pending = undefined;
    }
    const e = placeEvent(p.text);
    if (e) read(e);
  }
  if (other || (!rr && article === undefined)) return undefined;
  if (article !== undefined) return article;
  const last = used.length ? PLACEHOLDER.exec(used[used.length - 1]) : null;
  return last?.[1];
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function quote(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => `> ${l.replace(/([\\`*_[\]<>])/g, '\\$1')}`)
    .join('\n>\n');
}
