// ESLint with typescript-eslint over the TypeScript sources (npm run lint, part of npm test).
// The recommended rules of both, without type information (fast enough to run on every test run).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/out/**', 'build/**', 'node_modules/**', '.vscode-test/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names are the compiler's to report (noUnusedLocals); `_x` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are matched on purpose: those XML 1.0 forbids (Word import/export), terminal colours (CLI).
      'no-control-regex': 'off',
    },
  },
);
