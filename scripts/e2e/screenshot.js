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
//   --examples     add the ITU example texts (AFCP/42A25 and Resolution 52, from $ITU_E2E_EXAMPLES
//                  or ../shared/examples) to the workspace copy (scripts/e2e/prepare-workspace.js)
//   --skip-problems  do not wait for the status bar to count problems (a file without findings)
//   --no-sidebar   close the primary side bar (more room for the editor)
//   --top N        scroll the editor so that line N is the first one shown
//   --command T    run a command through the palette (F1, its title T, Enter) after the rest;
//                  may be given more than once (run in order)
//   --type T       after the commands, type T into the quick input they opened (a pick list, an input
//                  box) and say the rows it shows; --key K presses key K (e.g. Enter) there. Both may be
//                  given more than once (run in the order given)
//   --edit T       after the cursor is placed (--line), type T into the editor; --edit-key K presses key K
//                  there (e.g. Enter, Control+Space); --suggest opens the completion list (Ctrl+Space), waits
//                  for it and says its rows. All three may be given more than once (run in the order given)
//   --palette T    last, open the command palette on T (e.g. "UIT:") and leave it open
//   --wait-for S   then wait until the CSS selector S is visible (e.g. .monaco-diff-editor)
//   --webview-wait S  then wait until a webview (any frame of the page) shows the selector S
//   --decorated    wait until the tracked-change preview has underlined text in the editor
//   --locale L     VS Code's display language (e.g. fr): a stub languagepacks.json declares it, so the
//                  extension's texts are in L and VS Code's own stay English (test/e2e/locale-pack)
//   --theme T      workbench colour theme, e.g. "Default Dark Modern", "Default High Contrast",
//                  "Default High Contrast Light" (default: code-server's, Default Dark Modern)
// Without --port it starts code-server through scripts/e2e/code-server.sh (own process group,
// temp XDG/user-data dirs, a copy of the workspace) and stops it at the end.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launchChromium, workbenchUrl } = require('./browser.js');
const { startCodeServer, runCommand, openQuickFixMenu } = require('./serve.js');
const { prepareWorkspace } = require('./prepare-workspace.js');

const ROOT = path.resolve(__dirname, '..', '..');

