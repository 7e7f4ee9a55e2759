// A NOC's alternative inside another party's insertion (rev-kinds, left alone): compiled, `[ARB: … new words] [RCC:
// (delete)]` read as if RCC proposed deleting something, where RCC keeps the text in force and inserts nothing. An
// empty alternative where the text in force has nothing is now `(nothing inserted)` (`(aucun ajout)` in a French
// text); one over words in force is still `(delete)`. Generated over provisions of the real Constitution: one party
// inserts words at a random place, another keeps the provision (NOC), a third (now and then) deletes a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { BaseIndex, compile, compileTarget, listProposals, mergedDraft, parseDocument, readAlternatives, type CompileSource } from '../../server/src/core';
import { inForce } from '../support/compile';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const CS = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cs-1992-rev2006.itu'), 'utf8');
const index = new BaseIndex();
index.update('cs.itu', CS);
const PROVISIONS = [...new Set(index.instruments()[0].provisions.values())].filter((p) => p.paragraphs.length === 1 && /^\d+[A-Z]?\t\S+( \S+){6,}/.test(p.paragraphs[0]));
const head = (party: string) => ['Meeting:\tPP-26, Doha, 2026', 'Document:\t9', `Proposals:\t${party}`, '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''];

test('compile: a party inserting nothing where another inserts reads "(nothing inserted)", not "(delete)"; a deletion in force still "(delete)"', () => {
  const rnd = seeded(71);
  let inserted = 0;
  let deleted = 0;
  for (let c = 0; c < cases(60, 15); c++) {
    const p = PROVISIONS[Math.floor(rnd() * PROVISIONS.length)];
    const [number, text] = [p.number, p.paragraphs[0].slice(p.number.length + 1)];
    const words = text.split(' ');
    // ARB inserts words after word k; RCC keeps the provision; EUR (half the time) deletes word m, another than k's.
    const k = 1 + Math.floor(rnd() * (words.length - 2));
    const arb = [...words.slice(0, k), `{++particularly ${['new', 'further', 'other'][c % 3]}++}`, ...words.slice(k)].join(' ');
    const m = (k + 2 + Math.floor(rnd() * (words.length - 3))) % words.length;
    const withEur = rnd() < 0.5 && m !== k && m !== k - 1 && m > 0;
    const eur = words.map((w, j) => (j === m ? `{--${w}--}` : w)).join(' ').replace('--} ', '--}');
    const docs: [string, string][] = [
      ['arb.itu', lines(...head('ARB'), 'MOD\tARB/9/1', `${number}\t${arb}`, 'Reasons:\tr.')],
      ['rcc.itu', lines(...head('RCC'), 'NOC\tRCC/9/1', `${number}\t${text}`, 'Reasons:\tr.')],
      ...(withEur ? [['eur.itu', lines(...head('EUR'), 'MOD\tEUR/9/1', `${number}\t${eur}`, 'Reasons:\tr.')] as [string, string]] : []),
    ];
    const sources: CompileSource[] = [{ location: 'cs.itu', doc: parseDocument(CS) }, ...docs.map(([location, t]) => ({ location, doc: parseDocument(t) }))];
    const compiled = compileTarget(`CS ${number}`, sources, index.lookup);
    const where = `case ${c}: CS ${number}, after word ${k}${withEur ? `, EUR deletes word ${m}` : ''}`;
    assert.ok(compiled, where);
    const draft = mergedDraft(compiled);
    // RCC's alternative to ARB's insertion: nothing inserted, never a deletion.
    assert.match(draft, /\[RCC(?:, EUR)?: \(nothing inserted\)\]/, `${where}\n${draft}`);
    assert.doesNotMatch(draft, /\[(?:ARB, )?RCC[^\]]*: \(delete\)\]/, `${where}\n${draft}`);
    inserted++;
    // EUR's deletion of a word in force, against RCC's NOC keeping it: still `(delete)`, EUR's.
    if (withEur) {
      assert.match(draft, /\[EUR: \(delete\)\]/, `${where}\n${draft}`);
      deleted++;
    }
    for (const [, alternatives] of draft.matchAll(/\{~~[^~]*~>(\[[^~]*\])~~\}/g)) {
      for (const a of readAlternatives(alternatives) ?? []) if (/^(?:RCC|EUR)/.test(a.who) && !/\S/.test(a.text)) assert.equal(a.text, '', where);
    }
  }
  assert.ok(inserted > 0 && deleted > 0);
});

test('the word is the merged draft\'s language: "(aucun ajout)" in a French text, read back as an empty alternative', () => {
  const base = lines('RÉSOLUTION 7 (Rév. Genève, 2020)', 'Titre de la sept', 'L\'Assemblée mondiale de normalisation des télécommunications (Genève, 2020),', 'considérant', 'a)\tque le spam est un problème pour les réseaux;', 'b)\tque l\'aide est nécessaire,', 'décide', '1\td\'agir.');
  const mod = (party: string, action: string, a: string) => lines(`Proposals:\t${party}`, '', `${action}\t${party}/1/1`, ...base.trimEnd().split('\n').map((l) => (l.startsWith('a)') ? a : l)), 'Reasons:\tr.');
  const sources: CompileSource[] = [
    { location: 'res7.itu', doc: parseDocument(base) },
    { location: 'arb.itu', doc: parseDocument(mod('ARB', 'MOD', 'a)\tque le spam est un {++grave ++}problème pour les réseaux;')) },
    { location: 'rcc.itu', doc: parseDocument(mod('RCC', 'NOC', 'a)\tque le spam est un problème pour les réseaux;')) },
  ];
  const i = new BaseIndex();
  i.update('res7.itu', base);
  const c = compile('Résolution 7', sources, i.lookup) ?? compile('Resolution 7', sources, i.lookup);
  assert.ok(c);
  const draft = mergedDraft(c);
  assert.match(draft, /\[RCC: \(aucun ajout\)\]/, draft);
  assert.deepEqual(readAlternatives('[ARB: grave] [RCC: (aucun ajout)]'), [{ who: 'ARB', text: 'grave' }, { who: 'RCC', text: '' }]);
  assert.deepEqual(readAlternatives('[ARB: grave] [RCC: (nothing inserted)]'), [{ who: 'ARB', text: 'grave' }, { who: 'RCC', text: '' }]);
});

