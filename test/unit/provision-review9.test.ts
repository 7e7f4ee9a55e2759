// Review 9's provision defects (J20, J11, J22, J3 …), on the real texts in force of test/corpus-kinds/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, compileTarget, listProposals, parseDocument, type Finding } from '../../server/src/core';
import { meetingOf, withMeeting } from '../../server/src/service/skeleton';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { lines, ROOT } from './helpers';

const KINDS = path.join(ROOT, 'test/corpus-kinds');
let cached: BaseIndex | undefined;
/** The real CS and CV (and the RR's Articles 1-9) as the workspace's texts in force. */
function index(): BaseIndex {
  if (cached) return cached;
  cached = new BaseIndex();
  for (const f of ['cs-1992-rev2006.itu', 'cv-1992-rev2006.itu', 'rr-2012-art1-9.itu']) cached.update(f, fs.readFileSync(path.join(KINDS, f), 'utf8'));
  return cached;
}
const check = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index().lookup });
const codes = (text: string, code: string) => check(text).filter((f) => f.code === code).map((f) => f.message);
const PP = ['Meeting:\tPP-26, Doha, 2026', 'Document:\t94', 'Proposals:\tRUS', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''];

test('J20: an ADD after an inserted number expects the next letter (58B after 58A, 3B after 3A), not a doubled one', () => {
  const found = codes(lines(...PP, 'ADD\tRUS/94/1', '3C\tPP-26\tacbis) a new purpose;', 'Reasons:\tNew.', '',
    'ADD\tRUS/94/2', '58C\tPP-26\tjter) adopt the strategic plan;', 'Reasons:\tNew.'), 'base.provision-gap');
  assert.deepEqual(found.map((m) => /so the next is (\S+);/.exec(m)?.[1]), ['3B', '58B']);
  // The next letter written is no gap.
  assert.deepEqual(codes(lines(...PP, 'ADD\tRUS/94/2', '58B\tPP-26\tjter) adopt the strategic plan;', 'Reasons:\tNew.'), 'base.provision-gap'), []);
});

// RR No. 5.340 as in force (2020), 22 paragraphs.
const RR_5_340 = lines('RADIO REGULATIONS', '', 'ARTICLE 5', '', 'Frequency allocations', '', 'Section IV – Table of Frequency Allocations', '',
  '5.340\tAll emissions are prohibited in the following bands:', '1 400-1 427 MHz,', '2 690-2 700 MHz,\texcept those provided for by No. 5.422,',
  '10.68-10.7 GHz,\texcept those provided for by No. 5.483,', '15.35-15.4 GHz,\texcept those provided for by No. 5.511,', '23.6-24 GHz,',
  '31.3-31.5 GHz,', '31.5-31.8 GHz,\tin Region 2,', '48.94-49.04 GHz,\tfrom airborne stations', '50.2-50.4 GHz,', '52.6-54.25 GHz,', '86-92 GHz,',
  '100-102 GHz,', '250-252 GHz.     (WRC-03)', '',
  '5.341\tIn the frequency bands 1 400-1 727 MHz, passive research is being conducted by some countries.');

test('J22: an RR MOD excerpt (`…`) naming no instrument is identified by its words among the whole provision\'s, and compared', () => {
  const rr = new BaseIndex();
  rr.update('rr-art5.itu', RR_5_340);
  const run = (...body: string[]) => checkDocument(parseDocument(lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', '', 'MOD\tUSA/50/1', ...body, 'Reasons:\tx.')), { bases: rr.lookup });
  const exact = run('5.340\tAll emissions are prohibited in the following bands:', '…', '250-252 GHz.     (WRC-{~~03~>27~~})', '{++252-275 GHz.++}');
  assert.deepEqual(exact.filter((f) => f.code.startsWith('base.')).map((f) => f.code), []);
  const slip = run('5.340\tAll emissions are strictly prohibited in the following bands:', '…', '250-252 GHz.     (WRC-{~~03~>27~~})');
  assert.deepEqual(slip.filter((f) => f.code.startsWith('base.')).map((f) => `${f.code} ${/'[^']+'/.exec(f.message)?.[0]}`), ["base.untracked-change 'strictly'"]);
});

test('J3: a CV subheading (`Elected officials`) and the RR Secretariat\'s note belong to no provision: a NOC restating CV 12, CV 19 or RR 0.2 exactly is no change', () => {
  const cv = lines('Meeting:\tPP-26, Doha, 2026', 'Proposals:\tB', '', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
    'NOC\tB/71/1', '12\tPP-98\tb) when a Member State resigns its membership of the Council.', 'Reasons:\tr.', '',
    'NOC\tB/71/2', '19\t7. Any period of service in the post of an elected official pursuant to an appointment under Nos. 14 to 18 above shall not affect eligibility for election or re-election to such a post.', 'Reasons:\tr.', '',
    'MOD\tB/71/3', '12\tPP-98\tb) when a Member State {++formally ++}resigns its membership of the Council.', 'Reasons:\tr.');
  assert.deepEqual(codes(cv, 'base.untracked-change'), []);
  const rr = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', 'Proposals:\tE', '', 'RADIO REGULATIONS', '', 'NOC\tE/30/1',
    '0.2\tMembers shall endeavour to limit the number of frequencies and the spectrum used to the minimum essential to provide in a satisfactory manner the necessary services. To that end, they shall endeavour to apply the latest technical advances as soon as possible (No. 195 of the Constitution of the International Telecommunication Union (Geneva, 1992)).',
    'Reasons:\tr.');
  assert.deepEqual(codes(rr, 'base.untracked-change'), []);
  // A word left out of No. 12 is still a change.
  assert.equal(codes(cv.replace('b) when a Member State resigns', 'b) when a State resigns'), 'base.untracked-change').length, 1);
});

test('J11, J16: a SUP naming its provision only after its id is checked, listed and compiled as one with the number on its own line', () => {
  const sup = (id: string, target: string, ...body: string[]) => lines(...PP, `SUP\t${id}\t${target}`, ...body, 'Reasons:\tObsolete.');
  const text = sup('RUS/91/2', 'CS 999');
  const found = check(text).filter((f) => f.code === 'base.provision-not-found');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['999']);
  assert.match(found[0].message, /^SUP of CS 999: the text in force has no such provision/);
  // One in force: no finding, and compile takes it as the provision's suppression.
  const ok = sup('EUR/44A1/1', 'CS 58A');
  assert.deepEqual(check(ok).filter((f) => f.severity === 'error' || f.code.startsWith('base.')).map((f) => f.code), []);
  const idx = new BaseIndex();
  const cs = fs.readFileSync(path.join(KINDS, 'cs-1992-rev2006.itu'), 'utf8');
  idx.update('cs.itu', cs);
  const sources = [{ location: 'cs.itu', doc: parseDocument(cs) }, { location: 'eur.itu', doc: parseDocument(ok) }];
  assert.deepEqual(listProposals(sources, idx.lookup.provisions).map((e) => `${e.target} ${e.id}`), ['CS 58A EUR/44A1/1']);
  const c = compileTarget('CS 58A', sources, idx.lookup)!;
  assert.deepEqual(c.proposals.map((p) => p.id), ['EUR/44A1/1']);
});

