// Starts code-server for a browser-side script (screenshot.js, test/e2e/ui-preview.js) through
// scripts/e2e/code-server.sh serve: its own process group, temp XDG/user-data dirs, a copy of the
// workspace. Resolves { port, folder, stop }; stop() ends the whole group.
const { spawn } = require('child_process');
const path = require('path');
const readline = require('readline');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * opts.workspace: folder copied as the workspace (default test/e2e/workspace);
 * opts.extension: the extension, shown as installed unless opts.dev (then the caller loads it
 * as a development extension through the workbench URL); opts.theme: the workbench colour theme;
 * opts.locale: VS Code's display language (E2E_LOCALE in code-server.sh).
 */
function startCodeServer(opts = {}) {
  const env = { ...process.env };
  if (opts.workspace) env.E2E_WORKSPACE_SRC = path.resolve(opts.workspace);
  if (!opts.dev) env.E2E_INSTALL_EXTENSION = path.resolve(opts.extension || ROOT);
  if (opts.theme) env.E2E_COLOR_THEME = opts.theme;
  if (opts.locale) env.E2E_LOCALE = opts.locale;
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

/** Runs a command through the palette (F1, its title, Enter). */
async function runCommand(page, title, ms) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: ms });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: ms });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: ms });
}

/**
 * Ctrl+. in the focused editor until the quick-fix menu (`.action-widget`) shows, at most `presses` times;
 * resolves to the answers seen before it ([] when the first press showed it). Throws, naming every answer, when
 * no press showed it.
 *
 * A press may be dropped by VS Code itself (1.100, editor/contrib/codeAction/browser/codeActionModel.ts): any
 * extension that registers a code-action provider, for any language, resets every editor's code-action model,
 * which cancels the Ctrl+. request still on its way (and an automatic request after a cursor move cancels it
 * after 500 ms); the cancelled request reads as an empty list, and the editor says "No code actions available"
 * although the language server answered with the fix. On a loaded machine json-language-features and
 * typescript-language-features activate (onLanguage:jsonc) several seconds into the session, while the extension
 * host is too busy to pass the answer on quickly. A press is repeated only after that message; a server that
 * offers no fix gets the same message every time, and the throw lists them.
 */
async function openQuickFixMenu(page, ms, presses = 3) {
  const answers = [];
  for (let i = 0; i < presses; i++) {
    const answer = await page.waitForFunction(() => !document.querySelector('.monaco-editor-overlaymessage'), null, { timeout: ms })
      .then(async () => {
        await page.keyboard.press('Control+.');
        return page.waitForFunction(() => {
          const menu = document.querySelector('.action-widget');
          if (menu && menu.getClientRects().length) return 'menu';
          const message = document.querySelector('.monaco-editor-overlaymessage');
          return message ? `the message "${(message.textContent || '').trim()}"` : false;
        }, null, { timeout: ms });
      })
      .then((handle) => handle.jsonValue(), (error) => `nothing (${String(error.message).split('\n')[0]})`);
    if (answer === 'menu') return answers;
    answers.push(answer);
    if (!answer.startsWith('the message')) break;
    await page.keyboard.press('Escape'); // closes the message
  }
  throw new Error(`Ctrl+. pressed ${answers.length} times showed no quick-fix menu: ${answers.join('; ')}`);
}

module.exports = { startCodeServer, runCommand, openQuickFixMenu, ROOT };
