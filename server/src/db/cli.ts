/**
 * Migration commands, run from TypeScript sources:
 *   pnpm --filter @repwise/server migration:create [name]   diff entities → new migration file
 *   pnpm --filter @repwise/server migration:check           exit 1 if entities and migrations differ
 * Uses DATABASE_URL, or a throwaway embedded PostgreSQL when it is absent.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm.config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const [command = 'check', name] = process.argv.slice(2);
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ ephemeral: true });
const url = process.env.DATABASE_URL ?? (await embedded!.createDatabase('repwise_migrations'));
const orm = await MikroORM.init(ormConfig(url, { preferTs: true }));
let exitCode = 0;
try {
  await orm.migrator.up();
  if (command === 'create') {
    const result = await orm.migrator.create(undefined, false, false, name);
    if (!result.fileName) {
      console.log('No changes: entities match the migrations.');
    } else {
      console.log(`Created src/db/migrations/${result.fileName}; add it to src/db/migrations/index.ts.`);
      console.log(result.diff.up.join('\n'));
    }
  } else if (command === 'check') {
    const differs = await orm.migrator.checkSchema();
    console.log(differs ? 'Entities differ from the migrations: run migration:create.' : 'Migrations are up to date.');
    exitCode = differs ? 1 : 0;
  } else {
    console.error(`unknown command "${command}"`);
    exitCode = 2;
  }
} finally {
  await orm.close();
  await embedded?.stop();
}
process.exit(exitCode);
