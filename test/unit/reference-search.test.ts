// checks/references.ts labelIn: a call section is searched item by item for the first few references into its
// Resolution, then its labels are mapped. Both ways name the same item: the first of that label, depth first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';
import { checkReferences, checkStaleReferences, referenceFamily } from '../../server/src/core/checks/references';
import type { Finding } from '../../server/src/core/types';
import { distinctDocument, sources } from '../corpus';

/** A Resolution whose resolves holds a) under 1 and again under 2, and `count` references to `resolves {label}`. */
function resolution(count: number, label: string): string {
  const refs = Array.from({ length: count }, (_, k) => `${k + 1}\tto note resolves ${label} above, the ${k + 1}th time;`);
  return ['RESOLUTION 99 (Rev. Dubai, 2012)', 'Title', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Dubai, 2012),',
    'resolves', '1\tto study:', 'a)\tthe first matter;', 'b)\tthe second matter;', '2\tto act:', 'a)\tthe third matter;', 'c)\tthe fourth matter;',
    'instructs the Director of the Telecommunication Standardization Bureau', ...refs, ''].join('\n');
}

test('references into one section name the first item of their label, depth first, however many there are', () => {
  for (const count of [1, 3, 8, 9, 20]) {
    for (const [label, item] of [['a)', 'a)\tthe first matter;'], ['c)', 'c)\tthe fourth matter;'], ['2', '2\tto act:']] as const) {
      const view = parseDocument(resolution(count, label)).views.new;
      assert.equal(view.references.length, count, `${count} ${label}`);
      for (const ref of view.references) assert.equal(resolveTarget(view, ref, label)?.paragraph.text, item, `${count} ${label}`);
    }
    // A label no item of the section has: every reference to it is reported, before and after the labels are mapped.
    const text = resolution(count, 'd)');
    assert.equal(checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved' && text.slice(f.start, f.end) === 'd)').length, count);
  }
});

/** One finding per code and span, the first made (what checkDocument's dedupe keeps). */
function firstOfEach(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

test('the old text reports no copy of an unresolved reference the new text reported, and the findings kept are the same', () => {
  const src = sources();
  // A MOD whose marks make the two texts differ, with a reference naming nothing in both (`resolves d)`), one
  // naming an item only the new text has (`resolves c)`: the old text reports it) and one only the old text has (`resolves b)`:
  // the new text reports it). The new text reports d) first: the old text's d) is the copy left out.
  const mod = ['MOD\tEXA/1A1/1', '', 'RESOLUTION 99 (Rev. Dubai, 2012)', 'Title', '(Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Dubai, 2012),',
    'resolves', '1\tto study:', 'a)\tthe first matter;', '{--b)\tthe second matter;--}', '{++c)\tthe third matter;++}',
    'instructs the Director of the Telecommunication Standardization Bureau', '1\tto note resolves d) above;', '2\tto note resolves c) above;', '3\tto note resolves b) above;', ''].join('\n');
  let skipped = 0;
  for (const text of [mod, distinctDocument(10_000, src), distinctDocument(100_000, src)]) {
    const doc = parseDocument(text);
    assert.notEqual(doc.views.old, doc.views.new);
    const plain = [...checkReferences(doc.views.new, undefined, doc), ...checkReferences(doc.views.old, undefined, doc), ...checkStaleReferences(doc)];
    const fast = referenceFamily.check({ doc, policy: 'reletter', amended: undefined, distinctOld: true });
    if (text === mod) assert.deepEqual(firstOfEach(plain).filter((f) => f.code === 'reference.unresolved').map((f) => text.slice(f.start, f.end)), ['d)', 'b)', 'c)']);
    assert.deepEqual(firstOfEach(fast), firstOfEach(plain));
    skipped += plain.length - fast.length;
  }
  assert.ok(skipped > 0, 'the shortcut was taken');
});
