// Labels and references written in the scripts of the six languages (review defects D13, D25, D26, D8,
// D2): how they are read, compared with the text in force, and rewritten by fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { matchLocalLabel, READ_ALONE } from '../../server/src/core/lang/labels';
import { check, contribution, fixed, lines } from './helpers';
import { cases } from '../support/scale';

const params = { numRuns: Number(process.env.PROPERTY_RUNS ?? cases(200)) };
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
/** The full-width form of an ASCII string (`ａ）` for `a)`). */
const wide = (s: string) => [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

const ZH_HEAD = ['ADD\tCHN/43A1/1', '第[CHN-1]号新决议草案（2024年，新德里）', '标题', '世界电信标准化全会（2024年，新德里），', '考虑到'];
const ZH_TAIL = ['做出决议', '1\t研究；', '2\t合作。', '', '理由：\t更新决议。'];

test('Chinese: an item whose body starts with a Latin letter, a digit or a full-width letter right after the parenthesis is an item', () => {
  const ctx = READ_ALONE;
  for (const [line, ordinal, body] of [
    ['a)IP地址是基础资源；', 1, 'IP地址是基础资源；'],
    ['b)5G网络正在部署；', 2, '5G网络正在部署；'],
    ['c)ITU-T第17研究组的工作，', 3, 'ITU-T第17研究组的工作，'],
    ['ａ）IP地址是基础资源；', 1, 'IP地址是基础资源；'],
    ['ｄ）ＩＴＵ-Ｔ的工作；', 4, 'ＩＴＵ-Ｔ的工作；'],
    ['2)IMT-2020系统；', 2, 'IMT-2020系统；'],
    ['abis)IP地址；', 1, 'IP地址；'],
    ['b)bis向IPv6过渡；', 2, '向IPv6过渡；'],
  ] as const) {
    const m = matchLocalLabel(line, ctx);
    assert.ok(m, line);
    assert.equal(m.label.ordinal, ordinal, line);
    assert.equal(line.slice(m.bodyOffset), body, line);
    assert.equal(m.looseSeparator, true, line);
  }
  // Latin text with no Chinese in it keeps the rule of FORMAT.md §1: a label is separated from its text.
  for (const line of ['a)IP addresses are a resource;', 'b)5G networks,', 'c)ITU-T Study Group 17']) {
    assert.equal(matchLocalLabel(line, ctx), undefined, line);
  }
  // Whole lists, as the review's cases have them: no finding.
  for (const items of [
    ['a)IP地址是基础资源；', 'b)向IPv6过渡必不可少，'],
    ['a)5G网络正在部署；', 'b)向IPv6过渡必不可少；', 'c)ITU-T第17研究组的工作，'],
    ['ａ）IP地址是基础资源；', 'ｂ）向IPv6过渡必不可少；', 'ｃ）许多发展中国家需要援助，'],
  ]) {
    assert.deepEqual(check(lines(...ZH_HEAD, ...items, ...ZH_TAIL)).findings.map((f) => f.message), [], items.join(' '));
  }
});

test('property: a Chinese list of any length, labels written tight, full-width or with a TAB, bodies opening in any script, is read in order with no finding', () => {
  const opening = fc.constantFrom('IP地址', '5G网络', 'ITU-T第17研究组', 'IMT-2020系统', 'ICT的', '各国', '第180号决议', 'e-mail', 'ＩＴＵ-Ｔ', '“数字鸿沟”', '（ITU）');
  const spelling = fc.constantFrom<'tight' | 'wide' | 'tab'>('tight', 'wide', 'tab');
  fc.assert(
    fc.property(fc.array(fc.tuple(spelling, opening), { minLength: 1, maxLength: 12 }), (items) => {
      const written = items.map(([how, body], k) => {
        const label = `${LATIN[k]})`;
        return (how === 'wide' ? wide(label) : label) + (how === 'tab' ? '\t' : '') + body + '的工作' + (k === items.length - 1 ? '，' : '；');
      });
      const { doc, findings } = check(lines(...ZH_HEAD, ...written, ...ZH_TAIL));
      assert.deepEqual(findings.map((f) => f.message), []);
      const read = doc.views.new.paragraphs.filter((p) => p.label && p.label.kind !== 'decimal').map((p) => p.label!.ordinal);
      assert.deepEqual(read, items.map((_, k) => k + 1));
    }),
    params,
  );
});

// ---------------------------------------------------------------- label spellings and the text in force

/** The base.untracked-change findings of a MOD restating `restated` against the text in force `inForce` (lines of one Resolution). */
function untracked(inForce: string[], restated: string[], reasons = 'Reasons:\tr') {
  const index = new BaseIndex();
  index.update('base.itu', lines(...inForce));
  const text = lines('MOD\tXX/1/1', ...restated, '', reasons);
  const findings = checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change');
  return { text, findings };
}

const RU = ['РЕЗОЛЮЦИЯ 2 (Пересм. Хаммамет, 2016 г.)', 'Заголовок', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),', 'учитывая,'];
const AR = ['القرار 64 (المراجَع في الحمامات، 2016)', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،', 'إذ تضع في اعتبارها'];
const ZH = ['第64号决议（2016年，哈马马特，修订版）', '标题', '世界电信标准化全会（2016年，哈马马特），', '考虑到'];

// Each language's spellings of one text: [text in force, restated]; every restatement reads the same.
const SAME: [string, string[], string[]][] = [
  ['ru: Latin a) and c) for the Cyrillic look-alikes, in the items and in a reference', [...RU, 'а)\tчто функции определены;', 'b)\tчто дублирования следует избегать;', 'с)\tчто комиссии сотрудничают,', 'решает', '1\tчто изменения вносятся, учитывая с) выше.'],
    [...RU, 'a)\tчто функции определены;', 'b)\tчто дублирования следует избегать;', 'c)\tчто комиссии сотрудничают,', 'решает', '1\tчто изменения вносятся, учитывая c) выше.']],
  ['ru: the Cyrillic look-alikes for Latin letters in force', [...RU, 'a)\tчто функции определены;', 'b)\tчто дублирования следует избегать,', 'решает', '1\tчто изменения вносятся, учитывая a) выше.'],
    [...RU, 'а)\tчто функции определены;', 'b)\tчто дублирования следует избегать,', 'решает', '1\tчто изменения вносятся, учитывая а) выше.']],
  ['ar: a space before the parenthesis added or dropped, in the items and in a reference; alef without hamza', [...AR, 'أ )\tأن العناوين موارد أساسية؛', 'ب)\tأن الانتقال لا غنى عنه؛', 'ج )\tأن البلدان بحاجة إلى المساعدة،', 'تقرر', '1\tمراعاة الفقرة ج) من إذ تضع في اعتبارها أعلاه.'],
    [...AR, 'ا)\tأن العناوين موارد أساسية؛', 'ب )\tأن الانتقال لا غنى عنه؛', 'ج)\tأن البلدان بحاجة إلى المساعدة،', 'تقرر', '١\tمراعاة الفقرة ج ) من إذ تضع في اعتبارها أعلاه.']],
  ['zh: full-width labels set tight for ASCII labels after a TAB, in the items and in a reference', [...ZH, 'ａ）IP地址是基础资源；', 'ｂ）向IPv6过渡必不可少；', 'ｃ）许多发展中国家需要援助，', '做出决议', '１\t在考虑到上文考虑到ｃ）的情况下推动过渡。'],
    [...ZH, 'a)\tIP地址是基础资源；', 'b)向IPv6过渡必不可少；', 'c) 许多发展中国家需要援助，', '做出决议', '1\t在考虑到上文考虑到c)的情况下推动过渡。']],
];

test('a label restated in another spelling of itself (Cyrillic look-alike, Arabic spacing, full-width, Arabic-Indic digits) is no untracked change', () => {
  for (const [name, inForce, restated] of SAME) {
    assert.deepEqual(untracked(inForce, restated).findings.map((f) => f.message), [], name);
  }
});

test('a real change next to a label spelled otherwise is reported, and its fix keeps the spelling of the text in force', () => {
  // Russian: Cyrillic с) in force relettered d) by hand: the fix writes the letter in force, Cyrillic.
  const ru = untracked([...RU, 'а)\tчто функции определены;', 'b)\tчто дублирования следует избегать;', 'с)\tчто комиссии сотрудничают,'],
    [...RU, 'a)\tчто функции определены;', 'b)\tчто дублирования следует избегать;', 'd)\tчто комиссии сотрудничают,']);
  assert.equal(ru.findings.length, 1);
  assert.match(fixed(ru.text, ru.findings[0]), /\{~~с~>d~~\}\)\tчто комиссии/);
  // Arabic: ج ) relettered د ) by hand: the substitution holds the letter alone, not the space after it.
  const ar = untracked([...AR, 'أ )\tأن العناوين موارد أساسية؛', 'ج )\tأن البلدان بحاجة إلى المساعدة،'], [...AR, 'أ)\tأن العناوين موارد أساسية؛', 'د )\tأن البلدان بحاجة إلى المساعدة،']);
  assert.equal(ar.findings.length, 1);
  assert.match(fixed(ar.text, ar.findings[0]), /\{~~ج~>د~~\} \)\tأن البلدان/);
  // A word changed in an item whose label is spelled otherwise: the word alone.
  const zh = untracked([...ZH, 'ａ）IP地址是基础资源；'], [...ZH, 'a)\tIP地址是重要资源；']);
  assert.equal(zh.findings.length, 1);
  assert.match(zh.findings[0].message, /基础/);
  assert.doesNotMatch(zh.findings[0].message, /ａ|a\)/);
});

