// A MOD that moves an item (deletes it at one place, inserts it whole at another of its call): a reference in text in
// force to it follows it to its new label, as it follows a relettered item (review 14, rev-lang). Before, reference.stale
// said "which the new text deletes", with no fix. Generated: the six languages × the item moved to the end or to the
// front, its closing punctuation changed or not; and an item deleted, not moved, is still "deleted".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';

interface Case { lang: string; head: string[]; call: string; items: [string, string, string, string]; ref: (n: string) => string }

const CASES: Case[] = [
  { lang: 'en', head: ['RESOLUTION 99 (Rev. Dubai, 2012)', 'Title', 'The World Telecommunication Standardization Assembly (Dubai, 2012),'], call: 'resolves',
    items: ['to create a group of experts on the matter', 'to study the questions raised by the group', 'to cooperate with the other Sectors on the matter', 'to report to the next assembly'], ref: (n) => `on resolves ${n} above` },
  { lang: 'fr', head: ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', 'Titre', 'L\'Assemblée mondiale de normalisation des télécommunications (Dubaï, 2012),'], call: 'décide',
    items: ['de créer un groupe d\'experts sur la question', 'd\'étudier les questions soulevées par le groupe', 'de coopérer avec les autres Secteurs', 'de faire rapport à la prochaine Assemblée'], ref: (n) => `sur le point ${n} du décide ci-dessus` },
  { lang: 'es', head: ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Dubái, 2012),'], call: 'resuelve',
    items: ['crear un grupo de expertos sobre el asunto', 'estudiar las cuestiones planteadas por el grupo', 'cooperar con los demás Sectores', 'informar a la próxima Asamblea'], ref: (n) => `sobre el resuelve ${n} anterior` },
  { lang: 'ru', head: ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', 'Название', 'Всемирная ассамблея по стандартизации электросвязи (Дубай, 2012 г.),'], call: 'решает',
    items: ['создать группу экспертов по этому вопросу', 'изучить вопросы, поднятые группой', 'сотрудничать с другими Секторами', 'представить отчет следующей ассамблее'], ref: (n) => `о пункте ${n} раздела решает выше` },
  { lang: 'zh', head: ['第99号决议（2012年，迪拜，修订版）', '标题', '世界电信标准化全会（2012年，迪拜），'], call: '做出决议',
    items: ['就此问题设立一个专家组', '研究专家组提出的问题', '与其他部门开展合作', '向下届全会提交报告'], ref: (n) => `上文做出决议第${n}段` },
  { lang: 'ar', head: ['القرار 99 (المراجَع في دبي، 2012)', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2012)،'], call: 'تقرر',
    items: ['إنشاء فريق خبراء معني بهذه المسألة', 'دراسة المسائل التي يثيرها الفريق', 'التعاون مع القطاعات الأخرى', 'تقديم تقرير إلى الجمعية القادمة'], ref: (n) => `البند ${n} من تقرر أعلاه` },
];

const end = (c: Case, last: boolean) => (c.lang === 'zh' ? (last ? '。' : '；') : c.lang === 'ar' ? (last ? '.' : '؛') : last ? '.' : ';');

/** The text in force: the call's items 1 to 3, then a call whose item names item 1 (or `named`). */
function inForce(c: Case, named = '1'): string[] {
  return [...c.head, c.call, ...[0, 1, 2].map((i) => `${i + 1}\t${c.items[i]}${end(c, i === 2)}`), c.lang === 'zh' ? '责成秘书长' : c.lang === 'ar' ? 'تكلف الأمين العام' : c.lang === 'ru' ? 'поручает Генеральному секретарю' : c.lang === 'fr' ? 'charge le Secrétaire général' : c.lang === 'es' ? 'encarga al Secretario General' : 'instructs the Secretary-General',
    `1\t${c.items[3]} ${c.ref(named)}${end(c, true)}`];
}

for (const c of CASES) {
  for (const punctuation of ['kept', 'changed']) {
    test(`${c.lang}: item 1 moved to the end (its punctuation ${punctuation}): the reference to it follows it to 3`, () => {
      const base = inForce(c);
      const moved = `${c.items[0]}${punctuation === 'kept' ? end(c, false) : end(c, true)}`;
      const body = [...base.slice(0, 4), `{--1\t${base[4].slice(2)}--}`, `{~~2~>1~~}\t${base[5].slice(2)}`, `{~~3~>2~~}\t${base[6].slice(2, -1)}{--${end(c, true)}--}{++${end(c, false)}++}`, `{++3\t${moved}++}`, ...base.slice(7)];
      const text = ['MOD\tX/1/1', ...body, '', 'Reasons:\tr', ''].join('\n');
      const findings = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('reference.'));
      assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
      assert.equal(findings[0].code, 'reference.stale');
      assert.ok(findings[0].fix, `a fix: ${findings[0].message}`);
      const fixed = applyEdits(text, findings[0].fix!.edits);
      assert.ok(fixed.includes(c.ref('{~~1~>3~~}')), fixed.split('\n').at(-4));
      assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), []);
    });
  }

  test(`${c.lang}: item 1 deleted, not moved: the reference still names a deleted item, with no fix`, () => {
    const base = inForce(c);
    const body = [...base.slice(0, 4), `{--1\t${base[4].slice(2)}--}`, `{~~2~>1~~}\t${base[5].slice(2)}`, `{~~3~>2~~}\t${base[6].slice(2)}`, ...base.slice(7)];
    const findings = checkDocument(parseDocument(['MOD\tX/1/1', ...body, '', 'Reasons:\tr', ''].join('\n'))).filter((f) => f.code.startsWith('reference.'));
    assert.deepEqual(findings.map((f) => [f.code, !!f.fix]), [['reference.stale', false]]);
  });

  test(`${c.lang}: item 1 moved past the reference that names it "above": the finding, and no fix (a new label alone would point the wrong way)`, () => {
    const base = inForce(c);
    // Item 2 names item 1 above it; item 1 moves to the end of the call, below item 2.
    const second = `${c.items[1]} ${c.ref('1')}${end(c, false)}`;
    const body = [...base.slice(0, 4), `{--1\t${base[4].slice(2)}--}`, `{~~2~>1~~}\t${second}`, `{~~3~>2~~}\t${base[6].slice(2, -1)}{--${end(c, true)}--}{++${end(c, false)}++}`, `{++3\t${c.items[0]}${end(c, true)}++}`, ...base.slice(7)];
    const text = ['MOD\tX/1/1', ...body, '', 'Reasons:\tr', ''].join('\n');
    const stale = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.stale' && f.start > text.indexOf(c.items[1]) && f.start < text.indexOf(c.items[2]));
    assert.equal(stale.length, 1, checkDocument(parseDocument(text)).map((f) => `${f.code}: ${f.message}`).join('\n'));
    assert.equal(stale[0].fix, undefined, stale[0].fix?.title);
  });
}
