import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { check, contribution, fixAll, fixed, lines, only, readShared, RES_HEAD, slice } from './helpers';

const res = (...body: string[]) => contribution('ADD', [...RES_HEAD, ...body]);
const mod = (...body: string[]) => contribution('MOD', [...RES_HEAD, ...body]);

test('numbering.gap: b) then d), message names the list and the expected label', () => {
  const text = res('considering', 'a)\tone;', 'b)\ttwo;', 'd)\tthree.');
  const [f] = only(text, 'numbering.gap');
  assert.equal(slice(text, f), 'd)');
  assert.equal(f.message, 'considering: after b) comes d); expected c).');
  assert.equal(only(res('considering', 'a)\tone;', 'b)\ttwo;', 'c)\tthree.'), 'numbering.gap').length, 0);
});

test('numbering.gap fix outside a MOD renumbers the list and is one edit set', () => {
  const text = res('considering', 'a)\tone;', 'c)\ttwo;', 'e)\tthree, as in considering e) above.');
  const f = only(text, 'numbering.gap')[0];
  const after = fixed(text, f);
  assert.match(after, /\nb\)\ttwo;\nc\)\tthree, as in considering c\) above\./);
  assert.equal(checkDocument(parseDocument(after)).filter((x) => x.code.startsWith('numbering') || x.code.startsWith('reference')).length, 0);
});

test('numbering.duplicate and numbering.order', () => {
  assert.deepEqual(only(res('considering', 'a)\tx;', 'b)\ty;', 'b)\tz.'), 'numbering.duplicate').length, 1);
  assert.deepEqual(only(res('considering', 'a)\tx;', 'b)\ty;', 'c)\tz.'), 'numbering.duplicate').length, 0);
  const text = res('resolves', '1\tx;', '3\ty;', '2\tz.');
  assert.equal(only(text, 'numbering.order').length, 1);
  assert.equal(only(res('resolves', '1\tx;', '2\ty;', '3\tz.'), 'numbering.order').length, 0);
});

test('two swapped labels are one fault, reported once where the second goes back (not also a gap before it)', () => {
  const codes = (text: string) => check(text).findings.filter((f) => f.code.startsWith('numbering')).map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
  assert.deepEqual(codes(res('resolves', '1\tx;', '3\ty;', '2\tz;', '4\tw.')), ['numbering.order 2']);
  // The message names the swap (not "expected 4", the label after 3).
  assert.match(only(res('resolves', '1\tx;', '3\ty;', '2\tz;', '4\tw.'), 'numbering.order')[0].message, /2 comes after 3: the two are swapped; expected 2 before 3\.$/);
  // 5 then 3 is no swap of neighbours (4 is missing too): the order message stays the general one.
  assert.match(only(res('resolves', '1\tx;', '2\ty;', '5\tz;', '3\tw.'), 'numbering.order')[0].message, /3 comes after 5: labels must go forward/);
  assert.deepEqual(codes(res('considering', 'a)\tx;', 'c)\ty;', 'b)\tz;', 'd)\tw.')), ['numbering.order b)']);
  // At the start of a list: `2, 1, 3` is one swap, not "the list starts at 2" as well.
  assert.deepEqual(codes(res('considering', 'b)\tx;', 'a)\ty;', 'c)\tz.')), ['numbering.order a)']);
  // A.1 clause 1.4 restated with 1.4.2 and 1.4.1 swapped.
  const a1 = ['Recommendation ITU-T A.1', '', 'MOD\tX/1/1', '1.4\tConduct of meetings', '1.4.2\tTwo.', '1.4.1\tOne.', '1.4.3\tThree.', 'Reasons:\tx.', ''].join('\n');
  assert.deepEqual(codes(a1), ['numbering.order 1.4.1']);
  // Two faults stay two: c) too early and b) missing.
  assert.deepEqual(codes(res('considering', 'a)\tx;', 'c)\ty;', 'd)\tz;', 'b)\tw.')).map((s) => s.split(' ')[0]), ['numbering.gap', 'numbering.order']);
});

test('numbering.kind: a) then 2 in one call section', () => {
  const text = res('resolves', 'a)\tx;', '2\ty.');
  const [f] = only(text, 'numbering.kind');
  assert.equal(slice(text, f), '2');
  assert.match(f.message, /expected b\)/);
  assert.match(fixed(text, f), /\nb\)\ty\./);
  // Near miss: letters under a numbered clause, then the next clause.
  assert.equal(only(res('resolves', '1\tx:', 'a)\ty;', 'b)\tz;', '2\tw.'), 'numbering.kind').length, 0);
});

test('numbering.parent: 1.2.1 under 1.3, 3.1 under SECTION 2', () => {
  const text = res('resolves', '1\tx', '1.1\ta', '1.2\tb', '1.3\tc', '1.2.1\td');
  const [f] = only(text, 'numbering.parent');
  assert.equal(slice(text, f), '1.2.1');
  const sect = res('resolves', 'SECTION 2', 'Title', '3.1\tx', '3.2\ty');
  // Clauses in a row under one wrong prefix are one fault: one finding whose fix renumbers them all
  // (E.840 (06/2018) clause 5 holds 5.2.1-5.2.4 with no 5.1 or 5.2).
  const [g, ...more] = only(sect, 'numbering.parent');
  assert.equal(more.length, 0);
  assert.equal(g.message, '3.1–3.2 stand under SECTION 2: their numbers should start with 2. (expected 2.1–2.2).');
  assert.deepEqual(g.fix!.edits.map((e) => [slice(sect, e), e.newText]), [['3.1', '2.1'], ['3.2', '2.2']]);
  // A clause in place between two wrong ones splits them: two faults, two findings.
  assert.equal(only(res('resolves', '1\tx', '1.1\ta', '2.1\tb', '1.2\tc', '2.2\td'), 'numbering.parent').length, 2);
  assert.equal(only(res('resolves', 'SECTION 2', 'Title', '2.1\tx', '2.2\ty'), 'numbering.parent').length, 0);
});

