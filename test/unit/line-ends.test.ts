// Line ends: CRLF, LF and a CR alone each end a line, as the LSP specification counts them. The checker
// finds the same faults on the same lines whatever a file's line ends are, and fixes keep the file's own.
//   node --import tsx --test test/unit/line-ends.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, BaseIndex, checkDocument, editsRemovingEmptiedLines, LineIndex, lineEndAt, lineEndOf, listProposals, parseDocument, withLineEnds } from '../../server/src/core';
import { LineEnds } from '../../server/src/core/text';
import { run } from '../../server/src/cli/main';
import { kinds, name, sameWhateverTheLineEnds, STYLES } from '../support/lineEnds';
import { cases } from '../support/scale';

/** An index answers as one made from `text`: lines, length, every offset's position, every line's ends and offsets. */
function assertAsMadeFrom(index: LineIndex, text: string): void {
  const fresh = new LineIndex(text);
  assert.equal(index.lineCount, fresh.lineCount, JSON.stringify(text));
  assert.equal(index.length, text.length);
  for (let o = 0; o <= text.length + 1; o++) assert.deepEqual(index.position(o), fresh.position(o), `offset ${o} of ${JSON.stringify(text)}`);
  for (let line = -1; line <= fresh.lineCount; line++) {
    assert.equal(index.lineStart(line), fresh.lineStart(line));
    assert.equal(index.lineEnd(line), fresh.lineEnd(line), `line ${line} of ${JSON.stringify(text)}`);
    for (const character of [-1, 0, 1, 3, 50]) assert.equal(index.offset({ line, character }), fresh.offset({ line, character }));
  }
}

/**
 * Applies `edits` (at an offset taken modulo the text's length, `remove` characters, `insert` typed) to `start` and to
 * its index, which `next` edits (given the text after the edit); every `every`th index and the last answer as made from
 * their text.
 */
function replay(start: string, edits: { at: number; remove: number; insert: string }[], every: number, next: (index: LineIndex, from: number, to: number, insert: string, text: string) => LineIndex): void {
  let text = start;
  let index = new LineIndex(text);
  edits.forEach((e, k) => {
    const from = e.at % (text.length + 1);
    const to = Math.min(text.length, from + e.remove);
    text = text.slice(0, from) + e.insert + text.slice(to);
    index = next(index, from, to, e.insert, text);
    if (k % every === every - 1 || k === edits.length - 1) assertAsMadeFrom(index, text);
  });
}

