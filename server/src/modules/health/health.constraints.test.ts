import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { createTestAthlete } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { healthConstraints } from './health.constraints.js';
import { constraintsOf, countRows, violation } from './health.test-helpers.js';

/**
 * The wall behind the services: each named constraint of the health tables, violated in the real
 * database, answers through rethrowConstraint (and formatError) with its registered code and
 * field, and the failed statement stores nothing. The API tests show the services reject the same
 * input first; this shows a race or a missed check still gets an actionable answer.
 */
const TABLES = ['benchmarks', 'recovery_signals', 'soreness_logs', 'import_logs'];

let server: TestServer;
let subject: number;
beforeAll(async () => {
  server = await startTestServer();
  subject = (await createTestAthlete(server.orm)).subjectId;
});
afterAll(async () => {
  await server?.close();
});

const benchmark = (values: string) => `insert into benchmarks (subject_id, metric_type, value, unit, exercise_id, established_on) values ${values}`;
const signal = (columns: string, values: string) => `insert into recovery_signals (subject_id, measured_on, ${columns}) values (?, '2026-01-01', ${values})`;
const soreness = (values: string) => `insert into soreness_logs (subject_id, logged_on, body_part, soreness, inferred_cause_session_id) values ${values}`;
const importLog = (values: string) => `insert into import_logs (subject_id, source, status, raw_text, confidence, routine_id) values ${values}`;

/** constraint → the statement that breaks it (params use the fixture athlete). */
const cases: Record<string, () => [string, unknown[]]> = {
  ck_benchmarks_value_positive: () => [benchmark("(?, 'FTP', 0, 'W', null, '2026-01-01')"), [subject]],
  ck_benchmarks_exercise_required: () => [benchmark("(?, 'ONE_RM', 100, 'kg', null, '2026-01-01')"), [subject]],
  benchmarks_metric_type_check: () => [benchmark("(?, 'BOGUS', 100, 'kg', null, '2026-01-01')"), [subject]],
  benchmarks_exercise_id_foreign: () => [benchmark("(?, 'ONE_RM', 100, 'kg', 2147483647, '2026-01-01')"), [subject]],
  benchmarks_subject_id_foreign: () => [benchmark("(2147483647, 'FTP', 100, 'W', null, '2026-01-01')"), []],

  uq_recovery_signals_subject_day_source: () => [signal('source', "'GARMIN'), (?, '2026-01-01', 'GARMIN'"), [subject, subject]],
  ck_recovery_signals_hrv_range: () => [signal('hrv_ms', '0'), [subject]],
  ck_recovery_signals_resting_hr_range: () => [signal('resting_hr', '300'), [subject]],
  ck_recovery_signals_sleep_score_range: () => [signal('sleep_score', '100.5'), [subject]],
  ck_recovery_signals_sleep_hours_range: () => [signal('sleep_hours', '24.5'), [subject]],
  ck_recovery_signals_readiness_range: () => [signal('readiness', '-1'), [subject]],
  recovery_signals_source_check: () => [signal('source', "'FITBIT'"), [subject]],
  recovery_signals_session_id_foreign: () => [signal('session_id', '2147483647'), [subject]],
  recovery_signals_subject_id_foreign: () => [signal('hrv_ms', '50').replace('(?,', '(2147483647,'), []],

  uq_soreness_logs_subject_day_part: () => [soreness("(?, '2026-01-01', 'QUADS', 2, null), (?, '2026-01-01', 'QUADS', 3, null)"), [subject, subject]],
  ck_soreness_logs_level_range: () => [soreness("(?, '2026-01-01', 'QUADS', 6, null)"), [subject]],
  soreness_logs_body_part_check: () => [soreness("(?, '2026-01-01', 'EARLOBES', 2, null)"), [subject]],
  soreness_logs_inferred_cause_session_id_foreign: () => [soreness("(?, '2026-01-01', 'QUADS', 2, 2147483647)"), [subject]],
  soreness_logs_subject_id_foreign: () => [soreness("(2147483647, '2026-01-01', 'QUADS', 2, null)"), []],

  ck_import_logs_confidence_range: () => [importLog("(?, 'TEXT', 'PARSED', 'x', 1.5, null)"), [subject]],
  ck_import_logs_raw_not_empty: () => [importLog("(?, 'TEXT', 'PARSED', '', null, null)"), [subject]],
  import_logs_source_check: () => [importLog("(?, 'PDF', 'PARSED', 'x', null, null)"), [subject]],
  import_logs_status_check: () => [importLog("(?, 'TEXT', 'LOST', 'x', null, null)"), [subject]],
  import_logs_subject_id_foreign: () => [importLog("(2147483647, 'TEXT', 'PARSED', 'x', null, null)"), []],
  import_logs_routine_id_foreign: () => [importLog("(?, 'TEXT', 'PARSED', 'x', null, 2147483647)"), [subject]],
};

describe('health constraints', () => {
  it('every constraint of the health tables has a registered message and a violation case here', async () => {
    const live = await constraintsOf(server, TABLES);
    expect(Object.keys(healthConstraints).sort()).toEqual(live);
    expect(Object.keys(cases).sort()).toEqual(live);
  });

  it.each(Object.keys(cases))('%s answers with its code and field, storing nothing', async (name) => {
    const before = await Promise.all(TABLES.map((table) => countRows(server, table, 'true', [])));
    const [sql, params] = cases[name]!();
    const error = await violation(server, sql, params);
    expect((error as { constraint?: string }).constraint).toBe(name);

    const expected = healthConstraints[name]!;
    let thrown: unknown;
    try {
      rethrowConstraint(error);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toEqual({ code: expected.code, ...(expected.field ? { field: expected.field } : {}) });
    expect((thrown as GraphQLError).message).toBe(expected.message);
    expect(await Promise.all(TABLES.map((table) => countRows(server, table, 'true', [])))).toEqual(before);
  });
});
