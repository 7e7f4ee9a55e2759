// The hostile-input suite (issue 17 A and B): generated hostile .docx packages, random mutations of a real
// ITU .docx and of our own exports, special files and awkward paths, run through the built CLI (import,
// export, check, track) and the language server in child processes. Each outcome must be a result that
// re-checks without a broken mark, or a one-line error, with the right exit status, no internal error or
// stack trace, nothing written on failure, no forbidden character in any output, and wall time and peak
// memory within generous bounds proportional to the input (a guard, not a benchmark: bench/bench.ts measures).
//
//   npm run build && node --import tsx --test test/hostile/hostile.test.ts
//   HOSTILE_SEED=7 HOSTILE_MUTATIONS=200 …   (another seed, more mutations)
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { Client } from '../lsp/harness';
import { random as rng } from '../corpus';
import { CLASSES, docx, mutateBytes, mutateXml, unzip } from './generate';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'itu-draft');
const PROBE = path.join(__dirname, 'probe.cjs');
const SHARED = path.resolve(ROOT, '..', 'shared');
const RES1_DOCX = path.join(SHARED, 'corpus', 'wtsa16-res1.docx');
const AFCP = path.join(SHARED, 'examples', 'afcp-42a25-res52.itu');
const RES52 = path.join(SHARED, 'examples', 'res52-dubai-2012.itu');
const SEED = Number(process.env.HOSTILE_SEED ?? 17);
const MUTATIONS = Number(process.env.HOSTILE_MUTATIONS ?? 12);
const COMMAND_LINES = Number(process.env.HOSTILE_COMMAND_LINES ?? 40);
const IS_ROOT = process.getuid?.() === 0;

/** Forbidden in any output: what XML 1.0 cannot hold (NUL and the other controls, U+FFFE/U+FFFF, unpaired surrogates). */
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A character reference to one of those in XML. */
const FORBIDDEN_REF = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF]|[dD][89a-fA-F][0-9a-fA-F]{2})|0*(?:[0-8]|1[1-24-9]|2[0-9]|3[01]|6553[45]));/;

/** Bounds: a fixed allowance for starting Node and a worker, plus an allowance per MB of inflated XML. */
const TIME_BASE_MS = 20_000;
const TIME_PER_MB_MS = 5_000;
const MEMORY_BASE_MB = 300;
const MEMORY_PER_MB = 30;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the process, MB (worker threads included). */
  peakMb: number;
}

let work: string;
let probeCount = 0;

/** Runs the CLI in a child process, killed if it passes `timeoutMs` (the run then fails its bound). */
function cli(args: (string | Buffer)[], options: { timeoutMs?: number; cwd?: string; stdin?: string } = {}): Promise<Run> {
  const probe = path.join(work, `probe-${probeCount++}.txt`);
  const started = Date.now();
  return new Promise((resolve) => {
    // spawn encodes its arguments as UTF-8; a name that is not UTF-8 goes through bash's $'\xFF' quoting, byte for byte.
    const quote = (a: string | Buffer) =>
      typeof a === 'string' ? `'${a.replace(/'/g, `'\\''`)}'` : `$'${[...a].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}'`;
    const raw = args.some((a) => typeof a !== 'string');
    const [command, argv] = raw
      ? ['bash', ['-c', `exec ${[process.execPath, '--require', PROBE, BIN, ...args].map(quote).join(' ')}`]]
      : [process.execPath, ['--require', PROBE, BIN, ...(args as string[])]];
    const child = spawn(command, argv, {
      cwd: options.cwd ?? work,
      env: { ...process.env, ITU_PROBE: probe, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdin.end(options.stdin ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const kb = fs.existsSync(probe) ? Number(fs.readFileSync(probe, 'utf8')) : NaN;
      fs.rmSync(probe, { force: true });
      resolve({ code, stdout, stderr, ms: Date.now() - started, peakMb: kb / 1024 });
    });
  });
}

/** What every run must hold: an exit status of 0, 1 or 2, no internal error, no stack trace, every line the CLI's. */
function sane(what: string, r: Run, bound?: { xmlMb: number }): void {
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `${what}: exit ${r.code} (killed?)\n${r.stderr.slice(0, 500)}`);
  assert.doesNotMatch(r.stderr, /internal error/, `${what}: ${r.stderr.slice(0, 500)}`);
  assert.doesNotMatch(r.stderr + r.stdout, /^\s+at .+[:(]\d+:\d+\)?$/m, `${what}: a stack trace`);
  for (const line of r.stderr.split('\n').filter((l) => l !== '')) {
    // The CLI's own: its prefix, its usage, and the summaries of check and proposals (`2 files checked`, `3 proposals on 2 texts`).
    assert.match(line, /^(itu-draft: |usage:|\s+itu-draft |\d+ files? checked|(?:1 proposal|\d+ proposals) on (?:1 text|\d+ texts)(?:;|$))/, `${what}: a line that is not the CLI's own: ${line.slice(0, 200)}`);
  }
  if (bound) {
    const ms = TIME_BASE_MS + TIME_PER_MB_MS * bound.xmlMb;
    const mb = MEMORY_BASE_MB + MEMORY_PER_MB * bound.xmlMb;
    assert.ok(r.ms <= ms, `${what}: ${r.ms} ms, more than the ${ms} ms allowed for ${bound.xmlMb.toFixed(1)} MB of XML`);
    assert.ok(Number.isFinite(r.peakMb), `${what}: peak memory not measured`);
    assert.ok(r.peakMb <= mb, `${what}: peak ${r.peakMb.toFixed(0)} MB, more than the ${mb.toFixed(0)} MB allowed for ${bound.xmlMb.toFixed(1)} MB of XML`);
  }
}

/** A failure: exit 2 and exactly one line of error (import notes and warnings are not errors). */
function oneLineError(what: string, r: Run): string {
  assert.equal(r.code, 2, `${what}: exit ${r.code}\n${r.stderr.slice(0, 500)}`);
  const lines = r.stderr.split('\n').filter((l) => l !== '' && !/^itu-draft: warning:/.test(l));
  assert.equal(lines.length, 1, `${what}: one line of error, not:\n${r.stderr.slice(0, 800)}`);
  return lines[0]!;
}

function noTemporaryFiles(dir: string): void {
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], `temporary files left in ${dir}`);
}

