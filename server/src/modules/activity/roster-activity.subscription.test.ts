import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

const ACTIVITY = `subscription { rosterActivity {
  kind athleteId athleteName sessionId dayTitle watchingAthleteIds
  set { exerciseName setIndex weightKg reps isWarmup }
  records { kind valueKg exerciseName }
  progress { setsDone setsPlanned status }
  checkIn { day sleepHours sorenessMax soreBodyParts }
} }`;

interface Activity {
  kind: string;
  athleteId: string | null;
  athleteName: string | null;
  sessionId: string | null;
  dayTitle: string | null;
  watchingAthleteIds: string[];
  set: { exerciseName: string; setIndex: number; weightKg: number | null; reps: number | null; isWarmup: boolean } | null;
  records: { kind: string; valueKg: number; exerciseName: string }[];
  progress: { setsDone: number; setsPlanned: number; status: string } | null;
  checkIn: { day: string; sleepHours: number | null; sorenessMax: number | null; soreBodyParts: string[] } | null;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Subscribes and collects events; `next()` waits for the next one (or fails after 5 s). */
function feed(client: Client) {
  const events: Activity[] = [];
  const errors: unknown[] = [];
  const unsubscribe = client.subscribe<{ rosterActivity: Activity }>(
    { query: ACTIVITY },
    {
      next: (message) => {
        if (message.errors) errors.push(...message.errors);
        if (message.data) events.push(message.data.rosterActivity);
      },
      error: (error) => errors.push(...(Array.isArray(error) ? error : [error])),
      complete: () => {},
    },
  );
  let seen = 0;
  return {
    unsubscribe,
    async next(): Promise<Activity> {
      const deadline = Date.now() + 5000;
      while (events.length <= seen) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error('no rosterActivity event within 5 s');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return events[seen++]!;
    },
    async failure(): Promise<unknown[]> {
      const deadline = Date.now() + 5000;
      while (errors.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      return errors;
    },
  };
}

/** An athlete (optionally on a coach's roster) with helpers to train through the real API. */
async function trainee(coach?: Awaited<ReturnType<typeof createTestCoach>>) {
  const athlete = await createTestAthlete(server.orm, coach ? { coach: coach.user } : {});
  const token = await logInAs(server, athlete.email);
  const athleteId = toGlobalId('Athlete', athlete.subjectId);
  let session: { id: string; exerciseId: string; setIds: string[] } | null = null;
  return {
    athlete,
    athleteId,
    token,
    async start() {
      const started = await server.gql<{ startSession: { session: { id: string; routineDay: { exercises: { exercise: { id: string }; sets: { id: string }[] }[] } } } }>(
        'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id routineDay { exercises { exercise { id } sets { id } } } } } }',
        { input: { routineDayId: athlete.dayIds[0] } },
        token,
      );
      expect(started.errors).toBeUndefined();
      const data = started.data!.startSession.session;
      session = { id: data.id, exerciseId: data.routineDay.exercises[0]!.exercise.id, setIds: data.routineDay.exercises[0]!.sets.map((set) => set.id) };
      return session.id;
    },
    async logSet(index: number, weightKg = 100, reps = 5, clientId = randomUUID()) {
      const result = await server.gql<{ logSet: { setLog: { id: string } } }>(
        'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }',
        { input: { clientId, sessionId: session!.id, exerciseId: session!.exerciseId, plannedSetId: session!.setIds[index], weightKg, reps } },
        token,
      );
      expect(result.errors).toBeUndefined();
      return clientId;
    },
    async complete() {
      const result = await server.gql('mutation ($input: CompleteSessionInput!) { completeSession(input: $input) { session { status } } }', { input: { sessionId: session!.id } }, token);
      expect(result.errors).toBeUndefined();
    },
  };
}

describe('rosterActivity subscription (graphql-ws)', () => {
  it("tells a coach what each roster athlete does, once committed: start, sets (with the set and its records), completion, check-ins", async () => {
    const coach = await createTestCoach(server.orm);
    const alex = await trainee(coach);
    const sam = await trainee(coach);
    const watcher = feed(server.wsClient(await logInAs(server, coach.email)));
    const watching = await watcher.next();
    expect(watching.kind).toBe('WATCHING');
    expect(watching.watchingAthleteIds).toEqual([alex.athleteId, sam.athleteId]);

    const sessionId = await alex.start();
    const started = await watcher.next();
    expect(started).toMatchObject({ kind: 'SESSION_STARTED', athleteId: alex.athleteId, sessionId, progress: { setsDone: 0, status: 'IN_PROGRESS' } });
    expect(started.athleteName).toMatch(/^Test Athlete/);
    expect(started.dayTitle).toBeTruthy();

    const clientId = await alex.logSet(0, 100, 5);
    const logged = await watcher.next();
    expect(logged).toMatchObject({ kind: 'SET_LOGGED', athleteId: alex.athleteId, sessionId, set: { setIndex: 1, weightKg: 100, reps: 5, isWarmup: false }, progress: { setsDone: 1 } });
    expect(logged.records.map((record) => record.kind).sort()).toEqual(['BEST_E1RM', 'HEAVIEST_WEIGHT', 'SESSION_VOLUME', 'SET_VOLUME']);
    const record = await watcher.next();
    expect(record).toMatchObject({ kind: 'RECORD_SET', athleteId: alex.athleteId, set: { weightKg: 100 } });
    expect(record.records.find((item) => item.kind === 'HEAVIEST_WEIGHT')).toMatchObject({ valueKg: 100, exerciseName: logged.set!.exerciseName });

    // A retried logSet changes nothing and tells nothing: the next event is Sam's.
    await alex.logSet(0, 100, 5, clientId);
    await server.gql(
      'mutation ($input: RecordSorenessInput!) { recordSoreness(input: $input) { sorenessLogs { id } } }',
      { input: { athleteId: sam.athleteId, loggedOn: new Date().toISOString().slice(0, 10), entries: [{ bodyPart: 'QUADS', soreness: 3 }, { bodyPart: 'GLUTES', soreness: 2 }] } },
      sam.token,
    );
    expect(await watcher.next()).toMatchObject({ kind: 'READINESS_CHECK_IN', athleteId: sam.athleteId, checkIn: { sorenessMax: 3, soreBodyParts: ['QUADS', 'GLUTES'] } });
    await server.gql(
      'mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { recoverySignal { id } } }',
      { input: { athleteId: sam.athleteId, measuredOn: new Date().toISOString().slice(0, 10), sleepHours: 7.5 } },
      sam.token,
    );
    expect(await watcher.next()).toMatchObject({ kind: 'READINESS_CHECK_IN', athleteId: sam.athleteId, checkIn: { sleepHours: 7.5, sorenessMax: null } });

    await alex.complete();
    expect(await watcher.next()).toMatchObject({ kind: 'SESSION_COMPLETED', athleteId: alex.athleteId, sessionId, progress: { status: 'PARTIAL', setsDone: 1 } });
    watcher.unsubscribe();
  });

  it("never delivers a stranger's events, and lets an athlete follow only their own", async () => {
    const coach = await createTestCoach(server.orm);
    const mine = await trainee(coach);
    const stranger = await trainee();
    const coachFeed = feed(server.wsClient(await logInAs(server, coach.email)));
    const ownFeed = feed(server.wsClient(mine.token));
    expect((await coachFeed.next()).watchingAthleteIds).toEqual([mine.athleteId]);
    expect((await ownFeed.next()).watchingAthleteIds).toEqual([mine.athleteId]);

    await stranger.start();
    await stranger.logSet(0);
    await mine.start();
    // The first event after WATCHING is the roster athlete's: the stranger's start and set never came.
    expect(await coachFeed.next()).toMatchObject({ kind: 'SESSION_STARTED', athleteId: mine.athleteId });
    expect(await ownFeed.next()).toMatchObject({ kind: 'SESSION_STARTED', athleteId: mine.athleteId });

    const strangerFeed = feed(server.wsClient(stranger.token));
    expect((await strangerFeed.next()).watchingAthleteIds).toEqual([stranger.athleteId]);
    await mine.logSet(0);
    await stranger.logSet(1);
    expect(await strangerFeed.next()).toMatchObject({ kind: 'SET_LOGGED', athleteId: stranger.athleteId });
    coachFeed.unsubscribe();
    ownFeed.unsubscribe();
    strangerFeed.unsubscribe();
  });

  it("stops an athlete's events the moment the coach removes them, and says whom it watches now", async () => {
    const coach = await createTestCoach(server.orm);
    const coachToken = await logInAs(server, coach.email);
    const leaving = await trainee(coach);
    const staying = await trainee(coach);
    const watcher = feed(server.wsClient(coachToken));
    expect((await watcher.next()).watchingAthleteIds).toEqual([leaving.athleteId, staying.athleteId]);
    await leaving.start();
    expect(await watcher.next()).toMatchObject({ kind: 'SESSION_STARTED', athleteId: leaving.athleteId });

    const removed = await server.gql('mutation ($input: RemoveAthleteInput!) { removeAthlete(input: $input) { removedAthleteId } }', { input: { athleteId: leaving.athleteId } }, coachToken);
    expect(removed.errors).toBeUndefined();
    expect(await watcher.next()).toMatchObject({ kind: 'WATCHING', watchingAthleteIds: [staying.athleteId] });

    await leaving.logSet(0);
    await leaving.complete();
    await staying.start();
    expect(await watcher.next()).toMatchObject({ kind: 'SESSION_STARTED', athleteId: staying.athleteId });
    watcher.unsubscribe();
  });

  it('needs a viewer', async () => {
    const anonymous = feed(server.wsClient());
    const errors = (await anonymous.failure()) as { extensions?: { code?: string } }[];
    expect(errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
