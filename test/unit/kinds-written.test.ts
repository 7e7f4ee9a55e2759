// The contributions written for the test in the sixteenth session (test/fixtures/kinds-written/README.md): WRC, PP,
// TSAG and Study Group texts on the RR, CS, CV and Recommendations in force, with the faults delegates make. Every
// finding they get was read and classified (STATUS-kinds.md of that session); this holds them, and the compilations of
// the provisions two parties amend, so that a finding gained or lost shows here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, compileTarget, listProposals, mergedDraft, parseDocument, unreadTarget, type CompileSource } from '../../server/src/core';
import { ROOT } from './helpers';

const WRITTEN = path.join(ROOT, 'test/fixtures/kinds-written');
const IN_FORCE = ['test/corpus-kinds/T-REC-A.1-201610.itu', 'test/corpus-kinds/R-REC-RA.314-10-200306.itu', 'test/corpus-kinds/rr-2012-art1-9.itu', 'test/corpus-kinds/cs-1992-rev2006.itu', 'test/corpus-kinds/cv-1992-rev2006.itu', 'test/corpus-kinds/itr-melbourne-1988.itu', 'test/fixtures/provisions/rr-article5.itu', 'test/fixtures/provisions/wrc-eur-16a1.itu'];
const CONTRIBUTIONS = fs.readdirSync(WRITTEN).filter((f) => f.endsWith('.itu')).sort();

const index = new BaseIndex();
const sources: CompileSource[] = [];
for (const f of [...IN_FORCE.map((p) => path.join(ROOT, p)), ...CONTRIBUTIONS.map((f) => path.join(WRITTEN, f))]) {
  const text = fs.readFileSync(f, 'utf8');
  const doc = parseDocument(text);
  index.update(path.basename(f), text, doc);
  sources.push({ location: path.basename(f), doc });
}

/** Each finding as `file:line code`. */
const EXPECTED = [
  'pp-iap-12a1.itu:24 base.untracked-change',
  'pp-iap-12a1.itu:45 numbering.order',
  'pp-iap-12a1.itu:53 base.provision-exists',
  'pp-iap-12a1.itu:65 proposal.cites-suppressed',
  'ra-usa-7a1.itu:24 base.untracked-change',
  'tsag-gbr-31a2.itu:22 base.label-in-force',
  'tsag-gbr-31a2.itu:24 base.untracked-change',
  'tsag-gbr-31a2.itu:24 base.renumbered-cited',
  'tsag-gbr-31a2.itu:27 proposal.mod-without-changes',
  'tsag-gbr-31a2.itu:29 proposal.cites-renumbered',
  'tsag-gbr-31a2.itu:35 base.untracked-change',
  'tsag-kor-40.itu:13 base.untracked-change',
  // h-amend's proposal.conflicting-actions, merged after this list was made: a SUP of ITRs No. 6 beside a MOD of it, and
  // two MODs restating RR 5.338A (both true: what STATUS-kinds.md left as "MOD and SUP of one ITRs number not reported").
  'wcit-arb-47.itu:22 proposal.conflicting-actions',
  'wcit-arb-47.itu:32 numbering.gap',
  'wrc-can-45a3.itu:14 provision.wrc-note',
  'wrc-can-45a3.itu:22 base.untracked-change',
  'wrc-can-45a3.itu:22 base.untracked-change',
  'wrc-can-45a3.itu:34 base.provision-exists',
  'wrc-can-45a3.itu:58 base.untracked-change',
  'wrc-rcc-8a1.itu:15 proposal.mod-without-changes',
  'wrc-rcc-8a1.itu:19 proposal.conflicting-actions',
  'wrc-rcc-8a1.itu:20 provision.wrc-note',
  'wrc-rcc-8a1.itu:21 numbering.order',
  'wrc-rcc-8a1.itu:26 base.untracked-change',
  'wrc-rcc-8a1.itu:31 base.untracked-change',
  'wrc-rcc-8a1.itu:39 numbering.duplicate',
];

