// Contributions in the six ITU languages (issue 11): the same draft new Resolution written from real
// ITU wording in each (test/fixtures/languages/README.md), with a seeded gap a) b) d) in its first call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, checkDocument, documentLanguage, formatLabel, languageAt, parseDocument, proposalLanguage, textLanguage, type Lang } from '../../server/src/core';
import { matchCall, matchNumberLine, meetingKey, revisionMeeting } from '../../server/src/core/lang/match';
import { LANGUAGES, TABLES } from '../../server/src/core/lang/tables';
import { matchLocalLabel, READ_ALONE } from '../../server/src/core/lang/labels';
import { DocumentRecord } from '../../server/src/service/record';
import { completion, formatLine } from '../../server/src/service/editing';
import { documentSymbols } from '../../server/src/service/outline';
import { rtlLabel } from '../../client/src/bidi';
import { check, fixed, lines, only, ROOT, SHARED, slice } from './helpers';

const DIR = path.join(__dirname, '../fixtures/languages');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

// What each draft's outline must show: its call sections in order, and the labels of the gap.
const EXPECTED: Record<Lang, { calls: string[]; after: string; gap: string; expected: string }> = {
  en: { calls: ['considering', 'recognizing', 'considering further', 'resolves', 'instructs'], after: 'b)', gap: 'd)', expected: 'c)' },
  fr: { calls: ['considérant', 'reconnaissant', 'considérant en outre', 'décide', 'charge'], after: 'b)', gap: 'd)', expected: 'c)' },
  es: { calls: ['considerando', 'reconociendo', 'y considerando además', 'resuelve', 'encarga'], after: 'b)', gap: 'd)', expected: 'c)' },
  ru: { calls: ['учитывая', 'признавая', 'учитывая далее', 'решает', 'поручает'], after: 'b)', gap: 'd)', expected: 'с) (Cyrillic с U+0441)' },
  zh: { calls: ['考虑到', '认识到', '进一步考虑到', '做出决议', '责成'], after: 'b)', gap: 'd)', expected: 'c)' },
  ar: { calls: ['إذ تضع في اعتبارها', 'وإذ تدرك', 'وإذ تلاحظ', 'تقرر', 'تكلف'], after: 'ب)', gap: 'د )', expected: 'ج )' },
};

for (const lang of Object.keys(EXPECTED) as Lang[]) {
  const want = EXPECTED[lang];
  test(`${lang}: the draft new Resolution is read with its calls, the gap is found in the first list, nothing else is reported`, () => {
    const text = read(`draft-${lang}.itu`);
    const { doc, findings } = check(text);
    assert.equal(documentLanguage(doc), lang);
    const [resolution] = doc.views.new.proposals[0].resolutions;
    assert.ok(resolution, 'number line recognised');
    assert.equal(resolution.draftNew, true);
    assert.equal(resolution.number, '[AFCP-1]');
    assert.ok(resolution.title && resolution.formula, 'title and enacting formula recognised');
    const calls = resolution.root.children.filter((c) => c.call);
    assert.deepEqual(calls.map((c) => c.call!.phrase), want.calls);
    assert.deepEqual(calls.map((c) => c.call!.kind), ['preamble', 'preamble', 'preamble', 'operative', 'operative']);
    assert.deepEqual(calls[0].children.map((c) => c.label!.text), [want.calls[0] === 'учитывая' ? 'а)' : lang === 'ar' ? 'أ )' : 'a)', want.after, want.gap]);
    assert.deepEqual(calls[3].children.map((c) => c.label!.text), ['1', '2']);
    // Localized Reasons end the proposal: no proposal.reasons-missing.
    assert.ok(doc.views.new.proposals[0].reasons);
    assert.deepEqual(findings.map((f) => f.code), ['numbering.gap']);
    const [gap] = findings;
    assert.equal(slice(text, gap), want.gap);
    assert.ok(gap.message.startsWith(`${want.calls[0]}: after ${want.after} comes ${want.gap}; expected ${want.expected}`), gap.message);
    const after = fixed(text, gap);
    assert.deepEqual(check(after).findings, []);
  });
}

