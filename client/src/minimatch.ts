// vscode-languageclient requires `minimatch` (13 KB of the client bundle with brace-expansion, loaded at activation:
// issue 6's 1 MB) for three things this extension never asks of it: a document selector with a `pattern`
// (diagnostic.js, notebook.js; the selector here names a scheme and the language, extension.ts), a notebook
// selector, and the server's file-operation filters (fileOperations.js; the server registers none). esbuild.js
// resolves `minimatch` here instead. Should one of them come into use, the first glob says so loudly rather than
// matching wrongly; test/unit/minimatch-shim.test.ts holds the three conditions.

const WHY = 'itu-draft bundles no minimatch: a document selector pattern, a notebook selector or a file-operation filter needs it (client/src/minimatch.ts)';

export class Minimatch {
  constructor(readonly pattern: string) {
    throw new Error(`${WHY}; glob "${pattern}"`);
  }
}

export function minimatch(_path: string, pattern: string): boolean {
  throw new Error(`${WHY}; glob "${pattern}"`);
}
