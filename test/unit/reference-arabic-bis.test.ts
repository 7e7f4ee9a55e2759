// An Arabic reference to an inserted item labelled as ITU-T A.1 asks and the bis fix writes it, the suffix on the letter
// (`أbis)`, `أbis )`: lang/labels.ts reads such items): `الفقرة أbis) من إذ تضع في اعتبارها أعلاه`, `إذ تضع في اعتبارها
// أbis) أعلاه`. Before, such a reference was not read (the Latin `abis)` and the Russian `бbis)` were): one naming an
// inserted item the Resolution lacks went unreported. Generated over the suffixes, the spacing before the parenthesis and
// the two orders of a reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';

const HEAD = ['القرار 175 (المراجَع في دبي، 2018)', 'العنوان', 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،', 'إذ تضع في اعتبارها'];

for (const suffix of ['bis', 'ter']) {
  for (const space of ['', ' ']) {
    test(`Arabic: a reference to an inserted item أ${suffix}${space}) is read and checked`, () => {
      // (ter after bis: an item ter alone would be a gap.)
      const items = [`أ${space})\tالأول؛`, ...(suffix === 'ter' ? [`أbis${space})\tالمدرج أولاً؛`] : []), `أ${suffix}${space})\tالمدرج؛`, `ب${space})\tالثاني،`];
      for (const [label, count] of [[`أ${suffix})`, 0], [`أ${suffix} )`, 0], [`ب${suffix})`, 1]] as const) {
        for (const ref of [`الفقرة ${label} من إذ تضع في اعتبارها أعلاه`, `إذ تضع في اعتبارها ${label} أعلاه`]) {
          const t = [...HEAD, ...items, 'تقرر', `1\tمراعاة ${ref}.`, ''].join('\n');
          const refs = parseDocument(t).views.new.references;
          assert.deepEqual(refs.map((r) => r.targets.map((x) => x.label)), [[label]], t);
          const found = checkDocument(parseDocument(t)).filter((f) => f.code.startsWith('reference.') || f.code.startsWith('numbering.'));
          assert.deepEqual(found.map((f) => [f.code, f.start]), count ? [['reference.unresolved', t.lastIndexOf(label)]] : [], ref);
        }
      }
    });
  }
}
