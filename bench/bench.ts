// The benchmark (`npm run bench` = `npm run build && node --import tsx bench/bench.ts`; not part of `npm test`).
//
// Measures on this machine, prints a table of medians over repeated runs with ratios taken in the same
// run (absolute times drift between runs here; ratios hold), writes bench/results.json and the table
// section of docs/benchmarks.md. What is measured and why: docs/benchmarks.md.
//
//   node --import tsx bench/bench.ts [--quick] [--only=check,peer,keystroke,compare,compile,scale,memory,import,bundle] [--no-write]
// (--quick and --only print only; a full run writes the files)
//
// The peer (markdownlint 0.38.0, which runs on Node 20; 0.41 and later need Node 22) is a devDependency.
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import { isBuiltin } from 'module';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as v8 from 'v8';
import * as vm from 'vm';
import { diffWords } from 'diff';
import { buildSync } from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { amendedResolutions, applyEdits, BaseIndex, checkDocument, compile, markEdits, mergedDraft, parseDocument, type TextEdit } from '../server/src/core';
import { BaseComparer } from '../server/src/core/compare';
import { codeActions, FIX_ALL_KIND, fixAllEdits } from '../server/src/service/codeActions';
import { DEFAULT_SETTINGS, SERVER_ENV, SERVER_EXEC_ARGV } from '../server/src/protocol';
import { DocumentRecord } from '../server/src/service/record';
import { createItuService } from '../server/src/service/service';
import { MemoryWorkspace } from '../test/support/memoryWorkspace';
import { Client, SERVER, type Diag } from '../test/lsp/harness';
import { changeWords, distinctDocument, random, resolutionText, sizedDocument, sizedResolution, sources, type Sources } from '../test/corpus';
import { BENCH_DOCS, docx, unzip } from '../test/hostile/generate';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
// Only a full run writes bench/results.json and docs/benchmarks.md.
const WRITE = !args.includes('--no-write') && !QUICK && !ONLY;
const wants = (section: string) => !ONLY || ONLY.includes(section);
/** Fewer repetitions with --quick (for trying the script out, not for the docs). */
const reps = (n: number) => (QUICK ? Math.max(3, Math.ceil(n / 5)) : n);

// ---------------------------------------------------------------- results

export interface Result {
  section: string;
  name: string;
  /** The median (or the one value, for sizes and memory). */
  median: number;
  unit: string;
  /** A ratio taken in the same run; what it is a ratio of is in `ratioOf`. */
  ratio: number | null;
  ratioOf: string;
  target: string;
  /** null: no target, or the measure could not be taken (see `note`). */
  met: boolean | null;
  note?: string;
}

const results: Result[] = [];
function record(r: Result): void {
  results.push(r);
  const ratio = r.ratio === null ? '' : ` ratio ${fmt(r.ratio)}×`;
  console.log(`  ${r.met === null ? '·' : r.met ? '✓' : '✗'} ${r.name}: ${fmt(r.median)} ${r.unit}${ratio}  [target ${r.target}]${r.note ? `  (${r.note})` : ''}`);
}

/** Four significant digits, for results.json. */
function round(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : null;
}

function fmt(x: number): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(3);
}

// ---------------------------------------------------------------- timing

const now = () => performance.now();

function sorted(xs: number[]): number[] {
  return xs.slice().sort((a, b) => a - b);
}
function median(xs: number[]): number {
  const s = sorted(xs);
  const n = s.length;
  return n % 2 ? s[n >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}
/** Nearest-rank percentile. */
function percentile(xs: number[], p: number): number {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

function time(f: () => unknown): number {
  const t = now();
  f();
  return now() - t;
}

/** Runs the functions alternately (order rotating each round) so that machine load hits them alike. */
function interleaved(fns: (() => unknown)[], runs: number, warmup = 3): number[][] {
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < warmup + runs; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (k + r) % fns.length;
      const t = time(fns[i]!);
      if (r >= warmup) times[i]!.push(t);
    }
  }
  return times;
}

const KB = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- documents

let corpus: Sources;
const docs = new Map<string, string>();
/**
 * The contribution of `bytes`: `distinct`, no item repeated (the full check and its peer: the parse reads each
 * distinct text once, so repeated items flattered it), else the examples' proposals repeated as they stand (the
 * keystrokes and memory, whose MODs are compared with their texts in force: changed words there would be
 * hundreds of untracked changes no contribution has).
 */
function doc(bytes: number, distinct = false): string {
  const key = `${bytes}:${distinct}`;
  let d = docs.get(key);
  if (!d) docs.set(key, (d = distinct ? distinctDocument(bytes, corpus) : sizedDocument(bytes, corpus)));
  return d;
}

/**
 * The core as the server ships it: bundled and minified by esbuild with the options of esbuild.js. Run
 * through tsx instead, every closure the checks create would go through tsx's `__name` helper (a few
 * per cent of the check, and none of the product's).
 */
type Core = Pick<typeof import('../server/src/core'), 'parseDocument' | 'checkDocument'>;
let shipped: Core | undefined;
function core(): Core {
  if (!shipped) {
    const out = path.join(os.tmpdir(), `itu-bench-core-${process.pid}.js`);
    buildSync({ entryPoints: [path.join(ROOT, 'server/src/core/index.ts')], bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, outfile: out, logLevel: 'warning' });
    // The bundle is written at run time: only require() can load it synchronously.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    shipped = require(out) as Core;
    fs.rmSync(out, { force: true });
  }
  return shipped;
}

function fullCheck(text: string): number {
  const { checkDocument: check, parseDocument: parse } = core();
  return check(parse(text)).length;
}

/** The floor: one regular-expression pass that splits the text into words. */
function floor(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * The allocation-free floor: one pass over the text's code units counting the starts of words (no
 * string, no array: what reading the text at all costs). The split floor allocates every word.
 */
