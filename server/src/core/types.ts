// The document model of an `.itu` contribution (see docs/format.md).
// Every offset in this file is a UTF-16 offset into the *source* text unless a
// name says otherwise (`viewStart`, `oldStart`: an offset into a projection's text).

import type { ProvisionNumber, TextKind } from './kinds';
import type { Memo } from './memo';
import type { Segments } from './projection';
import type { TextSource } from './text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode =
  | 'numbering.gap'
  | 'numbering.duplicate'
  | 'numbering.order'
  | 'numbering.kind'
  | 'numbering.parent'
  | 'numbering.gap-after-deletion'
  | 'numbering.bis'
  | 'numbering.stray-dot'
  | 'numbering.missing-dot'
  | 'proposal.id-format'
  | 'proposal.id-prefix'
  | 'proposal.sequence'
  | 'proposal.reasons-missing'
  | 'proposal.marks-outside-mod'
  | 'proposal.mod-without-changes'
  | 'proposal.cites-suppressed'
  | 'proposal.cites-renumbered'
  | 'proposal.conflicting-actions'
  | 'resolution.meeting-mismatch'
  | 'resolution.target-mismatch'
  | 'resolution.edition-mismatch'
  | 'resolution.assembly-mismatch'
  | 'provision.wrc-note'
  | 'marks.unclosed'
  | 'marks.nested'
  | 'marks.empty'
  | 'marks.unopened'
  | 'marks.no-change'
  | 'marks.header'
  | 'footnote.undefined'
  | 'footnote.unused'
  | 'footnote.sequence'
  | 'footnote.duplicate'
  | 'reference.unresolved'
  | 'reference.stale'
  | 'base.untracked-change'
  | 'base.not-found'
  | 'base.ambiguous'
  | 'base.provision-not-found'
  | 'base.provision-exists'
  | 'base.resolution-exists'
  | 'base.label-in-force'
  | 'base.provision-gap'
  | 'base.table-not-compared'
  | 'base.provision-unidentified'
  | 'base.provision-renumbered'
  | 'base.suppressed-cited'
  | 'base.renumbered-cited'
  | 'compile.unresolved'
  | 'compile.revised'
  | 'compile.id-elsewhere'
  | 'compile.copy'
  | 'input.binary'
  | 'input.check-failed'
  | 'characters.invisible'
  | 'characters.bidi'
  | 'characters.replacement'
  | 'characters.control'
  | 'numbering.too-deep'
  | 'numbering.too-large';

/** A half-open source range [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of source text, the unit every fix is made of. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** What a quick fix needs, so that fixing requires no second analysis. */
  fix?: Fix;
}

/** A fix computed together with the finding. `edits` are source edits applied at once (one undo step). */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Other fixes for the same finding (e.g. "use bis labels" besides "reletter with marks"). */
  alternatives?: { title: string; edits: TextEdit[] }[];
  /** Fixes that are safe to apply in bulk (fix-all, fix on save). */
  safeForFixAll?: boolean;
  /**
   * The fix and its alternatives are choices between equals (one party's text or another's): none
   * is offered as preferred, and no "fix all of this kind" applies them in bulk.
   */
  choice?: boolean;
}

// ---------------------------------------------------------------- revision marks

export type MarkKind = 'insertion' | 'deletion' | 'substitution' | 'comment' | 'highlight';

export interface RevisionMark extends Span {
  kind: MarkKind;
  /** Source range of the text the old projection keeps (deletion, substitution old part, highlight). */
  oldText?: Span;
  /** Source range of the text the new projection keeps (insertion, substitution new part, highlight). */
  newText?: Span;
  /** Source range of a comment's text. */
  commentText?: Span;
  /** Author named by a `{>>@AUTHOR<<}` comment directly after the mark. */
  author?: string;
  /** The attribution comment's source range, when there is one. */
  attribution?: Span;
}

// ---------------------------------------------------------------- projections

export type ViewKind = 'new' | 'old';


// ---------------------------------------------------------------- labels

export type LabelKind = 'letter' | 'roman' | 'decimal';

