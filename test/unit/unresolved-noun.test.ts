// A reference to an item a text does not have names the text as what it is: a PP Decision (`DECISION 5 (Rev.
// Bucharest, 2022)`) or a WTPF Opinion (`OPINION 2 (Lisbon, 2009)`) has a number line and calls as a Resolution does,
// and reference.unresolved said "names no item of this Resolution" of them (review17, wording). Generated: number
// lines of the three kinds in the six languages as their tables write them, and texts of each kind in English and in
// French (the French bundle installed as the server installs it) with a reference past their last item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, formatMessage, LANGUAGES, parseDocument, setTranslator, TABLES } from '../../server/src/core';
import { numberLineNoun } from '../../server/src/core/checks/references';
import { seeded } from '../support/random';

/** Each kind word of the tables (lang/tables.ts numberKinds), by what it names: the spec this test holds them to. */
const NOUN: Record<string, 'resolution' | 'decision' | 'recommendation' | 'opinion'> = {
  RESOLUTION: 'resolution', DECISION: 'decision', RECOMMENDATION: 'recommendation', OPINION: 'opinion',
  RÉSOLUTION: 'resolution', DÉCISION: 'decision', RECOMMANDATION: 'recommendation', AVIS: 'opinion',
  RESOLUCIÓN: 'resolution', RESOLUCION: 'resolution', DECISIÓN: 'decision', RECOMENDACIÓN: 'recommendation', RECOMENDACION: 'recommendation', OPINIÓN: 'opinion',
  РЕЗОЛЮЦИЯ: 'resolution', РЕЗОЛЮЦИИ: 'resolution', РЕШЕНИЕ: 'decision', РЕШЕНИЯ: 'decision', РЕКОМЕНДАЦИЯ: 'recommendation', РЕКОМЕНДАЦИИ: 'recommendation', МНЕНИЕ: 'opinion', МНЕНИЯ: 'opinion',
  决议: 'resolution', 决定: 'decision', 建议: 'recommendation', 意见: 'opinion',
  القرار: 'resolution', قرار: 'resolution', المقرر: 'decision', مقرر: 'decision', التوصية: 'recommendation', توصية: 'recommendation', الرأي: 'opinion', رأي: 'opinion',
};

test('every kind word of the six languages\' number lines reads as the text it names', () => {
  const rnd = seeded(1818);
  let n = 0;
  for (const lang of LANGUAGES) {
    for (const word of TABLES[lang].numberKinds) {
      const kind = NOUN[word];
      assert.ok(kind, `${lang} ${word}: not in this test's table`);
      for (let k = 0; k < 4; k++) {
        const number = String(1 + Math.floor(rnd() * 200));
        const draft = rnd() < 0.3;
        // As each language writes the line: Chinese puts the number first (`第11号决定`), the others after the word;
        // a draft new text says so first, a revision may be marked.
        const revision = rnd() < 0.5 ? '(Rev. {--Dubai, 2012--}{++Doha, 2026++})' : '(Lisbon, 2009)';
        const line = lang === 'zh'
          ? `第${number}号${draft ? '新' : ''}${word}（${rnd() < 0.5 ? '2026年，多哈' : '修订版'}）`
          : `${draft ? 'DRAFT NEW ' : ''}${rnd() < 0.5 ? word : word[0] + word.slice(1).toLowerCase()} ${number} ${revision}`;
        const want = kind === 'decision' || kind === 'opinion' ? kind : undefined;
        assert.equal(numberLineNoun(line), want, `${lang}: ${line}`);
        n++;
      }
    }
  }
  assert.ok(n > 100);
});

const EN = {
  decision: { line: 'DECISION 5 (Rev. Bucharest, 2022)', formula: 'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),', noun: 'Decision' },
  opinion: { line: 'OPINION 2 (Lisbon, 2009)', formula: 'The fourth World Telecommunication Policy Forum (Lisbon, 2009),', noun: 'Opinion' },
  resolution: { line: 'RESOLUTION 130 (Rev. Bucharest, 2022)', formula: 'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),', noun: 'Resolution' },
};
const FR_TEXTS = {
  decision: { line: 'DÉCISION 5 (Rév. Bucarest, 2022)', formula: 'La Conférence de plénipotentiaires de l\'Union internationale des télécommunications (Bucarest, 2022),', noun: 'cette Décision' },
  opinion: { line: 'AVIS 2 (Lisbonne, 2009)', formula: 'Le quatrième Forum mondial des politiques de télécommunication (Lisbonne, 2009),', noun: 'cet Avis' },
  resolution: { line: 'RÉSOLUTION 130 (Rév. Bucarest, 2022)', formula: 'La Conférence de plénipotentiaires de l\'Union internationale des télécommunications (Bucarest, 2022),', noun: 'cette Résolution' },
};

function text(lang: 'en' | 'fr', kind: keyof typeof EN, items: number, named: number): string {
  const t = (lang === 'en' ? EN : FR_TEXTS)[kind];
  const [call, item, tell, ref] = lang === 'en'
    ? ['considering', (i: number) => `that the item ${i} holds`, 'instructs the Secretary-General', `to report on considering ${String.fromCharCode(0x60 + named)}) above.`]
    : ['considérant', (i: number) => `que le point ${i} est vrai`, 'charge le Secrétaire général', `de faire rapport sur l'alinéa ${String.fromCharCode(0x60 + named)}) du considérant ci-dessus.`];
  const lines = [t.line, lang === 'en' ? 'Title of the text' : 'Titre du texte', t.formula, call];
  for (let i = 1; i <= items; i++) lines.push(`${String.fromCharCode(0x60 + i)})\t${item(i)}${i < items ? ';' : ','}`);
  lines.push(tell, ref);
  return lines.join('\n') + '\n';
}

const FR = JSON.parse(fs.readFileSync(path.join(__dirname, '../../l10n/bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;

for (const lang of ['en', 'fr'] as const) {
  test(`${lang}: a reference past the last item names the Decision, the Opinion or the Resolution it stands in`, () => {
    if (lang === 'fr') setTranslator((message, args) => formatMessage(FR[message] ?? message, args));
    try {
      const rnd = seeded(lang === 'en' ? 51 : 52);
      for (const kind of ['decision', 'opinion', 'resolution'] as const) {
        for (let c = 0; c < 8; c++) {
          const items = 1 + Math.floor(rnd() * 5);
          const ok = text(lang, kind, items, 1 + Math.floor(rnd() * items));
          assert.deepEqual(checkDocument(parseDocument(ok)).map((f) => f.code), [], ok);
          const wrong = text(lang, kind, items, items + 1);
          const found = checkDocument(parseDocument(wrong)).filter((f) => f.code === 'reference.unresolved');
          assert.equal(found.length, 1, wrong);
          const noun = (lang === 'en' ? EN : FR_TEXTS)[kind].noun;
          assert.ok(found[0].message.includes(lang === 'en' ? `of this ${noun}.` : `de ${noun}.`), `${found[0].message}\n${wrong}`);
        }
      }
    } finally {
      setTranslator(undefined);
    }
  });
}
