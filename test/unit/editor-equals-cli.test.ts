// Every contribution the project holds, checked as the editor checks it (core/incremental.ts: proposal by proposal,
// each with the front alone) and as the command line does (the whole document), with the texts in force of its own
// folder: the same findings. The per-proposal check reads what a proposal's text alone says; what it takes from the
// proposals around it (an ARTICLE or appendix heading before it, an annex another proposal amends) sends the text to
// the whole check. Each difference found here was a fault the editor alone showed (sixteenth and seventeenth sessions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeNextVersion, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { ROOT } from './helpers';

function folders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name.endsWith('.itu')) ? [dir] : [];
  return [...here, ...entries.filter((e) => e.isDirectory() && e.name !== 'node_modules').flatMap((e) => folders(path.join(dir, e.name)))];
}

test('the editor finds in every contribution the project holds what the command line finds', () => {
  const key = (f: Finding) => `${f.code}@${f.start}-${f.end}: ${f.message}`;
  let compared = 0;
  let withProposals = 0;
  for (const dir of [...folders(path.join(ROOT, 'test')), ...folders(path.join(ROOT, 'examples')), ...folders(path.join(ROOT, '../shared/examples'))]) {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.itu')).sort();
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const index = new BaseIndex();
    files.forEach((f, k) => index.update(f, texts[k]));
    files.forEach((f, k) => {
      const text = texts[k];
      // Large texts in force (no proposal) are checked whole by both.
      if (text.length > 400_000) return;
      const whole = checkDocument(parseDocument(text), { bases: index.lookup }).map(key).sort();
      const analysis = analyzeNextVersion(text, { bases: index.lookup });
      assert.deepEqual(analysis.findings.map(key).sort(), whole, path.relative(ROOT, path.join(dir, f)));
      compared++;
      if (analysis.work !== 'whole') withProposals++;
    });
  }
  assert.ok(compared > 60 && withProposals > 30, `${compared} texts, ${withProposals} checked proposal by proposal`);
});
