import { fileURLToPath } from 'node:url';
import { type LogContext, type Logger, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/**
 * Query accounting: each request's EntityManager is forked with `loggerContext: { stats }`, and
 * every statement it runs increments `stats.sqlStatements`. Tests and the bench read the figure
 * from the response's `extensions`, so statement counts are asserted through the real API.
 * A class, not a plain object: MikroORM deep-copies plain objects in the logger context, which
 * would count into a copy.
 */
export class QueryStats {
  sqlStatements = 0;
  /** Connections the request read on (db/read-lanes.ts). */
  readLanes = 1;
}

class StatsLogger implements Logger {
  constructor(private readonly options: LoggerOptions & { printSql: boolean }) {}
  log(namespace: LoggerNamespace | string, message: string): void {
    if (namespace === 'query' && !this.options.printSql) return;
    if (namespace === 'info' || namespace === 'discovery') return;
    this.options.writer(`[orm:${namespace}] ${message}`);
  }
  error(namespace: string, message: string): void {
    this.options.writer(`[orm:${namespace}] ERROR ${message}`);
  }
  warn(namespace: string, message: string): void {
    this.options.writer(`[orm:${namespace}] WARN ${message}`);
  }
  logQuery(context: LogContext): void {
    if (context.stats instanceof QueryStats) context.stats.sqlStatements += 1;
    if (this.options.printSql) this.options.writer(`[sql] ${context.query} (${context.took ?? '?'} ms)`);
  }
  setDebugMode(): void {}
  isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  const printSql = process.env.LOG_SQL === '1';
  return defineConfig({
    clientUrl,
    entities,
    baseDir: serverRoot,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    debug: ['query'],
    loggerFactory: (options) => new StatsLogger({ ...options, printSql }),
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'dist/db/migrations',
      pathTs: 'src/db/migrations',
      migrationsList,
      snapshotName: 'schema-snapshot',
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    // The row-level security functions (app_visible_subjects, app_user_id) are written by hand in
    // Migration20261123174800_rls_roles; the schema diff must not drop them.
    schemaGenerator: { ignoreRoutines: true },
    // Requests fork explicitly; the global EntityManager must never accumulate state.
    allowGlobalContext: false,
    ...overrides,
  });
}
