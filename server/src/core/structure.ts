// Reads one projection (new or old text) into paragraphs, proposals,
// Resolutions and their item outline.
import { decimalLabel, matchLabel, type LabelMatch } from './labels';
import { labelContexts, matchLocalLabel, readArabicDecimals, type LabelContext } from './lang/labels';
import { BARE_FORMULA, FORMULA, HISTORY, isAnnexHeading as isAnnexWord, isReasons, matchCall as matchLocalCall, matchNumberLine, matchSection, type CallMatch, type NumberLineMatch } from './lang/match';
import { TABLES } from './lang/tables';
import { callFirstWord, CallNames, firstWordsTest, isPlainLine, referenceMatches, referencesNamedBy, type LazyTest, type RefMatch } from './lang/references';
import {
  annexClauseNumber, annexDesignator, isAnnexHeading, isCallFormula, isContentsEntry, isContentsHeading, isFootnoteCell, isLooseCell, isTabbedCitation, isProvisionNumbered, isTableRow, proposalKind,
  maySpace, provisionNumber, strayDotNumber, textKindOf, type ProvisionNumber, type TextKind, continuesClause, repeatsClause, isClauseTitle, isRecommendation, missingDotReading, nextClauseNumbers, trailingDotNumber, valueLineNumber,
} from './kinds';
import { isElision } from './compare/fold';
import { rangeToSource, RunReader, type Projection, type Segments } from './projection';
import { lineStartAt, ownCopy } from './text';
import { Memo } from './memo';
import type {
  CrossReference,
  FootnoteDef,
  FootnoteRef,
  Item,
  Label,
  LabelKind,
  Paragraph,
  ParagraphKind,
  ProposalView,
  Resolution,
  Span,
  View,
  ViewKind,
} from './types';

export const ACTIONS = ['MOD', '(MOD)', 'ADD', 'ADD*', 'SUP', 'SUP*', 'NOC'] as const;

/** `ACTION<TAB>ID[<TAB>text]`: 1 action, 2 separator, 3 id, 4 text after the id. */
// The action and the id are separated by a TAB (FORMAT.md §3); spaces are read too, no-break ones included
// (ITU's web pages and HTML exports write `MOD\u00A0AFCP/42A25/1`), before the target after the id too
// (`MOD AFCP/42A25/1 RR`): group 4 is that separator, group 5 the target. Format Document writes the TABs.
export const HEADER = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)(\t+|[ \u00A0\u2007\u202F]+)(\S+)(?:(\t+|[ \u00A0\u2007\u202F]+)(.*?))?\s*$/;
/** Whether a match of HEADER is read as a proposal's header: the action and a TAB, or an id with a `/`. */
export function readsAsHeader(h: RegExpExecArray | null): h is RegExpExecArray {
  return h !== null && (h[2].includes('\t') || h[3].includes('/'));
}
/**
 * `Field:<TAB>value`: 1 name (with any space before the colon: trimmed where read), 2 separator, 3 value. French
 * typography sets a space before the colon, a no-break one as Word's French AutoCorrect writes it (`Document\u00A0:`,
 * `Original\u202F:`): such a line was no field, the cover ended above it, and the id prefix it gives was not checked.
 */
export const COVER_FIELD = /^([A-Z][A-Za-z ]{0,24}[ \u00A0\u2007\u202F]*):(\t+)(.*)$/;
// Number lines, calls, Reasons, SECTION and ANNEX headings are matched in all six languages (core/lang).
const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:[\t ]*/;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;
const BULLET = /^(\t|[–•\-−]\t)/;

/** English call phrases (FORMAT.md's and those the Final Acts use); the other languages' are in core/lang/tables.ts. */
export const PREAMBLE_PHRASES = TABLES.en.preamble;
export const OPERATIVE_PHRASES = TABLES.en.operative;

export type { CallMatch };

/** A call line carries a call phrase (in any of the six languages), no label and no final full stop. */
export function matchCall(text: string): CallMatch | undefined {
  return matchLocalCall(text);
}

// ---------------------------------------------------------------- what a paragraph's text says

/** One alternative of a merged draft's conflict, `[ARB, RCC: decides] ` (compile.ts readAlternatives reads them all). */
const ALTERNATIVE = /\[[A-Z][A-Za-z0-9/-]*(?:, [A-Z][A-Za-z0-9/-]*)*: ([^\]]*)\](?: |$)/y;

/**
 * The first alternative that keeps text, when a paragraph's whole text is a merged draft's set of alternatives
 * (review 18). Against a SUP of a Resolution, the merge writes each line the MODs keep so
 * (`{~~decides~>[ARB, RCC: decides] [EUR: (delete)]~~}`): its new text is the alternatives, which read as no number
 * line and no call, and the draft's check lost the Resolution (its items read as an outline, a false
 * `numbering.duplicate` on each list after the first). The line is read as the merge reads it to reletter
 * (compile.ts structureLine). Callers test the first character (`[`) before.
 */
function keptAlternative(text: string): string | undefined {
  ALTERNATIVE.lastIndex = 0;
  let kept: string | undefined;
  for (let m = ALTERNATIVE.exec(text); m; m = ALTERNATIVE.exec(text)) {
    // The empty alternatives are words in parentheses: `(delete)`, `(nothing inserted)`, `(aucun ajout)`.
    if (kept === undefined && !m[1].startsWith('(')) kept = m[1];
    if (ALTERNATIVE.lastIndex >= text.length) return kept;
  }
  return undefined;
}

/**
 * What one paragraph's text says on its own (its label, whether it is a header, a number line, a call …),
 * worked out once per distinct text: the old and new projections share every paragraph without marks,
 * and successive versions of a document share every paragraph an edit did not touch (a Lexicon carries
 * them from one parse to the next). Everything here depends on the text alone.
 */
export class Lexed {
  // Each fact is worked out on first use; UNKNOWN until then. Plain fields (no closure, no keyed
  // lookup): every paragraph of every parse goes through here.
  private label_: LabelMatch | undefined | Unknown = UNKNOWN;
  private labelCyrillic_: LabelMatch | undefined | Unknown = UNKNOWN;
  private header_: RegExpExecArray | null | Unknown = UNKNOWN;
  private number_: NumberLineMatch | undefined | Unknown = UNKNOWN;
  private call_: CallMatch | undefined | Unknown = UNKNOWN;
  private def_: RegExpExecArray | null | Unknown = UNKNOWN;
  private section_: string | undefined | Unknown = UNKNOWN;
  private annex_: boolean | Unknown = UNKNOWN;
  private bullet_: RegExpExecArray | null | Unknown = UNKNOWN;
  private cover_: boolean | Unknown = UNKNOWN;
  private reasons_: boolean | Unknown = UNKNOWN;
  private elision_: boolean | Unknown = UNKNOWN;
  private endsList_: boolean | Unknown = UNKNOWN;
  private refs_: RefMatch[] | Unknown = UNKNOWN;
  private namedTest_: RegExp | null | Unknown = UNKNOWN;
  private named_: RefMatch[] | null = null;
  private callWord_: string | undefined | Unknown = UNKNOWN;
  private footnotes_: FootnoteMatch[] | Unknown = UNKNOWN;
  private designator_: string | undefined | Unknown = UNKNOWN;
  private contentsHeading_: boolean | Unknown = UNKNOWN;
  private cell_: boolean | Unknown = UNKNOWN;
  private dotLabel_: LabelMatch | undefined | Unknown = UNKNOWN;
  private indentedLabel_: LabelMatch | undefined | Unknown = UNKNOWN;
  private trailingDot_: string | undefined | Unknown = UNKNOWN;
  private plain_: boolean | Unknown = UNKNOWN;
  constructor(readonly text: string) {}

  /** A plain line (lang/references.ts isPlainLine): the label and reference readers skip what it cannot hold. */
  get plain(): boolean {
    if (this.plain_ === UNKNOWN) this.plain_ = isPlainLine(this.text);
    return this.plain_;
  }
  /** The text is known to hold no code unit beyond a plain line's (lexParagraphs): it is one. */
  knownPlain(): void {
    this.plain_ = true;
  }

  /** The designator of an annex heading (`A` of `Annex A – …`), core/kinds.ts annexDesignator. */
  get designator(): string | undefined {
    if (this.designator_ === UNKNOWN) this.designator_ = annexDesignator(this.text);
    return this.designator_;
  }
  /** The heading that opens a table of contents. */
  get contentsHeading(): boolean {
    if (this.contentsHeading_ === UNKNOWN) this.contentsHeading_ = isContentsHeading(this.text);
    return this.contentsHeading_;
  }
  /** A table cell of footnote numbers or a table row imported as one line: no list item, whatever its label. */
  get cell(): boolean {
    // Both open with a digit (isFootnoteCell after white space): most lines are asked no pattern.
    if (this.cell_ === UNKNOWN) this.cell_ = (isDigit(this.text.charCodeAt(0)) || maySpace(this.text.charCodeAt(0))) && OPENS_WITH_DIGIT.test(this.text) && (isFootnoteCell(this.text) || isTableRow(this.text));
    return this.cell_;
  }

  /** A clause number read despite a stray dot: `.8<TAB>…` (strayDotMatch), else `6.<TAB>…` (trailingDotMatch). */
  get dotLabel(): LabelMatch | undefined {
    if (this.dotLabel_ === UNKNOWN) this.dotLabel_ = strayDotMatch(this.text) ?? trailingDotMatch(this.text);
    return this.dotLabel_;
  }
  /** A clause number after a stray space: ` 3.10<TAB>…` (indentedClauseMatch). */
  get indentedLabel(): LabelMatch | undefined {
    if (this.indentedLabel_ === UNKNOWN) this.indentedLabel_ = indentedClauseMatch(this.text);
    return this.indentedLabel_;
  }
  /** The number of `6.<TAB>…` (core/kinds.ts trailingDotNumber). */
  get trailingDot(): string | undefined {
    if (this.trailingDot_ === UNKNOWN) this.trailingDot_ = trailingDotNumber(this.text);
    return this.trailingDot_;
  }

