// Drafting from scratch in a real VS Code (issue 15): the commands a delegate reaches from the
// palette and the context menu, the New contribution command, completion of proposal ids and
// the substitution snippet, Compare with base in an ADD, and the name an imported .docx gets.
// The workspace holds Resolution 52 (Rev. Dubai, 2012) as a base text (provideExamples).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Preview } from '../../../client/src/preview';
import { BASE, CONTRIBUTION, fixture, provideExamples } from './workspace';
import { bounded, documentWhere, untilAnswered } from './wait';

const EXTENSION_ID = 'itu-draft.itu-draft';

interface Api {
  client: LanguageClient;
  preview: Preview;
}

interface PackageJson {
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

async function untitled(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'itu', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

suite('Drafting a contribution (issue 15)', () => {
  let client: LanguageClient;
  let preview: Preview;
  let pkg: PackageJson;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    ({ client, preview } = await ext.activate());
    pkg = ext.packageJSON as PackageJson;
    await provideExamples(ext.extensionPath);
    // The base text is indexed once the server answers a comparison for the contribution.
    const contribution = await vscode.workspace.openTextDocument(fixture(CONTRIBUTION));
    await untilAnswered(async () => {
      const r = await client.sendRequest<{ title?: string } | null>('itu/baseComparison', { uri: contribution.uri.toString() });
      return r?.title ? r : undefined;
    }, `the server to index ${BASE}`);
  });

  test('a. palette and context menu: Insert revision marks from the base, New contribution, Show server log', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const titles = new Map(pkg.contributes.commands.map((c) => [c.command, c.title]));
    for (const [id, title] of [['itu.insertMarksFromBase', 'Insert revision marks from the base'], ['itu.newContribution', 'New contribution…'], ['itu.showServerLog', 'Show server log']]) {
      assert.ok(registered.has(id), `${id} is not registered`);
      assert.strictEqual(titles.get(id), title);
    }
    // Hidden from the palette only where it cannot work (a projection); in the editor's context menu.
    const palette = pkg.contributes.menus.commandPalette.find((m) => m.command === 'itu.insertMarksFromBase');
    assert.ok(palette && /^editorLangId == '?itu'? && resourceScheme != '?itu-projection'?$/.test(palette.when ?? ''), JSON.stringify(palette));
    assert.ok(pkg.contributes.menus['editor/context'].some((m) => m.command === 'itu.insertMarksFromBase'), 'not in the editor context menu');
    assert.ok(!pkg.contributes.menus.commandPalette.some((m) => m.command === 'itu.newContribution' || m.command === 'itu.showServerLog'), 'New contribution / Show server log are hidden somewhere');
    await vscode.commands.executeCommand('itu.showServerLog');
  });

  test('b. Insert revision marks from the base writes marks into a MOD typed without any', async () => {
    const base = fs.readFileSync(fixture(BASE).fsPath, 'utf8');
    const resolution = base.slice(base.indexOf('RESOLUTION 52')).trimEnd();
    assert.ok(resolution.includes('to report regularly'), 'the base text changed: pick another sentence');
    const draft = `MOD\tXX/1A1/1\n${resolution.replace('to report regularly', 'to report every year')}\nReasons:\tTesting.\n`;
    const doc = await untitled(draft);
    const done = await untilAnswered(async () => ((await vscode.commands.executeCommand<boolean>('itu.insertMarksFromBase', doc.uri)) ? true : undefined), 'marks from the base');
    assert.strictEqual(done, true);
    await documentWhere(doc, (d) => d.getText() !== draft, 'the marks to be written');
    const text = doc.getText();
    assert.match(text, /\{--regularly--\}|\{~~regularly~>every year~~\}|\{--[^-]*regularly[^-]*--\}/, `no deletion of "regularly": ${text.slice(text.indexOf('to report') - 20, text.indexOf('to report') + 80)}`);
    const projection = await client.sendRequest<string | null>('itu/projection', { uri: doc.uri.toString(), kind: 'new' });
    assert.strictEqual(projection, draft, 'the new text changed: the marks must only record the change');
  });

