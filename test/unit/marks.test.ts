import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, BaseIndex, checkDocument, fromSource, parseDocument, toSource } from '../../server/src/core';
import { check, fixed, lines, only, readShared, slice } from './helpers';

const view = (text: string, kind: 'new' | 'old') => parseDocument(text).views[kind].text;

test('every mark kind is accepted in the new text and rejected in the old', () => {
  const text = 'a {++b++} c {--d--} e {~~f~>g~~} h {>>note<<} i {==j==} k';
  assert.equal(view(text, 'new'), 'a b c  e g h  i j k');
  assert.equal(view(text, 'old'), 'a  c d e f h  i j k');
});

test('marks spanning lines and labels are understood in both projections', () => {
  const text = lines('further instructs{-- ITU-T Study Group 17--}', '{++1\tITU-T Study Group 17 ++}to report;', '{++2\tanother item++}');
  const doc = parseDocument(text);
  assert.equal(doc.views.new.paragraphs[1].label?.text, '1');
  assert.equal(doc.views.new.paragraphs[2].label?.text, '2');
  assert.equal(doc.views.old.paragraphs[0].text, 'further instructs ITU-T Study Group 17');
  assert.equal(doc.views.old.paragraphs[1].label, undefined);
  // A whole paragraph inserted with its line break.
  const spanning = 'a)\tone;\n{++b)\ttwo;\nc)\tthree;\n++}d)\tfour.';
  assert.deepEqual(parseDocument(spanning).views.new.paragraphs.map((p) => p.label?.text), ['a)', 'b)', 'c)', 'd)']);
  assert.deepEqual(parseDocument(spanning).views.old.paragraphs.map((p) => p.label?.text), ['a)', 'd)']);
});

test('a label inside a substitution is read in both projections', () => {
  const text = lines('RESOLUTION 1 (Geneva, 2026)', 'T', 'considering', 'a)\tx;', '{~~iii~>b~~})\ty.');
  const doc = parseDocument(text);
  assert.equal(doc.views.new.paragraphs[4].label?.text, 'b)');
  assert.equal(doc.views.old.paragraphs[4].label?.text, 'iii)');
  // The label's source range covers the new letter only, not the delimiters.
  assert.equal(slice(text, doc.views.new.paragraphs[4].labelSpan!).startsWith('b'), true);
});

test('offset maps round-trip and are monotone', () => {
  const text = 'x {++ins++} y {--del--} z {~~o~>n~~} w';
  for (const kind of ['new', 'old'] as const) {
    const v = parseDocument(text).views[kind];
    let last = -1;
    for (let i = 0; i <= v.text.length; i++) {
      const s = toSource(v.segments, i);
      assert.ok(s >= last, `monotone at ${i}`);
      last = s;
      if (i < v.text.length) {
        assert.equal(text[s], v.text[i], `${kind} char ${i}`);
        assert.equal(fromSource(v.segments, s), i);
      }
    }
  }
});

test('marks.unclosed: an opener without its closer, with a fix that closes it', () => {
  const text = lines('MOD\tXX/1/1', 'some {++inserted text', 'Reasons:\tr');
  const [f] = only(text, 'marks.unclosed');
  assert.ok(f);
  assert.equal(slice(text, f).startsWith('{++'), true);
  assert.equal(only(fixed(text, f), 'marks.unclosed').length, 0);
  // The text of an unclosed mark is kept in both projections: nothing is lost.
  assert.match(view(text, 'new'), /inserted text/);
  assert.match(view(text, 'old'), /inserted text/);
});

test('marks.unclosed near miss: a closer on a later line closes a spanning mark', () => {
  assert.equal(only(lines('MOD\tXX/1/1', 'a {++b', 'c++} d', 'Reasons:\tr'), 'marks.unclosed').length, 0);
});

test('marks.unclosed: a substitution without ~>', () => {
  const [f] = only(lines('MOD\tXX/1/1', 'a {~~b~~} c', 'Reasons:\tr'), 'marks.unclosed');
  assert.match(f.message, /~>/);
});

test('marks.nested: marks do not nest', () => {
  assert.equal(only('MOD\tXX/1/1\na {++b {--c--} d++} e\n', 'marks.nested').length, 1);
  assert.equal(only('MOD\tXX/1/1\na {++b++} {--c--} e\n', 'marks.nested').length, 0);
});

test('marks.empty: a mark with no text, removed by its fix', () => {
  const text = 'MOD\tXX/1/1\na {++++} b {--  --} c\nReasons:\tr\n';
  const found = only(text, 'marks.empty');
  assert.equal(found.length, 2);
  assert.equal(fixed(text, found[0]), 'MOD\tXX/1/1\na  b {--  --} c\nReasons:\tr\n');
  assert.equal(only('MOD\tXX/1/1\na {++x++} b\n', 'marks.empty').length, 0);
});