function inflatedMb(bytes: Uint8Array): number {
  try {
    return Object.values(unzip(bytes)).reduce((n, d) => n + d.byteLength, 0) / 1048576;
  } catch {
    return bytes.byteLength / 1048576;
  }
}

function assertCleanText(what: string, text: string): void {
  const m = FORBIDDEN.exec(text);
  assert.equal(m, null, `${what}: forbidden character U+${m?.[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} at ${m?.index}`);
}

function assertCleanDocx(what: string, bytes: Uint8Array): void {
  for (const [name, data] of Object.entries(unzip(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = Buffer.from(data).toString('utf8');
    assertCleanText(`${what} ${name}`, xml);
    assert.doesNotMatch(xml, FORBIDDEN_REF, `${what} ${name}: a reference to a forbidden character`);
  }
}

/**
 * Imports a .docx through the CLI and holds the outcome to the rules: a one-line error and nothing written, or
 * an .itu with no forbidden character that `check` reads without a broken mark, that exports to a clean .docx,
 * and that imports back. Returns the run of the import.
 */
async function importAndFollow(what: string, bytes: Uint8Array, expectSuccess = false): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(work, 'imp-'));
  const input = path.join(dir, 'in.docx');
  fs.writeFileSync(input, bytes);
  const output = path.join(dir, 'out.itu');
  const xmlMb = inflatedMb(bytes);
  const r = await cli(['import', input, '-o', output], { timeoutMs: 2 * (TIME_BASE_MS + TIME_PER_MB_MS * xmlMb) });
  sane(`${what}: import`, r, { xmlMb });
  if (r.code !== 0) {
    assert.ok(!expectSuccess, `${what}: expected to import, got: ${r.stderr}`);
    oneLineError(`${what}: import`, r);
    assert.ok(!fs.existsSync(output), `${what}: an output was written although the import failed`);
    noTemporaryFiles(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    return r;
  }
  const text = fs.readFileSync(output, 'utf8');
  assertCleanText(`${what}: imported text`, text);
  assert.ok(fs.statSync(output).size <= 64 * 1048576, `${what}: the import wrote more than check and export read back (64 MB)`);
  // The checker's own cost on megabytes of footnotes is measured elsewhere (bench, robustness tests); here it reads what import wrote.
  if (text.length > 1_000_000) {
    fs.rmSync(dir, { recursive: true, force: true });
    return r;
  }
  const checked = await cli(['check', '--format', 'json', output]);
  sane(`${what}: check of the import`, checked);
  assert.notEqual(checked.code, 2, `${what}: check of the import: ${checked.stderr}`);
  const broken = (JSON.parse(checked.stdout) as { code: string; severity: string; message: string; line: number }[])
    .filter((f) => f.code.startsWith('marks.') && f.severity === 'error');
  assert.deepEqual(broken.map((f) => `${f.line}: ${f.code} ${f.message}`), [], `${what}: the import wrote broken revision marks`);
  // Small results go round once more: export (clean XML, or one line saying why not), import back.
  const exported = path.join(dir, 'again.docx');
  const e = text.length < 50_000 ? await cli(['export', output, '-o', exported, '--date', '2016-10-25']) : undefined;
  if (e) sane(`${what}: export of the import`, e);
  if (e && e.code !== 0) oneLineError(`${what}: export of the import`, e);
  else if (e) {
    assertCleanDocx(`${what}: export of the import`, fs.readFileSync(exported));
    const back = await cli(['import', exported, '-o', '-']);
    sane(`${what}: import of the export`, back);
    assert.equal(back.code, 0, `${what}: import of the export: ${back.stderr}`);
    assertCleanText(`${what}: import of the export`, back.stdout);
  }
  noTemporaryFiles(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

/** A folder whose only base text (Resolution 52) is behind a link to another folder, with a dangling link and a link back up (a loop). */
function hostileWorkspace(name: string): string {
  const ws = fs.mkdtempSync(path.join(work, `${name}-ws-`));
  const elsewhere = fs.mkdtempSync(path.join(work, `${name}-bases-`));
  fs.copyFileSync(RES52, path.join(elsewhere, 'res52.itu'));
  fs.symlinkSync(elsewhere, path.join(ws, 'bases'));
  fs.symlinkSync(path.join(ws, 'nowhere'), path.join(ws, 'dangling'));
  fs.mkdirSync(path.join(ws, 'sub'));
  fs.symlinkSync(ws, path.join(ws, 'sub', 'up'));
  return ws;
}

/** Runs `tasks` two at a time (the machine has two cores). */
async function pool<T>(tasks: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  }));
  return results;
}

