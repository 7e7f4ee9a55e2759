// The preview's marks with a result id (ItuService.marksReport, as pullReport for the diagnostics): the client names the
// marks it holds, and the server answers "unchanged" while they stand. Over generated typing in a contribution, the
// marks a client keeps that way are, at every version, the marks of that version (as marks() gives them in full), and
// most keystrokes are answered "unchanged".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, projectText } from '../../server/src/core';
import { createItuService } from '../../server/src/service/service';
import type { MarksResult } from '../../server/src/protocol';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { random, sizedDocument, sources } from '../corpus';
import { cases } from '../support/scale';

/** A service without base texts with `text` open as version `version` under `uri`. */
async function opened(uri: string, text: string, version = 1) {
  const service = createItuService({ workspace: new MemoryWorkspace('file:///empty') });
  await service.scan();
  service.open(uri, version, text);
  return service;
}

test('marks kept by result id are each version\'s marks, and typing that moves none is answered "unchanged"', async () => {
  let text = sizedDocument(40_000);
  const uri = 'untitled:marks.itu';
  const service = await opened(uri, text);
  const rnd = random(12);
  let held: MarksResult | undefined;
  let unchanged = 0;
  let full = 0;
  let first = 100;
  const n = cases(150, 30);
  for (let v = 2; v < 2 + n; v++) {
    const lines = text.split('\n');
    // Now and then the window moves (a scroll), now and then a line end or a mark is typed; mostly letters.
    if (rnd() < 0.1) first = Math.floor(rnd() * (lines.length - 50));
    const line = first + Math.floor(rnd() * 50);
    const character = Math.floor(rnd() * (lines[line].length + 1));
    const typed = rnd() < 0.1 ? '\n' : rnd() < 0.05 ? '{++new++}' : 'abcdefgh'[Math.floor(rnd() * 8)];
    service.change(uri, v, [{ range: { start: { line, character }, end: { line, character } }, text: typed }]);
    const offset = new LineIndex(text).offset({ line, character });
    text = text.slice(0, offset) + typed + text.slice(offset);
    const range = { start: { line: first, character: 0 }, end: { line: first + 60, character: 0 } };
    const reply = await service.marksReport(uri, range, held?.resultId);
    assert.ok(reply);
    if ('unchanged' in reply) {
      assert.equal(reply.resultId, held?.resultId);
      held = { ...held!, version: reply.version };
      unchanged++;
    } else {
      held = reply;
      full++;
    }
    // What the client holds is what this version's marks are (a service that sends them in full, the text opened anew).
    const want = await (await opened(uri, text, v)).marks(uri, range);
    assert.deepEqual({ ...held, resultId: undefined }, { ...want, resultId: undefined }, `version ${v}: ${JSON.stringify(typed)} at ${line}:${character}`);
  }
  assert.ok(unchanged > n / 3 && full > 3, `${unchanged} unchanged, ${full} in full`);
});

test('a result id the server did not send last, or another range, is answered in full', async () => {
  const uri = 'untitled:ids.itu';
  const service = await opened(uri, sizedDocument(20_000));
  const range = { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } };
  const a = await service.marksReport(uri, range, undefined);
  assert.ok(a && !('unchanged' in a) && a.resultId);
  const same = await service.marksReport(uri, range, a.resultId);
  assert.ok(same && 'unchanged' in same, 'the same marks: unchanged');
  const other = await service.marksReport(uri, { start: { line: 40, character: 0 }, end: { line: 120, character: 0 } }, a.resultId);
  assert.ok(other && !('unchanged' in other), 'another window: in full');
  const stale = await service.marksReport(uri, { start: { line: 40, character: 0 }, end: { line: 120, character: 0 } }, a.resultId);
  assert.ok(stale && !('unchanged' in stale), 'an id not sent last: in full');
});

/**
 * The preview's marks of a version analysed proposal by proposal are kept by part (custom.ts MarksMemo): each part's
 * marks made once for its text where it stands, moved when lines above it come or go. At every version of generated
 * typing (letters, line ends, deletions, marks and attribution comments typed, in the front and in proposals, the
 * window scrolled), they are those the whole parse gives, in texts with marks and attribution comments in the front,
 * proposals restated twice (one text at two places) and CRLF line ends.
 */
