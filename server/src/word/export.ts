// Export of an .itu document to Word (.docx): every source line becomes a
// paragraph in its ITU style, revision marks become tracked changes (w:ins /
// w:del, paragraph marks included, so a mark spanning lines stays one change),
// comments become Word comments and footnotes Word footnotes. The docx package
// writes the document; a last pass over the zip adds the hints that let import
// give back exactly the marks that were exported (see common.ts).
import {
  BuilderElement,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReference,
  Header,
  InsertedTextRun,
  AlignmentType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IParagraphRunOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { allResolutions, ARTICLE_HEADING, coverValue, instrumentHeading, isPipeDelimiter, isPipeRow, LineIndex, type Item, type ItuDocument, type Paragraph as ItuParagraph, type RevisionMark, type View } from '../core';
import {
  FOOTNOTE_BOOKMARK,
  FOOTNOTE_DEF,
  FOOTNOTE_REF,
  HINT_AUTHOR,
  HINT_MARK,
  HINT_NS,
  HINT_PREFIX,
  HINT_WHOLE,
  PROP_DEFAULT_AUTHOR,
  PROP_GENERATOR,
  mostlyRightToLeft,
  xmlSafe,
} from './common';
import { CLOSING_BOOKMARK, CLOSING_LINE, COVER_BOOKMARK, coverPlan, coverRecord, type CoverParagraph } from './cover';
import { emphasis, type Emphasis, type LineRole } from './house';
import { languageOf, type ExportLanguage } from './language';
import { CHARACTER_STYLES, FONT, finishStyles, PARAGRAPH_STYLES, STYLE, styleFor } from './styles';

/** Headings of a text of provisions (English, French, Spanish): `CHAPTER I`, `PREAMBLE`, RR `Section IV – …`. */
const CHAPTER = /^(?:CHAPTER|CHAPITRE|CAP[ÍI]TULO)\s+[IVXLC\d]+[A-Z]?$/i;
const PREAMBLE = /^(?:PREAMBLE|PR[ÉE]AMBULE|PRE[ÁA]MBULO)$/i;
const RR_SECTION = /^(?:Section|Sub-Section|Sous-section|Secci[óo]n|Subsecci[óo]n)\s+[IVXLC]+[A-Z]?\s*[–-]/;
/** Letters of the right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko), and letters of any script. */
/** A SUP of a provision by its number alone (`5.338`, `3B`). */
const BARE_PROVISION = /^(?:\d{1,2}\.(?:\d{1,3}|[A-Z]{1,3}\d{1,3})[A-Z]{0,3}(?:\.\d{1,3})?|\d{1,4}[A-Z]{0,3})$/;

export interface ExportOptions {
  /** Author of marks without `{>>@AUTHOR<<}`; else the `Source` cover field. */
  author?: string;
  /** Date of every revision and comment; now when not given. */
  date?: Date;
}

type State = 'plain' | 'ins' | 'del' | 'hl';

interface TextPiece {
  type: 'text';
  text: string;
  state: State;
  /** Index of the source mark, -1 for text outside marks. */
  mark: number;
}
interface BreakPiece {
  type: 'break';
  state: State;
  mark: number;
  /** Plain in the source, tracked because the whole paragraph is inserted or deleted (see trackWholeParagraphs). */
  whole?: boolean;
}
type CommentPiece = { type: 'comment-start'; id: number } | { type: 'comment-end'; id: number };
type InlinePiece = TextPiece | CommentPiece;

interface Line {
  index: number;
  pieces: InlinePiece[];
  /** The paragraph mark ending the line; none for the last line. */
  brk?: BreakPiece;
}

interface FootnotePlan {
  label: string;
  id: number;
  /** Numbered by Word (label equals the running number) or shown with its label as a custom mark. */
  auto: boolean;
  /**
   * The custom mark Word shows: the label, less an import's `_2`, `_3` when a footnote of the document has the label
   * without it (two notes that Word marked alike, `*` and `*`, are `[^*]` and `[^*_2]` here: review3 E25).
   */
  mark: string;
  line: number;
  content: InlinePiece[];
  referenced: boolean;
  /**
   * The reference written as Word's one real reference to the note: the first one the new text keeps (plain or
   * inserted), else the first one (a note whose every reference is deleted is a deleted note). Word has one reference
   * per footnote; the others are its mark in the footnote-reference style.
   */
  real?: { piece: TextPiece; at: number };
}

/** A row of a pipe table written as a Word table row: its cells' pieces, and the change it is in when inserted or deleted whole. */
interface RowPlan {
  line: Line;
  cells: InlinePiece[][];
  state: 'plain' | 'ins' | 'del';
  mark: number;
}

type Block = { table: Table } | { style: string; children: ParagraphChild[]; brk?: BreakPiece; paragraph?: Paragraph; cover?: boolean; rtl?: boolean };

interface LineInfo {
  kind: ItuParagraph['kind'];
  style: string;
  role: LineRole;
}

const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The cover table's right column: the logo on the first row, the document number and date below. */
const COVER_RIGHT_WIDTH = 3402;
const COVER_LABEL_WIDTH = 1701;
/** The cell ITU's logo stands in (left empty: the logo is ITU's to add). */
const COVER_LOGO_WIDTH = 1134;

export async function exportDocx(doc: ItuDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  return new DocxWriter(doc, options).write();
}

/** The author Word shows for marks that name none. */
export function defaultAuthor(doc: ItuDocument, setting?: string): string {
  return setting?.trim() || coverValue(doc, 'Source')?.trim() || 'itu-draft';
}

class DocxWriter {
  private readonly author: string;
  private readonly language: ExportLanguage;
  private readonly date: string;
  /**
   * Revision marks alternate between the export's date and two minutes after it, so that two marks side by side never
   * share author and date: LibreOffice joins changes by one author less than a minute apart into one (across a
   * paragraph mark it leaves untracked, too), and a reader without the hints can tell `{--a--}{++b++}` (two dates)
   * from `{~~a~>b~~}` (one).
   */
  private readonly nextDate: string;
  private readonly odd = new Map<object, boolean>();
  /** Word ids: footnotes 1…F, then comments, then revisions and bookmarks, so that no two annotations share one
   *  (LibreOffice loses footnote text when a comment has a footnote's id). */
  private commentBase = 0;
  private revision = 0;
  private readonly hints = new Map<number, { mark: number; explicit: boolean; whole: boolean }>();
  /** `parent`: the comment a reply answers (Word threads it under that one, w15:paraIdParent). */
  private readonly comments: { id: number; text: string; author: string; parent?: number }[] = [];
  private readonly lineInfo = new Map<number, LineInfo>();
  private readonly levels = new Map<ItuParagraph, number>();
  private readonly footnotes = new Map<string, FootnotePlan>();
  /** The pipe tables written as Word tables, by their first line (see tables). */
  private tableRuns = new Map<number, { rows: RowPlan[]; end: number }>();
  /** Source lines the cover block takes (set when the cover is written). */
  private coverLineCount = 0;

  constructor(
    private readonly doc: ItuDocument,
    options: ExportOptions,
  ) {
    this.author = xmlSafe(defaultAuthor(doc, options.author));
    this.language = languageOf(doc);
    const date = options.date ?? new Date();
    this.date = wordDate(date);
    this.nextDate = wordDate(new Date(date.getTime() + 2 * 60_000));
    let k = 0;
    for (const m of doc.marks) if (m.kind === 'insertion' || m.kind === 'deletion' || m.kind === 'substitution') this.odd.set(m, k++ % 2 === 1);
  }

  async write(): Promise<Uint8Array> {
    const lines = this.lines();
    this.classify();
    // Table rows first: their lines then hold their cells' pieces (bars left out), which footnotes are planned on.
    this.tableRuns = this.tables(lines);
    for (const { rows } of this.tableRuns.values()) for (const row of rows) row.line.pieces = row.cells.flat();
    this.planFootnotes(lines);
    this.trackWholeParagraphs(lines);
    this.commentBase = this.footnotes.size + 1;
    this.revision = this.commentBase + this.comments.length;
    const body = this.body(lines);
    const footnotes: Record<string, { children: Paragraph[] }> = {};
    for (const f of this.footnotes.values()) {
      if (!f.referenced) continue;
      footnotes[String(f.id)] = {
        children: [this.directed(STYLE.footnoteText, f.content, (rtl) => [new TextRun({ children: [new Tab()], rightToLeft: rtl }), ...this.inline(f.content, { footnote: true, rtl })])],
      };
    }
    const comments: ICommentOptions[] = this.comments.map((c) => ({
      id: this.commentBase + c.id,
      author: c.author,
      initials: initials(c.author),
      date: new Date(this.date),
      ...(c.parent === undefined ? {} : { parentId: this.commentBase + c.parent }),
      children: c.text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ children: tabbed(keepingLineBreaks(t.replace(/\r/g, ''))) })] })),
    }));
    const title = coverValue(this.doc, 'Title');
    const reference = coverPlan(this.doc, this.language).reference;
    const coverLines = this.doc.cover.length > 0 ? this.doc.text.slice(this.doc.bom).split('\n').slice(0, this.coverLineCount).map((l) => l.replace(/\r$/, '')) : [];
    const document = new Document({
      creator: this.author,
      lastModifiedBy: this.author,
      title: title ? xmlSafe(title) : undefined,
      description: 'Exported by itu-draft from an .itu contribution',
      features: { trackRevisions: true },
      styles: {
        default: { document: { run: { font: FONT, size: 24 } } },
        paragraphStyles: PARAGRAPH_STYLES,
        characterStyles: CHARACTER_STYLES,
      },
      customProperties: [
        { name: PROP_DEFAULT_AUTHOR, value: this.author },
        { name: PROP_GENERATOR, value: 'itu-draft' },
        ...coverRecord(coverLines),
      ],
      comments: { children: comments },
      footnotes,
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: PAGE.width, height: PAGE.height },
              margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
            },
          },
          headers: {
            first: new Header({ children: [new Paragraph({ style: STYLE.header, children: [] })] }),
            default: new Header({
              children: [
                new Paragraph({ style: STYLE.header, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] }),
                ...(reference ? [new Paragraph({ style: STYLE.header, children: [new TextRun(xmlSafe(reference))] })] : []),
              ],
            }),
          },
          children: body,
        },
      ],
    });
    const packed = await Packer.toBuffer(document);
    return this.finish(packed);
  }

  // ------------------------------------------------------------ source → pieces → lines

  private pieces(): (InlinePiece | BreakPiece)[] {
    const { text, marks } = this.doc;
    const out: (InlinePiece | BreakPiece)[] = [];
    const emit = (from: number, to: number, state: State, mark: number) => {
      if (to <= from) return;
      const parts = text.slice(from, to).split('\n');
      parts.forEach((part, i) => {
        if (i > 0) out.push({ type: 'break', state, mark });
        const clean = keepingLineBreaks(part.replace(/\r/g, ''));
        if (clean) out.push({ type: 'text', text: clean, state, mark });
      });
    };
    // Authors the text names (`{>>@France<<}`): an earlier import wrote a colleague's comment `{>>France: …<<}`.
    const named = new Set(marks.map((m) => m.author));
    /** A Word comment by the author named (else the default author) with the note's text. */
    const comment = (note: RevisionMark, author: string | undefined, parent?: number): number => {
      const id = this.comments.length;
      let { start } = note.commentText!;
      // `{>>France: Which MOD?<<}` (as imports before review 9, J12, wrote France's comment) is France's, when the text
      // names France elsewhere; another `Name: ` (`Note: …`) stays text.
      const prefix = author === undefined ? /^([^:\n]{1,100}): /.exec(text.slice(start, note.commentText!.end)) : null;
      if (prefix && named.has(prefix[1])) {
        author = prefix[1];
        start += prefix[0].length;
      }
      this.comments.push({ id, text: text.slice(start, note.commentText!.end), author: author === undefined ? this.author : xmlSafe(author), parent });
      return id;
    };
    // The Word comment the comments written right after it answer (replies, as import writes them: `{==text==}{>>@A<<}
    // {>>Why?<<}{>>@B<<}{>>Because.<<}`): its id, where its markup (and its replies') ends in the source, and the
    // place of its range's start among the pieces. A reply is anchored on its range too (it was a point comment after
    // the text answered), its start beside the comment's, its end right after the comment's end.
    let thread: { root: number; end: number; start: number; replies: number } | undefined;
    let cursor = this.doc.bom;
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i];
      if (mark.start < cursor) continue;
      emit(cursor, mark.start, 'plain', -1);
      cursor = mark.end;
      switch (mark.kind) {
        case 'insertion':
          emit(mark.newText!.start, mark.newText!.end, 'ins', i);
          break;
        case 'deletion':
          emit(mark.oldText!.start, mark.oldText!.end, 'del', i);
          break;
        case 'substitution': {
          // A footnote reference both sides keep stays outside the change (`{~~a[^1]~>b[^1]~~}` is written as
          // `{~~a~>b~~}[^1]`): else the one real reference would be deleted or inserted with the words around it.
          let o = mark.oldText!.start;
          let n = mark.newText!.start;
          for (const [kept, keptNew] of sharedReferences(text, mark.oldText!, mark.newText!)) {
            emit(o, kept.start, 'del', i);
            emit(n, keptNew.start, 'ins', i);
            emit(kept.start, kept.end, 'plain', -1);
            o = kept.end;
            n = keptNew.end;
          }
          emit(o, mark.oldText!.end, 'del', i);
          emit(n, mark.newText!.end, 'ins', i);
          break;
        }
        case 'highlight': {
          const next = marks[i + 1];
          if (next && next.kind === 'comment' && next.start === mark.end) {
            // `{==text==}{>>note<<}`: a Word comment anchored on the highlighted text. An attributed highlight is its
            // author's comment: `{==text==}{>>@USA<<}` USA's "@USA", `{==text==}{>>@USA<<}{>>note<<}` USA's "note" (J12).
            const after = marks[i + 2];
            const note = mark.attribution && after?.kind === 'comment' && after.start === next.end && after.author !== undefined ? after : next;
            const id = comment(note, mark.author);
            thread = { root: id, end: note.end, start: out.length, replies: 0 };
            out.push({ type: 'comment-start', id });
            emit(mark.newText!.start, mark.newText!.end, 'plain', -1);
            out.push({ type: 'comment-end', id });
            cursor = note.end;
            i += note === next ? 1 : 2;
          } else emit(mark.newText!.start, mark.newText!.end, 'hl', i);
          break;
        }
        case 'comment': {
          const reply = thread?.end === mark.start ? thread : undefined;
          const previous = marks[i - 1];
          // `{>>@Germany<<}` naming the author of the mark before, or of the comment after it (a comment's author is set by
          // the one before it): no comment, and a reply may follow.
          const following = marks[i + 1];
          if ((previous?.attribution && previous.attribution.start === mark.start) || (following?.kind === 'comment' && following.author !== undefined && following.start === mark.end)) {
            if (reply) reply.end = mark.end;
            break;
          }
          if (reply) {
            const id = comment(mark, mark.author, reply.root);
            out.splice(reply.start + 1 + reply.replies++, 0, { type: 'comment-start', id });
            out.push({ type: 'comment-end', id });
            reply.end = mark.end;
            break;
          }
          const id = comment(mark, mark.author);
          thread = { root: id, end: mark.end, start: out.length, replies: 0 };
          out.push({ type: 'comment-start', id }, { type: 'comment-end', id });
          break;
        }
      }
    }
    emit(cursor, text.length, 'plain', -1);
    return out;
  }

  private lines(): Line[] {
    const lines: Line[] = [];
    let current: Line = { index: 0, pieces: [] };
    for (const piece of this.pieces()) {
      if (piece.type === 'break') {
        current.brk = piece;
        lines.push(current);
        current = { index: current.index + 1, pieces: [] };
      } else current.pieces.push(piece);
    }
    lines.push(current);
    return lines;
  }

  // ------------------------------------------------------------ roles and styles

  private classify(): void {
    const index = new LineIndex(this.doc.text);
    for (const view of [this.doc.views.new, this.doc.views.old]) this.computeLevels(view);
    for (const view of [this.doc.views.new, this.doc.views.old]) {
      let previous: ItuParagraph | undefined;
      const hasProvisions = view.paragraphs.some((p) => p.kind === 'provision');
      let inProvision = false;
      let underCall = false;
      for (const p of view.paragraphs) {
        if (p.kind === 'blank') continue;
        if (p.kind === 'call') underCall = true;
        else if (p.kind !== 'item' && p.kind !== 'sub-item' && p.kind !== 'text') underCall = false;
        const line = index.position(p.source.start).line;
        if (!this.lineInfo.has(line)) {
          const appendix =
            (p.kind === 'annex-heading' && /^\s*appendix/i.test(p.text)) ||
            (p.kind === 'annex-title' && previous?.kind === 'annex-heading' && /^\s*appendix/i.test(previous.text));
          let instrument = this.instrumentStyle(p, previous, hasProvisions);
          if (!instrument && inProvision && (p.kind === 'text' || p.kind === 'elision')) instrument = { style: STYLE.provisionText };
          inProvision = instrument?.style === STYLE.provision || instrument?.style === STYLE.provisionText;
          const style = instrument?.style ?? styleFor({
            kind: p.kind,
            level: this.levels.get(p) ?? 0,
            headingDepth: p.label?.parts.length ?? 1,
            afterTitle: previous?.kind === 'section-title' || previous?.kind === 'annex-title',
            appendix,
          });
          const role: LineRole = {
            italicLabel: underCall && p.kind === 'item' && !!p.label && p.label.kind !== 'decimal' && !p.label.paren && (this.levels.get(p) ?? 0) === 0,
            reasons: p.kind === 'reasons',
            italicLine: p.kind === 'call' || p.kind === 'history',
            provisionNumber: instrument?.number,
          };
          this.lineInfo.set(line, { kind: p.kind, style, role });
        }
        previous = p;
      }
    }
  }

  /**
   * A text of provisions (RR, CS, CV, ITRs) as ITU prints it: each provision's number in bold in a margin
   * column (style Provision, a TAB after it), a SUP's bare number likewise; the instrument's title, its
   * CHAPTER and ARTICLE headings and their titles centred (ChapNo, Chaptitle, ArtNo, Arttitle), a Section
   * heading of the RR centred in bold (Section1). Only in a document that holds provisions.
   */
  private instrumentStyle(p: ItuParagraph, previous: ItuParagraph | undefined, hasProvisions: boolean): { style: string; number?: number } | undefined {
    if (p.kind === 'provision' && p.provision) return { style: STYLE.provision, number: p.provision.length };
    if (!hasProvisions || p.kind !== 'text') return undefined;
    const t = p.text.trim();
    if (previous?.kind === 'proposal-header' && BARE_PROVISION.test(t)) return { style: STYLE.provision, number: p.text.length };
    if (t.length > 120 || /[.;:,]$/.test(t)) return undefined;
    const previousText = previous?.kind === 'text' ? previous.text.trim() : '';
    if (instrumentHeading(t)) return { style: STYLE.title };
    if (CHAPTER.test(t)) return { style: STYLE.chapNo };
    if (ARTICLE_HEADING.test(t) || PREAMBLE.test(t)) return { style: STYLE.artNo };
    if (RR_SECTION.test(t)) return { style: STYLE.section1 };
    if (CHAPTER.test(previousText)) return { style: STYLE.chapTitle };
    if (ARTICLE_HEADING.test(previousText)) return { style: STYLE.artTitle };
    return undefined;
  }

  /** enumlev depth: letters under a call are plain items, romans under them enumlev1; under a decimal clause one deeper. */
  private computeLevels(view: View): void {
    const roots: Item[] = [view.clauses, ...view.proposals.map((p) => p.outline), ...allResolutions(view).map((r) => r.root)];
    const assign = (item: Item, nonDecimal: number, underDecimal: boolean, own: number) => {
      for (const p of item.continuation) if (p.kind === 'sub-item') this.levels.set(p, own + 1);
      for (const child of item.children) {
        let level = 0;
        let nd = 0;
        let ud = false;
        if (child.label?.kind === 'decimal') ud = true;
        else if (child.label) {
          level = nonDecimal + (underDecimal ? 1 : 0);
          nd = nonDecimal + 1;
          ud = underDecimal;
        }
        this.levels.set(child.paragraph, level);
        assign(child, nd, ud, level);
      }
    };
    for (const root of roots) assign(root, 0, false, 0);
  }

  // ------------------------------------------------------------ footnotes

  private planFootnotes(lines: Line[]): void {
    for (const line of lines) {
      const first = line.pieces[0];
      const previous = lines[line.index - 1];
      if (!first || first.type !== 'text' || first.state === 'hl') continue;
      if (previous?.brk && previous.brk.state !== 'plain') continue;
      if (first.state === 'plain' ? line.brk && line.brk.state !== 'plain' : !wholeLineIn(line, first)) continue;
      const m = FOOTNOTE_DEF.exec(first.text);
      if (!m || this.footnotes.has(m[1])) continue;
      const rest = first.text.slice(m[0].length);
      const content: InlinePiece[] = [...(rest ? [{ ...first, text: rest }] : []), ...line.pieces.slice(1)];
      this.footnotes.set(m[1], { label: m[1], id: 0, auto: false, mark: m[1], line: line.index, content, referenced: false });
    }
    for (const f of this.footnotes.values()) {
      const base = /^(.+)_\d+$/.exec(f.label)?.[1];
      if (base !== undefined && this.footnotes.has(base)) f.mark = base;
    }
    const defLines = new Set([...this.footnotes.values()].map((f) => f.line));
    let id = 0;
    let auto = 0;
    for (const line of lines) {
      if (defLines.has(line.index)) continue;
      for (const piece of line.pieces) {
        if (piece.type !== 'text') continue;
        for (const m of piece.text.matchAll(FOOTNOTE_REF)) {
          const f = this.footnotes.get(m[1]);
          if (!f) continue;
          if (!f.real || (f.real.piece.state === 'del' && piece.state !== 'del')) f.real = { piece, at: m.index };
          if (f.referenced) continue;
          f.referenced = true;
          f.id = ++id;
          f.auto = /^\d+$/.test(f.label) && Number(f.label) === auto + 1;
          if (f.auto) auto++;
        }
      }
    }
  }

  // ------------------------------------------------------------ whole paragraphs

  /**
   * A paragraph whose whole content is inserted (deleted) gets its paragraph mark tracked the same way, as Word does
   * for a typed paragraph: else Reject All (Accept All) leaves an empty paragraph where the other text has none. A
   * paragraph of the other text may span several lines joined by tracked breaks (`{++2<TAB>…\n3<TAB>…++}`): the break
   * that ends it is the one tracked. The last paragraph's mark cannot be tracked in Word, and one that is a change of
   * the other kind cannot be tracked twice, so for those the mark before the paragraph is.
   */
  private trackWholeParagraphs(lines: Line[]): void {
    const definitions = new Set([...this.footnotes.values()].filter((f) => f.referenced).map((f) => f.line));
    // The last paragraph written: blank lines and footnote definitions after it write none.
    let last = lines.length - 1;
    while (last > 0 && (isBlank(lines[last]) || definitions.has(last))) last--;
    const targets: { line: Line; state: 'ins' | 'del'; mark: number }[] = [];
    /** Line → the kind of change its mark is tracked as. */
    const taken = new Map<number, 'ins' | 'del'>();
    for (const state of ['ins', 'del'] as const) {
      let whole = true;
      let mark = -1;
      let start = 0;
      for (const line of lines) {
        const opened = line.index > 0 && lines[line.index - 1].brk?.state === state;
        if (!opened) {
          whole = true;
          mark = -1;
          start = line.index;
        }
        for (const piece of line.pieces) {
          if (piece.type !== 'text') continue;
          if (piece.state !== state) whole = false;
          else if (mark < 0) mark = piece.mark;
        }
        if (line.brk?.state === state) continue; // the paragraph goes on into the next line
        if (!whole || mark < 0) continue;
        let target: Line | undefined = line;
        if (line.brk?.state !== 'plain' || line.index === last) {
          // The last paragraph, or one ended by a change of the other kind (`{--8<TAB>…--}{++\n9<TAB>…++}`): the mark
          // before the paragraph, past blank lines and past paragraphs that need their own.
          target = lines[start - 1];
          while (target && (isBlank(target) || taken.get(target.index) === state)) target = lines[target.index - 1];
        }
        // A mark already tracked as the other kind cannot be both (left as it is: the paragraph stays, empty).
        if (target?.brk?.state === 'plain' && !definitions.has(target.index) && !taken.has(target.index)) {
          targets.push({ line: target, state, mark });
          taken.set(target.index, state);
        }
      }
    }
    for (const { line, state, mark } of targets) line.brk = { type: 'break', state, mark, whole: true };
  }

  // ------------------------------------------------------------ body

  private body(lines: Line[]): (Paragraph | Table)[] {
    const footnoteAt = new Map<number, FootnotePlan>();
    for (const f of this.footnotes.values()) if (f.referenced) footnoteAt.set(f.line, f);
    const blocks: Block[] = [];
    let pending: ParagraphChild[] = [];
    const cover: Line[] = [];
    let coverDone = false;
    const tables = this.tableRuns;
    /** The line after the table being written: its rows are written with it. */
    let afterTable = 0;
    for (const line of lines) {
      if (line.index < afterTable) continue;
      const previous = lines[line.index - 1];
      const footnote = footnoteAt.get(line.index);
      if (footnote) {
        // A hidden bookmark where the definition stood, so that import puts it back there.
        const id = ++this.revision;
        pending.push(
          new BuilderElement({ name: 'w:bookmarkStart', attributes: { id: { key: 'w:id', value: id }, name: { key: 'w:name', value: `${FOOTNOTE_BOOKMARK}${footnote.id}` } } }) as unknown as ParagraphChild,
          new BuilderElement({ name: 'w:bookmarkEnd', attributes: { id: { key: 'w:id', value: id } } }) as unknown as ParagraphChild,
        );
        continue;
      }
      if (isBlank(line) && (!previous?.brk || previous.brk.state === 'plain' || previous.brk.whole)) continue;
      const info = this.lineInfo.get(line.index);
      if (!coverDone && info?.kind === 'cover-field') {
        cover.push(line);
        continue;
      }
      if (!coverDone && cover.length > 0) for (const b of this.cover(cover)) blocks.push(b);
      coverDone = true;
      const table = tables.get(line.index);
      if (table) {
        blocks.push({ table: this.table(table.rows) });
        afterTable = table.end;
        continue;
      }
      const text = line.pieces.map((p) => (p.type === 'text' ? p.text : '')).join('');
      const formats = emphasis(text, info?.role ?? { italicLabel: false, reasons: false, italicLine: false });
      const rtl = this.rightToLeft(line.pieces);
      blocks.push({ style: info?.style ?? STYLE.normal, children: [...pending, ...this.inline(line.pieces, { formats, rtl })], brk: line.brk, rtl });
      pending = [];
    }
    if (!coverDone && cover.length > 0) for (const b of this.cover(cover)) blocks.push(b);
    const last = blocks[blocks.length - 1];
    if (!last || 'table' in last || last.cover) blocks.push({ style: STYLE.normal, children: pending });
    else for (const child of pending) last.children.push(child); // not push(...pending): thousands of footnote bookmarks overflow the stack
    const out = blocks.map((b) => ('table' in b ? b.table : b.paragraph ?? this.paragraph(b.style, b.children, b.brk, b.rtl)));
    out.push(this.closing());
    return out;
  }

  // ------------------------------------------------------------ tables

  /**
   * Pipe tables (docs/format-decisions.md: a row, the delimiter row `| --- |`, the rows after it), by their first line:
   * each written as a Word table (review3 E19). A row's bars must be plain text, or the row inserted or deleted whole
   * (`{++| a | b |⏎++}`, as import writes a tracked row): a bar inside a change makes the cells differ between the two
   * texts, which a Word table cannot show, and the table is then written as paragraphs, as before.
   */
  private tables(lines: Line[]): Map<number, { rows: RowPlan[]; end: number }> {
    const out = new Map<number, { rows: RowPlan[]; end: number }>();
    for (let i = 0; i + 1 < lines.length; i++) {
      if (!isPipeDelimiter(lineText(lines[i + 1])) || !tableRow(lines[i + 1])) continue;
      const head = tableRow(lines[i]);
      if (!head) continue;
      const rows = [head];
      let end = i + 2;
      let whole = true;
      for (; end < lines.length && isPipeRow(lineText(lines[end])); end++) {
        const row = tableRow(lines[end]);
        if (!row) whole = false;
        else rows.push(row);
      }
      if (whole) out.set(i, { rows, end });
      i = end - 1;
    }
    return out;
  }

  private table(rows: RowPlan[]): Table {
    let columns = 1;
    for (const r of rows) columns = Math.max(columns, r.cells.length);
    const width = Math.floor(TEXT_WIDTH / columns);
    return new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      rows: rows.map(
        (r, i) =>
          new TableRow({
            tableHeader: i === 0 ? true : undefined,
            ...(r.state === 'ins' ? { insertion: this.revisionOf(r.mark) } : r.state === 'del' ? { deletion: this.revisionOf(r.mark) } : {}),
            children: Array.from(
              { length: columns },
              (_, k) =>
                new TableCell({
                  width: { size: width, type: WidthType.DXA },
                  children: [this.directed(i === 0 ? STYLE.tableHead : STYLE.tableText, r.cells[k] ?? [], (rtl) => this.inline(r.cells[k] ?? [], { rtl }))],
                }),
            ),
          }),
      ),
    });
  }

  /** ITU ends a document with a short rule, centred; a bookmark tells import it is no text of the source. */
  private closing(): Paragraph {
    const id = ++this.revision;
    return new Paragraph({
      style: STYLE.normal,
      alignment: AlignmentType.CENTER,
      spacing: { before: 720 },
      children: [
        new BuilderElement({ name: 'w:bookmarkStart', attributes: { id: { key: 'w:id', value: id }, name: { key: 'w:name', value: CLOSING_BOOKMARK } } }) as unknown as ParagraphChild,
        new TextRun(CLOSING_LINE),
        new BuilderElement({ name: 'w:bookmarkEnd', attributes: { id: { key: 'w:id', value: id } } }) as unknown as ParagraphChild,
      ],
    });
  }

  private paragraph(style: string, children: ParagraphChild[], brk: BreakPiece | undefined, rtl = false): Paragraph {
    return new Paragraph({ style, children, run: this.markRun(brk), ...(rtl ? { bidirectional: true } : {}) });
  }

  /** A paragraph of `pieces` (a table cell, a footnote) laid out in the direction of its own script. */
  private directed(style: string, pieces: InlinePiece[], children: (rtl: boolean) => ParagraphChild[]): Paragraph {
    const rtl = this.rightToLeft(pieces);
    return new Paragraph({ style, children: children(rtl), ...(rtl ? { bidirectional: true } : {}) });
  }

  /**
   * Whether a paragraph of a left-to-right document is written in a right-to-left script (review3 E27: an Arabic MOD
   * under an English cover): most of its letters, deleted and inserted ones included, are Arabic or Hebrew. Then it is
   * a right-to-left paragraph (w:bidi) with right-to-left runs (w:rtl), as in an Arabic document, whatever the cover's
   * language. In a right-to-left document every paragraph is right to left already (styles.ts), as ITU sets them.
   */
  private rightToLeft(pieces: readonly InlinePiece[]): boolean {
    if (this.language.rtl) return false;
    return mostlyRightToLeft(pieces.flatMap((p) => (p.type === 'text' ? [p.text] : [])));
  }

  /** Run properties of a paragraph mark: a tracked paragraph mark carries the revision of the mark it is in. */
  private markRun(brk: BreakPiece | undefined): IParagraphRunOptions | undefined {
    if (!brk || brk.state === 'plain') return undefined;
    if (brk.state === 'hl') return { highlight: 'yellow' };
    const revision = this.revisionOf(brk.mark, brk.whole);
    return brk.state === 'ins' ? { insertion: revision } : { deletion: revision };
  }

  /**
   * The first page as ITU sets it (cover.ts plans it from the cover fields), untracked: it shows the fields' values.
   * The cover block as written goes into the package (coverRecord) and a bookmark ends the rendered cover, so import
   * gives back the block, not the page.
   */
  private cover(lines: Line[]): Block[] {
    this.coverLineCount = lines[lines.length - 1].index + 1;
    const plan = coverPlan(this.doc, this.language);
    const para = (p: CoverParagraph, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
      new Paragraph({ style: p.style, alignment, children: [new TextRun({ text: xmlSafe(p.text), bold: p.bold || undefined })] });
    const cell = (width: number, span: number, ps: CoverParagraph[], right: boolean) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        children: ps.length > 0 ? ps.map((p) => para(p, right ? AlignmentType.RIGHT : undefined)) : [new Paragraph({ style: STYLE.coverLine })],
      });
    const blocks: Block[] = [];
    if (plan.rows.length > 0) {
      // Three columns: the heading spans the first two beside the logo's cell; below, the right column spans the last two.
      const columns = [TEXT_WIDTH - COVER_RIGHT_WIDTH, COVER_RIGHT_WIDTH - COVER_LOGO_WIDTH, COVER_LOGO_WIDTH];
      const rows = plan.rows.map((r, i) =>
        i === 0 && r.right.length === 0
          ? new TableRow({ children: [cell(columns[0] + columns[1], 2, r.left, false), cell(columns[2], 1, [], true)] })
          : new TableRow({ children: [cell(columns[0], 1, r.left, false), cell(columns[1] + columns[2], 2, r.right, true)] }),
      );
      blocks.push({ table: new Table({ rows, borders: TableBorders.NONE, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: columns }) });
    }
    for (const p of plan.after) blocks.push({ style: p.style, children: [], paragraph: para(p) });
    if (plan.labelled.length > 0) {
      const value = TEXT_WIDTH - COVER_LABEL_WIDTH;
      blocks.push({
        table: new Table({
          rows: plan.labelled.map(
            (f) =>
              new TableRow({
                children: [
                  new TableCell({ width: { size: COVER_LABEL_WIDTH, type: WidthType.DXA }, children: [para({ text: f.label, style: STYLE.coverField, bold: true })] }),
                  new TableCell({ width: { size: value, type: WidthType.DXA }, children: [para({ text: f.value, style: STYLE.coverField })] }),
                ],
              }),
          ),
          borders: TableBorders.NONE,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [COVER_LABEL_WIDTH, value],
        }),
      });
    }
    // The bookmark that ends the cover, in an empty paragraph of its own (a table cannot end the cover's part).
    const id = ++this.revision;
    blocks.push({
      style: STYLE.coverLine,
      cover: true,
      children: [
        new BuilderElement({ name: 'w:bookmarkStart', attributes: { id: { key: 'w:id', value: id }, name: { key: 'w:name', value: COVER_BOOKMARK } } }) as unknown as ParagraphChild,
        new BuilderElement({ name: 'w:bookmarkEnd', attributes: { id: { key: 'w:id', value: id } } }) as unknown as ParagraphChild,
      ],
    });
    return blocks;
  }

  // ------------------------------------------------------------ runs

  private revisionOf(mark: number, whole = false): { id: number; author: string; date: string } {
    const id = ++this.revision;
    const source = this.doc.marks[mark];
    const explicit = source?.author !== undefined;
    this.hints.set(id, { mark, explicit, whole });
    return { id, author: explicit ? xmlSafe(source.author!) : this.author, date: source && this.odd.get(source) ? this.nextDate : this.date };
  }

  private inline(pieces: InlinePiece[], options: { footnote?: boolean; formats?: Emphasis[]; rtl?: boolean }): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    /** Offset of the piece in the line's text, for its emphasis. */
    let offset = 0;
    for (const piece of pieces) {
      if (piece.type === 'comment-start') {
        out.push(new CommentRangeStart(this.commentBase + piece.id));
        continue;
      }
      if (piece.type === 'comment-end') {
        const id = this.commentBase + piece.id;
        out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
        continue;
      }
      let at = 0;
      const chunks: { text?: string; ref?: string; at?: number }[] = [];
      if (!options.footnote) {
        for (const m of piece.text.matchAll(FOOTNOTE_REF)) {
          if (!this.footnotes.get(m[1])?.referenced) continue;
          if (m.index > at) chunks.push({ text: piece.text.slice(at, m.index) });
          chunks.push({ ref: m[1], at: m.index });
          at = m.index + m[0].length;
        }
      }
      if (at < piece.text.length) chunks.push({ text: piece.text.slice(at) });
      let position = offset;
      for (const chunk of chunks) {
        if (chunk.text !== undefined) {
          for (const part of emphasized(chunk.text, position, options.formats ?? [])) out.push(this.run(piece, tabbed(part.text), undefined, { ...part, rtl: options.rtl }));
          position += chunk.text.length;
        } else {
          out.push(this.run(piece, this.footnoteMark(chunk.ref!, piece, chunk.at!), STYLE.footnoteReference, { rtl: options.rtl }));
          position += chunk.ref!.length + 3;
        }
      }
      offset += piece.text.length;
    }
    return out;
  }

  private footnoteMark(label: string, piece: TextPiece, at: number): (string | FootnoteReference | BuilderElement)[] {
    const f = this.footnotes.get(label)!;
    if (f.real?.piece !== piece || f.real.at !== at) return [f.auto ? label : f.mark]; // Word has one reference per footnote: the others are its mark in the footnote style
    if (f.auto) return [new FootnoteReference(f.id)];
    return [
      new BuilderElement({
        name: 'w:footnoteReference',
        attributes: { custom: { key: 'w:customMarkFollows', value: '1' }, id: { key: 'w:id', value: f.id } },
      }) as BuilderElement,
      f.mark,
    ];
  }

  private run(piece: TextPiece, children: (string | Tab | FootnoteReference | BuilderElement)[], style: string | undefined, look: { italic?: boolean; bold?: boolean; rtl?: boolean } = {}): ParagraphChild {
    const common = { children, ...(style ? { style } : {}), ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italics: true } : {}), ...(look.rtl ? { rightToLeft: true } : {}) };
    switch (piece.state) {
      case 'ins':
        return new InsertedTextRun({ ...this.revisionOf(piece.mark), ...common });
      case 'del':
        return new DeletedTextRun({ ...this.revisionOf(piece.mark), ...common });
      case 'hl':
        return new TextRun({ ...common, highlight: 'yellow' });
      default:
        return new TextRun(common);
    }
  }

  // ------------------------------------------------------------ last pass over the package

  private async finish(packed: Uint8Array): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(packed);
    const styles = zip.file('word/styles.xml');
    if (styles) zip.file('word/styles.xml', finishStyles(await styles.async('string'), this.language));
    for (const part of ['word/document.xml', 'word/footnotes.xml']) {
      const file = zip.file(part);
      if (!file) continue;
      let xml = await file.async('string');
      xml = this.addHints(xml);
      if (part === 'word/footnotes.xml') xml = this.fixFootnotes(xml);
      zip.file(part, xml);
    }
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  private addHints(xml: string): string {
    if (this.hints.size === 0) return xml;
    const hinted = xml.replace(/<w:(ins|del) w:id="(\d+)"/g, (m: string, _tag: string, id: string) => {
      const h = this.hints.get(Number(id));
      if (!h) return m;
      return `${m} ${HINT_PREFIX}:${HINT_MARK}="${h.mark}"${h.explicit ? ` ${HINT_PREFIX}:${HINT_AUTHOR}="1"` : ''}${h.whole ? ` ${HINT_PREFIX}:${HINT_WHOLE}="1"` : ''}`;
    });
    return declareHintNamespace(hinted);
  }

  /** Custom-mark footnotes show their label in the note, not Word's number; separators carry no number. */
  private fixFootnotes(xml: string): string {
    const custom = new Map<number, string>();
    for (const f of this.footnotes.values()) if (f.referenced && !f.auto) custom.set(f.id, f.mark);
    return xml.replace(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g, (whole: string, attrs: string, inner: string) => {
      const id = Number(/w:id="(-?\d+)"/.exec(attrs)?.[1]);
      if (/w:type="(separator|continuationSeparator)"/.test(attrs)) {
        return `<w:footnote${attrs}>${inner.replace(/<w:r>(?:(?!<\/w:r>).)*<w:footnoteRef\/><\/w:r>/, '')}</w:footnote>`;
      }
      const label = custom.get(id);
      if (label === undefined) return whole;
      return `<w:footnote${attrs}>${inner.replace('<w:footnoteRef/>', `<w:t xml:space="preserve">${escapeXml(label)}</w:t>`)}</w:footnote>`;
    });
  }
}

