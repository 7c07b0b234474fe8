import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_PASSWORD, createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => rawQuery<T>(server.orm.em.fork() as never, query, params);

const EXPORT = `mutation { exportMyData { exportedAt format json setLogsCsv setLogCount } }`;
const ERASE = `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { mode anonymousSessionsKept } }`;
const VIEWER = `{ viewer { id } }`;

interface Exported {
  exportMyData: { exportedAt: string; format: string; json: string; setLogsCsv: string; setLogCount: number };
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) keysOf(inner, into.add(key));
  return into;
}

async function subjectTables(): Promise<string[]> {
  const rows = await sql<{ table_name: string }>(
    `select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = current_schema() and c.column_name = 'subject_id' and t.table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((row) => row.table_name);
}

describe('exportMyData', () => {
  it("gives an athlete every row of their training data and their set logs as CSV, nothing of anyone else's and no secret", async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 2 });
    const other = await createTestAthlete(server.orm, { historyWeeks: 1 });
    const token = await logInAs(server, athlete.email);
    await sql(`update workout_sessions set notes = 'felt strong' where id = (select min(id) from workout_sessions where subject_id = ?)`, [athlete.subjectId]);

    const result = await server.gql<Exported>(EXPORT, {}, token);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.exportMyData;
    expect(payload.format).toBe('repwise-export/1');
    const document = JSON.parse(payload.json) as { account: Record<string, unknown>; subject: { id: number }; training: Record<string, { subject_id?: number; id?: number; notes?: string }[]> };
    expect(document.account).toMatchObject({ id: athlete.userId, email: athlete.email });
    expect(document.subject.id).toBe(athlete.subjectId);
    // Every table keyed by a subject is in it (read from the database, so new tables are covered), with exactly this athlete's rows.
    const tables = await subjectTables();
    expect(tables.length).toBeGreaterThanOrEqual(12);
    for (const table of tables) {
      expect(document.training, table).toHaveProperty(table);
      const [count] = await sql<{ n: number }>(`select count(*)::int as n from "${table}" where subject_id = ?`, [athlete.subjectId]);
      expect(document.training[table], table).toHaveLength(count!.n);
      for (const row of document.training[table]!) expect(row.subject_id).toBe(athlete.subjectId);
    }
    expect(document.training.workout_sessions!.some((session) => session.notes === 'felt strong')).toBe(true);
    const [days] = await sql<{ n: number }>('select count(*)::int as n from routine_days where routine_id in (select id from routines where subject_id = ?)', [athlete.subjectId]);
    expect(document.training.routine_days).toHaveLength(days!.n);
    expect(document.training.routine_exercise_sets!.length).toBeGreaterThan(0);
    // No password, token or key hash anywhere.
    expect([...keysOf(document)].filter((key) => /hash|password/.test(key))).toEqual([]);
    expect(payload.json).not.toContain(other.email);

    const [logged] = await sql<{ n: number }>('select count(*)::int as n from exercise_set_logs where subject_id = ?', [athlete.subjectId]);
    expect(logged!.n).toBeGreaterThan(10);
    expect(payload.setLogCount).toBe(logged!.n);
    const rows = parse(payload.setLogsCsv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(logged!.n);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['performed_at', 'workout_date', 'exercise', 'weight_kg', 'reps', 'rpe']));
    const [first] = await sql<{ weight: string; reps: number; name: string }>(
      `select l.actual_weight_kg as weight, l.actual_reps as reps, e.name from exercise_set_logs l join exercises e on e.id = l.exercise_id
        where l.subject_id = ? order by l.performed_at, l.id limit 1`,
      [athlete.subjectId],
    );
    expect(rows[0]).toMatchObject({ exercise: first!.name, weight_kg: String(Number(first!.weight)), reps: String(first!.reps) });
    expect(rows.map((row) => row.performed_at)).toEqual([...rows.map((row) => row.performed_at)].sort());

    const audit = await sql<{ action: string }>(`select action from audit_logs where user_id = ? and action = 'data_export'`, [athlete.userId]);
    expect(audit).toHaveLength(1);
  });

  it('gives a coach their account, roster links and exercises, and needs a login', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const result = await server.gql<Exported>(EXPORT, {}, await logInAs(server, coach.email));
    expect(result.errors).toBeUndefined();
    const document = JSON.parse(result.data!.exportMyData.json) as Record<string, unknown>;
    expect(document).not.toHaveProperty('training');
    expect(document.coachLinks).toEqual([expect.objectContaining({ coach_id: coach.user.id, athlete_id: athlete.userId })]);
    expect(result.data!.exportMyData.setLogCount).toBe(0);
    expect(result.data!.exportMyData.setLogsCsv.trim().split('\n')).toHaveLength(1);

    const anonymous = await server.gql(EXPORT, {});
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('deleteMyAccount', () => {
  it('ANONYMIZE: the account and its logins go, the history stays without what could name the person, the audit trail stays anonymous', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 2 });
    const token = await logInAs(server, athlete.email);
    await sql(`update workout_sessions set notes = 'my knee', location = 'Home gym' where subject_id = ?`, [athlete.subjectId]);
    await sql(`insert into subject_profiles (subject_id, birth_year, height_cm) values (?, 1990, 180)`, [athlete.subjectId]);
    const [before] = await sql<{ sessions: number; sets: number }>(
      'select (select count(*)::int from workout_sessions where subject_id = ?) as sessions, (select count(*)::int from exercise_set_logs where subject_id = ?) as sets',
      [athlete.subjectId, athlete.subjectId],
    );

    const wrong = await server.gql(ERASE, { input: { password: 'not the password' } }, token);
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await sql('select id from users where id = ?', [athlete.userId])).toHaveLength(1);

    const erased = await server.gql<{ deleteMyAccount: { mode: string; anonymousSessionsKept: number } }>(ERASE, { input: { password: TEST_PASSWORD } }, token);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.deleteMyAccount).toEqual({ mode: 'ANONYMIZE', anonymousSessionsKept: before!.sessions });

    expect(await sql('select id from users where id = ?', [athlete.userId])).toEqual([]);
    expect(await sql('select id from auth_sessions where user_id = ?', [athlete.userId])).toEqual([]);
    expect(await sql('select athlete_id from coach_athletes where athlete_id = ?', [athlete.userId])).toEqual([]);
    expect(await sql<{ user_id: number | null }>('select user_id from subjects where id = ?', [athlete.subjectId])).toEqual([{ user_id: null }]);
    const [after] = await sql<{ sessions: number; sets: number; notes: number; profiles: number }>(
      `select (select count(*)::int from workout_sessions where subject_id = ?) as sessions, (select count(*)::int from exercise_set_logs where subject_id = ?) as sets,
              (select count(*)::int from workout_sessions where subject_id = ? and (notes is not null or location is not null)) as notes,
              (select count(*)::int from subject_profiles where subject_id = ?) as profiles`,
      [athlete.subjectId, athlete.subjectId, athlete.subjectId, athlete.subjectId],
    );
    expect(after).toEqual({ sessions: before!.sessions, sets: before!.sets, notes: 0, profiles: 0 });
    const trail = await sql<{ user_id: number | null; action: string; entity_id: number }>(`select user_id, action, entity_id from audit_logs where action = 'erase_account' and entity_id = ?`, [athlete.userId]);
    expect(trail).toEqual([{ user_id: null, action: 'erase_account', entity_id: athlete.userId }]);

    // The token no longer authenticates; a retry answers UNAUTHENTICATED and changes nothing.
    expect((await server.gql<{ viewer: unknown }>(VIEWER, {}, token)).data?.viewer ?? null).toBeNull();
    const retry = await server.gql(ERASE, { input: { password: TEST_PASSWORD } }, token);
    expect(retry.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    // The coach no longer reaches the athlete.
    const roster = await server.gql<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Athlete', athlete.subjectId) }, await logInAs(server, coach.email));
    expect(roster.data?.node ?? null).toBeNull();
  });

  it('EVERYTHING: no row of the athlete is left in any table keyed by a subject', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 1 });
    const token = await logInAs(server, athlete.email);
    const erased = await server.gql(ERASE, { input: { password: TEST_PASSWORD, mode: 'EVERYTHING' } }, token);
    expect(erased.errors).toBeUndefined();
    expect(await sql('select id from subjects where id = ?', [athlete.subjectId])).toEqual([]);
    for (const table of await subjectTables()) {
      expect(await sql(`select 1 from "${table}" where subject_id = ?`, [athlete.subjectId]), table).toEqual([]);
    }
    expect(await sql('select id from routine_days where routine_id = ?', [athlete.routineId])).toEqual([]);
  });
});
