// The files the CLI reads and writes (review 8): `check` without --workspace looks for the texts in force
// in the file's folder (I3); patterns the shell left unexpanded and folders are read as their files (I2);
// `track -o` writes a file, refusing an existing one without --force, and an empty input is refused (I6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../server/src/cli/main';
import { globArgument } from '../../server/src/glob';
import { parseDocument } from '../../server/src/core';
import { AFCP, BASE } from '../support/compile';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** AFCP's MOD with its changes typed without marks, as a delegate writes it before `track`. */
const UNMARKED = parseDocument(AFCP).views.new.text;

/** A folder with the text in force and the unmarked MOD beside it (names with spaces and accents, as delegates name files). */
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-cli-files-'));
  fs.writeFileSync(path.join(dir, 'res52-dubai-2012.itu'), BASE);
  fs.writeFileSync(path.join(dir, 'contribution AFCP n°25.itu'), UNMARKED);
  return dir;
}

test('check without --workspace compares a MOD with the texts in force of its own folder (review 8, I3)', async () => {
  const dir = folder();
  const file = path.join(dir, 'contribution AFCP n°25.itu');
  const alone = await cli('check', '--format', 'json', file);
  const given = await cli('check', '--format', 'json', '--workspace', dir, file);
  const codes = (r: { out: string }) => (JSON.parse(r.out) as { code: string }[]).map((f) => f.code);
  // Before: one finding, "changes nothing … make it NOC", the text in force never looked for.
  assert.ok(!codes(alone).includes('proposal.mod-without-changes'), alone.out);
  assert.ok(codes(alone).filter((c) => c === 'base.untracked-change').length >= 5, alone.out);
  assert.deepEqual(codes(alone), codes(given), 'the same as --workspace DIR');
  // Alone in its folder, the MOD is said to have no text in force to be compared with (as in the editor).
  const lone = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-cli-lone-'));
  fs.writeFileSync(path.join(lone, 'afcp.itu'), UNMARKED);
  const r = await cli('check', '--format', 'json', path.join(lone, 'afcp.itu'));
  assert.ok(codes(r).includes('base.not-found'), r.out);
  // --workspace still chooses: a folder without the text in force finds none.
  assert.ok(codes(await cli('check', '--format', 'json', '--workspace', lone, file)).includes('base.not-found'));
  // The help says where the texts in force are looked for.
  assert.match((await cli('help')).out, /check {5}.*texts in force of --workspace DIR, else of the folder each FILE is in/);
});

test('check reads a folder as its .itu files and expands patterns the shell left as typed (review 8, I2)', async () => {
  const dir = folder();
  fs.mkdirSync(path.join(dir, 'sous-dossier'));
  fs.writeFileSync(path.join(dir, 'sous-dossier', 'Résolution 52 – Dubaï.itu'), 'Just text.\n');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an .itu file\n');
  const files = (r: { out: string }) => [...new Set((JSON.parse(r.out) as { file: string }[]).map((f) => path.relative(dir, f.file)))];
  // `*.itu` as cmd.exe and PowerShell pass it: the folder's .itu files, not those below it.
  const pattern = await cli('check', path.join(dir, '*.itu'));
  assert.equal(pattern.code, 0, pattern.err);
  assert.match(pattern.err, /^2 files checked/);
  // The findings are the contribution's (the text in force has none).
  assert.deepEqual(files(await cli('check', '--format', 'json', path.join(dir, '*.itu'))), ['contribution AFCP n°25.itu']);
  // A pattern with a folder part below: the files it matches there.
  const deep = await cli('check', path.join(dir, '**', 'R*.itu'));
  assert.match(deep.err, /^1 file checked/);
  // A folder: its .itu files, below it too.
  const whole = await cli('check', dir);
  assert.match(whole.err, /^3 files checked/);
  // Relative patterns run from the current folder.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const here = await cli('check', '--format', 'json', 'contribution*.itu');
    assert.deepEqual((JSON.parse(here.out) as { file: string }[]).map((f) => f.file).filter((f, i, a) => a.indexOf(f) === i), ['contribution AFCP n°25.itu']);
  } finally {
    process.chdir(cwd);
  }
  // A file whose name holds a wildcard character is itself.
  const odd = path.join(dir, 'draft[1].itu');
  fs.writeFileSync(odd, 'Just text.\n');
  assert.match((await cli('check', odd)).err, /^1 file checked/);
  // Nothing matched: an error, as a missing file is.
  const none = await cli('check', path.join(dir, '*.docx'));
  assert.equal(none.code, 2);
  assert.match(none.err, /\*\.docx: no file matches/);
});

