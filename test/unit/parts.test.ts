// Parts of a document read alone (issue 14, server memory), instead of a parse of the whole document:
// the hover from the front and the proposal at the position (DocumentRecord.regionAt, core regionAt),
// and what the base index reads of an open document not checked yet (core frontOf). Each must equal
// what the whole parse gives.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, frontOf, LineIndex, parseDocument } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { random, sizedDocument } from '../corpus';
import { ROOT } from './helpers';
import { cases } from '../support/scale';

const PROVISIONS = path.join(ROOT, 'test/fixtures/provisions');
const read = (file: string) => fs.readFileSync(file, 'utf8');

/** Base texts: the provision fixtures (RR, CS articles) and the example Resolution. */
function workspace(): MemoryWorkspace {
  const ws = new MemoryWorkspace('file:///ws');
  for (const f of fs.readdirSync(PROVISIONS)) if (f.endsWith('.itu') && !f.startsWith('wrc-') && !f.startsWith('pp-') && !f.startsWith('rec-')) ws.write(f, read(path.join(PROVISIONS, f)));
  ws.write('res99.itu', read(path.join(ROOT, 'examples/res99-geneva-2022.itu')));
  return ws;
}

/**
 * A contribution whose footnotes are defined in the front, in the same proposal and in another one,
 * with references, marks and provision mentions whose instrument a heading of an earlier proposal names.
 */
const FOOTNOTES = [
  'Source:\tEUR',
  'Subject:\tTest[^f]',
  '',
  '[^f]:\tDefined in the front.',
  '',
  'MOD\tEUR/16A1/1',
  'ARTICLE 5',
  '',
  '5.339\tBands 1 370-1 400 MHz are allocated on a {++primary++} basis[^a].',
  '',
  'Reasons:\tTo align[^b].',
  '',
  'ADD\tEUR/16A1/2',
  '',
  'Text mentioning No. 5.339 and No. 5.338A and CS 168 again[^a][^f][^x].',
  '',
  '[^b]:\tDefined in the second proposal.',
  '',
  'Reasons:\tConsistency.',
  '',
  'NOC\tEUR/16A1/3',
  '',
  '[^a]:\tDefined in the last proposal.',
  '',
  'Reasons:\tNone.',
  '',
  // Restated under the heading of the first proposal (proposalTargets reads headings before a proposal).
  'MOD\tEUR/16A1/4',
  '',
  '5.339\tBands 1 370-1 400 MHz are allocated on a {--secondary--}{++primary++} basis.',
  '5.338A',
  '',
  'Reasons:\tAlignment with No. 5.339.',
  '',
].join('\n');

/**
 * Two services on one workspace, the text open in `whole` and parsed whole there (the answers to compare with);
 * `part` has it not open yet. Not a file of the workspace: an open file goes into the base index when read, which
 * without its diagnostics (the analysis) still takes the whole parse.
 */
async function twoServices(name: string, text: string, withBases: boolean) {
  const ws = withBases ? workspace() : new MemoryWorkspace('file:///empty');
  const part = createItuService({ workspace: ws });
  const whole = createItuService({ workspace: ws });
  await part.scan();
  await whole.scan();
  const uri = `untitled:${name}`;
  whole.open(uri, 1, text);
  void whole.get(uri)!.doc;
  return { part, whole, uri };
}

/**
 * `analysed`: the version's diagnostics made first, as an editor's are, so that the parts are the analysis's (its
 * proposals checked one by one); else the record cuts the text itself.
 */
async function compare(name: string, text: string, positions: { line: number; character: number }[], withBases: boolean, analysed = false): Promise<{ answered: number; parts: number }> {
  const { part, whole, uri } = await twoServices(name, text, withBases);
  let answered = 0;
  let parts = 0;
  for (const position of positions) {
    // A fresh record where a part had to ask the whole (it leaves it parsed), or each time where nothing is analysed.
    if (!analysed || !part.get(uri) || part.get(uri)!.isParsed) {
      part.open(uri, 1, text);
      if (analysed) await part.diagnostics(uri);
    }
    const got = part.hover(uri, position);
    if (!part.get(uri)!.isParsed) parts++;
    assert.deepEqual(got, whole.hover(uri, position), `${name} at ${position.line}:${position.character}`);
    if (got) answered++;
  }
  return { answered, parts };
}

