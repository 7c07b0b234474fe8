import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../db/seeders/generator.js';
import { generateVolume } from '../../db/seeders/volume.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import {
  COMPLETE,
  CORRECT,
  DELETE_SET,
  LOG_SET,
  START,
  auditRows,
  countRows,
  dbId,
  engineRecords,
  errorOf,
  logSet,
  recordsTable,
  startedSession,
} from './execution.test-helpers.js';
import { rebuildPersonalRecords } from './personal-record.service.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface SetLogFields {
  id: string;
  weightKg: number;
  reps: number;
  rpe: number | null;
  rir: number | null;
  tempo: string | null;
  restSeconds: number | null;
  durationSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  notes: string | null;
  isWarmup: boolean;
  toFailure: boolean;
}
type LogResult = { logSet: { setLog: SetLogFields; progress: { setsDone: number; volumeKg: number }; records: { kind: string; valueKg: number; previousKg: number | null }[] } };
type CorrectResult = {
  correctSetLog: {
    setLog: SetLogFields;
    progress: { setsDone: number; volumeKg: number } | null;
    records: { kind: string; value: number; unit: string; setLog: { id: string } | null; session: { id: string } | null }[];
  };
};
type DeleteResult = { deleteSetLog: { deletedSetLogId: string; progress: { setsDone: number; volumeKg: number } | null; records: { kind: string; value: number; setLog: { id: string } | null }[] } };

const recordOf = (records: { kind: string; value: number; setLog: { id: string } | null }[], kind: string) => records.find((record) => record.kind === kind);

