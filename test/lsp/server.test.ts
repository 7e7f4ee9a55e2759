import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyLspEdits, Client, type Diag } from './harness';

const URI = 'file:///tmp/lsp/doc.itu';
const DOC = [
  'Proposals:\tXX',
  'Document:\t7',
  'Addendum:\t1',
  '',
  'ADD\tXX/7A1/1',
  'DRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)',
  'A title',
  'The World Telecommunication Standardization Assembly (Geneva, 2026),',
  'considering',
  'a)\tthat one[^1];',
  'b)\tthat two;',
  'd)\tthat three, as in considering b) above,',
  'resolves',
  '1\tto act.',
  '',
  '[^1]:\tA footnote.',
  '',
  'Reasons:\tBecause.',
  '',
  'MOD\tXX/7A1/3',
  'RESOLUTION 5 (Rev. Geneva, 2026)',
  'T',
  'noting',
  'a {++new++} text',
  '',
].join('\n');

interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, { range: Diag['range']; newText: string }[]> };
}

describe('language server over stdio, pull diagnostics', () => {
  const c = new Client();
  let caps: Record<string, unknown>;
  before(async () => {
    caps = (await c.initialize(true)).capabilities;
    c.open(URI, DOC);
  });
  after(async () => assert.equal(await c.shutdown(), 0));

  test('advertises pull diagnostics and every feature', () => {
    for (const k of ['diagnosticProvider', 'codeActionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'hoverProvider',
      'definitionProvider', 'referencesProvider', 'completionProvider', 'documentFormattingProvider']) assert.ok(caps[k], k);
    assert.equal(caps.textDocumentSync, 2);
  });

  test('diagnostics carry code and a link to docs, no data (a fix is found by code and range: unchanged reports stay valid)', async () => {
    const d = await c.pull(URI);
    const codes = d.map((x) => x.code).sort();
    assert.deepEqual(codes, ['base.not-found', 'numbering.gap', 'proposal.reasons-missing', 'proposal.sequence']);
    assert.equal(d.find((x) => x.code === 'base.not-found')!.severity, 3, 'information');
    const gap = d.find((x) => x.code === 'numbering.gap')!;
    assert.deepEqual(gap.range, { start: { line: 11, character: 0 }, end: { line: 11, character: 2 } });
    assert.match(gap.codeDescription!.href, /^file:.*diagnostics\.md#numberinggap$/);
    assert.equal(gap.data, undefined);
  });

  test('each quick fix removes its diagnostic', async () => {
    let text = DOC;
    for (const code of ['numbering.gap', 'proposal.sequence', 'proposal.reasons-missing']) {
      const diags = await c.pull(URI);
      const d = diags.find((x) => x.code === code)!;
      assert.ok(d, code);
      const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.isPreferred)!;
      assert.ok(fix, `preferred fix for ${code}`);
      if (code === 'numbering.gap') assert.match(fix.title, /Change d\) to c\)/);
      text = applyLspEdits(text, fix.edit.changes[URI]);
      c.change(URI, [{ text }]);
      const after = await c.pull(URI);
      assert.equal(after.filter((x) => x.code === code).length, 0, `${code} gone`);
    }
    assert.match(text, /\nc\)\tthat three/);
    assert.match(text, /MOD\tXX\/7A1\/2/);
    c.change(URI, [{ text: DOC }]);
  });

  test('fix-all (source.fixAll.itu) applies every safe fix in one edit', async () => {
    const actions = await c.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.itu');
    const text = applyLspEdits(DOC, actions[0].edit.changes[URI]);
    c.change(URI, [{ text }]);
    assert.deepEqual((await c.pull(URI)).map((d) => d.code), ['proposal.reasons-missing', 'base.not-found']);
    c.change(URI, [{ text: DOC }]);
  });

  test('incremental changes are applied', async () => {
    c.change(URI, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 1 } }, text: 'c' }]);
    assert.equal((await c.pull(URI)).filter((d) => d.code === 'numbering.gap').length, 0);
    c.change(URI, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 1 } }, text: 'd' }]);
    assert.equal((await c.pull(URI)).filter((d) => d.code === 'numbering.gap').length, 1);
  });

  test('typing where no problem moves: the pull is answered "unchanged", and the kept diagnostic still gets its fix', async () => {
    const held = (await c.pull(URI)).find((d) => d.code === 'numbering.gap')!;
    const before = c.unchanged;
    // Line 13 ("1\tto act.") is after the gap on line 11: nothing shown moves.
    c.change(URI, [{ range: { start: { line: 13, character: 4 }, end: { line: 13, character: 4 } }, text: 'now ' }]);
    const kept = (await c.pull(URI)).find((d) => d.code === 'numbering.gap')!;
    assert.equal(c.unchanged, before + 1, 'answered "unchanged"');
    assert.deepEqual(kept, held);
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: kept.range, context: { diagnostics: [kept] } });
    assert.match(actions.find((a) => a.isPreferred)!.title, /Change d\) to c\)/);
    c.change(URI, [{ range: { start: { line: 13, character: 4 }, end: { line: 13, character: 8 } }, text: '' }]);
  });

  test('document symbols: proposals > Resolution > call sections > items', async () => {
    type Sym = { name: string; detail?: string; children?: Sym[] };
    const symbols = await c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(symbols.map((s) => s.name), ['Cover', 'ADD XX/7A1/1', 'MOD XX/7A1/3']);
    const res = symbols[1].children![0];
    assert.match(res.name, /DRAFT NEW RESOLUTION/);
    assert.deepEqual(res.children!.map((s) => s.name), ['considering', 'resolves']);
    assert.deepEqual(res.children![0].children!.map((s) => s.name), ['a)', 'b)', 'd)']);
    assert.equal(symbols[2].detail, 'RESOLUTION 5 (Rev. Geneva, 2026)');
  });

  test('folding ranges cover proposals and call sections', async () => {
    const ranges = await c.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
    assert.ok(ranges.some((r) => r.startLine === 4 && r.endLine >= 17), 'proposal');
    assert.ok(ranges.some((r) => r.startLine === 8 && r.endLine === 11), 'considering');
  });

  test('a proposal folds up to its Reasons: the heading that introduces the next proposal stays in view', async () => {
    const uri = 'file:///tmp/lsp/fold-headings.itu';
    c.open(uri, ['CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tXX/8A1/1', '', '58\tPP-98', '\tThe text {++now++}.', '',
      'Reasons:\tBecause.', '', 'CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION', '', 'MOD\tXX/8A1/2', '', '12\tThe text {--then--}.', '',
      'Reasons:\tAlso.', ''].join('\n'));
    const ranges = await c.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges.filter((r) => r.startLine === 2 || r.startLine === 11).map((r) => [r.startLine, r.endLine]), [[2, 7], [11, 15]]);
    const symbols = await c.request<{ name: string; range: Diag['range'] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.filter((s) => s.name.startsWith('MOD')).map((s) => [s.name, s.range.end.line]), [['MOD XX/8A1/1', 7], ['MOD XX/8A1/2', 15]]);
  });

  test('hover on a proposal id, a label, a mark and a cross-reference', async () => {
    const at = async (line: number, character: number) =>
      (await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } }))?.contents.value;
    assert.match((await at(4, 6))!, /\*\*ADD\*\* `XX\/7A1\/1`/);
    assert.match((await at(10, 0))!, /considering b\)/);
    assert.match((await at(23, 5))!, /Insertion[\s\S]*new/);
    assert.match((await at(11, 35))!, /considering b\)[\s\S]*that two/);
  });

  test('definition and references of a cross-reference and a footnote', async () => {
    const def = await c.request<{ range: Diag['range'] }[]>('textDocument/definition', { textDocument: { uri: URI }, position: { line: 11, character: 35 } });
    assert.equal(def[0].range.start.line, 10);
    const fdef = await c.request<{ range: Diag['range'] }[]>('textDocument/definition', { textDocument: { uri: URI }, position: { line: 9, character: 14 } });
    assert.equal(fdef[0].range.start.line, 15);
    const refs = await c.request<{ range: Diag['range'] }[]>('textDocument/references', {
      textDocument: { uri: URI }, position: { line: 10, character: 0 }, context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map((r) => r.range.start.line), [10, 11]);
  });

  test('completion: next proposal id, next label, call phrases, footnotes', async () => {
    const items = async (line: number, character: number) =>
      (await c.request<{ label: string; insertText?: string }[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character } })).map((i) => i.label);
    c.change(URI, [{ text: DOC + 'MOD\t' }]);
    assert.deepEqual(await items(25, 4), ['XX/7A1/4']);
    const atLine = await items(12, 0);
    assert.ok(atLine.includes('e)'), 'next label after d)');
    assert.ok(atLine.includes('dbis)'), 'an item inserted after d), in the ITU form');
    assert.ok(atLine.includes('recognizing'));
    c.change(URI, [{ text: DOC }]);
  });

  test('formatting normalises label separators and spaces, never words', async () => {
    const uri = 'file:///tmp/lsp/fmt.itu';
    c.open(uri, 'a)  that  the text;   \nb) two\n2016 was a year\n');
    const edits = await c.request<{ range: Diag['range']; newText: string }[]>('textDocument/formatting', {
      textDocument: { uri }, options: { tabSize: 4, insertSpaces: false },
    });
    assert.equal(applyLspEdits('a)  that  the text;   \nb) two\n2016 was a year\n', edits), 'a)\tthat the text;\nb)\ttwo\n2016 was a year\n');
  });

  test('formatting gives cover fields and Reasons their TAB (FORMAT.md §2, §3), in every language, and nothing else of the kind', async () => {
    const uri = 'file:///tmp/lsp/fmt-fields.itu';
    const before = ['Meeting:  WRC-27  ', 'Document:\u00A042', 'Proposals:\tEUR', '', 'Meeting:  not a cover field (the cover ended)', '', 'MOD\tEUR/42A1/1',
      'a)\tthat;', 'Reasons:  Consequential.  ', '', 'ADD\tEUR/42A1/2', 'Motifs :  Conséquence.', 'Основания:\u00A0Следствие.', 'الأسباب:  نتيجة.',
      'Reasons:\tAlready right.', 'The reasons:  are words here.', ''].join('\n');
    c.open(uri, before);
    const edits = await c.request<{ range: Diag['range']; newText: string }[]>('textDocument/formatting', {
      textDocument: { uri }, options: { tabSize: 4, insertSpaces: false },
    });
    assert.deepEqual(applyLspEdits(before, edits).split('\n'), ['Meeting:\tWRC-27', 'Document:\t42', 'Proposals:\tEUR', '', 'Meeting: not a cover field (the cover ended)', '',
      'MOD\tEUR/42A1/1', 'a)\tthat;', 'Reasons:\tConsequential.', '', 'ADD\tEUR/42A1/2', 'Motifs :\tConséquence.', 'Основания:\tСледствие.', 'الأسباب:\tنتيجة.',
      'Reasons:\tAlready right.', 'The reasons: are words here.', '']);
  });

  test('tracked-change requests: marks of a version, accept and reject', async () => {
    const marks = await c.request<{ version: number; marks: { kind: string; delimiters: unknown[] }[] }>('itu/marks', { uri: URI });
    assert.equal(marks.marks.length, 1);
    assert.equal(marks.marks[0].kind, 'insertion');
    assert.equal(marks.marks[0].delimiters.length, 2);
    const accept = await c.request<{ edits: { range: Diag['range']; newText: string }[] }>('itu/review', { uri: URI, review: 'accept' });
    assert.match(applyLspEdits(DOC, accept.edits), /\na new text\n/);
    const none = await c.request<{ edits: unknown[] }>('itu/review', { uri: URI, review: 'accept', proposalAt: { line: 6, character: 0 } });
    assert.equal(none.edits.length, 0, 'the ADD proposal has no marks');
    const inMod = await c.request<{ edits: unknown[] }>('itu/review', { uri: URI, review: 'accept', proposalAt: { line: 22, character: 0 } });
    assert.equal(inMod.edits.length, 1);
    const reject = await c.request<{ edits: { range: Diag['range']; newText: string }[] }>('itu/review', { uri: URI, review: 'reject' });
    assert.match(applyLspEdits(DOC, reject.edits), /\na {2}text\n/);
  });

  test('the server survives a request on an unknown document and bad params', async () => {
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.itu' } }), []);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 9999, character: 9999 } }), null);
    assert.ok((await c.pull(URI)).length > 0);
  });
});