test('numbering.parent: after an elision the levels between may be left out (2.3, …, 2.3.3.9), not a wrong parent (review E2)', () => {
  for (const under of [['2.3\tThe roles', '…', '2.3.3.9\ta', '2.3.3.10\tb'], ['2.3\tThe roles', '2.3.1\tx', '…', '2.3.3.9\ta', '…', '2.3.4\tc'], ['SECTION 2', 'Title', '…', '2.3.1\ta', '2.3.2\tb']]) {
    assert.deepEqual(only(mod('resolves', '…', ...under), 'numbering.parent').map((f) => f.message), [], under.join(' | '));
  }
  // Without the elision the number is under the wrong parent, as before; so is one of a clause before the parent's.
  assert.equal(only(mod('resolves', '…', '2.3\tThe roles', '2.3.3.9\ta'), 'numbering.parent').length, 1);
  assert.equal(only(mod('resolves', '…', '2.3\tThe roles', '…', '2.2.3.9\ta'), 'numbering.parent').length, 1);
  // One of a later clause is in place after the elision, which may hold that clause's heading (2.4 … 2.4.3.8), as
  // ITU-T A.1's MODs leave text out (test/unit/excerpt-elided-parents.test.ts); before, a wrong parent.
  assert.equal(only(mod('resolves', '…', '2.3\tThe roles', '…', '2.4.3.9\ta'), 'numbering.parent').length, 0);
});

test('bis, ter, 6.1a, n.0 and the i)/v)/x) letter rule are not errors', () => {
  const text = res(
    'considering', 'a)\tx;', 'b)\tx;', 'b)bis\tx;', 'b)ter\tx;', 'c)\tx;', 'd)\tx;', 'e)\tx;', 'f)\tx;', 'g)\tx:',
    'i)\troman one', 'ii)\troman two', 'h)\tx;', 'i)\tthe letter after h);', 'j)\tx,',
    'resolves', '1\tx', '1.0\tintro', '1.1\tx', '1.1a\tx', '1.2\tx', '1bis\tx', '2\tx',
  );
  const { doc, findings } = check(text);
  assert.deepEqual(findings.filter((f) => f.code.startsWith('numbering')), []);
  const labels = doc.views.new.paragraphs.filter((p) => p.label).map((p) => `${p.label!.kind}:${p.label!.text}`);
  assert.ok(labels.includes('roman:ii)'));
  assert.equal(labels.filter((l) => l === 'letter:i)').length, 1);
  assert.equal(labels.filter((l) => l === 'roman:i)').length, 1);
});

test('a bare number followed by a space is text, not a label', () => {
  const { doc } = check(res('noting', '2016 was a year of many assemblies.'));
  assert.equal(doc.views.new.paragraphs.find((p) => p.text.startsWith('2016'))!.label, undefined);
});

test('real texts raise no numbering finding', () => {
  for (const [name, text] of [
    ['wtsa16-res1.txt', readShared('corpus/wtsa16-res1.txt')],
    ['afcp-42a25-res52.itu', readShared('examples/afcp-42a25-res52.itu')],
    ['res52-dubai-2012.itu', readShared('examples/res52-dubai-2012.itu')],
  ]) {
    const numbering = check(text).findings.filter((f) => f.code.startsWith('numbering'));
    assert.deepEqual(numbering.map((f) => `${f.code} ${f.message}`), [], name);
  }
});

test('MOD: numbering is checked on the new text and on the old text', () => {
  // Inserting c) without relettering leaves two c) in the new text.
  const text = mod('considering', 'a)\tx;', 'b)\tx;', '{++c)\tnew;++}', 'c)\tx;', 'd)\tx.');
  const [dup] = only(text, 'numbering.duplicate');
  assert.ok(dup);
  // Fix 1: reletter the text in force with revision marks.
  const relettered = fixed(text, dup);
  assert.match(relettered, /\{~~c~>d~~\}\)\tx;\n\{~~d~>e~~\}\)\tx\./);
  assert.equal(check(relettered).findings.filter((f) => f.code.startsWith('numbering')).length, 0);
  // Fix 2 (ITU-T A.1): keep the numbers in force and label the inserted item bis.
  assert.ok(dup.fix!.alternatives?.length);
  const bis = fixed(text, dup, 0);
  assert.match(bis, /\{\+\+bbis\)\tnew;\+\+\}/); // the ITU form (CS 3A, CV 86A)
  assert.equal(check(bis).findings.filter((f) => f.code.startsWith('numbering')).length, 0);
  // The old text must be consistent too: a gap in the text in force is reported.
  const oldGap = mod('considering', 'a)\tx;', '{~~c~>b~~})\tx.');
  assert.equal(only(oldGap, 'numbering.gap').length, 1);
});

