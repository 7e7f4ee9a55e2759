// The story stage of import: the body, or one footnote, read into tokens (text with its revision and
// highlight, paragraph marks, comment and footnote events) in document order.
import { l10n } from '../../core/l10n';
import { FOOTNOTE_BOOKMARK, HINT_AUTHOR, HINT_MARK, HINT_NS, HINT_WHOLE } from '../common';
import { CLOSING_BOOKMARK, COVER_BOOKMARK } from '../cover';
import type { Importer } from '../import';
import { attr, child, elements, isEl, runText, textOf, type XmlElement } from '../xml';
import { labelledField, readFirstPage, styledField, tracked, type FirstPageSeen } from './firstPage';
import { MATH_NS, MC_NS, showsPlaceholder, tableParts, W } from './package';
import { fromSymbolFont, runFont, symbolChar, SYMBOL_PRIVATE_USE, type ListItem } from './paragraphs';
import { ellipsized } from '../../core/shorten';

const R_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
const COVER_FIELDS = [
  'Meeting', 'Document', 'Addendum', 'Revision', 'Date', 'Original', 'Source', 'Proposals', 'Title', 'Purpose',
  'Question', 'Study Group', 'Contact', 'Keywords', 'Abstract',
];

export interface Rev {
  state: 'ins' | 'del';
  author: string;
  /** `itu:mark` of an exported document: revisions of one source mark share it. */
  hint?: string;
  /** `itu:author="1"`: the author was named in the source. */
  explicit: boolean;
  /** `w:date`: a deletion and an insertion made at different times are two marks, not one substitution. */
  date?: string;
}

export interface TextTok {
  t: 'text';
  text: string;
  rev?: Rev;
  hl: boolean;
  para: number;
  /** Key of the footnote this token references (`[^label]`). */
  fn?: string;
  /**
   * A run in the footnote-reference style showing a label no footnote had when it was read (a moved note: the mark on
   * the deleted side comes before the real reference on the inserted side): `resolveLateMarks` makes it a reference.
   */
  mark?: string;
}
export interface BreakTok {
  t: 'break';
  rev?: Rev;
  hl: boolean;
  para: number;
}
export interface EventTok {
  t: 'cstart' | 'cend' | 'cref' | 'fndef';
  id: string;
  para: number;
}
export type Tok = TextTok | BreakTok | EventTok;

export interface Ctx {
  rev?: Rev;
  hl: boolean;
  para: number;
}

// ---------------------------------------------------------------- reading one story (body or a note)

export class StoryReader {
  toks: Tok[] = [];
  /** Open fields: false while in the field's instructions, true in its result. */
  private readonly fields: boolean[] = [];
  /** How many of `fields` are in their instructions: text is visible when none is. */
  private inInstructions = 0;
  /** The instructions of the field begun last, while in them (their start: enough to tell a HYPERLINK field). */
  private instructions: { depth: number; text: string } | undefined;
  /** The paragraph where each open field began (see `end`). */
  private readonly fieldParas: number[] = [];
  /** HYPERLINK fields in their result, by depth: their address and the text their result shows. */
  private readonly linkFields = new Map<number, { target: string; shown: string }>();
  /** How many content controls showing their placeholder the reader is in: their text is not read (`placeholderOf`). */
  private placeholder = 0;
  /** Whether any text token has been read (a table before any text may be the cover block). */
  private hasText = false;
  /** ITU's first page was read as the cover block, and nothing but cover lines since (see `firstPageParagraph`). */
  private afterFirstPage = false;
  private lastBreakPlain = true;
  private paragraphText = 0;
  private inParagraph = false;
  /**
   * Footnote-definition bookmarks of the paragraph being read: `fnLead` had text after them (the export puts them at
   * the start of the paragraph after the definition; LibreOffice moves them into that paragraph's first change), so
   * the definition goes before the paragraph; `fnPending` had none yet (the export puts them at the end of the last
   * paragraph), so it goes after it.
   */
  private fnLead: Tok[] = [];
  private fnPending: Tok[] = [];
  /** A note's own mark (its number or custom mark) at its start is not part of its text. */
  private skippingMark: boolean;
  /** The list item deleted or inserted last in each list: who shifted the numbers after it. */
  private readonly listShift = new Map<string, Rev>();
  /**
   * Whether the next paragraph that has anything in the old (new) text starts a paragraph of that text: the last
   * paragraph mark that text holds came after the last of its text. A paragraph mark inserted (deleted) joins the
   * paragraph after it to this one in the old (new) text, which then shows one label, not two (review 7, H1, H4).
   */
  private opensOld = true;
  private opensNew = true;
  /** The mark that joined the paragraphs in the old (new) text: who removed the label of the second. */
  private joinedOld: Rev | undefined;
  private joinedNew: Rev | undefined;
  /** How many table cells the reader is in: their paragraphs are written on their row's line. */
  private cellDepth = 0;
  /** No paragraph of the current cell read yet. */
  private cellStart = false;
  /** The revision of the table row being read, when the row is inserted or deleted whole. */
  private rowRev: Rev | undefined;
  /**
   * The revision of the table cell being read when the cell is inserted or deleted whole (`w:tcPr/w:cellIns|w:cellDel`)
   * and its row is not: everything of the cell, its bar after it too, is in that mark. Kept inside a table nested in
   * the cell.
   */
  private cellRev: Rev | undefined;
  /**
   * The tracked mark of the cell's paragraph read last: the space that joins the next paragraph of the cell to it
   * stands for that mark, so it is inserted or deleted with it (Enter or Backspace in a cell with Track Changes).
   */
  private cellMarkRev: Rev | undefined;
  /**
   * A custom footnote mark LibreOffice writes a second time, as text right after the reference: dropped
   * there (in documents LibreOffice wrote) so that the mark is read once.
   */
  private echo: string | undefined;
  /** The reference just read of an automatically numbered footnote: a `bis` right after it joins its label. */
  private autoReference: { key: string; tok: TextTok } | undefined;

