// A word compared in one spelling on one side and as written on the other is no change when it is written alike on
// both (the twenty-sixth session's property test of track): the Cyrillic look-alike `с)` of a reference `пункт с) раздела
// учитывая выше` is compared as its Latin key in force, and as a letter of text in a draft whose wording no longer makes
// it a reference (`раздела ниже выше`). `track` wrote `{~~с~>с~~}` and the check then said `marks.no-change`.
// Generated: each word of the reference's line in force replaced in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, parseDocument, trackRevisions } from '../../server/src/core';
import { projectText } from '../../server/src/core/marks';
import { ROOT } from './helpers';

const FILE = path.join(ROOT, 'test/fixtures/languages/unseen/ru-base.itu');
const BASE = fs.readFileSync(FILE, 'utf8');
const LINES = BASE.split('\n');
const NUMBER_LINE = LINES.find((l) => l.startsWith('РЕЗОЛЮЦИЯ'))!;
const index = new BaseIndex();
index.update('ru-base.itu', BASE);

test('a look-alike label left as it is, the words around it changed: only the words are marked', () => {
  const line = LINES.find((l) => l.includes('пункт с)'))!;
  const words = [...line.matchAll(/\p{L}{4,}/gu)].filter((w) => w.index! > line.indexOf('\t'));
  assert.ok(words.length >= 4);
  for (const w of words) {
    const edited = `${line.slice(0, w.index)}ниже${line.slice(w.index! + w[0].length)}`;
    const text = ['MOD\tXX/1/1', NUMBER_LINE, '…', edited, '…', '', 'Reasons:\tr', ''].join('\n');
    const doc = parseDocument(text);
    const out = applyEdits(text, trackRevisions(doc, amendedResolutions(doc, index.lookup)).edits);
    const tracked = out.split('\n')[3];
    assert.ok(!/\{~~(.)~>\1~~\}/u.test(tracked) && tracked.includes(' с) '), `"${w[0]}" replaced: ${tracked}`);
    assert.equal(projectText(out, 'old').split('\n')[3], line);
    assert.equal(projectText(out, 'new').split('\n')[3], edited);
    const codes = checkDocument(parseDocument(out), { bases: index.lookup }).map((f) => f.code);
    assert.ok(!codes.includes('marks.no-change') && !codes.includes('base.untracked-change'), `"${w[0]}" replaced: ${codes.join(', ')}`);
  }
});
