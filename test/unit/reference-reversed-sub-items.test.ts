// A sub-item named before its item (`le sous-alinéa iii) de l'alinéa b) du considérant ci-dessus`, `el inciso iii) del
// apartado b) del considerando anterior`, `подпункт iii) пункта b) раздела учитывая выше`, `الفقرة الفرعية iii) من الفقرة
// ب) من إذ تضع في اعتبارها أعلاه`, `sub-item iii) of item b) of considering above`): the order French, Spanish, Russian
// and Arabic write a path in. Before, the reference was read from the item's label on (`l'alinéa b) du considérant
// ci-dessus`): the sub-item was never checked (a reference to an iii) b) lacks went unreported), and the numbering fix
// renumbering b)'s sub-items left it as written. Generated over the five languages that name the item after an `of`
// word (Chinese names the item first, `上文考虑到b)iii)`: reference-sub-item-paths.test.ts), as that test's texts are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { referenceMatches } from '../../server/src/core/lang/references';
import { ROMAN, subItemText, withReferences } from '../support/subItems';
import { DocumentRecord } from '../../server/src/service/record';
import { definition } from '../../server/src/service/navigation';

const LANGS = withReferences({
  en: (i, s) => `to take into account sub-item ${s} of item ${i} of considering above`,
  fr: (i, s) => `de tenir compte du sous-alinéa ${s} de l'alinéa ${i} du considérant ci-dessus`,
  es: (i, s) => `tener en cuenta el inciso ${s} del apartado ${i} del considerando anterior`,
  ru: (i, s) => `учитывать подпункт ${s} пункта ${i} раздела учитывая выше`,
  ar: (i, s) => `مراعاة الفقرة الفرعية ${s} من الفقرة ${i} من إذ تضع في اعتبارها أعلاه`,
});
const text = subItemText;

for (const l of LANGS) {
  const [a, b, c] = l.letters;
  test(`${l.lang}: a sub-item named before its item is iii) of that item: read and checked`, () => {
    for (const count of [2, 3]) {
      const t = text(l, [a, b, c], ROMAN.slice(0, count), [b, 'iii)']);
      const doc = parseDocument(t);
      assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((x) => [x.label, x.within])), [[['iii)', b], [b, undefined]]], t);
      const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
      // b) has no iii) (c) has: the first iii) of the call is no answer).
      assert.deepEqual(unresolved.map((f) => f.start), count === 2 ? [t.lastIndexOf('iii)')] : [], t);
    }
  });

  test(`${l.lang}: sub-items named before their item (i)${l.and}iii)) are each named within it`, () => {
    const t = text(l, [a, b, c], ROMAN.slice(0, 2), [b, `i)${l.and}iii)`]);
    const refs = parseDocument(t).views.new.references;
    assert.deepEqual(refs.map((r) => r.targets.map((x) => [x.label, x.within])), [[['i)', b], ['iii)', b], [b, undefined]]], t);
    assert.deepEqual(checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved').map((f) => f.start), [t.lastIndexOf('iii)')]);
  });

  test(`${l.lang}: the numbering fixes carry a sub-item named before its item: the item relettered, the sub-item renumbered`, () => {
    // The item: a) left out, b) c) become a) b), and the reference names a)'s iii).
    const gap = text(l, ['', b, c], ROMAN, [b, 'iii)']);
    const f = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(f, 'a gap to fix');
    const fixed = applyEdits(gap, f.fix!.edits);
    assert.ok(fixed.includes(l.ref(a, 'iii)')), fixed.split('\n').at(-2));
    // The sub-item: i) left out under b), ii) iii) become i) ii), and so does the reference (c)'s iii) stays).
    const subGap = text(l, [a, b, c], ['', 'ii)', 'iii)'], [b, 'iii)']);
    const g = checkDocument(parseDocument(subGap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(g, 'a sub-item gap to fix');
    const renumbered = applyEdits(subGap, g.fix!.edits);
    assert.ok(renumbered.includes(l.ref(b, 'ii)')), renumbered.split('\n').at(-2));
    assert.ok(renumbered.includes('iii)\tsub c2'));
    assert.deepEqual(checkDocument(parseDocument(renumbered)).filter((x) => x.code.startsWith('reference.')), []);
  });
}

test('fr: a lettered sub-item of a numbered item, named first (`l\'alinéa a) du point 2 du décide ci-dessus`), and without a direction word', () => {
  const head = ['RÉSOLUTION 175 (Rév. Dubaï, 2018)', 'Titre', 'La Conférence de plénipotentiaires de l\'Union internationale des télécommunications (Dubaï, 2018),'];
  const doc = (ref: string) => [...head, 'décide', '1\tde faire ceci;', '2\tde faire cela:', 'a)\tpremier;', 'b)\tsecond;', '3\tde tenir compte ' + ref + '.', ''].join('\n');
  for (const [ref, found] of [['de l\'alinéa a) du point 2 du décide ci-dessus', 0], ['de l\'alinéa c) du point 2 du décide ci-dessus', 1], ['au sous-alinéa c) du point 2 du décide', 1]] as const) {
    const t = doc(ref);
    const refs = parseDocument(t).views.new.references;
    assert.deepEqual(refs.map((r) => r.targets.map((x) => [x.label, x.within])), [[[ref.includes('a)') ? 'a)' : 'c)', '2'], ['2', undefined]]], t);
    assert.equal(checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved').length, found, t);
  }
});

test('a list of several items after the sub-item is no path: nothing is read before it', () => {
  // `ii) de l'alinéa` is no sub-item of both b) and c).
  const [r] = referenceMatches('les points ii) de l\'alinéa b) et c) du considérant ci-dessus');
  assert.deepEqual(r.targets.map((x) => [x.label, x.within]), [['b)', undefined], ['c)', undefined]]);
});

test('fr, ar: Go to Definition on a sub-item named before its item goes to that item\'s sub-item, not to the first of the call', () => {
  for (const l of LANGS.filter((x) => x.lang === 'fr' || x.lang === 'ar')) {
    const [a, b, c] = l.letters;
    // c)'s iii), where b)'s comes first in the call.
    const t = text(l, [a, b, c], ROMAN, [c, 'iii)']);
    const record = new DocumentRecord('file:///ws/d.itu', 1, t);
    const at = t.lastIndexOf('iii)');
    const def = definition(record, record.position(at + 1));
    assert.equal(def.length, 1);
    assert.equal(record.offset(def[0].range.start), t.indexOf('iii)\tsub c2'), l.lang);
  }
});

for (const l of LANGS) {
  const [a, b, c] = l.letters;
  test(`${l.lang}: in a MOD, a sub-item inserted before the one named before its item: one finding (stale), its fix carries the reference`, () => {
    // The text in force: b) with i) ii) iii); the MOD inserts a new ii) and renumbers ii) iii) with marks.
    const lines = [...l.head, l.call, `${a}\titem 0;`, `${b}\titem 1:`, 'i)\tsub b0;', '{++ii)\tnew sub;++}', '{~~ii~>iii~~})\tsub b1;', '{~~iii~>iv~~})\tsub b2;',
      `${c}\titem 2;`, l.op, `1\t${l.ref(b, 'iii)')}.`];
    const text = ['MOD\tX/1/1', ...lines, '', 'Reasons:\tr.', ''].join('\n');
    const found = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('reference.'));
    assert.deepEqual(found.map((f) => [f.code, f.start]), [['reference.stale', text.lastIndexOf('iii)')]], found.map((f) => f.message).join('\n'));
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.ok(fixed.includes(l.ref(b, '{~~iii~>iv~~})')), fixed.split('\n').at(-4));
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), []);
  });
}
