import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument } from '../../server/src/core';
import { check, contribution, fixed, only, readShared, RES_HEAD, slice } from './helpers';

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
  assert.equal(only(sect, 'numbering.parent').length, 2);
  assert.equal(only(res('resolves', 'SECTION 2', 'Title', '2.1\tx', '2.2\ty'), 'numbering.parent').length, 0);
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
  assert.match(bis, /\{\+\+b\)bis\tnew;\+\+\}/);
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
