// Word export layout against LibreOffice's PDF (review 9, J14): an RR footnote's list of bands, `band,<TAB>qualifier`,
// has its qualifiers in one column, as the RR prints them, and no TAB comes out as no space at all. Needs soffice and
// pdftotext; skipped without them, except under CI=true.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { which } from '../support/office';
import { officeSuite } from '../support/office-suite';
import { FIXED_DATE } from '../support/word';

/** Bands as RR footnotes list them (5.340, 5.149 …), short and long, each with a qualifier after a TAB or none. */
const BANDS = [
  ['1 400-1 427 MHz,', ''],
  ['2 690-2 700 MHz,', 'except those provided for by No. 5.422,'],
  ['10.68-10.7 GHz,', 'except those provided for by No. 5.483,'],
  ['15.35-15.4 GHz,', 'except those provided for by No. 5.511,'],
  ['23.6-24 GHz,', 'in Region 2,'],
  ['31.5-31.8 GHz,', 'in Regions 1 and 3,'],
  ['48.94-49.04 GHz,', 'from airborne stations'],
  ['86-92 GHz,', 'all services,'],
  ['1 660.5-1 668.4 MHz,', 'in Region 1,'],
  ['4 990-5 000 MHz,', 'except aeronautical stations,'],
  ['105-116 GHz,', 'from space stations'],
  ['1 610.6-1 613.8 MHz,', 'in the space-to-Earth direction,'],
];

const TEXT = [
  'Meeting:\tWorld Radiocommunication Conference (WRC-27)',
  'Document:\t12',
  'Source:\tACP',
  'Title:\tAgenda item 1.17',
  '',
  'ARTICLE 5',
  'Frequency allocations',
  '',
  'MOD\tACP/12A17/1',
  '5.340\tAll emissions are prohibited in the following bands:',
  ...BANDS.map(([band, qualifier], i) => (qualifier ? `${band}${i === 4 ? '{--\t' + qualifier + '--}' : '\t' + qualifier}` : band)),
  '250-252 GHz.     (WRC-{~~03~>27~~})',
  'Reasons:\tTo extend protection to all Regions.',
  '',
].join('\n');

interface Word { x0: number; x1: number; y: number; text: string }

function words(pdf: string): Word[] {
  const xml = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1], y: Math.round(+m[2]), x1: +m[3], text: m[4] }));
}

describe('LibreOffice: RR band lists in the Word export (review 9, J14)', () => {
  const suite = officeSuite('layout');

  it('the qualifiers after the TABs of a band list stand in one column, each after a visible gap', { skip: suite.skip }, async (t) => {
    if (!which('pdftotext')) {
      t.skip('pdftotext (poppler-utils) is missing');
      return;
    }
    const file = path.join(suite.dir(), 'bands.docx');
    fs.writeFileSync(file, await exportDocx(parseDocument(TEXT), { date: FIXED_DATE }));
    const all = words(suite.office().convert(file, 'pdf', suite.dir()));
    const lines = new Map<number, Word[]>();
    for (const w of all) lines.set(w.y, [...(lines.get(w.y) ?? []), w]);
    const columns: { band: string; gap: number; x: number }[] = [];
    for (const [band, qualifier] of BANDS) {
      if (!qualifier) continue;
      const line = [...lines.values()].find((ws) => ws.map((w) => w.text).join(' ').startsWith(`${band} ${qualifier.split(' ')[0]} `));
      assert.ok(line, `${band}<TAB>${qualifier}: no line of the PDF holds the band and its qualifier as separate words (a TAB shown as no space?)`);
      const n = band.split(' ').length;
      columns.push({ band, gap: line[n].x0 - line[n - 1].x1, x: line[n].x0 });
    }
    for (const c of columns) assert.ok(c.gap >= 6, `${c.band}: ${c.gap.toFixed(1)} pt between the band and its qualifier (a TAB shown as no space)`);
    const xs = columns.map((c) => c.x);
    assert.ok(Math.max(...xs) - Math.min(...xs) < 1, `the qualifiers start at ${columns.map((c) => `${c.x.toFixed(1)} (${c.band})`).join(', ')}: not one column`);
  });
});