test('property: a list restated with each label in any spelling of itself differs from the text in force only by the words changed, and the fix leaves nothing', () => {
  // Each language's letters, and the spellings of letter k (0-based) that read as that letter.
  const spell: Record<'ru' | 'ar' | 'zh', { head: string[]; body: string; forms: (k: number) => string[] }> = {
    ru: { head: RU, body: 'что пункт {k} остаётся в силе', forms: (k) => {
      const latin = `${LATIN[k]})\t`;
      const look: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у' };
      return look[LATIN[k]] ? [latin, `${look[LATIN[k]]})\t`, `${LATIN[k]}) `] : [latin, `${LATIN[k]}) `];
    } },
    ar: { head: AR, body: 'أن البند {k} يبقى نافذاً', forms: (k) => {
      const letter = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي'][k]!;
      const alt = letter === 'أ' ? 'ا' : letter === 'هـ' ? 'ه' : letter;
      return [`${letter})\t`, `${letter} )\t`, `${alt})\t`, `${alt} )\t`];
    } },
    zh: { head: ZH, body: 'IP地址{k}是基础资源', forms: (k) => [`${LATIN[k]})\t`, `${LATIN[k]})`, wide(`${LATIN[k]})`), `${wide(LATIN[k]!)}）\t`] },
  };
  const lang = fc.constantFrom<'ru' | 'ar' | 'zh'>('ru', 'ar', 'zh');
  fc.assert(
    fc.property(lang, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), fc.option(fc.nat()), (l, picks, changed) => {
      const s = spell[l];
      const item = (k: number, form: number, word: string) => {
        const forms = s.forms(k);
        return forms[form % forms.length] + s.body.replace('{k}', word);
      };
      const inForce = [...s.head, ...picks.map(([f], k) => item(k, f, String(k + 1)))];
      const at = changed === null ? -1 : changed % picks.length;
      const restated = [...s.head, ...picks.map(([, f], k) => item(k, f, k === at ? `${k + 1}${k + 1}` : String(k + 1)))];
      const { text, findings } = untracked(inForce, restated);
      assert.equal(findings.length, at < 0 ? 0 : 1, findings.map((f) => f.message).join('\n'));
      if (at >= 0) {
        const after = fixed(text, findings[0]);
        const index = new BaseIndex();
        index.update('base.itu', lines(...inForce));
        assert.deepEqual(checkDocument(parseDocument(after), { bases: index.lookup }).filter((f) => f.code === 'base.untracked-change'), []);
        // The mark holds words only: no label, whatever its spelling, is rewritten.
        const marks = after.match(/\{(?:\+\+|~~)[^}]*\}/g) ?? [];
        assert.equal(marks.length, 1, after);
        assert.doesNotMatch(marks[0]!, /[)）]/);
      }
    }),
    params,
  );
});

