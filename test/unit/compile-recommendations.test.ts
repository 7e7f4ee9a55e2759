// Compiling several parties' revisions of a Recommendation (review 8, I13): one target per Recommendation, whatever
// each party writes after its id; the merged draft keeps the Recommendation's headings (number line, title, formula,
// calls); ITU-R's lettering `h) j)` survives the merge's relettering. The texts in force are test/corpus-kinds'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, compileTarget, listProposals, mergedDraft, parseDocument } from '../../server/src/core';
import { compileWorkspace } from '../support/compile';
import { lines, ROOT } from './helpers';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

const workspace = compileWorkspace;

const corpus = (file: string) => fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', file), 'utf8');

// ---------------------------------------------------------------- ITU-R RA.314-10: considering a) … h), j), k)

const RA314 = corpus('R-REC-RA.314-10-200306.itu');
const RA314_LINES = RA314.split('\n');
/** The Recommendation as its text stands, number line to recommends 3 (the tables after it are left out as `…`). */
const RA314_TEXT = RA314_LINES.slice(RA314_LINES.indexOf('RECOMMENDATION  ITU-R  RA.314-10'), RA314_LINES.findIndex((l) => l.startsWith('3\tthat administrations')) + 1);

/** The Recommendation with `change` applied to the line that starts with `label` (once). */
function edit(text: readonly string[], label: string, change: (line: string) => string): string[] {
  const at = text.findIndex((l) => l.startsWith(label));
  assert.ok(at >= 0, label);
  return text.map((l, i) => (i === at ? change(l) : l));
}

function sub(text: readonly string[], label: string, from: string, to: string): string[] {
  return edit(text, label, (l) => {
    assert.ok(l.includes(from), `${label} ${from}`);
    return l.replace(from, to);
  });
}

/** A contribution of one party holding one MOD of the Recommendation (`after`: the text after its id). */
function contribution(party: string, doc: number, body: readonly string[], after = ''): string {
  return lines(`Meeting:\tRA-27`, `Document:\t${doc}`, `Proposals:\t${party}`, '', `MOD\t${party}/${doc}/1${after ? `\t${after}` : ''}`, ...body, '…', `Reasons:\t${party}'s reasons.`);
}

/** ACP rewords considering b) and recommends 2 and adds considering l); EUR rewords b) otherwise, deletes e) and rewords recommends 1; RCC rewords j), recommends 2 as ACP does, and recommends 3. */
function raParties(after: [string, string, string] = ['', '', '']): Record<string, string> {
  let acp = sub(RA314_TEXT, 'b)\t', 'certain frequency', '{~~certain~>the relevant~~} frequency');
  acp = sub(acp, '2\t', 'adequate protection', '{~~adequate~>sufficient~~} protection');
  const k = acp.findIndex((l) => l.startsWith('k)\t'));
  acp.splice(k + 1, 0, '{++l)\tthat the use of the spectrum by satellite services in adjacent bands is increasing;++}');
  let eur = sub(RA314_TEXT, 'b)\t', 'certain frequency', '{~~certain~>specific~~} frequency');
  eur = edit(eur, 'e)\t', (l) => `{--${l}--}`);
  eur = sub(eur, '1\t', 'all practicable protection', '{~~all practicable~>adequate~~} protection');
  let rcc = sub(RA314_TEXT, 'j)\t', 'in different countries', 'in different countries{++ and regions++}');
  rcc = sub(rcc, '2\t', 'adequate protection', '{~~adequate~>sufficient~~} protection');
  rcc = sub(rcc, '3\t', 'be asked to', '{~~be asked to~>should~~}');
  return { 'ra314.itu': RA314, 'acp.itu': contribution('ACP', 5, acp, after[0]), 'eur.itu': contribution('EUR', 6, eur, after[1]), 'rcc.itu': contribution('RCC', 7, rcc, after[2]) };
}

