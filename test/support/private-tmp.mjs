// Loaded first by every test command (package.json: --import): the process and those it starts write their temporary
// files under a folder of their own, removed when the process exits. The tests make their folders with
// mkdtempSync(os.tmpdir() …) and most did not remove them: a few dozen folders were left in /tmp at each run, and a
// command run over /tmp read them all (2,300 by the twentieth session). os.tmpdir() reads TMPDIR at each call.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const system = os.tmpdir();
const dir = fs.mkdtempSync(path.join(system, 'itu-test-'));
process.env.TMPDIR = dir;
// tsx keeps what it compiled under os.tmpdir() as it finds it when it loads (`tsx-<uid>`), before this file runs: in the
// processes these start (the unit suite's shards, the CLI under test) that is this folder, so each compiled every
// source again (1.4 s against 0.5 s for the core, the service and the Word code). The folder's `tsx-<uid>` is the
// system one's; removing the folder removes the link, not what it points to.
const uid = process.geteuid?.() ?? os.userInfo().username;
try {
  const cache = path.join(system, `tsx-${uid}`);
  fs.mkdirSync(cache, { recursive: true });
  fs.symlinkSync(cache, path.join(dir, `tsx-${uid}`), 'dir');
} catch {
  // No link (a file system without them): the processes started compile anew, as before.
}
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
