// Entry of the lazily loaded Word bundle (server/out/word.js): export and import with their errors.
// The bundle is also the script of the worker thread that does the work (see run.ts).
export * from './files';
export { DocxError, importDocx, LimitError } from './import';
export { exportDocx } from './export';
export { CancelledError } from './run';
export { uriPath } from '../files';
// The bundle's own copy of the message catalogue: the server hands it its language (bundles.ts).
export { activeBundle, localize } from '../localize';
