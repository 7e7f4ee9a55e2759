import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { fixed, lines, slice } from './helpers';

const cover = (meeting: string) => [`Meeting:\t${meeting}`, 'Document:\t16', 'Addendum:\t3', 'Proposals:\tEUR', ''];
const notes = (text: string) => checkDocument(parseDocument(text)).filter((f) => f.code === 'provision.wrc-note');
const P446B = '5.446B\tIn the frequency band 5 150-5 250 MHz, stations in the mobile service shall not claim protection';

test('provision.wrc-note: a provision a WRC contribution modifies or adds keeps the note of an earlier conference (review E14)', () => {
  const text = lines(...cover('World Radiocommunication Conference (WRC-27)'), 'ARTICLE 5', '',
    'MOD\tEUR/16A3/1', `${P446B}{++ from aeronautical telemetry++}.     (WRC-03)`, 'Reasons:\tr.', '',
    'ADD\tEUR/16A3/2', '5.A14\tThe frequency band 5 150-5 250 MHz may also be used for telemetry.     (WRC-23)', 'Reasons:\tr.');
  const found = notes(text);
  assert.deepEqual(found.map((f) => slice(text, f)), ['03', '23']);
  assert.match(found[0].message, /^MOD of No\. 5\.446B at WRC-27, but its note names WRC-03/);
  // In the MOD the note is text in force: the fix writes a revision mark; in the ADD, plain text.
  const after = fixed(text, found[0]);
  assert.match(after, /\(WRC-\{~~03~>27~~\}\)/);
  assert.match(fixed(after, notes(after)[0]), /telemetry\. {5}\(WRC-27\)/);
  assert.deepEqual(notes(fixed(after, notes(after)[0])), []);
});

test('provision.wrc-note: not for a note already changed, a provision restated unchanged, other meetings, or the same conference', () => {
  const wrc = cover('World Radiocommunication Conference (WRC-27)');
  const mod = (...body: string[]) => lines(...wrc, 'ARTICLE 5', '', 'MOD\tEUR/16A3/1', ...body, 'Reasons:\tr.');
  assert.deepEqual(notes(mod(`${P446B}{++ from telemetry++}.     (WRC-{~~03~>27~~})`)), []);
  assert.deepEqual(notes(mod(`${P446B}.     (WRC-03)`, `5.447\tAnother{++ change++}.     (WRC-27)`)), []);
  assert.deepEqual(notes(lines(...cover('WTSA-24, New Delhi, 15-24 October 2024'), 'ARTICLE 5', '', 'MOD\tEUR/16A3/1', `${P446B}{++ x++}.     (WRC-03)`, 'Reasons:\tr.')), []);
  // French and Russian notes; a four-digit year.
  assert.equal(notes(lines(...cover('Conférence mondiale des radiocommunications (CMR-27)'), 'ARTICLE 5', '', 'MOD\tEUR/16A3/1', '5.446B\tDans la bande{++ aussi++}.     (CMR-03)', 'Motifs:\tr.')).length, 1);
  assert.equal(notes(lines(...cover('WRC-27'), 'ARTICLE 5', '', 'MOD\tEUR/16A3/1', '5.446B\tText{++ more++}.     (WRC-2000)', 'Reasons:\tr.')).length, 1);
  // A provision pasted with spaces after its number is a provision of its own: its note is not the one before's.
  assert.deepEqual(notes(mod(`${P446B}{++ from telemetry++}.     (WRC-{~~03~>27~~})`, '5.446C  Another provision, not changed.     (WRC-03)')), []);
  // An editorial (MOD) keeps the note.
  assert.deepEqual(notes(lines(...wrc, 'ARTICLE 5', '', '(MOD)\tEUR/16A3/1', `${P446B}{++,++}     (WRC-03)`, 'Reasons:\tr.')), []);
});

test('provision.wrc-note: a MOD or ADD of an RR provision with no note at all gets one (review 9, J9)', () => {
  const text = lines(...cover('World Radiocommunication Conference (WRC-27)'),
    'MOD\tIAP/10A17/1', '5.339\tThe bands are also allocated on a {~~secondary~>primary~~} basis.', 'Reasons:\tr.', '',
    'ADD\tIAP/10A17/2', '5.A118\tThe frequency band 1 400-1 427 MHz is also used by the radio astronomy service.', 'Reasons:\tr.');
  const found = notes(text);
  assert.deepEqual(found.map((f) => slice(text, f)), ['5.339', '5.A118']);
  assert.match(found[0].message, /^MOD of No\. 5\.339 at WRC-27, but it has no conference note/);
  assert.match(fixed(text, found[0]), /primary~~\} basis\.\{\+\+ {5}\(WRC-27\)\+\+\}\n/);
  assert.match(fixed(text, found[1]), /astronomy service\. {5}\(WRC-27\)\n/);
  // Not where an elision leaves the provision's end out, nor on a provision restated unchanged, nor with a note of this conference.
  const mod = (...body: string[]) => notes(lines(...cover('WRC-27'), 'MOD\tIAP/10A17/1', ...body, 'Reasons:\tr.'));
  assert.deepEqual(mod('5.340\tAll emissions are {~~prohibited~>banned~~} in:', '…'), []);
  assert.deepEqual(mod('5.339\tUnchanged text.', '5.340\tChanged{++ text++}.     (WRC-27)'), []);
  assert.deepEqual(mod('5.339\tThe bands{++ also++}.     (WRC-{~~15~>27~~})'), []);
});

test('provision.wrc-note: a note (WRC-2000) moves to (WRC-27), as the RR writes every conference after 2000 (review 9, J25)', () => {
  const text = lines(...cover('World Radiocommunication Conference (WRC-27)'), 'ARTICLE 9', '',
    'MOD\tD/29A1/1', '9.2B\tAn administration{++ shall++} publish.     (WRC-2000)', 'Reasons:\tr.');
  const [found] = notes(text);
  assert.match(found.message, /^MOD of No\. 9\.2B at WRC-27, but its note names WRC-2000/);
  assert.match(fixed(text, found), /\(WRC-\{~~2000~>27~~\}\)/);
});
