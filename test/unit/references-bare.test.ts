// Cross-references written without a direction word (review 5, F13): `taking into account considering m)`, `referred
// to in instructs the ITU Council 2` (real PP-18 Resolution 2), `c) and d) of considering`, `au point m) du
// considérant`, `los apartados h) y m) del considerando`, `пунктах b) и c) раздела учитывая`. Not read, the numbering
// fix reletters the list and leaves them naming other items without a word. Prose is not read as one: a number
// after a call with no `of`/`in` before it, labels of another text named in the same clause, a call the
// Resolution does not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { referenceMatches } from '../../server/src/core/lang/references';

interface Case {
  lang: string;
  /** A Resolution whose considering has a) b) c) and whose resolves 1 names two of them (`{B}`, `{C}`) without a direction word. */
  text: (b: string, c: string) => string;
  phrase: string;
}

const resolution = (head: string[], call: string, items: string[], operative: string, reference: string, last: string) =>
  [...head, call, ...items, operative, reference, last, ''].join('\n');

const CASES: Case[] = [
  { lang: 'en (call first)', phrase: 'considering', text: (b, c) => resolution(['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'], 'considering',
    ['a)\tthat spam is a problem;', 'b)\tthat spam costs operators money;', 'c)\tthat users need protection;'], 'resolves', `1\tto study, taking into account considering ${b} and ${c}, the matters;`, '2\tto report.') },
  { lang: 'en (labels first)', phrase: 'considering', text: (b, c) => resolution(['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'], 'considering',
    ['a)\tthat spam is a problem;', 'b)\tthat spam costs operators money;', 'c)\tthat users need protection;'], 'resolves', `1\tto study the matters in ${b} and ${c} of considering;`, '2\tto report.') },
  { lang: 'fr', phrase: 'considérant', text: (b, c) => resolution(['RÉSOLUTION 99 (Rév. Dubaï, 2012)', '', 'L\'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),'], 'considérant',
    ['a)\tque le spam est un problème;', 'b)\tque le spam coûte cher aux opérateurs;', 'c)\tque les utilisateurs ont besoin de protection;'], 'décide', `1\td'étudier les questions visées aux alinéas ${b} et ${c} du considérant;`, '2\tde faire rapport.') },
  { lang: 'es', phrase: 'considerando', text: (b, c) => resolution(['RESOLUCIÓN 99 (Rev. Dubái, 2012)', '', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),'], 'considerando',
    ['a)\tque el spam es un problema;', 'b)\tque el spam cuesta dinero a los operadores;', 'c)\tque los usuarios necesitan protección;'], 'resuelve', `1\testudiar los asuntos de los apartados ${b} y ${c} del considerando;`, '2\tinformar.') },
  { lang: 'ru', phrase: 'учитывая', text: (b, c) => resolution(['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', '', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),'], 'учитывая',
    ['a)\tчто спам является проблемой;', 'b)\tчто спам стоит операторам денег;', 'c)\tчто пользователи нуждаются в защите;'], 'решает', `1\tизучить вопросы, указанные в пунктах ${b} и ${c} раздела учитывая;`, '2\tпредставить отчет.') },
  { lang: 'ar', phrase: 'إذ تضع في اعتبارها', text: (b, c) => resolution(['القرار 99 (المراجَع في دبي، 2012)', '', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،'], 'إذ تضع في اعتبارها',
    ['أ)\tأن الرسائل الاقتحامية مشكلة؛', 'ب)\tأن الرسائل الاقتحامية تكلف المشغلين أموالاً؛', 'ج)\tأن المستعملين بحاجة إلى الحماية؛'], 'تقرر', `1\tدراسة المسائل الواردة في الفقرتين ${b} و${c} من إذ تضع في اعتبارها؛`, '2\tتقديم تقرير.') },
];

const LABELS: Record<string, [string, string, string, string]> = { ar: ['أ)', 'ب)', 'ج)', 'د)'] };
const labelsOf = (lang: string) => LABELS[lang] ?? ['a)', 'b)', 'c)', 'd)'];

for (const c of CASES) {
  test(`${c.lang}: a reference without a direction word is read, checked, and followed by the numbering fix`, () => {
    const [a, b, cc, d] = labelsOf(c.lang);
    const doc = parseDocument(c.text(b, cc));
    const refs = doc.views.new.references;
    assert.deepEqual(refs.map((r) => r.targets.map((t) => t.label)), [[b, cc]], doc.text.split('\n')[8]);
    assert.equal(refs[0].direction, undefined);
    assert.ok(refs[0].phrase?.includes(c.phrase), refs[0].phrase);
    assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('reference.')), []);
    // d), which the list does not have: reported, the message without a direction word.
    const missing = checkDocument(parseDocument(c.text(b, d))).filter((f) => f.code === 'reference.unresolved');
    assert.equal(missing.length, 1, c.lang);
    // Named by its call and label, or quoted as written when it is not plain ASCII (review 6, G23).
    const message = missing[0].message;
    assert.ok(message.includes(`"${c.phrase} ${d}" names no item`) || (/[^\x00-\x7f]/.test(message.split('":')[0]) && message.includes(`": ${d} names no item`)), message);
    // An item inserted at the top: the fix reletters the list, and the reference follows (b) c) become c) d)).
    const lines = c.text(b, cc).split('\n');
    lines.splice(4, 0, `${a}\t${lines[4].slice(a.length + 1)}`);
    const inserted = parseDocument(lines.join('\n'));
    const finding = checkDocument(inserted).find((f) => f.code.startsWith('numbering.') && f.fix)!;
    const fixed = applyEdits(inserted.text, finding.fix!.edits).split('\n')[9];
    assert.ok(fixed.includes(cc) && fixed.includes(d) && !fixed.includes(` ${b}`), `${c.lang}: ${fixed}`);
  });
}

