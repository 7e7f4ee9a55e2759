// The extension's French interface in a real VS Code (issue 11): code-server runs in the locale fr
// (scripts/e2e/code-server.sh E2E_LOCALE: VS Code's own texts stay English, see
// test/e2e/locale-pack/README.md) with the extension installed, and chromium reads what the user
// sees: the diagnostic in the Problems panel, its quick fix, the preview mode in the status bar,
// the Proposals view and the commands in the palette, each in French (from package.nls.fr.json,
// l10n/bundle.l10n.fr.json and the server's catalogue).
//
// usage: node test/e2e/ui-locale.js [--timeout S] [--shot P]    (npm run build first)
// Prints one line per check and, last, "N passed, N failed"; exit code 0 only if all passed.
const { launchChromium, workbenchUrl } = require('../../scripts/e2e/browser.js');
const { startCodeServer, openQuickFixMenu } = require('../../scripts/e2e/serve.js');

async function main() {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const ms = Number(arg('--timeout', 60)) * 1000;
  let passed = 0;
  let failed = 0;
  const check = async (what, fn) => {
    try {
      const note = await fn(); // a check may say how it got there
      passed++;
      console.log(`ok   ${what}${note ?? ''}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${what}: ${String(error.message).split('\n')[0]}`);
    }
  };
  const server = await startCodeServer({ locale: 'fr' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server.port, server.folder, {}));
    await page.waitForSelector('.monaco-workbench', { timeout: ms });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'gap.itu' }).first();
    await row.waitFor({ timeout: ms });
    await row.dblclick();
    await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: ms });

    await check('the Problems panel shows the numbering gap in French', async () => {
      await page.keyboard.press('Control+Shift+M');
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'numbering.gap' }).first();
      await problem.waitFor({ timeout: ms });
      const text = (await problem.innerText()).replace(/\s+/g, ' ');
      if (!text.includes('après b) vient d) ; attendu : c).')) throw new Error(`the row reads "${text}"`);
    });
    await check('its quick fix is titled in French', async () => {
      // Put the cursor on the problem in the editor itself, and wait until the status bar says it is
      // there: going through the Problems panel (click, Enter) raced on a loaded CI machine, when
      // Ctrl+. reached the panel before the editor had the focus. Ctrl+. itself is pressed again when
      // VS Code dropped it (openQuickFixMenu in scripts/e2e/serve.js: another extension activating
      // mid-test cancels the request, and the editor says "No code actions available"); the ok line
      // says so. A failure names its step and what each press showed.
      let step = 'cursor to 12:1';
      try {
        await page.locator('.editor-instance .view-lines').first().click();
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: ms });
        await page.keyboard.type('12:1'); // gap.itu line 12: "d)  that an editor can find…"
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => {
          const el = document.querySelector('.statusbar [id="status.editor.selection"]');
          return !!el && /Ln 12,/.test(el.textContent || '');
        }, null, { timeout: ms });
        await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout: ms });
        step = 'Ctrl+. shows the menu';
        const dropped = await openQuickFixMenu(page, ms);
        const note = dropped.length ? ` (Ctrl+. pressed ${dropped.length + 1} times; before the menu: ${dropped.join('; ')})` : '';
        step = 'the menu offers "Remplacer d) par c)"';
        await page.locator('.action-widget .monaco-list-row', { hasText: 'Remplacer d) par c)' }).first().waitFor({ timeout: ms });
        await page.keyboard.press('Escape');
        return note;
      } catch (error) {
        const shown = await page.locator('.action-widget').first().innerText({ timeout: 1000 }).catch(() => '(no menu)');
        throw new Error(`${step}: ${String(error.message).split('\n')[0]}; the menu shows "${shown.replace(/\s+/g, ' ').trim()}"`);
      }
    });
    await check('the status bar names the preview mode in French', async () => {
      await page.locator('.statusbar-item', { hasText: 'Modifications apparentes' }).first().waitFor({ timeout: ms });
    });
    await check('the Proposals view has its French name', async () => {
      await page.locator('.pane-header', { hasText: /Propositions UIT/i }).first().waitFor({ timeout: ms });
    });
    await check('the palette lists the commands under UIT with their French titles', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: ms });
      await input.fill('>UIT: Aperçu');
      for (const title of ['Aperçu : balisage brut', 'Aperçu : modifications apparentes', 'Aperçu : nouveau texte (toutes les modifications acceptées)']) {
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: ms });
      }
    });
    const shot = arg('--shot');
    if (shot) await page.screenshot({ path: shot });
  } catch (error) {
    failed++;
    console.log(`FAIL the French workbench did not come up: ${error.message.split('\n')[0]}`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
