/**
 * The startup catalog sync against a database of its own (fresh, migrated by the real
 * migrations): the first run loads everything, a second run is one statement, and drift is
 * repaired in place.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig, QueryStats } from '../../db/orm.config.js';
import { rawQuery } from '../../db/raw-query.js';
import { CATALOG, CATALOG_EQUIPMENT, CATALOG_RELATIONSHIPS } from '../../db/seeders/catalog.data.js';
import { syncCatalog } from '../../db/seeders/catalog.seeder.js';
import { ensureCatalog } from '../../db/seeders/generator.js';
import { migrate } from '../../test/database.js';
import { Role, User } from '../identity/user.entity.js';

let orm: MikroORM;
let databaseUrl: string;

async function withAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const name = `repwise_test_catalog_${randomBytes(4).toString('hex')}`;
  await withAdmin(`create database "${name}"`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  await migrate(databaseUrl);
  orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 6 } }));
});
afterAll(async () => {
  await orm?.close();
  if (databaseUrl) await withAdmin(`drop database if exists "${new URL(databaseUrl).pathname.slice(1)}" with (force)`);
});

/** A fork whose statements are counted, like a request's. */
function countedFork(): { em: EntityManager; stats: QueryStats } {
  const stats = new QueryStats();
  return { em: orm.em.fork({ loggerContext: { stats } }) as EntityManager, stats };
}

/** Every row the sync manages, as comparable text (ids included: a re-run must update in place, never recreate). */
async function snapshot() {
  const em = orm.em.fork() as EntityManager;
  const q = (sql: string) => rawQuery<Record<string, unknown>>(em, sql);
  return {
    exercises: await q(
      `select id, name, slug, primary_muscle, movement, mechanics, force, unilateral, equipment, difficulty, metric_type, cns_load,
              substitution_group, is_active, is_public, created_by_id from exercises order by id`,
    ),
    aliases: await q('select id, exercise_id, alias from exercise_aliases order by id'),
    muscles: await q('select exercise_id, muscle from exercise_secondary_muscles order by exercise_id, muscle'),
    tags: await q('select id, name from tags order by id'),
    exerciseTags: await q('select exercise_id, tag_id from exercise_tags order by exercise_id, tag_id'),
    equipment: await q('select id, code, name, description from equipment order by id'),
    exerciseEquipment: await q('select exercise_id, equipment_id from exercise_equipment order by exercise_id, equipment_id'),
    relationships: await q('select id, source_id, target_id, relationship_type, notes from exercise_relationships order by id'),
  };
}