test('J21: a meeting written out with its acronym in parentheses gives the acronym\'s assembly and year, not its name as a place', () => {
  assert.deepEqual(meetingOf('World Radiocommunication Conference (WRC-27)'), { label: 'World Radiocommunication Conference (WRC-27)', assembly: 'The World Radiocommunication Conference', cited: '…, 2027' });
  assert.equal(meetingOf('World Radiocommunication Conference (WRC-27), Riyadh, 2027').cited, 'Riyadh, 2027');
  assert.equal(meetingOf('World Telecommunication Standardization Assembly (WTSA-28)').cited, '…, 2028');
  const formula = withMeeting(['RESOLUTION 750 (REV.WRC-19)', 'Title', 'The World Radiocommunication Conference (Sharm el-Sheikh, 2019),'], meetingOf('World Radiocommunication Conference (WRC-27)'))[2];
  assert.equal(formula, 'The World Radiocommunication Conference ({--Sharm el-Sheikh, 2019--}{++…, 2027++}),');
});

test('J17: New contribution does not offer provisions an earlier conference suppressed', async () => {
  const files = Object.fromEntries(['cs-1992-rev2006.itu', 'rr-2012-art1-9.itu'].map((f) => [f, fs.readFileSync(path.join(KINDS, f), 'utf8')]));
  const service = createItuService({ workspace: new MemoryWorkspace('file:///ws', files) });
  await service.scan();
  const listed = service.baseTexts().map((b) => b.numberLine);
  for (const gone of ['CS 164', 'CS 166', 'RR 4.15A', 'RR 9.8', 'RR 5.45']) assert.ok(!listed.includes(gone), gone);
  for (const kept of ['CS 163', 'CS 165', 'RR 4.15', 'RR 9.7']) assert.ok(listed.includes(kept), kept);
});

test('J4: New contribution on a whole instrument restates its headings between its provisions, so its Annex starts a new run', async () => {
  const files = Object.fromEntries(['cv-1992-rev2006.itu'].map((f) => [f, fs.readFileSync(path.join(KINDS, f), 'utf8')]));
  const service = createItuService({ workspace: new MemoryWorkspace('file:///ws', files) });
  await service.scan();
  const text = service.newContribution({ meeting: 'PP-26, Doha, 2026', document: '70', addendum: '', source: 'Brazil', proposals: 'B', targets: ['CV'] }) as string;
  const body = text.split('\n');
  const at = (line: string) => body.indexOf(line);
  // In the order of the text in force: CHAPTER I, its Article 1 and title before No. 1; Article 2's subheading before No. 13.
  assert.ok(at('CHAPTER I') >= 0 && at('CHAPTER I') < at('Article 1') && at('Article 1') < at('Plenipotentiary Conference'), text.slice(0, 600));
  assert.ok(at('Elected officials') > 0 && at('Elected officials') < body.findIndex((l) => l.startsWith('13\t')));
  assert.deepEqual(checkDocument(parseDocument(text), { bases: index().lookup }).filter((f) => f.code === 'numbering.gap' && /\b1001\b/.test(f.message)).map((f) => f.message), []);
});
