import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { setServiceTenantChecksForTests } from '../identity/access.policy.js';
import { createTestAthlete, createTestCoach, logInAs, type TestAthlete } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import {
  ARCHIVE_ROUTINE,
  CREATE_ROUTINE,
  type DayInput,
  READ_ROUTINE,
  type RoutineView,
  SET_ACTIVE_ROUTINE,
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

type CreateResult = { createRoutine: { routine: RoutineView; deactivatedRoutines: { id: string; isActive: boolean }[] } };

async function athleteWithToken(options: Parameters<typeof createTestAthlete>[1] = {}): Promise<{ athlete: TestAthlete; token: string; athleteId: string }> {
  const athlete = await createTestAthlete(server.orm, options);
  return { athlete, token: await logInAs(server, athlete.email), athleteId: toGlobalId('Athlete', athlete.subjectId) };
}

const oneDay = (exerciseId: string, set: Record<string, unknown> = { targetReps: 5, targetWeightKg: 100 }): DayInput[] => [
  { title: 'Only day', exercises: [{ exerciseId, sets: [set] }] },
];

const auditCount = async (action: string, entityId?: number) =>
  Number(
    (
      await server.orm.em
        .fork()
        .execute<{ n: string }[]>(
          `select count(*) as n from audit_logs where action = ? ${entityId === undefined ? '' : 'and entity_id = ?'}`,
          entityId === undefined ? [action] : [action, entityId],
        )
    )[0]!.n,
  );

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

describe('createRoutine', () => {
  it('writes a 4-day routine with every nested set in one call, and reads it back exactly', async () => {
    const { token, athleteId, athlete } = await athleteWithToken();
    const days = upperLowerInput(ids);
    const before = await countPlanRows(server.orm, athlete.subjectId);

    const created = await server.gql<CreateResult>(
      CREATE_ROUTINE,
      { input: { athleteId, name: '  Upper/Lower 4x  ', description: 'Block 1', startsOn: '2026-12-07', makeActive: true, days } },
      token,
    );
    expect(created.errors).toBeUndefined();
    const routine = created.data!.createRoutine.routine;
    expect(routine).toMatchObject({ name: 'Upper/Lower 4x', description: 'Block 1', startsOn: '2026-12-07', isActive: true, revision: 1, archivedAt: null, athlete: { id: athleteId } });
    expect(routine.createdBy).toMatchObject({ id: toGlobalId('User', athlete.userId), role: 'ATHLETE', isViewer: true });
    expect(storedTree(routine.days)).toEqual(expectedTree(days));
    // The factory's routine was active: it no longer is.
    expect(created.data!.createRoutine.deactivatedRoutines).toEqual([{ id: toGlobalId('Routine', athlete.routineId), isActive: false }]);

    const read = await server.gql<{ node: RoutineView }>(READ_ROUTINE, { id: routine.id }, token);
    expect(read.data!.node).toEqual(routine);

    const sets = days.flatMap((day) => day.exercises.flatMap((slot) => slot.sets)).length;
    const after = await countPlanRows(server.orm, athlete.subjectId);
    expect(after).toEqual({ ...before, routines: before.routines + 1, days: before.days + 4, exercises: before.exercises + 18, sets: before.sets + sets, rules: 8 });
    const active = await server.gql<{ viewer: { athlete: { activeRoutine: { id: string } } } }>('{ viewer { athlete { activeRoutine { id } } } }', {}, token);
    expect(active.data!.viewer.athlete.activeRoutine.id).toBe(routine.id);
  });
});


/** A valid tree of two days × two exercises × three sets, to break one field at a time. */
function baseDays(): DayInput[] {
  const exercise = (slug: string) => ({
    exerciseId: ids.get(slug)!,
    sets: [0, 1, 2].map(() => ({ targetReps: 8, targetWeightKg: 60, targetRpe: 8, targetRestSeconds: 120 })),
  });
  return [
    { title: 'Push', exercises: [exercise('barbell-bench-press'), exercise('overhead-press')] },
    { title: 'Pull', exercises: [exercise('barbell-row'), exercise('barbell-curl')] },
  ];
}

type Breaker = (days: DayInput[]) => void;
const atSet = (patch: Record<string, unknown>, day = 0, slot = 0, set = 0): Breaker => (days) => {
  Object.assign(days[day]!.exercises[slot]!.sets[set]!, patch);
};
const atSlot = (patch: Record<string, unknown>, day = 0, slot = 0): Breaker => (days) => {
  Object.assign(days[day]!.exercises[slot]!, patch);
};
const rule = (patch: Record<string, unknown>) => atSlot({ progressionRule: { style: 'SINGLE_PROGRESSION', ...patch } });
const set0 = 'days.0.exercises.0.sets.0';

/**
 * Every rule of the plan tables, broken through the API: the answer names the field by its dot
 * path, and nothing is stored. The database's own constraint (named alongside) is the wall
 * behind each check.
 */
const INVALID: [string, Breaker | Record<string, unknown>, string][] = [
  ['name empty', { name: '' }, 'name'],
  ['name blank', { name: '   ' }, 'name'],
  ['name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
  ['description over 2000 characters', { description: 'x'.repeat(2001) }, 'description'],
  // Regression (found by the mutation fuzz): the LocalDate scalar lets year 0000 through and PostgreSQL refused it, an internal error.
  ['startsOn in year 0000', { startsOn: '0000-01-01' }, 'startsOn'],
  ['startsOn after 2199', { startsOn: '2200-01-01' }, 'startsOn'],
  ['no days', { days: [] }, 'days'],
  ['21 days', (days) => days.push(...Array.from({ length: 19 }, () => ({ title: 'More', exercises: [] }))), 'days'],
  ['31 exercises in a day', (days) => days[0]!.exercises.push(...Array.from({ length: 29 }, () => ({ ...days[0]!.exercises[0]! }))), 'days.0.exercises'],
  ['21 sets of an exercise', (days) => days[0]!.exercises[0]!.sets.push(...Array.from({ length: 18 }, () => ({ targetReps: 5 }))), 'days.0.exercises.0.sets'],
  ['an exercise without sets', atSlot({ sets: [] }), 'days.0.exercises.0.sets'],
  ['title over 100 characters (varchar(100))', (days) => { days[0]!.title = 'x'.repeat(101); }, 'days.0.title'],
  ['exercises on a rest day', (days) => { days[1]!.isRest = true; }, 'days.1.exercises'],
  ['targetRpe above 10 (ck_res_target_rpe_range)', atSet({ targetRpe: 10.5 }), `${set0}.targetRpe`],
  ['targetRpe below 1 (ck_res_target_rpe_range)', atSet({ targetRpe: 0.5 }), `${set0}.targetRpe`],
  ['targetRpe not in halves (ck_res_target_rpe_half_steps), deep in the tree', atSet({ targetRpe: 7.3 }, 1, 1, 2), 'days.1.exercises.1.sets.2.targetRpe'],
  ['targetRir above 10 (ck_res_target_rir_range)', atSet({ targetRir: 11 }), `${set0}.targetRir`],
  ['targetRir negative (ck_res_target_rir_range)', atSet({ targetRir: -1 }), `${set0}.targetRir`],
  ['targetReps above 1000 (ck_res_target_reps_range)', atSet({ targetReps: 1001 }), `${set0}.targetReps`],
  ['targetReps negative (ck_res_target_reps_range)', atSet({ targetReps: -1 }), `${set0}.targetReps`],
  ['targetRepsMax below targetRepsMin (ck_res_rep_range_ordered)', atSet({ targetRepsMin: 12, targetRepsMax: 8 }), `${set0}.targetRepsMax`],
  ['targetRepsMin negative (ck_res_rep_range_ordered)', atSet({ targetRepsMin: -1, targetRepsMax: 8 }), `${set0}.targetRepsMin`],
  ['targetRepsMax above 1000 (ck_res_rep_range_ordered)', atSet({ targetRepsMin: 8, targetRepsMax: 1001 }), `${set0}.targetRepsMax`],
  ['targetPct1rm of 0 (ck_res_target_pct_1rm_range)', atSet({ targetPct1rm: 0 }), `${set0}.targetPct1rm`],
  ['targetPct1rm above 120 (ck_res_target_pct_1rm_range)', atSet({ targetPct1rm: 120.5 }), `${set0}.targetPct1rm`],
  ['targetPct1rm in hundredths (numeric(4,1))', atSet({ targetPct1rm: 72.25 }), `${set0}.targetPct1rm`],
  ['targetWeightKg above 1000 (ck_res_target_weight_range)', atSet({ targetWeightKg: 1000.5 }), `${set0}.targetWeightKg`],
  ['targetWeightKg negative (ck_res_target_weight_range)', atSet({ targetWeightKg: -2.5 }), `${set0}.targetWeightKg`],
  ['targetWeightKg in thousandths (numeric(6,2))', atSet({ targetWeightKg: 60.125 }), `${set0}.targetWeightKg`],
  ['targetRestSeconds negative (ck_res_target_rest_nonnegative)', atSet({ targetRestSeconds: -1 }), `${set0}.targetRestSeconds`],
  ['targetDurationSeconds negative (ck_res_target_duration_nonnegative)', atSet({ targetDurationSeconds: -1 }), `${set0}.targetDurationSeconds`],
  ['targetDistanceMeters negative (ck_res_target_distance_nonnegative)', atSet({ targetDistanceMeters: -0.5 }), `${set0}.targetDistanceMeters`],
  ['targetTempo with dashes', atSet({ targetTempo: '3-1-1-0' }), `${set0}.targetTempo`],
  ['targetTempo with letters other than X', atSet({ targetTempo: '31A0' }), `${set0}.targetTempo`],
  ['targetTempo of five characters', atSet({ targetTempo: '30100' }), `${set0}.targetTempo`],
  ['set notes over 1000 characters', atSet({ notes: 'x'.repeat(1001) }), `${set0}.notes`],
  ['supersetGroup of 0 (ck_rde_superset_group_positive)', atSlot({ supersetGroup: 0 }), 'days.0.exercises.0.supersetGroup'],
  ['deloadEveryNCycles of 1 (ck_progression_rules_deload_every)', rule({ deloadEveryNCycles: 1 }), 'days.0.exercises.0.progressionRule.deloadEveryNCycles'],
  ['incrementKg above 50 (ck_progression_rules_increment_range)', rule({ incrementKg: 50.5 }), 'days.0.exercises.0.progressionRule.incrementKg'],
  ['incrementKg negative (ck_progression_rules_increment_range)', rule({ incrementKg: -1 }), 'days.0.exercises.0.progressionRule.incrementKg'],
  ['deloadPct of 100 (ck_progression_rules_deload_pct)', rule({ deloadPct: 100 }), 'days.0.exercises.0.progressionRule.deloadPct'],
  ['deloadPct of 0 (ck_progression_rules_deload_pct)', rule({ deloadPct: 0 }), 'days.0.exercises.0.progressionRule.deloadPct'],
  ['waveLength of 9 (ck_progression_rules_wave_length)', rule({ waveLength: 9 }), 'days.0.exercises.0.progressionRule.waveLength'],
  ['waveLength of 1 (ck_progression_rules_wave_length)', rule({ waveLength: 1 }), 'days.0.exercises.0.progressionRule.waveLength'],
  ['repRangeMin of 0 (ck_progression_rules_rep_range)', rule({ repRangeMin: 0, repRangeMax: 8 }), 'days.0.exercises.0.progressionRule.repRangeMin'],
  ['repRangeMax below repRangeMin (ck_progression_rules_rep_range)', rule({ repRangeMin: 10, repRangeMax: 8 }), 'days.0.exercises.0.progressionRule.repRangeMax'],
  ['double progression without a rep range', rule({ style: 'DOUBLE_PROGRESSION' }), 'days.0.exercises.0.progressionRule.repRangeMin'],
  ['wave loading without a wave length', rule({ style: 'WAVE_LOADING' }), 'days.0.exercises.0.progressionRule.waveLength'],
  ['a malformed exercise id', atSlot({ exerciseId: 'not-an-id' }, 1, 0), 'days.1.exercises.0.exerciseId'],
  ['an id of another type', atSlot({ exerciseId: toGlobalId('Routine', 1) }, 1, 0), 'days.1.exercises.0.exerciseId'],
  ['an exercise that does not exist (routine_day_exercises_exercise_id_foreign)', atSlot({ exerciseId: toGlobalId('Exercise', 2_000_000_000) }, 0, 1), 'days.0.exercises.1.exerciseId'],
];

describe('createRoutine validation', () => {
  it.each(INVALID)('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_case, breaker, field) => {
    const { token, athleteId, athlete } = await sharedAthlete();
    const days = baseDays();
    const input: Record<string, unknown> = { athleteId, name: uniqueName(), days };
    if (typeof breaker === 'function') breaker(days);
    else Object.assign(input, breaker);
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const audits = await auditCount('create_routine');

    const result = await server.gql<CreateResult>(CREATE_ROUTINE, { input }, token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(field.split('.').at(-1)!);
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    expect(await auditCount('create_routine')).toBe(audits);
  });

  it('refuses a date that is not on the calendar with BAD_USER_INPUT, before anything runs', async () => {
    const { token, athleteId } = await sharedAthlete();
    const result = await server.gql(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), startsOn: '2026-02-30', days: baseDays() } }, token);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/startsOn/);
  });

  it('accepts the edges of every range, and normalises tempo to upper case', async () => {
    const { token, athleteId } = await sharedAthlete();
    const days = baseDays();
    Object.assign(days[0]!.exercises[0]!.sets[0]!, {
      targetRpe: 10, targetRir: 0, targetReps: 0, targetRepsMin: 0, targetRepsMax: 1000, targetPct1rm: 120, targetWeightKg: 1000,
      targetRestSeconds: 0, targetDurationSeconds: 0, targetDistanceMeters: 0, targetTempo: '31x0',
    });
    Object.assign(days[0]!.exercises[1]!.sets[0]!, { targetRpe: 1, targetRir: 10, targetPct1rm: 0.1, targetWeightKg: 0.01 });
    Object.assign(days[0]!.exercises[0]!, { supersetGroup: 1, progressionRule: { style: 'PERCENT_1RM_WAVE', waveLength: 8, incrementKg: 50, deloadPct: 99.9, deloadEveryNCycles: 2 } });
    Object.assign(days[0]!.exercises[1]!, { progressionRule: { style: 'DOUBLE_PROGRESSION', repRangeMin: 1, repRangeMax: 1, incrementKg: 0, deloadPct: 0.1 } });
    const result = await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: 'x'.repeat(120), days } }, token);
    expect(result.errors).toBeUndefined();
    const stored = result.data!.createRoutine.routine.days[0]!.exercises[0]!.sets[0]!;
    expect(stored).toMatchObject({ targetRpe: 10, targetTempo: '31X0', targetRepsMax: 1000, targetPct1rm: 120, targetWeightKg: 1000 });
  });
});

