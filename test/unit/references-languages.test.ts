// Cross-references in the six languages (core/lang/references.ts): `considérant b) ci-dessus`,
// `considerando b) y c) anteriores`, `пунктах b) и c) раздела учитывая выше`, `上文考虑到b)和c)`,
// `الفقرتين ب) وج) من إذ تضع في اعتبارها أعلاه` are read as references to items of the call they
// name: checked (reference.unresolved when the item is missing), relettered by the numbering fix,
// and followed by the compiler when a party inserts an item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { BaseIndex } from '../../server/src/core/base';
import { compile, mergedDraft } from '../../server/src/core/compile';
import { referenceMatches } from '../../server/src/core/lang/references';

interface Case {
  lang: string;
  /** A Resolution whose resolves 1 names considering b) and c); `{B}` `{C}` are the two labels in the reference. */
  text: (b: string, c: string) => string;
  /** The labels of the list and the reference (as each language writes them). */
  labels: [string, string, string, string];
  /** The call the reference names. */
  phrase: string;
  /** The name the compiler gives the Resolution (in its language). */
  target: string;
}

const CASES: Case[] = [
  {
    lang: 'en', target: 'Resolution 99', labels: ['a)', 'b)', 'c)', 'd)'], phrase: 'considering',
    text: (b, c) => ['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'considering',
      'a)\tthat spam is a problem;', 'b)\tthat spam costs operators money;', 'c)\tthat users need protection;', 'resolves',
      `1\tto study the matters in considering ${b} and ${c} above;`, '2\tto report.', ''].join('\n'),
  },
  {
    lang: 'fr', target: 'Résolution 99', labels: ['a)', 'b)', 'c)', 'd)'], phrase: 'considérant',
    text: (b, c) => ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', '', 'L\'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),', 'considérant',
      'a)\tque le spam est un problème;', 'b)\tque le spam coûte cher aux opérateurs;', 'c)\tque les utilisateurs ont besoin de protection;', 'décide',
      `1\td'étudier les questions visées au considérant ${b} et ${c} ci-dessus;`, '2\tde faire rapport.', ''].join('\n'),
  },
  {
    lang: 'es', target: 'Resolución 99', labels: ['a)', 'b)', 'c)', 'd)'], phrase: 'considerando',
    text: (b, c) => ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', '', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),', 'considerando',
      'a)\tque el spam es un problema;', 'b)\tque el spam cuesta dinero a los operadores;', 'c)\tque los usuarios necesitan protección;', 'resuelve',
      `1\testudiar los asuntos del considerando ${b} y ${c} anteriores;`, '2\tinformar.', ''].join('\n'),
  },
  {
    lang: 'ru', target: 'Резолюция 99', labels: ['a)', 'b)', 'c)', 'd)'], phrase: 'учитывая',
    text: (b, c) => ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', '', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),', 'учитывая',
      'a)\tчто спам является проблемой;', 'b)\tчто спам стоит операторам денег;', 'c)\tчто пользователи нуждаются в защите;', 'решает',
      `1\tизучить вопросы, указанные в пунктах ${b} и ${c} раздела учитывая выше;`, '2\tпредставить отчет.', ''].join('\n'),
  },
  {
    lang: 'zh', target: '第99号决议', labels: ['a)', 'b)', 'c)', 'd)'], phrase: '考虑到',
    text: (b, c) => ['第99号决议（2012年，迪拜，修订版）', '', '世界电信标准化全会（2016年，哈马马特），', '考虑到',
      'a)\t垃圾信息是一个问题；', 'b)\t垃圾信息使运营商付出代价；', 'c)\t用户需要保护；', '做出决议',
      `1\t研究上文考虑到${b}和${c}所述问题；`, '2\t提交报告。', ''].join('\n'),
  },
  {
    lang: 'ar', target: 'القرار 99', labels: ['أ )', 'ب)', 'ج )', 'د )'], phrase: 'إذ تضع في اعتبارها',
    text: (b, c) => ['القرار 99 (المراجَع في دبي، 2012)', '', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،', 'إذ تضع في اعتبارها',
      'أ )\tأن الرسائل الاقتحامية مشكلة؛', 'ب)\tأن الرسائل الاقتحامية تكلف المشغلين أموالاً؛', 'ج )\tأن المستعملين بحاجة إلى الحماية؛', 'تقرر',
      `1\tدراسة المسائل الواردة في الفقرتين ${b} و${c} من إذ تضع في اعتبارها أعلاه؛`, '2\tتقديم تقرير.', ''].join('\n'),
  },
];

const short = (label: string) => label.replace(' ', '');

