// Sub-items numbered between single quotes, as UN-style Arabic texts number an item's sub-items (`‘1’`, `‘2’` where
// English writes (i), (ii)): read as labels of their lines (in a paragraph holding Arabic), and in references after
// their item (`إذ تضع في اعتبارها ب) ‘2’ أعلاه`, `الفقرة ب) ‘2’ و‘3’ من …`) and before it (`الفقرة الفرعية ‘2’ من الفقرة ب) من
// …`). Before, such a line was no item (a reference to its sub-item named none) and the reference ended before it (or
// none was read). Generated over the quotes (curly in either order, ASCII), the digits (ASCII, Arabic-Indic), the
// reference's forms and each numeral.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';

const HEAD = ['القرار 175 (المراجَع في دبي، 2018)', 'العنوان', 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،', 'إذ تضع في اعتبارها'];
const QUOTES: { name: string; q: (n: string) => string }[] = [
  { name: '‘n’', q: (n) => `\u2018${n}\u2019` },
  { name: '’n‘', q: (n) => `\u2019${n}\u2018` },
  { name: "'n'", q: (n) => `'${n}'` },
];
const DIGITS: { name: string; d: (k: number) => string }[] = [
  { name: 'ASCII', d: (k) => String(k) },
  { name: 'Arabic-Indic', d: (k) => String.fromCharCode(0x0660 + k) },
];
const REFS: { name: string; ref: (item: string, sub: string) => string }[] = [
  { name: 'sub-item before its item', ref: (i, s) => `مراعاة الفقرة الفرعية ${s} من الفقرة ${i} من إذ تضع في اعتبارها أعلاه` },
  { name: 'sub-item after its item', ref: (i, s) => `مراعاة إذ تضع في اعتبارها ${i} ${s} أعلاه` },
  { name: 'labels first, no direction word', ref: (i, s) => `مراعاة الفقرة ${i} ${s} من إذ تضع في اعتبارها` },
];

/** The Resolution: أ) ب) (with the sub-items `subs`, '' for one left out) ج) (with three), the reference in تقرر 1. */
function text(subs: string[], cSubs: string[], ref: string, items = ['أ)', 'ب)', 'ج)']): string {
  const lines = [...HEAD];
  items.forEach((label, k) => {
    if (!label) return;
    lines.push(`${label}\tالبند ${k}${k ? ':' : '؛'}`);
    if (k === 1) subs.forEach((s, j) => s && lines.push(`${s}\tالفرعي ${j}؛`));
    if (k === 2) cSubs.forEach((s, j) => lines.push(`${s}\tفرعي آخر ${j}؛`));
  });
  return [...lines, 'تقرر', `1\t${ref}.`, ''].join('\n');
}

function* cases() {
  for (const q of QUOTES) for (const d of DIGITS) for (const r of REFS) {
    const sub = (k: number) => q.q(d.d(k));
    yield { name: `${q.name}, ${d.name} digits, ${r.name}`, sub, ref: r.ref, subs: [1, 2, 3].map(sub) };
  }
}

test('ar: sub-items numbered between quotes are labels of their lines, and a reference names them within their item', () => {
  for (const c of cases()) {
    for (const count of [1, 2, 3]) {
      for (const k of [1, 2, 3]) {
        const t = text(c.subs.slice(0, count), c.subs, c.ref('ب)', c.sub(k)));
        const doc = parseDocument(t);
        const refs = doc.views.new.references.map((r) => r.targets.map((x) => [x.label, x.within]).sort());
        assert.deepEqual(refs, [[['ب)', undefined], [c.sub(k), 'ب)']].sort()], `${c.name}\n${t}`);
        const found = checkDocument(doc).filter((f) => f.code.startsWith('reference.') || f.code.startsWith('numbering.'));
        // ب) lacks the sub-item (ج) has all three: the first of the call is no answer).
        assert.deepEqual(found.map((f) => [f.code, f.start]), k > count ? [['reference.unresolved', t.lastIndexOf(c.sub(k))]] : [], `${c.name}\n${t}\n${found.map((f) => f.message).join('\n')}`);
      }
    }
  }
});

test('ar: a reference in other quotes than its list (`’2‘` for `‘2’`, an apostrophe) names the same sub-item; a quoted number in a line without Arabic is no label', () => {
  for (const [a, b] of [['\u2018', '\u2019'], ['\u2019', '\u2018'], ["'", "'"]]) {
    for (const [c, d] of [['\u2018', '\u2019'], ['\u2019', '\u2018'], ["'", "'"]]) {
      const t = text([1, 2].map((k) => `${a}${k}${b}`), [1, 2, 3].map((k) => `${a}${k}${b}`), REFS[0].ref('ب)', `${c}3${d}`));
      const found = checkDocument(parseDocument(t)).filter((f) => f.code === 'reference.unresolved').map((f) => f.start);
      assert.deepEqual(found, [t.lastIndexOf(`${c}3${d}`)], t);
      const ok = text([1, 2, 3].map((k) => `${a}${k}${b}`), [], REFS[0].ref('ب)', `${c}3${d}`));
      assert.deepEqual(checkDocument(parseDocument(ok)).filter((f) => f.code === 'reference.unresolved'), [], ok);
    }
  }

  const t = ['RESOLUTION 1 (Rev. Dubai, 2018)', 'Title', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),', 'considering',
    'a)\tthat one:', "'1'\tis a string;", '‘2’\tis another,', 'resolves', '1\tto go on.', ''].join('\n');
  const doc = parseDocument(t);
  assert.deepEqual(checkDocument(doc).filter((f) => f.code.startsWith('numbering.')), []);
  const labels: (string | undefined)[] = [];
  const walk = (i: { label?: { text: string }; children: readonly unknown[] }): void => {
    labels.push(i.label?.text);
    for (const c of i.children) walk(c as typeof i);
  };
  for (const r of doc.views.new.resolutions) walk(r.root);
  const items = labels;
  assert.ok(items.includes('a)'));
  assert.ok(!items.includes("'1'") && !items.includes('‘2’'), JSON.stringify(items));
});

