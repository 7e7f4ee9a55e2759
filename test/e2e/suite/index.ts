// Entry of the extension-host test suite, in the @vscode/test-electron shape: VS Code (or
// code-server, see scripts/e2e/run-vscode.sh) loads the bundle of this file through
// `extensionTestsPath` and awaits `run()`.
//
// Besides mocha's own report it logs one machine-readable line per test and one summary line
// (prefix RESULT_PREFIX); the browser-side runner (test/e2e/run-in-code-server.js) reads them
// from the forwarded extension-host console and prints the closing `N passed, N failed` line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { Preview } from '../../../client/src/preview';
import { allPainted } from './wait';

export const RESULT_PREFIX = 'ITU-E2E';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.ITU_E2E_TEST_TIMEOUT ?? 60000),
    grep: process.env.ITU_E2E_GREP,
    // Every test leaves its editors painted before the next one covers or closes them: a paint still
    // on its way would reach an editor VS Code has disposed (a warning in the host's log: test zz).
    rootHooks: {
      async afterEach() {
        const ext = vscode.extensions.getExtension<{ preview: Preview }>('itu-draft.itu-draft');
        if (ext?.isActive) await allPainted(ext.exports.preview);
      },
    },
  });
  // The test files are bundled next to this file (scripts/e2e/build-suite.js).
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    try {
      const runner = mocha.run((failures) => {
        console.log(`${RESULT_PREFIX} result ${JSON.stringify({ passed, failed, skipped })}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => {
        passed++;
        console.log(`${RESULT_PREFIX} test pass ${JSON.stringify(t.fullTitle())}`);
      });
      // 'fail' is also emitted for failing hooks; mocha counts those as failures too.
      runner.on('fail', (t, err: unknown) => {
        failed++;
        const message = err instanceof Error ? err.message : String(err);
        console.log(`${RESULT_PREFIX} test fail ${JSON.stringify(t.fullTitle())} ${JSON.stringify(message)}`);
      });
      runner.on('pending', (t) => {
        skipped++;
        console.log(`${RESULT_PREFIX} test skip ${JSON.stringify(t.fullTitle())}`);
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
