import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, logInAs, type TestAthlete } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { ARCHIVE, coachWithToken, createExercise, errorOf, minimalInput, publicName } from '../catalog/catalog.test-helpers.js';
import { CoachAthlete } from '../identity/coach-athlete.entity.js';
import { ARCHIVE_CYCLE, START_CYCLE } from '../planning/planning.test-helpers.js';
import { ExerciseSetLog } from './exercise-set-log.entity.js';
import { WorkoutSession } from './workout-session.entity.js';

const TODAY_PLAN = /* GraphQL */ `
  query Today {
    viewer { athlete { nextRoutineDay { id title exercises { exercise { id name } sets { id setIndex targetReps targetWeightKg } } } currentSession { id } } }
  }`;
const START = /* GraphQL */ `
  mutation Start($input: StartSessionInput!) { startSession(input: $input) { session { id status workoutDate } } }`;
const LOG_SET = /* GraphQL */ `
  mutation Log($input: LogSetInput!) {
    logSet(input: $input) {
      setLog { id clientId setIndex weightKg reps rpe }
      progress { sessionId setsDone setsPlanned volumeKg status }
      records { kind valueKg previousKg exercise { name } }
    }
  }`;
const COMPLETE = /* GraphQL */ `
  mutation Complete($input: CompleteSessionInput!) { completeSession(input: $input) { session { id status completedAt } progress { setsDone plannedSetsDone setsPlanned } } }`;

interface Plan {
  dayId: string;
  exercises: { exerciseId: string; name: string; sets: { id: string; targetReps: number; targetWeightKg: number }[] }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A fresh athlete with a started session on their first routine day. */
async function startedSession(): Promise<{ athlete: TestAthlete; token: string; sessionId: string; plan: Plan }> {
  const athlete = await createTestAthlete(server.orm);
  const token = await logInAs(server, athlete.email);
  const today = await server.gql<{ viewer: { athlete: { nextRoutineDay: { id: string; exercises: { exercise: { id: string; name: string }; sets: Plan['exercises'][number]['sets'] }[] } } } }>(TODAY_PLAN, {}, token);
  const day = today.data!.viewer.athlete.nextRoutineDay;
  const started = await server.gql<{ startSession: { session: { id: string; status: string } } }>(START, { input: { routineDayId: day.id } }, token);
  expect(started.errors).toBeUndefined();
  expect(started.data!.startSession.session.status).toBe('IN_PROGRESS');
  return {
    athlete,
    token,
    sessionId: started.data!.startSession.session.id,
    plan: { dayId: day.id, exercises: day.exercises.map((slot) => ({ exerciseId: slot.exercise.id, name: slot.exercise.name, sets: slot.sets })) },
  };
}

const countLogs = (subjectId: number) => server.orm.em.fork().count(ExerciseSetLog, { subject: subjectId });

describe('startSession', () => {
  it("starts today's planned day, and a retried start returns the same session", async () => {
    const { token, sessionId, plan } = await startedSession();
    const again = await server.gql<{ startSession: { session: { id: string } } }>(START, { input: { routineDayId: plan.dayId } }, token);
    expect(again.data!.startSession.session.id).toBe(sessionId);
  });

  it('refuses a routine day of another athlete with NOT_FOUND', async () => {
    const { plan } = await startedSession();
    const stranger = await createTestAthlete(server.orm);
    const result = await server.gql(START, { input: { routineDayId: plan.dayId } }, await logInAs(server, stranger.email));
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('starts a second session on a day whose first is finished in slot 2 (two-a-days), and a fifth is a CONFLICT', async () => {
    const { token, sessionId, plan, athlete } = await startedSession();
    await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId, exerciseId: plan.exercises[0]!.exerciseId, weightKg: 80, reps: 5 } }, token);
    await server.gql(COMPLETE, { input: { sessionId } }, token);
    const START_SLOT = 'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id status slot workoutDate } } }';
    const first = await server.gql<{ node: { workoutDate: string } }>('query ($id: ID!) { node(id: $id) { ... on WorkoutSession { workoutDate } } }', { id: sessionId }, token);
    const workoutDate = first.data!.node.workoutDate;
    const slots: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const next = await server.gql<{ startSession: { session: { id: string; status: string; slot: number; workoutDate: string } } }>(START_SLOT, { input: { routineDayId: athlete.dayIds[1], workoutDate } }, token);
      expect(next.errors).toBeUndefined();
      expect(next.data!.startSession.session).toMatchObject({ status: 'IN_PROGRESS', workoutDate });
      expect(next.data!.startSession.session.id).not.toBe(sessionId);
      slots.push(next.data!.startSession.session.slot);
      await server.gql(COMPLETE, { input: { sessionId: next.data!.startSession.session.id } }, token);
    }
    expect(slots).toEqual([2, 3, 4]);
    const fifth = await server.gql(START_SLOT, { input: { routineDayId: athlete.dayIds[0], workoutDate } }, token);
    expect(fifth.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(fifth.errors?.[0]?.message).toMatch(/4 sessions/);
    expect(await server.orm.em.fork().count(WorkoutSession, { subject: athlete.subjectId })).toBe(4);
  });

  it('files a new session under the routine\'s latest cycle, never under an archived one', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const routineId = Buffer.from(`Routine:${athlete.routineId}`).toString('base64url');
    const first = await server.gql<{ startCycle: { cycle: { id: string } } }>(START_CYCLE, { input: { routineId, startedOn: '2026-09-01' } }, token);
    expect(first.errors).toBeUndefined();
    const second = await server.gql<{ startCycle: { cycle: { id: string } } }>(START_CYCLE, { input: { routineId, startedOn: '2026-10-01' } }, token);
    expect(second.errors).toBeUndefined();
    expect((await server.gql(ARCHIVE_CYCLE, { input: { id: second.data!.startCycle.cycle.id } }, token)).errors).toBeUndefined();

    const started = await server.gql<{ startSession: { session: { id: string } } }>(START, { input: { routineDayId: athlete.dayIds[0] } }, token);
    expect(started.errors).toBeUndefined();
    const session = await server.orm.em.fork().findOneOrFail(WorkoutSession, { subject: athlete.subjectId });
    expect(session.cycle?.id).toBe(Number(Buffer.from(first.data!.startCycle.cycle.id, 'base64url').toString().split(':')[1]));
  });

