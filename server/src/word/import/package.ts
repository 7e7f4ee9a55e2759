// The package stage of import: telling a .docx from what people mistake for one, and its parts as XML
// trees, each inflated within what is left of the document's budget (zip.ts) and parsed within the
// package's XmlBudget (xml.ts).
import { l10n } from '../../core/l10n';
import * as path from 'path';
import { W_NS, W_NS_STRICT } from '../common';
import { attr, child, elements, parseXml, type XmlBudget, type XmlElement } from '../xml';
import { DocxError, type ZipPackage } from '../zip';

export const W = [W_NS, W_NS_STRICT] as const;
export const MATH_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math'];
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The rows of a table (`tr`), the cells of a row (`tc`) or the paragraphs of a cell (`p`) as Word shows them, in
 * order: a content control (`w:sdt`, a template's repeating section or a cover field's value) or custom XML may wrap
 * them, and their text is the table's as much as any other. (A comment range's start or end between rows is read by
 * the table, stories.ts rowComments.)
 */
export function tableParts(el: XmlElement, local: 'tr' | 'tc' | 'p', placeholders?: Set<XmlElement>): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (parent: XmlElement, held: boolean) => {
    for (const c of elements(parent)) {
      if (!W.includes(c.ns as (typeof W)[number])) continue;
      if (c.local === local) {
        out.push(c);
        if (held) placeholders?.add(c);
      } else if (c.local === 'sdt') {
        const content = elements(c).find((e) => e.local === 'sdtContent' && W.includes(e.ns as (typeof W)[number]));
        if (content) walk(content, held || showsPlaceholder(c));
      } else if (c.local === 'customXml') walk(c, held);
    }
  };
  walk(el, false);
  return out;
}

/**
 * Whether a content control shows its placeholder (`w:sdtPr/w:showingPlcHdr`): what it holds is Word's prompt ("Click
 * or tap here to enter text.", a template's "[Title]"), shown until something is typed in it, not the author's text.
 * (`placeholders` of `tableParts` gets the parts such a control holds.)
 */
export function showsPlaceholder(sdt: XmlElement): boolean {
  const flag = child(child(sdt, W, 'sdtPr'), W, 'showingPlcHdr');
  return flag !== undefined && !['0', 'false', 'off'].includes(attr(flag, W, 'val') ?? 'true');
}

/** Tells a .docx from the files people mistake for one, before anything is unpacked. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new DocxError(l10n.t('the file is empty'));
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from('EncryptedPackage', 'utf16le')) !== -1;
    throw new DocxError(
      encrypted
        ? 'the document is password-protected (encrypted): open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password) and save it again as .docx'
        : 'this is an old binary Word document (.doc, Word 97-2003), not a .docx: open it in Word or LibreOffice and save it as .docx',
    );
  }
  if (starts([0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new DocxError(l10n.t('this is an RTF file, not a .docx: save it as .docx first'));
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048));
  if (/^\s*</.test(head) && /w:wordDocument|pkg:package/.test(head)) {
    throw new DocxError(l10n.t('this is a Word XML (flat) document, not a .docx package: save it as .docx first'));
  }
  throw new DocxError(l10n.t('not a Word .docx file: a .docx is a ZIP package, and this file is not one'));
}
/**
 * The text of an XML part, decoded as XML 1.0 (4.3.3, appendix F) says: a byte order mark, else the first bytes
 * of `<?xml` in UTF-16, else the encoding its declaration names when TextDecoder reads it (ISO-8859-1, windows-1252,
 * Shift_JIS …), else UTF-8. `undecodable`: bytes that encoding does not hold, each decoded as U+FFFD; `unknown`: the
 * encoding declared when TextDecoder does not read it (the part is then read as UTF-8).
 */
export function decodePart(data: Uint8Array): { text: string; encoding: string; undecodable: boolean; unknown?: string } {
  let label = 'utf-8';
  let from = 0;
  let unknown: string | undefined;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) from = 3;
  else if (data[0] === 0xff && data[1] === 0xfe) [label, from] = ['utf-16le', 2];
  else if (data[0] === 0xfe && data[1] === 0xff) [label, from] = ['utf-16be', 2];
  else if (data[0] === 0x3c && data[1] === 0x00 && data[2] === 0x3f && data[3] === 0x00) label = 'utf-16le';
  else if (data[0] === 0x00 && data[1] === 0x3c && data[2] === 0x00 && data[3] === 0x3f) label = 'utf-16be';
  else {
    const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 256)).toString('latin1');
    const declared = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._:-]*)\1/.exec(head)?.[2];
    if (declared !== undefined) {
      let encoding: string | undefined;
      try {
        encoding = new TextDecoder(declared).encoding;
      } catch {
        unknown = declared;
      }
      // A declaration read in single bytes that names UTF-16 is wrong about its own bytes: UTF-8 is what they are.
      if (encoding !== undefined && !encoding.startsWith('utf-16')) label = encoding;
    }
  }
  const bytes = data.subarray(from);
  // The BOM is taken off above (ignoreBOM): a second one is text, as XML reads it.
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding: label, undecodable: false, ...(unknown === undefined ? {} : { unknown }) };
  } catch {
    return { text: new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes), encoding: label, undecodable: true, ...(unknown === undefined ? {} : { unknown }) };
  }
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class Package {
  private used = 0;
  /** Told what the import's notes should say of a part's bytes (decodePart): set by the importer. */
  notice?: (message: string) => void;

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
    const decoded = decodePart(data);
    if (decoded.unknown !== undefined) {
      this.notice?.(l10n.t('{0} declares the encoding "{1}", which the import cannot read: it was read as UTF-8', name, decoded.unknown));
    }
    if (decoded.undecodable) {
      this.notice?.(l10n.t('{0} holds bytes that are not valid {1} (its encoding): each was imported as U+FFFD (�). Check the text against the document in Word', name, decoded.encoding));
    }
    return parseXml(decoded.text, name, this.budget);
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
        return { id: attr(e, '', 'Id') ?? '', type: attr(e, '', 'Type') ?? '', target: resolved, external };
      });
  }
}
