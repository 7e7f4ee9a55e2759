// Comments and footnotes as Word writes them (review 7, H10, H17): CriticMarkup delimiters in a comment's text stay
// text, and a footnote inserted with Track Changes on has no second TAB after its mark.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, parseDocument } from '../../server/src/core';
import { importDocx } from '../../server/src/word/import';
import { by, docx, p, r } from '../support/wordml';

describe('import: what a comment or a footnote holds', () => {
  it('CriticMarkup openers and closers in a comment get a zero-width space, as body text does, and the import says so', async () => {
    const result = await importDocx(await docx({
      comments: `<w:comment w:id="0" w:author="Germany"><w:p>${r('Replace by {++omega++} or keep &lt;&lt;} and {== ==}')}</w:p></w:comment>`,
      body: p(`${r('that ')}<w:commentRangeStart w:id="0"/>${r('alpha')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${r(' beta;')}`),
    }));
    assert.equal(result.text, 'that {==alpha==}{>>@Germany<<}{>>Replace by {\u200B++omega++\u200B} or keep <<\u200B} and {\u200B== ==\u200B}<<} beta;\n');
    const doc = parseDocument(result.text);
    assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('marks.')).map((f) => f.code), []);
    assert.ok(result.notes.some((n) => /CriticMarkup delimiters/.test(n.message)));
  });

  it('a footnote inserted with tracking (its mark, TAB and text in w:ins) has one TAB after its label, inside the insertion', async () => {
    const ins = (runs: string, id: number) => `<w:ins ${by('France', id)}>${runs}</w:ins>`;
    const result = await importDocx(await docx({
      footnotes:
        `<w:footnote w:id="2"><w:p>${ins('<w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>Including its study groups.</w:t></w:r>', 1)}</w:p></w:footnote>` +
        `<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>A plain note.</w:t></w:r></w:p></w:footnote>`,
      body: p(`${r('The Assembly')}${ins('<w:r><w:footnoteReference w:id="2"/></w:r>', 2)}${r(' and the plain')}<w:r><w:footnoteReference w:id="3"/></w:r>${r('.')}`),
    }));
    assert.match(result.text, /^\{\+\+\[\^1\]:\tIncluding its study groups\.\+\+\}\{>>@France<<\}$/m);
    assert.match(result.text, /^\[\^2\]:\tA plain note\.$/m);
  });

  it('a footnote whose references are all deleted and whose text is unmarked is a deleted note: Word may delete a footnote by its reference (the twenty-fifth session\'s review)', async () => {
    const del = (runs: string, id: number) => `<w:del ${by('USA', id)}>${runs.replace(/<w:t>/g, '<w:delText>').replace(/<\/w:t>/g, '</w:delText>')}</w:del>`;
    const ins = (runs: string, id: number) => `<w:ins ${by('USA', id)}>${runs}</w:ins>`;
    const note = (id: number, text: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>${text}</w:t></w:r></w:p></w:footnote>`;
    const result = await importDocx(await docx({
      footnotes: note(2, 'These include the least developed countries.') + note(3, 'A new note.') + note(4, 'A kept note.'),
      body: p(`${r('that developing countries')}${del('<w:r><w:footnoteReference w:id="2"/></w:r>', 1)}${r(' need help')}${ins('<w:r><w:footnoteReference w:id="3"/></w:r>', 2)}${r(' and more')}<w:r><w:footnoteReference w:id="4"/></w:r>${r(';')}`),
    }));
    assert.match(result.text, /^\{--\[\^1\]:\tThese include the least developed countries\.--\}$/m);
    // A reference inserted to a note whose text is not: read as written (H10's inserted notes mark their text too).
    assert.match(result.text, /^\[\^2\]:\tA new note\.$/m);
    assert.match(result.text, /^\[\^3\]:\tA kept note\.$/m);
    // The new text holds no note without its reference.
    const doc = parseDocument(result.text);
    assert.ok(!doc.views.new.footnoteDefs.some((d) => d.label === '1'));
  });

  it('of two comments whose ranges overlap, or a comment and its reply, the first keeps its highlight and the other follows it, with a note saying why', async () => {
    const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
    const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    const comment = (id: number, who: string, text: string) => `<w:comment w:id="${id}" w:author="${who}"><w:p>${r(text)}</w:p></w:comment>`;
    const result = await importDocx(await docx({
      comments: comment(0, 'Germany', 'first') + comment(1, 'France', 'second') + comment(2, 'Germany', 'question?') + comment(3, 'France', 'reply.'),
      body:
        p(`${r('that ')}${start(0)}${r('alpha ')}${start(1)}${r('beta')}${end(0)}${r(' gamma')}${end(1)}${r(' delta;')}`) +
        p(`${r('that ')}${start(2)}${start(3)}${r('epsilon')}${end(2)}${end(3)}${r(' zeta;')}`),
    }));
    assert.equal(result.text, 'that {==alpha beta==}{>>@Germany<<}{>>first<<} gamma{>>@France<<}{>>second<<} delta;\nthat {==epsilon==}{>>@Germany<<}{>>question?<<}{>>@France<<}{>>reply.<<} zeta;\n');
    assert.equal(result.notes.filter((n) => /overlaps another comment/.test(n.message)).length, 1);
    assert.equal(result.notes.filter((n) => /\(a reply\)/.test(n.message)).length, 1);
    assert.ok(!result.notes.some((n) => /tracked changes/.test(n.message)), 'no tracked change is blamed');
  });

  it('a comment that starts with an @mention stays a comment where it follows a mark, not the mark\'s author (review 7, left open; review 9, J12)', async () => {
    const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
    const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    const point = (id: number) => `<w:r><w:commentReference w:id="${id}"/></w:r>`;
    const comment = (id: number, who: string, text: string) => `<w:comment w:id="${id}" w:author="${who}"><w:p>${r(text)}</w:p></w:comment>`;
    const result = await importDocx(await docx({
      comments: comment(0, 'Germany', '@John please check') + comment(1, 'France', '@Ann agreed?') + comment(2, '', '@Ann no author') + comment(3, 'France', '@Ann in the text') + comment(4, 'Germany', '@Ann after the author'),
      body:
        p(`${r('that ')}${start(0)}${r('alpha')}${end(0)}${r(' beta;')}`) +
        p(`${r('that ')}<w:ins ${by('', 7)}>${r('gamma')}</w:ins>${point(1)}${r(' delta;')}`) +
        p(`${r('that ')}<w:ins ${by('', 9)}>${r('iota')}</w:ins>${point(2)}${r(' kappa;')}`) +
        p(`${r('that ')}<w:del ${by('France', 8)}><w:r><w:delText>old</w:delText></w:r></w:del>${point(4)}${r(' epsilon;')}`) +
        p(`${r('that zeta')}${point(3)}${r(' eta;')}`),
    }));
    const lines = result.text.split('\n');
    // A colleague's comment follows its author's name (review 9, J12): the @mention is its text.
    assert.equal(lines[0], 'that {==alpha==}{>>@Germany<<}{>>@John please check<<} beta;');
    // A tracked change of no named author has no attribution: a name right after it would name the change.
    assert.equal(lines[1], 'that {++gamma++}{>>France: @Ann agreed?<<} delta;');
    assert.equal(lines[2], 'that {++iota++}{>>Comment: @Ann no author<<} kappa;');
    // After the change's attribution, or not after a mark, the comment's author's name comes first.
    assert.equal(lines[3], 'that {--old--}{>>@France<<}{>>@Germany<<}{>>@Ann after the author<<} epsilon;');
    assert.equal(lines[4], 'that zeta{>>@France<<}{>>@Ann in the text<<} eta;');
    // No mark of the import has a comment's words as its author: the highlight, the deletion and the comments are by
    // Germany and France.
    const marks = parseDocument(result.text).marks;
    assert.deepEqual(marks.filter((m) => m.author !== undefined).map((m) => `${m.kind} ${m.author}`), ['highlight Germany', 'comment Germany', 'deletion France', 'comment Germany', 'comment France']);
  });

  it('notes on what is only written another way are conversions; what is left out is not (the editor warns only of those)', async () => {
    const numbering = '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
    const item = (runs: string) => p(runs, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    const converted = await importDocx(await docx({ numbering, body: item(`${r('kept ')}<w:ins ${by('Ann', 1)}>${r('added')}</w:ins>`) + `<w:tbl><w:tr><w:tc>${p(r('cell'))}</w:tc></w:tr></w:tbl>` }));
    assert.deepEqual(converted.notes.map((n) => [/automatic list numbering|Revision dates|pipe table/.test(n.message), n.conversion]), [[true, true], [true, true], [true, true]]);
    const lost = await importDocx(await docx({ numbering, body: item(`${r('text')}<w:r><w:drawing/></w:r>`) }));
    assert.deepEqual(lost.notes.filter((n) => !n.conversion).map((n) => n.message), ['A picture or embedded object is left out.']);
  });
});
