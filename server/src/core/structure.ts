// Reads one projection (new or old text) into paragraphs, proposals,
// Resolutions and their item outline.
import { decimalLabel, matchLabel, type LabelMatch } from './labels';
import { labelContext, matchLocalLabel, readArabicDecimals, type LabelContext } from './lang/labels';
import { FORMULA, HISTORY, isAnnexHeading as isAnnexWord, isReasons, matchCall as matchLocalCall, matchNumberLine, matchSection, type CallMatch, type NumberLineMatch } from './lang/match';
import { TABLES } from './lang/tables';
import {
  annexClauseNumber, annexDesignator, isAnnexHeading, isCallFormula, isContentsEntry, isContentsHeading, isFootnoteCell, isLooseCell, isProvisionNumbered, isTableRow, proposalKind,
  provisionNumber, strayDotNumber, textKindOf, type TextKind,
} from './kinds';
import { rangeToSource, type Projection } from './projection';
import { lineEndAt } from './text';
import type {
  FootnoteDef,
  FootnoteRef,
  Item,
  Label,
  LabelKind,
  Paragraph,
  ProposalView,
  Resolution,
  Span,
  View,
} from './types';

export const ACTIONS = ['MOD', '(MOD)', 'ADD', 'ADD*', 'SUP', 'SUP*', 'NOC'] as const;

/** `ACTION<TAB>ID[<TAB>text]`: 1 action, 2 separator, 3 id, 4 text after the id. */
export const HEADER = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)(\t+| +)(\S+)(?:\t+(.*?))?\s*$/;
/** `Field:<TAB>value`: 1 name, 2 separator, 3 value. */
export const COVER_FIELD = /^([A-Z][A-Za-z ]{0,24}):(\t+)(.*)$/;
// Number lines, calls, Reasons, SECTION and ANNEX headings are matched in all six languages (core/lang).
const ELISION = /^\s*(…|\.\.\.)\s*$/;
const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:[\t ]*/;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;
const BULLET = /^(\t|[–•\-−]\t)/;

/** English call phrases (FORMAT.md's and those the Final Acts use); the other languages' are in core/lang/tables.ts. */
export const PREAMBLE_PHRASES = TABLES.en.preamble;
export const OPERATIVE_PHRASES = TABLES.en.operative;
// English phrases for cross-references (`considering e) above`), longest first.
const PHRASES = [...PREAMBLE_PHRASES, ...OPERATIVE_PHRASES].sort((a, b) => b.length - a.length);

export type { CallMatch };

/** A call line carries a call phrase (in any of the six languages), no label and no final full stop. */
export function matchCall(text: string): CallMatch | undefined {
  return matchLocalCall(text);
}

// ---------------------------------------------------------------- what a paragraph's text says

/**
 * What one paragraph's text says on its own (its label, whether it is a header, a number line, a call …),
 * worked out once per distinct text: the old and new projections share every paragraph without marks,
 * and successive versions of a document share every paragraph an edit did not touch (a Lexicon carries
 * them from one parse to the next). Everything here depends on the text alone.
 */
export class Lexed {
  private readonly known: Partial<Facts> = {};
  constructor(readonly text: string) {}

  /** A fact, worked out on first use. */
  private fact<K extends keyof Facts>(key: K, work: (text: string) => Facts[K]): Facts[K] {
    if (!(key in this.known)) this.known[key] = work(this.text);
    return this.known[key] as Facts[K];
  }

