import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, createTestCoach, logInAs, type TestAthlete } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { athleteId, countRows, dayFromToday, expectError, ok, walk, type Page } from '../health/health.test-helpers.js';

const UPDATE_PROFILE = /* GraphQL */ `
  mutation ($input: UpdateAthleteProfileInput!) {
    updateAthleteProfile(input: $input) { athlete { id profile { sex } } profile { sex birthYear heightCm dominantHand } }
  }`;
const PROFILE = '{ viewer { athlete { profile { sex birthYear heightCm dominantHand } } } }';
const RECORD = /* GraphQL */ `
  mutation ($input: RecordBodyMetricsInput!) {
    recordBodyMetrics(input: $input) { created bodyMetric { id measuredOn weightKg bodyfatPct restingHr notes } }
  }`;
const DELETE = 'mutation ($input: DeleteBodyMetricsInput!) { deleteBodyMetrics(input: $input) { deletedId athlete { id } } }';
const METRICS_PAGE = /* GraphQL */ `
  query ($id: ID!, $first: Int!, $after: String, $filter: BodyMetricFilter) {
    node(id: $id) { ... on Athlete { bodyMetrics(first: $first, after: $after, filter: $filter) { edges { cursor node { id measuredOn weightKg } } pageInfo { hasNextPage endCursor } } } }
  }`;

interface Profile {
  sex: string | null;
  birthYear: number | null;
  heightCm: number | null;
  dominantHand: string | null;
}
interface Metric {
  id: string;
  measuredOn: string;
  weightKg: number | null;
  bodyfatPct?: number | null;
  restingHr?: number | null;
  notes?: string | null;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function athleteWithToken(options: Parameters<typeof createTestAthlete>[1] = {}): Promise<{ athlete: TestAthlete; token: string; id: string }> {
  const athlete = await createTestAthlete(server.orm, options);
  return { athlete, token: await logInAs(server, athlete.email), id: athleteId(athlete.subjectId) };
}

const profiles = (subjectId: number) => countRows(server, 'subject_profiles', 'subject_id = ?', [subjectId]);
const metrics = (subjectId: number) => countRows(server, 'subject_body_metrics', 'subject_id = ?', [subjectId]);

describe('updateAthleteProfile', () => {
  it('creates the profile, a retry keeps one row, omitted fields stay and null clears one', async () => {
    const { athlete, token, id } = await athleteWithToken();
    expect((await ok<{ viewer: { athlete: { profile: null } } }>(server, PROFILE, {}, token)).viewer.athlete.profile).toBeNull();

    const input = { athleteId: id, sex: 'FEMALE', birthYear: 1990, heightCm: 168, dominantHand: 'AMBIDEXTROUS' };
    const first = await ok<{ updateAthleteProfile: { profile: Profile; athlete: { id: string; profile: Profile } } }>(server, UPDATE_PROFILE, { input }, token);
    expect(first.updateAthleteProfile.profile).toEqual({ sex: 'FEMALE', birthYear: 1990, heightCm: 168, dominantHand: 'AMBIDEXTROUS' });
    expect(first.updateAthleteProfile.athlete).toEqual({ id, profile: { sex: 'FEMALE' } });
    await ok(server, UPDATE_PROFILE, { input }, token); // a retry
    expect(await profiles(athlete.subjectId)).toBe(1);

    const partial = await ok<{ updateAthleteProfile: { profile: Profile } }>(server, UPDATE_PROFILE, { input: { athleteId: id, heightCm: 170, sex: null } }, token);
    expect(partial.updateAthleteProfile.profile).toEqual({ sex: null, birthYear: 1990, heightCm: 170, dominantHand: 'AMBIDEXTROUS' });
    expect((await ok<{ viewer: { athlete: { profile: Profile } } }>(server, PROFILE, {}, token)).viewer.athlete.profile).toEqual(partial.updateAthleteProfile.profile);
    expect(await profiles(athlete.subjectId)).toBe(1);
  });

  it('accepts the bounds: 1900 and the current year, 50 and 272 cm', async () => {
    const { token, id } = await athleteWithToken();
    const thisYear = new Date().getUTCFullYear();
    for (const [birthYear, heightCm] of [[1900, 50], [thisYear, 272]]) {
      const result = await ok<{ updateAthleteProfile: { profile: Profile } }>(server, UPDATE_PROFILE, { input: { athleteId: id, birthYear, heightCm } }, token);
      expect(result.updateAthleteProfile.profile).toMatchObject({ birthYear, heightCm });
    }
  });

  it.each([
    ['a birth year before 1900', { birthYear: 1899 }, 'birthYear'],
    ['a birth year after the current year', { birthYear: new Date().getUTCFullYear() + 1 }, 'birthYear'],
    ['a height under 50 cm', { heightCm: 49 }, 'heightCm'],
    ['a height over 272 cm', { heightCm: 273 }, 'heightCm'],
    ['an athlete id of another type', { athleteId: Buffer.from('Routine:1').toString('base64url') }, 'athleteId'],
  ])('rejects %s with BAD_USER_INPUT naming the field, storing nothing', async (_what, change, field) => {
    const { athlete, token, id } = await athleteWithToken();
    const result = expectError(await server.gql(UPDATE_PROFILE, { input: { athleteId: id, sex: 'MALE', ...change } }, token), 'BAD_USER_INPUT', field);
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await profiles(athlete.subjectId)).toBe(0);
  });

  it("lets the coach read the profile but not write it (FORBIDDEN); a stranger gets NOT_FOUND; nothing changes", async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, id } = await athleteWithToken({ coach: coach.user });
    await ok(server, UPDATE_PROFILE, { input: { athleteId: id, birthYear: 1985 } }, token);
    const coachToken = await logInAs(server, coach.email);

    const read = await ok<{ node: { profile: Profile } }>(server, 'query ($id: ID!) { node(id: $id) { ... on Athlete { profile { birthYear } } } }', { id }, coachToken);
    expect(read.node.profile).toEqual({ birthYear: 1985 });
    expectError(await server.gql(UPDATE_PROFILE, { input: { athleteId: id, birthYear: 1970 } }, coachToken), 'FORBIDDEN');

    const stranger = await athleteWithToken();
    expectError(await server.gql(UPDATE_PROFILE, { input: { athleteId: id, birthYear: 1970 } }, stranger.token), 'NOT_FOUND');
    const hidden = await ok<{ node: null }>(server, 'query ($id: ID!) { node(id: $id) { ... on Athlete { profile { birthYear } } } }', { id }, stranger.token);
    expect(hidden.node).toBeNull();
    expectError(await server.gql(UPDATE_PROFILE, { input: { athleteId: id, birthYear: 1970 } }), 'UNAUTHENTICATED');

    const after = await ok<{ viewer: { athlete: { profile: Profile } } }>(server, PROFILE, {}, token);
    expect(after.viewer.athlete.profile.birthYear).toBe(1985);
    expect(await profiles(athlete.subjectId)).toBe(1);
    expect(await profiles(stranger.athlete.subjectId)).toBe(0);
  });
});

