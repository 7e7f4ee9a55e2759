// Bundles the client (vscode external), the language server and the CLI.
// Each bundle is self-contained so the .vsix ships no node_modules.
const esbuild = require('esbuild');
const path = require('path');
const production = !process.argv.includes('--dev');
const watch = process.argv.includes('--watch');

// vscode-languageserver-types has an ES build (for `import`) and a UMD one (for `require`, which
// vscode-languageserver-protocol uses): both were bundled (47 KB in the server). Every import takes the UMD one.
const oneTypesBuild = {
  name: 'one-vscode-languageserver-types',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, () => ({ path: require.resolve('vscode-languageserver-types') }));
  },
};

// vscode-languageclient's version check asks two functions of `semver` (20 KB of the client): client/src/semver.ts
// has them (test/unit/semver.test.ts compares them with the package).
const semverShim = {
  name: 'semver-shim',
  setup(build) {
    // Each is required as the function itself (module.exports = parse), as semver's files are.
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) => ({ path: args.path, namespace: 'semver-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'semver-shim' }, (args) => ({
      contents: `module.exports = require('./client/src/semver').${args.path.split('/').pop()};`,
      resolveDir: __dirname,
      loader: 'js',
    }));
  },
};

// vscode-languageclient's `minimatch` serves selector patterns, notebooks and file-operation filters, none of which
// this extension uses (13 KB of the client): client/src/minimatch.ts stands in and says so if one comes into use.
const minimatchShim = {
  name: 'minimatch-shim',
  setup(build) {
    build.onResolve({ filter: /^minimatch$/ }, () => ({ path: path.join(__dirname, 'client/src/minimatch.ts') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  // Word tables of six languages: written as UTF-8 instead of \uXXXX escapes (13 KB less in the server).
  charset: 'utf8',
  plugins: [oneTypesBuild],
  sourcemap: !production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], plugins: [...common.plugins, semverShim, minimatchShim] },
  // The synoptic view: loaded by the client when its command first runs.
  { ...common, entryPoints: ['client/src/synoptic.ts'], outfile: 'client/out/synoptic.js', external: ['vscode'], plugins: [...common.plugins, semverShim, minimatchShim] },
  // The Word commands (Export to Word, Import from Word): loaded by the client when one first runs.
  { ...common, entryPoints: ['client/src/wordCommands.ts'], outfile: 'client/out/wordCommands.js', external: ['vscode'], plugins: [...common.plugins, semverShim, minimatchShim] },
  // New contribution's questions: loaded on first use (client/src/commands.ts newContributionCode).
  { ...common, entryPoints: ['client/src/newContribution.ts'], outfile: 'client/out/newContribution.js', external: ['vscode'], plugins: [...common.plugins, semverShim, minimatchShim] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js' },
  // Word export/import: loaded by the server on first use only.
  { ...common, entryPoints: ['server/src/word/entry.ts'], outfile: 'server/out/word.js' },
  // A new contribution's skeleton: loaded by that command only.
  { ...common, entryPoints: ['server/src/service/skeleton.ts'], outfile: 'server/out/skeleton.js' },
  // The compiler of several parties' proposals and the synoptic table: loaded by those commands only.
  { ...common, entryPoints: ['server/src/service/compileCommands.ts'], outfile: 'server/out/compile.js' },
  // picomatch, for a base-texts glob other than the default and command-line patterns: loaded on first use (glob.ts).
  { ...common, entryPoints: ['server/src/globEngine.ts'], outfile: 'server/out/glob.js' },
];

async function main() {
  if (watch) {
    for (const options of builds) (await esbuild.context(options)).watch();
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
