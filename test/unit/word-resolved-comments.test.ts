// Comments resolved in Word (`w15:done="1"` in word/commentsExtended.xml, linked by the `w14:paraId` of the comment's
// last paragraph; review rev-word, seen and left alone) came in as open comments: a closed discussion raised again.
// The format has no resolved state (FORMAT.md §5, docs/word.md): they are left out, with a note counting them; a reply
// in a resolved thread is resolved with it. Generated threads (a comment and its replies on one word, as Word anchors
// them), some resolved on the first comment, some on all, some on one reply only: the import must read as the same
// document written without the resolved comments, and count them.
//   node --import tsx --test test/unit/word-resolved-comments.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importDocx } from '../../server/src/word/import';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { docx, p, r, W14 } from '../support/wordml';

interface Comment {
  id: number;
  paraId: string;
  parent?: string;
  done: boolean;
  resolved: boolean;
  paragraphs: number;
}

const hex = (n: number) => (0x10000000 + n).toString(16).toUpperCase();

function generate(rnd: () => number) {
  let next = 0;
  const threads: Comment[][] = [];
  for (let t = 0, n = 1 + Math.floor(rnd() * 4); t < n; t++) {
    const root: Comment = { id: next, paraId: hex(next++), done: false, resolved: false, paragraphs: 1 + Math.floor(rnd() * 2) };
    const thread = [root];
    for (let k = 0, m = Math.floor(rnd() * 3); k < m; k++) thread.push({ id: next, paraId: hex(next++), parent: root.paraId, done: false, resolved: false, paragraphs: 1 });
    const how = rnd();
    if (how < 0.3) root.done = true; // Word: the first comment of the thread marked done
    else if (how < 0.5) for (const c of thread) c.done = true; // every comment of it (LibreOffice, Word's newer files)
    else if (how < 0.65 && thread.length > 1) thread[thread.length - 1].done = true; // one reply alone
    for (const c of thread) c.resolved = c.done || root.done;
    threads.push(thread);
  }
  const body = (keep: (c: Comment) => boolean) =>
    threads.map((thread, t) => {
      const kept = thread.filter(keep);
      return p(`${r(`Word ${t} `)}${kept.map((c) => `<w:commentRangeStart w:id="${c.id}"/>`).join('')}${r(`anchor${t}`)}${kept.map((c) => `<w:commentRangeEnd w:id="${c.id}"/><w:r><w:commentReference w:id="${c.id}"/></w:r>`).join('')}${r(' after.')}`);
    }).join('');
  const comments = threads.flat().map((c) => {
    const paras = Array.from({ length: c.paragraphs }, (_, j) => `<w:p${j === c.paragraphs - 1 ? ` xmlns:w14="${W14}" w14:paraId="${c.paraId}" w14:textId="77777777"` : ''}>${r(`comment ${c.id}.${j}`)}</w:p>`);
    return `<w:comment w:id="${c.id}" w:author="${c.id % 2 ? 'Germany' : 'Ann'}" w:date="2024-01-01T00:00:00Z">${paras.join('')}</w:comment>`;
  }).join('');
  const extended = threads.flat().map((c) => `<w15:commentEx w15:paraId="${c.paraId}"${c.parent ? ` w15:paraIdParent="${c.parent}"` : ''} w15:done="${c.done ? 1 : 0}"/>`).join('');
  return { threads, body, comments, extended };
}

describe('import: comments resolved in Word', () => {
  it('are left out, replies in a resolved thread with them, and counted in a note (generated)', async () => {
    for (let seed = 1, n = cases(80); seed <= n; seed++) {
      const rnd = seeded(9000 + seed);
      const g = generate(rnd);
      const all = g.threads.flat();
      const resolved = all.filter((c) => c.resolved).length;
      const result = await importDocx(await docx({ body: g.body(() => true), comments: g.comments, commentsExtended: g.extended }), { author: 'Ann' });
      const open = await importDocx(await docx({ body: g.body((c) => !c.resolved), comments: g.comments }), { author: 'Ann' });
      assert.equal(result.text, open.text, `seed ${9000 + seed}`);
      const note = result.notes.find((x) => /resolved in Word/.test(x.message))?.message;
      if (resolved === 0) assert.equal(note, undefined);
      else assert.match(note ?? '', new RegExp(`^${resolved} comments? resolved in Word (is|are) left out`), `seed ${9000 + seed}`);
    }
  });

  it('a thread that is not resolved, or a document without commentsExtended.xml, keeps its comments', async () => {
    const g = generate(seeded(1));
    const without = await importDocx(await docx({ body: g.body(() => true), comments: g.comments }), { author: 'Ann' });
    const none = await importDocx(await docx({ body: g.body(() => true), comments: g.comments, commentsExtended: g.extended.replace(/w15:done="1"/g, 'w15:done="0"') }), { author: 'Ann' });
    assert.equal(none.text, without.text);
    for (const c of g.threads.flat()) assert.ok(without.text.includes(`comment ${c.id}.0`));
  });

  it('a loop of parents in a damaged part ends (each entry judged once)', async () => {
    const comments = [0, 1].map((id) => `<w:comment w:id="${id}" w:author="Ann"><w:p xmlns:w14="${W14}" w14:paraId="${hex(id)}">${r(`c${id}`)}</w:p></w:comment>`).join('');
    const extended = `<w15:commentEx w15:paraId="${hex(0)}" w15:paraIdParent="${hex(1)}"/><w15:commentEx w15:paraId="${hex(1)}" w15:paraIdParent="${hex(0)}"/>`;
    const body = p(`<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>${r('x')}<w:commentRangeEnd w:id="0"/><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:commentReference w:id="1"/></w:r>`);
    const result = await importDocx(await docx({ body, comments, commentsExtended: extended }), { author: 'Ann' });
    assert.match(result.text, /c0/);
    assert.match(result.text, /c1/);
  });
});