/** Every position of every line (up to `limit` lines, `step` characters apart). */
function positions(text: string, step: number, limit = Infinity): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').slice(0, limit).forEach((l, line) => {
    for (let character = 0; character <= l.length; character += step) out.push({ line, character });
  });
  return out;
}

describe('hover from a part of the document', () => {
  test('footnotes defined in the front, the proposal and elsewhere; provisions named by an earlier heading; with and without base texts', async () => {
    for (const withBases of [true, false]) {
      const r = await compare('footnotes.itu', FOOTNOTES, positions(FOOTNOTES, 1), withBases);
      assert.ok(r.answered > 100, `${r.answered} hovers answered`);
      assert.ok(r.parts > 0 && r.parts < positions(FOOTNOTES, 1).length, `${r.parts} answered by a part`);
    }
  });

  test('the examples, the provision fixtures and a generated contribution: the same hover at every position', async () => {
    const texts: [string, string][] = [
      ['res99-amendment.itu', read(path.join(ROOT, 'examples/res99-amendment.itu'))],
      ['res99-geneva-2022.itu', read(path.join(ROOT, 'examples/res99-geneva-2022.itu'))],
      ...fs.readdirSync(PROVISIONS).filter((f) => f.endsWith('.itu')).map((f): [string, string] => [f, read(path.join(PROVISIONS, f))]),
    ];
    let parts = 0;
    let analysedParts = 0;
    // Every third character in a full run; in a quick one (npm run test:fast) every eighteenth.
    const step = 3 * Math.round(30 / cases(30, 5));
    for (const [name, text] of texts) {
      parts += (await compare(name, text, positions(text, step), true)).parts;
      analysedParts += (await compare(name, text, positions(text, step), true, true)).parts;
    }
    assert.ok(parts > 3000 / step, `${parts} hovers answered by a part`);
    assert.ok(analysedParts > 3000 / step, `${analysedParts} hovers answered by a part of the analysis`);
    // A larger contribution (many proposals, marks, references): positions drawn at random.
    const big = sizedDocument(60_000);
    const lines = big.split('\n');
    const rnd = random(7);
    const sample = Array.from({ length: 400 }, () => {
      const line = Math.floor(rnd() * lines.length);
      return { line, character: Math.floor(rnd() * (lines[line].length + 1)) };
    });
    for (const analysed of [false, true]) {
      const r = await compare('big.itu', big, sample, true, analysed);
      assert.ok(r.answered > 30 && r.parts > 300, `${r.answered} answered, ${r.parts} by a part`);
    }
    assert.ok(parseDocument(big).proposals.length > 10);
  });
});

test('with base texts, a hover on an item label or a cover field is answered by a part (only a line opening with a number may name a provision)', async () => {
  // Code review: every hover left of a TAB asked the whole parse once base texts were configured.
  const text = read(path.join(ROOT, 'examples/res99-amendment.itu'));
  const at = text.split('\n').flatMap((l, line) => (/^([a-z]\)|[A-Z][a-z]+:)\t/.test(l) ? [{ line, character: 1 }] : []));
  assert.ok(at.length > 10, `${at.length} labels and fields`);
  const r = await compare('labels.itu', text, at, true);
  assert.equal(r.parts, at.length, `${r.parts} of ${at.length} answered by a part`);
});

