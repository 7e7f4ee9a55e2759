// The meetings written for the test in the eighteenth session (test/fixtures/review18/README.md): each folder one
// workspace, the texts in force beside the contributions. A WTSA Resolution in French with three regional MODs (one
// rewords an item, one deletes it, one inserts one before it; two add a new item worded differently) and the merged
// draft as the editorial committee left it; a PP Resolution in Russian with two MODs and a SUP; RR footnotes in Spanish
// with competing MODs, NOCs and two ADDs of one new footnote 5.A12. Every finding and every compiled row was read and
// classified (/work/wt/STATUS-meet.md of that session): each finding below is a fault written in on purpose; a finding
// or a row's status gained or lost shows here, on the command line, in the editor and in the compilation alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compileTarget, mergedDraft, parseDocument, BaseIndex, type CompileSource } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { createItuService } from '../../server/src/service/service';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { ROOT } from './helpers';

const WRITTEN = path.join(ROOT, 'test/fixtures/review18');
const MEETINGS = ['wtsa-fr', 'pp-ru', 'rr-es'];
const filesOf = (meeting: string) => fs.readdirSync(path.join(WRITTEN, meeting)).filter((f) => f.endsWith('.itu')).sort();

/** Each finding as `meeting/file:line code`: every one a fault written in (README.md). The texts in force get none. */
const EXPECTED = [
  'pp-ru/arb-pp26-72a2.itu:15 resolution.meeting-mismatch',
  'pp-ru/eur-pp26-30a4.itu:11 proposal.reasons-missing',
  'pp-ru/rcc-pp26-65a3.itu:30 reference.unresolved',
  'rr-es/arb-wrc27-22a8.itu:15 proposal.reasons-missing',
  'rr-es/eur-wrc27-16a12.itu:20 base.untracked-change',
  'rr-es/eur-wrc27-16a12.itu:20 base.untracked-change',
  'wtsa-fr/afcp-wtsa24-42a25.itu:36 reference.stale',
  'wtsa-fr/compilation-res77.itu:24 compile.unresolved',
  'wtsa-fr/compilation-res77.itu:24 compile.unresolved',
  'wtsa-fr/compilation-res77.itu:26 base.untracked-change',
  'wtsa-fr/eur-wtsa24-35a1.itu:27 base.untracked-change',
  'wtsa-fr/iap-wtsa24-40a3.itu:15 proposal.sequence',
];

test('review18: every file says it was written for the test', () => {
  for (const m of MEETINGS) for (const f of filesOf(m)) assert.match(fs.readFileSync(path.join(WRITTEN, m, f), 'utf8'), /Written for the itu-draft test suite \(not an ITU text\)/, `${m}/${f}`);
});

test('review18: check --workspace gives the findings classified, and no other', async () => {
  const got: string[] = [];
  for (const m of MEETINGS) {
    let out = '';
    const dir = path.join(WRITTEN, m);
    await run(['check', '--format', 'json', '--workspace', dir, ...filesOf(m).map((f) => path.join(dir, f))], { out: (s) => (out += s), err: () => undefined });
    for (const f of JSON.parse(out) as { file: string; line: number; code: string }[]) got.push(`${m}/${path.basename(f.file)}:${f.line} ${f.code}`);
  }
  assert.deepEqual(got.sort(), [...EXPECTED].sort());
});

test('review18: the editor (language service) reports what the command line does', async () => {
  const got: string[] = [];
  for (const m of MEETINGS) {
    const ws = new MemoryWorkspace('file:///ws');
    for (const f of filesOf(m)) ws.write(f, fs.readFileSync(path.join(WRITTEN, m, f), 'utf8'));
    const service = createItuService({ workspace: ws });
    await service.scan();
    for (const f of filesOf(m)) {
      const uri = ws.uri(f);
      service.open(uri, 1, ws.files_.get(uri)!);
      for (const d of (await service.diagnostics(uri))!.diagnostics) got.push(`${m}/${f}:${d.range.start.line + 1} ${String(d.code)}`);
    }
  }
  assert.deepEqual(got.sort(), [...EXPECTED].sort());
});

/** Each target's rows as `status` per paragraph, in order (the classification of each: the status file). */
const ROWS: Record<string, Record<string, string>> = {
  'wtsa-fr': {
    'Résolution 77': 'agreed unchanged agreed agreed unchanged unchanged unchanged single unchanged unchanged unchanged unchanged unchanged single conflict agreed conflict unchanged unchanged single unchanged unchanged',
  },
  'pp-ru': {
    'Резолюция 205': 'conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict conflict',
  },
  'rr-es': { 'RR 5.338A': 'conflict', 'RR 5.339': 'conflict', 'RR 5.A12': 'conflict' },
};

test('review18: each compilation\'s rows, and the merged draft in the language of its text', () => {
  for (const m of MEETINGS) {
    const index = new BaseIndex();
    const sources: CompileSource[] = filesOf(m).map((f) => {
      const text = fs.readFileSync(path.join(WRITTEN, m, f), 'utf8');
      const doc = parseDocument(text);
      index.update(f, text, doc);
      return { location: f, doc };
    });
    for (const [target, rows] of Object.entries(ROWS[m])) {
      const c = compileTarget(target, sources, index.lookup);
      assert.ok(c, `${m}: ${target}`);
      assert.equal(c.paragraphs.map((p) => p.status).join(' '), rows, `${m}: ${target}`);
      // The draft's own words are the text's: no English word of the compiler's in a French, Russian or Spanish draft.
      assert.doesNotMatch(mergedDraft(c), /Reasons:|Compiled from|nothing inserted|\(delete\)|proposes it as/, `${m}: ${target}`);
    }
  }
});