describe('LineIndex counts lines as vscode-languageserver-textdocument does', () => {
  const pieces = fc.constantFrom('\n', '\r', '\r\n', '\n\r', 'a', 'bc', '\t', ' ', 'é', '\ud83d\ude00');
  const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

  test('LineEnds finds, for offsets asked in order, the line end lineEndAt finds', () => {
    fc.assert(fc.property(texts, fc.array(fc.nat(45), { maxLength: 12 }), (text, steps) => {
      const ends = new LineEnds(text);
      // Offsets that go forward (some asked twice), past the end included.
      let from = 0;
      for (const step of steps) {
        from += step % 7;
        assert.equal(ends.endAt(from), lineEndAt(text, from), `from ${from} in ${JSON.stringify(text)}`);
      }
      // Line by line, as splitting a text into paragraphs asks.
      const lines = new LineEnds(text);
      for (let start = 0; start <= text.length;) {
        const end = lines.endAt(start);
        assert.equal(end, lineEndAt(text, start));
        start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      }
    }));
  });

  test('positions of every offset and offsets of every position agree with TextDocument', () => {
    fc.assert(fc.property(texts, (text) => {
      const ours = new LineIndex(text);
      const theirs = TextDocument.create('file:///x', 'itu', 1, text);
      assert.equal(ours.lineCount, theirs.lineCount);
      for (let o = 0; o <= text.length + 1; o++) assert.deepEqual(ours.position(o), theirs.positionAt(o), `offset ${o} of ${JSON.stringify(text)}`);
      for (let line = 0; line <= ours.lineCount; line++) {
        for (let character = 0; character <= 6; character++) {
          assert.equal(ours.offset({ line, character }), theirs.offsetAt({ line, character }), `${line}:${character} of ${JSON.stringify(text)}`);
        }
      }
    }), { numRuns: cases(1000) });
  });

  test('an index edited many times (typing within lines, moves kept aside and applied now and then; lines added and removed) answers as one made from the text', () => {
    const edit = fc.record({
      at: fc.nat(100_000),
      // Mostly typing within a line (the moves pile up past MAX_MOVES); now and then a line added or removed.
      remove: fc.oneof({ weight: 100, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(6) }),
      insert: fc.oneof({ weight: 150, arbitrary: fc.constantFrom('x', 'ab', 'é', '😀', '') }, { weight: 1, arbitrary: fc.constantFrom('\n', 'a\nb', '\n\n') }),
    });
    const initial = fc.array(fc.constantFrom('a', 'bc', '\n', 'é'), { minLength: 150, maxLength: 300 }).map((a) => a.join(''));
    fc.assert(fc.property(initial, fc.array(edit, { minLength: 60, maxLength: 150 }), (start, edits) => {
      replay(start, edits, 7, (index, from, to, insert) => index.edited(from, to, insert)!);
    }), { numRuns: cases(300) });
  });

  // A text holding CRs: the index is edited without the text where an edit stays within one line's content, and made
  // anew from the text (as DocumentRecord.next does) where it may not be: an edit next to or inside a CRLF, one that
  // empties a line between a CR alone and an LF (they would be one CRLF), line ends typed or taken out.
  test('an index of a text with CRs, edited many times (typing, edits at and inside line ends, lines emptied), answers as one made from the text', () => {
    const edit = fc.record({
      at: fc.nat(100_000),
      remove: fc.oneof({ weight: 30, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.nat(8) }),
      insert: fc.oneof({ weight: 40, arbitrary: fc.constantFrom('x', 'ab', 'é', '😀', '') }, { weight: 8, arbitrary: fc.constantFrom('\n', '\r', '\r\n', 'a\rb', 'x\r\ny', '\r\n\r\n', '\n\r') }),
    });
    const initial = fc.array(fc.constantFrom('a', 'bc', '\r\n', '\r', '\n', 'é', '\r\n\r\n'), { minLength: 60, maxLength: 200 }).map((a) => a.join('') + '\r');
    let fast = 0;
    let all = 0;
    fc.assert(fc.property(initial, fc.array(edit, { minLength: 40, maxLength: 120 }), (start, edits) => {
      replay(start, edits, 5, (index, from, to, insert, text) => {
        const edited = index.edited(from, to, insert);
        all++;
        if (edited) fast++;
        return edited ?? new LineIndex(text);
      });
    }), { numRuns: cases(300) });
    // Typing within lines is most of the edits: those are made without the text.
    assert.ok(fast > all / 2, `${fast} of ${all} edits made without the text`);
  });

  test('Enter at many cursors in a CRLF or CR text: the index is edited without the text at each (review 26: made anew from the text at each, 16 s for 1,000 cursors in 1 MB)', () => {
    for (const eol of ['\r\n', '\r']) {
      let text = Array.from({ length: 300 }, (_, k) => `line ${k} of the text`).join(eol) + eol;
      let index = new LineIndex(text);
      // The cursors from the last line up, as an editor sends one change per cursor (each in the text the one before made).
      for (let line = 299; line >= 0; line--) {
        const at = index.offset({ line, character: 5 });
        const edited = index.edited(at, at, eol);
        assert.ok(edited, `line ${line}`);
        text = text.slice(0, at) + eol + text.slice(at);
        index = edited;
      }
      assertAsMadeFrom(index, text);
    }
  });

  test('a file whose lines end in CR alone has one line per CR', () => {
    const index = new LineIndex('a\rb\r\rc');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.position(5), { line: 3, character: 0 });
    assert.equal(index.lineEnd(0), 1);
    assert.equal(new LineIndex('a\r\nb').lineEnd(0), 1);
  });
});

describe("a file's own line end", () => {
  test('the most frequent; the first on a tie; LF for one line', () => {
    assert.equal(lineEndOf('a\r\nb\r\nc\nd'), '\r\n');
    assert.equal(lineEndOf('a\rb\nc'), '\r');
    assert.equal(lineEndOf('a\nb\rc'), '\n');
    assert.equal(lineEndOf('abc'), '\n');
    assert.equal(lineEndOf('a\r\r\n\r'), '\r');
  });

  test('withLineEnds rewrites every kind', () => {
    assert.equal(withLineEnds('a\nb\r\nc\rd', '\r'), 'a\rb\rc\rd');
    assert.equal(withLineEnds('a\nb\r\nc\rd', '\r\n'), 'a\r\nb\r\nc\r\nd');
    assert.equal(withLineEnds('a\nb\r\nc\rd', '\n'), 'a\nb\nc\nd');
  });
});

// ---------------------------------------------------------------- the checker, whatever the line ends

