// proposal.conflicting-actions: one contribution proposing NOC of a provision and also MOD or SUP of it (rev-kinds,
// left alone: nothing was said, and the compilation showed the party on both sides of a conflict), MOD and SUP of it,
// or two MODs of it (h-amend: two texts of one provision or Resolution). Generated over the real Constitution and Radio
// Regulations: contributions of NOC, MOD, SUP proposals drawn on a few provisions, some drawn twice; the finding stands
// on each proposal that conflicts with an earlier one (any two actions but two NOCs or two SUPs), and nowhere else.
// The same over Resolutions in force in English, French and Spanish (test/fixtures/amend/, written for the tests),
// each named by its number line. While typing (one proposal checked at a time) the findings equal the whole
// document's check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeEdits, analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, projectText, simplePool, type Analysis } from '../../server/src/core';
import { lineReading } from '../../server/src/core/checks/conflictingActions';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const TEXTS = [
  { file: 'cs-1992-rev2006.itu', heading: 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', meeting: 'Plenipotentiary Conference (PP-26)' },
  { file: 'rr-2012-art1-9.itu', heading: 'RADIO REGULATIONS', meeting: 'World Radiocommunication Conference (WRC-27)' },
].map((t) => {
  const text = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds', t.file), 'utf8');
  const index = new BaseIndex();
  index.update(t.file, text);
  const provisions = [...new Set(index.instruments()[0].provisions.values())].filter((p) => p.paragraphs.length === 1 && p.paragraphs[0].startsWith(`${p.number}\t`) && p.paragraphs[0].length > 20);
  return { ...t, index, provisions };
});

type Action = 'NOC' | 'MOD' | 'SUP';
const body = (action: Action, p: { number: string; paragraphs: string[] }): string[] =>
  action === 'SUP' ? [p.number] : action === 'NOC' ? p.paragraphs : [p.paragraphs[0].replace(/([.;:,]?)\s*$/, '{++ (as amended)++}$1')];

function contribution(t: (typeof TEXTS)[number], drawn: { action: Action; p: { number: string; paragraphs: string[] } }[]): string {
  return lines('Meeting:\t' + t.meeting, 'Document:\t9', 'Proposals:\tABC', '', t.heading, '',
    ...drawn.flatMap((d, k) => [`${d.action}\tABC/9/${k + 1}`, ...body(d.action, d.p), `Reasons:\tReason ${k + 1}.`, '']));
}

const conflicting = (text: string, withBase: BaseIndex | undefined) => checkDocument(parseDocument(text), withBase ? { bases: withBase.lookup } : {}).filter((f) => f.code === 'proposal.conflicting-actions');

test('proposal.conflicting-actions: a NOC, MOD or SUP of one provision and another action on it (or a second MOD) in one contribution, and nothing else', () => {
  const rnd = seeded(59);
  let said = 0;
  for (let c = 0; c < cases(200, 40); c++) {
    const t = TEXTS[c % TEXTS.length];
    const pool = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => t.provisions[Math.floor(rnd() * t.provisions.length)]);
    const drawn = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => ({ action: (['NOC', 'MOD', 'SUP'] as const)[Math.floor(rnd() * 3)], p: pool[Math.floor(rnd() * pool.length)] }));
    const text = contribution(t, drawn);
    // Expected: a finding on each proposal that contradicts an earlier one (another action on that provision, a NOC
    // among the two), naming the first of each such action.
    const expected: number[] = [];
    const named: string[] = [];
    drawn.forEach((d, k) => {
      const others = new Map<Action, number>();
      drawn.slice(0, k).forEach((e, j) => e.p.number === d.p.number && (e.action !== d.action || d.action === 'MOD') && !others.has(e.action) && others.set(e.action, j));
      if (others.size === 0) return;
      expected.push(k);
      named.push(`${others.size === 1 && others.has('MOD') && d.action === 'MOD' ? 'repeats' : 'contradicts'} ${[...others.values()].sort((x, y) => x - y).map((j) => `ABC/9/${j + 1} (${drawn[j].action})`).join(', ')}`);
    });
    const label = `case ${c} (${t.file}): ${drawn.map((d) => `${d.action} ${d.p.number}`).join(', ')}`;
    for (const base of [undefined, t.index]) {
      const found = conflicting(text, base);
      const at = found.map((f) => drawn.findIndex((_, k) => text.startsWith(drawn[k].action, f.start) && text.startsWith(`${drawn[k].action}\tABC/9/${k + 1}\t`.trimEnd(), f.start) && text.slice(f.start).startsWith(`${drawn[k].action}\tABC/9/${k + 1}\n`)));
      assert.deepEqual(at, expected, `${label}: ${found.map((f) => f.message).join(' | ')}`);
      found.forEach((f, k) => assert.ok(f.message.includes(` ${named[k]} of the same provision`), `${label}: ${f.message}`));
    }
    said += expected.length;
  }
  assert.ok(said > 0);
});