  test('c. Compare with base with the cursor in an ADD says an ADD has no base (and opens nothing)', async () => {
    const doc = await untitled('ADD\tXX/1A1/1\nA new paragraph.\nReasons:\tTesting.\n');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(1, 3, 1, 3);
    const tabsBefore = vscode.window.tabGroups.all.flatMap((g) => g.tabs).length;
    const r = await untilAnswered(async () => (await vscode.commands.executeCommand<{ message?: string } | null>('itu.compareWithBase')) ?? undefined, 'an answer from Compare with base');
    assert.strictEqual(r.message, 'ADD XX/1A1/1: an ADD is new text and has no base text.');
    assert.strictEqual(vscode.window.tabGroups.all.flatMap((g) => g.tabs).length, tabsBefore, 'a tab was opened');
    assert.ok(!(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff), 'a diff editor was opened');
  });

  test('d. New contribution writes the cover and a MOD started from the base text, with the new meeting marked', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('itu.newContribution', {
      meeting: 'WTSA-16, Hammamet, 25 October - 3 November 2016',
      document: '42', addendum: '99', source: 'Testing Administrations', proposals: 'TST',
      targets: ['RESOLUTION 52 (Rev. Dubai, 2012)'], newTexts: [],
    });
    assert.ok(doc, 'the command returned no document');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.strictEqual(path.basename(doc.uri.path), 'TST-42A99.itu', 'Save would not propose the contribution\'s name');
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    const text = doc.getText();
    assert.match(text, /^Meeting:\tWTSA-16, Hammamet, 25 October - 3 November 2016\nDocument:\t42\nAddendum:\t99\n/);
    assert.match(text, /\nSource:\tTesting Administrations\nProposals:\tTST\nTitle:\tProposed modifications to Resolution 52 \(Countering and combating spam\)\n/);
    assert.match(text, /\nMOD\tTST\/42A99\/1\nRESOLUTION 52 \(Rev\. \{--Dubai, 2012--\}\{\+\+Hammamet, 2016\+\+\}\)\nCountering and combating spam\n/);
    assert.match(text, /\nThe World Telecommunication Standardization Assembly \(\{--Dubai, 2012--\}\{\+\+Hammamet, 2016\+\+\}\),\n/);
    // The server finds the base of that MOD and sees only the marked changes.
    const comparison = await untilAnswered(async () => {
      const r = await client.sendRequest<{ title?: string; baseText?: string; newText?: string } | null>('itu/baseComparison', { uri: doc.uri.toString(), position: { line: 10, character: 0 } });
      return r?.title ? r : undefined;
    }, 'the comparison of the new MOD');
    assert.strictEqual(comparison.title, 'MOD TST/42A99/1');
    assert.strictEqual(comparison.newText, comparison.baseText!.replace(/Dubai, 2012\)/g, 'Hammamet, 2016)').replace('(Florianópolis, 2004; Johannesburg, 2008; Hammamet, 2016)', '(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)'));
  });

  test('e. completion after a proposal: one MOD entry, inserting the next id', async () => {
    const doc = await untitled('Proposals:\tXX\nDocument:\t7\nAddendum:\t1\n\nADD\tXX/7A1/1\nText.\nReasons:\tr.\n\n');
    const list = await untilAnswered(async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(8, 0));
      return l.items.some((i) => i.label === 'MOD' || (typeof i.label === 'object' && i.label.label === 'MOD')) ? l : undefined;
    }, 'completion items from the server');
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const mods = list.items.filter((i) => label(i) === 'MOD');
    assert.strictEqual(mods.length, 1, `"MOD" entries: ${mods.length}`);
    const insert = mods[0].insertText;
    const body = insert instanceof vscode.SnippetString ? insert.value : String(insert);
    assert.match(body, /^MOD\tXX\/7A1\/2\n/, `MOD inserts ${JSON.stringify(body.slice(0, 40))}`);
    const add = list.items.find((i) => label(i) === 'ADD')!;
    const addBody = add.insertText instanceof vscode.SnippetString ? add.insertText.value : String(add.insertText);
    assert.match(addBody, /^ADD\tXX\/7A1\/2\n/);
    // No call phrases and no proposal headers at the top: the cover fields.
    const top = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 0));
    const labels = top.items.map(label);
    assert.ok(labels.includes('Meeting:') && labels.includes('Title:'), `at the top: ${labels.join(', ')}`);
    assert.ok(!labels.some((l) => /invites|considering|^MOD$/.test(l)), `at the top: ${labels.join(', ')}`);
  });

  test('e2. a proposal id typed in part, its completion accepted in the editor: the id written once', async () => {
    // The item replaces what is typed of it (its own range): with only the word at the cursor replaced (the word
    // pattern stops at `/`), `MOD<TAB>XX/7` became `MOD<TAB>XX/XX/7A1/2` (fourteenth session, rev-editor).
    const doc = await untitled('Proposals:\tXX\nDocument:\t7\nAddendum:\t1\n\nADD\tXX/7A1/1\nText.\nReasons:\tr.\n\nMOD\tXX/7');
    const editor = await vscode.window.showTextDocument(doc);
    const last = doc.lineCount - 1;
    const end = doc.lineAt(last).range.end;
    editor.selection = new vscode.Selection(end, end);
    await untilAnswered(async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
      return l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label).startsWith('XX/7A1/2')) ? l : undefined;
    }, 'the next id offered after MOD<TAB>XX/7');
    // The suggest widget opens on its own time: asked to accept until the line changes (accepting with no widget open does nothing).
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await untilAnswered(async () => {
      if (doc.lineAt(last).text === 'MOD\tXX/7') await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return doc.lineAt(last).text === 'MOD\tXX/7' ? undefined : true;
    }, 'the suggestion accepted');
    assert.strictEqual(doc.lineAt(last).text, 'MOD\tXX/7A1/2');
  });

  test('f. the substitution snippet on a selection: the selection is the old text, typing fills the new', async () => {
    const doc = await untitled('MOD\tXX/1A1/1\nto report regularly.\nReasons:\tr.\n');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(1, 10, 1, 19);
    assert.strictEqual(doc.getText(editor.selection), 'regularly');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'itu', name: 'Mark: substitution' });
    await documentWhere(doc, (d) => d.lineAt(1).text.includes('{~~'), 'the snippet');
    await vscode.commands.executeCommand('type', { text: 'every year' });
    await documentWhere(doc, (d) => d.lineAt(1).text.includes('every year'), 'the typed text');
    assert.strictEqual(doc.lineAt(1).text, 'to report {~~regularly~>every year~~}.');
  });

  /**
   * The contribution exported to `docx` (author left empty), then imported by the command: the untitled document's URI
   * it answers, once the imported text is painted (closing editors mid-paint would log warnings).
   */
  async function exportedThenImported(docx: string): Promise<string> {
    const source = await vscode.workspace.openTextDocument(fixture(CONTRIBUTION));
    const exported = await client.sendRequest<{ error?: string }>('itu/exportWord', { uri: source.uri.toString(), output: docx, author: '' });
    assert.ok(!exported.error && fs.existsSync(docx), `export failed: ${exported.error}`);
    const expected = vscode.Uri.file(docx.replace(/\.docx$/, '.itu')).with({ scheme: 'untitled' }).toString();
    const painted = bounded<void>(`a paint of ${expected}`, () => 'not painted', (resolve) => preview.onDidPaint((e) => e.uri === expected && resolve()));
    const r = await vscode.commands.executeCommand<{ uri?: string; error?: string }>('itu.importWord', vscode.Uri.file(docx));
    assert.ok(r?.uri, `import failed: ${JSON.stringify(r)}`);
    await painted;
    return r.uri;
  }

  test('g. Import from Word opens an untitled file named after the .docx, beside it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-import-'));
    // The folder goes with the test (the untitled file named after the .docx is never saved there).
    try {
      const docx = path.join(dir, 'My Contribution.docx');
      const uri = vscode.Uri.parse(await exportedThenImported(docx));
      assert.strictEqual(uri.scheme, 'untitled');
      assert.strictEqual(uri.path, vscode.Uri.file(path.join(dir, 'My Contribution.itu')).path);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      assert.ok(doc && doc.languageId === 'itu' && doc.getText().startsWith('Meeting:'), 'the imported text is not in an itu document');
      assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('h. Import from Word passes the setting itu.word.author: the Source\'s changes are named, not left to whoever re-exports (review 9, J27)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-import-author-'));
    const docx = path.join(dir, 'afcp.docx');
    const config = vscode.workspace.getConfiguration('itu');
    await config.update('word.author', 'EUR', vscode.ConfigurationTarget.Global);
    try {
      const imported = await exportedThenImported(docx);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(imported).toString());
      assert.ok(doc?.getText().includes('{>>@African Telecommunication Union Administrations<<}'), 'the Source\'s changes are attributed to it');
    } finally {
      await config.update('word.author', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
