// Revision marks written from the base (`itu-draft track`, "Insert revision marks from the base"):
// paragraphs aligned first, items compared label by label, words only inside paragraph pairs.
//   node --import tsx --test test/unit/track.test.ts
// TRACK_PROPERTY_RUNS=2000 for a longer search; a failure prints the seed and the shrunk case.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, foldWhitespace, markEdits, parseDocument, type TextEdit } from '../../server/src/core';
import { lines, ROOT, SHARED } from './helpers';
import { FoldedText } from '../../server/src/core/compare/fold';
import { textRespellings } from '../../server/src/core/lang/spelling';
import { cases } from '../support/scale';

const RUNS = Number(process.env.TRACK_PROPERTY_RUNS ?? cases(150));

// ---------------------------------------------------------------- track, in memory

/** The base text's paragraphs as the workspace index reads them. */
function baseParagraphs(text: string): string[] {
  const index = new BaseIndex();
  index.update('base.itu', text);
  const numberLine = /^RESOLUTION .*$/m.exec(text)![0];
  return index.lookup(numberLine)!.paragraphs;
}

/** What `itu-draft track` does: the draft as a MOD without marks, compared with the base in the workspace, marks written in. */
function track(base: readonly string[], draft: readonly string[]): string {
  const index = new BaseIndex();
  index.update('base.itu', lines(...base));
  const text = lines('MOD\tXX/1/1', ...draft, '', 'Reasons:\tr');
  const doc = parseDocument(text);
  const edits: TextEdit[] = [];
  for (const amended of amendedResolutions(doc, index.lookup)) {
    assert.ok(amended.base, 'the base is found');
    if (amended.comparison!.identical) continue;
    const e = markEdits(doc, amended, amended.comparison!.changes);
    assert.ok(e, 'marks can be written');
    edits.push(...e);
  }
  return applyEdits(text, edits);
}

/** The paragraphs of the MOD's Resolution in one projection. */
function projected(marked: string, view: 'new' | 'old'): string[] {
  const doc = parseDocument(marked);
  return doc.views[view].proposals[0]!.resolutions[0]!.paragraphs.map((p) => foldWhitespace(p.text));
}

/**
 * The properties of marks written from a base: accepting them gives the draft, rejecting them
 * gives the base, and no mark spans a paragraph break (a whole paragraph inserted or deleted is
 * one mark alone on its line).
 */
function assertTracked(base: readonly string[], draft: readonly string[], marked: string): void {
  assert.deepEqual(projected(marked, 'new'), draft.map(foldWhitespace), `new text differs from the draft:\n${marked}`);
  // The old text is the base as the comparison reads it: a typographic variant the draft writes (`ITU‑T` with
  // U+2011 for `ITU-T`, a curly quote) is no change (spelling.ts textRespellings), so the draft's form stays
  // outside the marks.
  const compared = (s: string) => new FoldedText(s, textRespellings).text;
  assert.deepEqual(projected(marked, 'old').map(compared), base.map(compared), `old text differs from the base:\n${marked}`);
  const doc = parseDocument(marked);
  for (const m of doc.marks) {
    if (m.kind === 'comment' || m.kind === 'highlight') continue;
    const source = marked.slice(m.start, m.end);
    assert.ok(!source.includes('\n'), `a mark spans a paragraph break: ${JSON.stringify(source)}\n${marked}`);
    // A whole-paragraph mark has its line to itself; any other mark shares its line with kept text.
    const lineStart = marked.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = marked.indexOf('\n', m.end);
    const line = marked.slice(lineStart, lineEnd < 0 ? marked.length : lineEnd);
    if (line === source) assert.ok(m.kind !== 'substitution', `a whole line substituted: ${line}`);
  }
}

/** The lines of the marked text that hold a mark. */
const markedLines = (marked: string): string[] => marked.split('\n').filter((l) => /\{(\+\+|--|~~)/.test(l));

// ---------------------------------------------------------------- the cases of issue 9

const RES52 = baseParagraphs(fs.readFileSync(path.join(SHARED, 'examples/res52-dubai-2012.itu'), 'utf8'));
const at = (prefix: string): number => {
  const i = RES52.findIndex((p) => p.startsWith(prefix));
  assert.ok(i >= 0, prefix);
  return i;
};

/** Base lines after `from` (inclusive) up to the end of its lettered list, with labels moved by `shift` letters. */
function relettered(from: number, shift: number): string[] {
  const out: string[] = [];
  for (let i = from; i < RES52.length && /^[a-z]\)\t/.test(RES52[i]!); i++) {
    const letter = RES52[i]![0]!;
    out.push(`{~~${letter}~>${String.fromCharCode(letter.charCodeAt(0) + shift)}~~})${RES52[i]!.slice(2)}`);
  }
  return out;
}

