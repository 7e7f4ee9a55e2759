// The amendment simulator (issue 9; issue 17 E16), a few hundred cases per run of the unit suite;
// test/sim/run.ts runs thousands (npm run test:sim). Each failing property names its seeds:
//   ITU_SIM_SEED=<seed> npm run test:sim      replays one case (drafts, then every failure)
//   ITU_SIM_UNIT_CASES=1000 node --import tsx --test test/unit/simulator.test.ts
// Named regressions below pin the faults the simulator found, on texts written out in full.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument, BaseIndex, type Finding } from '../../server/src/core';
import { simulate, summary } from '../sim/simulate';
import { letters, projectText, readMarks, roman } from '../sim/oracle';
import type { PropertyName } from '../sim/properties';
import { readShared } from './helpers';
import { cases } from '../support/scale';

const CASES = Number(process.env.ITU_SIM_UNIT_CASES ?? cases(200));
// Seeds of the unit run differ from the stress run's (which starts at 1), so the two widen each other.
const START = 1_000_000;

describe('amendment simulator', () => {
  const properties: [PropertyName, string][] = [
    ['p0', 'the text in force gets exactly the numbering findings the oracle finds in it'],
    ['p1', 'first draft: exactly the list\'s numbering findings; each policy\'s fix gives the right labels, the old text, and a clean re-check'],
    ['p2', 'track of the plain new text: new = draft, old = base, marks paragraph-clean, relettering by label only, re-check clean'],
    ['p3', 'the relettered marked draft (and the bis-labelled one) gets exactly its findings'],
    ['e16', 'quick fixes and Fix all keep marks balanced and every word of the new and old text; Fix all is a fixed point'],
  ];
  for (const [name, what] of properties) {
    test(`${name}: ${what} (${CASES} cases)`, () => {
      const report = simulate(START, CASES, name === 'p0' ? ['p0'] : ['p0', name]);
      const mine = report.classes.filter((k) => k.cls.startsWith(`${name}.`) || k.cls.startsWith(`${name}:`));
      assert.equal(mine.length, 0, summary({ ...report, classes: mine }));
    });
  }
});

// ---------------------------------------------------------------- named regressions

const RES52 = readShared('examples/res52-dubai-2012.itu');

/** Resolution 52 in force with its `considering` list lengthened to `count` items. */
function res52With(count: number): string {
  const lines = RES52.split('\n');
  const k = lines.findIndex((l) => l.startsWith('k)\t'));
  const extra: string[] = [];
  for (let n = 12; n <= count; n++) extra.push(`${letters(n)})\tthat item ${n} of this list is considered;`);
  lines.splice(k + 1, 0, ...extra);
  return lines.join('\n');
}

/** A MOD of the Resolution in `base` whose body is `body` (the Resolution's lines, marks included). */
function modOf(body: string): string {
  return ['Proposals:\tXX', 'Document:\t7', 'Addendum:\t1', '', 'MOD\tXX/7A1/1', body.trimEnd(), '', 'Reasons:\tBecause.', ''].join('\n');
}

function resolutionOf(text: string): string {
  return text.slice(text.indexOf('RESOLUTION'));
}

function numbering(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.code.startsWith('numbering.'));
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

describe('amendment simulator: named regressions', () => {
  // Deleting the item before a letter that is also a roman numeral (issue 9): h) before i),
  // u) before v), w) before x). The next letter stays a letter of the same list.
  for (const [gone, count] of [['h', 11], ['u', 25], ['w', 25]] as const) {
    const next = String.fromCharCode(gone.charCodeAt(0) + 1);
    test(`Resolution 52, considering a)…${letters(count)}): deleting ${gone}) is one finding on ${next}), and the fix reletters ${next}) to ${gone})`, () => {
      const base = res52With(count);
      const index = new BaseIndex();
      index.update('file:///base.itu', base);
      const body = resolutionOf(base).replace(new RegExp(`\\n(${gone}\\)\\t[^\\n]*\\n)`), '\n{--$1--}');
      const text = modOf(body);
      const findings = numbering(checkDocument(parseDocument(text), { bases: index.lookup }));
      assert.equal(findings.length, 1, findings.map((f) => f.message).join(' | '));
      const [f] = findings;
      assert.equal(f.code, 'numbering.gap-after-deletion');
      assert.equal(text.slice(f.start, f.start + 2), `${next})`, `the finding stands on ${next}): ${lineOf(text, f.start)}`);
      assert.match(f.message, new RegExp(`expected ${gone}\\)`));
      assert.ok(f.fix, 'a fix is offered');
      const fixed = applyEdits(text, f.fix.edits);
      const { marks } = readMarks(fixed);
      const newText = projectText(fixed, marks, 'new');
      const oldText = projectText(fixed, marks, 'old');
      assert.equal(resolutionOf(oldText).split('\nReasons:')[0].trim(), resolutionOf(base).trim(), 'the old text is the text in force');
      const labels = newText.split('\n').filter((l) => /^[a-z]+\)\t/.test(l)).map((l) => l.slice(0, l.indexOf(')')));
      const considering = labels.slice(labels.indexOf('a', 6)); // after recognizing a)–c) and recognizing further a)–c)
      assert.deepEqual(considering.slice(0, count - 1), Array.from({ length: count - 1 }, (_, i) => letters(i + 1)));
      assert.ok(fixed.includes(`{~~${next}~>${gone}~~})`), `the label-only substitution {~~${next}~>${gone}~~}) is written`);
      assert.deepEqual(numbering(checkDocument(parseDocument(fixed), { bases: index.lookup })).map((x) => x.message), []);
    });
  }

  test('a closer typed twice after a deleted paragraph: every fix of the stray closer leaves the marks balanced and the words in place', () => {
    const body = resolutionOf(RES52).replace(/\n(h\)\t[^\n]*\n)/, '\n{--$1--}--}');
    const text = modOf(body);
    const findings = checkDocument(parseDocument(text)).filter((f) => f.code.startsWith('marks.'));
    assert.ok(findings.length > 0, 'the stray closer is reported');
    const words = (t: string) => t.replace(/\{--|--\}/g, ' ').split(/\s+/).filter((w) => w !== '').join(' ');
    for (const f of findings) {
      for (const choice of [f.fix!, ...(f.fix!.alternatives ?? [])]) {
        const after = applyEdits(text, choice.edits);
        assert.deepEqual(readMarks(after).faults, [], `"${choice.title}" leaves the marks balanced`);
        assert.equal(words(after), words(text), `"${choice.title}" keeps every word`);
      }
    }
  });

  test('a lettered list that reaches cc) (a roman numeral too) reads cc) as the letter after bb)', () => {
    const findings = numbering(checkDocument(parseDocument(res52With(30))));
    assert.deepEqual(findings.map((f) => f.message), []);
  });

  test('roman items viii) and xiii) (four letters) are labels', () => {
    const lines = RES52.split('\n');
    const v = lines.findIndex((l) => l.startsWith('v)\t'));
    const extra = [6, 7, 8, 9, 10, 11, 12, 13, 14].map((n) => `${roman(n)})\tmeasure ${n}`);
    lines.splice(v + 1, 0, ...extra);
    const doc = parseDocument(lines.join('\n'));
    assert.deepEqual(numbering(checkDocument(doc)).map((f) => f.message), []);
    const labelled = doc.views.new.paragraphs.filter((p) => p.label && /^measure/.test(p.text.slice(p.bodyOffset)));
    assert.deepEqual(labelled.map((p) => p.label!.text), extra.map((l) => l.slice(0, l.indexOf('\t'))));
  });
});
