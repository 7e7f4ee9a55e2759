// Reference readings left over from review 8 (STATUS-fixe.md; core/lang/references.ts patterns):
// `§ 2 bis of resolves` without a direction word was not read (the quick tests before the readings without one
// wanted a digit or a parenthesis right before the `of` word, so a suffix there hid the reference), nor `c)bis of
// considering`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { referenceMatches } from '../../server/src/core/lang/references';
import { contribution } from './helpers';

const HEADS = {
  en: { head: ['RESOLUTION 2 (Rev. Hammamet, 2016)', 'A title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),'], considering: 'considering', resolves: 'resolves', item: (w: string) => `that ${w};`, as: (r: string) => `that, as in ${r}, the work goes on;`, of: 'of' },
  fr: { head: ['RÉSOLUTION 2 (Rév. Hammamet, 2016)', 'Titre', "L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),"], considering: 'considérant', resolves: 'décide', item: (w: string) => `de faire ${w};`, as: (r: string) => `de poursuivre, comme au ${r}, les travaux;`, of: 'du' },
  es: { head: ['RESOLUCIÓN 2 (Rev. Hammamet, 2016)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),'], considering: 'considerando', resolves: 'resuelve', item: (w: string) => `que ${w};`, as: (r: string) => `que, como en el ${r}, prosigan los trabajos;`, of: 'del' },
};

test('`§ 2 bis of resolves` and `c)bis of considering` are read without a direction word, and resolve to the inserted items', () => {
  let count = 0;
  for (const lang of ['en', 'fr', 'es'] as const) {
    const L = HEADS[lang];
    for (const [written, key] of [['§ 2 bis', '2bis'], ['§ 2bis', '2bis'], ['§\u00a02\u00a0bis', '2bis'], ['§ 2 ter', '2ter']] as const) {
      const ref = `${written} ${L.of} ${L.resolves}`;
      const read = referenceMatches(L.as(ref));
      assert.deepEqual(read.map((r) => [r.phrase, r.targets.map((t) => t.label.replace(/\s/g, ''))]), [[L.resolves, [key]]], `${lang}: ${ref}`);
      for (const has of [true, false]) {
        const body = [...L.head, L.considering, `a)\t${L.item('one')}`, `b)\t${L.item('two')}`, L.resolves, `1\t${L.item('one')}`, `2\t${L.item('two')}`, ...(has ? [`${key}\t${L.item('inserted')}`] : []), `3\t${L.as(ref)}`];
        const doc = parseDocument(contribution('ADD', body));
        const refs = doc.views.new.references;
        assert.equal(refs.length, 1, `${lang} ${ref}: the Resolution keeps the reference`);
        const item = resolveTarget(doc.views.new, refs[0], refs[0].targets[0].label);
        assert.equal(item?.label?.text, has ? key : undefined, `${lang} ${ref}`);
        const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
        assert.equal(unresolved.length, has ? 0 : 1, `${lang} ${ref} (item ${has ? '' : 'not '}there)`);
        count++;
      }
    }
    const lettered = `c)bis ${L.of} ${L.considering}`;
    assert.deepEqual(referenceMatches(L.as(lettered)).map((r) => [r.phrase, r.targets.map((t) => t.label)]), [[L.considering, ['c)bis']]], `${lang}: ${lettered}`);
  }
  assert.equal(count, 24);
});

