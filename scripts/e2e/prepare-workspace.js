// A workspace for the real-editor tests and screenshots that need the ITU example texts:
// a copy of test/e2e/workspace plus the AFCP/42A25 contribution and the Resolution 52 it amends.
// The ITU texts are not in the repository; they are copied at run time from $ITU_E2E_EXAMPLES,
// by default ../shared/examples next to the repository.
//
// usage: node scripts/e2e/prepare-workspace.js <dest> [--examples DIR]
//   <dest> is created if missing; files already there are kept (so it can also top up the copy
//   code-server.sh made). Prints the destination.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = ['afcp-42a25-res52.itu', 'res52-dubai-2012.itu'];

function examplesDir(dir) {
  return path.resolve(dir || process.env.ITU_E2E_EXAMPLES || path.join(ROOT, '..', 'shared', 'examples'));
}

/** Fills `dest` with test/e2e/workspace and the example texts; returns `dest`. */
function prepareWorkspace(dest, opts = {}) {
  const src = examplesDir(opts.examples);
  const missing = EXAMPLES.filter((f) => !fs.existsSync(path.join(src, f)));
  if (missing.length) throw new Error(`${missing.join(', ')} not found in ${src} (set ITU_E2E_EXAMPLES or --examples to the folder of the ITU example texts)`);
  fs.mkdirSync(dest, { recursive: true });
  const base = opts.base || path.join(ROOT, 'test', 'e2e', 'workspace');
  fs.cpSync(base, dest, { recursive: true, force: false, errorOnExist: false });
  for (const f of EXAMPLES) {
    const target = path.join(dest, f);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(src, f), target);
  }
  return dest;
}

module.exports = { prepareWorkspace, examplesDir, EXAMPLES };

if (require.main === module) {
  const args = process.argv.slice(2);
  let dest;
  let examples;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--examples') examples = args[++i];
    else if (!dest && !args[i].startsWith('--')) dest = args[i];
    else {
      console.error(`unexpected argument ${args[i]}\nusage: node scripts/e2e/prepare-workspace.js <dest> [--examples DIR]`);
      process.exit(2);
    }
  }
  if (!dest) {
    console.error('usage: node scripts/e2e/prepare-workspace.js <dest> [--examples DIR]');
    process.exit(2);
  }
  try {
    console.log(prepareWorkspace(path.resolve(dest), { examples }));
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
