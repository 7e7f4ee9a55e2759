// Clauses of a Recommendation in force restated in a MOD (review 3): clause numbers written with a
// space before the TAB, excerpts renumbered after an inserted clause, by hand or by the fixes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, parseDocument, provisionNumberAt, trackRevisions, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const FIXTURES = path.join(ROOT, 'test/fixtures/clauses');
const A1 = fs.readFileSync(path.join(FIXTURES, 'a1-excerpt.itu'), 'utf8');
/** A clause of the excerpt in force, as written there (`2.3.3.10 <TAB>…`). */
const clause = (n: string) => A1.split(/\r?\n/).find((l) => l.startsWith(`${n}\t`) || l.startsWith(`${n} \t`))!;

function a1Index(): BaseIndex {
  const index = new BaseIndex();
  index.update('a1.itu', A1);
  return index;
}

function check(text: string, index = a1Index()): { text: string; findings: Finding[] } {
  return { text, findings: checkDocument(parseDocument(text), { bases: index.lookup }) };
}

/** Each finding as `code "text it points at"`, in order. */
function summary(r: { text: string; findings: Finding[] }): string[] {
  return r.findings.map((f) => `${f.code} "${r.text.slice(f.start, f.end)}"`);
}

const mod = (...body: string[]) => lines('MOD\tUSA/21/1\tRecommendation ITU-T A.1', ...body, 'Reasons:\tx.');

describe('clause numbers written with a space before the TAB (review 3, E15)', () => {
  test('are read as the clause and its TAB, in force and in a proposal', () => {
    assert.ok(clause('2.3.3.10').startsWith('2.3.3.10 \t'), 'the fixture keeps the space of ITU\'s file');
    assert.deepEqual(provisionNumberAt(clause('2.3.3.10'), 'Recommendation'), { numbers: ['2.3.3.10'], length: 10 });
    assert.deepEqual(provisionNumberAt('166 and 167 \tThe Council shall …', 'CS'), { numbers: ['166', '167'], length: 12 });
    // A quantity with a space before a TAB is no clause (no words after it).
    assert.equal(provisionNumberAt('2.5 \t3.5', 'Recommendation'), undefined);
    const index = a1Index();
    const a1 = index.instrument('rec a.1')!;
    for (const n of ['2.3.3.7', '2.3.3.8', '2.3.3.10', '2.3.3.15']) assert.ok(a1.provisions.has(n), n);
  });

  test('a MOD of such a clause with an unmarked change is compared with it, the space kept or not', () => {
    const inForce = clause('2.3.3.10');
    assert.ok(inForce.includes('two months'));
    const changed = inForce.replace('two months', 'six weeks');
    assert.deepEqual(summary(check(mod('…', changed, '…'))), ['base.untracked-change "six weeks"']);
    assert.deepEqual(summary(check(mod('…', changed.replace(' \t', '\t'), '…'))), ['base.untracked-change "six weeks"']);
    assert.deepEqual(summary(check(mod('…', inForce.replace('two months', '{~~two months~>six weeks~~}'), '…'))), []);
  });

  test('an ADD after the last such clause follows on from it; a real gap names the clause in force before it', () => {
    const add = (n: string) => lines('ADD\tUSA/21/1\tRecommendation ITU-T A.1', `${n}\tRapporteurs shall publish their meeting reports within two weeks.`, 'Reasons:\tx.');
    assert.deepEqual(summary(check(add('2.3.3.16'))), []);
    const gap = check(add('2.3.3.18'));
    assert.deepEqual(summary(gap), ['base.provision-gap "2.3.3.18"']);
    assert.match(gap.findings[0].message, /the number before it in force is 2\.3\.3\.15, so the next is 2\.3\.3\.16/);
    assert.deepEqual(summary(check(add('2.3.3.10'))), ['base.provision-exists "2.3.3.10"']);
  });
});

