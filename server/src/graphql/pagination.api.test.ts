import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, createTestCoach, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { WorkoutSession, SessionStatus } from '../modules/execution/workout-session.entity.js';
import { toGlobalId } from './global-id.js';
import { type Page, walk } from '../test/connections.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('cursor connections', () => {
  it("walk an athlete's sessions newest first, each exactly once, while a new session starts mid-walk", async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 3 });
    const token = await logInAs(server, athlete.email);
    const query = 'query ($after: String) { viewer { athlete { sessions(first: 5, after: $after) { edges { cursor node { id workoutDate } } pageInfo { hasNextPage endCursor } } } } }';
    const fetchPage = async (after: string | null) =>
      (await server.gql<{ viewer: { athlete: { sessions: Page<{ id: string; workoutDate: string }> } } }>(query, { after }, token)).data!.viewer.athlete.sessions;

    const before = await walk(fetchPage);
    expect(before).toHaveLength(12); // 3 weeks × 4 training days
    const during = await walk(fetchPage, async (page) => {
      if (page === 0) await server.gql('mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }', { input: { routineDayId: athlete.dayIds[0] } }, token);
    });
    // The new session is newer than the cursor: the walk neither repeats nor skips an older one.
    expect(during).toEqual(before);
    const dates = during.map((session) => session.workoutDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(during.map((session) => session.id)).size).toBe(during.length);
  });

  it('filters sessions by status and day range, paging through exactly the matching ones in order', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 4 });
    const token = await logInAs(server, athlete.email);
    const all = await server.orm.em.fork().find(WorkoutSession, { subject: athlete.subjectId }, { orderBy: { workoutDate: 'desc', id: 'desc' } });
    const days = all.map((session) => session.workoutDate);
    const [from, to] = [days[days.length - 3]!, days[2]!];
    const expected = all.filter((session) => session.status === SessionStatus.COMPLETED && session.workoutDate >= from && session.workoutDate <= to);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(all.length);

    const query = `query ($after: String, $filter: SessionFilter) { viewer { athlete {
      sessions(first: 2, after: $after, filter: $filter) { edges { cursor node { id workoutDate status } } pageInfo { hasNextPage endCursor } } } } }`;
    const filter = { status: ['COMPLETED'], from, to };
    const seen = await walk(async (after) =>
      (await server.gql<{ viewer: { athlete: { sessions: Page<{ id: string; workoutDate: string; status: string }> } } }>(query, { after, filter }, token)).data!.viewer.athlete.sessions,
    );
    expect(seen.map((session) => session.id)).toEqual(expected.map((session) => toGlobalId('WorkoutSession', session.id)));

    const inverted = await server.gql(query, { filter: { from: to, to: from } }, token);
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    const empty = await server.gql(query, { filter: { status: [] } }, token);
    expect(empty.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it("walk a coach's roster in joining order, each athlete once, with athletes joining mid-walk", async () => {
    const coach = await createTestCoach(server.orm);
    for (let i = 0; i < 7; i += 1) await createTestAthlete(server.orm, { coach: coach.user });
    const token = await logInAs(server, coach.email);
    const query = 'query ($after: String) { viewer { coach { athletes(first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } }';
    const fetchPage = async (after: string | null) =>
      (await server.gql<{ viewer: { coach: { athletes: Page<{ id: string }> } } }>(query, { after }, token)).data!.viewer.coach.athletes;

    const before = await walk(fetchPage);
    expect(before).toHaveLength(7);
    const during = await walk(fetchPage, async (page) => {
      if (page === 0) await createTestAthlete(server.orm, { coach: coach.user });
    });
    expect(during.slice(0, 7)).toEqual(before);
    expect(during).toHaveLength(8); // the newcomer joins at the end, once
    expect(new Set(during.map((athlete) => athlete.id)).size).toBe(8);
  });

  it('rejects a page size over 100 and a foreign cursor with BAD_USER_INPUT', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const query = 'query ($first: Int!, $after: String) { viewer { athlete { sessions(first: $first, after: $after) { edges { cursor } } } } }';
    const tooMany = await server.gql(query, { first: 101 }, token);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const foreign = await server.gql(query, { first: 5, after: 'bm9wZQ' }, token);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
