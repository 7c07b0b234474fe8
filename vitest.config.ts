import { defineConfig } from 'vitest/config';

/**
 * One run for the whole workspace: server unit/API/subscription tests and the browser journeys,
 * sharing one real PostgreSQL started by the global setup.
 */
const graphqlAlias = { find: /^graphql$/, replacement: 'graphql/index.js' };

export default defineConfig({
  test: {
    globalSetup: ['server/src/test/global-setup.ts'],
    reporters: ['default', './server/src/test/summary-reporter.ts'],
    projects: [
      {
        // "Cannot use GraphQLSchema from another module or realm" without the alias (TOOLCHAIN.md).
        resolve: { alias: [graphqlAlias] },
        test: {
          name: 'server',
          root: 'server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: [graphqlAlias] },
        test: {
          name: 'e2e',
          root: 'web',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
