import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { ARCHIVE_CYCLE, ARCHIVE_ROUTINE, CREATE_ROUTINE, type DayInput, START_CYCLE, catalogIds, uniqueName } from './planning.test-helpers.js';
import { type Page, walk } from '../../test/connections.js';

let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ids = await catalogIds(server.orm);
});
afterAll(async () => {
  await server?.close();
});

/** Two days with a progression rule on each first exercise. */
const smallTree = (): DayInput[] => [
  {
    title: 'A',
    exercises: [
      { exerciseId: ids.get('barbell-back-squat')!, section: 'MAIN', progressionRule: { style: 'SINGLE_PROGRESSION' }, sets: [{ targetReps: 5, targetPct1rm: 80 }, { targetReps: 5 }] },
      { exerciseId: ids.get('walking-lunge')!, section: 'ACCESSORY', supersetGroup: 1, sets: [{ targetRepsMin: 8, targetRepsMax: 12 }] },
    ],
  },
  { title: 'B', exercises: [{ exerciseId: ids.get('pull-up')!, progressionRule: { style: 'RPE_AUTOREGULATION' }, sets: [{ targetRpe: 8 }] }] },
];

async function createRoutine(token: string, subjectId: number, name = uniqueName()) {
  const result = await server.gql<{ createRoutine: { routine: { id: string; name: string } } }>(
    CREATE_ROUTINE, { input: { athleteId: toGlobalId('Athlete', subjectId), name, days: smallTree() } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.createRoutine.routine;
}

describe('Athlete.routines', () => {
  it('walks newest first, each routine exactly once, archived ones only when asked, while a routine is created mid-walk', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const created: { id: string; name: string }[] = [];
    for (let i = 0; i < 6; i += 1) created.push(await createRoutine(token, athlete.subjectId, `R${i} ${uniqueName()}`));
    await server.gql(ARCHIVE_ROUTINE, { input: { id: created[2]!.id, revision: 1 } }, token);
    const everyId = [...created.map((routine) => routine.id)].reverse().concat(toGlobalId('Routine', athlete.routineId));

    const query = `query ($after: String, $filter: RoutinesFilter) {
      viewer { athlete { routines(first: 2, after: $after, filter: $filter) { edges { cursor node { id isActive archivedAt } } pageInfo { hasNextPage endCursor } } } } }`;
    type Routine = { id: string; isActive: boolean; archivedAt: string | null };
    const pages = (filter: Record<string, boolean> | null) => async (after: string | null) =>
      (await server.gql<{ viewer: { athlete: { routines: Page<Routine> } } }>(query, { after, filter }, token)).data!.viewer.athlete.routines;

    const visible = await walk(pages(null));
    expect(visible.map((routine) => routine.id)).toEqual(everyId.filter((id) => id !== created[2]!.id));
    const during = await walk(pages({ includeArchived: true, activeOnly: false }), async (page) => {
      if (page === 0) await createRoutine(token, athlete.subjectId);
    });
    // The new routine is newer than the cursor: the walk neither repeats nor skips an older one.
    expect(during.map((routine) => routine.id)).toEqual(everyId);
    const active = await walk(pages({ includeArchived: false, activeOnly: true }));
    expect(active.map((routine) => routine.id)).toEqual([toGlobalId('Routine', athlete.routineId)]);
  });

  it('rejects a page size over 100, a foreign cursor and a malformed routine filter with BAD_USER_INPUT naming the argument', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const routines = await server.gql('{ viewer { athlete { routines(first: 101) { edges { cursor } } } } }', {}, token);
    expect(routines.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await server.gql('{ viewer { athlete { cycles(first: 5, after: "bm9wZQ") { edges { cursor } } } } }', {}, token);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const filter = await server.gql('{ viewer { athlete { cycles(filter: { routineId: "nope" }) { edges { cursor } } } } }', {}, token);
    expect(filter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.routineId' });
  });
});

describe('Athlete.cycles and Routine.cycles', () => {
  it('walk cycles newest first, each once; filter by routine; archived only when asked', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const first = toGlobalId('Routine', athlete.routineId);
    const second = (await createRoutine(token, athlete.subjectId)).id;
    const started: { id: string; routine: string; cycleNumber: number }[] = [];
    const days = ['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06'];
    for (const [i, startedOn] of days.entries()) {
      for (const routineId of [first, second]) {
        const result = await server.gql<{ startCycle: { cycle: { id: string; cycleNumber: number } } }>(START_CYCLE, { input: { routineId, startedOn, notes: `${i}` } }, token);
        started.push({ id: result.data!.startCycle.cycle.id, routine: routineId, cycleNumber: result.data!.startCycle.cycle.cycleNumber });
      }
    }
    await server.gql(ARCHIVE_CYCLE, { input: { id: started[3]!.id } }, token);
    const [factoryCycle] = await server.orm.em.fork().execute<{ id: number }[]>('select id from cycles where routine_id = ? and cycle_number = 1', [athlete.routineId]);
    const firstCycleId = toGlobalId('Cycle', factoryCycle!.id);

    type Cycle = { id: string; cycleNumber: number; routine: { id: string } };
    const athleteQuery = `query ($after: String, $filter: CyclesFilter) { viewer { athlete {
      cycles(first: 3, after: $after, filter: $filter) { edges { node { id cycleNumber routine { id } } } pageInfo { hasNextPage endCursor } } } } }`;
    const athletePages = (filter: Record<string, unknown> | null) => async (after: string | null) =>
      (await server.gql<{ viewer: { athlete: { cycles: Page<Cycle> } } }>(athleteQuery, { after, filter }, token)).data!.viewer.athlete.cycles;

    const newestFirst = [...started].reverse();
    const all = await walk(athletePages({ includeArchived: true }));
    expect(all.map((cycle) => cycle.id)).toEqual([...newestFirst.map((cycle) => cycle.id), firstCycleId]);
    const visible = await walk(athletePages(null));
    expect(visible.map((cycle) => cycle.id)).toEqual([...newestFirst.filter((cycle) => cycle.id !== started[3]!.id).map((cycle) => cycle.id), firstCycleId]);
    const ofSecond = await walk(athletePages({ routineId: second, includeArchived: true }));
    expect(ofSecond.map((cycle) => cycle.cycleNumber)).toEqual([4, 3, 2, 1]);
    expect(ofSecond.every((cycle) => cycle.routine.id === second)).toBe(true);

    const routineQuery = `query ($id: ID!, $after: String) { node(id: $id) { ... on Routine {
      cycles(first: 2, after: $after, includeArchived: true) { edges { node { id cycleNumber } } pageInfo { hasNextPage endCursor } } } } }`;
    const byRoutine = await walk(async (after) =>
      (await server.gql<{ node: { cycles: Page<Cycle> } }>(routineQuery, { id: first, after }, token)).data!.node.cycles);
    expect(byRoutine.map((cycle) => cycle.cycleNumber)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('statement counts', () => {
  const PLANS = /* GraphQL */ `
    query Plans {
      viewer { coach { athletes(first: 50) { edges { node {
        routines(first: 3, filter: { includeArchived: true }) {
          edges { node {
            name revision isActive createdBy { displayName role }
            days { title exercises { section supersetGroup exercise { name } progressionRule { style incrementKg } sets { setIndex targetReps targetRepsMin targetPct1rm targetRpe } } }
            cycles(first: 2) { edges { node { cycleNumber startedOn } } pageInfo { hasNextPage } }
          } }
          pageInfo { hasNextPage }
        }
        cycles(first: 3) { edges { node { cycleNumber routine { name } } } }
      } } } } }
    }`;

  type Plans = { viewer: { coach: { athletes: { edges: { node: { routines: { edges: { node: { days: { exercises: { progressionRule: unknown; sets: unknown[] }[] }[] } }[] }; cycles: { edges: unknown[] } } }[] } } } };

  async function coachWithPlans(n: number): Promise<string> {
    const coach = await createTestCoach(server.orm);
    const coachToken = await logInAs(server, coach.email);
    for (let i = 0; i < n; i += 1) {
      const athlete = await createTestAthlete(server.orm, { coach: coach.user });
      const routine = await createRoutine(coachToken, athlete.subjectId);
      await server.gql(START_CYCLE, { input: { routineId: routine.id, startedOn: '2026-01-05' } }, coachToken);
      // Authored by the athlete: an author the request has not loaded already (the viewer would be cached).
      await server.orm.em.fork().execute('update routines set created_by_id = ? where subject_id = ?', [athlete.userId, athlete.subjectId]);
    }
    return coachToken;
  }

  it('reads routines → days → exercises → progression rules → sets, and both cycle lists, in the same statements for 1 athlete and for 50', async () => {
    const one = await server.gql<Plans>(PLANS, {}, await coachWithPlans(1));
    const fifty = await server.gql<Plans>(PLANS, {}, await coachWithPlans(50));
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();

    const athletes = fifty.data!.viewer.coach.athletes.edges;
    expect(athletes).toHaveLength(50);
    for (const { node } of athletes) {
      expect(node.routines.edges).toHaveLength(2); // the factory routine and the coach's
      const rules = node.routines.edges.flatMap((edge) => edge.node.days.flatMap((day) => day.exercises.map((slot) => slot.progressionRule))).filter(Boolean);
      expect(rules).toHaveLength(2);
      expect(node.cycles.edges).toHaveLength(2);
    }
    expect(fifty.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // Depth, not rows: token, user, roster (with subjects), routines page, authors, days (with their
    // slots and planned sets), the slots' exercises, progression rules, routines' cycles page,
    // athletes' cycles page, those cycles' routines; and the request transaction's identity.
    expect(one.extensions?.sqlStatements).toBe(12);
  });
});