test('the marks kept by part are those the whole parse gives, over generated typing', async () => {
  const front = 'Meeting:\tWTSA-28, Geneva, 2028\nDocument:\t12\nSource:\tExample\nTitle:\tMarks {++in the front++}{>>@EXA<<}\n\n1\tIntroduction\nA {~~first~>second~~} line {--gone--} here.\n\n';
  const marked = (n: number) => `MOD\tEXA/12/${n}\nRESOLUTION 9${n} (Rev. {--Dubai, 2012--}{++Geneva, 2028++})\nTitle ${n}\nThe World Telecommunication Standardization Assembly ({--Dubai, 2012--}{++Geneva, 2028++}),\nconsidering\na)\tthat {++marked ++}{>>@EXA<<}text stands here;\nb)\tthat {~~old~>new~~} words {==are highlighted==}{>>a note<<},\nresolves\n1\tto {--delete--}{++insert++} this;\n2\tto keep the rest.\n\nReasons:\tWhy.\n\n`;
  const texts = [
    sizedDocument(30_000),
    front + [1, 2, 3, 4, 5].map(marked).join('') + marked(2),
    (front + [1, 2, 3].map(marked).join('')).replace(/\n/g, '\r\n'),
  ];
  for (const [t, start] of texts.entries()) {
    let text = start;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const uri = `untitled:parts-${t}.itu`;
    const service = await opened(uri, text);
    const rnd = random(40 + t);
    let first = 0;
    let kept = 0;
    const n = cases(120, 25);
    for (let v = 2; v < 2 + n; v++) {
      const lines = text.split(eol);
      if (rnd() < 0.15) first = Math.floor(rnd() * Math.max(1, lines.length - 30));
      const line = Math.min(lines.length - 1, first + Math.floor(rnd() * 40));
      const r = rnd();
      const text0 = lines[line];
      // Where typing leaves the marks whole (a letter typed into `{++`, a mark typed into another, is a fault the whole
      // check reads from then on): between two letters or spaces, else at the line's end; marks at the line's end.
      let character = r >= 0.1 && r < 0.2 ? text0.length : Math.floor(rnd() * (text0.length + 1));
      const plain = (c: string | undefined) => c === undefined || /[\p{L} ]/u.test(c);
      if (!plain(text0[character - 1]) || !plain(text0[character])) character = text0.length;
      let typed = r < 0.1 ? eol : r < 0.15 ? '{++new++}{>>@ABC<<}' : r < 0.2 ? '{--old--}' : r < 0.3 ? '' : 'abcdefgh'[Math.floor(rnd() * 8)];
      // Nothing typed: the letter before the cursor taken out (a backspace), between letters.
      if (typed === '' && !(/\p{L}/u.test(text0[character - 1] ?? '') && /\p{L}/u.test(text0[character - 2] ?? ''))) typed = 'x';
      const from = typed === '' ? character - 1 : character;
      service.change(uri, v, [{ range: { start: { line, character: from }, end: { line, character } }, text: typed }]);
      const index = new LineIndex(text);
      text = text.slice(0, index.offset({ line, character: from })) + typed + text.slice(index.offset({ line, character }));
      // The window: lines around the typing, and a window's edge where a mark starts or ends (one character on either side).
      const edges = [...text.matchAll(/\{(?:\+\+|--|~~|==|>>)|(?:\+\+|--|~~|==|<<)\}/g)].map((m) => m.index! + (m[0].startsWith('{') ? 0 : 3));
      const at = new LineIndex(text);
      const edge = edges[Math.floor(rnd() * edges.length)] ?? 0;
      const windows = [
        { start: { line: first, character: 0 }, end: { line: first + 30, character: 0 } },
        { start: at.position(Math.max(0, edge - 1)), end: at.position(edge) },
        { start: at.position(edge), end: at.position(Math.min(text.length, edge + 1)) },
      ];
      // The same version parsed whole (its record's parse read first): the marks read from every mark of the parse.
      const whole = await opened(uri, text, v);
      void whole.get(uri)!.doc;
      for (const range of windows) {
        const memo = service.get(uri)!.marksMemo;
        const got = await service.marks(uri, range);
        // Read by part: this version's memo is made anew (from the one before it).
        if (range === windows[0] && service.get(uri)!.marksMemo !== memo) kept++;
        const want = await whole.marks(uri, range);
        assert.deepEqual(got, want, `text ${t}, version ${v}: ${JSON.stringify(typed)} at ${line}:${from}-${character}, window ${JSON.stringify(range)}`);
      }
      assert.equal(whole.get(uri)!.marksMemo, undefined, 'the whole parse keeps no part');
    }
    // Most versions were read by part (a mark typed across a proposal's end sends one to the whole check).
    assert.ok(kept > n / 2, `text ${t}: ${kept} of ${n} read by part`);
  }
});