describe('recordBodyMetrics', () => {
  it('creates one row per day: a retry and a later reading update it, sent fields overwrite, omitted ones stay', async () => {
    const { athlete, token, id } = await athleteWithToken();
    const day = dayFromToday(-1);
    const input = { athleteId: id, measuredOn: day, weightKg: 80.456, restingHr: 52, notes: 'after a long week? yes' };
    const first = await ok<{ recordBodyMetrics: { created: boolean; bodyMetric: Metric } }>(server, RECORD, { input }, token);
    expect(first.recordBodyMetrics).toMatchObject({ created: true, bodyMetric: { measuredOn: day, weightKg: 80.46, restingHr: 52, bodyfatPct: null, notes: 'after a long week? yes' } });

    const retry = await ok<{ recordBodyMetrics: { created: boolean; bodyMetric: Metric } }>(server, RECORD, { input }, token);
    expect(retry.recordBodyMetrics).toEqual({ ...first.recordBodyMetrics, created: false });

    const later = await ok<{ recordBodyMetrics: { created: boolean; bodyMetric: Metric } }>(server, RECORD, { input: { athleteId: id, measuredOn: day, bodyfatPct: 14.44, notes: null } }, token);
    expect(later.recordBodyMetrics).toEqual({
      created: false,
      bodyMetric: { id: first.recordBodyMetrics.bodyMetric.id, measuredOn: day, weightKg: 80.46, bodyfatPct: 14.4, restingHr: 52, notes: null },
    });
    expect(await metrics(athlete.subjectId)).toBe(1);

    await ok(server, RECORD, { input: { athleteId: id, measuredOn: dayFromToday(0), weightKg: 80 } }, token);
    expect(await metrics(athlete.subjectId)).toBe(2);
  });

  it('keeps one row when the same day arrives concurrently (a double-tapped save, a retry racing the original)', async () => {
    const { athlete, token, id } = await athleteWithToken();
    const input = { athleteId: id, measuredOn: dayFromToday(0), weightKg: 81.2 };
    const results = await Promise.all(Array.from({ length: 6 }, () => server.gql<{ recordBodyMetrics: { created: boolean; bodyMetric: Metric } }>(RECORD, { input }, token)));
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    expect(results.filter((result) => result.data!.recordBodyMetrics.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.data!.recordBodyMetrics.bodyMetric.id)).size).toBe(1);
    expect(await metrics(athlete.subjectId)).toBe(1);
  });

  it('accepts the bounds: 0 and 699.99 kg, 0 and 100 % body fat, 1 and 299 bpm, tomorrow (time zones)', async () => {
    const { token, id } = await athleteWithToken();
    for (const [offset, weightKg, bodyfatPct, restingHr] of [[0, 0, 0, 1], [1, 699.99, 100, 299]] as const) {
      const result = await ok<{ recordBodyMetrics: { bodyMetric: Metric } }>(server, RECORD, { input: { athleteId: id, measuredOn: dayFromToday(offset), weightKg, bodyfatPct, restingHr } }, token);
      expect(result.recordBodyMetrics.bodyMetric).toMatchObject({ weightKg, bodyfatPct, restingHr });
    }
  });

  it.each([
    ['a weight of 700 kg', { weightKg: 700 }, 'weightKg'],
    ['a negative weight', { weightKg: -0.5 }, 'weightKg'],
    ['body fat over 100 %', { bodyfatPct: 100.1 }, 'bodyfatPct'],
    ['negative body fat', { bodyfatPct: -1 }, 'bodyfatPct'],
    ['a resting heart rate of 0', { restingHr: 0 }, 'restingHr'],
    ['a resting heart rate of 300', { restingHr: 300 }, 'restingHr'],
    ['a day after tomorrow', { measuredOn: dayFromToday(2) }, 'measuredOn'],
    ['a day before 1900', { measuredOn: '1899-12-31' }, 'measuredOn'],
    ['notes over 2000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
  ])('rejects %s with BAD_USER_INPUT naming the field, storing nothing', async (_what, change, field) => {
    const { athlete, token, id } = await athleteWithToken();
    const result = expectError(await server.gql(RECORD, { input: { athleteId: id, measuredOn: dayFromToday(0), weightKg: 80, ...change } }, token), 'BAD_USER_INPUT', field);
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await metrics(athlete.subjectId)).toBe(0);
  });

  it('rejects a day that does not exist (BAD_USER_INPUT at input.measuredOn), storing nothing', async () => {
    const { athlete, token, id } = await athleteWithToken();
    const result = expectError(await server.gql(RECORD, { input: { athleteId: id, measuredOn: '2025-02-30', weightKg: 80 } }, token), 'BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('measuredOn');
    expect(await metrics(athlete.subjectId)).toBe(0);
  });

  it("is the athlete's own: the coach reads (FORBIDDEN to write), a stranger gets NOT_FOUND, nothing is stored", async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, id } = await athleteWithToken({ coach: coach.user });
    await ok(server, RECORD, { input: { athleteId: id, measuredOn: dayFromToday(0), weightKg: 72.5 } }, token);
    const coachToken = await logInAs(server, coach.email);
    const read = await ok<{ node: { bodyMetrics: Page<Metric> } }>(server, METRICS_PAGE, { id, first: 5 }, coachToken);
    expect(read.node.bodyMetrics.edges.map((edge) => edge.node.weightKg)).toEqual([72.5]);
    expectError(await server.gql(RECORD, { input: { athleteId: id, measuredOn: dayFromToday(-1), weightKg: 1 } }, coachToken), 'FORBIDDEN');

    const stranger = await athleteWithToken();
    expectError(await server.gql(RECORD, { input: { athleteId: id, measuredOn: dayFromToday(-1), weightKg: 1 } }, stranger.token), 'NOT_FOUND');
    expect((await ok<{ node: null }>(server, METRICS_PAGE, { id, first: 5 }, stranger.token)).node).toBeNull();
    const metricId = read.node.bodyMetrics.edges[0]!.node.id;
    expect((await ok<{ node: null }>(server, 'query ($id: ID!) { node(id: $id) { id } }', { id: metricId }, stranger.token)).node).toBeNull();
    expect((await ok<{ node: { id: string } }>(server, 'query ($id: ID!) { node(id: $id) { id ... on BodyMetric { weightKg } } }', { id: metricId }, coachToken)).node).toEqual({
      id: metricId,
      weightKg: 72.5,
    });
    expect(await metrics(athlete.subjectId)).toBe(1);
    expect(await metrics(stranger.athlete.subjectId)).toBe(0);
  });
});

