// An Arabic reference naming its call in the other gender: an assembly's Resolution writes its calls in the feminine
// (`تكلف الأمين العام`, `إذ تضع في اعتبارها`), a conference's or the Council's in the masculine (`يكلف`, `إذ يضع في
// اعتباره`), and a reference written in the other one (`البند 3 من يكلف الأمين العام أعلاه` in an assembly's text) names
// the same call. Before, it named none and was dropped: a reference to an item the call lacks went unreported, and the
// numbering fix did not carry it. Generated over every call of the Arabic table (TABLES.ar lists each in the feminine,
// then in the masculine), the Resolution in either gender and the reference in the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { TABLES } from '../../server/src/core/lang/tables';

const HEAD = ['القرار 175 (المراجَع في دبي، 2018)', 'العنوان', 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،'];
const pairs = (list: string[]) => list.flatMap((f, i) => (i % 2 === 0 ? [[f, list[i + 1]] as const] : []));

function text(preamble: string, operative: string, ref: string): string {
  return [...HEAD, preamble, 'أ)\tالأول؛', 'ب)\tالثاني،', operative, '1\tالبند الأول؛', '2\tالبند الثاني،', 'تقرر أيضاً', `1\t${ref}.`, ''].join('\n');
}

test('Arabic: a reference to a preamble call in the other gender names it (every call of the table)', () => {
  const checked = new Set<string>();
  for (const [feminine, masculine] of pairs(TABLES.ar.preamble)) {
    for (const [call, named] of [[feminine, masculine], [masculine, feminine]]) {
      for (const [label, count] of [['ب)', 0], ['ج)', 1]] as const) {
        const t = text(call, 'تقرر', `مراعاة الفقرة ${label} من ${named} أعلاه`);
        const doc = parseDocument(t);
        assert.equal(doc.views.new.references.length, 1, t);
        const found = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
        assert.deepEqual(found.map((f) => f.start), count ? [t.lastIndexOf(label)] : [], `${call} / ${named} ${label}`);
        checked.add(call);
      }
    }
  }
  assert.equal(checked.size, TABLES.ar.preamble.length);
});

test('Arabic: a reference to an operative call in the other gender names it, with its addressee, and the numbering fix carries it', () => {
  for (const [feminine, masculine] of pairs(TABLES.ar.operative)) {
    for (const [call, named] of [[feminine, masculine], [masculine, feminine]]) {
      for (const [label, count] of [['2', 0], ['3', 1]] as const) {
        const t = text('إذ تضع في اعتبارها', `${call} الأمين العام`, `مراعاة البند ${label} من ${named} الأمين العام أعلاه`);
        const found = checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved');
        assert.deepEqual(found.map((f) => f.start), count ? [t.lastIndexOf(label)] : [], `${call} / ${named} ${label}`);
      }
    }
  }
  // The Secretary-General's 1 left out: 2 becomes 1, and so does the reference written in the masculine.
  const t = text('إذ تضع في اعتبارها', 'تكلف الأمين العام', 'مراعاة البند 2 من يكلف الأمين العام أعلاه').replace('1\tالبند الأول؛\n', '');
  const gap = checkDocument(parseDocument(t)).find((f) => f.code === 'numbering.gap' && f.fix);
  assert.ok(gap, t);
  const fixed = applyEdits(t, gap.fix!.edits);
  assert.ok(fixed.includes('مراعاة البند 1 من يكلف الأمين العام أعلاه'), fixed);
});
