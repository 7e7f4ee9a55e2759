// Runs the extension-host test suite inside a running code-server, through headless chromium:
// the workbench URL carries extensionDevelopmentPath / extensionTestsPath (the contract of
// @vscode/test-electron), the page exposes codeAutomationLog (extension-host console) and
// codeAutomationExit (the suite's exit code).
//
// usage: node test/e2e/run-in-code-server.js <port> <workspaceFolder> <extensionDevelopmentPath> <extensionTestsPath>
// Prints the suite's output and, as its last line, "N passed, N failed" (", N skipped" if any).
// Exit code: the suite's (0 = all passed), 2 on timeout (ITU_E2E_TIMEOUT seconds, default 300).
const util = require('util');
const path = require('path');
const { launchChromium, workbenchUrl } = require('../../scripts/e2e/browser.js');

(async () => {
  const [port, folder, dev, tests] = process.argv.slice(2);
  if (!tests) {
    console.error('usage: run-in-code-server.js <port> <folder> <extensionDevelopmentPath> <extensionTestsPath>');
    process.exit(64);
  }
  const timeoutS = Number(process.env.ITU_E2E_TIMEOUT || 300);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let summary = null;

  // Workbench chatter that says nothing about the extension (ITU_E2E_VERBOSE=1 shows it).
  const noise = /^(Resolv(ing|ed) connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\] registered|ChatSessionStore: Migrating)/;
  const onLog = (line) => {
    const m = /^ITU-E2E (result|test) (.*)$/s.exec(line);
    if (!m) {
      if (process.env.ITU_E2E_VERBOSE || !noise.test(line)) console.log('[vscode]', line);
      return;
    }
    if (m[1] === 'result') summary = JSON.parse(m[2]);
    else if (m[2].startsWith('pass ')) counts.passed++;
    else if (m[2].startsWith('fail ')) counts.failed++;
    else if (m[2].startsWith('skip ')) counts.skipped++;
  };

  const finish = async (code, note) => {
    if (note) console.log(note);
    const c = summary || counts;
    // A run that ended without the suite's summary (crash, timeout, failed activation of the
    // test runner) counts as one more failure, so the closing line never reads as a green run.
    const failed = c.failed + (summary || code === 0 ? 0 : 1);
    const passed = c.passed;
    if (code === 0 && failed > 0) code = 1;
    if (code !== 0 && process.env.E2E_CS_LOG) {
      // Activation errors of the extension and crashes of the server land in code-server's log.
      try {
        const lines = require('fs').readFileSync(process.env.E2E_CS_LOG, 'utf8').trimEnd().split('\n');
        console.log(`--- ${process.env.E2E_CS_LOG} (last 40 lines) ---\n${lines.slice(-40).join('\n')}\n---`);
      } catch { /* no log */ }
    }
    try { await browser.close(); } catch { /* already gone */ }
    console.log(`${passed} passed, ${failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
    process.exit(code);
  };

  const browser = await launchChromium();
  const page = await browser.newPage();
  const timer = setTimeout(() => finish(2, `TIMEOUT: the suite did not finish within ${timeoutS} s`), timeoutS * 1000);
  page.on('pageerror', (e) => console.log('[page error]', e.message));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) onLog(line);
  });
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  const url = workbenchUrl(port, path.resolve(folder), {
    extensionDevelopmentPath: path.resolve(dev),
    extensionTestsPath: path.resolve(tests),
  });
  await page.goto(url);
  const code = await exited;
  clearTimeout(timer);
  await finish(Number(code) || 0, `extension tests exit code ${code}`);
})().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
