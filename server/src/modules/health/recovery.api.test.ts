import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs, type TestAthlete } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { athleteId, countRows, dayFromToday, expectError, ok, walk, type Page } from './health.test-helpers.js';

const RECORD_SIGNAL = /* GraphQL */ `
  mutation ($input: RecordRecoverySignalInput!) {
    recordRecoverySignal(input: $input) {
      created
      recoverySignal { id measuredOn source hrvMs restingHr sleepScore sleepHours readiness notes session { id } }
    }
  }`;
const RECORD_SORENESS = /* GraphQL */ `
  mutation ($input: RecordSorenessInput!) {
    recordSoreness(input: $input) { sorenessLogs { id loggedOn bodyPart soreness notes inferredCauseSession { id } } }
  }`;
const DELETE_SIGNAL = 'mutation ($input: DeleteRecoverySignalInput!) { deleteRecoverySignal(input: $input) { deletedId athlete { id } } }';
const DELETE_SORENESS = 'mutation ($input: DeleteSorenessLogInput!) { deleteSorenessLog(input: $input) { deletedId athlete { id } } }';
const SIGNALS = /* GraphQL */ `
  query ($id: ID!, $first: Int!, $after: String, $filter: RecoverySignalFilter) {
    node(id: $id) { ... on Athlete { recoverySignals(first: $first, after: $after, filter: $filter) { edges { node { id measuredOn source } } pageInfo { hasNextPage endCursor } } } }
  }`;
const SORENESS = /* GraphQL */ `
  query ($id: ID!, $first: Int!, $after: String, $filter: SorenessLogFilter) {
    node(id: $id) { ... on Athlete { sorenessLogs(first: $first, after: $after, filter: $filter) { edges { node { id loggedOn bodyPart soreness } } pageInfo { hasNextPage endCursor } } } }
  }`;

interface Signal {
  id: string;
  measuredOn: string;
  source: string;
  hrvMs?: number | null;
  restingHr?: number | null;
  sleepScore?: number | null;
  sleepHours?: number | null;
  readiness?: number | null;
  notes?: string | null;
  session?: { id: string } | null;
}
interface Soreness {
  id: string;
  loggedOn: string;
  bodyPart: string;
  soreness: number;
  notes?: string | null;
  inferredCauseSession?: { id: string } | null;
}
type SignalResult = { recordRecoverySignal: { created: boolean; recoverySignal: Signal } };
type SorenessResult = { recordSoreness: { sorenessLogs: Soreness[] } };

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
const signals = (subjectId: number) => countRows(server, 'recovery_signals', 'subject_id = ?', [subjectId]);
const sorenessRows = (subjectId: number) => countRows(server, 'soreness_logs', 'subject_id = ?', [subjectId]);

/** Global id of one of the athlete's own sessions (from their history). */
async function aSessionOf(token: string): Promise<string> {
  const result = await ok<{ viewer: { athlete: { sessions: { edges: { node: { id: string } }[] } } } }>(server, '{ viewer { athlete { sessions(first: 1) { edges { node { id } } } } } }', {}, token);
  return result.viewer.athlete.sessions.edges[0]!.node.id;
}

