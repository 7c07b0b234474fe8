import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import {
  ARCHIVE_ROUTINE,
  CREATE_ROUTINE,
  type DayInput,
  READ_ROUTINE,
  type RoutineView,
  UPDATE_ROUTINE,
  catalogIds,
  countPlanRows,
  createCoachExercise,
  expectedTree,
  storedTree,
  uniqueName,
  upperLowerInput,
} from './planning.test-helpers.js';

let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ids = await catalogIds(server.orm);
});
afterAll(async () => {
  await server?.close();
});

interface TreeChanges {
  daysKept: number;
  daysAdded: number;
  daysRemoved: number;
  exercisesKept: number;
  exercisesAdded: number;
  exercisesRemoved: number;
  setsKept: number;
  setsAdded: number;
  setsRemoved: number;
}
type UpdateResult = { updateRoutine: { routine: RoutineView; treeChanges: TreeChanges | null } };

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
const sql = <T>(query: string, params: unknown[] = []) => server.orm.em.fork().execute<T[]>(query, params);

const slot = (slug: string, sets: number, reps: number, weightKg: number) => ({
  exerciseId: ids.get(slug)!,
  sets: Array.from({ length: sets }, () => ({ targetReps: reps, targetWeightKg: weightKg })),
});

async function ownRoutine(days: DayInput[] = upperLowerInput(ids)) {
  const athlete = await createTestAthlete(server.orm);
  const token = await logInAs(server, athlete.email);
  const created = await server.gql<{ createRoutine: { routine: RoutineView } }>(
    CREATE_ROUTINE,
    { input: { athleteId: toGlobalId('Athlete', athlete.subjectId), name: uniqueName(), days } },
    token,
  );
  expect(created.errors).toBeUndefined();
  return { athlete, token, routine: created.data!.createRoutine.routine };
}

const read = async (id: string, token: string) => (await server.gql<{ node: RoutineView }>(READ_ROUTINE, { id }, token)).data!.node;