  constructor(
    private readonly imp: Importer,
    private readonly story: 'body' | 'note',
    /** The external targets of the story's part (relationship id → address), for its hyperlinks. */
    private readonly links: ReadonlyMap<string, string> = new Map(),
    /** In a note: the `bis` its label took from the text after its reference, which the note repeats after its mark. */
    private markSuffix?: string,
  ) {
    this.skippingMark = story === 'note';
  }

  blocks(container: XmlElement): void {
    let children = elements(container);
    if (this.story === 'body' && this.imp.coverRecord && !this.hasText && this.toks.length === 0) children = this.recordedCover(children);
    for (const el of children) {
      if (isEl(el, W, 'p') && this.story === 'body' && hasBookmark(el, CLOSING_BOOKMARK)) continue; // the export's closing rule
      if (isEl(el, W, 'p')) {
        if (!this.afterFirstPage || !this.firstPageParagraph(el)) this.paragraph(el);
      } else if (isEl(el, W, 'tbl')) this.table(el);
      else if (isEl(el, W, 'sdt')) {
        const content = child(el, W, 'sdtContent');
        if (content && showsPlaceholder(el)) this.placeholderOf(content, this.imp.paragraphs + 1, () => this.blocks(content));
        else if (content) this.blocks(content);
      } else if (isEl(el, W, 'customXml') || isEl(el, W, 'ins') || isEl(el, W, 'del')) this.blocks(el);
      else if (isEl(el, W, 'commentRangeStart') || isEl(el, W, 'commentRangeEnd')) this.comment(el, this.imp.paragraphs);
      else if (isEl(el, W, 'bookmarkStart')) this.bookmark(el, this.imp.paragraphs);
      else if (isEl(el, W, 'sectPr') && child(el, W, 'sectPrChange')) this.imp.formatChanges++;
      else if (isEl(el, W, 'altChunk')) this.imp.note(l10n.t('An embedded document (altChunk) is left out.'), this.imp.paragraphs);
      else if (isEl(el, MC_NS, 'AlternateContent')) {
        const branch = alternative(el);
        if (branch) this.blocks(branch);
        else this.imp.note(l10n.t('A drawing or text box is left out.'), this.imp.paragraphs + 1);
      }
    }
  }

  /**
   * After ITU's first page read as the cover block (`readFirstPage`): a paragraph in ITU's Source or Title 1 style,
   * or a `Field: value` line naming a cover field, is a cover line too; an empty paragraph is passed over. Anything
   * else ends the cover (false: the paragraph is read as text).
   */
  private firstPageParagraph(p: XmlElement): boolean {
    const text = plainText(p).trim();
    const field = styledField(p, (id) => this.imp.styles.get(id)?.name ?? id);
    const labelled = field === undefined && !tracked(p) ? labelledField(text) : undefined;
    if (text !== '' && field === undefined && labelled === undefined) {
      this.afterFirstPage = false;
      return false;
    }
    const para = this.newParagraph();
    if (text === '') return true;
    const ctx: Ctx = { hl: false, para };
    if (labelled) this.text(`${labelled[0]}:\t${labelled[1]}`, ctx);
    else {
      // The value as Word shows it, tracked changes kept (a change of the title is a change of the cover).
      this.text(`${field}:\t`, ctx);
      this.content(p, ctx);
    }
    this.toks.push({ t: 'break', hl: false, para });
    this.imp.coverParagraphs.add(para);
    return true;
  }

  /** The blocks after an exported cover (up to the paragraph holding its bookmark), the recorded cover block put first. */
  private recordedCover(children: XmlElement[]): XmlElement[] {
    const end = children.findIndex((el) => hasBookmark(el, COVER_BOOKMARK));
    if (end < 0) return children;
    // The page is not read back (the record is the cover as written): a value the export printed there that
    // the page no longer shows was edited in Word, and the edit would be lost without a word (review 3, E29).
    const page = new Set<string>();
    for (const el of children.slice(0, end + 1)) paragraphsOf(el, page);
    // A value is shown as a paragraph of its own (Source, Title) or after its label (`Contact:` `value`).
    const shown = (value: string) => [...page].some((t) => t === value || (t.endsWith(value) && /:\s*$/.test(t.slice(0, t.length - value.length))));
    const edited = this.imp.coverRecord!.flatMap((line) => {
      const m = /^([A-Za-z][A-Za-z ]*):\t+(.*)$/.exec(line);
      return m && PRINTED_FIELDS.has(m[1]) && m[2].trim() && !shown(fold(m[2])) ? [m[1]] : [];
    });
    if (edited.length) this.imp.note(l10n.t('The first page was edited in Word ({0}): the cover block recorded at export is imported, not the page. Copy the edits into the cover block.', edited.join(', ')), this.imp.paragraphs + 1);
    for (const line of this.imp.coverRecord!) {
      const para = this.newParagraph();
      this.text(line, { hl: false, para });
      this.toks.push({ t: 'break', hl: false, para });
      this.imp.coverParagraphs.add(para);
    }
    this.lastBreakPlain = true;
    return children.slice(end + 1);
  }

  private newParagraph(): number {
    return this.story === 'body' ? ++this.imp.paragraphs : this.imp.paragraphs;
  }

