// A party's two proposals on one text in conflict (two ADDs of one WRC placeholder in one contribution, the fault of
// the sixteenth session's RCC contribution written for the test, test/fixtures/kinds-written/wrc-rcc-8a1.itu, or a
// party's MODs in two contributions): the merged draft named both alternatives by the party, `[RCC: The] [RCC: In
// Kazakhstan, the]`, and neither the secretariat nor the quick fix could tell them apart. Now they are named by
// their ids, read back as alternatives, and taking one gives that proposal's text. Generated: RR footnote
// sentences of the real Article 5 fixture, two wordings each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, compileTarget, mergedDraft, parseDocument, type CompileSource } from '../../server/src/core';
import { seeded } from '../support/random';
import { cases } from '../support/scale';
import { lines, ROOT } from './helpers';

const RR = fs.readFileSync(path.join(ROOT, 'test/fixtures/provisions/rr-article5.itu'), 'utf8');
const SENTENCES = RR.split('\n').filter((l) => /^5\.\d+[A-Z]?\t.{60,}/.test(l)).map((l) => l.slice(l.indexOf('\t') + 1).replace(/\s+\(WRC-\d+\)$/, ''));
const PREFIXES = ['In Kazakhstan, ', 'In Region 1, ', 'Subject to agreement under No. 9.21, '];

test('a party\'s two conflicting proposals on one text are alternatives named by their ids; taking one gives its text', () => {
  const rnd = seeded(827);
  const index = new BaseIndex();
  index.update('rr.itu', RR);
  assert.ok(SENTENCES.length >= 3);
  for (let c = 0; c < cases(20); c++) {
    const base = SENTENCES[Math.floor(rnd() * SENTENCES.length)];
    const prefix = PREFIXES[Math.floor(rnd() * PREFIXES.length)];
    const other = prefix + base[0].toLowerCase() + base.slice(1);
    const twoFiles = rnd() < 0.5;
    const add = (seq: number, text: string) => [`ADD\tRCC/8A1/${seq}`, `5.A1\t${text}     (WRC-27)`, 'Reasons:\tr.', ''];
    const head = ['Proposals:\tRCC', '', 'ARTICLE 5', '', 'Frequency allocations', ''];
    const files: Record<string, string> = twoFiles
      ? { 'rr.itu': RR, 'a.itu': lines(...head, ...add(1, base)), 'b.itu': lines('Proposals:\tRCC', 'Revision:\t1', '', 'ARTICLE 5', '', ...add(2, other)) }
      : { 'rr.itu': RR, 'a.itu': lines(...head, ...add(1, base), ...add(2, other)) };
    const sources: CompileSource[] = Object.entries(files).map(([location, t]) => ({ location, doc: parseDocument(t) }));
    const where = `case ${c}: "${prefix}"${twoFiles ? ', two files' : ''}`;
    const compiled = compileTarget('RR 5.A1', sources, index.lookup);
    assert.ok(compiled, where);
    const draft = mergedDraft(compiled);
    assert.ok(draft.includes('[RCC/8A1/1: ') && draft.includes('[RCC/8A1/2: '), `${where}\n${draft}`);
    assert.ok(!/\[RCC: /.test(draft), `${where}\n${draft}`);
    const doc = parseDocument(draft);
    const unresolved = checkDocument(doc, { bases: index.lookup }).filter((f) => f.code === 'compile.unresolved');
    assert.ok(unresolved.length > 0, where);
    for (const [seq, wanted] of [[1, base], [2, other]] as const) {
      // Every conflict resolved for the one proposal: its text, whole.
      let text = draft;
      for (let k = 0; k < 10; k++) {
        const f = checkDocument(parseDocument(text), { bases: index.lookup }).find((x) => x.code === 'compile.unresolved');
        if (!f) break;
        const fix = [f.fix!, ...(f.fix!.alternatives ?? [])].find((x) => x.title.includes(`RCC/8A1/${seq}`));
        assert.ok(fix, `${where}: ${[f.fix!, ...(f.fix!.alternatives ?? [])].map((x) => x.title).join(' | ')}`);
        text = applyEdits(text, fix.edits);
      }
      const added = parseDocument(text).views.new.paragraphs.find((p) => p.text.startsWith('5.A1'));
      assert.equal(added?.text.replace(/\s+/g, ' ').trim(), `5.A1 ${wanted} (WRC-27)`.replace(/\s+/g, ' '), `${where}: RCC/8A1/${seq}\n${text}`);
    }
  }
});
