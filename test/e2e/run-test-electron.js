// The same suite through @vscode/test-electron, for machines that can download VS Code
// (this one cannot: there scripts/e2e/run-vscode.sh runs it in code-server instead).
// usage: npm run build && node scripts/e2e/build-suite.js && node test/e2e/run-test-electron.js
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  // Work on a copy of the fixtures: the tests edit documents (without saving, then revert).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-e2e-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'out', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { ITU_E2E_WORKSPACE: workspace },
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('extension tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