describe('language server over stdio, published diagnostics (Neovim 0.7 style)', () => {
  const c = new Client();
  let caps: Record<string, unknown>;
  before(async () => {
    caps = (await c.initialize(false)).capabilities;
  });
  after(async () => assert.equal(await c.shutdown(), 0));

  test('publishes diagnostics on open and after an edit', async () => {
    assert.equal(caps.diagnosticProvider, undefined);
    c.open(URI, DOC);
    const first = await c.published_(URI, (d) => d.length > 0);
    assert.ok(first.some((d) => d.code === 'numbering.gap'));
    const v = c.change(URI, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 1 } }, text: 'c' }]);
    const second = await c.published_(URI, () => true, v);
    assert.equal(second.filter((d) => d.code === 'numbering.gap').length, 0);
  });

  test('settings from workspace/configuration change severities', async () => {
    const c2 = new Client();
    c2.configuration = { diagnostics: { severity: { numbering: 'off', proposal: 'hint' }, delay: 0 } };
    await c2.initialize(false, true);
    c2.open(URI, DOC);
    const d = await c2.published_(URI, (x) => x.length > 0);
    assert.equal(d.filter((x) => x.code.startsWith('numbering')).length, 0);
    assert.ok(d.filter((x) => x.code.startsWith('proposal')).every((x) => x.severity === 4));
    assert.ok(d.some((x) => x.code.startsWith('proposal')));
    assert.equal(await c2.shutdown(), 0);
  });
});

