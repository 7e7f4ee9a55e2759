// Review 5, F28 in the editor: an open contribution whose proposal ids another file of the workspace holds is
// told so in its diagnostics, as `itu-draft check --workspace` tells it: compile.revised where a later revision
// holds them (compile takes that one), compile.id-elsewhere where a file of the same revision does. The
// findings follow the other file as it is edited in the editor or changed on disk.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client, type Diag } from './harness';

const contribution = (cover: string[], words: string) => [
  'Document:\t21', 'Addendum:\t4', 'Proposals:\tAAA', ...cover, '',
  'MOD\tAAA/21A4/1',
  'RESOLUTION 50 (Rev. Dubai, 2014)',
  'Optimal integration of ICTs',
  'resolves',
  `1\tto take into account the outcome of the {++${words}++} review;`,
  'Reasons:\tTo update.',
  '',
  'MOD\tAAA/21A4/2',
  'RESOLUTION 51 (Rev. Dubai, 2014)',
  'Assistance',
  'resolves',
  '1\tto {++continue to ++}assist;',
  'Reasons:\tTo update.',
  '',
].join('\n');

const compileCodes = (d: Diag[]) => d.filter((x) => String(x.code).startsWith('compile.'));

describe('proposal ids in other files, in the editor\'s diagnostics (review 5, F28)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-ids-'));
  const c = new Client();
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const first = contribution([], 'twenty-year');
  const revised = contribution(['Revision:\t1'], 'WSIS+20');

  /** Pulls `name`'s diagnostics until `test` holds, waiting for the server's requests to pull again. */
  async function until(name: string, test: (d: Diag[]) => boolean): Promise<Diag[]> {
    let d: Diag[] = [];
    for (let seen = c.refreshes; !test((d = await c.pull(uri(name)))); seen = c.refreshes) await c.refreshed(seen);
    return d;
  }

  before(async () => {
    fs.writeFileSync(path.join(dir, 'aaa.itu'), first);
    fs.writeFileSync(path.join(dir, 'aaa-rev1.itu'), revised);
    fs.writeFileSync(path.join(dir, 'other.itu'), first.replace(/AAA\/21A4/g, 'BBB/22A1').replace('Proposals:\tAAA', 'Proposals:\tBBB'));
    await c.initialize(true, false, pathToFileURL(dir).href);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a proposal its Revision 1 on disk holds: compile.revised on each id, naming the revision; the revision itself is clean', async () => {
    c.open(uri('aaa.itu'), first);
    const d = compileCodes(await until('aaa.itu', (x) => compileCodes(x).length === 2));
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['compile.revised', 3], ['compile.revised', 3]]);
    assert.match(d[0].message, /^AAA\/21A4\/1 is revised in aaa-rev1\.itu \(Revision 1\)/);
    const line = first.split('\n').indexOf('MOD\tAAA/21A4/1');
    assert.deepEqual(d[0].range, { start: { line, character: 4 }, end: { line, character: 14 } }, 'on the id');
    c.open(uri('aaa-rev1.itu'), revised);
    assert.deepEqual(compileCodes(await c.pull(uri('aaa-rev1.itu'))), [], 'the revision that stands has nothing to say');
  });

  test('the other file edited in the editor to the same revision: the proposal they word differently is elsewhere, the one alike a copy', async () => {
    const line = revised.split('\n').indexOf('Revision:\t1');
    c.change(uri('aaa-rev1.itu'), [{ range: { start: { line, character: 10 }, end: { line, character: 11 } }, text: '0' }]);
    // The editor pulls the document edited; its ids' new revision makes the server ask for the others again.
    const seen = c.refreshes;
    await c.pull(uri('aaa-rev1.itu'));
    await c.refreshed(seen);
    const d = compileCodes(await until('aaa.itu', (x) => compileCodes(x).some((f) => f.code === 'compile.id-elsewhere')));
    // AAA/21A4/2 is word for word the same in both (review 7, H7): compiled once, from aaa.itu (the shorter name).
    assert.deepEqual(d.map((x) => x.code), ['compile.id-elsewhere', 'compile.copy']);
    assert.match(d[0].message, /AAA\/21A4\/1 is also in aaa-rev1\.itu, of the same revision/);
    assert.equal(d[1].message, 'AAA/21A4/2 is also in aaa-rev1.itu, word for word: compile takes it once, from this file');
    const other = compileCodes(await until('aaa-rev1.itu', (x) => compileCodes(x).length === 2));
    assert.match(other[0].message, /is also in aaa\.itu/);
    assert.equal(other[1].message, 'AAA/21A4/2 is a copy word for word of the one in aaa.itu: compile takes it once, from there');
  });

  test('a later revision written to disk: the open documents are told to pull again, and are set aside for it', async () => {
    fs.writeFileSync(path.join(dir, 'aaa-rev2.itu'), contribution(['Revision:\t2'], 'WSIS+20'));
    void c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('aaa-rev2.itu'), type: 1 }] });
    const d = compileCodes(await until('aaa.itu', (x) => compileCodes(x).some((f) => /aaa-rev2\.itu \(Revision 2\)/.test(f.message))));
    assert.deepEqual(d.map((x) => x.code), ['compile.revised', 'compile.revised']);
    // A file sharing no id is not touched.
    c.open(uri('other.itu'), fs.readFileSync(path.join(dir, 'other.itu'), 'utf8'));
    assert.deepEqual(compileCodes(await c.pull(uri('other.itu'))), []);
  });
});
