// The extension's own UI in the user's language (issue 11): every string of package.json is a
// %key% of package.nls.json and of each translation, every l10n.t message of the client and the
// server is in the catalogue (l10n/bundle.l10n.json, as @vscode/l10n-dev exports it) and in each
// translation, with the same placeholders; the core speaks English until a translator is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nJson } from '@vscode/l10n-dev';
import { formatMessage, l10n, setTranslator } from '../../server/src/core';
import { bundleFor, environmentLocale, L10N_DIR, localize } from '../../server/src/localize';
import { ROOT } from './helpers';
import { extractMessages, sourceFiles } from '../support/l10n-catalogue';

type Catalogue = Record<string, string | { message: string; comment: string[] }>;
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as T;
const text = (v: Catalogue[string]) => (typeof v === 'string' ? v : v.message);
/** The placeholders of a message, each once, sorted: `{0}`, `{1}` … (a translation may use one twice, or once where English has it twice). */
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
/** The translations shipped beside an English file: package.nls.fr.json beside package.nls.json. */
const translationsOf = (dir: string, prefix: string) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.startsWith(prefix + '.') && f.endsWith('.json') && f !== prefix + '.json').map((f) => path.join(dir, f));

const SOURCES = sourceFiles();

test('French is shipped: package.nls.fr.json and l10n/bundle.l10n.fr.json', () => {
  assert.ok(translationsOf('.', 'package.nls').includes('package.nls.fr.json'));
  assert.ok(translationsOf('l10n', 'bundle.l10n').includes(path.join('l10n', 'bundle.l10n.fr.json')));
  assert.equal(readJson<{ l10n?: string }>('package.json').l10n, './l10n');
});

test('every user-facing string of package.json is a %key% that package.nls.json and each translation define', () => {
  const pkg = readJson<{ displayName: string; description: string; contributes: Record<string, unknown> }>('package.json');
  const english = readJson<Record<string, string>>('package.nls.json');
  const c = pkg.contributes as {
    commands: { title: string; category: string }[];
    configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
    colors: { description: string }[];
    views: Record<string, { name: string }[]>;
  };
  const shown = [pkg.displayName, pkg.description, c.configuration.title,
    ...c.commands.flatMap((x) => [x.title, x.category]),
    ...Object.values(c.configuration.properties).flatMap((p) => [p.description, p.markdownDescription, ...(p.enumDescriptions ?? [])].filter((s) => s !== undefined)),
    ...c.colors.map((x) => x.description),
    ...Object.values(c.views).flat().map((v) => v.name)];
  const notKeys = shown.filter((s) => !/^%[\w.-]+%$/.test(s));
  assert.deepEqual(notKeys, [], 'strings written in package.json itself cannot be translated');
  const used = new Set(JSON.stringify(pkg).match(/"%[\w.-]+%"/g)!.map((k) => k.slice(2, -2)));
  assert.ok(used.size > 40, `${used.size} keys`);
  assert.deepEqual([...used].filter((k) => !(k in english)), [], 'keys without an English string');
  assert.deepEqual(Object.keys(english).filter((k) => !used.has(k)), [], 'English strings no longer used');
  for (const file of translationsOf('.', 'package.nls')) {
    const translated = readJson<Record<string, string>>(file);
    assert.deepEqual(Object.keys(english).filter((k) => !translated[k]?.trim()), [], `${file}: untranslated keys`);
    assert.deepEqual(Object.keys(translated).filter((k) => !(k in english)), [], `${file}: keys English no longer has`);
    // Setting values and code names quoted in a description stay as they are in every language.
    for (const k of Object.keys(english)) assert.deepEqual((translated[k].match(/`[^`]+`/g) ?? []).sort(), (english[k].match(/`[^`]+`/g) ?? []).sort(), `${file}: ${k}`);
  }
});

