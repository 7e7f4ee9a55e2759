// Comparison of a draft with its base text (server/src/core/compare.ts).
//   node --import tsx --test test/unit/compare.test.ts
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import {
  BaseComparer,
  describeHunk,
  foldWhitespace,
  hunks,
  toCriticMarkup,
  criticMarkupInsertions,
  type ChangeOp,
  type Comparison,
  type TextRange,
} from '../../server/src/core/compare';

// ---------------------------------------------------------------- helpers

/** The shared examples (the project reaches shared/ at ../shared). */
import { changeWords, resolution } from '../support/generated';
import { cases } from '../support/scale';

const EXAMPLES = path.resolve(__dirname, '../../../shared/examples');

const MARK = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{>>[\s\S]*?<<\}/g;

/** A tiny accept-all / reject-all of CriticMarkup. */
function project(text: string, accept: boolean): string {
  return text.replace(MARK, (_m, ins?: string, del?: string, old?: string, now?: string) => {
    if (ins !== undefined) return accept ? ins : '';
    if (del !== undefined) return accept ? '' : del;
    if (old !== undefined) return accept ? now! : old;
    return '';
  });
}

/** Non-blank lines are paragraphs (FORMAT.md §1). */
const paragraphs = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.trim() !== '');

function slice(paras: readonly string[], r: TextRange): string {
  const { start, end } = r;
  if (start.paragraph === end.paragraph) return paras[start.paragraph]!.slice(start.offset, end.offset);
  const parts = [paras[start.paragraph]!.slice(start.offset)];
  for (let i = start.paragraph + 1; i < end.paragraph; i++) parts.push(paras[i]!);
  parts.push(paras[end.paragraph]!.slice(0, end.offset));
  return parts.join('\n');
}

/** Everything a comparison promises, checked against the texts it came from. */
function assertConsistent(draft: readonly string[], base: readonly string[], cmp: Comparison, comparer: BaseComparer): void {
  const fold = (ps: readonly string[]): string[] => ps.map(foldWhitespace);
  // Segments cover both texts in order.
  let d = 0;
  let b = 0;
  for (const s of cmp.segments) {
    assert.equal(s.draftStart, d);
    assert.equal(s.baseStart, b);
    if (s.kind === 'equal') assert.deepEqual(fold(draft.slice(s.draftStart, s.draftEnd)), fold(base.slice(s.baseStart, s.baseEnd)));
    if (s.kind === 'elision') assert.equal(s.draftEnd - s.draftStart, 1);
    d = s.draftEnd;
    b = s.baseEnd;
  }
  assert.equal(d, draft.length);
  assert.equal(b, base.length);
  assert.equal(cmp.identical, cmp.changes.length === 0);
  // Ops rebuild each side, and their ranges hold their text.
  for (const c of cmp.changes) {
    const side = (kinds: ChangeOp['kind'][]): string => c.ops.filter((o) => kinds.includes(o.kind)).map((o) => o.text).join('');
    assert.equal(side(['equal', 'insert']), fold(draft.slice(c.draftStart, c.draftEnd)).join('\n'));
    assert.equal(side(['equal', 'delete']), fold(base.slice(c.baseStart, c.baseEnd)).join('\n'));
    for (const op of c.ops) {
      if (op.kind !== 'delete') {
        assert.equal(slice(draft, op.draft), op.original);
        assert.equal(foldWhitespace(op.original), foldWhitespace(op.text));
      } else {
        assert.deepEqual(op.draft.start, op.draft.end);
        assert.equal(slice(base, op.base), op.original);
      }
    }
  }
  // The marks' projections: accept-all is the draft's paragraphs exactly (a whole deleted paragraph
  // leaves a blank line, and blank lines are no paragraphs), reject-all is the base.
  const marked = toCriticMarkup(draft, cmp).join('\n');
  assert.deepEqual(paragraphs(project(marked, true)), draft.filter((p) => p.trim() !== ''));
  const rejected = paragraphs(project(marked, false));
  assert.ok(comparer.compare(rejected, base).identical, `reject-all differs from the base:\n${marked}`);
  assertParagraphClean(marked);
}

