// A reference names an inserted item in whichever written form either writes it (FORMAT.md §4, docs/format-decisions.md:
// Resolution 1 writes `b)bis`, a fix and the texts in force `bbis)`): a list `a) b) b)bis c)` and `noting bbis) above`
// gave reference.unresolved "names no item … noting has a), b), b)bis, c)", and the reverse too. Generated: the
// languages × the item's form × the reference's form: the reference resolves (no finding; go to definition and hover
// name the item), and when the numbering fix reletters the item, the reference follows it in its own form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { definition, hover } from '../../server/src/service/navigation';
import { fixAll } from './helpers';

interface Lang {
  lang: string;
  /** A Resolution whose preamble lists `labels` (three items and the inserted one third) and whose resolves 1 names `ref`. */
  text: (labels: string[], ref: string) => string;
  /** The list's labels, the inserted item's two forms (the second item's), and the labels after a fix letters them from `b)`. */
  list: [string, string, string];
  inserted: string[];
  /** The forms an item is labelled with, when not every form a reference writes (an Arabic item carries its suffix on the letter). */
  items?: string[];
}

const body = (ls: string[], items: string[]) => ls.map((l, k) => `${l}\t${items[k]}`);
const LANGS: Lang[] = [
  {
    lang: 'en', list: ['a)', 'c)', 'd)'], inserted: ['cbis)', 'c)bis'],
    text: (ls, ref) => ['RESOLUTION 99 (Rev. Dubai, 2012)', '', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'considering',
      ...body(ls, ['that spam is a problem;', 'that spam costs money;', 'that spam grows;', 'that users need protection;']), 'resolves',
      `1\tto study the matters in considering ${ref} above;`, '2\tto report.', ''].join('\n'),
  },
  {
    lang: 'fr', list: ['a)', 'c)', 'd)'], inserted: ['cbis)', 'c)bis'],
    text: (ls, ref) => ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', '', "L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),", 'considérant',
      ...body(ls, ['que le spam est un problème;', 'que le spam coûte cher;', 'que le spam augmente;', 'que les utilisateurs ont besoin de protection;']), 'décide',
      `1\td'étudier les questions visées au considérant ${ref} ci-dessus;`, '2\tde faire rapport.', ''].join('\n'),
  },
  {
    lang: 'es', list: ['a)', 'c)', 'd)'], inserted: ['cbis)', 'c)bis'],
    text: (ls, ref) => ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', '', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),', 'considerando',
      ...body(ls, ['que el spam es un problema;', 'que el spam cuesta dinero;', 'que el spam aumenta;', 'que los usuarios necesitan protección;']), 'resuelve',
      `1\testudiar los asuntos del considerando ${ref} anterior;`, '2\tinformar.', ''].join('\n'),
  },
  {
    lang: 'ru', list: ['a)', 'c)', 'd)'], inserted: ['cbis)', 'c)bis'],
    text: (ls, ref) => ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', '', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),', 'учитывая',
      ...body(ls, ['что спам является проблемой;', 'что спам стоит денег;', 'что спама становится больше;', 'что пользователи нуждаются в защите;']), 'решает',
      `1\tизучить вопросы, указанные в пункте ${ref} раздела учитывая выше;`, '2\tпредставить отчет.', ''].join('\n'),
  },
  {
    lang: 'zh', list: ['a)', 'c)', 'd)'], inserted: ['cbis)', 'c)bis'],
    text: (ls, ref) => ['第99号决议（2012年，迪拜，修订版）', '', '世界电信标准化全会（2016年，哈马马特），', '考虑到',
      ...body(ls, ['垃圾信息是一个问题；', '垃圾信息使运营商付出代价；', '垃圾信息不断增加；', '用户需要保护；']), '做出决议',
      `1\t研究上文考虑到${ref}所述问题；`, '2\t提交报告。', ''].join('\n'),
  },
  {
    lang: 'ar', list: ['أ )', 'ج)', 'د )'], inserted: ['جbis)', 'ج)bis'], items: ['جbis)'],
    text: (ls, ref) => ['القرار 99 (المراجَع في دبي، 2012)', '', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،', 'إذ تضع في اعتبارها',
      ...body(ls, ['أن الرسائل الاقتحامية مشكلة؛', 'أن الرسائل الاقتحامية تكلف المشغلين أموالاً؛', 'أن الرسائل الاقتحامية تتزايد؛', 'أن المستعملين بحاجة إلى الحماية؛']), 'تقرر',
      `1\tدراسة المسائل الواردة في الفقرة ${ref} من إذ تضع في اعتبارها أعلاه؛`, '2\tتقديم تقرير.', ''].join('\n'),
  },
];

/** The list with its gap closed as the numbering fix letters it (c) → b), d) → c)), the inserted item in `form`. */
const relettered = (l: Lang, ref: string) => ref.replace(l.lang === 'ar' ? 'ج' : 'c', l.lang === 'ar' ? 'ب' : 'b');

for (const l of LANGS) {
  test(`${l.lang}: a reference names an inserted item in either written form (${l.inserted.join(', ')})`, () => {
    let read = 0;
    for (const item of l.items ?? l.inserted) {
      for (const ref of l.inserted) {
        // Closed list first (`a) c) cbis) d)` has a gap: the reference is read alike either way, and the fix is asked below).
        const labels = [l.list[0], l.list[1], item, l.list[2]];
        const text = l.text(labels, ref);
        const doc = parseDocument(text);
        const name = `${l.lang}: item ${item}, reference ${ref}`;
        const refs = doc.views.new.references.filter((r) => r.targets.some((t) => t.label === ref));
        assert.equal(refs.length, 1, `${name}: the reference is read`);
        const findings = checkDocument(doc).filter((f) => f.code.startsWith('reference'));
        assert.deepEqual(findings.map((f) => f.message), [], name);
        // Go to definition and hover name the inserted item.
        const at = text.indexOf(ref, text.indexOf('\n1\t'));
        const record = new DocumentRecord('file:///ws/d.itu', 1, text);
        const def = definition(record, record.position(at + 1));
        assert.equal(def.length, 1, name);
        assert.equal(record.offset(def[0].range.start), text.indexOf(`\n${item}\t`) + 1, `${name}: definition`);
        const h = hover(record, record.position(at + 1));
        assert.ok(h && JSON.stringify(h.contents).includes(text.split('\n').find((x) => x.startsWith(`${item}\t`))!.slice(item.length + 1, item.length + 12)), `${name}: hover ${JSON.stringify(h?.contents)}`);
        // The gap's fix reletters the item and the reference follows it, written as it was.
        const fixed = fixAll(text);
        assert.ok(fixed.includes(`\n${relettered(l, item)}\t`), `${name}: the item relettered\n${fixed}`);
        assert.ok(fixed.includes(relettered(l, ref)) && !fixed.includes(ref), `${name}: the reference follows in its form\n${fixed}`);
        read++;
      }
    }
    assert.equal(read, (l.items ?? l.inserted).length * l.inserted.length);
  });
}
