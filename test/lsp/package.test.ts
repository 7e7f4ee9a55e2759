// The .vsix as a user installs it: only what .vscodeignore lets through. Its server must start,
// link diagnostics to the shipped docs, and load the Word bundle it ships.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { Client } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-vsix-'));
let files: string[] = [];
let client: Client;

before(async () => {
  const vsix = path.join(dir, 'itu-draft.vsix');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '-o', vsix], { cwd: ROOT, stdio: 'pipe' }); // = npm run package
  const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !name.startsWith('extension/')) continue;
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
    files.push(name.slice('extension/'.length));
  }
  files = files.sort();
  client = new Client(path.join(dir, 'extension/server/out/server.js'));
  await client.initialize(true);
});

after(async () => {
  if (client) assert.equal(await client.shutdown(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the .vsix ships the bundles, grammar, snippets and docs, and no sources, tests or ITU texts', () => {
  for (const f of ['package.json', 'readme.md', 'LICENSE.txt', 'language-configuration.json', 'client/out/extension.js', 'client/out/synoptic.js', 'client/out/wordCommands.js', 'client/out/newContribution.js', 'server/out/server.js',
    'server/out/word.js', 'server/out/skeleton.js', 'server/out/compile.js', 'server/out/glob.js', 'syntaxes/itu.tmLanguage.json', 'snippets/itu.json', 'docs/diagnostics.md',
    'package.nls.json', 'package.nls.fr.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.fr.json']) assert.ok(files.includes(f), f);
  assert.deepEqual(files.filter((f) => /\.ts$|^test\/|^examples\/|node_modules|\.png$/.test(f)), []);
});

test('the bundles loaded at activation (client and server) stay under issue 6\'s 1 MB; the Word bundle is loaded on first use only', () => {
  const size = (f: string) => fs.statSync(path.join(dir, 'extension', f)).size;
  const activation = size('client/out/extension.js') + size('server/out/server.js');
  assert.ok(activation < 1_000_000, `client + server: ${activation} bytes`);
  // The server must not pull the Word bundle (docx, zip) in at start-up: it requires it lazily.
  const server = fs.readFileSync(path.join(dir, 'extension/server/out/server.js'), 'utf8');
  assert.ok(server.includes('word.js'), 'the server names the Word bundle it loads on first use');
  assert.ok(!server.includes('officeDocument/2006/relationships'), 'no Word package code inside the server bundle');
  // Nor the skeleton of a new contribution (its cover words in six languages), which only a command asks for.
  assert.ok(server.includes('skeleton.js'), 'the server names the skeleton bundle it loads on first use');
  assert.ok(!server.includes('Proposed modifications to'), 'no skeleton code inside the server bundle');
  // Nor the compiler of several parties' proposals and the synoptic table (31 KB), which only those commands ask for.
  assert.ok(server.includes('compile.js'), 'the server names the compile bundle it loads on first use');
  assert.ok(!server.includes('COMPILATION/1/1'), 'no compile command code inside the server bundle');
  // Nor picomatch (25 KB), which only a base-texts glob other than the default and the command line ask for.
  assert.ok(server.includes('glob.js'), 'the server names the glob bundle it loads on first use');
  assert.ok(!server.includes('POSIX_REGEX_SOURCE'), 'no picomatch code inside the server bundle');
  // The client's synoptic view (its table's style and layout), which only its command asks for.
  const client = fs.readFileSync(path.join(dir, 'extension/client/out/extension.js'), 'utf8');
  assert.ok(client.includes('synoptic.js'), 'the client names the synoptic bundle it loads on first use');
  assert.ok(!client.includes('--vscode-itu-insertedText'), 'no synoptic view code inside the client bundle');
  // Nor the Word commands' dialogs and messages, which only those commands ask for.
  assert.ok(client.includes('wordCommands.js'), 'the client names the Word commands bundle it loads on first use');
  assert.ok(!client.includes('Exporting {0} to Word'), 'no Word command code inside the client bundle');
  // Nor New contribution's questions, which only that command asks.
  assert.ok(client.includes('newContribution.js'), 'the client names the New contribution bundle it loads on first use');
  assert.ok(!client.includes('New contribution (6/6): texts to amend'), 'no New contribution code inside the client bundle');
});

test('every picture and relative link of the packaged readme is in the .vsix (the extension page shows no broken image)', () => {
  const readme = fs.readFileSync(path.join(dir, 'extension/readme.md'), 'utf8');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z][a-z0-9+.-]*:|^#/i.test(t));
  assert.ok(targets.length > 0, 'the readme links to the shipped docs');
  assert.deepEqual(targets.map((t) => t.replace(/#.*$/, '')).filter((t) => !files.includes(t)), []);
  const repository = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const [, caption] of repository.matchAll(/!\[([^\]\n]+)\]\(docs\/images\/[^)]+\)/g)) assert.ok(readme.includes(`Picture: ${caption}`), caption);
});

test('the packaged server links diagnostics to the packaged docs and exports to Word', async () => {
  const uri = 'file:///tmp/vsix/a.itu';
  client.open(uri, 'ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nT\nconsidering\na)\tx;\nc)\ty.\n\nReasons:\tr\n');
  const gap = (await client.pull(uri)).find((d) => d.code === 'numbering.gap')!;
  assert.ok(gap);
  assert.equal(gap.codeDescription?.href.startsWith('file://' + path.join(dir, 'extension/docs/diagnostics.md')), true, gap.codeDescription?.href);
  const output = path.join(dir, 'a.docx');
  const r = await client.request<{ error?: string }>('itu/exportWord', { uri, output });
  assert.equal(r.error, undefined);
  assert.ok(fs.statSync(output).size > 1000);
});

test('the packaged server writes a new contribution\'s skeleton (its bundle loaded on first use)', async () => {
  const text = await client.request<string>('itu/newContribution', { meeting: 'WTSA-24, New Delhi, 15-24 October 2024', source: 'Xland', proposals: 'XX', document: '7', targets: ['Resolution 1'] });
  assert.match(text, /^Meeting:\tWTSA-24, New Delhi/m);
  assert.match(text, /^MOD\tXX\/7\/1/m);
});

test('the packaged server answers a compile request (its bundle loaded on first use)', async () => {
  // No text in force in this workspace: the answer comes from the compile bundle, which says so.
  assert.deepEqual(await client.request('itu/compile', { target: 'Resolution 7' }), { message: 'No base text for Resolution 7 in the workspace.' });
  assert.deepEqual(await client.request('itu/synoptic', { target: 'Resolution 7' }), { message: 'No base text for Resolution 7 in the workspace.' });
});

test('the packaged server finds the packaged French catalogue from the locale alone', async () => {
  const french = new Client(path.join(dir, 'extension/server/out/server.js'));
  try {
    await french.initialize(true, false, undefined, { locale: 'fr-FR' });
    const uri = 'file:///tmp/vsix/fr.itu';
    french.open(uri, 'ADD\tXX/1/1\nRESOLUTION 1 (Geneva, 2026)\nT\nconsidering\na)\tx;\nc)\ty.\n\nReasons:\tr\n');
    const gap = (await french.pull(uri)).find((d) => d.code === 'numbering.gap');
    assert.equal(gap?.message, 'considering: après a) vient c) ; attendu : b).');
  } finally {
    assert.equal(await french.shutdown(), 0);
  }
});
