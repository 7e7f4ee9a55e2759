// The language service in-process (issue 14): one record per document, features as functions of the
// service over an in-memory workspace, diagnostics held back for the base index, stale fixes refused.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import { parseDocument, projectText } from '../../server/src/core';
import { DocumentRecord, type ContentChange } from '../../server/src/service/record';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { ROOT } from './helpers';

const BASE = fs.readFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), 'utf8');
const MARKED = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
/** The example contribution written without marks: against its base, every change is untracked. */
const UNMARKED = parseDocument(MARKED).views.new.text;

const GAP = ['ADD\tXX/7A1/1', 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)', 'A title', 'considering', 'a)\tthat one;', 'b)\tthat two;', 'd)\tthat three,', 'resolves', '1\tto act.', '', 'Reasons:\tBecause.', ''].join('\n');

const codes = (d: Diagnostic[]) => d.map((x) => String(x.code));

describe('records', () => {
  test('content changes give the text TextDocument gives, for any sequence of ranges (CRLF, CR and surrogates included)', () => {
    const char = fc.constantFrom('a', 'b', '\n', '\r\n', '\r', '\t', '😀', 'é');
    const text = fc.array(char, { maxLength: 40 }).map((a) => a.join(''));
    const pos = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
    const change: fc.Arbitrary<ContentChange> = fc.oneof(
      fc.record({ range: fc.record({ start: pos, end: pos }), text }),
      fc.record({ text }),
    );
    fc.assert(fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 5 }), (initial, steps) => {
      let record = new DocumentRecord('file:///t.itu', 1, initial);
      const reference = TextDocument.create('file:///t.itu', 'itu', 1, initial);
      steps.forEach((changes, i) => {
        // Positions made valid for the text each change applies to (an updated TextDocument mishandles
        // lines past the end), ends in either order; the group goes to the record as one event.
        const valid = changes.map((c) => {
          if (!('range' in c)) {
            TextDocument.update(reference, [c], i + 2);
            return c;
          }
          const now = TextDocument.create('file:///t.itu', 'itu', 1, reference.getText());
          const at = (p: { line: number; character: number }) => now.positionAt(now.offsetAt(p));
          const v = { range: { start: at(c.range.start), end: at(c.range.end) }, text: c.text };
          TextDocument.update(reference, [v], i + 2);
          return v;
        });
        record = record.next(i + 2, valid);
        assert.equal(record.text, reference.getText());
        const fresh = TextDocument.create('file:///t.itu', 'itu', 1, record.text);
        for (let o = 0; o <= record.text.length; o++) assert.deepEqual(record.position(o), fresh.positionAt(o));
      });
    }), { numRuns: 300 });
  });

  test('text joined late: versions edited without reading their text give the text and positions TextDocument gives (LF-only texts: line index made from the previous one)', () => {
    const char = fc.constantFrom('a', 'b', '\n', '\t', '😀', 'é');
    const text = fc.array(char, { maxLength: 40 }).map((a) => a.join(''));
    const pos = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
    const change: fc.Arbitrary<ContentChange> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ range: fc.record({ start: pos, end: pos }), text }) },
      { weight: 1, arbitrary: fc.record({ text }) },
    );
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.array(change, { minLength: 1, maxLength: 3 }), fc.boolean()), { maxLength: 8 }), (initial, steps) => {
      let record = new DocumentRecord('file:///t.itu', 1, initial);
      const reference = TextDocument.create('file:///t.itu', 'itu', 1, initial);
      steps.forEach(([changes, read], i) => {
        // Each change of a group made valid for the text the one before left, as TextDocument applies them.
        const valid = changes.map((c) => {
          const at = (p: { line: number; character: number }) => reference.positionAt(reference.offsetAt(p));
          const v = 'range' in c ? { range: { start: at(c.range.start), end: at(c.range.end) }, text: c.text } : c;
          TextDocument.update(reference, [v], i + 2);
          return v;
        });
        record = record.next(i + 2, valid);
        const expected = reference.getText();
        for (let o = 0; o <= expected.length; o++) assert.deepEqual(record.position(o), reference.positionAt(o));
        if (read) assert.equal(record.text, expected);
      });
      assert.equal(record.text, reference.getText());
    }), { numRuns: 300 });
  });

  test('a record parses when first asked, once; versions never asked for are never parsed', () => {
    let record = new DocumentRecord('file:///t.itu', 1, GAP);
    assert.equal(record.isParsed, false);
    for (let v = 2; v < 20; v++) record = record.next(v, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' }]);
    assert.equal(record.isParsed, false, 'typing does not parse');
    const doc = record.doc;
    assert.equal(record.doc, doc, 'one parse per version');
    assert.equal(record.text.split('\n')[4], 'x'.repeat(18) + 'a)\tthat one;');
    assert.equal(doc.text, record.text);
  });
});

