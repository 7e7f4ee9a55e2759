// Review 6, G2 and G22: CS, CV and RR provision numbers are not a list. A provision deleted inside a MOD
// keeps the numbers after it (no renumbering fix, even when no heading or target names the instrument and
// the numbers alone find it); provisions in force renumbered inside a MOD are reported.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Finding } from '../../server/src/core';
import { lines } from './helpers';
import { checkAgainst as check, CS, RR } from './provisionFixtures';

/** The provisions in force of a text, in order: number and paragraph. */
function provisionsOf(text: string, form: RegExp): [string, string][] {
  return text.split('\n').filter((l) => form.test(l)).map((l) => [l.slice(0, l.indexOf('\t')), l]);
}

/** Every edit of every fix (and alternative) of the findings. */
function edits(found: Finding[]): string[] {
  const out: string[] = [];
  for (const f of found) for (const fix of f.fix ? [f.fix, ...(f.fix.alternatives ?? [])] : []) for (const e of fix.edits) out.push(e.newText);
  return out;
}

describe('a provision deleted inside a MOD renumbers nothing (review 6, G2)', () => {
  const cs = provisionsOf(CS, /^\d+\t[a-z]\)\t/);
  const forms: [string, string[], string][] = [
    ['no heading, no target (found by its numbers)', [], ''],
    ['CS after the id', [], '\tCS'],
    ['the Constitution heading', ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''], ''],
  ];
  for (const [form, heading, extra] of forms) {
    test(form, () => {
      for (let k = 0; k + 2 < cs.length; k++) {
        const [a, b, c] = cs.slice(k, k + 3);
        const doc = lines(...heading, `MOD\tX/1/1${extra}`, a[1], `{--${b[1]}--}`, c[1], 'Reasons:\tx.');
        const found = check(doc);
        const what = `${a[0]}, {--${b[0]}--}, ${c[0]} (${form}): ${found.map((f) => `${f.code} ${f.message}`).join(' | ')}`;
        assert.ok(!found.some((f) => f.code === 'numbering.gap-after-deletion'), what);
        assert.ok(!edits(found).some((e) => e.includes(`~>${b[0]}~~}`)), what);
        assert.ok(!found.some((f) => f.code === 'base.untracked-change'), what);
      }
    });
  }
});

describe('provisions in force renumbered inside a MOD are reported (review 6, G22)', () => {
  /** Consecutive provisions in force `a`, `b` of a text, with a new provision inserted under `b`'s number and `b` renumbered `to`. */
  function renumbering(heading: string[], a: [string, string], b: [string, string], to: string, newText: string): string {
    const rest = b[1].slice(b[0].length);
    return lines(...heading, 'MOD\tX/1/1', a[1], `{++${b[0]}\t${newText}++}`, `{~~${b[0]}~>${to}~~}${rest}`, 'Reasons:\tx.');
  }
  const cases: [string, string[], [string, string][], (n: string) => string, string][] = [
    ['CS', ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', ''], provisionsOf(CS, /^\d+\t[a-z]\)\t/), (n) => String(Number(n) + 1), 'z)\tto approve the Strategic Plan;'],
    ['RR', ['ARTICLE 5', ''], provisionsOf(RR, /^5\.\d+[A-Z]?\t/), (n) => (/[A-Z]$/.test(n) ? n.slice(0, -1) + String.fromCharCode(n.charCodeAt(n.length - 1) + 1) : `${n}A`), 'The frequency band is also used for telemetry.     (WRC-27)'],
  ];
  for (const [name, heading, provisions, next, newText] of cases) {
    test(`${name}: the renumbering is said with a fix keeping the number in force, the insertion with a free number`, () => {
      for (let k = 0; k + 1 < provisions.length; k++) {
        const [a, b] = [provisions[k], provisions[k + 1]];
        const to = next(b[0]);
        const doc = renumbering(heading, a, b, to, newText);
        const found = check(doc);
        const what = `${b[0]} → ${to}: ${found.map((f) => `${f.code} ${f.message}`).join(' | ')}`;
        const renumbered = found.filter((f) => f.code === 'base.provision-renumbered');
        assert.equal(renumbered.length, 1, what);
        assert.equal(doc.slice(renumbered[0].start, renumbered[0].end), `{~~${b[0]}~>${to}~~}`, what);
        assert.deepEqual(renumbered[0].fix?.edits.map((e) => e.newText), [b[0]], what);
        // Two of one number in the amended text when the new number is in force too.
        const inForce = provisions.some(([n]) => n === to);
        assert.equal(/a number in force too/.test(renumbered[0].message), inForce, what);
        const exists = found.filter((f) => f.code === 'base.provision-exists');
        assert.equal(exists.length, 1, what);
        assert.equal(doc.slice(exists[0].start, exists[0].end), b[0], what);
        const free = exists[0].fix!.edits[0].newText;
        assert.ok(!provisions.some(([n]) => n === free) && free !== to && free.startsWith(a[0].replace(/[A-Z]$/, '')), `${what}: free ${free}`);
      }
    });
  }

  test('a label relettered inside a provision is no renumbering of the provision', () => {
    const cs = provisionsOf(CS, /^\d+\t[a-z]\)\t/);
    const [n, line] = cs[1];
    const relabelled = line.replace(/\t([a-z])\)/, (_m, l: string) => `\t{~~${l}~>${String.fromCharCode(l.charCodeAt(0) + 1)}~~})`);
    assert.ok(!check(lines('MOD\tX/1/1\tCS', cs[0][1], relabelled, 'Reasons:\tx.')).some((f) => f.code === 'base.provision-renumbered'), n);
  });
});
