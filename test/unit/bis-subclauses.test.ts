// The bis fix (ITU-T A.1: keep the numbers in force, label inserted items bis, ter …) carries a clause's decimal
// sub-clauses with it, as the renumbering fix does (relabelFix): a clause renumbered by hand with its sub-clauses
// (`{~~2~>3~~}`, `{~~2~>3~~}.1`) gets its number in force back with them (`2`, `2.1`), and an inserted clause's
// sub-clauses take its bis label (`{++2.1…++}` → `{++1bis.1…++}`); references to them follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { contribution, RES_HEAD } from './helpers';

const policy = { numberingPolicy: 'bis' as const };
const mod = (...body: string[]) => contribution('MOD', [...RES_HEAD, ...body]);
const numberingOrReference = (text: string) =>
  checkDocument(parseDocument(text), policy).filter((f) => f.code.startsWith('numbering.') || f.code.startsWith('reference.'));

test('the bis fix carries sub-clauses: a hand renumbering of 2 → 3 with 2.1 → 3.1 goes back whole', () => {
  const text = mod('resolves', '1\tone:', '1.1\tone-one;', '{++2\tnew;++}', '{~~2~>3~~}\ttwo:', '{~~2~>3~~}.1\ttwo-one;', '{~~2.1.1~>3.1.1~~}\ttwo-one-one;', '3\tthree.');
  const [f] = numberingOrReference(text);
  assert.equal(f.code, 'numbering.duplicate');
  const after = applyEdits(text, f.fix!.edits);
  assert.match(after, /\n1\.1\tone-one;\n\{\+\+1bis\tnew;\+\+\}\n2\ttwo:\n2\.1\ttwo-one;\n2\.1\.1\ttwo-one-one;\n3\tthree\.\n/);
  assert.deepEqual(numberingOrReference(after), []);
});

test('the bis fix carries an inserted clause\'s sub-clauses and the references to them: {++2.1…++} → {++1bis.1…++}', () => {
  const text = mod('resolves', '1\tone:', '{++2\tnew, as in resolves 2.1 below:++}', '{++2.1\tnew-one;++}', '2\ttwo.');
  const [f] = numberingOrReference(text);
  assert.equal(f.code, 'numbering.duplicate');
  const after = applyEdits(text, f.fix!.edits);
  assert.match(after, /\n\{\+\+1bis\tnew, as in resolves 1bis\.1 below:\+\+\}\n\{\+\+1bis\.1\tnew-one;\+\+\}\n2\ttwo\.\n/);
  assert.deepEqual(numberingOrReference(after), []);
});

/**
 * Generated: resolves with clauses in force, some with sub-clauses to three levels, whose bodies cite other clauses
 * and sub-clauses by their numbers in force; a clause inserted (with sub-clauses of its own, some cited in its body)
 * before a random clause in force, and some of the clauses in force after it renumbered by hand with their
 * sub-clauses (`{~~i~>i+1~~}` or the whole label substituted), the rest not (the duplicate the fix is for). The bis
 * fix leaves no numbering or reference finding, every clause and sub-clause in force keeps its number in force, the
 * inserted ones take the bis label of the clause before them, every reference names the body it named, the old text
 * is unchanged and no body is lost.
 */