describe('recordRecoverySignal', () => {
  it('upserts per day and source: a retry and a later sync update the reading, another source adds one', async () => {
    const { athlete, token, id } = await athleteWithToken({ historyWeeks: 1 });
    const sessionId = await aSessionOf(token);
    const day = dayFromToday(0);
    const input = { athleteId: id, measuredOn: day, hrvMs: 61.26, restingHr: 48, sleepHours: 7.456, sleepScore: 82, readiness: 74.44, notes: 'slept well?', sessionId };
    const first = await ok<SignalResult>(server, RECORD_SIGNAL, { input }, token);
    expect(first.recordRecoverySignal).toEqual({
      created: true,
      recoverySignal: { id: expect.any(String), measuredOn: day, source: 'MANUAL', hrvMs: 61.3, restingHr: 48, sleepScore: 82, sleepHours: 7.46, readiness: 74.4, notes: 'slept well?', session: { id: sessionId } },
    });
    const retry = await ok<SignalResult>(server, RECORD_SIGNAL, { input }, token);
    expect(retry.recordRecoverySignal).toEqual({ ...first.recordRecoverySignal, created: false });

    const later = await ok<SignalResult>(server, RECORD_SIGNAL, { input: { athleteId: id, measuredOn: day, source: 'MANUAL', readiness: 80, sessionId: null } }, token);
    expect(later.recordRecoverySignal).toMatchObject({ created: false, recoverySignal: { id: first.recordRecoverySignal.recoverySignal.id, hrvMs: 61.3, readiness: 80, session: null } });
    expect(await signals(athlete.subjectId)).toBe(1);

    const device = await ok<SignalResult>(server, RECORD_SIGNAL, { input: { athleteId: id, measuredOn: day, source: 'OURA', hrvMs: 58 } }, token);
    expect(device.recordRecoverySignal.created).toBe(true);
    expect(await signals(athlete.subjectId)).toBe(2);
  });

  it('accepts the bounds: 0.1 and 300 ms, 1 and 299 bpm, 0 and 100, 0 and 24 h, tomorrow', async () => {
    const { token, id } = await athleteWithToken();
    const low = { hrvMs: 0.1, restingHr: 1, sleepScore: 0, sleepHours: 0, readiness: 0 };
    const high = { hrvMs: 300, restingHr: 299, sleepScore: 100, sleepHours: 24, readiness: 100 };
    for (const [offset, values] of [[0, low], [1, high]] as const) {
      const result = await ok<SignalResult>(server, RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(offset), ...values } }, token);
      expect(result.recordRecoverySignal.recoverySignal).toMatchObject(values);
    }
  });

  it.each([
    ['an HRV of 0', { hrvMs: 0 }, 'hrvMs'],
    ['an HRV over 300 ms', { hrvMs: 300.1 }, 'hrvMs'],
    ['a resting heart rate of 0', { restingHr: 0 }, 'restingHr'],
    ['a resting heart rate of 300', { restingHr: 300 }, 'restingHr'],
    ['a negative sleep score', { sleepScore: -1 }, 'sleepScore'],
    ['a sleep score over 100', { sleepScore: 100.5 }, 'sleepScore'],
    ['negative sleep', { sleepHours: -0.5 }, 'sleepHours'],
    ['more than 24 hours of sleep', { sleepHours: 24.5 }, 'sleepHours'],
    ['a negative readiness', { readiness: -1 }, 'readiness'],
    ['a readiness over 100', { readiness: 101 }, 'readiness'],
    ['a day after tomorrow', { measuredOn: dayFromToday(2) }, 'measuredOn'],
    ['a session id of another type', { sessionId: toGlobalId('Routine', 1) }, 'sessionId'],
  ])('rejects %s with BAD_USER_INPUT naming the field, storing nothing', async (_what, change, field) => {
    const { athlete, token, id } = await athleteWithToken();
    const result = expectError(await server.gql(RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(0), hrvMs: 60, ...change } }, token), 'BAD_USER_INPUT', field);
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await signals(athlete.subjectId)).toBe(0);
  });

  it("refuses another athlete's session (NOT_FOUND), storing nothing", async () => {
    const other = await athleteWithToken({ historyWeeks: 1 });
    const theirSession = await aSessionOf(other.token);
    const { athlete, token, id } = await athleteWithToken();
    expectError(await server.gql(RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(0), hrvMs: 60, sessionId: theirSession } }, token), 'NOT_FOUND');
    expect(await signals(athlete.subjectId)).toBe(0);
  });

  it('is the athlete’s own: the coach reads (FORBIDDEN to write), a stranger gets NOT_FOUND', async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, id } = await athleteWithToken({ coach: coach.user });
    await ok(server, RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(0), hrvMs: 70 } }, token);
    const coachToken = await logInAs(server, coach.email);
    const read = await ok<{ node: { recoverySignals: Page<Signal> } }>(server, SIGNALS, { id, first: 3 }, coachToken);
    expect(read.node.recoverySignals.edges).toHaveLength(1);
    expectError(await server.gql(RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(-1), hrvMs: 1 } }, coachToken), 'FORBIDDEN');
    const stranger = await athleteWithToken();
    expectError(await server.gql(RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(-1), hrvMs: 1 } }, stranger.token), 'NOT_FOUND');
    expect((await ok<{ node: null }>(server, SIGNALS, { id, first: 3 }, stranger.token)).node).toBeNull();
    expect(await signals(athlete.subjectId)).toBe(1);
  });
});

