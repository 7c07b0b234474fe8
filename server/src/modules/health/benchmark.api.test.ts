import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId } from '../../graphql/global-id.js';
import { rawQuery } from '../../db/raw-query.js';
import { createTestAthlete, createTestCoach, logInAs, type TestAthlete } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { athleteId, catalogExerciseId, countRows, createPrivateExercise, dayFromToday, expectError, ok, walk, type Page } from './health.test-helpers.js';

const RECORD = /* GraphQL */ `
  mutation ($input: RecordBenchmarkInput!) {
    recordBenchmark(input: $input) { created benchmark { id metricType value unit establishedOn notes exercise { id slug } } }
  }`;
const UPDATE = 'mutation ($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { id value unit establishedOn notes } } }';
const DELETE = 'mutation ($input: DeleteBenchmarkInput!) { deleteBenchmark(input: $input) { deletedId athlete { id } } }';
const PAGE = /* GraphQL */ `
  query ($id: ID!, $first: Int!, $after: String, $filter: BenchmarkFilter) {
    node(id: $id) { ... on Athlete {
      benchmarks(first: $first, after: $after, filter: $filter) { edges { cursor node { id metricType value establishedOn exercise { slug } } } pageInfo { hasNextPage endCursor } }
    } }
  }`;
const CURRENT = 'query ($id: ID!) { node(id: $id) { ... on Athlete { currentBenchmarks { id metricType value establishedOn exercise { slug } } } } }';

interface Benchmark {
  id: string;
  metricType: string;
  value: number;
  unit?: string;
  establishedOn: string;
  notes?: string | null;
  exercise: { id?: string; slug: string } | null;
}
type RecordResult = { recordBenchmark: { created: boolean; benchmark: Benchmark } };

let server: TestServer;
let bench: string;
let squat: string;
beforeAll(async () => {
  server = await startTestServer();
  await createTestAthlete(server.orm); // ensures the starter catalog
  bench = await catalogExerciseId(server, 'barbell-bench-press');
  squat = await catalogExerciseId(server, 'barbell-back-squat');
});
afterAll(async () => {
  await server?.close();
});

async function athleteWithToken(options: Parameters<typeof createTestAthlete>[1] = {}): Promise<{ athlete: TestAthlete; token: string; id: string }> {
  const athlete = await createTestAthlete(server.orm, options);
  return { athlete, token: await logInAs(server, athlete.email), id: athleteId(athlete.subjectId) };
}
const benchmarks = (subjectId: number) => countRows(server, 'benchmarks', 'subject_id = ?', [subjectId]);
const dbId = (globalId: string) => parseGlobalId(globalId)!.id;
const audits = (benchmarkId: string) => countRows(server, 'audit_logs', "action = 'update_benchmark' and entity_type = 'benchmark' and entity_id = ?", [dbId(benchmarkId)]);