test('numbering.gap-after-deletion: a deleted item leaves an informational gap', () => {
  const text = mod('considering', 'a)\tx;', '{--b)\tgone;', '--}c)\tx.');
  const [f] = only(text, 'numbering.gap-after-deletion');
  assert.equal(f.severity, 'information');
  assert.equal(only(text, 'numbering.gap').length, 0);
  assert.match(fixed(text, f), /\{~~c~>b~~\}\)\tx\./);
});

test('numbering.gap-after-deletion: a deleted first item, and a deletion before an inserted item', () => {
  const first = mod('considering', '{--a)\tgone;', '--}b)\tx.');
  assert.equal(only(first, 'numbering.gap-after-deletion').length, 1);
  assert.equal(only(first, 'numbering.gap').length, 0);
  // In force a) b) c) d); b) and c) deleted, a new c) inserted: the new text reads a) c) d).
  const beforeInsert = mod('considering', 'a)\tx;', '{--b)\tgone;', 'c)\tgone too;', '--}{++c)\tnew;++}', 'd)\tx.');
  assert.equal(only(beforeInsert, 'numbering.gap').length, 0);
  assert.equal(only(beforeInsert, 'numbering.gap-after-deletion').length, 1);
});

test('cross-references to relettered items follow them in a MOD', () => {
  const text = mod('considering', 'a)\tx;', '{++b)\tnew;++}', 'b)\ty;', 'c)\tz,', 'resolves', '1\tsee considering c) above.');
  const [dup] = only(text, 'numbering.duplicate');
  const after = fixed(text, dup);
  assert.match(after, /considering \{~~c~>d~~\}\) above/);
  assert.equal(check(after).findings.filter((f) => f.code === 'reference.unresolved').length, 0);
});

test('cross-references to sub-items follow them when their item is renumbered in a MOD; those of an item that stays, stay', () => {
  const text = mod('considering', 'a)\tsee resolves 1.1, 2.1 and 2.1.1 below;', 'b)\ty,', 'resolves', '1\tx:', '1.1\tx1;', '{++2\tnew;++}', '2\ty:', '2.1\ty1:', '2.1.1\ty11;', '3\tz.');
  const [dup] = only(text, 'numbering.duplicate');
  const after = fixed(text, dup);
  assert.match(after, /\n\{~~2~>3~~\}\.1\.1\ty11;/);
  assert.match(after, /see resolves 1\.1, \{~~2~>3~~\}\.1 and \{~~2~>3~~\}\.1\.1 below;/);
  assert.equal(check(after).findings.filter((f) => f.code.startsWith('reference.')).length, 0);
});

// ---------------------------------------------------------------- issue 9: one reading of a label for both projections

/** Resolution 52 amended by AFCP, with `h)` of considering deleted as a delegate marks it. */
function res52WithDeleted(letter: string): { text: string; base: BaseIndex } {
  const base = new BaseIndex();
  base.update('res52.itu', readShared('examples/res52-dubai-2012.itu'));
  const src = readShared('examples/afcp-42a25-res52.itu');
  const line = new RegExp(`^(${letter}\\)\\t[^\\n]*\\n)`, 'm');
  const considering = src.indexOf('\nconsidering\n');
  const at = considering + src.slice(considering).search(line);
  const end = src.indexOf('\n', at) + 1;
  return { text: src.slice(0, at) + `{--${src.slice(at, end)}--}` + src.slice(end), base };
}

const considering = (text: string) => {
  const from = text.indexOf('\nconsidering\n');
  return text.slice(from, text.indexOf('\nnoting\n', from)).split('\n').map((l) => l.replace(/^--\}/, '')).filter((l) => /^(\{[-~+]{2})?[a-z]/.test(l) && /\)/.test(l.slice(0, 14)))
    .map((l) => l.slice(0, l.indexOf('\t')));
};

test('issue 9 regression: h) deleted in a MOD of Resolution 52; i) stays a letter in both projections; reletter fixes it', () => {
  const { text, base } = res52WithDeleted('h');
  const doc = parseDocument(text);
  // One reading: the i) that follows g) in the new text is the letter i), as the old text shows it.
  for (const view of [doc.views.new, doc.views.old]) {
    const i = view.paragraphs.find((p) => p.label?.text === 'i)' && p.text.includes('many countries'))!;
    assert.equal(i.label!.kind, 'letter', view.kind);
  }
  const findings = checkDocument(doc, { bases: base.lookup });
  const numbering = findings.filter((f) => f.code.startsWith('numbering'));
  assert.deepEqual(numbering.map((f) => [f.code, slice(text, f)]), [['numbering.gap-after-deletion', 'i)']]);
  assert.match(numbering[0].message, /^considering: after g\) comes i\); expected h\)\./);
  assert.ok(numbering[0].fix?.safeForFixAll, 'Fix all applies the MOD policy');
  const after = fixed(text, numbering[0]);
  assert.deepEqual(considering(after).slice(6), ['g)', '{--h)', '{~~i~>h~~})', '{~~j~>i~~})', '{~~k~>j~~})']);
  const again = checkDocument(parseDocument(after), { bases: base.lookup });
  assert.deepEqual(again.filter((f) => f.code.startsWith('numbering') || f.code.startsWith('base.untracked')).map((f) => f.code), []);
  // The bis policy keeps the numbers in force (ITU-T A.1): the gap a deletion leaves is its result.
  const bis = checkDocument(doc, { bases: base.lookup, numberingPolicy: 'bis' });
  assert.deepEqual(bis.filter((f) => f.code.startsWith('numbering') || f.code.startsWith('base.untracked')), []);
});