test('while typing, proposal.conflicting-actions follows the whole contribution (incremental check equals the full one)', () => {
  const t = TEXTS[1];
  const options = { bases: t.index.lookup, comparers: simplePool() };
  const [a, b] = [t.provisions[3], t.provisions[7]];
  const text = contribution(t, [{ action: 'MOD', p: a }, { action: 'MOD', p: b }, { action: 'SUP', p: t.provisions[11] }]);
  const full = (x: string) => checkDocument(parseDocument(x), options);
  let previous: Analysis = analyzeNextVersion(text, options);
  assert.deepStrictEqual(previous.findings, full(text));
  let current = text;
  const at = (s: string) => current.indexOf(s) + s.length;
  // The SUP made a NOC of b (its number typed over), then the second MOD made a NOC, then the number changed back.
  const steps: (() => { start: number; end: number; newText: string })[] = [
    () => ({ start: current.indexOf('SUP\tABC/9/3'), end: current.indexOf('SUP\tABC/9/3') + 3, newText: 'NOC' }),
    () => ({ start: at('NOC\tABC/9/3\n'), end: at(`NOC\tABC/9/3\n${t.provisions[11].number}`), newText: b.number }),
    () => ({ start: at('Reason 1'), end: at('Reason 1'), newText: '!' }),
    () => ({ start: current.indexOf('MOD\tABC/9/2'), end: current.indexOf('MOD\tABC/9/2') + 3, newText: 'NOC' }),
    () => ({ start: at('NOC\tABC/9/3\n'), end: at(`NOC\tABC/9/3\n${b.number}`), newText: a.number }),
    // One keystroke in the number (another provision), one in the Reasons (the findings move), one taking it back.
    () => ({ start: at(`NOC\tABC/9/3\n${a.number}`), end: at(`NOC\tABC/9/3\n${a.number}`), newText: '9' }),
    () => ({ start: at('Reason 2'), end: at('Reason 2'), newText: '?' }),
    () => ({ start: at(`NOC\tABC/9/3\n${a.number}`), end: at(`NOC\tABC/9/3\n${a.number}9`), newText: '' }),
    () => ({ start: at('Reason 3'), end: at('Reason 3'), newText: '?' }),
  ];
  const counts: number[] = [];
  for (const step of steps) {
    const change = step();
    current = applyEdits(current, [change]);
    const next = analyzeEdits(previous, [change], options) ?? analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    counts.push(next.findings.filter((f) => f.code === 'proposal.conflicting-actions').length);
    previous = next;
  }
  assert.deepEqual(counts, [0, 1, 1, 0, 1, 0, 0, 1, 1]);
});