test('a pattern is split into its folder and the pattern below it; backslashes separate folders on Windows', () => {
  assert.deepEqual(globArgument('*.itu', false), { folder: '.', glob: '*.itu' });
  assert.deepEqual(globArgument('ws dir/sous-dossier/*.itu', false), { folder: 'ws dir/sous-dossier', glob: '*.itu' });
  assert.deepEqual(globArgument('drafts\\*.itu', true), { folder: 'drafts', glob: '*.itu' });
  assert.deepEqual(globArgument('texts/**/res?.itu', false), { folder: 'texts', glob: '**/res?.itu' });
  assert.equal(globArgument('contribution AFCP n°25.itu', false), undefined);
});

test('track -o writes the tracked contribution, refuses an existing file without --force, and refuses an empty input (review 8, I6)', async () => {
  const dir = folder();
  const input = path.join(dir, 'contribution AFCP n°25.itu');
  const out = path.join(dir, 'tracked.itu');
  const printed = await cli('track', '--workspace', dir, input);
  assert.equal(printed.code, 0, printed.err);
  assert.match(printed.out, /\{--Dubai, 2012--\}\{\+\+Hammamet, 2016\+\+\}|\{~~Dubai, 2012~>Hammamet, 2016~~\}/);
  const written = await cli('track', '--workspace', dir, '-o', out, input);
  assert.equal(written.code, 0, written.err);
  assert.equal(written.out, '', 'nothing on standard output');
  assert.match(written.err, /wrote .*tracked\.itu/);
  assert.equal(fs.readFileSync(out, 'utf8'), printed.out);
  // An existing file, the input itself among them, is not written over unasked.
  for (const target of [out, input]) {
    const before = fs.readFileSync(target, 'utf8');
    const r = await cli('track', '--workspace', dir, '-o', target, input);
    assert.equal(r.code, 2);
    assert.match(r.err, /exists: nothing written \(give --force to replace it\)/);
    assert.equal(fs.readFileSync(target, 'utf8'), before);
  }
  // With --force, in place.
  const inPlace = await cli('track', '--workspace', dir, '-o', input, '--force', input);
  assert.equal(inPlace.code, 0, inPlace.err);
  assert.equal(fs.readFileSync(input, 'utf8'), printed.out);
  // What `track a.itu > a.itu` leaves: an empty file, said, exit 2.
  const empty = path.join(dir, 'emptied.itu');
  fs.writeFileSync(empty, '');
  const r = await cli('track', '--workspace', dir, empty);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /emptied\.itu is empty: nothing to track/);
  // A file with no MOD: printed as it is, and said.
  const plain = path.join(dir, 'plain.txt');
  fs.writeFileSync(plain, 'Just text.\n');
  const p = await cli('track', '--workspace', dir, plain);
  assert.equal(p.out, 'Just text.\n');
  assert.match(p.err, /plain\.txt: no MOD proposal, nothing to track/);
});

test('a file name with a line break or another control character is printed on one line, escaped (review 9, J28)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-cli-names-'));
  fs.writeFileSync(path.join(dir, 'res52-dubai-2012.itu'), BASE);
  const name = 'afcp\n25\t\x1b[31m #%?.itu';
  fs.writeFileSync(path.join(dir, name), UNMARKED);
  const checked = await cli('check', '--workspace', dir, path.join(dir, name));
  const lines = checked.out.trimEnd().split('\n');
  const located = lines.filter((l) => / (error|warning|information) /.test(l));
  assert.ok(located.length >= 5, checked.out);
  // Each finding one line, starting with the whole name escaped: no raw break, TAB or escape sequence in the output.
  for (const l of located) assert.ok(l.startsWith(`${dir}/afcp\\n25\\t\\x1B[31m #%?.itu:`), l);
  assert.ok(!/[\x00-\x08\x0b-\x1f]/.test(checked.out));
  const listed = await cli('proposals', '--workspace', dir);
  const rows = listed.out.split('\n').filter((l) => l.includes('AFCP/42A25/1'));
  assert.equal(rows.length, 1, listed.out);
  assert.match(rows[0]!, /afcp\\n25\\t\\x1B\[31m #%\?\.itu:\d+$/);
});