describe('what the base index reads of a document not checked yet', () => {
  const texts = (): [string, string][] => [
    ['footnotes.itu', FOOTNOTES],
    ['res99-amendment.itu', read(path.join(ROOT, 'examples/res99-amendment.itu'))],
    ['res99-geneva-2022.itu', read(path.join(ROOT, 'examples/res99-geneva-2022.itu'))],
    ...fs.readdirSync(PROVISIONS).filter((f) => f.endsWith('.itu')).map((f): [string, string] => [f, read(path.join(PROVISIONS, f))]),
    ...fs.readdirSync(path.join(ROOT, 'test/corpus-kinds')).filter((f) => f.endsWith('.itu')).map((f): [string, string] => [f, read(path.join(ROOT, 'test/corpus-kinds', f))]),
    // Base texts outside proposals before them, ADD proposals with placeholders, a large contribution.
    ['front-and-adds.itu', `${read(path.join(ROOT, 'examples/res99-geneva-2022.itu'))}\n${read(path.join(PROVISIONS, 'placeholders.itu'))}`],
    ['big.itu', sizedDocument(60_000)],
  ];
  const indexed = (index: BaseIndex) => JSON.stringify({ all: index.all(), instruments: index.instruments(), placeholders: index.placeholders() });

  test('the front and the ADD proposals, each parsed alone, index as the whole parse does', () => {
    let read = 0;
    for (const [name, text] of texts()) {
      const whole = new BaseIndex();
      whole.update(`file:///ws/${name}`, text, parseDocument(text));
      const parts = new BaseIndex();
      const got = frontOf(text);
      if (got) read++;
      parts.update(`file:///ws/${name}`, text, got?.front ?? parseDocument(text), got?.placeholders);
      assert.equal(indexed(parts), indexed(whole), name);
      if (name === 'front-and-adds.itu') assert.ok(got && whole.all().length > 0 && whole.placeholders().length > 0, 'a base text and placeholders, read in parts');
    }
    assert.ok(read >= 5, `${read} texts read in parts`);
  });
});

describe("the tracked-change preview's marks of a version not parsed whole", () => {
  /** Pieces an edit inserts: marks, headers (of each action; one inside a mark), comments, alternatives, line ends. */
  const PIECES = ['{++x++}', '{--y--}', '{~~a~>b~~}', '{>>note<<}', '{==hl==}', '{++[AAA: one] [BBB: two]++}', '\n', '\nMOD\tEUR/16A1/9\n', '\nADD\tEUR/16A1/8\n', '\n(MOD)\tEUR/16A1/7\n', '\nSUP\tEUR/16A1/6\n', '{++', '--}', 'word '];

  /** marksOf from the analysis (the version checked, not parsed whole) and from the whole parse: whether the first read parts. */
  async function same(name: string, text: string, withBases: boolean): Promise<boolean> {
    const { part, whole, uri } = await twoServices(name, text, withBases);
    part.open(uri, 1, text);
    const got = await part.marks(uri);
    const inParts = !part.get(uri)!.isParsed;
    assert.deepEqual(got, await whole.marks(uri), name);
    return inParts;
  }

  test('the examples, the provision fixtures and generated contributions, edited at random: the same marks and counts', async () => {
    const texts: [string, string][] = [
      ['footnotes.itu', FOOTNOTES],
      ['res99-amendment.itu', read(path.join(ROOT, 'examples/res99-amendment.itu'))],
      ...fs.readdirSync(PROVISIONS).filter((f) => f.endsWith('.itu')).map((f): [string, string] => [f, read(path.join(PROVISIONS, f))]),
      ['big.itu', sizedDocument(30_000)],
    ];
    const rnd = random(11);
    let inParts = 0;
    let all = 0;
    for (const [name, text] of texts) {
      for (let k = 0; k < 8; k++) {
        // The text as it stands, then with one to three pieces typed at random places.
        let edited = text;
        for (let e = 0; e < k % 4; e++) {
          const at = Math.floor(rnd() * (edited.length + 1));
          edited = edited.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + edited.slice(at);
        }
        all++;
        if (await same(`${name}#${k}`, edited, k % 2 === 0)) inParts++;
      }
    }
    // Most texts hold proposals and no fault across them: read in parts.
    assert.ok(inParts > all / 2, `${inParts} of ${all} read in parts`);
  });

  test('a contribution is previewed without the whole parse, with base texts, as typing goes on, a MOD without marks of a text not in force among its proposals', async () => {
    // The MOD without marks: previewed from its comparison with its text in force, which the workspace does not hold
    // (the analysis says so): nothing to read from the whole parse for it.
    const text = `${sizedDocument(30_000)}\nMOD\tEXA/12A3/99\nRESOLUTION 777 (Rev. Geneva, 2022)\nA title\nThe World Telecommunication Standardization Assembly (Geneva, 2028),\nresolves\n1\tto do this;\n\nReasons:\tr.\n`;
    const service = createItuService({ workspace: workspace() });
    await service.scan();
    const uri = 'untitled:marked.itu';
    service.open(uri, 1, text);
    const at = text.split('\n').findIndex((l, i) => i > 200 && /^[a-z]\)\t.{20}/.test(l));
    // Nor is the version's text read whole: the analysis of a version made from the edits of one checked (an editor
    // pulls the diagnostics of the version it opens) keeps the text in pieces, and joining them (flattened at the
    // first slice) was most of a preview request in a 1 MB contribution.
    await service.diagnostics(uri);
    const text_ = Object.getOwnPropertyDescriptor(DocumentRecord.prototype, 'text')!;
    let joined = 0;
    Object.defineProperty(DocumentRecord.prototype, 'text', { ...text_, get(this: DocumentRecord) { joined++; return text_.get!.call(this); } });
    try {
      for (let v = 2; v < 6; v++) {
        service.change(uri, v, [{ range: { start: { line: at, character: 5 }, end: { line: at, character: 5 } }, text: 'x' }]);
        await service.diagnostics(uri);
        joined = 0;
        const got = (await service.marks(uri, { start: { line: at - 20, character: 0 }, end: { line: at + 20, character: 0 } }))!;
        assert.ok(got.version === v && got.marks.length > 5 && got.proposals.length > 5, `${got.marks.length} marks, ${got.proposals.length} proposals`);
        assert.ok(got.marks.some((m) => m.newText || m.oldText), 'the marks carry their texts');
        assert.equal(service.get(uri)!.isParsed, false, `version ${v}: the marks parsed the whole version`);
        assert.equal(joined, 0, `version ${v}: the marks read the whole text`);
      }
    } finally {
      Object.defineProperty(DocumentRecord.prototype, 'text', text_);
    }
  });
});

