// Lint rules, including the layering of DESIGN.md ("Rules of the house") as import restrictions,
// so a module in the wrong layer fails `npm test` instead of waiting for a reviewer.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Imports that pure logic must never make: UI layers and UI frameworks. */
const UI_LAYERS = [
  {
    group: ['**/components/**', '**/islands/**', '**/pages/**', '**/layouts/**', '**/scripts/**'],
    message: 'src/lib and src/schemas hold pure logic: they never import a UI layer (DESIGN.md).',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'src/lib and src/schemas never import React: islands render, src/lib computes.',
  },
];

/** Imports that code running in the browser must never make. */
const NODE_ONLY = [
  {
    group: ['node:*', 'fs', 'path', 'child_process', 'os', 'url', 'crypto'],
    message: 'This code runs in the browser: Node built-ins are not available there.',
  },
];

const CODE = '**/*.{ts,tsx,mts,cts}';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.astro/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'reports/**',
      '.stryker-tmp/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  {
    files: [CODE],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A switch over a union names every member or says what its default is for; the store's
      // reducer has no default at all, so a new action without a case fails the type check.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.strict.rules },
  },
  {
    // Lists styled without bullets keep role="list": Safari drops their list semantics otherwise.
    files: ['**/*.astro', '**/*.tsx'],
    rules: {
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      'jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1): it takes tabindex="0".
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
    },
  },
  {
    files: ['scripts/**', '*.config.{js,mjs,ts}', 'src/integrations/**', 'tests/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Bench scripts and browser tests also run functions inside the page (page.evaluate).
    files: ['src/**', 'tests/e2e/**', 'scripts/bench*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/lib/**', 'src/schemas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: UI_LAYERS }] },
  },
  {
    // The engine and the schemas also run in the browser; so do islands and browser scripts.
    files: ['src/lib/assessment/**', 'src/lib/training/**', 'src/schemas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...UI_LAYERS, ...NODE_ONLY] }] },
  },
  {
    files: ['src/islands/**', 'src/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NODE_ONLY,
            {
              group: ['**/components/**', '**/pages/**', '**/layouts/**', 'astro:*'],
              message:
                'Browser code imports logic from src/lib, never from Astro pages or components.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read parsed JSON and matchers typed `any` on purpose; checking them adds only casts.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
