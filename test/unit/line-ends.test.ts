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
import { applyEdits, BaseIndex, checkDocument, editsRemovingEmptiedLines, LineIndex, lineEndOf, listProposals, parseDocument, withLineEnds, type Finding, type LineEnd } from '../../server/src/core';
import { run } from '../../server/src/cli/main';
import { ROOT, SHARED } from './helpers';

const STYLES = ['\n', '\r\n', '\r'] as const;
const name = (eol: string) => JSON.stringify(eol);

describe('LineIndex counts lines as vscode-languageserver-textdocument does', () => {
  const pieces = fc.constantFrom('\n', '\r', '\r\n', '\n\r', 'a', 'bc', '\t', ' ', 'é', '\ud83d\ude00');
  const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

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
    }), { numRuns: 1000 });
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

/** The text with its LF line ends written in a style: all the same, or mixed line by line. */
function restyled(lf: string, style: LineEnd | 'mixed', seed = 1): string {
  if (style !== 'mixed') return withLineEnds(lf, style);
  let k = seed;
  // A CR just before an LF would make one CRLF of two line ends: that LF becomes a CRLF.
  let previous = { at: -2, eol: '' };
  return lf.replace(/\n/g, (_m, at: number) => {
    let eol: string = STYLES[(k = (k * 7 + 3) % 11) % 3]!;
    if (eol === '\n' && previous.at === at - 1 && previous.eol === '\r') eol = '\r\n';
    previous = { at, eol };
    return eol;
  });
}

/** What a finding says and where, in lines and characters: the same in every style. */
function located(text: string, findings: Finding[]): string[] {
  const index = new LineIndex(text);
  const at = (o: number) => {
    const p = index.position(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return findings.map((f) => `${at(f.start)}-${at(f.end)} ${f.code} ${f.message}`);
}

/** Each fix (and alternative) of each finding, applied alone. */
function fixedTexts(text: string, findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) for (const fix of f.fix ? [f.fix, ...(f.fix.alternatives ?? [])] : []) out.push(applyEdits(text, fix.edits));
  return out;
}

/** The line ends a text holds. */
function kinds(text: string): Set<string> {
  return new Set(text.match(/\r\n|\r|\n/g) ?? []);
}

function sameWhateverTheLineEnds(lf: string, check: (text: string) => Finding[], label: string): void {
  const base = check(lf);
  const baseFixed = fixedTexts(lf, base);
  for (const style of ['\r\n', '\r', 'mixed'] as const) {
    const text = restyled(lf, style);
    const findings = check(text);
    assert.deepEqual(located(text, findings), located(lf, base), `${label}: findings with ${name(style)} line ends`);
    const fixedHere = fixedTexts(text, findings);
    assert.deepEqual(fixedHere.map((t) => withLineEnds(t, '\n')), baseFixed, `${label}: fixes with ${name(style)} line ends do what they do with LF`);
    if (style !== 'mixed') {
      for (const t of fixedHere) assert.ok([...kinds(t)].every((k) => k === style), `${label}: a fix keeps ${name(style)} line ends: ${JSON.stringify(t.slice(0, 200))}`);
    }
  }
}

describe('the checker finds the same faults on the same lines with LF, CRLF, CR or mixed line ends', () => {
  test('generated drafts: findings, and every fix applied', () => {
    fc.assert(fc.property(drafts, (lf) => {
      sameWhateverTheLineEnds(lf, (t) => checkDocument(parseDocument(t)), 'draft');
    }), { numRuns: 300 });
  });

  test('real texts: the corpus and the examples', () => {
    const files = [
      ...fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(SHARED, 'corpus', f)),
      ...fs.readdirSync(path.join(SHARED, 'examples')).map((f) => path.join(SHARED, 'examples', f)),
      ...fs.readdirSync(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f)),
    ];
    assert.ok(files.length >= 6);
    for (const file of files) {
      const lf = withLineEnds(fs.readFileSync(file, 'utf8'), '\n');
      sameWhateverTheLineEnds(lf, (t) => checkDocument(parseDocument(t)), path.basename(file));
    }
  });

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
      results.set(style, JSON.stringify(JSON.parse(checked.out).map((f: { file?: string }) => ({ ...f, file: undefined }))));
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