/**
 * No mark spans a paragraph break: words change inside a paragraph, and a whole
 * paragraph inserted or deleted is one mark of its own on its own line.
 */
function assertParagraphClean(marked: string): void {
  for (const m of marked.matchAll(MARK)) assert.ok(!m[0].includes('\n'), `a mark spans a paragraph break: ${JSON.stringify(m[0])}`);
}

function check(draft: string[], base: string[], comparer = new BaseComparer()): Comparison {
  const cmp = comparer.compare(draft, base);
  assertConsistent(draft, base, cmp, comparer);
  return cmp;
}

const markup = (draft: string[], base: string[]): string => {
  const c = new BaseComparer();
  return toCriticMarkup(draft, c.compare(draft, base)).join('\n');
};

// Resolution-like paragraphs written for these tests.
const RES = [
  'RESOLUTION 99 (Rev. Geneva, 2022)',
  'Protecting users of telecommunication services',
  '(Geneva, 2016; Geneva, 2022)',
  'The World Telecommunication Standardization Assembly (Geneva, 2022),',
  'recognizing',
  'a)\tthe relevant provisions of the basic instruments of ITU;',
  'b)\tthat the protection of users is a significant and growing concern for administrations, operators and the public at large;',
  'c)\tthat many developing countries need assistance when it comes to protecting users,',
  'considering',
  'a)\tthat the work of ITU‑T Study Group 2 and Study Group 3 contributes to the protection of users;',
  'b)\tthat guidance from other international bodies is available which could assist future work in this area,',
  'resolves',
  '1\tto continue the studies on the protection of users of telecommunication services;',
  '2\tto encourage Member States to share their experience with the relevant study groups,',
  'instructs the Director of the Telecommunication Standardization Bureau',
  'to report to the Telecommunication Standardization Advisory Group on progress under this resolution.',
];

// ---------------------------------------------------------------- tests

describe('foldWhitespace', () => {
  test('folds NBSP, tabs and runs of spaces, and trims', () => {
    assert.equal(foldWhitespace(' a)\tthat\u00a0the   ITU \u202f x \r'), 'a) that the ITU x');
    assert.equal(foldWhitespace('\t'), '');
  });
});

