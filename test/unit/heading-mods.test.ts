// Review 9, J23: a MOD restating an Article's heading and title (CS, CV, RR) is compared with the heading in force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { lines, ROOT } from './helpers';

const KINDS = path.join(ROOT, 'test/corpus-kinds');
const FILES: [string, string][] = [['cs-1992-rev2006.itu', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION'], ['cv-1992-rev2006.itu', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION'], ['rr-2012-art1-9.itu', 'RADIO REGULATIONS']];
const index = new BaseIndex();
for (const [f] of FILES) index.update(f, fs.readFileSync(path.join(KINDS, f), 'utf8'));
const ARTICLE = /^(?:Article|ARTICLE) \d+[A-Z]?$/;

/** Every Article heading in force with its title line (the heading and the line after it), by instrument. */
function articles(instrumentTitle: string): [string, string][] {
  const key = /CONSTITUTION/.test(instrumentTitle) ? 'cs' : /CONVENTION/.test(instrumentTitle) ? 'cv' : 'rr';
  const text = index.instrument(key)!;
  const h = text.headings ?? [];
  return h.flatMap((x, j) => (ARTICLE.test(x.text) && h[j + 1] && h[j + 1].line === x.line + 1 && !ARTICLE.test(h[j + 1].text) ? [[x.text, h[j + 1].text] as [string, string]] : []));
}
const draft = (title: string, ...body: string[]) => lines('Meeting:\tPP-26, Doha, 2026', 'Proposals:\tARB', '', title, '', 'MOD\tARB/99/1', ...body, 'Reasons:\tr.');
const checked = (text: string): Finding[] => checkDocument(parseDocument(text), { bases: index.lookup });
const run = (title: string, ...body: string[]): Finding[] => checked(draft(title, ...body));
const codes = (f: Finding[]) => f.map((x) => x.code).filter((c) => c.startsWith('base.') || c === 'proposal.mod-without-changes');

test('J23: every Article title in force, changed without marks in a MOD, is an untracked change; restated unchanged it changes nothing; marked, it is clean', () => {
  let n = 0;
  for (const [, title] of FILES) {
    const list = articles(title);
    assert.ok(list.length >= 3, `${title}: ${list.length} Articles read`);
    for (const [heading, name] of list) {
      n++;
      const changed = run(title, heading, `${name} and beyond`);
      assert.deepEqual(codes(changed), ['base.untracked-change'], `${heading} ${name}`);
      assert.match(changed.find((f) => f.code === 'base.untracked-change')!.message, /and beyond/);
      // Its fix wraps the change in marks, and the text so marked is clean.
      const fix = changed.find((f) => f.code === 'base.untracked-change')!.fix!;
      assert.deepEqual(codes(checked(applyEdits(draft(title, heading, `${name} and beyond`), fix.edits))), [], `${heading} ${name} fixed`);
      assert.deepEqual(codes(run(title, heading, `${name}{++ and beyond++}`)), [], `${heading} ${name} marked`);
      // In capitals (as Word imports write it) the heading is the same heading.
      assert.deepEqual(codes(run(title, heading.toUpperCase(), `${name} and beyond`)), ['base.untracked-change'], `${heading.toUpperCase()} ${name}`);
      assert.deepEqual(codes(run(title, heading, name)), ['proposal.mod-without-changes'], `${heading} ${name} unchanged`);
    }
  }
  assert.ok(n >= 30, `${n} Articles`);
});

test('J23 case: cases/art-title, `Plenipotentiary Conferences and their agenda` for `Plenipotentiary Conference`, with and without the target named', () => {
  const body = ['Article 8', 'Plenipotentiary Conferences and their agenda'];
  for (const header of ['MOD\tARB/99/1', 'MOD\tARB/99/1\tCS Article 8']) {
    const doc = parseDocument(lines('Meeting:\tPP-26, Doha, 2026', 'Proposals:\tARB', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', header, ...body, 'Reasons:\tr.'));
    const found = checkDocument(doc, { bases: index.lookup });
    assert.deepEqual(codes(found), ['base.untracked-change'], header);
    assert.match(found[0].message, /base says 'Conference', draft says 'Conferences and their agenda'/);
  }
});
