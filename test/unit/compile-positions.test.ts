// Compile with every position a party takes on a text: a SUP and a NOC stand beside the MODs as columns
// and alternatives (review 3, E31), and clauses renumbered by one party aligned with the clauses in force
// they stand for (E12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BaseIndex, checkDocument, compileTarget, listProposals, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { compileWorkspace } from '../support/compile';
import { lines, ROOT } from './helpers';

const workspace = compileWorkspace;

// A short Resolution in force and an RR article, written for these tests.
const RES = lines(
  'RESOLUTION 77 (Rev. Dubai, 2012)',
  'Use of remote participation',
  'The World Telecommunication Standardization Assembly (Dubai, 2012),',
  'considering',
  'a)\tthat remote participation widens attendance;',
  'b)\tthat it costs the secretariat money;',
  'resolves',
  '1\tto offer remote participation at every meeting;',
  '',
);
const RR = lines(
  'ARTICLE 5',
  '',
  'Frequency allocations',
  '',
  '5.301\tAdditional allocation: the band 1 000-1 010 kHz is also allocated to the fixed service on a secondary basis.',
  '',
  '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a primary basis.     (WRC-2000)',
  '',
);
const proposal = (party: string, action: string, body: string, head = '') => lines(`Proposals:\t${party}`, '', head, `${action}\t${party}/1/1`, body, 'Reasons:\tr.', '');

test('compile: a SUP of the Resolution others amend is a column and, on every paragraph they restate, an alternative "(delete)"', async () => {
  const eur = proposal('EUR', 'MOD', RES.replace('widens attendance', 'widens {~~attendance~>participation~~}').replace('(Dubai, 2012),', '({~~Dubai, 2012~>Hammamet, 2016~~}),').trimEnd());
  const arb = proposal('ARB', 'SUP', lines('RESOLUTION 77 (Rev. Dubai, 2012)', 'Use of remote participation').trimEnd());
  const files = { 'res77.itu': RES, 'arb.itu': arb, 'eur.itu': eur };
  const { index, sources } = workspace(files);
  const c = compileTarget('Resolution 77', sources, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => `${p.action} ${p.id}`), ['SUP ARB/1/1', 'MOD EUR/1/1'], 'the SUP is compiled, not only listed');
  assert.deepEqual(c.others, []);
  // Every paragraph of the text in force: ARB deletes it, EUR keeps it (changed or not).
  assert.ok(c.paragraphs.every((p) => p.base !== null && p.status === 'conflict' && p.versions['ARB/1/1'] === null), JSON.stringify(c.paragraphs.map((p) => p.status)));
  const a = c.paragraphs.find((p) => p.base?.startsWith('a)'))!;
  assert.equal(a.versions['EUR/1/1'], 'a)\tthat remote participation widens participation;');
  const draft = mergedDraft(c);
  assert.match(draft, /\na\)\t\{~~that remote participation widens attendance;~>\[ARB: \(delete\)\] \[EUR: that remote participation widens participation;\]~~\}\{>>@ARB, EUR<<\}\n/);
  assert.match(draft, /\nb\)\t\{~~that it costs the secretariat money;~>\[ARB: \(delete\)\] \[EUR: that it costs the secretariat money;\]~~\}/);
  // Each is a decision left to the meeting: compile.unresolved, ARB's side or EUR's.
  const unresolved = checkDocument(parseDocument(draft), { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved');
  assert.equal(unresolved.length, c.paragraphs.length);
  assert.ok(unresolved.every((f) => /ARB \| EUR/.test(f.message)));

  // The synoptic view has ARB's column, every cell of it deleted text.
  const ws = new MemoryWorkspace('file:///ws', files);
  const service = createItuService({ workspace: ws });
  await service.scan();
  const view = await service.synoptic('Resolution 77');
  assert.ok('rows' in view);
  assert.deepEqual(view.proposals.map((p) => p.party), ['ARB', 'EUR']);
  assert.ok(view.rows.every((r) => r.cells[0].length === 1 && r.cells[0][0].kind === 'delete'));
});