test('track and export refuse a file that is not UTF-8, and write nothing; check reads it and says where (review 26)', async () => {
  const dir = folder();
  // AFCP's MOD saved in Latin-1 by an old editor: its accented letters are bytes no UTF-8 reader can read.
  const latin1 = Buffer.from(UNMARKED.replace('spam', 'spàm'), 'latin1');
  const file = path.join(dir, 'latin1.itu');
  fs.writeFileSync(file, latin1);
  const line = UNMARKED.replace('spam', 'spàm').slice(0, UNMARKED.indexOf('spam')).split('\n').length;
  for (const args of [['track', '--workspace', dir, '-o', file, '--force', file], ['export', file, '-o', path.join(dir, 'out.docx')]]) {
    const r = await cli(...args);
    assert.equal(r.code, 2, `${args[0]}: ${r.err}`);
    assert.ok(r.err.includes(`is not UTF-8 text (line ${line} holds`), r.err);
    assert.ok(fs.readFileSync(file).equals(latin1), `${args[0]} left the file as it was`);
  }
  assert.ok(!fs.existsSync(path.join(dir, 'out.docx')));
  const checked = await cli('check', '--format', 'json', '--workspace', dir, file);
  assert.ok((JSON.parse(checked.out) as { code: string }[]).some((f) => f.code === 'characters.replacement'), checked.out);
});

test('track keeps a byte-order mark, and leaves a file it has nothing to track in untouched (review 26)', async () => {
  const dir = folder();
  const file = path.join(dir, 'contribution AFCP n°25.itu');
  fs.writeFileSync(file, '\uFEFF' + UNMARKED);
  const r = await cli('track', '--workspace', dir, '-o', file, '--force', file);
  assert.equal(r.code, 0, r.err);
  const tracked = fs.readFileSync(file, 'utf8');
  assert.ok(tracked.startsWith('\uFEFF') && tracked.includes('{'), tracked.slice(0, 80));
  // Tracked already: nothing to do, the file is not written (its time stays).
  const old = new Date('2020-01-01T00:00:00Z');
  fs.utimesSync(file, old, old);
  const again = await cli('track', '--workspace', dir, '-o', file, '--force', file);
  assert.equal(again.code, 0, again.err);
  assert.ok(again.err.includes('left as it is'), again.err);
  assert.equal(fs.statSync(file).mtimeMs, old.getTime());
});

test('show on a terminal prints a control character of the text as \\x1B, not the escape sequence (review 26); piped, the text as it is', async () => {
  const dir = folder();
  const file = path.join(dir, 'escape.itu');
  const sequence = '\x1b]0;PWNED\x07\x1b[2J\x9b31m';
  fs.writeFileSync(file, `MOD\tXX/1/1\nRESOLUTION 52 (Rev. Dubai, 2012)\nTitle ${sequence}\nconsidering\na)\tthat {++x ${sequence}++} y;\n\nReasons:\tr\n`);
  for (const view of ['--new', '--old', '--tracked']) {
    let out = '';
    const code = await run(['show', view, '--color', file], { out: (s) => (out += s), err: () => {}, terminal: true });
    assert.equal(code, 0);
    assert.ok(out.includes('\\x1B]0;PWNED\\x07\\x1B[2J\\x9B31m'), `${view}: ${JSON.stringify(out)}`);
    // The only escape sequences left are the colours `show --tracked --color` writes itself.
    assert.deepEqual([...out.matchAll(/\x1b\[([\d;]*)m/g)].map((m) => m[1]).filter((c) => !['32;4', '31;9', '2', '0'].includes(c)), [], view);
    assert.ok(!/\x1b\]|\x07|\x9b|\x1b\[2J/.test(out), view);
    let piped = '';
    await run(['show', view, '--no-color', file], { out: (s) => (piped += s), err: () => {}, terminal: false });
    assert.ok(piped.includes(sequence), `${view}, piped: the text as it is`);
  }
});

test('a document refused for a limit given on the command line names that limit, not the default (review 26)', async () => {
  const dir = folder();
  const docx = path.join(dir, 'a.docx');
  assert.equal((await cli('export', path.join(dir, 'res52-dubai-2012.itu'), '-o', docx)).code, 0);
  const r = await cli('import', docx, '-o', '-', '--max-memory', '1');
  assert.equal(r.code, 2, r.err);
  assert.ok(r.err.includes('to allow it: --max-memory MB (now 1)'), r.err);
});
