// The tracked-change preview in a real VS Code, on a real contribution: AFCP/42A25 (WTSA-16),
// which amends Resolution 52 (Rev. Dubai, 2012), with that base text next to it.
//
// The two ITU texts are not in the repository: suiteSetup copies them into the (temporary)
// workspace from $ITU_E2E_EXAMPLES, by default ../shared/examples next to the extension
// (the environment of code-server reaches the extension host, so
// `ITU_E2E_EXAMPLES=/path bash scripts/e2e/run-all.sh` works). A workspace that already holds
// them (scripts/e2e/prepare-workspace.js) is left as it is.
//
// Waits are on events: the preview's onDidPaint, document changes, tab changes, diagnostics.
// Two conditions have no event, and get a bounded re-check instead of a sleep: "the server has
// indexed the base text" (asked again on each diagnostics change and on a slow tick), and
// "a quick pick is open" (test g closes it until the command returns).
// What the decorations look like in the DOM is checked from the browser: test/e2e/ui-preview.js.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BASE, CONTRIBUTION, fixture, provideExamples } from './workspace';
import { bounded, documentWhere, eventually, untilAnswered, WAIT_MS } from './wait';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Preview, ViewMode } from '../../../client/src/preview';
import type { MarkInfo } from '../../../server/src/protocol';

const EXTENSION_ID = 'itu-draft.itu-draft';

interface Api {
  client: LanguageClient;
  preview: Preview;
}
interface PaintEvent {
  uri: string;
  version: number;
  mode: ViewMode;
}



async function api(): Promise<{ ext: vscode.Extension<Api>; api: Api }> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const exports = await ext.activate();
  assert.ok(exports?.preview && exports.client, `${EXTENSION_ID} activate() returned no { client, preview }`);
  return { ext, api: exports };
}

/**
 * Runs `action` and resolves with its result and the first paint (subscribed before the action)
 * that `accept` takes.
 */
async function paintedBy<T>(preview: Preview, action: () => Thenable<T>, accept: (e: PaintEvent) => boolean, what: string): Promise<{ result: T; paint: PaintEvent }> {
  const seen: PaintEvent[] = [];
  const painted = bounded<PaintEvent>(what, () => `paints seen: ${JSON.stringify(seen)}`, (resolve) =>
    preview.onDidPaint((e) => {
      seen.push(e);
      if (accept(e)) resolve(e);
    }),
  );
  let result: T;
  try {
    result = await action();
  } catch (err) {
    painted.catch(() => undefined); // it will time out: the action failed first
    throw err;
  }
  return { result, paint: await painted };
}