test('one reading for both projections: u)/v), w)/x), and a roman i) that really is roman', () => {
  const list = (labels: string[]) => labels.map((l) => `${l}\tx;`);
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `${c})`);
  for (const [deleted, next] of [['u)', 'v)'], ['w)', 'x)'], ['h)', 'i)']]) {
    const body = list(letters).map((l) => (l.startsWith(deleted) ? `{--${l}--}` : l));
    // The item after the deleted one ends the list: only the old text can say it is a letter.
    const cut = body.findIndex((l) => l.startsWith(next)) + 1;
    const text = mod('considering', ...body.slice(0, cut));
    const doc = parseDocument(text);
    const item = doc.views.new.paragraphs.find((p) => p.text.startsWith(next))!;
    assert.equal(item.label!.kind, 'letter', next);
    const [f] = check(text).findings.filter((x) => x.code.startsWith('numbering'));
    assert.equal(slice(text, f), next);
    assert.equal(f.code, 'numbering.gap-after-deletion');
  }
  // c) with roman sub-items i) ii): deleting nothing, or deleting ii), leaves i) roman.
  const roman = mod('recognizing', 'a)\tx;', 'b)\tx;', 'c)\tnamely:', 'i)\tone', '{--ii)\ttwo--}', 'iii)\tthree,', 'considering', 'a)\tx.');
  const doc = parseDocument(roman);
  assert.equal(doc.views.new.paragraphs.find((p) => p.text.startsWith('i)'))!.label!.kind, 'roman');
  const [gap] = check(roman).findings.filter((x) => x.code.startsWith('numbering'));
  assert.equal(gap.code, 'numbering.gap-after-deletion');
  assert.match(gap.message, /^recognizing c\): after i\) comes iii\); expected ii\)/);
  // h) with sub-items: i) followed by ii) is roman even right after h).
  const sub = res('considering', ...list(letters.slice(0, 7)), 'h)\tthe following:', 'i)\tone', 'ii)\ttwo', 'i)\tx.');
  assert.deepEqual(check(sub).findings.filter((x) => x.code.startsWith('numbering')), []);
});

// ---------------------------------------------------------------- one fault, one finding; Fix all is a fixed point

const numberingOf = (text: string) => check(text).findings.filter((f) => f.code.startsWith('numbering'));

test('issue 17 E14: one mistyped label is one finding, and one Fix all reaches a fixed point', () => {
  for (const [body, code, message, after] of [
    [['resolves', 'a)\tx;', 'b)\tx;', '1\tx;', 'd)\tx;', 'e)\tx.'], 'numbering.kind', 'resolves: this list of letters holds 1, between b) and d); expected c).', 'c)'],
    [['considering', 'a)\tx;', 'b)\tx;', 'e)\tx;', 'd)\tx;', 'e)\tx.'], 'numbering.gap', 'considering: e) stands between b) and d); expected c).', 'c)'],
    [['considering', 'a)\tx;', 'b)\tx;', 'c)\tx;', 'c)\tx;', 'e)\tx.'], 'numbering.duplicate', 'considering: c) appears twice in this list; expected d).', 'd)'],
    [['considering', 'a)\tx;', 'b)\tx;', 'ii)\tx;', 'd)\tx.'], 'numbering.kind', 'considering: this list of letters holds ii), between b) and d); expected c).', 'c)'],
    [['resolves', '1\tx;', '2\tx;', 'c)\tx;', '4\tx.'], 'numbering.kind', 'resolves: this list of numbers holds c), between 2 and 4; expected 3.', '3'],
    // A first letter mistyped as one that is also a roman numeral: the list stays lettered (the twenty-fifth session's review).
    [['considering', 'x)\tx;', 'b)\tx;', 'c)\tx.'], 'numbering.gap', 'considering: x); expected a).', 'a)'],
    [['considering', 'v)\tx;', 'b)\tx;', 'c)\tx.'], 'numbering.gap', 'considering: v); expected a).', 'a)'],
    [['considering', 'i)\tx;', 'b)\tx;', 'c)\tx.'], 'numbering.gap', 'considering: i); expected a).', 'a)'],
  ] as const) {
    const text = res(...body);
    const found = numberingOf(text);
    assert.deepEqual(found.map((f) => [f.code, f.message]), [[code, message]], body.join(' '));
    assert.match(found[0].fix!.title, /^Change /);
    const once = fixAll(text);
    assert.ok(once.includes(`\n${after}\tx;`) || once.includes(`\n${after}\tx.`), once);
    assert.deepEqual(numberingOf(once), []);
    assert.equal(fixAll(once), once, 'a second Fix all changes nothing');
  }
  // A real gap is still a gap (the next label does not agree with the expected one).
  assert.deepEqual(numberingOf(res('considering', 'a)\tx;', 'b)\tx;', 'd)\tx;', 'e)\tx.')).map((f) => f.message), ['considering: after b) comes d); expected c).']);
});

