import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestAthlete, createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { COMPLETE, DELETE_SESSION, LOG_SET, PLAN, SKIP, START, UPDATE, auditRows, countRows, dbId, errorOf } from './execution.test-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const today = () => new Date().toISOString().slice(0, 10);

interface Session {
  id: string;
  status: string;
  slot: number;
  revision: number;
}

interface Athlete {
  athlete: TestAthlete;
  token: string;
}

async function newAthlete(): Promise<Athlete> {
  const athlete = await createTestAthlete(server.orm);
  return { athlete, token: await logInAs(server, athlete.email) };
}

async function plan({ token }: Athlete, input: Record<string, unknown>): Promise<Session> {
  const result = await server.gql<{ planSession: { session: Session } }>(PLAN, { input: { workoutDate: today(), ...input } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.planSession.session;
}

async function sessionNode(token: string, id: string): Promise<(Session & { notes: string | null }) | null> {
  const result = await server.gql<{ node: (Session & { notes: string | null }) | null }>(
    'query ($id: ID!) { node(id: $id) { ... on WorkoutSession { id status slot revision notes } } }',
    { id },
    token,
  );
  return result.data!.node;
}

/**
 * A session of a fresh athlete in `status`: planned today (without a routine day for COMPLETED, so
 * it has nothing planned and completes fully; with day 1 for PARTIAL, completed without sets).
 */
async function sessionIn(status: string): Promise<Athlete & { session: Session }> {
  const who = await newAthlete();
  const withDay = status === 'PARTIAL' ? { routineDayId: who.athlete.dayIds[0] } : {};
  let session = await plan(who, withDay);
  if (status === 'SKIPPED') {
    session = (await server.gql<{ skipSession: { session: Session } }>(SKIP, { input: { id: session.id, revision: session.revision } }, who.token)).data!.skipSession.session;
  }
  if (['IN_PROGRESS', 'COMPLETED', 'PARTIAL'].includes(status)) {
    session = (await server.gql<{ startSession: { session: Session } }>(START, { input: { sessionId: session.id } }, who.token)).data!.startSession.session;
  }
  if (status === 'COMPLETED' || status === 'PARTIAL') {
    session = (await server.gql<{ completeSession: { session: Session } }>(COMPLETE, { input: { sessionId: session.id } }, who.token)).data!.completeSession.session;
  }
  expect(session.status).toBe(status);
  return { ...who, session };
}

describe('planSession', () => {
  it('plans PLANNED sessions in the first free slot; a retry returns the same one; starting the day starts the planned session', async () => {
    const who = await newAthlete();
    const first = await plan(who, { routineDayId: who.athlete.dayIds[0] });
    expect(first).toMatchObject({ status: 'PLANNED', slot: 1, revision: 1 });
    expect(await plan(who, { routineDayId: who.athlete.dayIds[0] })).toEqual(first);
    const second = await plan(who, {});
    expect(second.slot).toBe(2);
    expect(await countRows(server, 'workout_sessions', who.athlete.subjectId)).toBe(2);

    const started = await server.gql<{ startSession: { session: Session } }>(START, { input: { routineDayId: who.athlete.dayIds[0] } }, who.token);
    expect(started.data!.startSession.session).toMatchObject({ id: first.id, status: 'IN_PROGRESS', slot: 1, revision: 2 });
  });

  it('answers CONFLICT for a taken slot (uq_ws_subject_date), and of two concurrent plans for one slot exactly one wins', async () => {
    const who = await newAthlete();
    await plan(who, { routineDayId: who.athlete.dayIds[0], slot: 2 });
    const taken = await server.gql(PLAN, { input: { workoutDate: today(), routineDayId: who.athlete.dayIds[1], slot: 2 } }, who.token);
    expect(errorOf(taken)?.code).toBe('CONFLICT');
    expect(await countRows(server, 'workout_sessions', who.athlete.subjectId)).toBe(1);

    const racers = await Promise.all(
      who.athlete.dayIds.map((routineDayId) => server.gql(PLAN, { input: { workoutDate: '2030-01-07', routineDayId, slot: 3 } }, who.token)),
    );
    expect(racers.filter((result) => !result.errors)).toHaveLength(1);
    expect(racers.filter((result) => errorOf(result)?.code === 'CONFLICT')).toHaveLength(1);
    expect(await countRows(server, 'workout_sessions', who.athlete.subjectId)).toBe(2);
  });

  it.each([
    [{ slot: 0 }, 'slot'],
    [{ slot: 5 }, 'slot'],
    [{ workoutDate: '1800-01-01' }, 'workoutDate'],
    [{ routineDayId: 'nope' }, 'routineDayId'],
  ])('rejects %o with BAD_USER_INPUT naming %s, storing nothing', async (change, field) => {
    const who = await newAthlete();
    const result = await server.gql(PLAN, { input: { workoutDate: today(), ...change } }, who.token);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message).toMatch(field);
    expect(await countRows(server, 'workout_sessions', who.athlete.subjectId)).toBe(0);
  });

  it('rejects a date that is not on the calendar, storing nothing', async () => {
    const who = await newAthlete();
    const result = await server.gql(PLAN, { input: { workoutDate: '2026-02-30' } }, who.token);
    expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/workoutDate/);
    expect(await countRows(server, 'workout_sessions', who.athlete.subjectId)).toBe(0);
  });

  it("refuses another athlete's routine day (NOT_FOUND) and a coach (FORBIDDEN)", async () => {
    const who = await newAthlete();
    const stranger = await newAthlete();
    expect(errorOf(await server.gql(PLAN, { input: { workoutDate: today(), routineDayId: who.athlete.dayIds[0] } }, stranger.token))?.code).toBe('NOT_FOUND');
    const coach = await createTestCoach(server.orm);
    expect(errorOf(await server.gql(PLAN, { input: { workoutDate: today() } }, await logInAs(server, coach.email)))?.code).toBe('FORBIDDEN');
    expect(await countRows(server, 'workout_sessions', stranger.athlete.subjectId)).toBe(0);
  });
});