test('typing in a MOD written without marks, its text in force in the workspace: its changes are previewed from the proposal checked alone, as the whole parse gives them', async () => {
  // The preview shows such a MOD's comparison with its text in force as marks: read from the whole parse, each request
  // after a keystroke parsed the whole text (6 ms of a keystroke's 8 in a 100 KB contribution).
  const unmarked = parseDocument(read(path.join(ROOT, 'examples/res99-amendment.itu'))).views.new.text;
  const text = `${sizedDocument(20_000)}\n${unmarked.slice(unmarked.indexOf('MOD\t'))}`;
  const lines = text.split('\n');
  const header = text.slice(0, text.lastIndexOf('MOD\tEXA/12A3/1')).split('\n').length - 1;
  const item = lines.findIndex((l, i) => i > header && l.startsWith('a)\tthat contributions'));
  assert.ok(item > 0);
  const service = createItuService({ workspace: workspace() });
  await service.scan();
  const uri = 'untitled:unmarked.itu';
  service.open(uri, 1, text);
  await service.diagnostics(uri);
  let edited = text;
  const rnd = random(4);
  for (let v = 2; v < 8; v++) {
    // A word typed, or a few characters deleted, somewhere in the item's line.
    const line = edited.split('\n')[item];
    const character = 3 + Math.floor(rnd() * (line.length - 3));
    const remove = v % 3 === 0 ? Math.min(3, line.length - character) : 0;
    const typed = remove ? '' : ['new ', 'x', 'further '][v % 3];
    service.change(uri, v, [{ range: { start: { line: item, character }, end: { line: item, character: character + remove } }, text: typed }]);
    const offset = new LineIndex(edited).offset({ line: item, character });
    edited = edited.slice(0, offset) + typed + edited.slice(offset + remove);
    await service.diagnostics(uri);
    const got = (await service.marks(uri, { start: { line: item - 30, character: 0 }, end: { line: item + 30, character: 0 } }))!;
    assert.equal(service.get(uri)!.isParsed, false, `version ${v}: the preview parsed the whole version`);
    const whole = createItuService({ workspace: workspace() });
    await whole.scan();
    whole.open(uri, v, edited);
    void whole.get(uri)!.doc;
    const want = (await whole.marks(uri, { start: { line: item - 30, character: 0 }, end: { line: item + 30, character: 0 } }))!;
    assert.deepEqual(got, want, `version ${v}`);
    assert.ok(got.marks.some((m) => m.virtual) && got.proposals.some((p) => p.unmarked > 0), `version ${v}: the MOD's changes are previewed`);
  }
});

