// Glob patterns of settings (`itu.baseTexts.glob`) matched with picomatch, as VS Code's own globs
// read: `**/*.itu`, `docs/**/res*.itu`, `{a,b}/*.itu`, over `/`-separated relative paths.
import * as path from 'path';
import { requireBundle } from './bundles';

/**
 * picomatch, from its own bundle beside this one (server/out/glob.js; 25 KB the server no longer loads at start-up,
 * where the default glob needs none of it), else from the sources (the tests).
 */
function engine(): typeof import('./globEngine').picomatch {
  return requireBundle<typeof import('./globEngine')>('glob.js', path.join(__dirname, 'globEngine')).picomatch;
}

/** The setting's default: every `.itu` file of the workspace. */
export const DEFAULT_GLOB = '**/*.itu';

/** A `.` or `..` folder in a path: picomatch matches no path through one, whatever the pattern. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** A test of relative paths against `glob`; hidden files and folders match as any other (VS Code's globs do). */
export function globMatcher(glob: string): (relative: string) => boolean {
  // The default, read as picomatch reads it (test/unit/glob.test.ts compares them): a path ending in `.itu`, a slash
  // after it or not, through no `.` or `..` folder.
  if (glob === DEFAULT_GLOB) return (relative) => (relative.endsWith('.itu') || relative.endsWith('.itu/')) && !DOT_SEGMENT.test(relative);
  return engine()(glob, { dot: true });
}

/**
 * A command-line argument read as a pattern, as a shell would expand it (`*.itu`, `drafts/res?.itu`,
 * `texts/**\/*.itu`): the folder it starts from (`.` for none) and the pattern below it; undefined when
 * it holds no wildcard. Backslashes separate folders on Windows, where no shell expands patterns.
 */
export function globArgument(arg: string, windows = process.platform === 'win32'): { folder: string; glob: string } | undefined {
  const pattern = windows ? arg.replace(/\\/g, '/') : arg;
  const scanned = engine().scan(pattern);
  if (!scanned.isGlob) return undefined;
  return { folder: scanned.base === '' ? '.' : scanned.base, glob: scanned.glob };
}