  private paragraph(p: XmlElement): void {
    const para = this.newParagraph();
    this.autoReference = undefined; // a bis joins a reference in its own paragraph only
    const pPr = child(p, W, 'pPr');
    const styleId = attr(child(pPr, W, 'pStyle'), W, 'val');
    let brkRev: Rev | undefined;
    let brkHl = false;
    const markProps = child(pPr, W, 'rPr');
    const item = this.story === 'body' ? this.imp.numbering.find(pPr, styleId) : undefined;
    // A tracked change of the paragraph's properties (w:pPrChange holds them as they were) that switches its numbering
    // on or off, or to another list, is a change of its label (review 7, H3); other property changes are left out.
    const change = child(pPr, W, 'pPrChange');
    let oldItem = item;
    let numberingRev: Rev | undefined;
    if (change && this.story === 'body') {
      const was = child(change, W, 'pPr');
      oldItem = this.imp.numbering.find(was, attr(child(was, W, 'pStyle'), W, 'val'));
      if (oldItem?.numId !== item?.numId || oldItem?.level !== item?.level) numberingRev = this.revOf(change, 'ins');
    }
    if ((change && !numberingRev) || child(markProps, W, 'rPrChange')) this.imp.formatChanges++;
    // A section's layout changed with Track Changes (its properties end the section's last paragraph).
    if (child(child(pPr, W, 'sectPr'), W, 'sectPrChange')) this.imp.formatChanges++;
    for (const e of markProps ? elements(markProps) : []) {
      // A mark the export tracked only because its whole paragraph is changed is a plain line break in the source.
      if (attr(e, HINT_NS, HINT_WHOLE) === '1') continue;
      if (isEl(e, W, 'ins') || isEl(e, W, 'moveTo')) brkRev = this.revOf(e, 'ins');
      else if (isEl(e, W, 'del') || isEl(e, W, 'moveFrom')) brkRev = this.revOf(e, 'del');
      else if (isEl(e, W, 'highlight')) brkHl = (attr(e, W, 'val') ?? 'none') !== 'none';
    }
    // A list label is text before the paragraph's own: an empty list item is not an empty paragraph.
    this.paragraphText = item || oldItem ? 1 : 0;
    this.inParagraph = true;
    this.fnLead = [];
    this.fnPending = [];
    this.echo = undefined;
    if (this.cellDepth > 0 && !this.cellStart) this.text(' ', { hl: false, para, rev: this.rowRev ?? this.cellRev ?? this.cellMarkRev });
    this.cellStart = false;
    this.cellMarkRev = undefined;
    // The content is read first: whether the paragraph is in the old text, the new text or both decides its label.
    const outer = this.toks;
    const inner: Tok[] = (this.toks = []);
    // In a cell inserted (deleted) whole, its text is inserted (deleted) with it: a deletion (insertion) inside is in
    // neither text (inline, 'ins' / 'del').
    this.content(p, { hl: false, para, rev: this.cellRev });
    this.toks = outer;
    this.inParagraph = false;
    const lead = this.fnLead;
    const pending = this.fnPending;
    this.fnLead = [];
    this.fnPending = [];
    for (const tok of lead) outer.push(tok);
    if (this.paragraphText === 0) for (const tok of pending.splice(0)) outer.push(tok);
    this.labelOf(oldItem, item, numberingRev, para, brkRev, inner);
    for (const tok of inner) outer.push(tok);
    if (this.cellDepth > 0) {
      // A paragraph of a table cell ends in the cell: the row ends the line; its mark is the space before the next.
      this.cellMarkRev = brkRev;
    } else if (this.paragraphText === 0 && (brkRev || brkHl) && this.lastBreakPlain) {
      // An empty paragraph whose mark alone is tracked: leaving it out changes no paragraph of either text.
    } else {
      this.toks.push({ t: 'break', rev: brkRev, hl: brkHl && !brkRev, para });
      this.lastBreakPlain = !brkRev && !brkHl;
    }
    for (const tok of pending) this.toks.push(tok);
  }

  /**
   * A paragraph's list label, as each text reads it. A paragraph has a label in a text where it starts a paragraph of
   * that text and is numbered there: not where it is inserted (deleted) with its mark, nor where the mark before it is
   * (Word's Enter at the end of an item records the new item's text and the *previous* paragraph's mark as inserted;
   * joining two items deletes the first one's mark), nor where a tracked numbering change numbers it in the other text
   * only. A label in one text only is inserted or deleted with what caused it; where the two texts number an item
   * differently (after such a paragraph), the label is a substitution of the old number by the new, attributed to
   * whoever shifted the list.
   */
  private labelOf(oldItem: ListItem | undefined, newItem: ListItem | undefined, numberingRev: Rev | undefined, para: number, brkRev: Rev | undefined, content: Tok[]): void {
    let oldText = false;
    let newText = false;
    for (const t of content) {
      if (t.t !== 'text') continue;
      if (t.rev?.state !== 'ins') oldText = true;
      if (t.rev?.state !== 'del') newText = true;
    }
    const inOld = oldText || brkRev?.state !== 'ins';
    const inNew = newText || brkRev?.state !== 'del';
    const startsOld = this.opensOld && inOld;
    const startsNew = this.opensNew && inNew;
    // Why a text has no label here: its paragraph is not in that text (its own mark), the mark before joined it, or
    // the numbering change.
    const causeOld = !inOld ? brkRev : !startsOld ? this.joinedOld : numberingRev && { ...numberingRev, state: 'ins' as const };
    const causeNew = !inNew ? brkRev : !startsNew ? this.joinedNew : numberingRev && { ...numberingRev, state: 'del' as const };
    if (brkRev?.state === 'ins' && inOld) this.joinedOld = brkRev;
    if (brkRev?.state === 'del' && inNew) this.joinedNew = brkRev;
    this.opensOld = brkRev?.state !== 'ins' || (this.opensOld && !oldText);
    this.opensNew = brkRev?.state !== 'del' || (this.opensNew && !newText);
    const old = startsOld ? oldItem : undefined;
    const now = startsNew ? newItem : undefined;
    if (!old && !now) return;
    const labels = this.imp.numbering.labels(old, now, para);
    const ctx: Ctx = { hl: false, para };
    const oldLabel = labels.old === undefined ? undefined : `${labels.old}${labels.oldSuffix}`;
    const newLabel = labels.new === undefined ? undefined : `${labels.new}${labels.newSuffix}`;
    if (oldLabel === newLabel) {
      this.label1(oldLabel!, ctx);
      return;
    }
    if (newLabel === undefined || oldLabel === undefined) {
      const cause = newLabel === undefined ? causeNew : causeOld;
      if (cause) this.listShift.set((old ?? now)!.list, cause);
      this.label1((oldLabel ?? newLabel)!, { ...ctx, rev: cause });
      return;
    }
    const shift = old!.numId !== now!.numId || old!.level !== now!.level ? (numberingRev ?? this.listShift.get(now!.list)) : this.listShift.get(now!.list);
    const author = shift?.author ?? '';
    const rev = (state: 'ins' | 'del'): Rev => ({ state, author, hint: `list:${para}`, explicit: author !== '' && author !== this.imp.owner });
    if (labels.oldSuffix === labels.newSuffix) {
      this.label1(labels.old!, { ...ctx, rev: rev('del') });
      this.label1(labels.new!, { ...ctx, rev: rev('ins') });
      this.label1(labels.newSuffix, ctx);
    } else {
      this.label1(oldLabel, { ...ctx, rev: rev('del') });
      this.label1(newLabel, { ...ctx, rev: rev('ins') });
    }
  }

