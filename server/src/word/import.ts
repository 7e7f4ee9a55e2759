// Import of a Word document (.docx) as .itu text: paragraphs with their tabs,
// tracked changes (w:ins, w:del, moves, changed paragraph marks) as CriticMarkup
// with attribution, footnotes as [^n] definitions, comments as {>>…<<}. What the
// format cannot hold (pictures, formatting changes, hidden text …) is left out
// with a note, never silently. Hostile input ends in a DocxError within bounded
// time and memory: see zip.ts and xml.ts. The stages are in import/: package,
// stories (tokens), paragraphs (list labels, symbols), assembly (CriticMarkup).
import { l10n } from '../core/l10n';
import { FORBIDDEN_CHARS, PROP_DEFAULT_AUTHOR, PROP_GENERATOR } from './common';
import { readCoverRecord } from './cover';
import { assemble, escapeMarkup, serialize } from './import/assembly';
import { Package, sniff, W, type Relationship } from './import/package';
import { Numbering, type StyleInfo } from './import/paragraphs';
import { plainText, StoryReader, type Tok } from './import/stories';
import { attr, child, elements, isEl, textOf, XmlBudget, type XmlElement } from './xml';
import { DocxError, formatBytes, LimitError, ZipPackage } from './zip';

export { DocxError, LimitError };

export interface ImportNote {
  message: string;
  /** 1-based number of the Word paragraph (body paragraphs in order, table cells included). */
  paragraph?: number;
  /** 1-based line of the imported .itu text where that paragraph (or the first one after it) is. */
  line?: number;
  /**
   * What Word shows is all there, written another way (automatic labels typed, a table as a pipe table, a move as a
   * deletion and an insertion …): nothing left out. The editor warns only of the other notes (review 7, H15).
   */
  conversion?: true;
}

export interface ImportResult {
  text: string;
  notes: ImportNote[];
}

export interface ImportOptions {
  /**
   * Bound on the XML parts inflated, together; each part's declared size is checked against what is left.
   * What import builds is bounded in proportion (see `buildLimits`), so raising this one raises those.
   */
  maxUncompressedBytes?: number;
  /** Bound on the .docx file itself. */
  maxFileBytes?: number;
  /**
   * The importing user's author name (`import --author`, the setting `itu.word.author`): the author export gives
   * unattributed marks to. Only that author's changes and comments are left unattributed; without it, the
   * document's default author's (review 9, J27).
   */
  author?: string;
}

export const DEFAULT_MAX_UNCOMPRESSED = 64 * 1024 * 1024;
export const DEFAULT_MAX_FILE = 100 * 1024 * 1024;
/** Inflated bytes per XML node allowed: 64 MB of XML may build 2 million elements and text pieces. */
const BYTES_PER_NODE = 32;
/**
 * Inflated bytes per character of .itu text allowed: 64 MB of XML may give 32 million characters. Text in
 * the XML gives at most one character a byte; what builds more (a long list-label pattern repeated on every
 * paragraph) is amplification.
 */
const BYTES_PER_CHAR = 2;
/** Notes listed one by one; past this a document gets one note saying how many more there were. */
const MAX_NOTES = 500;

/** What an import may build from the inflated XML it is allowed: XML nodes and characters of text. */
export function buildLimits(maxUncompressedBytes: number): { nodes: number; chars: number } {
  return { nodes: Math.max(1000, Math.floor(maxUncompressedBytes / BYTES_PER_NODE)), chars: Math.max(1000, Math.floor(maxUncompressedBytes / BYTES_PER_CHAR)) };
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE;
  if (bytes.byteLength > maxFile) {
    throw new DocxError(l10n.t('the file is {0}, more than the {1} a Word contribution may have here: refused', formatBytes(bytes.byteLength), formatBytes(maxFile)));
  }
  sniff(bytes);
  const maxXml = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const limits = buildLimits(maxXml);
  const pkg = new Package(await ZipPackage.open(bytes), maxXml, new XmlBudget(limits.nodes));
  return await new Importer(pkg, limits.chars, options.author?.trim() || undefined).run();
}