test('a Chinese reference names an operative call with its addressee, set without a space (`上文责成秘书长1`)', () => {
  const ZH = ['第2号决议（2016年，哈马马特，修订版）', '标题', '世界电信标准化全会（2016年，哈马马特），'];
  for (const [written, phrase, addressee, labels] of [
    ['上文责成秘书长1', '责成', '秘书长', ['1']],
    ['上文责成秘书长 2', '责成', '秘书长', ['2']],
    ['上文责成电信标准化局主任2和3', '责成', '电信标准化局主任', ['2', '3']],
    ['上文进一步责成秘书长1', '进一步责成', '秘书长', ['1']],
    ['上文做出决议1', '做出决议', undefined, ['1']],
    ['上文考虑到b)', '考虑到', undefined, ['b)']],
  ] as const) {
    const read = referenceMatches(`按照${written}，继续开展工作；`);
    assert.deepEqual(read.map((r) => [r.phrase, r.addressee, r.targets.map((t) => t.label)]), [[phrase, addressee, labels]], written);
  }
  // In a Resolution: the reference names the items of the call on that addressee, and one it lacks is reported.
  const body = (ref: string) => [...ZH, '考虑到', 'a)\t一；', 'b)\t二；', '做出决议', '1\t一；', '责成秘书长', '1\t一；', '2\t二；', '3\t三；', '责成电信标准化局主任', '1\t一；', `2\t按照${ref}，继续开展工作；`];
  const doc = parseDocument(contribution('ADD', body('上文责成秘书长3')));
  const [ref] = doc.views.new.references;
  assert.equal(ref?.addressee, '秘书长');
  assert.equal(resolveTarget(doc.views.new, ref, '3')?.paragraph.text, '3\t三；');
  assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('reference')), []);
  const missing = checkDocument(parseDocument(contribution('ADD', body('上文责成电信标准化局主任3')))).filter((f) => f.code === 'reference.unresolved');
  assert.equal(missing.length, 1, 'the Director of TSB has no item 3');
});

test('an addressee read past its end, at the end of a reference without a direction word, names the call it begins with', () => {
  // `§ 2 of instructs the Secretary-General and the studies go on`: the pattern takes the addressee's words up to a
  // punctuation mark (no word tells where an addressee ends), so the reference named no call and was dropped.
  const CASES = {
    en: { calls: ['instructs the Secretary-General', 'instructs the ITU Council'], resolves: 'resolves', ref: (n: string, to: string) => `that the reports under § ${n} of instructs ${to} and the studies go on;`, to: ['the Secretary-General', 'the ITU Council'] },
    fr: { calls: ['charge le Secrétaire général', 'charge le Conseil'], resolves: 'décide', ref: (n: string, to: string) => `que les rapports visés au § ${n} du charge ${to} et les études se poursuivent;`, to: ['le Secrétaire général', 'le Conseil'] },
    es: { calls: ['encarga al Secretario General', 'encarga al Consejo'], resolves: 'resuelve', ref: (n: string, to: string) => `que los informes del punto ${n} del encarga ${to} y los estudios prosigan;`, to: ['al Secretario General', 'al Consejo'] },
  };
  let count = 0;
  for (const lang of ['en', 'fr', 'es'] as const) {
    const C = CASES[lang];
    for (const [k, to] of C.to.entries()) for (const n of ['1', '2', '3']) {
      // The Secretary-General has items 1 and 2, the Council item 1.
      const text = contribution('ADD', [...HEADS[lang].head, C.calls[0], '1\tto one;', '2\tto two;', C.calls[1], '1\tto one;', C.resolves, `1\t${C.ref(n, to)}`]);
      const doc = parseDocument(text);
      const refs = doc.views.new.references;
      assert.equal(refs.length, 1, `${lang} ${to} ${n}: the reference is kept`);
      assert.equal(refs[0].addressee, to, `${lang}: the addressee ends with the call's`);
      assert.ok(text.slice(refs[0].source.start, refs[0].source.end).endsWith(to), `${lang}: the reference ends with its addressee`);
      const there = k === 0 ? n !== '3' : n === '1';
      assert.equal(resolveTarget(doc.views.new, refs[0], n)?.paragraph.text, there ? `${n}\tto ${n === '1' ? 'one' : 'two'};` : undefined, `${lang} ${to} ${n}`);
      assert.equal(checkDocument(doc).filter((f) => f.code === 'reference.unresolved').length, there ? 0 : 1, `${lang} ${to} ${n}`);
      count++;
    }
    // An addressee that begins no call's is prose, as before.
    const prose = contribution('ADD', [...HEADS[lang].head, C.calls[0], '1\tto one;', C.resolves, `1\t${C.ref('1', lang === 'en' ? 'the group' : lang === 'fr' ? 'le groupe' : 'al grupo')}`]);
    assert.deepEqual(parseDocument(prose).views.new.references, [], `${lang}: no call on that addressee`);
  }
  assert.equal(count, 18);
});