describe('every kind of quick fix through the server', () => {
  const c = new Client();
  before(() => c.initialize(true));
  after(async () => assert.equal(await c.shutdown(), 0));

  const cases: { name: string; text: string; code: string; title: RegExp; expect: RegExp }[] = [
    { name: 'close an unclosed mark', code: 'marks.unclosed', title: /Close the mark/,
      text: 'MOD\tXX/1/1\na {++b c\nReasons:\tr\n', expect: /a \{\+\+b c\+\+\}\n/ },
    { name: 'remove marks outside a MOD, keeping the new text', code: 'proposal.marks-outside-mod', title: /^Keep the new text "c" as plain text \(drops "b"\)$/,
      text: 'ADD\tXX/1/1\na {~~b~>c~~} d\nReasons:\tr\n', expect: /\na c d\n/ },
    { name: 'reletter with revision marks in a MOD', code: 'numbering.duplicate', title: /Reletter b\) to c\) with revision marks/,
      text: 'MOD\tXX/1/1\nRESOLUTION 5 (Rev. Geneva, 2026)\nT\nconsidering\na)\tx;\n{++b)\tnew;++}\nb)\ty.\n\nReasons:\tr\n', expect: /\{~~b~>c~~\}\)\ty\./ },
    { name: 'keep the numbers in force and use bis in a MOD', code: 'numbering.duplicate', title: /bis, ter/,
      text: 'MOD\tXX/1/1\nRESOLUTION 5 (Rev. Geneva, 2026)\nT\nconsidering\na)\tx;\n{++b)\tnew;++}\nb)\ty.\n\nReasons:\tr\n', expect: /\{\+\+abis\)\tnew;\+\+\}\nb\)\ty\./ },
    { name: 'fix the meeting named by the enacting formula', code: 'resolution.meeting-mismatch', title: /Change to Geneva, 2026/,
      text: 'ADD\tXX/1/1\nRESOLUTION 5 (Geneva, 2026)\nT\nThe World Telecommunication Standardization Assembly (Dubai, 2012),\nnoting\nx.\n\nReasons:\tr\n', expect: /Assembly \(Geneva, 2026\),/ },
  ];
  for (const k of cases) {
    test(k.name, async () => {
      const uri = `file:///tmp/lsp/${k.code}-${cases.indexOf(k)}.itu`;
      c.open(uri, k.text);
      const d = (await c.pull(uri)).find((x) => x.code === k.code)!;
      assert.ok(d, `${k.code} raised`);
      const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const action = actions.find((a) => k.title.test(a.title));
      assert.ok(action, `${actions.map((a) => a.title).join(' | ')}`);
      const text = applyLspEdits(k.text, action.edit.changes[uri]);
      assert.match(text, k.expect);
      c.change(uri, [{ text }]);
      assert.deepEqual((await c.pull(uri)).filter((x) => x.code === k.code), []);
    });
  }
});