function scanFloor(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A text in force of about `bytes` (one long Resolution, no proposal, no mark): the base-text variant. */
const bases = new Map<number, string>();
function baseDoc(bytes: number): string {
  let d = bases.get(bytes);
  if (!d) bases.set(bytes, (d = sizedResolution(bytes, corpus).join('\n') + '\n'));
  return d;
}

// ---------------------------------------------------------------- 1. full check against the floor

/** Checks of the 10 KB document of each variant before its timed runs (see benchCheck; bench/growth.ts warms up alike). */
export const WARM_RUNS = 4_200;

function benchCheck(): void {
  console.log('\nFull check (parseDocument + checkDocument) against one regex pass splitting the text into words, and one allocation-free scan');
  for (const [variant, make] of [['contribution', (bytes: number) => doc(bytes, true)], ['base text', baseDoc]] as const) {
    const medians = new Map<number, number>();
    const floors = new Map<number, { split: number; scan: number }>();
    for (const [bytes, runs] of [[10_000, 300], [100_000, 60], [1_000_000, 25]] as const) {
      const text = make(bytes);
      // The first checks of a variant run code V8 has not optimized yet (the 10 KB contribution is the
      // first thing this process checks), while the floors are built-ins, fast from the first run. The server
      // checks document after document: the ratio is taken warm, and the first runs' median is given in the note.
      // Warm takes long at 10 KB: TurboFan optimizes the functions a check calls once or a few times only after
      // thousands of checks (`--trace-opt`: about ten more each 300 checks up to the 3,000th). The 10 KB base
      // text checked in 546, 340, 285 (runs 600-900, where the bench read until the twenty-second session), 240,
      // 221 … 172 µs by rounds of 300 (bench/warmup.ts; flat at 1,160 µs with --no-opt): WARM_RUNS.
      const cold = bytes === 10_000 ? interleaved([() => fullCheck(text)], reps(WARM_RUNS), 0)[0]!.slice(0, reps(runs)) : undefined;
      const [check, split, scan] = interleaved([() => fullCheck(text), () => floor(text), () => scanFloor(text)], reps(runs));
      const findings = fullCheck(text);
      const m = median(check!);
      const f = median(split!);
      const a = median(scan!);
      medians.set(bytes, m);
      floors.set(bytes, { split: f, scan: a });
      const ratio = m / f;
      record({
        section: 'check',
        name: `Full check, ${variant}, ${KB(Buffer.byteLength(text))} (${text.split('\n').length} lines, ${findings} findings)`,
        median: m,
        unit: 'ms',
        ratio,
        ratioOf: 'full check ÷ floor (split into words)',
        target: '≤ 5× floor',
        met: ratio <= 5,
        note: `split floor ${fmt(f)} ms; allocation-free floor ${fmt(a)} ms (full check ${fmt(m / a)}× it); ${check!.length} runs${cold ? `, after ${reps(WARM_RUNS)} warm-up runs (median of the first ${cold.length}: ${fmt(median(cold))} ms, ${fmt(median(cold) / f)}× the split floor)` : ''}`,
      });
    }
    const growth = medians.get(1_000_000)! / medians.get(100_000)!;
    const sizeRatio = Buffer.byteLength(make(1_000_000)) / Buffer.byteLength(make(100_000));
    record({
      section: 'check',
      name: `Full check growth, ${variant}, 100 KB → 1 MB`,
      median: growth,
      unit: '×',
      ratio: growth,
      ratioOf: 'full check 1 MB ÷ full check 100 KB',
      target: '≤ 11×',
      met: growth <= 11,
      // The floors over the same sizes, for scale: splitting a 1 MB text into words costs far more than ten times
      // splitting 100 KB (the young-generation collector copies what is still live, as it does the parse).
      note: `documents ${fmt(sizeRatio)}× apart; the split floor grows ${fmt(floors.get(1_000_000)!.split / floors.get(100_000)!.split)}×, the allocation-free floor ${fmt(floors.get(1_000_000)!.scan / floors.get(100_000)!.scan)}×`,
    });
  }
}

// ---------------------------------------------------------------- 2. against a peer: markdownlint

/** The same contribution as Markdown: headings for proposals and Resolutions, list items for labelled items. */
export function toMarkdown(itu: string): string {
  const out: string[] = [];
  for (const line of itu.split('\n')) {
    if (line.trim() === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^(\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)\t(\S+)(?:\t(.*))?$/.exec(line))) out.push(`## ${m[1]} ${m[2]}${m[3] ? ` ${m[3]}` : ''}`);
    else if (/^(DRAFT NEW )?RESOLUTION /i.test(line)) out.push(`### ${line}`);
    else if ((m = /^([a-z]{1,4}\)|\d+(?:\.\d+)*)\t(.*)$/.exec(line))) out.push(/\d/.test(m[1]![0]!) ? `1. ${m[2]}` : `- ${m[1]} ${m[2]}`);
    else if ((m = /^(\[\^\w+\]):\t(.*)$/.exec(line))) out.push(`${m[1]}: ${m[2]}`);
    else if ((m = /^([A-Z][A-Za-z ]{0,24}):\t(.*)$/.exec(line))) out.push(`**${m[1]}:** ${m[2]}`);
    else out.push(line.replace(/\t/g, ' '));
    out.push('');
  }
  return `# Contribution\n\n${out.join('\n')}`;
}

type Lint = (options: { strings: Record<string, string> }) => Record<string, unknown[]>;

/** markdownlint from the project's node_modules (a devDependency). */
async function loadMarkdownlint(): Promise<{ lint: Lint; version: string } | undefined> {
  const dir = [path.join(ROOT, 'node_modules/markdownlint')].find((d) => fs.existsSync(path.join(d, 'lib/exports-sync.mjs')));
  if (!dir) return undefined;
  const mod = (await import(pathToFileURL(path.join(dir, 'lib/exports-sync.mjs')).href)) as { lint: Lint };
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { lint: mod.lint, version };
}

async function benchPeer(): Promise<void> {
  console.log('\nAgainst a peer: markdownlint linting the same contribution as Markdown');
  const peer = await loadMarkdownlint();
  if (!peer) {
    const note = 'markdownlint missing: run `npm ci` (it is a devDependency, pinned to 0.38.0)';
    console.log(`  ${note}`);
    record({ section: 'peer', name: 'Full check vs markdownlint, per byte', median: NaN, unit: 'ms', ratio: null, ratioOf: '', target: 'faster per byte', met: null, note });
    return;
  }
  for (const [bytes, runs] of [[100_000, 20], [1_000_000, 5]] as const) {
    const itu = doc(bytes, true);
    const md = toMarkdown(itu);
    const ituBytes = Buffer.byteLength(itu);
    const mdBytes = Buffer.byteLength(md);
    let problems = 0;
    const [ours, theirs] = interleaved([() => fullCheck(itu), () => (problems = peer.lint({ strings: { doc: md } }).doc!.length)], reps(runs), 2);
    const o = median(ours!);
    const t = median(theirs!);
    const ratio = t / mdBytes / (o / ituBytes);
    record({
      section: 'peer',
      name: `markdownlint ${peer.version} on ${KB(mdBytes)} of Markdown vs full check of ${KB(ituBytes)}`,
      median: t,
      unit: 'ms',
      ratio,
      ratioOf: 'markdownlint ms per byte ÷ full check ms per byte',
      target: 'ratio > 1 (faster per byte)',
      met: ratio > 1,
      note: `full check ${fmt(o)} ms; markdownlint: ${problems} problems (default rules)`,
    });
  }
}

