// server/src/files.ts: what inputs, outputs and folder walks refuse or skip, and why (issue 17 B).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { indexFolder } from '../../server/src/cli/workspace';
import { decodeText, displayName, fileUri, IoError, MAX_ITU_BYTES, outputTarget, readRegularFile, readTextFile, TooLarge, uriPath, walkFiles, writeFileSafely } from '../../server/src/files';

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-files-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inputs', () => {
  it('refuses a FIFO without waiting for a writer, and a character device, and a file past the bound', () => {
    const fifo = path.join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    assert.throws(() => readRegularFile(fifo, 1000), (e: Error) => e instanceof IoError && /a FIFO \(named pipe\), not a regular file: refused/.test(e.message));
    assert.throws(() => readRegularFile('/dev/zero', 1000), /a character device, not a regular file: refused/);
    const big = path.join(dir, 'big.itu');
    fs.writeFileSync(big, 'x'.repeat(2048));
    assert.throws(() => readRegularFile(big, 1024, 'itu'), (e: Error) => e instanceof TooLarge && e.bytes === 2048 && e.limit === 1024 && /2 KB is larger than the 1 KB an \.itu file may have: refused/.test(e.message));
    assert.throws(() => readRegularFile(path.join(dir, 'missing.itu'), 1024), /missing\.itu: no such file/);
    assert.throws(() => readRegularFile(dir, 1024), /is a directory, not a file/);
  });

  it('the CLI index names a base text past MAX_ITU_BYTES as unread (its size from the one size test, TooLarge) and reads the rest', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-index-big-'));
    fs.writeFileSync(path.join(root, 'small.itu'), 'RESOLUTION 1 (Rev. Dubai, 2012)\nTitle\n');
    const huge = path.join(root, 'huge.itu');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_ITU_BYTES + 1); // sparse: costs no disk, refused before a byte is read
    fs.writeFileSync(path.join(root, 'unreadable.itu'), Buffer.from([0xff, 0xfe, 0, 0]));
    const warnings: string[] = [];
    const index = await indexFolder(root, (m) => warnings.push(m));
    assert.deepEqual(index?.lookup.unread?.(), [{ location: displayName(huge), bytes: MAX_ITU_BYTES + 1, limit: MAX_ITU_BYTES }]);
    assert.equal(warnings.length, 1, 'the UTF-32 file is no size matter: not said here');
    assert.match(warnings[0]!, /huge\.itu: 64 MB is larger than the 64 MB an \.itu file may have: refused/);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads UTF-16 LE and BE by their BOM, skips a UTF-8 BOM, refuses UTF-32', () => {
    const text = 'MOD\tX/1/1\nRésolution 1 — “quoted” 𝔸\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(decodeText(le, 'le'), text);
    assert.equal(decodeText(be, 'be'), text);
    assert.equal(decodeText(Buffer.from(`\uFEFF${text}`), 'u8'), text);
    assert.throws(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'u32'), /UTF-32/);
    const file = path.join(dir, 'u16.itu');
    fs.writeFileSync(file, le);
    assert.equal(readTextFile(file, 1 << 20), text);
  });
});

