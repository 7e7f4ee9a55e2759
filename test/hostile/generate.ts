// Generators of hostile Word packages and files, for the hostile-input suite (test/hostile/*.test.ts)
// and the import benchmark (bench/bench.ts). Each class of issue 17 A is a function of a size `n`, so
// that the suite can try it small and large and the benchmark can measure cost per inflated megabyte.
import * as zlib from 'zlib';
import { crc32 } from '../../server/src/word/zip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Parts {
  document: string;
  footnotes?: string;
  numbering?: string;
  comments?: string;
  styles?: string;
  /** word/commentsExtended.xml (threads and resolved state of the comments). */
  commentsExtended?: string;
  /** External hyperlink targets of the document part, as relationships rIdL0, rIdL1 … */
  links?: string[];
}

/**
 * A ZIP package of the given parts, deflated (written by hand: a generator must not depend on what it tests). As a
 * list of entries, the same name may come twice (a malformed package).
 */
export function zip(files: Record<string, string | Uint8Array> | [name: string, content: string | Uint8Array][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const entries = Array.isArray(files) ? files : Object.entries(files);
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(packed.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(record, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A .docx of the given parts: content types and relationships as Word writes them. */
export function docx(parts: Parts): Buffer {
  const rels = [['styles', 'styles.xml', parts.styles], ['numbering', 'numbering.xml', parts.numbering], ['footnotes', 'footnotes.xml', parts.footnotes], ['comments', 'comments.xml', parts.comments]]
    .filter(([, , content]) => content !== undefined)
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('') + (parts.commentsExtended === undefined ? '' : '<Relationship Id="rIdX" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>') + (parts.links ?? []).map((target, i) => `<Relationship Id="rIdL${i}" Type="${REL}/hyperlink" Target="${target}" TargetMode="External"/>`).join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels}</Relationships>`,
    'word/document.xml': parts.document,
  };
  if (parts.styles) files['word/styles.xml'] = parts.styles;
  if (parts.numbering) files['word/numbering.xml'] = parts.numbering;
  if (parts.footnotes) files['word/footnotes.xml'] = parts.footnotes;
  if (parts.comments) files['word/comments.xml'] = parts.comments;
  if (parts.commentsExtended !== undefined) files['word/commentsExtended.xml'] = parts.commentsExtended;
  return zip(files);
}

const body = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${inner}</w:body></w:document>`;
const notes = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}">${inner}</w:footnotes>`;
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A list whose label is 2,000 × "%1.": a few bytes of XML per paragraph, thousands of characters of label. */
const LONG_LABELS = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="${'%1.'.repeat(2000)}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** One hostile class: how to build it at size n, and what a correct import does with it. */
export interface HostileClass {
  name: string;
  /** The issue 17 item it comes from. */
  item: string;
  make: (n: number) => Parts;
  /** The sizes the suite tries (the larger must be refused or imported within the bounds). */
  sizes: number[];
}

export const CLASSES: HostileClass[] = [
  { name: 'flat empty paragraphs', item: 'A1', sizes: [1000, 3_000_000], make: (n) => ({ document: body('<w:p/>'.repeat(n)) }) },
  {
    name: 'empty paragraphs in a footnote', item: 'A1', sizes: [1000, 3_000_000],
    make: (n) => ({
      document: body('<w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'),
      footnotes: notes(`<w:footnote w:id="1">${'<w:p/>'.repeat(n)}</w:footnote>`),
    }),
  },
  { name: 'text runs in one paragraph', item: 'A1', sizes: [1000, 1_500_000], make: (n) => ({ document: body(`<w:p>${'<w:r><w:t>ab</w:t></w:r>'.repeat(n)}</w:p>`) }) },
  { name: 'tabs in one paragraph', item: 'A1', sizes: [1000, 3_000_000], make: (n) => ({ document: body(`<w:p><w:r>${'<w:tab/>'.repeat(n)}</w:r></w:p>`) }) },
  { name: 'entity storm', item: 'A1', sizes: [1000, 10_000_000], make: (n) => ({ document: body(`<w:p><w:r><w:t>${'&amp;'.repeat(n)}</w:t></w:r></w:p>`) }) },
  {
    name: 'absurd list start', item: 'A2', sizes: [1, 50],
    make: (n) => ({
      document: body(`${'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>item</w:t></w:r></w:p>'.repeat(n)}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>inf</w:t></w:r></w:p>`),
      numbering: `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1${'0'.repeat(400)}"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    }),
  },
  {
    name: 'long list labels on every paragraph', item: 'A2', sizes: [10, 200_000],
    make: (n) => ({
      document: body('<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'.repeat(n)),
      numbering: LONG_LABELS,
    }),
  },
  {
    // Every other item deleted with its mark: the old and the new text number the list apart, two labels an item.
    name: 'long list labels, every other item deleted', item: 'A2', sizes: [10, 200_000],
    make: (n) => ({
      document: body(
        ('<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>kept</w:t></w:r></w:p>' +
          '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:del w:id="2" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>').repeat(Math.ceil(n / 2)),
      ),
      numbering: LONG_LABELS,
    }),
  },
  {
    name: 'symbol-font characters', item: 'A1', sizes: [1000, 10_000_000],
    make: (n) => ({
      document: body(
        `<w:p><w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>${'\uF0B1\uF0F0'.repeat(Math.ceil(n / 2))}</w:t></w:r>` +
          `<w:r>${'<w:sym w:font="Wingdings" w:char="F0F5"/>'.repeat(Math.min(n, 200_000))}</w:r></w:p>`,
      ),
    }),
  },
  {
    name: 'hyperlinks with addresses', item: 'A1', sizes: [100, 200_000],
    make: (n) => ({
      document: body(`<w:p>${Array.from({ length: n }, (_, i) => `<w:hyperlink r:id="rIdL${i}"><w:r><w:t>l</w:t></w:r></w:hyperlink>`).join('')}</w:p>`),
      links: Array.from({ length: n }, (_, i) => `https://example.invalid/${i}`),
    }),
  },
  {
    name: 'forbidden characters', item: 'A3', sizes: [1, 1000],
    make: (n) => ({
      document: body(
        [
          para('The World Telecommunication Standardization Assembly, considering that a few characters of this text are ones XML forbids,'),
          para('nul&#0;one&#1;us&#x1F;'),
          para('raw\u0000nul\u0007bell'),
          para('nonchar\uFFFE\uFFFF'),
          '<w:p><w:r><w:sym w:font="Arial" w:char="110000"/><w:sym w:font="Arial" w:char="FFFE"/><w:sym w:font="Arial" w:char="D800"/><w:sym w:font="Arial" w:char="0"/><w:t>after</w:t></w:r></w:p>',
          `<w:p><w:ins w:id="1" w:author="Ev&#1;il\u0000"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>`,
          '<w:p><w:r><w:t>note</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>&#2;\uFFFE</w:t></w:r></w:p>',
        ].join('').repeat(n),
      ),
      footnotes: notes('<w:footnote w:id="1"><w:p><w:r><w:t>bad &#3; note</w:t></w:r></w:p></w:footnote>'),
    }),
  },
  {
    name: 'footnotes sharing one custom mark', item: 'A4', sizes: [100, 60_000],
    make: (n) => ({
      document: body(Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>t</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="${i + 1}"/><w:t>*</w:t></w:r></w:p>`).join('')),
      footnotes: notes(Array.from({ length: n }, (_, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:t>n${i}</w:t></w:r></w:p></w:footnote>`).join('')),
    }),
  },
  { name: 'unended field begins', item: 'A4', sizes: [1000, 400_000], make: (n) => ({ document: body(`<w:p>${'<w:r><w:fldChar w:fldCharType="begin"/><w:t>x</w:t></w:r>'.repeat(n)}</w:p>`) }) },
  {
    name: 'tables after empty paragraphs', item: 'A4', sizes: [1000, 100_000],
    make: (n) => ({ document: body('<w:p/>'.repeat(n) + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'.repeat(Math.ceil(n / 4))) }),
  },
  // Tables as the export writes them and import reads them (review3 E19): every cell empty (import looks for text in
  // each top-level cell once), and tables nested 80 deep (as deep as the XML depth limit lets them) side by side.
  {
    name: 'empty table cells', item: 'A4', sizes: [1000, 1_000_000],
    make: (n) => ({ document: body(`<w:tbl>${`<w:tr>${'<w:tc><w:p/></w:tc>'.repeat(50)}</w:tr>`.repeat(Math.ceil(n / 50))}</w:tbl>`) }),
  },
  {
    name: 'tables nested 80 deep', item: 'A4', sizes: [10, 4000],
    make: (n) => ({ document: body(`${'<w:tbl><w:tr><w:tc>'.repeat(80)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(80)}<w:p/>`.repeat(n)) }),
  },
  {
    name: 'nested comment ranges', item: 'A4', sizes: [1000, 40_000],
    make: (n) => ({
      document: body(`<w:p>${Array.from({ length: n }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('')}<w:r><w:t>anchored</w:t></w:r>${Array.from({ length: n }, (_, i) => `<w:commentRangeEnd w:id="${n - 1 - i}"/><w:r><w:commentReference w:id="${n - 1 - i}"/></w:r>`).join('')}</w:p>`),
      comments: `<w:comments xmlns:w="${W}">${Array.from({ length: n }, (_, i) => `<w:comment w:id="${i}" w:author="A"><w:p><w:r><w:t>c${i}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`,
    }),
  },
  // Readings added in session 15 (fix-word): content controls showing their placeholder nested as deep as the XML depth
  // limit lets them (the prompt is read once, by the outermost), a thread of replies each answering the one before,
  // resolved at its first comment (each commentEx judged once), comment ranges on whole rows (starts and ends between
  // rows) and cells inserted whole.
  {
    name: 'placeholders nested 100 deep', item: 'A4', sizes: [10, 3000],
    make: (n) => ({ document: body(`<w:p>${`${'<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'.repeat(100)}<w:r><w:t>Click or tap here to enter text.</w:t></w:r>${'</w:sdtContent></w:sdt>'.repeat(100)}`.repeat(n)}</w:p>`) }),
  },
  {
    name: 'a thread of replies resolved at its root', item: 'A4', sizes: [1000, 100_000],
    make: (n) => ({
      document: body(`<w:p>${Array.from({ length: n }, (_, i) => `<w:r><w:t>w</w:t></w:r><w:r><w:commentReference w:id="${i}"/></w:r>`).join('')}</w:p>`),
      comments: `<w:comments xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${Array.from({ length: n }, (_, i) => `<w:comment w:id="${n - 1 - i}" w:author="A"><w:p w14:paraId="${(n - 1 - i).toString(16).toUpperCase().padStart(8, '0')}"><w:r><w:t>c</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`,
      commentsExtended: `<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">${Array.from({ length: n }, (_, i) => `<w15:commentEx w15:paraId="${i.toString(16).toUpperCase().padStart(8, '0')}"${i > 0 ? ` w15:paraIdParent="${(i - 1).toString(16).toUpperCase().padStart(8, '0')}"` : ' w15:done="1"'}/>`).join('')}</w15:commentsEx>`,
    }),
  },
  {
    name: 'comment ranges between table rows', item: 'A4', sizes: [1000, 40_000],
    make: (n) => ({
      document: body(`<w:tbl>${Array.from({ length: n }, (_, i) => `<w:commentRangeStart w:id="${i}"/><w:tr><w:tc><w:p><w:r><w:t>r</w:t></w:r></w:p></w:tc></w:tr>`).join('')}${Array.from({ length: n }, (_, i) => `<w:commentRangeEnd w:id="${n - 1 - i}"/>`).join('')}</w:tbl><w:p>${Array.from({ length: n }, (_, i) => `<w:r><w:commentReference w:id="${i}"/></w:r>`).join('')}</w:p>`),
      comments: `<w:comments xmlns:w="${W}">${Array.from({ length: n }, (_, i) => `<w:comment w:id="${i}" w:author="A"><w:p><w:r><w:t>c${i}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`,
    }),
  },
  {
    name: 'cells inserted whole', item: 'A4', sizes: [1000, 400_000],
    make: (n) => ({ document: body(`<w:tbl>${`<w:tr>${'<w:tc><w:tcPr><w:cellIns w:id="1" w:author="A"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>'.repeat(20)}</w:tr>`.repeat(Math.ceil(n / 20))}</w:tbl>`) }),
  },
  {
    name: 'styled footnote reference runs', item: 'A4', sizes: [1000, 60_000],
    make: (n) => ({
      document: body(`<w:p>${Array.from({ length: n }, (_, i) => `<w:r><w:footnoteReference w:id="${i + 1}"/></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>${i + 1}</w:t></w:r>`).join('')}</w:p>`),
      footnotes: notes(Array.from({ length: n }, (_, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:t>n</w:t></w:r></w:p></w:footnote>`).join('')),
      styles: `<w:styles xmlns:w="${W}"><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/></w:style></w:styles>`,
    }),
  },
];

/** Byte-level mutations of a file: flipped bytes, a cut, a spliced copy of one of its own ranges. */
export function mutateBytes(bytes: Uint8Array, random: () => number): Buffer {
  const out = Buffer.from(bytes);
  const kind = Math.floor(random() * 3);
  if (kind === 0) {
    const flips = 1 + Math.floor(random() * 8);
    for (let i = 0; i < flips; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  }
  if (kind === 1) return out.subarray(0, Math.floor(random() * out.length));
  const from = Math.floor(random() * out.length);
  const len = Math.floor(random() * Math.min(4096, out.length - from));
  const at = Math.floor(random() * out.length);
  return Buffer.concat([out.subarray(0, at), out.subarray(from, from + len), out.subarray(at)]);
}

const INSERTIONS = [
  '&#0;', '&#xFFFE;', '<w:sym w:char="110000"/>', '<w:fldChar w:fldCharType="begin"/>', '<w:tab/>', '<w:br/>', '\u0000', '&#1;',
  '<w:footnoteReference w:id="999999"/>', '<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="0"/>', '<w:del w:author="x">', '</w:del>',
  '<w:t>{++</w:t>', '<w:t>~~}</w:t>', '<w:ins w:author="&#0;"><w:r><w:t>i</w:t></w:r></w:ins>', '<w:p/>', '</w:p><w:p>',
];

/**
 * XML-level mutations: the parts of a package inflated, one part edited at random places (hostile fragments
 * inserted, tags deleted, a slice duplicated), and the package written again. Many results are malformed XML:
 * those must be refused in one line; the others must import.
 */
export function mutateXml(files: Record<string, Uint8Array>, random: () => number): Buffer {
  const names = Object.keys(files).filter((n) => n.endsWith('.xml'));
  const name = names[Math.floor(random() * names.length)]!;
  let xml = Buffer.from(files[name]!).toString('utf8');
  const edits = 1 + Math.floor(random() * 6);
  for (let e = 0; e < edits; e++) {
    const at = xml.indexOf('<', Math.floor(random() * xml.length));
    const pos = at === -1 ? xml.length : at;
    const kind = Math.floor(random() * 3);
    if (kind === 0) xml = xml.slice(0, pos) + INSERTIONS[Math.floor(random() * INSERTIONS.length)] + xml.slice(pos);
    else if (kind === 1) {
      const end = xml.indexOf('>', pos);
      if (end !== -1) xml = xml.slice(0, pos) + xml.slice(end + 1);
    } else {
      const len = Math.floor(random() * 2000);
      xml = xml.slice(0, pos) + xml.slice(pos, pos + len).repeat(1 + Math.floor(random() * 20)) + xml.slice(pos);
    }
  }
  return zip({ ...files, [name]: xml });
}

/** The parts of a package, inflated (the package is one this project or Word wrote). */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out[name] = method === 8 ? zlib.inflateRawSync(data) : data;
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** Ordinary documents of each kind the benchmark measures import on, `n` blocks each (bench/bench.ts). */
export const BENCH_DOCS: { name: string; make: (n: number) => Parts }[] = [
  { name: 'flat paragraphs', make: (n) => ({ document: body(para('considering that the Assembly has examined the text of the Resolution in force;').repeat(n)) }) },
  {
    name: 'footnotes',
    make: (n) => ({
      document: body(Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t xml:space="preserve">that a study is needed </w:t></w:r><w:r><w:footnoteReference w:id="${i + 1}"/></w:r></w:p>`).join('')),
      footnotes: notes(Array.from({ length: n }, (_, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See Resolution ${i} (Rev. Geneva, 2022).</w:t></w:r></w:p></w:footnote>`).join('')),
    }),
  },
  {
    name: 'fields',
    make: (n) => ({
      document: body('<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.itu.int/pub/T-RES" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Resolution 1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> of the Assembly.</w:t></w:r></w:p>'.repeat(n)),
    }),
  },
  {
    name: 'comments',
    make: (n) => ({
      document: body(Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t xml:space="preserve">recognizing </w:t></w:r><w:commentRangeStart w:id="${i}"/><w:r><w:t>that this text is discussed</w:t></w:r><w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r></w:p>`).join('')),
      comments: `<w:comments xmlns:w="${W}">${Array.from({ length: n }, (_, i) => `<w:comment w:id="${i}" w:author="Delegate ${i % 7}"><w:p><w:r><w:t>Why this wording? (${i})</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`,
    }),
  },
  {
    name: 'tables',
    make: (n) => ({
      document: body(para('Table of contributions') + `<w:tbl>${'<w:tr><w:tc><w:p><w:r><w:t>Document 42</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Proposal for the revision of Resolution 1</w:t></w:r></w:p></w:tc></w:tr>'.repeat(n)}</w:tbl>`),
    }),
  },
];