/** The draft a delegate writes: the base with its lettered list from `from` relettered by `shift`. */
function reletter(paras: string[], from: number, shift: number): void {
  for (let i = from; i < paras.length && /^[a-z]\)\t/.test(paras[i]!); i++) {
    paras[i] = String.fromCharCode(paras[i]!.charCodeAt(0) + shift) + paras[i]!.slice(1);
  }
}

describe('track: items inserted, deleted, relettered, moved', () => {
  test('a new item c) before the old c): one whole inserted paragraph, then label-only changes', () => {
    // considering a) … k) of Resolution 52: a new c) goes in, the old c) … k) become d) … l).
    const c = at('c)\tthat spam has become');
    const draft = RES52.slice();
    const added = 'c)\tthat unsolicited commercial messages reach users through every network;';
    reletter(draft, c, 1);
    draft.splice(c, 0, added);
    const marked = track(RES52, draft);
    assertTracked(RES52, draft, marked);
    assert.deepEqual(markedLines(marked), [`{++${added}++}`, ...relettered(c, 1)]);
    assert.ok(markedLines(marked).includes(`{~~h~>i~~})${RES52[at('h)\tthat addressing')]!.slice(2)}`));
  });

  test('an item deleted: one whole deleted paragraph on its own line, and the next letters go back', () => {
    // The case of issue 9: h) deleted, i) (a letter after h) becomes h).
    const h = at('h)\tthat addressing');
    const draft = RES52.slice();
    draft.splice(h, 1);
    reletter(draft, h, -1);
    const marked = track(RES52, draft);
    assertTracked(RES52, draft, marked);
    assert.deepEqual(markedLines(marked), [`{--${RES52[h]}--}`, ...relettered(h + 1, -1)]);
    // The deleted line stands between the item before it and the one after.
    assert.ok(marked.includes(`${RES52[h - 1]}\n{--${RES52[h]}--}\n{~~i~>h~~})`));
  });

  test('an item reworded and relettered: the label as a label, the words as words', () => {
    const c = at('c)\tthat the WSIS');
    const draft = RES52.slice();
    draft.splice(c - 1, 1);
    draft[c - 1] = draft[c - 1]!.replace(/^c\)/, 'b)').replace('the WSIS', 'the World Summit');
    const marked = track(RES52, draft);
    assertTracked(RES52, draft, marked);
    const [deleted, changed, ...rest] = markedLines(marked);
    assert.equal(deleted, `{--${RES52[c - 1]}--}`);
    assert.match(changed!, /^\{~~c~>b~~}\)\tthat the \{~~WSIS~>World Summit~~} Plan of Action/);
    assert.deepEqual(rest, []);
  });

  test('an item moved is a whole deletion and a whole insertion', () => {
    const a = at('a)\tthat exchanging');
    const draft = RES52.slice();
    const [moved] = draft.splice(a, 1);
    draft.splice(a + 2, 0, moved!);
    const marked = track(RES52, draft);
    assertTracked(RES52, draft, marked);
    assert.deepEqual(markedLines(marked), [`{--${RES52[a]}--}`, `{++${RES52[a]}++}`]);
  });

  test('an item deleted and another inserted in one stretch: pairs follow the words, not the labels', () => {
    // a) deleted, b) reworded and relettered a), a new b) at the end: the labels line up, the texts do not.
    const base = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'resolves', 'a)\tto study the routing of spam across networks;', 'b)\tto report to the Council on the progress of the studies every year,', 'instructs'];
    const draft = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'resolves', 'a)\tto report to the Council on the progress of these studies every year;', 'b)\tto invite Member States to share their experience,', 'instructs'];
    const marked = track(base, draft);
    assertTracked(base, draft, marked);
    assert.deepEqual(markedLines(marked), [
      `{--${base[2]}--}`,
      '{~~b~>a~~})\tto report to the Council on the progress of {~~the~>these~~} studies every year{~~,~>;~~}',
      `{++${draft[3]}++}`,
    ]);
  });

  test('an item with the words of a clause elsewhere is not that clause relettered', () => {
    const base = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'resolves', '9.2\tScope', '9.3\tPrerequisites', '9.4\tProcedure'];
    const draft = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'resolves', '9.2\tScope', 'a)\tPrerequisites', '9.3\tPrerequisites', '9.4\tProcedure'];
    const marked = track(base, draft);
    assertTracked(base, draft, marked);
    assert.deepEqual(markedLines(marked), ['{++a)\tPrerequisites++}']);
  });

  test('a numbered clause relettered: the whole number is the label', () => {
    const draft = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'resolves', '1\tto act now;', '2\tto study spam;', '3\tto report back.'];
    const base = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'resolves', '1\tto study spam;', '2\tto report back.'];
    const marked = track(base, draft);
    assertTracked(base, draft, marked);
    assert.deepEqual(markedLines(marked), ['{++1\tto act now;++}', '{~~1~>2~~}\tto study spam;', '{~~2~>3~~}\tto report back.']);
  });

  test('a bis item given a plain letter: the whole label changes', () => {
    const base = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'considering', 'a)\tthat one;', 'a)bis\tthat two;', 'b)\tthat three.'];
    const draft = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'considering', 'a)\tthat one;', 'b)\tthat two;', 'c)\tthat three.'];
    const marked = track(base, draft);
    assertTracked(base, draft, marked);
    assert.deepEqual(markedLines(marked), ['{~~a)bis~>b)~~}\tthat two;', '{~~b~>c~~})\tthat three.']);
  });
});

