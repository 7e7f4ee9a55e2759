// UI-level check of the tracked-change preview, from the browser side (the extension host cannot
// see the DOM): code-server + headless chromium open the AFCP/42A25 contribution and look at the
// rendered spans. VS Code renders a decoration's textDecoration/opacity as a CSS class on the
// token spans of `.view-line` and its backgroundColor as a `.cdr` div in `.view-overlays`; the
// checks read getComputedStyle, so they see what the user sees.
//
// usage: node test/e2e/ui-preview.js [--port N --folder D [--installed]] [--shot P] [--timeout S]
//   without --port it prepares a workspace (scripts/e2e/prepare-workspace.js: test/e2e/workspace
//   plus the ITU example texts from $ITU_E2E_EXAMPLES or ../shared/examples), starts code-server
//   with the extension installed, and stops it at the end; with --port it uses a running
//   code-server on folder D and loads the repository as a development extension (unless
//   --installed: code-server already has it installed).
//   --extension D: the extension under test (default: the repository root; `npm run build` first)
//   --shot P: a PNG of the page at the end (and P.failed.png on a failure); --timeout: each wait (60)
// Prints one line per check and, last, "N passed, N failed"; exit code 0 only if all passed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launchChromium, workbenchUrl } = require('../../scripts/e2e/browser.js');
const { startCodeServer, runCommand, ROOT } = require('../../scripts/e2e/serve.js');
const { prepareWorkspace } = require('../../scripts/e2e/prepare-workspace.js');

const ARABIC = 'afcp-res52-ar.itu';
// A second party's MOD of Resolution 52 (test/e2e/extra): the synoptic view gets agreed, single and conflict rows.
const SECOND = 'exb-43a1-res52.itu';

const FILE = 'afcp-42a25-res52.itu';

function parseArgs(argv) {
  const opts = { timeout: 60 };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    if (m[1] === 'installed') opts.installed = true;
    else if (i + 1 < argv.length) opts[m[1]] = argv[++i];
    else throw new Error(`--${m[1]} needs a value`);
  }
  opts.timeout = Number(opts.timeout);
  if (opts.port) opts.port = Number(opts.port);
  return opts;
}

// ---- page-side helpers (serialized into the page by page.evaluate) ---------------------------

/**
 * The rendered lines of the active editor, top to bottom: for each `.view-line`, its text and
 * the runs of consecutive leaf spans that are underlined / struck through / dimmed, with each
 * run's text, bounding box and opacity.
 */
function readLines() {
  const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/\u00b7/g, ' ').replace(/\u2192/g, '\t');
  const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor')
    || document.querySelector('.editor-instance .monaco-editor');
  if (!editor) return [];
  const lines = [...editor.querySelectorAll('.view-lines .view-line')]
    .map((el) => ({ el, top: parseFloat(el.style.top || '0') }))
    .sort((a, b) => a.top - b.top);
  const decorated = (leaf, line, value) => {
    for (let el = leaf; el && el !== line.parentElement; el = el.parentElement) {
      if (getComputedStyle(el).textDecorationLine.includes(value)) return true;
    }
    return false;
  };
  const opacityOf = (leaf, line) => {
    let o = 1;
    for (let el = leaf; el && el !== line.parentElement; el = el.parentElement) o *= Number(getComputedStyle(el).opacity);
    return o;
  };
  return lines.map(({ el, top }) => {
    const leaves = [...el.querySelectorAll('span')].filter((s) => !s.querySelector('span'));
    const runs = { underline: [], 'line-through': [], dim: [] };
    for (const kind of Object.keys(runs)) {
      let cur = null;
      for (const leaf of leaves) {
        const on = kind === 'dim' ? opacityOf(leaf, el) < 0.99 : decorated(leaf, el, kind);
        if (on) {
          const r = leaf.getBoundingClientRect();
          if (!cur) {
            cur = { text: '', left: r.left, right: r.right, top: r.top, bottom: r.bottom, opacity: opacityOf(leaf, el) };
            runs[kind].push(cur);
          }
          cur.text += norm(leaf.textContent || '');
          cur.right = Math.max(cur.right, r.right);
          cur.opacity = Math.min(cur.opacity, opacityOf(leaf, el));
        } else cur = null;
      }
    }
    return { top, text: norm(el.textContent || ''), runs };
  });
}