test("accept and reject code actions at a mark read the analysis's marks, as the whole parse gives them", async () => {
  // The lightbulb asks code actions at every pause in typing: from the whole parse, each ask parsed the whole text.
  const texts: [string, string][] = [
    ['footnotes.itu', FOOTNOTES],
    ['res99-amendment.itu', read(path.join(ROOT, 'examples/res99-amendment.itu'))],
    ['big.itu', sizedDocument(30_000)],
  ];
  const rnd = random(5);
  let inParts = 0;
  let offered = 0;
  for (const [name, text] of texts) {
    const lines = text.split('\n');
    for (let k = 0; k < 25; k++) {
      const line = Math.floor(rnd() * lines.length);
      const a = Math.floor(rnd() * (lines[line].length + 1));
      const range = { start: { line, character: a }, end: { line, character: Math.min(lines[line].length, a + Math.floor(rnd() * 30)) } };
      const uri = `untitled:${name}`;
      const part = createItuService({ workspace: new MemoryWorkspace('file:///empty') });
      const whole = createItuService({ workspace: new MemoryWorkspace('file:///empty') });
      await part.scan();
      await whole.scan();
      part.open(uri, 1, text);
      whole.open(uri, 1, text);
      void whole.get(uri)!.doc;
      await part.diagnostics(uri);
      await whole.diagnostics(uri);
      const got = await part.codeActions(uri, range, [], ['refactor.rewrite']);
      if (!part.get(uri)!.isParsed) inParts++;
      assert.deepEqual(got, await whole.codeActions(uri, range, [], ['refactor.rewrite']), `${name} ${JSON.stringify(range)}`);
      if (got.length) offered++;
    }
  }
  assert.ok(offered > 5, `${offered} ranges with accept/reject`);
  // footnotes.itu is checked whole: its fourth proposal stands under the ARTICLE heading its first one restates
  // (core/incremental.ts underFrontInstrument, seventeenth session), so the whole parse answers there.
  assert.equal(inParts, 50, `${inParts} of 75 answered without the whole parse`);
});

test('the marks of a range are those of the whole that stand in it, and the proposals are counted whole', async () => {
  // The preview asks the lines an editor shows (client/src/preview.ts): a document of thousands of marks is not sent
  // whole after every keystroke.
  const texts: [string, string][] = [
    ['footnotes.itu', FOOTNOTES],
    ['res99-amendment.itu', read(path.join(ROOT, 'examples/res99-amendment.itu'))],
    ['big.itu', sizedDocument(30_000)],
    // A MOD without marks: its changes are previewed from its comparison with the text in force.
    ['res99-unmarked.itu', parseDocument(read(path.join(ROOT, 'examples/res99-amendment.itu'))).views.new.text],
  ];
  const rnd = random(9);
  let virtual = 0;
  let some = 0;
  for (const [name, text] of texts) {
    const service = createItuService({ workspace: workspace() });
    await service.scan();
    const uri = `untitled:${name}`;
    service.open(uri, 1, text);
    const all = (await service.marks(uri))!;
    const lines = text.split('\n').length;
    const index = new LineIndex(text);
    const key = (m: { range: { start: { line: number; character: number } } }) => m.range.start.line * 1e6 + m.range.start.character;
    for (let k = 0; k < 20; k++) {
      const a = Math.floor(rnd() * lines);
      const b = Math.min(lines, a + Math.floor(rnd() * 80));
      const range = { start: { line: a, character: 0 }, end: { line: b, character: 0 } };
      const part = (await service.marks(uri, range))!;
      assert.deepEqual(part.proposals, all.proposals, `${name} ${a}-${b}: the proposals' counts`);
      assert.deepEqual(part.range, range);
      // A mark stands in the lines when it overlaps them (one that runs into the first line from before it too); a range
      // of no line is read as its first character.
      const from = index.offset(range.start);
      const to = Math.max(index.offset(range.end), from + 1);
      const overlaps = (m: (typeof all.marks)[number]) => index.offset(m.range.start) < to && (from < index.offset(m.range.end) || (m.virtual === true && index.offset(m.range.start) === index.offset(m.range.end) && from === index.offset(m.range.end)));
      virtual += part.marks.filter((m) => m.virtual).length;
      assert.deepEqual(part.marks.map(key), all.marks.filter(overlaps).map(key), `${name} ${a}-${b}`);
      if (part.marks.length > 0 && part.marks.length < all.marks.length) some++;
    }
  }
  assert.ok(some > 10, `${some} ranges held some marks, not all`);
  assert.ok(virtual > 0, 'no change of the MOD without marks stood in a range');
});

