import { readdir } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from './migrations/index.js';
import { ormConfig } from './orm.config.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(process.env.TEST_DATABASE_URL!));
});
afterAll(async () => {
  await orm?.close();
});

describe('migrations', () => {
  it('lists every migration file in migrations/index.ts', async () => {
    const files = (await readdir(new URL('./migrations/', import.meta.url))).filter((file) => /^Migration\d+.*\.ts$/.test(file));
    expect(migrationsList.map((migration) => `${migration.name}.ts`).sort()).toEqual(files.sort());
  });

  it('leave nothing pending: the entities and the migrated database agree', async () => {
    expect(await orm.migrator.getPending()).toEqual([]);
    // A diff between entity metadata and the real schema means a migration is missing.
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
