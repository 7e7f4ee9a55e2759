// proposal.cites-suppressed: a contribution that suppresses a provision and, in a text it restates or adds, still
// cites its number (review 3, E26).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeEdits, analyzeNextVersion, applyEdits, BaseIndex, checkDocument, parseDocument } from '../../server/src/core';
import { checkSuppressedCitations } from '../../server/src/core/checks/suppressedCitations';
import { PieceText } from '../../server/src/core/text';
import { lines, ROOT } from './helpers';

/** The Constitution (1992, revised 2006), converted (test/corpus-kinds/README.md): No. 51 cites No. 50. */
const CS = fs.readFileSync(path.join(ROOT, 'test/corpus-kinds/cs-1992-rev2006.itu'), 'utf8');
const inForce = (n: string) => CS.split('\n').find((l) => l.startsWith(`${n}\t`))!;

const contribution = (...body: string[]) => lines('Proposals:\tAFCP', 'Document:\t55', 'Addendum:\t4', '', 'CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', ...body);
const SUP_50 = ['SUP\tAFCP/55A4/1', '50', 'Reasons:\tMerged into No. 51.', ''];
const cites = (text: string, withBase = false) => {
  const index = new BaseIndex();
  if (withBase) index.update('cs.itu', CS);
  return checkDocument(parseDocument(text), withBase ? { bases: index.lookup } : {}).filter((f) => f.code === 'proposal.cites-suppressed');
};

test('proposal.cites-suppressed: a MOD restating a citation of the number another proposal suppresses (review 3, E26)', () => {
  const text = contribution(...SUP_50, 'MOD\tAFCP/55A4/2', inForce('51').replace('establish', '{++consider the reports by the Council and ++}establish'), 'Reasons:\tMerged.');
  assert.match(text, /referred to in No\. 50 above/);
  for (const withBase of [false, true]) {
    const found = cites(text, withBase);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['No. 50'], `with the Constitution in the workspace: ${withBase}`);
    assert.match(found[0].message, /cites No\. 50 of the CS, which AFCP\/55A4\/1 suppresses/);
  }
  // The findings of the editor's incremental check are those of the whole check.
  assert.deepEqual(analyzeNextVersion(text).findings.filter((f) => f.code === 'proposal.cites-suppressed'), cites(text));
  // The citation deleted or changed with marks, in the SUP's own Reasons, or no SUP at all: nothing to say.
  assert.deepEqual(cites(text.replace('referred to in No. 50 above', '{--referred to in No. 50 above--}')), []);
  assert.deepEqual(cites(text.replace('No. 50 above', '{~~No. 50~>No. 49~~} above')), []);
  assert.deepEqual(cites(contribution('MOD\tAFCP/55A4/2', inForce('51').replace('establish', '{++consider ++}establish'), 'Reasons:\tx.')), []);
  // A number of another instrument is another provision.
  assert.deepEqual(cites(text.replace('No. 50 above', 'No. 50 of the Convention')), []);
});

test('proposal.cites-suppressed: the Radio Regulations, an ADD citing a number a SUP of the contribution removes (review 3, E26)', () => {
  const text = lines('Proposals:\tEUR', '', 'ARTICLE 5', '', 'SUP\tEUR/16A1/1', '5.447C', 'Reasons:\tNo longer needed.', '',
    'ADD\tEUR/16A1/2', '5.447G\tThe use of the band is subject to No. 5.447C and to RR No. 9.21.     (WRC-27)', 'Reasons:\tx.');
  assert.deepEqual(cites(text).map((f) => text.slice(f.start, f.end)), ['No. 5.447C']);
});

test('proposal.cites-suppressed while typing: each keystroke analysed from its edit (the server\'s path) finds what the whole check finds, without joining the text', () => {
  const texts = [
    contribution(...SUP_50, 'MOD\tAFCP/55A4/2', inForce('51').replace('establish', '{++consider the reports by the Council and ++}establish'), 'Reasons:\tMerged.', ''),
    lines('Proposals:\tEUR', '', 'ARTICLE 5', '', 'SUP\tEUR/16A1/1', '5.447C', 'Reasons:\tNo longer needed.', '',
      'ADD\tEUR/16A1/2', '5.447G\tThe use of the band is subject to No. 5.447C and to RR No. 9.21.     (WRC-27)', 'Reasons:\tx.', ''),
  ];
  for (const text of texts) {
    let a = analyzeNextVersion(text);
    let current = text;
    // Typed into the citing proposal, just before its citation, and then into the SUP's Reasons.
    const places = [(t: string) => t.indexOf('No. 5'), (t: string) => t.indexOf('Reasons:\t') + 'Reasons:\t'.length];
    for (const [place, typed] of [[places[0], 'the '], [places[1], 'now ']] as const) {
      let at = place(current);
      for (const ch of typed) {
        const edit = { start: at, end: at, newText: ch };
        current = applyEdits(current, [edit]);
        const next = analyzeEdits(a, [edit]);
        assert.ok(next, 'made from the edit');
        assert.deepStrictEqual(next.findings, checkDocument(parseDocument(current)));
        a = next;
        at++;
      }
    }
    assert.equal(a.findings.filter((f) => f.code === 'proposal.cites-suppressed').length, 1);
    assert.equal(a.text, current);
    // What the check reads of a text in pieces (the front, then each proposal: what analyzeEdits gives the document
    // families) is the pieces, never the whole text joined; and it finds what it finds in the text.
    const doc = parseDocument(current);
    const starts = doc.proposals.map((p) => p.header.start);
    const pieces = [0, ...starts].map((s, k, all) => current.slice(s, all[k + 1] ?? current.length));
    const summary = { get text(): string { throw new Error('the whole text was read'); }, pieces: new PieceText([0, ...starts], pieces), marks: doc.marks, proposals: doc.proposals };
    assert.deepEqual(checkSuppressedCitations(summary), checkSuppressedCitations(doc));
    assert.equal(checkSuppressedCitations(doc).length, 1);
  }
});