// Resolutions in force (written for the tests): each drawn as a MOD (its number line's meeting substituted with marks,
// its title, then the rest left out with `…`, or some of its items, each with a word inserted, between elisions), a SUP
// or NOC (number line and title: the whole text), or an ADD of a draft new Resolution (its own placeholder: never a
// conflict). Two proposals on one Resolution conflict when one is of the whole text or both restate an item of one
// label (labels compared without their calls).
const AMEND = path.join(ROOT, 'test/fixtures/amend');
const RESOLUTIONS = fs.readdirSync(AMEND).filter((f) => f.startsWith('base-')).flatMap((f) => {
  const text = fs.readFileSync(path.join(AMEND, f), 'utf8').split('\n');
  return text.flatMap((line, k) => {
    const m = /^((RESOLUTION|RÉSOLUTION|RESOLUCIÓN) (\d+)) \((Rev\.|Rév\.) ([^)]*)\)$/.exec(line);
    if (!m) return [];
    // Its labelled items, up to the next Resolution or a footnote.
    const end = text.findIndex((l, j) => j > k && (/^(RESOLUTION|RÉSOLUTION|RESOLUCIÓN) \d/.test(l) || l.startsWith('[^')));
    const items = text.slice(k + 2, end < 0 ? undefined : end).filter((l) => /^[^\t]+\t/.test(l));
    return [{ line, head: m[1], word: m[2], number: m[3], rev: m[4], meeting: m[5], title: text[k + 1], items, name: `${m[2][0]}${m[2].slice(1).toLowerCase()} ${m[3]}` }];
  });
});

type Drawn = { action: Action | 'ADD'; r: (typeof RESOLUTIONS)[number]; items?: string[] };
const resolutionBody = (d: Drawn, k: number): string[] =>
  d.action === 'ADD'
    ? [`DRAFT NEW RESOLUTION [ABC-${k + 1}] (Doha, 2026)`, d.r.title, '…']
    : d.action === 'MOD'
      ? [`${d.r.head} (${d.r.rev} {~~${d.r.meeting}~>Doha, 2026~~})`, d.r.title, '…', ...(d.items ?? []).flatMap((l) => [l.replace(/\t(\S+)/, '\t$1{++ also++}'), '…'])]
      : [d.r.line, d.r.title];
/** The labels a proposal restates (none: the whole text). */
const labelsOf = (d: Drawn): string[] => (d.action === 'MOD' ? (d.items ?? []).map((l) => l.split('\t')[0]) : []);