  /** The label the text starts with, as a text whose letters are (or are not) Cyrillic reads it (core/lang/labels). */
  labelIn(context: LabelContext): LabelMatch | undefined {
    return context.cyrillicAlphabet
      ? this.fact('labelCyrillic', (t) => matchLocalLabel(t, context))
      : this.fact('label', (t) => matchLocalLabel(t, context));
  }
  get header(): RegExpExecArray | null {
    return this.fact('header', (t) => HEADER.exec(t));
  }
  get number(): NumberLineMatch | undefined {
    return this.fact('number', matchNumberLine);
  }
  get call(): CallMatch | undefined {
    return this.fact('call', matchCall);
  }
  get def(): RegExpExecArray | null {
    return this.fact('def', (t) => FOOTNOTE_DEF.exec(t));
  }
  /** The number of a SECTION heading (`SECTION 2`, `Sección 2`, `第2节`). */
  get section(): string | undefined {
    return this.fact('section', matchSection);
  }
  /** An ANNEX / APPENDIX / ATTACHMENT heading in one of the six languages (short, no final punctuation). */
  get annex(): boolean {
    return this.fact('annex', (t) => isHeadingLike(t) && isAnnexWord(t));
  }
  get bullet(): RegExpExecArray | null {
    return this.fact('bullet', (t) => BULLET.exec(t));
  }
  get cover(): boolean {
    return this.fact('cover', (t) => COVER_FIELD.test(t));
  }
  get reasons(): boolean {
    return this.fact('reasons', isReasons);
  }
  get elision(): boolean {
    return this.fact('elision', (t) => ELISION.test(t));
  }
  get endsList(): boolean {
    return this.fact('endsList', () => endsList(this));
  }
  /** Cross-references written in the text (`considering e) above`), at offsets into it. */
  get refs(): RefMatch[] {
    return this.fact('refs', referenceMatches);
  }
  /** Footnote references `[^n]`, at offsets into the text. */
  get footnotes(): FootnoteMatch[] {
    return this.fact('footnotes', footnoteMatches);
  }
}

interface FootnoteMatch {
  index: number;
  length: number;
  label: string;
}

interface Facts {
  label: LabelMatch | undefined;
  labelCyrillic: LabelMatch | undefined;
  header: RegExpExecArray | null;
  number: NumberLineMatch | undefined;
  call: CallMatch | undefined;
  def: RegExpExecArray | null;
  section: string | undefined;
  annex: boolean;
  bullet: RegExpExecArray | null;
  cover: boolean;
  reasons: boolean;
  elision: boolean;
  endsList: boolean;
  refs: RefMatch[];
  footnotes: FootnoteMatch[];
}

function footnoteMatches(text: string): FootnoteMatch[] {
  const out: FootnoteMatch[] = [];
  if (!text.includes('[^')) return out;
  FOOTNOTE_REF.lastIndex = 0;
  for (let m = FOOTNOTE_REF.exec(text); m; m = FOOTNOTE_REF.exec(text)) out.push({ index: m.index, length: m[0].length, label: m[1] });
  return out;
}

/**
 * The text as a string of its own: a paragraph's text is a slice of its projection, and a Lexed kept
 * for the versions after would keep that version's whole projection alive with it.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/**
 * The Lexed of each paragraph text of one parse. `next()` hands the texts seen to the parse of the next
 * version (and nothing older: memory stays one entry per paragraph text of the current version).
 */
export class Lexicon {
  private readonly current = new Map<string, Lexed>();
  constructor(private previous?: Map<string, Lexed>) {}

  of(text: string): Lexed {
    let l = this.current.get(text);
    if (!l) {
      l = this.previous?.get(text) ?? new Lexed(ownCopy(text));
      this.current.set(text, l);
    }
    return l;
  }

  /** A Lexicon for the next version's parse, starting from this one's texts. */
  next(): Lexicon {
    return new Lexicon(this.current);
  }

  /** The parse is done: texts of older versions are let go. */
  done(): void {
    this.previous = undefined;
  }
}

// ---------------------------------------------------------------- paragraphs

function splitParagraphs(projection: Projection): Paragraph[] {
  const { text, segments } = projection;
  const paragraphs: Paragraph[] = [];
  // rangeToSource for each paragraph, walking the segments once (paragraphs come in order).
  let first = 0; // the last segment starting at or before the paragraph's start
  let last = 0; // the last segment starting before its end
  const n = segments.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    // A paragraph ends at CRLF, LF or a CR alone (FORMAT.md: line ends as the LSP counts them).
    const contentEnd = lineEndAt(text, start);
    const next = contentEnd === text.length ? text.length + 1 : contentEnd + (text.charCodeAt(contentEnd) === 13 && text.charCodeAt(contentEnd + 1) === 10 ? 2 : 1);
    const body = text.slice(start, contentEnd);
    let source: Span;
    if (n === 0) source = { start, end: contentEnd };
    else {
      while (first + 1 < n && segments[first + 1].viewStart <= start) first++;
      const a = segments[first];
      const s = a.sourceStart + Math.min(Math.max(start - a.viewStart, 0), a.length);
      let e = s;
      if (contentEnd > start) {
        if (last < first) last = first;
        while (last + 1 < n && segments[last + 1].viewStart < contentEnd) last++;
        const b = segments[last];
        e = b.sourceStart + Math.min(Math.max(contentEnd - b.viewStart, 0), b.length);
      }
      source = { start: s, end: Math.max(s, e) };
    }
    paragraphs.push({
      index: paragraphs.length,
      viewStart: start,
      viewEnd: contentEnd,
      text: body,
      kind: NON_BLANK.test(body) ? 'text' : 'blank',
      source,
      bodyViewStart: start,
    });
    start = next;
  }
  return paragraphs;
}

