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
import { seeded } from '../support/random';
import { docx, p, r } from '../support/wordml';
import { withComments } from '../support/wordComments';

const FRAGMENTS = ['{', '}', '+', '-', '~', '>', '<', '=', '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '{==', '==}', '++', '--', '~~', '==', 'a', 'b', ' '];
const ZWSP = /\u200B/g;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Generated {
  body: string;
  footnotes: string;
  comments: string[];
  /** Word's Accept All and Reject All: the paragraphs, then the footnotes' texts, as `.itu` lines. */
  accept: string[];
  reject: string[];
  /** Each comment's text as the import writes it (`Author: text`). */
  commentTexts: string[];
}

/** A random document: runs of delimiter fragments, tracked or not, highlighted, under comments, with footnotes. */
function generate(seed: number): Generated {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const text = (max: number) => Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(FRAGMENTS)).join('');
  const when = () => (rnd() < 0.7 ? '2026-11-01T00:00:00Z' : '2026-11-02T00:00:00Z');
  let ids = 100;
  /** Runs of one story: their XML and what each text shows of them. */
  const runs = (count: number) => {
    let xmlRuns = '';
    let accept = '';
    let reject = '';
    let plain = false;
    const out: { xml: string; accept: string; reject: string }[] = [];
    for (let i = 0; i < count; i++) {
      const t = text(4);
      const kind = i === count - 1 && !plain ? 'plain' : pick(['plain', 'plain', 'hl', 'ins', 'del']);
      const author = pick(['Ann', 'Ben']);
      let x: string;
      if (kind === 'ins') x = `<w:ins w:id="${ids++}" w:author="${author}" w:date="${when()}">${r(xml(t))}</w:ins>`;
      else if (kind === 'del') x = `<w:del w:id="${ids++}" w:author="${author}" w:date="${when()}"><w:r><w:delText xml:space="preserve">${xml(t)}</w:delText></w:r></w:del>`;
      else x = r(xml(t), kind === 'hl' ? '<w:highlight w:val="yellow"/>' : '');
      // A story shows something in both texts: one plain run at least, not only spaces.
      if (kind === 'plain' && t.trim() !== '') plain = true;
      out.push({ xml: x, accept: kind === 'del' ? '' : t, reject: kind === 'ins' ? '' : t });
    }
    if (!plain) out.push({ xml: r('z'), accept: 'z', reject: 'z' });
    for (const o of out) {
      xmlRuns += o.xml;
      accept += o.accept;
      reject += o.reject;
    }
    return { parts: out, xml: xmlRuns, accept, reject };
  };
  const comments: string[] = [];
  const commentTexts: string[] = [];
  let footnotes = '';
  const notes: { accept: string; reject: string }[] = [];
  const accept = ['MOD\tX/1/1'];
  const reject = ['MOD\tX/1/1'];
  let body = p(r('MOD\tX/1/1'));
  const paragraphs = 2 + Math.floor(rnd() * 4);
  for (let k = 0; k < paragraphs; k++) {
    const story = runs(1 + Math.floor(rnd() * 6));
    const pieces = story.parts.map((o) => o.xml);
    let a = story.accept;
    let b = story.reject;
    // Comments: ranges over runs (they may overlap), or points.
    const commentCount = Math.floor(rnd() * 3);
    for (let c = 0; c < commentCount; c++) {
      const id = comments.length;
      const said = text(5);
      comments.push(`<w:comment w:id="${id}" w:author="Cleo" w:date="2026-11-01T00:00:00Z"><w:p>${r(xml(said))}</w:p></w:comment>`);
      commentTexts.push(`Cleo: ${said}`);
      const from = Math.floor(rnd() * pieces.length);
      const to = from + Math.floor(rnd() * (pieces.length - from));
      const reference = `<w:r><w:commentReference w:id="${id}"/></w:r>`;
      if (rnd() < 0.7) {
        pieces[from] = `<w:commentRangeStart w:id="${id}"/>${pieces[from]}`;
        pieces[to] = `${pieces[to]}<w:commentRangeEnd w:id="${id}"/>${reference}`;
      } else pieces[to] = `${pieces[to]}${reference}`;
    }
    // A footnote after the paragraph's text.
    if (rnd() < 0.5) {
      const id = notes.length + 1;
      const note = runs(1 + Math.floor(rnd() * 4));
      notes.push({ accept: note.accept, reject: note.reject });
      footnotes += `<w:footnote w:id="${id}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${r(' ')}${note.xml}</w:p></w:footnote>`;
      pieces.push(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`);
      a += `[^${id}]`;
      b += `[^${id}]`;
    }
    body += p(pieces.join(''));
    accept.push(a);
    reject.push(b);
  }
  notes.forEach((n, i) => {
    accept.push(`[^${i + 1}]:\t${n.accept.trim()}`);
    reject.push(`[^${i + 1}]:\t${n.reject.trim()}`);
  });
  body += p(r('Reasons:\tTest.'));
  accept.push('Reasons:\tTest.');
  reject.push('Reasons:\tTest.');
  return { body, footnotes, comments, accept, reject, commentTexts };
}

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
    for (let seed = 1; seed <= 250; seed++) {
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
      const comments = doc.marks
        .filter((m, i) => m.kind === 'comment' && doc.marks[i - 1]?.attribution?.start !== m.start)
        .map((m) => doc.text.slice(m.commentText!.start, m.commentText!.end).replace(ZWSP, ''));
      assert.deepEqual(comments.sort(), [...g.commentTexts].sort(), `comments, ${where}`);
      if (result.text.includes('\u200B')) {
        escaped++;
        assert.ok(result.notes.some((n) => /CriticMarkup delimiters/.test(n.message)), `noted, ${where}`);
      }
    }
    assert.ok(escaped > 200, `most generated documents needed an escape (${escaped})`);
  });

  it('a comment holding openers, as review 7 found it, imports with no malformed mark', async () => {
    const body = p(r('MOD\tX/1/1')) + p(r('a)\tthat ') + '<w:commentRangeStart w:id="0"/>' + r('alpha') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + r(' beta;'));
    const comment = `<w:comment w:id="0" w:author="Germany"><w:p>${r(xml('Replace by {++omega++} or {== keep <<} as is ~> x'))}</w:p></w:comment>`;
    const result = await importDocx(await withComments(await docx({ body }), [comment]));
    assert.equal(result.text.split('\n')[1], 'a)\tthat {==alpha==}{>>Germany: Replace by {\u200B++omega++\u200B} or {\u200B== keep <<\u200B} as is ~> x<<} beta;');
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
