// The language-server side of the editor features (issue 15): cover-block completion, the new
// contribution's skeleton, projections with a mapped position, Compare with base's answers,
// inserting marks from the base, accept/reject code actions, and the theme colours' contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { CodeActionKind, InsertTextFormat } from 'vscode-languageserver-types';
import { applyEdits, BaseIndex, checkDocument, parseDocument, simplePool, type TextEdit } from '../../server/src/core';
import { DocumentRecord } from '../../server/src/service/record';
import { completion, format } from '../../server/src/service/editing';
import { MEETINGS } from '../../server/src/service/cover';
import { contributionSkeleton } from '../../server/src/service/skeleton';

/** The meeting the skeleton tests write for (a WTSA: its Resolutions are the examples'). */
const WTSA24 = MEETINGS.find((m) => m.label.startsWith('WTSA-24,'))!.label;
import { baseComparison, marksOf, projectionOf, trackEdits } from '../../server/src/service/custom';
import { codeActions } from '../../server/src/service/codeActions';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { lines, ROOT, SHARED } from './helpers';
import { pathToFileURL } from 'url';

const BASE = lines(
  'RESOLUTION 99 (Rev. Geneva, 2022)',
  'Testing the drafting tools',
  '(Hammamet, 2016; Geneva, 2022)',
  'The World Telecommunication Standardization Assembly (Geneva, 2022),',
  'considering',
  'a)\tthat one thing is known;',
  'b)\tthat another is not,',
  'resolves',
  '1\tto study both.',
);

function index(): BaseIndex {
  const i = new BaseIndex();
  i.update('file:///ws/res99.itu', BASE);
  return i;
}

function stateOf(text: string, bases?: BaseIndex): DocumentRecord {
  return new DocumentRecord('file:///ws/draft.itu', 1, text, bases && { lookup: bases.lookup, generation: () => bases.generation, pool: simplePool() });
}