test('compile: a SUP and a NOC of one provision another party modifies: both are columns, the paragraph a conflict of the three', () => {
  const acp = proposal('ACP', 'MOD', '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a {~~primary~>secondary~~} basis.     (WRC-{~~2000~>27~~})', 'ARTICLE 5\n');
  const eur = proposal('EUR', 'SUP', '5.302', 'ARTICLE 5\n');
  const rcc = proposal('RCC', 'NOC', '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a primary basis.     (WRC-2000)', 'ARTICLE 5\n');
  const both = workspace({ 'rr.itu': RR, 'acp.itu': acp, 'rcc.itu': rcc });
  const noc = compileTarget('RR 5.302', both.sources, both.index.lookup)!;
  assert.deepEqual(noc.proposals.map((p) => `${p.action} ${p.id}`), ['MOD ACP/1/1', 'NOC RCC/1/1']);
  // RCC keeps what ACP changes: each change ACP makes is a pair of alternatives, RCC's the words in force.
  assert.deepEqual(noc.paragraphs.map((p) => p.status), ['conflict']);
  assert.match(noc.merged[0], /on a \{~~primary~>\[ACP: secondary\] \[RCC: primary\]~~\}\{>>@ACP, RCC<<\} basis\./);
  assert.match(noc.merged[0], /\(WRC-\{~~2000~>\[ACP: 27\] \[RCC: 2000\]~~\}/);
  // A NOC alone, or beside a MOD of another paragraph, changes nothing.
  const alone = workspace({ 'rr.itu': RR, 'rcc.itu': rcc });
  assert.deepEqual(compileTarget('RR 5.302', alone.sources, alone.index.lookup)!.paragraphs.map((p) => p.status), ['unchanged']);

  const three = workspace({ 'rr.itu': RR, 'acp.itu': acp, 'eur.itu': eur, 'rcc.itu': rcc });
  const c = compileTarget('RR 5.302', three.sources, three.index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => `${p.action} ${p.id}`), ['MOD ACP/1/1', 'SUP EUR/1/1', 'NOC RCC/1/1']);
  assert.deepEqual(c.paragraphs.map((p) => p.status), ['conflict']);
  assert.equal(c.paragraphs[0].versions['EUR/1/1'], null);
  assert.match(c.merged[0], /^5\.302\t\{~~Additional allocation: .*~>\[ACP: Additional .* secondary basis\. {5}\(WRC-27\)\] \[EUR: \(delete\)\] \[RCC: Additional .* primary basis\. {5}\(WRC-2000\)\]~~\}\{>>@ACP, EUR, RCC<<\}$/);
});

// Recommendation ITU-T A.1 (10/2016) as the project's corpus has it, clauses 1.4.2 to 1.4.4 of it.
const A1_TEXT = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
const clause = (n: string) => A1_TEXT.split('\n').find((l) => l.startsWith(`${n}\t`))!.trimEnd();
const body = (n: string) => clause(n).slice(n.length + 1);

/** USA inserts 1.4.3 and renumbers 1.4.3 and 1.4.4 with marks; CHN rewords 1.4.3 alone. */
function renumberedAndReworded(): { index: BaseIndex; sources: CompileSource[] } {
  const header = (party: string) => lines(`Proposals:\t${party}`, '', `MOD\t${party}/1/1\tRecommendation ITU-T A.1`, '…').trimEnd();
  const usa = lines(header('USA'), clause('1.4.2'), '{++1.4.3\tThe chairman shall ensure that remote participants can take the floor.++}',
    `{~~1.4.3~>1.4.4~~}\t${body('1.4.3')}`, `{~~1.4.4~>1.4.5~~}\t${body('1.4.4')}`, '…', 'Reasons:\tRemote participation.');
  const chn = lines(header('CHN'), `1.4.3\t${body('1.4.3').replace('Questions which', '{~~Questions~>Study Questions~~} which')}`, '…', 'Reasons:\tClarity.');
  return workspace({ 'a1.itu': A1_TEXT, 'usa.itu': usa, 'chn.itu': chn });
}

