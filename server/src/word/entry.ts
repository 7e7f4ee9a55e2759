// Entry of the lazily loaded Word bundle (server/out/word.js): export and import with their errors.
export * from './files';
export { DocxError, importDocx } from './import';
export { exportDocx } from './export';
