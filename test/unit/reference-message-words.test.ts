// reference.unresolved quotes a reference in the words the document uses. RefMatch.direction is `above` or `below`
// in every language, and the message rebuilt `call label direction` from it when the written reference was plain
// ASCII (`recommande 3 ci-dessus` came out as `"recommande 3 above" names no item …`, `considerando d) anterior` as
// `"considerando d) above"`) or held revision marks (`considérant {~~c~>d~~}) ci-dessus` as `"considérant d) above"`,
// `上文考虑到{~~c~>d~~})` as `"考虑到 d) above"`). Generated over the six languages, each of their direction words (before
// the call in Chinese), the phrase-first and labels-first forms, Resolutions and Recommendations, with and without marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { LANGUAGES, REFERENCE_WORDS, type Lang } from '../../server/src/core/lang/tables';

interface Edition {
  /** A Resolution's head lines, or a Recommendation's, down to its considering call. */
  resolution: string[];
  recommendation: string[];
  considering: string;
  /** The operative call (`resolves`, `recommends`) of each. */
  resolves: string;
  recommends: string;
  /** The labels of the considering list (three) and the one it lacks. */
  letters: [string, string, string, string];
  /** The labels-first form (`{L}`: the labels; `{C}` the call), where the language writes one. */
  labelsFirst?: string;
}

const LATIN: Edition['letters'] = ['a)', 'b)', 'c)', 'd)'];
const EDITIONS: Record<Lang, Edition> = {
  en: { resolution: ['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'],
    recommendation: ['Recommendation ITU-R RA.314-10', '', 'The ITU Radiocommunication Assembly,'], considering: 'considering', resolves: 'resolves', recommends: 'recommends',
    letters: LATIN, labelsFirst: '{L} of {C}' },
  fr: { resolution: ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', '', 'L\'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),'],
    recommendation: ['Recommandation UIT-R RA.314-10', '', 'L\'Assemblée des radiocommunications de l\'UIT,'], considering: 'considérant', resolves: 'décide', recommends: 'recommande',
    letters: LATIN, labelsFirst: 'l\'alinéa {L} du {C}' },
  es: { resolution: ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', '', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),'],
    recommendation: ['Recomendación UIT-R RA.314-10', '', 'La Asamblea de Radiocomunicaciones de la UIT,'], considering: 'considerando', resolves: 'resuelve', recommends: 'recomienda',
    letters: LATIN, labelsFirst: 'el apartado {L} del {C}' },
  ru: { resolution: ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', '', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),'],
    recommendation: ['Рекомендация МСЭ-R RA.314-10', '', 'Ассамблея радиосвязи МСЭ,'], considering: 'учитывая', resolves: 'решает', recommends: 'рекомендует',
    letters: LATIN, labelsFirst: 'пункт {L} раздела {C}' },
  zh: { resolution: ['第99号决议（2012年，迪拜，修订版）', '', '世界电信标准化全会（2016年，哈马马特），'],
    recommendation: ['ITU-R RA.314-10建议书', '', '国际电联无线电通信全会，'], considering: '考虑到', resolves: '做出决议', recommends: '建议', letters: LATIN },
  ar: { resolution: ['القرار 99 (المراجَع في دبي، 2012)', '', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،'],
    recommendation: ['التوصية ITU-R RA.314-10', '', 'إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات،'], considering: 'إذ تضع في اعتبارها', resolves: 'تقرر', recommends: 'توصي',
    letters: ['أ)', 'ب)', 'ج)', 'د)'], labelsFirst: 'الفقرة {L} من {C}' },
};

/** The words for above and below the language writes, and whether they stand before the call (Chinese). */
function directionWords(lang: Lang): { word: string; before: boolean; english: 'above' | 'below' }[] {
  const w = REFERENCE_WORDS[lang];
  return [
    ...w.above.map((word) => ({ word, before: false, english: 'above' as const })),
    ...w.below.map((word) => ({ word, before: false, english: 'below' as const })),
    ...(w.aboveBefore ?? []).map((word) => ({ word, before: true, english: 'above' as const })),
    ...(w.belowBefore ?? []).map((word) => ({ word, before: true, english: 'below' as const })),
  ];
}

/** A Resolution (or Recommendation) with considering a) to c), whose operative item 1 holds `reference`. */
function text(e: Edition, recommendation: boolean, reference: string): string {
  const [a, b, c] = e.letters;
  return [...(recommendation ? e.recommendation : e.resolution), e.considering, `${a}\tx 1;`, `${b}\tx 2;`, `${c}\tx 3;`,
    recommendation ? e.recommends : e.resolves, `1\tq ${reference} z;`, '2\tw.', ''].join('\n');
}

/** The reference to the label `label` in a form, with a direction word. */
function reference(e: Edition, form: 'phrase' | 'labels', label: string, d: { word: string; before: boolean }): string {
  if (d.before) return `${d.word}${e.considering}${label}`;
  return form === 'phrase' ? `${e.considering} ${label} ${d.word}` : `${e.labelsFirst!.replace('{L}', label).replace('{C}', e.considering)} ${d.word}`;
}

