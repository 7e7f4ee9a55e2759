// Review 6, G3: a MOD naming no instrument, whose provision the checks find by its numbers (CS No. 5), is filed
// under that provision by `proposals` and the Proposals view, as check compares it and compile takes it: one
// answer everywhere. G21: competing ADDs of one new provision are compiled with one another (no text in force).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { run } from '../../server/src/cli/main';
import { BaseIndex, checkDocument, compileTarget, listProposals, parseDocument, type CompileSource } from '../../server/src/core';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { lines, ROOT } from './helpers';

const FIXTURES = path.join(ROOT, 'test/fixtures/provisions');
const CS = fs.readFileSync(path.join(FIXTURES, 'cs-article1.itu'), 'utf8');

describe('a provision found by its numbers is filed under it (review 6, G3)', () => {
  const numbers = CS.split('\n').filter((l) => /^\d+[A-Z]?\t[a-z]+\)\t/.test(l));
  test('proposals, check and compile agree on the provision, for each provision of the text in force', () => {
    for (const line of numbers) {
      const n = line.slice(0, line.indexOf('\t'));
      const mod = lines('MOD\tX/1/1', line.replace(/ (\w{5,});?$/, ' {++quickly ++}$1'), 'Reasons:\tx.');
      const index = new BaseIndex();
      index.update('cs.itu', CS, parseDocument(CS));
      const sources: CompileSource[] = [{ location: 'x.itu', doc: parseDocument(mod) }, { location: 'cs.itu', doc: parseDocument(CS) }];
      // check compares it with CS No. n (an unmarked change would be found there).
      const unmarked = checkDocument(parseDocument(mod.replace('{++quickly ++}', 'quickly ')), { bases: index.lookup });
      assert.ok(unmarked.some((f) => f.code === 'base.untracked-change' && /cs\.itu/.test(f.message)), `${n}: ${unmarked.map((f) => f.message).join(' | ')}`);
      assert.deepEqual(listProposals(sources, index.lookup.provisions).filter((p) => p.location === 'x.itu').map((p) => p.target), [`CS ${n}`], n);
      assert.deepEqual(compileTarget(`CS ${n}`, sources, index.lookup)?.proposals.map((p) => p.id), ['X/1/1'], n);
    }
  });

  test('the Proposals view of the editor lists it under the provision too', async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'cs.itu': CS, 'x.itu': lines('MOD\tX/1/1', numbers[0].replace(/ (\w{5,});?$/, ' {++quickly ++}$1'), 'Reasons:\tx.') });
    const service = createItuService({ workspace: ws });
    await service.scan();
    const items = await service.proposals();
    assert.deepEqual(items.filter((p) => p.id === 'X/1/1').map((p) => p.target), [`CS ${numbers[0].slice(0, numbers[0].indexOf('\t'))}`]);
  });
});

