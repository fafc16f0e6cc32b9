// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** SDKs and infrastructure the core must never import (docs/conventions.md §1). */
const forbiddenInCore = [
  'discord.js',
  '@slack/*',
  'openai',
  'openai/*',
  'bullmq',
  'ioredis',
  'undici',
  'linkedom',
  '@mozilla/readability',
  'pino',
  'commander',
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use `as const` maps and unions, not enums.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbiddenInCore, message: 'The core imports only zod, node:* and core/.' },
            {
              group: ['**/adapters/**', '**/cli/**', '**/config/**', '**/roles/**'],
              message: 'The core does not depend on outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Adapters sit under the roles that compose them: they see the service through
    // ChatAdapterHost and similar interfaces, never through roles/ or cli/.
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/roles/**', '**/cli/**'],
              message: 'Adapters do not depend on roles or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only src/config reads process.env.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
