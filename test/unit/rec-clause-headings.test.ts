// Recommendation clauses whose heading line is written otherwise than ITU's usual `n.n<TAB>Title` (review 8):
// a title in capitals (`7.2.1<TAB>HELLO`, X.609.7 (12/2018): protocol messages; acronyms; I11), and a directional
// mark before the number (`<U+200E>10.4.1<TAB>…`, F.921 (08/2018) as ITU's Word file has it; I7). Both are clauses
// in the text in force and in a MOD: a MOD restating one as in force is compared with it (an unmarked change is
// found, a marked one is clean), named by it, and compiled under it.
// Generated over every ITU-T Recommendation of test/corpus-kinds (real texts, test/corpus-kinds/README.md):
// clauses whose heading is followed by text alone up to the next clause get the heading written so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, compileTarget, listProposals, parseDocument, proposalTargets, provisionNumberAt, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const CORPUS = path.join(ROOT, 'test/corpus-kinds');
const RECOMMENDATIONS = fs.readdirSync(CORPUS).filter((f) => f.startsWith('T-REC-') && f.endsWith('.itu'));
const MARKS = ['\u200E', '\u200F', '\u061C'];

interface Clause {
  number: string;
  /** Index of its heading among the text's lines. */
  line: number;
  /** Its heading and the non-blank lines up to the next clause. */
  lines: string[];
  /** The line (index in `lines`) and word place a word is added at. */
  edit: [number, number];
}