test('compile of a Recommendation clause: a clause renumbered after another party\'s insertion is the clause in force it stands for (E12)', () => {
  const { index, sources } = renumberedAndReworded();
  // 1.4.3 in force: CHN rewords it; USA only renumbers it (its new 1.4.3 is another clause).
  const c143 = compileTarget('ITU-T A.1 clause 1.4.3', sources, index.lookup)!;
  assert.deepEqual(c143.proposals.map((p) => p.id).sort(), ['CHN/1/1', 'USA/1/1']);
  assert.equal(c143.paragraphs.find((p) => p.base !== null)!.versions['USA/1/1'], `1.4.4\t${body('1.4.3')}`);
  assert.deepEqual(c143.paragraphs.map((p) => p.status), ['single'], 'CHN alone changes the words; no conflict with the new clause');
  assert.match(c143.merged.join('\n'), /\{\+\+Study \+\+\}\{>>@CHN<<\}Questions which/);
  assert.doesNotMatch(c143.merged.join('\n'), /remote participants/);
  // 1.4.4 in force: USA renumbers it to 1.4.5 and changes no word.
  const c144 = compileTarget('ITU-T A.1 clause 1.4.4', sources, index.lookup)!;
  assert.deepEqual(c144.paragraphs.map((p) => p.status), ['unchanged']);
  assert.equal(c144.paragraphs[0].versions['USA/1/1'], `1.4.5\t${body('1.4.4')}`);
});

test('compile of a whole Recommendation, the target the proposals list gives a MOD restating several clauses: clauses aligned by their words, the inserted one a row of its own (E12)', () => {
  const { index, sources } = renumberedAndReworded();
  assert.deepEqual(listProposals(sources).filter((p) => p.id === 'USA/1/1').map((p) => p.target), ['Recommendation ITU-T A.1']);
  const c = compileTarget('Recommendation ITU-T A.1', sources, index.lookup)!;
  assert.ok(c, 'the target the proposals list gives compiles');
  assert.deepEqual(c.proposals.map((p) => p.id).sort(), ['CHN/1/1', 'USA/1/1']);
  const changed = c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => [p.status, (p.base ?? '(inserted)').slice(0, 6)]);
  assert.deepEqual(changed, [['single', '(inser'], ['single', '1.4.3\t']]);
  const merged = c.merged.join('\n');
  assert.match(merged, /\{\+\+1\.4\.3\tThe chairman shall ensure that remote participants can take the floor\.\+\+\}\{>>@USA<<\}/);
  assert.match(merged, /1\.4\.\{~~3~>4~~\}\t\{\+\+Study \+\+\}\{>>@CHN<<\}Questions which/, 'relettered by the merge, reworded by CHN');
  assert.match(merged, /1\.4\.\{~~4~>5~~\}\tStudy groups and working parties/);
});

test('compile: the MODs choose the edition compiled; a SUP of another edition is listed beside, not made the base (E32 with E31)', () => {
  const res2016 = RES.replace('(Rev. Dubai, 2012)', '(Rev. Hammamet, 2016)').replace('(Dubai, 2012),', '(Hammamet, 2016),');
  // ARB's SUP restates the 2012 edition, EUR's MOD amends the 2016 one; ARB's file comes first.
  const arb = proposal('ARB', 'SUP', lines('RESOLUTION 77 (Rev. Dubai, 2012)', 'Use of remote participation').trimEnd());
  const eur = proposal('EUR', 'MOD', res2016.replace('(Rev. Hammamet, 2016)', '(Rev. {~~Hammamet, 2016~>Geneva, 2022~~})').replace('widens attendance', 'widens {~~attendance~>participation~~}').trimEnd());
  const { index, sources } = workspace({ 'a-arb.itu': arb, 'b-eur.itu': eur, 'res77-2012.itu': RES, 'res77-2016.itu': res2016 });
  const c = compileTarget('Resolution 77', sources, index.lookup)!;
  assert.equal(c.base.numberLine, 'RESOLUTION 77 (Rev. Hammamet, 2016)');
  assert.deepEqual(c.proposals.map((p) => p.id), ['EUR/1/1']);
  assert.deepEqual(c.others.map((p) => `${p.action} ${p.id}`), ['SUP ARB/1/1']);
  assert.deepEqual(c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => p.base?.slice(0, 12)), ['RESOLUTION 7', 'a)\tthat remo']);
  // Without the 2016 edition, the MOD is compiled against nothing (base.not-found in check): no compilation.
  const only2012 = workspace({ 'a-arb.itu': arb, 'b-eur.itu': eur, 'res77-2012.itu': RES });
  assert.equal(compileTarget('Resolution 77', only2012.sources, only2012.index.lookup), undefined);
});