const at = (text: string, needle: string, delta = 0) => {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `no ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};
const TODAY = new Date(Date.UTC(2026, 11, 4));
const complete = (text: string, needle: string, delta = 0) =>
  completion(stateOf(text), at(text, needle, delta), { snippets: true, today: TODAY });

test('cover block: Ctrl+Space offers the missing fields, not proposal headers or call phrases', () => {
  const text = lines('Meeting:\tWTSA-24, New Delhi, 15-24 October 2024', 'Mee', '', 'ADD\tXX/1A1/1', 'Text.', 'Reasons:\tr.');
  const items = complete(text, 'Mee\n', 3);
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('Document:') && labels.includes('Proposals:') && labels.includes('Source:'), labels.join(', '));
  assert.ok(!labels.includes('Meeting:'), 'a field already there is not offered again');
  assert.ok(!labels.some((l) => /^(MOD|ADD|invites|considering)/.test(l)), `not a cover item: ${labels.join(', ')}`);
  assert.equal(items.find((i) => i.label === 'Document:')!.insertText, 'Document:\t');
  // An empty file: the fields first, then the proposal kinds.
  const empty = completion(stateOf(''), { line: 0, character: 0 }, { snippets: true, today: TODAY }).map((i) => i.label);
  assert.equal(empty[0], 'Meeting:');
  assert.ok(empty.includes('MOD'));
});

test('cover block: after "Meeting:<TAB>" the ITU meetings, after "Date:<TAB>" today', () => {
  const text = lines('Meeting:\t', 'Date:\t', '');
  const meetings = complete(text, 'Meeting:\t', 9).map((i) => i.label);
  assert.deepEqual(meetings, MEETINGS.map((m) => m.label));
  assert.deepEqual(complete(text, 'Date:\t', 6).map((i) => i.label), ['4 December 2026']);
  // Below the cover block, the same words are no field.
  const body = lines('Meeting:\tWTSA-24', '', 'Mee');
  assert.ok(!complete(body, '\nMee', 4).some((i) => i.label === 'Document:'));
});

test('completion without snippet support (Neovim): proposal headers as plain text with the next id, calls without tab stops', () => {
  const text = lines('Proposals:\tXX', 'Document:\t7', 'Addendum:\t1', '', 'ADD\tXX/7A1/1', 'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)', 'Title', 'considering', 'a)\tthat x;', '', 'Reasons:\tr.', '', '');
  const plain = (line: number) => completion(stateOf(text), { line, character: 0 }, { snippets: false, today: TODAY });
  const mod = plain(12).find((i) => i.label === 'MOD')!;
  assert.equal(mod.insertText, 'MOD\tXX/7A1/2');
  assert.notEqual(mod.insertTextFormat, InsertTextFormat.Snippet);
  const call = plain(9).find((i) => i.label === 'resolves');
  assert.ok(call && call.insertText === undefined && call.insertTextFormat === undefined, JSON.stringify(call));
  // With snippets, a call opens its first item.
  const snippet = completion(stateOf(text), { line: 9, character: 0 }, { snippets: true, today: TODAY }).find((i) => i.label === 'resolves')!;
  assert.equal(snippet.insertText, 'resolves\n1\t$0');
});

test('new contribution: cover, introduction and a MOD started from the base with the meeting in revision marks', () => {
  const bases = index();
  const text = contributionSkeleton(
    { meeting: WTSA24, document: '42', addendum: '7', source: 'Someland', proposals: 'SML', targets: ['RESOLUTION 99 (Rev. Geneva, 2022)'], newTexts: ['On testing'] },
    bases.lookup,
    TODAY,
  );
  assert.match(text, /^Meeting:\tWTSA-24, New Delhi, 15-24 October 2024\nDocument:\t42\nAddendum:\t7\n/);
  assert.match(text, /\nProposals:\tSML\n/);
  assert.match(text, /\nMOD\tSML\/42A7\/1\nRESOLUTION 99 \(Rev\. \{--Geneva, 2022--\}\{\+\+New Delhi, 2024\+\+\}\)\n/);
  assert.match(text, /\n\(Hammamet, 2016; Geneva, 2022\{\+\+; New Delhi, 2024\+\+\}\)\n/);
  assert.match(text, /\nThe World Telecommunication Standardization Assembly \(\{--Geneva, 2022--\}\{\+\+New Delhi, 2024\+\+\}\),\n/);
  assert.match(text, /\nADD\tSML\/42A7\/2\tDRAFT NEW RESOLUTION \[SML-2\]\n/);
  // The skeleton checks clean: ids, prefix, reasons, and no change without marks against the base.
  const findings = checkDocument(parseDocument(text), { bases: bases.lookup }).filter((f) => f.severity === 'error' || f.code.startsWith('base.') || f.code.startsWith('proposal.'));
  assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), []);
  // Accepting every mark gives the base with the new meeting.
  const doc = parseDocument(text);
  assert.ok(doc.views.new.text.includes('RESOLUTION 99 (Rev. New Delhi, 2024)\nTesting the drafting tools\n(Hammamet, 2016; Geneva, 2022; New Delhi, 2024)\n'));
});

test('new contribution without an addendum (TSAG, study groups): ids SOURCE/DOC/n, no Addendum field, nothing "undefined"', () => {
  const bases = index();
  for (const addendum of [undefined, '', '  ']) {
    const text = contributionSkeleton(
      { meeting: WTSA24, document: '21', addendum, source: 'Someland', proposals: 'SML', targets: ['RESOLUTION 99 (Rev. Geneva, 2022)'], newTexts: ['On testing'] },
      bases.lookup,
      TODAY,
    );
    const where = JSON.stringify(addendum);
    assert.doesNotMatch(text, /undefined|Addendum:/, where);
    assert.match(text, /\nMOD\tSML\/21\/1\n/, where);
    assert.match(text, /\nADD\tSML\/21\/2\tDRAFT NEW RESOLUTION \[SML-2\]\n/, where);
    const findings = checkDocument(parseDocument(text), { bases: bases.lookup }).filter((f) => f.severity === 'error' || f.code.startsWith('proposal.'));
    assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), [], where);
  }
});

test('projection: a source position maps into the new text; the old text of an unmarked MOD is its base', () => {
  const marked = lines('MOD\tXX/1A1/1', 'RESOLUTION 99 (Rev. {--Geneva, 2022--}{++New Delhi, 2024++})', 'Testing the drafting tools', 'Reasons:\tr.');
  const p = projectionOf(stateOf(marked), 'new', at(marked, 'Testing'));
  assert.equal(p.text.split('\n')[p.position!.line], 'Testing the drafting tools');
  assert.equal(p.position!.character, 0);
  assert.ok(!/\{\+\+|\{--/.test(p.text));

  const bases = index();
  const unmarked = lines('MOD\tXX/1A1/1', ...BASE.replace('that one thing is known', 'that one thing is well known').replace('b)\tthat another is not,\n', '').trimEnd().split('\n'), 'Reasons:\tr.');
  const s = stateOf(unmarked, bases);
  const old = projectionOf(s, 'old', at(unmarked, 'resolves'));
  assert.ok(old.text.includes('a)\tthat one thing is known;\nb)\tthat another is not,\nresolves\n'), old.text);
  assert.equal(old.text.split('\n')[old.position!.line], 'resolves', 'the cursor line follows the inserted base paragraph');
  assert.equal(projectionOf(s, 'new').text, unmarked, 'the new text of an unmarked MOD is the file');
  // The marks result counts one proposal with unmarked changes.
  assert.deepEqual(marksOf(s).proposals.map((x) => [x.title, x.marks, x.unmarked > 0]), [['MOD XX/1A1/1', 0, true]]);
});

test('Compare with base: an ADD has no base, a MOD without one says which text is missing', () => {
  const text = lines('ADD\tXX/1A1/1', 'New text.', 'Reasons:\tr.', '', 'MOD\tXX/1A1/2', 'RESOLUTION 7 (Rev. Geneva, 2022)', 'Title', 'Reasons:\tr.', '', 'MOD\tXX/1A1/3', ...BASE.trimEnd().split('\n'), 'Reasons:\tr.');
  const s = stateOf(text, index());
  const offset = (needle: string) => text.indexOf(needle);
  assert.deepEqual(baseComparison(s, offset('New text')), { message: 'ADD XX/1A1/1: an ADD is new text and has no base text.' });
  assert.match((baseComparison(s, offset('Title')) as { message: string }).message, /^MOD XX\/1A1\/2: no base text for "RESOLUTION 7 \(Rev\. Geneva, 2022\)"/);
  const third = baseComparison(s, offset('considering'));
  assert.ok('title' in third && third.title === 'MOD XX/1A1/3', JSON.stringify(third));
});

test('compare with base on a SUP or NOC: compared with the part of the text in force it restates, as the check does (D9)', () => {
  const head = BASE.trimEnd().split('\n').slice(0, 2);
  const text = lines('NOC\tXX/1A1/1', head[0], 'Testing the tools', 'Reasons:\tr.', '', 'SUP\tXX/1A1/2', ...head, 'Reasons:\tr.', '', 'NOC\tXX/1A1/3', 'RESOLUTION 7 (Rev. Geneva, 2022)', 'Title', 'Reasons:\tr.');
  const s = stateOf(text, index());
  const offset = (needle: string) => text.indexOf(needle);
  const noc = baseComparison(s, offset('Testing the tools'));
  assert.ok('title' in noc, JSON.stringify(noc));
  assert.equal(noc.title, 'NOC XX/1A1/1');
  // The paragraphs it restates, against those of the text in force (the ones it leaves out are no difference).
  assert.equal(noc.baseText, lines(...head));
  assert.equal(noc.newText, lines(head[0], 'Testing the tools'));
  const sup = baseComparison(s, offset('SUP\t'));
  assert.ok('title' in sup && sup.title === 'SUP XX/1A1/2' && sup.baseText === sup.newText, JSON.stringify(sup));
  // Both say their side is the text in force restated, not a new text (the diff's title: review 5, F16).
  assert.equal(noc.restated, true);
  assert.equal(sup.restated, true);
  const mod = baseComparison(stateOf(lines('MOD\tXX/1A1/1', ...BASE.replace('to study both', 'to study {~~both~>all~~}').trimEnd().split('\n'), 'Reasons:\tr.'), index()), 0);
  assert.ok('title' in mod && mod.restated === undefined, JSON.stringify(mod));
  // No text in force in the workspace: said so, not "only MOD proposals are compared".
  assert.deepEqual(baseComparison(s, offset('Title')), { message: 'NOC XX/1A1/3: no base text for "RESOLUTION 7 (Rev. Geneva, 2022)" in the workspace (setting itu.baseTexts.glob).' });
  // Insert revision marks from the base: a SUP or NOC takes none, and the message says why.
  assert.match(trackEdits(s).message!, /NOC XX\/1A1\/1: a NOC restates the text in force: it takes no revision marks \(the check compares it with the text in force\)/);
});

test('insert revision marks from the base: marks for an unmarked MOD; a message when there is nothing to mark', () => {
  const bases = index();
  const unmarked = lines('MOD\tXX/1A1/1', ...BASE.replace('to study both', 'to study all three').trimEnd().split('\n'), 'Reasons:\tr.');
  const r = trackEdits(stateOf(unmarked, bases));
  assert.ok(r.edits.length > 0 && r.message === undefined);
  const s = stateOf(unmarked);
  const after = applyEdits(unmarked, r.edits.map((e): TextEdit => ({ start: s.offset(e.range.start), end: s.offset(e.range.end), newText: e.newText })));
  const doc = parseDocument(after);
  assert.ok(doc.views.new.text.includes('1\tto study all three.'));
  assert.ok(doc.views.old.text.includes('1\tto study both.'));
  assert.ok(doc.marks.length > 0);
  assert.match(trackEdits(stateOf(lines('ADD\tXX/1A1/1', 'x', 'Reasons:\tr.'), bases)).message!, /no MOD proposal/);
});

test('code actions: accept / reject the change at the cursor (the lightbulb), none where there is no mark', () => {
  const text = lines('MOD\tXX/1A1/1', 'a {--b--}{++c++} d', 'Reasons:\tr.');
  const s = stateOf(text);
  const cursor = at(text, 'b--');
  const actions = codeActions(s, DEFAULT_SETTINGS, [], undefined, { start: cursor, end: cursor });
  const titles = actions.filter((a) => a.kind === CodeActionKind.RefactorRewrite).map((a) => a.title);
  assert.deepEqual(titles, ['Accept this change', 'Reject this change']);
  const edit = (title: string) => {
    const changes = actions.find((a) => a.title === title)!.edit!.changes![s.uri];
    return applyEdits(text, changes.map((e) => ({ start: s.offset(e.range.start), end: s.offset(e.range.end), newText: e.newText })));
  };
  assert.match(edit('Accept this change'), /\na \{\+\+c\+\+\} d\n/);
  assert.match(edit('Reject this change'), /\na b\{\+\+c\+\+\} d\n/);
  const plain = at(text, 'Reasons');
  assert.equal(codeActions(s, DEFAULT_SETTINGS, [], undefined, { start: plain, end: plain }).length, 0);
});

// WCAG contrast of the preview's own colours (package.json "colors") over the editor background
// of VS Code's default themes: Light Modern, Dark Modern, High Contrast, High Contrast Light.
const EDITOR_BACKGROUND: Record<string, string> = { light: '#FFFFFF', dark: '#1F1F1F', highContrast: '#000000', highContrastLight: '#FFFFFF' };

function rgba(hex: string): [number, number, number, number] {
  const h = hex.replace('#', '');
  const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
}
function over(top: string, under: string): [number, number, number] {
  const [r, g, b, a] = rgba(top);
  const [R, G, B] = rgba(under);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('theme colours: inserted and deleted text reach WCAG AA contrast (4.5:1) in light, dark and high-contrast themes', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { colors: { id: string; defaults: Record<string, string> }[] } };
  const color = (id: string) => pkg.contributes.colors.find((c) => c.id === id)!.defaults;
  for (const kind of ['inserted', 'deleted']) {
    const fg = color(`itu.${kind}Text.foreground`);
    const bg = color(`itu.${kind}Text.background`);
    for (const [theme, editor] of Object.entries(EDITOR_BACKGROUND)) {
      const background = over(bg[theme], editor);
      const ratio = contrast(over(fg[theme], editor), background);
      assert.ok(ratio >= 4.5, `${kind} text in ${theme}: contrast ${ratio.toFixed(2)}:1`);
      // The change stays visible without colour vision: a background differing from the editor's, or a border.
      const border = rgba(color(`itu.${kind}Text.border`)[theme])[3];
      assert.ok(contrast(background, rgba(editor).slice(0, 3) as [number, number, number]) > 1.05 || border > 0, `${kind} in ${theme}: not set off`);
    }
  }
});

test('CR and CRLF files: a projection maps the cursor to the right line, and inserted marks break lines as the file does', () => {
  const marked = lines('MOD\tXX/1A1/1', 'RESOLUTION 99 (Rev. {--Geneva, 2022--}{++New Delhi, 2024++})', 'Testing the drafting tools', 'Reasons:\tr.');
  const bases = index();
  const unmarked = lines('MOD\tXX/1A1/1', ...BASE.replace('b)\tthat another is not,\n', '').trimEnd().split('\n'), 'Reasons:\tr.');
  for (const eol of ['\r\n', '\r']) {
    const text = marked.replace(/\n/g, eol);
    const s = stateOf(text);
    const p = projectionOf(s, 'new', s.position(text.indexOf('Testing')));
    assert.deepEqual(p.position, { line: 2, character: 0 }, JSON.stringify(eol));
    const u = unmarked.replace(/\n/g, eol);
    const edits = trackEdits(stateOf(u, bases)).edits;
    assert.ok(edits.length > 0);
    for (const e of edits) assert.ok(!/\n/.test(e.newText.replace(/\r\n/g, '')) || eol === '\r\n', `a bare LF in ${JSON.stringify(e.newText)} (${JSON.stringify(eol)})`);
    assert.ok(edits.some((e) => e.newText.includes(eol)), 'the deleted paragraph stands on a line of its own');
  }
});

/** Every file of the tests that may hold a text in force: fixtures, the shared examples and corpus. */
function baseFiles(): { location: string; text: string }[] {
  const out: { location: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(itu|txt)$/.test(e.name) && !/^(README|SOURCES)/.test(e.name)) out.push({ location: pathToFileURL(p).href, text: fs.readFileSync(p, 'utf8') });
    }
  };
  for (const dir of [path.join(ROOT, 'test/fixtures'), path.join(SHARED, 'examples'), path.join(SHARED, 'corpus')]) walk(dir);
  return out;
}

/** The footnotes a text's references name, in order, each as its definition's words (undefined: no definition). */
function footnotesReferenced(paragraphs: readonly string[], text: string): (string | undefined)[] {
  const defs = new Map([...text.matchAll(/^\[\^([^\]\s]+)\]:[ \t]*(.*?)\s*$/gm)].map((m) => [m[1], m[2]]));
  return paragraphs.flatMap((p) => [...p.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => defs.get(m[1])));
}

test('new contribution: the skeleton defines every footnote it keeps, numbered anew over the contribution, for every text in force the tests have', () => {
  const files = baseFiles();
  const skeleton = (bases: BaseIndex, targets: string[]) => contributionSkeleton({ meeting: WTSA24, document: '35', addendum: '12', source: 'Someland', proposals: 'SML', targets }, bases.lookup, TODAY);
  // What the skeleton must hold: clean footnotes, no change against the text in force, each kept reference defined as in force.
  const verify = (bases: BaseIndex, targets: string[], sources: string[], where: string) => {
    const text = skeleton(bases, targets);
    const doc = parseDocument(text);
    const found = checkDocument(doc, { bases: bases.lookup }).filter((f) => f.code.startsWith('footnote.') || f.code === 'base.untracked-change');
    assert.deepEqual(found.map((f) => `${f.code}: ${f.message}`), [], `${where}\n${text}`);
    targets.forEach((t, k) => {
      const base = bases.lookup(t)!;
      const inForce = footnotesReferenced(base.paragraphs, sources[k]).filter((d) => d !== undefined);
      const restated = doc.views.old.proposals[k].resolutions[0].paragraphs.map((p) => p.text);
      assert.deepEqual(footnotesReferenced(restated, text), inForce, `${where}: ${t}`);
    });
    return text;
  };
  let withFootnotes = 0;
  const all: { numberLine: string; paragraphs: string[] }[] = [];
  for (const file of files) {
    const bases = new BaseIndex();
    bases.update(file.location, file.text);
    for (const b of bases.all()) {
      all.push(b);
      if (b.paragraphs.some((p) => p.includes('[^'))) withFootnotes++;
      verify(bases, [b.numberLine], [file.text], `${file.location}: ${b.numberLine}`);
    }
  }
  assert.ok(all.length > 100 && withFootnotes >= 1, `${all.length} texts in force, ${withFootnotes} with footnotes`);
  // Each text in force given footnotes of its own (numbered, named, one undefined in force), two texts in one contribution.
  const footnoted = (b: { numberLine: string; paragraphs: string[] }, k: number) => {
    const paragraphs = b.paragraphs.map((p, i) => (i === 1 ? `${p}[^1]` : i === b.paragraphs.length - 1 ? `${p}[^note${k}][^2]` : i === 2 ? p.replace(/^(\S+)/, '$1[^7]') : p));
    return [...paragraphs, '', `[^1]:\tFirst note of text ${k}.`, `[^note${k}]:\tA named note.`, `[^2]:\tSecond note of text ${k}.`, ''].join('\n');
  };
  let pairs = 0;
  const long = all.filter((b) => b.paragraphs.length >= 4);
  for (let k = 0; k + 1 < long.length; k++) {
    const [a, b] = [long[k], long[k + 1]];
    if (a.numberLine === b.numberLine) continue;
    const bases = new BaseIndex();
    bases.update('file:///ws/a.itu', footnoted(a, 1));
    bases.update('file:///ws/b.itu', footnoted(b, 2));
    const text = verify(bases, [a.numberLine, b.numberLine], [footnoted(a, 1), footnoted(b, 2)], `${a.numberLine} + ${b.numberLine}`);
    // Numbered in order of first reference over the whole contribution, the reference undefined in force dropped.
    assert.deepEqual([...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]), ['1', 'note1', '2', '3', 'note2', '4'], text);
    assert.ok(!text.includes('[^7]'), text);
    pairs++;
  }
  assert.ok(pairs >= 10, `${pairs} pairs`);
});

test('new contribution on a text in force in any of the six languages: the new meeting in its language and form, in number line, history and formula (generated)', () => {
  const forms: Record<string, { kind: (n: number, rev: string) => string; rev: string; meeting: (place: string, year: number) => string; sep: string; places: Record<string, string>; original: string; name: RegExp }> = {
    en: { kind: (n, r) => `RESOLUTION ${n} (${r})`, rev: 'Rev. ', meeting: (p, y) => `${p}, ${y}`, sep: '; ', places: { dubai: 'Dubai', hammamet: 'Hammamet', geneva: 'Geneva' }, original: 'English', name: /Resolution \d+ \(/ },
    fr: { kind: (n, r) => `RÉSOLUTION ${n} (${r})`, rev: 'Rév. ', meeting: (p, y) => `${p}, ${y}`, sep: '; ', places: { dubai: 'Dubaï', hammamet: 'Hammamet', geneva: 'Genève' }, original: 'French', name: /Résolution \d+ \(/ },
    es: { kind: (n, r) => `RESOLUCIÓN ${n} (${r})`, rev: 'Rev. ', meeting: (p, y) => `${p}, ${y}`, sep: '; ', places: { dubai: 'Dubái', hammamet: 'Hammamet', geneva: 'Ginebra' }, original: 'Spanish', name: /Resolución \d+ \(/ },
    ru: { kind: (n, r) => `РЕЗОЛЮЦИЯ ${n} (${r})`, rev: 'Пересм. ', meeting: (p, y) => `${p}, ${y} г.`, sep: '; ', places: { dubai: 'Дубай', hammamet: 'Хаммамет', geneva: 'Женева' }, original: 'Russian', name: /Резолюция \d+ \(/ },
    zh: { kind: (n, r) => `第${n}号决议（${r}）`, rev: '', meeting: (p, y) => `${y}年，${p}`, sep: '；', places: { dubai: '迪拜', hammamet: '哈马马特', geneva: '日内瓦' }, original: 'Chinese', name: /第\d+号决议 \(/ },
    ar: { kind: (n, r) => `القرار ${n} (${r})`, rev: 'المراجَع في ', meeting: (p, y) => `${p}، ${y}`, sep: '؛ ', places: { dubai: 'دبي', hammamet: 'الحمامات', geneva: 'جنيف' }, original: 'Arabic', name: /القرار \d+ \(/ },
  };
  const held: [string, number][] = [['dubai', 2012], ['hammamet', 2016], ['geneva', 2022]];
  for (const [lang, f] of Object.entries(forms)) {
    const fixture = fs.readFileSync(path.join(ROOT, `test/fixtures/languages/draft-${lang}.itu`), 'utf8').split('\n');
    const body = fixture.slice(fixture.findIndex((l) => l.startsWith('ADD\t')) + 4, fixture.findIndex((l) => /^\S+[:：]\t/.test(l) && fixture.indexOf(l) > 8));
    const formula = fixture[fixture.findIndex((l) => l.startsWith('ADD\t')) + 3];
    held.forEach(([place, year], k) => {
      for (const first of [false, true]) {
        const cited = f.meeting(f.places[place], year);
        const history = held.slice(0, k + 1).map(([p, y]) => f.meeting(f.places[p], y)).join(f.sep);
        const numberLine = f.kind(60 + k, first ? cited : lang === 'zh' ? `${cited}，修订版` : f.rev + cited);
        const base = [numberLine, 'Title', `(${history})`, formula.replace(/[(（][^()（）]*[)）](?=\s*[,،，]\s*$)/u, (m) => m[0] + cited + (m.endsWith('）') ? '）' : ')')), ...body, ''].join('\n');
        const bases = new BaseIndex();
        bases.update(`file:///ws/res-${lang}.itu`, base);
        for (const meeting of MEETINGS.filter((m) => !m.cited.includes(String(year)))) {
          const where = `${lang}, ${numberLine} → ${meeting.cited}`;
          const text = contributionSkeleton({ meeting: meeting.label, document: '35', addendum: '12', source: 'Someland', proposals: 'SML', targets: [numberLine] }, bases.lookup, TODAY);
          assert.match(text, new RegExp(`\\nOriginal:\\t${f.original}\\n`), where);
          assert.match(text.split('\n').find((l) => l.startsWith('Title:'))!, f.name, where);
          const doc = parseDocument(text);
          const all = checkDocument(doc, { bases: bases.lookup });
          const findings = all.filter((x) => x.code !== 'resolution.assembly-mismatch' && (x.code.startsWith('resolution.') || x.code.startsWith('base.') || x.severity === 'error'));
          assert.deepEqual(findings.map((x) => `${x.code}: ${x.message}`), [], where);
          // The text in force is a WTSA Resolution: restated for another conference, its formula says so (h-amend;
          // read in English, French and Spanish).
          const copied = ['en', 'fr', 'es'].includes(lang) && !meeting.assembly.includes('Standardization');
          assert.equal(all.filter((x) => x.code === 'resolution.assembly-mismatch').length, copied ? 1 : 0, where);
          const r = doc.views.new.proposals[0].resolutions[0];
          const year2 = meeting.cited.slice(-4);
          // The number line is the base's with the new meeting and the language's revision word; its
          // history gains the meeting; nothing of another script is written into it.
          const revision = lang === 'zh' ? `${year2}年，` : f.rev;
          assert.ok(r.numberLine.text.includes(revision) && r.numberLine.text.includes(year2), `${where}: ${r.numberLine.text}`);
          if (lang !== 'zh') assert.ok(r.numberLine.text.endsWith(f.meeting(r.numberLine.text.slice(r.numberLine.text.indexOf(f.rev) + f.rev.length).replace(/[,،].*$/, ''), Number(year2)) + ')'), `${where}: ${r.numberLine.text}`);
          else assert.ok(r.numberLine.text.endsWith('，修订版）'), `${where}: ${r.numberLine.text}`);
          if (lang === 'ru' || lang === 'zh' || lang === 'ar') assert.ok(!/[A-Za-z]/.test(r.numberLine.text + r.history!.text + r.formula!.text), `${where}: Latin letters in ${r.numberLine.text}`);
          assert.ok(r.history!.text.startsWith(`(${history}${f.sep}`) || r.history!.text.startsWith(`（${history}${f.sep}`), `${where}: ${r.history!.text}`);
          const old = doc.views.old.proposals[0].resolutions[0];
          assert.equal(old.numberLine.text, numberLine, where);
        }
      }
    });
  }
});