test('proposal.conflicting-actions: two proposals of one Resolution (MOD and MOD, MOD and SUP, NOC and MOD or SUP), in three languages, and nothing else', () => {
  assert.ok(RESOLUTIONS.length >= 5 && new Set(RESOLUTIONS.map((r) => r.word)).size === 3);
  const rnd = seeded(61);
  let said = 0;
  let excerpts = 0;
  for (let c = 0; c < cases(200, 40); c++) {
    const pool = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => RESOLUTIONS[Math.floor(rnd() * RESOLUTIONS.length)]);
    const drawn: Drawn[] = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => {
      const r = pool[Math.floor(rnd() * pool.length)];
      // Most MODs restate a few of its items (in order), the others none.
      const items = rnd() < 0.6 ? r.items.filter(() => rnd() < 0.15) : [];
      return { action: (['NOC', 'MOD', 'MOD', 'SUP', 'ADD'] as const)[Math.floor(rnd() * 5)], r, items };
    });
    const text = lines('Meeting:\tPlenipotentiary Conference (PP-26), Doha, 2026', 'Document:\t9', 'Proposals:\tABC', '', ...drawn.flatMap((d, k) => [`${d.action}\tABC/9/${k + 1}`, ...resolutionBody(d, k), `Reasons:\tReason ${k + 1}.`, '']));
    const expected: string[] = [];
    drawn.forEach((d, k) => {
      if (d.action === 'ADD') return;
      const others = new Map<string, number>();
      const shared = (e: Drawn) => labelsOf(e).length === 0 || labelsOf(d).length === 0 || labelsOf(e).some((l) => labelsOf(d).includes(l));
      drawn.slice(0, k).forEach((e, j) => e.action !== 'ADD' && e.r.number === d.r.number && e.r.word === d.r.word && (e.action !== d.action || d.action === 'MOD') && !others.has(e.action) && shared(e) && others.set(e.action, j));
      if (others.size === 0) {
        if (d.action === 'MOD' && drawn.slice(0, k).some((e) => e.action === 'MOD' && e.r === d.r)) excerpts++;
        return;
      }
      const verb = others.size === 1 && others.has('MOD') && d.action === 'MOD' ? 'repeats' : 'contradicts';
      expected.push(`${k}: This ${d.action} of ${d.r.name} ${verb} ${[...others.values()].sort((x, y) => x - y).map((j) => `ABC/9/${j + 1} (${drawn[j].action})`).join(', ')} of the same text`);
    });
    const label = `case ${c}: ${drawn.map((d) => `${d.action} ${d.r.name}${labelsOf(d).length ? ` [${labelsOf(d).join(' ')}]` : ''}`).join(', ')}`;
    const found = conflicting(text, undefined).map((f) => {
      const k = drawn.findIndex((d, j) => text.slice(f.start).startsWith(`${d.action}\tABC/9/${j + 1}\n`));
      return `${k}: ${f.message.replace(/ in this contribution:.*$/, '')}`;
    });
    assert.deepEqual(found, expected, label);
    said += expected.length;
  }
  assert.ok(said > cases(100, 10));
  // Two excerpts of one Resolution, every pair of its labels: the items of one label, then those of another (no
  // finding) or of the same (two texts of them).
  let apart = excerpts;
  for (const r of RESOLUTIONS) {
    const labels = [...new Set(r.items.map((l) => l.split('\t')[0]))];
    for (const x of labels) for (const y of labels) {
      const drawn: Drawn[] = [x, y].map((l) => ({ action: 'MOD', r, items: r.items.filter((i) => i.startsWith(`${l}\t`)) }));
      const text = lines('Proposals:\tABC', 'Document:\t9', '', ...drawn.flatMap((d, k) => [`MOD\tABC/9/${k + 1}`, ...resolutionBody(d, k), `Reasons:\tReason ${k + 1}.`, '']));
      assert.deepEqual(conflicting(text, undefined).map((f) => f.message.replace(/ in this contribution:.*$/, '')), x === y ? [`This MOD of ${r.name} repeats ABC/9/1 (MOD) of the same text`] : [], `${r.name}: ${x} and ${y}`);
      if (x !== y) apart++;
    }
  }
  assert.ok(apart > 100);
});