describe('the language service over an in-memory workspace', () => {
  test('reading a record or its diagnostics twice has no side effect: the base index and the listeners are untouched', async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'res99.itu': BASE });
    const service = createItuService({ workspace: ws });
    await service.scan();
    const draft = ws.uri('draft.itu');
    service.open(draft, 1, UNMARKED);
    let fired = 0;
    service.onDidChangeDiagnostics(() => fired++);
    const generation = service.bases.index.generation;
    const r = service.get(draft)!;
    assert.equal(service.get(draft), r);
    const first = await service.diagnostics(draft);
    const second = await service.diagnostics(draft);
    assert.deepEqual(first, second);
    assert.ok(codes(first!.diagnostics).includes('base.untracked-change'), codes(first!.diagnostics).join());
    assert.equal(service.bases.index.generation, generation);
    assert.equal(fired, 0);
  });

  test('diagnostics of a MOD wait for the first scan of the base texts: never base.not-found, then corrected', async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'res99.itu': BASE });
    let release!: () => void;
    ws.gate = new Promise((resolve) => (release = resolve));
    const service = createItuService({ workspace: ws });
    const draft = ws.uri('draft.itu');
    service.open(draft, 1, UNMARKED);
    const scanning = service.scan();
    let answered: Diagnostic[] | undefined;
    const pending = service.diagnostics(draft).then((r) => (answered = r!.diagnostics));
    // A document without MOD is not held back meanwhile.
    const add = ws.uri('add.itu');
    service.open(add, 1, GAP);
    assert.ok(codes((await service.diagnostics(add))!.diagnostics).includes('numbering.gap'));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(answered, undefined, 'held back while the scan runs');
    release();
    await scanning;
    await pending;
    assert.ok(!codes(answered!).includes('base.not-found'), codes(answered!).join());
    assert.ok(codes(answered!).includes('base.untracked-change'));
  });

  test("the preview's marks of a MOD wait for the first scan too: its changes without marks are painted from the start", async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'res99.itu': BASE });
    let release!: () => void;
    ws.gate = new Promise((resolve) => (release = resolve));
    const service = createItuService({ workspace: ws });
    const draft = ws.uri('draft.itu');
    service.open(draft, 1, UNMARKED);
    const scanning = service.scan();
    let answered: Awaited<ReturnType<typeof service.marks>> | undefined;
    const pending = service.marks(draft, { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }).then((r) => (answered = r));
    // One the client gave up meanwhile answers nothing.
    const source = new CancellationTokenSource();
    const given = service.marks(draft, undefined, source.token);
    source.cancel();
    assert.equal(await given, null);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(answered, undefined, 'held back while the scan runs');
    release();
    await scanning;
    await pending;
    assert.ok(answered!.marks.some((m) => m.virtual) && answered!.proposals.some((p) => p.unmarked > 0), JSON.stringify(answered));
  });

  test('diagnostics of a SUP or NOC of a provision wait for the first scan too (they are compared with the text in force)', async () => {
    // Found by review: only a MOD held the diagnostics back, so a SUP of a provision that is not in force
    // was first reported without base.provision-not-found, then with it.
    const cs = fs.readFileSync(path.join(ROOT, 'test/fixtures/provisions/cs-article1.itu'), 'utf8');
    const ws = new MemoryWorkspace('file:///ws', { 'cs-article1.itu': cs });
    let release!: () => void;
    ws.gate = new Promise((resolve) => (release = resolve));
    const service = createItuService({ workspace: ws });
    const draft = ws.uri('sup.itu');
    service.open(draft, 1, ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'SUP\tARB/14A1/1', '3Z', 'Reasons:\tObsolete.', ''].join('\n'));
    const scanning = service.scan();
    let answered: Diagnostic[] | undefined;
    const pending = service.diagnostics(draft).then((r) => (answered = r!.diagnostics));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(answered, undefined, 'held back while the scan runs');
    release();
    await scanning;
    await pending;
    assert.ok(codes(answered!).includes('base.provision-not-found'), codes(answered!).join());
  });

  test('a held-back pull that is cancelled answers nothing', async () => {
    const ws = new MemoryWorkspace();
    ws.gate = new Promise(() => undefined);
    const service = createItuService({ workspace: ws });
    service.open(ws.uri('draft.itu'), 1, UNMARKED);
    void service.scan();
    const source = new CancellationTokenSource();
    const pending = service.diagnostics(ws.uri('draft.itu'), source.token);
    source.cancel();
    assert.equal(await pending, undefined);
  });

  test('editing an open base text re-checks the MODs on it (the listeners are told), without a file on disk', async () => {
    const ws = new MemoryWorkspace();
    const service = createItuService({ workspace: ws });
    await service.scan();
    const draft = ws.uri('draft.itu');
    service.open(draft, 1, UNMARKED);
    assert.ok(codes((await service.diagnostics(draft))!.diagnostics).includes('base.not-found'));
    let fired = 0;
    service.onDidChangeDiagnostics(() => fired++);
    const base = ws.uri('res99.itu');
    service.open(base, 1, BASE.replace(/resolves/, 'decides'));
    assert.equal(fired, 0, 'an open text goes into the index when first read, not parsed for it at open');
    await service.diagnostics(base);
    assert.equal(fired, 1, 'opening a base text changed the index');
    const before = (await service.diagnostics(draft))!.diagnostics;
    assert.ok(!codes(before).includes('base.not-found'));
    service.change(base, 2, [{ text: BASE }]);
    assert.equal(fired, 1, 'a change alone computes nothing');
    await service.diagnostics(base);
    assert.equal(fired, 2, 'the new version went into the index when it was checked');
    const after = (await service.diagnostics(draft))!.diagnostics;
    assert.notDeepEqual(after.map((d) => d.message), before.map((d) => d.message));
    await service.close(base);
    assert.equal(fired, 3, 'closed, the base text is gone (no file)');
    assert.ok(codes((await service.diagnostics(draft))!.diagnostics).includes('base.not-found'));
  });

  test('settings are read per document until they change', async () => {
    const ws = new MemoryWorkspace();
    let current: unknown = { diagnostics: { severity: { numbering: 'off' } } };
    let reads = 0;
    const service = createItuService({ workspace: ws, configuration: () => (reads++, current) });
    const uri = ws.uri('add.itu');
    service.open(uri, 1, GAP);
    assert.ok(!codes((await service.diagnostics(uri))!.diagnostics).includes('numbering.gap'));
    await service.diagnostics(uri);
    const once = reads;
    current = { diagnostics: { severity: { numbering: 'error' } } };
    await service.configurationChanged();
    const d = (await service.diagnostics(uri))!.diagnostics.find((x) => x.code === 'numbering.gap');
    assert.equal(d?.severity, 1);
    assert.ok(reads > once);
  });

  test('settings come as the client sends them (any shape): readSettings makes them Settings, a failing client leaves the defaults', async () => {
    const ws = new MemoryWorkspace();
    const uri = ws.uri('add.itu');
    for (const [configuration, severity] of [
      [() => ({ diagnostics: { severity: { 'numbering.gap': 'hint' } } }), 4],
      [() => 'not an object', 2],
      [() => Promise.reject(new Error('client gone')), 2],
    ] as const) {
      const service = createItuService({ workspace: ws, configuration });
      service.open(uri, 1, GAP);
      assert.equal((await service.diagnostics(uri))!.diagnostics.find((d) => d.code === 'numbering.gap')?.severity, severity);
    }
  });

  test('push clients: diagnostics go out after a pause in typing, once for the last version; a closed document\'s are cleared', async () => {
    const ws = new MemoryWorkspace();
    const sent: { uri: string; version?: number; codes: string[] }[] = [];
    let arrived!: () => void;
    let next = new Promise<void>((resolve) => (arrived = resolve));
    const service = createItuService({
      workspace: ws,
      configuration: () => ({ diagnostics: { delay: 5 } }),
      publish: { pull: false, refresh: () => assert.fail('a push client is not asked to pull'), send: (uri, version, d) => (sent.push({ uri, version, codes: codes(d) }), arrived()) },
    });
    const uri = ws.uri('add.itu');
    service.open(uri, 1, GAP);
    await next;
    assert.deepEqual(sent, [{ uri, version: 1, codes: ['numbering.gap'] }]);
    next = new Promise<void>((resolve) => (arrived = resolve));
    for (let v = 2; v <= 4; v++) service.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    await next;
    assert.deepEqual(sent.slice(1), [{ uri, version: 4, codes: ['numbering.gap'] }], 'three changes in a burst: one publication, of the last');
    next = new Promise<void>((resolve) => (arrived = resolve));
    await service.configurationChanged();
    await next;
    assert.deepEqual(sent.slice(2), [{ uri, version: 4, codes: ['numbering.gap'] }], 'settings changed: published again');
    await service.close(uri);
    assert.deepEqual(sent.slice(3), [{ uri, version: undefined, codes: [] }]);
  });

  test('pull clients: asked to pull again once for a burst of settings changes; a pull cancelled while waiting for a pause checks nothing', async () => {
    const ws = new MemoryWorkspace();
    let refreshes = 0;
    let refreshed!: () => void;
    const once = new Promise<void>((resolve) => (refreshed = resolve));
    const service = createItuService({
      workspace: ws,
      configuration: () => ({ diagnostics: { delay: 60_000 } }),
      publish: { pull: true, refresh: () => (refreshes++, refreshed()), send: () => assert.fail('a pull client is sent nothing') },
    });
    const uri = ws.uri('add.itu');
    service.open(uri, 1, GAP);
    assert.deepEqual(codes(await service.pull(uri)), ['numbering.gap'], 'the version opened is checked at once');
    await service.configurationChanged();
    await service.configurationChanged();
    await once;
    assert.equal(refreshes, 1);
    service.change(uri, 2, [{ text: GAP + '\n' }]);
    const source = new CancellationTokenSource();
    const pulling = service.pull(uri, source.token);
    source.cancel();
    assert.deepEqual(await pulling, [], 'answered at once, not after the 60 s pause');
  });

  test('pull reports: "unchanged" while the diagnostics stay what the client holds, in full when they move or the client holds another report', async () => {
    const ws = new MemoryWorkspace();
    const service = createItuService({ workspace: ws, client: { versionedEdits: true }, configuration: () => ({ diagnostics: { delay: 0 } }) });
    const uri = ws.uri('add.itu');
    service.open(uri, 1, GAP);
    const first = await service.pullReport(uri, undefined);
    assert.equal(first.kind, 'full');
    assert.deepEqual(first.kind === 'full' && codes(first.items), ['numbering.gap']);
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    // Typed after the problem, on another line: nothing the client shows moved.
    service.change(uri, 2, [{ range: at(8, 9), text: ' now' }]);
    assert.deepEqual(await service.pullReport(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    assert.equal((await service.pullReport(uri, undefined)).kind, 'full', 'a client holding no report is sent one');
    // A line typed above: the problem moved a line down.
    service.change(uri, 3, [{ range: at(3, 0), text: 'noting\n' }]);
    const moved = await service.pullReport(uri, first.resultId);
    assert.ok(moved.kind === 'full' && moved.resultId !== first.resultId);
    assert.equal(moved.kind === 'full' && moved.items[0].range.start.line, 7);
    // The diagnostic the client kept through "unchanged" reports gets this version's fix.
    service.change(uri, 4, [{ range: at(9, 5), text: 'x' }]);
    assert.equal((await service.pullReport(uri, moved.resultId)).kind, 'unchanged');
    const kept = moved.kind === 'full' ? moved.items[0] : assert.fail();
    const fix = (await service.codeActions(uri, kept.range, [kept], ['quickfix'])).find((a: CodeAction) => a.isPreferred)!;
    assert.deepEqual((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri, version: 4 });
  });

  test('pull reports, any edits: what a client holds after each pull (kept through "unchanged") is what a fresh check of the text gives', async () => {
    const base = GAP.split('\n');
    const edit = fc.record({ line: fc.nat(base.length - 1), at: fc.nat(12), text: fc.constantFrom('x', ' ', '\n', 'e)\tthat four;\n', '', 'c)') , cut: fc.nat(3) });
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), async (edits, pulls) => {
      const ws = new MemoryWorkspace();
      const service = createItuService({ workspace: ws, configuration: () => ({ diagnostics: { delay: 0 } }) });
      const uri = ws.uri('add.itu');
      service.open(uri, 1, GAP);
      let doc = TextDocument.create(uri, 'itu', 1, GAP);
      let held: { id: string; items: Diagnostic[] } | undefined;
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        const line = Math.min(e.line, doc.lineCount - 1);
        const start = { line, character: e.at };
        const end = { line, character: e.at + e.cut };
        const change = { range: { start: doc.positionAt(doc.offsetAt(start)), end: doc.positionAt(doc.offsetAt(end)) }, text: e.text };
        doc = TextDocument.update(doc, [change], i + 2);
        service.change(uri, i + 2, [change]);
        if (!pulls[i] && i < edits.length - 1) continue;
        const report = await service.pullReport(uri, held?.id);
        if (report.kind === 'full') held = { id: report.resultId, items: report.items };
        else assert.equal(report.resultId, held?.id);
        const fresh = createItuService({ workspace: new MemoryWorkspace() });
        fresh.open(uri, 1, doc.getText());
        assert.deepEqual(held!.items, (await fresh.diagnostics(uri))!.diagnostics);
      }
    }), { numRuns: 80 });
  });

  test('quick fixes name their version; a fix for a diagnostic of another version is refused', async () => {
    const ws = new MemoryWorkspace();
    const service = createItuService({ workspace: ws, client: { versionedEdits: true } });
    const uri = ws.uri('add.itu');
    service.open(uri, 1, GAP);
    const v1 = (await service.diagnostics(uri))!.diagnostics.find((d) => d.code === 'numbering.gap')!;
    const actions = (d: Diagnostic) => service.codeActions(uri, d.range, [d], ['quickfix']);
    const fix = (await actions(v1)).find((a: CodeAction) => a.isPreferred)!;
    const edit = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit.textDocument, { uri, version: 1 });
    assert.match(fix.title, /Change d\) to c\)/);
    // A line typed above: the version-1 diagnostic's offsets now point elsewhere.
    service.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'noting\n' }]);
    assert.deepEqual(await actions(v1), [], 'stale: refused');
    const v2 = (await service.diagnostics(uri))!.diagnostics.find((d) => d.code === 'numbering.gap')!;
    const fresh = (await actions(v2)).find((a) => a.isPreferred)!;
    assert.deepEqual((fresh.edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri, version: 2 });
  });

  test('preview, projection, review and Compare with base answer from the record of the version asked', async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'res99.itu': BASE });
    const service = createItuService({ workspace: ws });
    await service.scan();
    const uri = ws.write('marked.itu', 'the text on disk, older than the open one');
    service.open(uri, 3, MARKED);
    const marks = (await service.marks(uri))!;
    assert.equal(marks.version, 3);
    assert.ok(marks.marks.length > 0 && marks.proposals.length > 0);
    assert.equal(service.projection({ uri, kind: 'new' })!.text, parseDocument(MARKED).views.new.text);
    const accepted = service.review({ uri, review: 'accept' })!;
    assert.equal(accepted.version, 3);
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'itu', 3, MARKED), accepted.edits), parseDocument(MARKED).views.new.text);
    const compared = service.baseComparison(uri);
    assert.ok(compared && 'baseText' in compared, JSON.stringify(compared));
    assert.equal(await service.marks(ws.uri('closed.itu')), null);
    assert.deepEqual(service.baseTexts().map((b) => b.location), [ws.uri('res99.itu')]);
    const proposals = await service.proposals();
    assert.ok(proposals.some((p) => p.uri === uri && p.action === 'MOD'));
  });
});

