// Proposals on provisions through the server (issue 10): the fixture workspace of base texts by
// provision on disk, a WRC proposal checked against it, hover on a provision, completion of the next
// WRC placeholder and proposal id, all over JSON-RPC.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyLspEdits, Client, type Diag } from './harness';

const FIXTURES = path.resolve(__dirname, '../fixtures/provisions');

describe('proposals on provisions through the server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lsp-provisions-'));
  const c = new Client();
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const wrc = fs.readFileSync(path.join(FIXTURES, 'wrc-eur-16a1.itu'), 'utf8');
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

  before(async () => {
    for (const f of fs.readdirSync(FIXTURES)) if (f.endsWith('.itu')) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
    // Recommendation ITU-T A.1 (10/2016), converted from ITU's Word file (test/corpus-kinds/README.md).
    fs.copyFileSync(path.resolve(__dirname, '../corpus-kinds/T-REC-A.1-201610.itu'), path.join(dir, 'T-REC-A.1-201610.itu'));
    await c.initialize(true, false, pathToFileURL(dir).href);
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a WRC proposal gets the untracked change against RR 5.339 in force and its id fault, nothing else', async () => {
    c.open(uri('wrc-eur-16a1.itu'), wrc);
    let d: Diag[] = [];
    // The workspace scan runs after initialization; the server asks for a new pull when it is done.
    for (let seen = 0; !(d = await c.pull(uri('wrc-eur-16a1.itu'))).some((x) => x.code === 'base.untracked-change'); seen = c.refreshes) await c.refreshed(seen);
    assert.deepEqual(d.map((x) => x.code).sort(), ['base.untracked-change', 'proposal.sequence']);
    const untracked = d.find((x) => x.code === 'base.untracked-change')!;
    assert.equal(untracked.range.start.line, lineOf(wrc, '5.339\t'));
    assert.match(untracked.message, /base says 'secondary', draft says 'primary'/);
  });

  test('PP- and Recommendation-style proposals: excerpt numbering, untracked change, provision not found, id faults, nothing else', async () => {
    const expect: Record<string, string[]> = {
      'pp-arb-14a1.itu': ['base.provision-gap', 'base.provision-not-found', 'base.untracked-change', 'proposal.sequence'],
      'rec-usa-12a1.itu': ['base.provision-not-found', 'base.untracked-change', 'numbering.duplicate', 'proposal.sequence'],
    };
    for (const [name, codes] of Object.entries(expect)) {
      c.open(uri(name), fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const d = await c.pull(uri(name));
      assert.deepEqual(d.map((x) => x.code).sort(), codes, name);
    }
  });

  test('hover on a provision number shows the provision in force', async () => {
    const line = lineOf(wrc, '5.338A\t');
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('wrc-eur-16a1.itu') }, position: { line, character: 2 } });
    assert.match(h.contents.value, /^\*\*RR 5\.338A\*\*, text in force \(`rr-article5\.itu`\)/);
    assert.match(h.contents.value, /Resolution 750 \(Rev\.WRC-19\) applies/);
    // Mentions in running text: No. 5.339 is in force; No. 5.422 is not in the excerpt of Article 5 in the workspace.
    const reasons = lineOf(wrc, 'Reasons:\tConsequential to ADD 5.422A');
    const hoverAt = (needle: string) => c.request<{ contents: { value: string } }>('textDocument/hover',
      { textDocument: { uri: uri('wrc-eur-16a1.itu') }, position: { line: reasons, character: wrc.split('\n')[reasons].indexOf(needle) + 1 } });
    assert.match((await hoverAt('No. 5.339')).contents.value, /^\*\*RR 5\.339\*\*, text in force[^]*on a secondary basis/);
    assert.match((await hoverAt('No. 5.422')).contents.value, /\*\*RR 5\.422\*\*: no such provision in the text in force/);
    const add = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('wrc-eur-16a1.itu') }, position: { line: lineOf(wrc, '5.A12\t'), character: 1 } });
    assert.equal(add.contents.value, '**RR 5.A12**: a WRC placeholder for a new provision (the conference numbers it).');
    // A margin number of the Constitution restated in a PP proposal (the file is open since the test before).
    const pp = fs.readFileSync(path.join(FIXTURES, 'pp-arb-14a1.itu'), 'utf8');
    const cs = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('pp-arb-14a1.itu') }, position: { line: lineOf(pp, '5\tc)'), character: 0 } });
    assert.match(cs.contents.value, /^\*\*CS 5\*\*, text in force \(`cs-article1\.itu`\):\n\n> 5\tc\)\tto promote the development of technical facilities and their most efficient operation/);
  });

  test('quick fix: the change without marks against RR 5.339 is wrapped in marks, and then the MOD is clean', async () => {
    const d = (await c.pull(uri('wrc-eur-16a1.itu'))).find((x) => x.code === 'base.untracked-change')!;
    const actions = await c.request<{ title: string; edit: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri: uri('wrc-eur-16a1.itu') }, range: d.range, context: { diagnostics: [d] } });
    const wrap = actions.find((a) => a.title === 'Wrap this change in revision marks');
    assert.ok(wrap, actions.map((a) => a.title).join(', '));
    const fixedText = applyLspEdits(wrc, wrap.edit.changes[uri('wrc-eur-16a1.itu')]);
    assert.match(fixedText, /on a \{~~secondary~>primary~~\} basis\./);
    c.change(uri('wrc-eur-16a1.itu'), [{ text: fixedText }]);
    // Now modified, No. 5.339 (no note in force) takes WRC-27's note (review 9, J9).
    assert.deepEqual((await c.pull(uri('wrc-eur-16a1.itu'))).map((x) => x.code), ['provision.wrc-note', 'proposal.sequence']);
    c.change(uri('wrc-eur-16a1.itu'), [{ text: wrc }]);
  });

  test('outline: a text in force nests its provisions under CHAPTER > ARTICLE (> Section); a proposal holds the provisions it restates', async () => {
    type Sym = { name: string; detail?: string; children?: Sym[] };
    const symbols = async (name: string) => {
      c.open(uri(name), fs.readFileSync(path.join(dir, name), 'utf8'));
      return c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: uri(name) } });
    };
    const tree = (s: Sym): string => (s.children?.length ? `${s.name} [${s.children.map(tree).join(', ')}]` : s.name);
    const cs = await symbols('cs-article1.itu');
    // The preamble's No. 1 stands before any chapter.
    assert.deepEqual(cs.map(tree), ['No. 1', 'CHAPTER I [ARTICLE 1 [No. 2, No. 3, No. 3A, No. 4, No. 5, No. 6, No. 7]]']);
    assert.deepEqual([cs[1].detail, cs[1].children![0].detail], ['Basic Provisions', 'Purposes of the Union']);
    const rr = await symbols('rr-article5.itu');
    assert.deepEqual(rr.map(tree), ['ARTICLE 5 [Section IV – Table of Frequency Allocations [5.337, 5.337A, 5.338, 5.338A, 5.339, 5.339A, 5.340, 5.341]]']);
    assert.equal(rr[0].detail, 'Frequency allocations');
    const pp = await symbols('pp-arb-14a1.itu');
    const proposals = pp.filter((s) => s.name !== 'Cover');
    // The headings that place the proposals come first, in the order of the text, each with its title (review 6, G19).
    assert.deepEqual(proposals.map(tree), ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', 'CHAPTER I', 'ARTICLE 1',
      'MOD ARB/14A1/1 [No. 3, No. 4, No. 5]', 'NOC ARB/14A1/2 [No. 6]', 'SUP ARB/14A1/4']);
    assert.deepEqual(proposals.map((s) => s.detail), [undefined, 'Basic Provisions', 'Purposes of the Union', 'CS 3 to 5', 'CS 6', 'CS 3B']);
  });

  test('Compare with base: a MOD of a provision beside the provision in force', async () => {
    const line = lineOf(wrc, 'MOD\tEUR/16A1/3');
    const r = await c.request<{ title: string; baseText: string; newText: string; baseLocation: string }>('itu/baseComparison', { uri: uri('wrc-eur-16a1.itu'), position: { line: line + 1, character: 3 } });
    assert.equal(r.title, 'MOD EUR/16A1/3');
    assert.match(r.baseLocation, /rr-article5\.itu$/);
    assert.match(r.baseText, /^5\.339\tThe frequency bands [^\n]* on a secondary basis\.\n$/);
    assert.match(r.newText, /^5\.339\tThe frequency bands [^\n]* on a primary basis\.\n$/);
  });

  test('the Proposals view names a proposal on one provision by it, and compiles it', async () => {
    const list = await c.request<{ target: string; id: string }[]>('itu/proposals', {});
    assert.deepEqual(list.filter((p) => p.id.startsWith('EUR/16A1/')).map((p) => `${p.id} ${p.target}`),
      ['EUR/16A1/1 RR 5.338A', 'EUR/16A1/2 RR 5.338', 'EUR/16A1/3 RR 5.339', 'EUR/16A1/4 RR 5.340', 'EUR/16A1/5 RR 5.341', 'EUR/16A1/7 RR 5.A12']);
    const merged = await c.request<{ text: string; proposals: string[]; counts: Record<string, number> }>('itu/compile', { target: 'RR 5.338A' });
    assert.deepEqual(merged.proposals, ['EUR/16A1/1']);
    assert.deepEqual(merged.counts, { single: 1 });
    assert.match(merged.text, /Resolution 750 \(Rev\.WRC-\{~~19~>27~~\}\{>>@EUR<<\}\) applies/);
  });

  test('completion: the next free WRC placeholder after those of the workspace, and the next proposal id', async () => {
    const text = ['Proposals:\tEUR', 'Document:\t30', 'Addendum:\t1', '', 'ARTICLE 5', '', 'ADD\tEUR/30A1/1', '', 'Reasons:\tx.', '', 'MOD\t'].join('\n');
    c.open(uri('new.itu'), text);
    const labels = async (line: number, character: number) =>
      (await c.request<{ label: string; preselect?: boolean; insertText?: string }[]>('textDocument/completion', { textDocument: { uri: uri('new.itu') }, position: { line, character } }));
    // 5.A11 (placeholders.itu) and 5.A12 (wrc-eur-16a1.itu) are taken.
    const items = await labels(7, 0);
    assert.equal(items[0].label, '5.A13');
    assert.equal(items[0].preselect, true);
    assert.equal(items[0].insertText, '5.A13\t');
    assert.ok(items.some((i) => i.label === '5.B12'));
    // Outside an ADD, no placeholder.
    assert.ok(!(await labels(5, 0)).some((i) => /^5\.[A-Z]/.test(i.label)));
    assert.deepEqual((await labels(10, 4)).map((i) => i.label), ['EUR/30A1/2']);
  });

  test('completion: no WRC placeholder in an ADD that is not on the Radio Regulations, though the workspace uses some', async () => {
    const labelsIn = async (name: string, text: string[], line: number) => {
      c.open(uri(name), text.join('\n'));
      return (await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: uri(name) }, position: { line, character: 0 } })).map((i) => i.label);
    };
    const placeholder = (labels: string[]) => labels.filter((l) => /^5\.[A-Z]\d/.test(l));
    // A draft new Resolution: the next label of its list, no 5.A13.
    const resolution = await labelsIn('add-res.itu', ['Proposals:\tEUR', 'Document:\t32', 'Addendum:\t1', '', 'ADD\tEUR/32A1/1', '', 'DRAFT NEW RESOLUTION [EUR-1] (WTSA-24)',
      '', 'considering', '', 'a)\tthat one;', 'b)\tthat two;', '', 'Reasons:\tx.'].join('\n').split('\n'), 12);
    assert.deepEqual(placeholder(resolution), []);
    assert.ok(resolution.includes('c)'), resolution.join(' '));
    // An ADD to the Constitution.
    assert.deepEqual(placeholder(await labelsIn('add-cs.itu', ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'ADD\tEUR/33A1/1', '', 'Reasons:\tx.'], 3)), []);
    assert.deepEqual(placeholder(await labelsIn('add-cs-art.itu', ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'ARTICLE 5', '', 'ADD\tEUR/36A1/1', '', 'Reasons:\tx.'], 5)), []);
    // An ADD with no heading at all: nothing says it is on the RR.
    assert.deepEqual(placeholder(await labelsIn('add-bare.itu', ['ADD\tEUR/34A1/1', '', 'Reasons:\tx.'], 1)), []);
    // Under the RR heading without an ARTICLE: the article of the workspace's last placeholder.
    assert.equal(placeholder(await labelsIn('add-rr.itu', ['RADIO REGULATIONS', '', 'ADD\tEUR/35A1/1', '', 'Reasons:\tx.'], 3))[0], '5.A13');
  });

  test('a Spanish contribution: ARTÍCULO 5 places new provisions, the RR heading in Spanish names the text in force', async () => {
    const text = ['Proposals:\tE', 'Document:\t31', 'Addendum:\t1', '', 'ARTÍCULO 5', '', 'ADD\tE/31A1/1', '', 'Motivos:\tx.', '',
      'MOD\tE/31A1/2', '5.339\tThe frequency bands 1 370-1 400 MHz, 2 640-2 655 MHz, 4 950-4 990 MHz and 15.20-15.35 GHz are also allocated to the space research (passive) and Earth exploration-satellite (passive) services on a {~~secondary~>primary~~} basis.', 'Motivos:\tx.', ''].join('\n');
    c.open(uri('es.itu'), text);
    const items = await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: uri('es.itu') }, position: { line: 7, character: 0 } });
    assert.equal(items[0].label, '5.A13');
    // The MOD is compared with RR 5.339 in force: marked, so nothing to report.
    assert.deepEqual((await c.pull(uri('es.itu'))).map((d) => d.code), []);
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('es.itu') }, position: { line: 11, character: 2 } });
    assert.match(h.contents.value, /^\*\*RR 5\.339\*\*, text in force/);
  });

  test('completion in a MOD on the RR: the provisions in force, each inserting its text', async () => {
    const text = ['ARTICLE 5', '', 'MOD\tEUR/30A1/1', '5.33', 'Reasons:\tx.'].join('\n');
    c.open(uri('mod.itu'), text);
    const items = await c.request<{ label: string; detail?: string; textEdit?: { range: { start: { line: number; character: number }; end: { character: number } }; newText: string } }[]>(
      'textDocument/completion', { textDocument: { uri: uri('mod.itu') }, position: { line: 3, character: 4 } });
    const numbers = items.filter((i) => i.detail?.endsWith('text in force')).map((i) => i.label);
    assert.deepEqual(numbers, ['5.337', '5.337A', '5.338', '5.338A', '5.339', '5.339A']);
    const item = items.find((i) => i.label === '5.338A')!;
    assert.equal(item.detail, 'RR 5.338A, text in force');
    assert.deepEqual([item.textEdit!.range.start, item.textEdit!.range.end.character], [{ line: 3, character: 0 }, 4]);
    assert.match(item.textEdit!.newText, /^5\.338A\tIn the frequency bands 1 350-1 400 MHz, [^\n]*Resolution 750 \(Rev\.WRC-19\) applies\.\s+\(WRC-19\)$/);
  });
});
