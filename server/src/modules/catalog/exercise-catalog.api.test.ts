/**
 * Reading the catalog through the API: search by name and alias, filters, a page-by-page walk,
 * who sees which exercise, the equipment list and an athlete's equipment, and statement counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { CATALOG, CATALOG_EQUIPMENT } from '../../db/seeders/catalog.data.js';
import { syncCatalog } from '../../db/seeders/catalog.seeder.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import {
  ARCHIVE,
  BY_SLUG,
  LIST,
  type ListData,
  NODE,
  UPDATE,
  coachWithToken,
  createExercise,
  errorOf,
  minimalInput,
  publicName,
  unique,
} from './catalog.test-helpers.js';

let server: TestServer;
let athleteToken: string;
beforeAll(async () => {
  server = await startTestServer();
  await syncCatalog(server.orm.em.fork()); // as main.ts does at every start
  athleteToken = await logInAs(server, (await createTestAthlete(server.orm)).email);
});
afterAll(async () => {
  await server?.close();
});

const list = (variables: Record<string, unknown>, token = athleteToken) => server.gql<ListData>(LIST, { first: 100, ...variables }, token);
const nodes = (result: { data: ListData | null }) => result.data!.exercises.edges.map((edge) => edge.node);
const slugsOf = (result: { data: ListData | null }) => nodes(result).map((node) => node.slug);

describe('exercises: search', () => {
  it('finds Romanian Deadlift by its alias "RDL", in any case, and by part of its name', async () => {
    for (const search of ['RDL', 'rdl', ' Rdl ']) {
      const result = await list({ filter: { search } });
      expect(result.errors).toBeUndefined();
      expect(slugsOf(result)).toContain('romanian-deadlift');
      // Every hit matches by name or by alias (e.g. "DB RDL", "SL RDL").
      for (const node of nodes(result)) {
        expect([node.name, ...node.aliases].some((text) => text.toLowerCase().includes('rdl')), node.name).toBe(true);
      }
    }
    const byName = await list({ filter: { search: 'romanian dead' } });
    expect(slugsOf(byName)).toEqual(expect.arrayContaining(['romanian-deadlift', 'dumbbell-romanian-deadlift', 'single-leg-romanian-deadlift']));
    expect(slugsOf(await list({ filter: { search: 'OHP' } }))).toEqual(['overhead-press']);
    expect(slugsOf(await list({ filter: { search: 'Bench' } }))).toEqual(
      expect.arrayContaining(['barbell-bench-press', 'dumbbell-bench-press', 'close-grip-bench-press', 'bench-dip']),
    );
  });

  it('treats LIKE wildcards in the search as plain characters', async () => {
    const result = await list({ filter: { search: '%_' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.exercises.totalCount).toBe(0);
    expect(result.data!.exercises.edges).toEqual([]);
    expect(result.data!.exercises.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('rejects an over-long search naming the field', async () => {
    expect(errorOf(await list({ filter: { search: 'x'.repeat(101) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('exercises: filters', () => {
  it('by primary muscle and movement pattern together', async () => {
    const result = await list({ filter: { primaryMuscle: 'HAMSTRINGS', movement: 'HINGE' } });
    expect(nodes(result).length).toBeGreaterThanOrEqual(5);
    expect(nodes(result).every((node) => node.primaryMuscle === 'HAMSTRINGS' && node.movement === 'HINGE')).toBe(true);
    expect(slugsOf(result)).toContain('romanian-deadlift');
    const expected = CATALOG.filter((entry) => entry.primaryMuscle === 'HAMSTRINGS' && entry.movement === 'HINGE').length;
    expect(result.data!.exercises.totalCount).toBe(expected);
  });

  it('by equipment kind, tag and metric type', async () => {
    const kettlebell = await list({ filter: { equipment: 'KETTLEBELL' } });
    expect(nodes(kettlebell).every((node) => node.equipment === 'KETTLEBELL')).toBe(true);
    expect(slugsOf(kettlebell)).toContain('kettlebell-swing');

    const olympic = await list({ filter: { tag: 'Olympic' } });
    expect(slugsOf(olympic)).toEqual(expect.arrayContaining(['snatch', 'clean-and-jerk', 'power-clean']));
    expect(nodes(olympic).every((node) => node.tags.includes('olympic'))).toBe(true);

    const timed = await list({ filter: { metricType: 'TIME' } });
    expect(slugsOf(timed)).toEqual(expect.arrayContaining(['plank', 'stationary-bike']));
    expect(nodes(timed).every((node) => node.metricType === 'TIME')).toBe(true);
    const distance = await list({ filter: { metricType: 'DISTANCE' } });
    expect(slugsOf(distance)).toEqual(expect.arrayContaining(['running', 'rowing-ergometer', 'farmer-s-carry']));
  });

  it('by substitution group', async () => {
    const result = await list({ filter: { substitutionGroup: 'single_arm_row' } });
    expect(slugsOf(result).sort()).toEqual(['kroc-row', 'meadows-row', 'one-arm-dumbbell-row']);
  });

  it('by the equipment available: everything an exercise needs is in the list; an empty list means nothing but the body', async () => {
    const result = await list({ filter: { availableEquipment: ['DUMBBELL', 'FLAT_BENCH'] } });
    const allowed = new Set(['DUMBBELL', 'FLAT_BENCH']);
    expect(nodes(result).every((node) => node.equipmentItems.every((item) => allowed.has(item.code)))).toBe(true);
    expect(slugsOf(result)).toEqual(expect.arrayContaining(['dumbbell-bench-press', 'one-arm-dumbbell-row', 'goblet-squat', 'push-up', 'bench-dip']));
    expect(slugsOf(result)).not.toContain('barbell-bench-press');
    expect(slugsOf(result)).not.toContain('incline-dumbbell-press'); // needs an adjustable bench

    const bodyweight = await list({ filter: { availableEquipment: [] } });
    expect(nodes(bodyweight).every((node) => node.equipmentItems.length === 0)).toBe(true);
    expect(slugsOf(bodyweight)).toEqual(expect.arrayContaining(['push-up', 'plank', 'running', 'bodyweight-squat']));
    expect(slugsOf(bodyweight)).not.toContain('pull-up');

    expect(errorOf(await list({ filter: { availableEquipment: ['flat bench'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'availableEquipment' });
  });

  it('leaves archived exercises out unless asked, and onlyMine keeps a coach to their own', async () => {
    const coach = await coachWithToken(server);
    const kept = await createExercise(server, coach.token, minimalInput(`Tempo Squat ${unique()}`));
    const archived = await createExercise(server, coach.token, minimalInput(`Old Squat ${unique()}`));
    await server.gql(ARCHIVE, { input: { id: archived.id } }, coach.token);

    const mine = await list({ filter: { onlyMine: true } }, coach.token);
    expect(nodes(mine).map((node) => node.id)).toEqual([kept.id]);
    expect(mine.data!.exercises.totalCount).toBe(1);
    const withArchived = await list({ filter: { onlyMine: true, includeArchived: true } }, coach.token);
    expect(nodes(withArchived).map((node) => [node.id, node.isActive])).toEqual([
      [archived.id, false],
      [kept.id, true],
    ]);
    expect(slugsOf(await list({ filter: { search: archived.name } }, coach.token))).toEqual([]);

    expect(errorOf(await server.gql(LIST, { first: 10, filter: { onlyMine: true } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('exercises: pagination', () => {
  it('walks the whole catalog page by page: every exercise once, in (name, id) order, with one added mid-walk', async () => {
    // A coach walks, so exercises of their own (private: no other test sees them) can appear mid-walk.
    const coach = await coachWithToken(server);
    const walked: { id: string; name: string; slug: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    let firstTotal = 0;
    let late: { id: string; name: string } | undefined;
    for (;;) {
      const result = await list({ first: 40, after }, coach.token);
      expect(result.errors).toBeUndefined();
      const page = result.data!.exercises;
      if (pages === 0) firstTotal = page.totalCount;
      walked.push(...page.edges.map((edge) => edge.node));
      if (page.edges.length > 0) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      pages += 1;
      if (pages === 2) {
        // Added between pages: one sorting before the cursor (skipped), one after it (reached).
        await createExercise(server, coach.token, minimalInput(`Aaa Walk ${unique()}`));
        late = await createExercise(server, coach.token, minimalInput(`Zzz Walk ${unique()}`));
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(firstTotal).toBeGreaterThanOrEqual(CATALOG.length);
    const ids = walked.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(walked.map((node) => node.slug)).toEqual(expect.arrayContaining(CATALOG.map((entry) => entry.slug)));
    expect(ids).toContain(late!.id);
    expect(walked.some((node) => node.name.startsWith('Aaa Walk'))).toBe(false);

    // The order is the database's (name, id) order.
    const dbIds = walked.map((node) => Number(Buffer.from(node.id, 'base64url').toString('utf8').split(':')[1]));
    const ordered = await rawQuery<{ id: number }>(server.orm.em.fork(), 'select id from exercises where id in (?) order by name, id', [dbIds]);
    expect(ordered.map((row) => row.id)).toEqual(dbIds);
  });

  it('rejects a page size over 100 and a cursor it did not issue', async () => {
    expect(errorOf(await list({ first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await list({ first: 5, after: 'bm9wZQ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('exercises: statement counts', () => {
  const TREE = /* GraphQL */ `
    query Tree($first: Int!) {
      exercises(first: $first) {
        totalCount
        edges {
          node {
            name aliases tags secondaryMuscles equipment equipmentItems { code name }
            relationships { type notes exercise { name aliases tags equipmentItems { code } } }
            createdBy { displayName }
          }
        }
      }
    }`;

  it('are the same for 5 exercises and for 50, with every nested list', async () => {
    // A coach whose own exercises sort first, so both pages hold shipped and coach-made exercises
    // (createdBy loads) whatever public exercises other tests add meanwhile.
    const coach = await coachWithToken(server);
    const squat = (await server.gql<{ exercise: { id: string } }>(BY_SLUG, { slug: 'barbell-back-squat' })).data!.exercise.id;
    for (const n of [1, 2]) {
      await createExercise(
        server,
        coach.token,
        minimalInput(`Aaaa Count ${n} ${unique()}`, { aliases: [`Count ${n}`], tags: ['counted'], equipmentCodes: ['BARBELL'], relationships: [{ type: 'VARIATION', exerciseId: squat }] }),
      );
    }
    type Tree = { exercises: { edges: { node: { relationships: unknown[]; aliases: string[]; createdBy: unknown } }[] } };
    const five = await server.gql<Tree>(TREE, { first: 5 }, coach.token);
    const fifty = await server.gql<Tree>(TREE, { first: 50 }, coach.token);
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(five.data!.exercises.edges.filter((edge) => edge.node.createdBy !== null)).toHaveLength(2);
    expect(fifty.data!.exercises.edges).toHaveLength(50);
    expect(fifty.data!.exercises.edges.filter((edge) => edge.node.relationships.length > 0).length).toBeGreaterThan(10);
    expect(fifty.data!.exercises.edges.filter((edge) => edge.node.aliases.length > 0).length).toBeGreaterThan(40);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
    // token, page, aliases, tags, muscles, equipment, relationships (related exercise joined),
    // creators, and the related exercises' aliases, tags and equipment; plus the request
    // transaction's identity for row-level security (db/tenant.ts).
    expect(five.extensions?.sqlStatements).toBe(12);
  });

  it("are the same for a coach's roster of 1 athlete and of 4, with each athlete's equipment", async () => {
    const ROSTER = /* GraphQL */ `
      query { viewer { coach { athletes(first: 50) { edges { node { displayName equipment { code name } } } } } } }`;
    const counts: (number | undefined)[] = [];
    for (const size of [1, 4]) {
      const coach = await createTestCoach(server.orm);
      for (let i = 0; i < size; i += 1) {
        const athlete = await createTestAthlete(server.orm, { coach: coach.user });
        const set = await server.gql(SET_EQUIPMENT, { input: { athleteId: await athleteIdOf(athlete.email), equipmentCodes: ['DUMBBELL', 'FLAT_BENCH'] } }, await logInAs(server, athlete.email));
        expect(set.errors).toBeUndefined();
      }
      const result = await server.gql<{ viewer: { coach: { athletes: { edges: { node: { equipment: { code: string }[] } }[] } } } }>(ROSTER, {}, await logInAs(server, coach.email));
      expect(result.data!.viewer.coach.athletes.edges.map((edge) => edge.node.equipment.map((item) => item.code))).toEqual(
        Array.from({ length: size }, () => ['DUMBBELL', 'FLAT_BENCH']),
      );
      counts.push(result.extensions?.sqlStatements);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('exercises: who sees what', () => {
  it("shows a coach's private exercise to the coach and their athletes only; others get null from node() and NOT_FOUND on writes", async () => {
    const coach = await coachWithToken(server);
    const other = await coachWithToken(server);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const athleteOfCoach = await logInAs(server, athlete.email);
    const private_ = await createExercise(server, coach.token, minimalInput(`Secret Squat ${unique()}`));
    expect(private_.isPublic).toBe(false);

    for (const token of [coach.token, athleteOfCoach]) {
      expect(slugsOf(await list({ filter: { search: private_.name } }, token))).toEqual([private_.slug]);
      expect((await server.gql<{ node: { id: string } | null }>(NODE, { id: private_.id }, token)).data!.node?.id).toBe(private_.id);
      expect((await server.gql<{ exercise: { id: string } | null }>(BY_SLUG, { slug: private_.slug }, token)).data!.exercise?.id).toBe(private_.id);
    }
    for (const token of [other.token, athleteToken, undefined]) {
      expect(slugsOf(await list({ filter: { search: private_.name } }, token))).toEqual([]);
      expect((await server.gql<{ node: unknown }>(NODE, { id: private_.id }, token)).data!.node).toBeNull();
      expect((await server.gql<{ exercise: unknown }>(BY_SLUG, { slug: private_.slug }, token)).data!.exercise).toBeNull();
    }
    expect(errorOf(await server.gql(UPDATE, { input: { id: private_.id, name: 'Mine now' } }, other.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await server.gql(ARCHIVE, { input: { id: private_.id } }, other.token))).toMatchObject({ code: 'NOT_FOUND' });
    // The coach's athlete sees it but may not change it.
    expect(errorOf(await server.gql(UPDATE, { input: { id: private_.id, name: 'Renamed' } }, athleteOfCoach))).toMatchObject({ code: 'FORBIDDEN' });
    const stored = await server.gql<{ node: { name: string; isActive: boolean } }>(NODE, { id: private_.id }, coach.token);
    expect(stored.data!.node).toMatchObject({ name: private_.name, isActive: true });
  });

  it("shows a public exercise to everyone, but only its coach may change it (others: FORBIDDEN), and hides links to private ones", async () => {
    const coach = await coachWithToken(server);
    const other = await coachWithToken(server);
    const hidden = await createExercise(server, coach.token, minimalInput(`Hidden Prep ${unique()}`));
    const shared = await createExercise(
      server,
      coach.token,
      minimalInput(publicName('Shared Squat'), {
        isPublic: true,
        relationships: [
          { type: 'PREP', exerciseId: hidden.id },
          { type: 'VARIATION', exerciseId: (await server.gql<{ exercise: { id: string } }>(BY_SLUG, { slug: 'barbell-back-squat' })).data!.exercise.id },
        ],
      }),
    );
    expect(shared.relationships.map((link) => link.type)).toEqual(['PREP', 'VARIATION']);

    const seen = await server.gql<{ node: { viewerCanEdit: boolean; createdBy: { displayName: string }; relationships: { type: string; exercise: { slug: string } }[] } }>(
      NODE,
      { id: shared.id },
      other.token,
    );
    expect(seen.data!.node.viewerCanEdit).toBe(false);
    expect(seen.data!.node.createdBy.displayName).toMatch(/^coach_/);
    expect(seen.data!.node.relationships.map((link) => [link.type, link.exercise.slug])).toEqual([['VARIATION', 'barbell-back-squat']]);
    expect(errorOf(await server.gql(UPDATE, { input: { id: shared.id, name: 'Taken over' } }, other.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.gql(ARCHIVE, { input: { id: shared.id } }, other.token))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the shipped catalog read-only: FORBIDDEN for coaches, with nothing changed', async () => {
    const coach = await coachWithToken(server);
    const squat = (await server.gql<{ exercise: { id: string } }>(BY_SLUG, { slug: 'barbell-back-squat' })).data!.exercise;
    expect(errorOf(await server.gql(UPDATE, { input: { id: squat.id, name: 'My Squat' } }, coach.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.gql(ARCHIVE, { input: { id: squat.id } }, coach.token))).toMatchObject({ code: 'FORBIDDEN' });
    const after = await server.gql<{ node: { name: string; isActive: boolean; isSystem: boolean; viewerCanEdit: boolean; createdBy: null } }>(NODE, { id: squat.id }, coach.token);
    expect(after.data!.node).toEqual(expect.objectContaining({ name: 'Barbell Back Squat', isActive: true, isSystem: true, viewerCanEdit: false, createdBy: null }));
  });

  it('returns a shipped exercise with everything the catalog says about it', async () => {
    const id = (await server.gql<{ exercise: { id: string } }>(BY_SLUG, { slug: 'romanian-deadlift' })).data!.exercise.id;
    const result = await server.gql<{ node: Record<string, unknown> & { relationships: { type: string; exercise: { slug: string } }[] } }>(NODE, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toMatchObject({
      name: 'Romanian Deadlift',
      slug: 'romanian-deadlift',
      primaryMuscle: 'HAMSTRINGS',
      secondaryMuscles: ['BACK', 'GLUTES'],
      movement: 'HINGE',
      mechanics: 'COMPOUND',
      force: 'PULL',
      equipment: 'BARBELL',
      equipmentItems: [
        { code: 'BARBELL', name: 'Barbell' },
        { code: 'WEIGHT_PLATES', name: 'Weight plates' },
      ],
      aliases: ['Barbell RDL', 'RDL', 'Romanian DL'],
      metricType: 'REPS',
      cnsLoad: 'HIGH',
      substitutionGroup: 'romanian_deadlift',
      isSystem: true,
      isPublic: true,
      createdBy: null,
    });
    expect(result.data!.node.relationships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'REGRESSION', exercise: expect.objectContaining({ slug: 'dumbbell-romanian-deadlift' }) }),
        expect.objectContaining({ type: 'VARIATION', exercise: expect.objectContaining({ slug: 'good-morning' }) }),
      ]),
    );
  });
});

const SET_EQUIPMENT = /* GraphQL */ `
  mutation Set($input: SetAthleteEquipmentInput!) { setAthleteEquipment(input: $input) { athlete { id equipment { code } } equipment { code name } } }`;

async function athleteIdOf(email: string): Promise<string> {
  const result = await server.gql<{ viewer: { athlete: { id: string } } }>('{ viewer { athlete { id } } }', {}, await logInAs(server, email));
  return result.data!.viewer.athlete.id;
}

describe('equipment', () => {
  it('lists every equipment item by name', async () => {
    const result = await server.gql<{ equipment: { code: string; name: string }[] }>('{ equipment { code name description } }');
    expect(result.data!.equipment).toHaveLength(CATALOG_EQUIPMENT.length);
    const names = result.data!.equipment.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(result.data!.equipment.map((item) => item.code)).toEqual(expect.arrayContaining(['BARBELL', 'FLAT_BENCH', 'SQUAT_RACK', 'PULL_UP_BAR', 'CABLE_STATION']));
  });

  it('setAthleteEquipment replaces the set (athlete or coach), idempotently; others get NOT_FOUND; bad codes change nothing', async () => {
    const coach = await coachWithToken(server);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const token = await logInAs(server, athlete.email);
    const athleteId = await athleteIdOf(athlete.email);
    const stored = async () =>
      (await rawQuery<{ code: string }>(server.orm.em.fork(), 'select q.code from subject_equipment s join equipment q on q.id = s.equipment_id where s.subject_id = ? order by q.code', [athlete.subjectId])).map((row) => row.code);

    const first = await server.gql<{ setAthleteEquipment: { equipment: { code: string }[]; athlete: { equipment: { code: string }[] } } }>(
      SET_EQUIPMENT,
      { input: { athleteId, equipmentCodes: ['PULL_UP_BAR', 'DUMBBELL', 'FLAT_BENCH', 'DUMBBELL'] } },
      token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.setAthleteEquipment.equipment.map((item) => item.code)).toEqual(['DUMBBELL', 'FLAT_BENCH', 'PULL_UP_BAR']);
    expect(first.data!.setAthleteEquipment.athlete.equipment.map((item) => item.code)).toEqual(['DUMBBELL', 'FLAT_BENCH', 'PULL_UP_BAR']);
    const again = await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: ['FLAT_BENCH', 'PULL_UP_BAR', 'DUMBBELL'] } }, token);
    expect(again.errors).toBeUndefined();
    expect(await stored()).toEqual(['DUMBBELL', 'FLAT_BENCH', 'PULL_UP_BAR']);

    const byCoach = await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: ['BARBELL', 'SQUAT_RACK', 'DUMBBELL'] } }, coach.token);
    expect(byCoach.errors).toBeUndefined();
    expect(await stored()).toEqual(['BARBELL', 'DUMBBELL', 'SQUAT_RACK']);

    const outsider = await coachWithToken(server);
    for (const other of [outsider.token, athleteToken]) {
      expect(errorOf(await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: [] } }, other))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(errorOf(await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: [] } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: ['BARBELL', 'HOVERBOARD'] } }, token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'equipmentCodes.1',
    });
    expect(errorOf(await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: ['flat bench'] } }, token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'equipmentCodes',
    });
    expect(errorOf(await server.gql(SET_EQUIPMENT, { input: { athleteId: 'nonsense', equipmentCodes: [] } }, token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'athleteId',
    });
    expect(await stored()).toEqual(['BARBELL', 'DUMBBELL', 'SQUAT_RACK']);

    expect((await server.gql(SET_EQUIPMENT, { input: { athleteId, equipmentCodes: [] } }, token)).errors).toBeUndefined();
    expect(await stored()).toEqual([]);
  });
});