test('I13: the MODs of an ITU-R Recommendation are one target, whatever each party writes after its id, and the target compiles by any of its names', () => {
  for (const after of [['', '', ''], ['Recommendation ITU-R RA.314-10', 'ITU-R RA.314', '']] as [string, string, string][]) {
    const { index, sources } = workspace(raParties(after));
    const listed = listProposals(sources, index.lookup.provisions).filter((p) => p.location !== 'ra314.itu');
    assert.deepEqual(listed.map((p) => p.target), ['Recommendation ITU-R RA.314', 'Recommendation ITU-R RA.314', 'Recommendation ITU-R RA.314'], after.join(' | '));
    for (const name of ['Recommendation ITU-R RA.314', 'RECOMMENDATION  ITU-R  RA.314-10', 'Recommendation ITU‑R RA.314-10', 'ITU-R RA.314']) {
      const c = compileTarget(name, sources, index.lookup);
      assert.deepEqual(c?.proposals.map((p) => p.id), ['ACP/5/1', 'EUR/6/1', 'RCC/7/1'], name);
      assert.equal(c!.target, 'Recommendation ITU-R RA.314');
    }
  }
});

test('I13: the merged draft of an ITU-R Recommendation keeps its headings and letters h) then j), as a secretariat writes it', () => {
  const { index, sources } = workspace(raParties());
  const c = compileTarget('Recommendation ITU-R RA.314', sources, index.lookup)!;
  const draft = c.merged;
  // The Recommendation as it stands: number line, title, Question, history, formula, calls.
  assert.deepEqual(draft.slice(0, 6), RA314_TEXT.slice(0, 6));
  assert.ok(draft.includes('recommends'), 'the recommends call stays');
  const at = (label: string) => draft.find((l) => l.startsWith(label))!;
  assert.match(at('b)'), /protection of \{~~certain~>\[ACP: the relevant\] \[EUR: specific\]~~\}\{>>@ACP, EUR<<\} frequency bands/);
  assert.match(draft.find((l) => l.startsWith('{--e)'))!, /--\}\{>>@EUR<<\}$/);
  // e) deleted: the letters after it move up, ITU-R's way (no i)); ACP's new l) is the new k).
  assert.deepEqual(draft.filter((l) => l.startsWith('{~~')).map((l) => l.slice(0, 11)), ['{~~f~>e~~})', '{~~g~>f~~})', '{~~h~>g~~})', '{~~j~>h~~})', '{~~k~>j~~})']);
  assert.match(draft.find((l) => l.startsWith('{~~j~>h~~})'))!, /in different countries\{\+\+ and regions\+\+\}\{>>@RCC<<\}/);
  assert.match(draft.find((l) => l.startsWith('{++'))!, /^\{\+\+k\)\tthat the use of the spectrum .*\+\+\}\{>>@ACP<<\}\{>>ACP proposes it as l\)<<\}$/);
  assert.doesNotMatch(draft.join('\n'), /~>i~~\}\)/);
  assert.match(at('1\t'), /afford \{~~all practicable~>adequate~~\}\{>>@EUR<<\} protection/);
  assert.match(at('2\t'), /maintaining \{~~adequate~>sufficient~~\}\{>>@ACP, RCC<<\} protection/);
  assert.match(at('3\t'), /administrations \{~~be asked to~>should~~\}\{>>@RCC<<\} provide/);
  // The tables after recommends, which every party left out as `…`, stand as in force.
  assert.ok(draft.includes('TABLE 1') && draft.includes('TABLE 3'));
  const statuses = c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => `${p.status} ${(p.base ?? '(inserted)').slice(0, 3)}`);
  assert.deepEqual(statuses, ['conflict b)\t', 'single e)\t', 'single j)\t', 'single (in', 'single 1\tt', 'agreed 2\tt', 'single 3\tt']);
  // Checked in the workspace, the merged draft's one finding is the conflict to settle.
  const merged = parseDocument(mergedDraft(c));
  assert.deepEqual(checkDocument(merged, { bases: index.lookup }).map((f) => f.code), ['compile.unresolved']);
});

test('I13: with no item deleted, the merged draft keeps h) j) k) and letters an added item l)', () => {
  const files = raParties();
  delete files['eur.itu'];
  const { index, sources } = workspace(files);
  const c = compileTarget('Recommendation ITU-R RA.314', sources, index.lookup)!;
  for (const label of ['h)\t', 'j)\t', 'k)\t']) assert.equal(c.merged.filter((l) => l.startsWith(label)).length, 1, label);
  assert.match(c.merged.find((l) => l.startsWith('{++'))!, /^\{\+\+l\)\tthat the use .*\+\+\}\{>>@ACP<<\}$/);
  assert.doesNotMatch(c.merged.join('\n'), /~>i~~\}|\{~~[a-z]~>/);
});