describe('base index and incremental checks', () => {
  test('the WRC placeholders of an open ADD stay in the index whatever the features asked for first', async () => {
    const ws = new MemoryWorkspace();
    const service = createItuService({ workspace: ws });
    await service.scan();
    const uri = ws.uri('a.itu');
    const text = (n: number) => `Proposals:\tXYZ\n\nADD\tXYZ/1A1/1\tRR\n5.A11\tIn the band ${n} MHz, the allocation …\n\nReasons:\tNew footnote.\n`;
    service.open(uri, 1, text(1));
    await service.diagnostics(uri);
    assert.deepEqual(service.bases.index.placeholders(), ['5.A11']);
    const generation = service.bases.index.generation;
    for (let v = 2; v <= 4; v++) {
      service.change(uri, v, [{ text: text(v) }]);
      if (v === 3) service.documentSymbols(uri);
      await service.diagnostics(uri);
      assert.deepEqual(service.bases.index.placeholders(), ['5.A11'], `version ${v}`);
    }
    // The text an edit leaves the placeholder in says the same to the index: its generation does not move.
    assert.equal(service.bases.index.generation, generation);
  });
});

describe('proposal ids in other files (review 5, F28)', () => {
  const text = (revision: string) => ['Document:\t21', 'Proposals:\tAAA', ...(revision ? [`Revision:\t${revision}`] : []), '', 'ADD\tAAA/21/1', 'DRAFT NEW RESOLUTION [AAA-1]', 'A title', 'Reasons:\tNew.', ''].join('\n');

  test('a contribution the base-text glob does not read still tells an open document its ids are revised; closing the revision gives its file on disk', async () => {
    const ws = new MemoryWorkspace('file:///ws', { 'drafts/aaa-rev1.itu': text('1'), 'bases/res1.itu': 'RESOLUTION 1 (Dubai, 2012)\nTitle\n' });
    const service = createItuService({ workspace: ws, configuration: () => ({ baseTexts: { glob: 'bases/**/*.itu' } }) });
    await service.scan();
    const uri = ws.uri('drafts/aaa.itu');
    service.open(uri, 1, text(''));
    const revised = (await service.diagnostics(uri))!.diagnostics.filter((d) => String(d.code).startsWith('compile.'));
    assert.deepEqual(revised.map((d) => [d.code, d.message]), [['compile.revised', 'AAA/21/1 is revised in drafts/aaa-rev1.itu (Revision 1): compile takes that one, not this file\'s']]);
    // The revision opened and edited back to revision 0: the two hold the id alike, word for word (compile takes
    // it once, from the shorter name: review 7, H7), then with another text (compiled twice).
    const rev = ws.uri('drafts/aaa-rev1.itu');
    const codes = async (u: string) => (await service.diagnostics(u))!.diagnostics.filter((d) => String(d.code).startsWith('compile.')).map((d) => [d.code, d.message]);
    service.open(rev, 1, text(''));
    await service.diagnostics(rev);
    assert.deepEqual(await codes(uri), [['compile.copy', 'AAA/21/1 is also in drafts/aaa-rev1.itu, word for word: compile takes it once, from this file']]);
    assert.deepEqual(await codes(rev), [['compile.copy', 'AAA/21/1 is a copy word for word of the one in drafts/aaa.itu: compile takes it once, from there']]);
    // An edit of the copy's text (not its ids) changes what both are told.
    service.change(rev, 2, [{ text: text('').replace('A title', 'Another title') }]);
    await service.diagnostics(rev);
    assert.deepEqual((await codes(uri)).map(([code]) => code), ['compile.id-elsewhere']);
    assert.deepEqual((await codes(rev)).map(([code]) => code), ['compile.id-elsewhere']);
    // Closed, its file on disk (Revision 1) stands again.
    await service.close(rev);
    assert.deepEqual((await service.diagnostics(uri))!.diagnostics.filter((d) => String(d.code).startsWith('compile.')).map((d) => d.code), ['compile.revised']);
  });
});

