// The message catalogue of the extension (l10n/bundle.l10n.json): every `l10n.t('…')` and
// `vscode.l10n.t('…')` of the client and the server, English message = key, as @vscode/l10n-dev
// exports them. That tool only reads files importing 'vscode' or '@vscode/l10n', and the core
// imports neither (core/l10n.ts is its own indirection), so this reads the sources with the
// TypeScript parser. `npm run l10n:export` rewrites the catalogue; test/unit/l10n.test.ts checks it.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
export const SOURCE_DIRS = ['client/src', 'server/src'];
export const CATALOGUE = path.join(ROOT, 'l10n', 'bundle.l10n.json');

export interface Extraction {
  /** English messages in the order first met (files in path order). */
  messages: string[];
  /** `l10n.t(…)` calls whose first argument is not one string literal: no catalogue can hold them. */
  problems: string[];
}

export function sourceFiles(dirs = SOURCE_DIRS): string[] {
  return dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(ROOT, dir, f)))
    .sort();
}

/** `l10n.t` or `vscode.l10n.t` (any object whose last name is l10n). */
function isL10nCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

export function extractMessages(files = sourceFiles()): Extraction {
  const seen = new Set<string>();
  const messages: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isL10nCall(node)) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          if (!seen.has(first.text)) messages.push(first.text);
          seen.add(first.text);
        } else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          problems.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText().slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, problems };
}

if (require.main === module) {
  const { messages, problems } = extractMessages();
  if (problems.length) {
    process.stderr.write(`l10n.t needs one string literal as its message:\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  fs.writeFileSync(CATALOGUE, JSON.stringify(Object.fromEntries(messages.map((m) => [m, m])), null, 2) + '\n');
  process.stdout.write(`${path.relative(ROOT, CATALOGUE)}: ${messages.length} messages\n`);
}