test('I13: a SUP of the whole ITU-R Recommendation by name is a column of the compilation, disputing every paragraph a MOD restates', () => {
  const files = raParties();
  files['iap.itu'] = lines('Proposals:\tIAP', '', 'SUP\tIAP/9/1\tRecommendation ITU-R RA.314-10', 'Reasons:\tSuperseded by RA.1513.');
  const { index, sources } = workspace(files);
  assert.equal(listProposals(sources, index.lookup.provisions).find((p) => p.id === 'IAP/9/1')?.target, 'Recommendation ITU-R RA.314');
  const c = compileTarget('Recommendation ITU-R RA.314', sources, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => `${p.action} ${p.id}`), ['MOD ACP/5/1', 'MOD EUR/6/1', 'MOD RCC/7/1', 'SUP IAP/9/1']);
  const b = c.paragraphs.find((p) => p.base?.startsWith('b)\t'))!;
  assert.equal(b.status, 'conflict');
  assert.equal(b.versions['IAP/9/1'], null);
  // The tables no MOD restates: the SUP deletes them, nobody disputes it.
  assert.equal(c.paragraphs.find((p) => p.base === 'TABLE 1')?.status, 'single');
});

test('I13: a MOD restating the items alone (as New contribution writes one on every provision) leaves the headings it does not restate as they stand', () => {
  const files = raParties();
  // Considering a) … k) and recommends 1 … 3, no number line, no formula, no call line between them.
  const items = sub(RA314_TEXT.filter((l) => /^(?:[a-z]\)|\d)\t/.test(l)), '3\t', 'be asked to', '{~~be asked to~>should~~}');
  files['rcc.itu'] = contribution('RCC', 7, items, 'Recommendation ITU-R RA.314-10');
  const { index, sources } = workspace(files);
  const c = compileTarget('Recommendation ITU-R RA.314', sources, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => p.id), ['ACP/5/1', 'EUR/6/1', 'RCC/7/1']);
  for (const heading of ['The ITU Radiocommunication Assembly,', 'considering', 'recommends']) {
    const row = c.paragraphs.find((p) => p.base === heading)!;
    assert.equal(row.status, 'unchanged', heading);
    assert.equal(row.versions['RCC/7/1'], heading, heading);
    assert.ok(c.merged.includes(heading), heading);
  }
  assert.match(c.merged.find((l) => l.startsWith('3\t'))!, /\{~~be asked to~>should~~\}\{>>@RCC<<\}/);
  // A heading the old text restates and the new text deletes is deleted.
  files['rcc.itu'] = contribution('RCC', 7, RA314_TEXT.map((l) => (l === 'considering' ? '{--considering--}' : l)));
  const deleted = workspace(files);
  assert.equal(compileTarget('Recommendation ITU-R RA.314', deleted.sources, deleted.index.lookup)!.paragraphs.find((p) => p.base === 'considering')!.versions['RCC/7/1'], null);
});

// ---------------------------------------------------------------- ITU-T A.1 (10/2016): clauses 1.4.1 … 1.4.7

const A1 = corpus('T-REC-A.1-201610.itu');
const A1_LINES = A1.split('\n').map((l) => l.replace(/\r$/, ''));
const HEADING = 'Recommendation ITU-T A.1';
/** The number line (the last line naming it before clause 1: the published text names it over its contents too) and the title. */
const A1_HEAD = A1_LINES.slice(A1_LINES.lastIndexOf(HEADING), A1_LINES.lastIndexOf(HEADING) + 2);
/** Clause 1.4 and its clauses 1.4.1 to 1.4.7. */
const A1_TEXT = A1_LINES.slice(A1_LINES.lastIndexOf(HEADING));
const A1_14 = A1_TEXT.slice(A1_TEXT.findIndex((l) => l.startsWith('1.4\t')), A1_TEXT.findIndex((l) => l.startsWith('1.5\t')));