test('Arabic letters follow the abjad order ITU\'s Arabic texts use: هـ) after د), then و) ز)', () => {
  const body = ['ADD\tXX/7A1/1', 'القرار 5 (المراجَع في دبي، 2018)', 'عنوان', 'إن مؤتمر المندوبين المفوضين (دبي، 2018)،', 'إذ يضع في اعتباره',
    'أ )\tنص؛', 'ب)\tنص؛', 'ج )\tنص؛', 'د )\tنص؛', 'هـ)\tنص؛', 'و )\tنص؛', 'ز)\tنص،', 'يقرر', '1\tنص.', '', 'الأسباب:\tنص.'];
  assert.deepEqual(check(lines(...body)).findings, []);
  // The alphabetical (hijā'ī) order would put ت) second: it is a gap after أ).
  const hijai = check(lines(...body.slice(0, 5), 'أ )\tنص؛', 'ت)\tنص؛', ...body.slice(12)));
  assert.deepEqual(hijai.findings.map((f) => f.code), ['numbering.gap']);
});

test('Arabic reversed decimal numbers (ITU\'s Arabic Word files): 1.3 is clause 3.1, no false gap or duplicate', () => {
  // In reading order: 1, 1.1, 1.2, 1.2.1, 1.2.2, 1.3, 2, 2.1, 2.2, 3, 3.1.
  const clauses = ['1\tمقدمة', '1.1\tنص', '2.1\tنص', '1.2.1\tنص', '2.2.1\tنص', '3.1\tنص', '2\tنطاق', '1.2\tنص', '2.2\tنص', '3\tمراجع', '1.3\tنص'];
  const text = lines('Original:\tبالإنكليزية', '', ...clauses);
  assert.deepEqual(check(text).findings, []);
  const { doc } = check(text);
  const third = doc.views.new.clauses.children[2];
  assert.equal(third.label!.text, '3');
  assert.equal(third.children[0].label!.text, '1.3');
  assert.deepEqual(third.children[0].label!.parts, ['3', '1']);
  // A real gap is still found, and its fix is written in the same reversed order.
  const gapped = lines('Original:\tبالإنكليزية', '', ...clauses.slice(0, 8), '3.2\tنص', ...clauses.slice(9));
  const [gap] = only(gapped, 'numbering.gap');
  assert.equal(slice(gapped, gap), '3.2');
  assert.match(fixed(gapped, gap), /\n2\.2\tنص\n/);
  // Latin-script texts keep the usual order.
  assert.deepEqual(check(lines('1\tIntroduction', '1.1\tx', '1.2\ty', '2\tScope', '2.1\tz')).findings, []);
});

test('Russian labels: Latin letters typed with Cyrillic look-alikes (а), с)), or a Cyrillic list а) б) в)', () => {
  const head = ['ADD\tXX/7A1/1', 'РЕЗОЛЮЦИЯ 5 (Пересм. Дубай, 2018 г.)', 'Заголовок', 'Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),', 'учитывая'];
  const tail = ['решает', '1\tтекст.', '', 'Основания:\tтекст.'];
  assert.deepEqual(check(lines(...head, 'а)\tчто;', 'b)\tчто;', 'с)\tчто;', 'd)\tчто,', ...tail)).findings, []);
  assert.deepEqual(check(lines(...head, 'а)\tчто;', 'б)\tчто;', 'в)\tчто;', 'г)\tчто,', ...tail)).findings, []);
  const gapped = lines(...head, 'а)\tчто;', 'б)\tчто;', 'г)\tчто,', ...tail);
  const [gap] = only(gapped, 'numbering.gap');
  assert.equal(slice(gapped, gap), 'г)');
  assert.match(gap.message, /expected в\)/);
});

test('Chinese labels in full-width forms and a body set right after the parenthesis', () => {
  const ctx = READ_ALONE;
  const wide = matchLocalLabel('ｂ）\t目前有多种定义；', ctx)!;
  assert.equal(wide.label.kind, 'letter');
  assert.equal(wide.label.ordinal, 2);
  assert.equal(wide.label.text, 'ｂ）');
  const tight = matchLocalLabel('a)全权代表大会通过了', ctx)!;
  assert.equal(tight.label.ordinal, 1);
  assert.equal(tight.bodyOffset, 2);
  assert.equal(formatLabel(matchLocalLabel('د )\tنص', ctx)!.label, 5, 0), 'هـ )');
});