before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, 'server', 'out', 'cli.js')), 'run npm run build first');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-hostile-'));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('generated hostile .docx packages (issue 17 A)', () => {
  const summary: string[] = [];
  after(() => console.log(`# ${summary.join('\n# ')}`));

  for (const c of CLASSES) {
    it(`${c.item} ${c.name}: small imports cleanly, large is imported or refused within the bounds`, async () => {
      const [small, large] = c.sizes;
      const r1 = await importAndFollow(`${c.name} ×${small}`, docx(c.make(small!)), true);
      const bytes = docx(c.make(large!));
      const r2 = await importAndFollow(`${c.name} ×${large}`, bytes);
      if (r2.code !== 0) assert.match(r2.stderr, /the most an import builds|memory it is given|took longer/, `${c.name}: the error names the limit`);
      summary.push(`${c.name} ×${large} (${inflatedMb(bytes).toFixed(1)} MB XML): exit ${r2.code}, ${r2.ms} ms, peak ${r2.peakMb.toFixed(0)} MB${r2.code ? `: ${r2.stderr.trim().slice(11, 120)}` : ''}`);
      if (c.item === 'A3') assert.match(r1.stderr, /replaced by U\+FFFD/, 'the replacement is noted');
      if (c.name === 'symbol-font characters') assert.match(r1.stderr, /symbol-font characters have no Unicode equivalent/, 'the unmapped symbols are noted');
      if (c.name === 'hyperlinks with addresses') assert.match(r1.stderr, /100 hyperlink addresses are kept as a comment/, 'the addresses are noted');
      if (c.name === 'long list labels on every paragraph') assert.match(r2.stderr, /text is longer than [\d,]+ characters, the most an import builds/);
      if (c.name === 'absurd list start') {
        assert.match(r1.stderr, /not a number Word allows/);
        assert.match(r1.stderr, /past what letters can show/);
      }
    });
  }
});

describe('what import writes, check and export read back', () => {
  it('control characters that become U+FFFD (3 bytes each) past 64 MB of text: refused, nothing written', async () => {
    const paragraph = `<w:p><w:r><w:t>${'\x01'.repeat(100_000)}</w:t></w:r></w:p>`;
    const document = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(230)}</w:body></w:document>`;
    const r = await importAndFollow('23 M control characters', docx({ document }));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /more than the 64 MB an \.itu file may have: nothing written/);
  });
});

describe('random mutations of real .docx files', () => {
  it(`${MUTATIONS} mutations each of ITU's wtsa16-res1.docx and of an export of ours (seed ${SEED}): each imports cleanly or fails in one line`, async () => {
    const random = rng(SEED);
    const res1 = fs.readFileSync(RES1_DOCX);
    const dir = fs.mkdtempSync(path.join(work, 'exp-'));
    const exportedFile = path.join(dir, 'afcp.docx');
    const e = await cli(['export', AFCP, '-o', exportedFile, '--date', '2016-10-25']);
    assert.equal(e.code, 0, e.stderr);
    const ours = fs.readFileSync(exportedFile);
    const outcomes = { imported: 0, refused: 0 };
    const tasks: (() => Promise<void>)[] = [];
    for (const [name, original] of [['wtsa16-res1.docx', res1], ['afcp export', ours]] as const) {
      const parts = unzip(original);
      for (let k = 0; k < MUTATIONS; k++) {
        const mutated = k % 2 === 0 ? mutateBytes(original, random) : mutateXml(parts, random);
        const what = `${name} mutation ${k} (seed ${SEED})`;
        tasks.push(async () => {
          const r = await importAndFollow(what, mutated);
          if (r.code === 0) outcomes.imported++;
          else outcomes.refused++;
        });
      }
    }
    await pool(tasks);
    console.log(`# mutations: ${outcomes.imported} imported, ${outcomes.refused} refused in one line`);
    assert.equal(outcomes.imported + outcomes.refused, 2 * MUTATIONS);
  });

  it('random mutations of an .itu (bytes flipped, cut, spliced) check, track and export without an internal error', async () => {
    const random = rng(SEED + 1);
    const source = fs.readFileSync(AFCP);
    const ws = fs.mkdtempSync(path.join(work, 'ws-'));
    fs.copyFileSync(RES52, path.join(ws, 'res52.itu'));
    const tasks = Array.from({ length: Math.max(2, MUTATIONS >> 2) }, (_, k) => async () => {
      const file = path.join(ws, `m${k}.itu`);
      fs.writeFileSync(file, mutateBytes(source, random));
      for (const args of [['check', file], ['track', '--workspace', ws, file], ['export', file, '-o', path.join(ws, `m${k}.docx`)]]) {
        const r = await cli(args);
        sane(`${args[0]} of mutation ${k}`, r, { xmlMb: source.length / 1048576 });
        if (args[0] === 'export' && r.code === 0) assertCleanDocx(`export of mutation ${k}`, fs.readFileSync(path.join(ws, `m${k}.docx`)));
      }
    });
    await pool(tasks);
    noTemporaryFiles(ws);
  });
});

