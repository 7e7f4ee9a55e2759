// picomatch, the glob engine of settings and command-line patterns, in its own bundle (server/out/glob.js): the default
// `itu.baseTexts.glob` (`**/*.itu`) is matched without it (glob.ts), so starting the server does not load it.
import picomatch from 'picomatch';

export { picomatch };
