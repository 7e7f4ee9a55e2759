// A comments part added to a package built by wordml.ts's `docx` (which writes none), for the import tests.
import JSZip from 'jszip';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The package with `comments` (w:comment elements) as its comments part, related and typed as Word writes it. */
export async function withComments(bytes: Uint8Array, comments: string[]): Promise<Uint8Array> {
  if (comments.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  zip.file('word/comments.xml', `<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`);
  return zip.generateAsync({ type: 'uint8array' });
}

