/**
 * The PostgreSQL the tests run against: the server at DATABASE_URL when it is set (a fresh
 * database is created on it per run), else an embedded one in a temp dir. Either way a real
 * server, migrated by the real migrations.
 */
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ormConfig } from '../db/orm.config.js';

export interface TestCluster {
  /** Creates an empty database on the cluster and returns its URL. */
  createDatabase(prefix: string): Promise<string>;
  dropDatabase(url: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestCluster(): Promise<TestCluster> {
  const external = process.env.DATABASE_URL;
  const embedded = external ? undefined : await startEmbeddedPostgres({ ephemeral: true });
  const adminUrl = external ?? embedded!.url('postgres');
  const withAdmin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const created: string[] = [];
  return {
    async createDatabase(prefix) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      await withAdmin(`create database "${name}"`);
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropDatabase(url) {
      const name = new URL(url).pathname.slice(1);
      await withAdmin(`drop database if exists "${name}" with (force)`);
    },
    async stop() {
      if (external) for (const name of created) await withAdmin(`drop database if exists "${name}" with (force)`);
      await embedded?.stop();
    },
  };
}

/** Applies every migration to `url`, the way `pnpm start` does. */
export async function migrate(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.migrator.up();
  } finally {
    await orm.close();
  }
}