test('formatting keeps the spacing of text in force a proposal restates (the RR\'s spaces before its note), folds new text, and normalises label separators everywhere', () => {
  // Found by review (defect 17): Format Document rewrote `No. 9.21.     (WRC-15)` in a NOC.
  const provision = '5.447\tAdditional allocation: subject to agreement obtained under No. 9.21.     (WRC-15)';
  const added = lines('ADD\tEUR/16A3/2', provision, 'a)  an item  with  spaces;', 'Reasons:\tx.', '');
  const addState = stateOf(added);
  const addOut = applyEdits(added, format(addState).map((e) => ({ start: addState.offset(e.range.start), end: addState.offset(e.range.end), newText: e.newText })));
  assert.ok(addOut.includes('No. 9.21. (WRC-15)') && addOut.includes('a)\tan item with spaces;'), 'an ADD is new text: folded as before');
  for (const action of ['NOC', 'SUP', 'MOD', '(MOD)', 'ADD*', 'SUP*']) {
    const text = lines('Meeting:\tWRC-27', '', '1\tIntroduction', 'Two  spaces  here.', '', `${action}\tEUR/16A3/1`, provision, 'a)  an item  with  spaces;', 'Reasons:\tx.', '');
    const state = stateOf(text);
    const out = applyEdits(text, format(state).map((e) => ({ start: state.offset(e.range.start), end: state.offset(e.range.end), newText: e.newText })));
    assert.ok(out.includes(provision), `${action}: ${out}`);
    assert.ok(out.includes('a)\tan item  with  spaces;'), `${action}: the label separator only`);
    assert.ok(out.includes('\nTwo spaces here.\n'), `${action}: the introduction is folded`);
  }
});

