// One lint config for the workspace. The boundary that matters most: server/src/engine is pure
// training maths and may not import the ORM, GraphQL, DataLoader, or the domain modules.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'web/src/gql/**', '.data/**', 'web/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@mikro-orm/*'], message: 'The engine is pure: no ORM.' },
            { group: ['type-graphql', 'graphql', 'graphql-*', 'dataloader'], message: 'The engine is pure: no GraphQL or loaders.' },
            { group: ['**/modules/**', '**/db/**', '**/graphql/**'], message: 'The engine is pure: it knows no domain module, database or API.' },
            { group: ['node:*', 'fs', 'http', 'net', 'pg', 'ioredis'], message: 'The engine does no I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Pass the current time in: the engine has no clock.' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
