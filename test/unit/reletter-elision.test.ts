// Relettering across an elision (review 3, E21): a MOD restating a list in excerpts leaves the items a `…` stands
// for with their labels in force; the relettering fix restates them relettered with marks when the text in force is
// known, and base.label-in-force, which finds the collision, offers the fix that mends it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { seeded } from '../support/random';
import { lines, ROOT } from './helpers';

const ITEMS = ['that spam is a problem', 'that help is needed', 'that networks suffer', 'that users suffer', 'that laws differ', 'that costs rise', 'that work goes on', 'that time is short', 'that much is known'];
const letter = (i: number) => `${'abcdefghij'[i]})`;

/** A Resolution in force whose considering holds `n` items, then resolves 1. */
function base(n: number): string {
  return lines('RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of seven', '(Geneva, 2016; Geneva, 2020)', 'The World Telecommunication Standardization Assembly (Geneva, 2020),', 'considering',
    ...ITEMS.slice(0, n).map((t, i) => `${letter(i)}\t${t}${i === n - 1 ? ',' : ';'}`), 'resolves', '1\tto act.');
}

const index = (files: Record<string, string>) => {
  const i = new BaseIndex();
  for (const [location, text] of Object.entries(files)) i.update(location, text);
  return i;
};
const mod = (...body: string[]) => lines('MOD\tXX/1/1', 'RESOLUTION 7 (Rev. Geneva, 2020)', '…', 'considering', ...body, 'Reasons:\tr');
const check = (text: string, i?: BaseIndex): Finding[] => checkDocument(parseDocument(text), i ? { bases: i.lookup } : {});
const NEW = '{++b)\tthat spam moves to messaging;++}';

test('the relettering fix restates the items a `…` after the list stands for, relettered with marks (review 3, E21)', () => {
  const i = index({ 'base.itu': base(5) });
  // a) restated, a new b) inserted, the b) in force not yet relettered, c)–e) behind the `…`.
  const text = mod('a)\tthat spam is a problem;', NEW, 'b)\tthat help is needed;', '…');
  const duplicate = check(text, i).find((f) => f.code === 'numbering.duplicate')!;
  const after = applyEdits(text, duplicate.fix!.edits);
  assert.match(after, /\n\{~~b~>c~~\}\)\tthat help is needed;\n\{~~c~>d~~\}\)\tthat networks suffer;\n\{~~d~>e~~\}\)\tthat users suffer;\n\{~~e~>f~~\}\)\tthat laws differ,\n…\n/);
  assert.deepEqual(check(after, i).map((f) => f.code), []);
  // Without the text in force, nothing tells what the `…` holds: the fix reletters what is restated, as before.
  assert.doesNotMatch(applyEdits(text, check(text).find((f) => f.code === 'numbering.duplicate')!.fix!.edits), /networks/);
});

test('base.label-in-force offers the fix that mends the collision: the next free letter, or the items behind restated (review 3, E21)', () => {
  const i = index({ 'base.itu': base(5) });
  const inForce = (text: string) => check(text, i).filter((f) => f.code === 'base.label-in-force');
  // An item appended after the `…` where the list in force already ends at e): the next is f).
  const appended = mod('…', '{++e)\tthat more is known,++}', 'resolves', '…');
  const [taken] = inForce(appended);
  assert.equal(taken.fix!.title, 'Change e) to f)');
  const mended = applyEdits(appended, taken.fix!.edits);
  assert.match(mended, /\{\+\+f\)\tthat more is known,\+\+\}/);
  assert.deepEqual(check(mended, i).map((f) => f.code), []);
  // Relettered by hand (the fix before this one did so) with c)–e) behind the `…`: restated, relettered.
  const relettered = mod('a)\tthat spam is a problem;', NEW, '{~~b~>c~~})\tthat help is needed;', '…');
  const [collides] = inForce(relettered);
  assert.match(collides.message, /c\) is also the label in force/);
  const restated = applyEdits(relettered, collides.fix!.edits);
  assert.match(restated, /\{~~e~>f~~\}\)\tthat laws differ,\n…/);
  assert.deepEqual(check(restated, i).map((f) => f.code), []);
});