let shared: Promise<{ athlete: TestAthlete; token: string; athleteId: string }> | undefined;
/** One athlete for the read-only validation cases (each creates nothing). */
const sharedAthlete = () => (shared ??= athleteWithToken());

describe('createRoutine conflicts and retries', () => {
  it('answers a retried create (same athlete, same name) with CONFLICT on name, duplicating nothing', async () => {
    const { token, athleteId, athlete } = await athleteWithToken();
    const input = { athleteId, name: uniqueName('Retry'), days: baseDays() };
    const first = await server.gql<CreateResult>(CREATE_ROUTINE, { input }, token);
    expect(first.errors).toBeUndefined();
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const audits = await auditCount('create_routine');

    const retry = await server.gql(CREATE_ROUTINE, { input: { ...input, name: ` ${input.name} ` } }, token);
    expect(retry.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(retry.errors?.[0]?.message).toMatch(/already has a routine with this name/);
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    expect(await auditCount('create_routine')).toBe(audits);
  });

  it('lets exactly one of two racing identical creates win (uq_routines_subject_name); the loser stores nothing', async () => {
    const { token, athleteId, athlete } = await athleteWithToken();
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const input = { athleteId, name: uniqueName('Race'), days: baseDays() };
    const results = await Promise.all([0, 1, 2].map(() => server.gql<CreateResult>(CREATE_ROUTINE, { input }, token)));
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((result) => result.errors)) expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual({ ...before, routines: before.routines + 1, days: before.days + 2, exercises: before.exercises + 4, sets: before.sets + 12 });
  });
});