/** Every lifecycle move the API offers, from every status: allowed ones succeed, the others are a CONFLICT naming the status. */
describe('session transitions (seed 000)', () => {
  const moves = {
    start: (who: Athlete, session: Session) => server.gql(START, { input: { sessionId: session.id } }, who.token),
    skip: (who: Athlete, session: Session) => server.gql(SKIP, { input: { id: session.id, revision: session.revision } }, who.token),
    complete: (who: Athlete, session: Session) => server.gql(COMPLETE, { input: { sessionId: session.id } }, who.token),
    delete: (who: Athlete, session: Session) => server.gql(DELETE_SESSION, { input: { id: session.id } }, who.token),
    logSet: async (who: Athlete, session: Session) => {
      const day = await server.gql<{ node: { exercises: { exercise: { id: string } }[] } }>('query ($id: ID!) { node(id: $id) { ... on RoutineDay { exercises { exercise { id } } } } }', { id: who.athlete.dayIds[0] }, who.token);
      return server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId: session.id, exerciseId: day.data!.node.exercises[0]!.exercise.id, weightKg: 50, reps: 5 } }, who.token);
    },
  };
  // [move, from, outcome]: the status after an allowed move ('gone' once deleted; 'same' for a no-op retry).
  const table: [keyof typeof moves, string, string][] = [
    ['start', 'PLANNED', 'IN_PROGRESS'],
    ['start', 'IN_PROGRESS', 'same'],
    ['start', 'COMPLETED', 'CONFLICT'],
    ['start', 'PARTIAL', 'CONFLICT'],
    ['start', 'SKIPPED', 'CONFLICT'],
    ['skip', 'PLANNED', 'SKIPPED'],
    ['skip', 'IN_PROGRESS', 'CONFLICT'],
    ['skip', 'COMPLETED', 'CONFLICT'],
    ['skip', 'PARTIAL', 'CONFLICT'],
    ['skip', 'SKIPPED', 'same'],
    ['complete', 'PLANNED', 'CONFLICT'],
    ['complete', 'IN_PROGRESS', 'COMPLETED'],
    ['complete', 'COMPLETED', 'same'],
    ['complete', 'PARTIAL', 'same'],
    ['complete', 'SKIPPED', 'CONFLICT'],
    ['delete', 'PLANNED', 'gone'],
    ['delete', 'IN_PROGRESS', 'CONFLICT'],
    ['delete', 'COMPLETED', 'CONFLICT'],
    ['delete', 'PARTIAL', 'CONFLICT'],
    ['delete', 'SKIPPED', 'gone'],
    ['logSet', 'PLANNED', 'CONFLICT'],
    ['logSet', 'IN_PROGRESS', 'same'],
    ['logSet', 'COMPLETED', 'CONFLICT'],
    ['logSet', 'PARTIAL', 'CONFLICT'],
    ['logSet', 'SKIPPED', 'CONFLICT'],
  ];

  it.each(table)('%s from %s → %s', async (move, from, outcome) => {
    const who = await sessionIn(from);
    const result = await moves[move](who, who.session);
    const after = await sessionNode(who.token, who.session.id);
    if (outcome === 'CONFLICT') {
      expect(errorOf(result)?.code).toBe('CONFLICT');
      expect(result.errors![0]!.message).toContain(from);
      expect(after).toMatchObject({ status: from, revision: who.session.revision });
    } else {
      expect(result.errors).toBeUndefined();
      if (outcome === 'gone') expect(after).toBeNull();
      else expect(after!.status).toBe(outcome === 'same' ? from : outcome);
    }
  });

  it('completes an IN_PROGRESS session with planned sets missing as PARTIAL', async () => {
    const who = await sessionIn('PARTIAL');
    expect((await sessionNode(who.token, who.session.id))!.status).toBe('PARTIAL');
  });
});