/** Anything but white space (what String.prototype.trim removes): a paragraph that is not blank. */
const NON_BLANK = /\S/;

// ---------------------------------------------------------------- outline builder

function newItem(paragraph: Paragraph, extra: Partial<Item> = {}): Item {
  return { paragraph, children: [], continuation: [], ...extra };
}

const isListItem = (item: Item) => item.label !== undefined;

class Outline {
  readonly root: Item;
  private stack: Item[];
  private pendingElision = false;
  private pendingText = false;

  constructor(rootParagraph: Paragraph) {
    this.root = newItem(rootParagraph);
    this.stack = [this.root];
  }

  private get top(): Item {
    return this.stack[this.stack.length - 1];
  }

  private popWhile(test: (item: Item) => boolean): void {
    while (this.stack.length > 1 && test(this.top)) this.stack.pop();
  }

  private push(parent: Item, item: Item): Item {
    item.parent = parent;
    if (this.pendingElision) item.afterElision = true;
    if (this.pendingText) item.afterText = true;
    this.pendingElision = false;
    this.pendingText = false;
    parent.children.push(item);
    this.stack.push(item);
    return item;
  }

  annex(p: Paragraph, heading: string): void {
    this.stack.length = 1;
    this.push(this.root, newItem(p, { annex: heading }));
  }

  private popToLevelOne(): Item {
    this.popWhile((i) => i.annex === undefined);
    return this.top;
  }

  call(p: Paragraph, call: Item['call']): void {
    const parent = this.popToLevelOne();
    this.push(parent, newItem(p, { call }));
  }

  section(p: Paragraph, n: string): void {
    const parent = this.popToLevelOne();
    this.push(parent, newItem(p, { section: n }));
  }

  elision(p: Paragraph): void {
    this.pendingElision = true;
    this.top.continuation.push(p);
  }

  text(p: Paragraph, bullet: boolean): void {
    if (!bullet) this.pendingText = true;
    this.top.continuation.push(p);
  }

  /**
   * Places a labelled paragraph. `next` is the label of the next labelled paragraph of the same list
   * region (lookahead), `at` the label's source offset (the key of its reading in `readings`).
   */
  labelled(p: Paragraph, match: LabelMatch, next: LabelMatch | undefined, at: number, readings: LabelReadings): Item {
    const label = match.alternative ? this.reading(match, next, at, readings) : match.label;
    p.label = label;
    if (label.kind === 'decimal') {
      const depth = label.parts.length;
      // A clause number (`5.2.1`) never stands under a numbered item (`7)`): it closes that list.
      // A numbered item (`1)`) stands under the clause before it; it closes only items of its own form.
      // Right under a letter it is a sub-list (`a)` then `1)`, `2)`: X.500 (10/2016) clause A.1), unless the
      // letters are themselves under a numbered item (`1)` `a)` `b)` `2)`: Y.1543 (06/2018) clause 7) or
      // text stands between (a new list: Z.100 Annex F2 clause F2.3).
      this.popWhile((i) => isListItem(i) && (label.paren
        ? (i.label!.paren === true && i.label!.parts.length >= depth) || (i.label!.kind !== 'decimal' && (this.pendingText || underNumberedItem(i)))
        : i.label!.kind !== 'decimal' || i.label!.paren === true || i.label!.parts.length >= depth));
      return this.push(this.top, newItem(p, { label }));
    }
    if (label.kind === 'letter') {
      // A letter closes the numbered items `1)` … under the letter before it (X.500 (10/2016) clause 4).
      this.popWhile((i) => isListItem(i) && (i.label!.kind !== 'decimal' || (i.label!.paren === true && i.parent?.label?.kind === 'letter')));
      if (this.intruder(label, next, 'letter')) this.stack.pop();
      return this.push(this.top, newItem(p, { label }));
    }
    this.popWhile((i) => i.label?.kind === 'roman');
    if (this.intruder(label, next, 'roman')) this.stack.pop();
    return this.push(this.top, newItem(p, { label }));
  }

