// reference.unresolved after a list that skips a label (h-amend): `a) b) d)` and `considering c) above` are one slip (the
// item meant as c) was lettered d)) with two findings, numbering.gap on d) and reference.unresolved on the reference.
// The reference's message says that the item standing at c)'s place is the one the numbering fix relabels c), so that
// one fix answers both. Generated: lists of letters, roman numerals and numbers of 3 to 7 items, the label at each place
// skipped (the items after it numbered one on), a reference to the skipped label (the hint names the item at its place)
// and to a label past the list (no hint); after Fix all, no finding is left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument } from '../../server/src/core';
import { letterText, romanText } from '../../server/src/core/labels';
import { lines } from './helpers';

const KINDS = {
  letter: { call: 'considering', write: (n: number) => `${letterText(n)})`, ref: (l: string) => `considering ${l} above` },
  roman: { call: 'considering', write: (n: number) => `${romanText(n)})`, ref: (l: string) => `considering ${l} above` },
  decimal: { call: 'resolves', write: (n: number) => String(n), ref: (l: string) => `resolves ${l} above` },
};

function contribution(kind: keyof typeof KINDS, labels: string[], cited: string): string {
  const k = KINDS[kind];
  // Roman items stand under a lettered item, as in the texts (`b)` … `i)`, `ii)`); the reference names them by their path.
  const items = labels.map((l, i) => `${l}\tthat item ${i + 1} holds${i === labels.length - 1 ? ',' : ';'}`);
  const list = kind === 'roman' ? ['a)\tthat the list below holds:', ...items] : items;
  const ref = kind === 'roman' ? `considering a) ${cited} above` : k.ref(cited);
  return lines('Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', 'DRAFT NEW RESOLUTION [ABC-1] (Geneva, 2028)', 'Title',
    'The World Telecommunication Standardization Assembly (Geneva, 2028),', k.call, ...list,
    'instructs the Secretary-General', `to report on the work referred to in ${ref}.`, '', 'Reasons:\tr.', '');
}

test('reference.unresolved names the item at a skipped label\'s place, whose relabelling resolves it', () => {
  let said = 0;
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    const write = KINDS[kind].write;
    for (let n = 3; n <= 7; n++) for (let skip = 1; skip < n; skip++) {
      // Items 1 … n, the label `skip + 1` skipped: the items from there are written one on.
      const labels = Array.from({ length: n }, (_, i) => write(i < skip ? i + 1 : i + 2));
      const missing = write(skip + 1);
      for (const [cited, hinted] of [[missing, true], [write(n + 3), false]] as const) {
        const text = contribution(kind, labels, cited);
        const where = `${kind} ${labels.join(' ')}, reference to ${cited}`;
        const found = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved');
        assert.equal(found.length, 1, where);
        const hint = `${labels[skip]} stands where ${missing} is expected`;
        assert.equal(found[0].message.includes(hint), hinted, `${where}: ${found[0].message}`);
        if (!hinted) continue;
        said++;
        // One Fix all later (the numbering fix), the reference names its item: nothing is left.
        const gap = checkDocument(parseDocument(text)).find((f) => f.code === 'numbering.gap' && f.fix);
        assert.ok(gap, where);
        const fixed = applyEdits(text, gap!.fix!.edits);
        assert.deepEqual(checkDocument(parseDocument(fixed)).map((f) => f.code), [], `${where}: ${fixed}`);
      }
    }
  }
  assert.ok(said >= 45);
});

test('no such hint where the item is there with its label typed as text (its TAB lost, as in PP-18\'s Final Acts extracted)', () => {
  const text = lines('Proposals:\tABC', 'Document:\t9', '', 'ADD\tABC/9/1', 'DRAFT NEW RESOLUTION [ABC-1] (Geneva, 2028)', 'Title',
    'The World Telecommunication Standardization Assembly (Geneva, 2028),', 'instructs the Secretary-General', '1 to reconvene the expert group;', '2\tto submit its report,',
    'instructs the ITU Council', 'to examine the report referred to in instructs the Secretary-General 1 above.', '', 'Reasons:\tr.', '');
  const found = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved');
  assert.equal(found.length, 1);
  assert.ok(!found[0].message.includes('stands where'), found[0].message);
});

test('a reference to an item the MOD deletes with marks gets no relabelling hint: it named that item (review 26)', () => {
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    const write = KINDS[kind].write;
    for (let n = 3; n <= 5; n++) for (let gone = 1; gone < n; gone++) {
      // A MOD of n items deleting item `gone + 1` with marks, the items after it not yet relabelled; a reference to it.
      const items = Array.from({ length: n }, (_, i) => `${write(i + 1)}\tthat item ${i + 1} holds${i === n - 1 ? ',' : ';'}`).map((l, i) => (i === gone ? `{--${l}--}` : l));
      const list = kind === 'roman' ? ['a)\tthat the list below holds:', ...items] : items;
      const cited = write(gone + 1);
      const ref = kind === 'roman' ? `considering a) ${cited} above` : KINDS[kind].ref(cited);
      const text = lines('Proposals:\tABC', 'Document:\t9', '', 'MOD\tABC/9/1', 'RESOLUTION 7 (Rev. Geneva, 2024)', 'Title',
        'The World Telecommunication Standardization Assembly (Geneva, 2024),', KINDS[kind].call, ...list,
        'instructs the Secretary-General', `to report on the work referred to in ${ref}.`, '', 'Reasons:\tr.', '');
      const found = checkDocument(parseDocument(text)).filter((f) => f.code === 'reference.unresolved' || f.code === 'reference.stale');
      const where = `${kind}, ${n} items, ${cited} deleted`;
      assert.equal(found.length, 1, `${where}: ${found.map((f) => f.message).join(' | ')}`);
      assert.ok(found[0].message.endsWith(`It named ${kind === 'roman' ? `a) ${cited}` : cited} of the text in force, which the new text deletes.`), `${where}: ${found[0].message}`);
      assert.ok(!found[0].message.includes('once relabelled'), where);
    }
  }
});
