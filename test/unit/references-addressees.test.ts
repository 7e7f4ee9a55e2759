// References that name an operative call by its addressee, in the forms a Resolution writes them: abbreviated
// (`instructs the Director of TSB 3 above` for `instructs the Director of the Telecommunication Standardization
// Bureau`, `le Directeur du BDT`, `Директору БСЭ`), without the hyphen (`the Secretary General`), in Russian and
// Arabic (which write no article before the addressee), a label written with its suffix apart (`4 bis`); and prose
// that is none (`in resolves 12 months after`). Generated: Resolutions in five languages whose operative calls
// name several addressees, each with its own items, and references in every form to an item of one of them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { referenceMatches } from '../../server/src/core/lang/references';
import { random } from '../corpus';

type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar';

interface Language {
  head: string[];
  /** The operative phrase every generated call opens with. */
  phrase: string;
  /** Each addressee's forms: as a call line or a reference may write it. */
  addressees: string[][];
  /** The call whose items hold the references (its phrase numbers no items of the others). */
  last: string;
  /** A reference to item `label` of call `call` (phrase and addressee), in each form the language writes. */
  forms: ((call: string, label: string) => string)[];
  /** An item's text (`k`: a mark that tells which call and item it is). */
  item: (k: string) => string;
  /** Prose with a count after a call (`in resolves 12 months after`): no reference. */
  counts: ((n: number) => string)[];
  /** An addressee no call of the Resolution has: a reference to it is prose (not kept, not reported). */
  other: string;
}

const LANGUAGES: Record<Lang, Language> = {
  en: {
    head: ['RESOLUTION 1 (Rev. Dubai, 2012)', 'Title', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'resolves', '1\tto act;'],
    phrase: 'instructs',
    addressees: [
      ['the Secretary-General', 'the Secretary General'],
      ['the Director of the Telecommunication Standardization Bureau', 'the Director of TSB', 'the Director of the TSB', 'the TSB Director'],
      ['the Director of the Radiocommunication Bureau', 'the Director of BR', 'the BR Director'],
      ['the Director of the Telecommunication Development Bureau', 'the Director of BDT', 'the Director of the BDT'],
    ],
    last: 'invites Member States',
    forms: [
      (call, label) => `to act as set out in ${call} ${label} above;`,
      (call, label) => `to act under ${label} of ${call} above;`,
      (call, label) => `to follow what is referred to in ${call} ${label};`,
    ],
    item: (k) => `to do task ${k};`,
    other: 'the ITU Council',
    counts: [(n) => `to report in resolves ${n} months after the assembly;`, (n) => `to act in resolves ${n} years from now;`],
  },
  fr: {
    head: ['RÉSOLUTION 1 (Rév. Dubaï, 2012)', 'Titre', "L'Assemblée mondiale de normalisation des télécommunications (Dubaï, 2012),", 'décide', '1\td\'agir;'],
    phrase: 'charge',
    addressees: [
      ['le Secrétaire général', 'le Secrétaire-général'],
      ['le Directeur du Bureau de la normalisation des télécommunications', 'le Directeur du TSB'],
      ['le Directeur du Bureau des radiocommunications', 'le Directeur du BR'],
      ['le Directeur du Bureau de développement des télécommunications', 'le Directeur du BDT'],
    ],
    last: 'invite les États Membres',
    forms: [
      (call, label) => `d'agir selon ${call} ${label} ci-dessus;`,
      (call, label) => `d'agir selon le point ${label} du ${call} ci-dessus;`,
      (call, label) => `d'appliquer ce qui est prévu dans ${call} ${label};`,
    ],
    item: (k) => `d'accomplir la tâche ${k};`,
    other: 'le Conseil',
    counts: [(n) => `de faire rapport dans décide ${n} mois après l'Assemblée;`],
  },
  es: {
    head: ['RESOLUCIÓN 1 (Rev. Dubái, 2012)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Dubái, 2012),', 'resuelve', '1\tactuar;'],
    phrase: 'encarga',
    addressees: [
      ['al Secretario General', 'al Secretario-General'],
      ['al Director de la Oficina de Normalización de las Telecomunicaciones', 'al Director de la TSB'],
      ['al Director de la Oficina de Radiocomunicaciones', 'al Director de la BR'],
      ['al Director de la Oficina de Desarrollo de las Telecomunicaciones', 'al Director de la BDT'],
    ],
    last: 'invita a los Estados Miembros',
    forms: [
      (call, label) => `actuar según ${call} ${label} anterior;`,
      (call, label) => `actuar según el punto ${label} del ${call} anterior;`,
      (call, label) => `aplicar lo previsto en ${call} ${label};`,
    ],
    item: (k) => `realizar la tarea ${k};`,
    other: 'al Consejo',
    counts: [(n) => `informar en resuelve ${n} meses después de la Asamblea;`],
  },
  ru: {
    head: ['РЕЗОЛЮЦИЯ 1 (Пересм. Дубай, 2012 г.)', 'Название', 'Всемирная ассамблея по стандартизации электросвязи (Дубай, 2012 г.),', 'решает', '1\tдействовать;'],
    phrase: 'поручает',
    addressees: [
      ['Генеральному секретарю'],
      ['Директору Бюро стандартизации электросвязи', 'Директору БСЭ'],
      ['Директору Бюро радиосвязи', 'Директору БР'],
      ['Директору Бюро развития электросвязи', 'Директору БРЭ'],
    ],
    last: 'предлагает Государствам-Членам',
    forms: [
      (call, label) => `действовать согласно ${call} ${label} выше;`,
      (call, label) => `действовать в соответствии с пунктом ${label} раздела ${call}, выше;`,
      (call, label) => `действовать в соответствии с пунктом ${label} раздела ${call};`,
    ],
    item: (k) => `выполнить задачу ${k};`,
    other: 'Совету МСЭ',
    counts: [(n) => `представить отчет в течение решает ${n} месяцев после ассамблеи;`],
  },
  ar: {
    head: ['القرار 1 (المراجَع في دبي، 2012)', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2012)،', 'تقرر', '1\tأن تعمل؛'],
    phrase: 'يكلف',
    addressees: [
      ['الأمين العام'],
      ['مدير مكتب تقييس الاتصالات'],
      ['مدير مكتب الاتصالات الراديوية'],
      ['مدير مكتب تنمية الاتصالات'],
    ],
    last: 'تدعو الدول الأعضاء',
    forms: [
      (call, label) => `أن تعمل كما ورد في ${call} ${label} أعلاه؛`,
      (call, label) => `أن تعمل وفقاً للبند ${label} من ${call} أعلاه؛`,
      (call, label) => `أن تعمل كما ورد في البند ${label} من ${call}؛`,
    ],
    item: (k) => `أن تنجز المهمة ${k}؛`,
    other: 'مجلس الاتحاد',
    counts: [(n) => `أن تقدم تقريراً في تقرر ${n} شهراً بعد الجمعية؛`],
  },
};