  /** Text of a label, counted as any text but not as the paragraph's own (see `paragraph`). */
  private label1(text: string, ctx: Ctx): void {
    const own = this.paragraphText;
    this.text(text, ctx);
    this.paragraphText = own;
  }

  /** Inline content of a paragraph (or of any inline container). */
  private content(container: XmlElement, ctx: Ctx): void {
    for (const el of elements(container)) this.inline(el, ctx);
  }

  private inline(el: XmlElement, ctx: Ctx): void {
    if (el.ns === MC_NS && el.local === 'AlternateContent') {
      const branch = alternative(el);
      if (branch) this.content(branch, ctx);
      else this.imp.note(l10n.t('A drawing or text box is left out.'), ctx.para);
      return;
    }
    if (MATH_NS.includes(el.ns)) {
      if (el.local === 'oMath' || el.local === 'oMathPara') this.imp.note(l10n.t('An equation is left out.'), ctx.para);
      return;
    }
    if (!W.includes(el.ns as (typeof W)[number])) return;
    switch (el.local) {
      case 'r':
        this.run(el, ctx);
        return;
      case 'ins':
      case 'moveTo':
      case 'del':
      case 'moveFrom': {
        const state = el.local === 'ins' || el.local === 'moveTo' ? 'ins' : 'del';
        if (el.local.startsWith('move')) this.imp.moves++;
        if (ctx.rev) {
          if (ctx.rev.state !== state) {
            this.imp.note(l10n.t('Text that was inserted and then deleted again is left out (it is in neither the old nor the new text).'), ctx.para);
            return;
          }
          this.content(el, ctx);
          return;
        }
        this.content(el, { ...ctx, rev: this.revOf(el, state) });
        return;
      }
      case 'hyperlink': {
        this.content(el, ctx);
        const id = attr(el, R_NS, 'id');
        const target = id === undefined ? undefined : this.links.get(id);
        if (target !== undefined) this.link(target, plainText(el, true), ctx.para);
        return;
      }
      case 'fldSimple': {
        this.content(el, ctx);
        const target = hyperlinkTarget(attr(el, W, 'instr') ?? '');
        if (target !== undefined) this.link(target, plainText(el, true), ctx.para);
        return;
      }
      case 'smartTag':
      case 'customXml':
      case 'dir':
      case 'bdo':
        this.content(el, ctx);
        return;
      case 'sdt': {
        const content = child(el, W, 'sdtContent');
        if (content && showsPlaceholder(el)) this.placeholderOf(content, ctx.para, () => this.content(content, ctx));
        else if (content) this.content(content, ctx);
        return;
      }
      case 'commentRangeStart':
      case 'commentRangeEnd':
        this.comment(el, ctx.para);
        return;
      case 'bookmarkStart':
        this.bookmark(el, ctx.para);
        return;
      case 'subDoc':
        this.imp.note(l10n.t('A linked subdocument is left out.'), ctx.para);
        return;
      default:
        return;
    }
  }

  /**
   * A hyperlink's address, kept as a comment right after its text (`{>>https://…<<}`): the .itu format has no
   * link of its own, and a comment changes neither the old nor the new text. A link whose text is its address
   * needs none; a link within the document (w:anchor, a HYPERLINK field's \l) names a bookmark, not an address.
   * The link is a w:hyperlink, or a HYPERLINK field (simple or complex) as older documents and pasted text hold.
   */
  private link(target: string, text: string, para: number): void {
    if (!this.visible()) return;
    const shown = text.trim();
    // Compared as a reader sees them: no scheme or final slash, any hyphen (ITU writes ITU‑T with U+2011), no spaces.
    const bare = (s: string) => s.toLowerCase().replace(/^(mailto:|https?:\/\/)/, '').replace(/\/$/, '').replace(/[\u2010-\u2013]/g, '-').replace(/\s+/g, '');
    if (bare(shown) === bare(target)) return;
    this.toks.push({ t: 'cref', id: this.imp.linkComment(target), para });
  }

  private revOf(el: XmlElement, state: 'ins' | 'del'): Rev {
    this.imp.revisions++;
    return {
      state,
      author: attr(el, W, 'author') ?? '',
      date: attr(el, W, 'date'),
      hint: attr(el, HINT_NS, HINT_MARK),
      explicit: attr(el, HINT_NS, HINT_AUTHOR) === '1',
    };
  }

  private comment(el: XmlElement, para: number): void {
    const id = attr(el, W, 'id');
    if (id === undefined || !this.imp.comments.has(id)) return;
    this.toks.push({ t: el.local === 'commentRangeStart' ? 'cstart' : 'cend', id, para });
  }

  private bookmark(el: XmlElement, para: number): void {
    const name = attr(el, W, 'name') ?? '';
    if (this.story !== 'body' || !name.startsWith(FOOTNOTE_BOOKMARK)) return;
    const tok: EventTok = { t: 'fndef', id: `f:${name.slice(FOOTNOTE_BOOKMARK.length)}`, para };
    if (this.inParagraph) this.fnPending.push(tok);
    else this.toks.push(tok);
  }

  private visible(): boolean {
    return this.inInstructions === 0 && this.placeholder === 0;
  }

  /**
   * What a content control showing its placeholder holds (`held`), read by `read` with its text, links and pictures
   * left out (not visible): Word's prompt ("Click or tap here to enter text.") is not the author's text. Said once,
   * with the prompt, for the outermost such control (its text read once: linear however they nest); the paragraphs,
   * marks and comments in it are read as any others.
   */
  private placeholderOf(held: XmlElement, para: number, read: () => void): void {
    if (this.placeholder === 0 && this.inInstructions === 0) {
      const shown = promptOf(held).replace(/\s+/g, ' ').trim();
      if (shown) this.imp.note(l10n.t('A content control\'s placeholder text is left out ("{0}"): Word shows it until something is typed in the control; it is not the author\'s text.', ellipsized(shown, 80)), para);
    }
    this.placeholder++;
    read();
    this.placeholder--;
  }

