// Completion inside the proposals (review 9, J18): no header item with the id of the proposal that follows (a
// duplicate), and on a line of an ADD of numbered provisions the next inserted number.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client } from './harness';

const CORPUS = path.resolve(__dirname, '../corpus-kinds');
const RUS92 = ['Meeting:\tPP-26, Doha, 2026', 'Document:\t92', 'Proposals:\tRUS', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '',
  'ADD\tRUS/92/1\tCS', '58B\tPP-26\tjter) adopt the strategic plan;', '', 'Reasons:\tNew.', '', 'ADD\tRUS/92/2', '5.A117\tx', '', 'Reasons:\tx.', ''].join('\n');

describe('completion between proposals', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-next-'));
  const c = new Client();
  const uri = pathToFileURL(path.join(dir, 'rus-92.itu')).href;
  const complete = async (line: number) =>
    (await c.request<{ label: string; detail?: string; insertText?: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 0 } }));

  before(async () => {
    fs.copyFileSync(path.join(CORPUS, 'cs-1992-rev2006.itu'), path.join(dir, 'cs-1992-rev2006.itu'));
    fs.writeFileSync(path.join(dir, 'rus-92.itu'), RUS92);
    await c.initialize(true, false, pathToFileURL(dir).href);
    c.open(uri, RUS92);
    await c.pull(uri);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an empty line of ADD RUS/92/1 offers 58C and no header with RUS/92/2, which follows (J18)', async () => {
    const items = await complete(8);
    const labels = items.map((i) => i.label);
    assert.equal(labels[0], '58C');
    assert.ok(!items.some((i) => /RUS\/92\/2/.test(`${i.detail ?? ''} ${i.insertText ?? ''}`)), JSON.stringify(items));
    assert.ok(labels.includes('MOD') && labels.includes('ADD'), 'headers still offered, without that id');
  });

  test('after the last proposal the next id is offered as before', async () => {
    const items = await complete(15);
    assert.ok(items.some((i) => i.label === 'ADD' && i.insertText === 'ADD\tRUS/92/3'), JSON.stringify(items.map((i) => i.insertText)));
  });
});
