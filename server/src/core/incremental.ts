// Incremental checking: the findings of a new version of a document from those of the previous one.
//
// A contribution is a front (cover block, introduction, texts before the first proposal) followed by
// proposals, each from its header line to the next. A check family of scope `proposal` (checks/family.ts)
// reads one proposal with the front, so its findings for a proposal depend on that proposal's text and on
// the front alone: each proposal is checked as the small document front + proposal, once per distinct
// text, and an edit re-checks only the proposal it touched. Families of scope `document` (ids in
// sequence, footnotes) run over a summary of the whole document (every proposal's header and id, the
// marks, the footnotes), and those of scope `parse` over one scan of the marks. The findings equal
// checkDocument(parseDocument(text)) (test/unit/incremental.test.ts); where that could not hold (a mark
// across a proposal boundary, a header line holding a mark, no proposal at all, a binary file) the
// whole document is parsed and checked as before. The parse of the whole text (what the editor's
// other features read) is made on first use, from the previous version's (parseNextVersion).
import { amendedResolutions, mayOpenWithAnnex, type BaseLookup, type ComparerPool } from './base';
import { addedOnce, checkDocument, finishFindings, type FinishingDoc } from './check';
import { CHECK_FAMILIES, runFamily } from './checks';
import { isAcrossAdds, type CheckContext } from './checks/family';
import { checkInput, CONTROL } from './checks/input';
import type { NumberingPolicy } from './checks/numbering';
import { headerMarkFindings, ParseMemory, parseDocument, parseNextVersion } from './document';
import { isRevision, scanMarks } from './marks';
import { piecesLanguage, WHOLE_LANGUAGE, type LanguageCounts } from './lang/detect';
import type { Lang } from './lang/tables';
import { isAlternatives } from './review';
import { unmarkedChanges, type UnmarkedChange } from './unmarked';
import { Memo as ParseMemo } from './memo';
import { instrumentHeadings, placeHeadings, placeholdersOf } from './provisions';
import { lineReading, mayConflict, plainLines, restatedFirst } from './checks/conflictingActions';
import { readsRenumberedClauses } from './checks/renumberedCitations';
import { isPlaceholderLine, readsPlaceholders } from './checks/proposals';
import { HEADER, readsAsHeader } from './structure';
import { lineEndAt, lineEndIn, lowerBound, nextLineStart, ownCopy, ownStrings, PieceText, type TextSource } from './text';
import type { Finding, Fix, FootnoteDef, FootnoteRef, ItuDocument, Proposal, ProposalView, RevisionMark, Span, TextEdit, View } from './types';

export interface IncrementalOptions {
  numberingPolicy?: NumberingPolicy;
  /** Where base texts are looked up; without it the base.* checks do not run. */
  bases?: BaseLookup;
  /** Changes whenever what `bases` answers may have changed (the base index's generation). */
  basesGeneration?: number;
  comparers?: ComparerPool;
}

/** One version's findings, and its parse (made on first use). */
export interface Analysis {
  readonly text: string;
  readonly findings: Finding[];
  readonly doc: ItuDocument;
  /** How the findings were made: proposals checked anew and in all, or the whole document at once. */
  readonly work: Work | 'whole';
  /**
   * Whether a MOD written without marks differs from its text in force (its changes are previewed from that
   * comparison: changesWithoutMarks), as the proposals checked one by one found; undefined where the whole document
   * was checked at once.
   */
  readonly unmarkedChanges?: boolean;
  /**
   * Those changes (core/unmarked.ts), in the whole text's offsets, as the proposals checked one by one compared them:
   * the preview reads them without the whole parse. Undefined where the whole document was checked at once.
   */
  readonly changesWithoutMarks?: readonly UnmarkedChange[];
  /**
   * A parse holding what stands before the first proposal, in the whole text's offsets: the Resolutions
   * outside proposals (a file's base texts) read from it as from `doc`, without parsing every proposal.
   */
  readonly front: ItuDocument;
  /** The placeholders (`5.A11`) the ADD proposals give, in order, as placeholdersOf(doc) (the base index reads them). */
  readonly placeholders: string[];
  /** The cover and the proposals (headers, ids, spans) as `doc` has them, without the parse of every proposal. */
  readonly head: DocumentHead;
  /**
   * Where the proposals were checked one by one: the text cut as the analysis cut it (the front, where each proposal
   * starts, its text), each proposal read with the front alone as in the whole text (marks, instrument headings).
   */
  readonly parts?: { readonly front: string; readonly starts: readonly number[]; readonly chunks: readonly string[] };
}

/**
 * What a document's cover and proposal headers say (its ids, revision, merged-draft status: compile's idHolder).
 * `ids`: the proposals' ids in order, where known without the proposals (an analysis places them when first read).
 */
export type DocumentHead = Pick<ItuDocument, 'cover' | 'proposals'> & {
  readonly ids?: readonly string[];
  /** The marks as the parse has them, where the analysis read the text proposal by proposal (each proposal's own, placed). */
  readonly marks?: readonly RevisionMark[];
  /** The text in pieces, where the analysis read it proposal by proposal and nothing has joined it yet (ItuDocument.pieces). */
  readonly pieces?: TextSource;
  /**
   * Where the analysis read the text proposal by proposal: marks that hold every mark overlapping [from, to] (those
   * of the front and of the proposals there), without moving every proposal's to where it stands.
   */
  marksNear?(from: number, to: number): RevisionMark[];
  /** There too: each proposal's revisions that accepting may take (review.ts isAlternatives), in order. */
  revisions?(): number[];
  /**
   * There too: the marks of part `k` (the front for -1, else the proposal the analysis cut at `starts[k]`) as its check
   * read them, not moved to where the part stands: `marks` from `first` on, `shift` added to each offset puts them in
   * the whole text. A part's marks stand on its text alone (a mark and its attribution comment in one part), so a
   * reader may keep what it made of them by that text.
   */
  partMarks?(k: number): { readonly marks: readonly RevisionMark[]; readonly first: number; readonly shift: number };
  /**
   * There too: the proposals of part `k` (the proposal the analysis cut at `starts[k]`, as its check read them: in the
   * offsets of the front + proposal it checked, which `shift` added puts in the whole text) and the revisions of each
   * that accepting may take (revisions, for this part alone). Not moved to where the part stands: a reader that counts
   * the proposals' changes (the preview) need not move every proposal after a line typed above it.
   */
  partProposals?(k: number): { readonly proposals: readonly Proposal[]; readonly revisions: readonly number[]; readonly shift: number };
};