test('I13: an ITU-T Recommendation compiled the same way: its number line and title kept, clauses renumbered after a deleted one, an added clause numbered where it stands', () => {
  // KOR deletes clause 1.4.5; CHN rewords 1.4.3 and adds 1.4.8; USA rewords 1.4.3 otherwise (restating no heading).
  const kor = [...A1_HEAD, '…', ...edit(A1_14, '1.4.5\t', (l) => `{--${l}--}`)];
  const chn = [...A1_HEAD, '…', ...sub(A1_14, '1.4.3\t', 'should not be placed', '{~~should not~>shall not~~} be placed'), '{++1.4.8\tThe chairman shall ensure that remote participants can take the floor.++}'];
  const usa = ['…', ...sub(A1_14, '1.4.3\t', 'should not be placed', '{~~should not~>must not~~} be placed')];
  const { index, sources } = workspace({ 'a1.itu': A1, 'kor.itu': contribution('KOR', 11, kor), 'chn.itu': contribution('CHN', 12, chn), 'usa.itu': contribution('USA', 13, usa) });
  const listed = listProposals(sources, index.lookup.provisions).filter((p) => p.location !== 'a1.itu');
  assert.deepEqual(listed.map((p) => p.target), ['Recommendation ITU-T A.1', 'Recommendation ITU-T A.1', 'Recommendation ITU-T A.1']);
  const c = compileTarget('Recommendation  ITU‑T  A.1', sources, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => p.id), ['KOR/11/1', 'CHN/12/1', 'USA/13/1']);
  const draft = c.merged;
  assert.deepEqual(draft.slice(0, 2), A1_HEAD, 'the number line and title as in force');
  assert.ok(draft.includes('1\tStudy groups and their relevant groups') && draft.some((l) => l.startsWith('3.4\t')), 'the whole text, clauses before and after those amended');
  assert.ok(draft.some((l) => l.startsWith('{--1.4.5\tFor projects') && l.endsWith('--}{>>@KOR<<}')), 'the deleted clause');
  for (const [from, to] of [['6', '5'], ['7', '6']]) assert.ok(draft.some((l) => l.startsWith(`1.4.{~~${from}~>${to}~~}\t`)), `1.4.${from} renumbered ${to}`);
  assert.match(draft.join('\n'), /contributions \{~~should~>\[CHN: shall\] \[USA: must\]~~\}\{>>@CHN, USA<<\} not be placed/);
  assert.match(draft.join('\n'), /\{\+\+1\.4\.7\tThe chairman shall ensure .*\+\+\}\{>>@CHN<<\}\{>>CHN proposes it as 1\.4\.8<<\}/);
  // Checked in the workspace, the merged draft's one finding is the conflict to settle.
  assert.deepEqual(checkDocument(parseDocument(mergedDraft(c)), { bases: index.lookup }).map((f) => f.code), ['compile.unresolved']);
});

// ---------------------------------------------------------------- an excerpt opening on an inserted clause

/**
 * Generated over five ITU-T Recommendations in force: a party restates a clause's sub-clauses from the first, with
 * `…` for the rest of the text, and inserts a clause before the first (`…`, `{++2.3.1 …++}`, 2.3.1, 2.3.2 …, `…`);
 * another party may reword a clause elsewhere. Nothing in force is deleted, and the merged text accepted is the text
 * in force with the clause inserted. The heading before an inserted clause was read as the paragraph it replaced
 * (and deleted) when no other heading of its depth stood between it and the text's start: the label's shape was
 * taken for words the two shared.
 */
