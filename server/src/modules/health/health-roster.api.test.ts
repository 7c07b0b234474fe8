import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

/** The coach dashboard's health view: every new per-athlete list, nested under the roster. */
const ROSTER_HEALTH = /* GraphQL */ `
  query RosterHealth {
    viewer {
      coach {
        athletes(first: 50) {
          edges {
            node {
              id
              profile { birthYear heightCm dominantHand }
              bodyMetrics(first: 5) { edges { node { measuredOn weightKg } } pageInfo { hasNextPage } }
              benchmarks(first: 5) { edges { node { metricType value establishedOn exercise { name } } } pageInfo { hasNextPage } }
              currentBenchmarks { metricType value exercise { name } }
              recoverySignals(first: 3) { edges { node { measuredOn hrvMs session { workoutDate } } } pageInfo { hasNextPage } }
              sorenessLogs(first: 5) { edges { node { loggedOn bodyPart soreness inferredCauseSession { workoutDate } } } }
              imports(first: 2) { edges { node { source confidence parsedRows } } pageInfo { hasNextPage } }
            }
          }
        }
      }
    }
  }`;

interface Connection<T> {
  edges: { node: T }[];
  pageInfo?: { hasNextPage: boolean };
}
interface RosterHealth {
  viewer: {
    coach: {
      athletes: {
        edges: {
          node: {
            profile: { birthYear: number } | null;
            bodyMetrics: Connection<{ measuredOn: string }>;
            benchmarks: Connection<{ metricType: string; exercise: { name: string } | null }>;
            currentBenchmarks: { metricType: string }[];
            recoverySignals: Connection<{ session: { workoutDate: string } | null }>;
            sorenessLogs: Connection<{ inferredCauseSession: { workoutDate: string } | null }>;
            imports: Connection<unknown>;
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

/**
 * A coach with `n` athletes, each with two weeks of sessions and a full health record: a profile,
 * 10 days of body metrics, 8 benchmarks over 4 kinds, 6 recovery readings tied to sessions,
 * soreness entries blamed on sessions, and 3 imports. Written with SQL: the write paths have their
 * own tests, this one is about reading.
 */
async function coachWithRoster(n: number): Promise<string> {
  const coach = await createTestCoach(server.orm);
  const subjectIds: number[] = [];
  for (let i = 0; i < n; i += 1) subjectIds.push((await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 2 })).subjectId);
  const em = server.orm.em.fork() as never;
  const subjects = [subjectIds];
  await rawQuery(em, `insert into subject_profiles (subject_id, birth_year, height_cm, dominant_hand) select id, 1990, 180, 'RIGHT' from subjects where id in (?)`, subjects);
  await rawQuery(
    em,
    `insert into subject_body_metrics (subject_id, measured_on, weight_kg)
     select s.id, current_date - d, 80 + d / 10.0 from subjects s, generate_series(0, 9) d where s.id in (?)`,
    subjects,
  );
  await rawQuery(
    em,
    `insert into benchmarks (subject_id, metric_type, value, unit, exercise_id, established_on)
     select s.id, k.metric_type, k.value + w, k.unit, (select id from exercises where slug = k.slug), current_date - 7 * w
       from subjects s, generate_series(0, 1) w,
            (values ('ONE_RM', 100, 'kg', 'barbell-bench-press'), ('ONE_RM', 140, 'kg', 'barbell-back-squat'),
                    ('TRAINING_MAX', 90, 'kg', 'barbell-bench-press'), ('FTP', 250, 'W', null)) as k(metric_type, value, unit, slug)
      where s.id in (?)`,
    subjects,
  );
  await rawQuery(
    em,
    `insert into recovery_signals (subject_id, measured_on, source, hrv_ms, session_id)
     select ws.subject_id, ws.workout_date, 'MANUAL', 60, ws.id
       from (select ws.*, row_number() over (partition by subject_id order by workout_date desc) as nth from workout_sessions ws where subject_id in (?)) ws
      where ws.nth <= 6`,
    subjects,
  );
  await rawQuery(
    em,
    `insert into soreness_logs (subject_id, logged_on, body_part, soreness, inferred_cause_session_id)
     select ws.subject_id, ws.workout_date + 1, p.part, 3, ws.id
       from workout_sessions ws, (values ('QUADS'), ('BACK')) as p(part) where ws.subject_id in (?)`,
    subjects,
  );
  await rawQuery(
    em,
    `insert into import_logs (subject_id, source, raw_text, parsed_rows, confidence)
     select s.id, 'TEXT', 'Squat 5x5 @ 100kg', '[{"exercise":"Squat","sets":5,"reps":5,"weightKg":100,"confidence":0.9}]'::jsonb, 0.9
       from subjects s, generate_series(1, 3) where s.id in (?)`,
    subjects,
  );
  return logInAs(server, coach.email);
}

describe('coach roster health tree', () => {
  it('issues the same number of SQL statements for 1 athlete and for 10 (no N+1)', async () => {
    const one = await server.gql<RosterHealth>(ROSTER_HEALTH, {}, await coachWithRoster(1));
    const ten = await server.gql<RosterHealth>(ROSTER_HEALTH, {}, await coachWithRoster(10));
    expect(one.errors).toBeUndefined();
    expect(ten.errors).toBeUndefined();

    // The trees are really there, for every athlete.
    const athletes = ten.data!.viewer.coach.athletes.edges.map((edge) => edge.node);
    expect(athletes).toHaveLength(10);
    for (const athlete of athletes) {
      expect(athlete.profile?.birthYear).toBe(1990);
      expect(athlete.bodyMetrics.edges).toHaveLength(5);
      expect(athlete.bodyMetrics.pageInfo?.hasNextPage).toBe(true);
      const days = athlete.bodyMetrics.edges.map((edge) => edge.node.measuredOn);
      expect([...days].sort().reverse()).toEqual(days);
      expect(athlete.benchmarks.edges).toHaveLength(5);
      expect(athlete.benchmarks.edges.every((edge) => (edge.node.metricType === 'FTP') === (edge.node.exercise === null))).toBe(true);
      expect(athlete.currentBenchmarks.map((benchmark) => benchmark.metricType)).toEqual(['FTP', 'ONE_RM', 'ONE_RM', 'TRAINING_MAX']);
      expect(athlete.recoverySignals.edges).toHaveLength(3);
      expect(athlete.recoverySignals.edges.every((edge) => edge.node.session !== null)).toBe(true);
      expect(athlete.sorenessLogs.edges).toHaveLength(5);
      expect(athlete.sorenessLogs.edges.every((edge) => edge.node.inferredCauseSession !== null)).toBe(true);
      expect(athlete.imports.edges).toHaveLength(2);
    }

    expect(ten.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // Depth, not rows: token, viewer, roster (with subjects), then one each for profiles,
    // body metrics, benchmarks (+ exercise), current benchmarks (+ exercise), recovery readings,
    // their sessions, soreness entries, their sessions, imports; and the request transaction's identity.
    expect(one.extensions?.sqlStatements).toBe(13);
  });
});