test('formatting gives a provision number pasted with spaces its TAB in a proposal', () => {
  // Re-review of defect 16: `5.446A The use …` was read and compared, but Format Document kept the spaces.
  for (const action of ['MOD', 'ADD', 'NOC']) {
    const text = lines('5.A14 before the proposals is left.', '', `${action}\tEUR/16A3/1`, '5.446A  The use of the band is limited.', '5.446 The use of the band.', 'Reasons:\tx.', '');
    const state = stateOf(text);
    const out = applyEdits(text, format(state).map((e) => ({ start: state.offset(e.range.start), end: state.offset(e.range.end), newText: e.newText })));
    assert.ok(out.includes('\n5.446A\tThe use of the band is limited.\n'), `${action}: ${out}`);
    assert.ok(out.includes('\n5.446\tThe use of the band.\n'), `${action}: ${out}`);
    assert.ok(out.startsWith('5.A14 before the proposals is left.\n'), `${action}: outside proposals nothing is read as a provision`);
  }
});

test('a proposal header written with a no-break space is a header (ITU web pages), and Format Document gives it its TAB', () => {
  for (const sep of [' ', '\u00A0', '\u00A0\u00A0', '\u202F']) {
    const text = lines(`MOD${sep}XX/1A1/1`, 'RESOLUTION 99 (Rev. {--Geneva, 2022--}{++New Delhi, 2024++})', 'Testing the drafting tools', 'Reasons:\tr.');
    const where = JSON.stringify(sep);
    const doc = parseDocument(text);
    assert.deepEqual(doc.proposals.map((p) => [p.action, p.id.text]), [['MOD', 'XX/1A1/1']], where);
    assert.deepEqual(checkDocument(doc).filter((f) => f.code === 'proposal.marks-outside-mod'), [], where);
    const state = stateOf(text);
    const out = applyEdits(text, format(state).map((e) => ({ start: state.offset(e.range.start), end: state.offset(e.range.end), newText: e.newText })));
    assert.ok(out.startsWith('MOD\tXX/1A1/1\n'), where + JSON.stringify(out.slice(0, 20)));
  }
  // Before the target named after the id too (review 4: `MOD id<NBSP>Recommendation ITU-T A.1`).
  for (const sep of [' ', '\u00A0']) {
    const text = lines(`MOD\tXX/1A1/1${sep}RR`, '5.446A\tThe use of the band{++ also++}.', 'Reasons:\tr.');
    const doc = parseDocument(text);
    assert.deepEqual(doc.proposals.map((p) => [p.id.text, p.extra]), [['XX/1A1/1', 'RR']], JSON.stringify(sep));
    assert.deepEqual(checkDocument(doc).filter((f) => f.code === 'proposal.marks-outside-mod'), []);
    const state = stateOf(text);
    const out = applyEdits(text, format(state).map((e) => ({ start: state.offset(e.range.start), end: state.offset(e.range.end), newText: e.newText })));
    assert.ok(out.startsWith('MOD\tXX/1A1/1\tRR\n'), JSON.stringify(out.slice(0, 24)));
  }
});