describe('logSet: strength and endurance sets', () => {
  it('stores a run (duration, distance, heart rate) without load or reps; it sets no load records', async () => {
    const started = await startedSession(server);
    const input = { clientId: randomUUID(), sessionId: started.sessionId, exerciseId: started.exerciseIds[0], durationSeconds: 1800, distanceMeters: 5000.456, avgHeartRate: 150, maxHeartRate: 178, notes: 'easy pace' };
    const result = await server.gql<LogResult>(LOG_SET, { input }, started.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.logSet.setLog).toMatchObject({ weightKg: 0, reps: 0, durationSeconds: 1800, distanceMeters: 5000.46, avgHeartRate: 150, maxHeartRate: 178, notes: 'easy pace' });
    expect(result.data!.logSet.records).toEqual([]);
    expect(await countRows(server, 'personal_records', started.athlete.subjectId)).toBe(0);
  });

  it('stores every strength field, and a retry with the same fields is a no-op while a changed field is a CONFLICT', async () => {
    const started = await startedSession(server);
    const input = {
      clientId: randomUUID(), sessionId: started.sessionId, exerciseId: started.exerciseIds[0],
      weightKg: 100, reps: 5, rpe: 8.5, rir: 1, tempo: '3-1-x-0', restSeconds: 180, toFailure: false, notes: 'belt',
    };
    const first = await server.gql<LogResult>(LOG_SET, { input }, started.token);
    expect(first.data!.logSet.setLog).toMatchObject({ weightKg: 100, reps: 5, rpe: 8.5, rir: 1, tempo: '3-1-X-0', restSeconds: 180, notes: 'belt', isWarmup: false, toFailure: false });
    const retry = await server.gql<LogResult>(LOG_SET, { input }, started.token);
    expect(retry.data!.logSet.setLog.id).toBe(first.data!.logSet.setLog.id);
    expect(retry.data!.logSet.records).toEqual(first.data!.logSet.records);
    const changed = await server.gql(LOG_SET, { input: { ...input, tempo: '2-0-1-0' } }, started.token);
    expect(errorOf(changed)?.code).toBe('CONFLICT');
    expect(await countRows(server, 'exercise_set_logs', started.athlete.subjectId)).toBe(1);
  });

  it('stores one set when the same logSet arrives twice at once (a client retrying before the first answer)', async () => {
    const started = await startedSession(server);
    const input = { clientId: randomUUID(), sessionId: started.sessionId, exerciseId: started.exerciseIds[0], weightKg: 90, reps: 4 };
    const [a, b] = await Promise.all([server.gql<LogResult>(LOG_SET, { input }, started.token), server.gql<LogResult>(LOG_SET, { input }, started.token)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.logSet.setLog.id).toBe(b.data!.logSet.setLog.id);
    expect(a.data!.logSet.records).toEqual(b.data!.logSet.records);
    expect(await countRows(server, 'exercise_set_logs', started.athlete.subjectId)).toBe(1);
    expect(await recordsTable(server, started.athlete.subjectId)).toEqual(await engineRecords(server, started.athlete.subjectId));
  });

  it('needs a measure (reps, durationSeconds or distanceMeters) and an average heart rate not above the maximum', async () => {
    const started = await startedSession(server);
    const base = { clientId: randomUUID(), sessionId: started.sessionId, exerciseId: started.exerciseIds[0] };
    expect(errorOf(await server.gql(LOG_SET, { input: { ...base, weightKg: 100 } }, started.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reps' });
    expect(errorOf(await server.gql(LOG_SET, { input: { ...base, durationSeconds: 60, avgHeartRate: 180, maxHeartRate: 170 } }, started.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'avgHeartRate',
    });
    // 0 reps is a measure: a failed attempt.
    expect((await server.gql(LOG_SET, { input: { ...base, weightKg: 140, reps: 0 } }, started.token)).errors).toBeUndefined();
    expect(await countRows(server, 'exercise_set_logs', started.athlete.subjectId)).toBe(1);
  });

  it.each([
    ['weightKg', -0.5], ['weightKg', 1000.5], ['reps', -1], ['reps', 1001],
    ['rpe', 0.5], ['rpe', 10.5], ['rpe', 7.3], ['rir', -1], ['rir', 11],
    ['tempo', 'fast'], ['tempo', '3-1-1-0-3-1-1-0'], ['restSeconds', -1], ['restSeconds', 86_401],
    ['durationSeconds', -1], ['durationSeconds', 604_801], ['distanceMeters', -0.1], ['distanceMeters', 1_000_001],
    ['avgHeartRate', 19], ['avgHeartRate', 251], ['maxHeartRate', 19], ['maxHeartRate', 251], ['notes', 'x'.repeat(2001)],
  ])('rejects %s = %s with BAD_USER_INPUT naming the field and its range, storing nothing', async (field, value) => {
    const started = await startedSession(server);
    const input = { clientId: randomUUID(), sessionId: started.sessionId, exerciseId: started.exerciseIds[0], weightKg: 80, reps: 5, [field]: value };
    const result = await server.gql(LOG_SET, { input }, started.token);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`^${field} must be`));
    expect(await countRows(server, 'exercise_set_logs', started.athlete.subjectId)).toBe(0);
  });
});

describe('correctSetLog', () => {
  it('changes only the fields sent (null clears one), audits the change, and returns progress and recomputed records', async () => {
    const started = await startedSession(server);
    const id = await logSet(server, started, { exerciseId: started.exerciseIds[0], weightKg: 100, reps: 5, rpe: 8, notes: 'ok' });
    const result = await server.gql<CorrectResult>(CORRECT, { input: { id, reps: 6, rpe: null } }, started.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.correctSetLog.setLog).toMatchObject({ id, weightKg: 100, reps: 6, rpe: null, notes: 'ok' });
    expect(result.data!.correctSetLog.progress).toEqual({ setsDone: 1, volumeKg: 600 });
    expect(recordOf(result.data!.correctSetLog.records, 'SET_VOLUME')).toMatchObject({ value: 600, setLog: { id } });
    expect(recordOf(result.data!.correctSetLog.records, 'BEST_E1RM')).toMatchObject({ value: 120, setLog: { id } });
    expect(await recordsTable(server, started.athlete.subjectId)).toEqual(await engineRecords(server, started.athlete.subjectId));
    const audit = await auditRows(server, 'correct_set', dbId(id));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.user_id).toBe(started.athlete.userId);
    expect(audit[0]!.metadata).toEqual({ before: { reps: 5, rpe: 8 }, after: { reps: 6, rpe: null } });
  });

  it('takes a record away from a set corrected down: the next best holds it', async () => {
    const started = await startedSession(server);
    const exerciseId = started.exerciseIds[0];
    const top = await logSet(server, started, { exerciseId, weightKg: 100, reps: 5 });
    const second = await logSet(server, started, { exerciseId, weightKg: 90, reps: 5 });
    await logSet(server, started, { exerciseId, weightKg: 80, reps: 5 });
    const result = await server.gql<CorrectResult>(CORRECT, { input: { id: top, weightKg: 70 } }, started.token);
    const records = result.data!.correctSetLog.records;
    expect(recordOf(records, 'HEAVIEST_WEIGHT')).toMatchObject({ value: 90, setLog: { id: second } });
    expect(recordOf(records, 'BEST_E1RM')).toMatchObject({ value: 105, setLog: { id: second } });
    expect(recordOf(records, 'SET_VOLUME')).toMatchObject({ value: 450, setLog: { id: second } });
    expect(recordOf(records, 'SESSION_VOLUME')).toMatchObject({ value: 1200, setLog: null });
    expect(await recordsTable(server, started.athlete.subjectId)).toEqual(await engineRecords(server, started.athlete.subjectId));

    // Made a warm-up, the set counts for nothing; corrected up, it takes every record back.
    await server.gql(CORRECT, { input: { id: second, isWarmup: true } }, started.token);
    expect((await recordsTable(server, started.athlete.subjectId)).find((row) => row.kind === 'HEAVIEST_WEIGHT')?.value).toBe(80);
    const up = await server.gql<CorrectResult>(CORRECT, { input: { id: top, weightKg: 110 } }, started.token);
    expect(up.data!.correctSetLog.records.filter((record) => record.setLog?.id === top).map((record) => record.kind)).toEqual(['BEST_E1RM', 'HEAVIEST_WEIGHT', 'SET_VOLUME']);
    expect(await recordsTable(server, started.athlete.subjectId)).toEqual(await engineRecords(server, started.athlete.subjectId));
  });

  it('corrects a set of a finished session without changing the session status; an identical correction changes nothing', async () => {
    const started = await startedSession(server);
    const id = await logSet(server, started, { exerciseId: started.exerciseIds[0], weightKg: 60, reps: 8 });
    const done = await server.gql<{ completeSession: { session: { id: string; status: string; revision: number } } }>(COMPLETE, { input: { sessionId: started.sessionId } }, started.token);
    expect(done.data!.completeSession.session.status).toBe('PARTIAL');
    const corrected = await server.gql<CorrectResult>(CORRECT, { input: { id, weightKg: 62.5 } }, started.token);
    expect(corrected.data!.correctSetLog.setLog.weightKg).toBe(62.5);
    const again = await server.gql<CorrectResult>(CORRECT, { input: { id, weightKg: 62.5 } }, started.token);
    expect(again.errors).toBeUndefined();
    expect(await auditRows(server, 'correct_set', dbId(id))).toHaveLength(1);
    const session = await server.gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { ... on WorkoutSession { id status revision } } }', { id: started.sessionId }, started.token);
    expect(session.data!.node).toEqual(done.data!.completeSession.session);
  });

  it('refuses a correction that leaves no measure or breaks a range, changing nothing', async () => {
    const started = await startedSession(server);
    const id = await logSet(server, started, { exerciseId: started.exerciseIds[0], weightKg: 60, reps: 8 });
    expect(errorOf(await server.gql(CORRECT, { input: { id, reps: null } }, started.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reps' });
    expect(errorOf(await server.gql(CORRECT, { input: { id, rir: 12 } }, started.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rir' });
    expect(errorOf(await server.gql(CORRECT, { input: { id: 'nope', reps: 3 } }, started.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const log = await server.gql<{ node: { reps: number; rir: number | null } }>('query ($id: ID!) { node(id: $id) { ... on ExerciseSetLog { reps rir } } }', { id }, started.token);
    expect(log.data!.node).toEqual({ reps: 8, rir: null });
    expect(await auditRows(server, 'correct_set', dbId(id))).toHaveLength(0);
  });

  it("lets only the athlete correct: their coach gets FORBIDDEN, another athlete NOT_FOUND, an anonymous client UNAUTHENTICATED", async () => {
    const coach = await createTestCoach(server.orm);
    const started = await startedSession(server, { coach: coach.user });
    const id = await logSet(server, started, { exerciseId: started.exerciseIds[0], weightKg: 60, reps: 8 });
    const stranger = await createTestAthlete(server.orm);
    expect(errorOf(await server.gql(CORRECT, { input: { id, reps: 1 } }, await logInAs(server, coach.email)))?.code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(CORRECT, { input: { id, reps: 1 } }, await logInAs(server, stranger.email)))?.code).toBe('NOT_FOUND');
    expect(errorOf(await server.gql(CORRECT, { input: { id, reps: 1 } }))?.code).toBe('UNAUTHENTICATED');
    // The coach can read it.
    const read = await server.gql<{ node: { reps: number } }>('query ($id: ID!) { node(id: $id) { ... on ExerciseSetLog { reps } } }', { id }, await logInAs(server, coach.email));
    expect(read.data!.node.reps).toBe(8);
  });
});

describe('deleteSetLog', () => {
  it('deletes the only set and its records; deleting it again is NOT_FOUND marked alreadyDeleted', async () => {
    const started = await startedSession(server);
    const id = await logSet(server, started, { exerciseId: started.exerciseIds[0], weightKg: 60, reps: 8 });
    expect(await countRows(server, 'personal_records', started.athlete.subjectId)).toBe(4);
    const deleted = await server.gql<DeleteResult>(DELETE_SET, { input: { id } }, started.token);
    expect(deleted.data!.deleteSetLog).toEqual({ deletedSetLogId: id, progress: { setsDone: 0, volumeKg: 0 }, records: [] });
    expect(await countRows(server, 'exercise_set_logs', started.athlete.subjectId)).toBe(0);
    expect(await countRows(server, 'personal_records', started.athlete.subjectId)).toBe(0);
    const audit = await auditRows(server, 'delete_set', dbId(id));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.metadata).toMatchObject({ weightKg: 60, reps: 8, isWarmup: false });

    const again = await server.gql(DELETE_SET, { input: { id } }, started.token);
    expect(errorOf(again)).toMatchObject({ code: 'NOT_FOUND', alreadyDeleted: true });
    expect(await auditRows(server, 'delete_set', dbId(id))).toHaveLength(1);
    // Someone else asking about the same id learns nothing.
    const stranger = await createTestAthlete(server.orm);
    const foreign = await server.gql(DELETE_SET, { input: { id } }, await logInAs(server, stranger.email));
    expect(errorOf(foreign)).toEqual({ code: 'NOT_FOUND' });
  });

  it('hands the records of a deleted set to the next best, and frees its planned set to be logged again', async () => {
    const started = await startedSession(server);
    const plan = await server.gql<{ node: { exercises: { sets: { id: string }[] }[] } }>('query ($id: ID!) { node(id: $id) { ... on RoutineDay { exercises { sets { id } } } } }', { id: started.athlete.dayIds[0] }, started.token);
    const plannedSetId = plan.data!.node.exercises[0]!.sets[0]!.id;
    const exerciseId = started.exerciseIds[0];
    const top = await logSet(server, started, { exerciseId, plannedSetId, weightKg: 100, reps: 3 });
    const next = await logSet(server, started, { exerciseId, weightKg: 95, reps: 3 });
    const deleted = await server.gql<DeleteResult>(DELETE_SET, { input: { id: top } }, started.token);
    expect(recordOf(deleted.data!.deleteSetLog.records, 'HEAVIEST_WEIGHT')).toMatchObject({ value: 95, setLog: { id: next } });
    expect(await recordsTable(server, started.athlete.subjectId)).toEqual(await engineRecords(server, started.athlete.subjectId));
    await logSet(server, started, { exerciseId, plannedSetId, weightKg: 100, reps: 3 });
  });

  it('lets only the athlete delete: coach FORBIDDEN, another athlete NOT_FOUND; nothing is deleted', async () => {
    const coach = await createTestCoach(server.orm);
    const started = await startedSession(server, { coach: coach.user });
    const id = await logSet(server, started, { exerciseId: started.exerciseIds[0], weightKg: 60, reps: 8 });
    const stranger = await createTestAthlete(server.orm);
    expect(errorOf(await server.gql(DELETE_SET, { input: { id } }, await logInAs(server, coach.email)))?.code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(DELETE_SET, { input: { id } }, await logInAs(server, stranger.email)))?.code).toBe('NOT_FOUND');
    expect(await countRows(server, 'exercise_set_logs', started.athlete.subjectId)).toBe(1);
    expect(await countRows(server, 'personal_records', started.athlete.subjectId)).toBe(4);
  });
});

describe('personal records stay what the engine recomputes from all set logs', () => {
  it.each([1, 2, 3])('after a random sequence of logs, corrections, deletions and two-a-day sessions (seed %i)', async (seed) => {
    const random = seededRandom(seed * 7919);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const started = await startedSession(server);
    const { token, athlete } = started;
    let sessionId = started.sessionId;
    let sessions = 1;
    const logs: string[] = [];
    const measures = () => ({
      weightKg: pick([0, 40, 60, 60, 80, 100, 102.5]),
      reps: pick([0, 1, 3, 5, 5, 8, 12, 15]),
      isWarmup: random() < 0.15,
    });
    for (let step = 0; step < 24; step += 1) {
      const roll = random();
      if (roll < 0.55 || logs.length === 0) {
        logs.push(await logSet(server, { token, sessionId }, { exerciseId: pick(started.exerciseIds), ...measures() }));
      } else if (roll < 0.75) {
        const fields = measures();
        const patch = Object.fromEntries(Object.entries(fields).filter(() => random() < 0.6));
        const result = await server.gql(CORRECT, { input: { id: pick(logs), ...patch } }, token);
        expect(result.errors).toBeUndefined();
      } else if (roll < 0.9) {
        const id = pick(logs);
        expect((await server.gql(DELETE_SET, { input: { id } }, token)).errors).toBeUndefined();
        logs.splice(logs.indexOf(id), 1);
      } else if (sessions < 4) {
        // Finish this session and start the day's next (two-a-days): session volume competes across sessions.
        await server.gql(COMPLETE, { input: { sessionId } }, token);
        const next = await server.gql<{ startSession: { session: { id: string; slot: number } } }>(START, { input: { routineDayId: athlete.dayIds[0] } }, token);
        sessions += 1;
        expect(next.data!.startSession.session.slot).toBe(sessions);
        sessionId = next.data!.startSession.session.id;
      }
      expect(await recordsTable(server, athlete.subjectId), `after step ${step}`).toEqual(await engineRecords(server, athlete.subjectId));
    }
    // The set-based SQL rebuild agrees with both.
    const expected = await recordsTable(server, athlete.subjectId);
    await server.orm.em.fork().transactional((em) => rebuildPersonalRecords(em, [athlete.subjectId]));
    expect(await recordsTable(server, athlete.subjectId)).toEqual(expected);
  });
});

describe('rebuildPersonalRecords', () => {
  it('gives generated history (the volume generator) the records the engine recomputes', async () => {
    const tag = randomUUID().slice(0, 8);
    await generateVolume(server.orm, { athletes: 2, weeks: 3, rosterSize: 1, coachEmail: `coach-${tag}@test.repwise.dev`, password: 'volume password', tag });
    const subjects = await server.orm.em.fork().execute<{ id: number }[]>(
      `select s.id from subjects s join users u on u.id = s.user_id where u.email like ?`,
      [`%.${tag}@generated.repwise.dev`],
    );
    expect(subjects).toHaveLength(2);
    for (const { id } of subjects) {
      const table = await recordsTable(server, id);
      // Every exercise with loaded sets has its heaviest weight, e1RM, set and session volume; pull-ups (0 kg) none.
      expect(table.length).toBeGreaterThanOrEqual(4 * 10);
      expect(table).toEqual(await engineRecords(server, id));
    }
  });
});