describe('track: spaces and punctuation as a careful editor writes them', () => {
  const base = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'considering', 'a)\tthat spam is a significant and growing problem for users;', 'b)\tthat help is needed,'];
  const one = (draftLine: string, i = 2): string => {
    const draft = base.slice();
    draft[i] = draftLine;
    const marked = track(base, draft);
    assertTracked(base, draft, marked);
    return markedLines(marked)[0]!;
  };

  test('words deleted between words: the mark starts at the word and takes the space after it', () => {
    assert.equal(one('a)\tthat spam is a problem for users;'), 'a)\tthat spam is a {--significant and growing --}problem for users;');
  });

  test('words inserted between words: likewise', () => {
    assert.equal(one('a)\tthat spam is a significant and rapidly growing problem for users;'), 'a)\tthat spam is a significant and {++rapidly ++}growing problem for users;');
  });

  test('words inserted or deleted before punctuation keep the space before them', () => {
    assert.equal(one('a)\tthat spam is a significant and growing problem for users and operators;'), 'a)\tthat spam is a significant and growing problem for users{++ and operators++};');
    assert.equal(one('a)\tthat spam is a significant and growing problem;'), 'a)\tthat spam is a significant and growing problem{-- for users--};');
  });

  test('a replaced phrase is one substitution, its spaces outside', () => {
    assert.equal(one('a)\tthat spam is a widespread nuisance for users;'), 'a)\tthat spam is a {~~significant and growing problem~>widespread nuisance~~} for users;');
  });

  test('kept words stay outside the marks; a list element goes with its comma', () => {
    const base2 = ['RESOLUTION 9 (Rev. Geneva, 2020)', 'considering', 'c)\tthat spam has become a widespread problem causing potential loss of revenue to Internet service providers, telecommunication operators, mobile telecommunication operators and business users;'];
    const draft = base2.slice();
    draft[2] = 'c)\tthat spam has become a pervasive problem that causes a possible loss of income for Internet service providers, telecommunication operators and business users;';
    const marked = track(base2, draft);
    assertTracked(base2, draft, marked);
    assert.deepEqual(markedLines(marked), [
      'c)\tthat spam has become a {~~widespread~>pervasive~~} problem {~~causing potential loss of revenue to~>that causes a possible loss of income for~~} ' +
        'Internet service providers, telecommunication operators{--, mobile telecommunication operators--} and business users;',
    ]);
  });

  test('the final punctuation changed alone', () => {
    assert.equal(one('b)\tthat help is needed;', 3), 'b)\tthat help is needed{~~,~>;~~}');
    assert.equal(one('b)\tthat help is needed; and', 3), 'b)\tthat help is needed{~~,~>; and~~}');
  });
});

// ---------------------------------------------------------------- generated amendments of real texts

