// "Compare with base text" on excerpts and on proposals restating several provisions (review 9, J31, J15):
// each `…` of the new text shows the paragraphs in force it stands for, every provision a proposal restates
// is in the diff, and a SUP or NOC shows what it restates beside the text in force.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client } from './harness';

const CORPUS = path.resolve(__dirname, '../corpus-kinds');
const SHARED = path.resolve(__dirname, '../../../shared');

const ARB40 = ['Meeting:\tWTSA-24, New Delhi, 15-24 October 2024', 'Document:\t40', 'Addendum:\t1', 'Proposals:\tARB', '',
  'MOD\tARB/40A1/1', 'RESOLUTION 52 (Rev. {~~Dubai, 2012~>New Delhi, 2024~~})', 'Countering and combating spam', '…',
  '{--g)\tthat spam is a global problem that requires international cooperation in order to find solutions;--}', '…', 'Reasons:\tx.', ''].join('\n');

const ARB80 = ['Meeting:\tPlenipotentiary Conference (PP-26), Doha, 2026', 'Document:\t80', 'Original:\tEnglish', 'Source:\tArab States', 'Proposals:\tARB', '',
  'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'CHAPTER I', '',
  'MOD\tARB/80/2',
  '47\tPP-98\t1. The Plenipotentiary Conference shall be composed of delegations representing Member States. It shall be convened every four years{++ and shall last no more than three weeks++}.',
  '48\tPP-98\t2. On the basis of proposals by Member States and taking account of reports by the Council and the Sectors, the Plenipotentiary Conference shall:',
  'Reasons:\tTo limit the duration.', '',
  'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
  'SUP\tARB/80/5',
  '3\t2. 1) The precise place and the exact dates of the next Plenipotentiary Conference, or either one of these, may be changed:',
  '4\tPP-98\ta) when at least one-quarter of the Member States have individually proposed a change to the Secretary-General; or',
  '5\tb) on a proposal of the Council or a Sector.',
  'Reasons:\tConsequential.', '',
  'NOC\tARB/80/6',
  '6\tPP-98\t2) Any such change shall require the concurrence of a majority of the Member States.',
  'Reasons:\tNo change.', ''].join('\n');

interface Compared { title: string; baseText: string; newText: string; restated?: boolean }

describe('Compare with base on excerpts and on several provisions', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-compare-'));
  const c = new Client();
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const compare = (name: string, line: number) => c.request<Compared>('itu/baseComparison', { uri: uri(name), position: { line, character: 3 } });
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

  before(async () => {
    fs.copyFileSync(path.join(SHARED, 'examples/res52-dubai-2012.itu'), path.join(dir, 'res52-dubai-2012.itu'));
    fs.copyFileSync(path.join(CORPUS, 'cs-1992-rev2006.itu'), path.join(dir, 'cs-1992-rev2006.itu'));
    fs.copyFileSync(path.join(CORPUS, 'cv-1992-rev2006.itu'), path.join(dir, 'cv-1992-rev2006.itu'));
    fs.writeFileSync(path.join(dir, 'arb-40a1.itu'), ARB40);
    fs.writeFileSync(path.join(dir, 'arb-80.itu'), ARB80);
    await c.initialize(true, false, pathToFileURL(dir).href);
    c.open(uri('arb-40a1.itu'), ARB40);
    c.open(uri('arb-80.itu'), ARB80);
    // The workspace scan runs after initialization: wait until the base texts are read.
    for (let seen = 0; !(await c.pull(uri('arb-80.itu'))).some((x) => x.code === 'base.untracked-change'); seen = c.refreshes) await c.refreshed(seen);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('each … of a MOD stands for the paragraphs in force it leaves out: only the deleted item differs (J31)', async () => {
    const r = await compare('arb-40a1.itu', lineOf(ARB40, 'RESOLUTION'));
    const base = r.baseText.split('\n');
    const now = r.newText.split('\n');
    assert.ok(!now.includes('…'), r.newText.slice(0, 400));
    assert.equal(now.length, base.length - 1);
    const gone = base.filter((p) => !now.includes(p));
    assert.deepEqual(gone, ['RESOLUTION 52 (Rev. Dubai, 2012)', 'g)\tthat spam is a global problem that requires international cooperation in order to find solutions;']);
    assert.equal(now[0], 'RESOLUTION 52 (Rev. New Delhi, 2024)');
  });

  test('a MOD of two provisions shows both, wherever the cursor is (J15)', async () => {
    for (const start of ['47\t', '48\t']) {
      const r = await compare('arb-80.itu', lineOf(ARB80, start));
      assert.match(r.baseText, /^47\t[^\n]*every four years\.\n48\t[^\n]*the Council, the Plenipotentiary/);
      assert.match(r.newText, /^47\t[^\n]*no more than three weeks\.\n48\t[^\n]*and the Sectors, the Plenipotentiary Conference shall:\n$/);
    }
  });

  test('a SUP or NOC of provisions shows what it restates beside the provisions in force (J15)', async () => {
    const sup = await compare('arb-80.itu', lineOf(ARB80, '4\t'));
    assert.equal(sup.restated, true);
    assert.match(sup.baseText, /^3\t[^\n]*\n4\t[^\n]*\n5\t[^\n]*\n$/);
    assert.match(sup.newText, /^3\t[^\n]*may be changed:\n4\t[^\n]*\n5\tb\) on a proposal of the Council or a Sector\.\n$/);
    const noc = await compare('arb-80.itu', lineOf(ARB80, '6\t'));
    assert.equal(noc.restated, true);
    assert.match(noc.newText, /^6\tPP-98\t2\) Any such change shall require the concurrence of a majority of the Member States\.\n$/);
  });
});
