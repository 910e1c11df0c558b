import js from '@eslint/js'
import tseslint from 'typescript-eslint'

import { pluginBoundaries } from './scripts/eslint/pluginBoundaries.js'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'data/',
      'uploads/',
      'test-results/',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'migrations/**/*.json',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Export names explicitly (no export *).' }],
    },
  },
  {
    // Plugins reach the platform only through its public API (DESIGN.md "Plugin contract").
    files: ['plugins/**/*.{ts,tsx,js,mjs}'],
    plugins: { platform: pluginBoundaries },
    rules: { 'platform/plugin-boundaries': 'error' },
  },
  {
    // The platform's own modules import each other relatively; '@platform' is the entry for plugins only.
    files: ['src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@platform$', message: 'Inside src/platform, import the module itself (relative path).' }] }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'plugins/*/test/e2e/*.ts', 'src/platform/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
)
