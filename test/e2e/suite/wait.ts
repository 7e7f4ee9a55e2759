// Bounded waits on events for the extension-host suites: each names what it waited for and,
// on a timeout, what was there instead. Nothing sleeps.
import * as vscode from 'vscode';
import type { Preview } from '../../../client/src/preview';

export const WAIT_MS = Number(process.env.ITU_E2E_WAIT_MS ?? 45000);

/**
 * Resolves with what `start` passes to its callback (it subscribes to an event and returns the
 * subscription); rejects after WAIT_MS with a message naming what was awaited and, from `now()`,
 * what was there instead. The subscription is disposed either way.
 */
export function bounded<T>(what: string, now: () => string, start: (resolve: (v: T) => void) => vscode.Disposable): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const sub = start((v) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; ${now()}`));
    }, WAIT_MS);
  });
}

/** Resolves once `condition` holds: now, or after one of `event`'s firings. */
export function eventually(event: vscode.Event<unknown>, condition: () => boolean, what: string, now: () => string): Promise<void> {
  if (condition()) return Promise.resolve();
  return bounded<void>(what, now, (resolve) => event(() => condition() && resolve()));
}

/** Resolves when `accept` holds for the document's text (now or after a change). */
export function documentWhere(doc: vscode.TextDocument, accept: (d: vscode.TextDocument) => boolean, what: string): Promise<void> {
  return eventually(vscode.workspace.onDidChangeTextDocument, () => accept(doc), what, () => `document at version ${doc.version}`);
}

/**
 * Asks `probe` until it answers something, again on every diagnostics change of `uri` (the server
 * publishes or is pulled then) and on a slow tick: there is no event for "base text indexed".
 */
export async function untilAnswered<T>(probe: () => Promise<T | null | undefined>, what: string, uri?: vscode.Uri): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const answer = await probe();
    if (answer !== null && answer !== undefined) return answer;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!uri || e.uris.some((u) => u.toString() === uri.toString())) finish();
      });
      const timer = setTimeout(finish, Math.min(500, left));
      function finish(): void {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }
}

/**
 * Resolves once the preview has painted every visible .itu editor at its current version. A test
 * that replaces or closes an editor waits for this first: a paint still on its way would reach an
 * editor VS Code has disposed (a warning in the extension host's log, which test zz forbids).
 */
export function allPainted(preview: Preview): Promise<void> {
  const pending = () => vscode.window.visibleTextEditors.filter((e) => e.document.languageId === 'itu' &&
    ['file', 'untitled'].includes(e.document.uri.scheme) && preview.paintedVersion(e.document.uri) !== e.document.version);
  return eventually(preview.onDidPaint, () => pending().length === 0, 'every visible .itu editor painted',
    () => `not painted: ${pending().map((e) => e.document.uri.toString()).join(', ')}`);
}
