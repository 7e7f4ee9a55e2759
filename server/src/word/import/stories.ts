// The story stage of import: the body, or one footnote, read into tokens (text with its revision and
// highlight, paragraph marks, comment and footnote events) in document order.
import { FOOTNOTE_BOOKMARK, HINT_AUTHOR, HINT_MARK, HINT_NS } from '../common';
import type { Importer } from '../import';
import { attr, child, elements, isEl, textOf, type XmlElement } from '../xml';
import { MATH_NS, MC_NS, W } from './package';
import { symbolChar } from './paragraphs';

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
}

export interface TextTok {
  t: 'text';
  text: string;
  rev?: Rev;
  hl: boolean;
  para: number;
  /** Key of the footnote this token references (`[^label]`). */
  fn?: string;
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
  readonly toks: Tok[] = [];
  /** Open fields: false while in the field's instructions, true in its result. */
  private readonly fields: boolean[] = [];
  /** How many of `fields` are in their instructions: text is visible when none is. */
  private inInstructions = 0;
  /** Whether any text token has been read (a table before any text may be the cover block). */
  private hasText = false;
  private lastBreakPlain = true;
  private paragraphText = 0;
  private after: Tok[] = [];
  /** A note's own mark (its number or custom mark) at its start is not part of its text. */
  private skippingMark: boolean;

  constructor(
    private readonly imp: Importer,
    private readonly story: 'body' | 'note',
  ) {
    this.skippingMark = story === 'note';
  }

  blocks(container: XmlElement): void {
    for (const el of elements(container)) {
      if (isEl(el, W, 'p')) this.paragraph(el);
      else if (isEl(el, W, 'tbl')) this.table(el);
      else if (isEl(el, W, 'sdt')) {
        const content = child(el, W, 'sdtContent');
        if (content) this.blocks(content);
      } else if (isEl(el, W, 'customXml') || isEl(el, W, 'ins') || isEl(el, W, 'del')) this.blocks(el);
      else if (isEl(el, W, 'commentRangeStart') || isEl(el, W, 'commentRangeEnd')) this.comment(el, this.imp.paragraphs);
      else if (isEl(el, W, 'bookmarkStart')) this.bookmark(el, this.imp.paragraphs);
      else if (isEl(el, W, 'altChunk')) this.imp.note('An embedded document (altChunk) is left out.', this.imp.paragraphs);
    }
  }

  private newParagraph(): number {
    return this.story === 'body' ? ++this.imp.paragraphs : this.imp.paragraphs;
  }

  private paragraph(p: XmlElement): void {
    const para = this.newParagraph();
    const pPr = child(p, W, 'pPr');
    const styleId = attr(child(pPr, W, 'pStyle'), W, 'val');
    let brkRev: Rev | undefined;
    let brkHl = false;
    const markProps = child(pPr, W, 'rPr');
    if (child(pPr, W, 'pPrChange') || child(markProps, W, 'rPrChange')) this.imp.formatChanges++;
    for (const e of markProps ? elements(markProps) : []) {
      if (isEl(e, W, 'ins') || isEl(e, W, 'moveTo')) brkRev = this.revOf(e, 'ins');
      else if (isEl(e, W, 'del') || isEl(e, W, 'moveFrom')) brkRev = this.revOf(e, 'del');
      else if (isEl(e, W, 'highlight')) brkHl = (attr(e, W, 'val') ?? 'none') !== 'none';
    }
    this.paragraphText = 0;
    this.after = [];
    const label = this.story === 'body' ? this.imp.numbering.label(pPr, styleId, para) : undefined;
    if (label) this.text(label, { hl: false, para });
    this.content(p, { hl: false, para });
    if (this.paragraphText === 0 && (brkRev || brkHl) && this.lastBreakPlain) {
      // An empty paragraph whose mark alone is tracked: leaving it out changes no paragraph of either text.
    } else {
      this.toks.push({ t: 'break', rev: brkRev, hl: brkHl && !brkRev, para });
      this.lastBreakPlain = !brkRev && !brkHl;
    }
    for (const tok of this.after) this.toks.push(tok);
    this.after = [];
  }

  /** Inline content of a paragraph (or of any inline container). */
  private content(container: XmlElement, ctx: Ctx): void {
    for (const el of elements(container)) this.inline(el, ctx);
  }

