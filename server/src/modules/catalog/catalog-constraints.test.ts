/** Every named constraint of the catalog tables has a message, so a violation that escapes a service still answers with a code and field. */
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../db/orm.config.js';
import { rawQuery } from '../../db/raw-query.js';
import { catalogConstraints } from './catalog.constraints.js';

const TABLES = ['exercises', 'exercise_aliases', 'tags', 'exercise_tags', 'exercise_secondary_muscles', 'equipment', 'exercise_equipment', 'subject_equipment', 'exercise_relationships', 'subject_movement_rules'];

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(process.env.TEST_DATABASE_URL!, { pool: { min: 0, max: 1 } }));
});
afterAll(async () => {
  await orm?.close();
});

describe('catalog.constraints', () => {
  it('covers every constraint and unique index of the catalog tables (surrogate primary keys aside)', async () => {
    const rows = await rawQuery<{ name: string }>(
      orm.em.fork(),
      `select c.conname as name from pg_constraint c join pg_class t on t.oid = c.conrelid
        where t.relname in (?) and c.contype <> 'n' and not (c.contype = 'p' and exists (
          select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'id' and a.attnum = any(c.conkey)))
       union
       select i.indexname from pg_indexes i where i.tablename in (?) and i.indexdef ilike 'create unique index%'
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [TABLES, TABLES],
    );
    const names = rows.map((row) => row.name).sort();
    expect(names).toEqual(expect.arrayContaining(['uq_exercises_creator_name', 'uq_exercises_system_name', 'ck_equipment_code_format', 'exercises_cns_load_check', 'ck_smr_one_target']));
    expect(names.filter((name) => !(name in catalogConstraints))).toEqual([]);
    for (const message of Object.values(catalogConstraints)) {
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(message.code);
      expect(message.message.length).toBeGreaterThan(10);
    }
  });
});
