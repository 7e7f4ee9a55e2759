// Compile defects of review 9: proposals that leave text out (`…`), aligned with the text in force from their old
// text as the checks align them (J29); alternatives keep each party's spacing (J1); …
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyEdits, checkDocument, compile, compileTarget, listProposals, mergedDraft, parseDocument } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { BASE, compileWorkspace } from '../support/compile';
import { lines, ROOT } from './helpers';

const workspace = compileWorkspace;

// RR No. 5.340 as the RR (2020) writes it: a list of bands, one a line.
const RR = lines(
  'ARTICLE 5',
  '',
  'Frequency allocations',
  '',
  '5.340\tAll emissions are prohibited in the following bands:',
  '',
  '1 400-1 427 MHz,',
  '2 690-2 700 MHz,\texcept those provided for by No. 5.422,',
  '10.68-10.7 GHz,\texcept those provided for by No. 5.483,',
  '15.35-15.4 GHz,\texcept those provided for by No. 5.511,',
  '23.6-24 GHz,',
  '31.3-31.5 GHz,',
  '31.5-31.8 GHz,\tin Region 2,',
  '48.94-49.04 GHz,\tfrom airborne stations',
  '50.2-50.4 GHz,',
  '52.6-54.25 GHz,',
  '86-92 GHz,',
  '100-102 GHz,',
  '109.5-111.8 GHz,',
  '114.25-116 GHz,',
  '148.5-151.5 GHz,',
  '164-167 GHz,',
  '182-185 GHz,',
  '190-191.8 GHz,',
  '200-209 GHz,',
  '226-231.5 GHz,',
  '250-252 GHz.     (WRC-03)',
  '',
);
const rcc = (...body: string[]) => lines('Proposals:\tRCC', '', 'MOD\tRCC/70/1\tRR 5.340', ...body, 'Reasons:\tr.', '');

test('compile: a band struck whole between two … is RCC\'s deletion, in its place (J29)', () => {
  const { index, sources } = workspace({ 'rr.itu': RR, 'rcc.itu': rcc('5.340\tAll emissions are prohibited in the following bands:', '…', '{--31.5-31.8 GHz,\tin Region 2,--}', '…') });
  const c = compileTarget('RR 5.340', sources, index.lookup)!;
  assert.deepEqual(c.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => [p.base, p.versions['RCC/70/1']]), [['31.5-31.8 GHz,\tin Region 2,', null]]);
  assert.ok(c.merged.includes('{--31.5-31.8 GHz,\tin Region 2,--}{>>@RCC<<}'), c.merged.join('\n'));
  assert.equal(c.merged.filter((l) => l.includes('…')).length, 0);
});

test('compile: a changed band then an added one between two …, with or without the number line, stand where RCC put them (J29)', () => {
  for (const head of [['5.340\tAll emissions are prohibited in the following bands:'], []]) {
    const { index, sources } = workspace({ 'rr.itu': RR, 'rcc.itu': rcc(...head, '…', '31.5-31.8 GHz,{--\tin Region 2,--}', '{++31.8-32 GHz,++}', '…') });
    const c = compileTarget('RR 5.340', sources, index.lookup)!;
    const at = c.merged.indexOf('31.5-31.8 GHz,{--\tin Region 2,--}{>>@RCC<<}');
    assert.ok(at > 0, c.merged.join('\n'));
    assert.equal(c.merged[at + 1], '{++31.8-32 GHz,++}{>>@RCC<<}');
    assert.equal(c.merged[at + 2], '48.94-49.04 GHz,\tfrom airborne stations');
    assert.equal(c.merged.filter((l) => l.includes('31.5-31.8')).length, 1, 'the band once');
  }
});

const arb = (...body: string[]) => lines('Proposals:\tARB', '', 'MOD\tARB/40A1/1', 'RESOLUTION 52 (Rev. {~~Dubai, 2012~>New Delhi, 2024~~})', 'Countering and combating spam', '…', ...body, '…', '', 'Reasons:\tr.', '');

test('compile: an item of a Resolution deleted whole between two … is in the compilation (J29)', () => {
  const { index, sources } = workspace({ 'res52.itu': BASE, 'arb.itu': arb('{--g)\tthat spam is a global problem that requires international cooperation in order to find solutions;--}') });
  const c = compile('Resolution 52', sources, index.lookup)!;
  const changed = c.paragraphs.filter((p) => p.status !== 'unchanged');
  assert.deepEqual(changed.map((p) => p.base?.slice(0, 2)), ['RE', 'g)']);
  assert.equal(changed[1].versions['ARB/40A1/1'], null);
  const text = mergedDraft(c);
  assert.match(text, /\nf\)\tthat spamming is used for criminal, fraudulent or deceptive activities;\n\{--g\)\tthat spam is a global problem[^\n]*--\}\{>>@ARB<<\}\n\{~~h~>g~~\}\)\tthat addressing/);
  assert.deepEqual(checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => /^(compile|marks|numbering)\./.test(f.code)).map((f) => f.code), []);
});

test('compile: an item inserted between two … as fbis) follows f), not the end of the Resolution (J29)', () => {
  const { index, sources } = workspace({ 'res52.itu': BASE, 'arb.itu': arb('{++fbis)\tthat spam is used to spread disinformation;++}') });
  const c = compile('Resolution 52', sources, index.lookup)!;
  const text = mergedDraft(c);
  assert.match(text, /\nf\)\tthat spamming is used[^\n]*\n\{\+\+fbis\)\tthat spam is used to spread disinformation;\+\+\}\{>>@ARB<<\}\ng\)\tthat spam is a global/);
});