describe('deleteBodyMetrics', () => {
  it('deletes the athlete’s own row; again → NOT_FOUND; the coach gets FORBIDDEN and a stranger NOT_FOUND, deleting nothing', async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, id } = await athleteWithToken({ coach: coach.user });
    const rows = [];
    for (const offset of [0, -1]) {
      rows.push((await ok<{ recordBodyMetrics: { bodyMetric: Metric } }>(server, RECORD, { input: { athleteId: id, measuredOn: dayFromToday(offset), weightKg: 70 } }, token)).recordBodyMetrics.bodyMetric.id);
    }
    const stranger = await athleteWithToken();
    expectError(await server.gql(DELETE, { input: { id: rows[0] } }, stranger.token), 'NOT_FOUND');
    expectError(await server.gql(DELETE, { input: { id: rows[0] } }, await logInAs(server, coach.email)), 'FORBIDDEN');
    expect(await metrics(athlete.subjectId)).toBe(2);

    const deleted = await ok<{ deleteBodyMetrics: { deletedId: string; athlete: { id: string } } }>(server, DELETE, { input: { id: rows[0] } }, token);
    expect(deleted.deleteBodyMetrics).toEqual({ deletedId: rows[0], athlete: { id } });
    expect(await metrics(athlete.subjectId)).toBe(1);
    expectError(await server.gql(DELETE, { input: { id: rows[0] } }, token), 'NOT_FOUND');
    expect(await metrics(athlete.subjectId)).toBe(1);
  });
});

