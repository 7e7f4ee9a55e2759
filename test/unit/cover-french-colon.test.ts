// The cover block in French typography (review 14, rev-lang): a space before the colon, a no-break one as Word's French
// AutoCorrect writes it (`Document\u00A0:`), a narrow one (`Addendum\u202F:`), a figure space, or an ordinary space.
// Before, such a line was no cover field: the cover ended above it, and the proposal ids' prefix (Proposals, Document,
// Addendum) was not checked, silently. Generated: each field × each space before its colon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { format } from '../../server/src/service/editing';

const SPACES = [' ', '\u00A0', '\u202F', '\u2007', '\u00A0\u00A0'];
const FIELDS = ['Meeting', 'Document', 'Addendum', 'Original', 'Proposals'];

function contribution(space: (field: string) => string, id: string): string {
  const value: Record<string, string> = { Meeting: 'WTSA-24, New Delhi, 2024', Document: '37', Addendum: '14', Original: 'français', Proposals: 'AFCP' };
  return [...FIELDS.map((f) => `${f}${space(f)}:\t${value[f]}`), '',
    `ADD\t${id}`, 'PROJET DE NOUVELLE RÉSOLUTION [AFCP-1] (New Delhi, 2024)', 'Titre',
    'L\'Assemblée mondiale de normalisation des télécommunications (New Delhi, 2024),', 'considérant', 'a)\tque le texte est long,',
    'décide', '1\tde faire rapport.', '', 'Motifs:\tNouvelle Résolution.', ''].join('\n');
}

for (const field of FIELDS) {
  for (const space of SPACES) {
    test(`the cover field ${field} with ${JSON.stringify(space)} before its colon is read, and the ids' prefix is checked`, () => {
      const sp = (f: string) => (f === field ? space : '');
      const doc = parseDocument(contribution(sp, 'AFCP/37A14/1'));
      assert.deepEqual(doc.cover.map((c) => c.name), FIELDS);
      assert.equal(doc.cover.find((c) => c.name === field)!.value, { Meeting: 'WTSA-24, New Delhi, 2024', Document: '37', Addendum: '14', Original: 'français', Proposals: 'AFCP' }[field]);
      assert.deepEqual(checkDocument(doc).map((f) => f.code), []);
      // A wrong prefix is reported.
      const wrong = checkDocument(parseDocument(contribution(sp, 'AFCP/37A15/1'))).map((f) => f.code);
      assert.deepEqual(wrong, ['proposal.id-prefix']);
    });
  }
}

test('Format Document gives a known field written with spaces around its colon its TAB (`Document\u00A0: 37`)', () => {
  for (const space of SPACES) {
    const text = contribution(() => '', 'AFCP/37A14/1').replace('Document:\t37', `Document${space}: 37`);
    const state = new DocumentRecord('file:///ws/draft.itu', 1, text);
    const out = applyEdits(text, format(state).map((e) => ({ start: state.offset(e.range.start), end: state.offset(e.range.end), newText: e.newText })));
    assert.equal(out.split('\n')[1], 'Document:\t37', JSON.stringify(space));
  }
});
