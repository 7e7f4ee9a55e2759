// findingsFor (the findings of the diagnostics a code action request carries, read once for all) gives each
// diagnostic the finding findingFor gives it alone: the first of its code at its range in this version, or none.
// Checked over every .itu text the tests hold, with the diagnostics of this version and of an edited one (stale:
// some ranges hold nothing now, some another finding), shuffled, repeated, with codes swapped and ranges broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { findingFor, findingsFor, toDiagnostics } from '../../server/src/service/diagnostics';
import { DocumentRecord } from '../../server/src/service/record';
import { seeded } from '../support/random';
import { filesUnder, ROOT } from './helpers';


const TEXTS = ['test/fixtures', 'test/corpus-kinds', 'examples'].flatMap((dir) => filesUnder(path.join(ROOT, dir), '.itu'));

/** A text with faults a delegate makes: a line taken out, one repeated, two swapped (findings of many codes). */
function faulty(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  for (let k = 0; k < 6 && lines.length > 2; k++) {
    const i = Math.floor(rnd() * (lines.length - 1));
    const r = rnd();
    if (r < 0.33) lines.splice(i, 1);
    else if (r < 0.66) lines.splice(i, 0, lines[i]!);
    else [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  }
  return lines.join('\n');
}

/** The diagnostics a client may send back: this version's and an edited version's, mixed, some altered. */
function asked(now: Diagnostic[], before: Diagnostic[], rnd: () => number): Pick<Diagnostic, 'range' | 'code'>[] {
  const pool = [...now, ...before];
  const out: Pick<Diagnostic, 'range' | 'code'>[] = [];
  const n = Math.min(400, pool.length * 2);
  for (let i = 0; i < n; i++) {
    const d = pool[Math.floor(rnd() * pool.length)]!;
    const r = rnd();
    if (r < 0.1) out.push({ ...d, code: now[Math.floor(rnd() * now.length)]?.code ?? d.code });
    else if (r < 0.13) out.push({ ...d, range: { start: d.range.start, end: { line: d.range.end.line, character: Number.NaN } } });
    else if (r < 0.15) out.push({ range: d.range, code: 7 });
    else out.push(d);
  }
  return out;
}

test('findingsFor gives each diagnostic what findingFor gives it alone, over every .itu text of the tests', () => {
  const rnd = seeded(1414);
  let compared = 0;
  let found = 0;
  assert.ok(TEXTS.length >= 20, `${TEXTS.length} texts`);
  for (const [file, text] of TEXTS.flatMap((f) => {
    const t = fs.readFileSync(f, 'utf8');
    return [[f, t], [f, faulty(t, rnd)], [f, faulty(t, rnd)]] as const;
  })) {
    const record = new DocumentRecord('file:///f.itu', 1, text);
    const now = toDiagnostics(record, DEFAULT_SETTINGS, undefined);
    // An edited version's diagnostics: a line taken out in the middle moves the findings after it.
    const lines = text.split('\n');
    lines.splice(lines.length >> 1, 1);
    const before = toDiagnostics(new DocumentRecord('file:///f.itu', 1, lines.join('\n')), DEFAULT_SETTINGS, undefined);
    if (now.length + before.length === 0) continue;
    const ds = asked(now, before, rnd);
    const all = findingsFor(record, DEFAULT_SETTINGS, ds);
    assert.equal(all.length, ds.length);
    ds.forEach((d, i) => {
      const one = findingFor(record, DEFAULT_SETTINGS, d);
      assert.equal(all[i], one, `${path.relative(ROOT, file)}: diagnostic ${i} (${String(d.code)} at ${JSON.stringify(d.range)})`);
      compared++;
      if (one) found++;
    });
  }
  // Both answers occur: findings found, and stale or altered diagnostics that find none.
  assert.ok(found > 100 && compared - found > 20, `${compared} compared, ${found} found`);
});

