// Review 6, G9: a MOD whose provision the tool cannot identify was treated as unchanged (unmarked changes passed
// silently, or "changes nothing … make it NOC"). The forms ITU prose names a provision by are read (`No. 5.446B`,
// `RR 5.446B`, `CS No. 58`, `п. 5.446B`, `N° 58`); a provision that stays unknown is said not compared
// (base.provision-unidentified), never "make it NOC".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Finding } from '../../server/src/core';
import { lines } from './helpers';
import { checkAgainst as check, CS, RR } from './provisionFixtures';

/** The paragraph of provision `n` in force in `text`. */
function inForce(text: string, n: string): string {
  return text.split('\n').find((l) => l.startsWith(`${n}\t`))!;
}

/** `paragraph` with the word `added` inserted, without marks, before its last word of four letters or more. */
function withUnmarkedWord(paragraph: string, added: string): string {
  const words = [...paragraph.matchAll(/\b[a-z]{4,}\b/g)];
  const last = words[words.length - 1];
  return paragraph.slice(0, last.index) + `${added} ` + paragraph.slice(last.index);
}

const codes = (fs: Finding[]) => fs.map((f) => f.code);

describe('provisions named as ITU prose names them (review 6, G9)', () => {
  const CASES: { instrument: string; heading: string[]; text: string; numbers: string[]; prefixes: string[] }[] = [
    { instrument: 'RR', heading: ['ARTICLE 5', ''], text: RR, numbers: ['5.337A', '5.338A', '5.338'], prefixes: ['No. ', 'RR ', 'RR No. ', 'п. ', 'N° '] },
    { instrument: 'CS', heading: ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''], text: CS, numbers: ['5', '6', '3A'], prefixes: ['No. ', 'CS ', 'CS No. ', 'N° '] },
  ];
  for (const c of CASES) {
    test(`${c.instrument}: a number written with its prefix is that provision, its unmarked change found, nothing else said`, () => {
      for (const n of c.numbers) {
        for (const prefix of c.prefixes) {
          for (const heading of [c.heading, []]) {
            const para = withUnmarkedWord(inForce(c.text, n), 'quickly');
            const doc = lines(...heading, 'MOD\tX/1/1', prefix + para, 'Reasons:\tx.');
            const found = check(doc);
            const what = `${prefix}${n}${heading.length ? ' under its heading' : ''}: ${found.map((f) => `${f.code} ${f.message}`).join(' | ')}`;
            assert.deepEqual(codes(found), ['base.untracked-change'], what);
            assert.match(found[0].message, /draft adds 'quickly'/, what);
          }
        }
      }
    });
  }
});

describe('a MOD whose provision stays unknown is said not compared, never "make it NOC" (review 6, G9)', () => {
  const CS_HEADING = 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION';
  const cs5 = inForce(CS, '5');
  const body5 = cs5.slice('5\t'.length);

  test('the margin number and note on a line, the text on the next: no provision read', () => {
    for (const marked of [false, true]) {
      const text = marked ? body5.replace('efficient', '{~~efficient~>effective~~}') : body5;
      const found = check(lines(CS_HEADING, '', 'MOD\tX/1/1', '5\tPP-98', text, 'Reasons:\tx.'));
      assert.deepEqual(codes(found), ['base.provision-unidentified'], found.map((f) => f.message).join(' | '));
      assert.match(found[0].message, /MOD X\/1\/1: no paragraph reads as a provision.*MOD<TAB>X\/1\/1<TAB>CS 58\)/);
    }
  });

  test('numbers no one text in force holds with these words (a large unmarked deletion, no heading): not identified', () => {
    // CS No. 5 restated with most of its words dropped without marks: too few left to tell it is No. 5.
    const cut = `5\tc)\tto promote the development of technical facilities.`;
    const found = check(lines('MOD\tX/1/1', cut, 'Reasons:\tx.'));
    assert.deepEqual(codes(found), ['base.provision-unidentified'], found.map((f) => f.message).join(' | '));
    assert.match(found[0].message, /holds 5 with these words.*MOD<TAB>X\/1\/1<TAB>CS 5\)/);
    // Named after the id, it is compared and the deletion found.
    assert.ok(check(lines('MOD\tX/1/1\tCS 5', cut, 'Reasons:\tx.')).some((f) => f.code === 'base.untracked-change'));
  });

  test('a MOD of text that restates no provision keeps "changes nothing"; so does one compared and found unchanged', () => {
    assert.deepEqual(codes(check(lines('MOD\tX/1/1', 'Some text that is no provision.', 'Reasons:\tx.'))), ['proposal.mod-without-changes']);
    assert.deepEqual(codes(check(lines(CS_HEADING, '', 'MOD\tX/1/1', cs5, 'Reasons:\tx.'))), ['proposal.mod-without-changes']);
  });
});