/** Real Resolutions: in force (Resolution 52, Resolution 1) and the project's example base. */
const TEXTS = [
  fs.readFileSync(path.join(SHARED, 'examples/res52-dubai-2012.itu'), 'utf8'),
  fs.readFileSync(path.join(SHARED, 'corpus/wtsa16-res1.txt'), 'utf8'),
  fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8'),
].map((t) => t.replace(/\r\n/g, '\n'));

/** New items' texts: items of the other Resolutions, so that they read like real ones. */
const POOL = TEXTS.flatMap((t) => t.split('\n').filter((l) => /^([a-z]+\)|[\d.]+)\t./.test(l)).map((l) => l.slice(l.indexOf('\t') + 1)));

/** A label the generator reletters: a letter, a roman numeral, or a decimal clause (`1.2.3`), and its separator. */
const LABEL = /^(?:([a-z]{1,4})\)|(\d+(?:\.\d+)*))\t/;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

type Kind = 'letter' | 'roman' | 'decimal';
interface ListLabel {
  kind: Kind;
  /** Decimal: the parts before the last (`1.2.` of `1.2.3`); '' otherwise. */
  prefix: string;
  n: number;
}

/** The readings of a paragraph's label: `i)` is a letter after `h)` and roman otherwise (FORMAT.md §4). */
function readings(p: string): ListLabel[] {
  const m = LABEL.exec(p);
  if (!m) return [];
  if (m[2]) {
    const parts = m[2].split('.');
    return [{ kind: 'decimal', prefix: parts.slice(0, -1).map((x) => x + '.').join(''), n: Number(parts[parts.length - 1]) }];
  }
  const out: ListLabel[] = [];
  if (m[1]!.length === 1) out.push({ kind: 'letter', prefix: '', n: m[1]!.charCodeAt(0) - 96 });
  const r = ROMANS.indexOf(m[1]!);
  if (r >= 0) out.push({ kind: 'roman', prefix: '', n: r + 1 });
  return out;
}

function labelText(l: ListLabel): string {
  return l.kind === 'decimal' ? `${l.prefix}${l.n}` : l.kind === 'letter' ? `${String.fromCharCode(96 + l.n)})` : `${ROMANS[l.n - 1]})`;
}

/** The runs of items in sequence (`a)`, `b)` …; `i)`, `ii)` …; `1.1`, `1.2` …), each with the kind it is read as: [start, end, kind]. */
function runs(paras: readonly string[]): [number, number, ListLabel][] {
  const out: [number, number, ListLabel][] = [];
  let s = -1;
  let current: ListLabel | undefined;
  let first: ListLabel | undefined;
  for (let i = 0; i <= paras.length; i++) {
    const rs = i < paras.length ? readings(paras[i]!) : [];
    const next = current && rs.find((r) => r.kind === current!.kind && r.prefix === current!.prefix && r.n === current!.n + 1);
    if (next) {
      current = next;
      continue;
    }
    if (s >= 0) out.push([s, i, first!]);
    // A new run: `i)` starts a roman list, other single letters a lettered one.
    const start = rs.find((r) => r.kind === 'roman' && r.n === 1) ?? rs.find((r) => r.kind !== 'roman') ?? rs[0];
    [s, current, first] = start ? [i, start, start] : [-1, undefined, undefined];
  }
  return out.filter(([, , l]) => l.kind !== 'roman' || l.n === 1);
}

/** Labels [s, e) afresh from `first`, as a delegate reletters: `c)`, `d)` …; `ii)`, `iii)` …; `1.2`, `1.3` …. */
function relabel(paras: string[], s: number, e: number, first: ListLabel): void {
  for (let i = s, k = 0; i < e; i++, k++) paras[i] = labelText({ ...first, n: first.n + k }) + '\t' + paras[i]!.replace(LABEL, '');
}

type Op =
  | { kind: 'insert'; run: number; at: number; text: number }
  | { kind: 'delete'; run: number; at: number }
  | { kind: 'move'; run: number; from: number; to: number }
  | { kind: 'reword'; at: number; how: number; seed: number }
  | { kind: 'paragraph'; at: number; text: number }
  | { kind: 'drop'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), run: fc.nat(), at: fc.nat(), text: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), run: fc.nat(), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), run: fc.nat(), from: fc.nat(), to: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reword' as const), at: fc.nat(), how: fc.nat(4), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), at: fc.nat(), text: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
);