  /** The label the text starts with, as a text whose letters are (or are not) Cyrillic reads it (core/lang/labels). */
  labelIn(context: LabelContext): LabelMatch | undefined {
    if (context.cyrillicAlphabet) {
      if (this.labelCyrillic_ === UNKNOWN) this.labelCyrillic_ = matchLocalLabel(this.text, context, this.plain);
      return this.labelCyrillic_;
    }
    if (this.label_ === UNKNOWN) this.label_ = matchLocalLabel(this.text, context, this.plain);
    return this.label_;
  }
  get header(): RegExpExecArray | null {
    if (this.header_ === UNKNOWN) this.header_ = HEADER_OPENERS.has(this.text.charCodeAt(0)) ? HEADER.exec(this.text) : null;
    return this.header_;
  }
  get number(): NumberLineMatch | undefined {
    if (this.number_ === UNKNOWN) this.number_ = matchNumberLine(this.text) ?? this.onAlternative(matchNumberLine);
    return this.number_;
  }
  get call(): CallMatch | undefined {
    if (this.call_ === UNKNOWN) this.call_ = matchLocalCall(this.text, this.plain) ?? this.onAlternative(matchLocalCall);
    return this.call_;
  }
  /** `read` of the alternative a merged draft's line stands as (keptAlternative); undefined for any other line. */
  private onAlternative<T>(read: (text: string) => T | undefined): T | undefined {
    if (this.text.charCodeAt(0) !== 0x5b) return undefined;
    const kept = keptAlternative(this.text);
    return kept === undefined ? undefined : read(kept);
  }
  get def(): RegExpExecArray | null {
    if (this.def_ === UNKNOWN) this.def_ = this.text.charCodeAt(0) === 0x5b ? FOOTNOTE_DEF.exec(this.text) : null;
    return this.def_;
  }
  /** The number of a SECTION heading (`SECTION 2`, `Sección 2`, `第2节`). */
  get section(): string | undefined {
    if (this.section_ === UNKNOWN) this.section_ = matchSection(this.text);
    return this.section_;
  }
  /** An ANNEX / APPENDIX / ATTACHMENT heading in one of the six languages (short, no final punctuation). */
  get annex(): boolean {
    if (this.annex_ === UNKNOWN) this.annex_ = isHeadingLike(this.text) && isAnnexWord(this.text);
    return this.annex_;
  }
  get bullet(): RegExpExecArray | null {
    if (this.bullet_ === UNKNOWN) this.bullet_ = BULLET_OPENERS.has(this.text.charCodeAt(0)) ? BULLET.exec(this.text) : null;
    return this.bullet_;
  }
  get cover(): boolean {
    if (this.cover_ === UNKNOWN) this.cover_ = COVER_FIELD.test(this.text);
    return this.cover_;
  }
  get reasons(): boolean {
    if (this.reasons_ === UNKNOWN) this.reasons_ = isReasons(this.text);
    return this.reasons_;
  }
  get elision(): boolean {
    if (this.elision_ === UNKNOWN) {
      // An omission mark starts with `…`, a dot, a bracket or white space (compare/fold.ts isElision): a first test.
      const first = this.text.charCodeAt(0);
      this.elision_ = (first === 0x2026 || first === 0x2e || first === 0x5b || first === 0x28 || first === 0xff08 || maySpace(first)) && isElision(this.text);
    }
    return this.elision_;
  }
  get endsList(): boolean {
    if (this.endsList_ === UNKNOWN) this.endsList_ = endsList(this);
    return this.endsList_;
  }
  /** Cross-references written in the text (`considering e) above`), at offsets into it. */
  get refs(): RefMatch[] {
    if (this.refs_ === UNKNOWN) this.refs_ = referenceMatches(this.text, this.plain);
    return this.refs_;
  }
  /**
   * refs as a Resolution whose calls' first words `named` looks for (lang/references.ts firstWordsTest) keeps them: a
   * plain line without such a word is read for the readings with a direction word only, none: [] (referencesNamedBy).
   * refs when known; what is read for the test asked last is kept.
   */
  /** refs, when they are known. */
  get knownRefs(): RefMatch[] | undefined {
    return this.refs_ === UNKNOWN ? undefined : this.refs_;
  }
  refsNamedBy(named: LazyTest): RefMatch[] {
    if (this.refs_ !== UNKNOWN) return this.refs_;
    // The test is made when the text asks it (referencesNamedBy); a text read with a test before asks one again.
    if (this.namedTest_ === UNKNOWN || this.namedTest_ !== named.get()) {
      const read = referencesNamedBy(this.text, this.plain, named);
      if (read.full) return (this.refs_ = read.refs!);
      this.namedTest_ = named.get();
      this.named_ = read.refs;
    }
    return this.named_ ?? this.refs;
  }
  /** The first word of the key of the call the text is (lang/references.ts callFirstWord). */
  get callWord(): string | undefined {
    if (this.callWord_ === UNKNOWN) this.callWord_ = this.call === undefined ? undefined : callFirstWord(this.call.phrase);
    return this.callWord_;
  }
  /** Footnote references `[^n]`, at offsets into the text. */
  get footnotes(): FootnoteMatch[] {
    if (this.footnotes_ === UNKNOWN) this.footnotes_ = footnoteMatches(this.text);
    return this.footnotes_;
  }
}

const OPENS_WITH_DIGIT = /^\s*\d/;

// The characters some patterns a Lexed asks can open with, tested by char code first: a pattern that
// fails at its first character still costs some 50 ns a call, and every paragraph is asked.
/** HEADER's actions: `(MOD)`, `MOD`, `ADD`, `SUP`, `NOC`. */
const HEADER_OPENERS: ReadonlySet<number> = new Set([0x28, 0x4d, 0x41, 0x53, 0x4e]);
/** BULLET's: a TAB, `–`, `•`, `-`, `−`. */
const BULLET_OPENERS: ReadonlySet<number> = new Set([0x09, 0x2013, 0x2022, 0x2d, 0x2212]);

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A fact of a Lexed not worked out yet. */
const UNKNOWN: unique symbol = Symbol('unknown');
type Unknown = typeof UNKNOWN;

interface FootnoteMatch {
  index: number;
  length: number;
  label: string;
}

/**
 * The footnote references of a text that holds none: one array for all (each paragraph kept an empty one of its
 * own for the whole parse: 5,028 in a parse of 1 MB). Frozen: a caller that adds to it fails loudly.
 */
const NO_FOOTNOTES: FootnoteMatch[] = Object.freeze([]) as unknown as FootnoteMatch[];


function footnoteMatches(text: string): FootnoteMatch[] {
  if (!text.includes('[^')) return NO_FOOTNOTES;
  const out: FootnoteMatch[] = [];
  FOOTNOTE_REF.lastIndex = 0;
  for (let m = FOOTNOTE_REF.exec(text); m; m = FOOTNOTE_REF.exec(text)) out.push({ index: m.index, length: m[0].length, label: m[1] });
  return out;
}

/**
 * The Lexed of each paragraph text of one parse. `next()` hands the texts seen to the parse of the next
 * version (and nothing older: memory stays one entry per paragraph text of the current version).
 *
 * A parse that has no next version (`once`: parseDocument, for the CLI, base texts, a proposal checked
 * alone) keeps each paragraph's own slice of its projection, as it comes, without copying it. Its Lexed
 * hold those slices (and what they read of them, slices too), so nothing of them may outlive the parse:
 * a version parsed after it starts from nothing. The versions of an edited document (parseNextVersion)
 * copy each new text, once, so that the next version keeps none of their projections.
 */
export class Lexicon {
  private readonly current = new LexedTable();
  private constructor(private previous: LexedTable | undefined, private readonly once: boolean) {}

  /** The Lexicon of a parse that has no next version. */
  static once(): Lexicon {
    return new Lexicon(undefined, true);
  }
  /** The Lexicon of the first version of a document that will have next versions. */
  static first(): Lexicon {
    return new Lexicon(undefined, false);
  }

  of(text: string): Lexed {
    let l = this.current.get(text);
    if (l) return l;
    // A version's own copy: the slice would keep this version's projection alive in the next.
    l = this.once ? new Lexed(text) : this.previous?.get(text) ?? new Lexed(ownCopy(text));
    this.current.add(l);
    return l;
  }

  /** A Lexicon for the next version's parse, starting from this one's texts (none of a parse that had no next version). */
  next(): Lexicon {
    return new Lexicon(this.once ? undefined : this.current, false);
  }

  /** What is kept of this Lexicon without its parse: itself, or nothing of a parse that had no next version (its texts are slices of it). */
  kept(): Lexicon {
    return this.once ? Lexicon.first() : this;
  }

  /** The parse is done: texts of older versions are let go. */
  done(): void {
    this.previous = undefined;
  }
}

/**
 * Lexed by their text. A text is found by its length and four of its characters (sampleKey), compared
 * whole only with the few texts that share them: no hash of every character of every line, as a Map
 * keyed by the text would compute for each fresh slice. Past BUCKET texts sharing a key (lines alike in
 * all four places: a generated table), the others go to a Map by the whole text, so a lookup stays short.
 */
class LexedTable {
  private readonly sampled = new Map<number, Lexed | Lexed[]>();
  private hashed: Map<string, Lexed> | undefined;

  get(text: string): Lexed | undefined {
    const found = this.sampled.get(sampleKey(text));
    if (found === undefined) return undefined;
    if (found instanceof Lexed) return found.text === text ? found : undefined;
    for (const l of found) if (l.text === text) return l;
    return found.length < BUCKET ? undefined : this.hashed?.get(text);
  }

  /** Adds a Lexed whose text is not in the table. */
  add(l: Lexed): void {
    const key = sampleKey(l.text);
    const found = this.sampled.get(key);
    if (found === undefined) this.sampled.set(key, l);
    else if (found instanceof Lexed) this.sampled.set(key, [found, l]);
    else if (found.length < BUCKET) found.push(l);
    else (this.hashed ??= new Map()).set(l.text, l);
  }
}

const BUCKET = 8;

/**
 * A small integer from a text's length and four of its characters (a quarter, half and three quarters
 * in, and the last): equal texts have equal keys; most texts of a document that differ differ in one of them.
 */
function sampleKey(text: string): number {
  const n = text.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(n >> 2), 0x01000193);
  h = Math.imul(h ^ text.charCodeAt(n >> 1), 0x01000193);
  h = Math.imul(h ^ text.charCodeAt((3 * n) >> 2), 0x01000193);
  h = Math.imul(h ^ text.charCodeAt(n - 1), 0x01000193);
  return h >>> 2;
}

// ---------------------------------------------------------------- paragraphs

/**
 * The paragraphs of a projection. Reading the second projection of a text (`twins`: the first one's plain
 * paragraphs), a paragraph copied whole from the source at the span of one of them is that Paragraph
 * itself, adopted by this projection (Twins.adopt): no Paragraph, span or text of its own; settle gives
 * it one only if it reads otherwise here.
 */
