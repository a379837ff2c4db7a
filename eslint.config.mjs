// `npm run lint`: typescript-eslint's strict rules on the TypeScript, eslint's recommended ones on the plain
// JavaScript; prettier checks the layout beside it, so no formatting rule is configured here.
// Type-aware rules are left out on purpose: they type-check every project on each run (about four times the
// time of this config on the project's 2-core machines) for little over what `tsc -b`, strict, already checks.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      '.vscode-test/',
      // Vendored and generated tree-sitter grammars (grammars:check compares them with a fresh build).
      'grammars/',
      // Inputs of the tests: real and hand-made configs, read as data, never run.
      'test/fixtures/*',
      '!test/fixtures/rules/',
      'test/fixtures/rules/*/*',
      // Each rule's seeded faults (test/seeded) are code beside its fixtures.
      '!test/fixtures/rules/*/seeders.ts',
      'test/corpus/',
      'test/corpus-pending/',
      'test/holdout/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // noUncheckedIndexedAccess makes `xs[i]!` after a bounds check the project's idiom; the assertion is the point.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `_name` marks a binding that is there for its position, as tsc's noUnusedParameters allows; a rest
      // sibling is how an object is copied without some keys.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `import x = require('…')` is typed and deliberate where it is used: it makes esbuild take a package's
      // CommonJS build (parsing/parser.ts) and lets a preload patch the module object itself.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // 'l' is V8's linear-time engine (model/linear-regex.ts), which eslint does not know.
      'no-invalid-regexp': ['error', { allowConstructorFlags: ['l'] }],
    },
  },
  {
    // Node scripts, the bundler configuration and the CLI entry.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The extension-host suite runs inside VS Code under mocha.
    files: ['test/e2e/suite/**/*.test.js'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