export interface Label {
  kind: LabelKind;
  /** As written, without the separator: `abis)`, `b)bis`, `iv)`, `1)`, `1bis.1.2`, `6.1a`. */
  text: string;
  /** Decimal: the dot-separated parts (`['1bis', '1', '2']`); letter/roman: one part without `)`. */
  parts: string[];
  /** Ordinal of the last part: a) = 1, iv) = 4, 1.2 = 2, 7.1.0 = 0. */
  ordinal: number;
  /** 0 for plain labels, 1 for bis (or a trailing letter `6.1a`), 2 for ter … */
  suffixRank: number;
  /** The suffix stands after the parenthesis: `b)bis`, `1)bis` (`abis)` is the form of the texts in force). */
  suffixAfter?: boolean;
  /** A number written with a parenthesis: `1)`, `1)bis` (CS/CV numbered items). */
  paren?: boolean;
  /** A letter of another alphabet than the Latin one: `أ )`, `هـ)` (Arabic), `б)` (Russian). */
  script?: 'arabic' | 'cyrillic';
  /** A decimal number written in reverse order, as ITU's Arabic Word files do (`1.3` is clause 3.1); `parts` are in reading order. */
  reversed?: boolean;
}

// ---------------------------------------------------------------- structure

export type ParagraphKind =
  | 'blank'
  | 'cover-field'
  | 'proposal-header'
  | 'reasons'
  | 'clause-heading'
  | 'resolution-number'
  | 'resolution-title'
  | 'history'
  | 'enacting-formula'
  | 'call'
  | 'section-heading'
  | 'section-title'
  | 'annex-heading'
  | 'annex-title'
  | 'item'
  | 'sub-item'
  | 'elision'
  | 'footnote-definition'
  /** A numbered provision of the CS, CV, ITRs or Radio Regulations (`168<TAB>…`, `5.338A<TAB>…`). */
  | 'provision'
  | 'text';

/**
 * One line of a projection; `source` is the mapped source range. A paragraph without a mark is the same
 * in both projections of a marked-up text, and both views hold the same Paragraph for it (when it reads
 * alike in both); where it stands in a view (its index, its offset in the view's text) is read through
 * core/structure.ts paragraphIndex, viewStart and viewEnd (the body's start: viewStart + bodyOffset).
 */
export interface Paragraph {
  text: string;
  kind: ParagraphKind;
  source: Span;
  label?: Label;
  /** Source range of the label (without separator). */
  labelSpan?: Span;
  /** Offset in `text` where the paragraph's text starts after label and separator. */
  bodyOffset: number;
  /** Its provision number, in a provision-numbered text (core/kinds.ts). */
  provision?: ProvisionNumber;
  /** Its index in the old view's paragraphs; -1 when the old view does not hold it (its offset there: the view's paragraphStarts). */
  oldIndex: number;
  /** The same in the new view (and in the one view of a text without marks). */
  newIndex: number;
}

export interface CoverField {
  name: string;
  value: string;
  span: Span;
  valueSpan: Span;
}

export type ProposalAction = 'MOD' | '(MOD)' | 'ADD' | 'ADD*' | 'SUP' | 'SUP*' | 'NOC';

export interface ProposalId {
  text: string;
  span: Span;
  /** `AFCP`, `B/CAN/USA`. Undefined when the id is malformed. */
  source?: string;
  /** `42A25`. */
  doc?: string;
  seq?: number;
  /** Source range of the SEQ digits. */
  seqSpan?: Span;
}

export type CallKind = 'preamble' | 'operative';

/**
 * A list member: a labelled paragraph, a call section, a SECTION, or the root of a Resolution. The fields
 * few items carry are read-only (getters of core/structure.ts's OutlineItem).
 */
export interface Item {
  paragraph: Paragraph;
  label?: Label;
  children: Item[];
  parent?: Item;
  /** For call sections: the call phrase as written (`recognizing further`) and its addressee. */
  readonly call?: { phrase: string; kind: CallKind; addressee: string };
  /** For `SECTION n` headings. */
  readonly section?: string;
  /** For `ANNEX x`, `APPENDIX x`, `ATTACHMENT x` headings: the heading as written. */
  readonly annex?: string;
  /** This item follows an elision (`…`): what came before it is not shown. */
  readonly afterElision?: boolean;
  /** Unlabelled text stood between the previous sibling and this item. */
  readonly afterText?: boolean;
  /** Paragraphs that continue this item (unlabelled text, bullets). */
  continuation: Paragraph[];
  /** On an outline's root: the kind of text the outline belongs to (numbering rules per kind). */
  textKind?: TextKind;
}

