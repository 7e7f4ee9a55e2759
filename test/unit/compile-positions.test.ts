// Compile with every position a party takes on a text: a SUP and a NOC stand beside the MODs as columns
// and alternatives (review 3, E31).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, compileTarget, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { lines } from './helpers';

function workspace(files: Record<string, string>): { index: BaseIndex; sources: CompileSource[] } {
  const index = new BaseIndex();
  const sources: CompileSource[] = [];
  for (const [location, text] of Object.entries(files)) {
    const doc = parseDocument(text);
    index.update(location, text, doc);
    sources.push({ location, doc });
  }
  return { index, sources };
}

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
  assert.match(c.merged[0], /^5\.302\t\{~~Additional allocation: .*~>\[ACP: Additional .* secondary basis\. \(WRC-27\)\] \[EUR: \(delete\)\] \[RCC: Additional .* primary basis\. \(WRC-2000\)\]~~\}\{>>@ACP, EUR, RCC<<\}$/);
});