test('new contribution on a text whose number line is in capitals cites the new meeting in capitals (review 5, F14)', () => {
  const bases = new BaseIndex();
  const decision = 'DECISION 11 (REV. DUBAI, 2018)\nCreation and management of Council working groups\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\ndecides\n1\tthat the Council may create working groups.\n';
  bases.update('decision11.itu', decision, parseDocument(decision));
  const pp26 = MEETINGS.find((m) => m.label.startsWith('PP-26,'))!;
  const text = contributionSkeleton({ meeting: pp26.label, document: '40', addendum: '2', source: 'Someland', proposals: 'SML', targets: ['DECISION 11 (REV. DUBAI, 2018)'] }, bases.lookup, TODAY);
  assert.match(text, /\nDECISION 11 \(REV\. \{--DUBAI, 2018--\}\{\+\+DOHA, 2026\+\+\}\)\n/);
  assert.match(text, /\nThe Plenipotentiary Conference of the International Telecommunication Union \(\{--Dubai, 2018--\}\{\+\+Doha, 2026\+\+\}\),\n/);
  assert.match(text, /\nTitle:\tProposed modifications to Decision 11 \(Creation and management of Council working groups\)\n/);
  const findings = checkDocument(parseDocument(text), { bases: bases.lookup }).filter((f) => f.severity === 'error' || f.code.startsWith('base.') || f.code.startsWith('resolution.'));
  assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), []);
  // The meetings offered include the Radiocommunication Assemblies and the meetings announced after 2024.
  for (const acronym of ['RA-23,', 'RA-19,', 'WTDC-25,', 'PP-26,']) assert.ok(MEETINGS.some((m) => m.label.startsWith(acronym)), acronym);
});