/** What one proposal (checked as front + proposal) gives, in the offsets of that small document. */
interface ChunkResult {
  /** Findings of each `proposal`-scope family (registry order), on the proposal's own text. */
  local: Finding[][];
  proposals: Proposal[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  marks: RevisionMark[];
  placeholders: string[];
  /** The proposal's text holds a CR (what finishFindings asks of the whole text, asked of each proposal once). */
  cr: boolean;
  /** A finding of `local` that other ADDs of the document may answer (checks/family.ts acrossAdds). */
  acrossAdds: boolean;
  /** A MOD of it written without marks differs from its text in force (Analysis.unmarkedChanges). */
  unmarked: boolean;
  /** Those changes (core/unmarked.ts), in the small document's offsets; empty unless `unmarked`. */
  changes: UnmarkedChange[];
  /**
   * The whole document's language, where a proposal's check asked it (lang/detect.ts WHOLE_LANGUAGE: a proposal whose
   * words do not tell its own): the result stands for a version whose language is this one only.
   */
  language?: Lang;
}

type FrontResult = ChunkResult & { cover: ItuDocument['cover']; doc: ItuDocument };

interface Memo {
  key: string;
  front: string;
  frontResult: FrontResult;
  chunks: Map<string, ChunkResult>;
  /**
   * What the parse of the proposal last checked by analyzeEdits read of its lines: typing goes on in that proposal,
   * and its next check reads again only the lines the edits changed (parseNextVersion), not every line.
   */
  lastChunk?: ParseMemory;
  /** The language of the version last read, with what its parts' words counted (lang/detect.ts piecesLanguage). */
  language?: { of: Lang; counts: Map<string, LanguageCounts> };
}

/**
 * The whole text's language of a version (documentLanguage, counted part by part: lang/detect.ts piecesLanguage), read
 * when a proposal's check first asks it: each part's words are counted once from one version to the next (`before`,
 * the last version's counts), so typing in a proposal counts that one again.
 */
class WholeLanguage {
  private read?: { of: Lang; counts: Map<string, LanguageCounts> };
  constructor(
    private readonly pieces: () => string[],
    private readonly before: Memo['language'],
  ) {}

  of(): Lang {
    if (!this.read) {
      const r = piecesLanguage(this.pieces(), this.before?.counts);
      this.read = { of: r.language, counts: r.counts };
    }
    return this.read.of;
  }

  /** What the next version starts from: this version's counts if read, else the last ones. */
  kept(): Memo['language'] {
    return this.read ?? this.before;
  }
}

/**
 * How a version was cut into the front and its proposals, kept so that the next version can be analysed
 * from the edits alone (analyzeEdits). Offsets are the whole text's.
 */
interface Cut {
  front: string;
  starts: number[];
  /** The proposals' texts, from each start to the next (the last to the end). */
  chunks: string[];
  results: ChunkResult[];
  /** The marks of the front (each proposal's own are in its result, in its small document's offsets). */
  frontMarks: RevisionMark[];
  /** What the scan of the marks found (parse findings; the input check found nothing where a cut is kept). */
  scanFindings: Finding[];
  /** Each proposal's own findings where they stand (set by assemble; the next version reuses those that did not move). */
  local?: PlacedFindings[];
  /** Each proposal's summary parts where they stand, as the document families last read them. */
  placed?: Placed[];
  /** The document families' findings of this version (reused by the next where an edit moves them only). */
  documents?: DocumentFindings;
  /**
   * The whole text holds no control character (the input check cannot change by an edit that types none)
   * and the scan found nothing but empty marks: each proposal's marks are read alone as in the whole text.
   */
  clean: boolean;
}

/**
 * The findings of the `document`-scope families (ids in sequence, footnotes, marks outside MODs, MODs that change
 * nothing, citations of suppressed numbers), one list per family of DOCUMENT, in the whole text's offsets.
 */
interface DocumentFindings {
  findings: Finding[][];
  /**
   * Whether the families read the proposals' texts besides the summary: a SUP's citations are sought in every
   * proposal's lines, and a proposal without Reasons is given a Reasons word in its text's language.
   */
  readsText: boolean;
  /**
   * Whether they read the provision numbers at the start of the proposals' lines (a document holding a NOC: the
   * provisions it keeps are compared with those others modify, proposal.conflicting-actions): an edit within a line
   * that reads the same (conflictingActions.ts lineReading) moves the findings; any other makes them again.
   */
  readsNumbers: boolean;
}

class VersionAnalysis implements Analysis {
  unmarkedChanges?: boolean;
  /** How changesWithoutMarks is made (set where the proposals were checked one by one). */
  changesFrom?: () => UnmarkedChange[];
  private changes?: UnmarkedChange[];
  private parsed?: ItuDocument;
  private joined?: string;
  readonly placeholders: string[];
  readonly head: DocumentHead;
  constructor(
    /** The text, or how to make it: an analysis made from the edits joins its pieces only when the text is read. */
    private readonly textOf: string | (() => string),
    readonly findings: Finding[],
    /** What the last parse made before this version read from paragraphs (reused), not that parse. */
    private before: ParseMemory | undefined,
    readonly memo: Memo | undefined,
    readonly work: Analysis['work'],
    parsed?: ItuDocument,
    placeholders?: string[],
    head?: DocumentHead,
    /** Set where the next version may be analysed from its edits. */
    readonly cut?: Cut,
  ) {
    this.parsed = parsed;
    this.placeholders = placeholders ?? placeholdersOf(this.doc);
    this.head = head ?? { cover: this.doc.cover, proposals: this.doc.proposals };
  }

  get text(): string {
    return (this.joined ??= typeof this.textOf === 'string' ? this.textOf : this.textOf());
  }

  get parts(): Analysis['parts'] {
    return this.cut;
  }

  get doc(): ItuDocument {
    if (!this.parsed) {
      this.parsed = parseNextVersion(this.text, this.before);
      this.before = undefined;
    }
    return this.parsed;
  }

  get front(): ItuDocument {
    return this.memo?.frontResult.doc ?? this.doc;
  }

  get changesWithoutMarks(): readonly UnmarkedChange[] | undefined {
    return this.changesFrom && (this.changes ??= this.changesFrom());
  }