  private text(text: string, ctx: Ctx, fn?: string, mark?: string): void {
    if (!text) return;
    this.autoReference = undefined;
    this.imp.built(text.length);
    this.hasText = true;
    this.paragraphText++;
    if (this.fnPending.length > 0) {
      for (const tok of this.fnPending) this.fnLead.push(tok);
      this.fnPending = [];
    }
    this.toks.push({ t: 'text', text, rev: ctx.rev ?? this.cellRev, hl: ctx.hl, para: ctx.para, ...(fn ? { fn } : {}), ...(mark ? { mark } : {}) });
  }

  /**
   * The story is read: a field still in its code at the end (begun, never separated nor ended: a damaged document)
   * hid everything after its start, as Word and LibreOffice hide it; said, where it began, rather than lost unsaid.
   */
  end(): void {
    const open = this.fields.indexOf(false);
    if (open < 0) return;
    this.imp.note(l10n.t('A field begun here has no end: the text after its start reads as the field\'s code and is left out.'), this.fieldParas[open]);
  }

  /** Footnote marks read before the footnote they show (see `TextTok.mark`), once every reference of the story is known. */
  resolveLateMarks(): void {
    for (const tok of this.toks) {
      if (tok.t !== 'text' || tok.mark === undefined) continue;
      const key = this.imp.footnoteWithLabel(tok.mark);
      if (key !== undefined) {
        tok.text = `[^${tok.mark}]`;
        tok.fn = key;
      }
      delete tok.mark;
    }
  }

  private run(r: XmlElement, outer: Ctx): void {
    const rPr = child(r, W, 'rPr');
    const rStyle = attr(child(rPr, W, 'rStyle'), W, 'val');
    const vanish = child(rPr, W, 'vanish');
    const hidden = vanish !== undefined && !['0', 'false', 'off'].includes(attr(vanish, W, 'val') ?? 'true');
    const highlight = attr(child(rPr, W, 'highlight'), W, 'val');
    const ctx: Ctx = { ...outer, hl: outer.hl || (highlight !== undefined && highlight !== 'none') };
    if (child(rPr, W, 'rPrChange')) this.imp.formatChanges++;
    const referenceStyle = this.imp.isFootnoteReferenceStyle(rStyle);
    const raised = referenceStyle || attr(child(rPr, W, 'vertAlign'), W, 'val') === 'superscript';
    const font = runFont(rPr);
    if (this.skippingMark) {
      const kids = elements(r).filter((e) => !isEl(e, W, 'rPr'));
      if (referenceStyle || kids.every((e) => isEl(e, W, 'footnoteRef') || isEl(e, W, 'endnoteRef'))) return;
      // The `bis` of a mark its reference joined (`[^1bis]`), raised after the note's number: part of the mark.
      if (raised && this.markSuffix !== undefined && kids.every((e) => isEl(e, W, 't')) && kids.map(runText).join('').trim() === this.markSuffix) {
        this.markSuffix = undefined;
        return;
      }
      this.skippingMark = false;
    }
    let buffer = '';
    let pendingNote: string | undefined;
    let mark = '';
    const flush = () => {
      if (this.echo !== undefined && buffer) {
        if (buffer.startsWith(this.echo)) buffer = buffer.slice(this.echo.length);
        this.echo = undefined;
      }
      if (!buffer) return;
      const auto = this.autoReference;
      if (auto && raised && !hidden && MARK_SUFFIX.test(buffer)) {
        const label = this.imp.joinSuffix(auto.key, buffer);
        if (label !== undefined) {
          auto.tok.text = `[^${label}]`;
          this.autoReference = undefined;
          buffer = '';
          return;
        }
      }
      if (hidden) this.imp.hiddenRuns++;
      else {
        // A run in the footnote-reference style that shows a footnote's label is a second reference to it.
        const again = referenceStyle && this.story === 'body' ? this.imp.footnoteWithLabel(buffer.trim()) : undefined;
        if (again !== undefined) this.text(`[^${buffer.trim()}]`, ctx, again);
        else this.text(this.cellSafe(buffer), ctx, undefined, referenceStyle && this.story === 'body' ? buffer.trim() : undefined);
      }
      buffer = '';
    };
    const add = (s: string) => {
      if (!this.visible()) return;
      if (pendingNote !== undefined) mark += s;
      else buffer += s;
      const link = this.linkFields.size > 0 ? this.linkFields.get(this.fields.length) : undefined;
      if (link && link.shown.length < MAX_LINK) link.shown += s;
    };
    const items = (parent: XmlElement) => {
      for (const e of elements(parent)) {
        if (!W.includes(e.ns as (typeof W)[number])) {
          if (e.ns === MC_NS && e.local === 'AlternateContent') {
            const branch = alternative(e);
            if (branch) items(branch);
            else this.imp.note(l10n.t('A drawing or text box is left out.'), ctx.para);
          }
          continue;
        }
        switch (e.local) {
          case 't':
          case 'delText': {
            const t = runText(e).replace(/[\r\n]+/g, ' ');
            add(SYMBOL_PRIVATE_USE.test(t) ? fromSymbolFont(t, font, this.imp.unmappedSymbol) : t);
            break;
          }
          case 'tab':
          case 'ptab':
            add('\t');
            break;
          case 'br':
          case 'cr':
            add(' ');
            break;
          case 'noBreakHyphen':
            add('\u2011');
            break;
          case 'sym': {
            const symbol = symbolChar(attr(e, W, 'font') ?? '', attr(e, W, 'char') ?? '', this.imp.unmappedSymbol);
            if (symbol === undefined) this.imp.badSymbols++;
            else add(symbol);
            break;
          }
          case 'fldChar': {
            const type = attr(e, W, 'fldCharType');
            const top = this.fields.length - 1;
            if (type === 'begin') {
              this.fields.push(false);
              this.fieldParas.push(ctx.para);
              this.inInstructions++;
              this.instructions = { depth: this.fields.length, text: '' };
            } else if (type === 'separate' && top >= 0 && !this.fields[top]) {
              this.fields[top] = true;
              this.inInstructions--;
              const target = this.instructions?.depth === top + 1 ? hyperlinkTarget(this.instructions.text) : undefined;
              if (target !== undefined) this.linkFields.set(top + 1, { target, shown: '' });
              this.instructions = undefined;
            } else if (type === 'end' && top >= 0) {
              if (!this.fields.pop()) this.inInstructions--;
              this.fieldParas.pop();
              this.instructions = undefined;
              const link = this.linkFields.size > 0 ? this.linkFields.get(top + 1) : undefined;
              if (link) {
                this.linkFields.delete(top + 1);
                flush();
                this.link(link.target, link.shown, ctx.para);
              }
            }
            break;
          }
          case 'instrText':
          case 'delInstrText':
            if (this.instructions?.depth === this.fields.length && this.instructions.text.length < MAX_LINK) this.instructions.text += textOf(e);
            break;
          case 'footnoteReference':
          case 'endnoteReference': {
            flush();
            const key = `${e.local === 'footnoteReference' ? 'f' : 'e'}:${attr(e, W, 'id')}`;
            if (attr(e, W, 'customMarkFollows') && !['0', 'false'].includes(attr(e, W, 'customMarkFollows')!)) {
              pendingNote = key;
              mark = '';
            } else this.reference(key, undefined, ctx);
            break;
          }
          case 'commentReference': {
            flush();
            const id = attr(e, W, 'id');
            if (id !== undefined && this.imp.comments.has(id)) this.toks.push({ t: 'cref', id, para: ctx.para });
            break;
          }
          case 'drawing':
          case 'pict':
          case 'object':
            if (this.visible()) this.imp.note(l10n.t('A picture or embedded object is left out.'), ctx.para);
            break;
          case 'contentPart':
            this.imp.note(l10n.t('Ink or other embedded content is left out.'), ctx.para);
            break;
          case 'ruby': {
            // East Asian phonetic guide: the base text is the text (Word and LibreOffice show the guide above it).
            const base = child(e, W, 'rubyBase');
            if (base) {
              flush();
              this.content(base, ctx);
            }
            break;
          }
          default:
            break;
        }
      }
    };
    items(r);
    if (pendingNote !== undefined) {
      this.reference(pendingNote, mark, ctx);
      if (this.imp.libreOffice && mark.trim() !== '') this.echo = mark;
    }
    flush();
  }

