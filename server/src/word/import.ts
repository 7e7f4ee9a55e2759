// Import of a Word document (.docx) as .itu text: paragraphs with their tabs,
// tracked changes (w:ins, w:del, moves, changed paragraph marks) as CriticMarkup
// with attribution, footnotes as [^n] definitions, comments as {>>…<<}. What the
// format cannot hold (pictures, formatting changes, hidden text …) is left out
// with a note, never silently. Hostile input ends in a DocxError within bounded
// time and memory: see zip.ts and xml.ts.
import * as path from 'path';
import { FOOTNOTE_BOOKMARK, FORBIDDEN_CHARS, HINT_AUTHOR, HINT_MARK, HINT_NS, PROP_DEFAULT_AUTHOR, PROP_GENERATOR, W_NS, W_NS_STRICT } from './common';
import { attr, child, elements, isEl, parseXml, textOf, XmlBudget, type XmlElement } from './xml';
import { DocxError, formatBytes, LimitError, ZipPackage } from './zip';

export { DocxError, LimitError };

export interface ImportNote {
  message: string;
  /** 1-based number of the Word paragraph (body paragraphs in order, table cells included). */
  paragraph?: number;
  /** 1-based line of the imported .itu text where that paragraph (or the first one after it) is. */
  line?: number;
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
/** Longest lettered list label written as letters (Word repeats the letter: 26 × 8 = item 208 is `zzzzzzzz`). */
const MAX_LETTER_REPEAT = 8;

/** What an import may build from the inflated XML it is allowed: XML nodes and characters of text. */
export function buildLimits(maxUncompressedBytes: number): { nodes: number; chars: number } {
  return { nodes: Math.max(1000, Math.floor(maxUncompressedBytes / BYTES_PER_NODE)), chars: Math.max(1000, Math.floor(maxUncompressedBytes / BYTES_PER_CHAR)) };
}

const W = [W_NS, W_NS_STRICT] as const;
const MATH_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math'];
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const OFFICE_DOCUMENT = /\/officeDocument$/;
const COVER_FIELDS = [
  'Meeting', 'Document', 'Addendum', 'Revision', 'Date', 'Original', 'Source', 'Proposals', 'Title', 'Purpose',
  'Question', 'Study Group', 'Contact', 'Keywords', 'Abstract',
];
const HEADER = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t/;
const REASONS = /^Reasons:/;

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE;
  if (bytes.byteLength > maxFile) {
    throw new DocxError(`the file is ${formatBytes(bytes.byteLength)}, more than the ${formatBytes(maxFile)} a Word contribution may have here: refused`);
  }
  sniff(bytes);
  const maxXml = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const limits = buildLimits(maxXml);
  const pkg = new Package(await ZipPackage.open(bytes), maxXml, new XmlBudget(limits.nodes));
  return await new Importer(pkg, limits.chars).run();
}

/** Tells a .docx from the files people mistake for one, before anything is unpacked. */
function sniff(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new DocxError('the file is empty');
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from('EncryptedPackage', 'utf16le')) !== -1;
    throw new DocxError(
      encrypted
        ? 'the document is password-protected (encrypted): open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password) and save it again as .docx'
        : 'this is an old binary Word document (.doc, Word 97-2003), not a .docx: open it in Word or LibreOffice and save it as .docx',
    );
  }
  if (starts([0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new DocxError('this is an RTF file, not a .docx: save it as .docx first');
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048));
  if (/^\s*</.test(head) && /w:wordDocument|pkg:package/.test(head)) {
    throw new DocxError('this is a Word XML (flat) document, not a .docx package: save it as .docx first');
  }
  throw new DocxError('not a Word .docx file: a .docx is a ZIP package, and this file is not one');
}

// ---------------------------------------------------------------- package

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

class Package {
  private used = 0;

  constructor(
    private readonly zip: ZipPackage,
    private readonly limit: number,
    readonly budget: XmlBudget,
  ) {}

  has(name: string): boolean {
    return this.zip.has(name);
  }