describe('recordSoreness', () => {
  it('upserts per day and body part: a retry keeps the rows, a change updates one, a new part adds one', async () => {
    const { athlete, token, id } = await athleteWithToken({ historyWeeks: 1 });
    const sessionId = await aSessionOf(token);
    const day = dayFromToday(0);
    const input = { athleteId: id, loggedOn: day, entries: [{ bodyPart: 'QUADS', soreness: 4 }, { bodyPart: 'GLUTES', soreness: 2 }], inferredCauseSessionId: sessionId, notes: 'squats' };
    const first = await ok<SorenessResult>(server, RECORD_SORENESS, { input }, token);
    expect(first.recordSoreness.sorenessLogs.map(({ bodyPart, soreness, notes, inferredCauseSession }) => ({ bodyPart, soreness, notes, inferredCauseSession }))).toEqual([
      { bodyPart: 'QUADS', soreness: 4, notes: 'squats', inferredCauseSession: { id: sessionId } },
      { bodyPart: 'GLUTES', soreness: 2, notes: 'squats', inferredCauseSession: { id: sessionId } },
    ]);
    const retry = await ok<SorenessResult>(server, RECORD_SORENESS, { input }, token);
    expect(retry.recordSoreness).toEqual(first.recordSoreness);
    expect(await sorenessRows(athlete.subjectId)).toBe(2);

    const change = await ok<SorenessResult>(server, RECORD_SORENESS, { input: { athleteId: id, loggedOn: day, entries: [{ bodyPart: 'QUADS', soreness: 5 }, { bodyPart: 'CALVES', soreness: 1 }] } }, token);
    expect(change.recordSoreness.sorenessLogs[0]).toMatchObject({ id: first.recordSoreness.sorenessLogs[0]!.id, soreness: 5, notes: 'squats', inferredCauseSession: { id: sessionId } });
    expect(change.recordSoreness.sorenessLogs[1]).toMatchObject({ bodyPart: 'CALVES', soreness: 1, notes: null, inferredCauseSession: null });
    expect(await sorenessRows(athlete.subjectId)).toBe(3);
  });

  it.each([
    ['a soreness of 0', { entries: [{ bodyPart: 'QUADS', soreness: 0 }] }, 'entries.0.soreness'],
    ['a soreness of 6', { entries: [{ bodyPart: 'QUADS', soreness: 2 }, { bodyPart: 'BACK', soreness: 6 }] }, 'entries.1.soreness'],
    ['a body part twice', { entries: [{ bodyPart: 'QUADS', soreness: 2 }, { bodyPart: 'QUADS', soreness: 3 }] }, 'entries.1.bodyPart'],
    ['no entries', { entries: [] }, 'entries'],
    ['a day after tomorrow', { loggedOn: dayFromToday(2) }, 'loggedOn'],
    ['notes over 2000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
  ])('rejects %s with BAD_USER_INPUT naming the field, storing nothing', async (_what, change, field) => {
    const { athlete, token, id } = await athleteWithToken();
    const input = { athleteId: id, loggedOn: dayFromToday(0), entries: [{ bodyPart: 'QUADS', soreness: 3 }], ...change };
    expectError(await server.gql(RECORD_SORENESS, { input }, token), 'BAD_USER_INPUT', field);
    expect(await sorenessRows(athlete.subjectId)).toBe(0);
  });

  it('is the athlete’s own: the coach reads (FORBIDDEN to write), a stranger gets NOT_FOUND', async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, id } = await athleteWithToken({ coach: coach.user });
    await ok(server, RECORD_SORENESS, { input: { athleteId: id, loggedOn: dayFromToday(0), entries: [{ bodyPart: 'BACK', soreness: 3 }] } }, token);
    const coachToken = await logInAs(server, coach.email);
    const read = await ok<{ node: { sorenessLogs: Page<Soreness> } }>(server, SORENESS, { id, first: 5 }, coachToken);
    expect(read.node.sorenessLogs.edges.map((edge) => edge.node.bodyPart)).toEqual(['BACK']);
    const write = { input: { athleteId: id, loggedOn: dayFromToday(0), entries: [{ bodyPart: 'CHEST', soreness: 1 }] } };
    expectError(await server.gql(RECORD_SORENESS, write, coachToken), 'FORBIDDEN');
    expectError(await server.gql(RECORD_SORENESS, write, (await athleteWithToken()).token), 'NOT_FOUND');
    expect(await sorenessRows(athlete.subjectId)).toBe(1);
  });
});

