// Review 18: a MOD that inserts items, against a SUP (or a NOC) of the whole Resolution. The SUP deletes the whole text
// and the NOC keeps it as in force: neither has the new item, which the merge wrote as a plain insertion, `single`, so
// that taking the SUP's alternative at every conflict left the new items standing alone in a text deleted. And against
// a SUP every line the MODs keep is a set of alternatives (`{~~resolves~>[AAA: resolves] [BBB: (delete)]~~}`), which the
// draft's check read as no number line and no call: the Resolution was lost, each list after the first a false
// `numbering.duplicate`. Generated: Resolution 52 in force, items inserted at random places, the SUP or NOC by turns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, BaseIndex, checkDocument, compile, listProposals, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { BASE, inForce, RESOLUTION } from '../support/compile';
import { cases } from '../support/scale';

class Rng {
  constructor(private s: number) {}
  next(n: number): number {
    this.s = (this.s * 1103515245 + 12345) % 2147483648;
    return Math.floor((this.s / 2147483648) * n);
  }
}

const LABELLED = /^([a-z]{1,3}|\d+(?:\.\d+)*)\)?\t/;
const fold = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
const body = (s: string) => fold(s.replace(LABELLED, ''));

/** The Resolution's paragraphs (labels left out) once `who`'s alternative is taken at every conflict and its marks accepted, the others' rejected. */
function takenBy(text: string, who: string, index: BaseIndex): string[] {
  let doc = parseDocument(text);
  for (let guard = 0; guard < 100; guard++) {
    const f = checkDocument(doc, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved');
    if (!f) break;
    const mine = [f.fix!, ...(f.fix!.alternatives ?? [])].find((x) => (/^Take the alternative of (.*)$/.exec(x.title)?.[1] ?? '').split(', ').includes(who));
    assert.ok(mine, `${who} has an alternative at every conflict: ${f.message}`);
    doc = parseDocument(applyEdits(doc.text, mine.edits));
  }
  const edits = doc.marks.filter((m) => m.kind !== 'comment' && m.kind !== 'highlight').map((m) => {
    const side = m.author === undefined || m.author.split(', ').includes(who) ? m.newText : m.oldText;
    return { start: m.start, end: m.attribution?.end ?? m.end, newText: side ? doc.text.slice(side.start, side.end) : '' };
  });
  const resolution = parseDocument(applyEdits(doc.text, edits)).views.new.proposals[0]?.resolutions[0];
  return (resolution?.paragraphs ?? []).map((p) => body(p.text)).filter((p) => p !== '');
}

/** The lines of the merged draft's proposal left in its new text once `who`'s side is taken (header and Reasons aside). */
function linesLeft(text: string, who: string, index: BaseIndex): string[] {
  let doc = parseDocument(text);
  for (let guard = 0; guard < 100; guard++) {
    const f = checkDocument(doc, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved');
    if (!f) break;
    const mine = [f.fix!, ...(f.fix!.alternatives ?? [])].find((x) => (/^Take the alternative of (.*)$/.exec(x.title)?.[1] ?? '').split(', ').includes(who))!;
    doc = parseDocument(applyEdits(doc.text, mine.edits));
  }
  const lines = doc.views.new.text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('MOD\t'));
  return lines.slice(header + 1).filter((l) => l.trim() !== '').slice(0, -1);
}

test('compile, generated: a new item against a SUP or NOC of the text is a conflict; taking either side gives that side\'s text; the draft keeps its Resolution', () => {
  const index = new BaseIndex();
  index.update('res52.itu', BASE);
  const lines = RESOLUTION.trimEnd().split('\n');
  const basePars = index.lookup('RESOLUTION 52 (Rev. Dubai, 2012)')!.paragraphs;
  let sups = 0;
  for (let seed = 1; seed <= cases(30, 4); seed++) {
    const rng = new Rng(seed);
    const own = lines.slice();
    for (let n = 1 + rng.next(3); n > 0; n--) {
      const labelled = own.map((l, i) => (LABELLED.test(l) ? i : -1)).filter((i) => i >= 0);
      const at = labelled[rng.next(labelled.length)];
      own.splice(at + 1, 0, `${own[at].slice(0, own[at].indexOf('\t'))}\tthat the new measure number ${seed * 10 + n} applies;`);
    }
    const sup = seed % 2 === 1;
    if (sup) sups++;
    const position = sup ? 'SUP' : 'NOC';
    const sources: CompileSource[] = [
      { location: 'res52.itu', doc: parseDocument(BASE) },
      { location: 'aaa.itu', doc: parseDocument(`Proposals:\tAAA\n\nMOD\tAAA/1/1\n${own.join('\n')}\n\nReasons:\tTo update.\n`) },
      { location: 'bbb.itu', doc: parseDocument(`Proposals:\tBBB\n\n${position}\tBBB/1/1\n${sup ? lines.slice(0, 2).join('\n') : lines.join('\n')}\n\nReasons:\tr.\n`) },
    ];
    const where = `seed ${seed} (${position})`;
    const c = compile('Resolution 52', sources, index.lookup);
    assert.ok(c, where);
    const inserted = c.paragraphs.filter((p) => p.base === null);
    assert.ok(inserted.length > 0, where);
    for (const row of inserted) assert.equal(row.status, 'conflict', `${where}: ${row.versions['AAA/1/1']}`);
    const merged = mergedDraft(c);
    const draft = parseDocument(merged);
    assert.ok(draft.views.new.proposals[0].resolutions[0], `${where}: the draft's new text is read as the Resolution`);
    const numbering = checkDocument(draft, { bases: index.lookup }).filter((f) => f.code.startsWith('numbering.'));
    assert.deepEqual(numbering.map((f) => `${f.code}: ${f.message}`), [], where);
    // BBB's side: nothing left (SUP), or the text in force (NOC); AAA's: its own text.
    assert.deepEqual(takenBy(merged, 'BBB', index), sup ? [] : basePars.map(body), `${where}: BBB's side\n${merged}`);
    // The merge reletters the cross-references to the items after a new one (`recognizing further c) above` → `d)`): AAA's own text does not.
    const unreferenced = (t: string) => t.replace(/\b[a-z]{1,3}\) above/g, '…) above');
    const aaa = parseDocument(sources[1].doc.text).views.new.proposals[0].resolutions[0].paragraphs.map((p) => unreferenced(body(p.text))).filter((p) => p !== '');
    assert.deepEqual(takenBy(merged, 'AAA', index).map(unreferenced), aaa, `${where}: AAA's side`);
  }
  assert.ok(sups > 0);
});

