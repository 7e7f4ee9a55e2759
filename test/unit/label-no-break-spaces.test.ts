// A narrow no-break space (U+202F) or a figure space (U+2007) after a label separates it from its text as a no-break
// space (U+00A0) does (docs/format-decisions.md, Lines and labels): the cover block and proposal headers read them so
// already, and a label followed by one was not read (`b)\u202Fthat two;`: `numbering.gap` said "after a) comes c)", Format
// left the line alone and Fix all relettered `c)` as `b)`, two b) in the text). Generated: the six languages × every label
// form × the item that carries the separator: the text with U+2007 or U+202F is read, checked, formatted and fixed as the
// same text with U+00A0, and where the label is read, Format writes a TAB and no numbering finding is raised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, parseDocument } from '../../server/src/core';
import { matchLocalLabel, READ_ALONE } from '../../server/src/core/lang/labels';
import { format, formatLine } from '../../server/src/service/editing';
import { DocumentRecord } from '../../server/src/service/record';
import { contribution, fixAll } from './helpers';

const HEADS: Record<string, { head: string[]; body: (k: number) => string }> = {
  en: { head: ['RESOLUTION 99 (Rev. Dubai, 2012)', 'A title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'resolves'], body: (k) => `to do thing ${k};` },
  fr: { head: ['RÉSOLUTION 99 (Rév. Dubaï, 2012)', 'Titre', "L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),", 'décide'], body: (k) => `de faire la chose ${k};` },
  es: { head: ['RESOLUCIÓN 99 (Rev. Dubái, 2012)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),', 'resuelve'], body: (k) => `hacer la cosa ${k};` },
  ru: { head: ['РЕЗОЛЮЦИЯ 99 (Пересм. Дубай, 2012 г.)', 'Заголовок', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),', 'решает'], body: (k) => `сделать вещь ${k};` },
  zh: { head: ['第99号决议（2012年，迪拜，修订版）', '标题', '世界电信标准化全会（2016年，哈马马特），', '做出决议'], body: (k) => `研究问题${k}；` },
  ar: { head: ['القرار 99 (المراجَع في دبي، 2012)', 'عنوان', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،', 'تقرر'], body: (k) => `دراسة المسألة ${k}؛` },
};

/** Lists of three labels as each language writes them (the forms every language reads, then its own). */
const COMMON = [['a)', 'b)', 'c)'], ['i)', 'ii)', 'iii)'], ['1)', '2)', '3)'], ['1.1', '1.2', '1.3'], ['1', '2', '3'], ['a)', 'abis)', 'b)'], ['a)', 'a)bis', 'b)'], ['1)', '1)bis', '2)'], ['1', '1bis', '2']];
const OWN: Record<string, string[][]> = {
  en: [],
  fr: [],
  es: [],
  ru: [['а)', 'б)', 'в)'], ['а)', 'b)', 'с)'], ['а)', 'аbis)', 'б)']],
  zh: [['ａ）', 'ｂ）', 'ｃ）'], ['１．１', '１．２', '１．３']],
  ar: [['أ )', 'ب)', 'ج )'], ['أ)', 'أbis)', 'ب)'], ['‘1’', '‘2’', '‘3’'], ['١', '٢', '٣']],
};
const NO_BREAK = ['\u2007', '\u202f'];

function formatted(text: string): string {
  const record = new DocumentRecord('file:///ws/d.itu', 1, text);
  return TextDocument.applyEdits(TextDocument.create('file:///ws/d.itu', 'itu', 1, text), format(record));
}

function reading(text: string) {
  const doc = parseDocument(text);
  const findings = checkDocument(doc).map((f) => `${f.code} ${f.start}-${f.end} ${f.message}`);
  const labels = doc.views.new.paragraphs.map((p) => p.label?.text ?? '-');
  return { labels, findings, formatted: formatted(text), fixed: fixAll(text) };
}

test('a label followed by U+2007 or U+202F is read, checked, formatted and fixed as one followed by U+00A0, in the six languages', () => {
  let count = 0;
  let read = 0;
  for (const [lang, { head, body }] of Object.entries(HEADS)) {
    for (const labels of [...COMMON, ...OWN[lang]]) {
      for (let at = 0; at < labels.length; at++) {
        const text = (sep: string) => contribution('ADD', [...head, ...labels.map((l, k) => `${l}${k === at ? sep : '\t'}${body(k + 1)}`)]);
        const nbsp = reading(text('\u00a0'));
        const line = `${labels[at]}\u00a0${body(at + 1)}`;
        const labelled = matchLocalLabel(line, READ_ALONE) !== undefined;
        for (const sep of NO_BREAK) {
          const name = `${lang} ${labels.join(' ')} U+${sep.codePointAt(0)!.toString(16)} after ${labels[at]}`;
          const got = reading(text(sep));
          const back = (s: string) => s.split(sep).join('\u00a0');
          assert.deepEqual(got.labels, nbsp.labels, name);
          assert.deepEqual(got.findings.map(back), nbsp.findings, name);
          assert.equal(back(got.formatted), nbsp.formatted, name);
          assert.equal(back(got.fixed), nbsp.fixed, name);
          const own = `${labels[at]}${sep}${body(at + 1)}`;
          assert.equal(matchLocalLabel(own, READ_ALONE) !== undefined, labelled, name);
          if (labelled) {
            // Read as with a TAB: the label, its body, Format's TAB, and nothing for numbering.
            read++;
            assert.ok(got.labels.includes(labels[at]), name);
            assert.ok(got.formatted.includes(`\n${labels[at]}\t${body(at + 1)}\n`), name);
            assert.equal(formatLine(own), `${labels[at]}\t${body(at + 1)}`, name);
            assert.deepEqual(got.findings.filter((f) => f.startsWith('numbering')), reading(text('\t')).findings.filter((f) => f.startsWith('numbering')), name);
            assert.equal(got.fixed, text(sep), `${name}: Fix all changes nothing`);
          }
          count++;
        }
      }
    }
  }
  assert.ok(count >= 6 * 9 * 3 * 2, `${count} cases`);
  assert.ok(read > count * 0.7, `${read} of ${count} labels read`);
});

test('an item whose TAB was typed as a no-break space of any of the three (`1` + U+202F + `to …`) is given its TAB by the numbering fix', () => {
  for (const sep of [' ', '\u00a0', '\u2007', '\u202f']) {
    const text = contribution('ADD', [...HEADS.en.head, `1${sep}to reconvene the group;`, '2\tto report.']);
    const gap = checkDocument(parseDocument(text)).filter((f) => f.code === 'numbering.gap');
    assert.equal(gap.length, 1, JSON.stringify(sep));
    assert.match(gap[0].message, /with a space for the TAB/, JSON.stringify(sep));
    assert.ok(fixAll(text).includes('\n1\tto reconvene the group;\n'), JSON.stringify(sep));
  }
});
