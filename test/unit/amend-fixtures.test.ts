// Contributions amending Resolutions the product had not seen, in English, French and Spanish (test/fixtures/amend/,
// written for these tests; README there): each is checked with its folder as the workspace, as `itu-draft check
// --workspace` does, and gives exactly the findings its faults call for. Before h-amend, two MODs of one Resolution,
// a MOD and a SUP of one, and a NOC and a MOD of one were not reported (proposal.conflicting-actions), nor an enacting
// formula copied from another conference's text (resolution.assembly-mismatch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, LineIndex, parseDocument } from '../../server/src/core';
import { ROOT } from './helpers';

const DIR = path.join(ROOT, 'test/fixtures/amend');
const index = new BaseIndex();
for (const f of fs.readdirSync(DIR).filter((f) => f.endsWith('.itu'))) index.update(f, fs.readFileSync(path.join(DIR, f), 'utf8'));

/** Each finding as `line code` (lines from 1). */
const EXPECTED: Record<string, string[]> = {
  'eur-wtdc25-res37.itu': ['30 base.untracked-change', '33 reference.stale', '44 proposal.conflicting-actions', '61 proposal.conflicting-actions'],
  'acp-pp26-res101-fr.itu': ['17 resolution.meeting-mismatch', '22 numbering.gap', '29 reference.unresolved', '38 proposal.sequence', '55 proposal.sequence'],
  'iap-wtdc25-es.itu': ['20 base.untracked-change', '39 numbering.gap', '43 reference.unresolved', '50 proposal.conflicting-actions'],
  'ecp-pp26-res130.itu': [],
  'acp-wtdc25-copied-fr.itu': ['13 resolution.assembly-mismatch'],
  'usa-wtsa24-res.itu': ['11 base.not-found', '22 proposal.mod-without-changes', '22 resolution.target-mismatch', '23 base.not-found', '29 proposal.sequence'],
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`${file}: the findings its faults call for, and no other`, () => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const lines = new LineIndex(text);
    const found = checkDocument(parseDocument(text), { bases: index.lookup }).map((f) => `${lines.position(f.start).line + 1} ${f.code}`);
    assert.deepEqual(found, expected);
  });
}

test('the base texts of test/fixtures/amend are texts in force with no finding', () => {
  for (const f of fs.readdirSync(DIR).filter((f) => f.startsWith('base-'))) {
    const text = fs.readFileSync(path.join(DIR, f), 'utf8');
    assert.deepEqual(checkDocument(parseDocument(text), { bases: index.lookup }).map((x) => x.code), [], f);
  }
});