for (const c of CASES) {
  test(`${c.lang}: a reference to items of a call is read, and checked against the call's list`, () => {
    const [, b, cc, d] = c.labels;
    const doc = parseDocument(c.text(short(b), short(cc)));
    const refs = doc.views.new.references;
    assert.equal(refs.length, 1, `one reference in ${doc.text.split('\n')[8]}`);
    assert.deepEqual(refs[0].targets.map((t) => t.label), [short(b), short(cc)]);
    assert.equal(refs[0].direction, 'above');
    assert.ok(refs[0].phrase?.includes(c.phrase.toLowerCase()), refs[0].phrase);
    assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('reference.')), []);
    // A reference to d), which the list does not have.
    const missing = checkDocument(parseDocument(c.text(short(b), short(d)))).filter((f) => f.code === 'reference.unresolved');
    assert.equal(missing.length, 1, `${c.lang}: d) is no item`);
    assert.match(missing[0].message, new RegExp(short(d).replace(')', '\\)')));
  });

  test(`${c.lang}: the numbering fix reletters the items and the reference follows them`, () => {
    const [a, b, cc, d] = c.labels;
    // An item inserted at the top, lettered like the first: the fix reletters the list, and the reference.
    const text = c.text(short(b), short(cc));
    const lines = text.split('\n');
    lines.splice(4, 0, `${a}\t${lines[4].slice(a.length + 1)}`);
    const doc = parseDocument(lines.join('\n'));
    const finding = checkDocument(doc).find((f) => f.code.startsWith('numbering.') && f.fix);
    assert.ok(finding, `a numbering finding with a fix: ${checkDocument(doc).map((f) => f.code).join()}`);
    // Labels compared without the space Arabic may type before the parenthesis (`د )`).
    const fixed = applyEdits(doc.text, finding.fix!.edits).replace(/[ \u00A0](?=\))/g, '').split('\n');
    assert.ok(fixed[9].includes(short(cc)) && fixed[9].includes(short(d)), `the reference follows: ${fixed[9]}`);
    assert.ok(!fixed[9].includes(short(b)), `b) is gone from the reference: ${fixed[9]}`);
  });

  test(`${c.lang}: the compiler's merge letters a party's new item and the reference follows, with no change of the party's own`, () => {
    const [a, b, cc, d] = c.labels;
    const base = c.text(short(b), short(cc));
    const letter = (l: string) => l.replace(/[ )]/g, '');
    const mark = (from: string, to: string) => `{~~${letter(from)}~>${letter(to)}~~}`;
    const lines = base.split('\n');
    const first = lines.indexOf(lines.find((l) => l.startsWith(a))!);
    // EUR inserts a new first item, reletters the list and its own reference.
    const relabel = (line: string, from: string, to: string) => `${mark(from, to)}${line.slice(letter(from).length)}`;
    const eur = [...lines];
    eur[first] = `{++${a}\t${lines[first + 2].slice(cc.length + 1)}++}\n${relabel(lines[first], a, b)}`;
    eur[first + 1] = relabel(lines[first + 1], b, cc);
    eur[first + 2] = relabel(lines[first + 2], cc, d);
    eur[first + 4] = lines[first + 4].replace(short(b), `${mark(b, cc)})`).replace(short(cc), `${mark(cc, d)})`);
    const mod = `Proposals:\tEUR\n\nMOD\tEUR/1/1\n${eur.join('\n')}\nReasons:\tr\n`;
    // ASMG changes resolves 2 only.
    const asmg = `Proposals:\tASMG\n\nMOD\tASMG/1/1\n${lines.map((l, i) => (i === first + 5 ? `${l}{++ ++}` : l)).join('\n')}\nReasons:\tr\n`;
    const index = new BaseIndex();
    index.update('res99.itu', base);
    const parsed = parseDocument(mod);
    assert.deepEqual(checkDocument(parsed, { bases: index.lookup }).filter((f) => /^(numbering|reference)\./.test(f.code)).map((f) => f.message), [], `EUR's MOD is clean:\n${parsed.views.new.text}`);
    const result = compile(c.target, [{ location: 'eur.itu', doc: parsed }, { location: 'asmg.itu', doc: parseDocument(asmg) }], index.lookup);
    assert.ok(result, 'compiled');
    const draft = parseDocument(mergedDraft(result));
    const newText = draft.views.new.text.split('\n');
    const reference = newText.find((l) => l.startsWith('1\t'))!.replace(/[ \u00A0](?=\))/g, '');
    assert.ok(reference.includes(short(cc)) && reference.includes(short(d)) && !reference.includes(short(b)), `the merged reference follows the list: ${reference}`);
    assert.equal(result.paragraphs.find((p) => p.base?.startsWith('1\t'))?.status, 'unchanged', 'the relettered reference is no change of EUR\'s own');
    assert.deepEqual(checkDocument(draft, { bases: index.lookup }).filter((f) => /^(numbering|reference)\./.test(f.code)).map((f) => f.message), []);
  });
}