function lineOf(doc: vscode.TextDocument, pattern: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) if (pattern.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matching ${pattern} in ${path.basename(doc.uri.fsPath)}`);
}

/** The range of `needle` on line `line` (it must be there once). */
function rangeOn(doc: vscode.TextDocument, line: number, needle: string): vscode.Range {
  const text = doc.lineAt(line).text;
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `line ${line + 1} has no ${JSON.stringify(needle)}: ${JSON.stringify(text)}`);
  assert.strictEqual(text.indexOf(needle, at + 1), -1, `line ${line + 1} has ${JSON.stringify(needle)} more than once`);
  return new vscode.Range(line, at, line, at + needle.length);
}

interface TextMark {
  offset: number;
  text: string;
}
/** Every revision mark of the text ({++ ++}, {-- --}, {~~ ~> ~~}, {>> <<}, {== ==}), in order. */
function textMarks(text: string): TextMark[] {
  const re = /\{\+\+[\s\S]*?\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~~\}|\{>>[\s\S]*?<<\}|\{==[\s\S]*?==\}/g;
  return [...text.matchAll(re)].map((m) => ({ offset: m.index!, text: m[0] }));
}

const describeMark = (m: MarkInfo): string => `${m.kind}:${JSON.stringify(m.oldText ?? '')}->${JSON.stringify(m.newText ?? '')}`;

/** The server's marks of the current version (not the virtual ones of an unmarked MOD). */
async function serverMarks(preview: Preview, doc: vscode.TextDocument): Promise<string[]> {
  const r = await preview.marks(doc);
  assert.ok(r, `the server answered no marks for ${path.basename(doc.uri.fsPath)}`);
  assert.strictEqual(r.version, doc.version, 'the marks are of another version than the document');
  return r.marks.filter((m) => !m.virtual).map(describeMark);
}

/** `list` without the entries at `drop` (indices). */
const without = <T>(list: T[], drop: number[]): T[] => list.filter((_, i) => !drop.includes(i));

suite('Tracked-change preview on AFCP/42A25 (Resolution 52)', () => {
  let itu: Api;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const { ext, api: exports } = await api();
    itu = exports;
    await provideExamples(ext.extensionPath);
    doc = await vscode.workspace.openTextDocument(fixture(CONTRIBUTION));
    assert.strictEqual(doc.languageId, 'itu');
    // The editor shows up painted in the current mode (whatever it is).
    await paintedBy(itu.preview, () => vscode.window.showTextDocument(doc), (e) => e.uri === doc.uri.toString(), `the first paint of ${CONTRIBUTION}`);
  });

  suiteTeardown(async () => {
    for (const d of vscode.workspace.textDocuments) {
      if (d.isDirty && d.uri.scheme === 'file' && d.uri.fsPath.endsWith('.itu')) {
        await vscode.window.showTextDocument(d);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    if (itu && itu.preview.currentMode !== 'tracked') await vscode.commands.executeCommand('itu.preview.tracked');
  });

  test('a. New text / Old text show the projection in place of the file (its exact text, read-only, no CodeLens); Tracked and Markup bring the file back', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('itu.preview.tracked');
    const line = lineOf(doc, /^Countering and combating spam$/);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 3, line, 3) });
    for (const [command, kind] of [['itu.preview.newText', 'new'], ['itu.preview.oldText', 'old']] as const) {
      await vscode.commands.executeCommand(command);
      assert.strictEqual(itu.preview.currentMode, kind);
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, `no active editor after ${command}`);
      assert.strictEqual(editor.document.uri.scheme, 'itu-projection', `after ${command} the active editor shows ${editor.document.uri.toString()}`);
      assert.strictEqual(editor.viewColumn, vscode.ViewColumn.One, 'the projection is not in the file\'s place');
      const expected = await itu.client.sendRequest<string | null>('itu/projection', { uri: doc.uri.toString(), kind });
      assert.strictEqual(editor.document.getText(), expected, `the ${kind}-text editor does not hold the ${kind}-text projection`);
      assert.deepStrictEqual(textMarks(editor.document.getText()), [], `the ${kind} text shows revision marks`);
      // The cursor stays on the line it was on in the file.
      assert.strictEqual(editor.document.lineAt(editor.selection.active.line).text, 'Countering and combating spam');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      assert.deepStrictEqual((lenses ?? []).map((l) => l.command?.title), [], `CodeLens in ${kind} text`);
      // Read-only: an edit is dropped.
      await Promise.resolve(editor.edit((b) => b.insert(new vscode.Position(0, 0), 'X'))).catch(() => false);
      assert.strictEqual(editor.document.getText(), expected, `the ${kind}-text editor took an edit`);
    }
    for (const [command, mode] of [['itu.preview.markup', 'markup'], ['itu.preview.tracked', 'tracked']] as const) {
      const { paint } = await paintedBy(
        itu.preview,
        () => vscode.commands.executeCommand(command),
        (e) => e.uri === doc.uri.toString() && e.mode === mode,
        `a paint in mode "${mode}" after ${command}`,
      );
      assert.strictEqual(paint.version, doc.version);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), `after ${command} the file is not the active editor`);
      const projectionTabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'itu-projection');
      assert.deepStrictEqual(projectionTabs.map((t) => t.label), [], `projection tabs left open after ${command}`);
    }
    // setMode with an argument (what the status-bar quick pick ends in) works the same way.
    await vscode.commands.executeCommand('itu.preview.setMode', 'new');
    assert.strictEqual(itu.preview.currentMode, 'new');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.scheme, 'itu-projection');
    await paintedBy(itu.preview, () => vscode.commands.executeCommand('itu.preview.tracked'), (e) => e.uri === doc.uri.toString() && e.mode === 'tracked', 'back to tracked');
    assert.strictEqual(itu.preview.currentMode, 'tracked');
  });

  test('b. CodeLens: one row per proposal with changes, on its header (Accept N changes | Reject all)', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
    const revisions = textMarks(doc.getText()).filter((m) => !m.text.startsWith('{>>') && !m.text.startsWith('{=='));
    const header = lineOf(doc, /^MOD\tAFCP\/42A25\/1$/);
    assert.deepStrictEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title]),
      [[header, `Accept ${revisions.length} changes`], [header, 'Reject all']],
    );
  });

  test('c. accept one change, reject another; every other mark stays; undo restores each in one step', async () => {
    await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const before = textMarks(original);
    const serverBefore = await serverMarks(itu.preview, doc);
    assert.strictEqual(serverBefore.length, before.length, `server marks ${serverBefore.length} ≠ marks in the text ${before.length}: ${serverBefore.join(', ')}`);

    const cases: { review: 'accept' | 'reject'; line: RegExp; needle: string; expected: string; marks: number }[] = [
      {
        review: 'accept',
        line: /^RESOLUTION 52 \(Rev\. /,
        needle: '{--Dubai, 2012--}{++Hammamet, 2016++}',
        expected: 'RESOLUTION 52 (Rev. Hammamet, 2016)',
        marks: 2,
      },
      {
        review: 'reject',
        line: /^\(Florianópolis, 2004;/,
        needle: '{++; Hammamet, 2016++}',
        expected: '(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)',
        marks: 1,
      },
    ];
    for (const c of cases) {
      assert.strictEqual(doc.getText(), original, 'the document is not back to its original text');
      const line = lineOf(doc, c.line);
      const range = rangeOn(doc, line, c.needle);
      const start = doc.offsetAt(range.start);
      const end = doc.offsetAt(range.end);
      const targeted = before.map((m, i) => (m.offset >= start && m.offset + m.text.length <= end ? i : -1)).filter((i) => i >= 0);
      assert.strictEqual(targeted.length, c.marks, `${c.needle} should hold ${c.marks} mark(s)`);
      const serverTargeted = targeted; // same order: both lists are in document order

      const versionBefore = doc.version;
      const { result, paint } = await paintedBy(
        itu.preview,
        () => vscode.commands.executeCommand<boolean>(`itu.${c.review}Change`, doc.uri, range),
        (e) => e.uri === doc.uri.toString() && e.version > versionBefore,
        `the repaint after itu.${c.review}Change`,
      );
      assert.strictEqual(result, true, `itu.${c.review}Change returned ${result}`);
      await documentWhere(doc, (d) => d.lineAt(line).text === c.expected, `line ${line + 1} to read ${c.expected}`);
      assert.strictEqual(doc.lineAt(line).text, c.expected);
      assert.strictEqual(paint.mode, 'tracked');

      // Every other mark is there, unchanged and in order; the text outside the line too.
      assert.deepStrictEqual(textMarks(doc.getText()).map((m) => m.text), without(before, targeted).map((m) => m.text), 'the other marks changed');
      assert.deepStrictEqual(await serverMarks(itu.preview, doc), without(serverBefore, serverTargeted), 'the server sees other marks than expected');
      const otherLines = (t: string) => t.split('\n').filter((_, i) => i !== line);
      assert.deepStrictEqual(otherLines(doc.getText()), otherLines(original), 'lines other than the reviewed one changed');

      // One undo step brings the original back.
      const changed = doc.version;
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      await documentWhere(doc, (d) => d.version > changed, 'the undo to change the document');
      assert.strictEqual(doc.getText(), original, `one undo after itu.${c.review}Change did not restore the text; line ${line + 1} reads ${JSON.stringify(doc.lineAt(line).text)}`);
      assert.deepStrictEqual(await serverMarks(itu.preview, doc), serverBefore, 'after undo the server sees other marks');
    }
    assert.strictEqual(doc.isDirty, false, 'after undoing everything the document is still dirty');
  });

  test('d. itu.showNewText opens a read-only projection without revision marks', async () => {
    await vscode.window.showTextDocument(doc);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('itu.showNewText', doc.uri);
    assert.ok(editor, 'itu.showNewText returned no editor');
    const projection = editor.document;
    assert.strictEqual(projection.uri.scheme, 'itu-projection', `opened ${projection.uri.toString()}`);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), projection.uri.toString(), 'the projection is not the active editor');
    const text = projection.getText();
    for (const delimiter of ['{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}']) {
      assert.ok(!text.includes(delimiter), `the new text still contains ${delimiter}: …${text.slice(Math.max(0, text.indexOf(delimiter) - 40), text.indexOf(delimiter) + 40)}…`);
    }
    assert.ok(text.includes('RESOLUTION 52 (Rev. Hammamet, 2016)'), 'no "RESOLUTION 52 (Rev. Hammamet, 2016)" in the new text');
    assert.ok(text.includes('(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)'), 'the history line of the new text is not complete');
    assert.ok(text.includes('1\tITU-T Study Group 17 to report regularly'), 'the further instructs 1 of the new text is not there');
    assert.ok(!text.includes('Dubai, 2012)\nCountering'), 'the number line kept the old edition');
    // Read-only: an edit through the editor leaves the text as it was. (TextEditor.edit resolves
    // true even when the read-only editor drops the edit: VS Code's MainThreadTextEditor.applyEdits
    // ignores executeEdits' result, so only the text tells.)
    const versionBefore = projection.version;
    await Promise.resolve(editor.edit((b) => b.insert(new vscode.Position(0, 0), 'X'))).catch(() => false);
    assert.strictEqual(projection.getText(), text, 'an edit of the projection was applied: it is not read-only');
    assert.strictEqual(projection.version, versionBefore, 'the projection changed version after an edit');
    assert.strictEqual(projection.isDirty, false);

    // The projection follows edits of the contribution (and their undo).
    const line = lineOf(doc, /^Countering and combating spam$/);
    const applied = await vscode.workspace.applyEdit(((e) => (e.insert(doc.uri, new vscode.Position(line, 0), 'Still '), e))(new vscode.WorkspaceEdit()));
    assert.ok(applied, 'could not edit the contribution');
    await documentWhere(projection, (p) => p.getText().includes('\nStill Countering and combating spam\n'), 'the new-text projection to show the edit of the contribution');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await documentWhere(doc, (d) => !d.isDirty, 'the undo of the edit');
    await documentWhere(projection, (p) => p.getText() === text, 'the new-text projection to be back to its first text after the undo');
  });

  test('e. itu.compareWithBase opens a diff editor: base Resolution 52 ↔ the new text', async () => {
    // The base text was copied into the workspace while the server ran (or was there at start):
    // the file watcher reaches the server, which indexes it.
    await untilAnswered(
      () => itu.client.sendRequest<unknown>('itu/baseComparison', { uri: doc.uri.toString() }),
      `the server to find the base text of ${CONTRIBUTION} (${BASE} in the workspace)`,
      doc.uri,
    );
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const isDiff = () => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff;
    await vscode.commands.executeCommand('itu.compareWithBase', doc.uri);
    await eventually(vscode.window.tabGroups.onDidChangeTabs, isDiff, 'a diff editor to become the active tab',
      () => `active tab: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '(none)'}`);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab!;
    assert.ok(tab.input instanceof vscode.TabInputTextDiff, `the active tab "${tab.label}" is no diff editor`);
    const input = tab.input as vscode.TabInputTextDiff;
    assert.match(tab.label, /MOD AFCP\/42A25\/1/, `tab label: ${tab.label}`);
    const base = (await vscode.workspace.openTextDocument(input.original)).getText();
    const modified = (await vscode.workspace.openTextDocument(input.modified)).getText();
    assert.ok(base.includes('RESOLUTION 52 (Rev. Dubai, 2012)'), `the left side is not the text in force: ${base.slice(0, 120)}`);
    // (the base has a no-break space in "Group 17")
    assert.match(base, /^further instructs ITU-T Study Group\s17$/m, 'the left side lacks the further instructs of the text in force');
    assert.match(modified, /^1\tITU-T Study Group 17 to report regularly/m, 'the right side lacks the new further instructs 1');
    assert.ok(modified.includes('RESOLUTION 52 (Rev. Hammamet, 2016)'), `the right side is not the new text: ${modified.slice(0, 120)}`);
    assert.ok(!/\{\+\+|\{--|\{~~/.test(modified), 'the right side still has revision marks');
    assert.notStrictEqual(base, modified);
  });

  test('f. itu.acceptAll gives the new-text projection, itu.rejectAll the old; one undo each', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const original = doc.getText();
    for (const [command, kind] of [['itu.acceptAll', 'new'], ['itu.rejectAll', 'old']] as const) {
      const expected = await itu.client.sendRequest<string | null>('itu/projection', { uri: doc.uri.toString(), kind });
      assert.ok(expected, `the server has no ${kind}-text projection`);
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      const versionBefore = doc.version;
      const { result } = await paintedBy(
        itu.preview,
        () => vscode.commands.executeCommand<boolean>(command, doc.uri),
        (e) => e.uri === doc.uri.toString() && e.version > versionBefore,
        `the repaint after ${command}`,
      );
      assert.strictEqual(result, true, `${command} returned ${result}`);
      assert.strictEqual(doc.getText(), expected, `after ${command} the text is not the ${kind}-text projection`);
      assert.deepStrictEqual(textMarks(doc.getText()), [], `${command} left marks`);
      assert.deepStrictEqual(await serverMarks(itu.preview, doc), [], `after ${command} the server still sees marks`);
      const changed = doc.version;
      await vscode.commands.executeCommand('undo');
      await documentWhere(doc, (d) => d.version > changed, `the undo of ${command}`);
      assert.strictEqual(doc.getText(), original, `one undo after ${command} did not restore the text`);
    }
  });

  test('g. itu.preview.setMode given the editor URI (what the editor-title button passes) keeps a valid mode', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const before = itu.preview.currentMode;
    let settled: { ok: boolean; error?: string } | undefined;
    const run = Promise.resolve(vscode.commands.executeCommand('itu.preview.setMode', doc.uri, { groupId: 0 })).then(
      () => (settled = { ok: true }),
      (err: unknown) => (settled = { ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    // Handled right, the URI is no mode: the picker opens and the command waits for it. Close it
    // until the command returns (bounded; there is no event for "a quick pick is open").
    const deadline = Date.now() + WAIT_MS;
    while (!settled && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await Promise.race([run, new Promise((r) => setTimeout(r, 200))]);
    }
    assert.ok(settled, `itu.preview.setMode(uri) did not return within ${WAIT_MS} ms`);
    const mode: unknown = itu.preview.currentMode;
    assert.ok(
      ['tracked', 'new', 'old', 'markup'].includes(mode as string),
      `after itu.preview.setMode(<editor URI>) preview.currentMode is ${mode instanceof vscode.Uri ? `the URI ${mode.toString()}` : JSON.stringify(mode)}` +
        (settled.ok ? '' : `; the command failed: ${settled.error}`),
    );
    assert.strictEqual(settled.ok, true, `the command failed: ${settled.error}`);
    assert.strictEqual(mode, before);
  });
});