test('Fix all in a MOD applies the policy: reletter with marks, or bis labels; both are fixed points', () => {
  const text = mod('considering', 'a)\tx;', 'b)\tx;', '{++c)\tnew;++}', 'c)\tx;', 'd)\tx.');
  const reletter = fixAll(text, 'reletter');
  assert.match(reletter, /\{\+\+c\)\tnew;\+\+\}\n\{~~c~>d~~\}\)\tx;\n\{~~d~>e~~\}\)\tx\./);
  assert.equal(fixAll(reletter, 'reletter'), reletter);
  const bis = fixAll(text, 'bis');
  assert.match(bis, /\{\+\+bbis\)\tnew;\+\+\}\nc\)\tx;/);
  assert.equal(fixAll(bis, 'bis'), bis);
  // A fix never puts a mark inside a mark: the old text's own faults are reported without a fix.
  const oldFault = mod('considering', 'a)\tx;', '{~~c~>b~~})\tx.');
  const [f] = only(oldFault, 'numbering.gap');
  assert.match(f.message, /^Old text: /);
  assert.equal(f.fix, undefined);
});

test('numbering.parent of the old text only is said as the old text\'s, with no fix (the twenty-fifth session\'s review)', () => {
  const text = mod('resolves', '1\tx;', '{~~2~>1~~}.1\tx.');
  const [f] = only(text, 'numbering.parent');
  assert.equal(f.message, 'Old text: 2.1 stands under 1: its number should start with 1. (expected 1.1).');
  assert.equal(f.fix, undefined);
  // In both texts: said once, as the new text's, with its fix.
  const both = only(mod('resolves', '1\tx;', '2.1\tx.'), 'numbering.parent');
  assert.deepEqual(both.map((x) => [x.message, x.fix?.title]), [['2.1 stands under 1: its number should start with 1. (expected 1.1).', 'Change 2.1 to 1.1']]);
});

test('issue 17 E15: the ITU forms abis), a)bis, 1)bis, 1bis are read; the bis fix writes abis); a bis item must follow its letter', () => {
  const { doc } = check(res('considering', 'a)\tx;', 'abis)\tx;', 'b)\tx;', 'b)bis\tx;', 'c)\tx,', 'resolves', '1)\tx;', '1)bis\tx;', '2)\tx;', '2bis)\tx;', '3)\tx.'));
  const labels = doc.views.new.paragraphs.filter((p) => p.label).map((p) => `${p.label!.text}:${p.label!.ordinal}/${p.label!.suffixRank}`);
  assert.deepEqual(labels, ['a):1/0', 'abis):1/1', 'b):2/0', 'b)bis:2/1', 'c):3/0', '1):1/0', '1)bis:1/1', '2):2/0', '2bis):2/1', '3):3/0']);
  assert.deepEqual(numberingOf(res('considering', 'a)\tx;', 'abis)\tx;', 'b)\tx;', 'b)bis\tx;', 'c)\tx,', 'resolves', '1)\tx;', '1)bis\tx;', '2)\tx.')), []);
  // `a) bbis) b)`: the bis item names a letter that is not the item before it.
  const wrong = res('considering', 'a)\tx;', 'bbis)\tx;', 'b)\tx.');
  const found = numberingOf(wrong);
  assert.deepEqual(found.map((f) => [f.code, slice(wrong, f)]), [['numbering.bis', 'bbis)']]);
  assert.match(found[0].message, /expected abis\)\.$/);
  assert.match(fixAll(wrong), /\nabis\)\tx;\nb\)\tx\./);
  // Renumbering keeps the form a label is written in.
  assert.match(fixAll(res('considering', 'a)\tx;', 'c)\tx;', 'c)bis\tx;', 'd)\tx.')), /\nb\)\tx;\nb\)bis\tx;\nc\)\tx\./);
});

test('a relettered label does not change how a label in force reads: f) [i) roman] g) with f) relettered h)', () => {
  const inForce = ['a', 'b', 'c', 'd', 'e', 'f'];
  const body = [
    '{++a)\tnew one;', 'b)\tnew two;', '++}' + inForce.map((l, k) => `{~~${l}~>${String.fromCharCode(99 + k)}~~})\tx;`).join('\n'),
    'i)\ta roman sub-item of the f) in force',
    '{~~g~>i~~})\tx;', '{~~h~>j~~})\tx.',
  ];
  const text = mod('considering', ...body.join('\n').split('\n'));
  const doc = parseDocument(text);
  for (const view of [doc.views.new, doc.views.old]) {
    assert.equal(view.paragraphs.find((p) => p.text.startsWith('i)\ta roman'))!.label!.kind, 'roman', view.kind);
  }
  assert.deepEqual(numberingOf(text).map((f) => f.message), []);
});

// ---------------------------------------------------------------- fixes that keep the text (review D4, D5, D14, D28, D10)

const oldOf = (text: string) => parseDocument(text).views.old.text;
const edited = (text: string, f: { fix?: { edits: { start: number; end: number; newText: string }[] } }) =>
  f.fix!.edits.map((e) => `${text.slice(e.start, e.end)}=>${e.newText}`);

test('D4: relettering a Russian list touches only the labels that change, in the list\'s look-alike letters', () => {
  // The text in force letters а) b) с) with Cyrillic look-alikes (ITU's Russian pages); an item inserted as b).
  const text = mod('considering', 'а)\tone;', 'b)\ttwo;', '{++b)\tnew;++}', 'с)\tthree.');
  const [f] = only(text, 'numbering.duplicate');
  assert.deepEqual(edited(text, f), ['b=>с', 'с=>{~~с~>d~~}']);
  const after = fixed(text, f);
  assert.equal(oldOf(after), oldOf(text));
  assert.deepEqual(numberingOf(after), []);
});

