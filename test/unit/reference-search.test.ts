// checks/references.ts labelIn: a call section is searched item by item for the first few references into its
// Resolution, then its labels are mapped. Both ways name the same item: the first of that label, depth first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, parseDocument, resolveTarget } from '../../server/src/core';

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