// ---------------------------------------------------------------- 3. per keystroke, through the server

/** A client over JSON-RPC with `itu.diagnostics.delay` = 0 (the default 300 ms waits for a pause in typing). */
export async function startServer(folder?: string): Promise<Client> {
  if (!fs.existsSync(SERVER)) throw new Error(`${path.relative(ROOT, SERVER)} is missing: run \`npm run build\` first (npm run bench does)`);
  const c = new Client();
  c.configuration = { diagnostics: { delay: 0 } };
  await c.initialize(true, true, folder ? pathToFileURL(folder).href : undefined);
  return c;
}

/** Lines of items (label + TAB + text) long enough to type into, in document order. */
function itemLines(text: string): number[] {
  const out: number[] = [];
  text.split('\n').forEach((l, i) => /^([a-z]{1,4}\)|\d+(\.\d+)*)\t.{30}/.test(l) && out.push(i));
  return out;
}

/** A workspace folder (in the system's temp folder) holding the base texts the examples' MODs amend. */
function baseWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-bench-'));
  corpus.bases.forEach((text, k) => fs.writeFileSync(path.join(dir, `base-${k + 1}.itu`), text));
  return dir;
}

/**
 * Realistic typing: keystrokes in the middle of a paragraph, the cursor moving on after each character,
 * now and then a typo taken back with Backspace; after a phrase, the cursor moves to another paragraph.
 * Each element is one LSP content change.
 */
export function typing(text: string, count: number, seed: number): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] {
  const lines = text.split('\n');
  const items = itemLines(text);
  const rnd = random(seed);
  const phrase = 'and the regional telecommunication organizations concerned, ';
  const out: ReturnType<typeof typing> = [];
  // Start in the middle of the document, then jump to paragraphs around it.
  let line = items[items.length >> 1]!;
  let character = lines[line]!.length >> 1;
  let typed = 0;
  while (out.length < count) {
    if (typed >= phrase.length) {
      line = items[Math.floor(rnd() * items.length)]!;
      character = lines[line]!.length >> 1;
      typed = 0;
    }
    const at = { line, character };
    if (rnd() < 0.08 && out.length + 1 < count) {
      // A typo, and Backspace.
      out.push({ range: { start: at, end: at }, text: 'q' });
      out.push({ range: { start: at, end: { line, character: character + 1 } }, text: '' });
      continue;
    }
    const ch = phrase[typed++]!;
    out.push({ range: { start: at, end: at }, text: ch });
    lines[line] = lines[line]!.slice(0, character) + ch + lines[line]!.slice(character);
    character++;
  }
  return out.slice(0, count);
}

/**
 * Keystrokes typed into a server before the timed ones (benchKeystroke): by then the server's median per
 * keystroke has stopped falling (bench/keystroke-warmup.ts).
 */
export const WARM_KEYS = 1_600;

/** One keystroke as the client sends it (with the preview's marks asked first, or not), and its diagnostics. */
export async function keystroke(c: Client, uri: string, change: ReturnType<typeof typing>[number], preview: boolean, state: { marksId?: string }): Promise<Diag[]> {
  c.change(uri, [change]);
  // As the client asks them: the lines an editor shows around the cursor and 150 on each side, naming the marks it
  // holds (client/src/preview.ts: the server answers "unchanged" while they stand; until the seventeenth session
  // every mark of the window was sent after each keystroke).
  // The two requests go out together, the marks first: the client's preview and its diagnostics are two features
  // that do not wait for each other (vscode-languageclient pulls when it has sent the change; the preview asks
  // 120 ms after the last keystroke, while the server holds the pull for itu.diagnostics.delay). Until the
  // eighteenth session the pull was sent only once the marks had come back: a round trip of this client's
  // (about 0.4 ms here) that no editor waits for.
  if (!preview) return c.pull(uri);
  const line = change.range.start.line;
  const marks = c.request<{ resultId?: string } | null>('itu/marks', { uri, range: { start: { line: Math.max(0, line - 175), character: 0 }, end: { line: line + 175, character: 0 } }, ...(state.marksId ? { previousResultId: state.marksId } : {}) });
  const pulled = c.pull(uri);
  state.marksId = (await marks)?.resultId;
  return pulled;
}