describe('who may write a plan', () => {
  it("refuses another athlete's plan with NOT_FOUND: create, update, archive, activate and read", async () => {
    const { athleteId, athlete } = await athleteWithToken();
    const { token: strangerToken } = await athleteWithToken();
    const before = await countPlanRows(server.orm, athlete.subjectId);
    const routineId = toGlobalId('Routine', athlete.routineId);

    const create = await server.gql(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days: baseDays() } }, strangerToken);
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const update = await server.gql(UPDATE_ROUTINE, { input: { id: routineId, revision: 1, name: 'Mine now' } }, strangerToken);
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const archive = await server.gql(ARCHIVE_ROUTINE, { input: { id: routineId, revision: 1 } }, strangerToken);
    expect(archive.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const activate = await server.gql(SET_ACTIVE_ROUTINE, { input: { id: routineId } }, strangerToken);
    expect(activate.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const read = await server.gql<{ node: unknown }>(READ_ROUTINE, { id: routineId }, strangerToken);
    expect(read.data!.node).toBeNull();

    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    const [row] = await server.orm.em.fork().execute<{ name: string; revision: number; is_active: boolean; archived_at: Date | null }[]>(
      'select name, revision, is_active, archived_at from routines where id = ?', [athlete.routineId]);
    expect(row).toMatchObject({ name: 'Test routine', revision: 1, is_active: true, archived_at: null });
  });

  it("lets the athlete's coach write the plan (createdBy names the coach), and not another coach", async () => {
    const coach = await createTestCoach(server.orm);
    const otherCoach = await createTestCoach(server.orm);
    const { athleteId, athlete, token: athleteToken } = await athleteWithToken({ coach: coach.user });
    const coachToken = await logInAs(server, coach.email);
    const otherToken = await logInAs(server, otherCoach.email);
    const before = await countPlanRows(server.orm, athlete.subjectId);

    const refused = await server.gql(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days: baseDays() } }, otherToken);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);

    const created = await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName('Coached'), days: baseDays() } }, coachToken);
    expect(created.errors).toBeUndefined();
    const routine = created.data!.createRoutine.routine;
    expect(routine.createdBy).toMatchObject({ id: toGlobalId('User', coach.user.id), role: 'COACH', isViewer: true });
    const seen = await server.gql<{ node: RoutineView }>(READ_ROUTINE, { id: routine.id }, athleteToken);
    expect(seen.data!.node.createdBy).toMatchObject({ role: 'COACH', isViewer: false });

    const edited = await server.gql(UPDATE_ROUTINE, { input: { id: routine.id, revision: 1, description: 'From your coach' } }, coachToken);
    expect(edited.errors).toBeUndefined();
    const otherEdit = await server.gql(UPDATE_ROUTINE, { input: { id: routine.id, revision: 2, description: 'Not your athlete' } }, otherToken);
    expect(otherEdit.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('requires a login', async () => {
    const { athleteId } = await sharedAthlete();
    const result = await server.gql(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days: baseDays() } });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it("uses shipped, public and the athlete's coach's private exercises, but not another coach's private ones", async () => {
    const coach = await createTestCoach(server.orm);
    const otherCoach = await createTestCoach(server.orm);
    const { athleteId, athlete, token } = await athleteWithToken({ coach: coach.user });
    const ownPrivate = await createCoachExercise(server.orm, coach.user, false);
    const otherPublic = await createCoachExercise(server.orm, otherCoach.user, true);
    const otherPrivate = await createCoachExercise(server.orm, otherCoach.user, false);
    const before = await countPlanRows(server.orm, athlete.subjectId);

    const refused = await server.gql(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days: oneDay(otherPrivate) } }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.0.exercises.0.exerciseId' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);

    const days: DayInput[] = [{ exercises: [ownPrivate, otherPublic, ids.get('barbell-row')!].map((exerciseId) => ({ exerciseId, sets: [{ targetReps: 5 }] })) }];
    const accepted = await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days } }, token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.createRoutine.routine.days[0]!.exercises.map((slot) => slot.exercise.id)).toEqual([ownPrivate, otherPublic, ids.get('barbell-row')]);
  });
});