// ---------------------------------------------------------------- references relettered with their list

test('relettering a list reletters each reference to it in the reference\'s own spelling (Arabic spacing, Cyrillic look-alike)', () => {
  const cases: [string, string[], RegExp][] = [
    // The item is written `ج )`, the reference `ج)`: the reference keeps its spacing (review D8).
    ['ar', [...AR, 'أ )\tأن العناوين موارد أساسية؛', 'ب)\tأن الانتقال لا غنى عنه؛', '{++ج )\tأن النشر بطيء؛++}', 'ج )\tأن البلدان بحاجة إلى المساعدة،', 'تقرر', '1\tمراعاة الفقرة ج) من إذ تضع في اعتبارها أعلاه.'],
      /الفقرة \{~~ج~>د~~\}\) من/],
    // And the other way round: the item `ج)`, the reference `ج )`.
    ['ar', [...AR, 'أ)\tأن العناوين موارد أساسية؛', 'ب)\tأن الانتقال لا غنى عنه؛', '{++ج)\tأن النشر بطيء؛++}', 'ج)\tأن البلدان بحاجة إلى المساعدة،', 'تقرر', '1\tمراعاة الفقرة ج ) من إذ تضع في اعتبارها أعلاه.'],
      /الفقرة \{~~ج~>د~~\} \) من/],
    // The item in Cyrillic look-alike, the reference in Latin: the reference's letter is replaced.
    ['ru', [...RU, 'а)\tчто функции определены;', 'b)\tчто дублирования следует избегать;', '{++с)\tчто технологии меняются;++}', 'с)\tчто комиссии сотрудничают,', 'решает', '1\tчто изменения вносятся, учитывая c) выше.'],
      /учитывая \{~~c~>d~~\}\) выше/],
  ];
  for (const [lang, body, want] of cases) {
    const text = lines('MOD\tXX/1/1', ...body, '', lang === 'ar' ? 'الأسباب:\tr' : 'Основания:\tr');
    const dup = check(text).findings.find((f) => f.code === 'numbering.duplicate' && f.fix);
    assert.ok(dup, `${lang}: ${check(text).findings.map((f) => f.message).join('; ')}`);
    const out = fixed(text, dup);
    assert.match(out, want, out);
    // The new text's reference names the item it named before: no reference finding after the fix.
    assert.deepEqual(check(out).findings.filter((f) => f.code.startsWith('reference.') || f.code.startsWith('numbering.')).map((f) => f.message), [], out);
  }
});