  /**
   * Whether the item on top of the stack stands in its parent's list in place of a mistyped label,
   * so that `label` (which cannot start a list under it) continues that list: `a) b) 1 d)`,
   * `1 2 c) 4`, `a) b) ii) d)`. Only the first label of a list (a), i), 1) starts a sub-list.
   */
  private intruder(label: Label, next: LabelMatch | undefined, kind: LabelKind): boolean {
    const top = this.top;
    const parent = top.parent;
    if (!top.label || !parent || top.children.length > 0 || startsList(label)) return false;
    const ownKind = kind === 'roman' ? 'letter' : kind;
    // The top item is itself of another kind than the list it stands in (a number among letters).
    const before = parent.children[parent.children.indexOf(top) - 1];
    if (top.label.kind !== ownKind && top.label.kind !== kind && before?.label?.kind === ownKind) return true;
    // The next label continues the top item's list as if this one had the label between them.
    const after = next && [next.label, next.alternative].find((l) => l && l.kind === top.label!.kind && l.suffixRank === 0);
    return after !== undefined && after.ordinal === top.label.ordinal + 2 &&
      (after.kind !== 'decimal' || after.parts.length === top.label.parts.length);
  }

  /** Letter or roman numeral (`i)`, `v)`, `x)`, `ii)` …): decided once for both projections. */
  private reading(match: LabelMatch, next: LabelMatch | undefined, at: number, readings: LabelReadings): Label {
    const roman = match.label.kind === 'roman' ? match.label : match.alternative!;
    const letter = match.label.kind === 'letter' ? match.label : match.alternative!;
    const hint = readings.hints?.get(at);
    if (hint) {
      readings.seen.set(at, hint);
      return hint === 'letter' ? letter : roman;
    }
    const romanTop = this.top.label?.kind === 'roman' ? this.top : undefined;
    const letterItem = romanTop ? romanTop.parent : this.top;
    const letterTop = letterItem?.label?.kind === 'letter' ? letterItem : undefined;
    const nexts = next ? [next.label, next.alternative] : [];
    const nextIs = (kind: LabelKind, ordinal: number) => nexts.some((l) => l?.kind === kind && l.ordinal === ordinal && l.suffixRank === 0);
    let kind: LabelKind | undefined;
    // A label continues the item before it: the next one (h), i); iv), v)), or an insertion after it (i), ibis)).
    const continues = (top: Item | undefined, l: Label) => top !== undefined && (
      (l.suffixRank === 0 && top.label!.ordinal + 1 === l.ordinal) || (l.suffixRank > 0 && top.label!.ordinal === l.ordinal && top.label!.suffixRank + 1 === l.suffixRank));
    // As a letter it would go back in its list (a first roman sub-item i) under the letter i)).
    const letterBack = letterTop !== undefined && !continues(letterTop, letter) && letter.ordinal <= letterTop.label!.ordinal;
    // The label after it decides too: i) then ii) is roman (ii) cannot start a list), i) then j) a letter.
    if (continues(romanTop, roman) || nextIs('roman', roman.ordinal + 1)) kind = 'roman';
    else if (continues(letterTop, letter) || (nextIs('letter', letter.ordinal + 1) && !letterBack)) kind = 'letter';
    readings.seen.set(at, kind ?? match.label.kind);
    return kind === 'letter' ? letter : kind === 'roman' ? roman : match.label;
  }
}

/** Whether a lettered item stands (at any depth of letters and romans) under a numbered item `1)`. */
function underNumberedItem(item: Item): boolean {
  for (let p = item.parent; p?.label; p = p.parent) {
    if (p.label.paren) return true;
    if (p.label.kind === 'decimal') return false;
  }
  return false;
}

function startsList(label: Label): boolean {
  return label.suffixRank === 0 && (label.ordinal === 1 || (label.kind === 'decimal' && label.ordinal === 0));
}

/**
 * How labels that read both as a letter and as a roman numeral were read, by source offset. The old
 * text (the text in force) is read first; the new text takes the same reading for the labels both
 * share (`h) i) j)` with `h)` deleted: `i)` stays a letter).
 */
export interface LabelReadings {
  /** Readings made in the other projection. */
  hints?: Map<number, LabelKind>;
  /** Readings made in this projection. */
  seen: Map<number, LabelKind>;
}