/** Lines of a draft, with faults of many kinds: gaps, duplicates, marks across lines, unclosed marks, footnotes, ids out of order. */
const LINE = fc.oneof(
  fc.constantFrom(
    'considering', 'resolves', 'recognizing', 'instructs the Director', '', '', 'Reasons:\tr', 'Title of the Resolution',
    'RESOLUTION 5 (Rev. Geneva, 2026)', 'The World Telecommunication Standardization Assembly (Geneva, 2026),',
    'that {++new words++} stand here;', 'a {--deleted--} and {~~old~>new~~} text', 'a mark {++that runs', 'over a line end++} here;',
    'an unclosed {-- mark', 'an empty {++++} mark', '[^1]:\tA footnote.', 'see [^1] and [^2];', '{++', '++}',
    'as in considering a) above', 'resolves 2 below', '…',
  ),
  fc.tuple(fc.constantFrom('ADD', 'MOD', 'SUP', 'NOC'), fc.integer({ min: 1, max: 4 })).map(([a, n]) => `${a}\tXX/7A1/${n}`),
  fc.tuple(fc.constantFrom('a)', 'b)', 'c)', 'e)', 'abis)', '1', '2', '4', '1.1', '1.3', 'ii)'), fc.constantFrom('\t', '  ', ' \t'), fc.constantFrom('that one;', 'two {++more++},', 'x.  y  ', 'that {--gone--};'))
    .map(([l, sep, t]) => `${l}${sep}${t}`),
);
const drafts = fc.array(LINE, { minLength: 1, maxLength: 40 }).map((ls) => ['Proposals:\tXX', 'Document:\t7', 'Addendum:\t1', '', ...ls, ''].join('\n'));

describe('the checker finds the same faults on the same lines with LF, CRLF, CR or mixed line ends', () => {
  test('generated drafts: findings, and every fix applied', () => {
    fc.assert(fc.property(drafts, (lf) => {
      sameWhateverTheLineEnds(lf, (t) => checkDocument(parseDocument(t)), 'draft');
    }), { numRuns: cases(300) });
  });

  // Real texts (the corpus and the examples): test/stress/line-ends-corpus.test.ts.

  test('a MOD against its base: untracked changes, and the fix that writes marks (new paragraphs included)', () => {
    const base = ['RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of seven', 'The World Telecommunication Standardization Assembly (Geneva, 2020),',
      'considering', 'a)\tthat spam is a significant problem;', 'b)\tthat help is needed,', 'resolves', '1\tto act;', '2\tto report.', ''].join('\n');
    const draft = ['MOD\tXX/1/1', 'RESOLUTION 7 (Rev. Geneva, 2020)', 'Title of seven', 'The World Telecommunication Standardization Assembly (Geneva, 2020),',
      'considering', 'a)\tthat spam is a serious problem;', 'b)\tthat help is needed;', 'c)\tthat a new paragraph is here,', 'resolves', '1\tto act.', '', 'Reasons:\tr', ''].join('\n');
    for (const baseStyle of STYLES) {
      const index = new BaseIndex();
      index.update('base.itu', withLineEnds(base, baseStyle));
      const check = (t: string) => checkDocument(parseDocument(t), { bases: index.lookup });
      const findings = check(draft);
      assert.ok(findings.filter((f) => f.code === 'base.untracked-change').length >= 3, `base with ${name(baseStyle)}`);
      const breaks = findings.some((f) => f.fix && [f.fix, ...(f.fix.alternatives ?? [])].some((x) => x.edits.some((e) => e.newText.includes('\n'))));
      assert.ok(breaks, 'a fix writes a line end (a deleted paragraph in a mark)');
      sameWhateverTheLineEnds(draft, check, `MOD, base with ${name(baseStyle)}`);
    }
  });
});

describe('the CLI', () => {
  test('check reports the same lines, and track writes marks in the file\'s line ends', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-eol-'));
    const base = 'RESOLUTION 7 (Rev. Geneva, 2020)\nTitle\nresolves\n1\tto act;\n2\tto report.\n';
    const draft = 'MOD\tXX/1/1\nRESOLUTION 7 (Rev. Geneva, 2020)\nTitle\nresolves\n1\tto act now;\n2\tto report;\n3\tto meet.\n\nReasons:\tr\n';
    fs.writeFileSync(path.join(dir, 'base.itu'), base);
    const cli = async (...args: string[]) => {
      let out = '';
      let err = '';
      const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
      return { code, out, err };
    };
    const results = new Map<string, string>();
    for (const style of STYLES) {
      const file = path.join(dir, `draft-${style.length}${style[0] === '\r' ? 'r' : 'n'}.itu`);
      fs.writeFileSync(file, withLineEnds(draft, style));
      const checked = await cli('check', '--format', 'json', '--workspace', dir, file);
      // The drafts of each line end stand side by side in the workspace: copies word for word of one proposal
      // (line ends aside), rightly compile.copy from the second on; the line ends are what is compared here.
      results.set(style, JSON.stringify(JSON.parse(checked.out).filter((f: { code: string }) => f.code !== 'compile.copy').map((f: { file?: string }) => ({ ...f, file: undefined }))));
      const tracked = await cli('track', '--workspace', dir, file);
      assert.equal(tracked.code, 0, tracked.err);
      assert.match(tracked.out, /\{\+\+/);
      assert.deepEqual([...kinds(tracked.out)], [style], `track keeps ${name(style)}`);
      assert.equal(withLineEnds(tracked.out, '\n'), (await cli('track', '--workspace', dir, path.join(dir, 'draft-1n.itu'))).out);
    }
    assert.ok(JSON.parse(results.get('\n')!).length > 0);
    assert.equal(results.get('\r'), results.get('\n'));
    assert.equal(results.get('\r\n'), results.get('\n'));
  });
});

