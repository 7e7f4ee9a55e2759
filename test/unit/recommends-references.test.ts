// `recommends 3`-style references in ITU-R Recommendations: the operative part is `recommends` with numbered items 1, 2,
// 3, 3.1, the preamble `considering` with lettered ones. A reference to them (`recommends 3 above`, `in recommends 2.1`,
// `considering b) above`) resolves against those items, in the Recommendation as a file and in a proposal restating it,
// and names reference.unresolved where the Recommendation has no such item, as `resolves 3` does in a Resolution.
// Generated: Recommendations of random shape, references to items they have and do not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { seeded } from '../support/random';
import { ROOT } from './helpers';

interface Shape {
  /** How many lettered considering items (a) …), ITU-R skipping i)), how many recommends items, and the sub-items of each. */
  letters: number;
  subs: number[];
}

const LETTERS = 'abcdefghjklmnop'.split('');

function body(shape: Shape, reference: string): string[] {
  const out = ['The ITU Radiocommunication Assembly,', 'considering'];
  for (let k = 0; k < shape.letters; k++) out.push(`${LETTERS[k]})\tthat matter ${k + 1} is relevant${k === shape.letters - 1 ? ',' : ';'}`);
  out.push('recommends');
  shape.subs.forEach((n, k) => {
    out.push(`${k + 1}\tthat administrations should take measure ${k + 1}${n ? ':' : ';'}`);
    for (let j = 1; j <= n; j++) out.push(`${k + 1}.${j}\tthat the part ${j} of measure ${k + 1} applies;`);
  });
  // The reference, in a last item of its own.
  out.push(`${shape.subs.length + 1}\tthat administrations apply the bands ${reference}.`);
  return out;
}

/** The Recommendation as a file of its own, and restated in a draft new Recommendation (ADD). */
function texts(shape: Shape, reference: string): string[] {
  const rec = ['RECOMMENDATION ITU-R RA.999-0', 'Preferred frequency bands for measurements', '(Question ITU-R 145/7)', ...body(shape, reference)];
  const add = ['Proposals:\tUSA', '', 'ADD\tUSA/21/1', 'DRAFT NEW RECOMMENDATION ITU-R RA.[USA-1]', 'Preferred frequency bands for measurements', ...body(shape, reference), 'Reasons:\tNew bands.'];
  return [rec.join('\n') + '\n', add.join('\n') + '\n'];
}

/** The labels a shape has, by call. */
function has(shape: Shape, call: string, label: string): boolean {
  if (call === 'considering') return LETTERS.slice(0, shape.letters).map((l) => `${l})`).includes(label);
  // The last item holds the reference: it is an item of recommends too.
  const [n, sub] = label.split('.').map(Number);
  if (n === shape.subs.length + 1) return sub === undefined;
  return n >= 1 && n <= shape.subs.length && (sub === undefined || (sub >= 1 && sub <= shape.subs[n - 1]));
}

test('generated: recommends N, recommends N.M and considering x) resolve in an ITU-R Recommendation, and name reference.unresolved where it has no such item', () => {
  const random = seeded(4207);
  const pick = (n: number) => Math.floor(random() * n);
  let resolved = 0;
  let unresolved = 0;
  for (let c = 0; c < 120; c++) {
    const shape: Shape = { letters: 1 + pick(6), subs: Array.from({ length: 1 + pick(4) }, () => (random() < 0.4 ? 1 + pick(3) : 0)) };
    const lettered = random() < 0.3;
    const label = lettered ? `${LETTERS[pick(shape.letters + 2)]})` : random() < 0.4 ? `${1 + pick(shape.subs.length + 1)}.${1 + pick(4)}` : `${1 + pick(shape.subs.length + 2)}`;
    const call = lettered ? 'considering' : 'recommends';
    // With a direction word, or after `in` (a numbered call's items without one).
    const reference = lettered || random() < 0.5 ? `of ${call} ${label} above` : `in ${call} ${label}`;
    const exists = has(shape, call, label);
    for (const text of texts(shape, reference)) {
      const doc = parseDocument(text);
      const view = doc.views.new;
      assert.deepEqual(view.references.map((r) => [r.phrase, r.targets.map((t) => t.label)]), [[call, [label]]], text);
      const ref = view.references[0];
      const item = resolveTarget(view, ref, label);
      assert.equal(item !== undefined, exists, `${reference}\n${text}`);
      if (item) assert.equal(item.label?.text, label, text);
      const found = checkDocument(doc).filter((f) => f.code === 'reference.unresolved');
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), exists ? [] : [label], text);
      if (!exists) assert.match(found[0].message, /names no item of this Recommendation/, found[0].message);
      if (exists) resolved++;
      else unresolved++;
    }
  }
  // Both outcomes are generated.
  assert.ok(resolved > 40 && unresolved > 40, `${resolved} ${unresolved}`);
});

