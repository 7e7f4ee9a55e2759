// Completion and formatting.
import { CompletionItem, CompletionItemKind, InsertTextFormat, TextEdit, type Position } from 'vscode-languageserver-types';
import {
  ACTIONS,
  allResolutions,
  outlineRoots,
  coverPrefix,
  coverValue,
  coverAddendum,
  documentNumber,
  expectedPrefix,
  parseId,
  formatLabel,
  callPhrases,
  languageAt,
  headerStretch,
  regionLanguage,
  startsWithHeader,
  reasonsWord,
  TABLES,
  walk,
  spacedNumber,
  placeholdersOf,
  type Item,
  type ItuDocument,
  type Lang,
  type Paragraph,
  type Proposal,
} from '../core';
import { matchLocalLabel, READ_ALONE } from '../core/lang/labels';
import { asciiLabel, listForm, writeLabel } from '../core/labels';
import { COVER_FIELD, HEADER } from '../core/structure';
import { ARTICLE_HEADING } from '../core/kinds';
import { instrumentBefore, numberedProvisions, type InstrumentKind } from '../core/provisions';
import { targetsOf, type PartContext } from './provisions';
import { isReasons } from '../core/lang/match';
import { lineStartAt } from '../core/text';
import { WHOLE, type DocumentRecord, type DocumentView } from './record';
import { COVER_FIELDS, coverCompletion, inCoverBlock } from './cover';
import { nextProvisionCompletion, placeholderCompletion, provisionCompletion } from './provisions';
import { l10n } from '../core/l10n';

/** Where line `line` starts, after a BOM (FORMAT.md §1: ignored, no part of the first line's field or label). */
function lineStart(state: DocumentView, line: number): number {
  return line === 0 && state.text.startsWith('\uFEFF') ? 1 : state.lines.lineStart(line);
}

export interface CompletionOptions {
  /** The client takes snippets (LSP snippetSupport): proposal and call skeletons with tab stops. */
  snippets: boolean;
  today: Date;
}

/**
 * What completion reads of the whole document besides the text around the cursor: the proposals' headers and ids and
 * the document's language. Of a part, the record has them without a whole parse (its analysis's head, the language
 * of the text's start).
 */
interface WholeFacts {
  /** The cursor in the whole text's offsets. */
  offset: number;
  proposals: readonly Pick<Proposal, 'header' | 'id'>[];
  language: () => Lang;
  /** Of a part: the whole text's length, its line at an offset, and the part before a part (the front's has none). */
  length?: number;
  lineFrom?: (offset: number) => string;
  partBefore?: (part: DocumentView) => DocumentView | undefined;
  /** The WRC placeholders every ADD proposal gives, in order (core placeholdersOf). */
  placeholders?: () => readonly string[];
  /** Of a part after other proposals: what each of theirs places before it (provisions.ts PartContext), where known. */
  before?: () => readonly PartContext[] | undefined;
}

/**
 * Completion at a position. Where the version was analysed proposal by proposal (the diagnostics while typing), read
 * from the front and the proposal at the cursor as the analysis cut them (DocumentRecord.analysedRegionAt): a
 * completion at the start of a line of a 1 MB contribution read the whole parse and the whole text at every version
 * (55 ms), where the diagnostics re-checked one proposal. What a part cannot answer as the whole document would
 * (footnote labels, the labels and placeholders of the proposals before it) is asked of the whole.
 */
export function completion(record: DocumentRecord, position: Position, options: CompletionOptions = { snippets: false, today: new Date() }): CompletionItem[] {
  const part = record.analysedRegionAt(record.offset(position));
  // What the proposals before the part place, read once a completion (the placeholders and the snippets both ask it).
  let placed: readonly PartContext[] | undefined | null = null;
  const facts = (): WholeFacts => ({
    offset: record.offset(position),
    proposals: record.head.proposals,
    language: () => record.language,
    length: record.lines.length,
    lineFrom: (offset) => record.lineFrom(offset),
    placeholders: () => record.indexed.placeholders ?? placeholdersOf(record.doc),
    partBefore: (view) => (view.doc.proposals.length > 0 ? record.analysedRegionAt(view.partStart! - 1) : undefined),
    before: () => (placed === null ? (placed = part?.partStart !== undefined ? record.partContextsBefore(part.partStart) : undefined) : placed),
  });
  const answer = part ? completionIn(part, position, options, facts()) : WHOLE;
  if (answer !== WHOLE) return answer;
  const whole = completionIn(record, position, options, { offset: record.offset(position), proposals: record.doc.proposals, language: () => record.language });
  return whole === WHOLE ? [] : whole;
}

