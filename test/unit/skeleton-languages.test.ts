// New contribution in the language of the text amended (review 6, G4): a Russian, Chinese or Arabic MOD gets
// that language's Reasons word, and a draft new Resolution beside it is started in that language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { contributionSkeleton } from '../../server/src/service/skeleton';
import { lines } from './helpers';

const IN_FORCE: Record<'ru' | 'zh' | 'ar', { text: string; reasons: string; call: string; draft: RegExp }> = {
  ru: { text: lines('РЕЗОЛЮЦИЯ 52 (Пересм. Дубай, 2012 г.)', 'Противодействие спаму', '(Флорианополис, 2004 г.; Дубай, 2012 г.)',
    'Всемирная ассамблея по стандартизации электросвязи (Дубай, 2012 г.),', 'учитывая', 'a)\tчто спам является проблемой,', 'решает', '1\tпродолжать работу.'),
  reasons: 'Основания:', call: 'учитывая', draft: /\nПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ \[X-2\] \(Нью-Дели, 2024 г\.\)\n/ },
  zh: { text: lines('第52号决议（2012年，迪拜，修订版）', '打击和抵制垃圾信息', '（2004年，弗洛里亚诺波利斯；2012年，迪拜）',
    '世界电信标准化全会（2012年，迪拜），', '考虑到', 'a)\t垃圾信息是一个全球性问题，', '做出决议', '1\t继续工作。'),
  reasons: '理由：', call: '考虑到', draft: /\n第\[X-2\]号新决议草案（2024年，新德里）\n/ },
  ar: { text: lines('القرار 52 (المراجَع في دبي، 2012)', 'مكافحة الرسائل الاقتحامية', '(فلوريانوبوليس، 2004؛ دبي، 2012)',
    'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2012)،', 'إذ تضع في اعتبارها', 'أ )\tأن الرسائل الاقتحامية مشكلة عالمية،', 'تقرر', '1\tمواصلة دعم العمل الجاري.'),
  reasons: 'الأسباب:', call: 'إذ تضع في اعتبارها', draft: /\nمشروع قرار جديد \[X-2\] \(نيودلهي، 2024\)\n/ },
};

test('New contribution writes Reasons and a draft new Resolution in the language of the text amended', () => {
  for (const [lang, want] of Object.entries(IN_FORCE)) {
    const bases = new BaseIndex();
    bases.update('in-force.itu', want.text);
    const numberLine = want.text.split('\n')[0];
    const text = contributionSkeleton({ meeting: 'WTSA-24, New Delhi, 15-24 October 2024', document: '42', source: 'X', proposals: 'X', targets: [numberLine], newTexts: ['T'] },
      bases.lookup, new Date(Date.UTC(2024, 5, 1)));
    assert.doesNotMatch(text, /\nReasons:|\nconsidering\n|\nresolves\n|DRAFT NEW/, lang);
    assert.equal(text.split(`\n${want.reasons}\t`).length, 3, `${lang}: two Reasons in the language\n${text}`);
    assert.match(text, want.draft, lang);
    const doc = parseDocument(text);
    const add = doc.views.new.proposals[1];
    assert.equal(add.resolutions[0]?.number, '[X-2]', lang);
    assert.equal(add.resolutions[0]?.draftNew, true, lang);
    const findings = checkDocument(doc, { bases: bases.lookup }).filter((f) => f.severity === 'error' || f.code.startsWith('proposal.') || f.code.startsWith('resolution.'));
    assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), [], lang);
  }
});

test('New contribution writes the cover date, title, introduction and placeholder sentences in the language of the texts amended (review 7, H16)', () => {
  const texts: Record<string, { text: string; date: string; title: RegExp; intro: string }> = {
    en: { text: lines('RESOLUTION 77 (Rev. Geneva, 2022)', 'Plain text', '(Lisbon, 2014; Geneva, 2022)', 'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'considering', 'a)\tthat x,', 'resolves', '1\tto y.'),
      date: '5 December 2026', title: /^Title:\tProposed modifications to Resolution 77 \(Plain text\)$/m, intro: 'Introduction' },
    fr: { text: lines('RÉSOLUTION 77 (Rév. Genève, 2022)', 'Texte brut', '(Lisbonne, 2014; Genève, 2022)', "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2022),", 'considérant', 'a)\tque x,', 'décide', '1\tde y.'),
      date: '5 décembre 2026', title: /^Title:\tPropositions de modification : Résolution 77 \(Texte brut\)$/m, intro: 'Introduction' },
    es: { text: lines('RESOLUCIÓN 77 (Rev. Ginebra, 2022)', 'Texto plano', '(Lisboa, 2014; Ginebra, 2022)', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2022),', 'considerando', 'a)\tque x,', 'resuelve', '1\ty.'),
      date: '5 de diciembre de 2026', title: /^Title:\tPropuestas de modificación: Resolución 77 \(Texto plano\)$/m, intro: 'Introducción' },
    ru: { text: IN_FORCE.ru.text, date: '5 декабря 2026 г.', title: /^Title:\tПредложения по изменению: Резолюция 52/im, intro: 'Введение' },
    zh: { text: IN_FORCE.zh.text, date: '2026年12月5日', title: /^Title:\t修改第52号决议.*的提案$/m, intro: '引言' },
    ar: { text: IN_FORCE.ar.text, date: '5 ديسمبر 2026', title: /^Title:\tمقترحات تعديل القرار 52/m, intro: 'مقدمة' },
  };
  for (const [lang, want] of Object.entries(texts)) {
    const bases = new BaseIndex();
    bases.update('in-force.itu', want.text);
    const text = contributionSkeleton({ meeting: 'WTSA-28, Geneva, 2028', document: '21', addendum: '4', source: 'X', proposals: 'X', targets: [want.text.split('\n')[0]] },
      bases.lookup, new Date(Date.UTC(2026, 11, 5)));
    assert.match(text, new RegExp(`^Date:\\t${want.date}$`, 'm'), `${lang}\n${text}`);
    assert.match(text, want.title, `${lang}\n${text}`);
    assert.match(text, new RegExp(`^1\\t${want.intro}$`, 'm'), lang);
    if (lang !== 'en') assert.doesNotMatch(text, /Why |Proposed modifications|December/, `${lang}: no English placeholder\n${text}`);
    // The cover is still read as a cover, and nothing in the skeleton is an error.
    const doc = parseDocument(text);
    assert.equal(doc.cover.find((f) => f.name === 'Date')?.value, want.date, lang);
    assert.deepEqual(checkDocument(doc, { bases: bases.lookup }).filter((f) => f.severity === 'error').map((f) => f.message), [], lang);
  }
});