describe('the active routine', () => {
  it('stays with the current routine unless makeActive; a first routine becomes active by itself', async () => {
    const { token, athleteId, athlete } = await athleteWithToken();
    const implicit = await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days: baseDays() } }, token);
    expect(implicit.data!.createRoutine.routine.isActive).toBe(false);
    const explicit = await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), makeActive: false, days: baseDays() } }, token);
    expect(explicit.data!.createRoutine.routine.isActive).toBe(false);

    // Without an active routine, the next one created becomes active.
    const archived = await server.gql(ARCHIVE_ROUTINE, { input: { id: toGlobalId('Routine', athlete.routineId), revision: 1 } }, token);
    expect(archived.errors).toBeUndefined();
    const first = await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName(), days: baseDays() } }, token);
    expect(first.data!.createRoutine.routine.isActive).toBe(true);
    expect(first.data!.createRoutine.deactivatedRoutines).toEqual([]);
  });

  it('setActiveRoutine switches the one active routine in one transaction, also when two switches race', async () => {
    const { token, athleteId, athlete } = await athleteWithToken();
    const a = (await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName('A'), days: baseDays() } }, token)).data!.createRoutine.routine;
    const b = (await server.gql<CreateResult>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName('B'), days: baseDays() } }, token)).data!.createRoutine.routine;

    const switched = await server.gql<{ setActiveRoutine: { routine: { id: string; isActive: boolean; revision: number }; deactivatedRoutines: { id: string; isActive: boolean }[] } }>(
      SET_ACTIVE_ROUTINE, { input: { id: a.id } }, token);
    expect(switched.errors).toBeUndefined();
    expect(switched.data!.setActiveRoutine.routine).toEqual({ id: a.id, isActive: true, revision: 1 });
    expect(switched.data!.setActiveRoutine.deactivatedRoutines).toEqual([{ id: toGlobalId('Routine', athlete.routineId), isActive: false }]);
    const activeIds = async () =>
      (await server.orm.em.fork().execute<{ id: number }[]>('select id from routines where subject_id = ? and is_active', [athlete.subjectId])).map((row) => row.id);
    expect(await activeIds()).toEqual([dbId(a.id)]);
    expect(await auditCount('update_routine', dbId(a.id))).toBe(1);

    // Activating the active routine again changes nothing and records nothing.
    const again = await server.gql(SET_ACTIVE_ROUTINE, { input: { id: a.id } }, token);
    expect(again.errors).toBeUndefined();
    expect(await auditCount('update_routine', dbId(a.id))).toBe(1);

    for (let round = 0; round < 3; round += 1) {
      const raced = await Promise.all([b.id, toGlobalId('Routine', athlete.routineId)].map((id) => server.gql(SET_ACTIVE_ROUTINE, { input: { id } }, token)));
      expect(raced.every((result) => !result.errors)).toBe(true);
      expect(await activeIds()).toHaveLength(1);
    }
  });

  it('refuses to activate an archived routine with CONFLICT', async () => {
    const { token, athlete } = await athleteWithToken();
    const id = toGlobalId('Routine', athlete.routineId);
    await server.gql(ARCHIVE_ROUTINE, { input: { id, revision: 1 } }, token);
    const result = await server.gql(SET_ACTIVE_ROUTINE, { input: { id } }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });
});

