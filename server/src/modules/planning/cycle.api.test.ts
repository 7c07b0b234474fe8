import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { ARCHIVE_CYCLE, ARCHIVE_ROUTINE, START_CYCLE, UPDATE_CYCLE, countPlanRows } from './planning.test-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface CycleView {
  id: string;
  cycleNumber: number;
  startedOn: string | null;
  endedOn: string | null;
  isDeload: boolean;
  notes: string | null;
  archivedAt: string | null;
  routine: { id: string };
}
type Started = { startCycle: { cycle: CycleView; endedCycles: CycleView[]; created: boolean } };

const sql = <T>(query: string, params: unknown[] = []) => server.orm.em.fork().execute<T[]>(query, params);
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

/** An athlete whose factory routine has cycle 1 (no dates), logged in. */
async function athleteWithRoutine(options: Parameters<typeof createTestAthlete>[1] = {}) {
  const athlete = await createTestAthlete(server.orm, options);
  return { athlete, token: await logInAs(server, athlete.email), routineId: toGlobalId('Routine', athlete.routineId) };
}

const cyclesOf = (routineId: number) =>
  sql<{ cycle_number: number; started_on: string | null; ended_on: string | null }>(
    "select cycle_number, to_char(started_on, 'YYYY-MM-DD') as started_on, to_char(ended_on, 'YYYY-MM-DD') as ended_on from cycles where routine_id = ? order by cycle_number",
    [routineId],
  );

