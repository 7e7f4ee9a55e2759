// WordprocessingML packages built part by part for the import tests: the body, numbering, footnotes, hyperlink
// targets and the application that claims to have written them.
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = `xmlns:w="${W}" xmlns:r="${R}"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

export interface Parts {
  body: string;
  numbering?: string;
  /** The styles part's content (w:style elements). */
  styles?: string;
  footnotes?: string;
  /** The comments part's content (w:comment elements). */
  comments?: string;
  /** word/commentsExtended.xml's content (w15:commentEx elements: threads and resolved state). */
  commentsExtended?: string;
  /** External hyperlink targets of the document part, by relationship id. */
  links?: Record<string, string>;
  /** docProps/app.xml's Application. */
  application?: string;
}

/** A .docx of the given parts, with what Word and LibreOffice need to open it. */
export async function docx(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  const types = ['document.main', ...(parts.numbering ? ['numbering'] : []), ...(parts.styles ? ['styles'] : []), ...(parts.footnotes ? ['footnotes'] : []), ...(parts.comments ? ['comments'] : [])];
  const names: Record<string, string> = { 'document.main': 'document', numbering: 'numbering', styles: 'styles', footnotes: 'footnotes', comments: 'comments' };
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      types.map((t) => `<Override PartName="/word/${names[t]}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml"/>`).join('') +
      '</Types>',
  );
  const rootRels = [`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`];
  if (parts.application) {
    rootRels.push(`<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`);
    zip.file('docProps/app.xml', `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${parts.application}</Application></Properties>`);
  }
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rootRels.join('')}</Relationships>`);
  const rels: string[] = [];
  if (parts.numbering) {
    rels.push(`<Relationship Id="rIdN" Type="${REL}/numbering" Target="numbering.xml"/>`);
    zip.file('word/numbering.xml', `<w:numbering ${NS}>${parts.numbering}</w:numbering>`);
  }
  if (parts.styles) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
    zip.file('word/styles.xml', `<w:styles ${NS}>${parts.styles}</w:styles>`);
  }
  if (parts.footnotes) {
    rels.push(`<Relationship Id="rIdF" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
    zip.file('word/footnotes.xml', `<w:footnotes ${NS}>${parts.footnotes}</w:footnotes>`);
  }
  if (parts.comments) {
    rels.push(`<Relationship Id="rIdC" Type="${REL}/comments" Target="comments.xml"/>`);
    zip.file('word/comments.xml', `<w:comments ${NS}>${parts.comments}</w:comments>`);
  }
  if (parts.commentsExtended !== undefined) {
    rels.push(`<Relationship Id="rIdX" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>`);
    zip.file('word/commentsExtended.xml', `<w15:commentsEx xmlns:w15="${W15}">${parts.commentsExtended}</w15:commentsEx>`);
  }
  for (const [id, target] of Object.entries(parts.links ?? {})) rels.push(`<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${target}" TargetMode="External"/>`);
  zip.file('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file('word/document.xml', `<w:document ${NS}><w:body>${parts.body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A paragraph of runs, with its properties. */
export const p = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
/** A run of text, with its properties. */
export const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** Attributes of a tracked change: id, author, one date. */
export const by = (who: string, id: number) => `w:id="${id}" w:author="${who}" w:date="2024-01-01T00:00:00Z"`;

/** A decimal list starting at `start`, and a paragraph of it (its mark tracked with `mark`). */
export const LIST = (start: number) =>
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>` +
  `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
export const item = (runs: string, mark = '', level = 0) =>
  p(runs, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>${mark ? `<w:rPr>${mark}</w:rPr>` : ''}`);