describe('BaseComparer.compare', () => {
  test('identical texts', () => {
    const cmp = check(RES.slice(), RES);
    assert.ok(cmp.identical);
    assert.deepEqual(cmp.segments, [{ kind: 'equal', draftStart: 0, draftEnd: RES.length, baseStart: 0, baseEnd: RES.length }]);
  });

  test('white space and NBSP differences are not changes', () => {
    const draft = RES.map((p) => p.replace(/ /g, '  ').replace('\t', ' ').replace('of', '\u00a0of') + ' \t');
    draft[0] = '  ' + draft[0];
    assert.ok(check(draft, RES).identical);
  });

  test('one word changed: one substitution at the word, with both words quoted', () => {
    const draft = RES.slice();
    draft[6] = draft[6]!.replace('significant', 'substantial');
    const cmp = check(draft, RES);
    assert.equal(cmp.changes.length, 1);
    const [c] = cmp.changes;
    assert.deepEqual([c!.draftStart, c!.draftEnd, c!.baseStart, c!.baseEnd], [6, 7, 6, 7]);
    assert.deepEqual(
      c!.ops.filter((o) => o.kind !== 'equal').map((o) => [o.kind, o.text]),
      [
        ['delete', 'significant'],
        ['insert', 'substantial'],
      ],
    );
    const [h] = hunks(cmp);
    const at = draft[6]!.indexOf('substantial');
    assert.deepEqual(h!.draft, { start: { paragraph: 6, offset: at }, end: { paragraph: 6, offset: at + 'substantial'.length } });
    assert.deepEqual(h!.base.start, { paragraph: 6, offset: RES[6]!.indexOf('significant') });
    assert.equal(describeHunk(h!), "base says 'significant', draft says 'substantial'");
    assert.match(markup(draft, RES), /is a \{~~significant~>substantial~~\} and growing/);
  });

  test('offsets are in the original text, not the folded one', () => {
    const base = ['a)\tthat the  protection\u00a0of users is important;'];
    const draft = ['a)\t\tthat   the protection of \t all users  is important;'];
    const cmp = check(draft, base);
    const [h] = hunks(cmp);
    // The inserted word takes the space after it (between two words).
    assert.equal(h!.inserted, 'all ');
    assert.equal(draft[0]!.slice(h!.draft.start.offset, h!.draft.end.offset), 'all ');
  });

  test('a paragraph inserted', () => {
    const draft = RES.slice();
    draft.splice(8, 0, 'd)\tthat users deserve protection,');
    const cmp = check(draft, RES);
    assert.equal(cmp.changes.length, 1);
    assert.deepEqual(cmp.changes[0]!.ops.map((o) => [o.kind, o.text]), [['insert', 'd) that users deserve protection,']]);
    assert.deepEqual(cmp.segments.map((s) => s.kind), ['equal', 'change', 'equal']);
    // The whole paragraph is one mark on its own line.
    assert.ok(markup(draft, RES).includes(`${RES[7]}\n{++d)\tthat users deserve protection,++}\nconsidering`));
    assert.equal(describeHunk(hunks(cmp)[0]!), "draft adds 'd) that users deserve protection,', base does not have it");
  });

  test('paragraphs inserted at the start and deleted at the end', () => {
    const draft = ['Annex', 'New title', ...RES.slice(0, -2)];
    const cmp = check(draft, RES);
    assert.equal(cmp.changes.length, 2);
    const text = markup(draft, RES);
    assert.ok(text.startsWith('{++Annex++}\n{++New title++}\nRESOLUTION 99'));
    assert.ok(text.endsWith(`${RES[13]}\n{--${RES[14]}--}\n{--${RES[15]}--}`));
  });

  test('a paragraph deleted', () => {
    const draft = RES.filter((_, i) => i !== 7);
    const cmp = check(draft, RES);
    assert.equal(cmp.changes.length, 1);
    const c = cmp.changes[0]!;
    assert.deepEqual([c.draftStart, c.draftEnd, c.baseStart, c.baseEnd], [7, 7, 7, 8]);
    assert.equal(c.ops[0]!.original, RES[7]);
    assert.ok(markup(draft, RES).includes(`${RES[6]}\n{--${RES[7]}--}\nconsidering`));
    assert.match(describeHunk(hunks(cmp)[0]!), /^base says 'c\) that many developing .*', draft leaves it out$/);
  });

  test('a paragraph moved is one deletion and one insertion', () => {
    const draft = RES.slice();
    const [moved] = draft.splice(12, 1);
    draft.splice(13, 0, moved!);
    const cmp = check(draft, RES);
    const kinds = cmp.changes.map((c) => c.ops.map((o) => o.kind).join());
    assert.deepEqual(kinds.sort(), ['delete', 'insert']);
  });

  test('a rewritten sentence is one substitution, not confetti', () => {
    const draft = RES.slice();
    draft[6] = 'b)\tthat the safety of consumers is an important matter for the governments of the world and the industry in general;';
    const cmp = check(draft, RES);
    assert.deepEqual(
      hunks(cmp).map((h) => [h.deleted, h.inserted]),
      [
        [
          'protection of users is a significant and growing concern for administrations, operators and the public at large',
          'safety of consumers is an important matter for the governments of the world and the industry in general',
        ],
      ],
    );
    // Without the clean-up, the same diff is confetti matched on "is", "and", "the".
    const raw = new BaseComparer({ semanticCleanup: false }).compare(draft, RES);
    assert.ok(hunks(raw).length >= 3, String(hunks(raw).length));
  });

  test('a rewritten clause keeps what is really kept', () => {
    const draft = RES.slice();
    draft[12] = '1\tto pursue in the study groups the development of Recommendations on the security of services;';
    assert.ok(
      markup(draft, RES).includes(
        '1\tto {~~continue the studies on the protection of users of telecommunication~>pursue in the study groups the development of Recommendations on the security of~~} services;',
      ),
    );
  });

  test('separate edits far apart stay separate', () => {
    const draft = RES.slice();
    draft[6] = draft[6]!.replace('significant', 'substantial').replace('the public at large', 'the general public');
    const cmp = check(draft, RES);
    assert.deepEqual(
      hunks(cmp).map((h) => [h.deleted, h.inserted]),
      [
        ['significant', 'substantial'],
        // "public" is kept: the {++general ++}public{-- at large--}
        ['', 'general '],
        [' at large', ''],
      ],
    );
  });

  test('a changed date: the pattern of ITU revisions', () => {
    const draft = RES.slice();
    draft[0] = 'RESOLUTION 99 (Rev. New Delhi, 2024)';
    assert.ok(markup(draft, RES).startsWith('RESOLUTION 99 (Rev. {~~Geneva, 2022~>New Delhi, 2024~~})\n'));
  });

  test('spacing around punctuation counts (folding keeps one space)', () => {
    const cmp = check(['ITU - T'], ['ITU-T']);
    assert.ok(!cmp.identical);
  });
});