describe('updateRoutine revision guard', () => {
  it('lets exactly one of concurrent edits of one revision win; the stored tree is exactly the winner’s and the revision rose once', async () => {
    const { athlete, token, routine } = await ownRoutine();
    // Distinct trees of different shapes, so a mix of two writes could not pass for either.
    const trees: DayInput[][] = [
      [{ title: 'A1', exercises: [slot('barbell-back-squat', 5, 5, 100), slot('romanian-deadlift', 3, 8, 80)] }, { title: 'A2', exercises: [slot('pull-up', 4, 6, 0)] }],
      [{ title: 'B1', exercises: [slot('barbell-bench-press', 2, 3, 90)] }],
      [...upperLowerInput(ids).slice(0, 3), { title: 'C4', isRest: true, exercises: [] }],
      upperLowerInput(ids).map((day) => ({ ...day, exercises: [...day.exercises].reverse() })),
    ];
    let revision = routine.revision;
    for (let round = 0; round < 3; round += 1) {
      const audits = Number((await sql<{ n: string }>("select count(*) as n from audit_logs where action = 'update_routine' and entity_id = ?", [dbId(routine.id)]))[0]!.n);
      const results = await Promise.all(
        trees.map((days, i) => server.gql<UpdateResult>(UPDATE_ROUTINE, { input: { id: routine.id, revision, name: `Edit ${round}.${i}`, days } }, token)),
      );
      const winners = results.flatMap((result, i) => (result.errors ? [] : [i]));
      expect(winners).toHaveLength(1);
      for (const result of results.filter((r) => r.errors)) {
        expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'revision' });
        expect(result.errors![0]!.message).toMatch(/Reload it and apply your edit again/);
      }
      const winner = winners[0]!;
      const stored = await read(routine.id, token);
      expect(stored.revision).toBe(revision + 1);
      expect(stored.name).toBe(`Edit ${round}.${winner}`);
      expect(storedTree(stored.days)).toEqual(expectedTree(trees[winner]!));
      expect(stored).toEqual(results[winner]!.data!.updateRoutine.routine);
      // Nothing of a loser was written anywhere: the athlete's rows are the factory routine plus exactly this tree.
      const counts = await countPlanRows(server.orm, athlete.subjectId);
      const winnerTree = trees[winner]!;
      expect(counts.days).toBe(2 + winnerTree.length);
      expect(counts.sets).toBe(10 + winnerTree.flatMap((day) => day.exercises.flatMap((s) => s.sets)).length);
      const after = Number((await sql<{ n: string }>("select count(*) as n from audit_logs where action = 'update_routine' and entity_id = ?", [dbId(routine.id)]))[0]!.n);
      expect(after).toBe(audits + 1);
      revision += 1;
    }
  });

  it('refuses a stale revision with CONFLICT and changes nothing', async () => {
    const { athlete, token, routine } = await ownRoutine();
    const ok = await server.gql<UpdateResult>(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, description: 'v2' } }, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateRoutine).toMatchObject({ routine: { revision: 2, description: 'v2' }, treeChanges: null });
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const stale = await server.gql(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, name: 'Stale', days: [{ exercises: [] }] } }, token);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'revision' });
    expect(stale.errors?.[0]?.message).toMatch(/you sent revision 1, it is now at revision 2/);
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    const stored = await read(routine.id, token);
    expect(stored).toMatchObject({ name: routine.name, revision: 2, description: 'v2' });
    expect(stored.days).toEqual(routine.days);
  });

  it('answers a revision at the top of Int (2147483647) with CONFLICT, for an edit and an archive (regression: the next revision overflowed, an internal error)', async () => {
    const { token, routine } = await ownRoutine();
    for (const [document, extra] of [[UPDATE_ROUTINE, { name: 'Far future' }], [ARCHIVE_ROUTINE, {}]] as const) {
      const result = await server.gql(document, { input: { id: routine.id, revision: 2_147_483_647, ...extra } }, token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'revision' });
      expect(result.errors?.[0]?.message).toMatch(/you sent revision 2147483647, it is now at revision 1/);
    }
    expect(await read(routine.id, token)).toMatchObject({ name: routine.name, revision: 1, archivedAt: null });
  });

  it('changes only the fields sent: omitted stay, null clears, and the tree stays without days', async () => {
    const { token, routine } = await ownRoutine();
    await server.gql(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, description: 'Block 1', startsOn: '2026-12-07' } }, token);
    const cleared = await server.gql<UpdateResult>(UPDATE_ROUTINE, { input: { id: routine.id, revision: 2, description: null } }, token);
    expect(cleared.data!.updateRoutine.routine).toMatchObject({ name: routine.name, description: null, startsOn: '2026-12-07', revision: 3 });
    expect(cleared.data!.updateRoutine.routine.days).toEqual(routine.days);
  });

  it('answers a rename onto another routine’s name with CONFLICT on name, keeping the revision', async () => {
    const { token, routine, athlete } = await ownRoutine();
    const result = await server.gql(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, name: 'Test routine' } }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const [row] = await sql<{ name: string; revision: number }>('select name, revision from routines where id = ?', [dbId(routine.id)]);
    expect(row).toEqual({ name: routine.name, revision: 1 });
    expect((await countPlanRows(server.orm, athlete.subjectId)).routines).toBe(2);
  });

  it('refuses an invalid new tree with BAD_USER_INPUT naming the field, before touching the routine', async () => {
    const { token, routine, athlete } = await ownRoutine();
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const days = upperLowerInput(ids);
    days[2]!.exercises[1]!.sets[0]!.targetRir = 12;
    const result = await server.gql(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, days } }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.2.exercises.1.sets.0.targetRir' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    expect((await read(routine.id, token)).revision).toBe(1);
  });
});

