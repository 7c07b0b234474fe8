import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { CREATE_ROUTINE, CYCLE_FIELDS, type DayInput, type RoutineView, START_CYCLE, catalogIds, countPlanRows, uniqueName } from './planning.test-helpers.js';

let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ids = await catalogIds(server.orm);
});
afterAll(async () => {
  await server?.close();
});

const ADVANCE = `mutation ($input: AdvanceCycleInput!) { advanceCycle(input: $input) { cycle { ${CYCLE_FIELDS} } isDeload reasons { setIndex code message } } }`;
type Advanced = { advanceCycle: { cycle: { id: string; cycleNumber: number; startedOn: string; endedOn: string | null; isDeload: boolean }; isDeload: boolean; reasons: { code: string; message: string }[] } };

const today = () => new Date().toISOString().slice(0, 10);
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
const sql = <T>(query: string, params: unknown[] = []) => server.orm.em.fork().execute<T[]>(query, params);

/** Squat deloading every 3rd cycle, bench every 4th, a row without a rule. */
function plan(): DayInput[] {
  return [
    {
      exercises: [
        { exerciseId: ids.get('barbell-back-squat')!, progressionRule: { style: 'SINGLE_PROGRESSION', deloadEveryNCycles: 3, deloadPct: 60 }, sets: [{ targetReps: 5, targetWeightKg: 100 }] },
        { exerciseId: ids.get('barbell-bench-press')!, progressionRule: { style: 'DOUBLE_PROGRESSION', repRangeMin: 6, repRangeMax: 8, deloadEveryNCycles: 4, deloadPct: 50 }, sets: [{ targetRepsMin: 6, targetWeightKg: 80 }] },
        { exerciseId: ids.get('lat-pulldown')!, sets: [{ targetReps: 10, targetWeightKg: 60 }] },
      ],
    },
  ];
}

/** A fresh athlete with the plan above whose routine has run `cycles` cycles (started on past Mondays through startCycle). */
async function routineAfter(cycles: number, options: Parameters<typeof createTestAthlete>[1] = {}) {
  const athlete = await createTestAthlete(server.orm, options);
  const token = await logInAs(server, athlete.email);
  const created = await server.gql<{ createRoutine: { routine: RoutineView } }>(
    CREATE_ROUTINE,
    { input: { athleteId: toGlobalId('Athlete', athlete.subjectId), name: uniqueName(), days: plan() } },
    token,
  );
  expect(created.errors).toBeUndefined();
  const routineId = created.data!.createRoutine.routine.id;
  for (let n = 1; n <= cycles; n += 1) {
    const started = await server.gql(START_CYCLE, { input: { routineId, startedOn: `2026-01-${String(n * 7 - 2).padStart(2, '0')}` } }, token);
    expect(started.errors).toBeUndefined();
  }
  return { athlete, token, routineId };
}

const cycleRows = (routineId: string) =>
  sql<{ cycle_number: number; is_deload: boolean; ended_on: string | null }>(
    "select cycle_number, is_deload, to_char(ended_on, 'YYYY-MM-DD') as ended_on from cycles where routine_id = ? order by cycle_number",
    [dbId(routineId)],
  );