  it('requires a login', async () => {
    const { plan } = await startedSession();
    const result = await server.gql(START, { input: { routineDayId: plan.dayId } });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a malformed id and a date far from today with BAD_USER_INPUT naming the field', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const badId = await server.gql(START, { input: { routineDayId: 'not-an-id' } }, token);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'routineDayId' });
    const badDate = await server.gql(START, { input: { routineDayId: athlete.dayIds[0], workoutDate: '2001-01-01' } }, token);
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workoutDate' });
  });
});

describe('logSet', () => {
  it('stores the set, returns progress and the records it set', async () => {
    const { token, sessionId, plan, athlete } = await startedSession();
    const bench = plan.exercises[0]!;
    const input = { clientId: randomUUID(), sessionId, exerciseId: bench.exerciseId, plannedSetId: bench.sets[0]!.id, weightKg: 82.5, reps: 5, rpe: 8 };
    const result = await server.gql<{ logSet: { setLog: { setIndex: number; weightKg: number }; progress: { setsDone: number; setsPlanned: number; volumeKg: number }; records: { kind: string; valueKg: number; previousKg: number | null }[] } }>(LOG_SET, { input }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.logSet.setLog).toMatchObject({ setIndex: 1, weightKg: 82.5 });
    expect(result.data!.logSet.progress).toMatchObject({ setsDone: 1, setsPlanned: 5, volumeKg: 412.5 });
    // The first set of an exercise is a record of every kind (no history).
    expect(result.data!.logSet.records.map((record) => record.kind)).toEqual(['HEAVIEST_WEIGHT', 'BEST_E1RM', 'SET_VOLUME', 'SESSION_VOLUME']);

    const second = await server.gql<{ logSet: { setLog: { setIndex: number }; records: { kind: string; previousKg: number }[]; progress: { setsDone: number; volumeKg: number } } }>(
      LOG_SET,
      { input: { ...input, clientId: randomUUID(), plannedSetId: bench.sets[1]!.id, weightKg: 85, reps: 3 } },
      token,
    );
    expect(second.data!.logSet.setLog.setIndex).toBe(2);
    expect(second.data!.logSet.progress).toMatchObject({ setsDone: 2, volumeKg: 667.5 });
    // 85 × 3 is heavier than 82.5 but its e1RM (93.5) is below 82.5 × 5 (96.25), and so is its volume (255 < 412.5);
    // the session's bench volume grows to 667.5 kg.
    expect(second.data!.logSet.records).toEqual([
      { kind: 'HEAVIEST_WEIGHT', valueKg: 85, previousKg: 82.5, exercise: { name: 'Barbell Bench Press' } },
      { kind: 'SESSION_VOLUME', valueKg: 667.5, previousKg: 412.5, exercise: { name: 'Barbell Bench Press' } },
    ]);
    expect(await countLogs(athlete.subjectId)).toBe(2);
  });

  it('is idempotent on clientId: a retry stores nothing and returns the same set and progress', async () => {
    const { token, sessionId, plan, athlete } = await startedSession();
    const input = { clientId: randomUUID(), sessionId, exerciseId: plan.exercises[0]!.exerciseId, plannedSetId: plan.exercises[0]!.sets[0]!.id, weightKg: 80, reps: 5 };
    const first = await server.gql<{ logSet: { setLog: { id: string }; progress: { setsDone: number }; records: unknown[] } }>(LOG_SET, { input }, token);
    const retry = await server.gql<{ logSet: { setLog: { id: string }; progress: { setsDone: number }; records: unknown[] } }>(LOG_SET, { input }, token);
    expect(retry.data!.logSet.setLog.id).toBe(first.data!.logSet.setLog.id);
    expect(retry.data!.logSet.progress.setsDone).toBe(1);
    expect(retry.data!.logSet.records).toEqual(first.data!.logSet.records);
    expect(await countLogs(athlete.subjectId)).toBe(1);
  });

  it('answers CONFLICT for a different set under a used clientId, and stores nothing', async () => {
    const { token, sessionId, plan, athlete } = await startedSession();
    const input = { clientId: randomUUID(), sessionId, exerciseId: plan.exercises[0]!.exerciseId, weightKg: 80, reps: 5 };
    await server.gql(LOG_SET, { input }, token);
    const conflict = await server.gql(LOG_SET, { input: { ...input, reps: 6 } }, token);
    expect(conflict.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await countLogs(athlete.subjectId)).toBe(1);
  });

  it('logs a planned set at most once per session (CONFLICT)', async () => {
    const { token, sessionId, plan, athlete } = await startedSession();
    const base = { sessionId, exerciseId: plan.exercises[0]!.exerciseId, plannedSetId: plan.exercises[0]!.sets[0]!.id, weightKg: 80, reps: 5 };
    await server.gql(LOG_SET, { input: { ...base, clientId: randomUUID() } }, token);
    const twice = await server.gql(LOG_SET, { input: { ...base, clientId: randomUUID() } }, token);
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await countLogs(athlete.subjectId)).toBe(1);
  });

  it.each([
    ['negative reps', { reps: -1 }, 'reps'],
    ['weight over 1000 kg', { weightKg: 1000.5 }, 'weightKg'],
    ['RPE out of range', { rpe: 11 }, 'rpe'],
    ['RPE not in halves', { rpe: 7.3 }, 'rpe'],
    ['a clientId that is not a UUID', { clientId: 'retry-1' }, 'clientId'],
  ])('rejects %s with BAD_USER_INPUT naming the field, storing nothing', async (_what, change, field) => {
    const { token, sessionId, plan, athlete } = await startedSession();
    const input = { clientId: randomUUID(), sessionId, exerciseId: plan.exercises[0]!.exerciseId, weightKg: 80, reps: 5, ...change };
    const result = await server.gql(LOG_SET, { input }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(field));
    expect(await countLogs(athlete.subjectId)).toBe(0);
  });

  it('answers NOT_FOUND for unknown ids and for another athlete’s session, storing nothing', async () => {
    const { token, sessionId, plan, athlete } = await startedSession();
    const base = { clientId: randomUUID(), sessionId, exerciseId: plan.exercises[0]!.exerciseId, weightKg: 80, reps: 5 };
    const unknownExercise = await server.gql(LOG_SET, { input: { ...base, exerciseId: Buffer.from('Exercise:999999').toString('base64url') } }, token);
    expect(unknownExercise.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const unknownSession = await server.gql(LOG_SET, { input: { ...base, sessionId: Buffer.from('WorkoutSession:999999').toString('base64url') } }, token);
    expect(unknownSession.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const stranger = await createTestAthlete(server.orm);
    const foreign = await server.gql(LOG_SET, { input: base }, await logInAs(server, stranger.email));
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await countLogs(athlete.subjectId)).toBe(0);
    expect(await countLogs(stranger.subjectId)).toBe(0);
  });

  it("hides another coach's private exercise (NOT_FOUND) and refuses an archived one off the plan, storing nothing", async () => {
    const { token, sessionId, athlete } = await startedSession();
    const otherCoach = await coachWithToken(server);
    const secret = await createExercise(server, otherCoach.token, minimalInput(publicName('Secret squat')));
    const base = { sessionId, weightKg: 60, reps: 5 };
    const hidden = await server.gql(LOG_SET, { input: { ...base, clientId: randomUUID(), exerciseId: secret.id } }, token);
    expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND' });

    const ownCoach = await coachWithToken(server);
    await server.orm.em.fork().insert(CoachAthlete, { coach: ownCoach.user.id, athlete: athlete.userId });
    const retired = await createExercise(server, ownCoach.token, minimalInput(publicName('Retired press')));
    const visible = await server.gql(LOG_SET, { input: { ...base, clientId: randomUUID(), exerciseId: retired.id } }, token);
    expect(visible.errors).toBeUndefined();
    const archived = await server.gql(ARCHIVE, { input: { id: retired.id } }, ownCoach.token);
    expect(archived.errors).toBeUndefined();
    const refused = await server.gql(LOG_SET, { input: { ...base, clientId: randomUUID(), exerciseId: retired.id } }, token);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exerciseId' });
    expect(await countLogs(athlete.subjectId)).toBe(1);
  });

  it('rejects a planned set from another day with BAD_USER_INPUT', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const started = await server.gql<{ startSession: { session: { id: string } } }>(START, { input: { routineDayId: athlete.dayIds[0] } }, token);
    const day2 = await server.gql<{ node: { exercises: { exercise: { id: string }; sets: { id: string }[] }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on RoutineDay { exercises { exercise { id } sets { id } } } } }',
      { id: athlete.dayIds[1] },
      token,
    );
    const other = day2.data!.node.exercises[0]!;
    const result = await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId: started.data!.startSession.session.id, exerciseId: other.exercise.id, plannedSetId: other.sets[0]!.id, weightKg: 50, reps: 8 } }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedSetId' });
  });
});

