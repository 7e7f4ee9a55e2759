// Review 9, J19: MODs of rows of a table in force (the Table of Frequency Allocations) are listed under that table and
// compiled against it row by row; whatever `proposals` lists as a target, `compile` accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, compileTarget, listProposals, parseDocument, type CompileSource } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const PAGE = ['| 1 300-1 525 MHz | | |', '| --- | --- | --- |', '| Allocation to services | | |', '| Region 1 | Region 2 | Region 3 |'];
const ROW_1 = '| 1 350-1 400 FIXED MOBILE RADIOLOCATION 5.149 5.338 5.338A 5.339 | 1 350-1 400 RADIOLOCATION 5.338A 5.149 5.334 5.339 | 1 350-1 400 RADIOLOCATION 5.338A 5.149 5.339 |';
const ROW_2 = '| 1 400-1 427 EARTH EXPLORATION-SATELLITE (passive) RADIO ASTRONOMY SPACE RESEARCH (passive) 5.340 5.341 | | |';
const ROW_3 = '| 1 427-1 429 SPACE OPERATION (Earth-to-space) FIXED MOBILE except aeronautical mobile 5.338A 5.341 | | |';
const PAGE_2 = ['| 1 525-1 610 MHz | | |', '| --- | --- | --- |', '| Allocation to services | | |', '| Region 1 | Region 2 | Region 3 |',
  '| 1 525-1 530 SPACE OPERATION (space-to-Earth) FIXED MOBILE-SATELLITE (space-to-Earth) 5.208B 5.351A | | |'];
// Each page of the Table, then its footnotes, as the RR prints them.
const IN_FORCE = lines('RADIO REGULATIONS', 'ARTICLE 5', 'Frequency allocations', 'Section IV – Table of Frequency Allocations', '', ...PAGE, ROW_1, ROW_2, ROW_3, '',
  '5.341\tIn the bands 1 400-1 727 MHz, passive research is being conducted by some countries.', '', ...PAGE_2, '',
  '5.351A\tFor the use of the frequency bands by the mobile-satellite service, see Resolutions 212 and 225.');
const contribution = (party: string, ...proposals: string[][]) =>
  lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', `Proposals:\t${party}`, '', ...proposals.flatMap((p, k) => [`MOD\t${party}/18A1/${k + 1}`, ...p, 'Reasons:\tr.', '']));

function workspace(files: Record<string, string>): { sources: CompileSource[]; index: BaseIndex } {
  const index = new BaseIndex();
  for (const [f, t] of Object.entries(files)) index.update(f, t);
  return { sources: Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) })), index };
}

test('J19: two parties\' MODs of rows of one page of the Table are one target, compiled row by row: one footnote each in one cell is a conflict, the same change agreed', () => {
  const { sources, index } = workspace({
    'rr-tfa.itu': IN_FORCE,
    'eur.itu': contribution('EUR', [PAGE[0], PAGE[1], ROW_2.replace('5.341 |', '5.341{++ ADD 5.A117++} |')], [PAGE[0], PAGE[1], ROW_1.replace('RADIOLOCATION 5.338A 5.149 5.339', 'RADIOLOCATION {~~5.338A~>5.338B~~} 5.149 5.339')]),
    'acp.itu': contribution('ACP', [PAGE[0], PAGE[1], ROW_2.replace('5.341 |', '5.341{++ ADD 5.A118++} |'), ROW_3], [PAGE[0], PAGE[1], ROW_1.replace('RADIOLOCATION 5.338A 5.149 5.339', 'RADIOLOCATION {~~5.338A~>5.338B~~} 5.149 5.339')]),
    'other.itu': contribution('B', [PAGE_2[0], PAGE_2[1], PAGE_2[4].replace('5.351A |', '5.351A{++ ADD 5.A119++} |')]),
  });
  const listed = listProposals(sources, index.lookup.provisions);
  assert.deepEqual([...new Set(listed.map((p) => p.target))].sort(), ['Table 1 300-1 525 MHz', 'Table 1 525-1 610 MHz']);
  const c = compileTarget('Table 1 300-1 525 MHz', sources, index.lookup)!;
  assert.ok(c, 'compiled');
  assert.deepEqual(c.proposals.map((p) => p.id).sort(), ['ACP/18A1/1', 'ACP/18A1/2', 'EUR/18A1/1', 'EUR/18A1/2']);
  const status = (row: string) => c.paragraphs.find((p) => p.base === row)?.status;
  assert.equal(status(ROW_1), 'agreed');
  assert.equal(status(ROW_2), 'conflict');
  // A row no party restates, or one restated unchanged, stands as in force; the merged draft keeps every row.
  assert.equal(status(ROW_3), 'unchanged');
  assert.equal(status(PAGE[2]), 'unchanged');
  assert.ok(c.merged.includes(ROW_3) && c.merged.some((l) => l.includes('5.A117') && l.includes('5.A118')), c.merged.join('\n'));
  // The other page is its own target, with its one proposal.
  assert.deepEqual(compileTarget('Table 1 525-1 610 MHz', sources, index.lookup)!.proposals.map((p) => p.id), ['B/18A1/1']);
});

test('J19: what `proposals` lists as a target, `compile` accepts (Resolutions, provisions, ADDs, tables; two tables of the same heading by file and line)', () => {
  const kinds = path.join(ROOT, 'test/corpus-kinds');
  const { sources, index } = workspace({
    'cs.itu': fs.readFileSync(path.join(kinds, 'cs-1992-rev2006.itu'), 'utf8'),
    'rr-tfa.itu': IN_FORCE.replace('| 1 300-1 525 MHz | | |', '| Allocation to services | | |').replace('| 1 525-1 610 MHz | | |', '| Allocation to services | | |'),
    'res.itu': lines('RESOLUTION 7 (Rev. Dubai, 2014)', 'Title', 'The Conference,', 'resolves', '1\tto do;', '2\tto do more.'),
    'a.itu': lines('Meeting:\tPP-26, Doha, 2026', 'Proposals:\tA', '', 'MOD\tA/1/1', 'RESOLUTION 7 (Rev. Dubai, 2014)', 'Title', 'The Conference,', 'resolves', '1\tto do{++ now++};', '2\tto do more.', 'Reasons:\tr.', '',
      'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tA/1/2', '13\tc) facilitate the worldwide standardization of telecommunications, with a {++good ++}satisfactory quality of service;', 'Reasons:\tr.', '',
      'ADD\tA/1/3', '58B\tPP-26\tjbis) adopt the strategic plan;', 'Reasons:\tr.', '',
      'MOD\tA/1/4', PAGE[2], PAGE[1], ROW_2.replace('5.341 |', '5.341{++ ADD 5.A117++} |'), 'Reasons:\tr.', '',
      'MOD\tA/1/5', PAGE_2[2], PAGE_2[1], PAGE_2[4].replace('5.351A |', '5.351A{++ ADD 5.A119++} |'), 'Reasons:\tr.'),
  });
  const targets = [...new Set(listProposals(sources, index.lookup.provisions).map((p) => p.target))];
  assert.equal(targets.length, 5, targets.join(', '));
  assert.equal(targets.filter((t) => /^Table rr-tfa\.itu:\d+$/.test(t)).length, 2, targets.join(', '));
  for (const t of targets) assert.ok(compileTarget(t, sources, index.lookup), `compile refuses "${t}", which proposals lists`);
});