describe('the numbering fix over an excerpt of clauses (review 3, E1)', () => {
  const inserted = '{++1.4.3\tThe chairman shall ensure that remote participants can take the floor.++}';

  test('an inserted clause not yet renumbered: the fix renumbers from the first clause restated, not from 1', () => {
    const r = check(mod(clause('1.4.2'), inserted, clause('1.4.3'), clause('1.4.4'), '…'));
    assert.deepEqual(summary(r), ['numbering.duplicate "1.4.3"']);
    const fix = r.findings[0].fix!;
    assert.ok(fix.safeForFixAll, 'Fix all applies it');
    const fixed = applyEdits(r.text, fix.edits);
    const restated = fixed.split('\n').slice(1, 5).map((l) => l.split('\t')[0]);
    assert.deepEqual(restated, ['1.4.2', '{++1.4.3', '1.4.{~~3~>4~~}', '1.4.{~~4~>5~~}']);
    // No numbering finding left; A.1 in force cites 1.4.7 (renumbered 1.4.8) in 1.7.1 and 2.3.3.6, which this MOD does
    // not restate: base.renumbered-cited (sixteenth session) says so, the renumbering's cost ITU-T A.1 warns of.
    assert.deepEqual(summary(check(fixed)), ['base.renumbered-cited "1.4.{~~7~>8~~}"']);
  });

  test('likewise clauses written with a space before the TAB (2.3.3.9 to 2.3.3.11)', () => {
    const r = check(mod(clause('2.3.3.9'), '{++2.3.3.10\tRapporteur meetings may be held in hybrid format.++}', clause('2.3.3.10'), clause('2.3.3.11'), '…'));
    assert.deepEqual(summary(r), ['numbering.duplicate "2.3.3.10"']);
    const fixed = applyEdits(r.text, r.findings[0].fix!.edits);
    assert.deepEqual(fixed.split('\n').slice(1, 5).map((l) => l.split(/ ?\t/)[0]), ['2.3.3.9', '{++2.3.3.10', '2.3.3.{~~10~>11~~}', '2.3.3.{~~11~>12~~}']);
    // 2.3.3.6 in force cites 2.3.3.10, now 2.3.3.11 (base.renumbered-cited, sixteenth session); no numbering finding.
    assert.deepEqual(summary(check(fixed)), ['base.renumbered-cited "2.3.3.{~~10~>11~~}"']);
  });
});

