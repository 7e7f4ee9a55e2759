// Typing at many cursors at once (one didChange with K changes, as VS Code sends a multi-cursor edit), timed over
// JSON-RPC from the change to the answers of an outline and a diagnostics pull; not part of `npm run bench` (docs/
// benchmarks.md, twenty-sixth session). Build first (`npm run build`).
//   node --import tsx bench/multicursor.ts [K=1000] [LINES=20000] [--crlf] [--enter]
// --crlf: the document's lines end in CRLF; --enter: each cursor types a line end (the document's), else a letter.
import { Client } from '../test/lsp/harness';

const args = process.argv.slice(2);
const [k = 1000, lines = 20_000] = args.filter((a) => !a.startsWith('--')).map(Number);
const crlf = args.includes('--crlf');
const typed = args.includes('--enter') ? (crlf ? '\r\n' : '\n') : 'Z';

(async () => {
  const client = new Client();
  client.configuration = { diagnostics: { delay: 0 } };
  await client.initialize(true, true);
  const uri = 'file:///multicursor/m.itu';
  const body = Array.from({ length: lines }, (_, i) => `that item ${i} is long enough to matter here;`);
  const lf = ['MOD\tEXA/12A3/1', 'RESOLUTION 99 (Rev. Geneva, 2022)', 'Title', 'considering', ...body, '', 'Reasons:\tr', ''].join('\n');
  const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
  client.open(uri, text);
  await client.pull(uri);
  // One change per cursor, from the last line up (each range in the text the change before it made).
  const step = Math.max(1, Math.floor(lines / k));
  const changes = Array.from({ length: k }, (_, j) => {
    const line = 4 + (k - 1 - j) * step;
    return { range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: typed };
  });
  const start = performance.now();
  await client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
  await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const diagnostics = await client.pull(uri);
  console.log(`${k} cursors typing ${JSON.stringify(typed)} in ${lines} lines (${(text.length / 1e6).toFixed(2)} MB, ${crlf ? 'CRLF' : 'LF'}): answered in ${(performance.now() - start).toFixed(0)} ms, ${diagnostics.length} diagnostics`);
  await client.shutdown();
})().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