describe('elision', () => {
  test('in the middle, at the start, at the end', () => {
    for (const [draft, elided] of [
      [[...RES.slice(0, 4), '…', ...RES.slice(11)], [4, 11]],
      [['...', ...RES.slice(8)], [0, 8]],
      [[...RES.slice(0, 8), '…'], [8, RES.length]],
      [['…'], [0, RES.length]],
    ] as const) {
      const cmp = check([...draft], RES);
      assert.ok(cmp.identical, JSON.stringify(cmp.changes));
      const e = cmp.segments.find((s) => s.kind === 'elision')!;
      assert.deepEqual([e.baseStart, e.baseEnd], elided);
    }
  });

  test('matches an empty run', () => {
    const cmp = check([...RES.slice(0, 8), ' … ', ...RES.slice(8)], RES);
    assert.ok(cmp.identical);
    const e = cmp.segments.find((s) => s.kind === 'elision')!;
    assert.equal(e.baseStart, e.baseEnd);
  });

  test('changed paragraphs next to an elision pair with their base paragraphs', () => {
    const draft = [...RES.slice(0, 5), RES[5]!.replace('relevant', 'pertinent'), '…', RES[12]!.replace('continue', 'pursue'), ...RES.slice(13)];
    const cmp = check(draft, RES);
    const e = cmp.segments.find((s) => s.kind === 'elision')!;
    assert.deepEqual([e.baseStart, e.baseEnd], [6, 12]);
    assert.deepEqual(hunks(cmp).map((h) => [h.deleted, h.inserted]), [
      ['relevant', 'pertinent'],
      ['continue', 'pursue'],
    ]);
  });

  test('several elisions, with an insertion between them', () => {
    const draft = [RES[0]!, '…', RES[6]!, 'c)bis\tthat users need protection,', '…', RES[15]!];
    const cmp = check(draft, RES);
    assert.deepEqual(cmp.segments.map((s) => s.kind), ['equal', 'elision', 'equal', 'change', 'elision', 'equal']);
    assert.ok(markup(draft, RES).includes(`${RES[6]}\n{++c)bis\tthat users need protection,++}\n…`));
  });

  test('a new paragraph right after an elision is a line of its own, the elision left alone', () => {
    const draft = [...RES.slice(0, 4), '…', 'z)\tthat a new item is inserted here,', RES[15]!];
    assert.ok(check(draft, RES).changes.length > 0);
    assert.ok(markup(draft, RES).includes('…\n{++z)\tthat a new item is inserted here,++}\nto report'));
  });
});