describe('skipSession', () => {
  it('is revision-guarded, adds the reason to the notes and audits it; skipping again is a no-op', async () => {
    const who = await newAthlete();
    const planned = await plan(who, {});
    const stale = await server.gql(SKIP, { input: { id: planned.id, revision: planned.revision + 1 } }, who.token);
    expect(errorOf(stale)?.code).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/revision/);
    const skipped = await server.gql<{ skipSession: { session: Session & { notes: string } } }>(SKIP, { input: { id: planned.id, revision: planned.revision, reason: 'sick' } }, who.token);
    expect(skipped.data!.skipSession.session).toMatchObject({ status: 'SKIPPED', revision: 2, notes: 'Skipped: sick' });
    const again = await server.gql<{ skipSession: { session: Session } }>(SKIP, { input: { id: planned.id, revision: planned.revision, reason: 'sick' } }, who.token);
    expect(again.data!.skipSession.session).toMatchObject({ status: 'SKIPPED', revision: 2 });
    const audit = await auditRows(server, 'skip_session', dbId(planned.id));
    expect(audit).toEqual([{ user_id: who.athlete.userId, metadata: { reason: 'sick', revision: 2 } }]);
  });
});

describe('updateSession', () => {
  it('changes only the fields sent, bumps the revision, audits the edit, and works on a finished session', async () => {
    const who = await sessionIn('COMPLETED');
    const result = await server.gql<{ updateSession: { session: Record<string, unknown> } }>(
      UPDATE,
      { input: { id: who.session.id, revision: who.session.revision, notes: 'felt strong', perceivedFatigue: 6, bodyweightKg: 81.25 } },
      who.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateSession.session).toEqual({
      id: who.session.id, status: 'COMPLETED', revision: who.session.revision + 1, notes: 'felt strong', location: null, perceivedFatigue: 6, bodyweightKg: 81.25,
    });
    const cleared = await server.gql<{ updateSession: { session: Record<string, unknown> } }>(
      UPDATE,
      { input: { id: who.session.id, revision: who.session.revision + 1, perceivedFatigue: null, location: 'Home gym' } },
      who.token,
    );
    expect(cleared.data!.updateSession.session).toMatchObject({ notes: 'felt strong', location: 'Home gym', perceivedFatigue: null, bodyweightKg: 81.25 });
    const audit = await auditRows(server, 'update_session', dbId(who.session.id));
    expect(audit.map((row) => row.metadata)).toEqual([
      { changes: { notes: 'felt strong', perceivedFatigue: 6, bodyweightKg: 81.25 }, revision: who.session.revision + 1 },
      { changes: { location: 'Home gym', perceivedFatigue: null }, revision: who.session.revision + 2 },
    ]);
  });

  it('lets exactly one of two concurrent edits from the same revision win; the other is a CONFLICT', async () => {
    for (let round = 0; round < 5; round += 1) {
      const who = await newAthlete();
      const planned = await plan(who, {});
      const results = await Promise.all(
        ['A', 'B'].map((notes) => server.gql<{ updateSession: { session: { notes: string; revision: number } } }>(UPDATE, { input: { id: planned.id, revision: planned.revision, notes } }, who.token)),
      );
      const winners = results.filter((result) => !result.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => errorOf(result)?.code === 'CONFLICT')).toHaveLength(1);
      const after = await sessionNode(who.token, planned.id);
      expect(after).toMatchObject({ revision: planned.revision + 1, notes: winners[0]!.data!.updateSession.session.notes });
      expect(await auditRows(server, 'update_session', dbId(planned.id))).toHaveLength(1);
    }
  });

  it.each([
    [{ perceivedFatigue: 0 }, 'perceivedFatigue'],
    [{ perceivedFatigue: 11 }, 'perceivedFatigue'],
    [{ bodyweightKg: 0 }, 'bodyweightKg'],
    [{ bodyweightKg: 700 }, 'bodyweightKg'],
    [{ location: 'x'.repeat(121) }, 'location'],
    [{ notes: 'x'.repeat(2001) }, 'notes'],
    [{ revision: 0, notes: 'x' }, 'revision'],
    [{}, 'notes'],
  ])('rejects %o with BAD_USER_INPUT naming %s, changing nothing', async (change, field) => {
    const who = await newAthlete();
    const planned = await plan(who, {});
    const result = await server.gql(UPDATE, { input: { id: planned.id, revision: planned.revision, ...change } }, who.token);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message).toMatch(field);
    expect(await sessionNode(who.token, planned.id)).toMatchObject({ revision: 1, notes: null });
  });

  it('answers NOT_FOUND to another athlete and FORBIDDEN to the coach, changing nothing', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const who = { athlete, token: await logInAs(server, athlete.email) };
    const planned = await plan(who, {});
    const stranger = await newAthlete();
    const input = { id: planned.id, revision: planned.revision, notes: 'x' };
    expect(errorOf(await server.gql(UPDATE, { input }, stranger.token))?.code).toBe('NOT_FOUND');
    expect(errorOf(await server.gql(UPDATE, { input }, await logInAs(server, coach.email)))?.code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(SKIP, { input: { id: planned.id, revision: planned.revision } }, stranger.token))?.code).toBe('NOT_FOUND');
    expect(errorOf(await server.gql(DELETE_SESSION, { input: { id: planned.id } }, stranger.token))?.code).toBe('NOT_FOUND');
    expect(await sessionNode(who.token, planned.id)).toMatchObject({ revision: 1, notes: null, status: 'PLANNED' });
  });
});

describe('deleteSession', () => {
  it('deletes a planned session; deleting it again is NOT_FOUND', async () => {
    const who = await newAthlete();
    const planned = await plan(who, {});
    const deleted = await server.gql<{ deleteSession: { deletedSessionId: string } }>(DELETE_SESSION, { input: { id: planned.id } }, who.token);
    expect(deleted.data!.deleteSession.deletedSessionId).toBe(planned.id);
    expect(await countRows(server, 'workout_sessions', who.athlete.subjectId)).toBe(0);
    expect(errorOf(await server.gql(DELETE_SESSION, { input: { id: planned.id } }, who.token))?.code).toBe('NOT_FOUND');
  });
});