test('l10n/bundle.l10n.json holds exactly the l10n.t messages of the client and the server, each one string literal (npm run l10n:export)', async () => {
  const { messages, problems } = extractMessages();
  assert.deepEqual(problems, [], 'a message built at run time cannot be in the catalogue');
  const catalogue = readJson<Catalogue>('l10n/bundle.l10n.json');
  assert.deepEqual(messages.filter((k) => !(k in catalogue)), [], 'messages missing from the catalogue: run npm run l10n:export');
  assert.deepEqual(Object.keys(catalogue).filter((k) => !messages.includes(k)), [], 'messages no longer used: run npm run l10n:export');
  for (const [k, v] of Object.entries(catalogue)) assert.equal(text(v), k);
  // The client's files import vscode, so VS Code's own exporter reads them: it finds no message this one misses.
  const client = SOURCES.filter((f) => f.includes(`${path.sep}client${path.sep}`));
  const official = await getL10nJson(client.map((file) => ({ contents: fs.readFileSync(file, 'utf8'), extension: '.ts' })));
  assert.ok(Object.keys(official).length > 50, `${Object.keys(official).length} client messages`);
  assert.deepEqual(Object.keys(official).filter((k) => !(k in catalogue)), []);
  // The server's messages are there too: the diagnostics, fix titles and hovers a French user reads.
  for (const m of ['{0}{1} appears twice in this list.', 'Footnote [^{0}] is defined but never referenced.', 'Accept this change']) assert.ok(m in catalogue, m);
});

test('each translation of the catalogue translates every message, with the same placeholders', () => {
  const catalogue = readJson<Catalogue>('l10n/bundle.l10n.json');
  for (const file of translationsOf('l10n', 'bundle.l10n')) {
    const translated = readJson<Catalogue>(file);
    assert.deepEqual(Object.keys(catalogue).filter((k) => !(k in translated) || !text(translated[k]).trim()), [], `${file}: untranslated messages`);
    assert.deepEqual(Object.keys(translated).filter((k) => !(k in catalogue)), [], `${file}: messages the catalogue no longer has`);
    for (const [k, v] of Object.entries(catalogue)) assert.deepEqual(placeholders(text(translated[k])), placeholders(text(v)), `${file}: ${k}`);
  }
});

test('the core formats {n} placeholders and leaves other braces (revision marks) alone; a translator replaces it all', () => {
  assert.equal(formatMessage('Footnote [^{0}] after {1}; {~~a~>b~~} {2}', ['7', 3]), 'Footnote [^7] after 3; {~~a~>b~~} {2}');
  assert.equal(formatMessage('{0} stays {0}', []), '{0} stays {0}');
  assert.equal(l10n.t('{0} of {1}', 'a', 2), 'a of 2');
  try {
    setTranslator((message, args) => `<${formatMessage(message, args)}>`);
    assert.equal(l10n.t('{0} of {1}', 'a', 2), '<a of 2>');
  } finally {
    setTranslator(undefined);
  }
  assert.equal(l10n.t('{0} of {1}', 'a', 2), 'a of 2');
});

test('a locale finds its bundle (region and encoding dropped); English and missing languages read no bundle', () => {
  const fr = path.join(L10N_DIR, 'bundle.l10n.fr.json');
  for (const locale of ['fr', 'FR', 'fr-CA', 'fr_FR.UTF-8', 'fr_BE@euro']) assert.equal(bundleFor(locale), fr, locale);
  for (const locale of ['en', 'en-US', 'C', 'POSIX', 'xx', '', undefined, '../../etc/passwd']) assert.equal(bundleFor(locale), undefined, String(locale));
  assert.equal(environmentLocale({ LANG: 'fr_FR.UTF-8' }), 'fr_FR.UTF-8');
  assert.equal(environmentLocale({ LC_ALL: 'de_DE', LANG: 'fr_FR' }), 'de_DE');
  assert.equal(environmentLocale({}), undefined);
});

test('localize() installs the French catalogue for the core and goes back to English', () => {
  const catalogue = readJson<Catalogue>('l10n/bundle.l10n.fr.json');
  const message = 'Export to Word failed: {0}';
  try {
    assert.equal(localize({ locale: 'fr-FR' }), path.join(L10N_DIR, 'bundle.l10n.fr.json'));
    assert.equal(l10n.t(message, 'x'), text(catalogue[message]).replace('{0}', 'x'));
    assert.notEqual(l10n.t(message, 'x'), 'Export to Word failed: x');
    // The bundle VS Code's client passes (a file: URI) wins over the locale.
    assert.equal(localize({ bundle: 'file://' + path.join(L10N_DIR, 'bundle.l10n.fr.json'), locale: 'en' }), path.join(L10N_DIR, 'bundle.l10n.fr.json'));
    assert.equal(l10n.t('A message no catalogue has: {0}', 1), 'A message no catalogue has: 1');
    assert.throws(() => localize({ bundle: path.join(L10N_DIR, 'bundle.l10n.none.json') }));
    assert.equal(l10n.t(message, 'x'), 'Export to Word failed: x', 'a bundle that cannot be read leaves English');
  } finally {
    localize({});
  }
  assert.equal(l10n.t(message, 'x'), 'Export to Word failed: x');
});
