// An ITU-R Recommendation in the six languages reads as the English one does (recommends-references.test.ts): its
// formula (`L'Assemblée des radiocommunications de l'UIT,`, `La Asamblea de Radiocomunicaciones de la UIT,`, `Ассамблея
// радиосвязи МСЭ,`, `国际电联无线电通信全会，`, `إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات،`: the editions of
// RA.314-10, provisions.test.ts) opens its calls, so `recommande 3 ci-dessus`, `le point 2.1 du recommande`, `del
// recomienda 2`, `пункт 2 раздела рекомендует выше`, `البند 2 من توصي أعلاه`, `上文建议第2段` and the considering
// items name its items, and reference.unresolved names one it lacks. Before, only the English formula was read: the
// others gave no calls and their references named nothing. Chinese also names an item `第N段` after any call
// (`上文做出决议第3段`), as its clause references do (`第2.3段`); a count after a call stays no reference.
// Generated: Recommendations of random shape in each language, references to items they have and do not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { isCallFormula } from '../../server/src/core/kinds';
import { LANGUAGES, REFERENCE_WORDS, TABLES, type Lang } from '../../server/src/core/lang/tables';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

interface Edition {
  head: string;
  formula: string;
  considering: string;
  recommends: string;
  letters: string[];
  /** The references to a recommends item (`N`) this language writes, and to a considering item (`L`). */
  numbered: string[];
  lettered: string;
}

const LATIN = 'abcdefghjklmnop'.split('');
const ARABIC = ['أ)', 'ب)', 'ج)', 'د)', 'ه)', 'و)', 'ز)', 'ح)'];
const above = (lang: Lang) => REFERENCE_WORDS[lang].above[0];

// RA.314-10's head, formula and calls in each edition (provisions.test.ts); the reference words from REFERENCE_WORDS.
const EDITIONS: Record<Lang, Edition> = {
  en: { head: 'Recommendation ITU-R RA.314-10', formula: 'The ITU Radiocommunication Assembly,', considering: 'considering', recommends: 'recommends', letters: LATIN.map((l) => `${l})`),
    numbered: ['recommends N above', 'in recommends N'], lettered: 'considering L above' },
  fr: { head: 'Recommandation UIT-R RA.314-10', formula: 'L\'Assemblée des radiocommunications de l\'UIT,', considering: 'considérant', recommends: 'recommande', letters: LATIN.map((l) => `${l})`),
    numbered: [`recommande N ${above('fr')}`, 'du recommande N', 'le point N du recommande', `au point N du recommande ${above('fr')}`], lettered: `considérant L ${above('fr')}` },
  es: { head: 'Recomendación UIT-R RA.314-10', formula: 'La Asamblea de Radiocomunicaciones de la UIT,', considering: 'considerando', recommends: 'recomienda', letters: LATIN.map((l) => `${l})`),
    numbered: [`recomienda N ${above('es')}`, 'del recomienda N', 'el punto N del recomienda'], lettered: `considerando L ${above('es')}` },
  ru: { head: 'Рекомендация МСЭ-R RA.314-10', formula: 'Ассамблея радиосвязи МСЭ,', considering: 'учитывая', recommends: 'рекомендует', letters: LATIN.map((l) => `${l})`),
    numbered: [`рекомендует N ${above('ru')}`, `пункт N раздела рекомендует ${above('ru')}`], lettered: `учитывая L ${above('ru')}` },
  ar: { head: 'التوصية ITU-R RA.314-10', formula: 'إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات،', considering: 'إذ تضع في اعتبارها', recommends: 'توصي', letters: ARABIC,
    numbered: [`توصي N ${above('ar')}`, `البند N من توصي ${above('ar')}`], lettered: `إذ تضع في اعتبارها L ${above('ar')}` },
  zh: { head: 'ITU-R RA.314-10建议书', formula: '国际电联无线电通信全会，', considering: '考虑到', recommends: '建议', letters: LATIN.map((l) => `${l})`),
    numbered: ['上文建议N', '上文建议第N段'], lettered: '上文考虑到L' },
};