  /** What the next version's parse starts from: this parse's memory if it was made, else the one before. */
  lastParse(): ParseMemory | undefined {
    return ParseMemory.of(this.parsed) ?? this.before;
  }
}

const LOCAL = CHECK_FAMILIES.filter((f) => (f.scope ?? 'proposal') === 'proposal');
const DOCUMENT = CHECK_FAMILIES.filter((f) => f.scope === 'document');

/**
 * The findings (and the parse, on first use) of `text`, the next version of the document `previous`
 * analysed; the same findings as checkDocument(parseDocument(text), options). `parsed` is a parse of an
 * earlier version made outside the analyses (the latest one is best), or its ParseMemory, to start the
 * parse from. An analysis keeps no parse of an earlier version, only its memory.
 */
export function analyzeNextVersion(text: string, options: IncrementalOptions = {}, previous?: Analysis, parsed?: ItuDocument | ParseMemory): Analysis {
  const prev = previous instanceof VersionAnalysis ? previous : undefined;
  const lastParse = parsed ?? prev?.lastParse();
  // A parse of this very text (a feature asked for it before the check) is not made again.
  const same = lastParse && !(lastParse instanceof ParseMemory) && lastParse.text === text ? lastParse : undefined;
  const whole = (): Analysis => {
    const doc = same ?? parseNextVersion(text, lastParse);
    const findings = checkDocument(doc, { numberingPolicy: options.numberingPolicy, bases: options.bases, comparers: options.comparers });
    return new VersionAnalysis(text, findings, undefined, undefined, 'whole', doc);
  };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const input = checkInput(text, bom);
  if (input.length > 0) return whole();
  const scan = scanMarks(text, bom);
  const starts = proposalStarts(text, bom, scan.marks);
  if (starts.length === 0) return whole();
  // A copy, not a slice: the memo outlives this version, and a slice would keep its whole text alive.
  const front = ownCopy(text.slice(0, starts[0]));
  const key = memoKey(options);
  const reuse = prev?.memo && prev.memo.key === key && prev.memo.front === front ? prev.memo : undefined;
  // One pool for the small documents; its round ends once, after them all.
  const pool = options.comparers && Object.assign((k: string) => options.comparers!(k), {});
  const all = starts.map((at, k) => text.slice(at, k + 1 < starts.length ? starts[k + 1] : text.length));
  const language = new WholeLanguage(() => [front, ...all], reuse?.language);
  const wholeLanguage = () => language.of();
  const run = (t: string) => checkChunk(parseDocument(t), front.length, options, pool, wholeLanguage);
  const frontResult = reuse?.frontResult ?? runFront(front, options, pool);
  if (!frontResult || frontResult.proposals.length > 0) return whole();
  const chunks = new Map<string, ChunkResult>();
  const texts: string[] = [];
  const results: ChunkResult[] = [];
  let checked = 0;
  if (!underFrontInstrument(front, all)) return whole();
  // A proposal opening with an annex's heading: a MOD of its Resolution leaves that annex to it (base.ts
  // annexesAmendedElsewhere reads the other proposals), which a proposal checked alone cannot see (review17's CITEL
  // contribution: "the draft leaves ANNEX 1 out" in the editor only).
  if (all.length > 1 && all.some(mayOpenWithAnnex)) return whole();
  for (let k = 0; k < starts.length; k++) {
    const chunk = text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length);
    let r = chunks.get(chunk) ?? reuse?.chunks.get(chunk);
    // Checked with the whole text's language of another version: again with this one's.
    if (r?.language !== undefined && r.language !== wholeLanguage()) r = undefined;
    if (!r) {
      const fresh = run(front + chunk);
      if (!fresh) return whole();
      r = fresh;
      checked++;
    }
    // The proposal's marks as the small document read them must be the whole text's marks there.
    if (!sameMarks(r.marks, scan.marks, starts[k], k + 1 < starts.length ? starts[k + 1] : text.length, front.length)) return whole();
    chunks.set(chunk, r);
    texts.push(chunk);
    results.push(r);
  }
  options.comparers?.endRound?.();
  // Kept for the next version's edits: no control character anywhere (the input check read a sample), no mark
  // the scan found fault with but empty ones.
  const clean = !CONTROL.test(text) && scan.findings.every((f) => f.code === 'marks.empty');
  const frontMarks = scan.marks.slice(0, lowerBound(scan.marks, (m) => m.start < starts[0]));
  // With them, the lines a mark makes a proposal header in one text only (marks.header), as the whole check says them.
  const scanFindings = scan.findings.concat(headerMarkFindings(text, scan.marks));
  const cut: Cut = { front, starts, chunks: texts, results, frontMarks, scanFindings, clean, local: prev?.cut?.local, placed: prev?.cut?.placed };
  return assemble(text, bom, cut, frontResult, options, { key, front, frontResult, chunks, language: language.kept() }, ParseMemory.of(lastParse), { proposals: starts.length, checked }, same) ?? whole();
}

/**
 * Whether every proposal, checked alone with the front, is under the instrument the whole text puts it under: no
 * instrument heading in a proposal's text (after its Reasons, before the next header) names another text than the
 * front's last one. A PP contribution's `CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION` after its CS
 * proposals puts the proposals after it on the CV; read alone with the front, a MOD of CV No. 142 was compared with CS
 * No. 142 (a base.untracked-change over its whole text, with a fix writing the CS text in), and a MOD under
 * `Recommendation ITU-T A.1` after a CS proposal was base.provision-unidentified, in the editor only (sixteenth
 * session). Such a text is checked whole.
 */
function underFrontInstrument(front: string, chunks: readonly string[]): boolean {
  const headings = instrumentHeadings(front);
  const current = headings.length ? headings[headings.length - 1].instrument.key : undefined;
  for (let k = 0; k + 1 < chunks.length; k++) {
    for (const h of instrumentHeadings(chunks[k])) if (h.instrument.key !== current) return false;
    // Likewise an ARTICLE or RR appendix heading (`ARTICLE 5` before a MOD of No. 5.339, `APPENDIX 30B (REV.WRC-23)`
    // before a MOD of its § 6.17): read alone, the proposals after it were on no instrument, or on the RR itself
    // (seventeenth session, a WRC contribution written for the review: base.provision-unidentified in the editor only).
    if (placeHeadings(chunks[k]).length > 0) return false;
  }
  return true;
}

/**
 * The instrument, ARTICLE and RR appendix headings of a proposal's text: an edit that changes them changes what the
 * proposals after it are on.
 */
export function headingKeys(chunk: string): string {
  return [...instrumentHeadings(chunk).map((h) => h.instrument.key), ...placeHeadings(chunk)].join('\u0000');
}

/**
 * Whether an edit leaves a proposal's headingKeys as they were. Each line gives its headings alone (instrumentHeadings
 * and placeHeadings read line by line), so one edit is read in the lines it touches, before and after: typing read the
 * whole proposal twice a keystroke (16 ms over the 420 keystrokes of the bench's 100 KB contribution). Several edits:
 * the whole proposal, before and after.
 */
export function headingsAlike(before: string, after: string, edits: readonly TextEdit[], at: number): boolean {
  if (edits.length !== 1) return headingKeys(after) === headingKeys(before);
  const a = edits[0].start - at;
  const b = edits[0].end - at;
  const from = a === 0 ? 0 : before.lastIndexOf('\n', a - 1) + 1;
  const lineEnd = before.indexOf('\n', b);
  const end = lineEnd === -1 ? before.length : lineEnd;
  return headingKeys(before.slice(from, end)) === headingKeys(after.slice(from, end - (b - a) + edits[0].newText.length));
}

/** The key of what a memo's checks depended on besides the texts: the numbering policy and the base texts' generation. */
function memoKey(options: IncrementalOptions): string {
  return `${options.numberingPolicy ?? 'reletter'}|${options.bases ? options.basesGeneration ?? 0 : '-'}`;
}

/**
 * The findings of a version from its proposals' results (in the small documents' offsets) and the
 * document-wide families over their summary; undefined where the whole document must decide. `moved`: the
 * previous version's document findings and the one edit that made this version from it, where the summary
 * the document families read is the previous one's moved by that edit (analyzeEdits): they are moved, not run.
 */
