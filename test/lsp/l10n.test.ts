// The server speaks the editor's language (issue 11): with VS Code's bundle in initializationOptions
// (as the client sends vscode.l10n.uri) or the LSP locale (Neovim and other editors), its
// diagnostics, quick fixes and hovers come from l10n/bundle.l10n.fr.json; the CLI follows LANG.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Client, type Diag } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const FRENCH = path.join(ROOT, 'l10n', 'bundle.l10n.fr.json');
const URI = 'file:///tmp/l10n/doc.itu';
// A draft new Resolution with one gap (considering a) b) d)) and a footnote referenced but never defined.
const DOC = 'ADD\tXX/1/1\nDRAFT NEW RESOLUTION [XX-1] (Geneva, 2026)\nT\nconsidering\na)\tx;\nb)\ty[^7];\nd)\tz.\n\nReasons:\tr\n';
const clients: Client[] = [];

after(async () => {
  for (const c of clients) assert.equal(await c.shutdown(), 0);
});

async function diagnostics(extra: Record<string, unknown>): Promise<{ client: Client; diags: Diag[] }> {
  const client = new Client();
  clients.push(client);
  await client.initialize(true, false, undefined, extra);
  client.open(URI, DOC);
  return { client, diags: await client.pull(URI) };
}

const gapOf = (diags: Diag[]) => diags.find((d) => d.code === 'numbering.gap')?.message;

test('English without a locale, and for an English one', async () => {
  for (const extra of [{}, { locale: 'en-US' }]) {
    const { diags } = await diagnostics(extra);
    assert.equal(gapOf(diags), 'considering: after b) comes d); expected c).', JSON.stringify(extra));
    assert.match(diags.find((d) => d.code === 'footnote.undefined')!.message, /^Footnote \[\^7\] has no definition/);
  }
});

test('the LSP locale fr gives French diagnostics, quick fixes and hovers', async () => {
  const { client, diags } = await diagnostics({ locale: 'fr' });
  const gap = diags.find((d) => d.code === 'numbering.gap')!;
  assert.equal(gap.message, 'considering: après b) vient d) ; attendu : c).');
  assert.equal(diags.find((d) => d.code === 'footnote.undefined')!.message,
    "La note de bas de page [^7] n'a pas de définition : ajouter un paragraphe « [^7]:<TAB>texte ».");
  const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
    textDocument: { uri: URI }, range: gap.range, context: { diagnostics: [gap], only: ['quickfix'] },
  });
  assert.ok(actions.some((a) => a.title === 'Remplacer d) par c)'), JSON.stringify(actions.map((a) => a.title)));
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } });
  assert.match(hover.contents.value, /Ajoute un texte nouveau\./);
});

test('Word export and import through a French server refuse in French: the Word bundle and its worker speak its language', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-l10n-word-'));
  try {
    const bad = path.join(dir, 'bad.docx');
    fs.writeFileSync(bad, 'not a zip');
    const missing = path.join(dir, 'missing.docx');
    for (const [locale, absent, notWord] of [
      ['fr', /missing\.docx : ce fichier n'existe pas$/, /^ce n'est pas un fichier Word \.docx : un \.docx est un paquet ZIP/],
      ['en', /missing\.docx: no such file$/, /^not a Word \.docx file: a \.docx is a ZIP package/],
    ] as const) {
      const client = new Client();
      clients.push(client);
      await client.initialize(true, false, undefined, { locale });
      // Refused in the server's thread (the file is not there), then in the worker's (the file is no ZIP package).
      assert.match((await client.request<{ error: string }>('itu/importWord', { input: missing })).error, absent, locale);
      assert.match((await client.request<{ error: string }>('itu/importWord', { input: bad })).error, notWord, locale);
      const exported = await client.request<{ error: string }>('itu/exportWord', { uri: pathToFileURL(path.join(dir, 'missing.itu')).href, output: path.join(dir, 'out.docx') });
      assert.match(exported.error, locale === 'fr' ? /ce fichier n'existe pas$/ : /no such file$/, locale);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("VS Code's way: the bundle in initializationOptions wins over the locale; a bundle that cannot be read leaves English, said in the log", async () => {
  const { diags } = await diagnostics({ locale: 'en', initializationOptions: { l10nBundle: pathToFileURL(FRENCH).href } });
  assert.equal(gapOf(diags), 'considering: après b) vient d) ; attendu : c).');
  const missing = pathToFileURL(path.join(os.tmpdir(), 'no-such-bundle.l10n.fr.json')).href;
  const { client, diags: english } = await diagnostics({ locale: 'fr', initializationOptions: { l10nBundle: missing } });
  assert.equal(gapOf(english), 'considering: after b) comes d); expected c).');
  assert.ok(client.stderr.some((l) => l.includes('messages stay in English')), client.stderr.join('\n'));
});

test('the CLI reports in French under LANG=fr_FR.UTF-8, in English under LANG=C', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-l10n-'));
  try {
    const file = path.join(dir, 'doc.itu');
    fs.writeFileSync(file, DOC);
    const run = (lang: string) => {
      try {
        return execFileSync(process.execPath, [path.join(ROOT, 'bin/itu-draft'), 'check', file], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang } });
      } catch (error) {
        return (error as { stdout: string }).stdout; // findings make the exit status non-zero
      }
    };
    assert.match(run('fr_FR.UTF-8'), /numbering\.gap considering: après b\) vient d\) ; attendu : c\)\./);
    assert.match(run('C'), /numbering\.gap considering: after b\) comes d\); expected c\)\./);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
