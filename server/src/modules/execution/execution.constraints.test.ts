import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constraintMessageOf } from '../../graphql/constraint-errors.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { executionConstraints } from './execution.constraints.js';
import { countRows, dbId, logSet, startedSession } from './execution.test-helpers.js';

/**
 * The wall behind the services: every named constraint of the execution tables, violated in SQL
 * (the API validates first, so most cannot be reached through it), answers with the code and
 * message registered for it, and the statement stores nothing.
 */
let server: TestServer;
let ids: { subject: number; session: number; log: number; exercise: number };
beforeAll(async () => {
  server = await startTestServer();
  const started = await startedSession(server);
  const plan = await server.gql<{ node: { exercises: { sets: { id: string }[] }[] } }>(
    'query ($id: ID!) { node(id: $id) { ... on RoutineDay { exercises { sets { id } } } } }',
    { id: started.athlete.dayIds[0] },
    started.token,
  );
  const log = await logSet(server, started, { exerciseId: started.exerciseIds[0], plannedSetId: plan.data!.node.exercises[0]!.sets[0]!.id, weightKg: 100, reps: 5, rpe: 8 });
  ids = { subject: started.athlete.subjectId, session: dbId(started.sessionId), log: dbId(log), exercise: dbId(started.exerciseIds[0]!) };
});
afterAll(async () => {
  await server?.close();
});

const TABLES = ['workout_sessions', 'exercise_set_logs', 'personal_records'];

/** A statement that breaks exactly the named constraint of the fixture rows. */
const violations: Record<string, () => string> = {
  uq_ws_subject_date: () => `insert into workout_sessions (subject_id, workout_date, slot) select subject_id, workout_date, slot from workout_sessions where id = ${ids.session}`,
  uq_ws_subject_import_fingerprint: () =>
    `insert into workout_sessions (subject_id, workout_date, slot, import_fingerprint)
     values (${ids.subject}, '2001-01-01', 1, 'fnv1a64:0123456789abcdef'), (${ids.subject}, '2001-01-02', 1, 'fnv1a64:0123456789abcdef')`,
  ck_ws_slot_range: () => `update workout_sessions set slot = 5 where id = ${ids.session}`,
  ck_ws_fatigue_range: () => `update workout_sessions set perceived_fatigue = 11 where id = ${ids.session}`,
  ck_ws_bodyweight_range: () => `update workout_sessions set bodyweight_kg = 0 where id = ${ids.session}`,
  ck_ws_revision_positive: () => `update workout_sessions set revision = 0 where id = ${ids.session}`,
  workout_sessions_status_check: () => `update workout_sessions set status = 'DONE' where id = ${ids.session}`,
  workout_sessions_subject_id_foreign: () => `update workout_sessions set subject_id = -1 where id = ${ids.session}`,
  workout_sessions_routine_day_id_foreign: () => `update workout_sessions set routine_day_id = -1 where id = ${ids.session}`,
  workout_sessions_cycle_id_foreign: () => `update workout_sessions set cycle_id = -1 where id = ${ids.session}`,

  uq_esl_subject_client: () => copyLog({ clientId: 'client_id', performedAt: `performed_at + interval '1 second'`, sessionId: 'null', plannedSetId: 'null' }),
  uq_esl_session_planned_set: () => copyLog({ clientId: `'${randomUUID()}'`, performedAt: `performed_at + interval '1 second'`, sessionId: 'session_id', plannedSetId: 'planned_set_id' }),
  uq_esl_session_set: () => copyLog({ clientId: `'${randomUUID()}'`, performedAt: 'performed_at', sessionId: 'null', plannedSetId: 'null' }),
  ck_esl_set_index_positive: () => `update exercise_set_logs set set_index = 0 where id = ${ids.log}`,
  ck_esl_weight_range: () => `update exercise_set_logs set actual_weight_kg = 1000.5 where id = ${ids.log}`,
  ck_esl_reps_range: () => `update exercise_set_logs set actual_reps = -1 where id = ${ids.log}`,
  ck_esl_rir_range: () => `update exercise_set_logs set actual_rir = 11 where id = ${ids.log}`,
  ck_esl_rpe_range: () => `update exercise_set_logs set actual_rpe = 10.5 where id = ${ids.log}`,
  ck_esl_rpe_half_steps: () => `update exercise_set_logs set actual_rpe = 7.3 where id = ${ids.log}`,
  ck_esl_rest_nonnegative: () => `update exercise_set_logs set actual_rest_s = -1 where id = ${ids.log}`,
  ck_esl_duration_nonnegative: () => `update exercise_set_logs set duration_s = -1 where id = ${ids.log}`,
  ck_esl_distance_nonnegative: () => `update exercise_set_logs set distance_m = -1 where id = ${ids.log}`,
  ck_esl_drop_not_warmup: () => `update exercise_set_logs set is_warmup = true, is_drop_set = true where id = ${ids.log}`,
  ck_esl_avg_hr_range: () => `update exercise_set_logs set avg_heart_rate = 251 where id = ${ids.log}`,
  ck_esl_max_hr_range: () => `update exercise_set_logs set max_heart_rate = 19 where id = ${ids.log}`,
  exercise_set_logs_subject_id_foreign: () => `update exercise_set_logs set subject_id = -1 where id = ${ids.log}`,
  exercise_set_logs_exercise_id_foreign: () => `update exercise_set_logs set exercise_id = -1 where id = ${ids.log}`,
  exercise_set_logs_session_id_foreign: () => `update exercise_set_logs set session_id = -1 where id = ${ids.log}`,
  exercise_set_logs_planned_set_id_foreign: () => `update exercise_set_logs set planned_set_id = -1 where id = ${ids.log}`,

  uq_personal_records_subject_exercise_type: () =>
    `insert into personal_records (subject_id, exercise_id, record_type, value, unit, set_log_id, session_id, achieved_at)
     select subject_id, exercise_id, record_type, value, unit, set_log_id, session_id, achieved_at from personal_records where subject_id = ${ids.subject} limit 1`,
  ck_personal_records_value_positive: () => `update personal_records set value = 0 where subject_id = ${ids.subject}`,
  ck_personal_records_source: () => `update personal_records set set_log_id = null, session_id = null where subject_id = ${ids.subject}`,
  personal_records_record_type_check: () => `update personal_records set record_type = '1RM' where subject_id = ${ids.subject}`,
  personal_records_subject_id_foreign: () => `update personal_records set subject_id = -1 where subject_id = ${ids.subject}`,
  personal_records_exercise_id_foreign: () => `update personal_records set exercise_id = -1 where subject_id = ${ids.subject}`,
  personal_records_set_log_id_foreign: () => `update personal_records set set_log_id = -1 where subject_id = ${ids.subject} and set_log_id is not null`,
  personal_records_session_id_foreign: () => `update personal_records set session_id = -1 where subject_id = ${ids.subject}`,
};