function assemble(text: string | (() => string), bom: number, cut: Cut, frontResult: FrontResult, options: IncrementalOptions, memo: Memo, before: ParseMemory | undefined, work: Work, same: ItuDocument | undefined, moved?: { documents: DocumentFindings; at: Splice }): Analysis | undefined {
  const { front, starts, results } = cut;
  // An ADD's number is judged against the numbers in force and those the contribution's earlier ADDs bring
  // (base.ts amendedProvisions): a proposal checked alone does not see the latter, so where a gap is found
  // and another ADD stands in the document, the whole document decides (a fault state, rare while typing).
  // Likewise a clause reference in an ADD may name a clause another ADD brings (checks/references.ts, review 8, I26).
  // Only those findings: an unresolved reference to a Resolution's item is the proposal's own (review: every keystroke
  // of a 1 MB contribution with one such reference and two ADDs re-checked the whole document, 170 ms).
  if (results.some((r) => r.acrossAdds) && addCount(results) > 1) return undefined;
  // A SUP of a provision cited in force is said unless another proposal amends the citing provision (checks/base.ts
  // citedInForce); so is a Recommendation's clause renumbered while cited in force (renumberedCited).
  if (results.length > 1 && results.some((r) => r.local.some((fs) => fs.some((f) => f.code === 'base.suppressed-cited' || f.code === 'base.renumbered-cited')))) return undefined;

  // Each proposal's own findings, moved once to where it stands and again only when it moves (typing moves the
  // ones after it).
  const local: Finding[][] = LOCAL.map((_, i) => frontResult.local[i].slice());
  const placedLocal: PlacedFindings[] = [];
  results.forEach((r, k) => {
    const was = cut.local?.[k];
    const here = was && was.result === r && was.start === starts[k] ? was : { result: r, start: starts[k], local: placeLocal(r, front.length, starts[k]) };
    placedLocal.push(here);
    here.local.forEach((fs, i) => {
      for (const f of fs) local[i].push(f);
    });
  });
  cut.local = placedLocal;

  // The summary the document-wide families read, in the whole text's offsets, made when first read: while typing
  // moves the document families' findings only, only a finding that asks for the proposals (finishFindings) makes them.
  let parts: Placed[] | undefined;
  const placed = (): Placed[] => {
    if (parts) return parts;
    parts = [];
    let index = 0;
    results.forEach((r, k) => {
      const was = cut.placed?.[k];
      const here = was && was.result === r && was.start === starts[k] && was.index === index ? was : place(r, front.length, starts[k], index);
      parts!.push(here);
      index += here.proposals.length;
    });
    cut.placed = parts;
    return parts;
  };
  let proposalList: Proposal[] | undefined;
  const proposals = () => (proposalList ??= placed().flatMap((p) => p.proposals));
  // The text of a version analysed from its edits is joined only if a family or a fix reads it.
  let joined = typeof text === 'string' ? text : undefined;
  let markList: RevisionMark[] | undefined;
  let view: View | undefined;
  const summary = {
    get text() {
      return (joined ??= (text as () => string)());
    },
    bom,
    get marks() {
      return (markList ??= listOf(cut.frontMarks, placed(), (p) => p.marks));
    },
    cover: frontResult.cover,
    get proposals() {
      return proposals();
    },
    // What `document` families read of the views (family.ts lists it): footnotes and, for each proposal, that it
    // stands in the new text; the rest of a view is not made.
    get views() {
      view ??= {
        kind: 'new',
        footnoteRefs: listOf(frontResult.footnoteRefs, placed(), (p) => p.footnoteRefs),
        footnoteDefs: listOf(frontResult.footnoteDefs, placed(), (p) => p.footnoteDefs),
        proposals: proposals().map(() => ({}) as ProposalView),
        memo: new ParseMemo(),
      } as unknown as View;
      return { new: view, old: view };
    },
    parseFindings: cut.scanFindings,
    memo: new ParseMemo(),
    // Read in place of the text by the document-wide checks and finishFindings (text.ts sourceOf).
    pieces: joined === undefined ? new PieceText([0, ...starts], [front, ...cut.chunks]) : undefined,
    get holdsCR() {
      return frontResult.cr || results.some((r) => r.cr);
    },
  } as ItuDocument & FinishingDoc;
  const ctx: CheckContext = { doc: summary, policy: options.numberingPolicy ?? 'reletter', distinctOld: false };
  let documents = moved && movedDocuments(moved.documents, moved.at);
  if (documents) work.documents = 'moved';
  else {
    documents = { findings: DOCUMENT.map((family) => runFamily(family, ctx)), readsText: proposals().some((p) => p.action === 'SUP' || !p.reasons) || readsRenumberedClauses(summary) || readsPlaceholders(summary), readsNumbers: mayConflict(proposals()) };
    work.documents = 'run';
  }
  cut.documents = documents;
  const all: Finding[] = [];
  for (const family of CHECK_FAMILIES) {
    const i = LOCAL.indexOf(family);
    const d = DOCUMENT.indexOf(family);
    for (const f of i >= 0 ? local[i] : d >= 0 ? documents.findings[d] : runFamily(family, ctx)) all.push(f);
  }
  const findings = finishFindings(summary, all, options.bases);
  const placeholders = results.flatMap((r) => r.placeholders);
  let ids: string[] | undefined;
  const head: DocumentHead = {
    cover: summary.cover,
    get proposals() {
      return proposals();
    },
    get ids() {
      return (ids ??= results.flatMap((r) => r.proposals.map((p) => p.id.text)));
    },
    get marks() {
      return summary.marks;
    },
    pieces: summary.pieces,
    marksNear(from: number, to: number): RevisionMark[] {
      // The front's, then those of the proposals from the one holding `from` (or ending there) to the one holding `to`: a
      // mark and its attribution comment stand in one proposal (sameMarks), so marksIn reads these as it reads all.
      const parts = placed();
      const out = cut.frontMarks.slice();
      for (let k = Math.max(0, lowerBound(starts, (s) => s < from) - 1); k < parts.length && parts[k].start <= to; k++) for (const m of parts[k].marks) out.push(m);
      return out;
    },
    partMarks(k: number) {
      if (k < 0) return { marks: cut.frontMarks, first: 0, shift: 0 };
      const own = results[k].marks;
      return { marks: own, first: lowerBound(own, (m) => m.start < front.length), shift: starts[k] - front.length };
    },
    partProposals(k: number) {
      return { proposals: results[k].proposals, revisions: revisionCounts(results[k], front, cut.chunks[k]), shift: starts[k] - front.length };
    },
    revisions(): number[] {
      const out: number[] = [];
      results.forEach((r, k) => {
        for (const n of revisionCounts(r, front, cut.chunks[k])) out.push(n);
      });
      return out;
    },
  };
  const analysis = new VersionAnalysis(() => summary.text, findings, before, memo, work, same, placeholders, head, cut.clean ? cut : undefined);
  analysis.unmarkedChanges = frontResult.unmarked || results.some((r) => r.unmarked);
  // Each proposal's changes without marks, moved to where it stands (the front holds no proposal: none of its own).
  if (!frontResult.unmarked) analysis.changesFrom = () => results.flatMap((r, k) => (r.changes.length === 0 ? r.changes : r.changes.map((c) => movedChange(c, starts[k] - front.length))));
  return analysis;
}

/** A change without marks moved by `by`. */
function movedChange(c: UnmarkedChange, by: number): UnmarkedChange {
  return { ...c, start: c.start + by, end: c.end + by };
}

/** `first`, then each part's list (a loop, not a spread: a document may have more proposals than a call takes arguments). */
function listOf<T>(first: readonly T[], parts: readonly Placed[], list: (p: Placed) => readonly T[]): T[] {
  const out = first.slice();
  for (const p of parts) for (const x of list(p)) out.push(x);
  return out;
}

/** How many ADD proposals the results hold. */
function addCount(results: readonly ChunkResult[]): number {
  let n = 0;
  for (const r of results) for (const p of r.proposals) if (p.action === 'ADD') n++;
  return n;
}

/** How a version's work was done (Analysis.work), as assemble fills it. */
type Work = { proposals: number; checked: number; documents?: 'run' | 'moved' };

/**
 * The analysis of the version `edits` make of `previous`'s text (each in offsets of the text before it,
 * applied in order), made from the edits without reading or joining the whole text: where every edit
 * falls inside one proposal (not its header line's start, not the line end before the next proposal),
 * types no control character and leaves that proposal one proposal whose marks are faultless, only that
 * proposal is read and checked again (analyzeNextVersion would find the same). Undefined where it cannot
 * say: the caller analyses the joined text (analyzeNextVersion).
 */