/**
 * With texts in force in the workspace, a MOD written without marks is previewed from its comparison with the text in
 * force (virtual marks), and every request asks each MOD whether it holds a mark: read in its part's own marks
 * (custom.ts holdsMarkIn), not in every mark of the document placed. Over generated typing in a contribution holding a
 * MOD with marks and the same MOD with none (its new text, a comment in it), the marks and counts are the whole parse's.
 */
test('with texts in force, the marks and counts of MODs with and without marks are the whole parse\'s, over generated typing', async () => {
  const src = sources();
  const marked = src.proposals.find((p) => /^MOD\tAFCP\/42A25\/1\n/.test(p))!;
  assert.ok(marked, 'the AFCP MOD of Resolution 52');
  // Its new text, with a comment (a MOD holding only comments holds no mark: base.ts holdsMark).
  const unmarked = projectText(marked, 'new').replace('AFCP/42A25/1', 'AFCP/42A25/2').replace('Countering and combating spam\n', 'Countering and combating spam{>>@AFCP: reworded<<}\n');
  assert.ok(unmarked.includes('{>>'), 'the comment written in');
  const start = `${src.front}\n${marked}${unmarked}`;
  const files = Object.fromEntries(src.bases.map((t, k) => [`base-${k + 1}.itu`, t]));
  const withBases = async (text: string, version: number) => {
    const ws = new MemoryWorkspace('file:///ws', files);
    const service = createItuService({ workspace: ws });
    await service.scan();
    service.open('file:///ws/draft.itu', version, text);
    return service;
  };
  const uri = 'file:///ws/draft.itu';
  const service = await withBases(start, 1);
  let text = start;
  const rnd = random(18);
  let virtual = 0;
  let kept = 0;
  const n = cases(60, 15);
  for (let v = 2; v < 2 + n; v++) {
    const lines = text.split('\n');
    const line = Math.floor(rnd() * lines.length);
    const l = lines[line];
    // A letter typed between two letters or spaces of a line (the marks stay whole), else at its end.
    let character = Math.floor(rnd() * (l.length + 1));
    if (!/^[\p{L} ]?$/u.test(l[character - 1] ?? '') || !/^[\p{L} ]?$/u.test(l[character] ?? '')) character = l.length;
    const typed = 'abcdefgh'[Math.floor(rnd() * 8)];
    service.change(uri, v, [{ range: { start: { line, character }, end: { line, character } }, text: typed }]);
    const offset = new LineIndex(text).offset({ line, character });
    text = text.slice(0, offset) + typed + text.slice(offset);
    const range = { start: { line: Math.max(0, line - 40), character: 0 }, end: { line: line + 40, character: 0 } };
    const memo = service.get(uri)!.marksMemo;
    const got = await service.marks(uri, range);
    if (service.get(uri)!.marksMemo !== memo) kept++;
    if (got?.marks.some((m) => m.virtual)) virtual++;
    const whole = await withBases(text, v);
    void whole.get(uri)!.doc;
    assert.deepEqual(got, await whole.marks(uri, range), `version ${v}: ${JSON.stringify(typed)} at ${line}:${character}`);
  }
  assert.ok(kept > n / 2, `${kept} of ${n} read by part`);
  assert.ok(virtual > n / 4, `${virtual} of ${n} showed the unmarked MOD's changes`);
});