describe('the preview of a MOD written without marks (review 8, I15)', () => {
  test('each change the comparison finds is shown with the text as the document has it, the number line\'s case too', async () => {
    const shared = path.join(ROOT, '../shared/examples');
    const base = fs.readFileSync(path.join(shared, 'res52-dubai-2012.itu'), 'utf8');
    // The example contribution with its changes typed without marks, as a delegate does before Insert revision marks.
    const unmarked = projectText(fs.readFileSync(path.join(shared, 'afcp-42a25-res52.itu'), 'utf8'));
    const ws = new MemoryWorkspace('file:///ws', { 'res52-dubai-2012.itu': base });
    const service = createItuService({ workspace: ws });
    await service.scan();
    const uri = ws.uri('afcp-unmarked.itu');
    service.open(uri, 1, unmarked);
    await service.diagnostics(uri);
    const doc = TextDocument.create(uri, 'itu', 1, unmarked);
    const inserted = (await service.marks(uri))!.marks.filter((m) => m.virtual && m.kind === 'insertion');
    assert.ok(inserted.length >= 5, `${inserted.length} virtual insertions`);
    for (const m of inserted) assert.equal(m.newText, doc.getText(m.range), `at line ${m.range.start.line + 1}`);
    assert.ok(inserted.some((m) => m.newText === 'Hammamet, 2016'), inserted.map((m) => m.newText).join(' | '));
  });
});