// ---------------------------------------------------------------- view parser

interface Region {
  resolution?: Resolution;
  outline: Outline;
  /** The kind of text the region belongs to (core/kinds.ts): numbering rules and provisions. */
  kind: TextKind;
  /** After an enacting formula outside a Resolution (`The ITU Radiocommunication Assembly,`): call lines. */
  calls?: boolean;
  expect: 'title' | 'history' | 'formula' | 'section-title' | 'annex-title' | undefined;
}

export function parseView(projection: Projection, readings: LabelReadings = { seen: new Map() }, lexicon: Lexicon = new Lexicon()): View {
  const paragraphs = splitParagraphs(projection);
  // Blank paragraphs say nothing: only the others are looked up.
  const lexed = paragraphs.map((p) => (p.kind === 'blank' ? undefined : lexicon.of(p.text)));
  // The annex each paragraph stands in (its designator: `A` of Annex A), for its clause numbers `A.1`.
  let designator: string | undefined;
  const context = labelContext(paragraphs.map((p) => p.text));
  const matches = paragraphs.map((p, i) => {
    const lx = lexed[i];
    if (!lx) return undefined;
    const d = annexDesignator(p.text);
    if (d !== undefined && isHeadingLike(p.text) && isAnnexHeading(p.text)) designator = d;
    else if (lx.header) designator = excerptDesignator(paragraphs, i);
    return lx.labelIn(context) ?? strayDotMatch(p.text) ?? annexClauseMatch(p.text, designator) ?? indentedClauseMatch(p.text);
  });
  readArabicDecimals(paragraphs, matches);
  const nextLabel = lookahead(paragraphs, matches, lexed);
  const view: View = {
    kind: projection.kind,
    text: projection.text,
    segments: projection.segments,
    paragraphs,
    prose: [],
    resolutions: [],
    proposals: [],
    clauses: newItem(paragraphs[0]),
    footnoteRefs: [],
    footnoteDefs: [],
    references: [],
  };
  const proseOutline = new Outline(paragraphs[0]);
  view.clauses = proseOutline.root;
  const proseKind = textKindOf(linesBeforeProposals(paragraphs));
  view.textKind = proseOutline.root.textKind = proseKind;
  let region: Region = { outline: proseOutline, expect: undefined, kind: proseKind };
  // The kind of the text the current proposal amends (the prose's kind when the proposal does not say).
  let proposalTextKind: TextKind = proseKind;
  const newRegion = (outline: Outline, extra: Partial<Region> = {}): Region => {
    outline.root.textKind = proposalTextKind;
    return { outline, expect: undefined, kind: proposalTextKind, ...extra };
  };
  let inContents = false;
  let proposal: ProposalView | undefined;
  let inCover = true;

  const bodyOf = (p: Paragraph, offset: number) => {
    p.bodyViewStart = p.viewStart + offset;
  };

  for (const p of paragraphs) {
    const text = p.text;
    const lx = lexed[p.index];
    if (!lx) {
      if (inCover && p.index > 0) inCover = false;
      continue;
    }
    collectFootnoteRefs(view, p, lx);
    if (inCover) {
      if (lx.cover) {
        p.kind = 'cover-field';
        continue;
      }
      inCover = false;
    }
    const header = lx.header;
    if (header && (header[2].includes('\t') || header[3].includes('/'))) {
      p.kind = 'proposal-header';
      const targetKind = proposalKind(header[4], firstLinesAfter(paragraphs, p.index), proseKind);
      proposalTextKind = targetKind ?? proseKind;
      region = newRegion(new Outline(p));
      proposal = { header: p, paragraphs: [p], resolutions: [], outline: region.outline.root };
      if (targetKind) proposal.textKind = targetKind;
      view.proposals.push(proposal);
      continue;
    }
    if (proposal) proposal.paragraphs.push(p);
    else view.prose.push(p);

    const def = lx.def;
    if (def) {
      p.kind = 'footnote-definition';
      bodyOf(p, def[0].length);
      view.footnoteDefs.push({
        label: def[1],
        paragraph: p,
        labelSource: rangeToSource(projection.segments, p.viewStart + 2, p.viewStart + 2 + def[1].length),
      });
      continue;
    }
    if (proposal && lx.reasons) {
      p.kind = 'reasons';
      proposal.reasons = p;
      region = newRegion(new Outline(p));
      continue;
    }
    const number = lx.number;
    if (number) {
      p.kind = 'resolution-number';
      const resolution: Resolution = {
        numberLine: p,
        number: number.number,
        revision: number.revision,
        draftNew: number.draftNew,
        root: newItem(p),
        paragraphs: [p],
      };
      region = newRegion(new Outline(p), { resolution, expect: 'title' });
      resolution.root = region.outline.root;
      (proposal ? proposal.resolutions : view.resolutions).push(resolution);
      continue;
    }
    const resolution = region.resolution;
    if (resolution) resolution.paragraphs.push(p);
    if (lx.elision) {
      p.kind = 'elision';
      region.outline.elision(p);
      continue;
    }

    // The heading parts that follow a number line, a SECTION or an ANNEX heading.
    if (region.expect) {
      const expect = region.expect;
      if (expect === 'title' && resolution) {
        p.kind = 'resolution-title';
        resolution.title = p;
        region.expect = 'history';
        continue;
      }
      if (expect === 'history' && resolution && HISTORY.test(text)) {
        p.kind = 'history';
        resolution.history = p;
        region.expect = 'formula';
        continue;
      }
      if ((expect === 'history' || expect === 'formula') && resolution && FORMULA.test(text)) {
        p.kind = 'enacting-formula';
        resolution.formula = p;
        region.expect = undefined;
        continue;
      }
      region.expect = undefined;
      if (expect === 'section-title' || expect === 'annex-title') {
        if (!matches[p.index] && !lx.call) {
          p.kind = expect;
          continue;
        }
      }
    }
    if (inContents) {
      // A table of contents repeats headings with their pages: neither headings nor list items.
      if (isContentsEntry(text) || /^\s*(?:Page|Pages)\s*$/.test(text)) {
        p.kind = 'text';
        region.outline.text(p, true);
        continue;
      }
      inContents = false;
    }
    if (isContentsHeading(text)) {
      inContents = true;
      p.kind = 'text';
      region.outline.text(p, false);
      continue;
    }
    if (isProvisionNumbered(region.kind)) {
      const n = provisionNumber(text);
      if (n && (n.form === 'rr') === (region.kind === 'rr')) {
        p.kind = 'provision';
        p.provision = n;
        bodyOf(p, n.length + (/^\t*/.exec(text.slice(n.length))?.[0].length ?? 0));
        region.outline.text(p, true);
        continue;
      }
    }
    if (!resolution && !region.calls && isCallFormula(text)) {
      p.kind = 'enacting-formula';
      region.calls = true;
      region.outline.text(p, false);
      continue;
    }
    const section = lx.section;
    if (section !== undefined) {
      p.kind = 'section-heading';
      // CS/CV numbers run straight through SECTION headings: no list scope.
      if (isProvisionNumbered(region.kind)) region.outline.text(p, false);
      else region.outline.section(p, section);
      region.expect = 'section-title';
      continue;
    }
    if (lx.annex && isAnnexHeading(text)) {
      p.kind = 'annex-heading';
      region.outline.annex(p, text.trim());
      region.expect = 'annex-title';
      continue;
    }
    const labelMatch = matches[p.index];
    // A Table of Frequency Allocations cell of footnote numbers (`5.149  5.338  5.338A`) is no list item.
    if (labelMatch && !isFootnoteCell(text) && !isTableRow(text) && !(labelMatch.label.kind === 'decimal' && isLooseCell(region.kind, text, labelMatch.length))) {
      p.kind = resolution || proposal ? 'item' : 'clause-heading';
      bodyOf(p, labelMatch.bodyOffset);
      // The label ends the matched part: `.8` is read as 8 (the dot is reported, checks/provisionNumbers.ts),
      // ` 3.10` as 3.10 (a space before it, T.88 (08/2018)).
      const labelStart = p.viewStart + labelMatch.length - labelMatch.label.text.length;
      p.labelSpan = rangeToSource(projection.segments, labelStart, labelStart + labelMatch.label.text.length);
      region.outline.labelled(p, labelMatch, nextLabel[p.index], p.labelSpan.start, readings);
      continue;
    }
    if (resolution || region.calls) {
      const call = lx.call;
      if (call) {
        p.kind = 'call';
        region.outline.call(p, call);
        continue;
      }
    }
    const bullet = lx.bullet;
    if (bullet) {
      p.kind = 'sub-item';
      bodyOf(p, bullet[0].length);
      region.outline.text(p, true);
      continue;
    }
    p.kind = 'text';
    region.outline.text(p, false);
  }
  collectReferences(view, lexed);
  return view;
}

