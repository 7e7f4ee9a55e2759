// A sub-item named after its item (`considering b) iii) above`, `l'alinéa b) iii) du considérant ci-dessus`, `上文考虑到b)iii)`)
// names iii) of b), a path (review 14, rev-lang: after 05f45d2 the sub-item was read as part of the list but named
// nothing, so a reference to a sub-item b) lacks was never reported, hover/definition/Find All References found no item,
// and the numbering fixes left it as written). Generated over the six languages: b) with two or three sub-items and c)
// with three (a decoy: the first iii) of the call is c)'s); the finding when b) has no iii), hover, definition and
// references to b)'s iii) (not c)'s); the numbering fix relettering the item (`c) iii)` → `b) iii)`) and renumbering the
// sub-item (`b) iii)` → `b) ii)`) carrying the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { ROMAN, subItemText, withReferences } from '../support/subItems';
import { DocumentRecord } from '../../server/src/service/record';
import { definition, hover, references } from '../../server/src/service/navigation';

const LANGS = withReferences({
  en: (i, s) => `to take into account considering ${i} ${s} above`,
  fr: (i, s) => `de tenir compte de l'alinéa ${i} ${s} du considérant ci-dessus`,
  es: (i, s) => `tener en cuenta el considerando ${i} ${s} anterior`,
  ru: (i, s) => `учитывать пункт ${i} ${s} раздела учитывая выше`,
  zh: (i, s) => `考虑上文考虑到${i}${s}所述`,
  ar: (i, s) => `مراعاة الفقرة ${i} ${s} من إذ تضع في اعتبارها أعلاه`,
});
const text = subItemText;

for (const l of LANGS) {
  const [a, b, c] = l.letters;
  test(`${l.lang}: a sub-item named after its item is iii) of that item: read, checked, navigated`, () => {
    for (const count of [2, 3]) {
      const t = text(l, [a, b, c], ROMAN.slice(0, count), [b, 'iii)']);
      const doc = parseDocument(t);
      assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((x) => [x.label, x.within])), [[[b, undefined], ['iii)', b]]], t);
      const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
      const at = t.lastIndexOf('iii)');
      if (count === 2) {
        // b) has no iii) (c) has: the first iii) of the call is no answer).
        assert.equal(unresolved.length, 1, t);
        assert.equal(unresolved[0].start, at);
        assert.ok(unresolved[0].message.includes('i), ii)'), unresolved[0].message);
        const missing = new DocumentRecord('file:///ws/d.itu', 1, t);
        assert.equal((hover(missing, missing.position(at + 1))?.contents as { value: string }).value, `No item ${b} iii) in this Resolution.`);
        continue;
      }
      assert.deepEqual(unresolved, [], t);
      const record = new DocumentRecord('file:///ws/d.itu', 1, t);
      const bIii = t.indexOf('iii)\tsub b2');
      const def = definition(record, record.position(at + 1));
      assert.equal(def.length, 1);
      assert.equal(record.offset(def[0].range.start), bIii, 'definition: iii) of b)');
      const h = hover(record, record.position(at + 1));
      assert.ok(h && JSON.stringify(h.contents).includes('sub b2'), JSON.stringify(h?.contents));
      const fromItem = references(record, record.position(bIii), false);
      assert.ok(fromItem.some((x) => record.offset(x.range.start) === at), 'the reference is among those of iii) of b)');
      const fromDecoy = references(record, record.position(t.indexOf('iii)\tsub c2')), false);
      assert.ok(!fromDecoy.some((x) => record.offset(x.range.start) === at), 'and not among those of iii) of c)');
    }
  });

  test(`${l.lang}: the numbering fixes carry a reference to a sub-item: its item relettered, the sub-item renumbered`, () => {
    // The item: a) left out, b) c) become a) b), and `b) iii)` reads `a) iii)`.
    const gap = text(l, ['', b, c], ROMAN, [b, 'iii)']);
    const f = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(f, 'a gap to fix');
    const fixed = applyEdits(gap, f.fix!.edits);
    assert.ok(fixed.includes(l.ref(a, 'iii)')), fixed.split('\n').at(-2));
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((x) => x.code.startsWith('reference.')), []);
    // The sub-item: i) left out under b), ii) iii) become i) ii), and `b) iii)` reads `b) ii)` (c)'s iii) stays).
    const subGap = text(l, [a, b, c], ['', 'ii)', 'iii)'], [b, 'iii)']);
    const g = checkDocument(parseDocument(subGap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(g, 'a sub-item gap to fix');
    const renumbered = applyEdits(subGap, g.fix!.edits);
    assert.ok(renumbered.includes(l.ref(b, 'ii)')), renumbered.split('\n').at(-2));
    assert.ok(renumbered.includes('iii)\tsub c2'));
    assert.deepEqual(checkDocument(parseDocument(renumbered)).filter((x) => x.code.startsWith('reference.')), []);
  });
}

for (const l of LANGS) {
  const [a, b, c] = l.letters;
  test(`${l.lang}: in a MOD, an item inserted before the one a sub-item is named under: one finding (stale), its fix carries the reference`, () => {
    // The text in force: a) b) (i) ii) iii)) c); the MOD inserts a new b) (with i) alone) and reletters b) c) with marks.
    const relabel = (from: string, to: string) => `{~~${from.slice(0, -1)}~>${to.slice(0, -1)}~~})`;
    const lines = [...l.head, l.call, `${a}\titem 0;`, `{++${b}\tnew item:++}`, '{++i)\tnew sub;++}', `${relabel(b, c)}\titem 1:`,
      ...ROMAN.map((s, j) => `${s}\tsub b${j};`), `${relabel(c, l.lang === 'ar' ? 'د)' : 'd)')}\titem 2;`, l.op, `1\t${l.ref(b, 'iii)')}.`];
    const text = ['MOD\tX/1/1', ...lines, '', 'Reasons:\tr.', ''].join('\n');
    const found = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('reference.'));
    assert.deepEqual(found.map((f) => f.code), ['reference.stale'], found.map((f) => f.message).join('\n'));
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), []);
    assert.equal(parseDocument(fixed).views.new.references[0].targets.map((t) => t.label).join(' '), `${c} iii)`);
  });
}

for (const l of LANGS) {
  const [a, b, c] = l.letters;
  test(`${l.lang}: sub-items listed after their item (b) ii)${l.and}iii)) are each named within it`, () => {
    for (const count of [2, 3]) {
      const t = text(l, [a, b, c], ROMAN.slice(0, count), [b, `ii)${l.and}iii)`]);
      const doc = parseDocument(t);
      assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((x) => [x.label, x.within])), [[[b, undefined], ['ii)', b], ['iii)', b]]], t);
      const unresolved = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
      assert.deepEqual(unresolved.map((f) => f.start), count === 2 ? [t.lastIndexOf('iii)')] : [], t);
    }
    // i) left out under b): ii) iii) become i) ii), and so does the reference.
    const subGap = text(l, [a, b, c], ['', 'ii)', 'iii)'], [b, `ii)${l.and}iii)`]);
    const g = checkDocument(parseDocument(subGap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(g, 'a sub-item gap to fix');
    const renumbered = applyEdits(subGap, g.fix!.edits);
    // (Spanish `y` before a label read with an i sound is `e`: the fix writes it, core/fixEdit.ts conjunctionEdit.)
    assert.ok(renumbered.includes(l.ref(b, `i)${l.lang === 'es' ? ' e ' : l.and}ii)`)), renumbered.split('\n').at(-2));
  });
}