test('number lines in the six languages', () => {
  assert.deepEqual(matchNumberLine('RÉSOLUTION 62 (Rév. Dubaï, 2012)'), { draftNew: false, number: '62', revision: 'Rév. Dubaï, 2012' });
  assert.equal(matchNumberLine('RESOLUCIÓN 38 (Rev. Johannesburgo, 2008)')?.number, '38');
  assert.equal(matchNumberLine('РЕЗОЛЮЦИЯ 52 (Пересм. Хаммамет, 2016 г.)')?.revision, 'Пересм. Хаммамет, 2016 г.');
  assert.equal(matchNumberLine('القرار 5 (المراجَع في بوينس آيرس، 2017)')?.number, '5');
  assert.deepEqual(matchNumberLine('第 52 号决议（2016年，哈马马特，修订版）'), { draftNew: false, number: '52', revision: '2016年，哈马马特，修订版' });
  // An ITU-R Resolution: the number is the Sector's and the number, the part after the hyphen its edition (itu-r-resolutions.test.ts).
  assert.equal(matchNumberLine('ITU-R 第 34-2 号决议（2007年）')?.number, 'ITU-R 34');
  assert.deepEqual(matchNumberLine('新决议草案[AFCP-1]（2016年，哈马马特）'), { draftNew: true, number: '[AFCP-1]', revision: '2016年，哈马马特' });
  // Prose that names a Resolution is no number line.
  assert.equal(matchNumberLine('La Résolution 62 (Rév. Dubaï, 2012) prévoit que'), undefined);
});

test('an Arabic number line, history and formula in Arabic-Indic digits: read, found in force whichever digits either writes, meetings compared (the twenty-fifth session\'s review)', () => {
  // Before, `القرار ٥٢ (…)` was no number line: the MOD named no text, was compared with none, and said nothing.
  assert.deepEqual(matchNumberLine('القرار ٥٢ (المراجَع في دبي، ٢٠١٢)'), { draftNew: false, number: '52', revision: 'المراجَع في دبي، 2012' });
  assert.equal(matchNumberLine('القرار ۵۲ (المراجَع في دبي، ۲۰۱۲)')?.number, '52', 'Persian forms (U+06F0-U+06F9)');
  assert.equal(meetingKey('دبي، ٢٠١٢'), 'dubai,2012');
  const resolution = (digits: (s: string) => string, formula: string) => [digits('القرار 52 (المراجَع في الحمامات، 2016)'), 'مكافحة الرسائل الاقتحامية',
    digits('(فلوريانوبوليس، 2004؛ دبي، 2012؛ الحمامات، 2016)'), `إن الجمعية العالمية لتقييس الاتصالات (${digits(formula)})،`, 'إذ تضع في اعتبارها', 'أ )\tنص؛', 'ب)\tنص،'];
  const indic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  const ascii = (s: string) => s;
  for (const [inForce, draft] of [[ascii, indic], [indic, indic], [indic, ascii]]) {
    const index = new BaseIndex();
    index.update('base.itu', lines(...resolution(inForce, 'الحمامات، 2016')));
    const mod = lines('MOD\tARB/42A27/1', ...resolution(draft, 'الحمامات، 2016'), '', 'الأسباب:\tنص.');
    const found = checkDocument(parseDocument(mod), { bases: index.lookup });
    assert.ok(!found.some((f) => f.code === 'base.not-found'), 'the text in force is found');
    // The same digits as the text in force: compared, and equal to it (a MOD that changes nothing); other digits are
    // another spelling of the text, each number said as a change without marks.
    const untracked = found.filter((f) => f.code === 'base.untracked-change').map((f) => mod.slice(f.start, f.end));
    assert.deepEqual(untracked, inForce === draft ? [] : [draft('52'), draft('2016'), draft('2004'), draft('2012'), draft('2016'), draft('2016')]);
    assert.equal(found.some((f) => f.code === 'proposal.mod-without-changes'), inForce === draft);
  }
  const stale = lines('ADD\tARB/42A27/1', ...resolution(indic, 'دبي، 2012'), '', 'الأسباب:\tنص.');
  const [f] = only(stale, 'resolution.meeting-mismatch');
  assert.equal(slice(stale, f), 'دبي، ٢٠١٢');
});