describe('Athlete.bodyMetrics', () => {
  it('walks every day exactly once, newest first, and filters an inclusive day range', async () => {
    const { token, id } = await athleteWithToken();
    const days = Array.from({ length: 23 }, (_, index) => dayFromToday(-index));
    for (const [index, day] of days.entries()) await ok(server, RECORD, { input: { athleteId: id, measuredOn: day, weightKg: 70 + index / 10 } }, token);
    const fetchPage = (filter?: unknown) => async (after: string | null) =>
      (await ok<{ node: { bodyMetrics: Page<Metric> } }>(server, METRICS_PAGE, { id, first: 5, after, filter }, token)).node.bodyMetrics;

    const all = await walk(fetchPage());
    expect(all.pages).toBe(5);
    expect(all.nodes.map((node) => node.measuredOn)).toEqual(days);
    expect(new Set(all.nodes.map((node) => node.id)).size).toBe(23);

    const ranged = await walk(fetchPage({ from: days[12], to: days[3] }));
    expect(ranged.nodes.map((node) => node.measuredOn)).toEqual(days.slice(3, 13));
  });

  it('rejects an inverted range, an oversized page and a foreign cursor with BAD_USER_INPUT naming the argument', async () => {
    const { token, id } = await athleteWithToken();
    expectError(await server.gql(METRICS_PAGE, { id, first: 5, filter: { from: dayFromToday(0), to: dayFromToday(-3) } }, token), 'BAD_USER_INPUT', 'filter.from');
    expectError(await server.gql(METRICS_PAGE, { id, first: 101 }, token), 'BAD_USER_INPUT', 'first');
    expectError(await server.gql(METRICS_PAGE, { id, first: 5, after: 'bm9wZQ' }, token), 'BAD_USER_INPUT', 'after');
  });
});