describe('competing ADDs of one new provision (review 6, G21)', () => {
  test('compile merges them with no text in force: one row, the words that differ as alternatives; editor and command line alike', async () => {
    const RR = fs.readFileSync(path.join(FIXTURES, 'rr-article5.itu'), 'utf8');
    const add = (party: string, words: string) => lines('ARTICLE 5', '', `ADD\t${party}/7/1`, `5.A12\tThe frequency band 5 150-5 250 MHz is also used by ${words} stations.     (WRC-27)`, 'Reasons:\tx.');
    const files = { 'rr.itu': RR, 'aaa.itu': add('AAA', 'aeronautical'), 'bbb.itu': add('BBB', 'maritime') };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-adds-'));
    try {
      for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
      let out = '';
      let err = '';
      const code = await run(['compile', '--workspace', dir, '--format', 'json', 'RR 5.A12'], { out: (x) => (out += x), err: (x) => (err += x) });
      assert.equal(code, 0, err);
      const json = JSON.parse(out) as { base: string | null; proposals: string[]; paragraphs: { base: string | null; status: string; versions: Record<string, string | null> }[] };
      assert.equal(json.base, null, 'no text in force');
      assert.deepEqual(json.proposals, ['AAA/7/1', 'BBB/7/1']);
      assert.deepEqual(json.paragraphs.map((p) => [p.base, p.status]), [[null, 'conflict']]);
      assert.match(json.paragraphs[0].versions['BBB/7/1']!, /maritime stations/);
      const merged = path.join(dir, 'merged.itu');
      assert.equal(await run(['compile', '--workspace', dir, 'RR 5.A12', '-o', merged], { out: () => undefined, err: () => undefined }), 0);
      const draft = fs.readFileSync(merged, 'utf8');
      // An ADD, the provision number kept with its TAB, the words in dispute as alternatives.
      assert.match(draft, /^ADD\tCOMPILATION\/1\/1$/m);
      assert.match(draft, /\{\+\+5\.A12\t\+\+\}/);
      assert.match(draft, /\{\+\+\[AAA: aeronautical\] \[BBB: maritime\]\+\+\}/);
      const findings = checkDocument(parseDocument(draft));
      assert.deepEqual(findings.map((f) => f.code), ['compile.unresolved'], 'its insertions are the compilation\'s own: no marks-outside-mod');
      // A MOD target missing its text in force is still told so.
      let err2 = '';
      await run(['compile', '--workspace', dir, 'RR 5.999'], { out: () => undefined, err: (x) => (err2 += x) });
      assert.match(err2, /no base text for "RR 5\.999"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const ws = new MemoryWorkspace('file:///ws', files);
    const service = createItuService({ workspace: ws });
    await service.scan();
    const result = await service.compile('RR 5.A12');
    assert.ok('text' in result, JSON.stringify(result));
    assert.deepEqual(result.counts, { conflict: 1 });
    const table = await service.synoptic('RR 5.A12');
    assert.ok('rows' in table, JSON.stringify(table));
    assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.map((x) => x.kind))), [[['insert'], ['insert']]]);
    // A range names no single provision: the commands say so, as the command line does (not "no base text").
    for (const answer of [await service.compile('RR 5.A12 to 5.A13'), await service.synoptic('RR 5.A12 to 5.A13')]) {
      assert.deepEqual(answer, { message: '"RR 5.A12 to 5.A13" names no single provision: compile each provision on its own ("RR 5.A12"), or the whole text ("RR")' });
    }
  });

  test('an ADD holding marks outside a merged draft is still reported', () => {
    const findings = checkDocument(parseDocument(lines('Compilation:\tRR 5.A12', '', 'ADD\tAAA/7/1', '5.A12\tThe band is {++also ++}used.', 'Reasons:\tx.')));
    assert.ok(findings.some((f) => f.code === 'proposal.marks-outside-mod'), findings.map((f) => f.code).join());
  });
});

describe('compile reads the CS margin note as check does: no word of the provision (review 6, G1)', () => {
  const HEAD = 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION';
  const body = 'jbis)\tadopt and amend the General Rules of conferences, assemblies and meetings of the Union;';
  const changed = body.replace('Union;', 'Union{++ and its working methods++};');
  test('the same change with and without the note is agreed, and the merged draft keeps the note in force', () => {
    for (const [aNote, bNote] of [[true, false], [false, true], [true, true], [false, false]]) {
      const base = lines(HEAD, '', `58A\tPP-98\t${body}`);
      const mod = (party: string, note: boolean) => lines(HEAD, '', `MOD\t${party}/1/1`, `58A\t${note ? 'PP-98\t' : ''}${changed}`, 'Reasons:\tx.');
      const index = new BaseIndex();
      index.update('cs.itu', base, parseDocument(base));
      const sources: CompileSource[] = [{ location: 'a.itu', doc: parseDocument(mod('AAA', aNote)) }, { location: 'b.itu', doc: parseDocument(mod('BBB', bNote)) }, { location: 'cs.itu', doc: parseDocument(base) }];
      const c = compileTarget('CS 58A', sources, index.lookup)!;
      const what = `AAA ${aNote ? 'with' : 'without'}, BBB ${bNote ? 'with' : 'without'} the note`;
      assert.deepEqual(c.paragraphs.map((p) => p.status), ['agreed'], what);
      assert.deepEqual(c.merged.filter((l) => l.startsWith('58A')), ['58A\tPP-98\tjbis)\tadopt and amend the General Rules of conferences, assemblies and meetings of the Union{++ and its working methods++}{>>@AAA, BBB<<};'], what);
    }
  });
});