export class Importer {
  readonly notes: ImportNote[] = [];
  /** Notes past MAX_NOTES, counted only. */
  private unlisted = 0;
  private readonly once = new Set<string>();
  readonly styles = new Map<string, StyleInfo>();
  /** Word's list numbering, counted as the body is read. */
  readonly numbering = new Numbering(this.styles, (key, message, paragraph, conversion) => this.noteOnce(key, message, paragraph, conversion));
  readonly notesById = new Map<string, XmlElement>();
  readonly comments = new Map<string, { author: string; text: string }>();
  defaultAuthor?: string;
  /** The author whose changes and comments stay unattributed: the importing user, else the document's default author. */
  get owner(): string | undefined {
    return this.user ?? this.defaultAuthor;
  }
  /** Exported by itu-draft: its text is the source's, delimiters of malformed marks included. */
  exported = false;
  /** Footnote key (`f:ID` / `e:ID`) → label, in order of first reference. */
  readonly footnoteLabels = new Map<string, string>();
  /** Label → footnote key: the labels in use. */
  private readonly keyOfLabel = new Map<string, string>();
  /** Custom mark → the next `_N` suffix to try for a footnote that repeats it. */
  private readonly nextSuffix = new Map<string, number>();
  /** Characters of text built so far, against `maxChars`. */
  private chars = 0;
  /** Symbols (`w:sym`) that name no character XML can hold. */
  badSymbols = 0;
  private autoNumber = 0;
  /** The number Word gives each automatically numbered footnote (what a `bis` after its reference joins). */
  private readonly autoOf = new Map<string, number>();
  /** The `bis` (`ter` …) joined to a footnote's label (review3 E25): its note starts with it too, not as text. */
  readonly footnoteSuffix = new Map<string, string>();
  /** The note that a footnote's number was taken, withdrawn when a `bis` gives it a label of its own. */
  private readonly collisionNote = new Map<string, ImportNote>();
  private readonly withdrawn = new Set<ImportNote>();
  paragraphs = 0;
  readonly coverParagraphs = new Set<number>();
  /** The source most proposal headers of the body name (`AFCP` of `MOD<TAB>AFCP/42A25/1`): a first page's `Proposals`. */
  proposalSource?: string;
  /** The cover block an itu-draft export recorded (cover.ts), put back in place of the page it rendered. */
  coverRecord?: string[];
  /** Written by LibreOffice (docProps/app.xml): it writes a custom footnote mark twice. */
  libreOffice = false;
  /** Symbol-font characters without a Unicode equivalent known here, by font: written as U+FFFD. */
  private readonly unmapped = new Map<string, Set<number>>();
  private unmappedCount = 0;
  private links = 0;
  revisions = 0;
  moves = 0;
  formatChanges = 0;
  hiddenRuns = 0;
  delimiters = 0;
  /** Comments resolved in Word (readComments): left out. */
  private resolvedComments = 0;

  constructor(
    private readonly pkg: Package,
    private readonly maxChars: number,
    /** The importing user's author name (ImportOptions.author). */
    readonly user?: string,
  ) {
    // What the package says of a part's bytes (an encoding it could not read): once a part.
    pkg.notice = (message) => this.noteOnce(message, message);
  }

  note(message: string, paragraph?: number, conversion = false): void {
    if (this.notes.length >= MAX_NOTES) {
      this.unlisted++;
      return;
    }
    this.notes.push({ message, ...(paragraph === undefined ? {} : { paragraph }), ...(conversion ? { conversion: true as const } : {}) });
  }

  /** A note on what is written another way, nothing left out (ImportNote.conversion). */
  converted(message: string, paragraph?: number): void {
    this.note(message, paragraph, true);
  }

  /** Counts text as it is built: a document whose text passes the bound is refused, whatever its XML looked like. */
  built(length: number): void {
    this.chars += length;
    if (this.chars > this.maxChars) {
      throw new LimitError(
        `the document's text is longer than ${this.maxChars.toLocaleString('en')} characters, the most an import builds (a generated bomb, or a document far larger than any contribution): refused`,
        'size',
      );
    }
  }