describe('a fix that empties a line removes the line', () => {
  const remove = (text: string, what: string) => {
    const start = text.indexOf(what);
    return applyEdits(text, editsRemovingEmptiedLines(text, [{ start, end: start + what.length, newText: '' }]));
  };
  test('with its own line end, or the one before it on the last line; text beside the removal stays', () => {
    assert.equal(remove('a\n{++\nb\n', '{++'), 'a\nb\n');
    assert.equal(remove('a\r\n{++\r\nb', '{++'), 'a\r\nb');
    assert.equal(remove('a\n{++', '{++'), 'a');
    assert.equal(remove('{++', '{++'), '');
    assert.equal(remove('a {++\nb', '{++'), 'a \nb', 'the line keeps other text: only the mark goes');
  });
  test('never lets a CR before the line and an LF after it join into one CRLF (found by the property above)', () => {
    // CR, the line, LF + blank line: a CR stands between the CR and the LF, two line ends as with LF alone.
    assert.equal(remove('x\r{++\n\ny', '{++'), 'x\r\r\ny');
    assert.equal(withLineEnds(remove('x\r{++\n\ny', '{++'), '\n'), remove('x\n{++\n\ny', '{++'));
    assert.equal(withLineEnds(remove('x\r{++\r\ny', '{++'), '\n'), 'x\ny');
    // CR, CR, the line, LF, LF: whichever line end went, a CR would meet an LF; a CR stays between them.
    assert.equal(remove('a\r\r{++\n\nb', '{++'), 'a\r\r\r\nb');
    assert.equal(withLineEnds(remove('a\r\r{++\n\nb', '{++'), '\n'), remove('a\n\n{++\n\nb', '{++'), 'as many lines as with LF alone');
  });
  test('a removal that itself holds a line break is left as it is', () => {
    assert.equal(remove('a\n{--x\n--}\n\nb', '{--x\n--}'), 'a\n\n\nb');
  });
});

describe('the server features and the proposals list count CR and CRLF line ends too', () => {
  test('listProposals gives each proposal the line its header is on', () => {
    const lf = 'Proposals:\tXX\n\nADD\tXX/1/1\nsome text\n\nReasons:\tr\n\nADD\tXX/1/2\nmore\n\nReasons:\tr\n';
    for (const eol of ['\n', '\r\n', '\r'] as const) {
      const doc = parseDocument(withLineEnds(lf, eol));
      assert.deepEqual(listProposals([{ location: 'x.itu', doc }]).map((p) => p.line), [2, 7], JSON.stringify(eol));
    }
  });
});

describe('a fix never joins a CR and an LF of the text into one line break', () => {
  test('named regressions found by the generated drafts (mixed line ends)', () => {
    for (const lf of [
      // Removing {++⏎++} with its marks left a CR and an LF side by side: one CRLF, a line lost.
      'Proposals:\tXX\nDocument:\t7\nAddendum:\t1\n\na)\tthat one;\na)\tthat one;\nADD\tXX/7A1/1\na)\tthat one;\na)\tthat one;\nconsidering\na)\tthat one;\na)\tthat one;\nADD\tXX/7A1/1\n{++\n++}\nconsidering\n',
      // A lone closer removed from a line of its own: the emptied line goes with its break.
      'Proposals:\tXX\nDocument:\t7\nAddendum:\t1\n\na)\tthat one;\na)\tthat one;\na)\tthat one;\nconsidering\n++}\nADD\tXX/7A1/1\n',
      // A call line tells the language with CR alone too (the word `y` alone read as Spanish: `Motivos:`).
      'Proposals:\tXX\nDocument:\t7\nAddendum:\t1\n\na)\tx.  y  \na)\tx.  y  \na)\tx.  y  \nconsidering\nADD\tXX/7A1/1\n',
    ]) sameWhateverTheLineEnds(lf, (t) => checkDocument(parseDocument(t)), 'draft');
  });
});
