// base.provision-exists on the number of a suppressed provision: `ADD 4.15A` where the RR in force has
// `4.15A<TAB>(SUP - WRC-12)` (the sixteenth session's WRC contribution written for the test,
// test/fixtures/kinds-written/wrc-can-45a3.itu). The finding was right, its advice not: "Make it a MOD" of a
// placeholder. A suppressed provision keeps its number, which is not given again: the message says so and advises a
// free number only. Generated over every suppressed number of the real RR (2012, Articles 1-9), CS and CV (to PP-06).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { provisionNumber } from '../../server/src/core/kinds';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const TEXTS = { RR: 'rr-2012-art1-9.itu', CS: 'cs-1992-rev2006.itu', CV: 'cv-1992-rev2006.itu' } as const;
const HEADINGS = { RR: 'RADIO REGULATIONS', CS: 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', CV: 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION' };

test('an ADD of a suppressed number is told the number is not given again, not to make it a MOD; an ADD of a live number still is', () => {
  const rnd = seeded(1516);
  let suppressedSeen = 0;
  for (const kind of ['RR', 'CS', 'CV'] as const) {
    const text = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', TEXTS[kind]), 'utf8');
    const index = new BaseIndex();
    index.update(TEXTS[kind], text);
    const inForce = index.instruments().find((i) => i.instrument.kind === kind)!;
    const all = [...new Set(inForce.provisions.values())].filter((p) => p.numbers.length === 1);
    const gone = all.filter((p) => provisionNumber(p.paragraphs[0])?.suppressed === true);
    const live = all.filter((p) => provisionNumber(p.paragraphs[0])?.suppressed === false);
    assert.ok(gone.length > 0 && live.length > 0, kind);
    for (let c = 0; c < cases(12); c++) {
      for (const [p, suppressed] of [[gone[Math.floor(rnd() * gone.length)], true], [live[Math.floor(rnd() * live.length)], false]] as const) {
        const contribution = lines('Proposals:\tXYZ', '', HEADINGS[kind], '', 'ADD\tXYZ/1/1', `${p.number}\tA new provision written for the test.`, 'Reasons:\tr.', '');
        const found = checkDocument(parseDocument(contribution), { bases: index.lookup }).filter((f) => f.code === 'base.provision-exists');
        const label = `${kind} ${p.number} (${suppressed ? 'suppressed' : 'in force'})`;
        assert.equal(found.length, 1, label);
        if (suppressed) {
          suppressedSeen++;
          assert.match(found[0].message, /keeps this number for a provision suppressed, and a suppressed number is not given again/, label);
          assert.doesNotMatch(found[0].message, /Make it a MOD/, label);
        } else assert.match(found[0].message, /Make it a MOD/, label);
      }
    }
  }
  assert.ok(suppressedSeen > 0);
});
