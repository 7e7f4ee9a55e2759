// The language service knows every contribution of the workspace by its proposal ids (service/workspaceIds.ts, for
// compile.revised and compile.id-elsewhere): what it keeps of a file is its ids, never its text. An id of 13
// characters or more cut from a text is, in V8, a view of that text: kept as such, 40 files of 500 KB would stay in
// memory (20 MB). No wall-clock bound.
//   node --import tsx --test test/stress/workspace-ids-memory.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v8 from 'v8';
import * as vm from 'vm';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';

const FILES = 40;
const SIZE = 500_000;

/** A contribution of about SIZE characters whose ids are long (`B/CAN/USA/53A11/1`), made anew at each read. */
function contribution(n: number, revision: number): string {
  const filler = `${'the administrations shall report on the measures taken; '.repeat(Math.ceil(SIZE / 58))}${n}`;
  return [`Document:\t53`, `Revision:\t${revision}`, '', `MOD\tB/CAN/USA/53A11/${n}`, filler, 'Reasons:\tx.', ''].join('\n');
}

/** The files exist only as names: each read makes the text again, so nothing but the service can keep one. */
class Generated extends MemoryWorkspace {
  override read(uri: string): string {
    const m = /f(\d+)\.itu$/.exec(uri);
    return m ? contribution(Number(m[1]), 1) : super.read(uri);
  }
}

test('the ids the service keeps of 40 contributions of 500 KB keep none of their texts', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
  const names = Object.fromEntries(Array.from({ length: FILES }, (_, n) => [`f${n}.itu`, '']));
  const ws = new Generated('file:///ws', names);
  const service = createItuService({ workspace: ws });
  const before = heap();
  await service.scan();
  // An open draft sharing an id with one of them: that file is parsed, and its revision stands.
  const uri = ws.uri('draft.itu');
  service.open(uri, 1, contribution(7, 0));
  const d = (await service.diagnostics(uri))!.diagnostics.filter((x) => x.code === 'compile.revised');
  assert.equal(d.length, 1, 'the draft is told its id is revised in f7.itu');
  const kept = heap() - before;
  console.log(`# kept: ${(kept / 1e6).toFixed(1)} MB for ${FILES} files of ${SIZE / 1e3} KB and one open`);
  // The open draft's text and parse (about 2 MB) and the ids; a file's text kept would be 0.5 MB (1 MB in UTF-16) more each.
  assert.ok(kept < 8 * SIZE, `${kept} bytes kept`);
});