describe('recordBenchmark', () => {
  it('records a 1RM; a retry returns the same benchmark; a corrected value that day updates it; each change is audited once', async () => {
    const { athlete, token, id } = await athleteWithToken();
    const input = { athleteId: id, metricType: 'ONE_RM', value: 100, exerciseId: bench, establishedOn: dayFromToday(-3), notes: 'paused? no' };
    const first = await ok<RecordResult>(server, RECORD, { input }, token);
    expect(first.recordBenchmark).toMatchObject({ created: true, benchmark: { metricType: 'ONE_RM', value: 100, unit: 'kg', notes: 'paused? no', exercise: { id: bench, slug: 'barbell-bench-press' } } });
    const benchmarkId = first.recordBenchmark.benchmark.id;
    expect(await audits(benchmarkId)).toBe(1);

    const retry = await ok<RecordResult>(server, RECORD, { input }, token);
    expect(retry.recordBenchmark).toEqual({ ...first.recordBenchmark, created: false });
    expect(await benchmarks(athlete.subjectId)).toBe(1);
    expect(await audits(benchmarkId)).toBe(1);

    const corrected = await ok<RecordResult>(server, RECORD, { input: { ...input, value: 102.5 } }, token);
    expect(corrected.recordBenchmark).toMatchObject({ created: false, benchmark: { id: benchmarkId, value: 102.5 } });
    expect(await benchmarks(athlete.subjectId)).toBe(1);
    expect(await audits(benchmarkId)).toBe(2);

    const nextTest = await ok<RecordResult>(server, RECORD, { input: { ...input, value: 105, establishedOn: dayFromToday(0) } }, token);
    expect(nextTest.recordBenchmark.created).toBe(true);
    expect(await benchmarks(athlete.subjectId)).toBe(2);
  });

  it('keeps one benchmark and one audit row when the same record arrives concurrently', async () => {
    const { athlete, token, id } = await athleteWithToken();
    const input = { athleteId: id, metricType: 'ONE_RM', value: 120, exerciseId: squat, establishedOn: dayFromToday(0) };
    const results = await Promise.all(Array.from({ length: 6 }, () => server.gql<RecordResult>(RECORD, { input }, token)));
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    expect(results.filter((result) => result.data!.recordBenchmark.created)).toHaveLength(1);
    const ids = new Set(results.map((result) => result.data!.recordBenchmark.benchmark.id));
    expect(ids.size).toBe(1);
    expect(await benchmarks(athlete.subjectId)).toBe(1);
    expect(await audits([...ids][0]!)).toBe(1);
  });

  it('defaults the unit by type and converts lb and s/mi to kg and s/km', async () => {
    const { token, id } = await athleteWithToken();
    const cases = [
      [{ metricType: 'FTP', value: 250 }, { value: 250, unit: 'W' }],
      [{ metricType: 'HR_ZONE_2', value: 142 }, { value: 142, unit: 'bpm' }],
      [{ metricType: 'MAX_HEART_RATE', value: 190, unit: 'bpm' }, { value: 190, unit: 'bpm' }],
      [{ metricType: 'PACE_5K', value: 270 }, { value: 270, unit: 's/km' }],
      [{ metricType: 'PACE_10K', value: 480, unit: 's/mi' }, { value: 298.26, unit: 's/km' }],
      [{ metricType: 'TRAINING_MAX', value: 225, unit: 'lb', exerciseId: squat }, { value: 102.06, unit: 'kg' }],
    ] as const;
    for (const [input, expected] of cases) {
      const result = await ok<RecordResult>(server, RECORD, { input: { athleteId: id, establishedOn: dayFromToday(0), ...input } }, token);
      expect(result.recordBenchmark.benchmark, input.metricType).toMatchObject(expected);
    }
  });

  it.each([
    ['ONE_RM without an exercise', { exerciseId: null }, 'BAD_USER_INPUT', 'exerciseId'],
    ['TRAINING_MAX without an exercise', { metricType: 'TRAINING_MAX', exerciseId: undefined }, 'BAD_USER_INPUT', 'exerciseId'],
    ['a value of 0', { value: 0 }, 'BAD_USER_INPUT', 'value'],
    ['a negative value', { value: -20 }, 'BAD_USER_INPUT', 'value'],
    ['a value that rounds to 0', { value: 0.001 }, 'BAD_USER_INPUT', 'value'],
    ['a 1RM over 1000 kg', { value: 1000.5 }, 'BAD_USER_INPUT', 'value'],
    ['a unit the type does not take', { unit: 'W' }, 'BAD_USER_INPUT', 'unit'],
    ['a day in the future', { establishedOn: dayFromToday(2) }, 'BAD_USER_INPUT', 'establishedOn'],
    ['an exercise id of another type', { exerciseId: Buffer.from('Routine:1').toString('base64url') }, 'BAD_USER_INPUT', 'exerciseId'],
    ['an exercise that does not exist', { exerciseId: Buffer.from('Exercise:999999').toString('base64url') }, 'NOT_FOUND', undefined],
  ])('rejects %s (%s), storing nothing', async (_what, change, code, field) => {
    const { athlete, token, id } = await athleteWithToken();
    const input = { athleteId: id, metricType: 'ONE_RM', value: 100, exerciseId: bench, establishedOn: dayFromToday(0), ...change };
    const result = expectError(await server.gql(RECORD, { input }, token), code, field);
    if (field) expect(result.errors?.[0]?.message).toContain(field);
    expect(await benchmarks(athlete.subjectId)).toBe(0);
  });

  it("lets a coach record a roster athlete's tested 1RM (audited as the coach); a stranger gets NOT_FOUND", async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, id } = await athleteWithToken({ coach: coach.user });
    const coachToken = await logInAs(server, coach.email);
    const recorded = await ok<RecordResult>(server, RECORD, { input: { athleteId: id, metricType: 'ONE_RM', value: 140, exerciseId: squat, establishedOn: dayFromToday(0) } }, coachToken);
    const [audit] = await rawQuery<{ user_id: number; metadata: { change: string } }>(
      server.orm.em.fork() as never,
      "select user_id, metadata from audit_logs where entity_type = 'benchmark' and entity_id = ?",
      [dbId(recorded.recordBenchmark.benchmark.id)],
    );
    expect(audit).toMatchObject({ user_id: coach.user.id, metadata: { change: 'created' } });

    const stranger = await athleteWithToken();
    expectError(await server.gql(RECORD, { input: { athleteId: id, metricType: 'FTP', value: 200, establishedOn: dayFromToday(0) } }, stranger.token), 'NOT_FOUND');
    expect(await benchmarks(athlete.subjectId)).toBe(1);
  });

  it("accepts a coach's private exercise for their roster only", async () => {
    const coach = await createTestCoach(server.orm);
    const { token, id } = await athleteWithToken({ coach: coach.user });
    const privateLift = await createPrivateExercise(server, coach.user.id);
    await ok(server, RECORD, { input: { athleteId: id, metricType: 'ONE_RM', value: 90, exerciseId: privateLift, establishedOn: dayFromToday(0) } }, token);

    const outsider = await athleteWithToken();
    expectError(
      await server.gql(RECORD, { input: { athleteId: outsider.id, metricType: 'ONE_RM', value: 90, exerciseId: privateLift, establishedOn: dayFromToday(0) } }, outsider.token),
      'NOT_FOUND',
    );
    expect(await benchmarks(outsider.athlete.subjectId)).toBe(0);
  });
});