/** Rewords a paragraph: words replaced, inserted or deleted, or its final punctuation changed. */
function reword(p: string, how: number, seed: number): string {
  const words = p.split(' ');
  const k = 1 + (seed % Math.max(1, words.length - 1));
  const other = POOL[seed % POOL.length]!.split(' ').slice(0, 1 + (seed % 4)).join(' ');
  switch (how) {
    case 0: // replace a word or a few
      return [...words.slice(0, k), other, ...words.slice(k + 1 + (seed % 3))].join(' ') || other;
    case 1: // insert words
      return [...words.slice(0, k), other, ...words.slice(k)].join(' ');
    case 2: // delete words
      return words.length > 3 ? [...words.slice(0, k), ...words.slice(k + 1 + (seed % 3))].join(' ') : p;
    case 3: // the final punctuation
      return /[;,.]$/.test(p) ? p.slice(0, -1) + [';', ',', '; and', '.'][seed % 4] : p + ';';
    default: // rewritten after its label
      return (LABEL.exec(p)?.[0] ?? '') + POOL[seed % POOL.length]!;
  }
}

/** The draft a delegate writes from the base: each operation applied, lists relettered as they go. */
function amend(base: readonly string[], ops: readonly Op[]): string[] {
  const d = base.slice();
  for (const o of ops) {
    const rs = runs(d).filter(([s]) => s >= 4);
    const body = d.length - 4; // the number line, title, history and formula stay
    if (o.kind === 'insert' && rs.length) {
      const [s, e, first] = rs[o.run % rs.length]!;
      // Letters stop at z), the roman numerals this generator writes at xx).
      if (first.n + (e - s) > (first.kind === 'letter' ? 26 : first.kind === 'roman' ? ROMANS.length : Infinity)) continue;
      d.splice(s + (o.at % (e - s + 1)), 0, 'x)\t' + POOL[o.text % POOL.length]!);
      relabel(d, s, e + 1, first);
    } else if (o.kind === 'delete' && rs.length) {
      const [s, e, first] = rs[o.run % rs.length]!;
      d.splice(s + (o.at % (e - s)), 1);
      relabel(d, s, e - 1, first);
    } else if (o.kind === 'move' && rs.length) {
      const [s, e, first] = rs[o.run % rs.length]!;
      const [moved] = d.splice(s + (o.from % (e - s)), 1);
      d.splice(s + (o.to % (e - s)), 0, moved!);
      relabel(d, s, e, first);
    } else if (o.kind === 'reword' && body > 0) {
      const i = 4 + (o.at % body);
      const p = reword(d[i]!, o.how, o.seed);
      if (p.trim() !== '' && !/^\s/.test(p)) d[i] = p;
    } else if (o.kind === 'paragraph') {
      d.splice(4 + (o.at % (body + 1)), 0, POOL[o.text % POOL.length]!);
    } else if (o.kind === 'drop' && body > 1) {
      d.splice(4 + (o.at % body), 1);
    }
  }
  return d;
}

/** A Resolution in force: its first four paragraphs and a window of the rest (Resolution 1 is long). */
const baseText = fc.record({ text: fc.nat(TEXTS.length - 1), from: fc.nat(), size: fc.integer({ min: 8, max: 60 }) }).map(({ text, from, size }) => {
  const all = baseParagraphs(TEXTS[text]!);
  const start = 4 + (from % Math.max(1, all.length - 4));
  return [...all.slice(0, 4), ...all.slice(start, start + size)];
});

