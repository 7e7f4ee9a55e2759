// The parse of a new version from the previous one (parseNextVersion) equals the parse from scratch,
// and so do the findings, over random edit sequences on real texts and on generated ones.
//   node --import tsx --test test/unit/incremental.test.ts
// PROPERTY_RUNS=2000 for a longer search.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeEdits, analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument, parseNextVersion, ParseMemory, simplePool, type Analysis, type IncrementalOptions, type ItuDocument } from '../../server/src/core';
import { sizedDocument, sources } from '../corpus';
import { cases } from '../support/scale';

const RUNS = Number(process.env.PROPERTY_RUNS ?? cases(60));
const ROOT = path.join(__dirname, '..', '..');

/** Pieces an edit inserts: mark delimiters, labels, headers, line ends, words. */
const PIECES = [
  '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '{==', '==}', '\n', '\r\n', '\r', '\t', ' ', 'x', 'word ', '…',
  'a)\t', 'b)\t', 'i)\t', 'ii)\t', '1\t', '1.2\t', 'bbis)\t', 'MOD\tEXA/12A3/9\n', 'ADD\t', 'Reasons:\t', 'Proposals:\tEXA\n',
  'RESOLUTION 99 (Rev. Geneva, 2022)\n', 'considering\n', 'resolves\n', 'SECTION 1\n', 'ANNEX A\n', '[^1]', '[^2]:\t', 'a) above', '1.2 below',
];

/** One edit, its place and length given as fractions of the text (so one arbitrary fits any text). */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((p) => p.join('')),
});
type Edit = { at: number; remove: number; insert: string };

function apply(text: string, e: Edit): string {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return applyEdits(text, [{ start, end: Math.min(text.length, start + e.remove), newText: e.insert }]);
}

/** Each version parsed from the previous one equals its parse from scratch, findings included. */
function holds(text: string, edits: Edit[]): void {
  let previous: ItuDocument = parseNextVersion(text, undefined);
  let current = text;
  for (const e of edits) {
    current = apply(current, e);
    const next = parseNextVersion(current, previous);
    const scratch = parseDocument(current);
    assert.deepStrictEqual(next, scratch);
    assert.deepStrictEqual(checkDocument(next), checkDocument(scratch));
    previous = next;
  }
}

/** The same with analyzeNextVersion: each version's findings equal the full check's, and so does its parse. */
function analysisHolds(text: string, edits: Edit[], options: IncrementalOptions = {}, parseEvery = 3): void {
  const full = (t: string) => checkDocument(parseDocument(t), { numberingPolicy: options.numberingPolicy, bases: options.bases });
  let previous: Analysis = analyzeNextVersion(text, options);
  assert.deepStrictEqual(previous.findings, full(text));
  let current = text;
  edits.forEach((e, k) => {
    current = apply(current, e);
    const next = analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    // The parse, made on first use, now and then (a version whose parse nobody asked for is skipped).
    if (k % parseEvery === 0) assert.deepStrictEqual(next.doc, parseDocument(current));
    previous = next;
  });
}

/**
 * The same with the edits themselves (analyzeEdits, the server's path while typing), each version made of 1-3
 * edits in offsets of the text before each, as an editor sends them: where analyzeEdits answers, its findings
 * equal the full check's and its text is the edited text; where it cannot, analyzeNextVersion reads the
 * joined text. Returns how many versions analyzeEdits made.
 */
function editsHold(text: string, versions: Edit[][], options: IncrementalOptions = {}, parseEvery = 3): number {
  const full = (t: string) => checkDocument(parseDocument(t), { numberingPolicy: options.numberingPolicy, bases: options.bases });
  let previous: Analysis = analyzeNextVersion(text, options);
  let current = text;
  let fast = 0;
  versions.forEach((edits, k) => {
    const changes = edits.map((e) => {
      const start = Math.min(current.length, Math.floor(e.at * (current.length + 1)));
      const change = { start, end: Math.min(current.length, start + e.remove), newText: e.insert };
      current = applyEdits(current, [change]);
      return change;
    });
    const quick = analyzeEdits(previous, changes, options);
    if (quick) fast++;
    const next = quick ?? analyzeNextVersion(current, options, previous);
    assert.deepStrictEqual(next.findings, full(current));
    assert.equal(next.text, current);
    if (k % parseEvery === 0) assert.deepStrictEqual(next.doc, parseDocument(current));
    previous = next;
  });
  return fast;
}