async function benchKeystroke(): Promise<void> {
  console.log('\nPer keystroke through the real server (stdio JSON-RPC, pull diagnostics, itu.diagnostics.delay = 0): typing in the middle of paragraphs');
  // CRLF: a file saved on Windows (VS Code's default line end there); its index was made anew from the whole text at
  // every keystroke until the thirteenth session (LineIndex.edited).
  // Distinct: the full check's document, no proposal repeated and one unresolved reference standing in it (a
  // fault a delegate leaves while drafting); until the fifteenth session that reference and its two ADDs sent
  // every keystroke to the whole document (170 ms at 1 MB).
  // Preview: the client's tracked-change preview asks the marks of each version as VS Code sends the change, before
  // the diagnostics (a trace of code-server typing into 100 KB: itu/marks, then textDocument/diagnostic); both are
  // timed. Until the fifteenth session the marks were read from a parse of the whole text at every keystroke.
  for (const [bytes, withBases, runs, targetMedian, targetP95, crlf, distinct, preview] of [
    [100_000, false, 400, 3, 10, false, false, false],
    [100_000, true, 400, 3, 10, false, false, false],
    [100_000, false, 400, 3, 10, true, false, false],
    [100_000, true, 400, 3, 10, false, false, true],
    [1_000_000, false, 150, 15, null, false, false, false],
    [1_000_000, false, 150, 15, null, true, false, false],
    [1_000_000, false, 150, 15, null, false, true, false],
    [1_000_000, false, 150, 15, null, false, false, true],
  ] as const) {
    const text = crlf ? doc(bytes).replace(/\r?\n/g, '\r\n') : doc(bytes, distinct);
    const inProcess = median(interleaved([() => fullCheck(text)], reps(bytes > 100_000 ? 10 : 30))[0]!);
    const folder = withBases ? baseWorkspace() : undefined;
    const uri = folder ? pathToFileURL(path.join(folder, 'draft.itu')).href : 'file:///bench/keystroke.itu';
    const c = await startServer(folder);
    try {
      if (folder) {
        // Wait until the server has read the workspace's base texts.
        for (let k = 0; k < 50 && c.refreshes === 0; k++) await sleep(20);
      }
      const n = reps(runs);
      // The keystrokes timed: 20 first (not timed), then n.
      const changes = typing(text, 20 + n, 3);
      // A fresh server first types the same keystrokes, and WARM_KEYS in all, into a copy of the document under
      // another name, closed after: its first keystrokes run code V8 has not optimized yet (3.9 ms median in the
      // first 200 keystrokes of the 100 KB contribution with its texts in force, 2.4 in the next 200, about 1.7 from
      // the thousandth on: bench/keystroke-warmup.ts). The rows time a server that has typed before, as a delegate's
      // has a few minutes into a meeting; each row's note gives what the same keystrokes took on the fresh server
      // (what the rows timed until the twenty-third session).
      const warmUri = uri.replace(/\.itu$/, '-warm-up.itu');
      c.open(warmUri, text);
      await c.pull(warmUri);
      const warm = typing(text, reps(WARM_KEYS), 3);
      const fresh: number[] = [];
      const warmState = {};
      for (let i = 0; i < warm.length; i++) {
        const t = now();
        await keystroke(c, warmUri, warm[i]!, preview, warmState);
        if (i >= 20 && i < 20 + n) fresh.push(now() - t);
      }
      c.close(warmUri);
      c.open(uri, text);
      const initial = await c.pull(uri);
      const times: number[] = [];
      let last: Diag[] = [];
      const state = {};
      for (let i = 0; i < changes.length; i++) {
        const t = now();
        last = await keystroke(c, uri, changes[i]!, preview, state);
        if (i >= 20) times.push(now() - t);
      }
      const m = median(times);
      const p95 = percentile(times, 95);
      const codes = [...new Set(last.map((d) => d.code))].join(', ');
      const where = (withBases ? ', base texts in the workspace' : ', no workspace') + (crlf ? ', CRLF' : '') + (distinct ? ', every proposal distinct' : '') + (preview ? ', the preview\'s marks asked first' : '');
      const note = `${n} keystrokes typed in the middle of paragraphs (a phrase each, typos taken back), after ${warm.length} in a copy of the document; in-process full check ${fmt(inProcess)} ms; ${initial.length}/${last.length} diagnostics (${codes}); the same keystrokes on the fresh server: median ${fmt(median(fresh))} ms, 95th percentile ${fmt(percentile(fresh, 95))} ms`;
      record({
        section: 'keystroke', name: `Keystroke to diagnostics, ${KB(Buffer.byteLength(text))}${where}, median`, median: m, unit: 'ms',
        ratio: m / inProcess, ratioOf: 'keystroke ÷ in-process full check (no base texts)', target: `≤ ${targetMedian} ms`, met: m <= targetMedian, note,
      });
      record({
        section: 'keystroke', name: `Keystroke to diagnostics, ${KB(Buffer.byteLength(text))}${where}, 95th percentile`, median: p95, unit: 'ms',
        ratio: p95 / inProcess, ratioOf: 'keystroke ÷ in-process full check (no base texts)',
        target: targetP95 === null ? '(none)' : `≤ ${targetP95} ms`, met: targetP95 === null ? null : p95 <= targetP95,
      });
    } finally {
      await c.shutdown();
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------- 4. base comparison

/** Issue 12: six regional MODs of one 60 KB Resolution compiled (cold comparer), merged draft included. */
function benchCompile(): void {
  console.log('\nCompilation of several proposals on one Resolution (itu-draft compile)');
  const base = sizedResolution(60_000, corpus);
  const head = base.slice(0, 4); // number line, title, history, formula: the target stays named
  const baseText = base.join('\n') + '\n';
  const index = new BaseIndex();
  index.update('base.itu', baseText);
  const sources = [{ location: 'base.itu', doc: parseDocument(baseText) }];
  for (let k = 0; k < 6; k++) {
    // Each party changes 3% of the words, deletes one paragraph and inserts one, at its own places.
    const body = changeWords(base.slice(4), 0.03, 100 + k);
    body.splice(10 + 7 * k, 1);
    body.splice(20 + 11 * k, 0, `that party ${k} proposes a new consideration on spam and its effects on developing countries;`);
    const text = `MOD\tP${k}/1/1\n${head.concat(body).join('\n')}\n\nReasons:\tBench.\n`;
    sources.push({ location: `p${k}.itu`, doc: parseDocument(text) });
  }
  const target = `Resolution ${/RESOLUTION (\S+)/.exec(base[0]!)![1]}`;
  let rows = 0;
  let conflicts = 0;
  const [t] = interleaved([() => {
    const c = compile(target, sources, index.lookup)!;
    mergedDraft(c);
    rows = c.paragraphs.length;
    conflicts = c.paragraphs.filter((p) => p.status === 'conflict').length;
  }], reps(10), 1);
  const m = median(t!);
  record({
    section: 'compile',
    name: `Compile 6 proposals on a ${KB(Buffer.byteLength(baseText))} Resolution (cold), merged draft written`,
    median: m,
    unit: 'ms',
    ratio: null,
    ratioOf: '',
    target: 'median ≤ 500 ms (well under a second)',
    met: m <= 500,
    note: `slowest of ${t!.length} runs ${fmt(Math.max(...t!))} ms; ${rows} rows, ${conflicts} conflicts`,
  });
}

function benchCompare(): void {
  console.log('\nBase comparison (BaseComparer, cold cache) against jsdiff diffWords on the whole text');
  const base = sizedResolution(60_000, corpus);
  const draft = changeWords(base, 0.1, 7);
  const baseText = base.join('\n');
  const draftText = draft.join('\n');
  const cold = () => new BaseComparer().compare(draft, base);
  const whole = () => diffWords(baseText, draftText);
  const [ours, theirs] = interleaved([cold, whole], reps(5), 1);
  const o = median(ours!);
  const w = median(theirs!);
  record({
    section: 'compare',
    name: `Base comparison, ${KB(Buffer.byteLength(baseText))} Resolution, 10% of words changed`,
    median: o,
    unit: 'ms',
    ratio: w / o,
    ratioOf: 'diffWords ÷ comparer',
    target: '≥ 10× faster than diffWords',
    met: w / o >= 10,
    note: `diffWords ${fmt(w)} ms; ${base.length} paragraphs; ${ours!.length} runs`,
  });

  const warm = new BaseComparer();
  warm.compare(draft, base);
  const rnd = random(11);
  const edits: number[] = [];
  for (let r = 0; r < reps(50); r++) {
    const edited = draft.slice();
    const i = 4 + Math.floor(rnd() * (edited.length - 4));
    edited[i] = edited[i]!.replace(' ', ` w${r} `);
    edits.push(time(() => warm.compare(edited, base)));
  }
  const e = median(edits);
  record({
    section: 'compare', name: 'Base comparison, same Resolution, one-word edit (warm cache)', median: e, unit: 'ms',
    ratio: w / e, ratioOf: 'diffWords ÷ comparer', target: '(none: what a keystroke costs)', met: null,
  });

  const big = sizedResolution(500_000, corpus);
  const rewritten = changeWords(big, 0.5, 13);
  const unrelatedBase = resolutionText(500_000, 3);
  const unrelated = resolutionText(500_000, 4);
  for (const [name, d, b] of [
    ['every paragraph rewritten (half its words)', rewritten, big],
    ['replaced by an unrelated text', unrelated, unrelatedBase],
  ] as const) {
    let fallbacks = 0;
    const [t] = interleaved([() => {
      const c = new BaseComparer();
      c.compare(d, b);
      fallbacks = c.stats.fallbacks;
    }], reps(5), 1);
    const m = median(t!);
    const worst = Math.max(...t!);
    record({
      section: 'compare',
      name: `Base comparison, ${KB(Buffer.byteLength(b.join('\n')))} ${name}`,
      median: m,
      unit: 'ms',
      ratio: null,
      ratioOf: '',
      target: '≤ 1000 ms',
      met: worst <= 1000,
      note: `slowest of ${t!.length} runs ${fmt(worst)} ms; ${fallbacks} gaps fell back to delete + insert; diffWords not run (its time grows with changes × length)`,
    });
  }
}

// ---------------------------------------------------------------- 5. many changes: track and fix all

const SIZES = [1000, 2000, 4000, 8000] as const;

/** A Resolution of `n` short items, and a MOD of it without marks where each item has one word changed. */
function trackCase(n: number): { base: string; draft: string } {
  const items = resolutionText(400 * n, 17).filter((p) => /^\w+\)?\t/.test(p)).slice(0, n);
  if (items.length < n) throw new Error(`only ${items.length} items for ${n} changes`);
  const head = 'RESOLUTION 52 (Rev. Dubai, 2012)\nCountering and combating spam\nThe World Telecommunication Standardization Assembly (Dubai, 2012),\nresolves\n';
  const short = items.map((p) => p.split(' ').slice(0, 10).join(' ') + ';');
  const changed = short.map((p, k) => p.replace(/^(\S+\s+\S+\s+)\S+/, `$1changed${k}`));
  return {
    base: head + short.join('\n') + '\n',
    draft: `MOD\tEXA/12A3/1\n${head}${changed.join('\n')}\n\nReasons:\tr\n`,
  };
}

/** What `itu-draft track` does once both files are read: index the base, compare, write the marks. */
function track(c: { base: string; draft: string }): number {
  const index = new BaseIndex();
  index.update('base.itu', c.base);
  const doc = parseDocument(c.draft);
  const edits: TextEdit[] = [];
  for (const amended of amendedResolutions(doc, index.lookup)) {
    const e = amended.comparison && !amended.comparison.identical ? markEdits(doc, amended, amended.comparison.changes) : undefined;
    if (e) for (const x of e) edits.push(x);
  }
  return applyEdits(c.draft, edits).length - c.draft.length;
}

/** `n` proposals, each with one fault Fix all mends: a gap in a list, an empty mark, or an id out of sequence. */
function fixAllCase(n: number): string {
  const out = ['Proposals:\tEXA', 'Document:\t12', 'Addendum:\t3', ''];
  for (let k = 0; k < n; k++) {
    const fault = k % 3;
    out.push(`ADD\tEXA/12A3/${fault === 2 ? n + k : k + 1}`, `RESOLUTION ${k + 1} (Geneva, 2026)`, 'Title', 'resolves');
    out.push(`a)\tthat item one of proposal ${k + 1}${fault === 1 ? ' {++++}' : ''};`, `${fault === 0 ? 'c' : 'b'})\tthat item two,`, '', 'Reasons:\tr', '');
  }
  return out.join('\n');
}

/** What Fix all costs: the server's code action (parse, check, combine, ranges), then applying its edits. */
function fixAll(text: string): number {
  const state = new DocumentRecord('file:///bench/fix-all.itu', 1, text);
  codeActions(state, DEFAULT_SETTINGS, [], [FIX_ALL_KIND]);
  const edits = fixAllEdits(state, DEFAULT_SETTINGS);
  return applyEdits(text, edits).length === text.length ? 0 : edits.length;
}

/** A Resolution item citing `n` footnotes, none defined, all on one line. */
function undefinedFootnotes(n: number): string {
  const refs: string[] = [];
  for (let i = 0; i < n; i++) refs.push(`[^u${i}]`);
  return `ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nTitle\nconsidering\na)\tthat ${refs.join(' ')};\n\nReasons:\tr\n`;
}

/** Peak memory (maxRSS) of `itu-draft check` on a file, in a child process. */
function cliPeak(file: string): number {
  const script = `process.argv = [process.argv[0], ${JSON.stringify(path.join(ROOT, 'bin/itu-draft'))}, 'check', ${JSON.stringify(file)}];` +
    `process.stdout.write = () => true; process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));` +
    `require(${JSON.stringify(path.join(ROOT, 'server/out/cli.js'))});`;
  const r = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
}

function benchFootnotes(): void {
  const sizes = [12_500, 50_000];
  console.log(`\nUndefined footnote references on one line: ${sizes.join(' and ')} (4×), check time and CLI peak memory`);
  const texts = sizes.map(undefinedFootnotes);
  const times = interleaved(texts.map((t) => () => fullCheck(t)), reps(7), 1).map(median);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-bench-fn-'));
  const peaks = texts.map((t, k) => {
    const file = path.join(dir, `fn-${sizes[k]}.itu`);
    fs.writeFileSync(file, t);
    return cliPeak(file);
  });
  const idle = cliPeak(path.join(dir, 'none.itu'));
  fs.rmSync(dir, { recursive: true, force: true });
  const growth = times[1]! / times[0]!;
  record({
    section: 'scale', name: `Check of ${sizes[1]} undefined footnote references on one line`, median: times[1]!, unit: 'ms',
    ratio: growth, ratioOf: `${sizes[1]} ÷ ${sizes[0]} references (4× the input)`, target: '≤ 5× for 4× the input', met: growth <= 5,
    note: `${fmt(times[0]!)} ms for ${sizes[0]}`,
  });
  const memory = (peaks[1]! - idle) / (peaks[0]! - idle);
  record({
    section: 'scale', name: `itu-draft check peak memory above a missing-file run, ${sizes[1]} references`, median: (peaks[1]! - idle) / 1e6, unit: 'MB',
    ratio: memory, ratioOf: `${sizes[1]} ÷ ${sizes[0]} references (4× the input)`, target: '≤ 5× for 4× the input', met: memory <= 5,
    note: `peak RSS ${fmt(peaks[0]! / 1e6)} MB and ${fmt(peaks[1]! / 1e6)} MB; a run that only fails to read its file ${fmt(idle / 1e6)} MB`,
  });
}

function benchScale(): void {
  benchFootnotes();
  console.log(`\nMany changes: track and Fix all at ${SIZES.join(' / ')} changes, growth per doubling (same run)`);
  const trackCases = SIZES.map(trackCase);
  const fixCases = SIZES.map(fixAllCase);
  for (const [what, fns, detail] of [
    ['track (index the base, compare, write marks)', trackCases.map((c) => () => track(c)), (k: number) => `${KB(Buffer.byteLength(trackCases[k]!.draft))} draft, ${track(trackCases[k]!)} characters of marks written`],
    ['Fix all (code action + applying its edits)', fixCases.map((t) => () => fixAll(t)), (k: number) => `${KB(Buffer.byteLength(fixCases[k]!))} draft, ${fixAll(fixCases[k]!)} edits`],
  ] as const) {
    const times = interleaved(fns, reps(7), 1).map(median);
    times.forEach((m, k) => {
      const growth = k === 0 ? null : m / times[k - 1]!;
      record({
        section: 'scale',
        name: `${what}, ${SIZES[k]} changes`,
        median: m,
        unit: 'ms',
        ratio: growth,
        ratioOf: growth === null ? '' : `${SIZES[k]} changes ÷ ${SIZES[k - 1]} changes`,
        target: growth === null ? '(first size)' : '≤ 2.3× per doubling',
        met: growth === null ? null : growth <= 2.3,
        note: detail(k),
      });
    });
  }
}

// ---------------------------------------------------------------- 6. memory

/**
 * Resident memory of a process: all of it, its peak, and the part backed by files (`RssFile`: pages of the
 * Node binary and its libraries, shared with every Node process, dropped and read again by the kernel as
 * it needs). Above idle that part is mostly the optimizing compiler's own code, first run for the check,
 * not the document: it went from 0.5 to 4 MB when no function happened to be optimized before idle any
 * more (docs/benchmarks.md, "Server memory, sixth session").
 */
function status(pid: number): { rss: number; hwm: number; file: number } {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM'), file: kb('RssFile') };
}

async function benchMemory(): Promise<void> {
  console.log('\nServer memory (/proc/<pid>/status) with a 1 MB document open, 1,000 edits');
  const text = doc(1_000_000);
  const bytes = Buffer.byteLength(text);
  const uri = 'file:///bench/memory.itu';
  const c = await startServer();
  try {
    const pid = c.proc.pid!;
    await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/none.itu' } });
    await sleep(500);
    const idleStatus = status(pid);
    const idle = idleStatus.rss;
    c.open(uri, text);
    await c.pull(uri);
    const openStatus = status(pid);
    const opened = openStatus.rss;
    // What of the memory above idle is files' pages (the Node binary's code first run), not the server's own.
    const files = `of which ${fmt((openStatus.file - idleStatus.file) / 1e6)} MB pages of files (RssFile ${fmt(idleStatus.file / 1e6)} → ${fmt(openStatus.file / 1e6)} MB)`;
    const lines = itemLines(text);
    const rnd = random(5);
    const edits = QUICK ? 200 : 1000;
    for (let i = 0; i < edits; i++) {
      const line = lines[Math.floor(rnd() * lines.length)]!;
      const at = { line, character: 8 + Math.floor(rnd() * 20) };
      c.change(uri, [{ range: { start: at, end: at }, text: 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]! }]);
      // An editor asks for diagnostics after a pause, and hovers now and then.
      if (i % 10 === 9) await c.pull(uri);
      if (i % 50 === 25) await c.request('textDocument/hover', { textDocument: { uri }, position: at });
    }
    await c.pull(uri);
    const after = status(pid);
    const peak = after.hwm - idle;
    const ratio = peak / bytes;
    record({
      section: 'memory',
      name: `Server memory above idle with the ${KB(bytes)} document open (diagnostics pulled)`,
      median: (opened - idle) / 1e6,
      unit: 'MB',
      ratio: (opened - idle) / bytes,
      ratioOf: '(RSS after open − idle RSS) ÷ document size',
      target: '≤ 20× the document',
      met: (opened - idle) / bytes <= 20,
      note: `idle ${fmt(idle / 1e6)} MB, after open ${fmt(opened / 1e6)} MB; ${files}`,
    });
    record({
      section: 'memory',
      name: `Server peak memory above idle, ${KB(bytes)} document, ${edits} edits`,
      median: peak / 1e6,
      unit: 'MB',
      ratio,
      ratioOf: '(peak RSS − idle RSS) ÷ document size',
      target: '≤ 40× the document',
      met: ratio <= 40,
      note: `idle ${fmt(idle / 1e6)} MB, after open ${fmt(opened / 1e6)} MB, peak ${fmt(after.hwm / 1e6)} MB, at the end ${fmt(after.rss / 1e6)} MB; pages of files ${fmt((after.file - idleStatus.file) / 1e6)} MB above idle at the end`,
    });
  } finally {
    await c.shutdown();
  }
  // What one version's state costs, in this process, after a full garbage collection.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const parsed = parseDocument(text);
  const findings = checkDocument(parsed);
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  record({
    section: 'memory',
    name: `Heap retained by one parse and check of the ${KB(bytes)} document (in-process)`,
    median: retained / 1e6,
    unit: 'MB',
    ratio: retained / bytes,
    ratioOf: 'retained heap ÷ document size',
    target: '(none: what each version held by the server costs)',
    met: null,
    note: `${parsed.views.new.paragraphs.length + parsed.views.old.paragraphs.length} paragraphs in two projections, ${parsed.marks.length} marks, ${findings.length} findings`,
  });
  // What the language service keeps of the open document, checked and then typed into (the edits
  // above, a diagnostics pull every 10 and a hover every 50): heap after a full collection.
  const service = createItuService({ workspace: new MemoryWorkspace('file:///bench-ws') });
  await service.scan();
  const keptUri = 'file:///bench/kept.itu';
  gc();
  const empty = process.memoryUsage().heapUsed;
  service.open(keptUri, 1, text);
  await service.diagnostics(keptUri);
  gc();
  const kept = process.memoryUsage().heapUsed - empty;
  const lines = itemLines(text);
  const rnd = random(5);
  const edits = QUICK ? 200 : 1000;
  for (let i = 0; i < edits; i++) {
    const at = { line: lines[Math.floor(rnd() * lines.length)]!, character: 8 + Math.floor(rnd() * 20) };
    service.change(keptUri, i + 2, [{ range: { start: at, end: at }, text: 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]! }]);
    if (i % 10 === 9) await service.diagnostics(keptUri);
    if (i % 50 === 25) service.hover(keptUri, at);
  }
  await service.diagnostics(keptUri);
  gc();
  const keptAfter = process.memoryUsage().heapUsed - empty;
  record({
    section: 'memory',
    name: `Heap the language service keeps for the open ${KB(bytes)} document (in-process)`,
    median: kept / 1e6,
    unit: 'MB',
    ratio: kept / bytes,
    ratioOf: 'heap kept ÷ document size',
    target: '(none: the live part of the server memory above)',
    met: null,
    note: `after the diagnostics of the version opened; ${fmt(keptAfter / 1e6)} MB after ${edits} edits with their pulls and hovers (code compiled meanwhile and the joined text of the last version included); the text opened (${fmt((text.length * 2) / 1e6)} MB: characters beyond Latin-1 make it two bytes a character) is the bench's own string, not counted`,
  });
}