describe('files and paths (issue 17 B)', () => {
  let dir: string;
  let fifo: string;
  let itu: string;
  let docxFile: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(work, 'files-'));
    fifo = path.join(dir, 'pipe.itu');
    spawnSync('mkfifo', [fifo]);
    itu = path.join(dir, 'afcp.itu');
    fs.copyFileSync(AFCP, itu);
    docxFile = path.join(dir, 'afcp.docx');
    const r = await cli(['export', itu, '-o', docxFile, '--date', '2016-10-25']);
    assert.equal(r.code, 0, r.stderr);
  });

  it('6. a FIFO or /dev/zero as input is refused at once, by every command', async () => {
    assert.ok(fs.statSync(fifo).isFIFO(), 'mkfifo made a FIFO');
    for (const input of [fifo, '/dev/zero']) {
      for (const args of [['check', input], ['import', input, '-o', path.join(dir, 'x.itu')], ['export', input, '-o', path.join(dir, 'x.docx')], ['track', '--workspace', dir, input]]) {
        const r = await cli(args, { timeoutMs: 15_000 });
        sane(args.join(' '), r, { xmlMb: 0 });
        assert.match(oneLineError(args.join(' '), r), /not a regular file: refused/);
      }
    }
    assert.ok(!fs.existsSync(path.join(dir, 'x.itu')) && !fs.existsSync(path.join(dir, 'x.docx')));
  });

  it('6. UTF-16 with its BOM is read as UTF-16: the same findings as the UTF-8 file', async () => {
    const broken = fs.readFileSync(AFCP, 'utf8').replace('{--Dubai, 2012--}', '{--Dubai, 2012');
    fs.writeFileSync(path.join(dir, 'u8.itu'), broken);
    fs.writeFileSync(path.join(dir, 'u16le.itu'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]));
    const be = Buffer.from(broken, 'utf16le');
    be.swap16();
    fs.writeFileSync(path.join(dir, 'u16be.itu'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    // Each file alone (without --workspace its folder, where the three are copies of each other, would be read).
    const alone = fs.mkdtempSync(path.join(work, 'alone-'));
    const findings = async (f: string) => {
      const r = await cli(['check', '--format', 'json', '--workspace', alone, path.join(dir, f)]);
      sane(f, r);
      return (JSON.parse(r.stdout) as { line: number; code: string }[]).map((x) => `${x.line} ${x.code}`);
    };
    const expected = await findings('u8.itu');
    assert.ok(expected.some((x) => x.includes('marks.')), 'the broken mark is found');
    assert.deepEqual(await findings('u16le.itu'), expected);
    assert.deepEqual(await findings('u16be.itu'), expected);
    const back = await cli(['export', path.join(dir, 'u16le.itu'), '-o', path.join(dir, 'u16.docx')]);
    assert.equal(back.code, 0, back.stderr);
  });

  it('7. a FIFO or a socket as output is refused and stays what it was; nothing is written', async () => {
    const socketPath = path.join(dir, 'sock.docx');
    const server = net.createServer().listen(socketPath);
    await new Promise((r) => server.once('listening', r));
    try {
      for (const [args, target] of [
        [['export', itu, '-o', fifo], fifo],
        [['import', docxFile, '-o', fifo], fifo],
        [['export', itu, '-o', socketPath], socketPath],
        [['import', docxFile, '-o', socketPath], socketPath],
      ] as const) {
        const r = await cli([...args], { timeoutMs: 15_000 });
        sane(args.join(' '), r);
        assert.match(oneLineError(args.join(' '), r), /not a regular file: refused, nothing written/);
        const stat = fs.lstatSync(target);
        assert.ok(stat.isFIFO() || stat.isSocket(), `${target} is still what it was`);
      }
    } finally {
      server.close();
    }
    noTemporaryFiles(dir);
  });

  it('7. a legal 255-byte output name works (the temporary name beside it is short)', async () => {
    const name = path.join(dir, `${'n'.repeat(250)}.docx`);
    const r = await cli(['export', itu, '-o', name]);
    sane('export to a 255-byte name', r);
    assert.equal(r.code, 0, r.stderr);
    const back = path.join(dir, `${'m'.repeat(251)}.itu`);
    const i = await cli(['import', name, '-o', back]);
    assert.equal(i.code, 0, i.stderr);
    assert.ok(fs.statSync(back).size > 0);
    noTemporaryFiles(dir);
  });

  it('8. an output that is the input (same name, ./, symbolic link, hard link) is refused and the input is untouched', async () => {
    const before = fs.readFileSync(itu);
    const beforeDocx = fs.readFileSync(docxFile);
    fs.symlinkSync(itu, path.join(dir, 'soft.itu'));
    fs.linkSync(itu, path.join(dir, 'hard.itu'));
    fs.symlinkSync(docxFile, path.join(dir, 'soft.docx'));
    for (const args of [
      ['export', itu, '-o', itu],
      ['export', itu, '-o', path.join(dir, '.', 'afcp.itu')],
      ['export', itu, '-o', path.join(dir, 'soft.itu')],
      ['export', itu, '-o', path.join(dir, 'hard.itu')],
      ['export', path.join(dir, 'soft.itu'), '-o', itu],
      ['import', docxFile, '-o', docxFile],
      ['import', docxFile, '-o', path.join(dir, 'soft.docx')],
      ['import', docxFile, '-o', 'afcp.docx'],
    ]) {
      const r = await cli(args, { cwd: dir });
      sane(args.join(' '), r);
      assert.match(oneLineError(args.join(' '), r), /is the input file .*refused, nothing written/);
    }
    assert.deepEqual(fs.readFileSync(itu), before);
    assert.deepEqual(fs.readFileSync(docxFile), beforeDocx);
    assert.ok(fs.lstatSync(path.join(dir, 'soft.itu')).isSymbolicLink());
  });

  it('9. --workspace with a dangling link, a link loop (and an unreadable folder) checks the rest, one warning each; a base reached through a link is found', async () => {
    const ws = hostileWorkspace('walk');
    fs.symlinkSync('self', path.join(ws, 'self'));
    fs.mkdirSync(path.join(ws, 'locked'));
    fs.chmodSync(path.join(ws, 'locked'), 0);
    // The draft: the amendment's new text without marks, so that `track` can only mark it from the base.
    const shown = await cli(['show', '--new', AFCP]);
    const draft = path.join(work, 'draft.itu');
    fs.writeFileSync(draft, shown.stdout);
    const r = await cli(['track', '--workspace', ws, draft], { timeoutMs: 30_000 });
    sane('track over the hostile workspace', r);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /no base text/, 'the base behind the link is found');
    assert.match(r.stdout, /\{--|\{\+\+|\{~~/, 'marks written from the base');
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('itu-draft: warning: skipped'));
    assert.equal(warnings.filter((l) => l.includes('dangling') && /link to nothing/.test(l)).length, 1, r.stderr);
    assert.equal(warnings.filter((l) => l.includes(`${path.sep}up`) && /loop/.test(l)).length, 1, r.stderr);
    assert.equal(warnings.filter((l) => l.includes('self') && /loop/.test(l)).length, 1, r.stderr);
    if (!IS_ROOT) assert.equal(warnings.filter((l) => l.includes('locked') && /permission denied/.test(l)).length, 1, r.stderr);
    const c = await cli(['check', '--workspace', ws, draft]);
    sane('check over the hostile workspace', c);
    assert.notEqual(c.code, 2, c.stderr);
    fs.chmodSync(path.join(ws, 'locked'), 0o755);
  });

  it('10. file names that are not UTF-8 are found, checked, exported and named with their bytes shown', async () => {
    const bad = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0xff, 0xfe]), Buffer.from('-draft.itu')]);
    fs.writeFileSync(bad, fs.readFileSync(AFCP));
    const badOut = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0xe9]), Buffer.from('.docx')]);
    const r = await cli(['check', bad]);
    sane('check of a non-UTF-8 name', r);
    assert.equal(r.code, 0, r.stderr);
    const e = await cli(['export', bad, '-o', badOut]);
    sane('export to a non-UTF-8 name', e);
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stderr, /\\xE9\.docx/, 'the name is shown with its byte');
    assert.ok(fs.existsSync(badOut), 'written under its own bytes');
    const i = await cli(['import', badOut, '-o', '-']);
    assert.equal(i.code, 0, i.stderr);
    const ws = fs.mkdtempSync(path.join(work, 'names-'));
    fs.copyFileSync(RES52, Buffer.concat([Buffer.from(ws + '/'), Buffer.from([0xff]), Buffer.from('.itu')]));
    const shown = await cli(['show', '--new', AFCP]);
    fs.writeFileSync(path.join(work, 'draft2.itu'), shown.stdout);
    const t = await cli(['track', '--workspace', ws, path.join(work, 'draft2.itu')]);
    assert.equal(t.code, 0, t.stderr);
    assert.doesNotMatch(t.stderr, /no base text/, 'a base under a non-UTF-8 name is found');
  });
});