function splitParagraphs(projection: Projection, twins?: Twins): { paragraphs: Paragraph[]; starts: Int32Array } {
  const { source: sourceText, segments } = projection;
  // The projection's text is read from the source's runs, never joined (projection.ts RunReader): each
  // paragraph's text is a slice of the source, or its runs joined where a mark splits it.
  const text = new RunReader(sourceText, segments);
  const old = projection.kind === 'old';
  const paragraphs: Paragraph[] = [];
  // Where each paragraph starts in the projection (grown as a typed array: memory outside the heap).
  // Made at a size most texts do not outgrow (a line of 32 characters on average): a typed array costs about a
  // microsecond to make, which a 10 KB parse feels.
  let starts = new Int32Array((segments.viewLength >> 5) + 64);
  // rangeToSource for each paragraph, walking the segments once (paragraphs come in order).
  let first = 0; // the last segment starting at or before the paragraph's start
  let last = 0; // the last segment starting before its end
  const n = segments.count;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    if (paragraphs.length === starts.length) {
      const more = new Int32Array(2 * starts.length);
      more.set(starts);
      starts = more;
    }
    starts[paragraphs.length] = start;
    if (twins !== undefined && n !== 0) {
      // The second projection: a paragraph that starts where a twin does, in a run that holds the twin's text and the
      // line end after it, is the twin (its text holds no line end): no line end to look for, no span to map.
      while (first + 1 < n && segments.viewStart(first + 1) <= start) first++;
      const aView = segments.viewStart(first);
      const aEnd = aView + segments.size(first);
      const s = segments.sourceStart(first) + start - aView;
      const twin = aView <= start ? twins.at(s) : undefined;
      const end = twin === undefined ? -1 : start + twin.text.length;
      if (twin !== undefined && twin.source.end === s + twin.text.length && end <= aEnd) {
        // The code units after the twin's text, read from the source's runs (not through `text`, which reads forward only).
        const after = end < aEnd ? sourceText.charCodeAt(s + twin.text.length) : first + 1 < n ? sourceText.charCodeAt(segments.sourceStart(first + 1)) : NaN;
        const then = end + 1 < aEnd ? sourceText.charCodeAt(s + twin.text.length + 1) : -1;
        if (end === text.length || after === 10 || (after === 13 && then !== -1)) {
          twins.adopt(twin, paragraphs.length, old);
          paragraphs.push(twin);
          start = end === text.length ? end + 1 : end + (after === 13 && then === 10 ? 2 : 1);
          continue;
        }
      }
    }
    // A paragraph ends at CRLF, LF or a CR alone (FORMAT.md: line ends as the LSP counts them).
    const contentEnd = text.lineEndAt(start);
    const next = contentEnd === text.length ? text.length + 1 : contentEnd + (text.charCodeAt(contentEnd) === 13 && text.charCodeAt(contentEnd + 1) === 10 ? 2 : 1);
    let body: string;
    let source: Span;
    if (n === 0) {
      source = { start, end: contentEnd };
      body = '';
    } else {
      while (first + 1 < n && segments.viewStart(first + 1) <= start) first++;
      const aView = segments.viewStart(first);
      const aSize = segments.size(first);
      const s = segments.sourceStart(first) + Math.min(Math.max(start - aView, 0), aSize);
      let e = s;
      if (contentEnd > start) {
        if (last < first) last = first;
        while (last + 1 < n && segments.viewStart(last + 1) < contentEnd) last++;
        e = segments.sourceStart(last) + Math.min(Math.max(contentEnd - segments.viewStart(last), 0), segments.size(last));
      }
      const inRun = aView <= start && contentEnd <= aView + aSize;
      const twin = twins && inRun ? twins.find(s, Math.max(s, e)) : undefined;
      if (twin) {
        twins!.adopt(twin, paragraphs.length, old);
        paragraphs.push(twin);
        start = next;
        continue;
      }
      source = { start: s, end: Math.max(s, e) };
      body = inRun ? sourceText.slice(s, s + contentEnd - start) : joinedRuns(sourceText, segments, first, last, start, contentEnd);
    }
    paragraphs.push(newParagraph(body, source, old, paragraphs.length));
    start = next;
  }
  return { paragraphs, starts };
}

/** A paragraph as the structure reader finds it, at `index` in its view. */
function newParagraph(text: string, source: Span, old: boolean, index: number): Paragraph {
  return {
    text,
    kind: isBlank(text) ? 'blank' : 'text',
    source,
    bodyOffset: 0,
    // Set by the structure reader on some paragraphs: here on all, so that every Paragraph has one shape.
    label: undefined,
    labelSpan: undefined,
    provision: undefined,
    oldIndex: old ? index : -1,
    newIndex: old ? -1 : index,
  };
}

/** The projection's text from `start` to `end`, which runs `first` to `last` hold: their parts of the source joined. */
function joinedRuns(source: string, segments: Segments, first: number, last: number, start: number, end: number): string {
  // One slot a run, made at its size: a list grown by push from empty gets room for 17 at once.
  const parts = new Array<string>(last - first + 1);
  for (let k = first; k <= last; k++) {
    const view = segments.viewStart(k);
    const from = Math.max(start, view);
    const to = Math.min(end, view + segments.size(k));
    parts[k - first] = to > from ? source.slice(segments.sourceStart(k) + from - view, segments.sourceStart(k) + to - view) : '';
  }
  return parts.join('');
}

/** Anything but white space (what String.prototype.trim removes): a paragraph that is not blank. */
const NON_BLANK = /\S/;

/** A paragraph of white space only; most open with printable ASCII, which says they are not (no pattern). */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && !NON_BLANK.test(text);
}

/** A paragraph's index in a view's (or projection's) paragraphs; -1 when it does not hold the paragraph. */
export function paragraphIndex(view: { readonly kind: ViewKind }, p: Paragraph): number {
  return view.kind === 'old' ? p.oldIndex : p.newIndex;
}

/** Where a paragraph starts in a view's text. */
export function viewStart(view: Pick<View, 'kind' | 'paragraphStarts'>, p: Paragraph): number {
  const index = view.kind === 'old' ? p.oldIndex : p.newIndex;
  return index < 0 ? -1 : view.paragraphStarts[index];
}

/** Where a paragraph ends in a view's text (before its line end). */
export function viewEnd(view: Pick<View, 'kind' | 'paragraphStarts'>, p: Paragraph): number {
  return viewStart(view, p) + p.text.length;
}

// ---------------------------------------------------------------- outline builder

/**
 * The children and the continuation of an item that has none (most items): one frozen empty array for
 * all, so that a leaf costs no two arrays of its own; the Outline gives an item its own array when it
 * first adds to it (and a push anywhere else on the shared one throws instead of reaching every item).
 */
const NO_ITEMS = Object.freeze([]) as unknown as Item[];
const NO_PARAGRAPHS = Object.freeze([]) as unknown as Paragraph[];

function newItem(paragraph: Paragraph, extra?: ItemExtra): OutlineItem {
  return new OutlineItem(paragraph, 0, extra);
}

/** An item with a label: its paragraph's (set before). */
function labelledItem(paragraph: Paragraph): OutlineItem {
  return new OutlineItem(paragraph, LABELLED, undefined);
}

/** What few items carry (call sections, SECTIONs, annex headings, outline roots): one object for them, none on the others. */
interface ItemExtra {
  call?: Item['call'];
  section?: string;
  annex?: string;
  textKind?: TextKind;
}

const AFTER_ELISION = 1;
const AFTER_TEXT = 2;
/** The item is its paragraph's label's (a list item): its label is the paragraph's. */
const LABELLED = 4;

/**
 * An item of an outline: one class for all items (the checks' reads of an item stay monomorphic), with
 * only the fields most items fill as fields of its own; what few items carry is in one `extra` object,
 * and the two flags in one number (read through getters). Half the fields of an item with every field,
 * mostly undefined: the young-generation collector copies every item of a parse alive when it runs.
 */
class OutlineItem implements Item {
  paragraph: Paragraph;
  children: Item[] = NO_ITEMS;
  parent: Item | undefined = undefined;
  continuation: Paragraph[] = NO_PARAGRAPHS;
  private flags: number;
  constructor(paragraph: Paragraph, flags: number, private extra: ItemExtra | undefined) {
    this.paragraph = paragraph;
    this.flags = flags;
  }

  /** A list item's label: its paragraph's (the paragraph and the item are read together; settle keeps them so). */
  get label(): Label | undefined {
    return (this.flags & LABELLED) !== 0 ? this.paragraph.label : undefined;
  }

  get call(): Item['call'] {
    return this.extra?.call;
  }
  get section(): string | undefined {
    return this.extra?.section;
  }
  get annex(): string | undefined {
    return this.extra?.annex;
  }
  get textKind(): TextKind | undefined {
    return this.extra?.textKind;
  }
  set textKind(kind: TextKind | undefined) {
    (this.extra ??= {}).textKind = kind;
  }
  get afterElision(): boolean | undefined {
    return (this.flags & AFTER_ELISION) !== 0 ? true : undefined;
  }
  get afterText(): boolean | undefined {
    return (this.flags & AFTER_TEXT) !== 0 ? true : undefined;
  }
  /** Marks the item as following an elision or unlabelled text. */
  follows(elision: boolean, text: boolean): void {
    this.flags = (this.flags & LABELLED) | (elision ? AFTER_ELISION : 0) | (text ? AFTER_TEXT : 0);
  }
}

function addContinuation(item: Item, p: Paragraph): void {
  if (item.continuation === NO_PARAGRAPHS) item.continuation = [p];
  else item.continuation.push(p);
}

const isListItem = (item: Item) => item.label !== undefined;

/** The lists an outline's open items are kept in, shared by the outlines of one view (one read at a time). */
class OpenItems {
  readonly items: Item[] = [];
  readonly kids: Item[][] = [];
  readonly counts: number[] = [];
}

class Outline {
  readonly root: Item;
  /** The open items, root first: the first `depth` entries of lists all the outlines of a view share (one at a time). */
  private readonly stack: Item[];
  /** The children of each open item so far (the first `counts[d]` entries of `kids[d]`), given it when it closes (pop). */
  private readonly kids: Item[][];
  private readonly counts: number[];
  private depth = 1;
  private pendingElision = false;
  private pendingText = false;

  constructor(rootParagraph: Paragraph, open: OpenItems) {
    this.root = newItem(rootParagraph);
    this.stack = open.items;
    this.kids = open.kids;
    this.counts = open.counts;
    this.stack[0] = this.root;
    this.counts[0] = 0;
    this.kids[0] ??= [];
  }

  /** The top item closes: it gets its children, an exact list (none: the shared empty one). */
  private pop(): void {
    const d = --this.depth;
    const n = this.counts[d];
    if (n > 0) this.stack[d].children = this.kids[d].slice(0, n);
  }

  /** The outline is read: every open item closes, the root last. Before the next outline of the view starts. */
  done(): void {
    while (this.depth > 1) this.pop();
    const n = this.counts[0];
    if (n > 0) this.root.children = this.kids[0].slice(0, n);
  }

  private get top(): Item {
    return this.stack[this.depth - 1];
  }

  private push(parent: Item, item: OutlineItem): Item {
    item.parent = parent;
    item.follows(this.pendingElision, this.pendingText);
    this.pendingElision = false;
    this.pendingText = false;
    // The parent is the top item: its children gather in the list of its depth.
    const d = this.depth - 1;
    this.kids[d][this.counts[d]++] = item;
    this.stack[this.depth] = item;
    this.counts[this.depth] = 0;
    this.kids[this.depth] ??= [];
    this.depth++;
    return item;
  }

