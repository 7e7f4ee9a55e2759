// Headless Debian chromium driven by playwright-core, both installed by scripts/e2e/setup.sh
// (playwright-core lives in the e2e cache, not in the repository's node_modules).
const os = require('os');
const path = require('path');

function playwright() {
  const cache = process.env.ITU_E2E_CACHE || path.join(os.homedir(), '.cache', 'itu-draft-e2e');
  for (const candidate of ['playwright-core', path.join(cache, 'pw', 'node_modules', 'playwright-core')]) {
    try {
      return require(candidate);
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  throw new Error(`playwright-core not found (looked in ${cache}/pw): run scripts/e2e/setup.sh first`);
}

function launchChromium() {
  return playwright().chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The workbench URL for `folder`, with payload entries such as extensionDevelopmentPath. */
function workbenchUrl(port, folder, payload = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const entries = [['skipWelcome', 'true']];
  if (payload.extensionDevelopmentPath) entries.push(['extensionDevelopmentPath', remote(payload.extensionDevelopmentPath)]);
  if (payload.extensionTestsPath) entries.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

module.exports = { playwright, launchChromium, workbenchUrl };