function completionIn(state: DocumentView, position: Position, options: CompletionOptions, whole: WholeFacts): CompletionItem[] | typeof WHOLE {
  const offset = state.offset(position);
  // A part's lines are its own: the cursor's line in it, not the whole's.
  const line = state.whole ? state.lines.position(offset).line : position.line;
  const before = state.text.slice(Math.min(lineStart(state, line), offset), offset);
  // Whether proposals stand before the part's (its offsets are then not the whole's).
  const after = state.whole !== undefined && whole.offset !== offset;
  // The whole parse, read only where a completion needs it: a TAB typed after a label in a 1 MB contribution
  // (a trigger character, answered with nothing) parsed the whole text (60 ms) while typing made no parse.
  const doc = () => state.doc;

  // The cover block at the top: its fields and their values, nothing else.
  const lineText = (i: number) => state.text.slice(lineStart(state, i), state.lines.lineStart(i + 1) - 1);
  // Lines of a part after proposals are in no cover block: those proposals' header lines are no cover fields.
  if (!after && inCoverBlock(lineText, line)) {
    const present = new Set(doc().cover.map((f) => f.name));
    const cover = coverCompletion(before, present, options.today);
    // A field's value replaces all that is typed after its TAB (`WTSA-24, New` is three words); a field name, the line.
    const value = /^[^:\t]*:\t+/.exec(before);
    const typed = value ? before.length - value[0].length : before.length;
    if (cover && (present.size > 0 || before.includes(':'))) return inPlace(state, cover, offset, typed);
    const items = cover && proposalItems(state, offset, options.snippets, whole);
    if (items === WHOLE) return WHOLE;
    if (items) return inPlace(state, [...cover!, ...items], offset, typed);
  }

  // After an action and its TAB: the next proposal id.
  const action = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t(\S*)$/.exec(before);
  if (action) {
    const id = nextId(state.doc, whole.proposals, whole.offset).id;
    return id ? inPlace(state, [{ label: id, kind: CompletionItemKind.Value, detail: l10n.t('next proposal id'), preselect: true }], offset, action[2].length) : [];
  }
  // Footnote labels inside `[^`.
  const fn = /\[\^([^\]\s]*)$/.exec(before);
  if (fn) {
    // The labels of every proposal's footnotes.
    if (state.whole) return WHOLE;
    const { footnoteRefs, footnoteDefs } = doc().views.new;
    const labels = new Set(footnoteRefs.map((r) => r.label).concat(footnoteDefs.map((d) => d.label)));
    const next = String(highest([...labels].filter((l) => /^\d+$/.test(l)).map(Number)) + 1);
    const items = [...labels].map((l) => ({ label: l, kind: CompletionItemKind.Reference, detail: l10n.t('footnote'), insertText: `${l}]` }));
    if (!labels.has(next)) items.push({ label: next, kind: CompletionItemKind.Reference, detail: l10n.t('new footnote'), insertText: `${next}]` });
    // The `]` VS Code closed `[` with (or the one of the reference being changed) is replaced, not doubled.
    return inPlace(state, items, offset, fn[1].length, fn[0].length);
  }
  if (!/^\S*$/.test(before)) return [];
  // At the start of a line: actions, call phrases, the next label; in an ADD on the RR, the next placeholder.
  // In a MOD, SUP or NOC on a provision, the provisions in force (their text inserted).
  // At the start of a proposal's header line after others, a Resolution of the proposal before may end: the whole answers.
  if (after && offset === state.frontLength) return WHOLE;
  const placeholders = placeholderCompletion(state, offset, { after, placeholders: () => whole.placeholders?.() ?? [], before: whole.before });
  const next = placeholders === WHOLE ? WHOLE : nextProvisionCompletion(state, offset);
  const proposals = next === WHOLE ? WHOLE : proposalItems(state, offset, options.snippets, whole);
  const labels = proposals === WHOLE ? WHOLE : nextLabels(state, offset, whole);
  // Call phrases and Reasons in the language of the text around the cursor (an English cover may stand over a French Resolution).
  const lang = labels === WHOLE ? undefined : textLanguageAt(state, offset, whole);
  if (placeholders === WHOLE || next === WHOLE || proposals === WHOLE || labels === WHOLE || !lang) return WHOLE;
  const items = placeholders.concat(next, provisionCompletion(state, offset, before), proposals);
  if (insideResolution(state, offset)) {
    const { preamble, operative } = callPhrases(lang);
    for (const phrase of [...preamble, ...operative]) {
      // A preamble call opens a lettered list, resolves/instructs a numbered one; the others go on in prose.
      const first = preamble.includes(phrase) ? `${lang === 'ar' ? 'أ )' : 'a)'}\t` : TABLES[lang].numbered.includes(phrase) ? '1\t' : '';
      items.push({
        label: phrase,
        kind: CompletionItemKind.Keyword,
        detail: l10n.t('call'),
        sortText: `2${phrase}`,
        ...(options.snippets && first ? { insertText: `${phrase}\n${first}$0`, insertTextFormat: InsertTextFormat.Snippet } : {}),
      });
    }
  }
  for (const label of labels) {
    items.push({
      label,
      kind: CompletionItemKind.EnumMember,
      detail: l10n.t('next label'),
      insertText: `${label}\t`,
      insertTextFormat: InsertTextFormat.PlainText,
      sortText: `1${label}`,
      preselect: true,
    });
  }
  const reasons = reasonsWord(lang);
  items.push({ label: reasons, kind: CompletionItemKind.Keyword, insertText: `${reasons}\t`, sortText: '4' });
  // What is typed of the item starts after the last mark delimiter before it (`{++1.` inserts a clause into a mark).
  return inPlace(state, items, offset, before.length - (MARK_DELIMITERS.exec(before)?.[0].length ?? 0));
}