test('generated: an excerpt whose first paragraph after `…` is an inserted clause leaves the heading before it as in force', () => {
  const texts: [string, string][] = [
    ['T-REC-A.1-201610.itu', 'Recommendation ITU-T A.1'],
    ['T-REC-E.840-201806.itu', 'Recommendation ITU-T E.840'],
    ['T-REC-F.921-201808.itu', 'Recommendation ITU-T F.921'],
    ['T-REC-Q.850-201810.itu', 'Recommendation ITU-T Q.850'],
    ['T-REC-X.609.7-201812.itu', 'Recommendation ITU-T X.609.7'],
  ];
  const random = seeded(2611);
  const accepted = (l: string) => l.replace(/\{>>[^]*?<<\}/g, '').replace(/\{~~(?:(?!~>)[^])*~>([^]*?)~~\}/g, '$1').replace(/\{\+\+([^]*?)\+\+\}/g, '$1').replace(/\{--[^]*?--\}/g, '');
  // A paragraph's body, clause numbers left out (references follow the clauses the merge renumbers: `see clause 3.2.3`).
  const bodyOf = (l: string) => l.slice(l.indexOf('\t') + 1).replace(/\s+/g, ' ').replace(/\d+(?:\.\d+)+/g, '#').trim();
  const clause = /^(\d+(?:\.\d+)*)\t/;
  for (let c = 0; c < cases(50); c++) {
    const [file, name] = texts[Math.floor(random() * texts.length)];
    const text = corpus(file);
    const all = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const from = all.reduce((last, l, i) => (l.startsWith(name) ? i : last), -1);
    // A clause with sub-clauses (`2.3`, its first `2.3.1`), restated from its first sub-clause to its end.
    const parents = all.flatMap((l, i) => {
      const label = i > from ? clause.exec(l)?.[1] : undefined;
      if (!label) return [];
      const end = all.findIndex((x, j) => j > i && clause.test(x) && !x.startsWith(`${label}.`));
      const first = all.findIndex((x, j) => j > i && x.startsWith(`${label}.1\t`));
      return first > i && (end < 0 || first < end) ? [{ label, first, end: end < 0 ? all.length : end }] : [];
    });
    const { label, first, end } = parents[Math.floor(random() * parents.length)];
    const inserted = `${label}.1\tA clause USA proposes, case ${c}.`;
    const restated = all.slice(first, end).filter((l) => l.trim() !== '');
    const files: Record<string, string> = { 'base.itu': text, 'usa.itu': recContribution('USA', 11, name, ['…', `{++${inserted}++}`, ...restated]) };
    // CHN rewords a clause elsewhere half the time (one the text writes once: not a heading its contents repeat).
    const once = (l: string) => all.filter((x) => x.startsWith(l.slice(0, 40))).length === 1;
    const elsewhere = all.flatMap((l, i) => (i > from && (i < first || i >= end) && clause.test(l) && l.includes(' the ') && once(l) ? [i] : []));
    const k = random() < 0.5 ? elsewhere[Math.floor(random() * elsewhere.length)] : undefined;
    if (k !== undefined) files['chn.itu'] = recContribution('CHN', 12, name, ['…', all[k].replace(' the ', ' {~~the~>this~~} ')]);
    const { index, sources } = compileWorkspace(files);
    const compiled = compileTarget(name, sources, index.lookup);
    const where = `case ${c}: ${name}, a clause inserted before ${label}.1${k === undefined ? '' : `, CHN rewords «${all[k].slice(0, 30)}»`}`;
    assert.ok(compiled, where);
    assert.deepEqual(compiled.merged.filter((l) => l.includes('{--')), [], `${where}: nothing deleted`);
    const base = compiled.base.paragraphs;
    const at = base.findIndex((p) => p === all[first]);
    assert.ok(at > 0, `${where}: ${label}.1 in force`);
    const expected = [...base.slice(0, at), inserted, ...base.slice(at)].map(bodyOf);
    const reworded = k === undefined ? undefined : bodyOf(all[k].replace(' the ', ' this '));
    const got = compiled.merged.map(accepted).map(bodyOf).map((b) => (b === reworded ? bodyOf(all[k!]) : b));
    assert.deepEqual(got, expected, `${where}: the text in force with the clause inserted`);
  }
});

/** A contribution of one party holding one MOD of an ITU-T Recommendation, an excerpt ending on `…`. */
function recContribution(party: string, doc: number, name: string, body: readonly string[]): string {
  return lines('Meeting:\tTSAG', `Document:\t${doc}`, `Proposals:\t${party}`, '', `MOD\t${party}/${doc}/1\t${name}`, ...body, '…', `Reasons:\t${party}'s reasons.`);
}
