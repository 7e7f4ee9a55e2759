// Packages the extension: `node scripts/package.mjs [-o itu-draft.vsix]` (what `npm run package` runs).
//
// The .vsix leaves the pictures out (.vscodeignore: some of them show ITU texts, which are not shipped),
// so the README it carries must not point at them: VS Code shows the installed extension's readme.md,
// and every picture would be a broken image at the top of its page. This writes that README from the
// repository's one, each picture replaced by its caption and the place it has in the repository, each
// link to a picture by its text alone, and hands it to vsce with --readme-path. Everything else in the
// README (links to the docs, which are shipped) is left as written.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A relative target the package leaves out: a picture. (Absolute URLs and anchors are kept.) */
const isPicture = (target) => !/^[a-z][a-z0-9+.-]*:|^#/i.test(target) && /\.(png|jpe?g|gif|svg|webp)$/i.test(target);

/** README.md as the package shows it. Exported for the test of the package. */
export function packagedReadme(markdown) {
  return markdown
    // ![caption](docs/images/x.png) -> *Picture: caption (docs/images/x.png in the source repository).*
    .replace(/!\[([^\]\n]*)\]\(([^)\s]+)\)/g, (whole, caption, target) =>
      isPicture(target) ? `*Picture: ${caption.trim() || path.basename(target)} (\`${target}\` in the source repository; the package leaves pictures out).*` : whole)
    // [text](docs/images/x.png) -> text
    .replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text, target) => (isPicture(target) ? text : whole));
}

function main(argv) {
  const out = argv.includes('-o') ? argv[argv.indexOf('-o') + 1] : 'itu-draft.vsix';
  const readme = 'build/package-readme.md'; // vsce takes it relative to the folder it packages
  fs.mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, readme), packagedReadme(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies',
    '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', readme, '-o', path.resolve(out)],
  { cwd: ROOT, stdio: 'inherit' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