  annex(p: Paragraph, heading: string): void {
    while (this.depth > 1) this.pop();
    this.push(this.root, newItem(p, { annex: heading }));
  }

  private popToLevelOne(): Item {
    // A loop, no closure: every call line and SECTION comes here.
    while (this.depth > 1 && this.top.annex === undefined) this.pop();
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
    addContinuation(this.top, p);
  }

  /**
   * A provision paragraph (`33.9A<TAB>2) However, …`) stands between lists like text: the items `a)`,
   * `b)` after it start a list of their own (RR Article 33: Nos. 33.9 and 33.9A each end in `a)`, `b)`;
   * before, the second pair was read as repeating the first).
   */
  provision(p: Paragraph): void {
    this.text(p, false);
  }

  text(p: Paragraph, bullet: boolean): void {
    if (!bullet) this.pendingText = true;
    addContinuation(this.top, p);
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
      // (Loops, no closure: one labelled paragraph after another comes here.)
      for (let i = this.top; this.depth > 1 && isListItem(i) && (label.paren
        ? (i.label!.paren === true && i.label!.parts.length >= depth) || (i.label!.kind !== 'decimal' && (this.pendingText || underNumberedItem(i)))
        : i.label!.kind !== 'decimal' || i.label!.paren === true || i.label!.parts.length >= depth); i = this.top) this.pop();
      return this.push(this.top, labelledItem(p));
    }
    if (label.kind === 'letter') {
      // A letter closes the numbered items `1)` … under the letter before it (X.500 (10/2016) clause 4).
      for (let i = this.top; this.depth > 1 && isListItem(i) && (i.label!.kind !== 'decimal' || (i.label!.paren === true && i.parent?.label?.kind === 'letter')); i = this.top) this.pop();
      if (this.intruder(label, next, 'letter')) this.pop();
      return this.push(this.top, labelledItem(p));
    }
    for (let i = this.top; this.depth > 1 && i.label?.kind === 'roman'; i = this.top) this.pop();
    if (this.intruder(label, next, 'roman')) this.pop();
    return this.push(this.top, labelledItem(p));
  }

  /**
   * Whether the item on top of the stack stands in its parent's list in place of a mistyped label,
   * so that `label` (which cannot start a list under it) continues that list: `a) b) 1 d)`,
   * `1 2 c) 4`, `a) b) ii) d)`. Only the first label of a list (a), i), 1) starts a sub-list.
   */
  private intruder(label: Label, next: LabelMatch | undefined, kind: LabelKind): boolean {
    const top = this.top;
    const parent = top.parent;
    if (!top.label || !parent || this.counts[this.depth - 1] > 0 || startsList(label)) return false;
    const ownKind = kind === 'roman' ? 'letter' : kind;
    // The top item is itself of another kind than the list it stands in (a number among letters): the
    // child of its parent before it (the top item is the parent's last child so far, one level down).
    const siblings = this.counts[this.depth - 2];
    const before = siblings >= 2 ? this.kids[this.depth - 2][siblings - 2] : undefined;
    if (top.label.kind !== ownKind && top.label.kind !== kind && before?.label?.kind === ownKind) return true;
    // The next label continues the top item's list as if this one had the label between them.
    // (Its first reading of the top item's kind, without a suffix; no array and closure per label.)
    const topKind = top.label.kind;
    const alternative = next?.alternative;
    const after = next === undefined ? undefined : next.label.kind === topKind && next.label.suffixRank === 0 ? next.label
      : alternative !== undefined && alternative.kind === topKind && alternative.suffixRank === 0 ? alternative : undefined;
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
    let kind: LabelKind | undefined;
    // As a letter it would go back in its list (a first roman sub-item i) under the letter i)).
    const letterBack = letterTop !== undefined && !continuesItem(letterTop, letter) && letter.ordinal <= letterTop.label!.ordinal;
    // The label after it decides too: i) then ii) is roman (ii) cannot start a list), i) then j) a letter.
    if (continuesItem(romanTop, roman) || nextIs(next, 'roman', roman.ordinal + 1)) kind = 'roman';
    else if (continuesItem(letterTop, letter) || (nextIs(next, 'letter', letter.ordinal + 1) && !letterBack)) kind = 'letter';
    // The first label of a list, followed by a label that is a letter only (`x) b) c)`: `a)` mistyped): a letter. Read
    // as the roman numeral ten, the list was read roman and its fix relettered the correct `b) c)` as `ii) iii)`.
    else if (!romanTop && !letterTop && next !== undefined && next.alternative === undefined && next.label.kind === 'letter') kind = 'letter';
    readings.seen.set(at, kind ?? match.label.kind);
    return kind === 'letter' ? letter : kind === 'roman' ? roman : match.label;
  }
}

/** A label continues the item before it: the next one (h), i); iv), v)), or an insertion after it (i), ibis)). */
function continuesItem(top: Item | undefined, l: Label): boolean {
  return top !== undefined && (
    (l.suffixRank === 0 && top.label!.ordinal + 1 === l.ordinal) || (l.suffixRank > 0 && top.label!.ordinal === l.ordinal && top.label!.suffixRank + 1 === l.suffixRank));
}

/** Whether the next label reads (in either of its readings) as the plain label `ordinal` of `kind`. */
function nextIs(next: LabelMatch | undefined, kind: LabelKind, ordinal: number): boolean {
  if (next === undefined) return false;
  const a = next.label;
  const b = next.alternative;
  return (a.kind === kind && a.ordinal === ordinal && a.suffixRank === 0) || (b !== undefined && b.kind === kind && b.ordinal === ordinal && b.suffixRank === 0);
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
  /** The last decimal clause read in a Recommendation (`3.1.5`): what `3.16` is compared with. */
  lastClause?: Label;
  /** Inside a run of value lines (`0<TAB>Symbol dictionary`, T.88 clause 7.3): text, not clauses. */
  values?: boolean;
}

/**
 * The structure of one projection. `beyond`: where the source holds the code units no plain line holds
 * (checks/characters.ts suspectsIn), in order; a paragraph whose source span holds none is a plain line.
 */
/**
 * `notHeaders`: source offsets of lines not read as proposal headers, though they read as such (parseBoth: a line
 * that is a header in one projection only).
 */