test('calls: every call phrase of every language is read, as written, in capitals, with an addressee and after a conjunction', () => {
  // matchCall rules a line out by its first word before its pattern: no phrase may be lost by that.
  for (const lang of LANGUAGES) {
    const t = TABLES[lang];
    for (const phrase of [...t.preamble, ...t.operative]) {
      const kind = t.preamble.includes(phrase) ? 'preamble' : 'operative';
      for (const form of [phrase, phrase.toUpperCase(), phrase[0]!.toUpperCase() + phrase.slice(1), phrase.replace(/ /g, '\u00a0'), `${phrase},`]) {
        assert.ok(matchCall(form), `${lang}: ${JSON.stringify(form)}`);
      }
      if (kind === 'operative' && lang !== 'zh') assert.ok(matchCall(`${phrase} the Director`), `${lang}: ${phrase} + addressee`);
      // (A phrase two languages share is read as the first's, and a conjunction opens its own language's calls only.)
      if (matchCall(phrase)?.lang === lang) for (const conj of t.conjunctions ?? []) assert.ok(matchCall(`${conj} ${phrase}`), `${lang}: ${conj} ${phrase}`);
    }
  }
  // And words that open no call are no call, whatever their case.
  for (const line of ['Countering and combating spam', 'CONSIDERINGS', 'Considerable progress', 'the Director']) assert.equal(matchCall(line), undefined, line);
});

test('calls: further and conjunction forms, and prose that begins with a phrase', () => {
  assert.equal(matchCall('considérant en outre')?.phrase, 'considérant en outre');
  assert.equal(matchCall('y considerando')?.phrase, 'y considerando');
  assert.equal(matchCall('Y considerando además')?.phrase, 'y considerando además');
  assert.equal(matchCall('y resolves'), undefined, 'a Spanish conjunction opens no English call');
  assert.equal(matchCall('وإذ تلاحظ')?.kind, 'preamble');
  assert.equal(matchCall('وإذ تلاحظ أيضاً')?.phrase, 'وإذ تلاحظ أيضاً');
  assert.equal(matchCall('إذ يضع في اعتبارهِ')?.phrase, 'إذ يضع في اعتبارهِ', 'diacritics do not stop a phrase');
  assert.equal(matchCall('责成秘书长')?.addressee, '秘书长');
  assert.equal(matchCall('进一步注意到')?.kind, 'preamble');
  assert.equal(matchCall('charge le Directeur du Bureau de la normalisation des télécommunications')?.kind, 'operative');
  assert.equal(matchCall('considérant que le spam est un problème,'), undefined);
  assert.equal(matchCall('учитывая, что'), undefined);
  assert.equal(matchCall('注意到了各方的意见。'), undefined);
  assert.equal(matchCall('y además'), undefined);
});

test('resolution.meeting-mismatch compares meetings across spellings and languages', () => {
  assert.equal(meetingKey('Rév. Dubaï, 2012'), meetingKey('Dubai, 2012'));
  assert.equal(meetingKey('Пересм. Хаммамет, 2016 г.'), 'hammamet,2016');
  assert.equal(meetingKey('المراجَع في الحمامات، 2016'), 'hammamet,2016');
  assert.equal(meetingKey('2016年，哈马马特，修订版'), 'hammamet,2016');
  assert.equal(meetingKey('Dubái, 2012'), 'dubai,2012');
  assert.equal(meetingKey('ПЕРЕСМ. ПУСАН, 2014 Г.'), 'busan,2014', 'capitals, as in a Russian number line');
  assert.equal(meetingKey('Busán, 2014'), 'busan,2014');
  // A place's hyphens as typed or as Word sets them (U+2011, and U+2010, which was read as a letter).
  for (const h of ['-', '\u2010', '\u2011']) assert.equal(meetingKey(`Нью${h}Дели, 2024 г.`), 'new delhi,2024', JSON.stringify(h));
  const fr = (formula: string) => lines('ADD\tXX/7A1/1', 'RÉSOLUTION 52 (Rév. Hammamet, 2016)', 'Lutter contre le spam',
    '(Florianópolis, 2004; Johannesburg, 2008; Dubaï, 2012; Hammamet, 2016)', `L'Assemblée mondiale de normalisation des télécommunications (${formula}),`,
    'considérant', 'a)\tque x.', '', 'Motifs:\tx.');
  assert.deepEqual(only(fr('Hammamet, 2016'), 'resolution.meeting-mismatch'), []);
  const text = fr('Dubaï, 2012');
  const [f] = only(text, 'resolution.meeting-mismatch');
  assert.equal(slice(text, f), 'Dubaï, 2012');
  const zh = lines('ADD\tXX/7A1/1', '第52号决议（2016年，哈马马特，修订版）', '打击垃圾信息', '（2004年，弗洛里亚诺波利斯；2012年，迪拜；2016年，哈马马特）',
    '世界电信标准化全会（2012年，迪拜），', '考虑到', 'a)\t文本。', '', '理由：\t文本。');
  const [z] = only(zh, 'resolution.meeting-mismatch');
  assert.equal(slice(zh, z), '2012年，迪拜');
});

