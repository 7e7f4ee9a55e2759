// The protocol module is the one description of the client–server protocol: every request is
// answered by the server, no method name is written anywhere else, and the settings' defaults are
// those package.json declares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { CLIENT_SETTINGS, DEFAULT_SETTINGS, missingServerEnv, missingServerFlags, readSettings, Requests, SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { ROOT } from './helpers';

const sources = (dir: string): string[] => fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

test('every itu/* request is handled by the server, and its name is written in protocol.ts only', () => {
  const server = fs.readFileSync(path.join(ROOT, 'server/src/server.ts'), 'utf8');
  for (const key of Object.keys(Requests)) assert.match(server, new RegExp(`onRequest\\(Requests\\.${key}\\b`), `server.ts handles ${key}`);
  for (const file of [...sources('server/src'), ...sources('client/src')]) {
    if (file.endsWith('protocol.ts')) continue;
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, file), 'utf8'), /['"`]itu\/[a-zA-Z]+['"`]/, `${file} names a method itself`);
  }
});

test('the settings defaults are those package.json declares', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const declared = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
  assert.equal(declared['itu.numbering.policyInMod'].default, DEFAULT_SETTINGS.numberingPolicy);
  assert.deepEqual(declared['itu.diagnostics.severity'].default, DEFAULT_SETTINGS.severity);
  assert.equal(declared['itu.diagnostics.delay'].default, DEFAULT_SETTINGS.diagnosticsDelay);
  assert.equal(declared['itu.baseTexts.glob'].default, DEFAULT_SETTINGS.baseTextGlob);
  for (const s of Object.values(CLIENT_SETTINGS)) assert.equal(declared[s.key]?.default, s.default, s.key);
  // The server reads what the client sends, whatever its shape.
  assert.deepEqual(readSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(readSettings({ numbering: 'x', diagnostics: { delay: -5 }, baseTexts: { glob: 7 } }), { ...DEFAULT_SETTINGS, diagnosticsDelay: 0 });
  assert.equal(readSettings({ numbering: { policyInMod: 'bis' } }).numberingPolicy, 'bis');
});

test('the server is started with the Node flags of SERVER_EXEC_ARGV and the environment of SERVER_ENV everywhere: VS Code (run and debug), the tests and bench, the Neovim recipe and suite', () => {
  const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
  const client = read('client/src/extension.ts');
  assert.match(client, /run: \{[^}]*execArgv: \[\.\.\.SERVER_EXEC_ARGV\], env: \{ \.\.\.SERVER_ENV \}/, 'run');
  assert.match(client, /debug: \{[^}]*execArgv: \[\.\.\.SERVER_EXEC_ARGV, [^\]]*\], env: \{ \.\.\.SERVER_ENV \}/, 'debug');
  assert.match(read('test/lsp/harness.ts'), /spawn\(process\.execPath, \[\.\.\.SERVER_EXEC_ARGV, server, '--stdio'\], \{[^}]*env: \{ \.\.\.process\.env, \.\.\.SERVER_ENV \}/);
  assert.match(read('bench/bench.ts'), /process\.execPath, \.\.\.SERVER_EXEC_ARGV, SERVER, '--stdio'\], \{[^}]*env: \{ \.\.\.process\.env, \.\.\.SERVER_ENV \}/, 'bench (strace)');
  // The Lua recipes write the flags and the environment out: they must be these, in this order.
  const lua = SERVER_EXEC_ARGV.map((f) => `'${f}'`).join(', ');
  const luaEnv = `cmd_env = { ${Object.entries(SERVER_ENV).map(([k, v]) => `${k} = '${v}'`).join(', ')} }`;
  // The Neovim suite runs README's recipe itself (scripts/e2e/run-nvim.sh fills in the server's path).
  assert.match(read('test/e2e/nvim/init.lua'), /\ndofile\(recipe\)\n/, 'test/e2e/nvim/init.lua runs the recipe');
  assert.ok(read('scripts/e2e/run-nvim.sh').includes('PLACEHOLDER=/path/to/itu-draft/server/out/server.js'), 'run-nvim.sh fills in the path');
  const readme = read('README.md').replace(/\s+/g, ' ');
  assert.ok(readme.includes("local itu_server = '/path/to/itu-draft/server/out/server.js'"), 'README.md, the server path');
  assert.ok(readme.includes(`cmd = { 'node', ${lua}, itu_server, '--stdio' }, ${luaEnv}`), 'README.md');
  const vars = Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v}`).join(' ');
  assert.ok(readme.includes(`${vars} node ${SERVER_EXEC_ARGV.join(' ')} server/out/server.js --stdio`), 'README.md, the command line');
});

test('the server flags are flags this Node takes, and a server started without them knows which are missing', () => {
  const r = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', 'process.exit(0)'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(missingServerFlags([...SERVER_EXEC_ARGV]), []);
  assert.deepEqual(missingServerFlags(['--inspect=6019', ...SERVER_EXEC_ARGV]), []);
  assert.deepEqual(missingServerFlags([]), [...SERVER_EXEC_ARGV]);
  const all = Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v}`);
  assert.ok(all.length > 0);
  assert.deepEqual(missingServerEnv({ ...SERVER_ENV, PATH: '/bin' }), []);
  assert.deepEqual(missingServerEnv({}), all);
  // Another value counts as missing: the variable is named with the value it should have.
  const [first] = Object.keys(SERVER_ENV);
  assert.deepEqual(missingServerEnv({ ...SERVER_ENV, [first!]: '1' }), [all[0]]);
});
