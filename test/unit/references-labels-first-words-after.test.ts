// A reference without a direction word that puts the item first (`пункт 2 раздела решает`, `البند 2 من تقرر`, `§ 2 of
// resolves`) was dropped when words followed the call: Russian and Arabic write no article, so the words up to the
// punctuation mark were read as the call's addressee (`решает и исследования продолжаются`), which no call has, and the
// reference was no reference (CallNames.addresseeBegun tried the addressee's first words, never none). Now the call
// alone names its section when the Resolution has that call without an addressee; an addressee that names none of its
// calls (`поручает Совету …` where only the Secretary-General is instructed) still makes no reference. Generated over
// the five languages that write the form, their clause words, calls with and without an addressee, and words after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

interface Edition {
  head: string[];
  considering: string;
  resolves: string;
  /** The instructs call and its addressee as the call line writes it. */
  instructs: [string, string];
  /** Another body, which the Resolution does not instruct. */
  other: string;
  /** `{N}`: the number; `{C}`: the call. */
  forms: string[];
  /** Words after the call, up to the clause's end. */
  after: string[];
}

const EDITIONS: Record<string, Edition> = {
  en: { head: ['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'], considering: 'considering', resolves: 'resolves',
    instructs: ['instructs', 'the Secretary-General'], other: 'the ITU Council', forms: ['§ {N} of {C}'], after: ['the studies go on', 'the group reports on it'] },
  fr: { head: ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', '', 'L\'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),'], considering: 'considérant', resolves: 'décide',
    instructs: ['charge', 'le Secrétaire général'], other: 'le Conseil', forms: ['au point {N} du {C}', 'le § {N} du {C}'], after: ['les études se poursuivent', 'la commission en fait rapport'] },
  es: { head: ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', '', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),'], considering: 'considerando', resolves: 'resuelve',
    instructs: ['encarga', 'al Secretario General'], other: 'al Consejo', forms: ['el punto {N} del {C}', 'el apartado {N} del {C}'], after: ['los estudios continúan', 'la comisión informa'] },
  ru: { head: ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', '', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),'], considering: 'учитывая', resolves: 'решает',
    instructs: ['поручает', 'Генеральному секретарю'], other: 'Совету', forms: ['пункт {N} раздела {C}', 'в пункте {N} раздела {C}', 'согласно пункту {N} раздела {C}'],
    after: ['и исследования продолжаются', 'в целях дальнейшей работы', 'с учетом опыта группы'] },
  ar: { head: ['القرار 99 (المراجَع في دبي، 2012)', '', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،'], considering: 'إذ تضع في اعتبارها', resolves: 'تقرر',
    instructs: ['يكلف', 'الأمين العام'], other: 'المجلس', forms: ['البند {N} من {C}', 'الفقرة {N} من {C}'], after: ['وتستمر الدراسات', 'في إطار العمل', 'مع مراعاة خبرة الفريق'] },
};

function resolution(e: Edition, counts: [number, number], sentence: string): string {
  const items = (n: number) => Array.from({ length: n }, (_, k) => `${k + 1}\tx ${k + 1};`);
  return [...e.head, e.considering, 'a)\tx;', e.resolves, ...items(counts[0]), `${e.instructs[0]} ${e.instructs[1]}`, ...items(counts[1]),
    `${counts[1] + 1}\tw ${sentence}.`, ''].join('\n');
}

test('generated: a labels-first reference without a direction word is read when words follow its call, and checked', () => {
  const random = seeded(4417);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  let read = 0;
  for (const [lang, e] of Object.entries(EDITIONS)) {
    for (let k = 0; k < cases(40, 4); k++) {
      const counts: [number, number] = [1 + Math.floor(random() * 4), 1 + Math.floor(random() * 3)];
      const addressed = random() < 0.4;
      const call = addressed ? `${e.instructs[0]} ${e.instructs[1]}` : e.resolves;
      const n = 1 + Math.floor(random() * 6);
      const sentence = `${pick(e.forms).replace('{N}', String(n)).replace('{C}', call)} ${pick(e.after)}`;
      const doc = parseDocument(resolution(e, counts, sentence));
      const view = doc.views.new;
      const what = `${lang}: ${sentence}`;
      assert.deepEqual(view.references.map((r) => [r.phrase, r.addressee, r.targets.map((t) => t.label)]), [[addressed ? e.instructs[0] : e.resolves, addressed ? e.instructs[1] : undefined, [String(n)]]], what);
      // The reference ends with its call (and addressee): the words after it are not part of it.
      const ref = view.references[0];
      assert.ok(doc.text.slice(ref.source.start, ref.source.end).endsWith(` ${call}`), `${what}: ${doc.text.slice(ref.source.start, ref.source.end)}`);
      const has = n <= (addressed ? counts[1] + 1 : counts[0]);
      assert.equal(resolveTarget(view, ref, String(n)) !== undefined, has, what);
      const unresolved = checkDocument(parseDocument(resolution(e, counts, sentence))).filter((f) => f.code === 'reference.unresolved');
      assert.equal(unresolved.length, has ? 0 : 1, `${what}: ${unresolved.map((f) => f.message).join(' | ')}`);
      read++;
      // A body the Resolution does not instruct: no call is named, no reference.
      const other = `${pick(e.forms).replace('{N}', String(n)).replace('{C}', `${e.instructs[0]} ${e.other}`)} ${pick(e.after)}`;
      assert.deepEqual(parseDocument(resolution(e, counts, other)).views.new.references.map((r) => r.targets.map((t) => t.label)), [], `${lang}: ${other}`);
    }
  }
  assert.equal(read, 5 * cases(40, 4));
});
