// Bundles the extension-host test suite (test/e2e/suite/*.ts) into test/e2e/out/*.js, one
// file per entry. `vscode` is provided by the extension host; `mocha` stays external and is
// resolved from the repository's node_modules (test/e2e/out -> ../../../node_modules).
// usage: node scripts/e2e/build-suite.js
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const suiteDir = path.join(root, 'test', 'e2e', 'suite');
const outdir = path.join(root, 'test', 'e2e', 'out');
const entryPoints = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(suiteDir, f));

fs.rmSync(outdir, { recursive: true, force: true });
esbuild
  .build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  })
  .then(() => console.log(`e2e suite bundled: ${entryPoints.length} file(s) -> ${path.relative(root, outdir)}/`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
