// Loaded first by every test command (package.json: --import): the process and those it starts write their temporary
// files under a folder of their own, removed when the process exits. The tests make their folders with
// mkdtempSync(os.tmpdir() …) and most did not remove them: a few dozen folders were left in /tmp at each run, and a
// command run over /tmp read them all (2,300 by the twentieth session). os.tmpdir() reads TMPDIR at each call.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-test-'));
process.env.TMPDIR = dir;
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