describe('syncCatalog', () => {
  it('loads the whole catalog into an empty database, then a second run is one statement and changes nothing', async () => {
    const first = countedFork();
    const started = performance.now();
    expect((await syncCatalog(first.em)).changed).toBe(true);
    const firstMs = performance.now() - started;
    const loaded = await snapshot();

    expect(loaded.exercises).toHaveLength(CATALOG.length);
    expect(loaded.equipment).toHaveLength(CATALOG_EQUIPMENT.length);
    expect(loaded.aliases).toHaveLength(CATALOG.reduce((sum, entry) => sum + entry.aliases.length, 0));
    expect(loaded.muscles).toHaveLength(CATALOG.reduce((sum, entry) => sum + entry.secondaryMuscles.length, 0));
    expect(loaded.exerciseTags).toHaveLength(CATALOG.reduce((sum, entry) => sum + entry.tags.length, 0));
    expect(loaded.exerciseEquipment).toHaveLength(CATALOG.reduce((sum, entry) => sum + entry.equipmentItems.length, 0));
    expect(loaded.relationships).toHaveLength(CATALOG_RELATIONSHIPS.length);
    // Set-based, so the count does not grow with the catalog: check, lock, re-check, 9 writes, final check.
    expect(first.stats.sqlStatements).toBe(13);

    const second = countedFork();
    expect((await syncCatalog(second.em)).changed).toBe(false);
    expect(second.stats.sqlStatements).toBe(1);
    expect(await snapshot()).toEqual(loaded);

    const upToDateMs: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const t0 = performance.now();
      await syncCatalog(orm.em.fork() as EntityManager);
      upToDateMs.push(performance.now() - t0);
    }
    upToDateMs.sort((a, b) => a - b);
    console.log(
      `catalog sync: first run ${first.stats.sqlStatements} statements in ${firstMs.toFixed(1)} ms; ` +
        `up to date: 1 statement, median ${upToDateMs[4]!.toFixed(1)} ms (min ${upToDateMs[0]!.toFixed(1)}, max ${upToDateMs[8]!.toFixed(1)})`,
    );
  });

  it('ensureCatalog costs two statements once the catalog is there, and returns every catalog exercise by slug', async () => {
    const { em, stats } = countedFork();
    const bySlug = await ensureCatalog(em);
    expect(stats.sqlStatements).toBe(2);
    expect([...bySlug.keys()].sort()).toEqual(CATALOG.map((entry) => entry.slug).sort());
    expect(bySlug.get('romanian-deadlift')?.name).toBe('Romanian Deadlift');
  });

  it('repairs drift in place: edited fields, lost and stray aliases, tags, muscles, equipment and relationships', async () => {
    await syncCatalog(orm.em.fork() as EntityManager);
    const before = await snapshot();
    const em = orm.em.fork() as EntityManager;
    const [rdl] = await rawQuery<{ id: number }>(em, "select id from exercises where slug = 'romanian-deadlift'");
    await rawQuery(em, "update exercises set name = 'Romanian Dead Lift', cns_load = 'LOW', is_active = false where id = ?", [rdl!.id]);
    await rawQuery(em, "delete from exercise_aliases where exercise_id = ? and alias = 'RDL'", [rdl!.id]);
    await rawQuery(em, "insert into exercise_aliases (exercise_id, alias) values (?, 'Stray alias')", [rdl!.id]);
    await rawQuery(em, 'delete from exercise_secondary_muscles where exercise_id = ?', [rdl!.id]);
    await rawQuery(em, "insert into exercise_secondary_muscles (exercise_id, muscle) values (?, 'CALVES')", [rdl!.id]);
    await rawQuery(em, 'delete from exercise_tags where exercise_id in (select id from exercises where slug = ?)', ['barbell-back-squat']);
    await rawQuery(em, 'delete from exercise_equipment where exercise_id in (select id from exercises where slug = ?)', ['barbell-bench-press']);
    await rawQuery(em, "update equipment set name = 'Bar' where code = 'BARBELL'");
    await rawQuery(em, "update exercise_relationships set notes = 'edited' where source_id = ?", [rdl!.id]);
    await rawQuery(em, "delete from exercise_relationships where relationship_type = 'ANTAGONIST'");

    expect((await syncCatalog(orm.em.fork() as EntityManager)).changed).toBe(true);
    const after = await snapshot();
    // Everything back, aliases and relationships re-inserted with new ids; the rest identical, ids included.
    const strip = (rows: unknown[]) => (rows as { id?: number }[]).map(({ id: _id, ...row }) => row);
    expect(after.exercises).toEqual(before.exercises);
    expect(after.equipment).toEqual(before.equipment);
    expect(after.muscles).toEqual(before.muscles);
    expect(after.exerciseTags).toEqual(before.exerciseTags);
    expect(after.exerciseEquipment).toEqual(before.exerciseEquipment);
    const sortRows = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();
    expect(sortRows(strip(after.aliases))).toEqual(sortRows(strip(before.aliases)));
    expect(sortRows(strip(after.relationships))).toEqual(sortRows(strip(before.relationships)));
  });

  it("moves a coach's exercise off a slug the catalog claims, and leaves coaches' exercises otherwise alone", async () => {
    const em = orm.em.fork() as EntityManager;
    const coach = em.create(User, { email: `coach-${randomBytes(4).toString('hex')}@test.repwise.dev`, username: `c_${randomBytes(4).toString('hex')}`, passwordHash: 'x', role: Role.COACH });
    await em.flush();
    // As if the coach had created "Zercher Squat" before the catalog shipped it.
    await rawQuery(em, "update exercises set slug = 'zercher-squat-old' where slug = 'zercher-squat'");
    const [own] = await rawQuery<{ id: number }>(em,
      `insert into exercises (name, slug, primary_muscle, movement, mechanics, force, equipment, created_by_id, is_public)
       values ('Zercher Squat', 'zercher-squat', 'QUADS', 'SQUAT', 'COMPOUND', 'PUSH', 'BARBELL', ?, false) returning id`,
      [coach.id],
    );
    await rawQuery(em, "insert into exercise_aliases (exercise_id, alias) values (?, 'My Zercher')", [own!.id]);
    // The catalog row lost its slug (a catalog release that adds it): the sync must create it and keep the coach's.
    await rawQuery(em, "update exercises set slug = 'zercher-squat-retired', name = 'Zercher Squat (retired)' where slug = 'zercher-squat-old'");

    expect((await syncCatalog(orm.em.fork() as EntityManager)).changed).toBe(true);
    const rows = await rawQuery<{ id: number; slug: string; created_by_id: number | null; is_public: boolean }>(em,
      "select id, slug, created_by_id, is_public from exercises where name in ('Zercher Squat') order by id");
    expect(rows).toHaveLength(2);
    const coachRow = rows.find((row) => row.created_by_id === coach.id)!;
    expect(coachRow).toMatchObject({ id: own!.id, slug: `zercher-squat-${own!.id}`, is_public: false });
    expect(rows.find((row) => row.created_by_id === null)!.slug).toBe('zercher-squat');
    const aliases = await rawQuery<{ alias: string }>(em, 'select alias from exercise_aliases where exercise_id = ?', [own!.id]);
    expect(aliases.map((row) => row.alias)).toEqual(['My Zercher']);
  });

  it('applies once when several processes start together', async () => {
    const em = orm.em.fork() as EntityManager;
    await rawQuery(em, "update exercises set name = 'Leg Press Machine' where slug = 'leg-press'");
    const results = await Promise.all([1, 2, 3, 4].map(() => syncCatalog(orm.em.fork() as EntityManager)));
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    const [row] = await rawQuery<{ name: string }>(em, "select name from exercises where slug = 'leg-press'");
    expect(row!.name).toBe('Leg Press');
  });
});