test('attribution comments name the author of the mark before them', () => {
  const doc = parseDocument('a {++b++}{>>@AFCP<<} c {--d--}{>>just a note<<}');
  assert.equal(doc.marks[0].author, 'AFCP');
  assert.equal(doc.marks[2].author, undefined);
  assert.equal(check('a').findings.length, 0);
});

test('issue 9: an unclosed mark is reported at its opener, once, with no cascade after it', () => {
  const body = ['MOD\tXX/1/1', 'RESOLUTION 5 (Rev. Geneva, 2026)', 'T', 'considering', 'a)\tthat {++something unclosed;', 'b)\ttwo;', 'c)\tthree,'];
  const later = ['resolves', '1\tto {--act--}{++do++} now.', '', 'Reasons:\tr'];
  for (const text of [lines(...body, ...later), lines(...body, 'resolves', '1\tto {--act--} now, a while++} later.', '', 'Reasons:\tr')]) {
    const { findings } = check(text);
    const marks = findings.filter((f) => f.code.startsWith('marks') || f.code.startsWith('numbering'));
    assert.equal(marks[0].code, 'marks.unclosed');
    assert.equal(slice(text, marks[0]), '{++something unclosed;');
    assert.deepEqual(marks.filter((f) => f.code === 'marks.nested' || f.code.startsWith('numbering')), []);
    // The text after the opener is read as plain text in both projections: no word is lost.
    for (const kind of ['new', 'old'] as const) assert.match(view(text, kind), /something unclosed;\nb\)/);
  }
});

test('marks.unopened: a closer with no opener is a finding; removing it, or opening the mark, fixes it', () => {
  const text = lines('MOD\tXX/1/1', 'a)\tthat the arrangements--} stand;', 'b)\tand ++} here, ~~} there.', 'Reasons:\tr');
  const found = only(text, 'marks.unopened');
  assert.deepEqual(found.map((f) => slice(text, f)), ['--}', '++}', '~~}']);
  const removed = fixed(text, found[0]);
  assert.match(removed, /\na\)\tthat the arrangements stand;/);
  assert.equal(only(removed, 'marks.unopened').length, 2);
  assert.match(found[0].fix!.title, /Remove --\} \(the text stays as it is\)/);
  const opened = fixed(text, found[0], 0);
  assert.match(opened, /\n\{--a\)\tthat the arrangements--\} stand;/);
  assert.equal(only(opened, 'marks.unopened').length, 2);
  // A closer that closes a mark, or stands inside one, is not lone.
  assert.deepEqual(only(lines('MOD\tXX/1/1', 'a {++b++} c {--d ++} e--} f', 'Reasons:\tr'), 'marks.unopened'), []);
});

test('issue 9: an unclosed mark in a MOD of Resolution 52 is one finding, at its opener (no untracked-change echo)', () => {
  const base = new BaseIndex();
  base.update('res52.itu', readShared('examples/res52-dubai-2012.itu'));
  const text = readShared('examples/afcp-42a25-res52.itu').replace('\nd)\tthat countering spam', '\nd)\t{++that countering spam');
  const findings = checkDocument(parseDocument(text), { bases: base.lookup });
  assert.deepEqual(findings.map((f) => [f.code, text.slice(f.start, f.start + 7)]), [['marks.unclosed', '{++that']]);
});

test('marks.unclosed and marks.unopened find the paragraph end and start whatever the line ends', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = ['MOD\tXX/1/1', 'a {++b c', 'the stray--} closer', 'Reasons:\tr', ''].join(eol);
    const [open] = only(text, 'marks.unclosed');
    assert.equal(slice(text, open), '{++b c', JSON.stringify(eol));
    assert.equal(fixed(text, open).split(eol)[1], 'a {++b c++}');
    const [lone] = only(text, 'marks.unopened');
    assert.equal(fixed(text, lone, 0).split(eol)[2], '{--the stray--} closer');
  }
});

test('marks.unopened after a deleted paragraph: the closer typed twice is removed; no mark opens inside another', () => {
  const text = lines('MOD\tXX/1/1', 'a)\tone;', '{--b)\tthat two;', '--}--}c)\tthat three.', 'Reasons:\tr');
  const [f] = only(text, 'marks.unopened');
  assert.deepEqual(f.fix!.alternatives, [], 'nothing stands between the two closers to mark');
  assert.match(fixed(text, f), /\n--\}c\)\tthat three\./);
  // With words between, the mark opens after the mark before it, never inside it.
  const words = lines('MOD\tXX/1/1', 'a {--b--} c d--} e', 'Reasons:\tr');
  const [g] = only(words, 'marks.unopened');
  assert.match(fixed(words, g, 0), /\na \{--b--\}\{-- c d--\} e\n/);
});

