/**
 * `pnpm start`: migrate, seed demo data into an empty embedded database, serve API + SPA.
 * Without DATABASE_URL a real PostgreSQL runs embedded with its data under ./.data/.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embedded-postgres.js';
import { ormConfig } from './db/orm.config.js';
import { syncCatalog } from './db/seeders/catalog.seeder.js';
import { DEMO_PASSWORD, DEMO_LOGINS, seedDemo } from './db/seeders/demo.seeder.js';
import { User } from './modules/identity/user.entity.js';
import { loadPersistedDocuments } from './graphql/http-guards.js';
import { createAppPubSub } from './graphql/pubsub.js';

const started = performance.now();
const config = readConfig();
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = config.webDist ?? fileURLToPath(new URL('../../web/dist', import.meta.url));

let embedded: EmbeddedPostgresHandle | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  const dataDir = process.env.DATA_DIR ?? `${repoRoot}.data`;
  console.log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${dataDir})…`);
  embedded = await startEmbeddedPostgres({ dataDir });
  databaseUrl = await embedded.createDatabase('repwise');
}

const orm = await MikroORM.init(ormConfig(databaseUrl));
const applied = await orm.migrator.up();
if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);

// The shipped exercise catalog, at every start: one statement when it is already up to date.
const catalogStarted = performance.now();
const catalog = await syncCatalog(orm.em.fork());
console.log(`Exercise catalog ${catalog.changed ? 'updated' : 'up to date'} (${Math.round(performance.now() - catalogStarted)} ms).`);

// Demo data goes into the embedded database when it is empty; into DATABASE_URL only when asked.
const wantDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === '1' : !config.databaseUrl;
if (wantDemo && (await orm.em.fork().count(User)) === 0) {
  const t0 = performance.now();
  const summary = await seedDemo(orm.em.fork());
  console.log(`Seeded demo data in ${Math.round(performance.now() - t0)} ms: ${summary}.`);
}

// The SPA sends only the hashes of its documents; `pnpm codegen` writes them next to its generated code.
const persistedDocumentsPath = config.persistedDocuments ?? fileURLToPath(new URL('../../web/src/gql/persisted-documents.json', import.meta.url));
const persistedDocuments = loadPersistedDocuments(persistedDocumentsPath);
if (persistedDocuments.size === 0) console.warn(`No persisted documents at ${persistedDocumentsPath}: the SPA will send whole documents.`);

const pubSub = createAppPubSub(config.redisUrl);
const app = await createApp({
  orm,
  pubSub,
  production: config.production,
  exposeQueryStats: config.exposeQueryStats,
  webDist: existsSync(webDist) ? webDist : undefined,
  endpoint: config.endpoint,
  redisUrl: config.redisUrl,
  persistedDocuments,
});
const url = await app.listen(config.port);
console.log(`
Repwise is serving on ${url}  (GraphQL: ${url}/graphql, ready in ${((performance.now() - started) / 1000).toFixed(1)} s)
${existsSync(webDist) ? '' : '  (the SPA is not built: run `pnpm build` to serve it here)\n'}${
  wantDemo ? `Demo logins (password "${DEMO_PASSWORD}"):\n${DEMO_LOGINS.map((login) => `  ${login.email.padEnd(26)} ${login.what}`).join('\n')}\n` : ''
}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down…`);
  await app.close();
  await pubSub.close();
  await orm.close();
  await embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