/** Clauses of `text` headed by a number, a TAB and a title, followed by text alone (no table, figure, note definition) up to the next clause. */
function plainClauses(text: string): Clause[] {
  const all = text.split('\n');
  const doc = parseDocument(text);
  const headings = doc.views.new.paragraphs.filter((p) => p.kind === 'clause-heading' && p.label?.kind === 'decimal' && !p.label.paren);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const out: Clause[] = [];
  // A number the text gives twice (X.609.7 repeats 7.3.2.1.1–7.3.2.1.4 under 7.3.2.2) names the first: left out.
  const count = new Map<string, number>();
  for (const h of headings) count.set(h.label!.text, (count.get(h.label!.text) ?? 0) + 1);
  for (let k = 0; k + 1 < headings.length; k++) {
    const h = headings[k];
    if (count.get(h.label!.text) !== 1) continue;
    const first = lineOf(h.source.start);
    const next = lineOf(headings[k + 1].source.start);
    const heading = all[first];
    const title = heading.slice(heading.indexOf('\t') + 1);
    // The next clause's number written as ITU writes it too (not J.1108's `6.`, E.840's `.8`: faults of those texts).
    if (!/^\d+(?:\.\d+)*\t[A-Z][^\t]{2,60}$/.test(heading) || /[.;:,]$/.test(title) || !/^\d+(?:\.\d+)*\t/.test(all[next])) continue;
    const body = all.slice(first + 1, next).filter((l) => l.trim() !== '');
    if (body.length === 0 || body.some((l) => /^(?:\||\[\^|Table\b|Figure\b|NOTE\b|\d)|\t/.test(l))) continue;
    const long = body.findIndex((l) => l.split(' ').length >= 6);
    if (long < 0) continue;
    out.push({ number: h.label!.text, line: first, lines: [heading, ...body], edit: [long + 1, 2] });
  }
  return out;
}

/** The clause's lines with the word `new` added (marked or not) at its edit place. */
function withWord(lines: string[], at: [number, number], marked: boolean): string[] {
  const out = [...lines];
  const words = out[at[0]].split(' ');
  words.splice(at[1], 0, marked ? '{++new ++}' : 'new ');
  out[at[0]] = words.join(' ').replace('new  ', 'new ');
  return out;
}

const COVER = ['Meeting:\tITU-T Study Group 2, Geneva, 2027', 'Document:\t77', 'Proposals:\tUSA', ''];

/** A contribution of one MOD per clause, restating each as `heading` writes its first line, with `new` added (marked or not). */
function contribution(name: string, clauses: Clause[], heading: (c: Clause) => string, marked: boolean): string {
  const body: string[] = [];
  clauses.forEach((c, i) => {
    const restated = withWord(c.lines, c.edit, marked);
    restated[0] = heading(c);
    body.push(`MOD\tUSA/77/${i + 1}\tRecommendation ${name}`, ...restated, '', 'Reasons:\tClarity.', '');
  });
  return lines(...COVER, ...body);
}

interface Workspace {
  index: BaseIndex;
  name: string;
  text: string;
}

function workspace(file: string, text: string): Workspace {
  const index = new BaseIndex();
  index.update(file, text, parseDocument(text));
  const instruments = index.instruments();
  assert.equal(instruments.length, 1, file);
  return { index, name: instruments[0].instrument.name, text };
}

/** A real text of test/corpus-kinds as the only text in force of a workspace, with its provisions. */
function realText(file: string) {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  const ws = workspace(file, text);
  return { text, ws, provisions: ws.index.instruments()[0].provisions };
}

/** The Recommendations among them (an Implementers' Guide names none). */
const named = RECOMMENDATIONS.filter((file) => {
  const index = new BaseIndex();
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  index.update(file, text, parseDocument(text));
  return index.instruments().length === 1;
});

/** Findings about the comparison with the text in force and the reading of the proposals (not the Recommendation's own prose). */
const compared = (fs: Finding[]) => fs.filter((f) => /^(?:base|proposal|characters)\./.test(f.code));

/**
 * The whole check for clauses whose heading lines `inForce` rewrites in the text in force and `restated` in the
 * MOD: each clause is a provision of the text in force with its own lines; a faithful MOD with a marked change
 * has no finding; an unmarked change is one base.untracked-change in each MOD; the proposals are named by the
 * clause and compiled under it.
 */
function checkClauses(file: string, clauses: Clause[], inForce: (c: Clause) => string, restated: (c: Clause) => string): void {
  const all = fs.readFileSync(path.join(CORPUS, file), 'utf8').split('\n');
  for (const c of clauses) all[c.line] = inForce(c);
  const ws = workspace(file, all.join('\n'));
  const provisions = ws.index.instruments()[0].provisions;
  for (const c of clauses) {
    const expected = [inForce(c), ...c.lines.slice(1)];
    assert.deepEqual(provisions.get(c.number)?.paragraphs, expected, `${file} clause ${c.number}: a provision of the text in force`);
  }
  const marked = contribution(ws.name, clauses, restated, true);
  const markedDoc = parseDocument(marked);
  assert.deepEqual(compared(checkDocument(markedDoc, { bases: ws.index.lookup })).map((f) => `${f.code} ${f.message}`), [], `${file}: faithful MODs`);
  const unmarked = parseDocument(contribution(ws.name, clauses, restated, false));
  const found = compared(checkDocument(unmarked, { bases: ws.index.lookup }));
  assert.deepEqual(found.map((f) => f.code), clauses.map(() => 'base.untracked-change'), `${file}: one unmarked word in each MOD`);
  for (const f of found) assert.match(f.message, /draft adds 'new'/);
  // Named by the clause (the proposals list), and compiled under it.
  const sources = [{ location: file, doc: parseDocument(ws.text) }, { location: 'usa-77.itu', doc: markedDoc }];
  const targets = listProposals(sources, ws.index.lookup.provisions).filter((p) => p.location === 'usa-77.itu').map((p) => p.target);
  assert.deepEqual(targets, clauses.map((c) => `${ws.name} clause ${c.number}`), `${file}: proposals`);
  for (const c of clauses.slice(0, 3)) {
    const compiled = compileTarget(`${ws.name} clause ${c.number}`, sources, ws.index.lookup);
    assert.deepEqual(compiled?.proposals.map((p) => p.id), [`USA/77/${clauses.indexOf(c) + 1}`], `${file}: compile of clause ${c.number}`);
  }
}

/** Titles in capitals a Recommendation gives its clauses: the title itself, message names, acronyms, mixed. */
const CAPITALS = [(t: string) => t.toUpperCase(), () => 'HELLO', () => 'SIP', () => '3GPP', () => 'REGISTER/200 OK', () => 'IMS-AKA (RFC 3310)', () => 'BUFFERMAP'];

/** `each` for every Recommendation's plain clauses (at most `limit`); at least 30 clauses in all. */
function overRecommendations(limit: number, each: (file: string, clauses: Clause[]) => void): void {
  let checked = 0;
  for (const file of named) {
    const clauses = plainClauses(fs.readFileSync(path.join(CORPUS, file), 'utf8')).slice(0, limit);
    if (clauses.length === 0) continue;
    each(file, clauses);
    checked += clauses.length;
  }
  assert.ok(checked >= 30, `clauses checked: ${checked}`);
}

test('a clause titled in capitals is a clause of the text in force and of a MOD restating it (review 8, I11)', () => {
  overRecommendations(12, (file, clauses) => {
    const capitals = (c: Clause) => {
      const tab = c.lines[0].indexOf('\t');
      return `${c.lines[0].slice(0, tab)}\t${CAPITALS[clauses.indexOf(c) % CAPITALS.length](c.lines[0].slice(tab + 1))}`;
    };
    checkClauses(file, clauses, capitals, capitals);
  });
});

test('X.609.7 as ITU wrote it: clauses 7.2.1 to 7.2.9 (HELLO … BYE) are provisions, and a MOD of 7.2.1 is compared', () => {
  // The real text (test/corpus-kinds), unchanged: before, 7.2 ran on to clause 7.3 and a MOD of 7.2.1 had no finding.
  const { ws, provisions } = realText('T-REC-X.609.7-201812.itu');
  const titles = ['7.2.1\tHELLO', '7.2.2\tPELLO', '7.2.3\tREFRESH', '7.2.4\tBUFFERMAP', '7.2.5\tGET', '7.2.6\tBUSY', '7.2.7\tDATA', '7.2.8\tCANCEL', '7.2.9\tBYE'];
  for (const t of titles) assert.equal(provisions.get(t.split('\t')[0])?.paragraphs[0], t);
  assert.ok(!provisions.get('7.2')!.paragraphs.includes('7.2.1\tHELLO'), 'clause 7.2 ends before 7.2.1');
  const hello = provisions.get('7.2.1')!.paragraphs;
  assert.ok(!hello.includes('7.2.2\tPELLO'));
  const mod = (changed: string) => lines(...COVER, `MOD\tKOR/88/1\tRecommendation ${ws.name}`, hello[0], hello[1].replace('two peers', changed), ...hello.slice(2), '', 'Reasons:\tr.');
  assert.deepEqual(compared(checkDocument(parseDocument(mod('two {++or more ++}peers')), { bases: ws.index.lookup })), []);
  const found = compared(checkDocument(parseDocument(mod('two or more peers')), { bases: ws.index.lookup }));
  assert.deepEqual(found.map((f) => f.code), ['base.untracked-change']);
});

test('a number and a cell in capitals inside a clause stays text of it: a table row is no clause', () => {
  // `1<TAB>TRUE`, `2<TAB>FALSE` under clause 7.3 (a value table): the numbering does not go on from 7.3 to 1.
  const text = lines('Recommendation ITU-T X.999 (01/2027)', '7\tProtocol', '7.1\tValues', 'The flag takes these values:', '1\tTRUE', '2\tFALSE',
    'Other values are reserved.', '7.2\tMESSAGES', 'The messages follow.', '7.2.1\tHELLO', 'A peer greets.', '8\tSECURITY', 'None.');
  const index = new BaseIndex();
  index.update('x999.itu', text, parseDocument(text));
  const provisions = index.instruments()[0].provisions;
  assert.deepEqual(provisions.get('7.1')?.paragraphs, ['7.1\tValues', 'The flag takes these values:', '1\tTRUE', '2\tFALSE', 'Other values are reserved.']);
  assert.equal(provisions.get('1'), undefined);
  assert.deepEqual([...provisions.keys()], ['7', '7.1', '7.2', '7.2.1', '8']);
  // Numbers alone, one letter, several cells: no title.
  assert.equal(provisionNumberAt('4\t2', 'Recommendation'), undefined);
  assert.equal(provisionNumberAt('2\tA', 'Recommendation'), undefined);
  assert.equal(provisionNumberAt('1\tTRUE\tFALSE', 'Recommendation'), undefined);
  assert.deepEqual(provisionNumberAt('7.2.1\tHELLO', 'Recommendation'), { numbers: ['7.2.1'], length: 6, capitals: true });
  // In a proposal, which may leave clauses out, a title in capitals after an earlier clause is one; a number going back is not.
  const mod = lines(...COVER, 'MOD\tKOR/1/1\tRecommendation ITU-T X.999', '7.1\tValues', 'The flag takes these values:', '1\tTRUE', '…', '7.2.1\tHELLO', 'A peer greets.', '', 'Reasons:\tr.');
  assert.deepEqual(proposalTargets(parseDocument(mod)).map((t) => t.provisions.map((p) => [p.number, p.paragraphs.length])), [[['7.1', 4], ['7.2.1', 2]]]);
});

test('a directional mark before a clause number is read as nothing, in the text in force and in a MOD (review 8, I7)', () => {
  overRecommendations(8, (file, clauses) => {
    const mark = (c: Clause) => MARKS[clauses.indexOf(c) % MARKS.length] + c.lines[0];
    // As copied from the text in force (the mark kept), and with the mark removed.
    checkClauses(file, clauses, mark, mark);
    checkClauses(file, clauses, mark, (c) => c.lines[0]);
    // The text in force itself: no finding on the marked lines (the numbering reads them).
    const all = fs.readFileSync(path.join(CORPUS, file), 'utf8').split('\n');
    for (const c of clauses) all[c.line] = mark(c);
    const text = all.join('\n');
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    const onMarked = checkDocument(parseDocument(text)).filter((f) => clauses.some((c) => c.line === lineOf(f.start)));
    assert.deepEqual(onMarked.map((f) => f.code), [], file);
  });
});

test('F.921 as ITU wrote it: clauses 10.4.1 and 10.4.2 after their LEFT-TO-RIGHT MARK are provisions; a faithful MOD of 10.4 is clean', () => {
  const file = 'T-REC-F.921-201808.itu';
  const { text, ws, provisions } = realText(file);
  assert.equal(provisions.get('10.4.1')?.paragraphs[0], '\u200E10.4.1\tWarning walking surface indicators');
  assert.equal(provisions.get('10.4.2')?.paragraphs[0], '\u200E10.4.2\tDirectional walking surface indicators');
  assert.equal(provisions.get('10.4')!.paragraphs.length, 2, 'clause 10.4 ends at 10.4.1');
  const [h104, p104] = provisions.get('10.4')!.paragraphs;
  const [h1, p1] = provisions.get('10.4.1')!.paragraphs;
  for (const heading of [h1, h1.slice(1)]) {
    const mod = lines(...COVER, `MOD\tUSA/123/1\tRecommendation ${ws.name}`, h104, p104, heading, p1.replace('pedestrian', '{~~pedestrian~>pedestrian and vehicular~~}'), '', 'Reasons:\tr.');
    const doc = parseDocument(mod);
    assert.deepEqual(compared(checkDocument(doc, { bases: ws.index.lookup })).map((f) => f.message), [], JSON.stringify(heading));
    // compile of 10.4 takes 10.4 alone: before, 10.4.2 and the rest of 10.4 were "deleted" in USA's name.
    const c = compileTarget(`${ws.name} clause 10.4`, [{ location: file, doc: parseDocument(text) }, { location: 'usa.itu', doc }], ws.index.lookup)!;
    assert.deepEqual(c.paragraphs.map((p) => p.status), ['unchanged', 'unchanged']);
  }
  // A mark inside the number still keeps it from being read: reported.
  const inside = lines(...COVER, `MOD\tUSA/123/1\tRecommendation ${ws.name}`, h104, p104, '10.\u200E4.1\tWarning walking surface indicators', p1, '', 'Reasons:\tr.');
  assert.deepEqual(checkDocument(parseDocument(inside), { bases: ws.index.lookup }).filter((f) => f.code === 'characters.invisible').length, 1);
});

test('a label after a directional mark is checked and fixed as the same label without it; the fix leaves the mark', () => {
  for (const mark of MARKS) {
    const body = (third: string) => lines('Recommendation ITU-T X.999 (01/2027)', '1\tScope', 'This Recommendation covers things.', `${mark}2\tReferences`, 'None.',
      `${mark}2.1\tGeneral`, 'Text.', `${mark}${third}\tSpecial`, 'Text.');
    assert.deepEqual(checkDocument(parseDocument(body('2.2'))), [], JSON.stringify(mark));
    const text = body('2.3');
    const found = checkDocument(parseDocument(text));
    assert.deepEqual(found.map((f) => [f.code, text.slice(f.start, f.end)]), [['numbering.gap', '2.3']]);
    assert.equal(applyEdits(text, found[0].fix!.edits), body('2.2'));
  }
});