// ---------------------------------------------------------------- references left on an old label

const EN = ['RESOLUTION 52 (Rev. Hammamet, 2016)', 'Countering spam', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'];
const stale = (text: string) => check(text).findings.filter((f) => f.code === 'reference.stale');

test('a reference in text in force left on a label the marks gave to another item is reported, with a fix to the label its item has now (review D2)', () => {
  // An item inserted as c), the old c) relettered d) by hand; "recognizing further c) above" still names the report.
  const body = [...EN, 'recognizing further', 'a)\tthe first;', 'b)\tthe second;', '{++c)\tthe relevant parts of Resolution 45;++}', '{~~c~>d~~})\tthe report of the chairman,',
    'considering', 'a)\tthat measures are one of the approaches mentioned in recognizing further c) above,'];
  const text = lines('MOD\tXX/1/1', ...body, '', 'Reasons:\tr');
  const [f] = stale(text);
  assert.ok(f, check(text).findings.map((x) => x.code).join());
  assert.equal(text.slice(f.start, f.end), 'c)');
  assert.match(f.message, /recognizing further c\) above/);
  assert.match(f.message, /d\)/);
  const out = fixed(text, f);
  assert.match(out, /mentioned in recognizing further \{~~c~>d~~\}\) above/);
  assert.deepEqual(check(out).findings.map((x) => x.code), []);
  // French, two references, each left on its letter after {~~c~>d~~} and {~~d~>e~~}.
  const fr = lines('MOD\tXX/1/1', 'RÉSOLUTION 69 (Rév. Hammamet, 2016)', 'Titre', "L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),", 'considérant',
    'a)\tque A;', 'b)\tque B;', '{++c)\tque N;++}', '{~~c~>d~~})\tque C;', '{~~d~>e~~})\tque D,', 'décide',
    '1\tde viser les mesures du considérant c) ci-dessus;', '2\tde recueillir les informations du considérant d) ci-dessus.', '', 'Motifs:\tr');
  const both = stale(fr);
  assert.deepEqual(both.map((x) => fr.slice(x.start, x.end)), ['c)', 'd)']);
  assert.match(applyEdits(fr, both.flatMap((x) => x.fix!.edits)), /considérant \{~~c~>d~~\}\) ci-dessus;\n.*considérant \{~~d~>e~~\}\) ci-dessus\./);
  // The item named deleted, and the next relettered into its place: reported, without a fix.
  const del = lines('MOD\tXX/1/1', 'RÉSOLUTION 69 (Rév. Hammamet, 2016)', 'Titre', "L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),", 'considérant',
    'a)\tque A;', 'b)\tque B;', '{--c)\tque C;--}', '{~~d~>c~~})\tque D,', 'décide',
    '1\tde viser les mesures du considérant c) ci-dessus;', '2\tde recueillir les informations du considérant {~~d~>c~~}) ci-dessus.', '', 'Motifs:\tr');
  const [gone, ...more] = stale(del);
  assert.deepEqual(more, []);
  assert.equal(del.slice(gone.start, gone.end), 'c)');
  assert.equal(gone.fix, undefined);
  assert.match(gone.message, /delet/);
});