describe('updateRoutine keeps history attached', () => {
  it('keeps ids that stand where they stood, so a logged planned set keeps its log; removed plan rows only unlink their history', async () => {
    const days: DayInput[] = [
      { title: 'Push', exercises: [slot('barbell-bench-press', 3, 5, 80), slot('overhead-press', 2, 8, 40)] },
      { title: 'Pull', exercises: [slot('barbell-row', 3, 8, 60)] },
      { title: 'Legs', exercises: [slot('barbell-back-squat', 3, 5, 100)] },
    ];
    days[0]!.exercises[0]!.progressionRule = { style: 'SINGLE_PROGRESSION', incrementKg: 2.5 };
    const { token, routine } = await ownRoutine(days);
    const [push, pull, legs] = routine.days;
    const bench = push!.exercises[0]!;

    // Log planned sets 1 and 3 of the bench press, and a session on the Legs day.
    const session = await server.gql<{ startSession: { session: { id: string } } }>(
      'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }', { input: { routineDayId: push!.id } }, token);
    const log = (plannedSetId: string) =>
      server.gql<{ logSet: { setLog: { id: string } } }>('mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }', {
        input: { clientId: randomUUID(), sessionId: session.data!.startSession.session.id, exerciseId: bench.exercise.id, plannedSetId, weightKg: 80, reps: 5 },
      }, token);
    const kept = await log(bench.sets[0]!.id);
    const dropped = await log(bench.sets[2]!.id);
    expect(kept.errors).toBeUndefined();
    const legsSessionId = (await sql<{ id: number }>(
      `insert into workout_sessions (subject_id, workout_date, status, routine_day_id) values ((select subject_id from routines where id = ?), '2026-01-05', 'COMPLETED', ?) returning id`,
      [dbId(routine.id), dbId(legs!.id)],
    ))[0]!.id;

    // The edit: bench keeps its place with two sets (new target on set 1, set 3 gone) and a new rule;
    // overhead press is replaced by a curl at position 2; Pull gains an exercise; Legs is dropped.
    const edited: DayInput[] = [
      {
        title: 'Push (heavy)',
        exercises: [
          { ...slot('barbell-bench-press', 2, 5, 82.5), progressionRule: { style: 'DOUBLE_PROGRESSION', repRangeMin: 5, repRangeMax: 7 } },
          slot('barbell-curl', 2, 12, 25),
        ],
      },
      { title: 'Pull', exercises: [slot('barbell-row', 3, 8, 60), slot('pull-up', 3, 6, 0)] },
    ];
    const result = await server.gql<UpdateResult>(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, days: edited } }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateRoutine.treeChanges).toEqual({
      daysKept: 2, daysAdded: 0, daysRemoved: 1,
      exercisesKept: 2, exercisesAdded: 2, exercisesRemoved: 2,
      setsKept: 2 + 3, setsAdded: 2 + 3, setsRemoved: 1 + 2 + 3,
    });
    const stored = result.data!.updateRoutine.routine;
    expect(storedTree(stored.days)).toEqual(expectedTree(edited));

    // Same places, same ids: days, the bench slot and its first two sets, the whole row slot.
    expect(stored.days.map((day) => day.id)).toEqual([push!.id, pull!.id]);
    expect(stored.days[0]!.exercises[0]!.id).toBe(bench.id);
    expect(stored.days[0]!.exercises[0]!.sets.map((set) => set.id)).toEqual([bench.sets[0]!.id, bench.sets[1]!.id]);
    expect(stored.days[0]!.exercises[0]!.sets[0]!.targetWeightKg).toBe(82.5);
    expect(stored.days[0]!.exercises[1]!.id).not.toBe(push!.exercises[1]!.id);
    expect(stored.days[1]!.exercises[0]!.id).toBe(pull!.exercises[0]!.id);
    expect(stored.days[1]!.exercises[0]!.sets.map((set) => set.id)).toEqual(pull!.exercises[0]!.sets.map((set) => set.id));

    // History: the log of the kept set still points at it; the log of the removed set stays, unlinked.
    const logs = await sql<{ id: number; planned_set_id: number | null }>('select id, planned_set_id from exercise_set_logs where id in (?, ?) order by id', [
      dbId(kept.data!.logSet.setLog.id), dbId(dropped.data!.logSet.setLog.id)]);
    expect(logs).toEqual([
      { id: dbId(kept.data!.logSet.setLog.id), planned_set_id: dbId(bench.sets[0]!.id) },
      { id: dbId(dropped.data!.logSet.setLog.id), planned_set_id: null },
    ]);
    const [legsSession] = await sql<{ routine_day_id: number | null }>('select routine_day_id from workout_sessions where id = ?', [legsSessionId]);
    expect(legsSession).toEqual({ routine_day_id: null });
    const [pushSession] = await sql<{ routine_day_id: number | null }>('select routine_day_id from workout_sessions where id = ?', [dbId(session.data!.startSession.session.id)]);
    expect(pushSession).toEqual({ routine_day_id: dbId(push!.id) });
    // The kept slot's rule was updated in place (still one row), the removed slot's went with it.
    const rules = await sql<{ routine_day_exercise_id: number; style: string }>(
      `select pr.routine_day_exercise_id, pr.style from progression_rules pr join routine_day_exercises rde on rde.id = pr.routine_day_exercise_id
         join routine_days rd on rd.id = rde.routine_day_id where rd.routine_id = ?`, [dbId(routine.id)]);
    expect(rules).toEqual([{ routine_day_exercise_id: dbId(bench.id), style: 'DOUBLE_PROGRESSION' }]);

    // Dropping the rule of a kept exercise removes it; re-saving the same tree changes no id.
    const withoutRule = edited.map((day) => ({ ...day, exercises: day.exercises.map((s) => ({ ...s, progressionRule: null })) }));
    const again = await server.gql<UpdateResult>(UPDATE_ROUTINE, { input: { id: routine.id, revision: 2, days: withoutRule } }, token);
    expect(again.data!.updateRoutine.treeChanges).toMatchObject({ daysKept: 2, exercisesKept: 4, exercisesAdded: 0, setsKept: 10, setsAdded: 0, setsRemoved: 0 });
    expect(again.data!.updateRoutine.routine.days.map((day) => day.exercises.map((s) => s.id))).toEqual(stored.days.map((day) => day.exercises.map((s) => s.id)));
    expect(again.data!.updateRoutine.routine.days[0]!.exercises[0]!.progressionRule).toBeNull();
    expect(await sql('select 1 from progression_rules where routine_day_exercise_id = ?', [dbId(bench.id)])).toEqual([]);
  });

  it("keeps an exercise the routine already uses usable in an edit, even once it is no longer visible; new ones must be", async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const coachToken = await logInAs(server, coach.email);
    const privateMove = await createCoachExercise(server.orm, coach.user, false);
    const laterMove = await createCoachExercise(server.orm, coach.user, false);
    const days: DayInput[] = [{ exercises: [{ exerciseId: privateMove, sets: [{ targetReps: 10 }] }] }];
    const created = await server.gql<{ createRoutine: { routine: RoutineView } }>(
      CREATE_ROUTINE, { input: { athleteId: toGlobalId('Athlete', athlete.subjectId), name: uniqueName(), days } }, coachToken);
    expect(created.errors).toBeUndefined();
    const routineId = created.data!.createRoutine.routine.id;
    await sql('delete from coach_athletes where coach_id = ? and athlete_id = ?', [coach.user.id, athlete.userId]);

    const athleteToken = await logInAs(server, athlete.email);
    const keep = await server.gql(UPDATE_ROUTINE, { input: { id: routineId, revision: 1, days: [{ title: 'Renamed', exercises: days[0]!.exercises }] } }, athleteToken);
    expect(keep.errors).toBeUndefined();
    const add = await server.gql(UPDATE_ROUTINE, {
      input: { id: routineId, revision: 2, days: [{ exercises: [...days[0]!.exercises, { exerciseId: laterMove, sets: [{ targetReps: 10 }] }] }] },
    }, athleteToken);
    expect(add.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.0.exercises.1.exerciseId' });
  });
});