test('new contribution on a WRC Resolution: its number line and formula move to the WRC of the meeting, in each language; another meeting leaves them (review 6, G10)', () => {
  const forms = [
    { numberLine: (c: string) => `RESOLUTION 229 (${c})`, rev: 'REV.', conf: 'WRC', formula: (place: string) => `The World Radiocommunication Conference (${place}),`, place: 'Sharm el-Sheikh, 2019',
      body: ['Use of the bands', 'considering', 'a)\tthat there is a need;', 'resolves', '1\tthat the use shall be limited;'] },
    { numberLine: (c: string) => `RÉSOLUTION 229 (${c})`, rev: 'RÉV.', conf: 'CMR', formula: (place: string) => `La Conférence mondiale des radiocommunications (${place}),`, place: 'Charm el-Cheikh, 2019',
      body: ['Utilisation des bandes', 'considérant', 'a)\tqu\'il est nécessaire de le faire;', 'décide', '1\tque l\'utilisation de ces bandes est limitée;'] },
    { numberLine: (c: string) => `RESOLUCIÓN 229 (${c})`, rev: 'REV.', conf: 'CMR', formula: (place: string) => `La Conferencia Mundial de Radiocomunicaciones (${place}),`, place: 'Sharm el-Sheikh, 2019',
      body: ['Utilización de las bandas', 'considerando', 'a)\tque es necesario hacerlo;', 'resuelve', '1\tque la utilización de estas bandas se limite;'] },
    { numberLine: (c: string) => `РЕЗОЛЮЦИЯ 229 (${c})`, rev: 'ПЕРЕСМ. ', conf: 'ВКР', formula: (place: string) => `Всемирная конференция радиосвязи (${place}),`, place: 'Шарм-эль-Шейх, 2019 г.',
      body: ['Использование полос', 'учитывая', 'a)\tчто это необходимо;', 'решает', '1\tчто использование этих полос ограничивается;'] },
  ];
  const wrcs = MEETINGS.filter((m) => m.label.startsWith('WRC-') && !m.label.startsWith('WRC-19'));
  assert.ok(wrcs.length >= 2, 'WRC-23 and WRC-27 are offered');
  for (const f of forms) {
    for (const first of [false, true]) {
      const numberLine = f.numberLine(`${first ? '' : f.rev}${f.conf}-19`);
      const base = [numberLine, f.body[0], f.formula(f.place), ...f.body.slice(1), ''].join('\n');
      const bases = new BaseIndex();
      bases.update('file:///ws/res229.itu', base);
      for (const meeting of [...wrcs, MEETINGS.find((m) => m.label.startsWith('WTSA-24'))!]) {
        const where = `${numberLine} → ${meeting.label}`;
        const text = contributionSkeleton({ meeting: meeting.label, document: '9', addendum: '4', source: 'Someland', proposals: 'EUR', targets: [numberLine] }, bases.lookup, TODAY);
        const doc = parseDocument(text);
        const r = doc.views.new.proposals[0].resolutions[0];
        assert.equal(doc.views.old.proposals[0].resolutions[0].numberLine.text, numberLine, where);
        const findings = checkDocument(doc, { bases: bases.lookup }).filter((x) => x.severity === 'error' || x.code.startsWith('base.') || x.code === 'proposal.mod-without-changes');
        if (meeting.label.startsWith('WTSA')) {
          assert.equal(r.numberLine.text, numberLine, `${where}: a WTSA does not revise a WRC Resolution`);
          continue;
        }
        assert.deepEqual(findings.map((x) => `${x.code}: ${x.message}`), [], where);
        const yy = meeting.label.slice(4, 6);
        assert.equal(r.numberLine.text, f.numberLine(`${f.rev}${f.conf}-${yy}`), where);
        assert.ok(r.formula!.text.includes(`20${yy}`) && !r.formula!.text.includes('2019'), `${where}: ${r.formula!.text}`);
      }
    }
  }
});