describe('base texts the glob leaves out (review 7, H14)', () => {
  test('base.not-found says that only files matching itu.baseTexts.glob are read when the setting narrows it, and nothing more by default', async () => {
    for (const [glob, said] of [[undefined, false], ['texts/**/*.itu', true]] as const) {
      const ws = new MemoryWorkspace('file:///ws', { 'res99-geneva-2022.itu': BASE });
      const service = createItuService({ workspace: ws, configuration: () => (glob ? { baseTexts: { glob } } : {}) });
      await service.scan();
      const uri = ws.uri('draft.itu');
      service.open(uri, 1, MARKED);
      const notFound = (await service.diagnostics(uri))!.diagnostics.filter((d) => d.code === 'base.not-found');
      if (!said) {
        // The text in force is read: nothing is not found.
        assert.deepEqual(notFound, []);
        continue;
      }
      assert.equal(notFound.length, 1);
      assert.ok(notFound[0].message.endsWith(' Only .itu files matching the setting itu.baseTexts.glob ("texts/**/*.itu") are read as texts in force.'), notFound[0].message);
    }
  });
});

describe('on-type formatting while typing (review 7, H8)', () => {
  test('a space typed before a stray closer removes it from the proposal parsed alone, never parsing the whole version', async () => {
    const proposal = (n: number, body: string) => `MOD\tXX/1/${n}\n${body}\n\nReasons:\tr\n`;
    const text = ['Document:\t1', '', proposal(1, 'a {++abc++} two ++}'), proposal(2, 'plain'), proposal(3, 'also plain')].join('\n');
    const service = createItuService({ workspace: new MemoryWorkspace('file:///ws') });
    await service.scan();
    const uri = 'file:///elsewhere/typing.itu';
    service.open(uri, 1, text);
    await service.diagnostics(uri);
    assert.equal(service.get(uri)!.isParsed, false, 'the diagnostics parsed the whole version');
    const line = text.split('\n').findIndex((l) => l.startsWith('a {++abc++}'));
    const edits = service.onTypeFormat(uri, { line, character: 'a {++abc++} two '.length }, ' ');
    assert.deepEqual(edits, [{ range: { start: { line, character: 16 }, end: { line, character: 19 } }, newText: '' }]);
    assert.equal(service.get(uri)!.isParsed, false, 'on-type formatting parsed the whole version');
    // Inside an open insertion, its own closer after the cursor: nothing.
    const inside = text.split('\n').findIndex((l) => l.startsWith('a {++abc++}'));
    assert.deepEqual(service.onTypeFormat(uri, { line: inside, character: 'a {++abc'.length }, ' '), []);
  });
});