test('fr, es: a reference naming several items of a call in the plural is read, and the numbering fix carries it (review 5, F13)', () => {
  const plural: Record<string, [string, string]> = { fr: ['visées au considérant', 'visées aux considérants'], es: ['del considerando', 'de los considerandos'] };
  for (const c of CASES.filter((x) => x.lang in plural)) {
    const [a, b, cc, d] = c.labels;
    const [singular, many] = plural[c.lang];
    const text = c.text(b, cc).replace(singular, many);
    assert.ok(text.includes(many), c.lang);
    const refs = parseDocument(text).views.new.references;
    assert.deepEqual(refs.map((r) => r.targets.map((t) => t.label)), [[b, cc]], c.lang);
    assert.equal(refs[0].phrase, c.phrase);
    // An item inserted at the top: the fix reletters the list, and the reference with it.
    const lines = text.split('\n');
    lines.splice(4, 0, `${a}\t${lines[4].slice(a.length + 1)}`);
    const doc = parseDocument(lines.join('\n'));
    const finding = checkDocument(doc).find((f) => f.code.startsWith('numbering.') && f.fix)!;
    const fixed = applyEdits(doc.text, finding.fix!.edits).split('\n');
    assert.ok(fixed[9].includes(many) && fixed[9].includes(cc) && fixed[9].includes(d) && !fixed[9].includes(` ${b}`), `${c.lang}: ${fixed[9]}`);
  }
});

test('a Russian reference with the comma before the direction word is read, and relettered with its item (review 6, G5)', () => {
  for (const dir of ['выше', 'ниже']) {
    const labelsFirst = referenceMatches(`в соответствии с пунктом b) раздела учитывая далее, ${dir};`);
    assert.equal(labelsFirst.length, 1, dir);
    assert.deepEqual(labelsFirst[0].targets.map((t) => t.label), ['b)']);
    assert.equal(labelsFirst[0].phrase, 'учитывая далее');
  }
  // A comma after the call and no direction word: the labels-first form without one (review 5, F13), read without a direction.
  const bare = referenceMatches('в соответствии с пунктом b) раздела учитывая далее, что');
  assert.deepEqual(bare.map((r) => [r.targets.map((t) => t.label), r.direction]), [[['b)'], undefined]]);
  // The numbering fix reletters it with its item: an item a) inserted before b).
  const text = ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', '', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),',
    'учитывая далее', 'a)\tновый пункт;', 'a)\tчто спам является проблемой;', 'b)\tчто пользователи нуждаются в защите,', 'решает',
    '1\tв соответствии с пунктом b) раздела учитывая далее, выше, изучить вопросы.', ''].join('\n');
  const dup = checkDocument(parseDocument(text)).find((f) => f.code === 'numbering.duplicate');
  assert.ok(dup?.fix, 'duplicate with a fix');
  const after = applyEdits(text, dup.fix.edits);
  assert.match(after, /пунктом c\) раздела учитывая далее, выше/);
});

test('an Arabic section reference with the preposition attached is read, and quoted as written (review 6, G23)', () => {
  const text = (ref: string) => ['ADD\tARB/6/1', 'مشروع قرار جديد [ARB-1] (نيودلهي، 2024)', 'أساليب العمل', 'إن الجمعية العالمية لتقييس الاتصالات (نيودلهي، 2024)،',
    'تقرر', 'أن تعتمد أساليب العمل الواردة في هذا القرار.', 'القسم 1', 'أحكام عامة', '1.1\tتطبق هذه الأحكام على لجان الدراسات.', 'القسم 2', 'الاجتماعات', '2.1\tتعقد الاجتماعات كل سنة.',
    `2.2\tتعقد الاجتماعات وفقاً ${ref} أعلاه.`, '', 'الأسباب:\tجديد.', ''].join('\n');
  for (const ref of ['للقسم', 'بالقسم', 'والقسم', 'القسم']) {
    assert.deepEqual(checkDocument(parseDocument(text(`${ref} 1`))).map((f) => f.code), [], ref);
    const findings = checkDocument(parseDocument(text(`${ref} 5`)));
    assert.deepEqual(findings.map((f) => [f.code, f.message]), [['reference.unresolved', `"${ref} 5 أعلاه" names no item of this Resolution.`]], ref);
  }
  // The English message is unchanged.
  const en = ['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'resolves',
    '1\tto act as in Section 5 above.', ''].join('\n');
  assert.deepEqual(checkDocument(parseDocument(en)).map((f) => f.message), ['"Section 5 above" names no item of this Resolution.']);
});

test('a reference that is not plain ASCII and holds revision marks is named by its call and label, not quoted with its marks', () => {
  const fr = (ref: string) => `RÉSOLUTION 1 (Rév. Dubaï, 2012)\nTitre\nL'Assemblée mondiale de normalisation des télécommunications (Dubaï, 2012),\nconsidérant\na)\tque x;\nb)\tque y;\ndécide\n1\tde tenir compte du ${ref};\n`;
  const message = (ref: string) => checkDocument(parseDocument(fr(ref))).filter((f) => f.code === 'reference.unresolved').map((f) => f.message);
  assert.deepEqual(message('considérant z) ci-dessus'), ['"considérant z) ci-dessus" names no item of this Resolution. considérant has a), b).']);
  const marked = message('considérant {~~b~>z~~}) ci-dessus');
  assert.equal(marked.length, 1);
  assert.ok(!/[{}~]/.test(marked[0]) && marked[0].startsWith('"considérant z)'), marked[0]);
});