export function analyzeEdits(previous: Analysis, edits: readonly TextEdit[], options: IncrementalOptions = {}): Analysis | undefined {
  const prev = previous instanceof VersionAnalysis ? previous : undefined;
  const cut = prev?.cut;
  const memo = prev?.memo;
  if (!prev || !cut || !memo || edits.length === 0 || memo.key !== memoKey(options)) return undefined;
  const { front, starts, chunks } = cut;
  // The proposal the first edit falls in; every edit must stay inside it.
  const k = lowerBound(starts, (s) => s <= edits[0].start) - 1;
  if (k < 0) return undefined;
  const last = k === starts.length - 1;
  let chunk = chunks[k];
  for (const e of edits) {
    const a = e.start - starts[k];
    const b = e.end - starts[k];
    // Not before the proposal; not its line end before the next proposal (nor past it).
    if (a < 0 || b < a || b > (last ? chunk.length : chunk.length - 1)) return undefined;
    if (CONTROL.test(e.newText)) return undefined;
    chunk = chunk.slice(0, a) + e.newText + chunk.slice(b);
  }
  // An instrument heading typed or changed in it puts the proposals after it on another text: the whole text decides.
  if (!last && !headingsAlike(chunks[k], chunk, edits, starts[k])) return undefined;
  // So does an annex's heading typed at its start (analyzeNextVersion: the Resolution's MOD reads it).
  if (starts.length > 1 && mayOpenWithAnnex(chunk) !== mayOpenWithAnnex(chunks[k])) return undefined;
  // Still one proposal, starting where it did, its marks read alone without fault and none holding the line
  // end before the next proposal (which then starts a line no mark touches, as proposalStarts asks).
  const scan = scanMarks(chunk);
  if (!scan.findings.every((f) => f.code === 'marks.empty')) return undefined;
  // A line the edit made a header in one text only (marks.header) is read by the cut of the whole text.
  if (headerMarkFindings(chunk, scan.marks).length > 0) return undefined;
  const own = proposalStarts(chunk, 0, scan.marks);
  if (own.length !== 1 || own[0] !== 0) return undefined;
  if (!last && scan.marks.length > 0 && scan.marks[scan.marks.length - 1].end > chunk.length - 1) return undefined;
  // The front's findings and the other proposals' stand: the front and their texts are unchanged, and their
  // marks, faultless, are read alone as in the whole text (Cut.clean).
  const pool = options.comparers && Object.assign((key: string) => options.comparers!(key), {});
  // The whole text's language, where a proposal's check asks it (the one typed in, or one whose result read it).
  const language = new WholeLanguage(() => {
    const all = chunks.slice();
    all[k] = chunk;
    return [front, ...all];
  }, memo.language);
  const wholeLanguage = () => language.of();
  let r = memo.chunks.get(chunk);
  if (r?.language !== undefined && r.language !== wholeLanguage()) r = undefined;
  let checked = 0;
  let lastChunk = memo.lastChunk;
  if (!r) {
    const doc = parseNextVersion(front + chunk, lastChunk);
    r = checkChunk(doc, front.length, options, pool, wholeLanguage);
    if (!r) return undefined;
    lastChunk = ParseMemory.of(doc);
    checked = 1;
  }
  // The other proposals' results stand for this version where the whole text's language they read is still its own.
  for (let n = 0; n < cut.results.length; n++) {
    const l = cut.results[n].language;
    if (n !== k && l !== undefined && l !== wholeLanguage()) return undefined;
  }
  options.comparers?.endRound?.();
  // The small document read the proposal's marks as the scan of the proposal alone did, and the front's as they are.
  if (!sameOwnMarks(r.marks, cut.frontMarks, scan.marks, front.length)) return undefined;
  const delta = chunk.length - chunks[k].length;
  const from = starts[k];
  const to = from + chunks[k].length;
  // A Shift with no front moves every offset (a fix's edits too) by its start.
  const into = new Shift(0, from);
  const after = new Shift(0, delta);
  const scanFindings: Finding[] = [];
  for (const f of cut.scanFindings) if (f.start < from) scanFindings.push(f);
  for (const f of scan.findings) scanFindings.push(into.finding(f));
  for (const f of cut.scanFindings) if (f.start >= to) scanFindings.push(after.finding(f));
  const nextChunks = chunks.slice();
  nextChunks[k] = chunk;
  const results = cut.results.slice();
  results[k] = r;
  const nextStarts = starts.slice();
  for (let n = k + 1; n < nextStarts.length; n++) nextStarts[n] += delta;
  const next: Cut = { front, starts: nextStarts, chunks: nextChunks, results, frontMarks: cut.frontMarks, scanFindings, clean: true, local: cut.local, placed: cut.placed };
  // The memo keeps every text this version holds and drops the one the edit replaced (unless another proposal reads
  // the same), as analyzeNextVersion's does. The map is the previous version's, changed in place: a cache of results
  // by text, which an older version's analysis reads as well as this one's (a text missing there is checked again).
  const kept = memo.chunks;
  if (!nextChunks.includes(chunks[k])) kept.delete(chunks[k]);
  kept.set(chunk, r);
  const joinText = () => {
    let t = front;
    for (const c of nextChunks) t += c;
    return t;
  };
  // One edit whose proposal reads, for the document families, as before with the offsets after the edit moved: their
  // findings are moved, not made again.
  let moved: { documents: DocumentFindings; at: Splice } | undefined;
  if (edits.length === 1 && cut.documents && !cut.documents.readsText) {
    const at = { start: edits[0].start - from + front.length, end: edits[0].end - from + front.length, delta };
    if (readsAlike(cut.results[k], r, at, chunks[k], front.length) && !placeholderTyped(r, chunk, at, front.length) && (!cut.documents.readsNumbers || numbersAlike(chunks[k], chunk, at, front.length))) moved = { documents: cut.documents, at: { start: edits[0].start, end: edits[0].end, delta } };
  }
  return assemble(joinText, front.charCodeAt(0) === 0xfeff ? 1 : 0, next, memo.frontResult, options, { key: memo.key, front, frontResult: memo.frontResult, chunks: kept, lastChunk, language: language.kept() }, prev.lastParse(), { proposals: starts.length, checked }, undefined, moved);
}

/** An edit in the offsets of the text before it: [start, end) replaced by a text `delta` characters longer. */
interface Splice {
  start: number;
  end: number;
  delta: number;
}

/**
 * Where an offset of the text before `edit` stands after it: where it was before the edit, moved by its delta after
 * it, and NaN at its edges and inside (where an edit at a boundary leaves the boundary is the parse's to say).
 */
function mapped(x: number, edit: Splice): number {
  return x < edit.start ? x : x > edit.end ? x + edit.delta : NaN;
}

function spanMapped(before: Span | undefined, after: Span | undefined, edit: Splice): boolean {
  if (!before || !after) return before === after;
  return mapped(before.start, edit) === after.start && mapped(before.end, edit) === after.end;
}

/**
 * Whether a proposal's results after `edit` (in its small document's offsets) give the document families what its
 * results before gave them, moved by the edit: the same proposals, footnote references and definitions, and marks
 * (none holding the edit: their texts are read), each where the edit moves it; and an edit the families read no text
 * of (an ADD's first lines after its header, where placeholders are read; a header whose id is a provision number).
 * Then every document finding is the one before, moved (movedDocuments): the families read nothing else of a proposal
 * (checks/family.ts, scope `document`), and `readsText` (DocumentFindings) covers what reads its text.
 */
