// Arabic references without a direction word whose clause word carries a preposition (`وفقاً للبند 1 من تقرر`, `عملاً
// بالبند 2 من تقرر`, `المشار إليه في البندين 1 و2 من تقرر`): Arabic attaches لـ, بـ, كـ, فـ, وـ to the word, and names two
// items in the dual (`البندين`, `البندان`, `الفقرتان`). Before, only the bare article's forms were read (`البند`,
// `الفقرتين`): such a reference was not read, so one naming an item the Resolution lacks went unreported. Generated over
// the clause words and the prefixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';

const HEAD = ['القرار 175 (المراجَع في دبي، 2018)', 'العنوان', 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،', 'إذ تضع في اعتبارها', 'أ)\tالأول،'];
const text = (ref: string) => [...HEAD, 'تقرر', '1\tالبند الأول؛', '2\tالبند الثاني،', 'تكلف الأمين العام', `1\t${ref}.`, ''].join('\n');

const SINGLE = ['البند', 'الفقرة'];
const DUAL = ['البندين', 'البندان', 'الفقرتين', 'الفقرتان'];
const PREFIXES = ['', 'ل', 'ب', 'وب', 'ف', 'ك'];
/** A prefix on a word with the article: لـ + الـ is written لل (للبند). */
const attach = (prefix: string, word: string) => (prefix.endsWith('ل') ? prefix + word.slice(1) : prefix + word);

test('Arabic: a clause word with an attached preposition, or in the dual, opens a reference without a direction word', () => {
  for (const prefix of PREFIXES) {
    for (const word of SINGLE) {
      for (const [label, count] of [['2', 0], ['3', 1], ['٣', 1]] as const) {
        const t = text(`وفقاً ${attach(prefix, word)} ${label} من تقرر`);
        assert.equal(parseDocument(t).views.new.references.length, 1, t);
        assert.deepEqual(checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved').map((f) => f.start), count ? [t.lastIndexOf(label)] : [], t);
      }
    }
    for (const word of DUAL) {
      const t = text(`وفقاً ${attach(prefix, word)} 2 و3 من تقرر`);
      assert.deepEqual(checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved').map((f) => f.start), [t.lastIndexOf('3')], t);
    }
  }
});

test('Arabic: a word that merely opens like a clause word opens none (`بالبندقية`)', () => {
  const t = text('بالبندقية 3 من تقرر');
  assert.deepEqual(parseDocument(t).views.new.references, []);
});

test('Arabic: a decimal clause with a letter attached (`و1.3 أعلاه`, `مع مراعاة 1.1 و1.3 أعلاه`) is read', () => {
  const body = ['تقرر', '1\tالأول:', '1.1\tالفرعي الأول؛', '1.2\tالفرعي الثاني؛', '2\tالثاني:', '2.1\tالفرعي،'];
  for (const prefix of ['و', 'ب', 'ل', 'ف', 'ك']) {
    for (const [label, count] of [['1.2', 0], ['1.3', 1]] as const) {
      // (`1.1 و1.3`: the conjunction joins a list, as `1.1 و 1.3` does.)
      for (const ref of [`مع مراعاة ${prefix}${label} أعلاه`, ...(prefix === 'و' ? [`مع مراعاة 1.1 و${label} أعلاه`] : [])]) {
        const t = [...HEAD, ...body, 'تكلف الأمين العام', `1\t${ref}.`, ''].join('\n');
        const found = checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved');
        assert.deepEqual(found.map((f) => f.start), count ? [t.lastIndexOf(label)] : [], ref);
      }
    }
  }
  // A number inside a word is no clause (`ب1.3` after a letter that is not alone).
  const t = [...HEAD, ...body, 'تكلف الأمين العام', '1\tمع مراعاة الرمزب1.3 أعلاه.', ''].join('\n');
  assert.deepEqual(checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved'), []);
});