  private reference(key: string, customMark: string | undefined, ctx: Ctx): void {
    if (this.story !== 'body') {
      this.imp.note(l10n.t('A footnote inside a footnote is left out.'), ctx.para);
      return;
    }
    const label = this.imp.footnoteLabel(key, customMark, ctx.para);
    this.text(`[^${label}]`, ctx, key);
    const tok = this.toks[this.toks.length - 1];
    this.autoReference = customMark === undefined && tok?.t === 'text' ? { key, tok } : undefined;
  }

  /** In a table cell, a `|` of the text is written `\|`, so that it does not read as the end of the cell. */
  private cellSafe(text: string): string {
    return this.cellDepth > 0 && text.includes('|') ? text.replace(/\|/g, '\\|') : text;
  }

  // ------------------------------------------------------------ tables

  private table(tbl: XmlElement): void {
    // Rows and cells as Word shows them, through the content controls and custom XML that may wrap them.
    // Rows, cells or paragraphs a content control showing its placeholder holds are read without their text.
    const held = new Set<XmlElement>();
    const rows = tableParts(tbl, 'tr', held);
    const cells = (tr: XmlElement) => tableParts(tr, 'tc', held);
    const startsDocument = this.story === 'body' && (!this.hasText || this.afterFirstPage);
    if (startsDocument && !this.hasText && !this.imp.exported) {
      const seen: FirstPageSeen = { placeholders: 0 };
      const page = readFirstPage(tbl, seen);
      if (page) {
        if (seen.placeholders > 0) this.imp.note(l10n.t('Placeholder text of content controls on ITU\'s first page is left out ({0}): it is Word\'s prompt, not a value.', seen.placeholders), this.imp.paragraphs + 1);
        const fields = page.map(([f]) => f).join(', ');
        // Proposals is not on the page: the source the proposal ids name, so that their document part is checked.
        if (this.imp.proposalSource && !page.some(([f]) => f === 'Proposals')) {
          page.push(['Proposals', this.imp.proposalSource]);
          this.imp.converted(l10n.t('ITU\'s first page is read as the cover block ({0}; Proposals: {1}, from the proposal ids): check its fields.', fields, this.imp.proposalSource), this.imp.paragraphs + 1);
        } else this.imp.converted(l10n.t('ITU\'s first page is read as the cover block ({0}): check its fields.', fields), this.imp.paragraphs + 1);
        for (const [name, value] of page) {
          const para = this.newParagraph();
          this.text(`${name}:\t${value}`, { hl: false, para });
          this.toks.push({ t: 'break', hl: false, para });
          this.imp.coverParagraphs.add(para);
        }
        this.lastBreakPlain = true;
        this.afterFirstPage = true;
        return;
      }
    }
    const field = (tr: XmlElement) => {
      const c = cells(tr);
      if (c.length < 2) return undefined;
      const name = plainText(c[0]).trim().replace(/\s*:$/, '');
      return COVER_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase().replace(/\s+/g, ' '));
    };
    if (startsDocument && rows.length > 0 && rows.every((r) => field(r) !== undefined)) {
      for (const tr of rows) {
        const para = this.newParagraph();
        const ctx: Ctx = { hl: false, para };
        this.text(`${field(tr)}:\t`, ctx);
        let first = true;
        for (const tc of cells(tr).slice(1)) {
          for (const p of tableParts(tc, 'p', held)) {
            if (!first) this.text(' ', ctx);
            first = false;
            if (held.has(p)) this.placeholderOf(p, para, () => this.content(p, ctx));
            else this.content(p, ctx);
          }
        }
        this.toks.push({ t: 'break', hl: false, para });
        this.lastBreakPlain = true;
        this.imp.coverParagraphs.add(para);
      }
      return;
    }
    this.afterFirstPage = false;
    this.tableFormatChanges(tbl);
    if (this.cellDepth > 0) {
      this.imp.noteOnce('nested-table', 'A table inside a table cell is written in its cell: its cells between | and its rows between /.', this.imp.paragraphs + 1, true);
    } else if (!this.imp.exported) this.imp.converted(rows.length === 1 ? l10n.t('A table of 1 row is imported as a pipe table: one line per row, its cells between |.') : l10n.t('A table of {0} rows is imported as a pipe table: one line per row, its cells between |.', rows.length), this.imp.paragraphs + 1);
    // Comment ranges that start or end between rows (Word's range on whole rows): a start goes with the first cell of
    // the row after it, an end with the last cell of the row before it, as a range from cell to cell reads.
    const between = rowComments(tbl);
    for (const el of between.before) this.comment(el, this.imp.paragraphs + 1);
    this.cellDepth++;
    const readRow = (tr: XmlElement, i: number) => {
      const para = this.imp.paragraphs + 1;
      const nested = this.cellDepth > 1;
      // A row inserted or deleted whole (w:trPr/w:ins|w:del): its bars and its line end are in the mark too, so that
      // neither text keeps an empty row.
      const trPr = child(tr, W, 'trPr');
      // A table nested in a cell is in its row's mark: its rows keep the outer row's revision (its bars and slashes
      // were plain text inside an inserted row, a row of them left in the old text).
      const rowChange = nested ? undefined : (child(trPr, W, 'ins') ?? child(trPr, W, 'del'));
      if (!nested) this.rowRev = rowChange ? this.revOf(rowChange, rowChange.local === 'ins' ? 'ins' : 'del') : undefined;
      const ctx: Ctx = { hl: false, para, rev: this.rowRev };
      if (nested && i > 0) this.text(' / ', ctx);
      if (!nested) this.text('|', ctx);
      const rowCells = cells(tr);
      const starts = between.starts.get(tr);
      const ends = between.ends.get(tr);
      if (rowCells.length === 0) for (const el of [...(starts ?? []), ...(ends ?? [])]) this.comment(el, para);
      rowCells.forEach((tc, k) => {
        // A cell inserted or deleted whole with Track Changes (w:cellIns, w:cellDel) in a row that is not: its text and
        // the bar after it are one mark (`| a |{++ b |++}`), as compile writes a cell a proposal adds, so that each
        // text has the row with the cells it has (the bar before it in a nested table, `a{++ | b++}`).
        const tcPr = child(tc, W, 'tcPr');
        const cellChange = this.rowRev ? undefined : (child(tcPr, W, 'cellIns') ?? child(tcPr, W, 'cellDel'));
        const outerCell = this.cellRev;
        const cellCtx: Ctx = cellChange ? { ...ctx, rev: this.revOf(cellChange, cellChange.local === 'cellIns' ? 'ins' : 'del') } : ctx;
        if (cellChange) this.cellRev = cellCtx.rev;
        if (nested && k > 0) this.text(' |', cellCtx);
        // An empty cell is one space between its bars (`| a | |`), as a pipe table is typed.
        if (nested || !isEmptyCell(tc)) this.text(' ', cellCtx);
        if (k === 0 && starts) for (const el of starts) this.comment(el, para);
        this.cellStart = true;
        this.cellMarkRev = undefined;
        this.resetParagraphs();
        if (held.has(tc)) this.placeholderOf(tc, para, () => this.blocks(tc));
        else this.blocks(tc);
        if (k === rowCells.length - 1 && ends) for (const el of ends) this.comment(el, para);
        if (!nested) this.text(' |', cellCtx);
        this.cellRev = outerCell;
      });
      if (nested) return;
      const rowRev = this.rowRev;
      this.endRow(para, rowRev);
      this.rowRev = undefined;
      if (i === 0) {
        // The delimiter row of a Markdown pipe table: the first row reads as the table's heading; inserted or deleted
        // with it (a table inserted whole leaves no delimiter row alone in the old text).
        this.text(`|${' --- |'.repeat(Math.max(1, cells(tr).length))}`, { hl: false, para, rev: rowRev });
        this.endRow(para, rowRev);
      }
    };
    rows.forEach((tr, i) => (held.has(tr) ? this.placeholderOf(tr, this.imp.paragraphs + 1, () => readRow(tr, i)) : readRow(tr, i)));
    this.cellDepth--;
    this.cellMarkRev = undefined;
    this.resetParagraphs();
    for (const el of between.after) this.comment(el, this.imp.paragraphs);
  }

  /**
   * Tracked changes of a table's formatting (its properties, grid, rows' and cells' properties: Word writes them when
   * a table is reformatted with Track Changes) are formatting changes left out, counted in the note as a paragraph's or
   * a run's are.
   */
  private tableFormatChanges(tbl: XmlElement): void {
    const props = (el: XmlElement, name: string, change: string) => (child(child(el, W, name), W, change) ? 1 : 0);
    let n = props(tbl, 'tblPr', 'tblPrChange') + props(tbl, 'tblGrid', 'tblGridChange');
    for (const tr of tableParts(tbl, 'tr')) {
      n += props(tr, 'trPr', 'trPrChange') + props(tr, 'tblPrEx', 'tblPrExChange');
      // w:cellMerge: cells merged or split with Track Changes (their layout; their text stays where it is).
      for (const tc of tableParts(tr, 'tc')) n += props(tc, 'tcPr', 'tcPrChange') + props(tc, 'tcPr', 'cellMerge');
    }
    this.imp.formatChanges += n;
  }

  /** A cell, or what follows a table, starts a paragraph in both texts whatever the marks before it. */
  private resetParagraphs(): void {
    this.opensOld = this.opensNew = true;
    this.joinedOld = this.joinedNew = undefined;
  }

  private endRow(para: number, rev: Rev | undefined): void {
    this.toks.push({ t: 'break', hl: false, para, rev });
    this.lastBreakPlain = !rev;
  }
}