function readsAlike(before: ChunkResult, after: ChunkResult, edit: Splice, chunk: string, frontLength: number): boolean {
  if (before.proposals.length !== after.proposals.length || before.footnoteRefs.length !== after.footnoteRefs.length) return false;
  if (before.footnoteDefs.length !== after.footnoteDefs.length || before.marks.length !== after.marks.length) return false;
  for (let i = 0; i < before.proposals.length; i++) {
    const p = before.proposals[i];
    const q = after.proposals[i];
    if (p.action !== q.action || p.extra !== q.extra || p.index !== q.index || !spanMapped(p.header, q.header, edit) || !spanMapped(p.actionSpan, q.actionSpan, edit) || !spanMapped(p.span, q.span, edit) || !spanMapped(p.reasons, q.reasons, edit)) return false;
    const a = p.id;
    const b = q.id;
    if (a.text !== b.text || a.source !== b.source || a.doc !== b.doc || a.seq !== b.seq || a.seq === undefined || !spanMapped(a.span, b.span, edit) || !spanMapped(a.seqSpan, b.seqSpan, edit)) return false;
    // placeholdersTwice reads an ADD's first four lines after its header (line ends as it reads them).
    if (p.action === 'ADD' && edit.start - frontLength <= lineEndAfter(chunk, p.header.start - frontLength, 5)) return false;
  }
  for (let i = 0; i < before.footnoteRefs.length; i++) {
    const r = before.footnoteRefs[i];
    const s = after.footnoteRefs[i];
    if (r.label !== s.label || !spanMapped(r.source, s.source, edit)) return false;
  }
  for (let i = 0; i < before.footnoteDefs.length; i++) {
    const d = before.footnoteDefs[i];
    const e = after.footnoteDefs[i];
    if (d.label !== e.label || !spanMapped(d.paragraph.source, e.paragraph.source, edit) || !spanMapped(d.labelSource, e.labelSource, edit)) return false;
  }
  for (let i = 0; i < before.marks.length; i++) {
    const m = before.marks[i];
    const n = after.marks[i];
    if (m.kind !== n.kind || m.author !== n.author || !spanMapped(m, n, edit) || (m.start < edit.start && m.end > edit.end)) return false;
    if (!spanMapped(m.oldText, n.oldText, edit) || !spanMapped(m.newText, n.newText, edit) || !spanMapped(m.commentText, n.commentText, edit) || !spanMapped(m.attribution, n.attribution, edit)) return false;
  }
  return true;
}

/**
 * Whether an edit in an ADD leaves a line opening with a WRC placeholder (`5.A19<TAB>…`) among the lines it touches.
 * The document findings are moved only where the families read no ADD's text (DocumentFindings.readsText), so no ADD
 * held such a line: one typed now makes them read every ADD's lines (readsPlaceholders, provisionPlaceholdersTwice), and
 * they are made again. Before (the twenty-first session's hunt of the editor against the command line), a placeholder
 * typed below an ADD's first lines kept the flag the document had without it, and the same placeholder typed then in
 * another ADD was not said to repeat it (numbering.duplicate) in the editor. `edit` in the small document's offsets.
 */
function placeholderTyped(after: ChunkResult, chunk: string, edit: Splice, frontLength: number): boolean {
  if (!after.proposals.some((p) => p.action === 'ADD' || p.action === 'ADD*')) return false;
  // The lines the edit's new text stands on, in the proposal's text after it.
  const start = Math.max(0, edit.start - frontLength);
  const end = Math.min(chunk.length, Math.max(start, edit.end - frontLength + edit.delta));
  const from = chunk.lastIndexOf('\n', start - 1) + 1;
  const stop = chunk.indexOf('\n', end);
  for (const line of chunk.slice(from, stop < 0 ? chunk.length : stop).split('\n')) if (isPlaceholderLine(line.replace(/\r$/, ''))) return true;
  return false;
}

/**
 * Whether an edit leaves what proposal.conflicting-actions reads of the proposal's lines as it was: the first line the
 * edit touches reads the same before and after it (lineReading); where it types or takes out line ends (Enter in an
 * item, a paste), every other line it touches reads as plain text or is blank, before and after, and the proposal
 * restates the same text first (restatedFirst: a plain line pasted above a number line takes its place). Before, any line
 * end typed made the document findings again, which in a contribution of two MODs or more (h-amend: most) cost each
 * Enter some 30 ms at 1 MB.
 */
function numbersAlike(before: string, after: string, edit: Splice, frontLength: number): boolean {
  const start = edit.start - frontLength;
  const end = edit.end - frontLength;
  if (start < 0 || end > before.length) return false;
  const line = (text: string, at: number, to: number) => {
    const from = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    const n = text.slice(to).search(/[\r\n]/);
    return text.slice(from, n < 0 ? text.length : to + n);
  };
  const was = line(before, start, end);
  const is = line(after, start, end + edit.delta);
  const [first, ...rest] = was.split(/\r\n|\r|\n/);
  const [now, ...more] = is.split(/\r\n|\r|\n/);
  if (lineReading(first) !== lineReading(now)) return false;
  return (rest.length === 0 && more.length === 0) || (plainLines(rest) && plainLines(more) && restatedFirst(before) === restatedFirst(after));
}

/** The end of the `n`th line from `from`, whatever the line ends (the text's end where it has fewer). */
function lineEndAfter(text: string, from: number, n: number): number {
  let at = from;
  for (let k = 1; k < n && at >= 0; k++) at = nextLineStart(text, at);
  return at < 0 ? text.length : lineEndIn(text, at);
}

/** The document families' findings moved by `edit` (whole text's offsets); undefined where one stands at its edges or inside. */
function movedDocuments(documents: DocumentFindings, edit: Splice): DocumentFindings | undefined {
  const fixes = new Map<Fix, Fix | undefined>();
  // Fixes share edit lists (one renumbering for a whole list, finishFindings keeps them shared): each is moved once, and
  // the moved fixes share the moved list.
  const editLists = new Map<TextEdit[], TextEdit[] | null>();
  const moveEdits = (edits: TextEdit[]): TextEdit[] | null => {
    let out = editLists.get(edits);
    if (out === undefined) {
      const moved = edits.map(span);
      editLists.set(edits, (out = moved.every((e) => e) ? (moved as TextEdit[]) : null));
    }
    return out;
  };
  const span = <S extends Span>(s: S): S | undefined => {
    const start = mapped(s.start, edit);
    const end = mapped(s.end, edit);
    if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
    return start === s.start && end === s.end ? s : { ...s, start, end };
  };
  const fix = (f: Fix): Fix | undefined => {
    if (fixes.has(f)) return fixes.get(f);
    const edits = moveEdits(f.edits);
    const alternatives = f.alternatives?.map(fix);
    const out = edits && (alternatives ?? []).every((a) => a) ? { ...f, edits, ...(alternatives ? { alternatives: alternatives as Fix[] } : {}) } : undefined;
    fixes.set(f, out);
    return out;
  };
  const findings: Finding[][] = [];
  for (const list of documents.findings) {
    const out: Finding[] = [];
    for (const f of list) {
      const g = span(f);
      const moved = f.fix && fix(f.fix);
      if (!g || (f.fix && !moved)) return undefined;
      out.push(g === f && moved === f.fix ? f : { ...g, ...(moved ? { fix: moved } : {}) });
    }
    findings.push(out);
  }
  return { findings, readsText: documents.readsText, readsNumbers: documents.readsNumbers };
}