  async xml(name: string): Promise<XmlElement | undefined> {
    const data = await this.zip.inflate(name, this.limit - this.used, this.limit);
    if (!data) return undefined;
    this.used += data.byteLength;
    let text: string;
    if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data.subarray(2));
    else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: false }).decode(data);
    return parseXml(text, name, this.budget);
  }

  /** The relationships of a part, targets resolved to part names. */
  async rels(part: string): Promise<Relationship[]> {
    const dir = path.posix.dirname(part);
    const relsName = path.posix.join(dir === '.' ? '' : dir, '_rels', `${path.posix.basename(part)}.rels`);
    const root = await this.xml(relsName);
    if (!root) return [];
    return elements(root)
      .filter((e) => e.local === 'Relationship')
      .map((e) => {
        const target = attr(e, '', 'Target') ?? '';
        const external = attr(e, '', 'TargetMode') === 'External';
        const resolved = external ? target : target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, target));
        return { type: attr(e, '', 'Type') ?? '', target: resolved, external };
      });
  }
}

// ---------------------------------------------------------------- tokens

interface Rev {
  state: 'ins' | 'del';
  author: string;
  /** `itu:mark` of an exported document: revisions of one source mark share it. */
  hint?: string;
  /** `itu:author="1"`: the author was named in the source. */
  explicit: boolean;
}

interface TextTok {
  t: 'text';
  text: string;
  rev?: Rev;
  hl: boolean;
  para: number;
  /** Key of the footnote this token references (`[^label]`). */
  fn?: string;
}
interface BreakTok {
  t: 'break';
  rev?: Rev;
  hl: boolean;
  para: number;
}
interface EventTok {
  t: 'cstart' | 'cend' | 'cref' | 'fndef';
  id: string;
  para: number;
}
type Tok = TextTok | BreakTok | EventTok;

interface Ctx {
  rev?: Rev;
  hl: boolean;
  para: number;
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

interface Level {
  fmt: string;
  text: string;
  start: number;
  suffix: string;
}

interface OutLine {
  text: string;
  para?: number;
  fndef?: boolean;
}

// ---------------------------------------------------------------- importer

class Importer {
  readonly notes: ImportNote[] = [];
  /** Notes past MAX_NOTES, counted only. */
  private unlisted = 0;
  private readonly once = new Set<string>();
  readonly styles = new Map<string, StyleInfo>();
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  readonly notesById = new Map<string, XmlElement>();
  readonly comments = new Map<string, { author: string; text: string }>();
  defaultAuthor?: string;
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
  paragraphs = 0;
  readonly coverParagraphs = new Set<number>();
  revisions = 0;
  moves = 0;
  formatChanges = 0;
  hiddenRuns = 0;
  delimiters = 0;

  constructor(
    private readonly pkg: Package,
    private readonly maxChars: number,
  ) {}

  note(message: string, paragraph?: number): void {
    if (this.notes.length >= MAX_NOTES) {
      this.unlisted++;
      return;
    }
    this.notes.push(paragraph === undefined ? { message } : { message, paragraph });
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

  noteOnce(key: string, message: string, paragraph?: number): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.note(message, paragraph);
  }