describe('archiveRoutine', () => {
  it('answers an anonymous caller UNAUTHENTICATED alike for a routine that exists and one that does not, even with the services’ tenant checks off', async () => {
    const { athlete } = await athleteWithToken();
    setServiceTenantChecksForTests(false);
    try {
      const existing = await server.gql(ARCHIVE_ROUTINE, { input: { id: toGlobalId('Routine', athlete.routineId), revision: 1 } });
      const missing = await server.gql(ARCHIVE_ROUTINE, { input: { id: toGlobalId('Routine', 999_999_999), revision: 1 } });
      expect(existing.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(missing.errors).toEqual(existing.errors);
    } finally {
      setServiceTenantChecksForTests(true);
    }
  });

  it('archives with the revision read (deactivated, revision + 1, audited); a retry returns it unchanged; a stale revision is a CONFLICT', async () => {
    const { token, athlete } = await athleteWithToken();
    const id = toGlobalId('Routine', athlete.routineId);
    const stale = await server.gql(ARCHIVE_ROUTINE, { input: { id, revision: 7 } }, token);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'revision' });
    expect(stale.errors?.[0]?.message).toMatch(/Reload it/);

    type Archived = { archiveRoutine: { routine: { id: string; isActive: boolean; revision: number; archivedAt: string | null } } };
    const archived = await server.gql<Archived>(ARCHIVE_ROUTINE, { input: { id, revision: 1 } }, token);
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveRoutine.routine).toMatchObject({ id, isActive: false, revision: 2 });
    expect(archived.data!.archiveRoutine.routine.archivedAt).not.toBeNull();
    const retry = await server.gql<Archived>(ARCHIVE_ROUTINE, { input: { id, revision: 1 } }, token);
    expect(retry.data!.archiveRoutine.routine).toEqual(archived.data!.archiveRoutine.routine);
    expect(await auditCount('archive_routine', athlete.routineId)).toBe(1);

    const edit = await server.gql(UPDATE_ROUTINE, { input: { id, revision: 2, name: 'Too late' } }, token);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(edit.errors?.[0]?.message).toMatch(/archived/);
  });
});