describe('clauses renumbered by hand without marks, each new number in force too (review 3, E10)', () => {
  /** A clause of the excerpt in force with another number, its words unchanged (renumbered by hand). */
  const as = (n: string, from: string) => `${n}\t${clause(from).split(/ ?\t/).slice(1).join('\t')}`;
  const untracked = (r: { findings: Finding[] }) => r.findings.filter((f) => f.code === 'base.untracked-change').map((f) => f.message.replace(/^Change without revision marks: /, '').replace(/ \(base: .*$/, ''));
  /** Each untracked change's preferred fix, one after the other, as Fix all writes them. */
  const fromBase = (r: { text: string; findings: Finding[] }) => {
    let text = r.text;
    for (let k = 0; k < 5; k++) {
      const f = check(text).findings.find((x) => x.code === 'base.untracked-change');
      if (!f) break;
      text = applyEdits(text, f.fix!.edits);
    }
    return text;
  };
  /** The clauses of a MOD's old text, by number, as the old text reads (parsed from the marked text). */
  const oldClauses = (text: string) => parseDocument(text).views.old.paragraphs.map((p) => /^(\d+(?:\.\d+)+) ?\t/.exec(p.text)?.[1]).filter((n) => n !== undefined);

  test('after an inserted clause: each renumbered clause is the clause in force it restates, a change of its number', () => {
    const r = check(mod('…', clause('1.4.2'), '{++1.4.3\tThe chairman shall ensure that remote participants can take the floor.++}', as('1.4.4', '1.4.3'), as('1.4.5', '1.4.4'), '…'));
    assert.deepEqual(untracked(r), ["base says '1.4.3', draft says '1.4.4'", "base says '1.4.4', draft says '1.4.5'"]);
    const fixed = fromBase(r);
    assert.match(fixed, /\n\{~~1\.4\.3~>1\.4\.4~~\}\tQuestions which/);
    assert.match(fixed, /\n\{~~1\.4\.4~>1\.4\.5~~\}\tStudy groups/);
    // What is left is the delegate's: 1.4.5 in force stands behind the `…` with its number, so A.1 as amended
    // would have two 1.4.5 (review 3, E21).
    assert.deepEqual(summary(check(fixed)), ['base.label-in-force "1.4.5"']);
    assert.deepEqual(oldClauses(fixed), ['1.4.2', '1.4.3', '1.4.4']);
  });

  test('after a deleted clause: likewise, and the old text keeps every clause in force', () => {
    const r = check(mod('…', clause('1.4.2'), `{--${clause('1.4.3')}--}`, as('1.4.3', '1.4.4'), as('1.4.4', '1.4.5'), '…'));
    assert.deepEqual(untracked(r), ["base says '1.4.4', draft says '1.4.3'", "base says '1.4.5', draft says '1.4.4'"]);
    const fixed = fromBase(r);
    assert.deepEqual(summary(check(fixed)), []);
    assert.deepEqual(oldClauses(fixed), ['1.4.2', '1.4.3', '1.4.4', '1.4.5']);
  });

  test('one clause alone between elisions, renumbered: compared with the clause whose words it has', () => {
    assert.deepEqual(untracked(check(mod('…', as('1.4.5', '1.4.4'), '…'))), ["base says '1.4.4', draft says '1.4.5'"]);
  });

  test('a provision restated in part under its own number is that provision, though its first words are another\'s (provision generator, seed 4421)', () => {
    const rr = new BaseIndex();
    rr.update('rr.itu', lines('ARTICLE 22', '', '22.180\tThis message is used to request a fragment from a peer.', '',
      '22.199\tThis message is used to request a fragment from a peer.', '9 227-1 454 MHz,', '', '22.200\tThe diagnostic field contains the entire element.'));
    const text = lines('ARTICLE 22', '', 'MOD\tX/1/1', '22.199\tThis message is used to {~~request~>obtain~~} a fragment from a peer.', '…', 'Reasons:\tx.');
    assert.deepEqual(summary(check(text, rr)), []);
  });
});

describe('`track` on clauses typed without marks: a new clause, then the clauses in force renumbered (review 3, E17)', () => {
  const as = (n: string, from: string) => `${n}\t${clause(from).split(/ ?\t/).slice(1).join('\t')}`;
  const added = '1.4.3\tThe chairman shall ensure that remote participants can take the floor.';

  test('the new clause is inserted, the numbers change with marks, the changed word is marked', () => {
    const reworded = as('1.4.6', '1.4.5').replace('baseline documents', 'baseline texts');
    const text = mod('…', clause('1.4.2'), added, as('1.4.4', '1.4.3'), as('1.4.5', '1.4.4'), reworded, '…');
    const doc = parseDocument(text);
    const tracked = trackRevisions(doc, amendedResolutions(doc, a1Index().lookup));
    assert.deepEqual(tracked.skipped, []);
    const out = applyEdits(text, tracked.edits);
    const restated = out.split('\n').slice(2, 7);
    assert.equal(restated[0], clause('1.4.2'));
    assert.equal(restated[1], `{++${added}++}`);
    assert.match(restated[2], /^\{~~1\.4\.3~>1\.4\.4~~\}\tQuestions which have not elicited/);
    assert.match(restated[3], /^\{~~1\.4\.4~>1\.4\.5~~\}\tStudy groups and working parties/);
    assert.match(restated[4], /^\{~~1\.4\.5~>1\.4\.6~~\}\tFor projects involving .* baseline \{~~documents~>texts~~\} may be prepared/);
    // The tracked MOD says nothing more of its marks: its old text is the text in force, clause by clause. Left is
    // the delegate's: 1.4.6 in force stands behind the `…` with its number (review 3, E21).
    const after = check(out);
    assert.deepEqual(summary(after), ['base.label-in-force "1.4.6"']);
    const old = parseDocument(out).views.old.paragraphs.map((p) => p.text).filter((p) => /^1\.4\.\d/.test(p));
    assert.deepEqual(old, ['1.4.2', '1.4.3', '1.4.4', '1.4.5'].map(clause));
  });

  test('checked, the untracked changes are the new clause and the numbers, each fixed as track writes it', () => {
    const r = check(mod('…', clause('1.4.2'), added, as('1.4.4', '1.4.3'), '…'));
    const said = r.findings.map((f) => f.message.replace(/^Change without revision marks: /, '').replace(/ \(base: .*$/, ''));
    assert.deepEqual(said, ["draft adds '1.4.3 The chairman shall ensure that remote participants can take the floor.', base does not have it", "base says '1.4.3', draft says '1.4.4'"]);
    assert.equal(applyEdits(r.text, r.findings[0].fix!.edits).split('\n')[3], `{++${added}++}`);
  });

  test('a clause rewritten under its own number, with no clause after it restating the one in force, is compared with that one', () => {
    const basesOf = (...body: string[]) => {
      const doc = parseDocument(mod(...body));
      return amendedResolutions(doc, a1Index().lookup).map((a) => a.base?.paragraphs);
    };
    assert.deepEqual(basesOf('…', clause('1.4.2'), added, '…'), [[clause('1.4.2')], [clause('1.4.3')]]);
    assert.deepEqual(basesOf('…', clause('1.4.2'), added, clause('1.4.4'), '…'), [[clause('1.4.2')], [clause('1.4.3')], [clause('1.4.4')]]);
    // With the clause in force after it: nothing in force for the new one.
    assert.deepEqual(basesOf('…', clause('1.4.2'), added, as('1.4.4', '1.4.3'), '…'), [[clause('1.4.2')], [], [clause('1.4.3')]]);
  });
});

describe('a Recommendation restated whole, the last item of a call left out without marks (the twenty-fifth session\'s review)', () => {
  const rec = (...body: string[]) => lines('MOD\tUSA/21/1', ...body, 'Reasons:\tx.');
  const corpus = (file: string) => fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', file), 'utf8');
  // From the number line to the last clause of recommends (ITU-R RA.314-10: considering a) … h), j), k); ITU-R S.354-2: a) … d)).
  const restated = (text: string, number: string, last: string) => {
    const ls = text.split('\n').filter((l) => l.trim() !== '');
    return ls.slice(ls.indexOf(number), ls.findIndex((l) => l.startsWith(last)) + 1);
  };
  for (const [file, number, lastClause, call] of [
    ['R-REC-RA.314-10-200306.itu', 'RECOMMENDATION  ITU-R  RA.314-10', '3\tthat administrations', 'considering'],
    ['R-REC-S.354-2-197407.itu', 'RECOMMENDATION  ITU-R  S.354-2[^*]', 'NOTE\u00A03', 'considering'],
  ] as const) {
    test(`${file}: every item of ${call} left out in turn is said (the first and the middle ones by numbering.gap, the last by base.provision-gap)`, () => {
      const inForce = corpus(file);
      const index = new BaseIndex();
      index.update(file, inForce);
      const body = restated(inForce, number, lastClause);
      const items = body.map((l, i) => [l, i] as const).filter(([l]) => /^[a-z]\)\t/.test(l)).map(([, i]) => i);
      assert.ok(items.length >= 4, `${file}: ${items.length} items`);
      const said = (text: string) => checkDocument(parseDocument(text), { bases: index.lookup }).filter((f) => f.code === 'numbering.gap' || f.code === 'base.provision-gap' || f.code === 'base.untracked-change');
      assert.deepEqual(said(rec(...body)).map((f) => f.code), [], 'restated as in force: nothing to say');
      for (const left of items) {
        const text = rec(...body.filter((_l, i) => i !== left));
        const found = said(text);
        const label = body[left].slice(0, body[left].indexOf('\t'));
        assert.ok(found.length > 0, `${file}: ${call} ${label} left out, and nothing said`);
        if (left === items[items.length - 1]) assert.match(found.map((f) => f.message).join('\n'), new RegExp(`the text in force has ${call} ${label.replace(')', '\\)')} between them`));
      }
    });
  }
});
