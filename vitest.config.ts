import { defineConfig } from 'vitest/config';

/**
 * One run for the whole workspace: server unit/API/subscription tests, the SPA's component tests
 * (happy-dom) and the browser journeys, sharing one real PostgreSQL started by the global setup.
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
        // Component tests render into happy-dom; the network is a scripted fetch behind a real
        // urql client, so what a component sends is asserted on the request it would send.
        resolve: { alias: [graphqlAlias] },
        test: {
          name: 'web',
          root: 'web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 15_000,
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
