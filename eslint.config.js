import js from '@eslint/js'
import tseslint from 'typescript-eslint'

import { pluginBoundaries } from './scripts/eslint/pluginBoundaries.js'
import { translatedMessages } from './scripts/eslint/translatedMessages.js'

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
    // Messages the server makes for the admin and visitors are said in the reader's language: say(req, t(en, pl)).
    // Tests, benchmarks, the fake outside services (simulators) and CLI scripts talk to developers only.
    files: ['src/**/*.{ts,tsx}', 'collections/**/*.{ts,tsx}', 'plugins/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test/**', 'src/platform/testing/**', '**/e2e/**', '**/bench/**', '**/simulator/**'],
    plugins: { messages: translatedMessages },
    rules: { 'messages/translated-messages': 'error' },
  },
  {
    // There a thrown Error's message reaches the admin too (Payload answers with it).
    files: ['**/endpoints/**/*.{ts,tsx}', '**/hooks/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test/**'],
    plugins: { messages: translatedMessages },
    rules: { 'messages/translated-messages': ['error', { plainErrors: true }] },
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
