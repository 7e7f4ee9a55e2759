// A call line whose addressee is followed by who works with it (`resolves to instruct the Director of the
// Telecommunication Standardization Bureau, in collaboration with the Directors of the other two Bureaux`), and a
// reference naming the call by its addressee alone (`resolves to instruct the Director of the Telecommunication
// Standardization Bureau 3 above`): the reference was not read at all, so a missing item was never reported and the
// numbering fix left the reference behind (h-amend). In English, French and Spanish, with each form of the clause:
// the reference names the call's items, is reported exactly when the item is missing, and follows its item when the
// list is renumbered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { lines } from './helpers';

const FORMS = [
  {
    lang: 'en', number: 'DRAFT NEW RESOLUTION [ABC-1] (Geneva, 2028)', formula: 'The World Telecommunication Standardization Assembly (Geneva, 2028),',
    call: 'resolves to instruct the Director of the Telecommunication Standardization Bureau', others: ['in collaboration with the Directors of the other two Bureaux', 'in close cooperation with the Radiocommunication Bureau', 'in consultation with the study groups', 'in coordination with TSAG'],
    next: 'invites Member States', ref: (n: string) => `to contribute to the work referred to in resolves to instruct the Director of the Telecommunication Standardization Bureau ${n} above.`,
  },
  {
    lang: 'fr', number: 'PROJET DE NOUVELLE RÉSOLUTION [ABC-1] (Genève, 2028)', formula: "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2028),",
    call: 'charge le Directeur du Bureau de la normalisation des télécommunications', others: ['en collaboration avec les Directeurs des deux autres Bureaux', 'en étroite coopération avec le Bureau des radiocommunications', 'en consultation avec les commissions d\'études'],
    next: 'invite les États Membres', ref: (n: string) => `à contribuer aux travaux visés au point ${n} du charge le Directeur du Bureau de la normalisation des télécommunications ci-dessus.`,
  },
  {
    lang: 'es', number: 'PROYECTO DE NUEVA RESOLUCIÓN [ABC-1] (Ginebra, 2028)', formula: 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2028),',
    call: 'encarga al Director de la Oficina de Normalización de las Telecomunicaciones', others: ['en colaboración con los Directores de las otras dos Oficinas', 'en estrecha cooperación con la Oficina de Radiocomunicaciones', 'en consulta con las comisiones de estudio'],
    next: 'invita a los Estados Miembros', ref: (n: string) => `a contribuir a los trabajos mencionados en el encarga al Director de la Oficina de Normalización de las Telecomunicaciones ${n} anterior.`,
  },
];

test('references to a call named by its addressee alone, the call line adding who works with it', () => {
  let checked = 0;
  for (const f of FORMS) for (const others of [undefined, ...f.others]) for (const n of [2, 3]) for (let k = 1; k <= 4; k++) {
    const items = Array.from({ length: n }, (_, i) => `${i + 1}\tto do thing ${i + 1}${i === n - 1 ? ',' : ';'}`);
    const text = lines('Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', f.number, 'Title', f.formula, others ? `${f.call}, ${others}` : f.call, ...items, f.next, f.ref(String(k)), '', 'Reasons:\tr.', '');
    const where = `${f.lang}, ${others ?? 'no clause'}: ${n} items, reference to ${k}`;
    const doc = parseDocument(text);
    assert.deepEqual(doc.views.new.references.map((r) => r.targets.map((t) => t.label).join()), [String(k)], where);
    const unresolved = checkDocument(doc).filter((x) => x.code === 'reference.unresolved');
    assert.equal(unresolved.length, k <= n ? 0 : 1, `${where}: ${unresolved.map((x) => x.message).join(' | ')}`);
    checked++;
  }
  assert.ok(checked >= 100);
});

test('the numbering fix renumbers such a reference with its item', () => {
  for (const f of FORMS) {
    // Items 1, 3, 4 (a gap): the reference names 3, which the fix makes 2.
    const text = lines('Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', f.number, 'Title', f.formula, `${f.call}, ${f.others[0]}`,
      '1\tto do thing 1;', '3\tto do thing 3;', '4\tto do thing 4,', f.next, f.ref('3'), '', 'Reasons:\tr.', '');
    const gap = checkDocument(parseDocument(text)).find((x) => x.code === 'numbering.gap');
    assert.ok(gap?.fix, f.lang);
    const fixed = applyEdits(text, gap!.fix!.edits);
    assert.ok(fixed.includes(f.ref('2')), `${f.lang}: ${fixed}`);
    assert.deepEqual(checkDocument(parseDocument(fixed)).map((x) => x.code), [], f.lang);
  }
});