test('no stale reference where the reference follows its item, or names an item the marks leave alone', () => {
  const head = ['MOD\tXX/1/1', ...EN, 'recognizing further', 'a)\tthe first;', 'b)\tthe second;'];
  for (const body of [
    // Relettered with the marks, reference too (as the fix writes it).
    ['{++c)\tthe new;++}', '{~~c~>d~~})\tthe report,', 'considering', 'a)\tas in recognizing further {~~c~>d~~}) above,'],
    // The reference names an item before the insertion.
    ['{++c)\tthe new;++}', '{~~c~>d~~})\tthe report,', 'considering', 'a)\tas in recognizing further b) above,'],
    // An insertion not relettered (a duplicate c)): numbering reports it, once; the reference is no second finding.
    ['{++c)\tthe new;++}', 'c)\tthe report,', 'considering', 'a)\tas in recognizing further c) above,'],
    // A reference the MOD inserts names the new text's item.
    ['{++c)\tthe new;++}', '{~~c~>d~~})\tthe report,', 'considering', '{++a)\tas in recognizing further c) above,++}'],
  ]) {
    const text = lines(...head, ...body, '', 'Reasons:\tr');
    assert.deepEqual(stale(text), [], body.join(' | '));
  }
  // An item the marks leave where it was, its own words changed (a line of each view: the item is its own counterpart).
  const text = lines('MOD\tXX/1/1', ...EN, 'recognizing further', 'a)\tthe first;', 'b)\tthe {~~second~>2nd~~};', '{++c)\tthe new;++}', '{~~c~>d~~})\tthe report,',
    'considering', 'a)\tas in recognizing further b) above,', '', 'Reasons:\tr');
  const view = parseDocument(text).views.old;
  assert.equal(resolveTarget(view, view.references[0], 'b)')?.paragraph.text, 'b)\tthe second;');
  assert.deepEqual(stale(text), []);
});

test('a change no one can see on screen (look-alike letters of another script, a zero-width character) is reported with what sets the two apart', () => {
  const inForce = [...RU, 'а)\tчто сеть работает;', 'b)\tчто ITU-T работает,'];
  const said = (restated: string[]) => untracked(inForce, restated).findings.map((f) => f.message);
  assert.deepEqual(said([...RU, 'а)\tчто cеть работает;', 'b)\tчто ITU-T работает,']),
    ["Change without revision marks: base says 'сеть', draft says 'cеть' (they look the same: Cyrillic с U+0441 → Latin c U+0063) (base: base.itu)."]);
  assert.deepEqual(said([...RU, 'а)\tчто се\u200bть работает;', 'b)\tчто ITU-Т работает,']), [
    "Change without revision marks: base says 'сеть', draft says 'се<U+200B>ть' (they look the same: + U+200B) (base: base.itu).",
    "Change without revision marks: base says 'T', draft says 'Т' (they look the same: Latin T U+0054 → Cyrillic Т U+0422) (base: base.itu).",
  ]);
  // A change one can see keeps its message.
  assert.deepEqual(said([...RU, 'а)\tчто сеть не работает;', 'b)\tчто ITU-T работает,']), ["Change without revision marks: draft adds 'не', base does not have it (base: base.itu)."]);
});

test('property: after an item inserted or deleted and the list relettered by hand, exactly the references to items that moved are stale, and their fixes leave a clean text', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 8 }), fc.nat(), fc.nat(), fc.constantFrom<'insert' | 'delete'>('insert', 'delete'), (n, p0, k0, op) => {
      const at = p0 % (op === 'insert' ? n + 1 : n);
      const k = k0 % n;
      const items: string[] = [];
      for (let i = 0; i < n; i++) {
        if (op === 'insert' && i === at) items.push(`{++${LATIN[i]})\tthat a new item stands here;++}`);
        const shift = op === 'insert' ? (i >= at ? 1 : 0) : i > at ? -1 : 0;
        const label = shift ? `{~~${LATIN[i]}~>${LATIN[i + shift]}~~})` : `${LATIN[i]})`;
        items.push(op === 'delete' && i === at ? `{--${LATIN[i]})\tthat item ${i} is in force;--}` : `${label}\tthat item ${i} is in force;`);
      }
      if (op === 'insert' && at === n) items.push(`{++${LATIN[n]})\tthat a new item stands here;++}`);
      const text = lines('MOD\tXX/1/1', ...EN, 'considering', ...items, 'resolves', `1\tto act on considering ${LATIN[k]}) above.`, '', 'Reasons:\tr');
      const found = stale(text);
      // The last label of a list that lost an item names nothing in the new text: reference.unresolved says so.
      const moved = op === 'insert' ? k >= at : k > at && k < n - 1;
      const deletedNamed = op === 'delete' && k === at && at < n - 1;
      if (op === 'delete' && k >= at && k === n - 1) assert.deepEqual(check(text).findings.map((f) => f.code), ['reference.unresolved'], text);
      assert.equal(found.length, moved || deletedNamed ? 1 : 0, text);
      if (moved) {
        const out = fixed(text, found[0]!);
        assert.match(out, new RegExp(`considering \\{~~${LATIN[k]}~>${LATIN[k + (op === 'insert' ? 1 : -1)]}~~\\}\\) above`));
        assert.deepEqual(check(out).findings.map((f) => f.message), [], out);
      }
      if (deletedNamed) assert.equal(found[0]!.fix, undefined);
    }),
    params,
  );
});

