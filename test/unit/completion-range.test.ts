// A completion item replaces what the delegate has typed of it, as VS Code applies it (review 10, rev-editor):
// without a range of its own an item replaces only the word at the cursor by the language's word pattern, which
// stops at `/`, `.`, `(`, `^` and spaces, so `MOD<TAB>EXA/12` became `MOD<TAB>EXA/EXA/12A3/1`, `[^]` (the `]`
// auto-closed) `[^1]]`, `1.` `1.1.1<TAB>`, `Study Gr` `Study Study Group:`. Generated: every prefix of each item
// typed (with the closer VS Code's autoClosingPairs add after an opened bracket), the item chosen, the line is the
// item's text once; with a BOM before the text too (the cover block was not one after it: no field was offered).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { cases } from '../support/scale';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { DocumentRecord } from '../../server/src/service/record';
import { completion } from '../../server/src/service/editing';
import { MEETINGS } from '../../server/src/service/cover';
import { ROOT } from './helpers';

const WORD = new RegExp(JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')).wordPattern, 'g');

/** What VS Code writes for an item: its textEdit, else its text over the word before the cursor (`editor.suggest.insertMode` "insert"). */
function accept(text: string, line: number, character: number, item: CompletionItem): string {
  const doc = TextDocument.create('file:///t.itu', 'itu', 1, text);
  if (item.textEdit) return TextDocument.applyEdits(doc, [item.textEdit as TextEdit]);
  const lineText = text.split('\n')[line].slice(0, character);
  let start = character;
  for (const m of lineText.matchAll(WORD)) if (m.index! + m[0].length === character) start = m.index!;
  return TextDocument.applyEdits(doc, [{ range: { start: { line, character: start }, end: { line, character } }, newText: item.insertText ?? item.label }]);
}

const HEAD = ['Meeting:\tWTSA-28', 'Document:\t12', 'Addendum:\t3', 'Proposals:\tEXA'];
const RES = ['ADD\tEXA/12A3/1', 'DRAFT NEW RESOLUTION [EXA-1] (Geneva, 2028)', 'A title', 'considering', 'a)\tthat one;', 'resolves', '1\tto act;'];

interface Case {
  name: string;
  /** The document's lines around the line typed, `@` standing for it. */
  lines: string[];
  /** What the line holds before the item is typed. */
  lead: string;
  /** The item's label and the text it writes on the line (after `lead`). */
  label: string;
  written: string;
  /** After the cursor on the line (an auto-closed bracket). */
  after?: (typed: string) => string;
  /** What stays after the item (a mark's closer). */
  kept?: string;
  /** How much of `written` may be typed before the item is chosen (all but its last character by default). */
  typable?: number;
}

const CASES: Case[] = [
  { name: 'cover field name', lines: [...HEAD, '@', '', ...RES], lead: '', label: 'Study Group:', written: 'Study Group:\t', typable: 'Study Group'.length },
  { name: 'cover field value', lines: ['@', 'Document:\t12', '', ...RES], lead: 'Meeting:\t', label: MEETINGS[0].label, written: MEETINGS[0].label },
  { name: 'proposal id', lines: [...HEAD, '', ...RES, '', 'Reasons:\tr.', '', '@', ''], lead: 'MOD\t', label: 'EXA/12A3/2', written: 'EXA/12A3/2' },
  { name: 'footnote', lines: [...HEAD, '', ...RES.slice(0, 4), '@', 'b)\tthat two.', ''], lead: 'a)\tthat one[^', label: '1', written: '1]', after: (t) => (t.includes(']') ? '' : ']') },
  { name: 'decimal sub-clause', lines: [...HEAD, '', ...RES, '@', ''], lead: '', label: '1.1', written: '1.1\t' },
  // In a mark just opened (its closer auto-inserted): the mark stays, the item goes in it.
  { name: 'inserted sub-clause', lines: [...HEAD, '', ...RES.slice(0, 6), '1\tto {~~act~>do~~};', '@', ''], lead: '{++', label: '1.1', written: '1.1\t', after: () => '++}', kept: '++}' },
  { name: '(MOD) header', lines: [...HEAD, '', ...RES, '', 'Reasons:\tr.', '', '@', ''], lead: '', label: '(MOD)', written: '(MOD)\tEXA/12A3/2', typable: '(MOD)'.length, after: (t) => (t.includes('(') && !t.includes(')') ? ')' : '') },
];

test('each completion item, whatever part of it is typed, is written once in place of what is typed', () => {
  fc.assert(fc.property(fc.constantFrom(...CASES), fc.nat(), fc.boolean(), fc.constantFrom('', '\uFEFF'), (c, cut, snippets, bom) => {
    const typed = c.written.slice(0, cut % (c.typable ?? c.written.length));
    const after = c.after?.(typed) ?? '';
    const line = c.lines.indexOf('@');
    // A BOM (FORMAT.md §1: ignored, as a client that keeps it sends it) is no part of the first line.
    const lead = (line === 0 ? bom : '') + c.lead;
    const text = bom + c.lines.map((l) => (l === '@' ? c.lead + typed + after : l)).join('\n');
    const character = lead.length + typed.length;
    const items = completion(new DocumentRecord('file:///ws/exa-12a3.itu', 1, text), { line, character }, { snippets, today: new Date(Date.UTC(2026, 11, 6)) });
    const item = items.find((i) => i.label === c.label);
    assert.ok(item, `${c.name}: no item ${c.label} after ${JSON.stringify(c.lead + typed)}: ${items.map((i) => i.label).join(', ')}`);
    // A snippet's tab stops are the editor's to fill: its first line is what the line reads.
    const got = accept(text, line, character, item).split('\n')[line].replace(/\$\{\d+:([^}]*)\}|\$\d+/g, '$1');
    assert.equal(got, lead + c.written + (c.kept ?? ''), `${c.name}: ${JSON.stringify(c.lead + typed + '|' + after)}`);
  }), { numRuns: cases(300) });
});
