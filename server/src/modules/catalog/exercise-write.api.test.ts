/**
 * Coaches' own exercises through the API: create, update and archive, who may, every input rule
 * and every catalog constraint answered with its code and field, with nothing stored on failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { syncCatalog } from '../../db/seeders/catalog.seeder.js';
import { createTestAthlete, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import {
  ARCHIVE,
  BY_SLUG,
  CREATE,
  type ExerciseData,
  LIST,
  type ListData,
  NODE,
  type TestCoach,
  UPDATE,
  coachWithToken,
  createExercise,
  errorOf,
  minimalInput,
  publicName,
  unique,
} from './catalog.test-helpers.js';

let server: TestServer;
let coach: TestCoach;
beforeAll(async () => {
  server = await startTestServer();
  await syncCatalog(server.orm.em.fork()); // as main.ts does at every start
  coach = await coachWithToken(server);
});
afterAll(async () => {
  await server?.close();
});

const em = () => server.orm.em.fork();
const systemId = async (slug: string) => (await server.gql<{ exercise: { id: string } }>(BY_SLUG, { slug })).data!.exercise.id;
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

/** What a coach has stored: their exercises with every list, as one comparable value. */
async function storedFor(userId: number) {
  const q = <T>(sql: string) => rawQuery<T>(em(), sql, [userId]);
  return {
    exercises: await q<{ id: number; name: string; is_active: boolean }>('select id, name, is_active from exercises where created_by_id = ? order by id'),
    aliases: await q('select a.alias from exercise_aliases a join exercises e on e.id = a.exercise_id where e.created_by_id = ? order by a.id'),
    tags: await q('select et.tag_id from exercise_tags et join exercises e on e.id = et.exercise_id where e.created_by_id = ? order by 1'),
    muscles: await q('select m.muscle from exercise_secondary_muscles m join exercises e on e.id = m.exercise_id where e.created_by_id = ? order by 1'),
    equipment: await q('select x.equipment_id from exercise_equipment x join exercises e on e.id = x.exercise_id where e.created_by_id = ? order by 1'),
    relationships: await q('select r.target_id, r.relationship_type from exercise_relationships r join exercises e on e.id = r.source_id where e.created_by_id = ? order by 1, 2'),
    audit: await q("select action from audit_logs where user_id = ? and entity_type = 'exercise' order by id"),
  };
}
const tagCount = async () => (await rawQuery<{ n: number }>(em(), 'select count(*)::int as n from tags'))[0]!.n;