describe('the language server under hostile Word files', () => {
  it('5. an import bomb neither freezes the server nor writes; cancel stops it; bad outputs are refused in one line', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'server-'));
    const bomb = path.join(dir, 'bomb.docx');
    fs.writeFileSync(bomb, docx(CLASSES.find((c) => c.name === 'text runs in one paragraph')!.make(1_400_000)));
    const c = new Client();
    c.configuration = { diagnostics: { delay: 0 } };
    try {
      await c.initialize(true, true);
      const uri = pathToFileURL(path.join(dir, 'open.itu')).href;
      c.open(uri, fs.readFileSync(AFCP, 'utf8'));
      await c.pull(uri);
      const started = Date.now();
      const importing = c.request<{ error?: string }>('itu/importWord', { input: bomb, output: path.join(dir, 'bomb.itu') });
      // While the worker works, the server answers (a frozen server would answer after the import).
      const diagnostics = await c.pull(uri);
      const answeredIn = Date.now() - started;
      const reply = await importing;
      const importMs = Date.now() - started;
      assert.ok(Array.isArray(diagnostics));
      assert.ok(answeredIn < importMs, `diagnostics answered in ${answeredIn} ms, before the import's ${importMs} ms`);
      assert.match(reply.error ?? '', /^[^\n]+$/, `one line: ${JSON.stringify(reply)}`);
      assert.match(reply.error ?? '', /the most an import builds|memory/);
      assert.ok(!fs.existsSync(path.join(dir, 'bomb.itu')));
      // Cancel: a long import within the limits (60,000 footnotes sharing a mark) stops when asked, long before it would end.
      const slow = path.join(dir, 'slow.docx');
      fs.writeFileSync(slow, docx(CLASSES.find((k) => k.name === 'footnotes sharing one custom mark')!.make(60_000)));
      let t = Date.now();
      const full = await c.request<{ text?: string; error?: string }>('itu/importWord', { input: slow });
      const fullMs = Date.now() - t;
      assert.ok(full.text, `imports when not cancelled: ${full.error}`);
      const cancel = new CancellationTokenSource();
      t = Date.now();
      const cancelled = c.rpc.sendRequest<{ error?: string }>('itu/importWord', { input: slow, output: path.join(dir, 'slow.itu') }, cancel.token)
        .catch((e: Error) => ({ error: `rejected: ${e.message}` }));
      setTimeout(() => cancel.cancel(), 100);
      const r = await cancelled;
      const cancelledMs = Date.now() - t;
      assert.match(r.error ?? '', /cancel/i, JSON.stringify(r));
      assert.ok(cancelledMs < fullMs / 2, `cancelled after ${cancelledMs} ms; the whole import takes ${fullMs} ms`);
      assert.ok(!fs.existsSync(path.join(dir, 'slow.itu')), 'nothing written');
      // Export onto its own source, into a FIFO: refused, one line.
      const source = path.join(dir, 'source.itu');
      fs.copyFileSync(AFCP, source);
      const fifo = path.join(dir, 'out.docx');
      spawnSync('mkfifo', [fifo]);
      for (const output of [source, fifo]) {
        const e = await c.request<{ error?: string }>('itu/exportWord', { uri: pathToFileURL(source).href, output });
        assert.match(e.error ?? '', /^[^\n]*refused, nothing written/, JSON.stringify(e));
        assert.doesNotMatch(e.error ?? '', /\n/);
      }
      assert.deepEqual(fs.readFileSync(source), fs.readFileSync(AFCP));
      assert.ok(fs.lstatSync(fifo).isFIFO());
      // And the server is still well.
      assert.ok(Array.isArray(await c.pull(uri)));
      assert.doesNotMatch(c.stderr.join(''), /^\s+at .+:\d+:\d+/m, 'no stack trace in the server log');
    } finally {
      await c.shutdown();
    }
  });
});

