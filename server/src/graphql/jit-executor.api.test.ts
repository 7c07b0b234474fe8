import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, createTestCoach, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { buildContext } from './context.js';
import { createAppPubSub } from './pubsub.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Aliases, fragments, variables, interfaces, nested connections and nulls: what a compiler could get wrong. */
const WIDE = /* GraphQL */ `
  fragment SetFields on ExerciseSetLog { weightKg reps rpe isWarmup exercise { name primaryMuscle equipment } }
  query Wide($first: Int!, $sessions: Int!) {
    viewer { id role coach { athletes(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      id displayName
      plan: activeRoutine { id name revision days { dayIndex title isRest exercises { position section supersetGroup progressionRule { style }
        exercise { id name slug aliases tags }
        sets { setIndex targetReps targetWeightKg targetRpe targetTempo } } } }
      recent: sessions(first: $sessions) { edges { node { workoutDate status slot setLogs { ...SetFields } } } pageInfo { hasNextPage } }
      currentSession { id }
    } } } }
    }
  }`;

describe('queries run compiled (graphql-jit)', () => {
  it('answer exactly what graphql-js answers for the same document, context and data', async () => {
    const coach = await createTestCoach(server.orm);
    for (let i = 0; i < 3; i += 1) await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 2 });
    const token = await logInAs(server, coach.email);
    const variables = { first: 10, sessions: 3 };

    const compiled = await server.gql(WIDE, variables, token);
    const interpreted = await execute({
      schema: server.app.schema,
      document: parse(WIDE),
      variableValues: variables,
      contextValue: await buildContext({ orm: server.orm, pubSub: createAppPubSub() }, `Bearer ${token}`),
    });
    expect(compiled.errors).toBeUndefined();
    expect(interpreted.errors).toBeUndefined();
    expect(compiled.data).toEqual(JSON.parse(JSON.stringify(interpreted.data)));
    const athletes = (compiled.data as { viewer: { coach: { athletes: { totalCount: number } } } }).viewer.coach.athletes;
    expect(athletes.totalCount).toBe(3);
  });

  it('answer a failed root field with data: null and the typed error, as the spec says', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    // first: -1 passes the endpoint's limits and is refused by the resolver, at execution.
    const result = await server.gql('query { exercises(first: -1) { totalCount } }', {}, token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