test('cli: compile refuses a MOD of an edition the workspace lacks, and says which edition it amends and which the workspace holds (E32)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-compile-edition-'));
  fs.writeFileSync(path.join(dir, 'res77-2012.itu'), RES);
  fs.writeFileSync(path.join(dir, 'usa.itu'), proposal('USA', 'MOD', RES.replace('(Rev. Dubai, 2012)', '(Rev. {~~Hammamet, 2016~>Geneva, 2022~~})').trimEnd()));
  let err = '';
  const code = await run(['compile', '--workspace', dir, 'Resolution 77'], { out: () => undefined, err: (s) => (err += s) });
  assert.equal(code, 1);
  assert.match(err, /no base text for "Resolution 77" in .*: its MODs amend RESOLUTION 77 \(Rev\. Hammamet, 2016\), the workspace holds RESOLUTION 77 \(Rev\. Dubai, 2012\) \(see check: base\.not-found\)/);
});

test('compile of a provision rewritten whole (deleted, then inserted under its number) takes the inserted text as its new text', () => {
  const eur = proposal('EUR', 'MOD', lines('{--5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a primary basis.     (WRC-2000)--}',
    '{++5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service, except aeronautical mobile, on a primary basis.     (WRC-27)++}').trimEnd(), 'ARTICLE 5\n');
  const { index, sources } = workspace({ 'rr.itu': RR, 'eur.itu': eur });
  const c = compileTarget('RR 5.302', sources, index.lookup)!;
  assert.equal(c.paragraphs.find((p) => p.base !== null)!.versions['EUR/1/1'], '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service, except aeronautical mobile, on a primary basis.     (WRC-27)');
  assert.doesNotMatch(c.merged.join('\n'), /\{--5\.302/, 'not a deletion of the provision');
});

test('compile of a whole instrument: a SUP or NOC of one provision is a position on that provision only; a MOD that leaves a provision out says nothing of it', () => {
  const acp = proposal('ACP', 'MOD', '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a {~~primary~>secondary~~} basis.     (WRC-2000)', 'ARTICLE 5\n');
  const eur = proposal('EUR', 'SUP', '5.301', 'ARTICLE 5\n');
  const rcc = proposal('RCC', 'NOC', '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a primary basis.     (WRC-2000)', 'ARTICLE 5\n');
  const usa = proposal('USA', 'MOD', lines('5.301\tAdditional allocation: the band 1 000-1 010 kHz is also allocated to the fixed service on a {~~secondary~>primary~~} basis.',
    '5.302\tAdditional allocation: the band 2 000-2 010 kHz is also allocated to the mobile service on a primary basis.     (WRC-2000)').trimEnd(), 'ARTICLE 5\n');
  const { index, sources } = workspace({ 'rr.itu': RR, 'acp.itu': acp, 'eur.itu': eur, 'rcc.itu': rcc, 'usa.itu': usa });
  const c = compileTarget('RR', sources, index.lookup)!;
  assert.deepEqual(c.proposals.map((p) => `${p.action} ${p.id}`), ['MOD ACP/1/1', 'SUP EUR/1/1', 'NOC RCC/1/1', 'MOD USA/1/1']);
  const row = (n: string) => c.paragraphs.find((p) => p.base?.startsWith(`${n}\t`))!;
  assert.deepEqual([row('5.301').status, row('5.302').status], ['conflict', 'conflict']);
  assert.equal(row('5.301').versions['EUR/1/1'], null);
  assert.equal(row('5.302').versions['EUR/1/1'], RR.split('\n').find((l) => l.startsWith('5.302'))!, 'EUR says nothing of 5.302');
  const [m301, m302] = [c.merged.find((l) => l.startsWith('5.301'))!, c.merged.find((l) => l.startsWith('5.302'))!];
  // 5.301: EUR deletes it, USA rewords it; ACP, which restates 5.302 alone, is no side of it.
  assert.match(m301, /\[EUR: \(delete\)\] \[USA: .*on a primary basis\.\]~~\}\{>>@EUR, USA<<\}$/);
  // 5.302: RCC keeps the word ACP changes; EUR and USA (which restates it unchanged) are no side of it.
  assert.match(m302, /on a \{~~primary~>\[ACP: secondary\] \[RCC: primary\]~~\}\{>>@ACP, RCC<<\} basis/);
});