describe('advanceCycle', () => {
  it('starts the next cycle today, ending the running one; a normal cycle says no rule deloads', async () => {
    const { token, routineId } = await routineAfter(1);
    const advanced = await server.gql<Advanced>(ADVANCE, { input: { routineId } }, token);
    expect(advanced.errors).toBeUndefined();
    expect(advanced.data!.advanceCycle).toMatchObject({ cycle: { cycleNumber: 2, startedOn: today(), endedOn: null, isDeload: false }, isDeload: false });
    expect(advanced.data!.advanceCycle.reasons.map((reason) => reason.code)).toEqual(['NO_DELOAD']);
    const rows = await cycleRows(routineId);
    expect(rows.map((row) => [row.cycle_number, row.is_deload, row.ended_on === null])).toEqual([[1, false, false], [2, false, true]]);
  });

  it('numbers the first cycle 1 on a routine without cycles', async () => {
    const { token, routineId } = await routineAfter(0);
    const advanced = await server.gql<Advanced>(ADVANCE, { input: { routineId } }, token);
    expect(advanced.data!.advanceCycle).toMatchObject({ cycle: { cycleNumber: 1 }, isDeload: false });
  });

  it('flags a deload exactly at deloadEveryNCycles, naming the rule, and stores the flag', async () => {
    const third = await routineAfter(2);
    const deload = await server.gql<Advanced>(ADVANCE, { input: { routineId: third.routineId } }, third.token);
    expect(deload.data!.advanceCycle).toMatchObject({ cycle: { cycleNumber: 3, isDeload: true }, isDeload: true });
    expect(deload.data!.advanceCycle.reasons).toHaveLength(1);
    expect(deload.data!.advanceCycle.reasons[0]).toMatchObject({ code: 'DELOAD' });
    expect(deload.data!.advanceCycle.reasons[0]!.message).toMatch(/squat.*every 3 cycles: cycle 3 is a deload/i);
    expect((await cycleRows(third.routineId)).at(-1)).toMatchObject({ cycle_number: 3, is_deload: true });

    const fourth = await routineAfter(3);
    const bench = await server.gql<Advanced>(ADVANCE, { input: { routineId: fourth.routineId } }, fourth.token);
    expect(bench.data!.advanceCycle).toMatchObject({ cycle: { cycleNumber: 4, isDeload: true }, isDeload: true });
    expect(bench.data!.advanceCycle.reasons[0]!.message).toMatch(/bench.*every 4 cycles/i);

    const fifth = await routineAfter(4);
    const normal = await server.gql<Advanced>(ADVANCE, { input: { routineId: fifth.routineId } }, fifth.token);
    expect(normal.data!.advanceCycle).toMatchObject({ cycle: { cycleNumber: 5, isDeload: false }, isDeload: false });
  });

  it('returns the same cycle for retries, also when they race: one row', async () => {
    const { athlete, token, routineId } = await routineAfter(2);
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const raced = await Promise.all([0, 1, 2, 3, 4].map(() => server.gql<Advanced>(ADVANCE, { input: { routineId } }, token)));
    expect(raced.map((result) => result.errors)).toEqual(raced.map(() => undefined));
    expect(new Set(raced.map((result) => result.data!.advanceCycle.cycle.id)).size).toBe(1);
    expect(raced.every((result) => result.data!.advanceCycle.isDeload && result.data!.advanceCycle.cycle.cycleNumber === 3)).toBe(true);
    const retry = await server.gql<Advanced>(ADVANCE, { input: { routineId } }, token);
    expect(retry.data!.advanceCycle.cycle.id).toBe(raced[0]!.data!.advanceCycle.cycle.id);
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual({ ...before, cycles: before.cycles + 1 });
  });

  it('refuses a stranger and a coach without the athlete (NOT_FOUND, nothing stored); allows their coach', async () => {
    const coach = await createTestCoach(server.orm);
    const otherCoach = await createTestCoach(server.orm);
    const { athlete, routineId } = await routineAfter(1, { coach: coach.user });
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const stranger = await createTestAthlete(server.orm);
    for (const intruder of [await logInAs(server, stranger.email), await logInAs(server, otherCoach.email)]) {
      const refused = await server.gql(ADVANCE, { input: { routineId } }, intruder);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    const byCoach = await server.gql<Advanced>(ADVANCE, { input: { routineId } }, await logInAs(server, coach.email));
    expect(byCoach.errors).toBeUndefined();
    expect(byCoach.data!.advanceCycle.cycle.cycleNumber).toBe(2);
  });

  it('refuses bad ids (BAD_USER_INPUT naming routineId) and an archived routine (CONFLICT)', async () => {
    const { athlete, token, routineId } = await routineAfter(1);
    const bad = await server.gql(ADVANCE, { input: { routineId: 'nope' } }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'routineId' });
    await server.gql(`mutation ($input: ArchiveRoutineInput!) { archiveRoutine(input: $input) { routine { id } } }`, { input: { id: routineId, revision: 1 } }, token);
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const archived = await server.gql(ADVANCE, { input: { routineId } }, token);
    expect(archived.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'routineId' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
  });
});
