// Word documents full of CriticMarkup delimiter fragments (review 7, H17), for the unit and office tests: random
// runs of `{++`, `~>`, `<<}`, lone braces and the characters that complete them, plain, inserted, deleted or
// highlighted, under comments (overlapping ones too) and in footnotes, with the texts Word shows of them.
import { seeded } from './random';
import { p, r } from './wordml';

const FRAGMENTS = ['{', '}', '+', '-', '~', '>', '<', '=', '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '{==', '==}', '++', '--', '~~', '==', 'a', 'b', ' '];
export const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Generated {
  body: string;
  footnotes: string;
  comments: string[];
  /** Word's Accept All and Reject All: the paragraphs, then the footnotes' texts, as `.itu` lines. */
  accept: string[];
  reject: string[];
  /** Each comment's text, as Word has it (all by Cleo). */
  commentTexts: string[];
}

/** A random document: runs of delimiter fragments, tracked or not, highlighted, under comments, with footnotes. */
export function generate(seed: number, withFootnotes = true): Generated {
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
      commentTexts.push(said);
      const from = Math.floor(rnd() * pieces.length);
      const to = from + Math.floor(rnd() * (pieces.length - from));
      const reference = `<w:r><w:commentReference w:id="${id}"/></w:r>`;
      if (rnd() < 0.7) {
        pieces[from] = `<w:commentRangeStart w:id="${id}"/>${pieces[from]}`;
        pieces[to] = `${pieces[to]}<w:commentRangeEnd w:id="${id}"/>${reference}`;
      } else pieces[to] = `${pieces[to]}${reference}`;
    }
    // A footnote after the paragraph's text.
    if (withFootnotes && rnd() < 0.5) {
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