  async run(): Promise<ImportResult> {
    const rootRels = await this.pkg.rels('');
    const mainRel = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
    const main = mainRel?.target ?? 'word/document.xml';
    if (!this.pkg.has(main)) {
      if (this.pkg.has('xl/workbook.xml')) throw new DocxError('this is an Excel workbook, not a Word document');
      if (this.pkg.has('ppt/presentation.xml')) throw new DocxError('this is a PowerPoint presentation, not a Word document');
      if (this.pkg.has('content.xml')) throw new DocxError('this is an OpenDocument file (.odt), not a .docx: save it as .docx first');
      throw new DocxError(`the package has no Word document part (${main}): it is not a .docx`);
    }
    const rels = await this.pkg.rels(main);
    const target = (suffix: string) => rels.find((r) => r.type.endsWith(`/${suffix}`) && !r.external)?.target;
    await this.readStyles(target('styles'));
    await this.readNumbering(target('numbering'));
    await this.readNotes(target('footnotes'), 'footnote', 'f');
    await this.readNotes(target('endnotes'), 'endnote', 'e');
    await this.readComments(target('comments'));
    const custom = rootRels.find((r) => r.type.endsWith('/custom-properties'))?.target ?? 'docProps/custom.xml';
    await this.readCustomProperties(custom);
    if (rels.some((r) => /\/(header|footer)$/.test(r.type))) this.note('Page headers and footers are not imported.');

    const document = (await this.pkg.xml(main))!;
    const body = child(document, W, 'body');
    if (!isEl(document, W, 'document') || !body) throw new DocxError(`${main} is not a WordprocessingML document`);
    const reader = new StoryReader(this, 'body');
    reader.blocks(body);

    // Footnote definitions, in order of first reference.
    const definitions = new Map<string, string>();
    for (const [key, label] of this.footnoteLabels) {
      const note = this.notesById.get(key);
      if (!note) continue;
      const noteReader = new StoryReader(this, 'note');
      noteReader.blocks(note);
      const lines = serialize(noteReader.toks, this).lines.map((l) => l.text.trim()).filter((t) => t !== '');
      if (lines.length > 1) this.note(`Footnote ${label} has ${lines.length} paragraphs: they are joined into one.`);
      definitions.set(key, `[^${label}]:\t${lines.join(' ')}`);
    }
    const assembled = assemble(serialize(reader.toks, this, definitions), definitions, this);
    // Nothing XML 1.0 forbids reaches the text, whatever path it came by (the parser replaced what it read).
    let replaced = this.pkg.budget.replaced;
    const text = assembled.text.replace(FORBIDDEN_CHARS, () => {
      replaced++;
      return '\uFFFD';
    });
    this.summarize(replaced);
    for (const n of this.notes) if (n.paragraph !== undefined) n.line = assembled.lineOf(n.paragraph);
    return { text, notes: this.notes };
  }