test('a Recommendation excerpt: relettering restates the clauses in force left out after it, and base.label-in-force says when they collide (review 3, E21)', () => {
  const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');
  const i = index({ 'a1.itu': A1 });
  const clause = (n: string) => A1.split('\n').find((l) => l.startsWith(`${n}\t`))!;
  const rec = (...body: string[]) => lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T A.1', ...body, 'Reasons:\tx.');
  // Clauses 1.4.2–1.4.4 restated, a new 1.4.3 inserted; 1.4.5 and 1.4.6 are in force behind the `…`.
  const text = rec(clause('1.4.2'), '{++1.4.3\tA new rule on hybrid meetings.++}', clause('1.4.3'), clause('1.4.4'), '…');
  const duplicate = check(text, i).find((f) => f.code === 'numbering.duplicate')!;
  const after = applyEdits(text, duplicate.fix!.edits);
  assert.match(after, /\n1\.4\.\{~~4~>5~~\}\t/);
  assert.match(after, /\n1\.4\.\{~~5~>6~~\}\t[^\n]*\n(?:[^\n]*\n)*?1\.4\.\{~~6~>7~~\}\t/);
  // No numbering finding left; 1.4.7, renumbered 1.4.8, is cited in force by 1.7.1 and 2.3.3.6, which the MOD does not
  // restate (base.renumbered-cited, sixteenth session).
  assert.deepEqual(check(after, i).map((f) => f.code), ['base.renumbered-cited']);
  // Renumbered by hand, the clauses behind the `…` left: 1.4.5 twice in A.1 as amended, and the fix restates them.
  const byHand = rec(clause('1.4.2'), '{++1.4.3\tA new rule on hybrid meetings.++}', clause('1.4.3').replace('1.4.3', '1.4.{~~3~>4~~}'), clause('1.4.4').replace('1.4.4', '1.4.{~~4~>5~~}'), '…');
  const found = check(byHand, i).filter((f) => f.code === 'base.label-in-force');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /1\.4\.5 is also the number in force of a clause of ITU-T A\.1/);
  assert.deepEqual(check(applyEdits(byHand, found[0].fix!.edits), i).map((f) => f.code), ['base.renumbered-cited']);
});

/**
 * Generated: a considering list of n items in force, an excerpt restating items s..m-1 between elisions, a new item
 * inserted at k (s <= k <= m) under the label in force there. The preferred fix of the duplicate gives the Resolution as
 * amended one item per letter: the restated run and everything after it in the section relettered, the rest untouched.
 */
test('property: relettering an excerpt leaves one item per letter in the Resolution as amended (review 3, E21)', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const random = seeded(seed);
    const n = 3 + Math.floor(random() * 6);
    const s = Math.floor(random() * n);
    const m = s + 1 + Math.floor(random() * (n - s));
    const k = s + Math.floor(random() * (m - s + 1));
    const i = index({ 'base.itu': base(n) });
    const item = (x: number) => `${letter(x)}\t${ITEMS[x]}${x === n - 1 ? ',' : ';'}`;
    const restated = Array.from({ length: m - s }, (_, x) => item(s + x));
    restated.splice(k - s, 0, `{++${letter(k)}\tthat spam moves to messaging${k === n ? ',' : ';'}++}`);
    const body = [...(s > 0 ? ['…'] : []), ...restated, ...(m < n ? ['…'] : []), 'resolves', '1\tto act.'];
    const text = lines('MOD\tXX/1/1', 'RESOLUTION 7 (Rev. Geneva, 2020)', '…', 'considering', ...body, 'Reasons:\tr');
    const context = `seed ${seed}: ${n} items, restated ${s}..${m - 1}, new at ${k}`;
    const findings = check(text, i);
    const duplicate = findings.find((f) => f.code === 'numbering.duplicate' || f.code === 'base.label-in-force');
    if (k === m && m === n) {
      // Appended after the whole list: a new last letter, nothing collides.
      assert.equal(duplicate, undefined, context);
      continue;
    }
    assert.ok(duplicate?.fix, context);
    const after = applyEdits(text, duplicate.fix.edits);
    assert.deepEqual(check(after, i).map((f) => f.code), [], `${context}\n${after}`);
    // The new text's considering from the first restated item on: consecutive letters, the texts in force with the new one at k.
    const considering = parseDocument(after).views.new.text.split('\n').filter((l) => /^[a-j]\)\t/.test(l));
    const expected = [...ITEMS.slice(s, n)];
    expected.splice(k - s, 0, 'that spam moves to messaging');
    assert.deepEqual(considering.map((l) => l.slice(0, 2)), expected.map((_, x) => letter(s + x)), context);
    assert.deepEqual(considering.map((l) => l.slice(3).replace(/[;,]$/, '')), expected, context);
  }
});