test('reference.stale: the fix writes the new label in the reference\'s own form (ASCII c) among full-width items)', () => {
  // Code review: the fix took the list's form, writing `{~~c~>ｄ~~}` into a reference typed in ASCII.
  const text = contribution('MOD', ['第52号决议（2016年，哈马马特，修订版）', 'T', '考虑到', 'ａ）\t第一；', 'ｂ）\t第二；', '{++ｃ）\t新的；++}', '{~~ｃ~>ｄ~~}）\t第三，', '注意到', '上文考虑到c)所述的问题。']);
  const stale = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.stale');
  assert.equal(stale.length, 1);
  assert.ok(applyEdits(text, stale[0].fix!.edits).includes('上文考虑到{~~c~>d~~})所述的问题。'));
});

test('a look-alike letter typed inside a word of the text in force is a slip: restoring the text in force is the preferred fix', () => {
  const inForce = [...RU, 'а)\tчто сеть работает;', 'b)\tчто ITU-T работает,'];
  // A Latin c in the Russian сеть, a Cyrillic Т in ITU-T, a zero-width space: each is put back as in force.
  const { text, findings } = untracked(inForce, [...RU, 'а)\tчто cеть работает;', 'b)\tчто ITU-Т раб\u200bотает,']);
  // (The Т of ITU-Т and the zero-width space two words on are one change of the comparison.)
  assert.equal(findings.length, 2);
  for (const f of findings) {
    assert.match(f.fix!.title, /^Restore the text in force/, f.message);
    assert.ok(f.fix!.alternatives!.some((a) => a.title === 'Wrap this change in revision marks'), f.message);
  }
  const restored = applyEdits(text, findings.flatMap((f) => f.fix!.edits));
  assert.equal(restored, lines('MOD\tXX/1/1', ...inForce, '', 'Reasons:\tr'));
  // The other way round, the draft mends a word the text in force mixes (`cеть` in force): a change of the
  // text the delegate may mean, wrapped in marks first; restoring the text in force stays on offer.
  const mixed = untracked([...RU, 'а)\tчто cеть работает;'], [...RU, 'а)\tчто сеть работает;']).findings;
  assert.equal(mixed.length, 1);
  assert.equal(mixed[0].fix!.title, 'Wrap this change in revision marks');
  assert.ok(mixed[0].fix!.alternatives!.some((a) => a.title === 'Restore the text in force (cеть)'));
  // A change one can see is wrapped, and not undone.
  const seen = untracked(inForce, [...RU, 'а)\tчто сеть не работает;', 'b)\tчто ITU-T работает,']).findings;
  assert.equal(seen[0].fix!.title, 'Wrap this change in revision marks');
  assert.ok(!seen[0].fix!.alternatives?.some((a) => a.title.startsWith('Restore')));
});

test('reference.stale names a label written in a Cyrillic look-alike as such, and its fix title the label the fix writes', () => {
  const head = ['MOD\tXX/1/1', ...RU, 'а)\tчто один;', 'b)\tчто два;', '{++с)\tчто новый;++}', '{~~с~>d~~})\tчто три,', 'решает'];
  // The reference left on the look-alike с) of the text in force, which the new text letters d).
  const text = lines(...head, '1\tчто изменения вносятся, учитывая с) выше.', '', 'Основания:\tr');
  const [f] = stale(text);
  assert.ok(f, check(text).findings.map((x) => x.message).join('\n'));
  assert.equal(f.message, '"учитывая с) выше" named с) (Cyrillic с U+0441) of the text in force, which the new text letters d); in the new text с) (Cyrillic с U+0441) is another item.');
  assert.equal(f.fix!.title, 'Reletter с) (Cyrillic с U+0441) to d) with revision marks');
  assert.match(fixed(text, f), /учитывая \{~~с~>d~~\}\) выше/);
});

