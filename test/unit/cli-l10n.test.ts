// The CLI and the Word import/export speak the user's language (LANG): usage, help, usage errors,
// the summary line, and the messages of the Word worker (a separate thread, which reads the same
// catalogue as the main thread). test/unit/l10n.test.ts checks that every message has its French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../server/src/cli/main';
import { localize } from '../../server/src/localize';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** Runs `body` with the messages in the language of `locale` (as LANG gives it), then in English again. */
async function inLocale<T>(locale: string, body: () => Promise<T>): Promise<T> {
  localize({ locale });
  try {
    return await body();
  } finally {
    localize({});
  }
}

/** Runs `body` in a new temporary folder, removed afterwards. */
async function inTempDir(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-l10n-'));
  try {
    await body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('LANG=fr: usage, help and usage errors in French; the commands\' syntax as it is', async () => {
  await inLocale('fr_FR.UTF-8', async () => {
    const none = await cli();
    assert.equal(none.code, 2);
    assert.match(none.err, /^itu-draft: aucune commande donnée\nutilisation :\n {2}itu-draft check \[--format text\|json\]/);
    const help = await cli('help');
    assert.match(help.out, /commandes :\n {2}check {5}signale les constats des fichiers \.itu/);
    assert.match(help.out, /compile {3}fusionne les MOD d'un texte/);
    assert.match((await cli('frobnicate')).err, /commande inconnue « frobnicate »/);
    assert.match((await cli('check', '--bogus', 'x.itu')).err, /option inconnue --bogus/);
    assert.match((await cli('show', '--new')).err, /show demande exactement un FICHIER/);
    assert.match((await cli('export', 'a.itu', '--date', 'hier')).err, /--date hier : ce n'est pas une date[\s\S]*utilisation : itu-draft export FILE\.itu/);
  });
  // English again without a bundle.
  assert.match((await cli()).err, /^itu-draft: no command given\nusage:\n/);
});

test('LANG=fr: the summary of check and of a Word export, in French', async () => {
  await inTempDir(async (dir) => {
    const file = path.join(dir, 'draft.itu');
    fs.writeFileSync(file, 'MOD\tX/1/1\nRESOLUTION 1 (Rev. Dubai, 2012)\nconsidering\na)\tthat {++this++} is;\nc)\tthat it is not.\nReasons:\tr\n');
    await inLocale('fr', async () => {
      const check = await cli('check', file);
      assert.match(check.err, /^1 fichier vérifié : \d+ erreurs?, \d+ avertissements?, \d+ autre\(s\)\n$/);
      // French takes the singular for 0 and 1 (from review: it printed "0 erreurs, 0 avertissements").
      const clean = path.join(dir, 'clean.itu');
      fs.writeFileSync(clean, 'Just a line of text.\n');
      assert.match((await cli('check', clean)).err, /^1 fichier vérifié : 0 erreur, 0 avertissement, 0 autre\(s\)\n$/);
      const exported = await cli('export', file, '-o', path.join(dir, 'draft.docx'));
      assert.equal(exported.code, 0, exported.err);
      assert.match(exported.err, /draft\.docx écrit : 1 modification apparente, 0 commentaires?, 0 notes? de bas de page\n$/);
    });
  });
});

test('LANG=fr: the Word worker\'s refusals and notes are in French too', async () => {
  await inTempDir(async (dir) => {
    const rtf = path.join(dir, 'letter.docx');
    fs.writeFileSync(rtf, '{\\rtf1\\ansi Hello}');
    await inLocale('fr', async () => {
      const refused = await cli('import', rtf, '-o', '-');
      assert.equal(refused.code, 2);
      assert.match(refused.err, /c'est un fichier RTF, pas un \.docx : enregistrez-le d'abord au format \.docx/);
      // A document exported and imported again: the import's own note about revision dates, in French.
      const source = path.join(dir, 'draft.itu');
      fs.writeFileSync(source, 'MOD\tX/1/1\nRESOLUTION 1 (Rev. Dubai, 2012)\nconsidering\na)\tthat {++this++} is;\nReasons:\tr\n');
      const docx = path.join(dir, 'draft.docx');
      assert.equal((await cli('export', source, '-o', docx)).code, 0);
      const back = await cli('import', docx, '-o', path.join(dir, 'back.itu'));
      assert.equal(back.code, 0, back.err);
      assert.match(back.err, /Les dates des révisions ne sont pas conservées/);
      assert.match(back.err, /back\.itu écrit \(\d+ remarques?\)/);
    });
    // And in English without a bundle.
    assert.match((await cli('import', rtf, '-o', '-')).err, /this is an RTF file, not a \.docx/);
  });
});

test('LANG=fr: input and output errors name the file and say what is wrong in French', async () => {
  await inTempDir(async (dir) => {
    await inLocale('fr', async () => {
      assert.match((await cli('check', path.join(dir, 'absent.itu'))).err, /absent\.itu : ce fichier n'existe pas/);
      assert.match((await cli('show', '--new', dir)).err, /: est un dossier, pas un fichier/);
      assert.match((await cli('check', dir)).err, /: un dossier sans fichier \.itu/);
      assert.match((await cli('check', path.join(dir, '*.itu'))).err, /\*\.itu : aucun fichier ne correspond/);
      const source = path.join(dir, 'draft.itu');
      fs.writeFileSync(source, 'Text.\n');
      assert.match((await cli('export', source, '-o', source)).err, /draft\.itu : c'est le fichier d'entrée .*draft\.itu \(sous un autre nom ou le même\) : refusé, rien n'a été écrit/);
    });
  });
});

test('LANG=fr: compile\'s text report in French, its statuses and notes too (review 8, I20); the JSON keeps the keywords', async () => {
  await inTempDir(async (dir) => {
    const shared = path.join(__dirname, '../../../shared/examples');
    for (const name of ['res52-dubai-2012.itu', 'afcp-42a25-res52.itu']) fs.copyFileSync(path.join(shared, name), path.join(dir, name));
    const english = await cli('compile', '--workspace', dir, 'Resolution 52');
    assert.equal(english.code, 0, english.err);
    assert.match(english.out, /^Resolution 52: base \S+; 1 proposal: AFCP\/42A25\/1$/m);
    assert.match(english.out, /^\d+ single, \d+ unchanged/m);
    const french = await inLocale('fr_FR.UTF-8', () => cli('compile', '--workspace', dir, 'Resolution 52'));
    assert.equal(french.code, 0, french.err);
    assert.match(french.out, /^Resolution 52: base \S+; 1 proposition: AFCP\/42A25\/1$/m);
    assert.match(french.out, /^inchangé /m);
    assert.match(french.out, /^unique {4}/m);
    assert.match(french.out, /^\d+ unique, \d+ inchangé/m);
    assert.doesNotMatch(french.out, /^(unchanged|single|agreed|conflict|combined) /m);
    assert.equal(french.out.split('\n').length, english.out.split('\n').length, 'the same rows');
    const json = await inLocale('fr_FR.UTF-8', () => cli('compile', '--workspace', dir, '--format', 'json', 'Resolution 52'));
    assert.ok((JSON.parse(json.out) as { paragraphs: { status: string }[] }).paragraphs.some((p) => p.status === 'unchanged'));
  });
});
