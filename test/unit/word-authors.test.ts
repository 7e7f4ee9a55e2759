// Revision author names as the import writes them (review5 F7): Word lets any user set any name, and a
// name is written into the text as `{>>@name<<}`. Whatever it holds, the attribution stays one comment on
// one line, and the new and old texts are those of the document's runs. Names generated from every
// CriticMarkup delimiter and every line break.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, parseDocument, project } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { docx, p, r } from '../support/wordml';

const DELIMITERS = ['{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '{==', '==}'];
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t'];
const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\n\r\t\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);

function names(): string[] {
  const out: string[] = [];
  for (const d of DELIMITERS) out.push(`A${d}B`, `${d}`, `A<<}${d}INJECTED${d}{>>@B`);
  for (const b of BREAKS) out.push(`Eve${b}${b}MOD\tEVE/1/1${b}`);
  out.push('A<<}{++INJECTED++}{>>@B', 'Eve\n\nMOD\tEVE/1/1\n');
  return out;
}

describe('import: revision author names', () => {
  it('a name holding CriticMarkup or line breaks stays one attribution on one line, and is noted', async () => {
    for (const name of names()) {
      const result = await importDocx(await docx({
        body: p(r('MOD\tX/1/1')) + p(r('that tools are shared ') + `<w:ins w:id="1" w:author="${xmlAttr(name)}" w:date="2024-01-01T00:00:00Z"><w:r><w:t>openly</w:t></w:r></w:ins>` + r(',')) + p(r('Reasons:\tTest.')),
      }));
      const doc = parseDocument(result.text);
      const lines = result.text.split('\n');
      assert.equal(lines.length, 4, `${JSON.stringify(name)}: ${JSON.stringify(result.text)}`);
      assert.deepEqual(doc.marks.map((m) => m.kind), ['insertion', 'comment'], JSON.stringify(name));
      assert.equal(project(result.text, doc.marks, 'new').text.split('\n')[1].replace(/\{>>[^\n]*<<\}/, ''), 'that tools are shared openly,');
      assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('marks.')), [], JSON.stringify(name));
      assert.ok(result.notes.some((n) => /author/.test(n.message)), `${JSON.stringify(name)}: noted`);
    }
  });

  it('a plain name is written as it is, with no note', async () => {
    const result = await importDocx(await docx({
      body: p(r('MOD\tX/1/1')) + p(r('shared ') + '<w:ins w:id="1" w:author="Anne-Marie O’Neil (ITU)" w:date="2024-01-01T00:00:00Z"><w:r><w:t>openly</w:t></w:r></w:ins>') + p(r('Reasons:\tTest.')),
    }));
    assert.match(result.text, /\{\+\+openly\+\+\}\{>>@Anne-Marie O’Neil \(ITU\)<<\}/);
    assert.ok(!result.notes.some((n) => /author/.test(n.message)));
  });
});