test('property: the bis fix keeps the numbers in force of clauses and their sub-clauses, and labels inserted ones bis', () => {
  for (let seed = 1; seed <= cases(120); seed++) {
    const random = seeded(seed);
    const pick = (n: number) => Math.floor(random() * n);
    const n = 3 + pick(5);
    // The clauses in force in order, each a path ([2], [2, 1], [2, 1, 1]).
    const paths: number[][] = [];
    for (let i = 1; i <= n; i++) {
      paths.push([i]);
      const subs = random() < 0.4 ? 0 : 1 + pick(3);
      for (let m = 1; m <= subs; m++) {
        paths.push([i, m]);
        const subsubs = random() < 0.6 ? 0 : 1 + pick(2);
        for (let s = 1; s <= subsubs; s++) paths.push([i, m, s]);
      }
    }
    const key = (p: number[]) => p.join('.');
    const tag = (p: number[]) => `body${key(p).replace(/\./g, '_')}`;
    const order = (p: number[]) => paths.findIndex((q) => key(q) === key(p));
    const cites = new Map<string, number[]>();
    for (const p of paths) {
      const to = paths[pick(paths.length)];
      if (key(to) !== key(p) && random() < 0.5) cites.set(key(p), to);
    }
    const body = (p: number[]) => {
      const to = cites.get(key(p));
      return `Clause ${tag(p)}${to ? `, as in resolves ${key(to)} ${order(to) > order(p) ? 'below' : 'above'}` : ''};`;
    };
    // Inserted before clause k (2 ≤ k ≤ n: a clause in force before it and one after it); sub-clauses of its own.
    const k = 2 + pick(n - 1);
    const newSubs: number[][] = [];
    for (let m = 1, subs = pick(3); m <= subs; m++) {
      newSubs.push([m]);
      if (random() < 0.3) newSubs.push([m, 1]);
    }
    const cited = newSubs.length && random() < 0.6 ? newSubs[pick(newSubs.length)] : undefined;
    const inserted = [
      `{++${k}\tClause new${cited ? `, as in resolves ${k}.${key(cited)} below` : ''}:++}`,
      ...newSubs.map((s) => `{++${k}.${key(s)}\tClause new${key(s).replace(/\./g, '_')};++}`),
    ];
    // Clauses k … k+r-1 renumbered by hand with their sub-clauses (at least one clause in force left as it was).
    const r = pick(n - k + 1);
    const label = (p: number[]) => {
      if (p[0] < k || p[0] >= k + r) return key(p);
      const rest = p.slice(1).map((x) => `.${x}`).join('');
      return p.length > 1 && random() < 0.4 ? `{~~${key(p)}~>${p[0] + 1}${rest}~~}` : `{~~${p[0]}~>${p[0] + 1}~~}${rest}`;
    };
    const body2 = paths.flatMap((p) => [...(key(p) === String(k) ? inserted : []), `${label(p)}\t${body(p)}`]);
    const text = mod('resolves', ...body2);
    const context = `seed ${seed}: clauses ${paths.map(key).join(' ')}, insert at ${k} with ${newSubs.map(key).join(' ') || 'no sub-clauses'}, ${r} renumbered by hand\n${body2.join('\n')}`;

    const [f] = checkDocument(parseDocument(text), policy).filter((x) => x.code === 'numbering.duplicate');
    assert.ok(f?.fix, context);
    assert.match(f.fix.title, /ITU-T A\.1/, context);
    const after = applyEdits(text, f.fix.edits);
    const fixedContext = `${context}\n--- after the fix:\n${after.slice(after.indexOf('resolves'))}`;
    assert.deepEqual(numberingOrReference(after).map((x) => `${x.code}: ${x.message}`), [], fixedContext);
    // The old text is the text in force as it was.
    assert.equal(parseDocument(after).views.old.text, parseDocument(text).views.old.text, fixedContext);
    // The new text: each body once, in order, under its number in force (or the bis label).
    const newLines = parseDocument(after).views.new.text.split('\n');
    const labelled = new Map<string, string>();
    const bodies: string[] = [];
    for (const line of newLines) {
      const m = /^(\S+)\tClause (\w+)/.exec(line);
      if (!m) continue;
      labelled.set(m[2], m[1]);
      bodies.push(m[2]);
    }
    const bis = `${k - 1}bis`;
    const expected: [string, string][] = paths.flatMap((p) => [
      ...(key(p) === String(k) ? [['new', bis] as [string, string], ...newSubs.map((s): [string, string] => [`new${key(s).replace(/\./g, '_')}`, `${bis}.${key(s)}`])] : []),
      [tag(p), key(p)] as [string, string],
    ]);
    assert.deepEqual(bodies, expected.map(([b]) => b), fixedContext);
    for (const [b, l] of expected) assert.equal(labelled.get(b), l, `${fixedContext}\n${b}`);
    // Every reference names the body it named.
    const bodyOf = new Map(expected.map(([b, l]) => [l, b]));
    for (const line of newLines) {
      const m = /^\S+\tClause (\w+), as in resolves (\S+) /.exec(line);
      if (!m) continue;
      const meant = m[1] === 'new' ? `new${key(cited!).replace(/\./g, '_')}` : tag(cites.get(m[1].slice(4).replace(/_/g, '.'))!);
      assert.equal(bodyOf.get(m[2]), meant, `${fixedContext}\n${line}`);
    }
  }
});