test('D4: a message that names a label in a Cyrillic look-alike letter says so, as the fix writes it (Latin c) and Cyrillic с) look the same)', () => {
  // RCC's slip: an item typed e) between b) and the look-alike с) of the text in force; the fix writes с).
  const text = mod('considering', 'а)\tone;', 'b)\ttwo;', '{++e)\tnew;++}', '{~~с~>d~~})\tthree.');
  const [f] = only(text, 'numbering.gap');
  assert.deepEqual(edited(text, f), ['e=>с']);
  assert.equal(f.message, 'considering: e) stands between b) and d); expected с) (Cyrillic с U+0441).');
  assert.equal(f.fix!.title, 'Change e) to с) (Cyrillic с U+0441)');
  // A label written in the look-alike is named so wherever a message shows it.
  const dup = only(mod('considering', 'а)\tone;', 'b)\ttwo;', 'с)\tthree;', 'с)\tfour.'), 'numbering.duplicate');
  assert.match(dup[0].message, /^considering: с\) \(Cyrillic с U\+0441\) appears twice in this list\.$/);
  // Latin labels, and a list lettered in the Cyrillic alphabet (а) б) в)), are named as they are.
  assert.equal(only(res('considering', 'a)\tone;', 'b)\ttwo;', 'd)\tthree.'), 'numbering.gap')[0].message, 'considering: after b) comes d); expected c).');
  assert.equal(only(res('учитывая', 'а)\tone;', 'б)\ttwo;', 'г)\tthree.'), 'numbering.gap')[0].message, 'учитывая: after б) comes г); expected в).');
});

test('D5: Arabic-Indic digits stay Arabic-Indic; an item whose number stays is not marked', () => {
  const text = mod('resolves', '١\tone;', '{++٢\tnew;++}', '٢\ttwo;', '{++٣\tlast;++}');
  const [f] = only(text, 'numbering.duplicate');
  assert.deepEqual(edited(text, f), ['٢=>{~~٢~>٣~~}', '٣=>٤']);
  assert.equal(oldOf(fixed(text, f)), oldOf(text));
  // The bis alternative keeps the digits too.
  assert.deepEqual(f.fix!.alternatives![0].edits.map((e) => e.newText), ['١bis']);
  // Outside a MOD: the message names ٢ and the fix changes the one label.
  const add = res('resolves', '١\tone;', '٣\ttwo.');
  const [g] = only(add, 'numbering.gap');
  assert.match(g.message, /expected ٢\.$/);
  assert.deepEqual(edited(add, g), ['٣=>٢']);
});

test('an Arabic letter item inserted under the bis policy is labelled with the suffix on its letter (أbis), a label the next check reads', () => {
  const policy = { numberingPolicy: 'bis' as const };
  for (const [first, bis] of [['أ)', 'أbis)'], ['أ )', 'أbis )']]) {
    // The list's own spacing before the parenthesis is kept; the suffix stands on the letter, not after the space.
    const text = mod('إذ تضع في اعتبارها', `${first}\tأن شيئا؛`, '{++ب)\tأن جديدا؛++}', 'ب)\tأن آخر؛', 'ج)\tأن ثالثا،', 'تقرر', '١\tأن نعمل.');
    const [f] = checkDocument(parseDocument(text), policy).filter((x) => x.code.startsWith('numbering'));
    const after = fixed(text, f);
    assert.match(after, new RegExp(`\\{\\+\\+${bis.replace(/[()]/g, '\\$&')}\\tأن جديدا؛`), after);
    // Read back as the item inserted after أ): no finding, and the item keeps its place in the list.
    assert.deepEqual(checkDocument(parseDocument(after), policy).filter((x) => x.code.startsWith('numbering')), []);
    const item = parseDocument(after).views.new.paragraphs.find((p) => p.text.includes('أن جديدا'))!;
    assert.equal(item.label?.suffixRank, 1, bis);
    assert.equal(item.label?.ordinal, 1, bis);
  }
});

test('D14: full-width labels are renumbered in full-width forms, the one that changes only', () => {
  const text = res('considering', 'ａ）人工智能发展迅速；', 'ｂ）需要标准化；', 'ｄ）发展中国家需要援助。');
  const [f] = only(text, 'numbering.gap');
  assert.match(f.message, /expected ｃ）\.$/);
  assert.deepEqual(edited(text, f), ['ｄ=>ｃ']);
  assert.deepEqual(numberingOf(fixed(text, f)), []);
});

test('D28: relettering back to the text in force removes the substitutions, and references follow', () => {
  // An inserted c) rejected: the items after it keep their relettering, and so do the references.
  const text = mod('considering', 'a)\tone;', 'b)\ttwo;', '{~~c~>d~~})\tthree;', '{~~d~>e~~})\tfour,',
    'resolves', '1\tas in considering {~~c~>d~~}) and {~~d~>e~~}) above.');
  const [f] = only(text, 'numbering.gap');
  assert.doesNotMatch(f.message, /deleted/, 'nothing was deleted');
  const after = fixed(text, f);
  assert.match(after, /\nc\)\tthree;\nd\)\tfour,\nresolves\n1\tas in considering c\) and d\) above\./);
  assert.equal(oldOf(after), oldOf(text));
  assert.deepEqual(check(after).findings.filter((x) => x.code.startsWith('numbering') || x.code.startsWith('reference')), []);
});