/** The `.cdr` decoration overlays (backgroundColor decorations) with their boxes and colours. */
function readOverlays() {
  const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor')
    || document.querySelector('.editor-instance .monaco-editor');
  if (!editor) return [];
  return [...editor.querySelectorAll('.view-overlays .cdr')].map((el) => {
    const r = el.getBoundingClientRect();
    return { cls: el.className, bg: getComputedStyle(el).backgroundColor, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

// ---- node side -----------------------------------------------------------------------------

const rgba = (css) => {
  const m = /rgba?\(([^)]+)\)/.exec(css || '');
  if (!m) return null;
  const [r, g, b, a = 1] = m[1].split(',').map((x) => Number(x.trim()));
  return { r, g, b, a };
};
const overlaps = (run, o) => o.left < run.right - 1 && run.left + 1 < o.right && o.top < run.bottom && run.top < o.bottom;

function lineStarting(lines, prefix) {
  const l = lines.find((x) => x.text.startsWith(prefix));
  if (!l) throw new Error(`no rendered line starts with ${JSON.stringify(prefix)}; visible: ${lines.map((x) => JSON.stringify(x.text.slice(0, 40))).join(', ')}`);
  return l;
}
const texts = (runs) => runs.map((r) => r.text);

/** The new or old text of the contribution, from the command line (the same core as the server). */
function projection(kind) {
  const { execFileSync } = require('child_process');
  return execFileSync(process.execPath, [path.join(ROOT, 'bin', 'itu-draft'), 'show', `--${kind}`, path.join(currentFolder, FILE)], { encoding: 'utf8' });
}
let currentFolder = '';

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const ms = opts.timeout * 1000;
  const t0 = Date.now();
  const say = (msg) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
  let passed = 0;
  let failed = 0;
  const results = [];

  let server;
  let tmp;
  if (opts.port) {
    if (!opts.folder) throw new Error('--port needs --folder');
    server = { port: opts.port, folder: path.resolve(opts.folder), stop: async () => {} };
  } else {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-ui-'));
    const ws = prepareWorkspace(path.join(tmp, 'workspace'));
    // The Arabic contribution is there from the start: Quick Open finds files it indexed when the window opened.
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/languages/screens', ARABIC), path.join(ws, ARABIC));
    fs.copyFileSync(path.join(ROOT, 'test/e2e/extra', SECOND), path.join(ws, SECOND));
    server = await startCodeServer({ workspace: ws, extension: opts.extension });
    opts.installed = true;
  }
  currentFolder = server.folder;
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => console.log('page error:', e.message));

  /** One check: counted, printed, never stops the others (unless the page is unusable). */
  const check = async (name, fn) => {
    try {
      await fn();
      passed++;
      results.push(`ok   ${name}`);
      say(`ok   ${name}`);
    } catch (err) {
      failed++;
      results.push(`FAIL ${name}: ${err.message}`);
      say(`FAIL ${name}: ${err.message.split('\n')[0]}`);
    }
  };
  const lines = () => page.evaluate(readLines);
  /** Waits until `pred(lines)` holds (re-read on each animation frame by waitForFunction). */
  const linesWhere = async (pred, what) => {
    try {
      await page.waitForFunction(`(${pred.toString()})((${readLines.toString()})())`, null, { timeout: ms, polling: 'raf' });
    } catch {
      const now = await lines();
      throw new Error(`timed out waiting for ${what}; lines now: ${JSON.stringify(now.slice(0, 30).map((l) => [l.text.slice(0, 50), texts(l.runs.underline), texts(l.runs['line-through'])]))}`);
    }
    return lines();
  };
  const statusText = async () => {
    const item = page.locator('.statusbar-item[id$="itu.preview.mode"]');
    if (!(await item.count())) return '(no ITU preview item in the status bar)';
    return ((await item.first().getAttribute('aria-label')) || (await item.first().innerText())).trim();
  };
  const statusIs = (label) => page.waitForFunction((l) => {
    const el = document.querySelector('.statusbar-item[id$="itu.preview.mode"]');
    return !!el && (el.getAttribute('aria-label') || el.textContent || '').includes(l) && !!el.querySelector('.codicon-diff');
  }, label, { timeout: ms }).catch(async () => { throw new Error(`status bar item is not "$(diff) ${label}": ${await statusText()}`); });

  /** The rendered CodeLens right above the first line starting with `p`: its text and element index (runs in the page). */
  const findLens = (p) => {
    const norm = (t) => t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
    const line = [...document.querySelectorAll('.editor-instance .view-lines .view-line')].find((l) => norm(l.textContent || '').startsWith(p));
    if (!line) return { error: `no rendered line starts with ${p}` };
    const top = line.getBoundingClientRect().top;
    const lenses = [...document.querySelectorAll('.editor-instance .codelens-decoration')];
    let best = -1;
    let gap = Infinity;
    lenses.forEach((el, i) => {
      const r = el.getBoundingClientRect();
      const d = top - r.bottom;
      if (d >= -2 && d < gap) { gap = d; best = i; }
    });
    if (best < 0 || gap > line.getBoundingClientRect().height * 1.5) return { error: `no CodeLens right above ${p}` };
    return { index: best, text: norm(lenses[best].textContent || '') };
  };
  /** Lenses render row by row after the first appears: wait (bounded, on animation frames) for the one above `prefix`. */
  const lensInfoAbove = async (prefix) => {
    const call = `(${findLens.toString()})(${JSON.stringify(prefix)})`;
    try {
      const handle = await page.waitForFunction(`(() => { const r = ${call}; return r.error ? false : r; })()`, null, { timeout: 5000, polling: 'raf' });
      return await handle.jsonValue();
    } catch {
      return page.evaluate(call);
    }
  };
  const lensAbove = async (prefix) => {
    const info = await lensInfoAbove(prefix);
    if (info.error) throw new Error(info.error);
    return info.text;
  };
  // VS Code re-renders CodeLens rows when it asks for them again, so the row found may be replaced
  // before its link is looked up: look again (a bounded number of times) until the link is there.
  const lensLinkAbove = async (prefix, title) => {
    let info;
    for (let attempt = 0; attempt < 5; attempt++) {
      info = await lensInfoAbove(prefix);
      if (info.error) throw new Error(info.error);
      const link = page.locator('.editor-instance .codelens-decoration').nth(info.index).locator('a', { hasText: title }).first();
      try {
        await link.waitFor({ state: 'attached', timeout: 1000 });
        return link;
      } catch {
        // the row was re-rendered: find it again
      }
    }
    throw new Error(`the CodeLens above ${prefix} has no "${title}": ${info.text}`);
  };
  const hasRuns = (ls) => ls.some((l) => l.runs.underline.length || l.runs['line-through'].length);
  const noRuns = (ls) => ls.length > 0 && !ls.some((l) => l.runs.underline.length || l.runs['line-through'].length);

  let ok = false;
  try {
    await page.goto(workbenchUrl(server.port, server.folder, opts.installed ? {} : { extensionDevelopmentPath: path.resolve(opts.extension || ROOT) }));
    await page.waitForSelector('.monaco-workbench', { timeout: ms });
    say('workbench up');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first();
    await row.waitFor({ timeout: ms });
    await row.dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: FILE }).waitFor({ timeout: ms });
    await page.waitForSelector('.editor-instance .view-lines .view-line span', { timeout: ms });
    say(`${FILE} open`);
    await linesWhere((ls) => ls.some((l) => l.text.startsWith('RESOLUTION 52 (Rev.') && (l.runs.underline.length > 0 || l.runs['line-through'].length > 0)), 'the number line to be decorated');
    say('decorations rendered');
    ok = true;
  } catch (err) {
    failed++;
    results.push(`FAIL opening ${FILE} with its decorations: ${err.message}`);
    say(`FAIL opening ${FILE}: ${err.message}`);
  }

  if (ok) {
    await check('number line: "Hammamet, 2016" underlined, "Dubai, 2012" struck through', async () => {
      const l = lineStarting(await lines(), 'RESOLUTION 52 (Rev.');
      if (!texts(l.runs.underline).includes('Hammamet, 2016')) throw new Error(`underlined: ${JSON.stringify(texts(l.runs.underline))}`);
      if (!texts(l.runs['line-through']).includes('Dubai, 2012')) throw new Error(`struck: ${JSON.stringify(texts(l.runs['line-through']))}`);
    });
    await check('history line: only "; Hammamet, 2016" underlined; the editions in force are not struck', async () => {
      const l = lineStarting(await lines(), '(Florianópolis, 2004;');
      if (JSON.stringify(texts(l.runs.underline)) !== JSON.stringify(['; Hammamet, 2016'])) throw new Error(`underlined: ${JSON.stringify(texts(l.runs.underline))}`);
      if (l.runs['line-through'].length) throw new Error(`struck: ${JSON.stringify(texts(l.runs['line-through']))}`);
    });
    await check('enacting formula: "Dubai, 2012" struck, "Hammamet, 2016" underlined', async () => {
      const l = lineStarting(await lines(), 'The World Telecommunication Standardization Assembly');
      if (JSON.stringify(texts(l.runs.underline)) !== JSON.stringify(['Hammamet, 2016'])) throw new Error(`underlined: ${JSON.stringify(texts(l.runs.underline))}`);
      if (JSON.stringify(texts(l.runs['line-through'])) !== JSON.stringify(['Dubai, 2012'])) throw new Error(`struck: ${JSON.stringify(texts(l.runs['line-through']))}`);
    });
    await check('delimiters dimmed: "{--", "--}", "{++", "++}" at opacity ≤ 0.5, the text between at full opacity', async () => {
      const l = lineStarting(await lines(), 'RESOLUTION 52 (Rev.');
      const dim = texts(l.runs.dim).join('');
      for (const d of ['{--', '--}', '{++', '++}']) if (!dim.includes(d)) throw new Error(`${d} is not dimmed; dimmed runs: ${JSON.stringify(texts(l.runs.dim))}`);
      if (/Dubai|Hammamet/.test(dim)) throw new Error(`the changed text is dimmed too: ${JSON.stringify(texts(l.runs.dim))}`);
      const worst = Math.max(...l.runs.dim.map((r) => r.opacity));
      if (worst > 0.5) throw new Error(`delimiter opacity ${worst}`);
    });
    await check('backgrounds: green behind the insertion, red behind the deletion', async () => {
      const l = lineStarting(await lines(), 'RESOLUTION 52 (Rev.');
      const overlays = await page.evaluate(readOverlays);
      const ins = l.runs.underline.find((r) => r.text === 'Hammamet, 2016');
      const del = l.runs['line-through'].find((r) => r.text === 'Dubai, 2012');
      if (!ins) throw new Error(`no underlined "Hammamet, 2016" on the number line: ${JSON.stringify(texts(l.runs.underline))}`);
      if (!del) throw new Error(`no struck "Dubai, 2012" on the number line: ${JSON.stringify(texts(l.runs['line-through']))}`);
      const under = (run) => overlays.filter((o) => overlaps(run, o)).map((o) => rgba(o.bg)).filter((c) => c && c.a > 0);
      const green = under(ins).some((c) => c.g > c.r && c.g > c.b);
      const red = under(del).some((c) => c.r > c.g && c.r > c.b);
      if (!green) throw new Error(`behind "Hammamet, 2016": ${JSON.stringify(under(ins))}`);
      if (!red) throw new Error(`behind "Dubai, 2012": ${JSON.stringify(under(del))}`);
    });
    await check('CodeLens: one row, "Accept N changes | Reject all", above the MOD header and nowhere else', async () => {
      await page.locator('.codelens-decoration', { hasText: 'Accept' }).first().waitFor({ timeout: ms });
      const marks = (fs.readFileSync(path.join(server.folder, FILE), 'utf8').match(/\{\+\+[\s\S]*?\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~~\}/g) || []).length;
      const header = await lensAbove('MOD');
      if (header !== `Accept ${marks} changes | Reject all`) throw new Error(`above the MOD header: ${JSON.stringify(header)}`);
      const rows = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .codelens-decoration')].map((e) => e.textContent));
      if (rows.filter((t) => /Accept|Reject/.test(t || '')).length !== 1) throw new Error(`CodeLens rows: ${JSON.stringify(rows)}`);
    });
    await check('clicking "Reject all" on the MOD header rejects every mark of the proposal; Ctrl+Z brings them back', async () => {
      const lens = await lensLinkAbove('MOD', 'Reject all');
      await lens.click();
      await linesWhere((ls) => ls.some((l) => l.text === 'RESOLUTION 52 (Rev. Dubai, 2012)'), 'the number line to read "RESOLUTION 52 (Rev. Dubai, 2012)"');
      const history = lineStarting(await lines(), '(Florianópolis, 2004;');
      if (history.text !== '(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)') throw new Error(`the history line: ${history.text}`);
      await page.locator('.editor-instance .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Z');
      await linesWhere((ls) => ls.some((l) => l.text === 'RESOLUTION 52 (Rev. {--Dubai, 2012--}{++Hammamet, 2016++})' && l.runs.underline.length > 0), 'the marks back (and decorated) after Ctrl+Z');
    });
    await check('status bar: "$(diff) Tracked"', () => statusIs('Tracked'));
    await check('"ITU: Preview: Plain markup" (palette) removes the decorations; status "Markup"', async () => {
      await runCommand(page, 'ITU: Preview: Plain markup', ms);
      const ls = await linesWhere(noRuns, 'no underlined or struck text');
      const l = lineStarting(ls, 'RESOLUTION 52 (Rev.');
      if (l.runs.dim.length) throw new Error(`still dimmed: ${JSON.stringify(texts(l.runs.dim))}`);
      await statusIs('Markup');
    });
    for (const [title, kind, label] of [['ITU: Preview: New text', 'new', 'New text'], ['ITU: Preview: Old text', 'old', 'Old text']]) {
      await check(`"${title}" (palette) shows the ${kind} text in the file's place: every rendered line is the projection's, nothing decorated`, async () => {
        await runCommand(page, title, ms);
        await page.locator('.tabs-container .tab.active', { hasText: `(${kind} text)` }).waitFor({ timeout: ms });
        const expected = projection(kind);
        // Rendered lines (wrapped lines are several view lines) read, top to bottom, as the projection's lines from the first.
        const flat = (t) => t.replace(/[\s\u00a0\u00b7\u2192]+/g, '');
        const ls = await linesWhere((all) => all.length > 5 && !all.some((l) => /\{\+\+|\{--|\+\+\}|--\}/.test(l.text)), `the ${kind} text`);
        const shown = ls.map((l) => flat(l.text)).join('');
        const want = flat(expected);
        if (!want.startsWith(shown.slice(0, Math.min(shown.length, want.length)))) {
          let i = 0;
          while (i < shown.length && shown[i] === want[i]) i++;
          throw new Error(`rendered text departs from the projection at ${JSON.stringify(shown.slice(Math.max(0, i - 30), i + 30))} (expected ${JSON.stringify(want.slice(Math.max(0, i - 30), i + 30))})`);
        }
        // Line by line where nothing wraps: the number line is exactly the projection's.
        const numberLine = expected.split('\n').find((l) => l.startsWith('RESOLUTION 52 (Rev.'));
        const rendered = lineStarting(ls, 'RESOLUTION 52 (Rev.');
        if (rendered.text !== numberLine) throw new Error(`number line ${JSON.stringify(rendered.text)} ≠ ${JSON.stringify(numberLine)}`);
        if (ls.some((l) => l.runs.underline.length || l.runs['line-through'].length || l.runs.dim.length)) throw new Error('decorated text in the projection');
        if (await page.locator('.editor-instance .codelens-decoration', { hasText: 'Accept' }).count()) throw new Error('CodeLens over the projection');
        await statusIs(label);
      });
    }
    await check('the status-bar item opens the mode picker; picking "Tracked" brings the decorations back', async () => {
      await page.locator('.statusbar-item[id$="itu.preview.mode"]').first().click();
      const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Tracked' }).first();
      await pick.waitFor({ timeout: ms });
      await pick.click();
      await linesWhere((all) => all.some((l) => l.text.startsWith('RESOLUTION 52 (Rev.') && l.runs.underline.some((r) => r.text === 'Hammamet, 2016')), 'the insertion underlined again');
      await statusIs('Tracked');
    });
    await check('the palette lists "Insert revision marks from the base", "New contribution…" and "Show server log" under ITU (the file, not a projection, is active)', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: ms });
      for (const title of ['ITU: Insert revision marks from the base', 'ITU: New contribution…', 'ITU: Show server log']) {
        await input.fill(`>${title}`);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: ms }).catch(() => { throw new Error(`no palette entry ${title}`); });
      }
      await page.keyboard.press('Escape');
    });
    // Last: when it fails the preview may be left in no valid mode.
    await check('the editor-title button "Switch tracked-change preview mode…" opens the mode picker', async () => {
      const button = page.locator('.editor-actions .action-label[aria-label^="Switch tracked-change preview mode"]').first();
      await button.waitFor({ timeout: ms });
      await button.click();
      const picker = page.locator('.quick-input-widget', { hasText: 'Old text' });
      try {
        await picker.waitFor({ state: 'visible', timeout: Math.min(ms, 10000) });
      } catch {
        throw new Error(`no mode picker after clicking the button; status bar item: ${await statusText()}`);
      }
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Tracked' }).first().click();
      await statusIs('Tracked');
    });
  }

  if (ok) {
    // Right to left: VS Code lays each line out as isolated parts, left to right; a label and its text
    // inside a mark look alike and were merged into one part, laid out with the label at the right.
    await check('Arabic contribution: each label is laid out left of its item\'s text, inside an insertion too', async () => {
      const name = ARABIC;
      if (!fs.existsSync(path.join(server.folder, name))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/languages/screens', name), path.join(server.folder, name));
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: ms });
      await page.keyboard.type(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: ms });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: ms });
      const layout = () => {
        const out = [];
        for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
          const spans = [...line.querySelectorAll('span > span')].filter((s) => (s.textContent || '').trim() !== '');
          const text = (line.textContent || '').replace(/\u00a0/g, ' ');
          const m = /^(?:\{\+\+)?((?:هـ|[أ-ي]) ?\))/.exec(text);
          if (!m) continue;
          const label = spans.find((s) => (s.textContent || '').replace(/\u00a0/g, ' ').trim() === m[1]);
          const body = spans.find((s) => s !== label && /[\u0600-\u06ff]/.test(s.textContent || '') && !/^\s*(?:هـ|[أ-ي]) ?\)\s*$/.test((s.textContent || '').replace(/\u00a0/g, ' ')));
          out.push({ text: text.slice(0, 30), inserted: text.startsWith('{++'), label: label ? label.getBoundingClientRect().left : null, body: body ? body.getBoundingClientRect().left : null });
        }
        return out;
      };
      // Wait until the preview has painted the inserted item (its text underlined).
      await page.waitForFunction(`(${layout.toString()})().some((l) => l.inserted && l.label !== null)`, null, { timeout: ms, polling: 'raf' })
        .catch(async () => { throw new Error(`no inserted Arabic item laid out: ${JSON.stringify(await page.evaluate(layout))}`); });
      const items = await page.evaluate(layout);
      const wrong = items.filter((l) => l.label === null || l.body === null || !(l.label < l.body));
      if (items.length < 5 || wrong.length) throw new Error(`labels right of their text: ${JSON.stringify(wrong)} of ${items.length}`);
    });
  }

  if (ok) {
    // The synoptic view is a webview: its colours are CSS variables of the theme. Fixed row tints and the Git
    // decoration colours left a deletion at 2.1:1 on a conflict row in Dark Modern (code-server's default theme).
    await check('synoptic view: every inserted and deleted word reaches 4.5:1 against what is behind it, on every kind of row', async () => {
      if (!fs.existsSync(path.join(server.folder, SECOND))) fs.copyFileSync(path.join(ROOT, 'test/e2e/extra', SECOND), path.join(server.folder, SECOND));
      // The contribution's tab is still open from the first checks: back to it (Quick Open's Enter could take the
      // row of the recent file before the list had filtered).
      await page.locator('.tabs-container .tab', { hasText: FILE }).first().click().catch(() => { throw new Error(`no tab of ${FILE}`); });
      await page.locator('.tabs-container .tab.active', { hasText: FILE }).waitFor({ timeout: ms }).catch(() => { throw new Error(`${FILE} not shown`); });
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: ms });
      await input.fill('>ITU: Synoptic view of the proposals on this text');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Synoptic view' }).first().waitFor({ timeout: ms }).catch(() => { throw new Error('the palette lists no "ITU: Synoptic view…"'); });
      await page.keyboard.press('Enter');
      // In the page of the webview: each <ins>/<del> with its colour and the colours behind it, nearest first.
      const measure = () => {
        const rgba = (c) => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return [0, 0, 0, 0]; const v = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
        const rows = [...document.querySelectorAll('tr.conflict, tr.agreed, tr.single, tr.combined')];
        const marks = [...document.querySelectorAll('tr ins, tr del')].map((el) => {
          const layers = [];
          for (let e = el; e; e = e.parentElement) layers.push(rgba(getComputedStyle(e).backgroundColor));
          return { tag: el.tagName, row: el.closest('tr').className.split(' ')[0], text: el.textContent, color: rgba(getComputedStyle(el).color), layers };
        });
        return { statuses: [...new Set(rows.map((r) => r.className.split(' ')[0]))], marks, base: getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background') };
      };
      const deadline = Date.now() + ms;
      let got;
      while (!got) {
        // The command may ask which text (a quick pick): the first is Resolution 52, the one text both contributions amend.
        if (await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Resolution 52' }).first().isVisible().catch(() => false)) await page.keyboard.press('Enter');
        for (const f of page.frames()) {
          const r = await f.evaluate(`(${measure.toString()})()`).catch(() => undefined);
          if (r && r.marks.length && r.statuses.includes('conflict')) got = r;
        }
        if (!got && Date.now() > deadline) throw new Error('no synoptic table with a conflict row and marked words');
        if (!got) await page.waitForTimeout(250);
      }
      const hex = (h) => { const m = /#([0-9a-f]{6})/i.exec(h); return m ? [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16)) : [255, 255, 255]; };
      const over = (top, under) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3]));
      const lum = (c) => { const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const low = [];
      for (const m of got.marks) {
        // What is behind the word: its own background over its row's over the page's (the editor's background).
        const behind = m.layers.reduceRight((under, layer) => over(layer, under), hex(got.base));
        const r = ratio(over(m.color, behind), behind);
        if (r < 4.5) low.push(`${m.tag} "${m.text.trim().slice(0, 20)}" on a ${m.row} row: ${r.toFixed(2)}:1`);
      }
      if (!got.statuses.includes('agreed') || !got.marks.some((m) => m.tag === 'DEL') || !got.marks.some((m) => m.tag === 'INS')) throw new Error(`expected agreed and conflict rows, insertions and deletions: ${JSON.stringify(got.statuses)}`);
      if (low.length) throw new Error(`low contrast: ${low.slice(0, 6).join('; ')}`);
    });
  }

  if (ok) {
    // Review 6, G12: the reflex after filtering a many-item quick pick to one item is Enter, with nothing ticked.
    await check('New contribution…: the texts filtered to one and Enter pressed without ticking it starts a MOD of that text', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: ms });
      await input.fill('>ITU: New contribution…');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'ITU: New contribution…' }).first().waitFor({ timeout: ms });
      await page.keyboard.press('Enter');
      const step = async (n, answer, row) => {
        await page.locator('.quick-input-widget .quick-input-title', { hasText: `(${n}/6)` }).waitFor({ state: 'visible', timeout: ms })
          .catch(() => { throw new Error(`no step ${n}/6 of New contribution`); });
        await input.fill(answer);
        if (row) await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor({ timeout: ms }).catch(() => { throw new Error(`no ${row} in step ${n}/6`); });
        await page.keyboard.press('Enter');
      };
      await step(1, 'WTSA-24', 'WTSA-24');
      await step(2, '42');
      await step(3, '7');
      await step(4, 'Someland');
      await step(5, 'SML');
      await step(6, '52 (Rev. Dubai', 'RESOLUTION 52');
      await page.locator('.tabs-container .tab.active', { hasText: 'SML-42A7.itu' }).waitFor({ timeout: ms })
        .catch(() => { throw new Error('no SML-42A7.itu opened'); });
      const got = await linesWhere((all) => all.some((l) => l.text.startsWith('Title:')), 'the skeleton');
      const text = got.map((l) => l.text.replace(/\s+/g, ' ')).join('\n');
      if (!/^MOD SML\/42A7\/1$/m.test(text) || !/^RESOLUTION 52 \(Rev\./m.test(text)) throw new Error(`no MOD of Resolution 52 in ${JSON.stringify(text.slice(0, 600))}`);
    });
  }

  if (opts.shot) {
    fs.mkdirSync(path.dirname(path.resolve(opts.shot)), { recursive: true });
    const shot = failed ? opts.shot.replace(/\.png$/, '') + '.failed.png' : opts.shot;
    await page.screenshot({ path: shot }).catch(() => {});
    say(`screenshot ${shot}`);
  } else if (failed) {
    const shot = path.join(os.tmpdir(), `itu-ui-preview-${process.pid}.failed.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    say(`what the page showed: ${shot}`);
  }
  await browser.close().catch(() => {});
  await server.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  console.log(results.join('\n'));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
