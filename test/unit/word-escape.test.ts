// Word's text stays text (review 7, H17): whatever a document holds — in its body runs (plain, inserted, deleted,
// highlighted), in its comments and in its footnotes — comes into the .itu file as text, never as CriticMarkup.
// Generated documents put random strings of delimiter fragments (`{++`, `~>`, `<<}`, lone braces and the characters
// that complete them across runs and across the marks the import writes) everywhere; the .itu text then has no
// malformed mark, and its two projections and its comments hold exactly Word's text once the zero-width spaces
// the import adds are taken out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, parseDocument, project } from '../../server/src/core';
import { escapeMarkup } from '../../server/src/word/import/assembly';
import { importDocx } from '../../server/src/word/import';
import { generate, xml } from '../support/delimiterDocs';
import { docx, p, r } from '../support/wordml';
import { withComments } from '../support/wordComments';
import { cases } from '../support/scale';

const ZWSP = /\u200B/g;

/**
 * A projection's non-blank lines, with the zero-width spaces the import added taken out. A footnote's text is
 * compared without the white space at its ends (the import trims the marked line, not each text of it).
 */
function lines(text: string): string[] {
  return text.replace(ZWSP, '').split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/^(\[\^\d+\]:\t)(.*)$/, (_, mark: string, rest: string) => mark + rest.trim()));
}

describe('import: Word text holding CriticMarkup delimiters stays text (review 7, H17)', () => {
  it('generated documents: no malformed mark, projections and comments hold exactly Word\'s text', async () => {
    let escaped = 0;
    for (let seed = 1; seed <= cases(250); seed++) {
      const g = generate(seed);
      const bytes = await withComments(await docx({ body: g.body, footnotes: g.footnotes || undefined }), g.comments);
      const result = await importDocx(bytes);
      const doc = parseDocument(result.text);
      const where = `seed ${seed}:\n${result.text}`;
      const malformed = checkDocument(doc).filter((f) => /^marks\.(nested|unclosed|unopened)$/.test(f.code));
      assert.deepEqual(malformed.map((f) => `${f.code} ${f.message}`), [], where);
      assert.deepEqual(lines(project(result.text, doc.marks, 'new').text), g.accept, `new text, ${where}`);
      assert.deepEqual(lines(project(result.text, doc.marks, 'old').text), g.reject, `old text, ${where}`);
      // Comments, attributions aside (`{>>@Ann<<}` after the mark it names).
      // Every comment is Cleo's: after her name (`{>>@Cleo<<}{>>…<<}`, review 9, J12), or, blank or right after an
      // unattributed change, `Cleo: …`.
      const comments = doc.marks
        .filter((m, i) => m.kind === 'comment' && doc.marks[i - 1]?.attribution?.start !== m.start && !(doc.marks[i + 1]?.author !== undefined && doc.marks[i + 1].kind === 'comment' && doc.marks[i + 1].start === m.end))
        .map((m) => {
          const said = doc.text.slice(m.commentText!.start, m.commentText!.end).replace(ZWSP, '');
          if (m.author === 'Cleo') return said;
          assert.ok(said.startsWith('Cleo: '), `${said}, ${where}`);
          return said.slice(6);
        });
      assert.deepEqual(comments.sort(), [...g.commentTexts].sort(), `comments, ${where}`);
      if (result.text.includes('\u200B')) {
        escaped++;
        assert.ok(result.notes.some((n) => /CriticMarkup delimiters/.test(n.message)), `noted, ${where}`);
      }
    }
    assert.ok(escaped > cases(200), `most generated documents needed an escape (${escaped})`);
  });

  it('a comment holding openers, as review 7 found it, imports with no malformed mark', async () => {
    const body = p(r('MOD\tX/1/1')) + p(r('a)\tthat ') + '<w:commentRangeStart w:id="0"/>' + r('alpha') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + r(' beta;'));
    const comment = `<w:comment w:id="0" w:author="Germany"><w:p>${r(xml('Replace by {++omega++} or {== keep <<} as is ~> x'))}</w:p></w:comment>`;
    const result = await importDocx(await withComments(await docx({ body }), [comment]));
    assert.equal(result.text.split('\n')[1], 'a)\tthat {==alpha==}{>>@Germany<<}{>>Replace by {\u200B++omega++\u200B} or {\u200B== keep <<\u200B} as is ~> x<<} beta;');
    assert.deepEqual(checkDocument(parseDocument(result.text)).filter((f) => f.code.startsWith('marks.')), []);
  });

  it('escapeMarkup: a zero-width space in each delimiter, and at a piece\'s edge where the mark around it completes one', () => {
    const cases: [string, string][] = [
      ['plain', 'plain'],
      ['{++x++}', '{\u200B++x++\u200B}'],
      ['a{', 'a{\u200B'], // then `++}`: `{++}` would open
      ['a{+', 'a{\u200B+'],
      ['a{+b', 'a{+b'],
      ['}a', '\u200B}a'], // after a piece ending `++`
      ['+}a', '+\u200B}a'],
      ['{<<', '{<<'],
      ['~>', '~>'],
      ['{{==', '{{\u200B=='],
    ];
    for (const [text, expected] of cases) assert.equal(escapeMarkup(text), expected, text);
    assert.equal(escapeMarkup('a~>b', true), 'a~\u200B>b', 'the old side of a substitution ends at its first ~>');
    for (const text of ['{++', 'x++}', 'a{', '{--~>}']) assert.equal(escapeMarkup(escapeMarkup(text, true), true), escapeMarkup(text, true), `idempotent: ${text}`);
  });
});