/** `.8<TAB>…` read as the clause 8 whose digit before the dot was lost (numbering reports the dot). */
function strayDotMatch(text: string): LabelMatch | undefined {
  const n = strayDotNumber(text);
  if (n === undefined) return undefined;
  const length = n.length + 1;
  const sep = /^\t+/.exec(text.slice(length))![0];
  return { label: decimalLabel(n), length, bodyOffset: length + sep.length, looseSeparator: sep !== '\t' };
}

/**
 * A proposal whose first paragraph is an annex clause (`MOD … A.2.2<TAB>…`) restates clauses of that
 * annex without its heading: its clause numbers count as under it (issue 10, proposals on provisions).
 */
function excerptDesignator(paragraphs: readonly Paragraph[], header: number): string | undefined {
  for (let i = header + 1; i < paragraphs.length && i < header + 4; i++) {
    if (paragraphs[i].kind === 'blank') continue;
    const m = /^([A-Z]\d{0,2}|[IVX]{1,5})\.\d+(?:\.\d+)*[ \u00a0]*\t/.exec(paragraphs[i].text);
    return m?.[1];
  }
  return undefined;
}

/** `A.1<TAB>…`, `I.2.1<TAB>…`: a clause of Annex A or Appendix I, numbered like `1`, `2.1`. */
function annexClauseMatch(text: string, designator: string | undefined): LabelMatch | undefined {
  const n = annexClauseNumber(text, designator);
  if (n === undefined) return undefined;
  const sep = /^[ \u00a0]*\t+/.exec(text.slice(n.length))![0];
  return { label: decimalLabel(n), length: n.length, bodyOffset: n.length + sep.length, looseSeparator: sep !== '\t' };
}

