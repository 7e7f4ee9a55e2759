// The provision index (core/provisions.ts) holds every clause the structure reader reads in a Recommendation in
// force (review leftover, STATUS-fixe.md): J.1108 (01/2019) writes clause 6 `6.<TAB>Overview`, J.383 (01/2019) every
// clause so, E.840 (06/2018) clause 8 `.8<TAB>`, Q.850 (10/2018) clause 6.2.6.7 after a space; the outline read them,
// the index did not (clause 6 of J.1108 was text of clause 5, and a MOD of it was compared with clause 5). ITU-R
// BO.600-1 and S.354-2 head their text `RECOMMENDATION ITU-R BO.600-1[^*]`: the footnote reference hid the heading,
// and the index held no instrument at all.
// Generated over the Recommendations of test/corpus-kinds (real texts, test/corpus-kinds/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, outlineRoots, parseDocument, walk } from '../../server/src/core';
import { ROOT } from './helpers';

const CORPUS = path.join(ROOT, 'test/corpus-kinds');
/** An Implementers' Guide is no Recommendation: its first page names none (`G.7713.1/Y.1704.1 Implementers' Guide`). */
const NOT_A_RECOMMENDATION = new Set(['T-REC-G.Imp7713.1-200505.itu']);

function indexed(file: string) {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  const doc = parseDocument(text);
  const index = new BaseIndex();
  index.update(file, text, doc);
  return { doc, instruments: index.instruments() };
}

test('every clause the structure reader reads in a Recommendation in force is a provision of the index', () => {
  let files = 0;
  let clauses = 0;
  for (const file of fs.readdirSync(CORPUS).filter((f) => /^[RT]-REC-/.test(f) && f.endsWith('.itu') && !NOT_A_RECOMMENDATION.has(f))) {
    const { doc, instruments } = indexed(file);
    assert.equal(instruments.length, 1, `${file}: one instrument`);
    const provisions = instruments[0].provisions;
    for (const root of outlineRoots(doc.views.new)) {
      for (const item of walk(root)) {
        const label = item.label;
        if (!label || label.kind !== 'decimal' || label.paren || item.paragraph.kind !== 'clause-heading') continue;
        // As read (`6.` is 6, `.8` is 8), or as typed where the reading adds a dot the text left out (X.609.7's `3.16`
        // read as 3.1.6 after 3.1.5: the index keeps the number the text writes).
        const number = label.parts.join('.');
        assert.ok(provisions.has(number) || provisions.has(label.text), `${file}: clause ${number} ("${item.paragraph.text.slice(0, 40)}") is a provision`);
        clauses++;
      }
    }
    files++;
  }
  assert.equal(files, 10);
  assert.ok(clauses >= 400, `${clauses} clauses`);
});

test('J.1108 clause 6, E.840 clause 8 and Q.850 clause 6.2.6.7 are provisions of their own, apart from the clause before', () => {
  for (const [file, number, heading, before] of [
    ['T-REC-J.1108-201901.itu', '6', '6.\tOverview', '5'],
    ['T-REC-E.840-201806.itu', '8', '.8\tBenchmarked services', '7'],
    ['T-REC-Q.850-201810.itu', '6.2.6.7', ' 6.2.6.7\tCoding of Attribute identity', '6.2.6.6'],
    ['T-REC-J.383-201901.itu', '4', '4.\tConvention', '3'],
  ] as const) {
    const provisions = indexed(file).instruments[0].provisions;
    assert.equal(provisions.get(number)?.paragraphs[0].trimEnd(), heading, `${file}: clause ${number}`);
    assert.ok(!provisions.get(before)!.paragraphs.some((p) => p.startsWith(heading)), `${file}: clause ${before} ends before ${number}`);
  }
  for (const file of ['R-REC-BO.600-1-198607.itu', 'R-REC-S.354-2-197407.itu']) {
    assert.deepEqual(indexed(file).instruments.map((i) => i.instrument.name), [`ITU-R ${file.slice(6, file.indexOf('-', 10))}`], file);
  }
});
