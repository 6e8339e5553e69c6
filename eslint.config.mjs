// Lint for the whole project: TypeScript rules, React's rules of hooks (with
// exhaustive dependencies), accessibility rules for JSX, and size limits that
// keep files and functions readable in one sitting.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 150 }],
      // Importers and exporters match control characters on purpose (NUL bytes, C0 controls in binary or broken files).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { files: ['renderer/src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['renderer/src/**/*.tsx'],
    rules: {
      // DateField renders its own labelled input inside the label.
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['DateField'], assert: 'either', depth: 3 }],
    },
  },
  {
    // Tests describe many cases in one block; the size limits are for the application's code.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
);
