// The bis fix's labels read back as the labels it meant, in every form a list is written in (leftover of
// review 8, STATUS-fixe.md: in a Russian list the fix wrote `аbis)`, a Cyrillic letter and a Latin suffix, which
// the parser did not read as a label; the relabelled item silently joined the item before it as its text).
// Generated: list forms (Latin, Russian look-alikes, a Cyrillic list, Arabic letters tight and spaced, Chinese
// full-width letters and parentheses, Arabic-Indic digits, numbers in parentheses) × where the items are
// inserted × how many.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { asciiLabel } from '../../server/src/core/labels';
import { contribution, fixAll } from './helpers';

const RU_HEAD = ['РЕЗОЛЮЦИЯ 2 (Пересм. Хаммамет, 2016 г.)', 'Заголовок', 'Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),'];
const AR_HEAD = ['القرار 2 (المراجَع في الحمامات، 2016)', 'عنوان', 'إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،'];
const ZH_HEAD = ['第2号决议（2016年，哈马马特，修订版）', '标题', '世界电信标准化全会（2016年，哈马马特），'];
const EN_HEAD = ['RESOLUTION 2 (Rev. Hammamet, 2016)', 'A title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'];

interface Form {
  head: string[];
  call: string;
  /** The label of the k-th item (0-based) as the list writes it. */
  label: (k: number) => string;
  text: (what: string) => string;
  /** How an inserted item's label is written in this form. */
  inserted: RegExp;
}

const LATIN = 'abcdefgh';
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و'];
const CYRILLIC = 'абвгде';
const FULL = (s: string) => s.replace(/[0-9a-z)]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const FORMS: Record<string, Form> = {
  latin: { head: EN_HEAD, call: 'considering', label: (k) => `${LATIN[k]})`, text: (w) => `that ${w};`, inserted: /^[a-h](?:bis|ter)\)$/ },
  // ITU's Russian texts type a), c), e) with their Cyrillic look-alikes; b) and d) have none.
  'russian look-alikes': { head: RU_HEAD, call: 'учитывая,', label: (k) => `${({ a: 'а', c: 'с', e: 'е' } as Record<string, string>)[LATIN[k]] ?? LATIN[k]})`, text: (w) => `что ${w};`, inserted: /^[a-h](?:bis|ter)\)$/ },
  'cyrillic list': { head: RU_HEAD, call: 'учитывая,', label: (k) => `${CYRILLIC[k]})`, text: (w) => `что ${w};`, inserted: /^[а-е](?:bis|ter)\)$/ },
  'arabic tight': { head: AR_HEAD, call: 'إذ تضع في اعتبارها', label: (k) => `${ABJAD[k]})`, text: (w) => `أن ${w}؛`, inserted: /^(?:أ|ب|ج|د)(?:bis|ter)\)$/ },
  'arabic spaced': { head: AR_HEAD, call: 'إذ تضع في اعتبارها', label: (k) => `${ABJAD[k]} )`, text: (w) => `أن ${w}؛`, inserted: /^(?:أ|ب|ج|د)(?:bis|ter) \)$/ },
  'chinese full-width': { head: ZH_HEAD, call: '考虑到', label: (k) => FULL(`${LATIN[k]})`), text: (w) => `通过 ${w}；`, inserted: /^[ａ-ｈ](?:ｂｉｓ|ｔｅｒ)）$/ },
  'chinese full-width parenthesis': { head: ZH_HEAD, call: '考虑到', label: (k) => `${LATIN[k]}）`, text: (w) => `通过 ${w}；`, inserted: /^[a-h](?:bis|ter)）$/ },
  'chinese full-width numbers': { head: ZH_HEAD, call: '做出决议', label: (k) => FULL(String(k + 1)), text: (w) => `通过 ${w}；`, inserted: /^[１-５](?:ｂｉｓ|ｔｅｒ)$/ },
  'arabic-indic digits': { head: AR_HEAD, call: 'تقرر', label: (k) => String.fromCharCode(0x0661 + k), text: (w) => `أن ${w}؛`, inserted: /^[١-٥](?:bis|ter)$/ },
  'numbers in parentheses': { head: EN_HEAD, call: 'resolves', label: (k) => `${k + 1})`, text: (w) => `that ${w};`, inserted: /^[1-5]\)(?:bis|ter)$/ },
};

/** The label each paragraph holding `what` takes in the new text, with its reading. */
function itemOf(text: string, what: string) {
  const doc = parseDocument(text);
  const p = doc.views.new.paragraphs.find((x) => x.text.includes(what));
  assert.ok(p, `no paragraph holds ${what}\n${text}`);
  return p.label;
}