test('ar: the numbering fix renumbers quoted sub-items in their quotes and carries the reference', () => {
  for (const c of cases()) {
    const gap = text(['', c.sub(2), c.sub(3)], c.subs, c.ref('ب)', c.sub(3)));
    const g = checkDocument(parseDocument(gap)).find((x) => x.code === 'numbering.gap' && x.fix);
    assert.ok(g, `${c.name}: a sub-item gap to fix`);
    const fixed = applyEdits(gap, g.fix!.edits);
    assert.ok(fixed.includes(`${c.sub(1)}\tالفرعي 1`) && fixed.includes(`${c.sub(2)}\tالفرعي 2`), `${c.name}\n${fixed}`);
    assert.ok(fixed.includes(c.ref('ب)', c.sub(2))), `${c.name}\n${fixed.split('\n').at(-2)}`);
    // ج)'s sub-items stay as written.
    assert.ok(fixed.includes(`${c.sub(3)}\tفرعي آخر 2`), c.name);
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((x) => x.code.startsWith('reference.') || x.code.startsWith('numbering.')).map((f) => f.message), [], c.name);
  }
});

test('ar: in a MOD that inserts a quoted sub-item, a reference to one after it is stale and its fix offers the new number', () => {
  for (const c of cases()) {
    const [s1, s2, s3] = c.subs;
    const mark = (from: string, to: string) => `${from[0]}{~~${from.slice(1, -1)}~>${to.slice(1, -1)}~~}${from.at(-1)}`;
    const lines = [...HEAD, 'أ)\tالبند 0؛', 'ب)\tالبند 1:', `${s1}\tالفرعي 0؛`, `{++${s2}\tفرعي جديد؛++}`, `${mark(s2, s3)}\tالفرعي 1؛`, 'ج)\tالبند 2.', 'تقرر', `1\t${c.ref('ب)', s2)}.`];
    const t = ['MOD\tX/1/1', ...lines, '', 'الأسباب:\tr.', ''].join('\n');
    const found = checkDocument(parseDocument(t)).filter((f) => f.code.startsWith('reference.'));
    assert.deepEqual(found.map((f) => [f.code, f.start]), [['reference.stale', t.lastIndexOf(s2)]], `${c.name}\n${found.map((f) => f.message).join('\n')}`);
    const fixed = applyEdits(t, found[0].fix!.edits);
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code.startsWith('reference.')).map((f) => f.message), [], `${c.name}\n${fixed}`);
  }
});
