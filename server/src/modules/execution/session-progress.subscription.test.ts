import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

const PROGRESS = 'subscription ($id: ID!) { sessionProgress(sessionId: $id) { sessionId setsDone setsPlanned volumeKg status } }';
const LOG_SET = 'mutation ($input: LogSetInput!) { logSet(input: $input) { progress { setsDone } } }';

interface Progress {
  sessionId: string;
  setsDone: number;
  setsPlanned: number;
  volumeKg: number;
  status: string;
}

/** Subscribes and collects events; `next()` waits for the next one (or fails after 5 s). */
function watch(client: Client, sessionId: string) {
  const events: Progress[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = client.subscribe<{ sessionProgress: Progress }>(
    { query: PROGRESS, variables: { id: sessionId } },
    {
      next: (message) => {
        if (message.errors) errors.push(...message.errors);
        if (message.data) events.push(message.data.sessionProgress);
        wake?.();
      },
      // Refused before execution (graphql-ws `error` message), the sink gets the list of errors.
      error: (error) => {
        errors.push(...(Array.isArray(error) ? error : [error]));
        wake?.();
      },
      complete: () => wake?.(),
    },
  );
  let seen = 0;
  return {
    events,
    errors,
    unsubscribe,
    async next(): Promise<Progress> {
      const deadline = Date.now() + 5000;
      while (events.length <= seen) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error('no sessionProgress event within 5 s');
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      return events[seen++]!;
    },
    async failure(): Promise<unknown[]> {
      const deadline = Date.now() + 5000;
      while (errors.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      return errors;
    },
  };
}

/** The first exercise of a session's routine day. */
async function firstExercise(token: string, sessionId: string): Promise<string> {
  const result = await server.gql<{ node: { routineDay: { exercises: { exercise: { id: string } }[] } } }>(
    'query ($id: ID!) { node(id: $id) { ... on WorkoutSession { routineDay { exercises { exercise { id } } } } } }',
    { id: sessionId },
    token,
  );
  return result.data!.node.routineDay.exercises[0]!.exercise.id;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function athleteInSession(coach?: Awaited<ReturnType<typeof createTestCoach>>) {
  const athlete = await createTestAthlete(server.orm, coach ? { coach: coach.user } : {});
  const token = await logInAs(server, athlete.email);
  const started = await server.gql<{ startSession: { session: { id: string; routineDay: { exercises: { exercise: { id: string }; sets: { id: string }[] }[] } } } }>(
    'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id routineDay { exercises { exercise { id } sets { id } } } } } }',
    { input: { routineDayId: athlete.dayIds[0] } },
    token,
  );
  const session = started.data!.startSession.session;
  const first = session.routineDay.exercises[0]!;
  const logSet = (clientId: string, plannedSetIndex: number, weightKg = 100, reps = 5) =>
    server.gql<{ logSet: { progress: { setsDone: number } } }>(
      LOG_SET,
      { input: { clientId, sessionId: session.id, exerciseId: first.exercise.id, plannedSetId: first.sets[plannedSetIndex]!.id, weightKg, reps } },
      token,
    );
  return { athlete, token, sessionId: session.id, logSet };
}

describe('sessionProgress subscription (graphql-ws)', () => {
  it('sends the current progress at once, then an event per logged set; a retried logSet sends nothing and changes nothing', async () => {
    const { token, sessionId, logSet } = await athleteInSession();
    const watcher = watch(server.wsClient(token), sessionId);
    expect(await watcher.next()).toEqual({ sessionId, setsDone: 0, setsPlanned: 5, volumeKg: 0, status: 'IN_PROGRESS' });

    const clientId = randomUUID();
    await logSet(clientId, 0);
    expect(await watcher.next()).toMatchObject({ setsDone: 1, volumeKg: 500 });

    const retry = await logSet(clientId, 0);
    expect(retry.data!.logSet.progress.setsDone).toBe(1);
    await logSet(randomUUID(), 1, 90, 5);
    // The next event is the second set's: the retry published nothing.
    expect(await watcher.next()).toMatchObject({ setsDone: 2, volumeKg: 950 });
    watcher.unsubscribe();
  });

  it('sends the new progress when a set is corrected or deleted; an identical correction sends nothing', async () => {
    const { token, sessionId, logSet } = await athleteInSession();
    const watcher = watch(server.wsClient(token), sessionId);
    expect((await watcher.next()).setsDone).toBe(0);
    const logged = await server.gql<{ logSet: { setLog: { id: string } } }>(
      'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }',
      { input: { clientId: randomUUID(), sessionId, exerciseId: (await firstExercise(token, sessionId)), weightKg: 100, reps: 5 } },
      token,
    );
    expect(await watcher.next()).toMatchObject({ setsDone: 1, volumeKg: 500 });
    const id = logged.data!.logSet.setLog.id;
    const CORRECT = 'mutation ($input: CorrectSetLogInput!) { correctSetLog(input: $input) { setLog { id } } }';
    await server.gql(CORRECT, { input: { id, reps: 6 } }, token);
    expect(await watcher.next()).toMatchObject({ setsDone: 1, volumeKg: 600 });
    await server.gql(CORRECT, { input: { id, reps: 6 } }, token);
    await logSet(randomUUID(), 0, 50, 2);
    // The next event is the new set's: the identical correction published nothing.
    expect(await watcher.next()).toMatchObject({ setsDone: 2, volumeKg: 700 });
    await server.gql('mutation ($input: DeleteSetLogInput!) { deleteSetLog(input: $input) { deletedSetLogId } }', { input: { id } }, token);
    expect(await watcher.next()).toMatchObject({ setsDone: 1, volumeKg: 100 });
    watcher.unsubscribe();
  });

  it("lets the athlete's coach watch live", async () => {
    const coach = await createTestCoach(server.orm);
    const { sessionId, logSet } = await athleteInSession(coach);
    const watcher = watch(server.wsClient(await logInAs(server, coach.email)), sessionId);
    expect((await watcher.next()).setsDone).toBe(0);
    await logSet(randomUUID(), 0);
    expect((await watcher.next()).setsDone).toBe(1);
    watcher.unsubscribe();
  });

  it('refuses another athlete (NOT_FOUND) and an anonymous client (UNAUTHENTICATED)', async () => {
    const { sessionId } = await athleteInSession();
    const stranger = await createTestAthlete(server.orm);
    const foreign = watch(server.wsClient(await logInAs(server, stranger.email)), sessionId);
    expect(await foreign.failure()).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
    const anonymous = watch(server.wsClient(), sessionId);
    expect(await anonymous.failure()).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('answers an invalid document with an error message, keeping the socket open', async () => {
    const { token, sessionId, logSet } = await athleteInSession();
    const client = server.wsClient(token);
    const bad = await new Promise<unknown[]>((resolve) => {
      client.subscribe({ query: 'subscription { sessionProgress(sessionId: 1) { nope } }' }, { next: () => {}, error: (errors) => resolve(errors as unknown[]), complete: () => resolve([]) });
    });
    expect(JSON.stringify(bad)).toMatch(/nope/);
    const watcher = watch(client, sessionId);
    expect((await watcher.next()).setsDone).toBe(0);
    await logSet(randomUUID(), 0);
    expect((await watcher.next()).setsDone).toBe(1);
  });
});