/** PP-18 Resolution 2 in short: two instructs sections, a reference to the Council's 2 in its 3. */
const PP = (reference: string) => ['RESOLUTION 2 (Rev. Dubai, 2018)', 'World telecommunication/ICT policy forum', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
  'instructs the Secretary-General', '1\tto convene the forum;', '2\tto prepare a report;', '3\tto consult,', 'instructs the ITU Council', '1\tto decide the duration;',
  '2\tto adopt a procedure;', `3\tthat the procedure referred to in ${reference} should include consultations,`, ''].join('\n');

test('a reference with an addressee names that call only: instructs the ITU Council 2, not the Secretary-General\'s 2; the fix follows it (real PP-18 Resolution 2)', () => {
  const council = parseDocument(PP('instructs the ITU Council 2')).views.new;
  assert.equal(council.references[0].addressee, 'the ITU Council');
  // The Council's 2 (`to adopt a procedure`), not the Secretary-General's.
  assert.match(resolveTarget(council, council.references[0], '2')!.paragraph.text, /adopt a procedure/);
  const sg = parseDocument(PP('instructs the Secretary-General 3 above')).views.new;
  assert.match(resolveTarget(sg, sg.references[0], '3')!.paragraph.text, /to consult/);
  // A new Council item 1: the list relettered, the reference 2 -> 3 with it.
  const lines = PP('instructs the ITU Council 2').split('\n');
  lines.splice(8, 0, '1\tto set a date;');
  const inserted = parseDocument(lines.join('\n'));
  const finding = checkDocument(inserted).find((f) => f.code === 'numbering.duplicate' && f.fix)!;
  assert.match(applyEdits(inserted.text, finding.fix!.edits), /referred to in instructs the ITU Council 3 should/);
  // An addressee no call has is no reference (`instructs the Director 2`); nor a call the Resolution lacks.
  assert.deepEqual(parseDocument(PP('instructs the Director 2')).views.new.references, []);
  assert.deepEqual(parseDocument(PP('considering m)')).views.new.references, []);
  assert.deepEqual(checkDocument(parseDocument(PP('instructs the ITU Council 4'))).filter((f) => f.code === 'reference.unresolved').map((f) => f.message),
    ['"instructs the ITU Council 4" names no item of this Resolution. instructs the ITU Council has 1, 2, 3.']);
});

test('prose is not read as a reference without a direction word', () => {
  const none = (text: string) => assert.deepEqual(referenceMatches(text), [], text);
  // A number right after a call with no `of`/`in` before it.
  none('the Council resolves 2 issues each year');
  none('resolves 7');
  // Another text's items, named in the same clause (real PP-18 Final Acts).
  none('as approved by the ITU Council at its 1999 session, and in resolves 1 to 11 of Resolution 25 (Rev. Dubai, 2018)');
  none('Resolution 73 (Rev. Dubai, 2018), on ICTs and climate change and, in particular, recognizing g) thereof');
  // A preamble call has no addressee: `7.1.5 above` is a decimal reference, not `taking into account the criteria in`'s.
  assert.deepEqual(referenceMatches('taking into account the criteria in 7.1.5 above.').map((r) => [r.phrase, r.targets[0].label]), [[undefined, '7.1.5']]);
  // With the word before it, a number is read: `in resolves 4`, `of resolves 3, 4 and 5`.
  assert.deepEqual(referenceMatches('the conferences mentioned in resolves 4 should be held').map((r) => r.targets.map((t) => t.label)), [['4']]);
  assert.deepEqual(referenceMatches('the implementation of resolves 3, 4 and 5 to the conference').map((r) => r.targets.map((t) => t.label)), [['3', '4', '5']]);
});

test('a reference with a direction word and an addressee that begins one call\'s names that call (final read: it was dropped)', () => {
  const text = (line: string) => ['RESOLUTION 1 (Rev. Dubai, 2012)', 'Title', 'The World Telecommunication Standardization Assembly (Dubai, 2012),', 'resolves', '1\tto do x;',
    'instructs the Director of the Telecommunication Standardization Bureau', '1\tto help;', '2\tto help more;', 'instructs the Secretary-General', '1\tto report;',
    'invites Member States', `1\t${line}`, ''].join('\n');
  const unresolved = (line: string) => checkDocument(parseDocument(text(line))).filter((f) => f.code === 'reference.unresolved');
  assert.equal(unresolved('to follow instructs the Director 3 above;').length, 1, 'no item 3 of the Director\'s');
  assert.deepEqual(unresolved('to follow instructs the Director 2 above;'), [], 'the Director\'s 2');
  assert.equal(unresolved('to follow instructs the Secretary-General 2 above;').length, 1, 'the Secretary-General has no 2');
  // An addressee that begins no call's, or several calls': not read (`the Directors` of two Bureaux would be either).
  const two = text('to follow instructs the Director 2 above;').replace('instructs the Secretary-General', 'instructs the Director of the Radiocommunication Bureau');
  assert.deepEqual(parseDocument(two).views.new.references.filter((r) => r.paragraph.text.includes('to follow')), []);
});