  noteOnce(key: string, message: string, paragraph?: number, conversion = false): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.note(message, paragraph, conversion);
  }

  async run(): Promise<ImportResult> {
    const rootRels = await this.pkg.rels('');
    const mainRel = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
    const main = mainRel?.target ?? 'word/document.xml';
    if (!this.pkg.has(main)) {
      if (this.pkg.has('xl/workbook.xml')) throw new DocxError(l10n.t('this is an Excel workbook, not a Word document'));
      if (this.pkg.has('ppt/presentation.xml')) throw new DocxError(l10n.t('this is a PowerPoint presentation, not a Word document'));
      if (this.pkg.has('content.xml')) throw new DocxError(l10n.t('this is an OpenDocument file (.odt), not a .docx: save it as .docx first'));
      throw new DocxError(l10n.t('the package has no Word document part ({0}): it is not a .docx', main));
    }
    const rels = await this.pkg.rels(main);
    const target = (suffix: string) => rels.find((r) => r.type.endsWith(`/${suffix}`) && !r.external)?.target;
    await this.readStyles(target('styles'));
    const numbering = target('numbering');
    const numberingRoot = numbering ? await this.pkg.xml(numbering) : undefined;
    if (numberingRoot) this.numbering.read(numberingRoot);
    await this.readNotes(target('footnotes'), 'footnote', 'f');
    await this.readNotes(target('endnotes'), 'endnote', 'e');
    await this.readComments(target('comments'), target('commentsExtended'));
    const custom = rootRels.find((r) => r.type.endsWith('/custom-properties'))?.target ?? 'docProps/custom.xml';
    await this.readCustomProperties(custom);
    const app = rootRels.find((r) => r.type.endsWith('/extended-properties'))?.target ?? 'docProps/app.xml';
    const appRoot = this.pkg.has(app) ? await this.pkg.xml(app) : undefined;
    const application = appRoot ? elements(appRoot).find((e) => e.local === 'Application') : undefined;
    this.libreOffice = application !== undefined && /^LibreOffice/i.test(textOf(application).trim());
    const hyperlinks = (list: Relationship[]) => new Map(list.filter((r) => r.external && r.type.endsWith('/hyperlink')).map((r) => [r.id, r.target]));
    const footnotes = target('footnotes');
    const endnotes = target('endnotes');
    const noteLinks = { f: hyperlinks(footnotes ? await this.pkg.rels(footnotes) : []), e: hyperlinks(endnotes ? await this.pkg.rels(endnotes) : []) };
    // An export's own page header (page number and reference, made from the cover) needs no note.
    if (!this.exported && rels.some((r) => /\/(header|footer)$/.test(r.type))) this.note(l10n.t('Page headers and footers are not imported.'));

    const document = (await this.pkg.xml(main))!;
    const body = child(document, W, 'body');
    if (!isEl(document, W, 'document') || !body) throw new DocxError(l10n.t('{0} is not a WordprocessingML document', main));
    this.proposalSource = proposalSource(body);
    const reader = new StoryReader(this, 'body', hyperlinks(rels));
    reader.blocks(body);
    reader.end();
    reader.resolveLateMarks();
    // The export names a definition's bookmark by its footnote's place in order of first reference (_ItuFn3: the
    // third footnote), which stays true when Word or LibreOffice renumber the footnotes' ids on saving.
    const inOrder = [...this.footnoteLabels.keys()].filter((k) => k.startsWith('f:'));
    for (const tok of reader.toks) if (tok.t === 'fndef') tok.id = inOrder[Number(tok.id.slice(2)) - 1] ?? tok.id;

    // How each footnote is referenced in the body: only inside deletions, only inside insertions, or otherwise. A note
    // whose references are all deleted (Word's Track Changes deleting a footnote marks its reference alone) is a
    // deleted note, as one added with its references all inserted is an added one (docDefinition).
    const referenced = new Map<string, 'ins' | 'del' | undefined>();
    for (const tok of reader.toks) {
      if (tok.t !== 'text' || tok.fn === undefined) continue;
      const state = tok.rev?.state;
      referenced.set(tok.fn, referenced.has(tok.fn) && referenced.get(tok.fn) !== state ? undefined : state);
    }
    // Footnote definitions, in order of first reference.
    const definitions = new Map<string, string>();
    for (const [key, label] of this.footnoteLabels) {
      const note = this.notesById.get(key);
      if (!note) continue;
      const noteReader = new StoryReader(this, 'note', key.startsWith('e:') ? noteLinks.e : noteLinks.f, this.footnoteSuffix.get(key));
      noteReader.blocks(note);
      noteReader.end();
      noteReader.toks = withoutLeadingSpace(noteReader.toks);
      const lines = serialize(noteReader.toks, this).lines.map((l) => l.text.trim()).filter((t) => t !== '');
      if (lines.length > 1) this.converted(l10n.t('Footnote {0} has {1} paragraphs: they are joined into one.', label, lines.length));
      definitions.set(key, definitionLine(label, lines.join(' '), referenced.get(key)));
    }
    const assembled = assemble(serialize(reader.toks, this, definitions), definitions, this);
    // Nothing XML 1.0 forbids reaches the text, whatever path it came by (the parser replaced what it read).
    let replaced = this.pkg.budget.replaced;
    const text = assembled.text.replace(FORBIDDEN_CHARS, () => {
      replaced++;
      return '\uFFFD';
    });
    this.summarize(replaced);
    const notes = this.withdrawn.size > 0 ? this.notes.filter((n) => !this.withdrawn.has(n)) : this.notes;
    for (const n of notes) if (n.paragraph !== undefined) n.line = assembled.lineOf(n.paragraph);
    return { text, notes };
  }

  private summarize(replaced: number): void {
    if (replaced > 0) {
      this.note(replaced === 1
        ? l10n.t('1 character that XML 1.0 forbids (control characters, U+FFFE, U+FFFF, unpaired surrogates, references past U+10FFFF) is replaced by U+FFFD (\uFFFD).')
        : l10n.t('{0} characters that XML 1.0 forbids (control characters, U+FFFE, U+FFFF, unpaired surrogates, references past U+10FFFF) are replaced by U+FFFD (\uFFFD).', replaced));
    }
    if (this.badSymbols > 0) this.note(this.badSymbols === 1 ? l10n.t('1 symbol (w:sym) naming no valid character is left out.') : l10n.t('{0} symbols (w:sym) naming no valid character are left out.', this.badSymbols));
    if (this.revisions > 0) this.converted(l10n.t('Revision dates are not kept: the .itu format records who made a change, not when.'));
    if (this.moves > 0) this.converted(this.moves === 1 ? l10n.t('1 moved passage is imported as a deletion where the text was and an insertion where it went.') : l10n.t('{0} moved passages are imported as a deletion where the text was and an insertion where it went.', this.moves));
    if (this.formatChanges > 0) this.note(this.formatChanges === 1 ? l10n.t('1 tracked formatting change is left out: the format tracks text only.') : l10n.t('{0} tracked formatting changes are left out: the format tracks text only.', this.formatChanges));
    if (this.resolvedComments > 0) this.note(this.resolvedComments === 1 ? l10n.t('1 comment resolved in Word is left out: the format has no resolved state (the .docx keeps it).') : l10n.t('{0} comments resolved in Word are left out: the format has no resolved state (the .docx keeps them).', this.resolvedComments));
    if (this.hiddenRuns > 0) this.note(this.hiddenRuns === 1 ? l10n.t('1 piece of hidden text left out.') : l10n.t('{0} pieces of hidden text left out.', this.hiddenRuns));
    if (this.unmappedCount > 0) {
      const fonts = [...this.unmapped].map(([font, codes]) => `${font || l10n.t('no named font')} ${[...codes].map((c) => `U+F0${c.toString(16).toUpperCase().padStart(2, '0').slice(-2)}`).join(', ')}`);
      this.note(this.unmappedCount === 1
        ? l10n.t('1 symbol-font character has no Unicode equivalent known to the import and is written as U+FFFD (\uFFFD): {0}.', fonts.join('; '))
        : l10n.t('{0} symbol-font characters have no Unicode equivalent known to the import and are written as U+FFFD (\uFFFD): {1}.', this.unmappedCount, fonts.join('; ')));
    }
    if (this.links > 0) this.converted(this.links === 1 ? l10n.t('1 hyperlink address is kept as a comment after the link\'s text ({>>address<<}).') : l10n.t('{0} hyperlink addresses are kept as a comment after the link\'s text ({>>address<<}).', this.links));
    if (this.delimiters > 0) this.converted(l10n.t('The text contains CriticMarkup delimiters ({++ ++} …): a zero-width space was put in each so that they stay text.'));
    if (this.unlisted > 0) {
      const more = this.unlisted;
      this.unlisted = 0;
      this.notes.push({ message: more === 1 ? l10n.t('1 more note is not listed (only the first {0} are).', MAX_NOTES) : l10n.t('{0} more notes are not listed (only the first {1} are).', more, MAX_NOTES) });
    }
  }

  // ------------------------------------------------------------ parts

  private async readStyles(part: string | undefined): Promise<void> {
    const root = part ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    for (const s of elements(root)) {
      if (!isEl(s, W, 'style')) continue;
      const id = attr(s, W, 'styleId');
      if (!id) continue;
      const numPr = child(child(s, W, 'pPr'), W, 'numPr');
      const ilvl = attr(child(numPr, W, 'ilvl'), W, 'val');
      this.styles.set(id, {
        name: attr(child(s, W, 'name'), W, 'val') ?? id,
        basedOn: attr(child(s, W, 'basedOn'), W, 'val'),
        numId: attr(child(numPr, W, 'numId'), W, 'val'),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
      });
    }
  }

  private async readNotes(part: string | undefined, local: string, prefix: string): Promise<void> {
    const root = part ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    for (const n of elements(root)) {
      if (!isEl(n, W, local)) continue;
      const type = attr(n, W, 'type');
      if (type && type !== 'normal') continue;
      this.notesById.set(`${prefix}:${attr(n, W, 'id')}`, n);
    }
  }

  /**
   * The comments, but those resolved in Word (marked done): `w15:done="1"` in commentsExtended.xml on the comment, or on
   * the comment it answers, or that one's (a reply in a resolved thread is resolved with it). The part links a comment
   * by the `w14:paraId` of its last paragraph. The format has no resolved state, and a closed discussion written as an
   * open comment would be raised again: left out, counted in a note (docs/word.md).
   */
  private async readComments(part: string | undefined, extendedPart: string | undefined): Promise<void> {
    const root = part ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    const extended = extendedPart && this.pkg.has(extendedPart) ? await this.pkg.xml(extendedPart) : undefined;
    const resolved = extended ? resolvedThreads(extended) : undefined;
    for (const c of elements(root)) {
      if (!isEl(c, W, 'comment')) continue;
      const own = commentParagraphs(c);
      const paraId = own.length > 0 ? attr(own[own.length - 1], W14_NS, 'paraId') : undefined;
      if (resolved && paraId !== undefined && resolved(paraId)) {
        this.resolvedComments++;
        continue;
      }
      this.comments.set(attr(c, W, 'id') ?? '', { author: attr(c, W, 'author') ?? '', text: own.map((p) => plainText(p)).join('\n') });
    }
  }

  private async readCustomProperties(part: string): Promise<void> {
    const root = this.pkg.has(part) ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    const all = new Map<string, string>();
    for (const p of elements(root)) {
      if (p.local !== 'property') continue;
      const name = attr(p, '', 'name');
      if (name) all.set(name, textOf(p));
      if (name === PROP_DEFAULT_AUTHOR) this.defaultAuthor = textOf(p).trim();
      if (name === PROP_GENERATOR && textOf(p).trim() === 'itu-draft') this.exported = true;
    }
    this.coverRecord = readCoverRecord(all);
  }

  // ------------------------------------------------------------ styles and numbering

  isFootnoteReferenceStyle(id: string | undefined): boolean {
    if (!id) return false;
    const name = (this.styles.get(id)?.name ?? id).toLowerCase().replace(/\s+/g, '');
    // Word's names, and LibreOffice's (Footnote Characters in the note, Footnote Anchor in the text).
    return /^(footnote|endnote)(reference|characters|anchor)$/.test(name);
  }

  /** A symbol-font character (its code in the font) that has no Unicode equivalent in the tables: noted at the end. */
  readonly unmappedSymbol = (font: string, code: number): void => {
    this.unmappedCount++;
    const codes = this.unmapped.get(font);
    if (codes) {
      if (codes.size < 20) codes.add(code);
    } else if (this.unmapped.size < 20) this.unmapped.set(font, new Set([code]));
  };

  /** A comment holding a hyperlink's address (see StoryReader.link); its id. */
  linkComment(address: string): string {
    const id = `link:${++this.links}`;
    this.comments.set(id, { author: '', text: address });
    return id;
  }

  // ------------------------------------------------------------ footnotes

  footnoteLabel(key: string, customMark: string | undefined, para: number): string {
    const known = this.footnoteLabels.get(key);
    if (known !== undefined) return known;
    // A custom mark is Word's text: braces that would read as CriticMarkup get their zero-width space here, so that
    // the reference and the definition line spell the label alike.
    let label = customMark?.trim().replace(/\s+/g, '-').replace(/[\]^[]/g, '') ?? '';
    if (!this.exported) label = escapeMarkup(label);
    if (!label) {
      label = String(++this.autoNumber);
      this.autoOf.set(key, this.autoNumber);
    }
    if (this.keyOfLabel.has(label)) {
      // Each mark remembers the suffix it reached, so that a mark shared by thousands of notes costs one step each.
      let n = this.nextSuffix.get(label) ?? 2;
      while (this.keyOfLabel.has(`${label}_${n}`)) n++;
      this.nextSuffix.set(label, n + 1);
      const before = this.notes.length;
      this.converted(l10n.t('Two footnotes are both marked {0}: the second is imported as [^{0}_{1}].', label, n), para);
      if (this.notes.length > before) this.collisionNote.set(key, this.notes[this.notes.length - 1]);
      label = `${label}_${n}`;
    }
    this.keyOfLabel.set(label, key);
    this.footnoteLabels.set(key, label);
    if (key.startsWith('e:')) this.noteOnce('endnotes', 'Endnotes are imported as footnotes.', para, true);
    if (!this.notesById.has(key)) this.note(l10n.t('The document refers to a footnote that it does not contain ([^{0}]).', label), para);
    return label;
  }

  /**
   * An automatically numbered footnote whose reference is followed by `bis` (`ter` …) in the reference style, as ITU's
   * files number a note added between two (`1, 1bis`): Word shows one mark, so the label is the number and the suffix
   * (`[^1bis]`), not `[^1_2]` and the text `bis` (review3 E25). Undefined (nothing changed) when that label is taken.
   */
  joinSuffix(key: string, suffix: string): string | undefined {
    const n = this.autoOf.get(key);
    const old = this.footnoteLabels.get(key);
    const label = `${n}${suffix}`;
    if (n === undefined || old === undefined || this.keyOfLabel.has(label) || this.footnoteSuffix.has(key)) return undefined;
    this.keyOfLabel.delete(old);
    this.keyOfLabel.set(label, key);
    this.footnoteLabels.set(key, label);
    this.footnoteSuffix.set(key, suffix);
    const collided = this.collisionNote.get(key);
    if (collided) this.withdrawn.add(collided);
    return label;
  }

  /** Key of an already imported footnote whose label this text is (a second reference to it). */
  footnoteWithLabel(text: string): string | undefined {
    return this.keyOfLabel.get(text);
  }
}