test('D10: the bis fix leaves an item added after the last item in force with the next number', () => {
  const body = ['instructs the Director', '1\tone;', '{++2\tnew;++}', '2\ttwo;', '3\tthree;', '{++4\tat the end;++}'];
  const text = mod(...body);
  const [f] = checkDocument(parseDocument(text), { numberingPolicy: 'bis' }).filter((x) => x.code === 'numbering.duplicate');
  assert.deepEqual(edited(text, f), ['2=>1bis']);
  // Text left out after it may hold more items in force: there the added item is an insertion (bis).
  const elided = mod(...body, '…');
  const [g] = checkDocument(parseDocument(elided), { numberingPolicy: 'bis' }).filter((x) => x.code === 'numbering.duplicate');
  assert.deepEqual(edited(elided, g), ['2=>1bis', '4=>3bis']);
});

test('the bis fix reads an item deleted and one inserted in its place ({--c)…--}{++c)…++}) as a replacement: the new item keeps the number in force', () => {
  const policy = { numberingPolicy: 'bis' as const };
  for (const replaced of [['{--c)\tthree;--}{++c)\tnew three;++}'], ['{--c)\tthree;', '--}{++c)\tnew three;++}']]) {
    // An item inserted before b) without a label of its own (the fault), and c) replaced.
    const text = mod('considering', 'a)\tone;', '{++b)\tnew;++}', 'b)\ttwo;', ...replaced, 'd)\tfour,', 'resolves', '1\tx.');
    const [f] = checkDocument(parseDocument(text), policy).filter((x) => x.code.startsWith('numbering'));
    // Not `c=>bbis` too: that would leave no c) in the new text, a gap the bis policy never means.
    assert.deepEqual(edited(text, f), ['b=>abis'], replaced.join('|'));
    const after = fixed(text, f);
    assert.equal(oldOf(after), oldOf(text));
    assert.deepEqual(checkDocument(parseDocument(after), policy).filter((x) => x.code.startsWith('numbering')), []);
  }
  // An item inserted after the replacement follows the number in force the replacement keeps: cbis).
  const after = mod('considering', 'a)\tone;', 'b)\ttwo;', '{--c)\tthree;--}{++c)\tnew three;++}', '{++d)\tnew;++}', 'd)\tfour,', 'resolves', '1\tx.');
  const [g] = checkDocument(parseDocument(after), policy).filter((x) => x.code.startsWith('numbering'));
  assert.deepEqual(edited(after, g), ['d=>cbis']);
});

test('the bis fix keeps the label in force of an item relettered by hand after an inserted line, and labels the inserted one bis', () => {
  // The item in force c) relettered to e) with the marks (a whole-label substitution), after an inserted c).
  const text = mod('considering', 'a)\tfirst;', 'b)\tsecond;', '{++c)\tinserted;++}', '{~~c)~>e)~~}\tthird,', 'resolves', '1\tx.');
  const [f] = checkDocument(parseDocument(text), { numberingPolicy: 'bis' }).filter((x) => x.code.startsWith('numbering'));
  assert.match(f.fix!.title, /ITU-T A\.1/);
  // Not the reletter fix's edits (`{~~c)~>d)~~}`): the mark goes, c) stays, the inserted item takes bbis).
  assert.deepEqual(edited(text, f), ['c=>bbis', '{~~c)~>e)~~}=>c)']);
  const after = fixed(text, f);
  assert.match(after, /\nb\)\tsecond;\n\{\+\+bbis\)\tinserted;\+\+\}\nc\)\tthird,\n/);
  assert.equal(oldOf(after), oldOf(text));
  assert.deepEqual(checkDocument(parseDocument(after), { numberingPolicy: 'bis' }).filter((x) => x.code.startsWith('numbering')), []);
});

test('D22: a label of the text in force mistyped without marks is restored as in force, not marked as a change', () => {
  const base = new BaseIndex();
  base.update('res52.itu', readShared('examples/res52-dubai-2012.itu'));
  const src = readShared('examples/afcp-42a25-res52.itu');
  const at = src.indexOf('\nc)\t', src.indexOf('\nconsidering\n')) + 1;
  const text = src.slice(0, at) + 'd' + src.slice(at + 1);
  const findings = checkDocument(parseDocument(text), { bases: base.lookup });
  const gap = findings.find((f) => f.code === 'numbering.gap')!;
  assert.deepEqual(edited(text, gap), ['d=>c']);
  assert.equal(gap.fix!.title, 'Change d) to c)');
  const after = fixed(text, gap);
  assert.equal(after, src);
  assert.deepEqual(checkDocument(parseDocument(after), { bases: base.lookup }).filter((f) => f.code.startsWith('numbering') || f.code.startsWith('base.')), []);
  // The comparison's finding on the same label offers to put the text in force back too.
  const untracked = findings.find((f) => f.code === 'base.untracked-change' && slice(text, f) === 'd')!;
  // The numbering of the new text shows the label typed is a slip (b) d) d)) and the label in force mends
  // it: restoring is the comparison's preferred fix too, so the two preferred fixes agree; wrapping the
  // slip in marks stays on offer.
  assert.equal(untracked.fix!.title, 'Restore the text in force (c)');
  assert.equal(applyEdits(text, untracked.fix!.edits), src);
  assert.ok(untracked.fix!.alternatives!.some((a) => a.title === 'Wrap this change in revision marks'));
  // Without the text in force nothing says the label is a slip: the fix reletters with marks.
  assert.deepEqual(edited(text, only(text, 'numbering.gap')[0]), ['d=>{~~d~>c~~}']);
});

