// The preview's marks with a result id (ItuService.marksReport, as pullReport for the diagnostics): the client names the
// marks it holds, and the server answers "unchanged" while they stand. Over generated typing in a contribution, the
// marks a client keeps that way are, at every version, the marks of that version (as marks() gives them in full), and
// most keystrokes are answered "unchanged".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core';
import { createItuService } from '../../server/src/service/service';
import type { MarksResult } from '../../server/src/protocol';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { random, sizedDocument } from '../corpus';
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