describe('the language server walking a hostile workspace', () => {
  it('9. follows a link to the base text, skips a dangling link and a loop with one logged warning each, and keeps answering', async () => {
    const ws = hostileWorkspace('server');
    spawnSync('mkfifo', [path.join(ws, 'pipe.itu')]);
    const shown = await cli(['show', '--new', AFCP]);
    const c = new Client();
    try {
      await c.initialize(true, false, pathToFileURL(ws).href);
      const uri = pathToFileURL(path.join(ws, 'draft.itu')).href;
      c.open(uri, shown.stdout);
      // The base is read in the background: pull until the draft's untracked changes against it appear.
      let d = await c.pull(uri);
      for (let seen = 0; !d.some((x) => x.code === 'base.untracked-change'); seen = c.refreshes) {
        await c.refreshed(seen);
        d = await c.pull(uri);
      }
      const log = c.stderr.join('\n');
      assert.equal(log.match(/skipped .*dangling: a symbolic link to nothing/g)?.length, 1, log);
      assert.equal(log.match(/skipped .*up: a link loop/g)?.length, 1, log);
      assert.doesNotMatch(log, /pipe\.itu/, 'the FIFO among the base texts is passed over without reading (nor hanging)');
    } finally {
      await c.shutdown();
    }
  });
});