export interface Resolution {
  numberLine: Paragraph;
  /** `52`, or a placeholder `[AFCP-1]`. */
  number: string;
  /** `Rev. Dubai, 2012` as written. */
  revision: string;
  draftNew: boolean;
  title?: Paragraph;
  history?: Paragraph;
  formula?: Paragraph;
  /** Call sections, SECTIONs and annexes, in order. */
  root: Item;
  paragraphs: Paragraph[];
  /**
   * A Recommendation's text outside any Resolution, from its enacting formula on (`considering`, `recommends 1`, `2`
   * of an ITU-R Recommendation), read as a Resolution for its cross-references (`recommends 3 above`, `in recommends
   * 2.1`) only: the reference's `resolution`, never among a view's resolutions (structure.ts referenceScopes).
   */
  recommendation?: true;
}

/** A reference from text to items: `considering e), f) and h) above`. */
export interface CrossReference {
  paragraph: Paragraph;
  /** Call phrase, when the reference names one (`recognizing further`). */
  phrase?: string;
  /** `Section 3 below`. */
  section?: boolean;
  /** `within`: the label of the item a sub-item is named under (`iii)` of `considering b) iii) above` is iii) of b)). */
  targets: { label: string; source: Span; within?: string }[];
  /** None for a reference written without a direction word (`taking into account considering m)`, `c) of considering`). */
  direction?: 'above' | 'below';
  /** The call's addressee as the reference writes it (`the ITU Council` of `instructs the ITU Council 2`). */
  addressee?: string;
  /** The Resolution the reference stands in (and whose items it names). */
  resolution: Resolution;
  source: Span;
}

export interface FootnoteRef {
  label: string;
  source: Span;
}

export interface FootnoteDef {
  label: string;
  paragraph: Paragraph;
  labelSource: Span;
}

/** A proposal as one projection sees it. */
export interface ProposalView {
  header: Paragraph;
  paragraphs: Paragraph[];
  /** Items of the proposal that stand outside any Resolution. */
  outline: Item;
  resolutions: Resolution[];
  reasons?: Paragraph;
  /** The kind of text the proposal amends, when its header or first paragraph tells (core/kinds.ts). */
  textKind?: TextKind;
}

/** The structure of one projection of the whole document. */
export interface View {
  kind: ViewKind;
  text: string;
  /** The runs of the view's text copied from the source (core/projection.ts). */
  segments: Segments;
  paragraphs: Paragraph[];
  /**
   * Where each paragraph starts in the view's text, by its index (core/structure.ts viewStart): in a typed
   * array rather than two fields on every Paragraph, which both views may share.
   */
  readonly paragraphStarts: Int32Array;
  /** Paragraphs before the first proposal that are not cover fields. */
  prose: Paragraph[];
  /** Resolutions standing outside any proposal (a base text). */
  resolutions: Resolution[];
  proposals: ProposalView[];
  /** Clause headings outside proposals, as a list root. */
  clauses: Item;
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  references: CrossReference[];
  /** The kind of the text outside proposals, from its headings and numbers (core/kinds.ts). */
  textKind?: TextKind;
  /** What the checks work out once per view (core/memo.ts). */
  readonly memo: Memo;
}

export interface Proposal {
  action: ProposalAction;
  id: ProposalId;
  /** Text after the id (`DRAFT NEW RESOLUTION [AFCP-1]`). */
  extra?: string;
  header: Span;
  actionSpan: Span;
  /** Whole proposal, header to the line before the next header. */
  span: Span;
  /** Index into each view's `proposals`. */
  index: number;
  reasons?: Span;
}

export interface ItuDocument {
  text: string;
  /** 1 when the text starts with a byte-order mark (it is skipped). */
  bom: number;
  marks: RevisionMark[];
  cover: CoverField[];
  proposals: Proposal[];
  /** The two projections; the same object when the text has no insertion, deletion or substitution. */
  views: Record<ViewKind, View>;
  /** Findings of the parse itself (malformed marks, binary input). */
  parseFindings: Finding[];
  /** What the core works out once per parse (core/memo.ts). */
  readonly memo: Memo;
  /**
   * The text in pieces, where reading `text` would join it (the summary of a version analysed from its edits,
   * incremental.ts): what the document-wide checks and finishFindings read (text.ts sourceOf). A parse has none.
   */
  readonly pieces?: TextSource;
}
