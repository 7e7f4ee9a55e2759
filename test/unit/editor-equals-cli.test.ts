// Every contribution the project holds, checked as the editor checks it (core/incremental.ts: proposal by proposal,
// each with the front alone) and as the command line does (the whole document), with the texts in force of its own
// folder: the same findings. The per-proposal check reads what a proposal's text alone says; what it takes from the
// proposals around it (an ARTICLE or appendix heading before it, an annex another proposal amends) sends the text to
// the whole check. Each difference found here was a fault the editor alone showed (sixteenth and seventeenth sessions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeNextVersion, BaseIndex, checkDocument, parseDocument, type Finding } from '../../server/src/core';
import { ROOT } from './helpers';

function folders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name.endsWith('.itu')) ? [dir] : [];
  return [...here, ...entries.filter((e) => e.isDirectory() && e.name !== 'node_modules').flatMap((e) => folders(path.join(dir, e.name)))];
}

test('the editor finds in every contribution the project holds what the command line finds', () => {
  const key = (f: Finding) => `${f.code}@${f.start}-${f.end}: ${f.message}`;
  let compared = 0;
  let withProposals = 0;
  for (const dir of [...folders(path.join(ROOT, 'test')), ...folders(path.join(ROOT, 'examples')), ...folders(path.join(ROOT, '../shared/examples'))]) {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.itu')).sort();
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const index = new BaseIndex();
    files.forEach((f, k) => index.update(f, texts[k]));
    files.forEach((f, k) => {
      const text = texts[k];
      // Large texts in force (no proposal) are checked whole by both.
      if (text.length > 400_000) return;
      const whole = checkDocument(parseDocument(text), { bases: index.lookup }).map(key).sort();
      const analysis = analyzeNextVersion(text, { bases: index.lookup });
      assert.deepEqual(analysis.findings.map(key).sort(), whole, path.relative(ROOT, path.join(dir, f)));
      compared++;
      if (analysis.work !== 'whole') withProposals++;
    });
  }
  assert.ok(compared > 60 && withProposals > 30, `${compared} texts, ${withProposals} checked proposal by proposal`);
});

/**
 * An instrument heading typed with revision marks in one proposal (`{++RADIO REGULATIONS++}`, `RADIO {++REGULATIONS++}`,
 * `{~~CONSTITUTION …~>RADIO REGULATIONS~~}`) puts the proposals after it under that instrument in the whole parse (its
 * paragraphs are read in their new text). Read as written, the editor checked them under the front's instrument: a MOD
 * of RR 5.338A read as no provision of the CS (base.provision-unidentified in the editor, its untracked changes on the
 * command line). Each form, each instrument the front names or none, each placement of the marks: the same findings.
 */
test('a heading typed with revision marks in one proposal: the editor finds what the command line finds', () => {
  const P = path.join(ROOT, 'test/fixtures/provisions');
  const index = new BaseIndex();
  for (const f of ['rr-article5.itu', 'cs-article1.itu']) index.update(f, fs.readFileSync(path.join(P, f), 'utf8'));
  const key = (f: Finding) => `${f.code}@${f.start}-${f.end}: ${f.message}`;
  const names = ['RADIO REGULATIONS', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION'];
  const forms = [
    (h: string) => `{++${h}++}`,
    (h: string) => `${h.split(' ')[0]} {++${h.split(' ').slice(1).join(' ')}++}`,
    (h: string, other: string) => `{~~${other}~>${h}~~}`,
    (h: string) => `{>>a note<<}${h}`,
    (h: string, other: string) => `{--${other}--}${h}`,
    (h: string) => `  {++${h}++}  `,
  ];
  const later = [
    'MOD\tEUR/12A1/2\n5.338A\tIn the bands {--1 350-1 400 MHz--}{++1 350-1 375 MHz++}, Resolution 750 applies.\nReasons:\tWhy.\n',
    'MOD\tEUR/12A1/2\n3\t1\tThe purposes of the Union are to {++maintain++} cooperation.\nReasons:\tWhy.\n',
  ];
  let compared = 0;
  for (const front of ['', ...names]) {
    for (const [i, form] of forms.entries()) {
      for (const [h, name] of names.entries()) {
        for (const after of later) {
          const heading = form(name, names[1 - h]);
          const text = `Meeting:\tPlenipotentiary Conference (PP-26)\nDocument:\t12\nAddendum:\t1\nProposals:\tEUR\n\n${front ? `${front}\n\n` : ''}MOD\tEUR/12A1/1\n${heading}\n\nReasons:\tA heading.\n\n${after}`;
          const whole = checkDocument(parseDocument(text), { bases: index.lookup }).map(key).sort();
          const analysis = analyzeNextVersion(text, { bases: index.lookup });
          assert.deepEqual(analysis.findings.map(key).sort(), whole, `front ${JSON.stringify(front)}, form ${i}: ${heading}\n${after}`);
          compared++;
        }
      }
    }
  }
  assert.equal(compared, 3 * forms.length * names.length * later.length);
});