/** A proposal's summary parts moved to its place in the whole text (Cut.placed): kept while its result and place stay. */
interface Placed {
  result: ChunkResult;
  start: number;
  /** The index of its first proposal in the document. */
  index: number;
  proposals: Proposal[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  /** Its own marks (not the front's). */
  marks: RevisionMark[];
}

/** A proposal's own findings moved to its place (Cut.local): kept while its result and place stay. */
interface PlacedFindings {
  result: ChunkResult;
  start: number;
  local: Finding[][];
}

/**
 * A proposal's summary where it stands. Its footnotes and marks are moved when first read: typing moves every
 * proposal after the one typed in, and the preview reads the marks of the few the editor shows (Analysis.head).
 */
function place(r: ChunkResult, frontLength: number, start: number, index: number): Placed {
  const shift = new Shift(frontLength, start);
  const by = start - frontLength;
  let refs: FootnoteRef[] | undefined;
  let defs: FootnoteDef[] | undefined;
  let marks: RevisionMark[] | undefined;
  return {
    result: r,
    start,
    index,
    proposals: r.proposals.map((p, i) => shift.proposal(p, index + i)),
    get footnoteRefs() {
      return (refs ??= r.footnoteRefs.map((ref) => ({ ...ref, source: shift.span(ref.source) })));
    },
    get footnoteDefs() {
      return (defs ??= r.footnoteDefs.map((def) => ({ ...def, paragraph: { ...def.paragraph, source: shift.span(def.paragraph.source) }, labelSource: shift.span(def.labelSource) })));
    },
    get marks() {
      return (marks ??= r.marks.slice(lowerBound(r.marks, (m) => m.start < frontLength)).map((m) => movedMark(m, by)));
    },
  };
}

/**
 * The revisions of each proposal of a small document (front + proposal) that accepting may take (review.ts: not a
 * merged draft's alternatives), as the preview counts them in the whole document: kept by result, made once.
 */
const REVISIONS = new WeakMap<ChunkResult, number[]>();
function revisionCounts(r: ChunkResult, front: string, chunk: string): number[] {
  let counts = REVISIONS.get(r);
  if (counts) return counts;
  const text = { text: front + chunk };
  counts = r.proposals.map((p) => {
    let n = 0;
    const end = Math.max(p.span.end, p.span.start + 1);
    for (const m of r.marks) if (m.start >= p.span.start && m.start < end && isRevision(m) && !isAlternatives(text, m)) n++;
    return n;
  });
  REVISIONS.set(r, counts);
  return counts;
}

function placeLocal(r: ChunkResult, frontLength: number, start: number): Finding[][] {
  const shift = new Shift(frontLength, start);
  // Most families find nothing in most proposals: their empty lists are shared (never written to).
  return r.local.map((fs) => (fs.length === 0 ? fs : fs.map((f) => shift.finding(f))));
}

/** A mark moved by `by` (its inner spans too). */
function movedMark(m: RevisionMark, by: number): RevisionMark {
  if (by === 0) return m;
  const span = (x: Span | undefined) => x && { start: x.start + by, end: x.end + by };
  const out: RevisionMark = { ...m, start: m.start + by, end: m.end + by };
  if (m.oldText) out.oldText = span(m.oldText);
  // A highlight's two texts are one span.
  if (m.newText) out.newText = m.newText === m.oldText ? out.oldText : span(m.newText);
  if (m.commentText) out.commentText = span(m.commentText);
  if (m.attribution) out.attribution = span(m.attribution);
  return out;
}

/**
 * A part of a document parsed alone, for a feature that reads one place (a hover): the front and the
 * proposal holding an offset, parsed as the analysis checks that proposal (front + proposal), or the
 * front alone for an offset before the first proposal. `doc` is in the offsets of that small text: the
 * front where it is, the proposal moved from `start` in the whole text to `frontLength`.
 */
export interface Region {
  doc: ItuDocument;
  frontLength: number;
  /** Where the part after the front starts in the whole text (frontLength for the front alone). */
  start: number;
}

/**
 * The region of `offset` (see Region), or undefined where only the whole parse reads it as the whole
 * document does: no proposal, input that is not text, a mark across a proposal boundary, a front with a
 * proposal of its own (as for analyzeNextVersion, which then checks the whole document).
 */
export function regionAt(text: string, offset: number, parts: TextParts | undefined = cut(text)): Region | undefined {
  if (!parts) return undefined;
  const { marks, starts, front } = parts;
  const k = lowerBound(starts, (s) => s <= offset) - 1;
  const start = k < 0 ? front.length : starts[k];
  const end = k < 0 ? front.length : k + 1 < starts.length ? starts[k + 1] : text.length;
  const doc = parseDocument(k < 0 ? front : front + text.slice(start, end));
  // Of the front alone no proposal; else the first one is this one.
  if (k < 0 ? doc.proposals.length > 0 : doc.proposals[0]?.header.start !== front.length) return undefined;
  if (!sameMarks(doc.marks, marks, start, end, front.length)) return undefined;
  return { doc, frontLength: front.length, start };
}

/**
 * The region of `offset` (see Region) in a text as an analysis cut it (Analysis.parts): its front and proposals each
 * read alone as in the whole text when the analysis checked them (their marks, their headers), so nothing is scanned
 * again (regionAt scans every mark of the text: 10 ms of each hover in a 1 MB contribution).
 */
export function analysedRegion(parts: NonNullable<Analysis['parts']>, offset: number, frontDoc?: () => ItuDocument): Region {
  const { front, starts, chunks } = parts;
  const k = lowerBound(starts, (s) => s <= offset) - 1;
  // Before the first proposal: the front as the analysis parsed it alone (Analysis.front), else parsed here.
  if (k < 0) {
    const parsed = frontDoc?.();
    return { doc: parsed?.text === front ? parsed : parseDocument(front), frontLength: front.length, start: front.length };
  }
  return { doc: parseDocument(front + chunks[k]), frontLength: front.length, start: starts[k] };
}

/**
 * Whether a part made of the front and proposal `k` of `parts`, read before (perhaps in an earlier version, where its
 * text stood elsewhere), reads as the whole text there: its first proposal's header stands right after the front,
 * and its marks (in the part's offsets) are the whole text's marks there (regionAt's test).
 */
export function partAgrees(part: { readonly firstHeader: number | undefined; readonly marks: readonly MarkSpan[] }, parts: TextParts, k: number, textLength: number): boolean {
  const { marks, starts, front } = parts;
  const end = k + 1 < starts.length ? starts[k + 1] : textLength;
  return part.firstHeader === front.length && sameMarks(part.marks, marks, starts[k], end, front.length);
}

/** What sameMarks compares of a mark. */
export type MarkSpan = Pick<RevisionMark, 'start' | 'end' | 'kind'>;

/** A text cut into its front and proposals (cut): a version's features read it once (DocumentRecord.regionAt). */
export interface TextParts {
  readonly marks: RevisionMark[];
  readonly starts: number[];
  readonly front: string;
}

/**
 * The text cut as analyzeNextVersion cuts it: its marks, where each proposal starts, the front before
 * them; undefined where the analysis reads the whole document (input that is not text, no proposal).
 */
export function cut(text: string): TextParts | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (checkInput(text, bom).length > 0) return undefined;
  const marks = scanMarks(text, bom).marks;
  const starts = proposalStarts(text, bom, marks);
  return starts.length > 0 ? { marks, starts, front: text.slice(0, starts[0]) } : undefined;
}

/**
 * What the base index reads of a text (Analysis.front and Analysis.placeholders) without a check or
 * a parse of the whole: the front parsed alone, and the placeholders of each proposal that may add
 * text, parsed as the analysis parses it (front + proposal). Undefined where the analysis reads the
 * whole document (see regionAt).
 */