describe('the outline of a version (Outline, breadcrumbs and folding ask it at every pause in typing)', () => {
  test('is made once per version, read by the folding ranges, and made anew for the next version', async () => {
    const ws = new MemoryWorkspace();
    const service = createItuService({ workspace: ws });
    await service.scan();
    const uri = ws.uri('a.itu');
    const text = fs.readFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), 'utf8');
    service.open(uri, 1, text);
    const first = service.documentSymbols(uri);
    assert.ok(first.length > 2);
    assert.equal(service.documentSymbols(uri), first, 'asked again of the same version: the same outline');
    const folding = service.foldingRanges(uri);
    const spans = (symbols: typeof first): string[] => symbols.flatMap((s) => [`${s.range.start.line}-${s.range.end.line}`, ...spans(s.children ?? [])]);
    assert.ok(spans(first).filter((s) => s.split('-')[0] !== s.split('-')[1]).every((s) => folding.some((f) => `${f.startLine}-${f.endLine}` === s)), 'each symbol of more than one line folds');
    // A line typed before the first proposal: the next version's outline is its own, every symbol a line further.
    service.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Note:\tx\n' }]);
    const next = service.documentSymbols(uri);
    assert.notEqual(next, first);
    const last = (s: typeof first) => s[s.length - 1]!.range.start.line;
    assert.equal(last(next), last(first) + 1);
  });
});
