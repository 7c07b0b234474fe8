/**
 * Row-level security, the second tenant wall (Migration20261123180000_row_level_security,
 * db/tenant.ts): checked in SQL inside a request transaction, and through the API with the
 * services' own tenant checks switched off.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { setServiceTenantChecksForTests } from '../modules/identity/access.policy.js';
import { createTestAthlete, createTestCoach, logInAs, type TestAthlete } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { rawQuery } from './raw-query.js';
import { ReadLanes, watchPool } from './read-lanes.js';
import { beginRequestTransaction } from './tenant.js';

let server: TestServer;
let athleteA: TestAthlete;
let athleteB: TestAthlete;
let coach: Awaited<ReturnType<typeof createTestCoach>>;
beforeAll(async () => {
  server = await startTestServer();
  coach = await createTestCoach(server.orm);
  athleteA = await createTestAthlete(server.orm, { historyWeeks: 1, coach: coach.user });
  athleteB = await createTestAthlete(server.orm, { historyWeeks: 1 });
});
afterAll(async () => {
  await server?.close();
});
afterEach(() => setServiceTenantChecksForTests(true));

const superuser = () => server.orm.em.fork() as EntityManager;
const ROUTINE_CHILDREN = ['routine_days', 'routine_day_exercises', 'routine_exercise_sets', 'progression_rules'];

async function subjectTables(): Promise<string[]> {
  const rows = await rawQuery<{ table_name: string }>(
    superuser(),
    `select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = current_schema() and c.column_name = 'subject_id' and t.table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((row) => row.table_name);
}

/** Runs `work` as the API would for this identity: in a request transaction, rolled back after. */
async function asIdentity<T>(identity: { userId: number | null; subjectId: number | null }, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const em = superuser();
  const transaction = await beginRequestTransaction(em, identity);
  try {
    return await work(em);
  } finally {
    transaction.abort();
    await transaction.finish();
  }
}

describe('row-level security', () => {
  it('is on for every table keyed by a subject, for subjects and for the routine tree (so a new table without a policy fails here)', async () => {
    const expected = [...(await subjectTables()), 'subjects', ...ROUTINE_CHILDREN].sort();
    const rows = await rawQuery<{ relname: string }>(
      superuser(),
      `select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' and c.relrowsecurity
          and exists (select 1 from pg_policy p where p.polrelid = c.oid) order by 1`,
    );
    expect(rows.map((row) => row.relname)).toEqual(expected);
  });

  it("shows an athlete only their own rows in every protected table, even with no WHERE at all", async () => {
    for (const table of [...(await subjectTables()), 'subjects']) {
      const column = table === 'subjects' ? 'id' : 'subject_id';
      const seen = await asIdentity({ userId: athleteA.userId, subjectId: athleteA.subjectId }, (em) =>
        rawQuery<{ owner: number }>(em, `select distinct ${column} as owner from "${table}"`),
      );
      for (const row of seen) expect(row.owner, table).toBe(athleteA.subjectId);
    }
    const [all] = await rawQuery<{ n: number }>(superuser(), 'select count(*)::int as n from routine_exercise_sets');
    const [mine] = await rawQuery<{ n: number }>(
      superuser(),
      `select count(*)::int as n from routine_exercise_sets s join routine_day_exercises x on x.id = s.routine_day_exercise_id
         join routine_days d on d.id = x.routine_day_id join routines r on r.id = d.routine_id where r.subject_id = ?`,
      [athleteA.subjectId],
    );
    const seenSets = await asIdentity({ userId: athleteA.userId, subjectId: athleteA.subjectId }, (em) => rawQuery<{ n: number }>(em, 'select count(*)::int as n from routine_exercise_sets'));
    expect(mine!.n).toBeGreaterThan(0);
    expect(all!.n).toBeGreaterThan(mine!.n);
    expect(seenSets[0]!.n).toBe(mine!.n);
  });

  it("shows a coach their roster's rows and nobody else's; an anonymous request sees none", async () => {
    const coachSees = await asIdentity({ userId: coach.user.id, subjectId: null }, (em) => rawQuery<{ subject_id: number }>(em, 'select distinct subject_id from workout_sessions'));
    expect(coachSees.map((row) => row.subject_id)).toEqual([athleteA.subjectId]);
    const anonymous = await asIdentity({ userId: null, subjectId: null }, (em) => rawQuery<{ n: number }>(em, 'select count(*)::int as n from exercise_set_logs'));
    expect(anonymous[0]!.n).toBe(0);
  });

  it("refuses to write another athlete's rows: inserts fail, updates and deletes touch nothing", async () => {
    await asIdentity({ userId: athleteA.userId, subjectId: athleteA.subjectId }, async (em) => {
      await expect(rawQuery(em, `insert into soreness_logs (subject_id, logged_on, body_part, soreness) values (?, current_date, 'QUADS', 3)`, [athleteB.subjectId])).rejects.toThrow(
        /row-level security/,
      );
    });
    const updated = await asIdentity({ userId: athleteA.userId, subjectId: athleteA.subjectId }, (em) =>
      rawQuery<{ id: number }>(em, `update workout_sessions set notes = 'hacked' where subject_id = ? returning id`, [athleteB.subjectId]),
    );
    expect(updated).toEqual([]);
    const deleted = await asIdentity({ userId: athleteA.userId, subjectId: athleteA.subjectId }, (em) =>
      rawQuery<{ id: number }>(em, `delete from routine_exercise_sets where routine_day_exercise_id in (select x.id from routine_day_exercises x
         join routine_days d on d.id = x.routine_day_id where d.routine_id = ?) returning id`, [athleteB.routineId]),
    );
    expect(deleted).toEqual([]);
  });
});