describe('bounds and cache', () => {
  test('past maxEditLength a gap is one deletion plus one insertion', () => {
    const base = ['a) ' + Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ') + ';'];
    const draft = ['a) ' + Array.from({ length: 40 }, (_, i) => (i % 2 ? `word${i}` : `term${i}`)).join(' ') + ';'];
    const small = new BaseComparer({ maxEditLength: 10 });
    const cmp = check(draft, base, small);
    assert.equal(small.stats.fallbacks, 1);
    assert.ok(cmp.changes[0]!.fallback);
    assert.deepEqual(cmp.changes[0]!.ops.map((o) => o.kind), ['equal', 'delete', 'insert', 'equal']);
    assert.equal(cmp.changes[0]!.ops[0]!.text, 'a) ');
    const large = new BaseComparer();
    check(draft, base, large);
    assert.equal(large.stats.fallbacks, 0);
  });

  test('a one-word edit re-diffs only the gap it touched', () => {
    const base = resolution(20_000, 7);
    const draft = changeWords(base, 0.1, 8);
    const comparer = new BaseComparer();
    const first = comparer.compare(draft, base);
    const gaps = comparer.stats.gapDiffs;
    assert.ok(gaps > 20, `gaps: ${gaps}`);
    assert.equal(comparer.stats.cacheHits, 0);

    comparer.resetStats();
    const again = comparer.compare(draft.slice(), base);
    assert.deepEqual(comparer.stats, { compares: 1, gapDiffs: 0, cacheHits: gaps, fallbacks: 0 });
    assert.deepEqual(again, first);

    comparer.resetStats();
    const edited = draft.slice();
    const i = edited.findIndex((p, k) => k > 10 && p.length > 100);
    edited[i] = edited[i]!.replace(' ', ' freshly ');
    const cmp = comparer.compare(edited, base);
    assert.equal(comparer.stats.gapDiffs, 1);
    assert.equal(comparer.stats.cacheHits, gaps - 1);
    assertConsistent(edited, base, cmp, new BaseComparer());
  });

  // Its time is guarded in test/stress/timing.test.ts.
  test('a 500 KB draft rewritten wholesale returns, and is right', () => {
    const base = resolution(500_000, 11);
    const draft = resolution(500_000, 12);
    assert.ok(base.join('\n').length >= 500_000 && draft.join('\n').length >= 500_000);
    const cmp = new BaseComparer().compare(draft, base);
    assert.ok(!cmp.identical);
    assertConsistent(draft, base, cmp, new BaseComparer());
  });

  test('a 500 KB draft with 10% of its words changed', () => {
    const base = resolution(500_000, 13);
    const draft = changeWords(base, 0.1, 14);
    const cmp = check(draft, base);
    // Every changed paragraph is paired with its base paragraph; only a short one that kept next to
    // nothing (a call line of two or three words, most replaced) is its base paragraph out and itself in, whole.
    const whole = cmp.changes.filter((c) => c.draftStart === c.draftEnd || c.baseStart === c.baseEnd);
    assert.ok(whole.length < cmp.changes.length / 20, `${whole.length} of ${cmp.changes.length}`);
    const words = (p: string): Set<string> => new Set(p.toLowerCase().match(/[a-z0-9]+/g) ?? []);
    for (let k = 0; k < whole.length; k += 2) {
      const [out, into] = [whole[k]!, whole[k + 1]!];
      assert.deepEqual([out.draftStart, out.baseEnd - out.baseStart, into.baseStart, into.draftEnd - into.draftStart], [into.draftStart, 1, out.baseEnd, 1]);
      const [d, b] = [words(draft[into.draftStart]!), words(base[out.baseStart]!)];
      const kept = [...d].filter((w) => b.has(w));
      assert.ok(d.size <= 3 && kept.length <= 1, `${draft[into.draftStart]} / ${base[out.baseStart]}`);
    }
  });
});

describe('CriticMarkup', () => {
  test('round trip on the AFCP/42A25 amendment of Resolution 52', () => {
    const baseFile = fs.readFileSync(path.join(EXAMPLES, 'res52-dubai-2012.itu'), 'utf8');
    const base = paragraphs(baseFile.slice(baseFile.indexOf('\n\n')));
    const mod = fs.readFileSync(path.join(EXAMPLES, 'afcp-42a25-res52.itu'), 'utf8');
    const body = mod.slice(mod.indexOf('\n', mod.indexOf('MOD\tAFCP/42A25/1')) + 1, mod.indexOf('\nReasons:'));
    // The contribution's old text is the base.
    assert.ok(new BaseComparer().compare(paragraphs(project(body, false)), base).identical);
    const draft = paragraphs(project(body, true));
    const cmp = check(draft, base);
    const text = toCriticMarkup(draft, cmp).join('\n');
    for (const expected of [
      'RESOLUTION 52 (Rev. {~~Dubai, 2012~>Hammamet, 2016~~})\n',
      '(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012{++; Hammamet, 2016++})',
      'Resolution 174 ({~~Guadalajara, 2010~>Rev. Busan, 2014~~})',
      'ITU-T Study Group 3 to continue its work',
    ]) {
      assert.ok(text.replace(/\u00a0/g, ' ').includes(expected), expected);
    }
    // Elide the unchanged middle: still a faithful round trip.
    const start = draft.indexOf('considering');
    const end = draft.indexOf('further instructs');
    check([...draft.slice(0, start), '…', ...draft.slice(end)], base);
  });

  test('insertions are sorted, one per position, and never replace draft text', () => {
    const draft = RES.slice();
    draft[6] = draft[6]!.replace('significant', 'substantial');
    draft.splice(7, 1);
    const ins = criticMarkupInsertions(draft, new BaseComparer().compare(draft, RES));
    for (let k = 1; k < ins.length; k++) {
      const a = ins[k - 1]!.at;
      const b = ins[k]!.at;
      assert.ok(a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset));
    }
  });

  test('a paragraph equal to the base once white space is folded anchors, even after leading white space', () => {
    // Found by the property below (seeds -722460003, 1329117365, -512134301, 1652010354): the item
    // label was read from the text as written, so `\ta)\tthe` and `a) the` got different keys and an
    // elision before them swallowed the base paragraph; reject-all then differed from the base.
    const cases: [string[], string[], ConstructorParameters<typeof BaseComparer>[0]][] = [
      [['…', 'b) of', '\ta)\tthe\t'], ['a) the'], {}],
      [['…', '\ta)\tthe\t'], ['a) the'], {}],
      [['b)', '\tb)\t- ; -\t'], ['the', 'b) - ; -'], { splitGapChars: 0 }],
      [['…', 'a) of', '\tb)\tthe\t'], ['b) the'], {}],
    ];
    for (const [draft, base, opts] of cases) check(draft, base, new BaseComparer(opts));
    const cmp = new BaseComparer().compare(['…', '\ta)\tthe\t'], ['a) the']);
    assert.ok(cmp.identical);
    assert.deepEqual(cmp.segments.map((s) => s.kind), ['elision', 'equal']);
  });

  test('property: random edits round-trip through the marks', () => {
    const word = fc.constantFrom('the', 'of', 'ITU', 'users', 'spam', 'a)', 'b)', 'to', 'Study', 'Group', '17', ',', ';', 'protection', 'and', '-');
    const para = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('word' as const), at: fc.nat(), word }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(), para }),
      fc.record({ kind: fc.constant('space' as const), at: fc.nat(), ws: fc.constantFrom('\t', '\u00a0', '\u2003', '\u3000 ', '  ', '\ufeff', ' \u202f') }),
      fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('elide' as const), at: fc.nat(), n: fc.nat(3) }),
    );
    // The default comparer, one that always falls back, and one that always pairs paragraphs on trigrams.
    const options = fc.constantFrom({}, { maxEditLength: 2 }, { splitGapChars: 0 });
    fc.assert(
      fc.property(fc.array(para, { maxLength: 10 }), fc.array(edit, { maxLength: 6 }), options, (base, edits, opts) => {
        let draft = base.slice();
        for (const e of edits) {
          const at = draft.length ? e.at % draft.length : 0;
          if (e.kind === 'word' && draft.length) {
            const ws = draft[at]!.split(' ');
            ws[e.at % ws.length] = e.word;
            draft[at] = ws.join(' ');
          } else if (e.kind === 'drop' && draft.length) draft.splice(at, 1);
          else if (e.kind === 'add') draft.splice(at, 0, e.para);
          else if (e.kind === 'space' && draft.length) draft[at] = e.ws + draft[at]!.replace(' ', e.ws) + e.ws;
          else if (e.kind === 'join' && at + 1 < draft.length) draft.splice(at, 2, draft[at] + ' ' + draft[at + 1]);
          else if (e.kind === 'elide') draft.splice(at, e.n, '…');
        }
        draft = draft.filter((p) => p.trim() !== '');
        check(draft, base, new BaseComparer(opts));
      }),
      { numRuns: Number(process.env.COMPARE_PROPERTY_RUNS ?? cases(600)) },
    );
  });
});
