// Several base texts for one MOD: one rule (cover field, latest edition, then path) in core/baseChoice.ts,
// the same for file paths (the CLI) and file URIs (the server), and base.ambiguous naming the files.
//   node --import tsx --test test/unit/base-choice.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { lines } from './helpers';

const res52 = (meeting: string, year: number, word: string) => lines(
  `RESOLUTION 52 (Rev. ${meeting}, ${year})`, 'Countering and combating spam', `The World Telecommunication Standardization Assembly (${meeting}, ${year}),`,
  'resolves', `1\tto ${word} the work.`,
);
const DUBAI = res52('Dubai', 2012, 'continue');
const HAMMAMET = res52('Hammamet', 2016, 'pursue');
/** A MOD written without marks: its old text names the new meeting, so every edition is a candidate. */
const draft = (cover: string[] = []) => lines(...cover, ...(cover.length ? [''] : []), 'MOD\tXX/1/1', 'RESOLUTION 52 (Rev. Geneva, 2024)', 'Countering and combating spam',
  'The World Telecommunication Standardization Assembly (Geneva, 2024),', 'resolves', '1\tto pursue the work.', '', 'Reasons:\tr');

function indexOf(files: Record<string, string>, asUri: boolean): BaseIndex {
  const index = new BaseIndex();
  for (const [name, text] of Object.entries(files)) index.update(asUri ? pathToFileURL(path.join('/ws', name)).href : path.join('ws', name), text);
  return index;
}

const check = (text: string, index: BaseIndex): Finding[] => checkDocument(parseDocument(text), { bases: index.lookup });
const ambiguous = (fs: Finding[]) => fs.filter((f) => f.code === 'base.ambiguous');

test('two editions: the latest is the base, whatever the paths; the finding names both files', () => {
  for (const asUri of [false, true]) {
    const index = indexOf({ 'a-res52-2016.itu': HAMMAMET, 'b-res52-2012.itu': DUBAI }, asUri);
    const reversed = indexOf({ 'b-res52-2016.itu': HAMMAMET, 'a-res52-2012.itu': DUBAI }, asUri);
    for (const i of [index, reversed]) {
      const chosen = i.lookup('RESOLUTION 52 (Rev. Geneva, 2024)')!;
      assert.match(chosen.numberLine, /2016/);
      const findings = check(draft(), i);
      // Compared with the 2016 text: only the meeting differs, not the word the editions disagree on.
      const untracked = findings.filter((f) => f.code === 'base.untracked-change');
      assert.ok(untracked.length > 0 && untracked.every((f) => /base: [ab]-res52-2016\.itu/.test(f.message) && !/continue/.test(f.message)), untracked.map((f) => f.message).join('\n'));
      const [a] = ambiguous(findings);
      assert.ok(a, 'base.ambiguous');
      assert.equal(a.severity, 'warning');
      assert.match(a.message, /compared with "[ab]-res52-2016\.itu" \(latest edition, then path\), not "[ab]-res52-2012\.itu"/);
      assert.equal(draft().slice(a.start, a.end), 'RESOLUTION 52 (Rev. Geneva, 2024)');
    }
  }
});

test('the same number line in two files: the first path, for paths and URIs alike; the same text is information', () => {
  for (const asUri of [false, true]) {
    const index = indexOf({ 'z/res52.itu': DUBAI, 'a/res52.itu': DUBAI.replace('continue', 'carry on') }, asUri);
    const base = index.lookup('RESOLUTION 52 (Rev. Dubai, 2012)')!;
    assert.match(base.location, /a\/res52\.itu$/);
    const mod = lines('MOD\tXX/1/1', ...DUBAI.trim().split('\n'), '', 'Reasons:\tr');
    const [a] = ambiguous(check(mod, index));
    assert.equal(a?.severity, 'warning');
    assert.match(a!.message, /"a\/res52\.itu".*"z\/res52\.itu"/, 'names told apart by their folder');
    const same = indexOf({ 'z/res52.itu': DUBAI, 'a/res52.itu': DUBAI }, asUri);
    assert.equal(ambiguous(check(mod, same))[0]?.severity, 'information');
  }
  // One file: nothing to choose.
  assert.deepEqual(ambiguous(check(draft(), indexOf({ 'res52.itu': DUBAI }, false))), []);
});

test('the cover field Base: chooses; its quick fixes write it, and then nothing is ambiguous', () => {
  const index = indexOf({ 'res52-2016.itu': HAMMAMET, 'old/res52-2012.itu': DUBAI }, true);
  const chosen = check(draft(['Proposals:\tXX', 'Base:\tres52-2012.itu']), index);
  assert.deepEqual(ambiguous(chosen), []);
  assert.ok(chosen.some((f) => f.code === 'base.untracked-change' && /continue/.test(f.message)), 'compared with the 2012 text, which says "continue"');
  for (const cover of [[], ['Proposals:\tXX'], ['Base:\tnone.itu']]) {
    const text = draft(cover);
    const [a] = ambiguous(check(text, index));
    assert.ok(a?.fix, `a fix, cover ${JSON.stringify(cover)}`);
    const fixes = [a.fix, ...(a.fix.alternatives ?? [])];
    assert.deepEqual(fixes.map((f) => f.title), ['Use "res52-2016.itu" as the base text (cover field Base)', 'Use "res52-2012.itu" as the base text (cover field Base)']);
    for (const fix of fixes) {
      const fixed = applyEdits(text, fix.edits);
      const doc = parseDocument(fixed);
      assert.match(doc.cover.find((f) => f.name === 'Base')!.value, /^res52-201[26]\.itu/);
      assert.equal(doc.proposals.length, 1, 'the proposal is still a proposal');
      assert.deepEqual(ambiguous(check(fixed, index)), [], fixed);
    }
  }
});

test('the CLI names the same base as the rule, with --workspace', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-choice-'));
  fs.mkdirSync(path.join(dir, 'old'));
  fs.writeFileSync(path.join(dir, 'old', 'res52-2012.itu'), DUBAI);
  fs.writeFileSync(path.join(dir, 'res52-2016.itu'), HAMMAMET);
  const file = path.join(dir, 'draft.itu');
  fs.writeFileSync(file, draft());
  let out = '';
  const code = await run(['check', '--format', 'json', '--workspace', dir, file], { out: (s) => (out += s), err: () => undefined });
  assert.equal(code, 0);
  const found = (JSON.parse(out) as { code: string; message: string; line: number }[]).filter((f) => f.code === 'base.ambiguous');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 2);
  assert.match(found[0]!.message, /compared with "res52-2016\.itu" .*not "res52-2012\.itu"/);
});