interface Shape {
  letters: number;
  subs: number[];
}

function recommendation(e: Edition, shape: Shape, reference: string): string {
  const out = [e.head, '', e.formula, e.considering];
  for (let k = 0; k < shape.letters; k++) out.push(`${e.letters[k]}\tx ${k + 1};`);
  out.push(e.recommends);
  shape.subs.forEach((n, k) => {
    out.push(`${k + 1}\ty ${k + 1}${n ? ':' : ';'}`);
    for (let j = 1; j <= n; j++) out.push(`${k + 1}.${j}\tz ${j};`);
  });
  // The reference, in a last item of its own (the words around it keep it apart from the labels).
  out.push(`${shape.subs.length + 1}\t${reference}.`);
  return out.join('\n') + '\n';
}

function has(e: Edition, shape: Shape, lettered: boolean, label: string): boolean {
  if (lettered) return e.letters.slice(0, shape.letters).includes(label);
  const [n, sub] = label.split('.').map(Number);
  if (n === shape.subs.length + 1) return sub === undefined;
  return n >= 1 && n <= shape.subs.length && (sub === undefined || (sub >= 1 && sub <= shape.subs[n - 1]));
}

for (const lang of LANGUAGES) {
  const e = EDITIONS[lang];
  test(`generated, ${lang}: recommends N, N.M and considering x) resolve in an ITU-R Recommendation, and name reference.unresolved where it has no such item`, () => {
    const random = seeded(4207 + lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    const pick = (n: number) => Math.floor(random() * n);
    let resolved = 0;
    let unresolved = 0;
    const count = cases(60, 20);
    for (let c = 0; c < count; c++) {
      const shape: Shape = { letters: 1 + pick(6), subs: Array.from({ length: 1 + pick(4) }, () => (random() < 0.4 ? 1 + pick(3) : 0)) };
      const lettered = random() < 0.3;
      const label = lettered ? e.letters[pick(shape.letters + 2)] : random() < 0.4 ? `${1 + pick(shape.subs.length + 1)}.${1 + pick(4)}` : `${1 + pick(shape.subs.length + 2)}`;
      const form = lettered ? e.lettered : e.numbered[pick(e.numbered.length)];
      const reference = form.replace('N', label).replace('L', label);
      const text = recommendation(e, shape, reference);
      const doc = parseDocument(text);
      const view = doc.views.new;
      const call = lettered ? e.considering : e.recommends;
      assert.deepEqual(view.references.map((r) => [r.phrase, r.targets.map((t) => t.label)]), [[call, [label]]], `${reference}\n${text}`);
      const exists = has(e, shape, lettered, label);
      const item = resolveTarget(view, view.references[0], label);
      assert.equal(item !== undefined, exists, `${reference}\n${text}`);
      const found = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
      assert.equal(found.length, exists ? 0 : 1, `${reference}\n${text}`);
      if (exists) resolved++;
      else unresolved++;
    }
    // Both outcomes are generated.
    assert.ok(resolved >= count / 5 && unresolved >= count / 5, `${resolved} ${unresolved}`);
  });
}

test('the enacting formula in each language opens the calls; a line that only ends with a comma does not', () => {
  const formulas: Record<Lang, string[]> = {
    en: ['The ITU Radiocommunication Assembly,', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'],
    // The real formulas: RA.314-10's editions, the fixtures' WTSA-16 and PP-10 formulas.
    fr: ['L\'Assemblée des radiocommunications de l\'UIT,', 'L\'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),', 'L’Assemblée des radiocommunications de l’UIT,'],
    es: ['La Asamblea de Radiocomunicaciones de la UIT,', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),'],
    ru: ['Ассамблея радиосвязи МСЭ,', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),', 'Полномочная конференция Международного союза электросвязи (Гвадалахара, 2010 г.),'],
    zh: ['国际电联无线电通信全会，', '世界电信标准化全会（2016年，哈马马特），'],
    ar: ['إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات،', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،'],
  };
  for (const lang of LANGUAGES) {
    for (const f of formulas[lang]) assert.ok(isCallFormula(f), `${lang}: ${f}`);
    // Not a formula: a list item, a line ending otherwise, a sentence before the comma.
    const f = formulas[lang][0];
    const comma = f.slice(-1);
    for (const not of [`a)\t${f}`, f.slice(0, -1) + '.', f.slice(0, -1), `${f.slice(0, -1)}. ${TABLES[lang].operative[0]}${comma}`]) assert.ok(!isCallFormula(not), `${lang}: ${JSON.stringify(not)}`);
  }
  // Lines ITU writes with a comma that name no meeting: items of a considering (draft-*.itu).
  for (const prose of ['que el spam es un problema mundial,', 'les dispositions pertinentes des instruments fondamentaux de l\'UIT,', 'что решение проблемы спама является неотложным вопросом,', '解决垃圾信息问题刻不容缓，', 'أن معالجة مسألة الرسائل الاقتحامية أمر عاجل،']) {
    assert.ok(!isCallFormula(prose), prose);
  }
});

test('Chinese: 上文做出决议第3段 names resolves 3 in a Resolution, a list of paragraphs names each, a count after a call stays no reference', () => {
  const resolution = (reference: string) => ['第99号决议（2012年，迪拜，修订版）', '', '世界电信标准化全会（2016年，哈马马特），', '考虑到',
    'a)\t垃圾信息是一个问题；', '做出决议', '1\t研究；', '2\t报告；', '责成秘书长', '1\t报告；', '2\t报告；', `3\t研究${reference}所述问题。`, ''].join('\n');
  const read = (reference: string) => {
    const doc = parseDocument(resolution(reference));
    return {
      refs: doc.views.new.references.map((r) => [r.phrase, r.addressee ?? '', r.targets.map((t) => t.label)]),
      unresolved: checkDocument(doc).filter((f) => f.code === 'reference.unresolved').length,
    };
  };
  // Over the calls with numbered items, the labels they have and lack, one paragraph or a list of them.
  for (const [call, phrase, addressee] of [['做出决议', '做出决议', ''], ['责成秘书长', '责成', '秘书长']]) {
    for (const [written, labels, missing] of [['第2段', ['2'], 0], ['第4段', ['4'], 1], ['第1和第2段', ['1', '2'], 0], ['第1、2段', ['1', '2'], 0], ['第1至4段', ['1', '4'], 1], ['第2.1段', ['2.1'], 1]] as const) {
      assert.deepEqual(read(`上文${call}${written}`), { refs: [[phrase, addressee, [...labels]]], unresolved: missing }, `上文${call}${written}`);
    }
  }
  // An item typed with a number in use: the numbering fix renumbers the paragraphs named as it does `上文做出决议2`.
  const fixed = (reference: string) => {
    const text = resolution(reference).replace('1\t研究；', '1\t新；\n1\t研究；');
    const fix = checkDocument(parseDocument(text)).find((f) => f.code.startsWith('numbering.') && f.fix)?.fix;
    assert.ok(fix, reference);
    return applyEdits(text, fix.edits).split('\n').at(-2)!;
  };
  assert.match(fixed('上文做出决议第2段'), /上文做出决议第3段/);
  assert.equal(fixed('上文做出决议第1和第2段').replace(/第(\d)/g, '$1').replace('段', ''), fixed('上文做出决议1和2'));
  // Counts, as before: within 3 months, in the 3rd month.
  for (const count of ['在上文做出决议3个月内', '在上文做出决议第3个月内', '上文做出决议第3年']) assert.deepEqual(read(count), { refs: [], unresolved: 0 }, count);
});