test('numbering.gap: the fix replaces the letter in the form the list writes it (review 5, F30: a） with an ASCII letter became ａa）)', () => {
  const RU_ADD = ['ADD\tRUS/43A1/1', 'Проект новой Резолюции [RUS-1]', 'Заголовок', 'Всемирная ассамблея по стандартизации электросвязи (Нью-Дели, 2024 г.),', 'учитывая,'];
  const AR_ADD = ['ADD\tARB/43A1/1', 'مشروع قرار جديد [ARB-1]', 'العنوان', 'إن الجمعية العالمية لتقييس الاتصالات (نيودلهي، 2024)،', 'إذ تضع في اعتبارها'];
  // [form, head, the labels as written with a gap (third one wrong), the third label the fix must write]
  const table: [string, string[], [string, string, string], string][] = [
    ['ASCII a)', ZH_HEAD, ['a)', 'b)', 'd)'], 'c)'],
    ['ASCII letter, full-width parenthesis a） (a Chinese input method)', ZH_HEAD, ['a）', 'b）', 'd）'], 'c）'],
    ['full-width ａ）', ZH_HEAD, ['ａ）', 'ｂ）', 'ｄ）'], 'ｃ）'],
    ['mixed parentheses a) b） d)', ZH_HEAD, ['a)', 'b）', 'd)'], 'c)'],
    ['Cyrillic а) б) г)', RU_ADD, ['а)', 'б)', 'г)'], 'в)'],
    ['Arabic أ ) ب ) د )', AR_ADD, ['أ )', 'ب )', 'د )'], 'ج )'],
  ];
  for (const [form, head, [a, b, d], c] of table) {
    const text = lines(...head, `${a}\t一；`, `${b}\t二；`, `${d}\t三，`, ...ZH_TAIL);
    const gap = check(text).findings.filter((f) => f.code.startsWith('numbering.'));
    assert.equal(gap.length, 1, `${form}: ${gap.map((f) => f.message).join(' | ')}`);
    assert.ok(gap[0].fix, `${form}: a fix`);
    const after = fixed(text, gap[0]);
    assert.equal(after, text.replace(`${d}\t三`, `${c}\t三`), `${form}: the fix writes ${c} in place of ${d}`);
    assert.deepEqual(check(after).findings.map((f) => f.message), [], `${form}: no finding after the fix`);
  }
});

test('numbering.duplicate in a Chinese MOD with a） labels: the preferred fix reletters through marks on the letter, never inserting one (review 5, F30)', () => {
  const inForce = lines('第99号决议（2022年，日内瓦，修订版）', '标题', '世界电信标准化全会（2022年，日内瓦），', '考虑到', 'a）\t甲；', 'b）\t乙；', 'c）\t丙，', '做出决议', '1\t丁。');
  const index = new BaseIndex();
  index.update('base.itu', inForce);
  const base = { bases: index.lookup };
  const text = contribution('MOD', ['第99号决议（2022年，日内瓦，修订版）', '标题', '世界电信标准化全会（2022年，日内瓦），', '考虑到', 'a）\t甲；', 'b）\t乙；', '{++c）\t新；++}', 'c）\t丙，', '做出决议', '1\t丁。']);
  const dup = checkDocument(parseDocument(text), base).filter((f) => f.code === 'numbering.duplicate');
  assert.equal(dup.length, 1);
  const after = fixed(text, dup[0]);
  assert.ok(after.includes('\n{~~c~>d~~}）\t丙，\n'), after);
  assert.ok(after.includes('\na）\t甲；\nb）\t乙；\n{++c）\t新；++}\n'), after);
  assert.deepEqual(checkDocument(parseDocument(after), base).filter((f) => f.severity !== 'information').map((f) => f.message), []);
});