test('the bis fix labels inserted items in the list form, and its labels read back as the items it meant', () => {
  let count = 0;
  for (const [name, form] of Object.entries(FORMS)) {
    for (const n of [3, 4]) for (let at = 1; at < n; at++) for (const count_ of [1, 2]) {
      const body: string[] = [...form.head, form.call];
      for (let k = 0; k < n; k++) {
        // Inserted items typed with the labels they would take relettered (a duplicate, then the next).
        if (k === at) for (let j = 0; j < count_; j++) body.push(`{++${form.label(at + j)}\t${form.text(`new item ${j} is inserted`)}++}`);
        body.push(`${form.label(k)}\t${form.text(`item ${k} stands in force`)}`);
      }
      const text = contribution('MOD', body);
      const what = `${name} n=${n} at=${at} count=${count_}`;
      const once = fixAll(text, 'bis');
      assert.notEqual(once, text, `${what}: the bis fix is offered\n${text}`);
      const base = itemOf(once, `item ${at - 1} stands`)!;
      for (let j = 0; j < count_; j++) {
        const label = itemOf(once, `new item ${j} is inserted`);
        assert.ok(label, `${what}: the inserted item ${j} has a label the parser reads\n${once}`);
        assert.equal(label.kind, base.kind, `${what}: ${label.text} is of its list's kind`);
        assert.equal(label.ordinal, base.ordinal, `${what}: ${label.text} names the item before it, ${base.text}`);
        assert.equal(label.suffixRank, base.suffixRank + j + 1, `${what}: ${label.text} is the ${j + 1}th insertion after ${base.text}`);
        // The list's form is kept: full-width stays full-width, Arabic-Indic digits stay so, an Arabic letter stays
        // Arabic; in a look-alike Russian list the insertion is Latin, as the Constitution in force writes it (`abis)`).
        assert.match(label.text, form.inserted, `${what}: ${label.text} is written in its list's form`);
      }
      const left = checkDocument(parseDocument(once), { numberingPolicy: 'bis' }).filter((f) => f.code.startsWith('numbering'));
      assert.deepEqual(left.map((f) => `${f.code}: ${f.message}`), [], `${what}: the fixed list is in order\n${once}`);
      assert.equal(fixAll(once, 'bis'), once, `${what}: a second Fix all changes nothing`);
      count++;
    }
  }
  assert.equal(count, Object.keys(FORMS).length * 10);
});

test('a Russian inserted item is read as the texts in force write it, and as it may be typed', () => {
  // The Russian Constitution in force: 3 `а)` (Cyrillic) then 3A `abis)` (Latin); a delegate may type the Cyrillic
  // look-alike `аbis)`; a Cyrillic list inserts `бbis)` after `б)`.
  for (const [list, inserted, ordinal] of [
    [['а)', 'b)', 'с)'], 'abis)', 1],
    [['а)', 'b)', 'с)'], 'аbis)', 1],
    [['а)', 'b)', 'с)'], 'сbis)', 3],
    [['а)', 'б)', 'в)'], 'аbis)', 1],
    [['а)', 'б)', 'в)'], 'бbis)', 2],
  ] as const) {
    const at = list.findIndex((l) => asciiLabel(l)[0] === asciiLabel(inserted)[0] || (l === 'б)' && inserted.startsWith('б')));
    const body = [...RU_HEAD, 'учитывая,'];
    list.forEach((l, k) => {
      body.push(`${l}\tчто пункт ${k};`);
      if (k === at) body.push(`${inserted}\tчто вставленный пункт;`);
    });
    // A reference names it as written, and in the other script (`abis)` for `аbis)`).
    const other = inserted.startsWith('б') ? inserted : inserted[0] === 'a' ? `а${inserted.slice(1)}` : `${asciiLabel(inserted)[0]}${inserted.slice(1)}`;
    body.push('решает', `1\tчто, как в учитывая ${inserted} выше, работа продолжается;`, `2\tчто, как в учитывая ${other} выше, работа продолжается;`);
    const text = contribution('ADD', body);
    const label = itemOf(text, 'вставленный');
    assert.ok(label, `${inserted} after ${list.join(' ')} is a label`);
    assert.equal(label.ordinal, ordinal, `${inserted}: ordinal`);
    assert.ok(label.suffixRank >= 1, `${inserted}: an insertion`);
    const findings = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('numbering') || f.code.startsWith('reference'));
    assert.deepEqual(findings.map((f) => f.message), [], `${inserted} after ${list.join(' ')}`);
  }
});
