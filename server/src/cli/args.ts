// Command-line options of every itu-draft command, read by Node's util.parseArgs: options that take
// a value, flags, `--` ending the options, `-` a positional (standard input or output), `--name=value`.
// Anything else is a usage error, raised through `fail` so each command keeps its own usage text.
import { parseArgs } from 'util';

export interface ParsedArgs {
  positional: string[];
  /** By the option's first spelling in the command's list (`-o` for `--output` when both are given). */
  options: Map<string, string | true>;
}

export interface ArgSpec {
  /** Options that take a value, as written: `--format`, `-o`. */
  values?: string[];
  /** Options without a value. */
  flags?: string[];
  /** Other spellings: `{ '--output': '-o' }`. */
  aliases?: Record<string, string>;
}

import { l10n } from '../core/l10n';

export function parseCommandArgs(args: string[], spec: ArgSpec, fail: (message: string) => Error): ParsedArgs {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  /** util.parseArgs's name of an option → the spelling the command uses. */
  const canonical = new Map<string, string>();
  const declare = (spelling: string, type: 'string' | 'boolean', as = spelling) => {
    const name = spelling.replace(/^--?/, '');
    config[name] = name.length === 1 ? { type, short: name } : { type };
    canonical.set(name, as);
  };
  for (const v of spec.values ?? []) declare(v, 'string');
  for (const f of spec.flags ?? []) declare(f, 'boolean');
  for (const [alias, target] of Object.entries(spec.aliases ?? {})) declare(alias, spec.values?.includes(target) ? 'string' : 'boolean', target);
  // Not strict: the tokens say what was given, and the errors below say it in the CLI's words.
  const { tokens } = parseArgs({ args, options: config, strict: false, allowPositionals: true, tokens: true });
  const out: ParsedArgs = { positional: [], options: new Map() };
  for (const t of tokens) {
    if (t.kind === 'positional') out.positional.push(t.value);
    if (t.kind !== 'option') continue;
    const name = canonical.get(t.name);
    if (name === undefined || (config[t.name].short === undefined) !== t.rawName.startsWith('--')) throw fail(l10n.t('unknown option {0}', t.rawName));
    if (config[t.name].type === 'boolean') {
      if (t.inlineValue) throw fail(l10n.t('{0} takes no value', t.rawName));
      out.options.set(name, true);
    } else {
      if (t.value === undefined || t.value === '') throw fail(l10n.t('{0} needs a value', t.rawName));
      out.options.set(name, t.value);
    }
  }
  return out;
}
