// Extension-host tests in a real VS Code (code-server): the extension's client starts the
// language server, and these tests see what a user would see through the VS Code API.
// Every wait is on an event (diagnostics or document changes), bounded by a timeout that
// names what was awaited and what was there instead; nothing sleeps.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fixture } from './workspace';
import { documentWhere } from './wait';

const WAIT_MS = Number(process.env.ITU_E2E_WAIT_MS ?? 45000);
const PROPOSAL_ID = 'XX/7A1/1';



/** A diagnostic's code as a string, whether it was sent as `code` or `{ value, target }`. */
function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

const isGap = (d: vscode.Diagnostic): boolean => codeOf(d) === 'numbering.gap';

function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${codeOf(d) ?? '-'}] ${d.message}`).join('; ');
}

/** Resolves with the URI's diagnostics as soon as `accept` holds for them (now or after a change). */
function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (ds: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const check = (): void => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (accept(ds)) finish(() => resolve(ds));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      const now = describeDiagnostics(vscode.languages.getDiagnostics(uri));
      finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${path.basename(uri.fsPath)}; diagnostics now: ${now}`)));
    }, timeoutMs);
    check();
  });
}

/** The next diagnostics change for `uri`, or undefined after `timeoutMs`. */
function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        clearTimeout(timer);
        sub.dispose();
        resolve(true);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(false);
    }, timeoutMs);
  });
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function lineOf(doc: vscode.TextDocument, pattern: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) if (pattern.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matching ${pattern} in ${path.basename(doc.uri.fsPath)}`);
}

function isCommand(a: vscode.CodeAction | vscode.Command): a is vscode.Command {
  return typeof (a as vscode.Command).command === 'string';
}

async function applyAction(a: vscode.CodeAction | vscode.Command): Promise<void> {
  if (isCommand(a)) {
    await vscode.commands.executeCommand(a.command, ...(a.arguments ?? []));
    return;
  }
  if (a.edit) assert.ok(await vscode.workspace.applyEdit(a.edit), `workspace.applyEdit refused the edit of "${a.title}"`);
  if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
}

function flattenSymbols(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  const names: string[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation): void => {
    names.push(s.name);
    if ('children' in s) s.children.forEach(walk);
  };
  symbols.forEach(walk);
  return names;
}

/** The extension that contributes the `itu` language, activated (whatever its id). */
async function ituExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.all.find((e) => {
    const languages = (e.packageJSON as { contributes?: { languages?: { id?: string }[] } }).contributes?.languages;
    return languages?.some((l) => l.id === 'itu') ?? false;
  });
  assert.ok(ext, 'no installed extension contributes the language "itu"');
  await ext.activate();
  return ext;
}

suite('ITU extension in VS Code', () => {
  suiteTeardown(async () => {
    // Leave the fixture as it was (test b edits it; nothing is saved).
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty && doc.uri.fsPath.endsWith('.itu')) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  test('a. gap.itu opens as "itu" and gets numbering.gap on the d) line', async () => {
    const doc = await open('gap.itu');
    assert.strictEqual(doc.languageId, 'itu');
    const line = lineOf(doc, /^d\)\t/);
    const ds = await diagnosticsWhere(doc.uri, (all) => all.some(isGap), 'a numbering.gap diagnostic');
    const gaps = ds.filter(isGap);
    assert.ok(
      gaps.some((d) => d.range.start.line === line),
      `expected numbering.gap on line ${line + 1}, got: ${describeDiagnostics(gaps)}`,
    );
  });

  test('b. the renumbering quick fix turns d) into c) and the gap goes away', async () => {
    const doc = await open('gap.itu');
    const line = lineOf(doc, /^d\)\t/);
    const ds = await diagnosticsWhere(
      doc.uri,
      (all) => all.some((d) => isGap(d) && d.range.start.line === line),
      `numbering.gap on line ${line + 1}`,
    );
    const gap = ds.find((d) => isGap(d) && d.range.start.line === line)!;
    // The 4th argument resolves lazily computed edits (codeAction/resolve).
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, gap.range, undefined, 50,
      )) ?? [];
    // One label to change: the fix says which ("Change d) to c)"); several: "Renumber considering".
    const fix = actions.find((a) => /^(renumber|change d\) to c\))/i.test(a.title));
    assert.ok(fix, `no code action "Change d) to c)" or "Renumber…" at the gap; offered: ${actions.map((a) => JSON.stringify(a.title)).join(', ') || '(none)'}`);
    if (!isCommand(fix) && fix.kind) {
      assert.ok(vscode.CodeActionKind.QuickFix.contains(fix.kind), `"${fix.title}" has kind ${fix.kind.value}, not quickfix`);
    }
    await applyAction(fix);
    await documentWhere(doc, (d) => /^c\)\t/.test(d.lineAt(line).text), `line ${line + 1} to start with "c)"`);
    await diagnosticsWhere(doc.uri, (all) => !all.some(isGap), 'the numbering.gap diagnostic to go away');
  });

  test('c. the extension registers commands under itu.*', async () => {
    await ituExtension();
    const ours = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('itu.'));
    assert.ok(ours.length > 0, 'no registered command id starts with "itu."');
  });

  test('d. the document symbols include the proposal XX/7A1/1', async () => {
    const doc = await open('gap.itu');
    await ituExtension();
    // Until the language server is up the provider may answer nothing: ask again on each
    // diagnostics change for the file (the server is publishing then), within WAIT_MS.
    const deadline = Date.now() + WAIT_MS;
    let names: string[] = [];
    for (;;) {
      const symbols =
        (await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
          'vscode.executeDocumentSymbolProvider', doc.uri,
        )) ?? [];
      names = flattenSymbols(symbols);
      if (names.some((n) => n.includes(PROPOSAL_ID))) return;
      const left = deadline - Date.now();
      if (left <= 0 || !(await nextDiagnosticsChange(doc.uri, left))) break;
    }
    assert.fail(`no document symbol named with ${PROPOSAL_ID}; symbols: ${names.map((n) => JSON.stringify(n)).join(', ') || '(none)'}`);
  });
});
