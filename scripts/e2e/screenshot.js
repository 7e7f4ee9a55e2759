// Screenshot of the extension at work in a real VS Code (code-server + headless chromium).
//
// usage: node scripts/e2e/screenshot.js --file gap.itu [--line 12 [--col 1]] [--quickfix] [--problems]
//                                        --out docs/images/editor.png
//   --file F       file to open, relative to the workspace (default gap.itu); a top-level file is
//                  opened from the Explorer, a nested one through Quick Open
//   --line N       put the cursor on line N (1-based; Go to Line), column --col (default 1)
//   --quickfix     open the quick-fix menu there (Ctrl+.) and wait for it
//   --problems     open the Problems panel too
//   --out P        PNG to write (default e2e-screenshot.png); --width/--height: viewport (1400x900)
//   --workspace D  folder copied as the workspace (default test/e2e/workspace)
//   --extension D  extension under test (default: the repository root; run `npm run build` first);
//                  shown as installed, or as a development extension with --dev
//   --port N --folder D   use a code-server that is already running instead of starting one
//                  (the extension is then loaded as a development extension)
//   --timeout S    bound for each wait (default 60)
// Without --port it starts code-server through scripts/e2e/code-server.sh (own process group,
// temp XDG/user-data dirs, a copy of the workspace) and stops it at the end.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { launchChromium, workbenchUrl } = require('./browser.js');

const ROOT = path.resolve(__dirname, '..', '..');

function parseArgs(argv) {
  const opts = { file: 'gap.itu', out: 'e2e-screenshot.png', width: 1400, height: 900, col: 1, timeout: 60 };
  const flags = new Set(['quickfix', 'problems', 'dev']);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    if (flags.has(m[1])) opts[m[1]] = true;
    else if (i + 1 < argv.length) opts[m[1]] = argv[++i];
    else throw new Error(`--${m[1]} needs a value`);
  }
  for (const k of ['width', 'height', 'line', 'col', 'port', 'timeout']) if (opts[k] !== undefined) opts[k] = Number(opts[k]);
  return opts;
}

/** Starts code-server via code-server.sh serve; resolves { port, folder, stop }. */
function startCodeServer(opts) {
  const env = { ...process.env };
  if (opts.workspace) env.E2E_WORKSPACE_SRC = path.resolve(opts.workspace);
  if (!opts.dev) env.E2E_INSTALL_EXTENSION = path.resolve(opts.extension || ROOT);
  const child = spawn('bash', [path.join(__dirname, 'code-server.sh'), 'serve'], {
    env, detached: true, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let exited = false;
  const gone = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    await gone;
  };
  process.on('exit', () => { if (!exited) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } });
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      const m = /^E2E_READY port=(\d+) folder=(\S+)/.exec(line);
      if (m) resolve({ port: Number(m[1]), folder: m[2], stop });
      else console.log(line);
    });
    child.on('exit', (code) => reject(new Error(`code-server.sh exited (${code}) before code-server was ready`)));
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const ms = opts.timeout * 1000;
  const t0 = Date.now();
  const say = (msg) => console.log(`[screenshot ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

  let server;
  if (opts.port) {
    opts.dev = true;
    if (!opts.folder) throw new Error('--port needs --folder (the workspace folder code-server should open)');
    server = { port: opts.port, folder: path.resolve(opts.folder), stop: async () => {} };
  } else {
    server = await startCodeServer(opts);
  }
  const browser = await launchChromium();
  let ok = false;
  try {
    const page = await browser.newPage({ viewport: { width: opts.width, height: opts.height } });
    page.on('pageerror', (e) => console.log('page error:', e.message));
    const extension = path.resolve(opts.extension || ROOT);
    await page.goto(workbenchUrl(server.port, server.folder, opts.dev ? { extensionDevelopmentPath: extension } : {}));
    await page.waitForSelector('.monaco-workbench', { timeout: ms });
    say('workbench up');

    const name = path.basename(opts.file);
    if (!opts.file.includes('/')) {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: ms });
      await row.dblclick();
    } else {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: ms });
      await page.keyboard.type(opts.file);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: ms });
      await page.keyboard.press('Enter');
    }
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: ms });
    await page.waitForSelector('.editor-instance .view-lines', { timeout: ms });
    say(`editor open on ${opts.file}`);

    // The Problems item of the status bar counts the language server's findings.
    const problems = page.locator('[id="status.problems"]');
    await problems.waitFor({ timeout: ms });
    try {
      await page.waitForFunction(() => {
        const el = document.getElementById('status.problems');
        return !!el && /[1-9]/.test(el.textContent || '');
      }, null, { timeout: ms });
      say(`status bar problems: ${(await problems.getAttribute('aria-label')) || (await problems.textContent())}`);
    } catch {
      say('no problems counted in the status bar (the server published none in time); going on');
    }

    if (opts.line) {
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { timeout: ms });
      await page.keyboard.type(`${opts.line}:${opts.col}`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((line) => {
        const el = document.querySelector('.statusbar [id="status.editor.selection"]');
        return !!el && new RegExp(`Ln ${line},`).test(el.textContent || '');
      }, opts.line, { timeout: ms });
      say(`cursor on line ${opts.line}`);
    }
    if (opts.problems) {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: ms });
      say('problems panel open');
      // give the editor the focus back for the quick-fix key
      if (opts.quickfix) await page.keyboard.press('Control+1');
    }
    if (opts.quickfix) {
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget').first().waitFor({ state: 'visible', timeout: ms });
      await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: ms });
      say(`quick-fix menu: ${(await page.locator('.action-widget').first().innerText()).replace(/\s+/g, ' ').trim()}`);
    }
    ok = true;
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    await page.screenshot({ path: opts.out });
    say(`saved ${opts.out}`);
  } catch (err) {
    console.error('FAILED:', err.message);
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages[0]) {
      const failShot = opts.out.replace(/\.png$/, '') + '.failed.png';
      await pages[0].screenshot({ path: failShot }).catch(() => {});
      console.error(`what the page showed: ${failShot}`);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
