// Chinese references to numbered items as a Chinese text types them (review 14, rev-lang): digits in full width
// (`上文做出决议第５段`, a Chinese input mode; labels `１`, `ａ）` are read so already) and each number with its own
// paragraph word (`上文做出决议第1段和第3段`, as `第1和第3段` is read). Before, neither was read: a reference to an item
// the Resolution lacks went unreported, and the numbering fix did not carry it. Generated: digit forms × the
// ways of joining two numbers × a missing item and a relettered one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const DIGITS: [string, (s: string) => string][] = [['ASCII', (s) => s], ['full-width', FULL]];
/** Two paragraphs named in one reference. */
const JOINS: ((a: string, b: string) => string)[] = [
  (a, b) => `第${a}和第${b}段`,
  (a, b) => `第${a}段和第${b}段`,
  (a, b) => `第${a}段、第${b}段`,
  (a, b) => `第${a}段及第${b}段`,
  (a, b) => `第${a}至${b}段`,
];

function resolution(ref: string, labels: string[]): string {
  return ['第99号决议（2012年，迪拜，修订版）', '标题', '世界电信标准化全会（2012年，迪拜），', '考虑到', 'a)\t垃圾信息是一个问题，', '做出决议',
    `${labels[0]}\t开展研究；`, `${labels[1]}\t提交报告；`, `${labels[2]}\t继续合作，`, '责成秘书长', `1\t落实上文做出决议${ref}。`, ''].join('\n');
}

for (const [name, digits] of DIGITS) {
  JOINS.forEach((join, j) => {
    test(`zh: ${name} digits, join ${j} (${join('1', '3')}): a missing item is reported, and the fix carries the reference`, () => {
      const labels = ['1', '2', '3'].map(digits);
      // 1 and 3: both items exist.
      assert.deepEqual(checkDocument(parseDocument(resolution(join(digits('1'), digits('3')), labels))).map((f) => f.message), []);
      // 1 and 5: 5 is no item.
      const missing = checkDocument(parseDocument(resolution(join(digits('1'), digits('5')), labels))).filter((f) => f.code === 'reference.unresolved');
      assert.equal(missing.length, 1, `5 is no item: ${missing.map((f) => f.message).join('\n')}`);
      // 2 left out (1, 3, 4): the fix reletters 3 to 2 and 4 to 3, and the reference to 3 with them.
      const gap = resolution(join(digits('1'), digits('4')), ['1', '3', '4'].map(digits));
      const f = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
      assert.ok(f, 'a gap to fix');
      const fixed = applyEdits(gap, f.fix!.edits);
      const line = fixed.split('\n').find((l) => l.includes('落实上文'))!;
      assert.ok(line.includes(join(digits('1'), digits('3'))), `the reference follows: ${line}`);
      assert.deepEqual(checkDocument(parseDocument(fixed)).map((x) => x.message), []);
    });
  });
}
