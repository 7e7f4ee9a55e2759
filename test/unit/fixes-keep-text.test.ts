// A fix in a MOD changes the new text only: the old text is the text in force, and a fix that changed it
// plainly would be an untracked change the meeting never sees (review D1, D11, D4, D5, D28). Checked over
// the simulator's MOD drafts (first drafts, relettered and bis columns, every policy; and each with an
// inserted item rejected, D28) and over each
// meeting of the shared AFCP example made stale in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { resolveMark } from '../../server/src/core/review';
import { bodyPool, draft, makeCase, type Column } from '../sim/cases';
import { loadSources } from '../sim/sources';
import { readShared } from './helpers';
import { cases } from '../support/scale';

/** Every edit set a finding offers: its fix and each alternative. */
function offered(f: Finding): { title: string; edits: { start: number; end: number; newText: string }[] }[] {
  return f.fix ? [f.fix, ...(f.fix.alternatives ?? [])] : [];
}

/** Families whose fixes rewrite words of the amended text (marks, ids, reasons and base fixes edit otherwise). */
const TEXT_FIXES = /^(numbering|resolution|reference)\./;

function assertOldTextKept(text: string, where: string): number {
  const old = parseDocument(text).views.old.text;
  let n = 0;
  for (const policy of ['reletter', 'bis'] as const) {
    for (const f of checkDocument(parseDocument(text), { numberingPolicy: policy })) {
      if (!TEXT_FIXES.test(f.code)) continue;
      for (const fix of offered(f)) {
        const after = applyEdits(text, fix.edits);
        assert.equal(parseDocument(after).views.old.text, old, `${where}: ${f.code} "${fix.title}" changed the old text`);
        assert.doesNotMatch(after, /\{~~([^~{}]*)~>\1~~\}/, `${where}: ${f.code} "${fix.title}" wrote a substitution that changes nothing`);
        n++;
      }
    }
  }
  return n;
}

test('over simulated MODs, no numbering, meeting or reference fix changes the old text or writes a no-op mark', () => {
  const sources = loadSources('texts');
  const pool = bodyPool(sources);
  let fixes = 0;
  for (let seed = 1; seed <= cases(60); seed++) {
    const c = makeCase(seed, sources, pool);
    if (!c) continue;
    for (const column of ['first', 'reletter', 'bis'] as Column[]) {
      if (column === 'bis' && !c.bisApplies) continue;
      const text = draft(c, column, true).text;
      fixes += assertOldTextKept(text, `seed ${seed} ${column}`);
      // The delegate rejects an inserted item ("Reject change"): relabelled items after it now go back.
      const doc = parseDocument(text);
      const inserted = doc.marks.find((m) => m.kind === 'insertion' && /^\n?[a-z0-9.]+\)?\t/.test(text.slice(m.newText!.start, m.newText!.end)));
      if (inserted) fixes += assertOldTextKept(applyEdits(text, [resolveMark(doc, inserted, 'reject')]), `seed ${seed} ${column}, insertion rejected`);
    }
  }
  assert.ok(fixes > cases(50), `fixes were tried (${fixes})`);
});

test('each meeting of the AFCP MOD left as in force: the fix keeps the old text and leaves no meeting mismatch', () => {
  const src = readShared('examples/afcp-42a25-res52.itu');
  const stale = [
    ['(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012{++; Hammamet, 2016++})', '(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)'],
    ['Assembly ({--Dubai, 2012--}{++Hammamet, 2016++}),', 'Assembly (Dubai, 2012),'],
  ];
  for (const [marked, plain] of stale) {
    assert.ok(src.includes(marked), marked);
    const text = src.replace(marked, plain);
    const found = checkDocument(parseDocument(text)).filter((f) => f.code === 'resolution.meeting-mismatch');
    assert.equal(found.length, 1, plain);
    assertOldTextKept(text, plain);
    const after = applyEdits(text, found[0].fix!.edits);
    assert.deepEqual(checkDocument(parseDocument(after)).filter((f) => f.code === 'resolution.meeting-mismatch'), [], plain);
  }
});
