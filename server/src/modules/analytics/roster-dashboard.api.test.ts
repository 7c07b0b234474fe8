import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { UPPER_LOWER_SPLIT } from '../../db/seeders/generator.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

/** What the SPA's /coach roster asks for each athlete (web/src/features/coach/api/roster.ts), in one request. */
const ROSTER_DASHBOARD = /* GraphQL */ `
  query RosterDashboard {
    viewer {
      coach {
        athletes(first: 50) {
          totalCount
          edges {
            node {
              id
              displayName
              activeRoutine { id name }
              currentSession { id status startedAt routineDay { title } progress { setsDone setsPlanned } }
              lastSession: sessions(first: 1, filter: { status: [COMPLETED, PARTIAL] }) {
                edges { node { id workoutDate status routineDay { title } progress { setsDone setsPlanned volumeKg } } }
              }
              analytics(weeks: 6) {
                asOf
                adherence { week sessionsPlanned sessionsDone sessionRatio setsPlanned setsDone setRatio }
                readiness { score band reason }
                records(first: 3) { kind value exercise { name } achievedAt }
                attention { needsAttention reasons { code message } recentSetRatio baselineSetRatio missedSessions lastTrainedOn }
              }
            }
          }
        }
      }
    }
  }`;

interface DashboardAthlete {
  id: string;
  lastSession: { edges: { node: { workoutDate: string; status: string } }[] };
  analytics: {
    adherence: { setRatio: number | null }[];
    attention: { needsAttention: boolean; reasons: { code: string; message: string }[]; recentSetRatio: number | null; baselineSetRatio: number | null };
  };
}
interface Dashboard {
  viewer: { coach: { athletes: { totalCount: number; edges: { node: DashboardAthlete }[] } } };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function coachWithRoster(n: number) {
  const coach = await createTestCoach(server.orm);
  const athletes = [];
  for (let i = 0; i < n; i += 1) athletes.push(await createTestAthlete(server.orm, { coach: coach.user, days: UPPER_LOWER_SPLIT, historyWeeks: 6 }));
  return { token: await logInAs(server, coach.email), athletes };
}

describe('the coach roster dashboard', () => {
  it('reads every athlete’s adherence, readiness, last session, records and attention at the same statement count for 1 athlete and for 12', async () => {
    const one = await coachWithRoster(1);
    const twelve = await coachWithRoster(12);
    const small = await server.gql<Dashboard>(ROSTER_DASHBOARD, {}, one.token);
    const large = await server.gql<Dashboard>(ROSTER_DASHBOARD, {}, twelve.token);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const edges = large.data!.viewer.coach.athletes.edges;
    expect(edges).toHaveLength(12);
    for (const { node } of edges) {
      expect(node.analytics.adherence).toHaveLength(6);
      expect(node.analytics.adherence.some((week) => week.setRatio !== null)).toBe(true);
      expect(node.lastSession.edges).toHaveLength(1);
    }
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // Depth, never rows: token, user, the request transaction's identity, roster; active routines;
    // sessions in progress; the last finished session with its routine day, set logs and planned-set
    // counts (progress); analytics inputs (3 statements for all athletes) and the window's records.
    expect(small.extensions?.sqlStatements).toBe(17);
  });

  it('flags an athlete whose recent planned sets went undone, with the reason', async () => {
    const { token, athletes } = await coachWithRoster(2);
    const [slipping, steady] = athletes;
    // Slipping: the sets of every session of the last 9 days are gone (the sessions stay: planned, not done).
    await rawQuery(
      server.orm.em.fork() as never,
      `delete from exercise_set_logs where session_id in (select id from workout_sessions where subject_id = ? and workout_date >= current_date - 9)`,
      [slipping!.subjectId],
    );
    const result = await server.gql<Dashboard>(ROSTER_DASHBOARD, {}, token);
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data!.viewer.coach.athletes.edges.map((edge) => [edge.node.id, edge.node]));
    const flagged = [...byId.values()].filter((node) => node.analytics.attention.needsAttention);
    expect(flagged).toHaveLength(1);
    const attention = flagged[0]!.analytics.attention;
    expect(attention.reasons.map((reason) => reason.code)).toContain('COMPLIANCE_DROP');
    expect(attention.reasons.find((reason) => reason.code === 'COMPLIANCE_DROP')!.message).toMatch(/^Set compliance fell from \d+ % to \d+ % \(last 2 weeks vs the 4 weeks before\)\.$/);
    expect(attention.baselineSetRatio! - attention.recentSetRatio!).toBeGreaterThanOrEqual(0.15);
    expect(steady).toBeDefined();
  });
});