function parseArgs(argv) {
  if (argv.includes('--help') || argv.includes('-h')) {
    // the comment block at the top of this file
    const head = fs.readFileSync(__filename, 'utf8').split('\n');
    console.log(head.slice(0, head.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    process.exit(0);
  }
  const opts = { file: 'gap.itu', out: 'e2e-screenshot.png', width: 1400, height: 900, col: 1, timeout: 60 };
  const flags = new Set(['quickfix', 'problems', 'dev', 'examples', 'skip-problems', 'no-sidebar', 'decorated']);
  opts.command = [];
  opts.input = [];
  opts.editor = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    if (flags.has(m[1])) opts[m[1]] = true;
    else if (m[1] === 'suggest') opts.editor.push({ suggest: true });
    else if ((m[1] === 'edit' || m[1] === 'edit-key') && i + 1 < argv.length) opts.editor.push({ [m[1]]: argv[++i] });
    else if (m[1] === 'command' && i + 1 < argv.length) opts.command.push(argv[++i]);
    else if ((m[1] === 'type' || m[1] === 'key') && i + 1 < argv.length) opts.input.push({ [m[1]]: argv[++i] });
    else if (i + 1 < argv.length) opts[m[1]] = argv[++i];
    else throw new Error(`--${m[1]} needs a value`);
  }
  for (const k of ['width', 'height', 'line', 'col', 'port', 'timeout', 'top']) if (opts[k] !== undefined) opts[k] = Number(opts[k]);
  return opts;
}

/**
 * Scrolls the active editor until line `line` is the first line shown (within a few pixels):
 * the mouse wheel (about 50 px a notch) to get near, then View: Scroll Line Up/Down (Ctrl+Up/Down).
 */
async function scrollToTop(page, line, ms) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const box = await editor.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const deadline = Date.now() + ms;
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (;;) {
    // where line `line`'s number is, from the editor's top edge; else which numbers are rendered
    const state = await page.evaluate((n) => {
      const ed = document.querySelector('.editor-instance .monaco-editor');
      const edTop = ed.getBoundingClientRect().top;
      const numbers = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')]
        .map((el) => ({ n: Number(el.textContent), y: el.getBoundingClientRect().top - edTop, h: el.getBoundingClientRect().height }))
        .filter((x) => Number.isFinite(x.n) && x.n > 0);
      const hit = numbers.find((x) => x.n === n);
      return { delta: hit ? hit.y : null, lineHeight: hit ? hit.h : 0, min: Math.min(...numbers.map((x) => x.n)), max: Math.max(...numbers.map((x) => x.n)) };
    }, line);
    if (state.delta !== null && state.delta > -2 && state.delta < state.lineHeight / 2) return;
    if (Date.now() > deadline) throw new Error(`could not scroll line ${line} to the top (${JSON.stringify(state)})`);
    if (state.delta === null) await page.mouse.wheel(0, line < state.min ? -50 : 50);
    else if (state.delta > 60) await page.mouse.wheel(0, 50);
    else await page.keyboard.press(state.delta > 0 ? 'Control+ArrowDown' : 'Control+ArrowUp');
    await frame(); // the editor renders the scrolled lines in an animation frame
  }
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
    if (opts.examples) {
      opts.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-shot-'));
      const base = opts.workspace ? path.resolve(opts.workspace) : undefined;
      opts.workspace = prepareWorkspace(path.join(opts.tmp, 'workspace'), { base });
      say(`workspace with the ITU examples: ${opts.workspace}`);
    }
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
    if (opts['skip-problems']) say('not waiting for problems (--skip-problems)');
    else try {
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
    if (opts['no-sidebar']) {
      await runCommand(page, 'View: Close Primary Side Bar', ms);
      await page.locator('#workbench\\.parts\\.sidebar').waitFor({ state: 'hidden', timeout: ms });
      say('side bar closed');
    }
    if (opts.decorated) {
      await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line span')]
        .some((s) => getComputedStyle(s).textDecorationLine.includes('underline')), null, { timeout: ms });
      say('tracked-change decorations rendered');
    }
    if (opts.top) {
      await scrollToTop(page, opts.top, ms);
      say(`line ${opts.top} at the top`);
    }
    if (opts.editor.length) {
      // The preview's status bar item shows once the language client has started: completion before that
      // would get VS Code's word suggestions only.
      await page.locator('[id$="itu.preview.mode"]').first().waitFor({ timeout: ms });
    }
    for (const step of opts.editor) {
      if (step.edit !== undefined) await page.keyboard.type(step.edit);
      else if (step['edit-key'] !== undefined) await page.keyboard.press(step['edit-key']);
      else {
        await page.keyboard.press('Control+Space');
        const rows = page.locator('.editor-widget.suggest-widget .monaco-list-row');
        await rows.first().waitFor({ state: 'visible', timeout: ms });
        say(`completion list: ${(await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()).join(' | ')}`);
        continue;
      }
      say(step.edit !== undefined ? `typed "${step.edit}" in the editor` : `pressed ${step['edit-key']} in the editor`);
    }
    if (opts.problems) {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: ms });
      say('problems panel open');
      // give the editor the focus back for the quick-fix key
      if (opts.quickfix) await page.keyboard.press('Control+1');
    }
    if (opts.quickfix) {
      const dropped = await openQuickFixMenu(page, ms);
      if (dropped.length) say(`Ctrl+. pressed ${dropped.length + 1} times; before the menu: ${dropped.join('; ')}`);
      await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: ms });
      say(`quick-fix menu: ${(await page.locator('.action-widget').first().innerText()).replace(/\s+/g, ' ').trim()}`);
    }
    for (const title of opts.command) {
      await runCommand(page, title, ms);
      say(`ran "${title}"`);
    }
    for (const step of opts.input) {
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: ms });
      if (step.type !== undefined) await page.keyboard.type(step.type);
      else await page.keyboard.press(step.key);
      // The list (or the box's message) settles after the keystrokes: read it once nothing changes for a moment.
      await page.waitForTimeout(300);
      const shown = (await page.locator('.quick-input-widget').first().isVisible())
        ? (await page.locator('.quick-input-widget').first().innerText()).replace(/\s+/g, ' ').trim()
        : '(no quick input)';
      say(`${step.type !== undefined ? `typed "${step.type}"` : `pressed ${step.key}`}: ${shown}`);
    }
    if (opts.palette) {
      // The command palette left open on what T matches (the commands' titles as the user sees them).
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: ms });
      await page.locator('.quick-input-widget input').fill(`>${opts.palette}`);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: ms });
      say(`palette: ${await page.locator('.quick-input-list .monaco-list-row').count()} rows for "${opts.palette}"`);
    }
    if (opts['wait-for']) {
      await page.locator(opts['wait-for']).first().waitFor({ state: 'visible', timeout: ms });
      // the diff editor computes and renders its changes after it shows up
      if (opts['wait-for'].includes('diff-editor')) {
        await page.waitForFunction(() => document.querySelectorAll('.monaco-diff-editor .line-insert, .monaco-diff-editor .char-insert, .monaco-diff-editor .line-delete, .monaco-diff-editor .char-delete').length > 0, null, { timeout: ms });
      }
      say(`${opts['wait-for']} visible`);
    }
    if (opts['webview-wait']) {
      // Webviews are frames inside frames: ask each until one shows the selector.
      const deadline = Date.now() + ms;
      for (;;) {
        const shown = await Promise.all(page.frames().map((f) => f.locator(opts['webview-wait']).first().isVisible().catch(() => false)));
        if (shown.some(Boolean)) break;
        if (Date.now() > deadline) throw new Error(`no webview showed ${opts['webview-wait']}`);
        await page.waitForEvent('framenavigated', { timeout: Math.max(1, Math.min(500, deadline - Date.now())) }).catch(() => {});
      }
      say(`${opts['webview-wait']} visible in a webview`);
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
    if (opts.tmp) fs.rmSync(opts.tmp, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