/**
 * The language at `offset` (core languageAt): the proposal's there when its words tell, else the document's. In a
 * part, the stretch between its headers is the whole text's where it starts at the part's own header (the next
 * header, or the part's end, is where the next proposal starts); the document's language is the whole's.
 */
function textLanguageAt(state: DocumentView, offset: number, whole: WholeFacts): Lang | undefined {
  if (!state.whole) return languageAt(state.text, offset);
  const { start, end } = headerStretch(state.text, offset);
  const frontLength = state.frontLength ?? 0;
  const proposal = state.doc.proposals.length > 0;
  // A proposal's own header line read as no header (a no-break space after its action): the stretch starts before it.
  if (proposal && start < frontLength) return undefined;
  // At the part's end, the next part's header line ends the whole's stretch where it reads as one.
  const at = end - frontLength + state.partStart!;
  const wholeEnd = end < state.text.length || at >= whole.length! || startsWithHeader(whole.lineFrom!(at)) ? at : undefined;
  if (wholeEnd === undefined) return undefined;
  if (start === 0 && wholeEnd === whole.length) return whole.language();
  return regionLanguage(state.text, start, end) ?? whole.language();
}

/** How many proposals before a part's nextLabels reads (each parsed alone) before it asks the whole. */
const MAX_PARTS_BACK = 16;

/** The line up to its last revision mark delimiter. */
const MARK_DELIMITERS = /^.*(?:\{\+\+|\{--|\{~~|~>|\{==|\{>>|\+\+\}|--\}|~~\}|==\}|<<\})/;

/**
 * Each item replaces what is typed of it: the `typed` code units before the cursor, and a closing `)` or `]`
 * right after it that closes a bracket opened in the last `opened` code units (VS Code's auto-closed pair). Without
 * a range the client replaces only the word at the cursor by the language's word pattern, which stops at `/`, `.`,
 * `(`, `^` and spaces: `MOD<TAB>EXA/12` completed to `MOD<TAB>EXA/EXA/12A3/1`, `[^]` to `[^1]]`, `1.` to `1.1.1`.
 * An item that gives its own range keeps it.
 */
function inPlace(state: DocumentView, items: CompletionItem[], offset: number, typed: number, opened = typed): CompletionItem[] {
  const token = state.text.slice(offset - opened, offset);
  const unclosed = (open: string, close: string) => token.split(open).length > token.split(close).length;
  const next = state.text[offset];
  const end = (next === ')' && unclosed('(', ')')) || (next === ']' && unclosed('[', ']')) ? offset + 1 : offset;
  const range = state.range({ start: offset - typed, end });
  return items.map((item) => (item.textEdit ? item : { ...item, textEdit: { range, newText: item.insertText ?? item.label } }));
}