describe('completeSession', () => {
  it('marks a session with sets missing PARTIAL, refuses further logs, and a retry is a no-op', async () => {
    const { token, sessionId, plan } = await startedSession();
    const exercise = plan.exercises[0]!;
    await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId, exerciseId: exercise.exerciseId, plannedSetId: exercise.sets[0]!.id, weightKg: 80, reps: 5 } }, token);
    const done = await server.gql<{ completeSession: { session: { status: string; completedAt: string }; progress: { setsDone: number } } }>(COMPLETE, { input: { sessionId } }, token);
    expect(done.data!.completeSession.session.status).toBe('PARTIAL');
    const again = await server.gql<{ completeSession: { session: { status: string; completedAt: string } } }>(COMPLETE, { input: { sessionId } }, token);
    expect(again.data!.completeSession.session).toEqual(done.data!.completeSession.session);
    const late = await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId, exerciseId: exercise.exerciseId, weightKg: 80, reps: 5 } }, token);
    expect(late.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('keeps a session PARTIAL when added sets outnumber the planned ones it skipped: extras never stand in for the plan', async () => {
    const { token, sessionId, plan } = await startedSession();
    const planned = plan.exercises.flatMap((exercise) => exercise.sets.map((set) => ({ exercise, set })));
    const [skipped, ...logged] = planned;
    for (const { exercise, set } of logged) {
      await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId, exerciseId: exercise.exerciseId, plannedSetId: set.id, weightKg: set.targetWeightKg, reps: set.targetReps } }, token);
    }
    for (const _ of [1, 2, 3]) {
      await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId, exerciseId: skipped!.exercise.exerciseId, weightKg: 40, reps: 12 } }, token);
    }
    const done = await server.gql<{ completeSession: { session: { status: string }; progress: { setsDone: number; plannedSetsDone: number; setsPlanned: number } } }>(COMPLETE, { input: { sessionId } }, token);
    expect(done.data!.completeSession.progress).toEqual({ setsDone: planned.length + 2, plannedSetsDone: planned.length - 1, setsPlanned: planned.length });
    expect(done.data!.completeSession.session.status).toBe('PARTIAL');
  });

  it('marks a session with every planned set logged COMPLETED, and Today moves to the next day', async () => {
    const { token, sessionId, plan } = await startedSession();
    for (const exercise of plan.exercises) {
      for (const set of exercise.sets) {
        const logged = await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId, exerciseId: exercise.exerciseId, plannedSetId: set.id, weightKg: set.targetWeightKg, reps: set.targetReps } }, token);
        expect(logged.errors).toBeUndefined();
      }
    }
    const done = await server.gql<{ completeSession: { session: { status: string } } }>(COMPLETE, { input: { sessionId } }, token);
    expect(done.data!.completeSession.session.status).toBe('COMPLETED');
    const today = await server.gql<{ viewer: { athlete: { nextRoutineDay: { title: string }; currentSession: null } } }>(TODAY_PLAN, {}, token);
    expect(today.data!.viewer.athlete.nextRoutineDay.title).toBe('Pull');
    expect(today.data!.viewer.athlete.currentSession).toBeNull();
  });
});
