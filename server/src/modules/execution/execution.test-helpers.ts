/**
 * Shared by the execution API tests: operations, an athlete in a started session, and the
 * personal-records table next to what the engine recomputes from all set logs.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import { recomputeRecords } from '../../engine/records.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { type TestAthlete, createTestAthlete, logInAs } from '../../test/factories.js';
import type { GqlResult, TestServer } from '../../test/harness.js';
import type { User } from '../identity/user.entity.js';
import { loggedSetsOf } from './personal-record.service.js';

export const START = /* GraphQL */ `
  mutation Start($input: StartSessionInput!) { startSession(input: $input) { session { id status workoutDate slot revision } } }`;
export const PLAN = /* GraphQL */ `
  mutation Plan($input: PlanSessionInput!) { planSession(input: $input) { session { id status workoutDate slot revision routineDay { id } } } }`;
export const SKIP = /* GraphQL */ `
  mutation Skip($input: SkipSessionInput!) { skipSession(input: $input) { session { id status revision notes } } }`;
export const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateSessionInput!) {
    updateSession(input: $input) { session { id revision notes location perceivedFatigue bodyweightKg status } }
  }`;
export const DELETE_SESSION = /* GraphQL */ `
  mutation DeleteSession($input: DeleteSessionInput!) { deleteSession(input: $input) { deletedSessionId } }`;
export const COMPLETE = /* GraphQL */ `
  mutation Complete($input: CompleteSessionInput!) { completeSession(input: $input) { session { id status revision } } }`;
export const LOG_SET = /* GraphQL */ `
  mutation Log($input: LogSetInput!) {
    logSet(input: $input) {
      setLog { id setIndex weightKg reps rpe rir tempo restSeconds durationSeconds distanceMeters avgHeartRate maxHeartRate notes isWarmup toFailure }
      progress { setsDone volumeKg }
      records { kind valueKg previousKg }
    }
  }`;
export const CORRECT = /* GraphQL */ `
  mutation Correct($input: CorrectSetLogInput!) {
    correctSetLog(input: $input) {
      setLog { id weightKg reps rpe rir tempo restSeconds durationSeconds distanceMeters avgHeartRate maxHeartRate notes isWarmup toFailure }
      progress { setsDone volumeKg }
      records { kind value unit setLog { id } session { id } }
    }
  }`;
export const DELETE_SET = /* GraphQL */ `
  mutation DeleteSet($input: DeleteSetLogInput!) {
    deleteSetLog(input: $input) { deletedSetLogId progress { setsDone volumeKg } records { kind value setLog { id } } }
  }`;

export interface Started {
  athlete: TestAthlete;
  token: string;
  sessionId: string;
  /** Exercises of the first routine day (global ids), in order. */
  exerciseIds: string[];
}

/** A fresh athlete (optionally on a coach's roster) with their first routine day started. */
export async function startedSession(server: TestServer, options: { coach?: User } = {}): Promise<Started> {
  const athlete = await createTestAthlete(server.orm, options);
  const token = await logInAs(server, athlete.email);
  const started = await server.gql<{ startSession: { session: { id: string } } }>(START, { input: { routineDayId: athlete.dayIds[0] } }, token);
  expect(started.errors).toBeUndefined();
  const day = await server.gql<{ node: { exercises: { exercise: { id: string } }[] } }>(
    'query ($id: ID!) { node(id: $id) { ... on RoutineDay { exercises { exercise { id } } } } }',
    { id: athlete.dayIds[0] },
    token,
  );
  return { athlete, token, sessionId: started.data!.startSession.session.id, exerciseIds: day.data!.node.exercises.map((slot) => slot.exercise.id) };
}

/** Logs a set and returns its global id (failing the test on any error). */
export async function logSet(server: TestServer, started: Pick<Started, 'token' | 'sessionId'>, fields: Record<string, unknown>): Promise<string> {
  const result = await server.gql<{ logSet: { setLog: { id: string } } }>(
    LOG_SET,
    { input: { clientId: randomUUID(), sessionId: started.sessionId, ...fields } },
    started.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.logSet.setLog.id;
}

export const errorOf = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions;

/** A record as compared between the table and the engine. */
export interface RecordRow {
  exerciseId: number;
  kind: string;
  value: number;
  setLogId: number | null;
  sessionId: number | null;
  achievedMicros: number;
}

const byKey = (a: RecordRow, b: RecordRow) => a.exerciseId - b.exerciseId || a.kind.localeCompare(b.kind);

/** The personal_records rows of an athlete. */
export async function recordsTable(server: TestServer, subjectId: number): Promise<RecordRow[]> {
  const rows = await server.orm.em.fork().execute<{ exercise_id: number; record_type: string; value: string; set_log_id: number | null; session_id: number | null; micros: string }[]>(
    `select exercise_id, record_type, value, set_log_id, session_id, (extract(epoch from achieved_at) * 1000000)::bigint as micros
       from personal_records where subject_id = ?`,
    [subjectId],
  );
  return rows
    .map((row) => ({ exerciseId: row.exercise_id, kind: row.record_type, value: Number(row.value), setLogId: row.set_log_id, sessionId: row.session_id, achievedMicros: Number(row.micros) }))
    .sort(byKey);
}

/** What the engine's recomputeRecords says the table should hold, from every set log of the athlete. */
export async function engineRecords(server: TestServer, subjectId: number): Promise<RecordRow[]> {
  const em = server.orm.em.fork() as EntityManager;
  const exercises = await em.execute<{ exercise_id: number }[]>('select distinct exercise_id from exercise_set_logs where subject_id = ?', [subjectId]);
  const rows: RecordRow[] = [];
  for (const { exercise_id: exerciseId } of exercises) {
    for (const held of recomputeRecords(await loggedSetsOf(em, subjectId, exerciseId))) {
      rows.push({ exerciseId, kind: held.kind, value: held.valueKg, setLogId: held.setId, sessionId: held.sessionId, achievedMicros: held.achievedAt });
    }
  }
  return rows.sort(byKey);
}

/** Counts rows of a table for an athlete, straight from the database. */
export async function countRows(server: TestServer, table: 'exercise_set_logs' | 'personal_records' | 'workout_sessions', subjectId: number): Promise<number> {
  const [row] = await server.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from ${table} where subject_id = ?`, [subjectId]);
  return row!.n;
}

/** Audit rows of an action on an entity. */
export async function auditRows(server: TestServer, action: string, entityId: number): Promise<{ user_id: number | null; metadata: Record<string, unknown> }[]> {
  return server.orm.em.fork().execute(`select user_id, metadata from audit_logs where action = ? and entity_id = ? order by id`, [action, entityId]);
}

export const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
export const exerciseGlobalId = (id: number) => toGlobalId('Exercise', id);