describe('export at scale', () => {
  it('C11. export with thousands of footnotes in a small stack: no push(...) of an unbounded array', async () => {
    // Proportional: N footnotes defined at the end put 2N bookmarks in one paragraph; with a 250 KB stack,
    // spreading them into push() (8 bytes an argument) overflowed at N = 70,000 in Node's default 984 KB stack.
    const n = 20_000;
    const lines = ['ADD\tXX/1/1', 'RESOLUTION 1 (Geneva, 2026)', 'Title', 'resolves'];
    for (let i = 1; i <= n; i++) lines.push(`${i}\tthat note[^${i}] stands;`);
    for (let i = 1; i <= n; i++) lines.push(`[^${i}]:\tFootnote ${i}.`);
    const file = path.join(work, 'footnotes.itu');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const script = `require(${JSON.stringify(require.resolve('tsx/cjs'))});
      const { parseDocument } = require(${JSON.stringify(path.join(ROOT, 'server/src/core'))});
      const { exportDocx } = require(${JSON.stringify(path.join(ROOT, 'server/src/word/export'))});
      const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
      exportDocx(parseDocument(text)).then((b) => { process.stdout.write(String(b.length)); }, (e) => { process.stdout.write('ERROR ' + e.message); process.exitCode = 3; });`;
    const r = spawnSync(process.execPath, ['--stack-size=250', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, `${r.stdout} ${r.stderr.slice(0, 500)}`);
    assert.ok(Number(r.stdout) > 10_000, r.stdout);
  });
});

describe('generated command lines (twenty-fourth session)', () => {
  /** Every file under `dir` with a digest of its bytes (a FIFO, a device or a folder by its kind). */
  function snapshot(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        out.set(path.relative(dir, p), e.isFile() ? crypto.createHash('sha1').update(fs.readFileSync(p)).digest('hex') : e.isDirectory() ? 'folder' : e.isFIFO() ? 'fifo' : 'other');
      }
    };
    walk(dir);
    return out;
  }

  it(`${COMMAND_LINES} command lines of every command, from its usage with one part dropped, replaced or added (seed ${SEED}): each ends sanely and writes only its output`, async () => {
    // The command lines run in `ws`, a folder inside `top`: what a relative path names is in one or the other.
    const top = fs.mkdtempSync(path.join(work, 'lines-'));
    const ws = path.join(top, 'ws');
    fs.mkdirSync(ws);
    fs.copyFileSync(path.join(ROOT, 'examples/res99-amendment.itu'), path.join(ws, 'a.itu'));
    fs.copyFileSync(path.join(ROOT, 'examples/res99-geneva-2022.itu'), path.join(ws, 'base.itu'));
    fs.writeFileSync(path.join(ws, 'crlf.itu'), fs.readFileSync(path.join(ws, 'a.itu'), 'utf8').replace(/\n/g, '\r\n'));
    const rnd = rng(SEED);
    fs.writeFileSync(path.join(ws, 'bin.itu'), Buffer.from(Array.from({ length: 3000 }, () => Math.floor(rnd() * 256))));
    fs.writeFileSync(path.join(ws, 'empty.itu'), '');
    spawnSync('mkfifo', [path.join(ws, 'fifo.itu')]);
    fs.mkdirSync(path.join(ws, 'sub.itu'));
    fs.writeFileSync(path.join(ws, 'zip.docx'), 'PK\x03\x04 and no more');
    assert.equal((await cli(['export', 'a.itu', '-o', 'a.docx'], { cwd: ws })).code, 0);
    // The files as they were, to put back what a command line was allowed to replace.
    const files = new Map(fs.readdirSync(ws).filter((n) => fs.statSync(path.join(ws, n)).isFile()).map((n) => [`ws/${n}`, fs.readFileSync(path.join(ws, n))]));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const maybe = (p: number, xs: string[]) => (rnd() < p ? xs : []);
    const inputs = ['a.itu', 'crlf.itu', 'base.itu', 'bin.itu', 'empty.itu', 'fifo.itu', 'sub.itu', 'a.docx', 'zip.docx', 'none.itu', '/dev/zero', '/dev/null', '.', '', '-', '*.itu', '[', '\uD800.itu', `${'x'.repeat(300)}.itu`];
    const input = () => (rnd() < 0.6 ? pick(['a.itu', 'crlf.itu', 'base.itu']) : pick(inputs));
    const outputs = ['out.docx', 'out.itu', 'a.docx', 'a.itu', 'base.itu', '-', 'sub.itu', 'fifo.itu', '/dev/null', '/dev/full', 'new/x.itu', '../up.itu', ''];
    const values = ['', '-1', '0', '1', '1e9', 'NaN', 'abc', '2026-13-45', '2026-12-07', '99999999999999999999', 'json', 'text', 'xml', 'RESOLUTION 99'];
    const options = ['--format', '--workspace', '-o', '--force', '--author', '--date', '--max-memory', '--timeout', '--max-size', '--new', '--old', '--tracked', '--color', '--bogus', '--help'];
    const usages: (() => string[])[] = [
      () => ['check', ...maybe(0.5, ['--format', pick(['json', 'text'])]), ...maybe(0.5, ['--workspace', pick(['.', 'sub.itu', 'none', '/dev/null'])]), input(), ...maybe(0.3, [input()])],
      () => ['show', pick(['--new', '--old', '--tracked']), ...maybe(0.3, [pick(['--color', '--no-color'])]), input()],
      () => ['track', '--workspace', pick(['.', 'none', 'a.itu']), ...maybe(0.6, ['-o', pick(outputs)]), ...maybe(0.4, ['--force']), input()],
      () => ['export', input(), ...maybe(0.7, ['-o', pick(outputs)]), ...maybe(0.3, ['--author', pick(values)]), ...maybe(0.3, ['--date', pick(values)]), ...maybe(0.4, ['--force']), ...maybe(0.2, ['--max-memory', pick(values)]), ...maybe(0.2, ['--timeout', pick(values)])],
      () => ['import', pick(['a.docx', 'zip.docx', input()]), ...maybe(0.7, ['-o', pick(outputs)]), ...maybe(0.4, ['--force']), ...maybe(0.2, ['--max-size', pick(values)]), ...maybe(0.2, ['--max-memory', pick(values)]), ...maybe(0.2, ['--timeout', pick(values)])],
      () => ['proposals', '--workspace', pick(['.', 'none', 'a.itu', '/dev/null']), ...maybe(0.5, ['--format', pick(['json', 'text', 'xml'])])],
      () => ['compile', '--workspace', pick(['.', 'none']), ...maybe(0.5, ['--format', pick(['json', 'text'])]), ...maybe(0.6, ['-o', pick(outputs)]), ...maybe(0.4, ['--force']), pick(['RESOLUTION 99', 'Resolution 99', 'Resolution 1', '', 'x'])],
    ];
    const ended = new Map<string, number>();
    for (let i = 0; i < COMMAND_LINES; i++) {
      const args = pick(usages)();
      if (rnd() < 0.3) {
        const at = 1 + Math.floor(rnd() * Math.max(1, args.length - 1));
        const r = rnd();
        if (r < 0.33) args.splice(at, 1);
        else if (r < 0.66) args[Math.min(at, args.length - 1)] = pick([...values, ...inputs]);
        else args.splice(at, 0, pick(options));
      }
      const what = JSON.stringify(args).slice(0, 200);
      const before = snapshot(top);
      const r = await cli(args, { cwd: ws, timeoutMs: 60_000 });
      sane(what, r, { xmlMb: 0 });
      ended.set(`${args[0]} ${r.code}`, (ended.get(`${args[0]} ${r.code}`) ?? 0) + 1);
      // What may change: the file -o names, else (export, import) FILE.docx or FILE.itu beside the input, new or
      // replaced with --force. The inputs, the folders, the FIFO: never.
      const o = args.indexOf('-o');
      // The name as the command got it: a lone surrogate cannot cross argv, which carries U+FFFD in its place.
      const named = o >= 0 && o + 1 < args.length && args[o + 1] !== '-' ? path.relative(top, path.resolve(ws, Buffer.from(args[o + 1]!).toString())) : undefined;
      const after = snapshot(top);
      for (const f of new Set([...before.keys(), ...after.keys()])) {
        if (before.get(f) === after.get(f)) continue;
        const beside = o < 0 && (args[0] === 'export' || args[0] === 'import') && /^ws\/[^/]+\.(?:docx|itu)$/.test(f) && (!before.has(f) || args.includes('--force'));
        assert.ok(r.code === 0 && (f === named || beside) && after.get(f) !== undefined, `${what}: ${f} ${before.has(f) ? (after.has(f) ? 'changed' : 'deleted') : 'written'} (exit ${r.code})`);
        // Back as it was for the next command line.
        if (!before.has(f)) fs.rmSync(path.join(top, f), { recursive: true, force: true });
        else fs.writeFileSync(path.join(top, f), files.get(f)!);
      }
      noTemporaryFiles(ws);
    }
    // The command lines reach the commands' work, not only their usage errors.
    const done = [...ended].filter(([k]) => /\s[01]$/.test(k)).reduce((n, [, c]) => n + c, 0);
    assert.ok(done >= COMMAND_LINES / 8, `only ${done} of ${COMMAND_LINES} command lines ran a command: ${JSON.stringify([...ended])}`);
  });
});
