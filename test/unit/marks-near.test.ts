// The marks an analysis made proposal by proposal gives of a range (DocumentHead.marksNear) and its count of each
// proposal's revisions (DocumentHead.revisions): what the tracked-change preview reads while typing, without moving
// every proposal's marks to where it stands. Both must read as the whole parse's marks do (core/review.ts marksIn,
// isAlternatives), at any range: ranges of no length at proposal boundaries, marks with attribution comments,
// a merged draft's alternatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeEdits, analyzeNextVersion, isAlternatives, isRevision, marksIn, parseDocument, type Analysis } from '../../server/src/core';
import { sizedDocument } from '../corpus';

/** Pieces typed into a proposal: marks, one with an attribution comment, a merged draft's alternatives, a comment. */
const PIECES = ['{++new words++}', '{--old words--}', '{~~this~>that~~}', '{++added++}{>>@EXA<<}', '{~~x~>[AAA: one] [BBB: two]~~}', '{>>a note<<}', 'plain '];

function expectCounts(text: string): number[] {
  const doc = parseDocument(text);
  const starts = doc.marks.filter((m) => isRevision(m) && !isAlternatives(doc, m)).map((m) => m.start);
  return doc.proposals.map((p) => starts.filter((s) => s >= p.span.start && s < Math.max(p.span.end, p.span.start + 1)).length);
}

test('marksNear holds every mark of a range as the whole parse reads it, and revisions counts each proposal as the whole does', () => {
  const base = sizedDocument(12_000);
  // Offsets inside proposals' lines (after a TAB), where typing stays inside one proposal (analyzeEdits).
  const spots: number[] = [];
  for (let i = base.indexOf('\t'); i >= 0; i = base.indexOf('\t', i + 1)) spots.push(i + 1);
  let checked = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(spots.length - 1), fc.nat(PIECES.length - 1)), { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(base.length), fc.nat(3000)), { minLength: 1, maxLength: 8 }), (typed, ranges) => {
      let text = base;
      let analysis: Analysis = analyzeNextVersion(text, {});
      // Typed from the last spot back, so each spot's offset stands.
      for (const [s, p] of [...typed].sort((a, b) => spots[b[0]] - spots[a[0]])) {
        const at = spots[s];
        analysis = analyzeEdits(analysis, [{ start: at, end: at, newText: PIECES[p] }]) ?? analyzeNextVersion(text.slice(0, at) + PIECES[p] + text.slice(at), {}, analysis);
        text = text.slice(0, at) + PIECES[p] + text.slice(at);
      }
      const head = analysis.head;
      if (!head.marksNear || !head.revisions) return;
      checked++;
      const doc = parseDocument(text);
      // Every proposal start, and random ranges, some of no length.
      const bounds = doc.proposals.flatMap((p) => [{ start: p.span.start, end: p.span.start }, { start: p.span.start - 1, end: p.span.start + 1 }]);
      for (const range of [...bounds, ...ranges.map(([a, n]) => ({ start: Math.min(a, text.length), end: Math.min(text.length, a + (n % 5 === 0 ? 0 : n)) }))]) {
        const key = (ms: { start: number; end: number; kind: string }[]) => ms.map((m) => `${m.kind}@${m.start}-${m.end}`);
        assert.deepEqual(key(marksIn({ marks: head.marksNear(range.start, range.end) }, range)), key(marksIn(doc, range)), JSON.stringify(range));
      }
      assert.deepEqual(head.revisions(), expectCounts(text));
    }),
    { numRuns: 40, seed: 14 },
  );
  assert.ok(checked > 30, `${checked} versions analysed proposal by proposal`);
});