test('while typing, proposal.conflicting-actions on Resolutions follows the whole contribution', () => {
  const [a, b] = ['130', '37'].map((n) => RESOLUTIONS.find((r) => r.word === 'RESOLUTION' && r.number === n)!);
  const options = { comparers: simplePool() };
  const text = lines('Proposals:\tABC', 'Document:\t9', '', ...[{ action: 'MOD', r: a }, { action: 'MOD', r: b }, { action: 'MOD', r: b }].flatMap((d, k) => [`${d.action}\tABC/9/${k + 1}`, ...resolutionBody(d as Drawn, k), `Reasons:\tReason ${k + 1}.`, '']));
  const full = (x: string) => checkDocument(parseDocument(x), options);
  let previous: Analysis = analyzeNextVersion(text, options);
  let current = text;
  const counts: number[] = [];
  // The third proposal's number typed over (a Resolution of no other proposal: no conflict; then the first's: two
  // MODs), then back; a keystroke in its Reasons; a blank line typed before the second's number line, then a character
  // in it (the second names no Resolution then). MODs alone: a SUP would have the document findings made at each edit
  // (incremental.ts, readsText), and nothing here would test what moves them.
  const third = () => current.indexOf('MOD\tABC/9/3\n') + 'MOD\tABC/9/3\n'.length + b.head.length - b.number.length;
  const second = () => current.indexOf('MOD\tABC/9/2\n') + 'MOD\tABC/9/2\n'.length;
  const steps: (() => { start: number; end: number; newText: string })[] = [
    () => ({ start: third(), end: third() + b.number.length, newText: '999' }),
    () => ({ start: third(), end: third() + 3, newText: a.number }),
    () => ({ start: third(), end: third() + a.number.length, newText: b.number }),
    () => ({ start: current.indexOf('Reason 3') + 8, end: current.indexOf('Reason 3') + 8, newText: '!' }),
    () => ({ start: second(), end: second(), newText: '\n' }),
    () => ({ start: second(), end: second(), newText: 'x' }),
    // Line ends typed (h-amend: they move the findings where the lines touched read as plain text): Enter in the first's
    // title; the second's `x` line taken out (it names Resolution 37 again); a blank line typed before the third's
    // number line, then a plain line pasted after that blank line, which the third now restates first (it names nothing then).
    () => ({ start: current.indexOf(`${b.title}`) + 5, end: current.indexOf(`${b.title}`) + 5, newText: '\n' }),
    () => ({ start: second(), end: second() + 2, newText: '' }),
    () => ({ start: current.indexOf('MOD\tABC/9/3\n') + 12, end: current.indexOf('MOD\tABC/9/3\n') + 12, newText: '\n' }),
    () => ({ start: current.indexOf('MOD\tABC/9/3\n') + 12, end: current.indexOf('MOD\tABC/9/3\n') + 12, newText: '\nA note.' }),
  ];
  const works: string[] = [];
  for (const step of steps) {
    const change = step();
    current = applyEdits(current, [change]);
    const next = analyzeEdits(previous, [change], options) ?? analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    counts.push(next.findings.filter((f) => f.code === 'proposal.conflicting-actions').length);
    works.push(next.work === 'whole' ? 'whole' : next.work.documents ?? '');
    previous = next;
  }
  assert.deepEqual(counts, [0, 1, 1, 1, 1, 0, 0, 1, 1, 0]);
  // Enter in a title moves the document findings (before, every line end typed made them again); the pasted line is read.
  assert.equal(works[6], 'moved');
  assert.equal(works[9], 'run');
});

test('while typing, two excerpts of one Resolution conflict as their labels say (incremental check equals the full one)', () => {
  const r = RESOLUTIONS.find((x) => x.word === 'RESOLUTION' && x.number === '37')!;
  const options = { comparers: simplePool() };
  // Letters: a number (`2`) reads as a CS or CV provision number too, and any edit of it makes the findings again.
  const one = r.items.find((l) => l.startsWith('b)\t'))!;
  const two = r.items.find((l) => l.startsWith('c)\t'))!;
  const drawn: Drawn[] = [{ action: 'MOD', r, items: [one] }, { action: 'MOD', r, items: [two] }];
  const text = lines('Proposals:\tABC', 'Document:\t9', '', ...drawn.flatMap((d, k) => [`MOD\tABC/9/${k + 1}`, ...resolutionBody(d, k), `Reasons:\tReason ${k + 1}.`, '']));
  const full = (x: string) => checkDocument(parseDocument(x), options);
  let previous: Analysis = analyzeNextVersion(text, options);
  let current = text;
  const label = () => current.indexOf('\nc)', current.indexOf('MOD\tABC/9/2') + 12) + 1;
  const counts: number[] = [];
  // The second's label typed over with the first's (one item restated twice), a word typed in its text (the findings
  // move), the label back, its TAB made a space (still a label: FORMAT.md §1), the label taken out (no part restated:
  // the whole text), and put back.
  const steps: (() => { start: number; end: number; newText: string })[] = [
    () => ({ start: label(), end: label() + 1, newText: 'b' }),
    () => ({ start: current.indexOf('\t', current.indexOf('MOD\tABC/9/2') + 12) + 1, end: current.indexOf('\t', current.indexOf('MOD\tABC/9/2') + 12) + 1, newText: 'x' }),
    () => ({ start: current.indexOf('\nb)', current.indexOf('MOD\tABC/9/2')) + 1, end: current.indexOf('\nb)', current.indexOf('MOD\tABC/9/2')) + 2, newText: 'c' }),
    () => ({ start: label() + 2, end: label() + 3, newText: ' ' }),
    // Enter in the item's text (the line keeps its label: the findings move), then the line end taken out.
    () => ({ start: label() + 12, end: label() + 12, newText: '\n' }),
    () => ({ start: label() + 12, end: label() + 13, newText: '' }),
    () => ({ start: label(), end: label() + 3, newText: '' }),
    () => ({ start: current.indexOf('\n', current.indexOf('…', current.indexOf('MOD\tABC/9/2'))) + 1, end: current.indexOf('\n', current.indexOf('…', current.indexOf('MOD\tABC/9/2'))) + 1, newText: 'c)\t' }),
  ];
  for (const step of steps) {
    const change = step();
    current = applyEdits(current, [change]);
    const next = analyzeEdits(previous, [change], options) ?? analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    counts.push(next.findings.filter((f) => f.code === 'proposal.conflicting-actions').length);
    previous = next;
  }
  assert.deepEqual(counts, [1, 1, 0, 0, 0, 0, 1, 0]);
});

