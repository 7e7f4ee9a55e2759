// Glob patterns of settings (`itu.baseTexts.glob`) matched with picomatch, as VS Code's own globs
// read: `**/*.itu`, `docs/**/res*.itu`, `{a,b}/*.itu`, over `/`-separated relative paths.
import picomatch from 'picomatch';

/** A test of relative paths against `glob`; hidden files and folders match as any other (VS Code's globs do). */
export function globMatcher(glob: string): (relative: string) => boolean {
  return picomatch(glob, { dot: true });
}

/**
 * A command-line argument read as a pattern, as a shell would expand it (`*.itu`, `drafts/res?.itu`,
 * `texts/**\/*.itu`): the folder it starts from (`.` for none) and the pattern below it; undefined when
 * it holds no wildcard. Backslashes separate folders on Windows, where no shell expands patterns.
 */
export function globArgument(arg: string, windows = process.platform === 'win32'): { folder: string; glob: string } | undefined {
  const pattern = windows ? arg.replace(/\\/g, '/') : arg;
  const scanned = picomatch.scan(pattern);
  if (!scanned.isGlob) return undefined;
  return { folder: scanned.base === '' ? '.' : scanned.base, glob: scanned.glob };
}