describe('updateBenchmark and deleteBenchmark', () => {
  async function recorded(options: Parameters<typeof createTestAthlete>[1] = {}) {
    const owner = await athleteWithToken(options);
    const result = await ok<RecordResult>(
      server,
      RECORD,
      { input: { athleteId: owner.id, metricType: 'ONE_RM', value: 100, exerciseId: bench, establishedOn: dayFromToday(-7) } },
      owner.token,
    );
    return { ...owner, benchmarkId: result.recordBenchmark.benchmark.id };
  }

  it('corrects value, day and notes with the change audited (before and after); a retry changes nothing', async () => {
    const { token, benchmarkId } = await recorded();
    const input = { id: benchmarkId, value: 231.5, unit: 'lb', establishedOn: dayFromToday(-6), notes: 'belt' };
    const updated = await ok<{ updateBenchmark: { benchmark: Benchmark } }>(server, UPDATE, { input }, token);
    expect(updated.updateBenchmark.benchmark).toEqual({ id: benchmarkId, value: 105.01, unit: 'kg', establishedOn: dayFromToday(-6), notes: 'belt' });
    expect(await audits(benchmarkId)).toBe(2);
    const [audit] = await rawQuery<{ metadata: { before: { value: number }; after: { value: number } } }>(
      server.orm.em.fork() as never,
      "select metadata from audit_logs where entity_type = 'benchmark' and entity_id = ? and metadata->>'change' = 'updated'",
      [dbId(benchmarkId)],
    );
    expect(audit!.metadata).toMatchObject({ before: { value: 100 }, after: { value: 105.01 } });

    await ok(server, UPDATE, { input }, token); // a retry
    expect(await audits(benchmarkId)).toBe(2);
  });

  it('lets the coach correct it; a stranger gets NOT_FOUND; bad input is BAD_USER_INPUT; nothing changes', async () => {
    const coach = await createTestCoach(server.orm);
    const { token, benchmarkId } = await recorded({ coach: coach.user });
    await ok(server, UPDATE, { input: { id: benchmarkId, value: 110 } }, await logInAs(server, coach.email));

    const stranger = await athleteWithToken();
    expectError(await server.gql(UPDATE, { input: { id: benchmarkId, value: 1 } }, stranger.token), 'NOT_FOUND');
    expectError(await server.gql(UPDATE, { input: { id: benchmarkId, value: null } }, token), 'BAD_USER_INPUT', 'value');
    expectError(await server.gql(UPDATE, { input: { id: benchmarkId, value: 0 } }, token), 'BAD_USER_INPUT', 'value');
    expectError(await server.gql(UPDATE, { input: { id: benchmarkId, unit: 'lb' } }, token), 'BAD_USER_INPUT', 'unit');
    expectError(await server.gql(UPDATE, { input: { id: benchmarkId, establishedOn: dayFromToday(3) } }, token), 'BAD_USER_INPUT', 'establishedOn');
    const current = await ok<{ node: { value: number } }>(server, 'query ($id: ID!) { node(id: $id) { ... on Benchmark { value } } }', { id: benchmarkId }, token);
    expect(current.node.value).toBe(110);
    expect(await audits(benchmarkId)).toBe(2);
  });

  it('answers CONFLICT when moved onto a day that already has a benchmark of the same kind', async () => {
    const { token, id, benchmarkId } = await recorded();
    await ok(server, RECORD, { input: { athleteId: id, metricType: 'ONE_RM', value: 104, exerciseId: bench, establishedOn: dayFromToday(-1) } }, token);
    expectError(await server.gql(UPDATE, { input: { id: benchmarkId, establishedOn: dayFromToday(-1) } }, token), 'CONFLICT');
    const current = await ok<{ node: { establishedOn: string } }>(server, 'query ($id: ID!) { node(id: $id) { ... on Benchmark { establishedOn } } }', { id: benchmarkId }, token);
    expect(current.node.establishedOn).toBe(dayFromToday(-7));
  });

  it('deletes (audited); deleting again or as a stranger answers NOT_FOUND', async () => {
    const { athlete, token, id, benchmarkId } = await recorded();
    const stranger = await athleteWithToken();
    expectError(await server.gql(DELETE, { input: { id: benchmarkId } }, stranger.token), 'NOT_FOUND');
    expect(await benchmarks(athlete.subjectId)).toBe(1);
    const deleted = await ok<{ deleteBenchmark: { deletedId: string; athlete: { id: string } } }>(server, DELETE, { input: { id: benchmarkId } }, token);
    expect(deleted.deleteBenchmark).toEqual({ deletedId: benchmarkId, athlete: { id } });
    expect(await benchmarks(athlete.subjectId)).toBe(0);
    expect(await audits(benchmarkId)).toBe(2); // created, deleted: the trail outlives the row
    expectError(await server.gql(DELETE, { input: { id: benchmarkId } }, token), 'NOT_FOUND');
  });
});

