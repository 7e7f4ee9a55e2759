// Hover on an item names its call with the call's addressee (`instructs the Director of the Telecommunication
// Standardization Bureau 1`): a Resolution may have two `instructs …` sections, and hover said `instructs 1` for the
// items of both (review 14, rev-editor and rev-lang). Generated: the six languages × two calls of one phrase with
// different addressees × a numbered item, a lettered item under it and a lettered item right under the call; each
// hover names its own call's addressee (so the two calls' items read apart) and the item's path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentRecord } from '../../server/src/service/record';
import { hover } from '../../server/src/service/navigation';

const LANGS: Record<string, { head: string[]; op: string; calls: [string, string]; addressees: [string, string] }> = {
  en: { head: ['RESOLUTION 1 (Rev. Geneva, 2026)', 'Title', 'The World Telecommunication Standardization Assembly (Geneva, 2026),'], op: 'resolves',
    calls: ['instructs', 'instructs'], addressees: ['the Secretary-General', 'the Director of the Telecommunication Standardization Bureau'] },
  fr: { head: ['RÉSOLUTION 1 (Rév. Genève, 2026)', 'Titre', 'L\'Assemblée mondiale de normalisation des télécommunications (Genève, 2026),'], op: 'décide',
    calls: ['charge', 'charge'], addressees: ['le Secrétaire général', 'le Directeur du Bureau de la normalisation des télécommunications'] },
  es: { head: ['RESOLUCIÓN 1 (Rev. Ginebra, 2026)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2026),'], op: 'resuelve',
    calls: ['encarga', 'encarga'], addressees: ['al Secretario General', 'al Director de la Oficina de Normalización de las Telecomunicaciones'] },
  ru: { head: ['РЕЗОЛЮЦИЯ 1 (Пересм. Женева, 2026 г.)', 'Название', 'Всемирная ассамблея по стандартизации электросвязи (Женева, 2026 г.),'], op: 'решает',
    calls: ['поручает', 'поручает'], addressees: ['Генеральному секретарю', 'Директору Бюро стандартизации электросвязи'] },
  zh: { head: ['第1号决议（2026年，日内瓦，修订版）', '标题', '世界电信标准化全会（2026年，日内瓦），'], op: '做出决议',
    calls: ['责成', '责成'], addressees: ['秘书长', '电信标准化局主任'] },
  ar: { head: ['القرار 1 (المراجَع في جنيف، 2026)', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (جنيف، 2026)،'], op: 'تقرر',
    calls: ['تكلف', 'تكلف'], addressees: ['الأمين العام', 'مدير مكتب تقييس الاتصالات'] },
};

for (const [lang, l] of Object.entries(LANGS)) {
  test(`${lang}: hover on an item names its call's addressee`, () => {
    const join = (k: number) => (lang === 'zh' ? `${l.calls[k]}${l.addressees[k]}` : `${l.calls[k]} ${l.addressees[k]}`);
    for (const numbered of [true, false]) {
      // Under each call: `1`, `2`, `a)` under 2 (numbered), or `a)`, `b)` right under the call.
      const body = (k: number) => (numbered ? [`1\tone ${k};`, `2\ttwo ${k}:`, `a)\tsub ${k};`] : [`a)\tone ${k};`, `b)\ttwo ${k};`]);
      const t = [...l.head, l.op, '1\tto act;', join(0), ...body(0), join(1), ...body(1), ''].join('\n');
      const record = new DocumentRecord('file:///ws/d.itu', 1, t);
      const shown: string[] = [];
      for (const k of [0, 1]) {
        const names = numbered ? [[`1\tone ${k}`, '1'], [`a)\tsub ${k}`, '2 a)']] : [[`a)\tone ${k}`, 'a)'], [`b)\ttwo ${k}`, 'b)']];
        for (const [needle, path] of names) {
          const h = hover(record, record.position(t.indexOf(needle)));
          const first = (h?.contents as { value: string } | undefined)?.value.split('\n')[0] ?? '';
          assert.equal(first, `**${join(k)} ${path}**`, t);
          shown.push(first);
        }
      }
      assert.equal(new Set(shown).size, shown.length, 'the two calls\' items read apart');
    }
  });
}