describe('read lanes (a query reading on several connections at once)', () => {
  it('opens each lane as its own READ ONLY transaction on its own connection, as repwise_app with the same subjects as the request’s own', async () => {
    await watchPool(server.orm);
    const em = superuser();
    const identity = { userId: coach.user.id, subjectId: null };
    const transaction = await beginRequestTransaction(em, identity, { readOnly: true });
    const lanes = new ReadLanes(em);
    const failures: unknown[] = [];
    try {
      lanes.widen(server.orm, identity, 3, (_message, error) => failures.push(error));
      await vi.waitFor(() => expect(lanes.count).toBe(3), { timeout: 10_000 });
      const seen = await Promise.all(
        [lanes.pick(), lanes.pick(), lanes.pick()].map(async (lane) => {
          const [row] = await rawQuery<{ pid: number; role: string; userId: string; subjects: string; readOnly: string; owners: number[] | null }>(
            lane,
            `select pg_backend_pid() as pid, current_user as role, current_setting('app.user_id') as "userId", current_setting('app.subject_ids') as subjects,
                    current_setting('transaction_read_only') as "readOnly", (select array_agg(distinct subject_id) from workout_sessions) as owners`,
          );
          await expect(rawQuery(lane, `update workout_sessions set notes = 'x' where subject_id = ?`, [athleteA.subjectId])).rejects.toThrow(/read-only transaction/);
          return row!;
        }),
      );
      expect(failures).toEqual([]);
      expect(new Set(seen.map((row) => row.pid)).size).toBe(3);
      for (const row of seen) {
        expect(row).toMatchObject({ role: 'repwise_app', userId: String(coach.user.id), subjects: String(athleteA.subjectId), readOnly: 'on' });
        expect(row.owners).toEqual([athleteA.subjectId]);
      }
    } finally {
      await lanes.close();
      transaction.abort();
      await transaction.finish();
    }
  });

  it('ends the lanes’ settings with their transactions: the pooled connections go back as they came', async () => {
    const rows = await Promise.all(
      Array.from({ length: 5 }, () => rawQuery<{ role: string; userId: string }>(superuser(), `select current_user as role, current_setting('app.user_id', true) as "userId"`)),
    );
    for (const [row] of rows) expect(row).toEqual({ role: 'postgres', userId: expect.toBeOneOf(['', null]) });
  });
});

describe('with the services’ tenant checks switched off, row-level security alone', () => {
  async function stateOf(subjectId: number) {
    const [row] = await rawQuery<Record<string, number>>(
      superuser(),
      `select (select count(*)::int from workout_sessions where subject_id = ?) as sessions, (select count(*)::int from exercise_set_logs where subject_id = ?) as sets,
              (select count(*)::int from benchmarks where subject_id = ?) as benchmarks, (select count(*)::int from routines where subject_id = ?) as routines,
              (select coalesce(sum(revision), 0)::int from routines where subject_id = ?) as revisions, (select count(*)::int from recovery_signals where subject_id = ?) as recovery`,
      [subjectId, subjectId, subjectId, subjectId, subjectId, subjectId],
    );
    return row!;
  }

  it("returns nothing of another athlete through reads, and changes nothing through writes", async () => {
    const token = await logInAs(server, athleteA.email);
    const [session] = await rawQuery<{ id: number }>(superuser(), 'select id from workout_sessions where subject_id = ? order by id limit 1', [athleteB.subjectId]);
    const [exercise] = await rawQuery<{ id: number }>(superuser(), "select id from exercises where slug = 'barbell-back-squat'");
    const before = await stateOf(athleteB.subjectId);
    setServiceTenantChecksForTests(false);

    const athleteId = toGlobalId('Athlete', athleteB.subjectId);
    const reads = [
      ['query ($id: ID!) { node(id: $id) { id } }', { id: athleteId }],
      ['query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('WorkoutSession', session!.id) }],
      ['query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Routine', athleteB.routineId) }],
      ['query ($id: ID!) { node(id: $id) { ... on Athlete { sessions(first: 5) { edges { node { id } } } } } }', { id: athleteId }],
    ] as const;
    for (const [query, variables] of reads) {
      const result = await server.gql<{ node: unknown }>(query, variables, token);
      expect(result.data?.node ?? null, JSON.stringify(variables)).toBeNull();
    }

    const writes = [
      [
        'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }',
        { input: { clientId: randomUUID(), sessionId: toGlobalId('WorkoutSession', session!.id), exerciseId: toGlobalId('Exercise', exercise!.id), weightKg: 100, reps: 5 } },
      ],
      ['mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { created } }', { input: { athleteId, measuredOn: new Date().toISOString().slice(0, 10), sleepHours: 7 } }],
      [
        'mutation ($input: RecordBenchmarkInput!) { recordBenchmark(input: $input) { created } }',
        { input: { athleteId, metricType: 'ONE_RM', exerciseId: toGlobalId('Exercise', exercise!.id), value: 200, establishedOn: new Date().toISOString().slice(0, 10) } },
      ],
      ['mutation ($input: SkipSessionInput!) { skipSession(input: $input) { session { id } } }', { input: { sessionId: toGlobalId('WorkoutSession', session!.id), revision: 1 } }],
      ['mutation ($input: ArchiveRoutineInput!) { archiveRoutine(input: $input) { routine { id } } }', { input: { routineId: toGlobalId('Routine', athleteB.routineId), revision: 1 } }],
    ] as const;
    for (const [query, variables] of writes) {
      const result = await server.gql(query, variables, token);
      expect(result.errors, query).toBeDefined();
      expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT']).toContain(result.errors![0]!.extensions.code);
    }
    expect(await stateOf(athleteB.subjectId)).toEqual(before);
  });
});
