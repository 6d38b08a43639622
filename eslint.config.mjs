// ESLint 9+ flat config: typescript-eslint's recommended rules (type-aware where they need
// types), the Lit and web-components plugins' recommended sets, and Prettier's switch-off of
// every rule that is about layout (Prettier owns layout: npm run format:check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import prettierConfig from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'coverage/',
      'tmp/',
      'bench/.out/',
      'src/i18n/generated/',
      'test/embed/.build/',
      'test/apps/**/*.bundle.js',
      'test/apps/**/dist/',
      'test/apps/**/.angular/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `_name` says "deliberately unused" (a destructured field left out, a callback's slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Elements are defined in define.ts files, on purpose apart from the classes.
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: {
      // Chai's assertions are property reads: expect(x).to.exist.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests build hostile data (a response with a rating of 7) by writing past the types.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**/*.mjs', 'test/apps/**', 'test/server/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettierConfig,
);