/** Snippet text with `$`, `}` and `\\` taken literally. */
const literal = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/** What follows the header line of each kind of proposal (the next id is written in, not a placeholder). */
const PROPOSAL_BODIES: Record<string, string[]> = {
  MOD: [
    'RESOLUTION ${1:n} (Rev. {--${2:old meeting, year}--}{++${3:new meeting, year}++})',
    '${4:Title of the Resolution}',
    '…',
    '${5:a)}\t${6:unchanged text }{--${7:deleted text}--}{++${8:inserted text}++}${9:;}',
    '…',
    'Reasons:\t${0:Why the text is amended.}',
  ],
  '(MOD)': ['${1:RESOLUTION n (Rev. meeting, year)}', '…', '${2:a)}\t${3:unchanged text }{~~${4:old wording}~>${5:new wording}~~}${6:;}', '…', 'Reasons:\t${0:Editorial alignment.}'],
  ADD: ['${1:New text.}', 'Reasons:\t${0:Why the text is added.}'],
  'ADD*': ['${1:Text moved here.}', 'Reasons:\tMoved from ${2:its former place}.$0'],
  SUP: ['RESOLUTION ${1:n} (${2:Rev. meeting, year})', '${3:Title of the Resolution}', 'Reasons:\t${0:Why the text is suppressed.}'],
  'SUP*': ['${1:Text moved elsewhere.}', 'Reasons:\tMoved to ${2:its new place}.$0'],
  NOC: ['RESOLUTION ${1:n} (${2:Rev. meeting, year})', '${3:Title of the Resolution}', 'Reasons:\t${0:Why the text is kept unchanged.}'],
};

/**
 * The bodies for a contribution on numbered provisions (RR, CS, CV, ITRs): a provision's number and text, not
 * a Resolution's number line (review 9, J26: in a WRC contribution on RR footnotes each Resolution skeleton
 * gave base.not-found until rewritten). `n`: what the number placeholder reads (`5.xxx` in the RR).
 */
function provisionBodies(n: string, rr: boolean): Record<string, string[]> {
  const note = rr ? '     (WRC-{~~${5:yy}~>${6:27}~~})' : '';
  return {
    ...PROPOSAL_BODIES,
    MOD: [`\${1:${n}}\t\${2:unchanged text }{--\${3:deleted text}--}{++\${4:inserted text}++}${note}`, 'Reasons:\t${0:Why the text is amended.}'],
    '(MOD)': [`\${1:${n}}\t\${2:unchanged text }{~~\${3:old wording}~>\${4:new wording}~~}`, 'Reasons:\t${0:Editorial alignment.}'],
    SUP: [`\${1:${n}}`, 'Reasons:\t${0:Why the text is suppressed.}'],
    NOC: [`\${1:${n}}\t\${2:text in force}`, 'Reasons:\t${0:Why the text is kept unchanged.}'],
  };
}

/** The kind of text the proposals around `offset` amend: the target of the proposal before it, else the instrument heading above. */
function amendedKind(state: DocumentView, offset: number, after: boolean, before?: () => readonly PartContext[] | undefined): InstrumentKind | undefined | typeof WHOLE {
  const { doc } = state;
  const targets = targetsOf(doc);
  let kind: InstrumentKind | undefined;
  for (const t of targets) {
    const p = doc.proposals[t.proposalIndex];
    if (p && p.header.start <= offset && t.instrument) kind = t.instrument.kind;
  }
  if (kind) return kind;
  // The targets and ARTICLE headings of the proposals before a part's: what each places (PartContext), else the whole's.
  // Their instrument headings are the front's (the analysis cut the version so: core underFrontInstrument), which the
  // part's own paragraphs hold.
  const placed = after ? before?.() : undefined;
  if (after && !placed) return WHOLE;
  for (let k = (placed?.length ?? 0) - 1; kind === undefined && k >= 0; k--) kind = placed![k].targetKind;
  if (kind) return kind;
  const heading = instrumentBefore(doc, offset);
  if (heading) return heading.kind;
  // WRC and PP contributions head their first proposal with the Article alone (`ARTICLE 5`, `Article 8`): numbered
  // provisions, the RR's in a radio conference's contribution.
  if (placed?.some((c) => c.events.some((e) => e.article !== undefined)) || doc.views.new.paragraphs.some((p) => p.source.end < offset && ARTICLE_HEADING.test(p.text.trim()))) {
    return /WRC|CMR|ВКР|RRC/.test(doc.cover.find((f) => f.name === 'Meeting')?.value ?? '') ? 'RR' : 'CS';
  }
  return undefined;
}