// ---------------------------------------------------------------- 6. Word import per MB of XML

/** One CLI import in its own process: wall time and peak resident memory (worker thread included). */
function importRun(file: string): { ms: number; peakMb: number; ok: boolean } {
  const probe = path.join(os.tmpdir(), `itu-bench-probe-${process.pid}.txt`);
  const t = now();
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'test/hostile/probe.cjs'), path.join(ROOT, 'bin/itu-draft'), 'import', file, '-o', '-'], {
    env: { ...process.env, ITU_PROBE: probe },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const ms = now() - t;
  const peakMb = Number(fs.readFileSync(probe, 'utf8')) / 1024;
  fs.rmSync(probe, { force: true });
  return { ms, peakMb, ok: r.status === 0 };
}

/**
 * Import time and peak memory per MB of inflated XML, for ordinary documents of each kind, at two sizes four
 * times apart: the per-MB cost should not grow with size (a pass that rescans what came before would).
 * Each run is a CLI process (so that peak memory is the process's own), starting Node and a worker included.
 */
function benchImport(): void {
  console.log('\nWord import (itu-draft import, one process per run) per MB of inflated XML');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-bench-import-'));
  try {
    const empty = path.join(dir, 'empty.docx');
    fs.writeFileSync(empty, docx({ document: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' }));
    const base = median(Array.from({ length: reps(5) }, () => importRun(empty).ms));
    for (const kind of BENCH_DOCS) {
      const measures: { mb: number; ms: number; peakMb: number }[] = [];
      // Block counts giving about 4 MB and 16 MB of XML, so that the work outweighs starting the process.
      const perBlock = Object.values(unzip(docx(kind.make(1000)))).reduce((s, d) => s + d.byteLength, 0) / 1000;
      for (const mbTarget of [4, 16]) {
        const n = Math.round((mbTarget * 1048576) / perBlock);
        const bytes = docx(kind.make(n));
        const mb = Object.values(unzip(bytes)).reduce((s, d) => s + d.byteLength, 0) / 1048576;
        const file = path.join(dir, `${kind.name.replace(/\W+/g, '-')}-${n}.docx`);
        fs.writeFileSync(file, bytes);
        const runs = Array.from({ length: reps(3) }, () => importRun(file));
        if (!runs.every((r) => r.ok)) throw new Error(`import of ${kind.name} ×${n} failed`);
        measures.push({ mb, ms: median(runs.map((r) => r.ms)), peakMb: Math.max(...runs.map((r) => r.peakMb)) });
      }
      const [small, large] = measures as [typeof measures[0], typeof measures[0]];
      const perMb = (m: typeof small) => (m.ms - base) / m.mb;
      const growth = perMb(large) / perMb(small);
      record({
        section: 'import',
        name: `Import, ${kind.name}, ${fmt(large.mb)} MB of XML, time per MB`,
        median: perMb(large),
        unit: 'ms/MB',
        ratio: growth,
        ratioOf: `ms per MB at ${fmt(large.mb)} MB ÷ at ${fmt(small.mb)} MB`,
        target: '≤ 1.5× (linear)',
        met: growth <= 1.5,
        note: `${fmt(large.ms)} ms in all, ${fmt(small.ms)} ms at ${fmt(small.mb)} MB; process start and an empty document ${fmt(base)} ms subtracted`,
      });
      record({
        section: 'import',
        name: `Import, ${kind.name}, ${fmt(large.mb)} MB of XML, peak memory per MB`,
        median: large.peakMb / large.mb,
        unit: 'MB/MB',
        ratio: null,
        ratioOf: '',
        target: '(none: the hostile suite bounds it at 300 MB + 30 MB/MB)',
        met: null,
        note: `peak ${fmt(large.peakMb)} MB at ${fmt(large.mb)} MB of XML, ${fmt(small.peakMb)} MB at ${fmt(small.mb)} MB`,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 7. bundles

/** Module names a bundle requires with a literal. */
export function requiresOf(code: string): { modules: string[] } {
  const modules = new Set<string>();
  for (const m of code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)) modules.add(m[2]!);
  return { modules: [...modules].sort() };
}

/** Files the server touches while starting, checking a document and stopping, outside its folder and the system's. */
async function serverFilesOutside(root: string): Promise<string[] | undefined> {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const log = path.join(os.tmpdir(), `itu-bench-strace-${process.pid}.log`);
  const proc = spawn('strace', ['-f', '-qq', '-e', 'trace=%file', '-o', log, process.execPath, ...SERVER_EXEC_ARGV, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, ...SERVER_ENV } });
  const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  rpc.onRequest('client/registerCapability', () => null);
  rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
  await rpc.sendNotification('initialized', {});
  const uri = 'file:///bench/strace.itu';
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'itu', version: 1, text: doc(10_000) } });
  await rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  await new Promise((r) => proc.on('exit', r));
  rpc.dispose();
  const system = ['/proc/', '/sys/', '/dev/', '/etc/', '/lib', '/usr/', path.dirname(path.dirname(process.execPath)) + '/'];
  const paths = new Set<string>();
  for (const m of fs.readFileSync(log, 'utf8').matchAll(/^\d+\s+\w+\((?:AT_FDCWD, |\d+, )?"([^"]*)"/gm)) {
    const p = m[1]!;
    if (!p.startsWith('/') || p === root || p.startsWith(root + '/') || system.some((s) => p.startsWith(s))) continue;
    // Node resolves the real path of the script it runs: a stat of each folder above it, no read.
    if (root.startsWith(p.endsWith('/') ? p : p + '/')) continue;
    paths.add(p);
  }
  fs.rmSync(log, { force: true });
  return [...paths].sort();
}

/** The JavaScript files the .vsix ships: the `!…js` lines of .vscodeignore (which ignores everything else). */
function shippedBundles(): string[] {
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
  return [...ignore.matchAll(/^!(\S+\.js)\s*$/gm)].map((m) => m[1]!);
}

async function benchBundle(): Promise<void> {
  console.log('\nBundles (npm run build: minified, self-contained)');
  const files = shippedBundles();
  for (const f of files) if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  const size = (f: string) => fs.statSync(path.join(ROOT, f)).size;
  const code = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
  // esbuild writes each module's path before its code unless it minifies (`// client/src/synoptic.ts`); lines per character
  // told it before, but the synoptic bundle (10 KB, its table's style a template of short lines) reads as unminified that way.
  const minified = files.every((f) => !/^\/\/ (?:client|server|node_modules)\//m.test(code(f)) && !code(f).includes('sourceMappingURL'));
  const sizes = files.map((f) => `${f} ${fmt(size(f) / 1000)} KB`).join(', ');
  const total = files.reduce((n, f) => n + size(f), 0);
  record({
    section: 'bundle',
    name: `Bundles shipped in the .vsix (${files.length}), together`,
    median: total / 1000,
    unit: 'KB',
    ratio: total / 1e6,
    ratioOf: 'total ÷ 1 MB',
    target: '< 1 MB together',
    met: total < 1e6 && minified,
    note: `${sizes}${minified ? '' : '; NOT minified: run npm run build (not --dev)'}`,
  });
  const atStart = ['client/out/extension.js', 'server/out/server.js'].filter((f) => files.includes(f));
  const startTotal = atStart.reduce((n, f) => n + size(f), 0);
  record({
    section: 'bundle',
    name: 'Bundles loaded at activation (client + server)',
    median: startTotal / 1000,
    unit: 'KB',
    ratio: startTotal / 1e6,
    ratioOf: 'total ÷ 1 MB',
    target: '< 1 MB together',
    met: startTotal < 1e6 && minified,
    note: files.filter((f) => !atStart.includes(f)).map((f) => `${f} is loaded on first use`).join('; '),
  });
  const outside: string[] = [];
  const computed: string[] = [];
  for (const f of files) {
    const c = code(f);
    for (const m of requiresOf(c).modules) if (!isBuiltin(m) && !(f.startsWith('client/') && m === 'vscode')) outside.push(`${f}: ${m}`);
    for (const m of c.matchAll(/\brequire\(\s*([^)\s"'`][^)]{0,40})\)/g)) {
      // Show what the computed name is made of: the 80 characters before the call.
      computed.push(`${path.basename(f)}: …${c.slice(Math.max(0, m.index! - 80), m.index! + m[0].length).replace(/\s+/g, ' ')}`);
    }
  }
  const touched = await serverFilesOutside(ROOT);
  const touchedNote = touched === undefined
    ? 'strace not available'
    : touched.length ? `server touched outside its folder: ${touched.join(', ')}` : 'the server under strace (start, a check, stop) touched no file outside the extension and the system';
  record({
    section: 'bundle',
    name: 'Bundles require only Node built-ins and vscode',
    median: outside.length,
    unit: 'other modules',
    ratio: null,
    ratioOf: '',
    target: '0 (activation reads no file outside the extension)',
    met: outside.length === 0 && (touched === undefined || touched.length === 0),
    note: `${outside.length ? `requires ${outside.join(', ')}; ` : ''}${computed.length} require call(s) with a computed name${computed.length ? ` (${computed.join(' | ')})` : ''}; ${touchedNote}`,
  });
}

// ---------------------------------------------------------------- output

function table(rs: Result[]): string {
  const rows = rs.map((r) => {
    const value = Number.isNaN(r.median) ? 'n/a' : `${fmt(r.median)} ${r.unit}`;
    const ratio = r.ratio === null ? '' : `${fmt(r.ratio)}× (${r.ratioOf})`;
    const met = r.met === null ? '–' : r.met ? '**met**' : '**not met**';
    return `| ${r.name} | ${value} | ${ratio} | ${r.target} | ${met} | ${r.note ?? ''} |`;
  });
  return ['| Measure | Median | Ratio (same run) | Target | Met | Notes |', '| --- | ---: | --- | --- | --- | --- |', ...rows].join('\n');
}

function machine(loadBefore: number[], loadAfter: number[]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after`;
}

const START = '<!-- bench:results:start (written by bench/bench.ts) -->';
const END = '<!-- bench:results:end -->';

function writeDocs(rs: Result[], machineLine: string, date: string): void {
  const file = path.join(ROOT, 'docs/benchmarks.md');
  const met = rs.filter((r) => r.met === true).map((r) => r.name);
  const notMet = rs.filter((r) => r.met === false).map((r) => r.name);
  const section = [
    START,
    `Measured ${date}${QUICK ? ' (--quick: fewer runs)' : ''} on ${machineLine}.`,
    '',
    table(rs),
    '',
    `Targets met (${met.length}): ${met.join('; ') || 'none'}.`,
    '',
    `Targets not met (${notMet.length}): ${notMet.join('; ') || 'none'}.`,
    END,
  ].join('\n');
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  text = s >= 0 && e > s ? text.slice(0, s) + section + text.slice(e + END.length) : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, text);
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  corpus = sources();
  if (wants('check')) benchCheck();
  if (wants('peer')) await benchPeer();
  if (wants('keystroke')) await benchKeystroke();
  if (wants('compare')) benchCompare();
  if (wants('compile')) benchCompile();
  if (wants('scale')) benchScale();
  if (wants('memory')) await benchMemory();
  if (wants('import')) benchImport();
  if (wants('bundle')) await benchBundle();
  const loadAfter = os.loadavg();
  const machineLine = machine(loadBefore, loadAfter);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  console.log(`\n${machineLine}\n\n${table(results)}\n`);
  if (WRITE) {
    const out = {
      date,
      machine: machineLine,
      quick: QUICK,
      results: results.map(({ name, median: m, unit, ratio, target, met, ratioOf, note, section }) => ({
        name, median: round(m), unit, ratio: ratio === null ? null : round(ratio), target, met, section, ratioOf, note,
      })),
    };
    fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(out, null, 2) + '\n');
    writeDocs(results, machineLine, date);
    console.log('wrote bench/results.json and docs/benchmarks.md');
  }
}

// Run as a script (bench/keystroke-cpu.ts imports `typing` without running the benchmark).
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