describe('deleteRecoverySignal and deleteSorenessLog', () => {
  it('delete the athlete’s own rows; again → NOT_FOUND; coach FORBIDDEN and stranger NOT_FOUND delete nothing', async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, id } = await athleteWithToken({ coach: coach.user });
    const signal = (await ok<SignalResult>(server, RECORD_SIGNAL, { input: { athleteId: id, measuredOn: dayFromToday(0), hrvMs: 50 } }, token)).recordRecoverySignal.recoverySignal.id;
    const sore = (await ok<SorenessResult>(server, RECORD_SORENESS, { input: { athleteId: id, loggedOn: dayFromToday(0), entries: [{ bodyPart: 'ABS', soreness: 2 }] } }, token)).recordSoreness.sorenessLogs[0]!.id;
    const coachToken = await logInAs(server, coach.email);
    const stranger = (await athleteWithToken()).token;

    for (const [mutation, rowId, field, count] of [
      [DELETE_SIGNAL, signal, 'deleteRecoverySignal', () => signals(athlete.subjectId)],
      [DELETE_SORENESS, sore, 'deleteSorenessLog', () => sorenessRows(athlete.subjectId)],
    ] as const) {
      expectError(await server.gql(mutation, { input: { id: rowId } }, coachToken), 'FORBIDDEN');
      expectError(await server.gql(mutation, { input: { id: rowId } }, stranger), 'NOT_FOUND');
      expect(await count()).toBe(1);
      const deleted = await ok<Record<string, { deletedId: string; athlete: { id: string } }>>(server, mutation, { input: { id: rowId } }, token);
      expect(deleted[field]).toEqual({ deletedId: rowId, athlete: { id } });
      expect(await count()).toBe(0);
      expectError(await server.gql(mutation, { input: { id: rowId } }, token), 'NOT_FOUND');
    }
  });
});

describe('Athlete.recoverySignals and sorenessLogs', () => {
  it('walk every row once in (day, id) order and filter by days, source and body part', async () => {
    const { token, id } = await athleteWithToken();
    const days = Array.from({ length: 8 }, (_, index) => dayFromToday(-index));
    for (const day of [...days].reverse()) {
      for (const source of ['MANUAL', 'WHOOP']) await ok(server, RECORD_SIGNAL, { input: { athleteId: id, measuredOn: day, source, hrvMs: 60 } }, token);
      await ok(server, RECORD_SORENESS, { input: { athleteId: id, loggedOn: day, entries: [{ bodyPart: 'QUADS', soreness: 2 }, { bodyPart: 'BACK', soreness: 1 }] } }, token);
    }
    const signalPages = (filter?: unknown) => async (after: string | null) =>
      (await ok<{ node: { recoverySignals: Page<Signal> } }>(server, SIGNALS, { id, first: 3, after, filter }, token)).node.recoverySignals;
    const sorenessPages = (filter?: unknown) => async (after: string | null) =>
      (await ok<{ node: { sorenessLogs: Page<Soreness> } }>(server, SORENESS, { id, first: 3, after, filter }, token)).node.sorenessLogs;

    const allSignals = await walk(signalPages());
    expect(allSignals.nodes).toHaveLength(16);
    expect(allSignals.pages).toBe(6);
    expect(allSignals.nodes.map((node) => `${node.measuredOn} ${node.source}`)).toEqual(days.flatMap((day) => [`${day} WHOOP`, `${day} MANUAL`]));
    const whoop = await walk(signalPages({ source: 'WHOOP', from: days[4], to: days[1] }));
    expect(whoop.nodes.map((node) => node.measuredOn)).toEqual(days.slice(1, 5));

    const allSoreness = await walk(sorenessPages());
    expect(allSoreness.nodes).toHaveLength(16);
    expect(new Set(allSoreness.nodes.map((node) => node.id)).size).toBe(16);
    expect(allSoreness.nodes.map((node) => `${node.loggedOn} ${node.bodyPart}`)).toEqual(days.flatMap((day) => [`${day} BACK`, `${day} QUADS`]));
    const backs = await walk(sorenessPages({ bodyPart: 'BACK', to: days[6] }));
    expect(backs.nodes.map((node) => node.loggedOn)).toEqual(days.slice(6));

    expectError(await server.gql(SORENESS, { id, first: 3, filter: { from: days[0], to: days[1] } }, token), 'BAD_USER_INPUT', 'filter.from');
  });
});
