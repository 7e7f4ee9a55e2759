// A reference to a roman sub-item of four letters or more (`considering a) viii) above`, `xiii)`) was read as `iii)` (the
// label sought from the numeral's second letter on: lang/references.ts LETTER_HEAD), so a missing viii) was never
// reported and a present one resolved to the wrong item (h-amend). Every roman numeral to xviii, under an item with
// 1 to 18 sub-items: the reference names the numeral written, within its item, and is reported exactly when the item
// has no such sub-item; in English, French and Spanish forms of the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { romanText } from '../../server/src/core/labels';
import { lines } from './helpers';

const FORMS = [
  { lang: 'en', number: 'DRAFT NEW RESOLUTION [ABC-1] (Geneva, 2028)', formula: 'The World Telecommunication Standardization Assembly (Geneva, 2028),', call: 'considering', op: 'instructs the Secretary-General', ref: (r: string) => `to report on considering a) ${r} above.` },
  { lang: 'fr', number: 'PROJET DE NOUVELLE RÉSOLUTION [ABC-1] (Genève, 2028)', formula: "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2028),", call: 'considérant', op: 'charge le Secrétaire général', ref: (r: string) => `de faire rapport sur l'alinéa a) ${r} du considérant.` },
  { lang: 'es', number: 'PROYECTO DE NUEVA RESOLUCIÓN [ABC-1] (Ginebra, 2028)', formula: 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2028),', call: 'considerando', op: 'encarga al Secretario General', ref: (r: string) => `que informe sobre el considerando a) ${r} anterior.` },
];

test('references to roman sub-items of any length name that numeral, and are reported when it is missing', () => {
  for (const f of FORMS) for (const n of [1, 3, 7, 8, 12, 13, 18]) for (let k = 1; k <= 18; k++) {
    const cited = `${romanText(k)})`;
    const text = lines('Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', f.number, 'Title', f.formula, f.call, 'a)\tthat the list below holds:',
      ...Array.from({ length: n }, (_, i) => `${romanText(i + 1)})\tthat item ${i + 1} holds${i === n - 1 ? ',' : ';'}`), f.op, f.ref(cited), '', 'Reasons:\tr.', '');
    const where = `${f.lang}: a) with ${n} sub-items, reference to ${cited}`;
    const doc = parseDocument(text);
    const targets = doc.views.new.references.flatMap((r) => r.targets.map((t) => `${t.within ?? ''}>${t.label}`));
    assert.ok(targets.includes(`a)>${cited}`), `${where}: read ${targets.join(', ')}`);
    const unresolved = checkDocument(doc).filter((x) => x.code === 'reference.unresolved');
    assert.equal(unresolved.length, k <= n ? 0 : 1, `${where}: ${unresolved.map((x) => x.message).join(' | ')}`);
  }
});