test('the contributions written for the test get the findings classified, and no other', () => {
  assert.ok(CONTRIBUTIONS.length >= 6);
  const got: string[] = [];
  for (const s of sources.filter((x) => CONTRIBUTIONS.includes(x.location))) {
    assert.match(s.doc.text, /Written for the itu-draft test suite \(not an ITU text\)/, s.location);
    for (const f of checkDocument(s.doc, { bases: index.lookup })) got.push(`${s.location}:${s.doc.text.slice(0, f.start).split('\n').length} ${f.code}`);
  }
  assert.deepEqual(got.sort(), [...EXPECTED].sort());
});

test('their proposals are listed under the provisions they restate, and compiled there', () => {
  const listed = listProposals(sources, index.lookup.provisions);
  const under = (target: string) => listed.filter((p) => p.target === target).map((p) => p.id).sort();
  // Named `CS 171 to 173` after its id: under each of the three (before: under that name, which compiled the whole CS).
  for (const n of ['171', '172', '173']) assert.ok(under(`CS ${n}`).includes('IAP/12A1/3'), n);
  assert.deepEqual(under('CS 172'), ['AFCP/30A4/3', 'IAP/12A1/3']);
  assert.deepEqual(under('CS 171 to 173'), []);
  assert.deepEqual(under('CS 168'), ['AFCP/30A4/1', 'IAP/12A1/1']);
  assert.deepEqual(under('RR 5.338A'), ['ACP/22A1/1', 'EUR/16A1/1', 'RCC/8A1/1', 'RCC/8A1/2']);
  // Every name the list gives is one compile takes: none has words after its instrument that name no provision.
  for (const p of listed) assert.equal(unreadTarget(p.target), undefined, p.target);
});

test('a target naming no single provision is refused, not compiled as the whole instrument', () => {
  // `CS 171 to 173`, as IAP/12A1/3's header names what it restates: until the twenty-first session it compiled the whole CS.
  for (const target of ['CS 171 to 173', 'CS Nos. 171 to 173', 'Constitution 171-173', 'CS Article 29', 'CV 136A and 136B']) {
    assert.equal(compileTarget(target, sources, index.lookup), undefined, target);
    assert.match(unreadTarget(target)!, /names no single provision/, target);
  }
  assert.match(unreadTarget('CS 171 to 173')!, /"CS 171"\), or the whole text \("CS"\)/);
  assert.match(unreadTarget('CS Article 29')!, /name one by its number, or the whole text \("CS"\)/);
  // What names one provision or a whole text is compiled as before.
  for (const target of ['CS 172', 'CS No. 172', 'CS', 'Constitution', 'RR 5.338A', 'Recommendation ITU-T A.1']) {
    assert.equal(unreadTarget(target), undefined, target);
    assert.ok(compileTarget(target, sources, index.lookup), target);
  }
  assert.equal(compileTarget('CS 172', sources, index.lookup)!.proposals.map((p) => p.id).sort().join(), 'AFCP/30A4/3,IAP/12A1/3');
});

test('their compilations: conflicts by party, a party\'s two ADDs by id, the A.1 draft renumbered with its citations', () => {
  const draft = (target: string) => mergedDraft(compileTarget(target, sources, index.lookup)!);
  assert.match(draft('CS 168'), /\{\+\+\[AFCP: ; the Council may grant a Member State facing exceptional circumstances a schedule of payment\] \[IAP: , within the time limits the Council sets\]\+\+\}/);
  assert.match(draft('RR 5.338A'), /Rev\.WRC-\{~~19~>\[EUR: 27\] \[ACP: 23\]~~\}/);
  assert.match(draft('RR 5.341'), /\[EUR: In the frequency bands/);
  const a1 = draft('RR 5.A1');
  assert.match(a1, /\[RCC\/8A1\/5: The\] \[RCC\/8A1\/6: In Kazakhstan, the\]/);
  const rec = draft('Recommendation ITU-T A.1');
  assert.match(rec, /\n1\.4\.\{~~7~>8~~\}\tStudy groups shall establish/);
  assert.match(rec, /\{\+\+1\.4\.9\tStudy groups should hold at least one session[^\n]*\{>>KOR proposes it as 1\.4\.8<<\}/);
  // A.1's own citations of 1.4.7 (1.7.1, restated by GBR/31A2/2, and 2.3.3.6) follow it.
  assert.equal(rec.match(/clause 1\.4\.\{~~7~>8~~\}/g)?.length, 2);
});