test('a recommends item inserted with its number: the numbering fix renumbers the references to the items after it', () => {
  const shape: Shape = { letters: 2, subs: [0, 2, 0] };
  // (A sub-item renumbered with its parent, `2.1` to `3.1`, is not followed, in a Resolution either: numbering.ts's limit.)
  const [, add] = texts(shape, 'of recommends 1 above and of recommends 3 above');
  // A new item 2 typed before the old 2, the old ones left on their numbers: 2 appears twice.
  const inserted = add.replace('2\tthat administrations should take measure 2', '2\tthat administrations should take a new measure;\n2\tthat administrations should take measure 2');
  const doc = parseDocument(inserted);
  const fix = checkDocument(doc).find((f) => f.code.startsWith('numbering.') && f.fix)?.fix;
  assert.ok(fix, 'a numbering fix');
  const after = applyEdits(inserted, fix.edits);
  assert.match(after, /of recommends 1 above and of recommends 4 above/, after);
});

test('a Recommendation\'s numbers without a call stay its clause references\' (`§ 2.3`, `1.2 above` are not read twice)', () => {
  const [rec] = texts({ letters: 2, subs: [2] }, 'as in 1.2 above and in § 1.1');
  assert.deepEqual(parseDocument(rec).views.new.references, []);
});

test('the Recommendation as written in real text: NOTE 2 of ITU-R S.354-2 cites recommends 2, which its recommends has', () => {
  const text = [
    'RECOMMENDATION ITU-R S.354-2', 'Video bandwidth and permissible noise level', '', 'The ITU Radiocommunication Assembly,', 'considering',
    'a)\tthat the hypothetical reference circuit is intended as a guide;', '', 'recommends', '1\tthat the video bandwidth should be compatible;', '',
    '2\tthat the signal-to-weighted noise ratios should provisionally be equal to the ratios recommended.',
    'NOTE 2 – In the application of recommends 2 of this Recommendation, special note should be taken of the Notes.', '',
  ].join('\n');
  const doc = parseDocument(text);
  const [ref] = doc.views.new.references;
  assert.equal(ref?.phrase, 'recommends');
  assert.equal(resolveTarget(doc.views.new, ref, '2')?.paragraph.text.slice(0, 8), '2\tthat t');
  assert.deepEqual(checkDocument(parseDocument(text.replace('recommends 2 of', 'recommends 3 of'))).filter((f) => f.code === 'reference.unresolved').map((f) => f.message), [
    '"recommends 3" names no item of this Recommendation. recommends has 1, 2.',
  ]);
});

test('a MOD restating part of ITU-R RA.314-10: an item the text in force has is named, one it lacks is reported; without it, an excerpt is not', () => {
  const RA = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/R-REC-RA.314-10-200306.itu'), 'utf8');
  const inForce = (start: string) => RA.split('\n').find((l) => l.startsWith(start))!;
  const index = new BaseIndex();
  index.update('ra314.itu', RA);
  const mod = (elided: boolean, reference: string) => [
    'Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-R RA.314-10', 'The ITU Radiocommunication Assembly,', 'considering', inForce('a)\t'), ...(elided ? ['…'] : []),
    'recommends', inForce('1\t').replace(/;$/, `{++, as in ${reference}++};`), ...(elided ? ['…'] : []), 'Reasons:\tReferences.', '',
  ].join('\n');
  const unresolved = (text: string, bases?: BaseIndex) => checkDocument(parseDocument(text), bases ? { bases: bases.lookup } : {}).filter((f) => f.code === 'reference.unresolved').map((f) => text.slice(f.start, f.end));
  for (const elided of [false, true]) {
    // k) and 3 are in force, not restated.
    assert.deepEqual(unresolved(mod(elided, 'considering k) above and recommends 3 above'), index), [], `elided ${elided}`);
    assert.deepEqual(unresolved(mod(elided, 'considering l) above and recommends 4 above'), index), ['l)', '4'], `elided ${elided}`);
  }
  // Without the text in force: an excerpt may leave out what it names; a text restated whole has no more items.
  assert.deepEqual(unresolved(mod(true, 'recommends 4 above')), []);
  assert.deepEqual(unresolved(mod(false, 'recommends 4 above')), ['4']);
});