/**
 * The comment range starts and ends standing between a table's rows (Word writes them there for a comment on whole
 * rows; through the content controls and custom XML that wrap rows, as `tableParts` reads rows): each start with the
 * row after it, each end with the row before it; those before the first row or after the last with the table.
 */
function rowComments(tbl: XmlElement): { before: XmlElement[]; after: XmlElement[]; starts: Map<XmlElement, XmlElement[]>; ends: Map<XmlElement, XmlElement[]> } {
  const out = { before: [] as XmlElement[], after: [] as XmlElement[], starts: new Map<XmlElement, XmlElement[]>(), ends: new Map<XmlElement, XmlElement[]>() };
  let last: XmlElement | undefined;
  let pending: XmlElement[] = [];
  const walk = (parent: XmlElement) => {
    for (const c of elements(parent)) {
      if (!W.includes(c.ns as (typeof W)[number])) continue;
      if (c.local === 'tr') {
        if (pending.length > 0) out.starts.set(c, pending);
        pending = [];
        last = c;
      } else if (c.local === 'commentRangeStart') pending.push(c);
      else if (c.local === 'commentRangeEnd') {
        if (!last) out.before.push(c);
        else {
          const list = out.ends.get(last);
          if (list) list.push(c);
          else out.ends.set(last, [c]);
        }
      } else if (c.local === 'sdt') {
        const content = child(c, W, 'sdtContent');
        if (content) walk(content);
      } else if (c.local === 'customXml') walk(c);
    }
  };
  walk(tbl);
  out.after = pending;
  return out;
}

