// References to clauses of a Recommendation (`see clause 2.3.3.10 below`, `voir le § 2.3`): read in the
// languages the references patterns cover, followed by the renumbering fix, reported stale when marks renumber
// the clause they named, and unresolved when neither the proposal nor the text in force has the clause (review 3, E3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { clauseReferenceMatches } from '../../server/src/core/lang/references';
import { seeded } from '../support/random';
import { lines, ROOT } from './helpers';

/** Recommendation ITU-T A.1 (10/2016), converted from ITU's Word file (test/corpus-kinds/README.md). */
const A1 = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/T-REC-A.1-201610.itu'), 'utf8');

function indexOf(files: Record<string, string>): BaseIndex {
  const index = new BaseIndex();
  for (const [location, text] of Object.entries(files)) index.update(location, text);
  return index;
}

const check = (text: string, index?: BaseIndex): Finding[] => checkDocument(parseDocument(text), index ? { bases: index.lookup } : {});
const of = (text: string, findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => text.slice(f.start, f.end));

test('clause references are read in the six languages, and a clause of another text is none', () => {
  const read = (text: string) => clauseReferenceMatches(text).map((m) => [text.slice(m.index, m.index + m.length), m.targets.map((t) => t.label).join(' '), m.direction ?? '']);
  const table: [string, string[][]][] = [
    ['meetings of experts (see clause 2.3.3.10 below), particularly', [['clause 2.3.3.10 below', '2.3.3.10', 'below']]],
    ['the study group (see clause 2.3.3.11) and to TSB', [['clause 2.3.3.11', '2.3.3.11', '']]],
    ['See clause 3.3 for submission. See also clauses 1.2 to 1.7 above and § 8.', [['clause 3.3', '3.3', ''], ['clauses 1.2 to 1.7 above', '1.2 1.7', 'above'], ['§ 8', '8', '']]],
    ['as in clause A.2.1 and clause 1.2 of this Recommendation', [['clause A.2.1', 'A.2.1', ''], ['clause 1.2', '1.2', '']]],
    ['voir le § 2.3.3.10 ci-dessous et le paragraphe 2.3', [['§ 2.3.3.10 ci-dessous', '2.3.3.10', 'below'], ['paragraphe 2.3', '2.3', '']]],
    ['véase la cláusula 2.3.3.10 más adelante', [['cláusula 2.3.3.10 más adelante', '2.3.3.10', 'below']]],
    ['см. пункт 2.3.3.10 ниже', [['пункт 2.3.3.10 ниже', '2.3.3.10', 'below']]],
    ['انظر الفقرة 2.3.3.10 أدناه', [['الفقرة 2.3.3.10 أدناه', '2.3.3.10', 'below']]],
    ['انظر الفقرة 4.5 من هذه التوصية', [['الفقرة 4.5', '4.5', '']]],
    ['见下文第2.3.3.10段和本建议书第4.5至4.6节', [['第2.3.3.10段', '2.3.3.10', ''], ['第4.5至4.6节', '4.5 4.6', '']]],
    // Another text's clauses, named after or before the numbers.
    ['the procedures described in clause 4.5 of [ITU-T Q.931] are applied', []],
    ['see clause 7 of Recommendation ITU-T X.509 and [ITU-T Q.931], clause 4.5', []],
    // The Sector's hyphen as Word sets it, U+2011 or U+2010 (charClasses.ts HYPHEN; U+2010 was read as this text's clause).
    ['as ITU\u2011T Q.931, clause 4.5 says', []],
    ['as ITU\u2010T Q.931, clause 4.5 says', []],
    ['voir le § 2.3 de la Recommandation UIT-T A.2', []],
    ['véase la cláusula 3 de la Recomendación UIT-T A.2', []],
    ['см. пункт 4.5 Рекомендации МСЭ-Т Q.931', []],
    ['انظر الفقرة 4.5 من التوصية ITU-T Q.931', []],
    ['见ITU-T Q.931建议书第4.5节', []],
    // A number without a clause word is no clause reference.
    ['in 2016 the clause was added; 2.3.3.10 below', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(read(text), expected, text);
});

/** A MOD of A.1 clauses 2.3.3.9–2.3.3.12 (as in force: 2.3.3.10 cites 2.3.3.11), `body` between header and Reasons. */
function a1Mod(body: string[]): string {
  return lines('Proposals:\tUSA', '', 'MOD\tUSA/21/1\tRecommendation ITU-T A.1', ...body, 'Reasons:\tHybrid meetings.');
}

const inForce = (n: string) => A1.split('\n').find((l) => l.startsWith(`${n}\t`) || l.startsWith(`${n} \t`))!;
const NEW_CLAUSE = '{++2.3.3.10\tRapporteur meetings may be held in hybrid format.++}';

test('reference.stale: a clause renumbered with marks, and a reference in text in force left on its old number (review 3, E3)', () => {
  const index = indexOf({ 'a1.itu': A1 });
  const renumbered = (n: string, to: string) => inForce(n).replace(n, `2.3.3.{~~${n.split('.')[3]}~>${to}~~}`);
  const text = a1Mod([inForce('2.3.3.9'), NEW_CLAUSE, renumbered('2.3.3.10', '11'), renumbered('2.3.3.11', '12'), '…']);
  assert.match(text, /\(see clause 2\.3\.3\.11\)/);
  const found = check(text, index);
  assert.deepEqual(of(text, found, 'reference.stale'), ['2.3.3.11']);
  const stale = found.find((f) => f.code === 'reference.stale')!;
  assert.match(stale.message, /"clause 2\.3\.3\.11" named clause 2\.3\.3\.11 of the text in force, which the new text numbers 2\.3\.3\.12/);
  const after = applyEdits(text, stale.fix!.edits);
  assert.match(after, /\(see clause 2\.3\.3\.\{~~11~>12~~\}\)/);
  assert.deepEqual(of(after, check(after, index), 'reference.stale'), []);
  // The reference renumbered along with its clause, or typed in new text, names the clause of the new text: nothing to say.
  assert.deepEqual(of(after, check(after.replace('{~~11~>12~~})', '12)'), index), 'reference.stale'), []);
  // Without marks on the clause numbers (no renumbering proposed) the reference stays right.
  assert.deepEqual(of(text, check(a1Mod([inForce('2.3.3.9'), inForce('2.3.3.10'), inForce('2.3.3.11'), '…']), index), 'reference.stale'), []);
});

test('the renumbering fix carries clause references along with the clauses they name (review 3, E3)', () => {
  const index = indexOf({ 'a1.itu': A1 });
  // The new clause inserted under 2.3.3.10, the clauses after it not yet renumbered: one duplicate, one fix.
  const text = a1Mod([inForce('2.3.3.9'), NEW_CLAUSE, inForce('2.3.3.10'), inForce('2.3.3.11'), '…']);
  const duplicate = check(text, index).find((f) => f.code === 'numbering.duplicate')!;
  const after = applyEdits(text, duplicate.fix!.edits);
  assert.match(after, /\n2\.3\.3\.\{~~10~>11~~\} \t/);
  assert.match(after, /\(see clause 2\.3\.3\.\{~~11~>12~~\}\)/);
  assert.deepEqual(of(after, check(after, index), 'reference.stale'), []);
});

test('reference.unresolved: a clause reference that names a clause neither the excerpt nor the text in force has (review 3, E3)', () => {
  const index = indexOf({ 'a1.itu': A1 });
  const citing = (n: string) => `{++2.3.3.16\tSee clause ${n} below for the rules of such meetings.++}`;
  const mod = (n: string) => a1Mod([inForce('2.3.3.15'), citing(n)]);
  const unresolved = (text: string, i?: BaseIndex) => check(text, i).filter((f) => f.code === 'reference.unresolved');
  const missing = unresolved(mod('2.3.3.19'), index);
  assert.deepEqual(missing.map((f) => mod('2.3.3.19').slice(f.start, f.end)), ['2.3.3.19']);
  assert.match(missing[0].message, /"clause 2\.3\.3\.19 below" names no clause of ITU-T A\.1/);
  // A clause in force the excerpt leaves out, and one of the excerpt itself, resolve.
  assert.deepEqual(unresolved(mod('3.1.5'), index), []);
  assert.deepEqual(unresolved(mod('2.3.3.15'), index), []);
  // Without the text in force nothing says the excerpt's `…` does not stand for it.
  assert.deepEqual(unresolved(mod('2.3.3.19')), []);
  // Another text's clause is not looked up.
  assert.deepEqual(unresolved(a1Mod([inForce('2.3.3.15'), '{++2.3.3.16\tSee clause 9.9 of Recommendation ITU-T A.2.++}']), index), []);
});

/**
 * Generated: a Recommendation whose clauses, some with sub-clauses (to three levels), cite one another's clauses and
 * sub-clauses (in English or French), a clause inserted at a random place. Renumbered by the fix, or by hand with the
 * references left behind and then their reference.stale fixes applied, every reference of the new text names the
 * clause it named in force: a sub-clause renumbered with its clause (7.2.1 → 7.3.1) too, and one of a clause that
 * did not move stays.
 */
test('property: after renumbering, every clause reference names the clause it named in force (review 3, E3)', () => {
  const words = {
    en: { heading: 'Recommendation ITU-T Z.999', ref: (n: string, below: boolean) => `(see clause ${n} ${below ? 'below' : 'above'})` },
    fr: { heading: 'Recommandation UIT-T Z.999', ref: (n: string, below: boolean) => `(voir le § ${n} ${below ? 'ci-dessous' : 'ci-dessus'})` },
  };
  for (let seed = 1; seed <= 40; seed++) {
    const random = seeded(seed);
    const lang = seed % 2 ? 'en' : 'fr';
    const w = words[lang];
    const n = 4 + Math.floor(random() * 5);
    // The clauses in document order, each a path of numbers under 7 ([2], [2, 1], [2, 1, 1]), its body named by a tag.
    const paths: number[][] = [];
    for (let i = 1; i <= n; i++) {
      paths.push([i]);
      const subs = random() < 0.5 ? 0 : 1 + Math.floor(random() * 2);
      for (let m = 1; m <= subs; m++) {
        paths.push([i, m]);
        if (random() < 0.3) paths.push([i, m, 1]);
      }
    }
    const key = (path: number[]) => path.join('.');
    const tag = (path: number[]) => 'abcdefghij'[path[0]] + path.slice(1).join('');
    const cites = new Map<string, number[]>();
    for (const path of paths) {
      const to = paths[Math.floor(random() * paths.length)];
      if (key(to) !== key(path) && random() < 0.7) cites.set(key(path), to);
    }
    const order = (path: number[]) => paths.findIndex((p) => key(p) === key(path));
    const body = (path: number[]) => {
      const to = cites.get(key(path));
      return `Clause body ${tag(path)}${to ? ` ${w.ref(`7.${key(to)}`, order(to) > order(path))}` : ''}.`;
    };
    const base = lines(w.heading, '7\tScope', ...paths.map((p) => `7.${key(p)}\t${body(p)}`));
    const index = indexOf({ 'z999.itu': base });
    const k = 1 + Math.floor(random() * n);
    const inserted = `{++7.${k}\tA new clause.++}`;
    const clauses = (first: (i: number) => string) =>
      paths.flatMap((p) => [...(key(p) === String(k) ? [inserted] : []), `${[first(p[0]), ...p.slice(1)].join('.')}\t${body(p)}`]);
    const mod = (first: (i: number) => string) => lines('Proposals:\tUSA', '', `MOD\tUSA/21/1\t${w.heading}`, ...clauses(first), 'Reasons:\tx.');
    const context = `seed ${seed} (${lang}, clauses ${paths.map(key).join(' ')}, insert at ${k}, cites ${JSON.stringify([...cites].map(([a, b]) => [a, key(b)]))})`;

    // The fix of the duplicate the insertion makes.
    const plain = mod((i) => `7.${i}`);
    const duplicate = check(plain, index).find((f) => f.code === 'numbering.duplicate');
    assert.ok(duplicate?.fix, context);
    const byFix = applyEdits(plain, duplicate.fix.edits);
    // By hand: the clause numbers with marks (sub-clauses' too), the references left; then every reference.stale fix.
    const byHand = mod((i) => (i >= k ? `7.{~~${i}~>${i + 1}~~}` : `7.${i}`));
    const stale = check(byHand, index).filter((f) => f.code === 'reference.stale');
    assert.equal(stale.length, [...cites.values()].filter((to) => to[0] >= k).length, context);
    const mended = applyEdits(byHand, stale.flatMap((f) => f.fix!.edits));

    for (const [how, text] of [['fix', byFix], ['by hand', mended]] as const) {
      const findings = check(text, index);
      assert.deepEqual(findings.filter((f) => f.code.startsWith('reference.') || f.code.startsWith('numbering.')).map((f) => f.code), [], `${context} ${how}`);
      // In the new text: each clause's body, by number; each reference names the clause whose body it named in force.
      const newLines = parseDocument(text).views.new.text.split('\n');
      const clausesNow = new Map<string, string>();
      for (const line of newLines) {
        const m = /^7\.([\d.]+)\t(Clause body \w+|A new clause)/.exec(line);
        if (m) clausesNow.set(m[1], m[2]);
      }
      for (const [from, to] of cites) {
        const line = newLines.find((l) => l.includes(`Clause body ${tag(from.split('.').map(Number))} `))!;
        const named = /(?:clause|§) 7\.(\d+(?:\.\d+)*)/.exec(line)![1];
        assert.equal(clausesNow.get(named), `Clause body ${tag(to)}`, `${context} ${how}: clause ${from} cites ${key(to)}`);
      }
    }
  }
});