test('compile: alternatives keep the RR\'s spacing, and taking a NOC\'s leaves the text in force unmarked (J1)', () => {
  const full = RR.split('\n').slice(4, 27);
  const body = (last: string) => [...full.slice(0, 1), ...full.slice(2, -1), last].join('\n');
  const { index, sources } = workspace({
    'rr.itu': RR,
    'acp.itu': lines('Proposals:\tACP', '', 'MOD\tACP/12/1\tRR 5.340', body('250-252 GHz.     (WRC-{~~03~>27~~})'), 'Reasons:\tr.', ''),
    'apt.itu': lines('Proposals:\tAPT', '', 'NOC\tAPT/20/1\tRR 5.340', body('250-252 GHz.     (WRC-03)'), 'Reasons:\tr.', ''),
    'eur.itu': lines('Proposals:\tEUR', '', 'MOD\tEUR/16/1\tRR 5.340', body('250-252 GHz{~~.     (WRC-03)~>,~~}'), '{++275-296 GHz.     (WRC-27)++}', 'Reasons:\tr.', ''),
  });
  const c = compileTarget('RR 5.340', sources, index.lookup)!;
  const line = c.merged.find((l) => l.startsWith('250-252 GHz'))!;
  assert.match(line, /\[ACP: [^\]]*\. {5}\(WRC-27\)\]/, line);
  assert.match(line, /\[APT: [^\]]*\. {5}\(WRC-03\)\]/, line);
  const draft = parseDocument(mergedDraft(c));
  const take = (who: string) => {
    const f = checkDocument(draft, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved' && x.message.includes('EUR'))!;
    const fix = [f.fix!, ...f.fix!.alternatives!].find((x) => x.title.includes(who))!;
    return applyEdits(draft.text, fix.edits).split('\n').find((l) => l.startsWith('250-252 GHz'));
  };
  assert.equal(take('APT'), '250-252 GHz.     (WRC-03)');
  // ACP's own change, its spacing kept (review 9, J24: not the whole line struck and typed again).
  assert.equal(take('ACP'), '250-252 GHz.     (WRC-{~~03~>27~~}{>>@ACP<<})');
});

test('compile: two parties\' unrelated new footnotes under one placeholder are two whole alternatives, not a sentence merged word by word (J5)', () => {
  const add = (party: string, text: string) => lines(`Proposals:\t${party}`, '', `ADD\t${party}/1/1`, `5.A117\t${text}`, 'Reasons:\tr.', '');
  const acp = 'The use of the frequency band 275-296 GHz by the Earth exploration-satellite service (passive) shall be protected from harmful interference.     (WRC-27)';
  const eur = 'In the frequency band 1 427-1 452 MHz, the land mobile service shall not claim protection from the radio astronomy service.     (WRC-27)';
  const { index, sources } = workspace({ 'rr.itu': RR, 'acp.itu': add('ACP', acp), 'eur.itu': add('EUR', eur) });
  const c = compileTarget('RR 5.A117', sources, index.lookup)!;
  assert.deepEqual(c.paragraphs.map((p) => p.status), ['conflict']);
  assert.equal(c.merged[0], `{++5.A117\t++}{++[ACP: ${acp}] [EUR: ${eur}]++}{>>@ACP, EUR<<}`);
  // Wordings mostly the same are still compared word by word.
  const near = workspace({ 'rr.itu': RR, 'acp.itu': add('ACP', acp), 'eur.itu': add('EUR', acp.replace('harmful interference', 'any interference')) });
  assert.equal(compileTarget('RR 5.A117', near.sources, near.index.lookup)!.merged[0], `{++5.A117\t++}{++${acp.slice(0, acp.indexOf('harmful'))}++}{++[ACP: harmful] [EUR: any]++}{++ interference.     (WRC-27)++}{>>@ACP, EUR<<}`);
});

test('proposals: one restating several provisions (MOD of CS 47 and 48) is listed under each, as compile takes it; counted once (J8)', async () => {
  const cs = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cs-1992-rev2006.itu'), 'utf8');
  const arb = lines(
    'Proposals:\tARB', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
    'MOD\tARB/80/2',
    '47\tPP-98\t1. The Plenipotentiary Conference shall be composed of delegations representing Member States. It shall be convened every four years{++ and shall last no more than three weeks++}.',
    '48\tPP-98\t2. On the basis of proposals by Member States and taking account of reports by the Council, the Plenipotentiary Conference shall:',
    'Reasons:\tr.', '',
  );
  const { index, sources } = workspace({ 'cs.itu': cs, 'arb.itu': arb });
  const listed = listProposals(sources, index.lookup.provisions).filter((p) => p.id === 'ARB/80/2');
  assert.deepEqual(listed.map((p) => p.target), ['CS 47', 'CS 48']);
  for (const target of ['CS 47', 'CS 48']) assert.deepEqual(compileTarget(target, sources, index.lookup)!.proposals.map((p) => p.id), ['ARB/80/2']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-j8-'));
  fs.writeFileSync(path.join(dir, 'cs.itu'), cs);
  fs.writeFileSync(path.join(dir, 'arb.itu'), arb);
  let out = '';
  let err = '';
  await run(['proposals', '--workspace', dir], { out: (s) => (out += s), err: (s) => (err += s) });
  assert.match(out, /^CS 47\n {2}MOD\tARB\/80\/2\t.*\nCS 48\n {2}MOD\tARB\/80\/2\t/m);
  assert.match(err, /^1 proposal on 2 texts/);
});
