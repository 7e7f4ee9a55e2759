// The protocol module is the one description of the client–server protocol: every request is
// answered by the server, no method name is written anywhere else, and the settings' defaults are
// those package.json declares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { CLIENT_SETTINGS, DEFAULT_SETTINGS, readSettings, Requests } from '../../server/src/protocol';
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
