// Growth of each check family over the project's own texts: every fixture and example, repeated to about 100 KB and to
// eight times that (LF and CRLF), parsed once (not timed), then each family of the registry (checks/index.ts) run on
// both and timed apart: a family whose time grows with the square of the text shows as 64 times here, where the whole
// check's growth tests (growth.test.ts, the bench) see it diluted by the parse and the other families. The bound, 32
// times, is the growth tests' (linear work reads 13-24x on a shared machine at these sizes).
// Faults this found (thirteenth session, by the bench's per-function growth first): a proposal's first lines were read
// for a placeholder with indexOf('\r') over the rest of an LF text (text.ts lineEndIn), and each proposal's lines were
// sought for provision citations after a SUP as far as the next citation in the whole text (checks/suppressedCitations.ts):
// 96 times the time for 8 times the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../server/src/core';
import { CHECK_FAMILIES, type CheckContext } from '../../server/src/core/checks';
import { finishFindings } from '../../server/src/core/check';

const ROOT = path.join(__dirname, '../..');

/** The .itu texts the project holds (fixtures and examples), by path from the project's root. */
function texts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.itu')) out.push(rel);
    }
  };
  walk('test/fixtures');
  walk('examples');
  return out.sort();
}

/** The text repeated to at least `bytes` characters, a blank line between copies. */
function sized(text: string, chars: number, crlf: boolean): string {
  const copies = Math.max(1, Math.ceil(chars / text.length));
  const joined = Array.from({ length: copies }, () => text.replace(/\s*$/, '\n')).join('\n');
  return crlf ? joined.replace(/\r?\n/g, '\r\n') : joined;
}

/** The least CPU time of `runs` calls, in ms. */
/** The CPU time `f` takes, in ms. */
function cpu(f: () => unknown): number {
  const t = process.cpuUsage();
  f();
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU time of each of `small` and `large` over `runs` rounds, the two timed in turn in each round: a stretch
 * in which the machine runs slow (a collection of the test process's heap, other suites beside it) falls on both, not
 * on the large text's runs alone, as when each was timed in a block of its own (numbering: 2.8 ms, then 136.9 ms for
 * 7.9 times the text in one CI run, 15.5 and 55.4 ms alone).
 */
function leastOfEach(small: () => unknown, large: () => unknown, runs: number): [number, number] {
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < runs; r++) {
    a = Math.min(a, cpu(small));
    b = Math.min(b, cpu(large));
  }
  return [a, b];
}

const context = (text: string): CheckContext => {
  const doc = parseDocument(text);
  return { doc, policy: 'reletter', distinctOld: doc.views.old !== doc.views.new };
};

const files = texts();

test('the project holds texts to grow', () => {
  assert.ok(files.length >= 20, `${files.length} .itu texts under test/fixtures and examples`);
});

for (const file of files) {
  for (const crlf of [false, true]) {
    test(`family growth: ${file}${crlf ? ' (CRLF)' : ''}, 100 KB and 8 times that, each family at most 32 times the time`, { timeout: 120_000 }, () => {
      const raw = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const small = context(sized(raw, 100_000, crlf));
      const large = context(sized(raw, 800_000, crlf));
      const size = large.doc.text.length / small.doc.text.length;
      const slow: string[] = [];
      const log: string[] = [];
      const steps: [string, (ctx: CheckContext) => unknown][] = [
        ...CHECK_FAMILIES.map((family) => [family.name, (ctx: CheckContext) => family.check(ctx)] as [string, (ctx: CheckContext) => unknown]),
        ['finishFindings', (ctx) => finishFindings(ctx.doc, CHECK_FAMILIES.flatMap((family) => family.check(ctx)))],
      ];
      for (const [name, run] of steps) {
        run(small); // warm
        let [a, b] = leastOfEach(() => run(small), () => run(large), 3);
        // Below two milliseconds a timer's resolution, a collection and the other test files running beside this one
        // decide (0.3 ms then 12 ms alone, 0.7 then 35 ms beside the others, for a family that grows with the text):
        // the large text must then be fast.
        let ratio = b / Math.max(a, 2);
        // Over the bound: timed again, the least of both measures kept. A family whose time grows with the square of the
        // text reads 64 times in every round; a slow stretch of the machine does not last two.
        if (ratio > 32) {
          const [a2, b2] = leastOfEach(() => run(small), () => run(large), 3);
          a = Math.min(a, a2);
          b = Math.min(b, b2);
          ratio = b / Math.max(a, 2);
        }
        log.push(`${name} ${a.toFixed(1)}/${b.toFixed(1)}`);
        if (ratio > 32) slow.push(`${name}: ${a.toFixed(1)} ms, then ${b.toFixed(1)} ms for ${size.toFixed(1)} times the text (${ratio.toFixed(1)}x)`);
      }
      if (process.env.ITU_GROWTH_LOG) console.log(`# ${file}${crlf ? ' CRLF' : ''}: ${log.join(', ')}`);
      assert.deepEqual(slow, [], slow.join('; '));
    });
  }
}
