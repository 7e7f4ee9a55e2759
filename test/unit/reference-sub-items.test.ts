// A reference that names a sub-item after its item (`to take into account considering c) ii) and e) above`, PP-18
// Resolution 175 as the Final Acts write it; `des alinéas c) ii) et e) du considérant ci-dessus`): the items after the
// sub-item are read too (review 14, rev-lang). Before, English read `considering c)` alone (e) was never checked nor
// relettered) and French read `ii)` and `e)` (c) lost). The sub-item is named within its item (ii) of c): see
// reference-sub-item-paths.test.ts). Generated: four languages × the list's last item present or missing,
// and the numbering fix carrying both items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';

interface Case { lang: string; head: string[]; call: string; items: string[]; sub: [string, string]; ref: (c: string, e: string) => string; op: string }
const CASES: Case[] = [
  { lang: 'en', head: ['RESOLUTION 175 (Rev. Dubai, 2018)', 'Title', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),'], call: 'considering',
    items: ['that a', 'that b', 'that c:', 'that d', 'that e'], sub: ['access', 'cost'], op: 'invites Member States', ref: (c, e) => `to take into account considering ${c} ii) and ${e} above, and the benefits` },
  { lang: 'fr', head: ['RÉSOLUTION 175 (Rév. Dubaï, 2018)', 'Titre', 'La Conférence de plénipotentiaires de l\'Union internationale des télécommunications (Dubaï, 2018),'], call: 'considérant',
    items: ['que a', 'que b', 'que c:', 'que d', 'que e'], sub: ['l\'accès', 'le coût'], op: 'invite les États Membres', ref: (c, e) => `à tenir compte des alinéas ${c} ii) et ${e} du considérant ci-dessus` },
  { lang: 'es', head: ['RESOLUCIÓN 175 (Rev. Dubái, 2018)', 'Título', 'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Dubái, 2018),'], call: 'considerando',
    items: ['que a', 'que b', 'que c:', 'que d', 'que e'], sub: ['el acceso', 'el costo'], op: 'invita a los Estados Miembros', ref: (c, e) => `a tener en cuenta los considerandos ${c} ii) y ${e} anteriores` },
  { lang: 'ru', head: ['РЕЗОЛЮЦИЯ 175 (Пересм. Дубай, 2018 г.)', 'Название', 'Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),'], call: 'учитывая',
    items: ['что a', 'что b', 'что c:', 'что d', 'что e'], sub: ['доступ', 'стоимость'], op: 'предлагает Государствам-Членам', ref: (c, e) => `учитывать пункты ${c} ii) и ${e} раздела учитывая выше` },
];

const LETTERS = ['a)', 'b)', 'c)', 'd)', 'e)'];

function text(c: Case, letters: string[], ref: [string, string]): string {
  const items = letters.map((l, i) => (l ? [`${l}\t${c.items[i]}`, ...(i === 2 ? [`i)\t${c.sub[0]};`, `ii)\t${c.sub[1]};`] : [])] : [])).flat();
  return [...c.head, c.call, ...items, c.op, `1\t${c.ref(ref[0], ref[1])}.`, ''].join('\n');
}

for (const c of CASES) {
  test(`${c.lang}: the items after a sub-item are read: checked, and carried by the numbering fix`, () => {
    const all = parseDocument(text(c, LETTERS, ['c)', 'e)']));
    // ii) is named within c) (reference-sub-item-paths.test.ts).
    assert.deepEqual(all.views.new.references.map((r) => r.targets.map((t) => t.label)), [['c)', 'ii)', 'e)']]);
    assert.deepEqual(checkDocument(all).map((f) => f.message), []);
    // e) missing: reported.
    const missing = checkDocument(parseDocument(text(c, ['a)', 'b)', 'c)', 'd)', ''], ['c)', 'e)']))).filter((f) => f.code === 'reference.unresolved');
    assert.equal(missing.length, 1, missing.map((f) => f.message).join('\n'));
    // b) left out: the fix reletters c) d) e) to b) c) d), and the reference with them.
    const gap = text(c, ['a)', '', 'c)', 'd)', 'e)'], ['c)', 'e)']);
    const f = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(f, 'a gap to fix');
    const fixed = applyEdits(gap, f.fix!.edits);
    assert.ok(fixed.includes(c.ref('b)', 'd)')), fixed.split('\n').at(-2));
  });
}
