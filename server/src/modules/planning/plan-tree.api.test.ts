import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPPER_LOWER_SPLIT } from '../../db/seeders/generator.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

/**
 * The coach dashboard's deep tree: roster → athlete → plan → days → exercises → sets, the
 * session in progress, and the last sessions → set logs → exercise.
 */
const ROSTER_TREE = /* GraphQL */ `
  query RosterTree {
    viewer {
      coach {
        athletes(first: 50) {
          totalCount
          edges {
            node {
              id
              displayName
              activeRoutine {
                name
                days { title exercises { position exercise { name primaryMuscle } sets { setIndex targetReps targetWeightKg } } }
              }
              nextRoutineDay { title }
              currentSession { status progress { setsDone setsPlanned volumeKg } setLogs { weightKg reps exercise { name } } }
              sessions(first: 5) { edges { node { workoutDate status setLogs { weightKg reps exercise { name } } } } pageInfo { hasNextPage } }
            }
          }
        }
      }
    }
  }`;

interface RosterTree {
  viewer: {
    coach: {
      athletes: {
        totalCount: number;
        edges: {
          node: {
            activeRoutine: { days: { exercises: { sets: unknown[] }[] }[] };
            currentSession: { setLogs: unknown[] } | null;
            sessions: { edges: { node: { workoutDate: string; setLogs: unknown[] } }[]; pageInfo: { hasNextPage: boolean } };
          };
        }[];
      };
    };
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A coach with `n` athletes on the 4-day split with two weeks of history; the first has a session in progress. */
async function coachWithRoster(n: number): Promise<string> {
  const coach = await createTestCoach(server.orm);
  for (let i = 0; i < n; i += 1) {
    const athlete = await createTestAthlete(server.orm, { coach: coach.user, days: UPPER_LOWER_SPLIT, historyWeeks: 2 });
    if (i > 0) continue;
    const token = await logInAs(server, athlete.email);
    const started = await server.gql<{ startSession: { session: { id: string; routineDay: { exercises: { exercise: { id: string } }[] } } } }>(
      'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id routineDay { exercises { exercise { id } } } } } }',
      { input: { routineDayId: athlete.dayIds[0] } },
      token,
    );
    const session = started.data!.startSession.session;
    await server.gql(
      'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }',
      { input: { clientId: randomUUID(), sessionId: session.id, exerciseId: session.routineDay.exercises[0]!.exercise.id, weightKg: 60, reps: 8 } },
      token,
    );
  }
  return logInAs(server, coach.email);
}

describe('coach roster plan tree', () => {
  it('issues the same number of SQL statements for 1 athlete and for 50 (no N+1)', async () => {
    const one = await server.gql<RosterTree>(ROSTER_TREE, {}, await coachWithRoster(1));
    const fifty = await server.gql<RosterTree>(ROSTER_TREE, {}, await coachWithRoster(50));
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();

    // The trees are really there: 50 athletes × 4 days × 4–5 exercises × 2–4 planned sets, 5 recent sessions with their sets.
    const athletes = fifty.data!.viewer.coach.athletes;
    expect(athletes.totalCount).toBe(50);
    const plannedSets = athletes.edges.flatMap((edge) => edge.node.activeRoutine.days.flatMap((day) => day.exercises.flatMap((slot) => slot.sets)));
    const setsPerAthlete = UPPER_LOWER_SPLIT.flatMap((day) => day.exercises).reduce((sum, spec) => sum + spec.sets, 0);
    expect(plannedSets).toHaveLength(50 * setsPerAthlete);
    for (const { node } of athletes.edges) {
      expect(node.sessions.edges).toHaveLength(5);
      expect(node.sessions.pageInfo.hasNextPage).toBe(true);
      expect(node.sessions.edges.every((edge) => edge.node.setLogs.length > 0)).toBe(true);
      const days = node.sessions.edges.map((edge) => edge.node.workoutDate);
      expect([...days].sort().reverse()).toEqual(days);
    }
    expect(athletes.edges.filter((edge) => edge.node.currentSession?.setLogs.length === 1)).toHaveLength(1);

    expect(fifty.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // Depth, not rows: token, user, roster (with subjects), active routines, days (with their slots
    // and planned sets, one statement), the slots' exercises, last finished day, sessions in
    // progress, recent sessions, and set logs + their exercises under each of the two session
    // lists, planned-set counts. Exercises are read once per list (distinct ids) instead of joined
    // into every row: see attachExercises. Plus one: the request transaction naming the viewer
    // and the subjects row-level security lets them see (db/tenant.ts).
    expect(one.extensions?.sqlStatements).toBe(15);
  });
});
