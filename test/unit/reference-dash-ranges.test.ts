// A range of labels written with a dash (`пункты 4–5 раздела решает выше`, `considering c)–e) above`, `les points 4-5
// du décide`, `上文做出决议第4－5段`, ITU's Russian and French typography and a hyphen typed for the dash) names both
// ends, as `4 to 5` does, in the six languages. Before, the reader took the label after the dash alone (or, for
// `resolves 4-5 above`, nothing): the numbering fix relettered one end (`4–5` became `4–4`, `c)–e)` became `b)–e)`),
// and a missing first end went unreported, the message quoting half the range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { clauseReferenceMatches, referenceMatches } from '../../server/src/core/lang/references';

interface Case {
  lang: string;
  /** A Resolution: a lettered call (`letters` a, c, d, e: a gap at b) and a numbered call (1, 3, 4, 5: a gap at 2); `{L}` and `{N}` the references. */
  text: (letters: string, numbers: string) => string;
  /** The lettered list's labels a) to e) as the language writes them. */
  labels: string[];
  /** Writes the reference to a range of the lettered call (labels as written) and of the numbered call. */
  lettered: (from: string, dash: string, to: string) => string;
  numbered: (from: string, dash: string, to: string) => string;
}

const CASES: Case[] = [
  {
    lang: 'en', labels: ['a)', 'b)', 'c)', 'd)', 'e)'],
    lettered: (f, d, t) => `considering ${f}${d}${t} above`, numbered: (f, d, t) => `resolves ${f}${d}${t} above`,
    text: (l, n) => ['RESOLUTION 99 (Rev. Dubai, 2012)', 'Title', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'considering',
      'a)\tthat spam is a problem;', 'c)\tthat spam costs money;', 'd)\tthat users need protection;', 'e)\tthat work goes on,', 'resolves',
      '1\tto study;', `3\tto take into account ${l};`, `4\tto apply ${n};`, '5\tto report.', ''].join('\n'),
  },
  {
    lang: 'fr', labels: ['a)', 'b)', 'c)', 'd)', 'e)'],
    lettered: (f, d, t) => `des alinéas ${f}${d}${t} du considérant ci-dessus`, numbered: (f, d, t) => `des points ${f}${d}${t} du décide ci-dessus`,
    text: (l, n) => ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', 'Titre', 'L\'Assemblée mondiale de normalisation des télécommunications (Dubaï, 2012),', 'considérant',
      'a)\tque le spam est un problème;', 'c)\tque le spam coûte cher;', 'd)\tque les utilisateurs ont besoin de protection;', 'e)\tque les travaux continuent,', 'décide',
      '1\td\'étudier;', `3\tde tenir compte ${l};`, `4\td'appliquer ${n};`, '5\tde faire rapport.', ''].join('\n'),
  },
  {
    lang: 'es', labels: ['a)', 'b)', 'c)', 'd)', 'e)'],
    lettered: (f, d, t) => `los considerandos ${f}${d}${t} anteriores`, numbered: (f, d, t) => `los puntos ${f}${d}${t} del resuelve anterior`,
    text: (l, n) => ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Dubái, 2012),', 'considerando',
      'a)\tque el spam es un problema;', 'c)\tque el spam cuesta dinero;', 'd)\tque los usuarios necesitan protección;', 'e)\tque los trabajos continúan,', 'resuelve',
      '1\testudiar;', `3\ttener en cuenta ${l};`, `4\taplicar ${n};`, '5\tinformar.', ''].join('\n'),
  },
  {
    lang: 'ru', labels: ['а)', 'б)', 'в)', 'г)', 'д)'],
    lettered: (f, d, t) => `пункты ${f}${d}${t} раздела учитывая выше`, numbered: (f, d, t) => `пункты ${f}${d}${t} раздела решает выше`,
    text: (l, n) => ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', 'Название', 'Всемирная ассамблея по стандартизации электросвязи (Дубай, 2012 г.),', 'учитывая',
      'а)\tчто спам является проблемой;', 'в)\tчто спам стоит денег;', 'г)\tчто пользователи нуждаются в защите;', 'д)\tчто работа продолжается,', 'решает',
      '1\tизучить;', `3\tучитывать ${l};`, `4\tвыполнять ${n};`, '5\tпредставить отчет.', ''].join('\n'),
  },
  {
    lang: 'zh', labels: ['a)', 'b)', 'c)', 'd)', 'e)'],
    lettered: (f, d, t) => `上文考虑到${f}${d}${t}`, numbered: (f, d, t) => `上文做出决议第${f}${d}${t}段`,
    text: (l, n) => ['第99号决议（2012年，迪拜，修订版）', '标题', '世界电信标准化全会（2012年，迪拜），', '考虑到',
      'a)\t垃圾信息是一个问题；', 'c)\t垃圾信息使运营商付出代价；', 'd)\t用户需要保护；', 'e)\t工作仍在继续，', '做出决议',
      '1\t开展研究；', `3\t考虑${l}所述问题；`, `4\t落实${n}；`, '5\t提交报告。', ''].join('\n'),
  },
  {
    lang: 'ar', labels: ['أ )', 'ب)', 'ج )', 'د )', 'هـ)'],
    lettered: (f, d, t) => `الفقرات ${f}${d}${t} من إذ تضع في اعتبارها أعلاه`, numbered: (f, d, t) => `البنود ${f}${d}${t} من تقرر أعلاه`,
    text: (l, n) => ['القرار 99 (المراجَع في دبي، 2012)', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2012)،', 'إذ تضع في اعتبارها',
      'أ )\tأن الرسائل الاقتحامية مشكلة؛', 'ج )\tأن الرسائل الاقتحامية مكلفة؛', 'د )\tأن المستعملين بحاجة إلى الحماية؛', 'هـ)\tأن العمل مستمر،', 'تقرر',
      '1\tالدراسة؛', `3\tمراعاة ${l}؛`, `4\tتطبيق ${n}؛`, '5\tتقديم تقرير.', ''].join('\n'),
  },
];

