// Word comments whose ranges overlap, replies, and comments inside highlighted text (review 7, H9). CriticMarkup
// anchors one comment on one highlight, and highlights neither nest nor overlap: the comment whose range starts
// first keeps its anchor, a later one overlapping it follows the end of its own range (a reply right after the
// comment it answers), each with a note that says so; a comment on part of a highlighted text anchors that part.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, parseDocument } from '../../server/src/core';
import { importDocx, type ImportNote } from '../../server/src/word/import';
import { withComments } from '../support/wordComments';
import { docx, p, r } from '../support/wordml';

const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
const comment = (id: number, author: string, text: string) => `<w:comment w:id="${id}" w:author="${author}" w:date="2026-11-02T09:00:00Z"><w:p>${r(text)}</w:p></w:comment>`;
const yellow = (text: string) => r(text, '<w:highlight w:val="yellow"/>');

async function imported(runs: string, comments: string[]): Promise<{ line: string; notes: ImportNote[] }> {
  const result = await importDocx(await withComments(await docx({ body: p(r('MOD\tX/1/1')) + p(runs) + p(r('Reasons:\tR.')) }), comments));
  assert.deepEqual(checkDocument(parseDocument(result.text)).filter((f) => f.code.startsWith('marks.')), [], result.text);
  return { line: result.text.split('\n')[1], notes: result.notes };
}

const TRACKED = /tracked changes/;

describe('import: overlapping comments, replies, comments in highlights (review 7, H9)', () => {
  it('the first of two overlapping comments keeps its anchor, the second follows its range, with a note naming the overlap', async () => {
    const { line, notes } = await imported(r('that ') + start(0) + r('alpha ') + start(1) + r('beta') + end(0) + r(' gamma') + end(1) + r(' delta;'), [comment(0, 'Germany', 'first'), comment(1, 'France', 'second')]);
    assert.equal(line, 'that {==alpha beta==}{>>@Germany<<}{>>first<<} gamma{>>@France<<}{>>second<<} delta;');
    assert.ok(notes.some((n) => /overlaps another comment/.test(n.message) && n.line === 2), JSON.stringify(notes));
    assert.ok(!notes.some((n) => TRACKED.test(n.message)), 'no tracked change is blamed');
  });

  it('a reply (a comment on the same range) comes right after the comment it answers, which keeps its anchor', async () => {
    const { line, notes } = await imported(r('that ') + start(2) + start(3) + r('epsilon') + end(2) + end(3) + r(' zeta;'), [comment(2, 'Germany', 'question?'), comment(3, 'France', 'reply.')]);
    assert.equal(line, 'that {==epsilon==}{>>@Germany<<}{>>question?<<}{>>@France<<}{>>reply.<<} zeta;');
    assert.ok(notes.some((n) => /a reply/.test(n.message)));
    assert.ok(!notes.some((n) => TRACKED.test(n.message)));
  });

  it('a comment nested in another follows the outer one, after its highlight', async () => {
    const { line } = await imported(start(0) + r('one ') + start(1) + r('two') + end(1) + r(' three') + end(0), [comment(0, 'Ann', 'outer'), comment(1, 'Ben', 'inner')]);
    assert.equal(line, '{==one two three==}{>>@Ann<<}{>>outer<<}{>>@Ben<<}{>>inner<<}');
  });

  it('a comment on a word of highlighted text anchors that word; the rest stays highlighted', async () => {
    const { line, notes } = await imported(r('to ') + yellow('mu ') + start(5) + yellow('nu') + end(5) + yellow(' xi') + r('.'), [comment(5, 'Spain', 'in highlight')]);
    assert.equal(line, 'to {==mu ==}{==nu==}{>>@Spain<<}{>>in highlight<<}{== xi==}.');
    assert.deepEqual(notes, []);
  });

  it('a comment over a tracked change still follows it, and the note names the tracked change', async () => {
    const del = '<w:del w:id="9" w:author="France" w:date="2026-11-02T09:00:00Z"><w:r><w:delText>theta</w:delText></w:r></w:del>';
    const { line, notes } = await imported(r('that ') + start(4) + r('eta ') + del + r(' iota') + end(4) + r(';'), [comment(4, 'Spain', 'spans')]);
    assert.equal(line, 'that eta {--theta--}{>>@France<<} iota{>>@Spain<<}{>>spans<<};');
    assert.ok(notes.some((n) => TRACKED.test(n.message)));
  });
});