  private inline(el: XmlElement, ctx: Ctx): void {
    if (el.ns === MC_NS && el.local === 'AlternateContent') {
      this.imp.note('A drawing or text box is left out.', ctx.para);
      return;
    }
    if (MATH_NS.includes(el.ns)) {
      if (el.local === 'oMath' || el.local === 'oMathPara') this.imp.note('An equation is left out.', ctx.para);
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
            this.imp.note('Text that was inserted and then deleted again is left out (it is in neither the old nor the new text).', ctx.para);
            return;
          }
          this.content(el, ctx);
          return;
        }
        this.content(el, { ...ctx, rev: this.revOf(el, state) });
        return;
      }
      case 'hyperlink':
      case 'smartTag':
      case 'customXml':
      case 'fldSimple':
      case 'dir':
      case 'bdo':
        this.content(el, ctx);
        return;
      case 'sdt': {
        const content = child(el, W, 'sdtContent');
        if (content) this.content(content, ctx);
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
        this.imp.note('A linked subdocument is left out.', ctx.para);
        return;
      default:
        return;
    }
  }

  private revOf(el: XmlElement, state: 'ins' | 'del'): Rev {
    this.imp.revisions++;
    return {
      state,
      author: attr(el, W, 'author') ?? '',
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
    if (this.paragraphText === 0) this.toks.push(tok);
    else this.after.push(tok);
  }

  private visible(): boolean {
    return this.inInstructions === 0;
  }

  private text(text: string, ctx: Ctx, fn?: string): void {
    if (!text) return;
    this.imp.built(text.length);
    this.hasText = true;
    this.paragraphText++;
    this.toks.push({ t: 'text', text, rev: ctx.rev, hl: ctx.hl, para: ctx.para, ...(fn ? { fn } : {}) });
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
    if (this.skippingMark) {
      const kids = elements(r).filter((e) => !isEl(e, W, 'rPr'));
      if (referenceStyle || kids.every((e) => isEl(e, W, 'footnoteRef') || isEl(e, W, 'endnoteRef'))) return;
      this.skippingMark = false;
    }
    let buffer = '';
    let pendingNote: string | undefined;
    let mark = '';
    const flush = () => {
      if (!buffer) return;
      if (hidden) this.imp.hiddenRuns++;
      else {
        // A run in the footnote-reference style that shows a footnote's label is a second reference to it.
        const again = referenceStyle && this.story === 'body' ? this.imp.footnoteWithLabel(buffer.trim()) : undefined;
        if (again !== undefined) this.text(`[^${buffer.trim()}]`, ctx, again);
        else this.text(this.clean(buffer), ctx);
      }
      buffer = '';
    };
    const add = (s: string) => {
      if (!this.visible()) return;
      if (pendingNote !== undefined) mark += s;
      else buffer += s;
    };
    for (const e of elements(r)) {
      if (!W.includes(e.ns as (typeof W)[number])) {
        if (e.ns === MC_NS && e.local === 'AlternateContent') this.imp.note('A drawing or text box is left out.', ctx.para);
        continue;
      }
      switch (e.local) {
        case 't':
        case 'delText':
          add(textOf(e).replace(/[\r\n]+/g, ' '));
          break;
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
          const symbol = symbolChar(attr(e, W, 'font') ?? '', attr(e, W, 'char') ?? '');
          if (symbol === undefined) this.imp.badSymbols++;
          else add(symbol);
          break;
        }
        case 'fldChar': {
          const type = attr(e, W, 'fldCharType');
          const top = this.fields.length - 1;
          if (type === 'begin') {
            this.fields.push(false);
            this.inInstructions++;
          } else if (type === 'separate' && top >= 0 && !this.fields[top]) {
            this.fields[top] = true;
            this.inInstructions--;
          } else if (type === 'end' && top >= 0) {
            if (!this.fields.pop()) this.inInstructions--;
          }
          break;
        }
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
          if (this.visible()) this.imp.note('A picture or embedded object is left out.', ctx.para);
          break;
        case 'contentPart':
          this.imp.note('Ink or other embedded content is left out.', ctx.para);
          break;
        default:
          break;
      }
    }
    if (pendingNote !== undefined) this.reference(pendingNote, mark, ctx);
    flush();
  }

  private reference(key: string, customMark: string | undefined, ctx: Ctx): void {
    if (this.story !== 'body') {
      this.imp.note('A footnote inside a footnote is left out.', ctx.para);
      return;
    }
    const label = this.imp.footnoteLabel(key, customMark, ctx.para);
    this.text(`[^${label}]`, ctx, key);
  }

  /** Text that would read as CriticMarkup gets a zero-width space so that it stays text. */
  private clean(text: string): string {
    if (this.imp.exported) return text;
    const cleaned = text.replace(/\{(?=\+\+|--|~~|>>|==)/g, '{\u200B').replace(/(\+\+|--|~~|<<|==)\}/g, '$1\u200B}');
    if (cleaned !== text) this.imp.delimiters++;
    return cleaned;
  }

  // ------------------------------------------------------------ tables

  private table(tbl: XmlElement): void {
    const rows = elements(tbl).filter((e) => isEl(e, W, 'tr'));
    const cells = (tr: XmlElement) => elements(tr).filter((e) => isEl(e, W, 'tc'));
    const startsDocument = this.story === 'body' && !this.hasText;
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
          for (const p of elements(tc).filter((e) => isEl(e, W, 'p'))) {
            if (!first) this.text(' ', ctx);
            first = false;
            this.content(p, ctx);
          }
        }
        this.toks.push({ t: 'break', hl: false, para });
        this.lastBreakPlain = true;
        this.imp.coverParagraphs.add(para);
      }
      return;
    }
    this.imp.note(`A table of ${rows.length} row${rows.length === 1 ? '' : 's'} is imported as one paragraph per cell.`, this.imp.paragraphs + 1);
    for (const tr of rows) for (const tc of cells(tr)) this.blocks(tc);
  }
}

export function plainText(el: XmlElement): string {
  let out = '';
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (isEl(c, W, 't')) out += textOf(c);
      else if (isEl(c, W, 'tab')) out += '\t';
      else if (isEl(c, W, 'br') || isEl(c, W, 'cr')) out += ' ';
      else if (isEl(c, W, 'noBreakHyphen')) out += '\u2011';
      else if (!isEl(c, W, 'instrText') && !isEl(c, W, 'delText')) walk(c);
    }
  };
  walk(el);
  return out;
}
