/**
 * graphql-ws: who may connect, who may subscribe, what a revoked login session does to its
 * sockets, and the endpoint's limits over the socket. A real graphql-ws client on a real server.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../db/raw-query.js';
import { createTestAthlete, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { publishSessionsRevoked } from './pubsub.js';

const PROGRESS = 'subscription ($id: ID!) { sessionProgress(sessionId: $id) { setsDone status } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface Observed {
  events: unknown[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  closed: Promise<{ code: number; reason: string }>;
  acknowledged: Promise<void>;
}

/** Subscribes on `client` and records what arrives; `closed` settles when the socket closes. */
function observe(client: Client, query: string, variables: Record<string, unknown> = {}): Observed {
  const observed = { events: [] as unknown[], errors: [] as Observed['errors'] };
  const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on('closed', (event) => resolve(event as { code: number; reason: string })));
  const acknowledged = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe(
    { query, variables },
    {
      next: (message) => {
        if (message.errors) observed.errors.push(...(message.errors as Observed['errors']));
        if (message.data) observed.events.push(message.data);
      },
      error: (error) => {
        if (Array.isArray(error)) observed.errors.push(...error);
      },
      complete: () => {},
    },
  );
  return { ...observed, closed, acknowledged };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function athleteWithSession() {
  const athlete = await createTestAthlete(server.orm);
  const token = await logInAs(server, athlete.email);
  const started = await server.gql<{ startSession: { session: { id: string; routineDay: { exercises: { exercise: { id: string } }[] } } } }>(
    'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id routineDay { exercises { exercise { id } } } } } }',
    { input: { routineDayId: athlete.dayIds[0] } },
    token,
  );
  const session = started.data!.startSession.session;
  return { athlete, token, sessionId: session.id, exerciseId: session.routineDay.exercises[0]!.exercise.id };
}

async function authSessionIdOf(token: string): Promise<number> {
  const [row] = await rawQuery<{ id: number }>(server.orm.em.fork(), 'select id from auth_sessions where token_hash = ?', [
    createHash('sha256').update(token).digest('hex'),
  ]);
  return row!.id;
}

