// The package a .docx is: part names as OPC compares them (ECMA-376 Part 2: without case, after %-decoding), one
// ZIP entry a part, and each XML part decoded in the encoding it declares (review C, faults 2 and 8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importDocx } from '../../server/src/word/import';
import { decodePart } from '../../server/src/word/import/package';
import { DocxError } from '../../server/src/word/zip';
import { W, zip } from '../hostile/generate';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

const documentXml = (text: string, encoding = 'UTF-8') =>
  `<?xml version="1.0" encoding="${encoding}" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
const rootRels = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;

/** A package of one document part, at `entry`, that the root relationship names `target`. */
function pkg(target: string, entry: string, document: string | Uint8Array = documentXml('considering the text')): Buffer {
  return zip([['[Content_Types].xml', TYPES], ['_rels/.rels', rootRels(target)], [entry, document]]);
}

test('a relationship target naming its part in other case, or %-encoded, names that part (OPC part names)', async () => {
  for (const [target, entry] of [
    ['Word/Document.XML', 'word/document.xml'],
    ['word/docu%6Dent.xml', 'word/document.xml'],
    ['/word/%64ocument.xml', 'word/document.xml'],
    ['word/document.xml', 'WORD/Document.xml'],
    ['word/my%20document.xml', 'word/my document.xml'],
  ]) {
    const { text } = await importDocx(pkg(target, entry));
    assert.match(text, /considering the text/, `${target} → ${entry}`);
  }
  // A document part whose own relationships are named in other case (word/_rels/document.xml.rels) finds them.
  const footnotes = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t>the note</w:t></w:r></w:p></w:footnote></w:footnotes>`;
  const body = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>`;
  const { text } = await importDocx(zip([
    ['[Content_Types].xml', TYPES],
    ['_rels/.rels', rootRels('Word/Document.xml')],
    ['word/document.xml', body],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/footnotes" Target="Foot%6Eotes.xml"/></Relationships>`],
    ['word/footnotes.xml', footnotes],
  ]));
  assert.match(text, /the note/);
});

test('two ZIP entries for one part (the same name, or names OPC reads as one) are refused, not read one way', async () => {
  const twice = zip([['[Content_Types].xml', TYPES], ['_rels/.rels', rootRels('word/document.xml')], ['word/document.xml', documentXml('what Word shows')], ['word/document.xml', documentXml('what else')]]);
  await assert.rejects(importDocx(twice), (e: unknown) => e instanceof DocxError && /word\/document\.xml twice/.test(e.message));
  const cased = zip([['[Content_Types].xml', TYPES], ['_rels/.rels', rootRels('word/document.xml')], ['word/document.xml', documentXml('one')], ['Word/Document.xml', documentXml('two')]]);
  await assert.rejects(importDocx(cased), (e: unknown) => e instanceof DocxError && /word\/document\.xml and Word\/Document\.xml, one part name/.test(e.message));
  const encoded = zip([['[Content_Types].xml', TYPES], ['_rels/.rels', rootRels('word/document.xml')], ['word/document.xml', documentXml('one')], ['word/docu%6Dent.xml', documentXml('two')]]);
  await assert.rejects(importDocx(encoded), /one part name/);
});

test('a part declaring ISO-8859-1 (or another encoding TextDecoder reads) is decoded so, without a note', async () => {
  const latin = Buffer.from(documentXml('café Genève', 'ISO-8859-1'), 'latin1');
  const { text, notes } = await importDocx(pkg('word/document.xml', 'word/document.xml', latin));
  assert.match(text, /café Genève/);
  assert.deepEqual(notes.map((n) => n.message).filter((m) => /encoding|bytes/.test(m)), []);
  const sjis = decodePart(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><a>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</a>')]));
  assert.equal(sjis.text, '<?xml version="1.0" encoding="Shift_JIS"?><a>日本</a>');
  assert.equal(sjis.undecodable, false);
  // UTF-16 without a BOM, known from its first bytes (XML 1.0, appendix F).
  for (const encoding of ['utf16le', 'utf16be'] as const) {
    const le = Buffer.from(documentXml('Genève', 'UTF-16'), 'utf16le');
    const { text: t16 } = await importDocx(pkg('word/document.xml', 'word/document.xml', encoding === 'utf16le' ? le : le.swap16()));
    assert.match(t16, /Genève/, encoding);
  }
});

test('bytes a part\'s encoding does not hold become U+FFFD with a note naming the part; an unknown encoding is noted', async () => {
  const utf8 = Buffer.from(documentXml('café Genève'), 'latin1'); // Latin-1 bytes under a UTF-8 declaration
  const { text, notes } = await importDocx(pkg('word/document.xml', 'word/document.xml', utf8));
  assert.match(text, /caf\uFFFD Gen\uFFFDve/);
  assert.ok(notes.some((n) => /word\/document\.xml holds bytes that are not valid utf-8/.test(n.message)), JSON.stringify(notes));
  const unknown = await importDocx(pkg('word/document.xml', 'word/document.xml', documentXml('text', 'x-no-such-encoding')));
  assert.match(unknown.text, /text/);
  assert.ok(unknown.notes.some((n) => /declares the encoding "x-no-such-encoding"/.test(n.message)), JSON.stringify(unknown.notes));
  // A clean part: no note.
  const clean = await importDocx(pkg('word/document.xml', 'word/document.xml'));
  assert.ok(!clean.notes.some((n) => /encoding|bytes that are not/.test(n.message)));
});