describe('startCycle', () => {
  it('numbers the next cycle per routine, ends the running one the day before, and audits it', async () => {
    const { athlete, token, routineId } = await athleteWithRoutine();
    const started = await server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-03-02', notes: 'Block 2' } }, token);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startCycle).toMatchObject({
      cycle: { cycleNumber: 2, startedOn: '2026-03-02', endedOn: null, isDeload: false, notes: 'Block 2', archivedAt: null, routine: { id: routineId } },
      endedCycles: [{ cycleNumber: 1, endedOn: '2026-03-01' }],
      created: true,
    });
    const deload = await server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-03-30', isDeload: true } }, token);
    expect(deload.data!.startCycle).toMatchObject({ cycle: { cycleNumber: 3, isDeload: true }, endedCycles: [{ cycleNumber: 2, endedOn: '2026-03-29' }] });
    expect(await cyclesOf(athlete.routineId)).toEqual([
      { cycle_number: 1, started_on: null, ended_on: '2026-03-01' },
      { cycle_number: 2, started_on: '2026-03-02', ended_on: '2026-03-29' },
      { cycle_number: 3, started_on: '2026-03-30', ended_on: null },
    ]);
    const audits = await sql<{ entity_id: number }>("select entity_id from audit_logs where action = 'create_cycle' and entity_id in (?, ?)", [
      dbId(started.data!.startCycle.cycle.id), dbId(deload.data!.startCycle.cycle.id)]);
    expect(audits).toHaveLength(2);
  });

  it('returns the same cycle for a repeated start, also when the repeats race (uq_cycles_routine_number): one row', async () => {
    const { athlete, token, routineId } = await athleteWithRoutine();
    const before = await countPlanRows(server.orm, athlete.subjectId);
    for (const [round, startedOn] of ['2026-04-06', '2026-05-04', '2026-06-01'].entries()) {
      const input = { routineId, startedOn, notes: 'Hypertrophy' };
      const raced = await Promise.all([0, 1, 2, 3, 4, 5].map(() => server.gql<Started>(START_CYCLE, { input }, token)));
      expect(raced.map((result) => result.errors)).toEqual(raced.map(() => undefined));
      expect(new Set(raced.map((result) => result.data!.startCycle.cycle.id)).size).toBe(1);
      expect(raced.filter((result) => result.data!.startCycle.created)).toHaveLength(1);
      const retry = await server.gql<Started>(START_CYCLE, { input }, token);
      expect(retry.data!.startCycle).toMatchObject({ cycle: { id: raced[0]!.data!.startCycle.cycle.id, cycleNumber: round + 2 }, endedCycles: [], created: false });
      expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual({ ...before, cycles: before.cycles + round + 1 });
    }
  });

  it('gives racing different starts distinct consecutive numbers', async () => {
    const { athlete, token, routineId } = await athleteWithRoutine();
    const raced = await Promise.all(['a', 'b', 'c'].map((notes) => server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-05-04', notes } }, token)));
    expect(raced.every((result) => !result.errors)).toBe(true);
    expect(raced.map((result) => result.data!.startCycle.cycle.cycleNumber).sort()).toEqual([2, 3, 4]);
    const open = (await cyclesOf(athlete.routineId)).filter((cycle) => cycle.ended_on === null);
    expect(open).toEqual([{ cycle_number: 4, started_on: '2026-05-04', ended_on: null }]);
  });

  it('refuses a start before the running cycle began, an archived routine, and bad input — storing nothing', async () => {
    const { athlete, token, routineId } = await athleteWithRoutine();
    // Regression (found by the mutation fuzz): year 0000 passes the LocalDate scalar; PostgreSQL refused it, an internal error.
    const fresh = await countPlanRows(server.orm, athlete.subjectId);
    const yearZero = await server.gql(START_CYCLE, { input: { routineId, startedOn: '0000-01-01' } }, token);
    expect(yearZero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startedOn' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(fresh);
    await server.gql(START_CYCLE, { input: { routineId, startedOn: '2026-06-01' } }, token);
    const before = await countPlanRows(server.orm, athlete.subjectId);

    const early = await server.gql(START_CYCLE, { input: { routineId, startedOn: '2026-05-31' } }, token);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startedOn' });
    const notes = await server.gql(START_CYCLE, { input: { routineId, notes: 'x'.repeat(2001) } }, token);
    expect(notes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notes' });
    const badId = await server.gql(START_CYCLE, { input: { routineId: 'nope' } }, token);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'routineId' });
    const badDate = await server.gql(START_CYCLE, { input: { routineId, startedOn: '2026-06-31' } }, token);
    expect(badDate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);

    await server.gql(ARCHIVE_ROUTINE, { input: { id: routineId, revision: 1 } }, token);
    const archived = await server.gql(START_CYCLE, { input: { routineId, startedOn: '2026-07-01' } }, token);
    expect(archived.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'routineId' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
  });
});

describe('updateCycle and archiveCycle', () => {
  it('edits end, deload flag and notes; refuses an end before the start (ck_cycles_dates_ordered) changing nothing', async () => {
    const { token, routineId } = await athleteWithRoutine();
    const { cycle } = (await server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-02-02' } }, token)).data!.startCycle;

    const refused = await server.gql(UPDATE_CYCLE, { input: { id: cycle.id, endedOn: '2026-02-01', notes: 'lost' } }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn' });
    const farFuture = await server.gql(UPDATE_CYCLE, { input: { id: cycle.id, endedOn: '2200-01-01' } }, token);
    expect(farFuture.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn' });
    expect(await sql('select ended_on, notes from cycles where id = ?', [dbId(cycle.id)])).toEqual([{ ended_on: null, notes: null }]);

    type Updated = { updateCycle: { cycle: CycleView } };
    const ended = await server.gql<Updated>(UPDATE_CYCLE, { input: { id: cycle.id, endedOn: '2026-02-02', isDeload: true, notes: ' Felt strong ' } }, token);
    expect(ended.data!.updateCycle.cycle).toMatchObject({ startedOn: '2026-02-02', endedOn: '2026-02-02', isDeload: true, notes: 'Felt strong' });
    const reopened = await server.gql<Updated>(UPDATE_CYCLE, { input: { id: cycle.id, endedOn: null } }, token);
    expect(reopened.data!.updateCycle.cycle).toMatchObject({ endedOn: null, isDeload: true, notes: 'Felt strong' });
    expect((await sql<{ n: string }>("select count(*) as n from audit_logs where action = 'update_cycle' and entity_id = ?", [dbId(cycle.id)]))[0]!.n).toBe('2');
  });

  it('archives once (a retry is a no-op), then refuses edits and hides the cycle from lists unless asked', async () => {
    const { token, routineId } = await athleteWithRoutine();
    const { cycle } = (await server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-02-02' } }, token)).data!.startCycle;
    type Archived = { archiveCycle: { cycle: CycleView } };
    const archived = await server.gql<Archived>(ARCHIVE_CYCLE, { input: { id: cycle.id } }, token);
    expect(archived.data!.archiveCycle.cycle.archivedAt).not.toBeNull();
    const again = await server.gql<Archived>(ARCHIVE_CYCLE, { input: { id: cycle.id } }, token);
    expect(again.data!.archiveCycle.cycle.archivedAt).toBe(archived.data!.archiveCycle.cycle.archivedAt);
    expect((await sql<{ n: string }>("select count(*) as n from audit_logs where action = 'archive_cycle' and entity_id = ?", [dbId(cycle.id)]))[0]!.n).toBe('1');

    const edit = await server.gql(UPDATE_CYCLE, { input: { id: cycle.id, notes: 'late' } }, token);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });

    const list = `query ($id: ID!, $all: Boolean!) { node(id: $id) { ... on Routine { cycles(includeArchived: $all) { edges { node { cycleNumber } } } } } }`;
    const visible = await server.gql<{ node: { cycles: { edges: { node: { cycleNumber: number } }[] } } }>(list, { id: routineId, all: false }, token);
    expect(visible.data!.node.cycles.edges.map((edge) => edge.node.cycleNumber)).toEqual([1]);
    const all = await server.gql<{ node: { cycles: { edges: { node: { cycleNumber: number } }[] } } }>(list, { id: routineId, all: true }, token);
    expect(all.data!.node.cycles.edges.map((edge) => edge.node.cycleNumber)).toEqual([2, 1]);
  });
});

describe('who may write cycles', () => {
  it('refuses another athlete (NOT_FOUND, nothing stored or read) and a coach without the athlete; allows their coach', async () => {
    const coach = await createTestCoach(server.orm);
    const otherCoach = await createTestCoach(server.orm);
    const { athlete, token, routineId } = await athleteWithRoutine({ coach: coach.user });
    const { cycle } = (await server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-02-02' } }, token)).data!.startCycle;
    const before = await countPlanRows(server.orm, athlete.subjectId);

    const stranger = (await athleteWithRoutine()).token;
    const otherCoachToken = await logInAs(server, otherCoach.email);
    for (const intruder of [stranger, otherCoachToken]) {
      const start = await server.gql(START_CYCLE, { input: { routineId, startedOn: '2026-03-02' } }, intruder);
      expect(start.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const update = await server.gql(UPDATE_CYCLE, { input: { id: cycle.id, notes: 'mine' } }, intruder);
      expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const archive = await server.gql(ARCHIVE_CYCLE, { input: { id: cycle.id } }, intruder);
      expect(archive.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const read = await server.gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id: cycle.id }, intruder);
      expect(read.data!.node).toBeNull();
    }
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(before);
    expect(await sql('select notes, archived_at from cycles where id = ?', [dbId(cycle.id)])).toEqual([{ notes: null, archived_at: null }]);

    const coachToken = await logInAs(server, coach.email);
    const byCoach = await server.gql<Started>(START_CYCLE, { input: { routineId, startedOn: '2026-03-02', isDeload: true } }, coachToken);
    expect(byCoach.data!.startCycle.cycle).toMatchObject({ cycleNumber: 3, isDeload: true });
    const node = await server.gql<{ node: { cycleNumber: number } }>('query ($id: ID!) { node(id: $id) { ... on Cycle { cycleNumber } } }', { id: cycle.id }, token);
    expect(node.data!.node.cycleNumber).toBe(2);
  });
});
