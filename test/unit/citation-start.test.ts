// A sentence that opens with a clause of a text cited (`3.2 of Recommendation ITU-T …`) is prose, not item 3.2 of
// the text, in English, French and Spanish alike (review leftover, STATUS-fixe.md: `3.2 de la Recommandation UIT-T …`
// and `3.2 de la Resolución …` were read as items, with numbering findings on them), whatever separates the number
// (a space, a no-break space, a TAB). Russian, Arabic and Chinese put the clause word before the number (`пункт 3.2
// Рекомендации`, `الفقرة 3.2 من`, `第3.2节`): no sentence of theirs opens with the number.
// Generated: languages × cited texts × numbers × separators × where (a Resolution's operative list, a Recommendation's clauses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { contribution, lines } from './helpers';

const HEADS = {
  en: { head: ['RESOLUTION 2 (Rev. Hammamet, 2016)', 'A title', 'The World Telecommunication Standardization Assembly (Hammamet, 2016),', 'resolves'], item: (w: string) => `that ${w};` },
  fr: { head: ['RÉSOLUTION 2 (Rév. Hammamet, 2016)', 'Titre', "L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),", 'décide'], item: (w: string) => `de faire ${w};` },
  es: { head: ['RESOLUCIÓN 2 (Rev. Hammamet, 2016)', 'Título', 'La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),', 'resuelve'], item: (w: string) => `que ${w};` },
};
const CITATIONS = {
  en: ['of Recommendation ITU-T A.1 applies here.', 'of Resolution 1 applies here.', 'of this Resolution applies here.', 'of [ITU-T Q.764] applies here.', 'of the Radio Regulations applies here.'],
  fr: ['de la Recommandation UIT-T A.1 s\'applique.', 'de la Résolution 1 s\'applique.', 'de la présente Résolution s\'applique.', 'du Règlement des radiocommunications s\'applique.', 'de l\'Annexe A s\'applique.', 'de [UIT-T Q.764] s\'applique.'],
  es: ['de la Recomendación UIT-T A.1 se aplica.', 'de la Resolución 1 se aplica.', 'de la presente Resolución se aplica.', 'del Reglamento de Radiocomunicaciones se aplica.', 'de los Reglamentos se aplica.'],
};
const SEPARATORS = { space: ' ', 'no-break space': '\u00a0', TAB: '\t' };

test('a sentence that opens with a clause of a text cited is prose in English, French and Spanish', () => {
  let count = 0;
  for (const lang of ['en', 'fr', 'es'] as const) {
    const L = HEADS[lang];
    for (const cited of CITATIONS[lang]) for (const n of ['3.2', '2.1.4', '7']) for (const [name, sep] of Object.entries(SEPARATORS)) {
      // A bare number then a space is text anyway (FORMAT.md §1).
      if (n === '7' && sep !== '\t') continue;
      const line = `${n}${sep}${cited}`;
      for (const [where, text] of [
        ['resolution', contribution('ADD', [...L.head, `1\t${L.item('one')}`, `2\t${L.item('two')}`, line, `3\t${L.item('three')}`])],
        ['recommendation', lines('Proposals:\tUSA', 'Document:\t5', '', 'ADD\tUSA/5/1\tRecommendation ITU-T F.921', '1\tScope', 'The text.', line, '2\tReferences', '', 'Reasons:\tr.', '')],
      ] as const) {
        const doc = parseDocument(text);
        const p = doc.views.new.paragraphs.find((x) => x.text.startsWith(n + sep));
        assert.ok(p && !p.label, `${lang} ${where} ${name}: ${JSON.stringify(line)} is no item`);
        const findings = checkDocument(doc).filter((f) => f.code.startsWith('numbering'));
        assert.deepEqual(findings.map((f) => f.message), [], `${lang} ${where} ${name}: ${JSON.stringify(line)}`);
        count++;
      }
    }
  }
  assert.equal(count, 16 * 2 * 7);
});

test('an item that opens with an `of` word and no text named stays an item (`1.1 de poursuivre`, `2.1 de la nécessité`)', () => {
  for (const [lang, line] of [['fr', '1.1 de poursuivre ses travaux;'], ['fr', '1.1\tde la nécessité de coopérer;'], ['es', '1.1\tde conformidad con el Convenio;'], ['en', '1.1\tof the utmost importance;']] as const) {
    const text = contribution('ADD', [...HEADS[lang].head, `1\t${HEADS[lang].item('one')}`, line, `2\t${HEADS[lang].item('two')}`]);
    const p = parseDocument(text).views.new.paragraphs.find((x) => x.text.startsWith('1.1'));
    assert.equal(p?.label?.text, '1.1', `${lang}: ${line}`);
  }
});