describe('outputs', () => {
  it('refuses the input under any name, and anything that is not a regular file; follows a symbolic link', () => {
    const input = path.join(dir, 'draft.itu');
    fs.writeFileSync(input, 'text');
    fs.symlinkSync(input, path.join(dir, 'soft.itu'));
    fs.linkSync(input, path.join(dir, 'hard.itu'));
    for (const name of [input, path.join(dir, '.', 'draft.itu'), path.join(dir, 'soft.itu'), path.join(dir, 'hard.itu')]) {
      assert.throws(() => outputTarget(name, [input]), /is the input file .* refused, nothing written/, name);
    }
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    assert.throws(() => writeFileSafely(fifo, 'x'), /a FIFO \(named pipe\), not a regular file: refused, nothing written/);
    assert.ok(fs.lstatSync(fifo).isFIFO(), 'the FIFO is still there');
    assert.throws(() => outputTarget('/dev/null'), /a character device, not a regular file: refused/);
    assert.throws(() => outputTarget(path.join(dir, 'no', 'such', 'x.docx')), /no such directory/);
    fs.symlinkSync(path.join(dir, 'nowhere.itu'), path.join(dir, 'dangling.itu'));
    assert.throws(() => outputTarget(path.join(dir, 'dangling.itu')), /symbolic link to a file that does not exist/);
    // Through a link: the target is replaced, the link stays, the mode is kept.
    const target = path.join(dir, 'target.itu');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    fs.symlinkSync(target, path.join(dir, 'link.itu'));
    writeFileSafely(path.join(dir, 'link.itu'), 'new');
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    assert.ok(fs.lstatSync(path.join(dir, 'link.itu')).isSymbolicLink());
    assert.equal(fs.statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('writes a legal 255-byte name (the temporary name is short)', () => {
    const name = path.join(dir, `${'x'.repeat(251)}.itu`);
    writeFileSafely(name, 'text');
    assert.equal(fs.readFileSync(name, 'utf8'), 'text');
  });
});

describe('walking a folder', () => {
  it('follows links, skips loops, dangling links and second ways to a folder; keeps non-UTF-8 names as bytes', async () => {
    const root = fs.mkdtempSync(path.join(dir, 'ws-'));
    const other = fs.mkdtempSync(path.join(dir, 'other-'));
    fs.writeFileSync(path.join(other, 'base.itu'), 'b');
    fs.symlinkSync(other, path.join(root, 'a-link'));
    fs.symlinkSync(other, path.join(root, 'b-link'));
    fs.mkdirSync(path.join(root, 'sub'));
    fs.symlinkSync(root, path.join(root, 'sub', 'up'));
    fs.symlinkSync(path.join(root, 'nothing'), path.join(root, 'dangling'));
    const bad = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xff]), Buffer.from('.itu')]);
    fs.writeFileSync(bad, 'x');
    fs.writeFileSync(path.join(root, 'sub', 'draft.itu'), 'd');
    const warnings: string[] = [];
    const files = await walkFiles(root, { skip: new Set(), accept: (rel) => rel.endsWith('.itu'), limit: 100, warn: (m) => warnings.push(m) });
    const names = files.map((f) => displayName(f).slice(root.length + 1));
    assert.deepEqual(names, ['a-link/base.itu', 'sub/draft.itu', '\\xFF.itu']);
    assert.ok(Buffer.isBuffer(files[2]), 'a non-UTF-8 name stays bytes');
    assert.equal(fs.readFileSync(files[2]!, 'utf8'), 'x');
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings.join('\n'), /dangling: a symbolic link to nothing/);
    assert.match(warnings.join('\n'), /sub\/up: a link loop/);
    // A URI keeps the bytes, and gives them back.
    assert.deepEqual(uriPath(fileUri(files[2]!)), files[2]);
    assert.equal(uriPath(fileUri(path.join(root, 'sub', 'draft.itu'))), path.join(root, 'sub', 'draft.itu'));
  });

  it('a walk stops after its folder limit and counts the warnings past twenty: a link to a large folder cannot walk the machine', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-walk-cap-'));
    for (let i = 0; i < 30; i++) {
      fs.mkdirSync(path.join(root, `d${String(i).padStart(2, '0')}`));
      fs.symlinkSync(path.join(root, 'nowhere', String(i)), path.join(root, `d${String(i).padStart(2, '0')}`, 'dangling'));
    }
    fs.writeFileSync(path.join(root, 'd00', 'a.itu'), 'x');
    const warnings: string[] = [];
    await walkFiles(root, { skip: new Set(), accept: () => true, limit: 100, warn: (m) => warnings.push(m) });
    assert.equal(warnings.length, 21, 'twenty warnings, then one that counts the rest');
    assert.match(warnings[20]!, /^10 more folders or links skipped/);
    const capped: string[] = [];
    const files = await walkFiles(root, { skip: new Set(), accept: () => true, limit: 100, warn: (m) => capped.push(m), maxFolders: 5 });
    assert.ok(capped.some((m) => /stopped after 5 folders/.test(m)));
    assert.deepEqual(files.map((f) => path.basename(String(f))), ['a.itu'], 'what was found before the limit is kept');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a walk past its file limit says so once and keeps the files found (review 5, F19); at the limit exactly, nothing is said', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-walk-files-'));
    fs.mkdirSync(path.join(root, 'a'));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(root, 'a', `f${i}.itu`), 'x');
    fs.writeFileSync(path.join(root, 'zz-base.itu'), 'x');
    const warnings: string[] = [];
    const files = await walkFiles(root, { skip: new Set(), accept: (rel) => rel.endsWith('.itu'), limit: 4, warn: (m) => warnings.push(m) });
    assert.deepEqual(files.map((f) => path.basename(String(f))), ['f0.itu', 'f1.itu', 'f2.itu', 'f3.itu']);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /^stopped after 4 files under .*: the files found so far are used/);
    const exact: string[] = [];
    assert.equal((await walkFiles(root, { skip: new Set(), accept: (rel) => rel.endsWith('.itu'), limit: 6, warn: (m) => exact.push(m) })).length, 6);
    assert.deepEqual(exact, []);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
