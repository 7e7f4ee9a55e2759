// Messages in the user's language. The core writes each message in English with numbered
// placeholders, `l10n.t('Footnote [^{0}] is never referenced.', label)`; whoever runs the core
// (the language server, the CLI) may install a translator that looks the English message up in
// the extension's catalogue (l10n/bundle.l10n.<locale>.json, the bundle VS Code's client uses too).
// The core itself never reads a file nor imports an editor API: without a translator it speaks English.
// `npx @vscode/l10n-dev export` finds every `l10n.t('…')` call, so each message is one string literal.

export type L10nArg = string | number | boolean;

/** Turns an English message and its arguments into the message shown to the user. */
export type Translator = (message: string, args: readonly L10nArg[]) => string;

/** Puts `args[n]` in the place of `{n}`; other braces (`{~~a~>b~~}`, `{0` alone) stay as they are. */
export function formatMessage(template: string, args: readonly L10nArg[]): string {
  return args.length === 0 ? template : template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

const english: Translator = formatMessage;
let translator: Translator = english;

export const l10n = {
  /** The message in the user's language, `{0}`, `{1}` … replaced by `args`. */
  t(message: string, ...args: L10nArg[]): string {
    return translator(message, args);
  },
};

/** Installs the translator every later message goes through (undefined: English again). */
export function setTranslator(translate: Translator | undefined): void {
  translator = translate ?? english;
}