describe('track: properties over generated amendments of real Resolutions', () => {
  test('the generator finds the lists of the texts: letters, roman numerals, decimal clauses', () => {
    const kinds = (t: string): string[] => runs(baseParagraphs(t)).map(([s, e, l]) => `${l.kind}:${l.prefix}${e - s}`);
    // Resolution 52: recognizing a)–c), recognizing further a)–c) with i)–v) under c), considering a)–k).
    assert.deepEqual(kinds(TEXTS[0]!).filter((k) => !k.startsWith('decimal')), ['letter:3', 'letter:3', 'roman:5', 'letter:11']);
    assert.ok(kinds(TEXTS[1]!).some((k) => /^decimal:\d+\.\d+$/.test(k)), kinds(TEXTS[1]!).join(' '));
  });

  test('new text = draft, old text = base, no mark across a paragraph break', () => {
    fc.assert(
      fc.property(baseText, fc.array(op, { minLength: 1, maxLength: 5 }), (base, ops) => {
        const draft = amend(base, ops);
        assertTracked(base, draft, track(base, draft));
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
  });

  test('one item inserted or deleted: one whole paragraph mark, and label-only marks on the relettered items', () => {
    fc.assert(
      fc.property(baseText, fc.oneof(op.filter((o) => o.kind === 'insert' || o.kind === 'delete')), (base, o) => {
        const draft = amend(base, [o]);
        fc.pre(draft.length !== base.length);
        const marked = track(base, draft);
        assertTracked(base, draft, marked);
        const changed = markedLines(marked);
        const whole = changed.filter((l) => /^\{(\+\+|--)[^]*(\+\+|--)\}$/.test(l) && !l.slice(3, -3).includes('}'));
        assert.equal(whole.length, 1, `one whole paragraph:\n${changed.join('\n')}`);
        for (const l of changed) if (l !== whole[0]) assert.match(l, /^\{~~([\w.]+)~>([\w.]+)~~}\)?\t[^{]*$/, `a label-only change:\n${changed.join('\n')}`);
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
  });
});

describe('track: footnotes', () => {
  // The text in force: three items, the first and third referencing a note each, the notes after the Resolution.
  const BASE = ['RESOLUTION 8 (Rev. Geneva, 2022)', 'Test', 'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'resolves',
    '1\tto act[^1];', '2\tto report;', '3\tto inform[^2].', '', '[^1]:\tAs appropriate.', '[^2]:\tThe membership.'];
  /** A proposal's paragraphs in one projection, blank lines left out (header and Reasons too). */
  const proposal = (text: string, kind: 'new' | 'old') =>
    parseDocument(text).views[kind].proposals[0]!.paragraphs.filter((p) => p.kind !== 'proposal-header' && p.kind !== 'reasons' && p.text.trim() !== '').map((p) => p.text);
  const body = (ls: readonly string[]) => ls.filter((l) => l.trim() !== '');

  test('whatever items and notes the draft leaves out, keeps or rewords: new text = draft, old text = the text in force (a note kept after its item was dropped was written deleted beside itself)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('keep', 'drop', 'reword'), { minLength: 5, maxLength: 5 }), (fates) => {
        // Items 1-3 and the two notes, each kept, dropped or reworded (without marks, as track's input is). A note is
        // dropped only with its item: a reference kept without its note is an excerpt's (not compared; footnote.undefined).
        if (fates[0] !== 'drop' && fates[3] === 'drop') fates[3] = 'keep';
        if (fates[2] !== 'drop' && fates[4] === 'drop') fates[4] = 'keep';
        const parts = [4, 5, 6, 8, 9];
        const draft = BASE.filter((_l, i) => !parts.includes(i) || fates[parts.indexOf(i)] !== 'drop')
          .map((l) => (parts.includes(BASE.indexOf(l)) && fates[parts.indexOf(BASE.indexOf(l))] === 'reword' ? l.replace(/([a-z]+)([.;])$/, '$1 in full$2') : l));
        const marked = track(BASE, draft);
        assert.deepEqual(proposal(marked, 'new'), body(draft), marked);
        assert.deepEqual(proposal(marked, 'old'), body(BASE), marked);
      }),
      { numRuns: Math.min(RUNS, 243), includeErrorInReport: true },
    );
  });

  test('a note restated under an excerpt that leaves out the item referencing it is compared with that note in force, not read as added (the twenty-fifth session\'s review)', () => {
    const index = new BaseIndex();
    index.update('base.itu', lines(...BASE));
    const check = (draft: string[]) => {
      const text = lines('MOD\tXX/1/1', ...draft, '', 'Reasons:\tr');
      return { text, found: checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code.startsWith('base.')) };
    };
    // The note alone, changed with marks: nothing to say of it.
    const noteOnly = check([BASE[0], '…', '[^1]:\tAs {~~appropriate~>necessary~~}.']);
    assert.deepEqual(noteOnly.found.map((f) => f.message), []);
    // Unchanged and unmarked beside an item changed without marks: track marks the item, not the note.
    const marked = track(BASE, [BASE[0], '…', '2\tto report annually;', '…', '[^1]:\tAs appropriate.']);
    assert.ok(!marked.includes('{++[^1]'), marked);
    assert.ok(marked.includes('2\tto report{++ annually++};'), marked);
  });
});