export function parseView(projection: Projection, readings: LabelReadings = { seen: new Map() }, lexicon: Lexicon = Lexicon.once(), plain?: PlainParagraphs, beyond?: readonly number[], notHeaders?: ReadonlySet<number>): View {
  const twins = plain?.reading ? new Twins(plain) : undefined;
  // What the first projection worked out from texts both may share (FirstReading): recorded by the first, taken by the second.
  const first = plain?.first;
  const reuse = twins !== undefined;
  const { paragraphs, starts } = splitParagraphs(projection, twins);
  const lexed = lexParagraphs(projection, paragraphs, starts, lexicon, plain, twins, beyond);
  // The annex each paragraph stands in (its designator: `A` of Annex A), for its clause numbers `A.1`.
  let designator: string | undefined;
  // Where a part of the text starts whose labels are read alike (lang/labels.ts labelContexts): a proposal, a
  // Resolution. Not a call section: an excerpt's `р) с)` under one call is read by the `б)` of another.
  const contexts = labelContexts(paragraphs, (i) => {
    const lx = lexed[i];
    if (!lx) return false;
    return readsAsHeader(lx.header) || lx.number !== undefined;
  });
  const matches = paragraphs.map((p, i) => {
    const lx = lexed[i];
    if (!lx) return undefined;
    const d = lx.designator;
    if (d !== undefined && isHeadingLike(p.text) && isAnnexHeading(p.text)) designator = d;
    else if (lx.header) designator = excerptDesignator(paragraphs, i);
    return lx.labelIn(contexts instanceof Array ? contexts[i] : contexts) ?? lx.dotLabel ?? annexClauseMatch(p.text, designator) ?? lx.indentedLabel;
  });
  readArabicDecimals(paragraphs, matches, lexed);
  const nextLabel = lookahead(paragraphs, matches, lexed);
  // The stack of open items, shared by the view's outlines: each starts when the one before it is done
  // (a list of its own per outline was grown by push, room for 17 at the first).
  const openItems = new OpenItems();
  const proseOutline = new Outline(paragraphs[0], openItems);
  const view = new ParsedView(projection, paragraphs, starts, proseOutline.root);
  // A line a header in one projection only (parseBoth) is no header in either.
  const isHeader = (p: Paragraph, header: RegExpExecArray | null): header is RegExpExecArray =>
    readsAsHeader(header) && !(notHeaders && notHeaders.has(lineStartAt(projection.source, p.source.start)));
  const proseKind = first ? first.proseKind(linesBeforeProposals(paragraphs, lexed, isHeader), reuse) : textKindOf(linesBeforeProposals(paragraphs, lexed, isHeader));
  view.textKind = proseOutline.root.textKind = proseKind;
  let region: Region = { resolution: undefined, outline: proseOutline, kind: proseKind, calls: undefined, expect: undefined, lastClause: undefined, values: undefined };
  // The kind of the text the current proposal amends (the prose's kind when the proposal does not say).
  let proposalTextKind: TextKind = proseKind;
  // The paragraphs of the prose or of the current proposal, and of the current Resolution: each list is
  // made in a list kept for the whole view (the first `n` entries) and copied once, exact, when it ends,
  // instead of growing by push (room for 17 at the second paragraph, half again at each growth).
  const proposalList: Paragraph[] = [];
  let proposalCount = 0;
  let listOwner: ProposalView | undefined;
  const resolutionList: Paragraph[] = [];
  let resolutionCount = 0;
  const endProposalList = () => {
    const list = proposalList.slice(0, proposalCount);
    if (listOwner) listOwner.paragraphs = list;
    else view.prose = list;
  };
  const endResolutionList = () => {
    if (region.resolution) region.resolution.paragraphs = resolutionList.slice(0, resolutionCount);
  };
  // Every Region made whole in one literal (one shape, no spread).
  const newRegion = (outline: Outline, resolution?: Resolution): Region => {
    endResolutionList();
    outline.root.textKind = proposalTextKind;
    return { resolution, outline, kind: proposalTextKind, calls: undefined, expect: resolution ? 'title' : undefined, lastClause: undefined, values: undefined };
  };
  let inContents = false;
  let proposal: ProposalView | undefined;
  let inCover = true;

  const bodyOf = (p: Paragraph, offset: number) => {
    p.bodyOffset = offset;
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const text = p.text;
    const lx = lexed[i];
    if (!lx) {
      if (inCover && i > 0) inCover = false;
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
    if (isHeader(p, header)) {
      p.kind = 'proposal-header';
      const targetKind = first ? first.proposalKind(view.proposals.length, header[5], firstLinesAfter(paragraphs, i), proseKind, reuse) : proposalKind(header[5], firstLinesAfter(paragraphs, i), proseKind);
      proposalTextKind = targetKind ?? proseKind;
      region.outline.done();
      region = newRegion(new Outline(p, openItems));
      endProposalList();
      proposal = { header: p, paragraphs: NO_PARAGRAPHS, resolutions: [], outline: region.outline.root };
      if (targetKind) proposal.textKind = targetKind;
      view.proposals.push(proposal);
      listOwner = proposal;
      proposalList[0] = p;
      proposalCount = 1;
      continue;
    }
    proposalList[proposalCount++] = p;

    const def = lx.def;
    if (def) {
      p.kind = 'footnote-definition';
      bodyOf(p, def[0].length);
      view.footnoteDefs.push({
        label: def[1],
        paragraph: p,
        labelSource: rangeToSource(projection.segments, starts[i] + 2, starts[i] + 2 + def[1].length),
      });
      continue;
    }
    if (proposal && lx.reasons) {
      p.kind = 'reasons';
      proposal.reasons = p;
      region.outline.done();
      region = newRegion(new Outline(p, openItems));
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
        paragraphs: NO_PARAGRAPHS,
      };
      region.outline.done();
      region = newRegion(new Outline(p, openItems), resolution);
      resolutionList[0] = p;
      resolutionCount = 1;
      resolution.root = region.outline.root;
      (proposal ? proposal.resolutions : view.resolutions).push(resolution);
      continue;
    }
    const resolution = region.resolution;
    if (resolution) resolutionList[resolutionCount++] = p;
    if (lx.elision) {
      p.kind = 'elision';
      region.outline.elision(p);
      continue;
    }

    // The heading parts that follow a number line, a SECTION or an ANNEX heading.
    if (region.expect) {
      const expect = region.expect;
      // A SECTION or ANNEX heading is never a title; nor, after an elision (`RESOLUTION 1 (…)`, `…`: the
      // title left out), a call line or a labelled item. They are read as what they are.
      const afterElision = resolution !== undefined && resolutionCount >= 2 && resolutionList[resolutionCount - 2].kind === 'elision';
      const notTitle = lx.section !== undefined || (lx.annex && isAnnexHeading(text)) || (afterElision && (lx.call !== undefined || matches[i] !== undefined));
      if (expect === 'title' && resolution && !notTitle) {
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
      // An ITU-R Resolution's formula names no meeting (`The ITU Radiocommunication Assembly,`), nor does its number line.
      if ((expect === 'history' || expect === 'formula') && resolution && (FORMULA.test(text) || (expect === 'formula' && resolution.revision === '' && BARE_FORMULA.test(text) && lx.call === undefined))) {
        p.kind = 'enacting-formula';
        resolution.formula = p;
        region.expect = undefined;
        continue;
      }
      region.expect = undefined;
      if (expect === 'section-title' || expect === 'annex-title') {
        if (!matches[i] && !lx.call) {
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
    if (lx.contentsHeading) {
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
        region.outline.provision(p);
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
    let labelMatch = matches[i];
    if (isRecommendation(region.kind)) {
      // A run of value lines (`0<TAB>…`, `4<TAB>…` under clause 7.3 of T.88) is text. Not in a proposal:
      // there a number repeated or going back (`3`, `3`, `4`; `2`, `1`, `3`) is a delegate's fault in the
      // clauses restated (found by the generated proposals), and a value table restated is rare.
      const value = proposal ? undefined : valueLineNumber(text);
      if (value === undefined) region.values = false;
      else if (region.values || (value <= topClause(region.lastClause) && valueLineNumber(nextText(paragraphs, i)) !== undefined)) {
        region.values = true;
        p.kind = 'text';
        region.outline.text(p, false);
        continue;
      }
      // `3.16` where `3.1.6` comes next (X.609.7): read as 3.1.6, the lost dot reported (numbering.missing-dot).
      const typed = labelMatch?.label;
      // Not first after an elision in a proposal: text left out may end at any clause (A.1's `1.8.2.1`, `…`, `1.8.2.11`).
      const elided = proposal !== undefined && previousKind(paragraphs, i) === 'elision';
      const reading = typed?.kind === 'decimal' && !typed.paren && region.lastClause && !elided ? missingDotReading(typed.text, region.lastClause.parts) : undefined;
      if (labelMatch && reading) labelMatch = { ...labelMatch, label: { ...decimalLabel(reading), text: labelMatch.label.text } };
      // `1.0<TAB>Introduction`, `2.0<TAB>…` with no clause 1 or 2 open: the older way to number clause 1, 2
      // (G.Imp7713.1 (05/2005): `1.0`, `2.0`, then `3`). Before, `2.0` "appeared twice" after `1.0`.
      const zero = typed?.kind === 'decimal' && !typed.paren ? /^(\d+)\.0$/.exec(typed.text) : null;
      if (labelMatch && zero && region.lastClause?.parts[0] !== zero[1]) labelMatch = { ...labelMatch, label: { ...decimalLabel(zero[1]), text: labelMatch.label.text } };
    }
    // `6.<TAB>Overview` is a clause number with a final dot only in a Recommendation, before a title, where
    // the number may come next (J.1108 clause 6); `1.<TAB>When a SRC is selected …` is a step of text.
    // A title followed at once by the next such line (`1.<TAB>Reference source code implementation`, `2.<TAB>Test
    // bitstreams`, T.88's list of attachments) is a list.
    // In a proposal, a clause restated first, or first after an elision, may bear any number: a MOD of J.1108's
    // clause 6 restates `6.<TAB>Overview` as the text in force writes it.
    const dotted = labelMatch ? lx.trailingDot : undefined;
    const restatedFirst = proposal !== undefined && (region.lastClause === undefined || previousKind(paragraphs, i) === 'elision');
    if (labelMatch && dotted !== undefined && !(isRecommendation(region.kind) && isClauseTitle(text.slice(labelMatch.bodyOffset)) &&
      (restatedFirst || nextClauseNumbers(region.lastClause?.parts).includes(dotted) || repeatsClause(dotted, region.lastClause?.parts, true)) && trailingDotNumber(nextText(paragraphs, i)) === undefined)) {
      labelMatch = undefined;
    }
    // A Table of Frequency Allocations cell of footnote numbers (`5.149  5.338  5.338A`) is no list item.
    // A number, a space and lower-case words is a table cell in a Recommendation (`191.5 for (C)`), unless it
    // is the clause that comes next (`6.446 entitlement management messages …` after 6.445, J.1 (01/2019)).
    const looseCell = labelMatch?.label.kind === 'decimal' && isLooseCell(region.kind, text, labelMatch.length) &&
      !(isRecommendation(region.kind) && (continuesClause(labelMatch.label.text, region.lastClause?.parts) || repeatsClause(labelMatch.label.text, region.lastClause?.parts, false)));
    // A clause heading whose title opens `of` reads like a cell citing a clause (kinds.ts isTabbedCitation): it
    // stays the clause where its number is the one that comes next (simulation seed 91450: `9.8<TAB>of
    // Recommendations` after 9.7 left 9.8.1 and 9.8.2 "under 9.7").
    const cell = lx.cell && !(labelMatch?.label.kind === 'decimal' && !labelMatch.label.paren &&
      continuesClause(labelMatch.label.text, region.lastClause?.parts) && isTabbedCitation(text));
    if (labelMatch && !cell && !looseCell) {
      p.kind = resolution || proposal ? 'item' : 'clause-heading';
      bodyOf(p, labelMatch.bodyOffset);
      // The label ends the matched part: `.8` is read as 8 (the dot is reported, checks/provisionNumbers.ts),
      // ` 3.10` as 3.10 (a space before it, T.88 (08/2018)).
      const labelAt = labelMatch.length - labelMatch.label.text.length;
      const labelStart = starts[i] + labelAt;
      p.labelSpan = twins?.spanIn(i, labelAt, labelMatch.length) ?? rangeToSource(projection.segments, labelStart, labelStart + labelMatch.label.text.length);
      region.outline.labelled(p, labelMatch, nextLabel[i], p.labelSpan.start, readings);
      if (p.label?.kind === 'decimal' && !p.label.paren) region.lastClause = p.label;
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
  region.outline.done();
  endResolutionList();
  endProposalList();
  settle(view, twins);
  collectReferences(view, lexed, first, reuse);
  view.references = fitted(view.references, 0);
  return view;
}

/** The structure of one projection; its text is the projection's, joined when first read (projection.ts). */
class ParsedView implements View {
  readonly #projection: Projection;
  readonly kind: ViewKind;
  readonly segments: Segments;
  prose: Paragraph[] = [];
  resolutions: Resolution[] = [];
  proposals: ProposalView[] = [];
  footnoteRefs: FootnoteRef[] = [];
  footnoteDefs: FootnoteDef[] = [];
  references: CrossReference[] = [];
  textKind: TextKind | undefined = undefined;
  readonly memo = new Memo();
  constructor(projection: Projection, public paragraphs: Paragraph[], readonly paragraphStarts: Int32Array, public clauses: Item) {
    this.#projection = projection;
    this.kind = projection.kind;
    this.segments = projection.segments;
  }

  get text(): string {
    return this.#projection.text;
  }
}

/**
 * The view's paragraphs and lists made final, in one walk over what the view holds:
 * - the second projection has adopted its twins (the first projection's paragraphs at the same span,
 *   Twins) and read them as its own. Where one reads otherwise here (a Resolution whose number line is
 *   marked, a clause after a relettered one: another kind, label, label span, body or provision), this
 *   view takes a Paragraph of its own, as read here, and the twin gets back the first projection's reading;
 *   every reference of this view to the twin goes to its own Paragraph;
 * - each array that grew by push is copied to its exact length: a push past an array's room gives it room
 *   for 16 more (V8), and the young-generation collector copies that room too, for every list, item and
 *   proposal of a parse alive when it runs. Arrays that start with their first element (`[p]`) are exact
 *   until a second one is pushed.
 * Index loops throughout: a for-of here costs an iterator and a result object per step (measured: 2.5 MB
 * a 1 MB parse).
 */
function settle(view: View, twins: Twins | undefined): void {
  const paragraphs = view.paragraphs;
  // The twins that read otherwise here, by their index in this view.
  let split: number[] | undefined;
  if (twins) {
    for (let i = 0; i < paragraphs.length; i++) {
      if (!twins.readsOtherwise(i)) continue;
      const twin = paragraphs[i];
      const own = newParagraph(twin.text, twin.source, view.kind === 'old', i);
      own.kind = twin.kind;
      own.label = twin.label;
      own.labelSpan = twin.labelSpan;
      own.bodyOffset = twin.bodyOffset;
      own.provision = twin.provision;
      paragraphs[i] = own;
      (split ??= []).push(i);
    }
  }
  const held = (p: Paragraph) => (split === undefined ? p : paragraphs[paragraphIndex(view, p)]);
  const list = (ps: Paragraph[], exact: number): Paragraph[] => {
    const out = fitted(ps, exact);
    if (split !== undefined) for (let i = 0; i < out.length; i++) out[i] = held(out[i]);
    return out;
  };
  // The prose's, the proposals' and the Resolutions' paragraphs are exact already (parseView).
  const exactList = (ps: Paragraph[]): Paragraph[] => {
    if (split !== undefined) for (let i = 0; i < ps.length; i++) ps[i] = held(ps[i]);
    return ps;
  };
  const outline = (root: Item) => {
    const stack = [root];
    while (stack.length) {
      const item = stack.pop()!;
      item.paragraph = held(item.paragraph);
      item.continuation = list(item.continuation, 1);
      // Children are exact already (Outline.pop).
      const children = item.children;
      for (let i = 0; i < children.length; i++) stack.push(children[i]);
    }
  };
  const resolution = (r: Resolution) => {
    r.numberLine = held(r.numberLine);
    if (r.title) r.title = held(r.title);
    if (r.history) r.history = held(r.history);
    if (r.formula) r.formula = held(r.formula);
    r.paragraphs = exactList(r.paragraphs);
    outline(r.root);
  };
  view.paragraphs = paragraphs.slice();
  view.prose = exactList(view.prose);
  view.resolutions = fitted(view.resolutions, 0);
  for (let i = 0; i < view.resolutions.length; i++) resolution(view.resolutions[i]);
  view.proposals = fitted(view.proposals, 0);
  for (let k = 0; k < view.proposals.length; k++) {
    const p = view.proposals[k];
    p.header = held(p.header);
    if (p.reasons) p.reasons = held(p.reasons);
    p.paragraphs = exactList(p.paragraphs);
    p.resolutions = fitted(p.resolutions, 0);
    for (let i = 0; i < p.resolutions.length; i++) resolution(p.resolutions[i]);
    outline(p.outline);
  }
  outline(view.clauses);
  view.footnoteRefs = fitted(view.footnoteRefs, 0);
  view.footnoteDefs = fitted(view.footnoteDefs, 0);
  for (let i = 0; i < view.footnoteDefs.length; i++) view.footnoteDefs[i].paragraph = held(view.footnoteDefs[i].paragraph);
  // The twins that read otherwise go back to the first projection's reading, and out of this view.
  if (split !== undefined) for (let k = 0; k < split.length; k++) twins!.giveBack(split[k], view.kind === 'old');
}

function sameProvision(a: ProvisionNumber | undefined, b: ProvisionNumber | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  for (const key of Object.keys(a) as (keyof ProvisionNumber)[]) if (a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

/** An exact copy of an array longer than `exact` elements (the length it starts exact at), else the array. */
function fitted<T>(list: T[], exact: number): T[] {
  return list.length > exact ? list.slice() : list;
}

/**
 * The paragraphs of one projection copied whole from the source (no mark inside them), by source span,
 * with their Lexed: the other projection of the same text holds the same text at the same span, and its
 * paragraph there is the first one's Paragraph itself (Twins.adopt: no Paragraph, Span or string of its own,
 * and its Lexed without looking the text up), unless it reads otherwise there (settle). Most paragraphs of a
 * marked-up text have no mark; the young-generation collector copies every object of the parse that is
 * alive when it runs, and at 1 MB that copying is the largest cost growing faster than the text. Blank
 * paragraphs are recorded too (without a Lexed).
 */
export class PlainParagraphs {
  /** The first projection's paragraphs and their Lexed (none for a blank paragraph). */
  paragraphs: readonly Paragraph[] = [];
  lexed: readonly (Lexed | undefined)[] = [];
  /** 1 for each of them that is plain. Flags over the projection's own arrays: no lists that grow by push. */
  plain = new Uint8Array(0);
  /** What the first projection's structure pass read that the second may take (kinds, references). */
  readonly first = new FirstReading();
  private recorded = false;

  /** Whether the first projection has been read (the next one reads what it recorded). */
  get reading(): boolean {
    return this.recorded;
  }
  /** The first projection's paragraphs, and their Lexed as they are worked out (recorded one by one). */
  start(paragraphs: readonly Paragraph[], lexed: readonly (Lexed | undefined)[]): void {
    this.paragraphs = paragraphs;
    this.lexed = lexed;
    this.plain = new Uint8Array(paragraphs.length);
  }
  /** Paragraph `index` of the first projection is plain. */
  record(index: number): void {
    this.plain[index] = 1;
  }
  /** The first projection is read: the next asks. */
  done(): void {
    this.recorded = true;
  }
}

/** Each paragraph kind as a number (Twins keeps a twin's first kind in a byte). */
const KIND_CODE: Readonly<Record<ParagraphKind, number>> = {
  'blank': 0, 'cover-field': 1, 'proposal-header': 2, 'reasons': 3, 'clause-heading': 4, 'resolution-number': 5, 'resolution-title': 6,
  'history': 7, 'enacting-formula': 8, 'call': 9, 'section-heading': 10, 'section-title': 11, 'annex-heading': 12, 'annex-title': 13,
  'item': 14, 'sub-item': 15, 'elision': 16, 'footnote-definition': 17, 'provision': 18, 'text': 19,
};
const KINDS = Object.keys(KIND_CODE) as ParagraphKind[];

/**
 * The second projection's paragraphs that are the first projection's plain paragraphs (PlainParagraphs), by
 * index. The second projection adopts each twin (the same Paragraph in both views) and reads it afresh;
 * what the first projection read of it (kind, label, label span, body, provision) is kept here, for settle
 * to tell whether the second reads it alike.
 */
class Twins {
  /**
   * Two tables in one typed array (one to make, not four: a typed array costs about a microsecond to make):
   * - `first`: the first projection's reading of each adopted twin, by its index k among the first projection's
   *   paragraphs, three numbers from 3k: its kind (KIND_CODE), its body offset, and for a twin that has a label, label
   *   span or provision, 1 + where they are in the three lists below (most paragraphs have none), else 0;
   * - from `twinStart` on: for each paragraph of the second projection, 1 + the index of its twin among the first
   *   projection's paragraphs, or 0.
   */
  private first: Int32Array;
  private readonly twinStart: number;
  /** The first projection's paragraph find and at look at next. */
  private next = 0;
  private readonly label: (Label | undefined)[] = [];
  private readonly labelSpan: (Span | undefined)[] = [];
  private readonly provision: (ProvisionNumber | undefined)[] = [];
  constructor(readonly plain: PlainParagraphs) {
    const n = plain.paragraphs.length;
    this.twinStart = 3 * n;
    this.first = new Int32Array(4 * n + 16);
  }

  /** The first projection's plain paragraph at this span (asked in source order: each is found once). */
  find(start: number, end: number): Paragraph | undefined {
    const twin = this.at(start);
    return twin === undefined || twin.source.end !== end ? undefined : twin;
  }

  /** The first projection's plain paragraph that starts at this source offset (asked in source order). */
  at(start: number): Paragraph | undefined {
    const { paragraphs: list, plain } = this.plain;
    while (this.next < list.length && (plain[this.next] === 0 || list[this.next].source.start < start)) this.next++;
    const twin = list[this.next];
    return twin === undefined || twin.source.start !== start ? undefined : twin;
  }

  /**
   * The twin found last becomes paragraph `index` of the second projection: what the first projection read
   * of it is kept, and it reads as a paragraph not read yet (splitParagraphs).
   */
  adopt(twin: Paragraph, index: number, old: boolean): void {
    if (this.twinStart + index >= this.first.length) {
      const more = new Int32Array(this.twinStart + 2 * index + 16);
      more.set(this.first);
      this.first = more;
    }
    const k = this.next++;
    this.first[this.twinStart + index] = k + 1;
    this.first[3 * k] = KIND_CODE[twin.kind];
    this.first[3 * k + 1] = twin.bodyOffset;
    if (twin.label !== undefined || twin.labelSpan !== undefined || twin.provision !== undefined) {
      this.first[3 * k + 2] = this.label.push(twin.label);
      this.labelSpan.push(twin.labelSpan);
      this.provision.push(twin.provision);
    }
    // A paragraph is blank in both projections or in neither (its text says): no pattern asked again.
    twin.kind = twin.kind === 'blank' ? 'blank' : 'text';
    twin.bodyOffset = 0;
    twin.label = undefined;
    twin.labelSpan = undefined;
    twin.provision = undefined;
    if (old) twin.oldIndex = index;
    else twin.newIndex = index;
  }

  /** 1 + the first projection's index of the twin of the second projection's paragraph `index`, or 0. */
  private twinOf(index: number): number {
    return this.twinStart + index < this.first.length ? this.first[this.twinStart + index] : 0;
  }

  /** The Lexed of the twin of the second projection's paragraph `index`. */
  lexedOf(index: number): Lexed | undefined {
    const k = this.twinOf(index);
    return k === 0 ? undefined : this.plain.lexed[k - 1];
  }

  /**
   * The source span of the text from `from` to `to` of paragraph `index`, when it is an adopted twin (undefined when it
   * is not): the twin lies in one run of the source, so its text's offsets are its span's; the first projection's
   * label span when it is that span (one Span for both).
   */
  spanIn(index: number, from: number, to: number): Span | undefined {
    const k = this.twinOf(index);
    if (k === 0) return undefined;
    const at = this.plain.paragraphs[k - 1].source.start;
    const r = this.first[3 * k - 1];
    const same = r === 0 ? undefined : this.labelSpan[r - 1];
    return same !== undefined && same.start === at + from && same.end === at + to ? same : { start: at + from, end: at + to };
  }

  /** Whether paragraph `index` is an adopted twin that the second projection read otherwise than the first. */
  readsOtherwise(index: number): boolean {
    const k = this.twinOf(index) - 1;
    if (k < 0) return false;
    const p = this.plain.paragraphs[k];
    const r = this.first[3 * k + 2] - 1;
    return !(KIND_CODE[p.kind] === this.first[3 * k] && p.bodyOffset === this.first[3 * k + 1] && (r < 0
      ? p.label === undefined && p.labelSpan === undefined && p.provision === undefined
      : p.label === this.label[r] && p.labelSpan === this.labelSpan[r] && sameProvision(p.provision, this.provision[r])));
  }

  /** The twin of paragraph `index` (which reads otherwise) gets back the first projection's reading and leaves the second projection. */
  giveBack(index: number, old: boolean): void {
    const k = this.twinOf(index) - 1;
    const p = this.plain.paragraphs[k];
    const r = this.first[3 * k + 2] - 1;
    p.kind = KINDS[this.first[3 * k]];
    p.bodyOffset = this.first[3 * k + 1];
    p.label = r < 0 ? undefined : this.label[r];
    p.labelSpan = r < 0 ? undefined : this.labelSpan[r];
    p.provision = r < 0 ? undefined : this.provision[r];
    if (old) p.oldIndex = -1;
    else p.newIndex = -1;
  }
}

/** The Lexed of each paragraph (blank ones say nothing: undefined). */
function lexParagraphs(projection: Projection, paragraphs: Paragraph[], starts: Int32Array, lexicon: Lexicon, plain: PlainParagraphs | undefined, twins: Twins | undefined, beyond: readonly number[] | undefined): (Lexed | undefined)[] {
  const segments = projection.segments;
  const out: (Lexed | undefined)[] = new Array(paragraphs.length);
  // The first projection records its plain paragraphs; the second found its twins among them (splitParagraphs).
  const recording = plain !== undefined && twins === undefined;
  if (recording) plain!.start(paragraphs, out);
  let seg = 0;
  // The first of `beyond` at or after the paragraph's source (paragraphs come in source order).
  let b = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const twin = p.kind === 'blank' ? undefined : twins?.lexedOf(i);
    const lx = p.kind === 'blank' ? undefined : twin ?? lexicon.of(p.text);
    // A twin's Lexed was told plain, or not, by the first projection (the same span).
    if (lx !== undefined && twin === undefined && beyond !== undefined) {
      // Its text is the source's at its span, or runs of it: no code unit beyond a plain line's there, none in the text.
      while (b < beyond.length && beyond[b] < p.source.start) b++;
      if (b === beyond.length || beyond[b] >= p.source.end) lx.knownPlain();
    }
    if (recording) {
      // The segment the paragraph starts in: a paragraph inside it is the source's text at its span.
      const start = starts[i];
      while (seg + 1 < segments.count && segments.viewStart(seg + 1) <= start) seg++;
      if (seg < segments.count && segments.viewStart(seg) <= start && start + p.text.length <= segments.viewStart(seg) + segments.size(seg)) plain!.record(i);
    }
    out[i] = lx;
  }
  if (recording) plain!.done();
  return out;
}

/** `.8<TAB>…` read as the clause 8 whose digit before the dot was lost (numbering reports the dot). */
function strayDotMatch(text: string): LabelMatch | undefined {
  const n = strayDotNumber(text);
  if (n === undefined) return undefined;
  const length = n.length + 1;
  const sep = /^\t+/.exec(text.slice(length))![0];
  return { label: decimalLabel(n), length, bodyOffset: length + sep.length, looseSeparator: sep !== '\t' };
}

/** `6.<TAB>…` read as the clause 6 typed with a final dot (numbering reports the dot; only in a Recommendation). */
function trailingDotMatch(text: string): LabelMatch | undefined {
  const n = trailingDotNumber(text);
  if (n === undefined) return undefined;
  const sep = /^\t+/.exec(text.slice(n.length + 1))![0];
  return { label: decimalLabel(n), length: n.length, bodyOffset: n.length + 1 + sep.length, looseSeparator: sep !== '\t' };
}

/** The top-level number of the clause read last (`7` of `7.3`), or 0. */
function topClause(label: Label | undefined): number {
  const top = label ? Number(label.parts[0]) : 0;
  return Number.isFinite(top) ? top : 0;
}

/** The text of the next paragraph that is not blank. */
/** The kind of the paragraph before `index` that is not blank, if any. */
function previousKind(paragraphs: readonly Paragraph[], index: number): Paragraph['kind'] | undefined {
  for (let i = index - 1; i >= 0; i--) if (paragraphs[i].kind !== 'blank') return paragraphs[i].kind;
  return undefined;
}

function nextText(paragraphs: readonly Paragraph[], index: number): string {
  for (let i = index + 1; i < paragraphs.length; i++) if (paragraphs[i].kind !== 'blank') return paragraphs[i].text;
  return '';
}

/**
 * A proposal whose first paragraph is an annex clause (`MOD … A.2.2<TAB>…`) restates clauses of that
 * annex without its heading: its clause numbers count as under it (issue 10, proposals on provisions).
 */
function excerptDesignator(paragraphs: readonly Paragraph[], header: number): string | undefined {
  for (let i = header + 1; i < paragraphs.length && i < header + 4; i++) {
    if (paragraphs[i].kind === 'blank') continue;
    const m = /^([A-Z]\d{0,2}|[IVX]{1,5})\.\d+(?:\.\d+)*[ \u00a0\u2007\u202f]*\t/.exec(paragraphs[i].text);
    return m?.[1];
  }
  return undefined;
}

/** `A.1<TAB>…`, `I.2.1<TAB>…`: a clause of Annex A or Appendix I, numbered like `1`, `2.1`. */
function annexClauseMatch(text: string, designator: string | undefined): LabelMatch | undefined {
  const n = annexClauseNumber(text, designator);
  if (n === undefined) return undefined;
  const sep = /^[ \u00a0\u2007\u202f]*\t+/.exec(text.slice(n.length))![0];
  return { label: decimalLabel(n), length: n.length, bodyOffset: n.length + sep.length, looseSeparator: sep !== '\t' };
}

/** ` 3.10<TAB>…`: a clause number after a stray space (T.88 (08/2018) clause 3.10). */
function indentedClauseMatch(text: string): LabelMatch | undefined {
  const first = text.charCodeAt(0);
  if (first !== 0x20 && first !== 0xa0) return undefined;
  const space = /^[ \u00a0]+(?=\d+\.\d)/.exec(text);
  if (!space) return undefined;
  const inner = matchLabel(text.slice(space[0].length));
  if (!inner || inner.label.kind !== 'decimal' || inner.label.paren || inner.looseSeparator) return undefined;
  const n = space[0].length;
  return { ...inner, length: inner.length + n, bodyOffset: inner.bodyOffset + n };
}

/** The lines a text kind is read from: the paragraphs before the first proposal header. */
function linesBeforeProposals(paragraphs: Paragraph[], lexed: readonly (Lexed | undefined)[], isHeader: (p: Paragraph, header: RegExpExecArray | null) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    // A blank paragraph (no Lexed) is no header.
    if (isHeader(paragraphs[i], lexed[i]?.header ?? null)) break;
    out.push(paragraphs[i].text);
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
    // Whether the paragraph ends a list matters only when a label comes after it.
    else if (next !== undefined && lexed[i]!.endsList) next = undefined;
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
  return t.length <= 160 && !endsWithPunctuation(t);
}

/** Whether a text ends with `.` `;` `:` `,` or their CJK and Arabic forms (its last character: no scan of the text). */
function endsWithPunctuation(t: string): boolean {
  switch (t.charCodeAt(t.length - 1)) {
    case 0x2e: case 0x3b: case 0x3a: case 0x2c: case 0x3002: case 0xff1b: case 0xff1a: case 0xff0c: case 0x60c: case 0x61b:
      return true;
    default:
      return false;
  }
}

function collectFootnoteRefs(view: View, p: Paragraph, lx: Lexed): void {
  const found = lx.footnotes;
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const start = viewStart(view, p) + m.index;
    view.footnoteRefs.push({ label: m.label, source: rangeToSource(view.segments, start, start + m.length) });
  }
}

// ---------------------------------------------------------------- cross-references
// Read in the six languages by core/lang/references.ts (referenceMatches).

/**
 * The view's cross-references. No closure in the loop: one that captured a variable of the loop's body
 * (the paragraph's offset, for its targets) made the engine allocate that body's scope at every paragraph
 * of every Resolution (0.9 MB a 1 MB contribution's parse, measured with V8's sampling heap profiler).
 *
 * What a paragraph's references are depends on its text and its Resolution's calls only: the second projection
 * (`reuse`) takes the first one's references of each paragraph both share, in a Resolution whose calls both read
 * alike (FirstReading.sameCalls), instead of deciding each again and mapping its spans to the source again (the
 * paragraph lies in one run of the source in both: the same spans).
 */
function collectReferences(view: View, lexed: (Lexed | undefined)[], first: FirstReading | undefined, reuse: boolean): void {
  const resolutions = referenceScopes(view);
  if (first !== undefined && !reuse) first.record(view, resolutions);
  // The first projection's references, and their Resolutions' paragraphs, by the first projection's paragraph indices.
  const firstOld = view.kind === 'new';
  const firstRefs = first?.references;
  for (let k = 0; k < resolutions.length; k++) {
    const resolution = resolutions[k];
    if (first !== undefined && !reuse) first.refStarts.push(view.references.length);
    // The first projection's Resolution k, when its calls are this one's: the references it kept of a paragraph both
    // projections share are the paragraph's here, and what it made of its calls (CallNames, the first words' test) is this one's.
    const shared = reuse ? first!.sameCalls(k, resolution) : undefined;
    // Cursors over its paragraphs and over its references (from refStarts[k] to refStarts[k + 1]).
    let c = 0;
    let kept = shared ? first!.refStarts[k] : 0;
    const keptEnd = shared ? first!.refStarts[k + 1] : 0;
    // The Resolution's calls, read when a reference without a direction word or with an addressee asks (CallNames).
    let calls: CallNames | undefined = shared ? first!.names[k] : undefined;
    const paragraphs = resolution.paragraphs;
    // The first words of the calls' keys (lang/references.ts firstWordsTest), found when a paragraph not read yet asks
    // (a plain line that may hold a reading without a direction word): a plain line that holds none holds no such reading
    // that this loop keeps, and is not read for them (Lexed.refsNamedBy).
    const named = new CallWordsTest(view, lexed, paragraphs, shared ? first!.named[k] : undefined);
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.kind === 'call' || p.kind === 'resolution-number') continue;
      const lx = lexed[paragraphIndex(view, p)]!;
      const refs = lx.knownRefs ?? lx.refsNamedBy(named);
      if (refs.length === 0) continue;
      const at0 = shared === undefined ? -1 : indexIn(firstOld, p);
      if (at0 >= 0) {
        // A paragraph of both projections: when it stood in the first one's Resolution k, what was kept of it there is kept here.
        const ps = shared!.paragraphs;
        while (c < ps.length && indexIn(firstOld, ps[c]) < at0) c++;
        if (c < ps.length && ps[c] === p) {
          while (kept < keptEnd && indexIn(firstOld, firstRefs![kept].paragraph) < at0) kept++;
          for (; kept < keptEnd && firstRefs![kept].paragraph === p; kept++) view.references.push(referenceIn(firstRefs![kept], resolution));
          continue;
        }
      }
      const at = viewStart(view, p);
      for (let j = 0; j < refs.length; j++) {
        const r = refs[j];
        // A Recommendation's numbers without a call (`1.2 above`, `§ 2.3`) are its clause references' (checks/references.ts).
        if (resolution.recommendation && r.phrase === undefined) continue;
        let addressee = r.addressee;
        let length = r.length;
        if ((r.direction === undefined || addressee !== undefined) && !(calls ??= new CallNames(callsOf(resolution))).names(r)) {
          // With a direction word, an addressee that begins the one of a single call of its phrase (`instructs the
          // Director 3 above` for `instructs the Director of the Telecommunication Standardization Bureau`) names that call.
          // Without one, an addressee that ends the reference and runs on past a call's (`§ 2 of instructs the
          // Secretary-General and the studies go on`) names that call, and the reference ends with it.
          const ends = r.direction === undefined && r.phraseAt !== undefined && r.index + r.length - (r.phraseAt.index + r.phraseAt.length) <= 1;
          addressee = r.direction !== undefined ? calls.fullAddressee(r) : ends ? calls.addresseeBegun(r) : undefined;
          if (addressee === undefined) continue;
          if (r.direction === undefined) length = shortenedTo(lx.text, r, addressee);
        }
        const start = at + r.index;
        const targets: CrossReference['targets'] = [];
        for (let t = 0; t < r.targets.length; t++) {
          const { label, index, within } = r.targets[t];
          const target: CrossReference['targets'][number] = { label, source: rangeToSource(view.segments, at + index, at + index + label.length) };
          // A sub-item named after its item (`b) iii)`): iii) of b).
          if (within !== undefined) target.within = within;
          targets.push(target);
        }
        const ref: CrossReference = {
          paragraph: p,
          resolution,
          targets,
          source: rangeToSource(view.segments, start, start + length),
        };
        if (r.direction !== undefined) ref.direction = r.direction;
        if (r.phrase !== undefined) ref.phrase = r.phrase;
        // None ('': addresseeBegun found the call alone) is no addressee.
        if (addressee) ref.addressee = addressee;
        if (r.section) ref.section = true;
        view.references.push(ref);
      }
    }
    if (first !== undefined && !reuse) {
      first.names.push(calls);
      first.named.push(named.test);
    }
  }
  if (first !== undefined && !reuse) first.refStarts.push(view.references.length);
}

/**
 * The texts whose cross-references are read (collectReferences): every Resolution, then the text of a Recommendation
 * outside any Resolution whose outline holds calls (`considering`, `recommends` after `The ITU Radiocommunication
 * Assembly,`), the prose's and each proposal's: its `recommends 3 above`, `in recommends 2.1` name its items as a
 * Resolution's `resolves 3` does. Such a text is read as a Resolution marked `recommendation`, from its first paragraph
 * to its first Resolution or Reasons; it is no Resolution of the view.
 */
function referenceScopes(view: View): Resolution[] {
  const out = allResolutions(view);
  const scope = (root: Item, paragraphs: readonly Paragraph[]) => {
    if (!isRecommendation(root.textKind) || !root.children.some((c) => c.call !== undefined)) return;
    const own: Paragraph[] = [];
    for (const p of paragraphs) {
      if (p.kind === 'resolution-number' || p.kind === 'reasons') break;
      if (p.kind !== 'proposal-header' && p.kind !== 'footnote-definition' && p.kind !== 'cover-field') own.push(p);
    }
    if (own.length) out.push({ numberLine: root.paragraph, number: '', revision: '', draftNew: false, root, paragraphs: own, recommendation: true });
  };
  scope(view.clauses, view.prose);
  for (const pv of view.proposals) scope(pv.outline, pv.paragraphs);
  return out;
}

/**
 * The length of a reference without a direction word whose addressee (the last words of its match) is cut to its first
 * words `addressee` (CallNames.addresseeBegun): the words after them are dropped from its end, as the text writes them.
 */
function shortenedTo(text: string, r: RefMatch, addressee: string): number {
  let written = text.slice(r.index, r.phraseAt!.index + r.phraseAt!.length);
  for (let drop = r.addressee!.split(' ').length - (addressee === '' ? 0 : addressee.split(' ').length); drop > 0; drop--) written = written.replace(/\s+\S+$/, '');
  return written.length;
}

/** A paragraph's index in the old (or new) projection; -1 when that projection does not hold it. */
function indexIn(old: boolean, p: Paragraph): number {
  return old ? p.oldIndex : p.newIndex;
}

/** A reference of the first projection, as the second one's (in its Resolution): the same paragraph, targets and spans. */
function referenceIn(r: CrossReference, resolution: Resolution): CrossReference {
  // Its fields in the order collectReferences writes them: one shape for all references.
  const ref: CrossReference = { paragraph: r.paragraph, resolution, targets: r.targets, source: r.source };
  if (r.direction !== undefined) ref.direction = r.direction;
  if (r.phrase !== undefined) ref.phrase = r.phrase;
  if (r.addressee !== undefined) ref.addressee = r.addressee;
  if (r.section) ref.section = true;
  return ref;
}

type Call = { phrase: string; addressee: string };

/**
 * What the first projection's structure pass worked out from texts that the second projection may hold alike, for
 * the second to take where its inputs are the same: the kind of the text before the proposals (textKindOf), each
 * proposal's kind (proposalKind), and each Resolution's calls and references (collectReferences). Pure functions of
 * their inputs, compared whole (the same strings: most are the same paragraphs' texts).
 */
export class FirstReading {
  private proseLines: readonly string[] | undefined;
  private prose: TextKind = 'prose';
  private readonly proposals: { target: string | undefined; lines: readonly string[]; context: TextKind; kind: TextKind | undefined }[] = [];
  /** The first projection's Resolutions (allResolutions) and references. */
  private resolutions: readonly Resolution[] = [];
  references: readonly CrossReference[] = [];
  /** Where Resolution k's references start among them; k + 1: where they end. */
  readonly refStarts: number[] = [];
  /** Each Resolution's calls (callsOf), once asked. */
  private readonly calls: (Call[] | undefined)[] = [];
  /** Each Resolution's CallNames, when its references asked for one. */
  readonly names: (CallNames | undefined)[] = [];
  /** Each Resolution's test of its calls' first words (callWordsTest), when a paragraph asked for it. */
  readonly named: (RegExp | null | undefined)[] = [];

  /** textKindOf(lines). */
  proseKind(lines: readonly string[], reuse: boolean): TextKind {
    if (reuse && this.proseLines !== undefined && sameStrings(lines, this.proseLines)) return this.prose;
    const kind = textKindOf(lines);
    if (!reuse) {
      this.proseLines = lines;
      this.prose = kind;
    }
    return kind;
  }

  /** proposalKind(target, lines, context) for the view's proposal `index`. */
  proposalKind(index: number, target: string | undefined, lines: readonly string[], context: TextKind, reuse: boolean): TextKind | undefined {
    if (reuse) {
      const e = this.proposals[index];
      if (e !== undefined && e.target === target && e.context === context && sameStrings(lines, e.lines)) return e.kind;
      return proposalKind(target, lines, context);
    }
    const kind = proposalKind(target, lines, context);
    this.proposals.push({ target, lines, context, kind });
    return kind;
  }

  /** The first projection's Resolutions and references (collectReferences fills refStarts and names). */
  record(view: View, resolutions: readonly Resolution[]): void {
    this.resolutions = resolutions;
    this.references = view.references;
  }

  /** The first projection's Resolution k, when its calls are the same as `resolution`'s. */
  sameCalls(k: number, resolution: Resolution): Resolution | undefined {
    const r = this.resolutions[k];
    if (r === undefined) return undefined;
    const theirs = (this.calls[k] ??= callsOf(r));
    const mine = callsOf(resolution);
    if (mine.length !== theirs.length) return undefined;
    for (let i = 0; i < mine.length; i++) if (mine[i].phrase !== theirs[i].phrase || mine[i].addressee !== theirs[i].addressee) return undefined;
    return r;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** callWordsTest of a Resolution's paragraphs, made when first asked (collectReferences); `test` is it once made. */
class CallWordsTest implements LazyTest {
  constructor(
    private readonly view: View,
    private readonly lexed: (Lexed | undefined)[],
    private readonly paragraphs: readonly Paragraph[],
    public test: RegExp | null | undefined,
  ) {}

  get(): RegExp | null {
    if (this.test === undefined) this.test = callWordsTest(this.view, this.lexed, this.paragraphs);
    return this.test;
  }
}

/** firstWordsTest of the first words of the calls among a Resolution's paragraphs. */
function callWordsTest(view: View, lexed: (Lexed | undefined)[], paragraphs: readonly Paragraph[]): RegExp | null {
  const words: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].kind !== 'call') continue;
    const word = lexed[paragraphIndex(view, paragraphs[i])]!.callWord;
    if (word !== undefined && !words.includes(word)) words.push(word);
  }
  return firstWordsTest(words);
}

/** The calls of a Resolution's outline (phrase and addressee). */
function callsOf(resolution: Resolution): { phrase: string; addressee: string }[] {
  const out: { phrase: string; addressee: string }[] = [];
  // Depth first, as walk, on a stack kept between calls (cleared after each): no list of every item.
  const stack = WALK_STACK;
  let top = 0;
  const root = resolution.root.children;
  for (let i = root.length - 1; i >= 0; i--) stack[top++] = root[i];
  while (top > 0) {
    const item = stack[--top]!;
    stack[top] = undefined;
    if (item.call) out.push(item.call);
    for (let i = item.children.length - 1; i >= 0; i--) stack[top++] = item.children[i];
  }
  return out;
}

export function allResolutions(view: View): Resolution[] {
  // Loops, not spread and flatMap: asked several times by every check of a view.
  const out = view.resolutions.slice();
  const proposals = view.proposals;
  for (let k = 0; k < proposals.length; k++) {
    const rs = proposals[k].resolutions;
    for (let i = 0; i < rs.length; i++) out.push(rs[i]);
  }
  return out;
}

/** Every outline of a view: clause headings, Resolutions, and each proposal's own items. */
export function outlineRoots(view: View): Item[] {
  return [view.clauses, ...view.resolutions.map((r) => r.root), ...view.proposals.flatMap((p) => [p.outline, ...p.resolutions.map((r) => r.root)])];
}

/**
 * The descendants of an outline item, depth first (an array: generators cost more on large texts). The
 * checks ask for them many times a parse: the walk's stack and list are two lists kept between walks
 * (cleared after each, so they hold no item), and the answer one exact copy, instead of two lists grown by
 * push (room for 17 on the first push, half again on each later growth) for every walk.
 */
export function walk(item: Item): Item[] {
  const stack = WALK_STACK;
  const out = WALK_OUT;
  let top = 0;
  let deepest = 0;
  let n = 0;
  for (let i = item.children.length - 1; i >= 0; i--) stack[top++] = item.children[i];
  while (top > 0) {
    if (top > deepest) deepest = top;
    const next = stack[--top]!;
    out[n++] = next;
    for (let i = next.children.length - 1; i >= 0; i--) stack[top++] = next.children[i];
  }
  const result = out.slice(0, n) as Item[];
  for (let i = 0; i < n; i++) out[i] = undefined;
  for (let i = 0; i < deepest; i++) stack[i] = undefined;
  return result;
}

const WALK_STACK: (Item | undefined)[] = [];
const WALK_OUT: (Item | undefined)[] = [];

export type { FootnoteDef, FootnoteRef };
