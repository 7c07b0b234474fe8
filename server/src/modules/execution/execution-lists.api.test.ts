import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestAthlete, createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { dbId, errorOf, exerciseGlobalId, logSet } from './execution.test-helpers.js';
import { rebuildPersonalRecords } from './personal-record.service.js';
import { type Page, walk } from '../../test/connections.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** An athlete with `weeks` of generated history and the personal records it implies. */
async function athleteWithHistory(weeks: number, coach?: Awaited<ReturnType<typeof createTestCoach>>): Promise<TestAthlete> {
  const athlete = await createTestAthlete(server.orm, { historyWeeks: weeks, coach: coach?.user });
  await server.orm.em.fork().transactional((em) => rebuildPersonalRecords(em, [athlete.subjectId]));
  return athlete;
}

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

describe('Athlete.setLogs', () => {
  const query = `query ($first: Int!, $after: String, $filter: SetLogFilter) {
    viewer { athlete { setLogs(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id performedAt weightKg reps exercise { id name } session { id workoutDate } } }
      pageInfo { hasNextPage endCursor }
    } } } }`;
  type Log = { id: string; performedAt: string; exercise: { id: string }; session: { id: string } };
  const pager = (token: string, filter: Record<string, unknown> | null = null, first = 7) => async (after: string | null) => {
    const result = await server.gql<{ viewer: { athlete: { setLogs: Page<Log> } } }>(query, { first, after, filter }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.viewer.athlete.setLogs;
  };

  it('walks every set newest first exactly once, and a set logged mid-walk neither repeats nor hides an older one', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 2 });
    const token = await logInAs(server, athlete.email);
    const expected = await server.orm.em.fork().execute<{ id: number }[]>(
      'select id from exercise_set_logs where subject_id = ? order by performed_at desc, id desc',
      [athlete.subjectId],
    );
    expect(expected.length).toBeGreaterThan(30);
    const before = await walk(pager(token));
    expect(before.map((log) => dbId(log.id))).toEqual(ids(expected));

    const started = await server.gql<{ startSession: { session: { id: string } } }>('mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }', { input: { routineDayId: athlete.dayIds[0] } }, token);
    const during = await walk(pager(token), async () => {
      await logSet(server, { token, sessionId: started.data!.startSession.session.id }, { exerciseId: before[0]!.exercise.id, weightKg: 20, reps: 10 });
    });
    expect(during).toEqual(before);
    const after = await walk(pager(token, null, 100));
    expect(after.length).toBe(before.length + Math.ceil(before.length / 7) - 1);
  });

  it('narrows by exercise and by a [from, to) window of performedAt', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 2 });
    const token = await logInAs(server, athlete.email);
    const all = await walk(pager(token, null, 100));
    const exerciseId = all[0]!.exercise.id;
    const ofExercise = await walk(pager(token, { exerciseId }, 5));
    expect(ofExercise).toEqual(all.filter((log) => log.exercise.id === exerciseId));

    const from = all[30]!.performedAt;
    const to = all[10]!.performedAt;
    const window = await walk(pager(token, { from, to }, 4));
    expect(window).toEqual(all.filter((log) => log.performedAt >= from && log.performedAt < to));
    expect(window.length).toBeGreaterThan(0);

    const inverted = await server.gql(query, { first: 5, filter: { from: to, to: from } }, token);
    expect(errorOf(inverted)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const badExercise = await server.gql(query, { first: 5, filter: { exerciseId: athlete.dayIds[0] } }, token);
    expect(errorOf(badExercise)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.exerciseId' });
    expect(errorOf(await server.gql(query, { first: 101 }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await server.gql(query, { first: 5, after: 'bm9wZQ' }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('Athlete.personalRecords', () => {
  const query = `query ($first: Int!, $after: String, $filter: PersonalBestFilter) {
    viewer { athlete { personalRecords(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id kind value unit achievedAt exercise { id } setLog { id reps } session { id } } }
      pageInfo { hasNextPage endCursor }
    } } } }`;
  type Best = { id: string; kind: string; exercise: { id: string }; setLog: { id: string } | null; session: { id: string } | null };
  const pager = (token: string, filter: Record<string, unknown> | null = null, first = 5) => async (after: string | null) => {
    const result = await server.gql<{ viewer: { athlete: { personalRecords: Page<Best> } } }>(query, { first, after, filter }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.viewer.athlete.personalRecords;
  };

  it('walks every record most recent first exactly once, also while new records are set mid-walk', async () => {
    const athlete = await athleteWithHistory(2);
    const token = await logInAs(server, athlete.email);
    const expected = await server.orm.em.fork().execute<{ id: number }[]>(
      'select id from personal_records where subject_id = ? order by achieved_at desc, id desc',
      [athlete.subjectId],
    );
    // Four exercises with loads: four kinds each.
    expect(expected).toHaveLength(16);
    const before = await walk(pager(token));
    expect(before.map((best) => dbId(best.id))).toEqual(ids(expected));
    expect(before.every((best) => (best.kind === 'SESSION_VOLUME' ? best.setLog === null : best.setLog !== null) && best.session !== null)).toBe(true);

    // Records of an exercise new to the athlete: newer than any cursor, so the walk is unchanged.
    const [squat] = await server.orm.em.fork().execute<{ id: number }[]>(`select id from exercises where slug = 'barbell-back-squat'`);
    const started = await server.gql<{ startSession: { session: { id: string } } }>('mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }', { input: { routineDayId: athlete.dayIds[0] } }, token);
    const during = await walk(pager(token), async (page) => {
      if (page === 0) await logSet(server, { token, sessionId: started.data!.startSession.session.id }, { exerciseId: exerciseGlobalId(squat!.id), weightKg: 100, reps: 5 });
    });
    expect(during).toEqual(before);
    const now = await walk(pager(token, null, 100));
    expect(now).toHaveLength(20);
    expect(now.slice(0, 4).map((best) => best.exercise.id)).toEqual(Array(4).fill(exerciseGlobalId(squat!.id)));
  });

  it('narrows by exercise and by kind', async () => {
    const athlete = await athleteWithHistory(1);
    const token = await logInAs(server, athlete.email);
    const all = await walk(pager(token, null, 100));
    const exerciseId = all[0]!.exercise.id;
    expect(await walk(pager(token, { exerciseId }, 2))).toEqual(all.filter((best) => best.exercise.id === exerciseId));
    expect(await walk(pager(token, { kind: 'BEST_E1RM' }, 2))).toEqual(all.filter((best) => best.kind === 'BEST_E1RM'));
    expect(await walk(pager(token, { kind: 'SET_VOLUME', exerciseId }))).toEqual(all.filter((best) => best.kind === 'SET_VOLUME' && best.exercise.id === exerciseId));
  });
});

describe('WorkoutSession.personalRecords', () => {
  const query = `query { viewer { athlete { sessions(first: 100) { edges { node { id personalRecords { id kind value exercise { name } session { id } } } } } } } }`;
  type Sessions = { viewer: { athlete: { sessions: Page<{ id: string; personalRecords: { id: string; kind: string; exercise: { name: string }; session: { id: string } }[] }> } } };

  it('lists each standing best in the session that reached it, and reads them in one statement however many sessions', async () => {
    const short = await athleteWithHistory(1);
    const long = await athleteWithHistory(4);
    const one = await server.gql<Sessions>(query, {}, await logInAs(server, short.email));
    const four = await server.gql<Sessions>(query, {}, await logInAs(server, long.email));
    expect(one.errors).toBeUndefined();
    expect(four.errors).toBeUndefined();

    const sessions = four.data!.viewer.athlete.sessions.edges.map((edge) => edge.node);
    const listed = sessions.flatMap((session) => session.personalRecords.map((best) => ({ best: dbId(best.id), session: dbId(session.id), via: dbId(best.session.id) })));
    const stored = await server.orm.em.fork().execute<{ id: number; session_id: number }[]>('select id, session_id from personal_records where subject_id = ?', [long.subjectId]);
    expect(stored).toHaveLength(16);
    expect(listed.map((row) => row.best).sort((a, b) => a - b)).toEqual(stored.map((row) => row.id).sort((a, b) => a - b));
    expect(listed.every((row) => row.session === row.via && stored.find((s) => s.id === row.best)!.session_id === row.session)).toBe(true);
    // By exercise name, then kind, within a session.
    for (const session of sessions) {
      const order = session.personalRecords.map((best) => `${best.exercise.name}|${best.kind}`);
      expect(order).toEqual([...order].sort());
    }
    // Older sessions hold the bests later ones did not beat; a week of sessions vs four: same statements.
    expect(sessions.length).toBeGreaterThan(one.data!.viewer.athlete.sessions.edges.length);
    expect(four.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});

describe('execution lists under a roster', () => {
  const ROSTER = /* GraphQL */ `
    query {
      viewer { coach { athletes(first: 50) { edges { node {
        setLogs(first: 3) { edges { node { reps exercise { name } session { workoutDate slot setLogs { reps } } } } }
        personalRecords(first: 4) { edges { node { kind value exercise { name } setLog { reps session { workoutDate } } session { slot } } } }
        sessions(first: 2) { edges { node { slot setLogs { session { slot } } } } }
      } } } } }
    }`;
  type Roster = { viewer: { coach: { athletes: { edges: { node: { setLogs: Page<unknown>; personalRecords: Page<unknown> } }[] } } } };

  async function coachWith(n: number): Promise<string> {
    const coach = await createTestCoach(server.orm);
    for (let i = 0; i < n; i += 1) await athleteWithHistory(1, coach);
    return logInAs(server, coach.email);
  }

  it('issues the same number of SQL statements for 1 athlete and for 8 (every nested relation batched)', async () => {
    const one = await server.gql<Roster>(ROSTER, {}, await coachWith(1));
    const eight = await server.gql<Roster>(ROSTER, {}, await coachWith(8));
    expect(one.errors).toBeUndefined();
    expect(eight.errors).toBeUndefined();
    const athletes = eight.data!.viewer.coach.athletes.edges;
    expect(athletes).toHaveLength(8);
    expect(athletes.every((edge) => edge.node.setLogs.edges.length === 3 && edge.node.personalRecords.edges.length === 4)).toBe(true);
    expect(eight.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // token, user, roster (with subjects); set-log page, its sessions, their set logs (+ their
    // exercises); record page, its sets, their sessions, the records' sessions; session page, its
    // set logs (+ their exercises), their sessions; and the request transaction's identity.
    expect(one.extensions?.sqlStatements).toBe(16);
  });

  it('lets the coach read an athlete’s set logs and records through node(id), and hides them from others', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await athleteWithHistory(1, coach);
    const token = await logInAs(server, athlete.email);
    const page = await server.gql<{ viewer: { athlete: { setLogs: Page<{ id: string }>; personalRecords: Page<{ id: string }> } } }>(
      'query { viewer { athlete { setLogs(first: 1) { edges { node { id } } } personalRecords(first: 1) { edges { node { id } } } } } }',
      {},
      token,
    );
    const logId = page.data!.viewer.athlete.setLogs.edges[0]!.node.id;
    const bestId = page.data!.viewer.athlete.personalRecords.edges[0]!.node.id;
    const NODE = 'query ($id: ID!) { node(id: $id) { id ... on ExerciseSetLog { reps } ... on PersonalBest { kind } } }';
    const stranger = await createTestAthlete(server.orm);
    for (const id of [logId, bestId]) {
      expect((await server.gql<{ node: { id: string } }>(NODE, { id }, token)).data!.node.id).toBe(id);
      expect((await server.gql<{ node: { id: string } }>(NODE, { id }, await logInAs(server, coach.email))).data!.node.id).toBe(id);
      expect((await server.gql<{ node: null }>(NODE, { id }, await logInAs(server, stranger.email))).data!.node).toBeNull();
    }
  });
});