describe('Athlete.benchmarks and currentBenchmarks', () => {
  it('walks every benchmark once, newest first, filters by type and exercise, and picks the current one per kind', async () => {
    const coach = await createTestCoach(server.orm);
    const { token, id } = await athleteWithToken({ coach: coach.user });
    const record = (input: Record<string, unknown>) => ok<RecordResult>(server, RECORD, { input: { athleteId: id, ...input } }, token);
    const all: { day: string; metricType: string; value: number }[] = [];
    for (let week = 0; week < 4; week += 1) {
      const day = dayFromToday(-7 * (3 - week));
      for (const [metricType, exerciseId, value] of [['ONE_RM', bench, 100 + week], ['ONE_RM', squat, 140 + week], ['FTP', null, 200 + week]] as const) {
        await record({ metricType, exerciseId, value, establishedOn: day });
        all.push({ day, metricType, value });
      }
    }
    const fetchPage = (filter?: unknown) => async (after: string | null) =>
      (await ok<{ node: { benchmarks: Page<Benchmark> } }>(server, PAGE, { id, first: 5, after, filter }, token)).node.benchmarks;

    const walked = await walk(fetchPage());
    expect(walked.pages).toBe(3);
    expect(walked.nodes).toHaveLength(12);
    expect(new Set(walked.nodes.map((node) => node.id)).size).toBe(12);
    const days = walked.nodes.map((node) => node.establishedOn);
    expect([...days].sort().reverse()).toEqual(days);
    // Same day: newest id first (recorded bench, squat, FTP).
    expect(walked.nodes.slice(0, 3).map((node) => node.metricType + (node.exercise?.slug ?? ''))).toEqual(['FTP', 'ONE_RMbarbell-back-squat', 'ONE_RMbarbell-bench-press']);

    const ftp = await walk(fetchPage({ metricType: 'FTP' }));
    expect(ftp.nodes.map((node) => node.value)).toEqual([203, 202, 201, 200]);
    const squats = await walk(fetchPage({ exerciseId: squat }));
    expect(squats.nodes.map((node) => node.value)).toEqual([143, 142, 141, 140]);

    // An older test entered later does not displace the current one.
    await record({ metricType: 'ONE_RM', exerciseId: bench, value: 90, establishedOn: dayFromToday(-30) });
    const current = await ok<{ node: { currentBenchmarks: Benchmark[] } }>(server, CURRENT, { id }, await logInAs(server, coach.email));
    expect(current.node.currentBenchmarks.map((benchmark) => [benchmark.metricType, benchmark.exercise?.slug ?? null, benchmark.value])).toEqual([
      ['FTP', null, 203],
      ['ONE_RM', 'barbell-back-squat', 143],
      ['ONE_RM', 'barbell-bench-press', 103],
    ]);
  });
});