test('a label of the text in force changed by hand without marks, consistently with the new list, is a change meant: wrapping it in marks stays the preferred fix', () => {
  const head = ['RESOLUTION 5 (Rev. Geneva, 2026)', 'A title', 'The World Telecommunication Standardization Assembly (Geneva, 2026),', 'considering'];
  const base = new BaseIndex();
  base.update('res5.itu', lines(...head.map((l) => l.replace('2026', '2020')), 'a)\tone;', 'b)\ttwo;', 'c)\tthree;', 'd)\tfour,', 'resolves', '1\tto act.'));
  // An item inserted as c), and the items in force after it relettered by hand, without marks (d) for c), e) for d)).
  const marked = lines('MOD\tXX/1/1', 'RESOLUTION 5 (Rev. {~~Geneva, 2020~>Geneva, 2026~~})', 'A title', 'The World Telecommunication Standardization Assembly ({~~Geneva, 2020~>Geneva, 2026~~}),', 'considering',
    'a)\tone;', 'b)\ttwo;', '{++c)\tnew;++}', '{~~c~>d~~})\tthree;', '{~~d~>e~~})\tfour,', 'resolves', '1\tto act.', '', 'Reasons:\tr');
  const text = marked.replace('{~~c~>d~~})', 'd)').replace('{~~d~>e~~})', 'e)');
  const findings = checkDocument(parseDocument(text), { bases: base.lookup });
  // The new text's list is right (a) b) c) d) e)); only the old text shows the slip.
  assert.deepEqual(findings.filter((f) => f.code.startsWith('numbering') && !f.message.startsWith('Old text:')), []);
  const untracked = findings.filter((f) => f.code === 'base.untracked-change');
  assert.deepEqual(untracked.map((f) => slice(text, f)), ['d', 'e']);
  for (const f of untracked) {
    assert.equal(f.fix!.title, 'Wrap this change in revision marks');
    assert.ok(f.fix!.alternatives!.some((a) => a.title.startsWith('Restore the text in force')));
  }
  assert.equal(applyEdits(text, untracked.flatMap((f) => f.fix!.edits)), marked);
});

test('numbering.parent in a MOD: the fix changes the prefix through revision marks, the old text stays', () => {
  const text = mod('resolves', 'SECTION 2', 'Title', '{++3.1\tnew;++}', '2.1\tx;', '2.2\ty;', '{++3.3\tz;++}');
  const f = only(text, 'numbering.parent');
  assert.ok(f.length > 0);
  for (const g of f) {
    const after = fixed(text, g);
    assert.equal(oldOf(after), oldOf(text));
  }
  const plain = mod('resolves', 'SECTION 2', 'Title', '2.1\tx;', '3.2\ty;');
  const [p] = only(plain, 'numbering.parent');
  assert.deepEqual(edited(plain, p), ['3=>{~~3~>2~~}']);
  assert.equal(oldOf(fixed(plain, p)), oldOf(plain));
});

test('a reference whose marks drop a label still follows its item: each label is paired with the old text by where it stands', () => {
  // Code review: the old and new labels of `considering b), {--c), --}and d) above` were paired by their
  // index, so d) was taken for the old c) and left behind when the reletter fix made d) e).
  const text = contribution('MOD', ['RESOLUTION 52 (Rev. Hammamet, 2016)', 'T', 'considering', 'a)\tfirst;', 'b)\tsecond;', '{++c)\tinserted;++}', 'c)\tthird;', 'd)\tfourth,', 'noting', 'considering b), {--c), --}and d) above.']);
  const [f] = only(text, 'numbering.duplicate');
  const after = applyEdits(text, f.fix!.edits);
  assert.ok(after.includes('considering b), {--c), --}and {~~d~>e~~}) above.'), after);
  assert.equal(parseDocument(after).views.old.text, parseDocument(text).views.old.text);
});

test('items of another kind right after an elision start their own list: the … may stand for a call line (review 5, F31)', () => {
  const mod = (...body: string[]) => lines('MOD\tX/1/1', 'RESOLUTION 2 (Rev. Dubai, 2018)', 'Title', 'conscious', 'a)\tthat one;', 'b)\tthat two;', ...body, 'Reasons:\tr.');
  const numbering = (text: string) => check(text).findings.filter((f) => f.code.startsWith('numbering.')).map((f) => `${f.code}: ${f.message}`);
  // `emphasizing` a)–g) and the call line `resolves` left out: resolves 1–3 restated after them.
  assert.deepEqual(numbering(mod('…', '1\tto hold a forum;', '2\tthat the forum is open;', '3\tthat it adopts no text;', '…')), []);
  // The list it starts is still checked: a gap in it, or a repeat, is said.
  assert.ok(numbering(mod('…', '1\tto hold a forum;', '3\tthat it adopts no text;')).some((m) => m.startsWith('numbering.gap')));
  assert.ok(numbering(mod('…', '1\tto hold a forum;', '1\tthat it adopts no text;')).some((m) => m.startsWith('numbering.duplicate')));
  // Without an elision, a number among letters is still the mixed list it looks like.
  assert.ok(numbering(mod('2\tthat three;', 'c)\tthat four.')).some((m) => m.startsWith('numbering.kind')));
});