test('a list whose labels show no form takes it from its own proposal, in the editor and on the command line alike (the twenty-first session\'s hunt)', () => {
  // Proposal 1 writes its items with a Cyrillic look-alike (`а)`); proposal 2's list shows no form (`b)`: no look-alike
  // letter). Its missing first item was said `а) (Cyrillic а U+0430)` on the command line, where every proposal's labels
  // were counted, and `a)` in the editor, which checks each proposal with the text before the proposals alone.
  const add = (n: number, items: string[]) => [`ADD\tRCC/65A3/${n}`, `ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [RCC-${n}] (Доха, 2026 г.)`, 'Заголовок', 'Всемирная ассамблея по стандартизации электросвязи (Доха, 2026 г.),', 'учитывая,', ...items, 'решает', '1\tчто-то сделать.', '', 'Основания:\tr', ''];
  const text = lines('Meeting:\tWTSA-28, Doha, 2026', 'Document:\t65', 'Addendum:\t3', 'Proposals:\tRCC', 'Title:\tTest', '',
    ...add(1, ['а)\tчто один;', 'b)\tчто два;', 'd)\tчто четыре,']), ...add(2, ['b)\tчто два,']));
  const key = (f: { code: string; start: number; message: string }) => `${f.code}@${f.start}: ${f.message}`;
  const whole = checkDocument(parseDocument(text)).map(key);
  assert.deepEqual(analyzeNextVersion(text).findings.map(key), whole);
  const gaps = whole.filter((k) => k.startsWith('numbering.')).map((k) => k.replace(/^[^:]*: /, ''));
  // Proposal 1's own look-alike decides its expected label; proposal 2 has none to go by.
  assert.deepEqual(gaps, ['учитывая: after b) comes d); expected с) (Cyrillic с U+0441).', 'учитывая: the list starts at b); expected a).']);
});

test('an excerpt\'s call section showing only look-alike letters (р) с)) is read in the Cyrillic order of its Resolution\'s other lists (a review of the twenty-fifth session)', () => {
  const text = lines('MOD\tRCC/1/1', 'РЕЗОЛЮЦИЯ 7 (Пересм. Женева, 2022 г.)', '…', 'учитывая', '…', 'р)\tчто одно;', 'с)\tчто {~~другое~>третье~~},', 'решает', 'а)\tсделать одно;', 'б)\tсделать другое.', '', 'Основания:\tТест.');
  assert.deepEqual(checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('numbering.')).map((f) => f.message), []);
  const labels = parseDocument(text).views.new.paragraphs.filter((p) => p.label?.kind === 'letter').map((p) => `${p.label!.text}${p.label!.ordinal}`);
  assert.deepEqual(labels, ['р)16', 'с)17', 'а)1', 'б)2']);
});

test('a Cyrillic list (а) б) в)) in one proposal leaves the look-alike letters of another as Latin (а) b) с)), in the editor and on the command line alike (the twenty-fifth session\'s review)', () => {
  // Read for the whole document, the `б)` of proposal 2 made every Cyrillic letter count in Cyrillic order: proposal 1's
  // look-alike `с)` (c) became the 18th letter, a gap after b) whose fix wrote `{~~с~>в~~})` into the text in force; the
  // editor, which checks each proposal with the text before the proposals alone, said nothing.
  const res = (n: number, items: string[]) => [`ADD\tRCC/44/${n}`, `ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [RCC-${n}] (Дубай, 2018 г.)`, 'Заголовок', 'Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),', 'учитывая', ...items, 'решает', '1\tпродолжать.', '', 'Основания:\tr', ''];
  const cover = ['Meeting:\tPP-18, Dubai, 2018', 'Document:\t44', 'Proposals:\tRCC', 'Title:\tTest', ''];
  const lookAlike = ['а)\tчто Устав МСЭ;', 'b)\tчто Резолюция 99;', 'с)\tчто ООН,'];
  const key = (f: { code: string; start: number; message: string }) => `${f.code}@${f.start}: ${f.message}`;
  for (const cyrillic of [['а)\tчто обмен;', 'б)\tчто определения;', 'в)\tчто спам,'], ['а)\tчто обмен;', 'б)\tчто определения;', 'г)\tчто спам,']]) {
    for (const order of [[lookAlike, cyrillic], [cyrillic, lookAlike]]) {
      const text = lines(...cover, ...res(1, order[0]), ...res(2, order[1]));
      const whole = checkDocument(parseDocument(text)).map(key);
      assert.deepEqual(analyzeNextVersion(text).findings.map(key), whole);
      const numbering = whole.filter((k) => k.startsWith('numbering.')).map((k) => k.replace(/^[^:]*: /, ''));
      // The look-alike list is well lettered; the Cyrillic one is read in Cyrillic order (its gap, when it has one, expects в)).
      assert.deepEqual(numbering, cyrillic[2].startsWith('г') ? ['учитывая: after б) comes г); expected в).'] : []);
      const labels = parseDocument(text).views.new.paragraphs.filter((p) => p.label?.kind === 'letter').map((p) => `${p.label!.text}${p.label!.ordinal}`);
      const read = (items: string[]) => items === lookAlike ? ['а)1', 'b)2', 'с)3'] : ['а)1', 'б)2', cyrillic[2].startsWith('г') ? 'г)4' : 'в)3'];
      assert.deepEqual(labels, [...read(order[0]), ...read(order[1])]);
    }
  }
});