/** ` 3.10<TAB>…`: a clause number after a stray space (T.88 (08/2018) clause 3.10). */
function indentedClauseMatch(text: string): LabelMatch | undefined {
  const space = /^[ \u00a0]+(?=\d+\.\d)/.exec(text);
  if (!space) return undefined;
  const inner = matchLabel(text.slice(space[0].length));
  if (!inner || inner.label.kind !== 'decimal' || inner.label.paren || inner.looseSeparator) return undefined;
  const n = space[0].length;
  return { ...inner, length: inner.length + n, bodyOffset: inner.bodyOffset + n };
}

/** The lines a text kind is read from: the paragraphs before the first proposal header. */
function linesBeforeProposals(paragraphs: Paragraph[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const header = HEADER.exec(p.text);
    if (header && (header[2].includes('\t') || header[3].includes('/'))) break;
    out.push(p.text);
  }
  return out;
}

/** The first few non-blank lines after a proposal header (its target's heading or provision number). */
function firstLinesAfter(paragraphs: Paragraph[], index: number): string[] {
  const out: string[] = [];
  for (let i = index + 1; i < paragraphs.length && out.length < 3; i++) {
    if (paragraphs[i].kind !== 'blank') out.push(paragraphs[i].text);
  }
  return out;
}

/** For each paragraph, the label of the next labelled paragraph before anything that ends a list. */
function lookahead(paragraphs: Paragraph[], matches: (LabelMatch | undefined)[], lexed: (Lexed | undefined)[]): (LabelMatch | undefined)[] {
  const out: (LabelMatch | undefined)[] = new Array(paragraphs.length);
  let next: LabelMatch | undefined;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    out[i] = next;
    const p = paragraphs[i];
    if (p.kind === 'blank') continue;
    if (matches[i]) next = matches[i];
    else if (lexed[i]!.endsList) next = undefined;
  }
  return out;
}

function endsList(lx: Lexed): boolean {
  const text = lx.text;
  const t = text.trim();
  return lx.header !== null || lx.number !== undefined || lx.section !== undefined || isAnnexWord(t) || lx.elision ||
    lx.reasons || lx.call !== undefined;
}

function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && !/[.;:,。；：，،؛]$/.test(t);
}

function collectFootnoteRefs(view: View, p: Paragraph, lx: Lexed): void {
  for (const m of lx.footnotes) {
    const start = p.viewStart + m.index;
    view.footnoteRefs.push({ label: m.label, source: rangeToSource(view.segments, start, start + m.length) });
  }
}

