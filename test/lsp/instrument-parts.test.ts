// The fourteenth session's review of amendments (rev-kinds), through the server: the Radio Regulations kept one
// Article a file (a proposal compared with the part holding its provision, hover and compile alike), and an ITU-T
// A.1 MOD leaving text out with `…` across clauses (no numbering finding).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client, type Diag } from './harness';

const FIXTURES = path.resolve(__dirname, '../fixtures/provisions');
// RR Article 21 as a file of its own: its name sorts before rr-article5.itu, the part the WRC proposals amend.
const ARTICLE_21 = ['ARTICLE 21', '', 'Terrestrial and space services sharing frequency bands above 1 GHz', '',
  '21.3\tStations in the fixed or mobile service shall not be located at sites from which the direction of maximum radiation would be within the angle shown in Table 21-1.', '',
  '21.4\tNot used.', ''].join('\n');

describe('review of amendments (rev-kinds) through the server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-parts-'));
  const c = new Client();
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const wrc = fs.readFileSync(path.join(FIXTURES, 'wrc-eur-16a1.itu'), 'utf8');
  const a1 = fs.readFileSync(path.resolve(__dirname, '../corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');

  before(async () => {
    fs.copyFileSync(path.join(FIXTURES, 'rr-article5.itu'), path.join(dir, 'rr-article5.itu'));
    fs.writeFileSync(path.join(dir, 'rr-article21.itu'), ARTICLE_21);
    fs.writeFileSync(path.join(dir, 'wrc-eur-16a1.itu'), wrc);
    fs.writeFileSync(path.join(dir, 'T-REC-A.1-201610.itu'), a1);
    await c.initialize(true, false, pathToFileURL(dir).href);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the RR in two files: the WRC proposals on Article 5 get what they get against Article 5 alone, hover and compile find it', async () => {
    c.open(uri('wrc-eur-16a1.itu'), wrc);
    // The workspace scan runs after initialization; the server asks for a new pull when it is done.
    await c.refreshed(0);
    const d: Diag[] = await c.pull(uri('wrc-eur-16a1.itu'));
    // Before: base.provision-not-found on every proposal (SUP 5.338 an error), no untracked change, base.ambiguous.
    assert.deepEqual(d.map((x) => x.code).sort(), ['base.untracked-change', 'proposal.sequence']);
    const line = wrc.split('\n').findIndex((l) => l.startsWith('5.338A\t'));
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('wrc-eur-16a1.itu') }, position: { line, character: 2 } });
    assert.match(h.contents.value, /^\*\*RR 5\.338A\*\*, text in force \(`rr-article5\.itu`\)/);
    const merged = await c.request<{ text: string; proposals: string[] }>('itu/compile', { target: 'RR 5.338A' });
    assert.deepEqual(merged.proposals, ['EUR/16A1/1']);
  });

  test('an A.1 MOD restating 3.1.3, …, 3.2.2, 3.2.3 (clause 3.2\'s heading in the `…`) gets no finding', async () => {
    const at = (n: string) => a1.split('\n').find((l) => l.startsWith(`${n}\t`))!;
    const text = ['Meeting:\tTSAG', 'Document:\t55', 'Proposals:\tUSA', '', 'Recommendation ITU-T A.1', '', 'MOD\tUSA/55/1', at('3.1.3'), '…', at('3.2.2'),
      at('3.2.3').replace('cannot be translated', '{++normally ++}cannot be translated'), 'Reasons:\tx.', ''].join('\n');
    c.open(uri('usa.itu'), text);
    // Before: "3.2.2 comes after 3.1.3: the two are swapped", "3.2.3 appears twice in this list".
    assert.deepEqual((await c.pull(uri('usa.itu'))).map((x) => `${x.code} ${x.message}`), []);
  });
});