  private summarize(replaced: number): void {
    if (replaced > 0) {
      this.note(`${replaced} character${replaced === 1 ? '' : 's'} that XML 1.0 forbids (control characters, U+FFFE, U+FFFF, unpaired surrogates, references past U+10FFFF) ${replaced === 1 ? 'is' : 'are'} replaced by U+FFFD (\uFFFD).`);
    }
    if (this.badSymbols > 0) this.note(`${this.badSymbols} symbol${this.badSymbols === 1 ? '' : 's'} (w:sym) naming no valid character ${this.badSymbols === 1 ? 'is' : 'are'} left out.`);
    if (this.revisions > 0) this.note('Revision dates are not kept: the .itu format records who made a change, not when.');
    if (this.moves > 0) this.note(`${this.moves} moved passage${this.moves === 1 ? ' is' : 's are'} imported as a deletion where the text was and an insertion where it went.`);
    if (this.formatChanges > 0) this.note(`${this.formatChanges} tracked formatting change${this.formatChanges === 1 ? ' is' : 's are'} left out: the format tracks text only.`);
    if (this.hiddenRuns > 0) this.note(`${this.hiddenRuns} piece${this.hiddenRuns === 1 ? '' : 's'} of hidden text left out.`);
    if (this.delimiters > 0) this.note('The text contains CriticMarkup delimiters ({++ ++} …): a zero-width space was put in each so that they stay text.');
    if (this.unlisted > 0) {
      const more = this.unlisted;
      this.unlisted = 0;
      this.notes.push({ message: `${more} more note${more === 1 ? ' is' : 's are'} not listed (only the first ${MAX_NOTES} are).` });
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

  private async readNumbering(part: string | undefined): Promise<void> {
    const root = part ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    for (const e of elements(root)) {
      if (isEl(e, W, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of elements(e)) {
          if (!isEl(lvl, W, 'lvl')) continue;
          const suff = attr(child(lvl, W, 'suff'), W, 'val') ?? 'tab';
          levels.set(Number(attr(lvl, W, 'ilvl') ?? 0), {
            fmt: attr(child(lvl, W, 'numFmt'), W, 'val') ?? 'decimal',
            text: attr(child(lvl, W, 'lvlText'), W, 'val') ?? '',
            start: this.listStart(attr(child(lvl, W, 'start'), W, 'val')),
            suffix: suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t',
          });
        }
        this.abstractLevels.set(attr(e, W, 'abstractNumId') ?? '', levels);
      } else if (isEl(e, W, 'num')) {
        const starts = new Map<number, number>();
        for (const o of elements(e)) {
          if (!isEl(o, W, 'lvlOverride')) continue;
          const start = attr(child(o, W, 'startOverride'), W, 'val');
          if (start !== undefined) starts.set(Number(attr(o, W, 'ilvl') ?? 0), this.listStart(start));
        }
        this.nums.set(attr(e, W, 'numId') ?? '', { abstract: attr(child(e, W, 'abstractNumId'), W, 'val') ?? '', starts });
      }
    }
  }

  /** `w:start` is a 32-bit number in Word; anything else (2e9 is legal, 1e400 is not) is read as 1, with a note. */
  private listStart(value: string | undefined): number {
    if (value === undefined) return 1;
    const n = /^\s*-?\d{1,10}\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(n) && n >= 0 && n <= 0x7fffffff) return n;
    this.noteOnce('list-start', `A list starts at ${value.length > 20 ? `${value.slice(0, 20)}…` : value}, which is not a number Word allows: it is numbered from 1.`);
    return 1;
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

  private async readComments(part: string | undefined): Promise<void> {
    const root = part ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    for (const c of elements(root)) {
      if (!isEl(c, W, 'comment')) continue;
      const paragraphs = elements(c).filter((p) => isEl(p, W, 'p')).map((p) => plainText(p));
      this.comments.set(attr(c, W, 'id') ?? '', { author: attr(c, W, 'author') ?? '', text: paragraphs.join('\n') });
    }
  }

  private async readCustomProperties(part: string): Promise<void> {
    const root = this.pkg.has(part) ? await this.pkg.xml(part) : undefined;
    if (!root) return;
    for (const p of elements(root)) {
      if (p.local !== 'property') continue;
      const name = attr(p, '', 'name');
      if (name === PROP_DEFAULT_AUTHOR) this.defaultAuthor = textOf(p).trim();
      if (name === PROP_GENERATOR && textOf(p).trim() === 'itu-draft') this.exported = true;
    }
  }

  // ------------------------------------------------------------ styles and numbering

  isFootnoteReferenceStyle(id: string | undefined): boolean {
    if (!id) return false;
    const name = (this.styles.get(id)?.name ?? id).toLowerCase().replace(/\s+/g, '');
    return name === 'footnotereference' || name === 'endnotereference';
  }

  /** The label Word's automatic numbering shows for a paragraph, with its separator. */
  numberLabel(pPr: XmlElement | undefined, styleId: string | undefined, para: number): string | undefined {
    const numPr = child(pPr, W, 'numPr');
    let numId = attr(child(numPr, W, 'numId'), W, 'val');
    let ilvl = Number(attr(child(numPr, W, 'ilvl'), W, 'val') ?? NaN);
    for (let id = styleId, depth = 0; id && depth < 20 && (numId === undefined || Number.isNaN(ilvl)); depth++) {
      const s = this.styles.get(id);
      if (!s) break;
      if (numId === undefined && s.numId !== undefined) numId = s.numId;
      if (Number.isNaN(ilvl) && s.ilvl !== undefined) ilvl = s.ilvl;
      id = s.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    const level = Number.isNaN(ilvl) ? 0 : Math.max(0, Math.min(8, ilvl));
    const num = this.nums.get(numId);
    const levels = num ? this.abstractLevels.get(num.abstract) : undefined;
    const def = levels?.get(level);
    if (!num || !levels || !def) return undefined;
    let counters = this.counters.get(numId);
    if (!counters) this.counters.set(numId, (counters = []));
    const current = counters[level];
    counters[level] = current === undefined ? (num.starts.get(level) ?? def.start) : current + 1;
    for (let l = level + 1; l < 9; l++) counters[l] = undefined;
    const label = def.fmt === 'bullet' ? bulletChar(def.text) : def.text.replace(/%([1-9])/g, (_m, n: string) => {
      const l = Number(n) - 1;
      const d = levels.get(l);
      const value = counters![l] ?? (d ? (num.starts.get(l) ?? d.start) : 1);
      const fmt = d?.fmt ?? 'decimal';
      if (isLettered(fmt) && value > 26 * MAX_LETTER_REPEAT) {
        this.noteOnce('letters', `A lettered list reaches item ${value}, past what letters can show (${'z'.repeat(MAX_LETTER_REPEAT)}): its labels are written as numbers.`, para);
        return String(value);
      }
      return formatNumber(value, fmt);
    });
    this.noteOnce('numbering', "Word's automatic list numbering is imported as typed labels.", para);
    return label + def.suffix;
  }

  // ------------------------------------------------------------ footnotes

  footnoteLabel(key: string, customMark: string | undefined, para: number): string {
    const known = this.footnoteLabels.get(key);
    if (known !== undefined) return known;
    let label = customMark?.trim().replace(/\s+/g, '-').replace(/[\]^[]/g, '') ?? '';
    if (!label) label = String(++this.autoNumber);
    if (this.keyOfLabel.has(label)) {
      // Each mark remembers the suffix it reached, so that a mark shared by thousands of notes costs one step each.
      let n = this.nextSuffix.get(label) ?? 2;
      while (this.keyOfLabel.has(`${label}_${n}`)) n++;
      this.nextSuffix.set(label, n + 1);
      this.note(`Two footnotes are both marked ${label}: the second is imported as [^${label}_${n}].`, para);
      label = `${label}_${n}`;
    }
    this.keyOfLabel.set(label, key);
    this.footnoteLabels.set(key, label);
    if (key.startsWith('e:')) this.noteOnce('endnotes', 'Endnotes are imported as footnotes.', para);
    if (!this.notesById.has(key)) this.note(`The document refers to a footnote that it does not contain ([^${label}]).`, para);
    return label;
  }

  /** Key of an already imported footnote whose label this text is (a second reference to it). */
  footnoteWithLabel(text: string): string | undefined {
    return this.keyOfLabel.get(text);
  }
}

// ---------------------------------------------------------------- reading one story (body or a note)

class StoryReader {
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
    const label = this.story === 'body' ? this.imp.numberLabel(pPr, styleId, para) : undefined;
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

// ---------------------------------------------------------------- tokens → CriticMarkup

interface Seg {
  kind: 'seg';
  key: string;
  rev?: Rev;
  hl: boolean;
  content: string;
  /** The last token added was a paragraph mark. */
  endsLine: boolean;
  refs: string[];
  para: number;
}
interface Sub {
  kind: 'sub';
  del: Seg;
  ins: Seg;
}
interface Ev {
  kind: 'event';
  tok: EventTok;
}
type Item = Seg | Sub | Ev;

interface Serialized {
  lines: OutLine[];
  /** Footnote key → index of the line holding its first reference. */
  refLine: Map<string, number>;
  /** Footnote keys whose definition was written where the exported document had it. */
  placed: Set<string>;
}

function keyOf(tok: TextTok | BreakTok): string {
  if (tok.rev) return `${tok.rev.state}\u0000${tok.rev.author}\u0000${tok.rev.hint ?? ''}\u0000${tok.rev.explicit ? 1 : 0}`;
  return tok.hl ? 'hl' : 'plain';
}

function serialize(toks: Tok[], imp: Importer, definitions?: Map<string, string>): Serialized {
  // A highlighted paragraph mark belongs to a highlight only where the highlight goes on into the next paragraph.
  const content = toks.filter((t): t is TextTok | BreakTok => t.t === 'text' || t.t === 'break');
  content.forEach((tok, i) => {
    if (tok.t === 'break' && tok.hl && !(content[i - 1]?.hl && !content[i - 1].rev && content[i + 1]?.hl && !content[i + 1].rev)) tok.hl = false;
  });

  // 1. Runs of one kind (one revision, a highlight, plain text) become segments; events inside a mark move after it.
  const items: Item[] = [];
  let lastSeg = -1;
  for (const tok of toks) {
    if (tok.t !== 'text' && tok.t !== 'break') {
      items.push({ kind: 'event', tok });
      continue;
    }
    const key = keyOf(tok);
    const text = tok.t === 'text' ? tok.text : '\n';
    const last = lastSeg >= 0 ? (items[lastSeg] as Seg) : undefined;
    // Plain text merges only within a line, so that each line keeps the number of its Word paragraph.
    // (`endsLine` rather than `content.endsWith`: asking a string built by `+=` flattens it, each time.)
    if (last && last.key === key && (key !== 'plain' || (lastSeg === items.length - 1 && !last.endsLine))) {
      // Events that stood inside the mark (a comment anchor, say) now follow it.
      last.content += text;
      last.endsLine = tok.t === 'break';
      if (tok.t === 'text' && tok.fn) last.refs.push(tok.fn);
      continue;
    }
    items.push({ kind: 'seg', key, rev: tok.rev, hl: tok.hl && !tok.rev, content: text, endsLine: tok.t === 'break', refs: tok.t === 'text' && tok.fn ? [tok.fn] : [], para: tok.para });
    lastSeg = items.length - 1;
  }

  // 2. A deletion directly followed by an insertion of the same mark is a substitution.
  const merged: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    if (a.kind === 'seg' && a.rev?.state === 'del') {
      let j = i + 1;
      while (j < items.length && items[j].kind === 'event' && (items[j] as Ev).tok.t !== 'fndef') j++;
      const b = items[j];
      if (b && b.kind === 'seg' && b.rev?.state === 'ins' && pairs(a, b)) {
        merged.push({ kind: 'sub', del: a, ins: b });
        for (let k = i + 1; k < j; k++) merged.push(items[k]);
        i = j;
        continue;
      }
    }
    merged.push(a);
  }

  // 3. Comments anchored on plain text become {==text==}{>>comment<<}; others stand at their end.
  const position = new Map<string, { start?: number; end?: number; ref?: number }>();
  merged.forEach((item, i) => {
    if (item.kind !== 'event' || item.tok.t === 'fndef') return;
    const p = position.get(item.tok.id) ?? {};
    if (item.tok.t === 'cstart' && p.start === undefined) p.start = i;
    if (item.tok.t === 'cend' && p.end === undefined) p.end = i;
    if (item.tok.t === 'cref' && p.ref === undefined) p.ref = i;
    position.set(item.tok.id, p);
  });
  // What lies between a comment's start and end, in O(1) per comment from prefix counts over `merged`:
  // items that may not stand inside a highlight, references to comments, plain text that is not all white space.
  const prefix = (counts: (x: Item) => boolean): Int32Array => {
    const sums = new Int32Array(merged.length + 1);
    merged.forEach((x, i) => (sums[i + 1] = sums[i] + (counts(x) ? 1 : 0)));
    return sums;
  };
  const isCref = (x: Item) => x.kind === 'event' && x.tok.t === 'cref';
  const blocked = prefix((x) => !(x.kind === 'seg' && !x.rev) && !isCref(x));
  const crefs = prefix(isCref);
  const words = prefix((x) => x.kind === 'seg' && !x.rev && /\S/.test(x.content));
  const ownCrefs = new Map<string, number[]>();
  merged.forEach((x, i) => {
    if (x.kind === 'event' && x.tok.t === 'cref') {
      const list = ownCrefs.get(x.tok.id);
      if (list) list.push(i);
      else ownCrefs.set(x.tok.id, [i]);
    }
  });
  const between = (sums: Int32Array, from: number, to: number) => sums[to] - sums[from + 1];
  const ranged = new Set<string>();
  const at = new Map<number, string[]>();
  const pointAt = (where: number, id: string) => {
    const list = at.get(where);
    if (list) list.push(id);
    else at.set(where, [id]);
  };
  // Highlights cannot nest or overlap: ranges are taken in order of their start, each after the last one taken.
  const candidates = [...position].filter(([, p]) => p.start !== undefined && p.end !== undefined && p.start < p.end).sort((a, b) => a[1].start! - b[1].start!);
  let takenEnd = -1;
  for (const [id, p] of candidates) {
    const start = p.start!;
    const end = p.end!;
    const own = (ownCrefs.get(id) ?? []).filter((i) => i > start && i < end).length;
    const plain = between(blocked, start, end) === 0 && between(crefs, start, end) === own;
    if (plain && between(words, start, end) > 0 && start > takenEnd) {
      ranged.add(id);
      takenEnd = end;
    } else if (!plain) imp.note('A comment anchored on tracked changes is placed after them (CriticMarkup marks do not nest).', (merged[end] as Ev).tok.para);
  }
  for (const [id, p] of position) if (!ranged.has(id)) pointAt(p.end ?? p.ref ?? p.start!, id);
  const commentMarkup = (id: string): string => {
    const c = imp.comments.get(id)!;
    let text = c.text;
    if (c.author && c.author !== imp.defaultAuthor && !text.trim().startsWith('@')) text = `${c.author}: ${text}`;
    return `{>>${commentSafe(text)}<<}`;
  };

  // 4. Emit, ending a line at each paragraph mark outside any mark.
  const lines: OutLine[] = [];
  const refLine = new Map<string, number>();
  const placed = new Set<string>();
  let current = '';
  let para: number | undefined;
  let open = false;
  let deferred = '';
  const endLine = () => {
    lines.push({ text: current, para });
    current = '';
    para = undefined;
  };
  const noteRefs = (refs: string[]) => {
    for (const r of refs) if (!refLine.has(r)) refLine.set(r, lines.length);
  };
  const attribution = (rev: Rev): string => {
    const named = rev.hint !== undefined ? rev.explicit : rev.author !== '' && rev.author !== imp.defaultAuthor;
    return named && rev.author ? `{>>@${commentSafe(rev.author)}<<}` : '';
  };
  merged.forEach((item, i) => {
    if (item.kind === 'seg') {
      para ??= item.para;
      noteRefs(item.refs);
      if (!item.rev && (!item.hl || open)) {
        const parts = item.content.split('\n');
        parts.forEach((part, k) => {
          if (k > 0) {
            if (open) current += '\n';
            else endLine();
          }
          current += part;
        });
      } else if (!item.rev) current += `{==${item.content}==}`;
      else current += `{${item.rev.state === 'ins' ? '++' : '--'}${item.content}${item.rev.state === 'ins' ? '++' : '--'}}${attribution(item.rev)}`;
    } else if (item.kind === 'sub') {
      para ??= item.del.para;
      noteRefs([...item.del.refs, ...item.ins.refs]);
      current += `{~~${item.del.content}~>${item.ins.content}~~}${attribution(item.del.rev!)}`;
    } else {
      const tok = item.tok;
      if (tok.t === 'fndef') {
        const def = definitions?.get(tok.id);
        if (def !== undefined && current === '' && !open && !placed.has(tok.id)) {
          lines.push({ text: def, fndef: true });
          placed.add(tok.id);
        }
      } else if (tok.t === 'cstart' && ranged.has(tok.id)) {
        current += '{==';
        open = true;
      } else if (tok.t === 'cend' && ranged.has(tok.id)) {
        current += `==}${commentMarkup(tok.id)}${deferred}`;
        open = false;
        deferred = '';
      }
      // A comment at a point inside a highlight follows it: marks do not nest.
      for (const id of at.get(i) ?? []) {
        if (open) deferred += commentMarkup(id);
        else current += commentMarkup(id);
      }
    }
  });
  if (current !== '' || open) {
    if (open) current += `==}${deferred}`;
    endLine();
  }
  return { lines, refLine, placed };
}

/** Revisions of one exported mark share a hint; without hints, one author's deletion and insertion side by side on one line. */
function pairs(del: Seg, ins: Seg): boolean {
  const a = del.rev!;
  const b = ins.rev!;
  if (a.hint !== undefined || b.hint !== undefined) return a.hint === b.hint;
  return a.author === b.author && !del.content.includes('\n') && !ins.content.includes('\n');
}

function commentSafe(text: string): string {
  return text.replace(/<<\}/g, '<<\u200B}');
}

/** The .itu text, and the line (1-based) where a Word paragraph is, or the first one after it. */
interface Assembled {
  text: string;
  lineOf: (paragraph: number) => number | undefined;
}

/** The body with each footnote definition in place, and blank lines between the blocks a reader sees. */
function assemble(body: Serialized, definitions: Map<string, string>, imp: Importer): Assembled {
  const lines = body.lines;
  const headers: number[] = [];
  lines.forEach((l, i) => {
    if (HEADER.test(l.text)) headers.push(i);
  });
  // Each proposal's Reasons line (or the next header, or the end), found once for all definitions.
  const reasonsOf = headers.map((h, k) => {
    const next = headers[k + 1] ?? lines.length;
    for (let i = h + 1; i < next; i++) if (REASONS.test(lines[i].text)) return i;
    return next;
  });
  // Definitions without a bookmark go before the Reasons of the proposal that refers to them, else before the
  // first proposal after the reference, else at the end.
  const inserts = new Map<number, string[]>();
  for (const [key, def] of definitions) {
    if (body.placed.has(key)) continue;
    const ref = body.refLine.get(key) ?? lines.length;
    const k = lastAtMost(headers, ref);
    const at = k >= 0 ? reasonsOf[k] : headers[0] ?? lines.length;
    const list = inserts.get(at);
    if (list) list.push(def);
    else inserts.set(at, [def]);
  }
  const out: string[] = [];
  /** Word paragraph → index in `out` of its first line, in paragraph order. */
  const paras: number[] = [];
  const paraLines: number[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const group = (defs: string[] | undefined) => {
    if (!defs) return;
    blank();
    for (const d of defs) out.push(d);
    blank();
  };
  let previousCover = false;
  lines.forEach((l, i) => {
    group(inserts.get(i));
    const cover = l.para !== undefined && imp.coverParagraphs.has(l.para);
    if (previousCover && !cover) blank();
    previousCover = cover;
    if (l.fndef) {
      if (!lines[i - 1]?.fndef) blank();
      out.push(l.text);
      if (!lines[i + 1]?.fndef) blank();
      return;
    }
    if (l.text.trim() === '') {
      blank();
      return;
    }
    if (HEADER.test(l.text)) blank();
    if (l.para !== undefined && (paras.length === 0 || l.para > paras[paras.length - 1])) {
      paras.push(l.para);
      paraLines.push(out.length);
    }
    out.push(l.text);
  });
  group(inserts.get(lines.length));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  const lineOf = (paragraph: number): number | undefined => {
    const k = lastAtMost(paras, paragraph - 1) + 1;
    return k < paras.length ? Math.min(paraLines[k], Math.max(0, out.length - 1)) + 1 : out.length > 0 ? out.length : undefined;
  };
  return { text: out.length > 0 ? `${out.join('\n')}\n` : '', lineOf };
}

/** Index of the last element of an ascending array that is ≤ value, or -1. */
function lastAtMost(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// ---------------------------------------------------------------- small helpers

function plainText(el: XmlElement): string {
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

const SYMBOL: Record<number, string> = {
  0x2d: '\u2212', 0xb7: '\u2022', 0xa7: '\u25aa', 0xd8: '\u00ac', 0xe3: '\u00a9', 0xd3: '\u00a9', 0xe2: '\u00ae', 0xd2: '\u00ae',
  0xe4: '\u2122', 0xb1: '\u00b1', 0xb4: '\u00d7', 0xb8: '\u00f7', 0xae: '\u2192', 0xac: '\u2190', 0xa3: '\u2264', 0xb3: '\u2265',
  0xb9: '\u2260', 0xbb: '\u2248', 0xa5: '\u221e', 0xb0: '\u00b0', 0x6d: '\u03bc', 0x70: '\u03c0', 0x61: '\u03b1', 0x62: '\u03b2',
  0xfc: '\u2713', 0xfb: '\u2717', 0xe0: '\u25ca',
};

/** A `w:sym` character: fonts like Symbol put their glyphs at U+F0xx. Undefined when it names no character XML can hold. */
function symbolChar(font: string, hex: string): string | undefined {
  let code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code)) return undefined;
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
  if (/symbol|wingdings/i.test(font) && SYMBOL[code] !== undefined) return SYMBOL[code];
  if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return undefined;
  return String.fromCodePoint(code);
}

function bulletChar(text: string): string {
  const c = text.codePointAt(0) ?? 0x2022;
  if (c >= 0xf000 && c <= 0xf0ff) return SYMBOL[c - 0xf000] ?? '\u2022';
  if (text === 'o') return '\u25e6';
  return text || '\u2022';
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function isLettered(fmt: string): boolean {
  return fmt === 'lowerLetter' || fmt === 'upperLetter';
}

/** a … z, then aa, bb … as Word counts letters (callers bound n: see MAX_LETTER_REPEAT). */
function letters(n: number): string {
  if (n < 1) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

