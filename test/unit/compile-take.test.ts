// Review 9, J24: taking one party's alternative of a conflict gives that party's own change marked, not the whole
// stretch struck and typed again: a MOD inserting words in a CS provision against a SUP of it (generated: a provision
// and a place at random, seeds printed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, compileTarget, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { lines, ROOT } from './helpers';

class Rng {
  constructor(private s: number) {}
  next(n: number): number {
    this.s = (this.s * 1103515245 + 12345) % 2147483648;
    return Math.floor((this.s / 2147483648) * n);
  }
}

const CS = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cs-1992-rev2006.itu'), 'utf8');
const HEAD = ['Meeting:\tPP-26, Doha, 2026', ''];
const WORDS = ['and promptly', 'in particular', 'as appropriate', 'and the Sectors'];

test('J24: taking the MOD party\'s alternative against a SUP gives its one change, as it marked it (generated)', () => {
  const index = new BaseIndex();
  index.update('cs.itu', CS);
  const cs = index.instrument('cs')!;
  // Provisions of one paragraph, long enough to hold a sentence, with no footnote.
  const candidates = [...new Set(cs.provisions.values())].filter((p) => p.paragraphs.length === 1 && p.numbers.length === 1 && p.paragraphs[0].length > 80 && !p.paragraphs[0].includes('[^'));
  assert.ok(candidates.length > 50);
  for (let seed = 1; seed <= 30; seed++) {
    const rng = new Rng(seed);
    const p = candidates[rng.next(candidates.length)];
    const text = p.paragraphs[0];
    const bodyAt = text.lastIndexOf('\t') + 1;
    const spaces = [...text.slice(bodyAt).matchAll(/ /g)].map((m) => bodyAt + m.index!);
    const at = spaces[rng.next(spaces.length)];
    const words = WORDS[rng.next(WORDS.length)];
    const marked = `${text.slice(0, at)}{++ ${words}++}${text.slice(at)}`;
    const where = `seed ${seed}: CS ${p.number}, "${words}" at ${at}`;
    const files: Record<string, string> = {
      'cs.itu': CS,
      'a.itu': lines('Proposals:\tA', ...HEAD, 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tA/1/1', marked, 'Reasons:\tr.', ''),
      'b.itu': lines('Proposals:\tB', ...HEAD, 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'SUP\tB/1/1', p.number, 'Reasons:\tr.', ''),
    };
    const sources: CompileSource[] = Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) }));
    const c = compileTarget(`CS ${p.number}`, sources, index.lookup);
    assert.ok(c, where);
    const draft = parseDocument(mergedDraft(c));
    const f = checkDocument(draft, { bases: index.lookup }).find((x) => x.code === 'compile.unresolved');
    assert.ok(f, `${where}: a conflict`);
    const fix = [f.fix!, ...(f.fix!.alternatives ?? [])].find((x) => x.title.includes(' A'))!;
    const taken = parseDocument(applyEdits(draft.text, fix.edits));
    // Its one insertion of as many words (where the text around repeats them, ` as appropriate` before ` as` may
    // read `appropriate as `: the same text), attributed to it; the rest of the provision unmarked; its new text the party's.
    const revisions = taken.marks.filter((m) => m.kind !== 'comment');
    assert.deepEqual(revisions.map((m) => [m.kind, taken.text.slice(m.newText!.start, m.newText!.end).trim().length]), [['insertion', words.length]], where);
    assert.match(taken.text.slice(revisions[0].end), /^\{>>@A<<\}/, where);
    const now = `${text.slice(0, at)} ${words}${text.slice(at)}`;
    assert.ok(taken.views.new.paragraphs.some((x) => now.endsWith(x.text) && x.text.length >= now.length - bodyAt), `${where}\n${taken.text}`);
  }
});