describe('createExercise', () => {
  it('creates a private exercise with its aliases, muscles, tags, equipment and links in one call, audited', async () => {
    const name = `Zz Larsen Press ${unique()}`;
    const rdl = await systemId('barbell-bench-press');
    const created = await createExercise(server, coach.token, {
      name: `  ${name}  `,
      primaryMuscle: 'CHEST',
      secondaryMuscles: ['TRICEPS', 'SHOULDERS'],
      movement: 'HORIZONTAL_PUSH',
      mechanics: 'COMPOUND',
      force: 'PUSH',
      equipment: 'BARBELL',
      equipmentCodes: ['BARBELL', 'FLAT_BENCH', 'WEIGHT_PLATES'],
      difficulty: 'ADVANCED',
      cnsLoad: 'HIGH',
      substitutionGroup: 'horizontal_press',
      aliases: ['Feet-Up Bench', 'Larsen'],
      tags: [' Powerlifting', 'Bench Variants'],
      relationships: [{ type: 'VARIATION', exerciseId: rdl, notes: 'Legs out: no leg drive.' }],
      cues: 'Feet off the floor, glutes on the bench.',
      videoUrl: 'https://example.com/larsen',
    });
    expect(created).toMatchObject({
      name,
      slug: name.toLowerCase().replaceAll(' ', '-'),
      primaryMuscle: 'CHEST',
      difficulty: 'ADVANCED',
      metricType: 'REPS',
      cnsLoad: 'HIGH',
      unilateral: false,
      isPublic: false,
      isActive: true,
      isSystem: false,
      viewerCanEdit: true,
      substitutionGroup: 'horizontal_press',
      cues: 'Feet off the floor, glutes on the bench.',
      grip: null,
      aliases: ['Feet-Up Bench', 'Larsen'],
      tags: ['bench variants', 'powerlifting'],
      secondaryMuscles: ['SHOULDERS', 'TRICEPS'],
      relationships: [{ type: 'VARIATION', notes: 'Legs out: no leg drive.', exercise: { id: rdl, slug: 'barbell-bench-press', name: 'Barbell Bench Press' } }],
    });
    expect(created.equipmentItems.map((item) => item.code)).toEqual(['BARBELL', 'FLAT_BENCH', 'WEIGHT_PLATES']);
    expect(created.createdBy?.id).toBe(Buffer.from(`User:${coach.user.id}`).toString('base64url'));
    // "Powerlifting" is the catalog's tag, not a second one.
    expect((await rawQuery<{ name: string }>(em(), "select name from tags where lower(name) = 'powerlifting'")).map((row) => row.name)).toEqual(['powerlifting']);
    const [audit] = await rawQuery<{ action: string; entity_id: number; metadata: { name: string } }>(
      em(),
      "select action, entity_id, metadata from audit_logs where user_id = ? and action = 'create_exercise' and entity_id = ?",
      [coach.user.id, dbId(created.id)],
    );
    expect(audit).toMatchObject({ action: 'create_exercise', metadata: { name } });
    // Found by its alias.
    const found = await server.gql<ListData>(LIST, { first: 10, filter: { search: 'larsen', onlyMine: true } }, coach.token);
    expect(found.data!.exercises.edges.map((edge) => edge.node.id)).toEqual([created.id]);
  });

  it('takes a free slug: a coach may shadow a catalog name, and two coaches may share one', async () => {
    const own = await createExercise(server, coach.token, minimalInput('Barbell Back Squat'));
    expect(own.slug).toMatch(/^barbell-back-squat-\d+$/);
    expect(own.isSystem).toBe(false);
    const name = `Zz Tempo Squat ${unique()}`;
    const other = await coachWithToken(server);
    const first = await createExercise(server, coach.token, minimalInput(name));
    const second = await createExercise(server, other.token, minimalInput(name));
    expect(first.slug).toBe(name.toLowerCase().replaceAll(' ', '-'));
    expect(second.slug).toBe(`${first.slug}-2`);
    // A name without Latin letters still gets a slug.
    const cyrillic = await createExercise(server, coach.token, minimalInput(`Приседания ${unique().replace(/[0-9]/g, '')}`));
    expect(cyrillic.slug.length).toBeGreaterThan(0);
    expect(cyrillic.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('is for coaches: an athlete gets FORBIDDEN, an anonymous caller UNAUTHENTICATED, and nothing is stored', async () => {
    const athlete = await createTestAthlete(server.orm);
    const name = `Athlete Squat ${unique()}`;
    expect(errorOf(await server.gql(CREATE, { input: minimalInput(name) }, await logInAs(server, athlete.email)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.gql(CREATE, { input: minimalInput(name) }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await rawQuery(em(), 'select id from exercises where name = ?', [name])).toEqual([]);
  });

  it('answers a retried create with CONFLICT on name (uq_exercises_creator_name, ignoring case) and stores it once', async () => {
    const mine = await coachWithToken(server);
    const name = `Zz Spoto Press ${unique()}`;
    await createExercise(server, mine.token, minimalInput(name, { aliases: ['Spoto'] }));
    const before = await storedFor(mine.user.id);
    for (const retry of [name, `  ${name.toUpperCase()} `]) {
      const again = await server.gql(CREATE, { input: minimalInput(retry, { aliases: ['Spoto'] }) }, mine.token);
      expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect(errorOf(again).message).toContain(name);
    }
    expect(await storedFor(mine.user.id)).toEqual(before);
    expect(before.exercises).toHaveLength(1);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['ck_exercises_name_not_empty: a name of one character', { name: '  a  ' }, 'name'],
    ['ck_exercises_name_not_empty: a blank name', { name: '      ' }, 'name'],
    ['ck_exercises_slug_not_empty: a name without a letter or digit', { name: '+++' }, 'name'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
    ['uq_exercise_alias: an alias twice (ignoring case)', { aliases: ['Spoto', 'SPOTO'] }, 'aliases'],
    ['ck_exercise_aliases_not_empty: a blank alias', { aliases: ['Ok', '   '] }, 'aliases'],
    ['an alias over 120 characters', { aliases: ['y'.repeat(121)] }, 'aliases'],
    ['uq_exercise_tag: a tag twice (ignoring case)', { tags: ['Strength', 'strength '] }, 'tags'],
    ['ck_tags_name_not_empty: a blank tag', { tags: [' '] }, 'tags'],
    ['a tag over 50 characters', { tags: ['t'.repeat(51)] }, 'tags'],
    ['uq_exercise_muscle: a secondary muscle twice', { secondaryMuscles: ['GLUTES', 'GLUTES'] }, 'secondaryMuscles'],
    ['the primary muscle among the secondary ones', { secondaryMuscles: ['GLUTES', 'QUADS'] }, 'secondaryMuscles'],
    ['ck_equipment_code_format: a malformed equipment code', { equipmentCodes: ['flat bench'] }, 'equipmentCodes'],
    ['exercise_equipment_pkey: an equipment code twice', { equipmentCodes: ['BARBELL', 'BARBELL'] }, 'equipmentCodes'],
    ['an unknown equipment code, named by position', { equipmentCodes: ['BARBELL', 'HOVERBOARD'] }, 'equipmentCodes.1'],
    ['a substitution group not in snake_case', { substitutionGroup: 'Squat Group' }, 'substitutionGroup'],
    ['a video URL that is not http(s)', { videoUrl: 'javascript:alert(1)' }, 'videoUrl'],
    ['a relationship to an id that is no exercise', { relationships: [{ type: 'VARIATION', exerciseId: 'bm9wZQ' }] }, 'relationships.0.exerciseId'],
    ['relationship notes over 500 characters (nested path)', { relationships: [{ type: 'VARIATION', exerciseId: 'X', notes: 'n'.repeat(501) }] }, 'relationships.0.notes'],
  ];
  for (const [what, fields, field] of invalid) {
    it(`rejects ${what} with BAD_USER_INPUT on ${field}, storing nothing`, async () => {
      const mine = await coachWithToken(server);
      const tagsBefore = await tagCount();
      const result = await server.gql(CREATE, { input: { ...minimalInput(`Zz Invalid ${unique()}`), ...fields } }, mine.token);
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errorOf(result).message).toContain(field.split('.').filter((part) => !/^\d+$/.test(part)).at(-1));
      const stored = await storedFor(mine.user.id);
      expect(stored.exercises).toEqual([]);
      expect(stored.audit).toEqual([]);
      expect(await tagCount()).toBe(tagsBefore);
    });
  }

  it('rejects uq_exercise_relationship (the same link twice) and a link to an exercise the coach cannot see, storing nothing', async () => {
    const mine = await coachWithToken(server);
    const other = await coachWithToken(server);
    const secret = await createExercise(server, other.token, minimalInput(`Secret ${unique()}`));
    const squat = await systemId('barbell-back-squat');
    const twice = await server.gql(
      CREATE,
      { input: minimalInput(`Zz Linked ${unique()}`, { relationships: [{ type: 'VARIATION', exerciseId: squat }, { type: 'VARIATION', exerciseId: squat }] }) },
      mine.token,
    );
    expect(errorOf(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relationships' });
    const hidden = await server.gql(
      CREATE,
      { input: minimalInput(`Zz Linked ${unique()}`, { relationships: [{ type: 'VARIATION', exerciseId: squat }, { type: 'PREP', exerciseId: secret.id }] }) },
      mine.token,
    );
    expect(errorOf(hidden)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relationships.1.exerciseId' });
    expect((await storedFor(mine.user.id)).exercises).toEqual([]);
  });

  it('rejects values outside the enums (exercises_*_check) as BAD_USER_INPUT, storing nothing', async () => {
    const mine = await coachWithToken(server);
    for (const fields of [{ primaryMuscle: 'NECK' }, { movement: 'TWERK' }, { metricType: 'CALORIES' }, { cnsLoad: 'EXTREME' }, { difficulty: 'GODLIKE' }]) {
      const result = await server.gql(CREATE, { input: { ...minimalInput(`Zz Enum ${unique()}`), ...fields } }, mine.token);
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    }
    expect((await storedFor(mine.user.id)).exercises).toEqual([]);
  });
});

describe('updateExercise', () => {
  async function fresh(extra: Record<string, unknown> = {}): Promise<ExerciseData> {
    return createExercise(server, coach.token, {
      ...minimalInput(`Zz Update Me ${unique()}`),
      secondaryMuscles: ['GLUTES', 'HAMSTRINGS'],
      aliases: ['First alias'],
      tags: ['first-tag'],
      equipmentCodes: ['BARBELL'],
      grip: 'pronated',
      ...extra,
    });
  }

  it('changes only the fields given; lists given replace the stored ones; the slug stays; audited', async () => {
    const exercise = await fresh();
    const name = `Zz Renamed ${unique()}`;
    const press = await systemId('overhead-press');
    const result = await server.gql<{ updateExercise: { exercise: ExerciseData } }>(
      UPDATE,
      {
        input: {
          id: exercise.id,
          name,
          aliases: ['Second alias', 'Third'],
          tags: [],
          equipmentCodes: ['BARBELL', 'SQUAT_RACK'],
          relationships: [{ type: 'ANTAGONIST', exerciseId: press }],
          grip: null,
          metricType: 'TIME_UNDER_TENSION',
          isPublic: true,
        },
      },
      coach.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateExercise.exercise).toMatchObject({
      id: exercise.id,
      name,
      slug: exercise.slug,
      primaryMuscle: 'QUADS',
      secondaryMuscles: ['GLUTES', 'HAMSTRINGS'],
      aliases: ['Second alias', 'Third'],
      tags: [],
      grip: null,
      metricType: 'TIME_UNDER_TENSION',
      isPublic: true,
      relationships: [{ type: 'ANTAGONIST', notes: null, exercise: { id: press, slug: 'overhead-press', name: 'Overhead Press' } }],
    });
    expect(result.data!.updateExercise.exercise.equipmentItems.map((item) => item.code)).toEqual(['BARBELL', 'SQUAT_RACK']);
    const [audit] = await rawQuery<{ metadata: { changed: string[] } }>(
      em(),
      "select metadata from audit_logs where action = 'update_exercise' and entity_id = ?",
      [dbId(exercise.id)],
    );
    expect(audit!.metadata.changed.sort()).toEqual(['aliases', 'equipmentCodes', 'grip', 'isPublic', 'metricType', 'name', 'relationships', 'tags']);
  });

  it('drops a new primary muscle from the secondary ones, and rejects secondary muscles that include it', async () => {
    const exercise = await fresh();
    const moved = await server.gql<{ updateExercise: { exercise: ExerciseData } }>(UPDATE, { input: { id: exercise.id, primaryMuscle: 'GLUTES' } }, coach.token);
    expect(moved.data!.updateExercise.exercise).toMatchObject({ primaryMuscle: 'GLUTES', secondaryMuscles: ['HAMSTRINGS'] });
    const clash = await server.gql(UPDATE, { input: { id: exercise.id, secondaryMuscles: ['GLUTES'] } }, coach.token);
    expect(errorOf(clash)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secondaryMuscles' });
  });

  it('rejects a rename onto another exercise of the coach (CONFLICT on name), a self-link (ck_exercise_relationships_not_self) and clearing a required field, changing nothing', async () => {
    const taken = await fresh();
    const exercise = await fresh();
    const before = await storedFor(coach.user.id);
    expect(errorOf(await server.gql(UPDATE, { input: { id: exercise.id, name: taken.name.toLowerCase(), aliases: ['Changed'] } }, coach.token))).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
    expect(
      errorOf(await server.gql(UPDATE, { input: { id: exercise.id, aliases: ['Changed'], relationships: [{ type: 'VARIATION', exerciseId: exercise.id }] } }, coach.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relationships.0.exerciseId' });
    expect(errorOf(await server.gql(UPDATE, { input: { id: exercise.id, movement: null } }, coach.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'movement' });
    expect(errorOf(await server.gql(UPDATE, { input: { id: exercise.id, name: null } }, coach.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await server.gql(UPDATE, { input: { id: exercise.id, equipmentCodes: ['NOPE'] } }, coach.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'equipmentCodes.0',
    });
    expect(await storedFor(coach.user.id)).toEqual(before);
    // Renaming to its own name in another case is not a clash.
    const recased = await server.gql(UPDATE, { input: { id: exercise.id, name: exercise.name.toUpperCase() } }, coach.token);
    expect(recased.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for an id of another type', async () => {
    const unknownId = Buffer.from('Exercise:2147483000').toString('base64url');
    expect(errorOf(await server.gql(UPDATE, { input: { id: unknownId, name: 'Nothing' } }, coach.token))).toMatchObject({ code: 'NOT_FOUND' });
    const wrongType = Buffer.from('Routine:1').toString('base64url');
    expect(errorOf(await server.gql(UPDATE, { input: { id: wrongType, name: 'Nothing' } }, coach.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('archiveExercise', () => {
  it('sets isActive false once (a second archive is a no-op), keeps it reachable by id, and out of default lists', async () => {
    const exercise = await createExercise(server, coach.token, minimalInput(publicName('Archive Me'), { isPublic: true }));
    const first = await server.gql<{ archiveExercise: { exercise: { id: string; isActive: boolean } } }>(ARCHIVE, { input: { id: exercise.id } }, coach.token);
    expect(first.data!.archiveExercise.exercise).toEqual({ id: exercise.id, isActive: false });
    const second = await server.gql<{ archiveExercise: { exercise: { isActive: boolean } } }>(ARCHIVE, { input: { id: exercise.id } }, coach.token);
    expect(second.data!.archiveExercise.exercise.isActive).toBe(false);
    const audits = await rawQuery(em(), "select id from audit_logs where action = 'archive_exercise' and entity_id = ?", [dbId(exercise.id)]);
    expect(audits).toHaveLength(1);

    const other = await coachWithToken(server);
    const listed = await server.gql<ListData>(LIST, { first: 10, filter: { search: exercise.name } }, other.token);
    expect(listed.data!.exercises.totalCount).toBe(0);
    const withArchived = await server.gql<ListData>(LIST, { first: 10, filter: { search: exercise.name, includeArchived: true } }, other.token);
    expect(withArchived.data!.exercises.edges.map((edge) => edge.node.id)).toEqual([exercise.id]);
    const node = await server.gql<{ node: { isActive: boolean; name: string } }>(NODE, { id: exercise.id }, other.token);
    expect(node.data!.node).toMatchObject({ isActive: false, name: exercise.name });
    // Still the coach's, so the name stays taken.
    expect(errorOf(await server.gql(CREATE, { input: minimalInput(exercise.name) }, coach.token))).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });
});