test('the document language: Language field, the language Original: is written in, or the text', () => {
  assert.equal(documentLanguage(lines('Language:\tfr', '', 'ADD\tXX/1/1')), 'fr');
  assert.equal(documentLanguage(lines('Language:\tSpanish', '', 'ADD\tXX/1/1')), 'es');
  assert.equal(documentLanguage(lines('Original:\tanglais', '', 'x')), 'fr');
  assert.equal(documentLanguage(lines('Original:\tFrench', '', 'x')), 'en');
  assert.equal(documentLanguage(lines('Original:\tFrench', '', 'The World Telecommunication Standardization Assembly, considering that the spam is a problem for the users of the networks')), 'en');
  assert.equal(documentLanguage(lines('Original:\tFrench', '', 'L\'Assemblée mondiale de normalisation des télécommunications, considérant que le spam est un problème pour les utilisateurs des réseaux')), 'fr');
  assert.equal(documentLanguage(lines('Original:\tинглés', '', 'considerando que el spam es un problema para los usuarios y las redes')), 'es');
  assert.equal(documentLanguage('La Asamblea Mundial de Normalización de las Telecomunicaciones, considerando que el spam es un problema'), 'es');
  assert.equal(textLanguage('Всемирная ассамблея по стандартизации электросвязи'), 'ru');
  assert.equal(textLanguage('x'), undefined);
});

test('mixed languages: an English cover over a French Resolution', () => {
  const text = lines('Meeting:\tWTSA-16, Hammamet', 'Original:\tEnglish', 'Proposals:\tAFCP', 'Document:\t42', 'Addendum:\t25', '',
    'This contribution proposes a new Resolution on spam.', '',
    ...read('draft-fr.itu').split('\n').slice(7));
  const { doc, findings } = check(text);
  assert.equal(documentLanguage(doc), 'en');
  assert.equal(languageAt(text, text.indexOf('considérant')), 'fr');
  assert.equal(languageAt(text, 10), 'en');
  assert.equal(doc.views.new.proposals[0].resolutions[0].root.children.filter((c) => c.call).length, 5);
  assert.deepEqual(findings.map((f) => f.code), ['numbering.gap']);
});

test('completion offers call phrases and Reasons in the language of the text around the cursor', () => {
  const offer = (text: string, needle: string) => {
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    const state = new DocumentRecord('file:///ws/draft.itu', 1, text);
    return completion(state, { line: before.length - 1, character: 0 }, { snippets: true, today: new Date(Date.UTC(2026, 11, 4)) });
  };
  for (const [lang, call, reasons, first] of [
    ['fr', 'considérant', 'Motifs:', 'a)'], ['es', 'considerando', 'Motivos:', 'a)'], ['ru', 'учитывая', 'Основания:', 'a)'],
    ['zh', '考虑到', '理由：', 'a)'], ['ar', 'إذ تضع في اعتبارها', 'الأسباب:', 'أ )'],
  ] as const) {
    const text = read(`draft-${lang}.itu`);
    const labels = offer(text, '\n1\t').map((i) => i.label);
    assert.ok(labels.includes(call) && labels.includes(reasons), `${lang}: ${labels.join(', ')}`);
    assert.ok(!labels.includes('considering') && !labels.includes('Reasons:'), `${lang}: no English phrases`);
    const snippet = offer(text, '\n1\t').find((i) => i.label === call)!;
    assert.equal(snippet.insertText, `${call}\n${first}\t$0`);
  }
  // An English cover over a French Resolution: French inside the proposal.
  const mixed = lines('Original:\tEnglish', 'Proposals:\tAFCP', '', 'Intro text in English for the meeting.', '', ...read('draft-fr.itu').split('\n').slice(7));
  assert.ok(offer(mixed, '\n1\t').some((i) => i.label === 'considérant'));
});