describe('graphql-ws authentication', () => {
  it('closes a connection whose token does not authenticate with 4403 Forbidden, before any subscription', async () => {
    const observed = observe(server.wsClient('not-a-real-token-but-long-enough-0000'), PROGRESS, { id: 'x' });
    expect(await observed.closed).toMatchObject({ code: 4403, reason: 'Forbidden' });
    expect(observed.events).toEqual([]);
  });

  it('lets an anonymous client connect, but refuses its subscription with UNAUTHENTICATED', async () => {
    const { sessionId } = await athleteWithSession();
    const observed = observe(server.wsClient(), PROGRESS, { id: sessionId });
    await observed.acknowledged;
    await until(() => observed.errors.length > 0, 'the refusal');
    expect(observed.errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(observed.events).toEqual([]);
  });

  it('re-checks the token for each subscription: a login session revoked after connecting cannot subscribe again', async () => {
    const { token, sessionId } = await athleteWithSession();
    const client = server.wsClient(token);
    const first = observe(client, PROGRESS, { id: sessionId });
    await until(() => first.events.length === 1, 'the first event');
    // Deleted without publishing: the socket stays open, the next subscription finds no viewer.
    await rawQuery(server.orm.em.fork(), 'delete from auth_sessions where id = ?', [await authSessionIdOf(token)]);
    const second = observe(client, PROGRESS, { id: sessionId });
    await until(() => second.errors.length > 0, 'the refusal');
    expect(second.errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('closes every socket of a revoked login session with 4403 when AUTH_SESSIONS_REVOKED arrives, and only those', async () => {
    const { athlete, token, sessionId, exerciseId } = await athleteWithSession();
    const otherToken = await logInAs(server, athlete.email);
    const revoked = [observe(server.wsClient(token), PROGRESS, { id: sessionId }), observe(server.wsClient(token), PROGRESS, { id: sessionId })];
    const kept = observe(server.wsClient(otherToken), PROGRESS, { id: sessionId });
    await until(() => revoked.every((o) => o.events.length === 1) && kept.events.length === 1, 'the first events');

    const authSessionId = await authSessionIdOf(token);
    await rawQuery(server.orm.em.fork(), 'delete from auth_sessions where id = ?', [authSessionId]);
    publishSessionsRevoked(server.pubSub, { userId: athlete.userId, authSessionIds: [authSessionId] });

    for (const observed of revoked) {
      expect(await observed.closed).toEqual(expect.objectContaining({ code: 4403, reason: 'Forbidden: the login session was revoked' }));
    }
    // The athlete's other login is untouched and still receives events.
    await server.gql(
      'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }',
      { input: { clientId: randomUUID(), sessionId, exerciseId, weightKg: 60, reps: 5 } },
      otherToken,
    );
    await until(() => kept.events.length === 2, 'the kept socket to see the logged set');
    expect(kept.events[1]).toEqual({ sessionProgress: { setsDone: 1, status: 'IN_PROGRESS' } });
  });
});

describe('graphql-ws limits', () => {
  it('refuses a subscription over the token and alias limits with the same errors as HTTP; validation errors keep their code', async () => {
    const { token } = await athleteWithSession();
    const client = server.wsClient(token);

    // Short tokens: a socket message is at most 64 KiB.
    const tooManyTokens = observe(client, `subscription { ${'a '.repeat(6000)}}`);
    await until(() => tooManyTokens.errors.length > 0, 'the token refusal');
    expect(tooManyTokens.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'TOKENS', maximum: 5000, measured: 6003 });

    const aliased = observe(client, `subscription { ${Array.from({ length: 40 }, (_, i) => `a${i}: sessionProgress(sessionId: "x") { setsDone }`).join(' ')} }`);
    await until(() => aliased.errors.length > 0, 'the alias refusal');
    expect(aliased.errors.map((error) => error.extensions)).toContainEqual({ code: 'BAD_USER_INPUT', limit: 'ALIASES', maximum: 30, measured: 40 });

    const typo = observe(client, 'subscription { sessionProgres(sessionId: "x") { setsDone } }');
    await until(() => typo.errors.length > 0, 'the validation error');
    expect(typo.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringContaining('Did you mean') });
  });

  it('refuses the NUL character in a variable as HTTP does (PostgreSQL cannot store it)', async () => {
    const { token } = await athleteWithSession();
    const observed = observe(server.wsClient(token), 'subscription ($id: ID!) { sessionProgress(sessionId: $id) { setsDone } }', { id: 'V29ya291dFNlc3Npb246MQ\u0000' });
    await until(() => observed.errors.length > 0, 'the refusal');
    expect(observed.errors[0]).toEqual({
      message: '$id contains the NUL character (U+0000), which cannot be stored: remove it from the text.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it('carries subscriptions only: queries and mutations go over HTTP', async () => {
    const { token } = await athleteWithSession();
    const observed = observe(server.wsClient(token), 'query { viewer { id } }');
    await until(() => observed.errors.length > 0, 'the refusal');
    expect(observed.errors[0]).toEqual({
      message: 'This socket carries subscriptions only: send queries and mutations with POST /graphql.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('in production: no "Did you mean" over the socket either', async () => {
    const production = await startTestServer({ production: true });
    try {
      const token = await logInAs(production, (await createTestAthlete(production.orm)).email);
      const client = production.wsClient(token);
      const typo = observe(client, 'subscription { sessionProgres(sessionId: "x") { setsDone } }');
      await until(() => typo.errors.length > 0, 'the validation error');
      expect(typo.errors[0]!.message).toBe('Cannot query field "sessionProgres" on type "Subscription".');
    } finally {
      await production.close();
    }
  });
});
