import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { COMPLETE, CORRECT, LOG_SET, dbId, errorOf, logSet, startedSession } from './execution.test-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const LAST_TIME = /* GraphQL */ `
  query ($id: ID!, $athleteId: ID!) {
    node(id: $id) { ... on Exercise { lastTime(athleteId: $athleteId) { sessionId workoutDate sets { id setIndex weightKg reps isWarmup isDropSet toFailure } } } }
  }`;
type LastTime = { sessionId: string; workoutDate: string; sets: { id: string; setIndex: number; weightKg: number; reps: number; isWarmup: boolean; isDropSet: boolean; toFailure: boolean }[] } | null;

async function lastTime(token: string, exerciseId: string, subjectId: number) {
  return server.gql<{ node: { lastTime: LastTime } | null }>(LAST_TIME, { id: exerciseId, athleteId: toGlobalId('Athlete', subjectId) }, token);
}

describe('Exercise.lastTime', () => {
  it('is null until a session with the exercise is finished, then lists that session’s sets of it (warm-up, drop and failure marked)', async () => {
    const started = await startedSession(server);
    const [bench] = started.exerciseIds;
    const warmup = await logSet(server, started, { exerciseId: bench, weightKg: 40, reps: 10, isWarmup: true });
    const work = await logSet(server, started, { exerciseId: bench, weightKg: 80, reps: 6, toFailure: true });
    const drop = await logSet(server, started, { exerciseId: bench, weightKg: 60, reps: 8, isDropSet: true });

    // The session in progress is today's, not "last time".
    const during = await lastTime(started.token, bench!, started.athlete.subjectId);
    expect(during.errors).toBeUndefined();
    expect(during.data!.node!.lastTime).toBeNull();

    expect((await server.gql(COMPLETE, { input: { sessionId: started.sessionId } }, started.token)).errors).toBeUndefined();
    const after = (await lastTime(started.token, bench!, started.athlete.subjectId)).data!.node!.lastTime!;
    expect(after.sessionId).toBe(started.sessionId);
    expect(after.sets).toEqual([
      { id: warmup, setIndex: 1, weightKg: 40, reps: 10, isWarmup: true, isDropSet: false, toFailure: false },
      { id: work, setIndex: 2, weightKg: 80, reps: 6, isWarmup: false, isDropSet: false, toFailure: true },
      { id: drop, setIndex: 3, weightKg: 60, reps: 8, isWarmup: false, isDropSet: true, toFailure: false },
    ]);
    // Without athleteId: the viewer's own history.
    const own = await server.gql<{ node: { lastTime: LastTime } }>('query ($id: ID!) { node(id: $id) { ... on Exercise { lastTime { sessionId sets { id } } } } }', { id: bench }, started.token);
    expect(own.data!.node.lastTime!.sets.map((set) => set.id)).toEqual([warmup, work, drop]);
    // Another exercise of the day was not done: nothing to show for it.
    expect((await lastTime(started.token, started.exerciseIds[1]!, started.athlete.subjectId)).data!.node!.lastTime).toBeNull();
  });

  it('picks the most recent finished session that has the exercise, from generated history', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 3 });
    const token = await logInAs(server, athlete.email);
    const em = server.orm.em.fork();
    const [latest] = await rawQuery<{ exercise_id: number; session_id: number; workout_date: string }>(
      em,
      `select l.exercise_id, s.id as session_id, s.workout_date::text as workout_date
         from exercise_set_logs l join workout_sessions s on s.id = l.session_id
        where l.subject_id = ? and s.status in ('COMPLETED', 'PARTIAL')
        order by l.exercise_id, s.workout_date desc, s.id desc limit 1`,
      [athlete.subjectId],
    );
    const expected = await rawQuery<{ id: number }>(em, 'select id from exercise_set_logs where session_id = ? and exercise_id = ? order by set_index', [latest!.session_id, latest!.exercise_id]);
    const found = (await lastTime(token, toGlobalId('Exercise', latest!.exercise_id), athlete.subjectId)).data!.node!.lastTime!;
    expect(found.workoutDate).toBe(latest!.workout_date);
    expect(found.sets.map((set) => dbId(set.id))).toEqual(expected.map((row) => row.id));
  });

  it('is readable by the athlete’s coach; anyone else gets NOT_FOUND', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 1 });
    const stranger = await createTestAthlete(server.orm);
    const [row] = await rawQuery<{ exercise_id: number }>(server.orm.em.fork(), 'select exercise_id from exercise_set_logs where subject_id = ? limit 1', [athlete.subjectId]);
    const exerciseId = toGlobalId('Exercise', row!.exercise_id);

    const byCoach = await lastTime(await logInAs(server, coach.email), exerciseId, athlete.subjectId);
    expect(byCoach.errors).toBeUndefined();
    expect(byCoach.data!.node!.lastTime!.sets.length).toBeGreaterThan(0);

    const byStranger = await lastTime(await logInAs(server, stranger.email), exerciseId, athlete.subjectId);
    expect(errorOf(byStranger)?.code).toBe('NOT_FOUND');
    // A coach keeps no log of their own: omitting athleteId says so.
    const coachOwn = await server.gql('query ($id: ID!) { node(id: $id) { ... on Exercise { lastTime { sessionId } } } }', { id: exerciseId }, await logInAs(server, coach.email));
    expect(errorOf(coachOwn)?.code).toBe('NOT_FOUND');
    expect(coachOwn.errors?.[0]?.message).toMatch(/^athleteId: you keep no training log/);
  });

  it('costs the same statements for one exercise and for a page of twenty', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 2 });
    const token = await logInAs(server, athlete.email);
    const PAGE = `query ($athleteId: ID!, $first: Int) { exercises(first: $first) { edges { node { slug lastTime(athleteId: $athleteId) {
      workoutDate sets { weightKg reps isDropSet exercise { slug } } } } } } }`;
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const one = await server.gql(PAGE, { athleteId, first: 1 }, token);
    const many = await server.gql<{ exercises: { edges: unknown[] } }>(PAGE, { athleteId, first: 20 }, token);
    expect(many.errors).toBeUndefined();
    expect(many.data!.exercises.edges).toHaveLength(20);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it('costs the same statements under a session with one exercise and with many (the logger’s query)', async () => {
    const SESSION = `{ viewer { athlete { id currentSession { routineDay { exercises { exercise { lastTime(athleteId: "ATHLETE") { sets { weightKg } } } } } } } } }`;
    const small = await startedSession(server);
    const big = await createTestAthlete(server.orm, {
      historyWeeks: 1,
      days: [{ title: 'Full', exercises: ['barbell-bench-press', 'barbell-row', 'barbell-back-squat', 'lat-pulldown', 'overhead-press', 'barbell-curl'].map((slug) => ({ slug, sets: 2, reps: 8, weightKg: 40 })) }],
    });
    const bigToken = await logInAs(server, big.email);
    expect((await server.gql(`mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }`, { input: { routineDayId: big.dayIds[0] } }, bigToken)).errors).toBeUndefined();
    const one = await server.gql(SESSION.replace('ATHLETE', toGlobalId('Athlete', small.athlete.subjectId)), {}, small.token);
    const many = await server.gql<{ viewer: { athlete: { currentSession: { routineDay: { exercises: { exercise: { lastTime: LastTime } }[] } } } } }>(
      SESSION.replace('ATHLETE', toGlobalId('Athlete', big.subjectId)),
      {},
      bigToken,
    );
    expect(many.errors).toBeUndefined();
    const slots = many.data!.viewer.athlete.currentSession.routineDay.exercises;
    expect(slots).toHaveLength(6);
    expect(slots.filter((slot) => slot.exercise.lastTime !== null).length).toBeGreaterThan(0);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});

describe('drop sets', () => {
  const LOG = LOG_SET.replace('isWarmup toFailure }', 'isWarmup toFailure isDropSet }');
  type Logged = { logSet: { setLog: { id: string; isDropSet: boolean }; progress: { volumeKg: number }; records: { kind: string }[] } };

  it('are stored, count for volume, and a retry with another set type is a CONFLICT', async () => {
    const started = await startedSession(server);
    const exerciseId = started.exerciseIds[0];
    await logSet(server, started, { exerciseId, weightKg: 80, reps: 6 });
    const input = { clientId: randomUUID(), sessionId: started.sessionId, exerciseId, weightKg: 60, reps: 8, isDropSet: true };
    const drop = await server.gql<Logged>(LOG, { input }, started.token);
    expect(drop.errors).toBeUndefined();
    expect(drop.data!.logSet.setLog.isDropSet).toBe(true);
    expect(drop.data!.logSet.progress.volumeKg).toBe(80 * 6 + 60 * 8);
    // A drop set is a working set: its volume raises the session-volume record.
    expect(drop.data!.logSet.records.map((record) => record.kind)).toContain('SESSION_VOLUME');

    const retry = await server.gql<Logged>(LOG, { input }, started.token);
    expect(retry.data!.logSet.setLog.id).toBe(drop.data!.logSet.setLog.id);
    const changed = await server.gql<Logged>(LOG, { input: { ...input, isDropSet: false } }, started.token);
    expect(errorOf(changed)?.code).toBe('CONFLICT');
  });

  it('cannot also be warm-ups, when logged or corrected (BAD_USER_INPUT on isDropSet)', async () => {
    const started = await startedSession(server);
    const exerciseId = started.exerciseIds[0];
    const both = await server.gql(LOG, { input: { clientId: randomUUID(), sessionId: started.sessionId, exerciseId, weightKg: 20, reps: 10, isWarmup: true, isDropSet: true } }, started.token);
    expect(errorOf(both)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isDropSet' });

    const warmup = await logSet(server, started, { exerciseId, weightKg: 20, reps: 10, isWarmup: true });
    const corrected = await server.gql(CORRECT, { input: { id: warmup, isDropSet: true } }, started.token);
    expect(errorOf(corrected)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isDropSet' });
    const fixed = await server.gql<{ correctSetLog: { setLog: { id: string } } }>(CORRECT.replace('isWarmup toFailure }', 'isWarmup toFailure isDropSet }'), { input: { id: warmup, isWarmup: false, isDropSet: true } }, started.token);
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.correctSetLog.setLog).toMatchObject({ isWarmup: false, isDropSet: true });
  });
});