/** How much of a field's instructions, or of a HYPERLINK field's result, is read (an address is far shorter). */
const MAX_LINK = 4096;

/**
 * The external address of a HYPERLINK field's instructions (`HYPERLINK "https://…" \o "tip"`), or undefined: another
 * field, or a link to a place in the document (`HYPERLINK \l "_Toc1"`). A switch with an argument (\l, \o, \t)
 * takes the token after it.
 */
export function hyperlinkTarget(instructions: string): string | undefined {
  const tokens = instructions.match(/\\[A-Za-z]|"[^"]*"|[^\s"]+/g);
  if (!tokens || tokens[0].toUpperCase() !== 'HYPERLINK') return undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('\\')) {
      if (/^\\[lotLOT]$/.test(t)) i++;
      continue;
    }
    const target = (t.startsWith('"') ? t.slice(1, -1) : t).trim();
    return target === '' ? undefined : target;
  }
  return undefined;
}

/**
 * The branch of a markup-compatibility block (`mc:AlternateContent`) that import reads: its Fallback, written for
 * readers that know none of the namespaces its Choices require, else its first Choice (Word and LibreOffice show a
 * Choice; the two hold the same text). Undefined when it holds a drawing, a picture or an object: those are left
 * out with a note, as a text box is.
 */
function alternative(el: XmlElement): XmlElement | undefined {
  const stack = [el];
  while (stack.length > 0) {
    for (const c of elements(stack.pop()!)) {
      if (W.includes(c.ns as (typeof W)[number]) && PICTURES.has(c.local)) return undefined;
      stack.push(c);
    }
  }
  const branches = elements(el).filter((c) => c.ns === MC_NS);
  return branches.find((c) => c.local === 'Fallback') ?? branches.find((c) => c.local === 'Choice');
}
const PICTURES = new Set(['drawing', 'pict', 'object', 'txbxContent']);

/** What ITU writes after a footnote's number for a note added after it: `bis`, `ter`, `quater` … (letters only). */
const MARK_SUFFIX = /^(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)$/i;

/** A cell that holds no text, deleted or not (only empty paragraphs, properties, bookmarks). */
function isEmptyCell(tc: XmlElement): boolean {
  const stack = [tc];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const c of elements(el)) {
      if (CELL_CONTENT.has(c.local)) return false;
      stack.push(c);
    }
  }
  return true;
}
const CELL_CONTENT = new Set(['t', 'delText', 'tab', 'sym', 'footnoteReference', 'endnoteReference', 'br', 'cr', 'noBreakHyphen', 'softHyphen', 'drawing', 'pict', 'object', 'tbl']);

function hasBookmark(el: XmlElement, name: string): boolean {
  if (isEl(el, W, 'bookmarkStart') && attr(el, W, 'name') === name) return true;
  return elements(el).some((c) => hasBookmark(c, name));
}

/** The text of an element's runs (deleted text too with `deleted`: a link's text, deleted or not, is its text). */
export function plainText(el: XmlElement, deleted = false): string {
  let out = '';
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (isEl(c, W, 't') || (deleted && isEl(c, W, 'delText'))) out += runText(c);
      else if (isEl(c, W, 'tab')) out += '\t';
      else if (isEl(c, W, 'br') || isEl(c, W, 'cr')) out += ' ';
      else if (isEl(c, W, 'noBreakHyphen')) out += '\u2011';
      else if (!isEl(c, W, 'instrText') && !isEl(c, W, 'delText')) walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text of a placeholder: its runs' text, a paragraph's (in cells or rows too) ended by a line break. */
function promptOf(el: XmlElement): string {
  if (isEl(el, W, 'p')) return `${plainText(el)}\n`;
  let out = '';
  for (const c of elements(el)) out += isEl(c, W, 'r') ? plainText(c) : promptOf(c);
  return out;
}

/** The cover fields the export prints on the first page as written (word/cover.ts coverPlan): an edit of one shows there. */
const PRINTED_FIELDS = new Set(['Source', 'Title', 'Purpose', 'Question', 'Contact', 'Keywords', 'Abstract']);

/** The text Word shows of each paragraph below `el` (its `w:t` runs: not deleted text or field codes), folded, into `out`. */
function paragraphsOf(el: XmlElement, out: Set<string>): void {
  if (isEl(el, W, 'p')) {
    out.add(fold(shownText(el)));
    return;
  }
  for (const c of elements(el)) paragraphsOf(c, out);
}

function shownText(el: XmlElement): string {
  let out = '';
  for (const c of elements(el)) {
    if (isEl(c, W, 't')) out += runText(c);
    else if (isEl(c, W, 'tab') || isEl(c, W, 'br')) out += ' ';
    else out += shownText(c);
  }
  return out;
}

/** Text compared without case and with white space (no-break spaces, TABs) as one space. */
function fold(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
}