/** The dashes a range is written with: en dash (set tight or spaced, ITU's typography), hyphen-minus (typed), minus sign, non-breaking hyphen, em dash, full-width hyphen-minus. */
const DASHES = ['–', ' – ', '-', '−', '\u2011', '—', '－'];

const compact = (s: string) => s.replace(/[ \u00A0](?=\))/g, '');

for (const c of CASES) {
  for (const dash of DASHES) {
    test(`${c.lang}: a range written with ${JSON.stringify(dash)} names both its ends, and the numbering fixes carry both`, () => {
      const L = c.labels;
      const lettered = c.lettered(compact(L[2]), dash, compact(L[4]));
      const numbered = c.numbered('4', dash, '5');
      const doc = parseDocument(c.text(lettered, numbered));
      // Both references read, each with both ends.
      assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((t) => compact(t.label))), [[compact(L[2]), compact(L[4])], ['4', '5']]);
      // The fixes of the two gaps (b) and 2 missing) reletter both ends of each range.
      let text = doc.text;
      for (let k = 0; k < 2; k++) {
        const f = checkDocument(parseDocument(text)).find((x) => x.code === 'numbering.gap' && x.fix);
        assert.ok(f, `a gap to fix (${k})`);
        text = applyEdits(text, f.fix!.edits);
      }
      const lines = compact(text).split('\n');
      // The items after each gap move up: resolves 3 is 2 now.
      assert.equal(lines[10], `2\t${c.text(compact(c.lettered(compact(L[1]), dash, compact(L[3]))), '').split('\n')[10].slice(2)}`, `the lettered range follows: ${lines[10]}`);
      assert.ok(lines[11].includes(c.numbered('3', dash, '4')), `the numbered range follows: ${lines[11]}`);
      assert.deepEqual(checkDocument(parseDocument(text)).map((f) => f.code), []);
    });
  }

  test(`${c.lang}: a dashed range whose first end names no item is reported, quoting the whole range`, () => {
    const L = c.labels;
    // b) and 2 are no items: the first ends of the ranges.
    const doc = parseDocument(c.text(c.lettered(compact(L[1]), '–', compact(L[3])), c.numbered('2', '–', '4')));
    const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
    assert.equal(unresolved.length, 2, unresolved.map((f) => f.message).join('\n'));
    assert.ok(unresolved[0].message.includes(`${compact(L[1])}–${compact(L[3])}`), unresolved[0].message);
    assert.ok(unresolved[1].message.includes('2–4'), unresolved[1].message);
  });
}

test('a dash that joins no two labels makes no range: prose after a reference, a year, a count', () => {
  for (const text of [
    'considering c) above – that is, the cost',
    'resolves 4 above – 2016',
    'in resolves 4 – 12 months after',
  ]) {
    const doc = parseDocument(CASES[0].text(text, 'resolves 4 above'));
    const refs = doc.views.new.references.map((r) => r.targets.map((t) => t.label));
    assert.deepEqual(refs[0], text.startsWith('considering') ? ['c)'] : ['4'], `${text}: ${JSON.stringify(refs)}`);
  }
});

test('clause references read a dashed range of clauses too, and a dash in prose or in a number stays what it was', () => {
  const clauses = (t: string) => clauseReferenceMatches(t).map((m) => m.targets.map((x) => x.label));
  const refs = (t: string) => referenceMatches(t).map((m) => m.targets.map((x) => x.label));
  assert.deepEqual(clauses('see clauses 1.2–1.7 above'), [['1.2', '1.7']]);
  assert.deepEqual(clauses('voir les § 2.3-2.5 ci-dessous'), [['2.3', '2.5']]);
  assert.deepEqual(clauses('见第2.3－2.5节'), [['2.3', '2.5']]);
  assert.deepEqual(clauses('see clause 5 - Requirements'), [['5']]);
  assert.deepEqual(refs('ITU-T X.1231-2 above'), []);
  assert.deepEqual(refs('see Table 2-1 above'), []);
  assert.deepEqual(refs('considering the years 2012–2016 above'), []);
  assert.deepEqual(refs('resolves 2 above - 3 administrations'), [['2']]);
});