test('the label a line has in its old text, read before its first mark or from its old text, is the old text\'s label (generated lines)', () => {
  // lineReading ends with that label (checkConflictingActions compares proposals by it). A TAB label standing before
  // the line's first mark is read without making the old text; the oracle reads the label from the old text the
  // projection makes (FORMAT.md §1: a label and a TAB, or spaces after an unambiguous label).
  const rnd = seeded(4417);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  // Long texts, labels and leading spaces too: the old text's label is read from its first 64 code units where it can be.
  const labels = ['a)', 'c)', 'iv)', 'c bis)', '1.2', '2.3.3', '12', '[^1]:', 'Note', 'that', 'x'.repeat(24), '', '1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18', 'y'.repeat(19), 'y'.repeat(20), 'y'.repeat(21), '𝐚'.repeat(20), '𝐚)', '\u2003a)', 'a)\u2003'];
  const texts = ['that the text is kept;', '\u2003spaced', '𝐛 text', 'the Director', ' spaced', '', 'bis) and so on', 'a long text '.repeat(12), ' '.repeat(70) + 'x'];
  const mark = (s: string): string => pick([`{++${s}++}`, `{--${s}--}`, `{~~${s}~>${pick(labels)}~~}`, `{==${s}==}`, `{>>${s}<<}${s}`, s]);
  const oracle = (line: string): string => {
    const old = projectText(line, 'old');
    const m = /^[ \u00A0]*([^\t\s][^\t]{0,19})\t\S/u.exec(old) ?? /^[ \u00A0]*((?:[a-z]{1,3}|[ivxl]{1,6})(?:bis|ter|quater)?\)|\d{1,3}(?:\.\d{1,3})+[a-z]?)[ \u00A0]+\S/iu.exec(old);
    return m ? m[1].replace(/[\s\u00A0]+/g, ' ').trim() : '';
  };
  let marked = 0;
  for (let k = 0; k < cases(3000, 300); k++) {
    const lead = pick(['', ' ', '\u00A0 ', '  ', ' '.repeat(60)]);
    const sep = pick(['\t', ' ', '  ', '\u00A0', '\t\t', '', ' '.repeat(50)]);
    // Marks over the label, its separator, the text, or several of them at once.
    const parts = [lead, pick(labels), sep, pick(texts), pick(['', ' ', '; and'])];
    const from = Math.floor(rnd() * parts.length);
    const to = from + Math.floor(rnd() * (parts.length - from));
    const line = [...parts.slice(0, from), mark(parts.slice(from, to + 1).join('')), ...parts.slice(to + 1)].join('');
    if (line.includes('{')) marked++;
    const reading = lineReading(line);
    assert.equal(reading.slice(reading.lastIndexOf('|') + 1), oracle(line), JSON.stringify(line));
  }
  assert.ok(marked > cases(3000, 300) / 2, `${marked} lines with marks`);
});