function copyLog(columns: { clientId: string; performedAt: string; sessionId: string; plannedSetId: string }): string {
  return `insert into exercise_set_logs (subject_id, exercise_id, session_id, planned_set_id, client_id, performed_at, set_index, actual_weight_kg, actual_reps)
          select subject_id, exercise_id, ${columns.sessionId}, ${columns.plannedSetId}, ${columns.clientId}, ${columns.performedAt}, set_index, actual_weight_kg, actual_reps
            from exercise_set_logs where id = ${ids.log}`;
}

/** Runs `sql` in a transaction and returns what it threw (the transaction rolls back). */
async function violate(sql: string): Promise<unknown> {
  try {
    await (server.orm.em.fork() as EntityManager).transactional((em) => em.execute(sql));
  } catch (error) {
    return error;
  }
  throw new Error(`no constraint stopped: ${sql}`);
}

describe('execution constraints', () => {
  it('has a message for every named constraint of the execution tables, and a violation for each', async () => {
    const rows = await server.orm.em.fork().execute<{ conname: string }[]>(
      `select conname from pg_constraint where conrelid in (${TABLES.map((table) => `'${table}'::regclass`).join(', ')}) and contype not in ('p', 'n') order by conname`,
    );
    const names = rows.map((row) => row.conname);
    expect(Object.keys(executionConstraints).sort()).toEqual(names);
    expect(Object.keys(violations).sort()).toEqual(names);
  });

  it.each(Object.keys(violations))('%s: the database refuses the write and the API would answer with its registered code', async (name) => {
    const before = await Promise.all(TABLES.map((table) => countRows(server, table as 'workout_sessions', ids.subject)));
    const error = await violate(violations[name]!());
    expect((error as { constraint?: string }).constraint).toBe(name);
    const message = constraintMessageOf(error);
    expect(message).toBe(executionConstraints[name]);
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(message!.code);
    expect(await Promise.all(TABLES.map((table) => countRows(server, table as 'workout_sessions', ids.subject)))).toEqual(before);
  });
});