/** Proposal header paragraphs of the body (`MOD<TAB>B/CAN/42A25/3`): the source most of them name, if any. */
function proposalSource(body: XmlElement): string | undefined {
  const counts = new Map<string, number>();
  for (const p of elements(body)) {
    if (!isEl(p, W, 'p')) continue;
    const id = /^(?:\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t+(\S+)/.exec(plainText(p))?.[1].split('/');
    if (!id || id.length < 3 || !/^\d/.test(id[id.length - 2]) || !/^\d+$/.test(id[id.length - 1])) continue;
    const source = id.slice(0, -2).join('/');
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [source, n] of counts) if (best === undefined || n > counts.get(best)!) best = source;
  return best;
}

/**
 * A note's tokens without the white space that starts each of its paragraphs: Word puts a TAB after the note's mark
 * (LibreOffice a space or a TAB), which is layout, not text. A plain one goes with the line's trim; one inside an
 * insertion (a note added with Track Changes on, its mark, TAB and text all in `w:ins`) stood inside the mark and
 * came back as a second TAB after the definition's (review 7, H10).
 */
function withoutLeadingSpace(toks: Tok[]): Tok[] {
  let start = true;
  return toks.filter((tok) => {
    if (tok.t === 'break') start = true;
    if (tok.t !== 'text' || !start) return true;
    tok.text = tok.text.replace(/^\s+/, '');
    if (tok.text === '') return false;
    start = false;
    return true;
  });
}

/**
 * A footnote's definition line. A note whose whole text is one deletion (insertion), attributed or not, is a deleted
 * (inserted) footnote: the mark takes the whole line, `{--[^1]:<TAB>text--}`, as the export writes one. So is a note
 * whose text is unmarked and whose references are all deleted (`references`): Word deleting a footnote with Track
 * Changes on may mark its reference alone, and the note came in as an orphan of the new text (a review of the
 * twenty-fifth session). (A note inserted so marks its text too: H10.)
 */
function definitionLine(label: string, text: string, references: 'ins' | 'del' | undefined): string {
  const whole = /^\{(--|\+\+)([\s\S]*)(--|\+\+)\}((?:\{>>@[^<]*<<\})?)$/.exec(text);
  if (whole && whole[1] === whole[3] && !whole[2].includes(`${whole[1]}}`) && !/\{(?:--|\+\+|~~|==|>>)/.test(whole[2])) {
    return `{${whole[1]}[^${label}]:\t${whole[2]}${whole[3]}}${whole[4]}`;
  }
  if (references === 'del' && text !== '' && !/\{(?:--|\+\+|~~|==|>>)|(?:--|\+\+|~~|==|<<)\}/.test(text)) return `{--[^${label}]:\t${text}--}`;
  return `[^${label}]:\t${text}`;
}

const W14_NS = ['http://schemas.microsoft.com/office/word/2010/wordml'];
const W15_NS = ['http://schemas.microsoft.com/office/word/2012/wordml'];

/**
 * Whether the comment whose last paragraph has a paraId is resolved, by commentsExtended.xml: its `w15:commentEx` is
 * done (`w15:done="1"`), or the one it answers (`w15:paraIdParent`) is, up the thread. Each entry is judged once (a
 * chain of replies, or a loop in a damaged part, costs its length once).
 */
function resolvedThreads(root: XmlElement): (paraId: string) => boolean {
  const entries = new Map<string, { parent?: string; done: boolean }>();
  for (const e of elements(root)) {
    if (e.local !== 'commentEx' || !W15_NS.includes(e.ns)) continue;
    const id = attr(e, W15_NS, 'paraId')?.toUpperCase();
    if (id === undefined || entries.has(id)) continue;
    const done = attr(e, W15_NS, 'done');
    entries.set(id, { parent: attr(e, W15_NS, 'paraIdParent')?.toUpperCase(), done: done === '1' || done === 'true' || done === 'on' });
  }
  const judged = new Map<string, boolean>();
  return (paraId: string) => {
    const path: string[] = [];
    let id: string | undefined = paraId.toUpperCase();
    let result = false;
    while (id !== undefined) {
      const known = judged.get(id);
      if (known !== undefined) {
        result = known;
        break;
      }
      const entry = entries.get(id);
      if (!entry) break;
      judged.set(id, false); // a loop back here ends the walk, not resolved by it
      path.push(id);
      if (entry.done) {
        result = true;
        break;
      }
      id = entry.parent;
    }
    for (const p of path) judged.set(p, result);
    return result;
  };
}

/**
 * The paragraphs of a comment in order: its own, and those of the content controls, custom XML and tables it holds
 * (Word lets a comment hold them; their text is the comment's as much as any other).
 */
function commentParagraphs(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (isEl(c, W, 'p')) out.push(c);
    else if (isEl(c, W, 'sdt') || isEl(c, W, 'sdtContent') || isEl(c, W, 'customXml') || isEl(c, W, 'tbl') || isEl(c, W, 'tr') || isEl(c, W, 'tc')) commentParagraphs(c, out);
  }
  return out;
}
