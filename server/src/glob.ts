// Glob patterns of settings (`itu.baseTexts.glob`) matched with picomatch, as VS Code's own globs
// read: `**/*.itu`, `docs/**/res*.itu`, `{a,b}/*.itu`, over `/`-separated relative paths.
import picomatch from 'picomatch';

/** A test of relative paths against `glob`; hidden files and folders match as any other (VS Code's globs do). */
export function globMatcher(glob: string): (relative: string) => boolean {
  return picomatch(glob, { dot: true });
}