/** A generated Resolution: its text, and the reference's target (call index and label) or none where it names no item. */
function generated(lang: Lang, seed: number): { text: string; call: number; label: string; exists: boolean; form: number; written: string } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const L = LANGUAGES[lang];
  // Two to four of the addressees, in some order, each with one to four items (some with a `bis` item after its 2).
  const order = L.addressees.map((_, i) => i).sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 3));
  const lines = [...L.head];
  const items = new Map<number, string[]>();
  for (const a of order) {
    lines.push(`${L.phrase} ${pick(L.addressees[a])}`);
    const labels = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, k) => String(k + 1));
    if (labels.length > 2 && next() < 0.4) labels.splice(2, 0, '2bis');
    items.set(a, labels);
    for (const label of labels) lines.push(`${label}\t${L.item(`${a}-${label}`)}`);
  }
  const call = pick(order);
  const own = items.get(call)!;
  // An item of the call, or one it does not have (its next number): reported unresolved.
  const exists = next() < 0.75;
  const label = exists ? pick(own) : String(own.filter((l) => /^\d+$/.test(l)).length + 1);
  const form = Math.floor(next() * L.forms.length);
  // `2bis` as a reference may write it, its suffix apart.
  const written = label.endsWith('bis') && next() < 0.5 ? label.replace('bis', ' bis') : label;
  // Prose after it: the same form naming an addressee no call has.
  lines.push(L.last, `1\t${L.forms[form](`${L.phrase} ${pick(L.addressees[call])}`, written)}`, `2\t${pick(L.forms)(`${L.phrase} ${L.other}`, '1')}`, '');
  return { text: lines.join('\n'), call, label, exists, form, written };
}

describe('references to an operative call by its addressee, in five languages (generated)', () => {
  for (const lang of Object.keys(LANGUAGES) as Lang[]) {
    test(`${lang}: every form names the item of its own call, or is reported where the call has no such item`, () => {
      const reached = new Set<string>();
      for (let seed = 1; seed <= 150; seed++) {
        const g = generated(lang, seed * 31 + lang.length);
        const doc = parseDocument(g.text);
        const view = doc.views.new;
        const [item, prose] = view.paragraphs.filter((p) => p.text.trim() !== '').slice(-2);
        const refs = view.references.filter((r) => r.paragraph === item);
        assert.deepEqual(view.references.filter((r) => r.paragraph === prose).map((r) => r.addressee), [], `${lang} seed ${seed}: ${prose.text}`);
        const where = `${lang} seed ${seed} form ${g.form}:\n${g.text}`;
        assert.equal(refs.length, 1, `${where}\nread: ${JSON.stringify(view.references.map((r) => [r.phrase, r.addressee, r.targets.map((t) => t.label)]))}`);
        const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
        if (g.exists) {
          assert.deepEqual(unresolved.map((f) => f.message), [], where);
          const target = resolveTarget(view, refs[0], refs[0].targets[0].label);
          assert.ok(target?.paragraph.text.includes(`${g.call}-${g.label}`), `${where}\nresolved to: ${target?.paragraph.text}`);
        } else assert.equal(unresolved.length, 1, where);
        reached.add(`${g.form}:${g.exists}:${g.written.includes(' ')}`);
      }
      // Every form, found and not found, and a `bis` label written apart, were generated.
      for (let form = 0; form < LANGUAGES[lang].forms.length; form++) for (const exists of [true, false]) assert.ok(reached.has(`${form}:${exists}:false`), `${lang} form ${form} ${exists}`);
      assert.ok([...reached].some((r) => r.endsWith(':true')), `${lang}: a label written 2 bis`);
    });

    test(`${lang}: a number that counts after a call is prose, not a reference`, () => {
      for (const count of LANGUAGES[lang].counts) {
        for (const n of [1, 2, 3, 6, 12, 18, 24]) assert.deepEqual(referenceMatches(count(n)), [], count(n));
      }
    });
  }

  test('the counted words stop only a count: a number before another word is still a reference', () => {
    assert.deepEqual(referenceMatches('the procedure referred to in instructs the ITU Council 2 should include').map((r) => r.targets.map((t) => t.label)), [['2']]);
    assert.deepEqual(referenceMatches('the conferences mentioned in resolves 4 bis should be held').map((r) => r.targets.map((t) => t.label)), [['4 bis']]);
    assert.deepEqual(referenceMatches('to act under resolves 4 bis above').map((r) => r.targets.map((t) => t.label)), [['4 bis']]);
  });
});