test('new contribution for a WRC: a draft new Resolution cites it by name; a meeting typed by name alone gets its assembly and year', () => {
  const text = contributionSkeleton({ meeting: 'WRC-31', document: '9', addendum: '4', source: 'Someland', proposals: 'EUR', targets: [], newTexts: ['A new matter'] }, () => undefined, TODAY);
  assert.match(text, /\nDRAFT NEW RESOLUTION \[EUR-1\] \(WRC-31\)\nA new matter\nThe World Radiocommunication Conference \(…, 2031\),\n/);
  const wtsa = contributionSkeleton({ meeting: 'WTSA-32, Somewhere, 2032', document: '9', source: 'Someland', proposals: 'EUR', targets: [], newTexts: ['A new matter'] }, () => undefined, TODAY);
  assert.match(wtsa, /\nDRAFT NEW RESOLUTION \[EUR-1\] \(Somewhere, 2032\)\nA new matter\nThe World Telecommunication Standardization Assembly \(Somewhere, 2032\),\n/);
});

// Findings that share one fix (every duplicate of a list's numbers, the list's renumbering): a selection holding
// them asks one action with all their diagnostics, not one each writing the same edits out again (the square of
// the list: 275 MB of actions for a 100 KB list of 751 duplicates, thirteenth session). Each diagnostic's finding
// is the one a request for it alone finds.
test('code actions: diagnostics sharing one fix give one action listing them all, as each alone gives it', () => {
  for (const copies of [2, 5, 12]) {
    const text = Array.from({ length: copies }, () => '1\tClause\n1.1\tSub\n1.1.1\tText.\n').join('\n');
    const s = new DocumentRecord('file:///shared.itu', 1, text);
    const diagnostics = toDiagnostics(s, DEFAULT_SETTINGS, undefined);
    const shared = diagnostics.filter((d) => codeActions(s, DEFAULT_SETTINGS, [d], ['quickfix']).length > 0);
    assert.ok(shared.length >= copies - 1, `${copies} copies: the duplicates have a fix`);
    const alone = shared.map((d) => codeActions(s, DEFAULT_SETTINGS, [d], ['quickfix']));
    const all = codeActions(s, DEFAULT_SETTINGS, shared, ['quickfix']).filter((a) => !a.title.startsWith('Fix all'));
    const titles = new Set(alone.flatMap((x) => x.map((a) => a.title)));
    assert.equal(all.length, titles.size, `${copies} copies: one action per fix (${titles.size}), not one per diagnostic`);
    for (const d of shared) assert.ok(all.some((a) => a.diagnostics?.includes(d)), `${copies} copies: each diagnostic is listed`);
  }
});