test('generated: reference.unresolved quotes a reference with the direction word it writes, in every language, form and direction word, marked or not', () => {
  let cases = 0;
  for (const lang of LANGUAGES) {
    const e = EDITIONS[lang];
    const [, , c, d] = e.letters;
    // A substitution of the missing label for the last one (`{~~c~>d~~})`): the new text names d), which is missing.
    const marked = `{~~${c.slice(0, -1)}~>${d.slice(0, -1)}~~})`;
    for (const dir of directionWords(lang)) {
      for (const form of dir.before || !e.labelsFirst ? (['phrase'] as const) : (['phrase', 'labels'] as const)) {
        for (const recommendation of [false, true]) {
          for (const withMarks of [false, true]) {
            const written = reference(e, form, withMarks ? marked : d, dir);
            const doc = parseDocument(text(e, recommendation, written));
            const line = doc.text.split('\n').find((l) => l.startsWith('1\t'))!;
            const what = `${lang} ${form} ${recommendation ? 'Recommendation' : 'Resolution'} ${withMarks ? 'marked' : 'plain'}: ${written}`;
            const messages = checkDocument(doc).filter((f) => f.code === 'reference.unresolved').map((f) => f.message);
            assert.equal(messages.length, 1, `${what}: ${messages.join(' | ')}`);
            const quoted = /^"([^"]+)"/.exec(messages[0])?.[1];
            assert.ok(quoted, `${what}: ${messages[0]}`);
            // The direction word as written, where the language writes it; not the English one in another language.
            assert.ok(dir.before ? quoted.startsWith(dir.word) : quoted.endsWith(` ${dir.word}`), `${what}: ${messages[0]}`);
            if (lang !== 'en') assert.ok(!/\b(above|below)\b/.test(quoted), `${what}: ${messages[0]}`);
            assert.ok(quoted.includes(d) && quoted.includes(e.considering) && !/[{}~]/.test(quoted), `${what}: ${messages[0]}`);
            // Without marks, another language's reference is quoted as the line writes it (an English one by its call, label and direction).
            if (!withMarks) assert.ok(lang === 'en' ? quoted === `${e.considering} ${d} ${dir.english}` : line.includes(quoted), `${what}: ${messages[0]}`);
            cases++;
          }
        }
      }
    }
  }
  assert.ok(cases >= 100, `${cases} cases`);
});

test('`recommande 3 ci-dessus` and `resuelve 3 anterior` (plain ASCII) are quoted as written, not as `… 3 above`', () => {
  const recommends = text(EDITIONS.fr, true, 'recommande 3 ci-dessus');
  assert.deepEqual(checkDocument(parseDocument(recommends)).filter((f) => f.code === 'reference.unresolved').map((f) => f.message.split('.')[0]),
    ['"recommande 3 ci-dessus" names no item of this Recommendation']);
  const resolves = text(EDITIONS.es, false, 'resuelve 3 anterior');
  assert.deepEqual(checkDocument(parseDocument(resolves)).filter((f) => f.code === 'reference.unresolved').map((f) => f.message.split('.')[0]),
    ['"resuelve 3 anterior" names no item of this Resolution']);
  // English as it was: by its call, label and direction.
  const en = text(EDITIONS.en, false, 'resolves 3 above');
  assert.deepEqual(checkDocument(parseDocument(en)).filter((f) => f.code === 'reference.unresolved').map((f) => f.message.split('.')[0]),
    ['"resolves 3 above" names no item of this Resolution']);
});

test('generated: reference.stale names a reference that holds revision marks with the direction word the new text writes', () => {
  let cases = 0;
  for (const lang of LANGUAGES) {
    const e = EDITIONS[lang];
    const [a, b, c, d] = e.letters;
    const words = directionWords(lang);
    const letter = (l: string) => l.slice(0, -1);
    // Not Chinese's: a substitution of the word before the call moves the reference's start, and reference.stale pairs
    // the old text's references with the new one's by their start (the message's Chinese form is the unresolved test's).
    for (const from of words.filter((w) => !w.before)) {
      for (const to of words.filter((w) => !w.before && w.english !== from.english)) {
        // Its direction word changed by a substitution; its label b), in text in force, now names the inserted item's neighbour.
        const change = `{~~${from.word}~>${to.word}~~}`;
        const ref = `${e.considering} ${b} ${change}`;
        const text = [...e.resolution, e.considering, `{++${a}\tx 0;++}`, `{~~${letter(a)}~>${letter(b)}~~})\tx 1;`, `{~~${letter(b)}~>${letter(c)}~~})\tx 2;`,
          `{~~${letter(c)}~>${letter(d)}~~})\tx 3;`, e.resolves, `1\tq ${ref} z;`, '2\tw.', ''].join('\n');
        const stale = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.stale').map((f) => f.message);
        const what = `${lang}: ${ref}`;
        assert.equal(stale.length, 1, `${what}: ${stale.join(' | ')}`);
        const quoted = /^"([^"]+)"/.exec(stale[0])![1];
        assert.equal(quoted, `${e.considering} ${b} ${to.word}`, `${what}: ${stale[0]}`);
        cases++;
      }
    }
  }
  assert.ok(cases >= 20, `${cases} cases`);
});