// The same in the texts in force of other languages the repository holds (one item inserted after a random one, against a
// SUP): taking the SUP's side everywhere strikes every line. An Arabic sub-item `‘1’` is a label before Arabic words only,
// and the fix taking the SUP's alternative read it as none: `‘1’<TAB>` was left standing, empty (review 18).
const IN_FORCE = [
  'test/fixtures/amend/base-pp22-res101-fr.itu',
  'test/fixtures/amend/base-wtdc22-res15-es.itu',
  'test/fixtures/languages/unseen/ru-base.itu',
  'test/fixtures/languages/unseen/ar-base.itu',
  'test/fixtures/review18/pp-ru/base-pp22-res205-ru.itu',
];

test('compile, generated: in French, Spanish, Russian and Arabic, taking the SUP\'s side everywhere leaves nothing, the MOD\'s side its text', () => {
  const rng = new Rng(18);
  for (const file of IN_FORCE) {
    const { text, body: lines, index } = inForce(file);
    const labelled = lines.map((l, k) => (/^\S{1,5}\t/u.test(l) && k > 3 ? k : -1)).filter((k) => k >= 0);
    for (let c = 0; c < cases(3, 1); c++) {
      const at = labelled[rng.next(labelled.length)];
      const own = lines.slice();
      own.splice(at + 1, 0, `${own[at].slice(0, own[at].indexOf('\t'))}\t${own[at].slice(own[at].indexOf('\t') + 1, own[at].indexOf('\t') + 12)} ${c}`);
      const sources: CompileSource[] = [
        { location: 'base.itu', doc: parseDocument(text) },
        { location: 'aaa.itu', doc: parseDocument(`Proposals:\tAAA\n\nMOD\tAAA/1/1\n${own.join('\n')}\n\nReasons:\tr.\n`) },
        { location: 'bbb.itu', doc: parseDocument(`Proposals:\tBBB\n\nSUP\tBBB/1/1\n${lines.slice(0, 2).join('\n')}\n\nReasons:\tr.\n`) },
      ];
      const where = `${file}: after line ${at}`;
      const c0 = compile(listProposals(sources)[0].target, sources, index.lookup);
      assert.ok(c0, where);
      const merged = mergedDraft(c0);
      assert.deepEqual(linesLeft(merged, 'BBB', index), [], `${where}\n${merged}`);
      assert.equal(takenBy(merged, 'AAA', index).length, lines.length + 1, where);
    }
  }
});