test('the first fix of an unclosed mark clears it: closed before the next mark on its line, or the opener removed when nothing follows it', () => {
  const cases: [string, string][] = [
    ['{++a {++b++} c', '{++a ++}{++b++} c'],
    ['x {--a {~~b~>c~~} d', 'x {--a --}{~~b~>c~~} d'],
    ['that {++', 'that '],
    ['that {++ more words', 'that {++ more words++}'],
  ];
  for (const [line, fixed] of cases) {
    const text = `MOD\tX/1/1\n${line}\n\nReasons:\tr\n`;
    const finding = checkDocument(parseDocument(text)).find((f) => f.code === 'marks.unclosed');
    assert.ok(finding?.fix, line);
    const after = applyEdits(text, finding.fix.edits);
    assert.equal(after.split('\n')[1], fixed);
    assert.deepEqual(checkDocument(parseDocument(after)).filter((f) => f.code.startsWith('marks.')).map((f) => f.code), [], fixed);
  }
});

test('marks.no-change: a substitution whose old and new text are the same changes nothing; the fix removes the mark and keeps the text', () => {
  const text = lines('MOD\tXX/1/1', 'considering', 'a)\tone;', 'b)\ttwo;', '{~~c~>c~~})\tthree{~~,~>,~~}{>>@AFCP<<}', 'Reasons:\tr');
  const found = only(text, 'marks.no-change');
  assert.deepEqual(found.map((f) => slice(text, f)), ['{~~c~>c~~}', '{~~,~>,~~}']);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /changes nothing/);
  assert.equal(found[0].fix!.safeForFixAll, true);
  assert.match(fixed(text, found[0]), /\nc\)\tthree\{~~,~>,~~\}\{>>@AFCP<<\}\n/);
  // The author's comment belongs to the mark: it goes with it.
  assert.match(fixed(text, found[1]), /\n\{~~c~>c~~\}\)\tthree,\nReasons/);
  // A substitution that changes something, or an empty one (marks.empty's), is not this finding.
  assert.deepEqual(only(lines('MOD\tXX/1/1', 'a {~~c~>d~~} {~~the~>The~~} {~~~>~~} b', 'Reasons:\tr'), 'marks.no-change'), []);
});

test('marks.no-change: a label rewritten in another spelling of itself changes nothing (look-alike, Arabic-Indic, full-width, Arabic spacing)', () => {
  const cases: [string, string][] = [
    ['учитывая', '{~~а~>a~~})\tчто сеть работает;'], // Cyrillic а to Latin a
    ['учитывая', 'b)\tчто учитывая {~~с~>c~~}) выше;'], // in a reference
    ['تقرر', '{~~١~>1~~}\tأن شيئا;'],
    ['考虑到', '{~~ａ）~>a)~~}\tIP地址是基础资源；'],
    ['إذ تضع في اعتبارها', '{~~أ ~>أ~~})\tأن شيئا؛'],
  ];
  for (const [call, line] of cases) {
    const text = lines('MOD\tXX/1/1', call, line, 'Reasons:\tr');
    const [f] = only(text, 'marks.no-change');
    assert.ok(f, line);
    assert.match(f.message, /same label/, line);
    // The text in force (the old side) stays: the old text does not change.
    const after = fixed(text, f);
    assert.equal(parseDocument(after).views.old.text, parseDocument(text).views.old.text, line);
    assert.deepEqual(only(after, 'marks.no-change'), []);
  }
  // The look-alike message names the scripts, which no one can tell apart on screen.
  assert.match(only(lines('MOD\tXX/1/1', 'учитывая', cases[0][1], 'Reasons:\tr'), 'marks.no-change')[0].message, /Cyrillic а U\+0430 → Latin a U\+0061/);
  // In a word, a look-alike letter is a change of the text (an invisible one: base.untracked-change's), not a label's spelling.
  assert.deepEqual(only(lines('MOD\tXX/1/1', 'учитывая', 'а)\tчто {~~сеть~>cеть~~} работает;', 'Reasons:\tr'), 'marks.no-change'), []);
  assert.deepEqual(only(lines('MOD\tXX/1/1', '{~~ＩＰ~>IP~~}地址', 'Reasons:\tr'), 'marks.no-change'), []);
});
