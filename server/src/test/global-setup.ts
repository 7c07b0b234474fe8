/**
 * Vitest global setup: one PostgreSQL cluster for the whole run and one migrated database for
 * the API tests. Workers inherit the URLs through the environment.
 */
import 'reflect-metadata';
import { migrate, startTestCluster } from './database.js';

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
