// Word export of replies: a comment written right after another (`{==text==}{>>@A<<}{>>Why?<<}{>>@B<<}{>>Because.<<}`,
// as import writes a reply) is a Word reply: anchored on the same range as the comment it answers, and threaded to it
// in commentsExtended.xml (w15:paraIdParent). It was a point comment after the text answered. Generated paragraphs:
// chains of one to three replies after a comment on a highlight or at a point, each named or the owner's; the XML is
// read back, and import gives the same line.
//   node --import tsx --test test/unit/word-comment-replies.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { seeded } from '../support/random';
import { FIXED_DATE } from '../support/word';

interface Chain {
  root: string;
  replies: string[];
  /** The highlighted words the root comment is on; none for a comment at a point. */
  on?: string;
}

function generate(seed: number): { line: string; chains: Chain[] } {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const named = (text: string) => {
    const who = pick([undefined, 'Germany', 'France', 'Spain']);
    return who ? `{>>@${who}<<}{>>${text}<<}` : `{>>${text}<<}`;
  };
  const chains: Chain[] = [];
  let line = 'a)\tthat alpha';
  for (let k = 0, n = 1 + Math.floor(rnd() * 2); k < n; k++) {
    const chain: Chain = { root: `question ${seed}.${k}?`, replies: [] };
    if (rnd() < 0.7) {
      chain.on = pick(['beta gamma', 'delta', 'epsilon zeta eta']);
      line += ` {==${chain.on}==}`;
    } else line += ' theta';
    line += named(chain.root);
    for (let j = 0, m = 1 + Math.floor(rnd() * 3); j < m; j++) {
      chain.replies.push(`reply ${seed}.${k}.${j}.`);
      line += named(chain.replies[j]);
    }
    line += pick([' iota', ' kappa lambda', '']);
    chains.push(chain);
  }
  return { line: `${line};`, chains };
}

const unxml = (s: string) => s.replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Each Word comment of the package by its text: its id, paraId, and where its range starts and ends (paragraph, text offset). */
async function wordComments(docx: Uint8Array) {
  const zip = await JSZip.loadAsync(docx);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const comments = new Map<string, { id: string; paraId?: string; start?: string; end?: string }>();
  for (const [, id, body] of (await part('word/comments.xml')).matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unxml(t[1])).join('');
    const paraIds = [...body.matchAll(/w14:paraId="([0-9A-F]+)"/g)].map((m) => m[1]);
    comments.set(text, { id, paraId: paraIds[paraIds.length - 1] });
  }
  const byId = new Map([...comments.values()].map((c) => [c.id, c]));
  const paragraphs = [...(await part('word/document.xml')).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  paragraphs.forEach((p, n) => {
    let offset = 0;
    for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:comment(Range(?:Start|End)) w:id="(\d+)"\/>/g)) {
      if (m[2]) {
        const c = byId.get(m[3]);
        if (c) c[m[2] === 'RangeStart' ? 'start' : 'end'] = `${n}:${offset}`;
      } else offset += m[1] === undefined ? 1 : unxml(m[1]).length;
    }
  });
  const parents = new Map<string, string>();
  for (const m of (await part('word/commentsExtended.xml')).matchAll(/<w15:commentEx\b([^>]*)\/>/g)) {
    const paraId = /w15:paraId="([0-9A-F]+)"/.exec(m[1])?.[1];
    const parent = /w15:paraIdParent="([0-9A-F]+)"/.exec(m[1])?.[1];
    if (paraId && parent) parents.set(paraId, parent);
  }
  return { comments, parents };
}

describe('Word export: a reply shares the range of the comment it answers, and is threaded to it', () => {
  it('generated chains of replies on highlights and at points', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { line, chains } = generate(seed);
      const text = ['Proposals:\tX', 'Document:\t1', 'Addendum:\t1', '', 'MOD\tX/1A1/1', line, 'Reasons:\tR.', ''].join('\n');
      const docx = await exportDocx(parseDocument(text), { date: FIXED_DATE });
      const { comments, parents } = await wordComments(docx);
      for (const chain of chains) {
        const root = comments.get(chain.root);
        assert.ok(root?.start && root.end, `the comment: ${line}`);
        assert.equal(root.paraId !== undefined && parents.has(root.paraId), false, `the comment answered is no reply: ${line}`);
        for (const reply of chain.replies) {
          const c = comments.get(reply);
          assert.ok(c, `${reply}: ${line}`);
          assert.deepEqual([c.start, c.end], [root.start, root.end], `${reply} on the range of ${chain.root}: ${line}`);
          assert.ok(c.paraId && root.paraId && parents.get(c.paraId) === root.paraId, `${reply} threaded to ${chain.root}: ${line}`);
        }
      }
      // Import writes each reply right after the comment it answers: the line comes back as it was.
      const back = (await importDocx(docx)).text.split('\n').find((l) => l.startsWith('a)'));
      assert.equal(back, line);
    }
  });
});