test('a real French text (WTSA Resolution 62, Dubaï 2012, as extracted from ITU\'s PDF) is read without a false alarm', () => {
  const text = read('real/fr-wtsa12-res62.excerpt.txt');
  const { doc, findings } = check(text);
  const [r] = doc.views.new.resolutions;
  assert.equal(r.number, '62');
  assert.equal(r.revision, 'Rév. Dubaï, 2012');
  assert.ok(r.history && r.formula);
  assert.deepEqual(r.root.children.map((c) => c.call?.phrase), ['considérant']);
  assert.deepEqual(findings, []);
});

test('right-to-left lines: the label the editor lays out on its own, after a mark\'s opener', () => {
  assert.deepEqual(rtlLabel('أ )\tنص'), [0, 3]);
  assert.deepEqual(rtlLabel('{++ب)\tنص++}'), [3, 5]);
  assert.deepEqual(rtlLabel('{~~ج~>د~~} )\tنص'), [3, 12]);
  assert.equal(rtlLabel('a)\tLatin text'), undefined, 'left-to-right lines are left alone');
  assert.equal(rtlLabel('إذ تضع في اعتبارها'), undefined, 'no TAB, no label');
  assert.equal(rtlLabel('نص طويل جداً يتجاوز طول أي تسمية\tثم نص'), undefined, 'a TAB far from the start ends no label');
});

test('a real Russian text (PP-10 Resolution 99, as ITU\'s site shows it): Latin letters typed with Cyrillic look-alikes, calls with a comma, no false alarm', () => {
  const text = read('real/ru-pp10-res99.excerpt.txt');
  const { doc, findings } = check(text);
  const [r] = doc.views.new.resolutions;
  assert.equal(r.number, '99');
  assert.equal(r.revision, 'Пересм. Гвадалахара, 2010 г.');
  assert.ok(r.formula);
  assert.deepEqual(r.root.children.map((c) => [c.call?.phrase, c.children.map((i) => i.label!.ordinal)]), [
    ['напоминая', [1, 2, 3, 4, 5]],
    ['учитывая', [1, 2]],
  ]);
  assert.deepEqual(findings, []);
});

test('a real Arabic document (PP-18 Document 42): its language from الأصل: بالإنكليزية, its Resolutions\' number lines read, no false alarm', () => {
  const text = read('real/ar-pp18-doc42.excerpt.txt');
  const { doc, findings } = check(text);
  assert.equal(documentLanguage(doc), 'ar');
  assert.deepEqual(doc.views.new.resolutions.map((r) => [r.number, meetingKey(revisionMeeting(r.revision).text)]), [
    ['5', 'buenos aires,2017'], ['16', 'buenos aires,2017'], ['17', 'buenos aires,2017'],
  ]);
  assert.deepEqual(findings, []);
});

test('every real text is given its language and raises no finding', () => {
  const dir = path.join(DIR, 'real');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 4);
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.equal(documentLanguage(text), f.slice(0, 2), f);
    assert.deepEqual(check(text).findings.map((x) => x.code), [], f);
  }
});

test('formatting and the next label in Arabic: the separator becomes a TAB, the next letter follows the abjad order', () => {
  assert.equal(formatLine('أ ) أن تبادل الرسائل؛'), 'أ )\tأن تبادل الرسائل؛');
  assert.equal(formatLine('а) что обмен;'), 'а)\tчто обмен;');
  const text = read('draft-ar.itu');
  const at = text.indexOf('\nوإذ تدرك');
  const before = text.slice(0, at + 1).split('\n');
  const items = completion(new DocumentRecord('file:///ws/d.itu', 1, text), { line: before.length - 1, character: 0 }, { snippets: false, today: new Date(Date.UTC(2026, 11, 4)) });
  const labels = items.filter((i) => i.detail === 'next label').map((i) => i.label);
  assert.ok(labels.includes('هـ )'), labels.join(', '));
  assert.ok(!labels.includes('i)'), labels.join(', '));
});

