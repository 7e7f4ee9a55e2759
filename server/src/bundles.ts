// Code only a command asks for is a bundle of its own beside server.js (server/out/word.js for Word export and
// import, server/out/skeleton.js for New contribution, server/out/compile.js for Compile and the synoptic table),
// loaded on first use: starting the server reads server.js
// only, and the bundles loaded at activation stay under 1 MB. From the sources (the tests) it is the module itself.
import * as fs from 'fs';
import * as path from 'path';
import { activeBundle, localize } from './localize';

/** What a lazily loaded bundle exports besides its own functions: its copy of the message catalogue. */
export interface LocalizedBundle {
  activeBundle: typeof activeBundle;
  localize: typeof localize;
}

/** The bundle `name` (`glob.js`) beside this one, else the source module `source` (an absolute path, without extension). */
export function requireBundle<T>(name: string, source: string): T {
  const bundled = path.join(__dirname, name);
  // A path known at run time only: no import statement can name it (the bundler leaves it alone).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(fs.existsSync(bundled) ? bundled : source) as T;
}

/**
 * A bundle that speaks (requireBundle: `word.js`). It holds its own copy of the core's messages and of the catalogue:
 * it is handed the server's language, for its own messages and the catalogue its worker threads read.
 */
export function loadBundle<T extends LocalizedBundle>(name: string, source: string): T {
  const loaded = requireBundle<T>(name, source);
  const bundle = activeBundle();
  if (loaded.activeBundle() !== bundle) {
    try {
      loaded.localize({ bundle });
    } catch {
      loaded.localize({});
    }
  }
  return loaded;
}
