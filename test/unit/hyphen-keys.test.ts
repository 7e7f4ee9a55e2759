import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { baseKey, numberKey } from '../../server/src/core/base';
import { conferenceYear } from '../../server/src/core/checks/resolution';
import { meetingWrcYear } from '../../server/src/core/checks/provisionNotes';
import { meetingOf, withMeeting } from '../../server/src/service/skeleton';
import { lines } from './helpers';

// Review 9, J13: ITU's Word texts write `WRC‑19` with U+2011 NON-BREAKING HYPHEN (and a delegate types `-`, or the
// reverse); every comparison of number lines, meetings and conference notes reads the hyphen's variants as `-`.
const NBH = '\u2011';
const VARIANTS = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D', '\u00AD-'];

const RES750 = (hyphen: string) => lines(
  `RESOLUTION 750 (REV.WRC${hyphen}19)`, 'Compatibility between services',
  'The World Radiocommunication Conference (Sharm el-Sheikh, 2019),', 'considering',
  'a)\tthat studies have been carried out;', 'resolves', '1\tthat limits apply.');

test('J13: a number line with a hyphen variant has the key of the one with `-`', () => {
  for (const v of VARIANTS) {
    assert.equal(baseKey(`RESOLUTION 750 (REV.WRC${v}19)`), baseKey('RESOLUTION 750 (REV.WRC-19)'), JSON.stringify(v));
    assert.equal(numberKey(`RESOLUTION 750 (REV.WRC${v}19)`), numberKey('RESOLUTION 750 (REV.WRC-19)'));
    assert.equal(conferenceYear(`REV.WRC${v}19`), '2019');
    assert.equal(meetingWrcYear(`World Radiocommunication Conference (WRC${v}27)`), 2027);
  }
});

test('J13: a MOD typed with `-` is compared with the text in force written with U+2011, and the reverse', () => {
  for (const [inForce, typed] of [[NBH, '-'], ['-', NBH]]) {
    const index = new BaseIndex();
    index.update('res750.itu', RES750(inForce));
    const text = lines('Meeting:\tWorld Radiocommunication Conference (WRC-27)', '',
      'MOD\tIAP/7A1/1', `RESOLUTION 750 (REV.WRC${typed}{~~19~>27~~})`, 'Compatibility between services',
      'The World Radiocommunication Conference ({~~Sharm el-Sheikh, 2019~>…, 2027~~}),', 'considering',
      'a)\tthat many studies have been carried out;', 'resolves', '1\tthat limits apply.', 'Reasons:\tr.');
    const codes = checkDocument(parseDocument(text), { bases: index.lookup }).map((f) => `${f.code} ${f.message}`);
    assert.ok(!codes.some((c) => c.startsWith('base.not-found')), codes.join('\n'));
    assert.ok(codes.some((c) => /^base\.untracked-change .*'many'/.test(c)), codes.join('\n'));
  }
});

test('J13: provision.wrc-note reads a note and a Meeting written with U+2011', () => {
  const notes = (meeting: string, note: string) => checkDocument(parseDocument(lines(`Meeting:\t${meeting}`, '', 'ARTICLE 5', '',
    'MOD\tIAP/11A17/1', `5.341A\tIn the band{++ also++}.     (${note})`, 'Reasons:\tr.'))).filter((f) => f.code === 'provision.wrc-note');
  assert.equal(notes('World Radiocommunication Conference (WRC-27)', 'WRC-15').length, 1);
  assert.equal(notes(`World Radiocommunication Conference (WRC${NBH}27)`, 'WRC-15').length, 1);
  assert.equal(notes('World Radiocommunication Conference (WRC-27)', `WRC${NBH}15`).length, 1);
  assert.equal(notes('World Radiocommunication Conference (WRC-27)', `WRC${NBH}27`).length, 0);
});

test('J13: New contribution moves a number line written `REV.WRC‑19` to the new conference', () => {
  const [numberLine] = withMeeting([`RESOLUTION 750 (REV.WRC${NBH}19)`, 'Title', 'The World Radiocommunication Conference (Sharm el-Sheikh, 2019),'], meetingOf('WRC-27'));
  assert.equal(numberLine, `RESOLUTION 750 (REV.WRC${NBH}{--19--}{++27++})`);
});