// ---------------------------------------------------------------- cross-references

const LABEL_REF = String.raw`(?:[a-z]{1,3}?(?:bis|ter|quater)?\)(?:bis|ter|quater)?|\d+[a-z]*(?:\.\d+[a-z]*)*)`;
const REF_LIST = String.raw`${LABEL_REF}(?:\s*(?:,|\band\b|\bto\b|,\s*and\b)\s*${LABEL_REF})*`;
const PHRASE_REF = new RegExp(
  String.raw`\b(${PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?:\s+(further|also))?\s+(${REF_LIST})\s+(above|below)\b`,
  'gi',
);
const SECTION_REF = /\bSections?\s+(\d+[a-z]*(?:\s*(?:,|and|to)\s*\d+[a-z]*)*)\s+(above|below)\b/g;
const DECIMAL_REF = new RegExp(String.raw`(?<![\w.)§-])(\d+[a-z]*(?:\.\d+[a-z]*)+(?:\s*(?:,|\band\b|\bto\b)\s*\d+[a-z]*(?:\.\d+[a-z]*)+)*)\s+(above|below)\b`, 'g');
const ONE_LABEL = new RegExp(LABEL_REF, 'g');

/** A cross-reference as the text of its paragraph has it, offsets into that text. */
interface RefMatch {
  index: number;
  length: number;
  targets: { index: number; label: string }[];
  direction: 'above' | 'below';
  phrase?: string;
  section?: boolean;
}

function referenceMatches(text: string): RefMatch[] {
  const out: RefMatch[] = [];
  if (!/\b(above|below)\b/.test(text)) return out;
  const covered: [number, number][] = [];
  const add = (m: RegExpMatchArray, list: string, direction: string, fields: { phrase?: string; section?: boolean }) => {
    const index = m.index!;
    const end = index + m[0].length;
    if (covered.some(([s, e]) => index < e && end > s)) return;
    covered.push([index, end]);
    const listAt = index + m[0].lastIndexOf(list);
    const targets: RefMatch['targets'] = [];
    ONE_LABEL.lastIndex = 0;
    for (let t = ONE_LABEL.exec(list); t; t = ONE_LABEL.exec(list)) targets.push({ index: listAt + t.index, label: t[0] });
    out.push({ index, length: m[0].length, targets, direction: direction.toLowerCase() as 'above' | 'below', ...fields });
  };
  for (const m of text.matchAll(PHRASE_REF)) {
    const phrase = m[1].replace(/\s+/g, ' ').toLowerCase() + (m[2] ? ` ${m[2].toLowerCase()}` : '');
    add(m, m[3], m[4], { phrase });
  }
  for (const m of text.matchAll(SECTION_REF)) add(m, m[1], m[2], { section: true });
  for (const m of text.matchAll(DECIMAL_REF)) add(m, m[1], m[2], {});
  return out;
}

function collectReferences(view: View, lexed: (Lexed | undefined)[]): void {
  for (const resolution of allResolutions(view)) {
    for (const p of resolution.paragraphs) {
      if (p.kind === 'call' || p.kind === 'resolution-number') continue;
      for (const r of lexed[p.index]!.refs) {
        const start = p.viewStart + r.index;
        view.references.push({
          paragraph: p,
          resolution,
          targets: r.targets.map((t) => ({ label: t.label, source: rangeToSource(view.segments, p.viewStart + t.index, p.viewStart + t.index + t.label.length) })),
          direction: r.direction,
          source: rangeToSource(view.segments, start, start + r.length),
          ...(r.phrase !== undefined ? { phrase: r.phrase } : {}),
          ...(r.section ? { section: true } : {}),
        });
      }
    }
  }
}

export function allResolutions(view: View): Resolution[] {
  return [...view.resolutions, ...view.proposals.flatMap((p) => p.resolutions)];
}

/** Every outline of a view: clause headings, Resolutions, and each proposal's own items. */
export function outlineRoots(view: View): Item[] {
  return [view.clauses, ...view.resolutions.map((r) => r.root), ...view.proposals.flatMap((p) => [p.outline, ...p.resolutions.map((r) => r.root)])];
}

/** The descendants of an outline item, depth first (an array: generators cost more on large texts). */
export function walk(item: Item): Item[] {
  const out: Item[] = [];
  const stack: Item[] = [];
  for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return out;
}

export type { FootnoteDef, FootnoteRef };