test('the Outline (document symbols) of each draft: proposal › Resolution › its five call sections › their items', () => {
  for (const lang of Object.keys(EXPECTED) as Lang[]) {
    const text = read(`draft-${lang}.itu`);
    const symbols = documentSymbols(new DocumentRecord(`file:///ws/draft-${lang}.itu`, 1, text));
    const find = (list: typeof symbols, test: (name: string) => boolean): (typeof symbols)[number] | undefined => {
      for (const s of list) {
        if (test(s.name)) return s;
        const inner = find(s.children ?? [], test);
        if (inner) return inner;
      }
      return undefined;
    };
    const resolution = find(symbols, (n) => n.includes('[AFCP-1]'));
    assert.ok(resolution, `${lang}: no Resolution symbol in ${JSON.stringify(symbols.map((s) => s.name))}`);
    assert.deepEqual(resolution.children!.map((c) => c.name), EXPECTED[lang].calls, lang);
    assert.equal(resolution.children![0].children!.length, 3, lang);
  }
});

test('proposal.reasons-missing: the fix writes Reasons in the proposal\'s language', () => {
  for (const [lang, word] of [['fr', 'Motifs:'], ['ar', 'الأسباب:'], ['zh', '理由：'], ['en', 'Reasons:']] as const) {
    const text = read(`draft-${lang}.itu`).replace(/\n\n[^\n]*\t[^\n]*\n$/, '\n');
    const [f] = only(text, 'proposal.reasons-missing');
    assert.ok(f, lang);
    const after = fixed(text, f);
    assert.ok(after.includes(`\n\n${word}\t`), `${lang}: ${JSON.stringify(after.slice(-40))}`);
    assert.deepEqual(only(after, 'proposal.reasons-missing'), [], lang);
  }
});

test('textLanguage: a few words tell no language (Sharm el-Sheikh is no Spanish text)', () => {
  assert.equal(textLanguage('Meeting:\tWRC-19, Sharm el-Sheikh, 28 October - 22 November 2019\nSource:\tX\n\nText.\n'), undefined);
  assert.equal(documentLanguage('Meeting:\tWRC-19, Sharm el-Sheikh, 28 October - 22 November 2019\nSource:\tX\n\nText.\n'), 'en');
});

/**
 * The texts of the tests in French, Spanish and English (Latin script, the languages words must tell apart):
 * the drafts of this folder, the real excerpts, the shared example and corpus, the texts in force of issue 10.
 */
function latinTexts(): { lang: Lang; name: string; text: string }[] {
  const out: { lang: Lang; name: string; text: string }[] = [];
  const add = (lang: Lang, file: string) => out.push({ lang, name: path.basename(file), text: fs.readFileSync(file, 'utf8') });
  for (const lang of ['en', 'fr', 'es'] as Lang[]) add(lang, path.join(DIR, `draft-${lang}.itu`));
  add('fr', path.join(DIR, 'real/fr-wtsa12-res62.excerpt.txt'));
  for (const f of ['examples/res52-dubai-2012.itu', 'examples/afcp-42a25-res52.itu', 'corpus/wtsa16-res1.txt', 'corpus/pp18-final-acts.txt']) add('en', path.join(SHARED, f));
  for (const dir of [path.join(ROOT, 'test/corpus-kinds'), path.join(ROOT, 'test/fixtures/provisions')]) {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.itu'))) add('en', path.join(dir, f));
  }
  return out;
}