test('at each pause in typing, the outline, the folding ranges and a completion after a TAB read the parts, not a whole parse', async () => {
  // VS Code asks the outline and the folding ranges at every pause, and a completion at every TAB typed (a trigger
  // character): each made a whole parse while the diagnostics re-checked one proposal (a 1 MB contribution: 118 ms,
  // then 60 ms for the completion once the outline parsed no more). Their answers are the whole parse's
  // (outline-parts.test.ts, editor.test.ts); here, that they make none.
  const text = sizedDocument(40_000);
  const lines = text.split('\n');
  const items = lines.flatMap((l, i) => (/^[a-z]\)\t.{30}/.test(l) ? [i] : []));
  const service = createItuService({ workspace: new MemoryWorkspace('file:///empty') });
  await service.scan();
  const uri = 'untitled:pause.itu';
  service.open(uri, 1, text);
  await service.diagnostics(uri);
  // The first outline of a document is read whole once (outline.ts seeded): the versions after it are not.
  service.documentSymbols(uri);
  const rnd = random(8);
  let v = 2;
  for (let k = 0; k < 8; k++) {
    const line = items[Math.floor(rnd() * items.length)];
    for (const typed of ['x', 'y', k % 2 ? '\n' : ' ']) service.change(uri, v++, [{ range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: typed }]);
    await service.diagnostics(uri);
    const symbols = service.documentSymbols(uri);
    const folding = service.foldingRanges(uri);
    assert.equal(service.get(uri)!.isParsed, false, `pause ${k}: the outline made a whole parse`);
    // A TAB typed after the label of the next line (answered with nothing: no completion mid-line).
    const next = line + 1 + (k % 2);
    service.change(uri, v++, [{ range: { start: { line: next, character: 2 }, end: { line: next, character: 2 } }, text: '\t' }]);
    await service.diagnostics(uri);
    const completion = service.completion(uri, { line: next, character: 3 });
    assert.equal(service.get(uri)!.isParsed, false, `pause ${k}: the completion made a whole parse`);
    assert.ok(symbols.length > 10 && folding.length > 10, `pause ${k}: ${symbols.length} symbols, ${folding.length} folding ranges`);
    assert.deepEqual(completion, [], `pause ${k}`);
  }
});

/**
 * A proposal whose own words do not tell its language (`SUP<TAB>…`, a number, a short Reasons) is in the whole text's
 * language, as the checks read it (editor-equals-cli.test.ts). On its number a hover is the whole's (a part cannot tell
 * which instrument a number is of): the same answer as a service that parsed the text whole, in the whole's language.
 */
test('a hover on the number of a proposal whose words do not tell its language answers in the whole text\'s language', async () => {
  const ws = new MemoryWorkspace('file:///ws');
  ws.write('cs-article1.itu', read(path.join(PROVISIONS, 'cs-article1.itu')));
  const front = 'Meeting:\tPlenipotentiary Conference (PP-26)\nDocument:\t30\nAddendum:\t4\nProposals:\tAFCP\n\nCONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION\n\n';
  const proposal = (f: string) => {
    const t = read(path.join(ROOT, 'test/fixtures/languages', f));
    return t.slice(t.indexOf('\nADD\t') + 1).replace(/\n*$/, '\n');
  };
  const hovers: string[] = [];
  for (const body of [proposal('draft-fr.itu'), proposal('draft-en.itu')]) {
    const text = `${front}${body}\nSUP\tAFCP/30A4/2\n3\nReasons:\tObsolete.\n`;
    const position = { line: text.split('\n').indexOf('SUP\tAFCP/30A4/2') + 1, character: 0 };
    const part = createItuService({ workspace: ws });
    const whole = createItuService({ workspace: ws });
    await part.scan();
    await whole.scan();
    const uri = 'untitled:sup.itu';
    whole.open(uri, 1, text);
    void whole.get(uri)!.doc;
    part.open(uri, 1, text);
    await part.diagnostics(uri);
    assert.ok(!part.get(uri)!.isParsed, 'analysed by parts');
    const got = part.hover(uri, position);
    assert.deepEqual(got, whole.hover(uri, position));
    hovers.push(JSON.stringify(got));
  }
  // The French text is told the text in force is English only; the English one is quoted it.
  assert.match(hovers[0], /in `en` only/);
  assert.doesNotMatch(hovers[1], /only/);
});