export function frontOf(text: string): { front: ItuDocument; placeholders: string[] } | undefined {
  const parts = cut(text);
  if (!parts) return undefined;
  const { marks, starts, front } = parts;
  const doc = parseDocument(front);
  if (doc.proposals.length > 0 || !sameMarks(doc.marks, marks, front.length, front.length, front.length)) return undefined;
  const placeholders: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const chunk = text.slice(starts[k], end);
    // placeholdersOf reads ADD proposals only, and each starts a line.
    if (!ADD_LINE.test(chunk)) continue;
    const small = parseDocument(front + chunk);
    if (!sameMarks(small.marks, marks, starts[k], end, front.length)) return undefined;
    for (const p of placeholdersOf(small)) placeholders.push(p);
  }
  return { front: doc, placeholders };
}

const ADD_LINE = /^ADD/m;

/**
 * Where each proposal starts: a header line (as parseView reads one) that no mark touches, nor the
 * line end before it, so that it starts a proposal in both projections.
 */
function proposalStarts(text: string, bom: number, marks: RevisionMark[]): number[] {
  const out: number[] = [];
  const candidate = /^(?:\(MOD\)|MOD|ADD|SUP|NOC)/gm;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at - 1);
    if (at !== bom && c !== 10 && c !== 13) continue; // a line start of U+2028 is no paragraph start
    const end = lineEndAt(text, at);
    if (!readsAsHeader(HEADER.exec(text.slice(at, end)))) continue;
    const i = lowerBound(marks, (mk) => mk.end <= at - 1);
    if (i < marks.length && marks[i].start < end) continue; // a mark on the line or across its start
    out.push(at);
    candidate.lastIndex = end;
  }
  return out;
}

/**
 * The small document (front + proposal) read the marks as the whole text has them: the front's marks
 * where they are, the proposal's moved to the proposal's place. Else it would project other texts.
 */
function sameMarks(own: readonly MarkSpan[], all: readonly MarkSpan[], from: number, to: number, frontLength: number): boolean {
  const same = (m: MarkSpan, o: MarkSpan, delta: number) => m.start + delta === o.start && m.end + delta === o.end && m.kind === o.kind;
  const f = lowerBound(all, (m) => m.start < frontLength);
  const i = lowerBound(all, (m) => m.start < from);
  const j = lowerBound(all, (m) => m.start < to);
  const inFront = lowerBound(own, (m) => m.start < frontLength);
  if (inFront !== f || own.length - inFront !== j - i) return false;
  for (let k = 0; k < inFront; k++) if (!same(own[k], all[k], 0)) return false;
  for (let k = inFront; k < own.length; k++) if (!same(own[k], all[i + k - inFront], from - frontLength)) return false;
  return true;
}

/** sameMarks for a proposal scanned alone: the small document's marks are the front's, then the proposal's moved past the front. */
function sameOwnMarks(own: RevisionMark[], frontMarks: RevisionMark[], chunkMarks: RevisionMark[], frontLength: number): boolean {
  if (own.length !== frontMarks.length + chunkMarks.length) return false;
  const same = (m: RevisionMark, o: RevisionMark, delta: number) => m.start === o.start + delta && m.end === o.end + delta && m.kind === o.kind;
  for (let k = 0; k < frontMarks.length; k++) if (!same(own[k], frontMarks[k], 0)) return false;
  for (let k = 0; k < chunkMarks.length; k++) if (!same(own[frontMarks.length + k], chunkMarks[k], frontLength)) return false;
  return true;
}

function runFront(front: string, options: IncrementalOptions, pool: ComparerPool | undefined): FrontResult | undefined {
  const doc = parseDocument(front);
  const r = resultOf(doc, 0, options, pool);
  return r && { ...r, cover: doc.cover, doc };
}

/** The results of a small document (front + proposal), parsed by the caller: once, or from its last parse (analyzeEdits). */
function checkChunk(small: ItuDocument, frontLength: number, options: IncrementalOptions, pool: ComparerPool | undefined, wholeLanguage: () => Lang): ChunkResult | undefined {
  // A proposal whose words do not tell its language is in the whole text's (as in checkDocument of the whole), not the
  // small document's: noted in the result where it was asked.
  let asked: Lang | undefined;
  WHOLE_LANGUAGE.set(small, () => (asked = wholeLanguage()));
  const r = resultOf(small, frontLength, options, pool);
  if (r && asked !== undefined) r.language = asked;
  // Kept in the memo for the versions after: without the small document's texts (its projections).
  return ownStrings(r);
}

/** No change without marks (shared, never written to). */
const NO_CHANGES: UnmarkedChange[] = [];

/** The `proposal`-scope findings and the summary of a small document, from `from` on. */
function resultOf(doc: ItuDocument, from: number, options: IncrementalOptions, pool: ComparerPool | undefined): ChunkResult | undefined {
  const ctx: CheckContext = {
    doc,
    policy: options.numberingPolicy ?? 'reletter',
    amended: options.bases ? amendedResolutions(doc, options.bases, pool) : undefined,
    added: options.bases ? addedOnce(doc, options.bases) : undefined,
    distinctOld: doc.views.old !== doc.views.new,
  };
  const own = <T extends { start: number }>(x: T) => x.start >= from;
  const unmarked = ctx.amended?.some((a) => a.unmarked && a.comparison !== undefined && !a.comparison.identical) ?? false;
  const local = LOCAL.map((f) => runFamily(f, ctx, from).filter(own));
  return {
    local,
    proposals: doc.proposals.filter((p) => p.header.start >= from),
    footnoteRefs: doc.views.new.footnoteRefs.filter((r) => r.source.start >= from),
    footnoteDefs: doc.views.new.footnoteDefs.filter((d) => d.paragraph.source.start >= from),
    marks: doc.marks,
    // The small document's proposals are this one's (a front with a proposal is checked whole).
    placeholders: placeholdersOf(doc),
    cr: doc.text.indexOf('\r', from) >= 0,
    acrossAdds: local.some((fs) => fs.some(isAcrossAdds)),
    unmarked,
    changes: unmarked ? unmarkedChanges(ctx.amended!, doc.text) : NO_CHANGES,
  };
}

/** Offsets of a small document (front + proposal) in the whole text: the front stays, the proposal moves. */
class Shift {
  private readonly fixes = new Map<Fix, Fix>();
  constructor(
    private readonly frontLength: number,
    private readonly start: number,
  ) {}

  at(o: number): number {
    return o < this.frontLength ? o : o - this.frontLength + this.start;
  }

  span<S extends { start: number; end: number }>(s: S): S {
    return { ...s, start: this.at(s.start), end: this.at(s.end) };
  }

  private maybe<S extends { start: number; end: number }>(s: S | undefined): S | undefined {
    return s && this.span(s);
  }

  proposal(p: Proposal, index: number): Proposal {
    return {
      ...p,
      id: { ...p.id, span: this.span(p.id.span), ...(p.id.seqSpan ? { seqSpan: this.span(p.id.seqSpan) } : {}) },
      header: this.span(p.header),
      actionSpan: this.span(p.actionSpan),
      span: this.span(p.span),
      index,
      reasons: this.maybe(p.reasons),
    };
  }

  finding(f: Finding): Finding {
    const out = this.span(f);
    if (f.fix) out.fix = this.fix(f.fix);
    return out;
  }

  private fix(fix: Fix): Fix {
    let out = this.fixes.get(fix);
    if (!out) {
      out = { ...fix, edits: fix.edits.map((e) => this.span(e)) };
      if (fix.alternatives) out.alternatives = fix.alternatives.map((a) => ({ ...a, edits: a.edits.map((e) => this.span(e)) }));
      this.fixes.set(fix, out);
    }
    return out;
  }
}