// Review 18: the word was English in a Spanish, Russian, Chinese or Arabic merged draft (`[ARB: (nothing inserted)]`
// in a Spanish RR footnote), the one English word of its text. Texts in force in the six languages the repository holds;
// in each (Chinese aside), words inserted at a random place of a random item by one party, against another's NOC.
const IN_FORCE = [
  'test/fixtures/amend/base-pp22-res101-fr.itu',
  'test/fixtures/amend/base-wtdc22-res15-es.itu',
  'test/fixtures/languages/unseen/ru-base.itu',
  'test/fixtures/languages/unseen/ar-base.itu',
  'test/fixtures/review18/wtsa-fr/base-wtsa20-res77-fr.itu',
];

test('the empty alternative is in the merged draft\'s language, whichever of the six, and read back as empty', () => {
  const rnd = seeded(18);
  const words = new Set<string>();
  for (const file of IN_FORCE) {
    const { text, body } = inForce(file);
    const doc = parseDocument(text);
    // Labelled items with a body of some length; words go in at a space. (A Chinese text has none: inserted between two
    // characters, the comparer takes the paragraph whole, and no alternative inserts nothing.)
    const items = body.map((l, k) => (/^(?:\S{1,4}[)）]|\d+)\t.{12}/u.test(l) ? k : -1)).filter((k) => k >= 0);
    for (let c = 0; c < 3; c++) {
      const k = items[Math.floor(rnd() * items.length)];
      const bodyAt = body[k].indexOf('\t') + 2;
      const spaces = [...body[k].slice(bodyAt).matchAll(/ /g)].map((m) => bodyAt + m.index);
      const at = spaces[Math.floor(rnd() * spaces.length)];
      const marked = body.map((l, j) => (j === k ? `${l.slice(0, at)}{++ ABC-${c}++}${l.slice(at)}` : l));
      const index = new BaseIndex();
      index.update('base.itu', text);
      const sources: CompileSource[] = [
        { location: 'base.itu', doc },
        { location: 'arb.itu', doc: parseDocument(lines('Proposals:\tARB', '', 'MOD\tARB/1/1', ...marked, 'Reasons:\tr.')) },
        { location: 'rcc.itu', doc: parseDocument(lines('Proposals:\tRCC', '', 'NOC\tRCC/1/1', ...body, 'Reasons:\tr.')) },
      ];
      const targets = listProposals(sources).map((p) => p.target);
      const c0 = compile(targets[0], sources, index.lookup);
      const where = `${file}, line ${k} at ${at}`;
      assert.ok(c0, where);
      const draft = mergedDraft(c0);
      const empty = /\[RCC: ([^\]]*)\]/.exec(draft.slice(draft.indexOf('ABC-') - 200));
      assert.ok(empty, `${where}\n${draft}`);
      assert.notEqual(empty[1], '(nothing inserted)', where);
      assert.deepEqual(readAlternatives(`[ARB: ABC] [RCC: ${empty[1]}]`), [{ who: 'ARB', text: 'ABC' }, { who: 'RCC', text: '' }], where);
      words.add(empty[1]);
    }
  }
  // One word per language: French, Spanish, Russian, Arabic.
  assert.equal(words.size, 4, [...words].join(' '));
});

// Review 18: `(delete)` too was English in every draft: against a SUP of a Russian Resolution, `[EUR: (delete)]` on every
// line. The SUP's alternative is now in the text's language, and read back as empty (taken, the line is struck).
test('the alternative deleting the words in force is in the merged draft\'s language too, and read back as empty', () => {
  const words = new Set<string>();
  for (const file of IN_FORCE) {
    const { text, body, index } = inForce(file);
    const sources: CompileSource[] = [
      { location: 'base.itu', doc: parseDocument(text) },
      { location: 'arb.itu', doc: parseDocument(lines('Proposals:\tARB', '', 'MOD\tARB/1/1', ...body.map((l, k) => (k === body.length - 1 ? `${l}{++ ABC++}` : l)), 'Reasons:\tr.')) },
      { location: 'eur.itu', doc: parseDocument(lines('Proposals:\tEUR', '', 'SUP\tEUR/1/1', body[0], body[1], 'Reasons:\tr.')) },
    ];
    const c = compile(listProposals(sources)[0].target, sources, index.lookup);
    assert.ok(c, file);
    const draft = mergedDraft(c);
    const sup = [...draft.matchAll(/\[EUR: ([^\]]*)\]/g)].map((m) => m[1]);
    assert.ok(sup.length >= body.length - 1, `${file}\n${draft}`);
    assert.equal(new Set(sup).size, 1, `${file}: one word for the SUP's alternative: ${[...new Set(sup)].join(' ')}`);
    assert.notEqual(sup[0], '(delete)', file);
    assert.deepEqual(readAlternatives(`[ARB: ABC] [EUR: ${sup[0]}]`), [{ who: 'ARB', text: 'ABC' }, { who: 'EUR', text: '' }], file);
    words.add(sup[0]);
  }
  // One word per language: French, Spanish, Russian, Arabic.
  assert.equal(words.size, 4, [...words].join(' '));
});