/** Edits inside one proposal of a generated contribution (most land there): the fast path's ground. */
const nearArb = (center: number) => fc.record({
  at: fc.double({ min: Math.max(0, center - 0.02), max: Math.min(1, center + 0.02), noNaN: true }),
  remove: fc.nat({ max: 6 }),
  // Mostly typing (words, spaces, a deletion), now and then a piece that changes the structure.
  insert: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('x', ' ', 'word ', 'typed', '') }, { weight: 1, arbitrary: fc.constantFrom(...PIECES) }), { maxLength: 2 }).map((p) => p.join('')),
});

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
const realTexts = [
  path.join(ROOT, 'examples/res99-amendment.itu'),
  path.join(ROOT, 'examples/res99-geneva-2022.itu'),
  path.join(ROOT, '../shared/examples/afcp-42a25-res52.itu'),
  path.join(ROOT, '../shared/examples/res52-dubai-2012.itu'),
  path.join(ROOT, '../shared/corpus/afcp-42a25-res52.word-export.txt'),
].map((f) => ({ name: path.basename(f), text: read(f) })).filter((t): t is { name: string; text: string } => t.text !== undefined);

describe('parseNextVersion equals parseDocument', () => {
  test('real texts are at hand', () => {
    assert.ok(realTexts.length >= 2, `${realTexts.length} real texts`);
  });

  for (const { name, text } of realTexts) {
    test(`random edit sequences on ${name}`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => holds(text, edits)), { numRuns: RUNS });
    });
  }

  test('random edit sequences on a generated contribution (several proposals, marks, footnotes)', () => {
    const text = sizedDocument(12_000, sources());
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => holds(text, edits)), { numRuns: Math.ceil(RUNS / 2) });
  });

  test('random edit sequences on generated texts', () => {
    const generated = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(generated, fc.array(editArb, { minLength: 1, maxLength: 8 }), (text, edits) => holds(text, edits)), { numRuns: RUNS * 2 });
  });

  for (const { name, text } of realTexts) {
    test(`analyzeNextVersion: random edit sequences on ${name}`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => analysisHolds(text, edits)), { numRuns: RUNS });
    });
  }

  /** A generated contribution of 12 KB, and the two base texts its MODs amend, indexed. */
  const generatedWithBases = () => {
    const index = new BaseIndex();
    for (const f of ['examples/res99-geneva-2022.itu', '../shared/examples/res52-dubai-2012.itu']) {
      const t = read(path.join(ROOT, f));
      if (t) index.update(f, t);
    }
    return { text: sizedDocument(12_000, sources()), index };
  };

  test('a footnote definition typed after the last proposal: a MOD is compared with its own notes only, whole or proposal by proposal (CI, seed 497356927)', () => {
    const { text, index } = generatedWithBases();
    analysisHolds(text, [{ at: 0.9998839031752481, remove: 0, insert: '[^2]:\t' }, { at: 0, remove: 0, insert: '' }], { bases: index.lookup, comparers: simplePool(), numberingPolicy: 'reletter' }, 1);
  });

  test('analyzeNextVersion: random edit sequences on a generated contribution, with and without base texts', () => {
    const { text, index } = generatedWithBases();
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('reletter' as const, 'bis' as const), (edits, withBases, policy) =>
      analysisHolds(text, edits, withBases ? { bases: index.lookup, comparers: simplePool(), numberingPolicy: policy } : { numberingPolicy: policy })), { numRuns: Math.ceil(RUNS / 2) });
  });

  test('analyzeNextVersion: random edit sequences on generated texts', () => {
    const generated = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(generated, fc.array(editArb, { minLength: 1, maxLength: 8 }), (text, edits) => analysisHolds(text, edits, {}, 1)), { numRuns: RUNS * 2 });
  });

  test('analyzeEdits: random edit sequences on real texts, each version equal to the full check', () => {
    for (const { text } of realTexts) {
      fc.assert(fc.property(fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (versions) => {
        editsHold(text, versions);
      }), { numRuns: Math.ceil(RUNS / 2) });
    }
  });

  test('analyzeEdits: edits clustered inside a proposal of a generated contribution, with and without base texts', () => {
    const { text, index } = generatedWithBases();
    let fast = 0;
    let all = 0;
    fc.assert(fc.property(fc.double({ min: 0.2, max: 0.95, noNaN: true }).chain((c) => fc.array(fc.array(nearArb(c), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 })), fc.boolean(), fc.constantFrom('reletter' as const, 'bis' as const), (versions, withBases, policy) => {
      fast += editsHold(text, versions, withBases ? { bases: index.lookup, comparers: simplePool(), numberingPolicy: policy } : { numberingPolicy: policy });
      all += versions.length;
    }), { numRuns: RUNS });
    // The property is about the fast path: a good share of these versions must have gone through it.
    assert.ok(fast >= all / 4, `${fast} of ${all} versions made from their edits`);
  });

  test('analyzeEdits: generated texts', () => {
    const generated = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(generated, fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (text, versions) => {
      editsHold(text, versions, {}, 1);
    }), { numRuns: RUNS * 2 });
  });

  test('analyzeEdits types into a proposal without joining the text, and declines what the whole text decides', () => {
    const text = sizedDocument(30_000, sources());
    let a = analyzeNextVersion(text);
    let at = text.indexOf('\nb)\t', text.length >> 1) + 5;
    let current = text;
    for (const ch of 'typed ') {
      const edit = { start: at, end: at, newText: ch };
      current = applyEdits(current, [edit]);
      const next = analyzeEdits(a, [edit]);
      assert.ok(next && next.work !== 'whole' && next.work.checked === 1, JSON.stringify(next?.work));
      a = next;
      at++;
    }
    assert.deepStrictEqual(a.findings, checkDocument(parseDocument(current)));
    assert.equal(a.text, current);
    // A mark left open: the whole text decides where it ends.
    assert.equal(analyzeEdits(a, [{ start: at, end: at, newText: '{++' }]), undefined);
    // A new proposal header typed on a line of its own: the proposals are cut anew.
    const line = current.indexOf('\n', at) + 1;
    assert.equal(analyzeEdits(a, [{ start: line, end: line, newText: 'MOD\tEXA/12A3/9\n' }]), undefined);
    // A control character: the input check reads the whole text.
    assert.equal(analyzeEdits(a, [{ start: at, end: at, newText: '\u0001' }]), undefined);
    // The front: every proposal is checked with it.
    assert.equal(analyzeEdits(a, [{ start: 0, end: 0, newText: 'x' }]), undefined);
  });

  test('an unresolved reference to an item of a Resolution does not make the whole document decide, however many ADDs', () => {
    // Such a reference resolves in its own Resolution: the whole document decides only for findings other ADDs may
    // answer (a clause one brings, the numbers earlier ones bring). Before, any reference.unresolved in a document
    // with two ADDs sent every keystroke to the whole document (170 ms a keystroke at 1 MB).
    const base = sizedDocument(30_000, sources());
    assert.ok((base.match(/^ADD\t/gm) ?? []).length > 1);
    const items = [...base.matchAll(/^[a-z]\)\t.{40}/gm)].map((m) => m.index!);
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.nat(items.length - 1), fc.constantFrom('considering z) above', 'resolves 97 above', 'recognizing further q) above'), (r, t, phrase) => {
        const at = items[r] + 3;
        const text = applyEdits(base, [{ start: at, end: at, newText: `${phrase}, ` }]);
        let a = analyzeNextVersion(text);
        assert.ok(a.findings.some((f) => f.code === 'reference.unresolved' && f.start >= at && f.end <= at + phrase.length), JSON.stringify(a.findings.map((f) => f.code)));
        let cursor = items[t] + 3 + (items[t] >= at ? phrase.length + 2 : 0);
        let current = text;
        for (const ch of 'ab') {
          const edit = { start: cursor, end: cursor, newText: ch };
          current = applyEdits(current, [edit]);
          const next = analyzeEdits(a, [edit]);
          assert.ok(next && next.work !== 'whole' && next.work.checked <= 1, JSON.stringify(next?.work));
          a = next;
          cursor++;
        }
        assert.deepStrictEqual(a.findings, checkDocument(parseDocument(current)));
      }),
      { numRuns: Math.max(10, RUNS >> 1) },
    );
  });

  test('analyzeNextVersion re-checks only the proposal an edit touched', () => {
    const text = sizedDocument(30_000, sources());
    let a = analyzeNextVersion(text);
    assert.ok(a.work !== 'whole' && a.work.proposals > 5 && a.work.checked === a.work.proposals, JSON.stringify(a.work));
    const at = text.indexOf('\nb)\t', text.length >> 1) + 5;
    let current = text;
    for (const ch of 'typed ') {
      current = current.slice(0, at) + ch + current.slice(at);
      a = analyzeNextVersion(current, {}, a);
      assert.ok(a.work !== 'whole' && a.work.checked === 1, JSON.stringify(a.work));
    }
    assert.deepStrictEqual(a.findings, checkDocument(parseDocument(current)));
    // A mark left open across the next proposal's header: the whole document is checked.
    current = current.slice(0, at) + '{++' + current.slice(at);
    a = analyzeNextVersion(current, {}, a);
    assert.deepStrictEqual(a.findings, checkDocument(parseDocument(current)));
  });

  test('a version parsed after a one-off parse (parseDocument, or its ParseMemory) equals its parse from scratch', () => {
    // A parseDocument keeps nothing for a next version (its texts are slices of its projections): the
    // next version reads every paragraph again, and the version after it reuses them.
    const text = sizedDocument(12_000, sources());
    const edited = text.replace('\nb)\t', '\nb)\tnewly ');
    assert.notStrictEqual(edited, text);
    for (const previous of [parseDocument(text), ParseMemory.of(parseDocument(text))]) {
      const next = parseNextVersion(edited, previous);
      assert.deepStrictEqual(next, parseDocument(edited));
      assert.deepStrictEqual(parseNextVersion(text, next), parseDocument(text));
      assert.deepStrictEqual(parseNextVersion(edited, ParseMemory.of(next)), parseDocument(edited));
    }
  });

  test('typing a new item into a list, one keystroke a version, reads as a parse from scratch', () => {
    const text = read(path.join(ROOT, 'examples/res99-amendment.itu'))!;
    const at = text.indexOf('\nb)') + 1;
    assert.ok(at > 0);
    let previous = parseDocument(text);
    let current = text;
    [...'a)\tnew item\n'].forEach((ch, i) => {
      current = current.slice(0, at + i) + ch + current.slice(at + i);
      previous = parseNextVersion(current, previous);
      assert.deepStrictEqual(previous, parseDocument(current));
    });
    assert.deepStrictEqual(checkDocument(previous), checkDocument(parseDocument(current)));
    assert.ok(checkDocument(previous).some((f) => f.code.startsWith('numbering.')), 'the inserted a) breaks the list');
  });

  /**
   * A contribution whose document-wide checks find something: ids out of sequence, repeated or with another prefix,
   * footnotes undefined, unused or out of order, marks outside MODs, MODs that change nothing, an ADD placeholder
   * used twice; now and then a proposal without Reasons or a SUP (then the families read the proposals' texts); marks
   * with an attribution; LF or CRLF line ends, a byte-order mark or none.
   */
  const documentFaults = fc.record({
    proposals: fc.array(fc.record({
      action: fc.oneof({ weight: 10, arbitrary: fc.constantFrom('MOD', 'MOD', 'ADD', 'NOC') }, { weight: 1, arbitrary: fc.constant('SUP') }),
      seq: fc.integer({ min: 1, max: 6 }),
      prefix: fc.constantFrom('EXA/12A3/', 'EXA/12A3/', 'EXB/12A3/'),
      placeholder: fc.constantFrom('[EXA-1]', '[EXA-2]'),
      refs: fc.array(fc.constantFrom('[^1]', '[^2]', '[^3]', ''), { minLength: 1, maxLength: 3 }),
      defs: fc.array(fc.constantFrom('1', '2', '4'), { maxLength: 2 }),
      // (A substitution that changes nothing is a fault of the marks: the whole text decides while it stands.)
      mark: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('{++added++}', '{--gone--}', '{~~old~>new~~}', '{>>a note<<}', '{++added++}{>>@EXB<<}', '') }, { weight: 1, arbitrary: fc.constant('{~~same~>same~~}') }),
      reasons: fc.oneof({ weight: 20, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    }), { minLength: 2, maxLength: 5 }),
    // The file as written: line ends, a byte-order mark.
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    bom: fc.boolean(),
  }).map(({ proposals, eol, bom }) => {
    // An instrument heading: a SUP suppresses No. 50 of the Constitution, which the items cite.
    const cover = 'Meeting:\tWTSA-28, Geneva, 2028\nDocument:\t12\nAddendum:\t3\nProposals:\tEXA\nTitle:\tFaults\n\n1\tIntroduction\nText.\n\nCONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION\n\n';
    return (bom ? '\uFEFF' : '') + (cover + proposals.map((p) => {
      if (p.action === 'SUP') return `SUP\t${p.prefix}${p.seq}\n50\n` + (p.reasons ? '\nReasons:\tMerged into No. 51.\n' : '') + '\n';
      const head = p.action === 'ADD' ? `ADD\t${p.prefix}${p.seq}\tDRAFT NEW RESOLUTION ${p.placeholder}\nDRAFT NEW RESOLUTION ${p.placeholder} (Geneva, 2028)\nTitle of the text\n` : `${p.action}\t${p.prefix}${p.seq}\nRESOLUTION 99 (Rev. Geneva, 2022)\nTitle of the text\n`;
      const body = `The assembly,\nconsidering\na)\tthat some words stand here${p.refs[0]} and there;\nb)\tthat ${p.mark} other words${p.refs.slice(1).join(' ')} follow, as referred to in No. 50 above,\nresolves\n1\tto do something;\n2\tto do more.\n`;
      const defs = p.defs.map((d) => `\n[^${d}]:\tA note on this.\n`).join('');
      return head + body + defs + (p.reasons ? '\nReasons:\tBecause.\n' : '') + '\n';
    }).join('')).replace(/\n/g, eol);
  });

  /**
   * Typing: one keystroke a version (a character typed or removed), mostly inside a word or number of a proposal, now and then
   * anywhere in the proposals (which may break a mark: the whole text decides from then on).
   */
  // Now and then a WRC placeholder line (`5.A19<TAB>`): typed in two ADDs, it is given twice (numbering.duplicate).
  const keystrokes = fc.array(fc.record({ at: fc.nat(), inWord: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), typed: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('x', 'x', ' ', 'word', '', '', '[^2]', '\n', 'a)\t', '}') }, { weight: 1, arbitrary: fc.constant('{++') }, { weight: 2, arbitrary: fc.constant('\n5.A19\t') }) }), { minLength: 4, maxLength: 16 });

  /** Where keystroke `at` falls in `text` after `from`: between two letters of a word, or anywhere. */
  function keystrokeAt(text: string, from: number, at: number, inWord: boolean): number {
    if (!inWord) return from + (at % (text.length - from));
    const inside: number[] = [];
    for (let i = from + 1; i < text.length; i++) if (/[A-Za-z0-9]/.test(text[i - 1]) && /[A-Za-z0-9]/.test(text[i])) inside.push(i);
    return inside.length ? inside[at % inside.length] : from;
  }

  test('analyzeEdits: typing moves the document-wide findings it does not change, each version equal to the full check', () => {
    let moved = 0;
    let all = 0;
    fc.assert(fc.property(documentFaults, keystrokes, (text, keys) => {
      const full = (t: string) => checkDocument(parseDocument(t));
      let previous: Analysis = analyzeNextVersion(text);
      let current = text;
      const first = current.search(/^(?:MOD|ADD|NOC|SUP)\t/m);
      for (const { at, inWord, typed } of keys) {
        const start = keystrokeAt(current, first, at, inWord);
        const edit = { start, end: typed === '' ? Math.min(current.length, start + 1) : start, newText: typed };
        current = applyEdits(current, [edit]);
        const quick = analyzeEdits(previous, [edit]);
        const next = quick ?? analyzeNextVersion(current, {}, previous);
        assert.deepStrictEqual(next.findings, full(current));
        assert.equal(next.text, current);
        if (quick && next.work !== 'whole' && next.work.documents === 'moved') moved++;
        all++;
        previous = next;
      }
    }), { numRuns: Math.max(RUNS * 2, 60) });
    // The property is about moving the findings: a good share of the keystrokes must have done so (over 60 runs at
    // least: a quick run's 20 left the share to chance, 7 % once where full runs read 16-31 %). Since the keystrokes
    // type WRC placeholders too (which make the findings again in an ADD), twelve quick runs read 9.9-21 %, one run
    // 8.4 %: the bound is half the share the runs read at least, not a share they read by chance.
    assert.ok(moved >= all / 20, `${moved} of ${all} keystrokes moved the document findings`);
  });

  test('analyzeEdits: a WRC placeholder typed below an ADD\'s first lines, then again in another ADD, is said to repeat (as the full check says)', () => {
    // Found by the twenty-first session's hunt of the editor against the command line (seed 20205): the document
    // findings were moved past the first placeholder line (no ADD held one before, so the families read no ADD's text),
    // and the flag they were moved with stayed so: the second was not said to repeat the first in the editor.
    const add = (n: number) => `ADD\tEXA/12A3/${n}\nDRAFT NEW RESOLUTION [EXA-${n}] (Geneva, 2028)\nTitle of the text\nThe assembly,\nconsidering\na)\tthat some words stand here;\nb)\tthat other words follow;\nresolves\n1\tto do something.\n\nReasons:\tBecause.\n\n`;
    const text = 'Meeting:\tWTSA-28, Geneva, 2028\nDocument:\t12\nAddendum:\t3\nProposals:\tEXA\nTitle:\tFaults\n\n' + add(1) + add(2) + add(3);
    let previous = analyzeNextVersion(text);
    let current = text;
    const steps: string[] = [];
    for (const n of [1, 3]) {
      // Before `resolves` of ADD n: its eighth line after the header.
      const at = current.indexOf('resolves', current.indexOf(`ADD\tEXA/12A3/${n}`));
      const edit = { start: at, end: at, newText: '5.A19\tA new provision.\n' };
      current = applyEdits(current, [edit]);
      const next = analyzeEdits(previous, [edit]);
      assert.ok(next, 'one proposal edited: analysed by its part');
      steps.push(next.work === 'whole' ? 'whole' : String(next.work.documents));
      assert.deepStrictEqual(next.findings, checkDocument(parseDocument(current)));
      previous = next;
    }
    // The first placeholder line makes the families read the ADDs' lines: both edits make the document findings again.
    assert.deepEqual(steps, ['run', 'run']);
    assert.deepEqual(previous.findings.filter((f) => f.code === 'numbering.duplicate').map((f) => current.slice(f.start, f.end)), ['5.A19']);
  });
});
