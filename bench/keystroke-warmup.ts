// How long a fresh server takes to warm up while typing: the median and 95th percentile of each round of keystrokes
// (the bench's typing and keystrokes, bench.ts) through the built server, started as the bench starts it.
// The bench's WARM_KEYS (bench.ts) is read from it (the twenty-third session's reading: docs/benchmarks.md).
//   npm run build && node --import tsx bench/keystroke-warmup.ts [--bases] [--preview] [BYTES] [ROUNDS] [ROUND_SIZE]
// --bases: in a workspace folder holding the texts in force the contribution's MODs amend; --preview: the preview's
// marks asked with each keystroke, as the bench's preview rows ask them.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { sizedDocument, sources } from '../test/corpus';
import { keystroke, startServer, typing } from './bench';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withBases = args.includes('--bases');
  const preview = args.includes('--preview');
  const [bytes = '100000', rounds = '15', size = '200'] = args.filter((a) => !a.startsWith('--'));
  const corpus = sources();
  const text = sizedDocument(Number(bytes), corpus);
  const folder = withBases ? fs.mkdtempSync(path.join(os.tmpdir(), 'itu-kwarm-')) : undefined;
  if (folder) corpus.bases.forEach((t, k) => fs.writeFileSync(path.join(folder, `base-${k + 1}.itu`), t));
  const c = await startServer(folder);
  try {
    // With a workspace: until the server has read the base texts (it asks the client to pull again).
    for (let k = 0; folder && k < 100 && c.refreshes === 0; k++) await new Promise((resolve) => setTimeout(resolve, 20));
    const uri = folder ? pathToFileURL(path.join(folder, 'draft.itu')).href : 'file:///bench/keystroke.itu';
    c.open(uri, text);
    await c.pull(uri);
    const state = {};
    const row: string[] = [];
    let times: number[] = [];
    for (const change of typing(text, Number(rounds) * Number(size), 3)) {
      const t = performance.now();
      await keystroke(c, uri, change, preview, state);
      times.push(performance.now() - t);
      if (times.length === Number(size)) {
        times.sort((a, b) => a - b);
        row.push(`${times[times.length >> 1]!.toFixed(2)}/${times[Math.floor(times.length * 0.95)]!.toFixed(1)}`);
        times = [];
      }
    }
    console.log(`${bytes} bytes${withBases ? ', base texts in the workspace' : ''}${preview ? ', the preview\'s marks asked' : ''}: median/95th percentile ms by rounds of ${size} keystrokes: ${row.join(' ')}`);
  } finally {
    await c.shutdown();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