test('a proposal with no language cue is read in the language of its own words: every dozen words of the French, Spanish and English texts (property over the tests\' texts)', () => {
  const COVER = /^(?:Meeting|Document|Addendum|Revision|Date|Original|Source|Proposals|Title|Language|Base)[:：]/;
  const HEADER = /^(?:\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t/;
  const tally = new Map<Lang, { windows: number; told: number }>();
  for (const { lang, name, text } of latinTexts()) {
    const paragraphs = text.split(/\r?\n/).filter((l) => l.trim() && !COVER.test(l) && !HEADER.test(l));
    const t = tally.get(lang) ?? { windows: 0, told: 0 };
    tally.set(lang, t);
    // Each run of paragraphs from each one on, to a dozen words: a short proposal.
    for (let i = 0; i < paragraphs.length; i++) {
      let j = i;
      let words = 0;
      while (j < paragraphs.length && words < 12) words += (paragraphs[j++].match(/\p{L}+/gu) ?? []).length;
      if (words < 12) break;
      const window = paragraphs.slice(i, j).join('\n');
      const told = textLanguage(window);
      // Never another language; French and Spanish told, always: taken as English, a French MOD of RR 5.338A is compared with the English text.
      assert.ok(told === undefined || told === lang, `${name}: ${told} for ${lang}: ${window}`);
      t.windows++;
      if (told === lang) t.told++;
      if (lang !== 'en') {
        const doc = parseDocument(`MOD\tXX/1/1\n${window}\n`);
        assert.equal(proposalLanguage(doc, 0), lang, `${name}: ${window}`);
      }
    }
  }
  for (const [lang, { windows, told }] of tally) {
    assert.ok(windows > (lang === 'en' ? 1000 : 15), `${lang}: ${windows} windows`);
    // English falls back on English when its words do not tell (tables of figures, lists of names); most of its windows tell anyway.
    assert.ok(told >= (lang === 'en' ? 0.8 : 1) * windows, `${lang}: ${told} of ${windows} told`);
  }
});

test('textLanguage: a call line counts for its language, a call word in running text does not (French "encourage" in "to encourage new initiatives")', () => {
  assert.equal(textLanguage('4\tto encourage new regional initiatives for digital financial inclusion.'), undefined);
  assert.equal(textLanguage('encourage\nles États Membres à participer'), 'fr');
  assert.equal(textLanguage('Motifs:\tLa résolution est devenue caduque.'), 'fr');
  assert.equal(textLanguage('Motivos:\tLa resolución ya no es necesaria.'), 'es');
  // A keyword alone tells nothing: a Spanish `Motivos:` before English words is no Spanish text (provision generator, seed 528802).
  assert.equal(textLanguage('223\nMotivos:\tuse statistical significance to run meaningful comparisons.'), undefined);
  // An apostrophe makes the French article; a label does not (`d)`, `l)` in English lists).
  assert.equal(textLanguage("d)\tthe study of spam;\nl)\tthe spread of it"), 'en');
});

test('the next label is offered in the form of its list: Arabic-Indic digits, a Russian list\'s Cyrillic look-alikes (review 6, G13)', () => {
  const labelsAt = (text: string, line: number) => completion(new DocumentRecord('file:///ws/d.itu', 1, text), { line, character: 0 }, { snippets: false, today: new Date(Date.UTC(2026, 11, 4)) })
    .filter((i) => i.detail === 'next label').map((i) => i.label);
  const ar = lines('ADD\tX/1/1', 'مشروع قرار جديد [X-1] (دبي، 2024)', 'عنوان', 'إن الجمعية العالمية لتقييس الاتصالات (دبي، 2024)،', 'تقرر', '١\tنص؛', '٢\tنص،', '', '', 'الأسباب:\tنص.');
  assert.deepEqual(labelsAt(ar, 7), ['٣', '٢bis', '٢.١']);
  const ru = lines('ADD\tX/1/1', 'ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [X-1] (Дубай, 2024 г.)', 'Название', 'Всемирная ассамблея по стандартизации электросвязи (Дубай, 2024 г.),', 'учитывая',
    'а)\tчто спам является проблемой;', 'b)\tчто нужна помощь;', '', '', 'Основания:\tтекст.');
  assert.deepEqual(labelsAt(ru, 7)[0], 'с)');
  const en = lines('ADD\tX/1/1', 'DRAFT NEW RESOLUTION [X-1] (Dubai, 2024)', 'Title', 'The Assembly (Dubai, 2024),', 'considering', 'a)\tthat x;', 'b)\tthat y;', '', '', 'Reasons:\tr.');
  assert.deepEqual(labelsAt(en, 7), ['c)', 'i)', 'bbis)']);
});
