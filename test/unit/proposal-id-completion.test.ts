// The id a proposal header's completion writes comes from the cover block (FORMAT.md §2, §3), whatever part of it is
// there: never the literal `SOURCE/DOC/SEQ` of the format's grammar. Generated covers: each subset of Proposals,
// Document, Addendum, a Source field (a name or a code) and a file name (the New contribution's `AFCP-42A25.itu`, or
// none of that form).
//   node --import tsx --test test/unit/proposal-id-completion.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { seeded } from '../support/random';

const TODAY = new Date(Date.UTC(2026, 11, 6));

interface Cover {
  proposals?: string;
  document?: string;
  /** What the Document field says when given in ITU's printed form (`WTSA16/42-E`). */
  documentAs?: string;
  addendum?: string;
  source?: string;
  file: string;
  /** What the file name gives (the project's `SOURCE-DOCAADD.itu`), if anything. */
  fileSource?: string;
  fileDoc?: string;
}

function generate(rnd: () => number): Cover {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const codes = ['AFCP', 'EUR', 'RUS', 'B/CAN/USA', 'ARB', 'IAP', 'USA'];
  const c: Cover = { file: 'draft.itu' };
  if (rnd() < 0.6) c.proposals = pick(codes);
  if (rnd() < 0.6) {
    c.document = String(1 + Math.floor(rnd() * 120));
    c.documentAs = pick([c.document, `${c.document}-E`, `WTSA16/${c.document}-E`]);
  }
  if (rnd() < 0.5) c.addendum = String(1 + Math.floor(rnd() * 30));
  if (rnd() < 0.5) c.source = pick(['African Telecommunication Union Administrations', 'United States of America', 'USA', 'RCC']);
  if (rnd() < 0.5) {
    const code = pick(['AFCP', 'EUR', 'RUS']);
    const doc = `${1 + Math.floor(rnd() * 90)}${rnd() < 0.5 ? `A${1 + Math.floor(rnd() * 20)}` : ''}`;
    c.fileSource = code;
    c.fileDoc = doc;
    c.file = `${rnd() < 0.5 ? code.toLowerCase() : code}-${rnd() < 0.5 ? doc.toLowerCase() : doc}${rnd() < 0.5 ? '-res52' : ''}.itu`;
  } else c.file = pick(['draft.itu', 'res52-dubai-2012.itu', 'wtsa16-res1.itu', 'notes.itu']);
  return c;
}

function coverText(c: Cover): string {
  const out = ['Meeting:\tWTSA-16, Hammamet, 25 October - 3 November 2016'];
  if (c.documentAs) out.push(`Document:\t${c.documentAs}`);
  if (c.addendum) out.push(`Addendum:\t${c.addendum}`);
  if (c.source) out.push(`Source:\t${c.source}`);
  if (c.proposals) out.push(`Proposals:\t${c.proposals}`);
  out.push('Title:\tProposed modifications', '', '1\tIntroduction', 'Some text.', '', '');
  return out.join('\n');
}

/** The MOD item at the end of the text (an empty line after the introduction). */
function modItem(text: string, file: string, snippets: boolean) {
  const line = text.split('\n').length - 1;
  const item = completion(new DocumentRecord(`file:///ws/${file}`, 1, text), { line, character: 0 }, { snippets, today: TODAY }).find((i) => i.label === 'MOD');
  assert.ok(item, 'a MOD item');
  return item;
}

/** A snippet with each placeholder taken as it stands (what Tab, Tab, Tab leaves). */
const defaults = (snippet: string) => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');

test('generated covers: the first proposal id is the cover\'s, its missing parts tab stops named for what is missing, never SOURCE/DOC/SEQ', () => {
  const rnd = seeded(20261206);
  for (let n = 0; n < 300; n++) {
    const c = generate(rnd);
    const text = coverText(c);
    const where = `${c.file}\n${text}`;
    const snippet = String(modItem(text, c.file, true).insertText);
    const head = snippet.split('\n')[0];
    assert.doesNotMatch(head, /SOURCE|\bDOC\b|SEQ/, where);
    const doc = c.document && `${c.document}${c.addendum ? `A${c.addendum}` : ''}`;
    const stops = [...head.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m) => ({ n: Number(m[1]), text: m[2] }));
    if (c.proposals && doc) {
      // Everything the id needs is on the cover (without Addendum, a document that is none: `USA/21/1`).
      assert.equal(head, `MOD\t${c.proposals}/${doc}/1`, where);
      assert.equal(modItem(text, c.file, false).insertText, head, `plain text too: ${where}`);
      // Written in, the id is the one the checks want.
      const written = text + defaults(snippet) + '\n';
      const idFindings = checkDocument(parseDocument(written)).filter((f) => /^proposal\.(id-|sequence)/.test(f.code));
      assert.deepEqual(idFindings.map((f) => f.code), [], `${where}\n${written}`);
    } else {
      const parts = defaults(head).slice('MOD\t'.length).split('/');
      const [document, seq] = parts.slice(-2);
      const source = parts.slice(0, -2).join('/');
      assert.equal(seq, '1', where);
      // A part the cover gives is written in; one it does not is a tab stop, its placeholder the file name's value
      // or words saying what goes there.
      if (c.proposals) assert.equal(source, c.proposals, where);
      else {
        assert.ok(stops.some((s) => s.text === source), `the source is a tab stop: ${where}\n${head}`);
        // A Source field written as a code is the cover's word, before the file name's.
        if (c.source && /^[A-Z]+$/.test(c.source)) assert.equal(source, c.source, where);
        else if (c.fileSource) assert.equal(source, c.fileSource, where);
        else assert.match(source, /\s/, `named, not a code that could pass for one: ${where}`);
      }
      if (doc) assert.equal(document, doc, where);
      else {
        assert.ok(stops.some((s) => s.text === document), `the document is a tab stop: ${where}\n${head}`);
        if (c.fileDoc) assert.equal(document, c.fileDoc, where);
        else assert.match(document, /\s/, `named, not a number that could pass for one: ${where}`);
      }
    }
    // The tab stops of the head and the body run 1, 2, 3 … without a gap or a repeat, then $0.
    const numbers = [...snippet.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])).filter((k) => k > 0);
    const distinct = [...new Set(numbers)].sort((a, b) => a - b);
    assert.deepEqual(distinct, distinct.map((_, i) => i + 1), where);
    assert.equal(stops.length, stops.filter((s) => s.n <= stops.length).length, `the head's stops come first: ${where}`);
  }
});

test('the completion after "MOD<TAB>" offers the id of a cover without Addendum', () => {
  const text = ['Document:\t21', 'Proposals:\tUSA', '', 'MOD\t'].join('\n');
  const items = completion(new DocumentRecord('file:///ws/draft.itu', 1, text), { line: 3, character: 4 }, { snippets: true, today: TODAY });
  assert.deepEqual(items.map((i) => i.label), ['USA/21/1']);
});

test('a proposal id already written wins over the cover without Addendum: the next one follows it', () => {
  const text = ['Document:\t42', 'Proposals:\tAFCP', '', 'ADD\tAFCP/42A25/1', 'New text.', 'Reasons:\tx.', '', ''].join('\n');
  assert.equal(modItem(text, 'draft.itu', false).insertText, 'MOD\tAFCP/42A25/2');
});