/** Adds the hint namespace to the root element and marks it ignorable. */
function declareHintNamespace(xml: string): string {
  const root = /<(w:\w+)\b([^>]*)>/.exec(xml.slice(xml.indexOf('?>') + 2));
  if (!root) return xml;
  const at = xml.indexOf(root[0], xml.indexOf('?>') + 2);
  let attrs = root[2];
  if (attrs.includes(`xmlns:${HINT_PREFIX}=`)) return xml;
  attrs += ` xmlns:${HINT_PREFIX}="${HINT_NS}"`;
  if (/mc:Ignorable="/.test(attrs)) attrs = attrs.replace(/mc:Ignorable="([^"]*)"/, (_m: string, v: string) => `mc:Ignorable="${v ? `${v} ` : ''}${HINT_PREFIX}"`);
  else {
    if (!attrs.includes('xmlns:mc=')) attrs += ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    attrs += ` mc:Ignorable="${HINT_PREFIX}"`;
  }
  return xml.slice(0, at) + `<${root[1]}${attrs}>` + xml.slice(at + root[0].length);
}

/** A stretch of text starting at `start` in its line, cut where its emphasis changes. */
function emphasized(text: string, start: number, formats: Emphasis[]): { text: string; italic?: boolean; bold?: boolean }[] {
  const out: { text: string; italic?: boolean; bold?: boolean }[] = [];
  let at = 0;
  for (const f of formats) {
    const from = Math.max(f.start - start, at);
    const to = Math.min(f.end - start, text.length);
    if (to <= from) continue;
    if (from > at) out.push({ text: text.slice(at, from) });
    out.push({ text: text.slice(from, to), italic: f.italic, bold: f.bold });
    at = to;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

/** A date as Word writes it: to the second, UTC. */
function wordDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A run's text with its TABs as `<w:tab/>` and its vertical tabs as `<w:br/>`: a vertical tab is Word's manual
 * line break, pasted with the text, and Word's own line break is what shows it (review5 F4; import reads it
 * back as a space).
 */
function tabbed(text: string): (string | Tab | BuilderElement)[] {
  const out: (string | Tab | BuilderElement)[] = [];
  for (const part of text.split(/([\t\v])/)) {
    if (part === '\t') out.push(new Tab());
    else if (part === '\v') out.push(new BuilderElement({ name: 'w:br' }));
    else if (part) out.push(part);
  }
  return out;
}

/** Text without the characters XML cannot hold (xmlSafe), but for the vertical tabs tabbed writes as line breaks. */
function keepingLineBreaks(text: string): string {
  return text.includes('\v') ? text.split('\v').map(xmlSafe).join('\v') : xmlSafe(text);
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  return (words.length > 1 ? words.map((w) => w[0]).join('') : name.slice(0, 4)).toUpperCase().slice(0, 6);
}

/**
 * The footnote references a substitution's two sides share, paired in order (`{~~a[^1] b[^2]~>c[^1] d~~}`: the `[^1]`s),
 * as offsets in the source: the old side's and the new side's. Each old reference takes the first new one of its label
 * after the last taken. The new side's references are listed by label, each list read once from its start (the last
 * taken only moves on): each old reference once scanned the whole new side (a substitution of 8,000 references on each
 * side, none shared: 64 million comparisons, thirteenth session).
 */
export function sharedReferences(text: string, oldText: { start: number; end: number }, newText: { start: number; end: number }): [{ start: number; end: number }, { start: number; end: number }][] {
  const refs = (span: { start: number; end: number }) =>
    [...text.slice(span.start, span.end).matchAll(FOOTNOTE_REF)].map((m) => ({ label: m[1], start: span.start + m.index, end: span.start + m.index + m[0].length }));
  const olds = refs(oldText);
  if (olds.length === 0) return [];
  const news = refs(newText);
  /** The places of each label among the new side's references, in order, and how far each list has been read. */
  const places = new Map<string, { at: number[]; next: number }>();
  news.forEach((n, x) => {
    const p = places.get(n.label);
    if (p) p.at.push(x);
    else places.set(n.label, { at: [x], next: 0 });
  });
  const pairs: [{ start: number; end: number }, { start: number; end: number }][] = [];
  let k = 0;
  for (const o of olds) {
    const p = places.get(o.label);
    if (!p) continue;
    while (p.next < p.at.length && p.at[p.next] < k) p.next++;
    if (p.next === p.at.length) continue;
    const j = p.at[p.next++];
    pairs.push([o, news[j]]);
    k = j + 1;
  }
  return pairs;
}

/** A line wholly inside the one insertion or deletion its first piece is in, its paragraph mark plain or in it too. */
function lineText(line: Line): string {
  let text = '';
  for (const p of line.pieces) if (p.type === 'text') text += p.text;
  return text;
}

/**
 * A line as a table row: its cells between unescaped bars (`\|` is a bar of the text), their pieces trimmed at the cell's
 * edges. Undefined when it is no row a Word table can hold: text outside the bars, a bar inside a change (unless the
 * whole row is inserted or deleted, its line end too), or a line end changed otherwise.
 */
function tableRow(line: Line): RowPlan | undefined {
  const texts = line.pieces.filter((p): p is TextPiece => p.type === 'text');
  if (texts.length === 0) return undefined;
  const first = texts[0].state;
  // A row inserted or deleted whole, its line end with it or not (`{++| a |++}` on its own line is a row added too).
  const whole = (first === 'ins' || first === 'del') && texts.every((p) => p.state === first) && (!line.brk || line.brk.state === first || line.brk.state === 'plain');
  const state: RowPlan['state'] = whole ? first : 'plain';
  if (!whole && line.brk && line.brk.state !== 'plain' && !line.brk.whole) return undefined;
  const cells: InlinePiece[][] = [];
  let cell: InlinePiece[] | undefined;
  for (const piece of line.pieces) {
    if (piece.type !== 'text') {
      if (!cell) return undefined;
      cell.push(piece);
      continue;
    }
    let from = 0;
    for (const m of piece.text.matchAll(/(?<!\\)\|/g)) {
      if (piece.state !== state) return undefined;
      const before = piece.text.slice(from, m.index);
      if (cell) {
        if (before) cell.push({ ...piece, text: before });
        cells.push(cell);
      } else if (before.trim()) return undefined;
      cell = [];
      from = m.index + 1;
    }
    const rest = piece.text.slice(from);
    if (!rest) continue;
    if (!cell) {
      if (rest.trim()) return undefined;
    } else cell.push({ ...piece, text: rest });
  }
  // After the last bar: nothing but spaces.
  if (!cell || cell.some((p) => p.type !== 'text' || p.text.trim() !== '')) return undefined;
  return { line, cells: cells.map(trimCell), state, mark: state === 'plain' ? -1 : texts[0].mark };
}

/** A cell's pieces without the spaces that stand between it and its bars, `\|` written as the bar it is. */
function trimCell(cell: InlinePiece[]): InlinePiece[] {
  const out = cell.map((p) => (p.type === 'text' ? { ...p, text: p.text.replace(/\\\|/g, '|') } : p));
  const firstText = out.findIndex((p) => p.type === 'text');
  if (firstText >= 0) (out[firstText] as TextPiece).text = (out[firstText] as TextPiece).text.replace(/^[ \t]+/, '');
  for (let k = out.length - 1; k >= 0; k--) {
    const p = out[k];
    if (p.type !== 'text') continue;
    p.text = p.text.replace(/[ \t]+$/, '');
    break;
  }
  return out.filter((p) => p.type !== 'text' || p.text !== '');
}

function wholeLineIn(line: Line, first: TextPiece): boolean {
  if (first.state !== 'ins' && first.state !== 'del') return false;
  if (line.brk && line.brk.state !== 'plain' && (line.brk.state !== first.state || line.brk.mark !== first.mark)) return false;
  return line.pieces.every((p) => p.type === 'text' && p.state === first.state && p.mark === first.mark);
}

/** A line that is only white space outside any mark, ending in a plain paragraph mark. */
function isBlank(line: Line): boolean {
  if (line.brk && line.brk.state !== 'plain') return false;
  return line.pieces.every((p) => p.type === 'text' && p.state === 'plain' && p.text.trim() === '');
}
