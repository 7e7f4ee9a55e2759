// Runs last (files run in name order): after every other suite has exercised the extension, the
// extension host's own log must hold no warning or error from it, and none of the notices VS Code
// gives extensions under development (a document selector without scheme).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'itu-draft.itu-draft';

/** The extension host's log files: `exthost.log` (desktop) or `remoteexthost.log` (code-server), near the extension's log folder. */
function hostLogs(logUri: vscode.Uri): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isFile() && /exthost\.log$/i.test(e.name)) found.push(p);
      else if (e.isDirectory() && depth > 0) walk(p, depth - 1);
    }
  };
  // <logs>/<session>/exthost1/<extension id>: look in exthost1 and the session folder.
  walk(path.dirname(path.dirname(logUri.fsPath)), 2);
  return found;
}

suite('Extension host log', () => {
  test('no warning or error from this extension, no "document selector without scheme"', async () => {
    const ext = vscode.extensions.getExtension<{ logUri: vscode.Uri }>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    const { logUri } = await ext.activate();
    const logs = hostLogs(logUri);
    assert.ok(logs.length > 0, `no extension-host log near ${logUri.fsPath}`);
    const lines = logs.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'));
    // The right log: it records this extension's activation.
    assert.ok(lines.some((l) => l.includes(EXTENSION_ID)), `the logs ${logs.join(', ')} never name ${EXTENSION_ID}`);
    const ours = (l: string) => l.includes(EXTENSION_ID) || /'itu\.[\w.]+'/.test(l);
    // "Illegal argument: TextEditor(…)": an editor decorated or edited after it was closed. No
    // other extension of the run decorates editors, so these name no extension but are this one's.
    const bad = lines.filter((l) => (/\[(warning|error)\]/.test(l) && (ours(l) || /Illegal argument: TextEditor/.test(l))) || (l.includes(EXTENSION_ID) && /selector without scheme/.test(l)));
    assert.deepStrictEqual(bad, [], `the extension host logged:\n${bad.join('\n')}`);
  });
});
