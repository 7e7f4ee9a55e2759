// Spanish `e` for `y` before an i-sound follows a relettered label (review 7, H13): `h) e i)` relettered
// is `i) y j)`, `h) y j)` after a deletion is `g) e i)`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { conjunctionFor } from '../../server/src/core/lang/conjunctions';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

test('conjunctionFor: e before a label beginning with i, y before any other; nothing for other languages or other words', () => {
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      for (const [written, spacing] of [['y', ' '], ['e', ' '], ['y', '\u00a0']]) {
        const text = `los considerandos ${a})${' '}${written}${spacing}${b}) anteriores`;
        const from = text.indexOf(')') + 1;
        const to = text.lastIndexOf(`${b})`);
        const r = conjunctionFor(text, from, to, b);
        const want = b === 'i' ? 'e' : 'y';
        if (written === want) assert.equal(r, undefined, text);
        else assert.deepEqual(r, { start: text.indexOf(` ${written}${spacing}`, from) + 1, end: text.indexOf(` ${written}${spacing}`, from) + 2, newText: want }, text);
      }
    }
  }
  for (const between of [' et ', ' and ', ' и ', ', ', ' o ', ' ye ', ' y la ']) {
    const text = `h)${between}i)`;
    assert.equal(conjunctionFor(text, 2, text.length - 2, 'i'), undefined, between);
  }
});

const res = (considering: string, resolves: string) => [
  'MOD\tE/21A4/1', 'RESOLUCIÓN 77 (Rev. Ginebra, 2022)', 'Redacción de contribuciones', '(Lisboa, 2014; Ginebra, 2022)',
  'La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2022),', 'considerando', considering, 'resuelve', resolves, '', 'Motivos:\tr', '',
].join('\n');

test('reference.stale in Spanish: the fix reletters the reference and its conjunction with revision marks', () => {
  // b) inserted, b)…i) relettered with marks; the reference still says `h) e i)`.
  const considering = ['a)\tque el punto 1 dice algo;', '{++b)\tque es nuevo;\n++}' + LETTERS.slice(1, 9).map((l, k) => `{~~${l}~>${LETTERS[k + 2]}~~})\tque el punto ${k + 2} dice algo;`).join('\n')].join('\n');
  const text = res(considering, '1\texaminar, teniendo en cuenta los considerandos h) e i) anteriores, y los considerandos f) y g).');
  const findings = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.stale');
  assert.equal(findings.length, 4, JSON.stringify(findings.map((f) => f.message)));
  let fixed = text;
  // Right to left, so each fix's offsets still hold.
  for (const f of findings.slice().sort((a, b) => b.start - a.start)) fixed = applyEdits(fixed, f.fix!.edits);
  assert.match(fixed, /los considerandos \{~~h~>i~~\}\) \{~~e~>y~~\} \{~~i~>j~~\}\) anteriores/);
  // f) y g) relettered g) y h): still y.
  assert.match(fixed, /los considerandos \{~~f~>g~~\}\) y \{~~g~>h~~\}\)\./);
  const doc = parseDocument(fixed);
  assert.match(doc.views.old.text, /considerandos h\) e i\) anteriores/);
  assert.match(doc.views.new.text, /considerandos i\) y j\) anteriores/);
  assert.deepEqual(checkDocument(doc).filter((f) => f.code === 'reference.stale'), []);
});

test('the relettering fix of a list carries the Spanish conjunction of its references the other way too: h) y j) becomes g) e i)', () => {
  // c) deleted, not yet relettered: the gap fix reletters d)…j) and the reference to h) and j).
  const considering = ['a)\tque uno;', 'b)\tque dos;', '{--c)\tque tres;\n--}' + LETTERS.slice(3, 10).map((l) => `${l})\tque ${l};`).join('\n')].join('\n');
  const text = res(considering, '1\tteniendo en cuenta los considerandos h) y j) anteriores.');
  const gap = checkDocument(parseDocument(text)).find((f) => f.code.startsWith('numbering.') && f.fix?.edits.some((e) => e.start > text.indexOf('resuelve')));
  assert.ok(gap, JSON.stringify(checkDocument(parseDocument(text)).map((f) => `${f.code} ${f.message}`)));
  const fixed = applyEdits(text, gap.fix!.edits);
  assert.match(parseDocument(fixed).views.new.text, /los considerandos g\) e i\) anteriores/);
  assert.match(parseDocument(fixed).views.old.text, /los considerandos h\) y j\) anteriores/);
});