/** One entry per proposal kind, with the next proposal id written in (a skeleton where snippets are taken). */
function proposalItems(state: DocumentView, offset: number, snippets: boolean, whole: WholeFacts): CompletionItem[] | typeof WHOLE {
  const { id, parts, missing } = nextIdParts(state, whole);
  const reasons = reasonsWord(whole.language());
  const kind = snippets ? amendedKind(state, offset, state.whole !== undefined && whole.offset !== offset, whole.before) : undefined;
  if (kind === WHOLE) return WHOLE;
  const bodies = kind && numberedProvisions(kind) ? provisionBodies(kind === 'RR' ? '5.xxx' : 'nnn', kind === 'RR') : PROPOSAL_BODIES;
  // The parts of an id not known are the first tab stops (each named for what goes there), the body's come after.
  let stops = 0;
  const idSnippet = id ? literal(id) : parts.map((p) => (p.stop ? `\${${++stops}:${literal(p.text)}}` : literal(p.text))).join('/');
  const idShown = id ?? parts.map((p) => p.text).join('/');
  const detail = id
    ? l10n.t('proposal {0}', id)
    : missing.length === 2
      ? l10n.t('proposal header: no {0} or {1} field in the cover block', missing[0], missing[1])
      : missing.length === 1 ? l10n.t('proposal header: no {0} field in the cover block', missing[0]) : l10n.t('proposal header');
  return ACTIONS.map((a) => {
    const header = `${a}\t${id ?? ''}`;
    const item: CompletionItem = { label: a, kind: CompletionItemKind.Keyword, detail, sortText: `3${a}`, insertText: header };
    if (snippets) {
      const localized = bodies[a].map((l) => l.replace(/^Reasons:/, literal(reasons)));
      const body = localized.map((l) => l.replace(/\$(\{?)([1-9]\d*)/g, (_, brace: string, n: string) => `$${brace}${Number(n) + stops}`));
      item.kind = CompletionItemKind.Snippet;
      item.insertText = [`${literal(a)}\t${idSnippet}`, ...body].join('\n');
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.documentation = [`${a}\t${idShown}`, ...bodies[a]].join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    }
    return item;
  });
}

export function nextProposalId(state: DocumentRecord, offset: number): string | undefined {
  return nextId(state.doc, state.doc.proposals, offset).id;
}

/**
 * The prefix of the ids around `offset` and the next id: the cover's prefix with its Addendum, else the one the ids
 * before (or after) are written with, else the one the cover gives a document that is no addendum (`USA/21/`).
 */
function nextId(doc: ItuDocument, proposals: WholeFacts['proposals'], offset: number): { prefix?: string; id?: string } {
  const before = proposals.filter((p) => p.header.end <= offset && p.id.seq !== undefined);
  const last = before[before.length - 1] ?? proposals.find((p) => p.id.seq !== undefined);
  const prefix = expectedPrefix(doc) ?? (last ? `${last.id.source}/${last.id.doc}/` : undefined) ?? coverPrefix(doc);
  if (!prefix) return {};
  const seqs = before.filter((p) => p.id.text.startsWith(prefix)).map((p) => p.id.seq!);
  const id = `${prefix}${highest(seqs) + 1}`;
  // Between two proposals the next id may be the one that follows: offered, it would be a duplicate (review 9, J18).
  return proposals.some((p) => p.id.text === id) ? { prefix } : { prefix, id };
}

interface IdPart {
  text: string;
  /** Not known for sure: a tab stop, `text` its placeholder (a likely value, or what goes there). */
  stop?: boolean;
}

/**
 * The next id, or its SOURCE, DOC and SEQ as far as they are known, and the cover fields that would have given the
 * rest. Without a prefix: SOURCE from the cover's Proposals, DOC from its Document (and Addendum); a part the cover
 * does not give is a tab stop, its placeholder a code-like Source field (`USA`) or the file name of the New
 * contribution's form (`AFCP-42A25.itu`, `afcp-42a25-res52.itu`), else words saying what goes there. The SEQ of a
 * file whose ids cannot be read is the proposal's place in it. Between two proposals whose next id the second holds
 * (review 9, J18), the prefix and a SEQ to type.
 */
function nextIdParts(state: DocumentView, whole: WholeFacts): { id?: string; parts: IdPart[]; missing: string[] } {
  // The cover is the front's, a part's as the whole's.
  const { doc } = state;
  const { prefix, id } = nextId(doc, whole.proposals, whole.offset);
  if (id) return { id, parts: [], missing: [] };
  if (prefix) {
    const at = prefix.lastIndexOf('/', prefix.length - 2);
    return { parts: [{ text: prefix.slice(0, at) }, { text: prefix.slice(at + 1, -1) }, { text: 'n', stop: true }], missing: [] };
  }
  const named = fileNameId(state.uri);
  const missing: string[] = [];
  const proposals = coverValue(doc, 'Proposals')?.trim();
  let source: IdPart;
  if (proposals && isSource(proposals)) source = { text: proposals };
  else {
    missing.push('Proposals');
    const given = coverValue(doc, 'Source')?.trim();
    const code = given && /^[A-Z][A-Z0-9-]*(?:\/[A-Z][A-Z0-9-]*)*$/.test(given) && isSource(given) ? given : named?.source;
    source = { text: code ?? l10n.t('source, e.g. AFCP'), stop: true };
  }
  const document = coverValue(doc, 'Document');
  const docNo = document ? /^\d+/.exec(documentNumber(document))?.[0] : undefined;
  const addNo = /^\d+/.exec(coverAddendum(doc) ?? '')?.[0];
  let docPart: IdPart;
  if (docNo) docPart = { text: `${docNo}${addNo ? `A${addNo}` : ''}` };
  else {
    missing.push('Document');
    docPart = { text: named?.doc ?? l10n.t('document, e.g. 42A25'), stop: true };
  }
  const seq = whole.proposals.filter((p) => p.header.end <= whole.offset).length + 1;
  return { parts: [source, docPart, { text: String(seq) }], missing };
}

/** Letters, digits and hyphens, several joined by `/` (`B/CAN/USA`): a SOURCE as FORMAT.md §3 reads it. */
const isSource = (text: string) => parseId(`${text}/1/1`, 0).source === text;

/** SOURCE and DOC from a file named as New contribution names it (`AFCP-42A25.itu`), or starting so (`afcp-42a25-res52.itu`). */
function fileNameId(uri: string): { source: string; doc: string } | undefined {
  let name: string;
  try {
    name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  } catch {
    return undefined;
  }
  const m = /^([A-Za-z][A-Za-z0-9]*)[-_ ]+(\d+(?:[Aa]\d+)*)(?![A-Za-z0-9])/.exec(name);
  return m ? { source: m[1].toUpperCase(), doc: m[2].toUpperCase() } : undefined;
}

/** The largest of the numbers, 0 for none (a loop: spreading an unbounded list into Math.max overflows the stack). */
function highest(numbers: readonly number[]): number {
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

function insideResolution(state: DocumentView, offset: number): boolean {
  const view = state.doc.views.new;
  const { text } = state;
  // Up to the start of the line after its last paragraph, past an LF, a CR or a CRLF (a blank line right after it, where
  // CRLF files were offered labels alone).
  const next = (end: number) => end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  return allResolutions(view).some((r) => r.numberLine.source.start < offset && offset <= next(r.paragraphs[r.paragraphs.length - 1].source.end));
}

function lastItemBefore(state: DocumentView, offset: number): Item | undefined {
  const view = state.doc.views.new;
  let best: Item | undefined;
  for (const root of outlineRoots(view)) {
    for (const item of walk(root)) {
      if (item.label && item.paragraph.source.end < offset && (!best || item.paragraph.source.start > best.paragraph.source.start)) best = item;
    }
  }
  return best;
}

function nextLabels(state: DocumentView, offset: number, whole: WholeFacts): string[] | typeof WHOLE {
  let item = lastItemBefore(state, offset);
  // No labelled item of a part's proposal before the cursor: the last one is that of the nearest proposal before that
  // has one (each item's siblings and parent are in its proposal), else the front's.
  let view: DocumentView | undefined = state;
  for (let steps = 0; view?.whole && view.doc.proposals.length > 0 && !(item && item.paragraph.source.start >= view.frontLength!); steps++) {
    if (steps === MAX_PARTS_BACK) return WHOLE;
    view = whole.partBefore!(view);
    if (!view) return WHOLE;
    item = lastItemBefore(view, Number.POSITIVE_INFINITY);
  }
  if (!item?.label) return [];
  const l = item.label;
  // Written in the form of the list, as the numbering fixes write it (review 6, G13): Arabic-Indic digits
  // (`٢.١` under `٢`), full-width forms, a Russian list's Cyrillic look-alikes (`с)` after `b)` in `а) b)`).
  const siblings = (item.parent?.children ?? [item]).filter((c) => c.label).map((c) => c.label!.text);
  const form = listForm(siblings);
  const inForm = (label: string) => (l.script ? label : writeLabel(asciiLabel(label), form));
  const out = [inForm(formatLabel(l, l.ordinal + 1, 0))];
  if (l.kind === 'letter' && !l.script) out.push(inForm('i)'));
  // An item inserted after it, in the form of the texts in force (`bbis)`, `1bis`).
  out.push(inForm(formatLabel(l, l.ordinal, l.suffixRank + 1, undefined, true)));
  // A first sub-clause (written first-part-last in a reversed Arabic number).
  if (l.kind === 'decimal') out.push(inForm(l.reversed ? `1.${asciiLabel(l.text)}` : `${asciiLabel(l.text)}.1`));
  // The next label of the enclosing list, when the item ends a sub-list.
  const parent = item.parent?.label;
  if (parent) out.push(formatLabel(parent, parent.ordinal + 1, 0));
  return [...new Set(out)];
}

/** What `textDocument/onTypeFormatting` answers to: the `}` that closes a mark, and what a typist types next. */
export const ON_TYPE_TRIGGERS = { first: '}', more: [' ', ',', '.', ';'] } as const;
const CLOSERS = new Set(['++}', '--}', '~~}', '<<}', '==}']);

/**
 * VS Code types over an auto-inserted closer only when the pair is one character each way, so typing
 * `++}` before the `++}` it inserted after `{++` leaves two. When the `}` just typed closed a mark and
 * the same closer follows with nothing to close (`marks.unopened`), the one that follows goes.
 * VS Code drops an on-type answer when the text changed before it came back: a quick typist has typed on
 * (`{++abc++} two|++}`), and the stray closer rides along after the cursor (review 7, H8). So a space or a
 * punctuation mark typed later on the line asks again: a closer with nothing to close right after the
 * cursor, the same closer ending a mark earlier on the line, goes as well.
 */
export function closerTypedOver(record: DocumentRecord, position: Position, ch: string): TextEdit[] {
  if (ch !== ON_TYPE_TRIGGERS.first && !(ON_TYPE_TRIGGERS.more as readonly string[]).includes(ch)) return [];
  const at = record.offset(position);
  if (!CLOSERS.has(record.text.slice(at, at + 3))) return [];
  // A space typed inside `{++…++}` asks at every word: the front and the proposal there parsed alone, not the
  // whole version (a parse of a 1 MB document, kept with its record, at every space).
  const state = record.regionAt(at);
  const offset = state.offset(position);
  const { text } = state;
  const closer = text.slice(offset, offset + 3);
  if (!CLOSERS.has(closer)) return [];
  if (!state.doc.parseFindings.some((f) => f.code === 'marks.unopened' && f.start === offset)) return [];
  const lineStart = lineStartAt(text, offset);
  const closed = (end: number) => text.startsWith(closer, end - 3) && (ch === '}' ? end === offset : lineStart <= end && end < offset);
  if (!state.doc.marks.some((m) => closed(m.end))) return [];
  return [{ range: state.range({ start: offset, end: offset + 3 }), newText: '' }];
}

/**
 * Label separators become one TAB, trailing spaces go, runs of spaces fold to one. Words never change,
 * and neither does the spacing of text in force that a MOD, SUP, NOC or ADD* restates (the RR's run of
 * spaces before its `(WRC-15)` note): the proposal reproduces that text as it stands.
 */
export function format(state: DocumentRecord): TextEdit[] {
  const edits: TextEdit[] = [];
  const { text } = state;
  const markLines = new Set<number>();
  // Lines that start inside a multi-line mark are left alone: their spacing is part of the mark. So is the end of the
  // line the mark opens on (`{++inserted text<spaces>` then the next line: its spaces are inserted text).
  const opensMark = new Set<number>();
  for (const m of state.doc.marks) {
    const a = state.position(m.start).line;
    const b = state.position(m.end).line;
    if (b > a) opensMark.add(a);
    for (let l = a + 1; l <= b; l++) markLines.add(l);
  }
  const inForce = new Set<number>();
  const inProposal = new Set<number>();
  for (const p of state.doc.proposals) {
    const a = state.position(p.header.end).line;
    const b = state.position(p.span.end).line;
    for (let l = a + 1; l <= b; l++) {
      inProposal.add(l);
      if (p.action !== 'ADD') inForce.add(l);
    }
  }
  // Where the parser reads a label (either view): only there does a label's separator become a TAB. A sentence
  // that starts with a clause citation (`3.2 of Recommendation …`) is prose the parser declines (review 8, I22).
  const labelled = new Set<number>();
  for (const view of [state.doc.views.new, state.doc.views.old]) for (const p of view.paragraphs) if (p.label && p.labelSpan) labelled.add(p.labelSpan.start);
  let cover = true; // the cover block: the first lines, up to one that is not a field (FORMAT.md §2)
  for (let line = 0; line < state.lines.lineCount; line++) {
    const start = lineStart(state, line);
    const raw = text.slice(start, state.lines.lineEnd(line));
    const field: string | undefined = cover ? spacedField(raw) : undefined;
    cover = cover && (field !== undefined || COVER_FIELD.test(raw));
    if (markLines.has(line)) continue;
    let formatted = field ?? formatLine(raw, !inForce.has(line), inProposal.has(line), labelled.has(start));
    if (opensMark.has(line)) formatted = formatted.replace(/[ \t]+$/, '') + /[ \t]*$/.exec(raw)![0];
    if (formatted !== raw) edits.push({ range: state.range({ start, end: start + raw.length }), newText: formatted });
  }
  return edits;
}

const FIELD_NAMES = new Set(COVER_FIELDS.map((f) => f.name));

/** A cover field written with spaces after its colon (`Meeting:  WRC-27`), with its TAB (FORMAT.md §2). */
function spacedField(raw: string): string | undefined {
  // A space before the colon too, a no-break one as French typography sets it (`Document\u00A0: 37`).
  const m = /^([A-Z][A-Za-z ]{0,24}?)[ \u00A0\u2007\u202F]*:[ \u00A0\u2007\u202F]+(?=\S)(.*?)[ \t]*$/.exec(raw);
  return m && FIELD_NAMES.has(m[1]) ? `${m[1]}:\t${m[2]}` : undefined;
}

/** `labelled`: whether the parser reads a label at the line's start (by default, whatever matchLocalLabel reads). */
export function formatLine(raw: string, foldSpaces = true, provisions = false, labelled = true): string {
  let out = raw.replace(/[ \t]+$/, '');
  // `Reasons:  text` (spaces, a no-break one) takes its TAB, in every language (FORMAT.md §3).
  const reasons = isReasons(out) ? /^([^:：]*[:：])[ \u00A0]+(?=\S)/.exec(out) : null;
  if (reasons) out = `${reasons[1]}\t${out.slice(reasons[0].length)}`;
  // A proposal header written with spaces (`MOD AFCP/42A25/1`, a no-break one from a web page) takes its TAB (FORMAT.md §3).
  const header = HEADER.exec(out);
  if (header && (header[2][0] !== '\t' || (header[4] !== undefined && header[4][0] !== '\t'))) return `${header[1]}\t${header[3]}${header[5] ? `\t${header[5]}` : ''}`;
  // In a proposal, a provision number pasted with spaces (`5.446A The use`) takes its TAB (FORMAT.md §1).
  const spaced = provisions ? spacedNumber(out) : undefined;
  if (spaced) out = spaced.number + '\t' + out.slice(spaced.length);
  // Labels of every language (`أ ) نص` takes a TAB as `a) text` does).
  const label = labelled ? matchLocalLabel(out, READ_ALONE) : undefined;
  if (label && label.looseSeparator) out = out.slice(0, label.length) + '\t' + out.slice(label.bodyOffset);
  // Fold runs of ordinary spaces (not TABs, not NBSP) after the label.
  const bodyStart = label ? label.length + 1 : 0;
  const lead = /^\t*/.exec(out.slice(bodyStart))![0].length;
  const head = out.slice(0, bodyStart + lead);
  const rest = out.slice(bodyStart + lead);
  const body = foldSpaces ? rest.replace(/ {2,}/g, ' ') : rest;
  return head + body;
}

export type { Paragraph };
