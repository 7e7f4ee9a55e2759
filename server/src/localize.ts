// Chooses the language of the server's and the CLI's messages: the catalogue VS Code's client
// uses (l10n/bundle.l10n.<locale>.json), read with @vscode/l10n as VS Code's own language servers
// do, and installed as the core's translator (core/l10n.ts).
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import * as catalogue from '@vscode/l10n';
import { setTranslator } from './core/l10n';

/** The catalogue folder: l10n/ at the top of the extension (this file runs as server/out/*.js, or server/src/*.ts from source). */
export const L10N_DIR = path.resolve(__dirname, '../../l10n');

/**
 * The bundle of a locale (`fr`, `fr-CA`, `fr_FR.UTF-8`), or of its language when the region has
 * none; undefined for English (the messages themselves) and for a language the catalogue lacks.
 */
export function bundleFor(locale: string | undefined, dir = L10N_DIR): string | undefined {
  const tag = locale?.split(/[.@]/)[0].replace(/_/g, '-').toLowerCase();
  if (!tag) return undefined;
  for (const t of new Set([tag, tag.split('-')[0]])) {
    if (t === 'en' || !/^[a-z]{2,3}(-[a-z0-9-]+)?$/.test(t)) return undefined;
    const file = path.join(dir, `bundle.l10n.${t}.json`);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Messages from now on in the language of `bundle` (a path or file: URI, as VS Code's client
 * passes `vscode.l10n.uri`), else of `locale`; in English when neither names a bundle.
 * Returns the bundle read. Throws when the bundle cannot be read (the caller says so and stays in English).
 */
export function localize(options: { bundle?: string; locale?: string }): string | undefined {
  setTranslator(undefined);
  active = undefined;
  const file = options.bundle ? (options.bundle.startsWith('file:') ? fileURLToPath(options.bundle) : options.bundle) : bundleFor(options.locale);
  if (!file) return undefined;
  catalogue.config({ fsPath: file });
  setTranslator((message, args) => catalogue.t({ message, args: [...args], comment: [] }));
  active = file;
  return file;
}

let active: string | undefined;

/** The bundle the messages come from now (undefined: English), for a worker thread to read too. */
export function activeBundle(): string | undefined {
  return active;
}

/** The language the messages are in now (`fr` of bundle.l10n.fr.json; `en` without a bundle): its plural rules. */
export function messageLanguage(): string {
  return (active && /bundle\.l10n\.([A-Za-z-]+)\.json$/.exec(active)?.[1]) || 'en';
}

/** The locale of a command-line process, as gettext reads it (LC_ALL, LC_MESSAGES, LANG). */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/**
 * The language of the server's messages from what the editor says at initialize: the bundle VS Code's
 * client passes (`initializationOptions.l10nBundle`), else the LSP locale. A bundle that cannot be
 * read leaves the messages in English, with a line in the log.
 */
export function localizeForClient(params: { initializationOptions?: unknown; locale?: string }, log: (message: string) => void): void {
  const l10nBundle = (params.initializationOptions as { l10nBundle?: unknown } | undefined)?.l10nBundle;
  try {
    localize({ bundle: typeof l10nBundle === 'string' ? l10nBundle : undefined, locale: params.locale });
  } catch (error) {
    localize({});
    log(`itu: messages stay in English: the translation ${String(l10nBundle ?? params.locale)} cannot be read (${(error as Error).message})`);
  }
}
