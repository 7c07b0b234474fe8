import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { createPrivateExercise, dayFromToday, expectError, ok } from '../health/health.test-helpers.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { rebuildPersonalRecords } from '../execution/personal-record.service.js';

const ANALYTICS_FIELDS = /* GraphQL */ `
  weeks from asOf
  adherence { week weekStart sessionsPlanned sessionsDone sessionRatio setsPlanned setsDone setRatio unplannedSessions extraSets }
  weeklyVolume { week weekStart muscles { muscle hardSets tonnageKg } }
  e1rmTrend(limit: $limit) { exercise { id slug } sessions latestE1rmKg slopeKgPerWeek changePct points { date e1rmKg } }
  readiness { score reason band components { component score weight explanation } missing { component reason } loadAdjustmentPct dropSets }
  records(first: 20) { kind value unit achievedAt exercise { slug } }
`;

const MY_ANALYTICS = /* GraphQL */ `
  query MyAnalytics($weeks: Int, $asOf: LocalDate, $limit: Int) {
    viewer { athlete { analytics(weeks: $weeks, asOf: $asOf) { ${ANALYTICS_FIELDS} } } }
  }`;

const ATHLETE_ANALYTICS = /* GraphQL */ `
  query AthleteAnalytics($id: ID!, $limit: Int) {
    node(id: $id) { ... on Athlete { analytics { ${ANALYTICS_FIELDS} } } }
  }`;

const ROSTER_ANALYTICS = /* GraphQL */ `
  query RosterAnalytics($limit: Int) {
    viewer { coach { athletes(first: 50) { edges { node { id analytics(weeks: 4) { ${ANALYTICS_FIELDS} } } } } } }
  }`;

const RECORD_SIGNAL = /* GraphQL */ `
  mutation Signal($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { created } }`;
const RECORD_SORENESS = /* GraphQL */ `
  mutation Soreness($input: RecordSorenessInput!) { recordSoreness(input: $input) { sorenessLogs { id } } }`;

interface WeekAdherence {
  week: string;
  weekStart: string;
  sessionsPlanned: number;
  sessionsDone: number;
  sessionRatio: number | null;
  setsPlanned: number;
  setsDone: number;
  setRatio: number | null;
}
interface Analytics {
  weeks: number;
  from: string;
  asOf: string;
  adherence: WeekAdherence[];
  weeklyVolume: { week: string; weekStart: string; muscles: { muscle: string; hardSets: number; tonnageKg: number }[] }[];
  e1rmTrend: { exercise: { id: string; slug: string }; sessions: number; latestE1rmKg: number; slopeKgPerWeek: number | null; changePct: number | null; points: { date: string; e1rmKg: number }[] }[];
  readiness: {
    score: number | null;
    reason: string;
    band: string;
    components: { component: string; score: number; weight: number; explanation: string }[];
    missing: { component: string; reason: string }[];
    loadAdjustmentPct: number;
    dropSets: number;
  };
  records: { kind: string; value: number; unit: string; achievedAt: string; exercise: { slug: string } }[];
}
type MyAnalytics = { viewer: { athlete: { analytics: Analytics } } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const sql = <T>(query: string, params: unknown[]) => rawQuery<T>(server.orm.em.fork() as never, query, params);
const exerciseIdOf = async (slug: string) => (await server.orm.em.fork().findOneOrFail(Exercise, { slug })).id;

/** Sessions with working sets, written straight to the tables (the write paths have their own tests). */
async function insertSession(subjectId: number, day: string, exerciseId: number, sets: { weightKg: number; reps: number; rpe?: number }[]): Promise<number> {
  const [session] = await sql<{ id: number }>(
    `insert into workout_sessions (subject_id, workout_date, status, started_at, completed_at) values (?, ?::date, 'COMPLETED', ?::date + time '17:00', ?::date + time '18:00') returning id`,
    [subjectId, day, day, day],
  );
  for (const [i, set] of sets.entries()) {
    await sql(
      `insert into exercise_set_logs (subject_id, exercise_id, session_id, client_id, performed_at, set_index, actual_weight_kg, actual_reps, actual_rpe)
       values (?, ?, ?, gen_random_uuid(), ?::date + time '17:00' + ? * interval '3 minutes', ?, ?, ?, ?)`,
      [subjectId, exerciseId, session!.id, day, i, i + 1, set.weightKg, set.reps, set.rpe ?? null],
    );
  }
  return session!.id;
}

describe('Athlete.analytics over generated history', () => {
  it('lists every week with adherence ratios in [0, 1] that match a hand count, a skipped planned session counting as missed', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 4 });
    const token = await logInAs(server, athlete.email);
    const asOf = dayFromToday(0);
    // A second session in the week before this one, on a routine day, skipped: planned but not done.
    const mondayLastWeek = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 2, asOf, limit: 1 }, token)).viewer.athlete.analytics.from;
    const [day] = await sql<{ id: number }>(`select id from routine_days where routine_id = ? order by day_index limit 1`, [athlete.routineId]);
    await sql(`insert into workout_sessions (subject_id, workout_date, slot, status, routine_day_id) values (?, ?::date + 2, 2, 'SKIPPED', ?)`, [athlete.subjectId, mondayLastWeek, day!.id]);

    const analytics = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 6, asOf, limit: 5 }, token)).viewer.athlete.analytics;
    expect(analytics.weeks).toBe(6);
    expect(analytics.asOf).toBe(asOf);
    expect(analytics.adherence).toHaveLength(6);
    expect(analytics.adherence.map((week) => week.weekStart)).toEqual([...analytics.adherence.map((week) => week.weekStart)].sort());
    for (const week of analytics.adherence) {
      for (const ratio of [week.sessionRatio, week.setRatio].filter((value) => value !== null)) {
        expect(ratio).toBeGreaterThanOrEqual(0);
        expect(ratio).toBeLessThanOrEqual(1);
      }
      if (week.sessionsPlanned === 0) expect(week.sessionRatio).toBeNull();
    }
    // The oldest week is before the generated history: nothing planned, so no ratio (not 1).
    expect(analytics.adherence[0]).toMatchObject({ sessionsPlanned: 0, sessionRatio: null, setRatio: null });

    const week = analytics.adherence.find((entry) => entry.weekStart === mondayLastWeek)!;
    const [hand] = await sql<{ sessions_planned: number; sessions_done: number; sets_planned: number; sets_done: number }>(
      `with ws as (select s.id, s.routine_day_id from workout_sessions s
                    where s.subject_id = ? and s.routine_day_id is not null and s.workout_date between ?::date and ?::date + 6),
            planned as (select ws.id as session_id, rde.exercise_id, count(*)::int as n
                          from ws join routine_day_exercises rde on rde.routine_day_id = ws.routine_day_id
                          join routine_exercise_sets res on res.routine_day_exercise_id = rde.id and not res.is_warmup group by 1, 2),
            done as (select l.session_id, l.exercise_id, count(*)::int as n from exercise_set_logs l join ws on ws.id = l.session_id where not l.is_warmup group by 1, 2)
       select (select count(*)::int from ws) as sessions_planned,
              (select count(distinct session_id)::int from done) as sessions_done,
              (select coalesce(sum(n), 0)::int from planned) as sets_planned,
              (select coalesce(sum(least(p.n, coalesce(d.n, 0))), 0)::int from planned p left join done d using (session_id, exercise_id)) as sets_done`,
      [athlete.subjectId, mondayLastWeek, mondayLastWeek],
    );
    expect(hand!.sessions_planned).toBeGreaterThan(hand!.sessions_done); // the skipped one
    expect(week).toMatchObject({
      sessionsPlanned: hand!.sessions_planned,
      sessionsDone: hand!.sessions_done,
      setsPlanned: hand!.sets_planned,
      setsDone: hand!.sets_done,
      sessionRatio: hand!.sessions_done / hand!.sessions_planned,
      setRatio: hand!.sets_done / hand!.sets_planned,
    });
  });

  it('counts weekly hard sets per muscle as a SQL count of hard working sets plus half the secondary ones', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 3 });
    const token = await logInAs(server, athlete.email);
    // The starter catalog has no secondary muscles: a squat of our own that also trains glutes and hamstrings.
    const squat = fromGlobalId(await createPrivateExercise(server, coach.user.id), 'Exercise', 'exerciseId');
    await sql(`insert into exercise_secondary_muscles (exercise_id, muscle) values (?, 'GLUTES'), (?, 'HAMSTRINGS')`, [squat, squat]);
    await insertSession(athlete.subjectId, dayFromToday(0), squat, [
      { weightKg: 100, reps: 5, rpe: 8 },
      { weightKg: 100, reps: 5, rpe: 8 },
      { weightKg: 100, reps: 5 },
      { weightKg: 60, reps: 5, rpe: 6 },
    ]);
    const analytics = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 4, asOf: dayFromToday(0), limit: 5 }, token)).viewer.athlete.analytics;
    expect(analytics.weeklyVolume).toHaveLength(4);
    let checked = 0;
    for (const week of analytics.weeklyVolume) {
      const rows = await sql<{ muscle: string; hard_sets: number; tonnage_kg: number }>(
        `with sets as (
           select l.*, e.primary_muscle from exercise_set_logs l
             join workout_sessions s on s.id = l.session_id join exercises e on e.id = l.exercise_id
            where s.subject_id = ? and s.workout_date between ?::date and ?::date + 6 and not l.is_warmup),
         shares as (
           select primary_muscle as muscle, 1.0 as share, sets.* from sets
           union all
           select m.muscle, 0.5, sets.* from sets join exercise_secondary_muscles m on m.exercise_id = sets.exercise_id and m.muscle <> sets.primary_muscle)
         select muscle,
                sum(share * (case when actual_reps >= 1 and coalesce(actual_rir, 10 - actual_rpe, 0) <= 3 then 1 else 0 end))::float8 as hard_sets,
                sum(share * coalesce(actual_weight_kg, 0) * coalesce(actual_reps, 0))::float8 as tonnage_kg
           from shares group by muscle order by muscle`,
        [athlete.subjectId, week.weekStart, week.weekStart],
      );
      expect(week.muscles.map((m) => [m.muscle, m.hardSets])).toEqual(rows.map((row) => [row.muscle, row.hard_sets]));
      for (const [i, m] of week.muscles.entries()) expect(m.tonnageKg).toBeCloseTo(rows[i]!.tonnage_kg, 6);
      checked += rows.length;
    }
    expect(checked).toBeGreaterThan(0);
    // 3 hard sets (the RPE 6 one is not), the secondary muscles at half; tonnage counts all 4 working sets.
    const thisWeek = analytics.weeklyVolume.at(-1)!.muscles;
    expect(thisWeek.find((m) => m.muscle === 'GLUTES')).toEqual({ muscle: 'GLUTES', hardSets: 1.5, tonnageKg: 0.5 * (3 * 500 + 300) });
    expect(thisWeek.find((m) => m.muscle === 'HAMSTRINGS')!.hardSets).toBe(1.5);
    expect(thisWeek.find((m) => m.muscle === 'QUADS')!.hardSets).toBeGreaterThanOrEqual(3);
  });
});

describe('Athlete.analytics e1RM trends', () => {
  it("rises for rising loads, ranks exercises by sessions and uses the athlete's formula", async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const bench = await exerciseIdOf('barbell-bench-press');
    const curl = await exerciseIdOf('barbell-curl');
    const loads = [80, 82.5, 85, 87.5];
    for (const [i, weightKg] of loads.entries()) {
      await insertSession(athlete.subjectId, dayFromToday(-7 * (loads.length - 1 - i)), bench, [
        { weightKg: weightKg - 10, reps: 5 },
        { weightKg, reps: 5 },
      ]);
    }
    await insertSession(athlete.subjectId, dayFromToday(-1), curl, [{ weightKg: 30, reps: 10, rpe: 9 }]);

    const asOf = dayFromToday(0);
    const trends = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 8, asOf, limit: 5 }, token)).viewer.athlete.analytics.e1rmTrend;
    expect(trends.map((trend) => [trend.exercise.slug, trend.sessions])).toEqual([
      ['barbell-bench-press', 4],
      ['barbell-curl', 1],
    ]);
    const [benchTrend, curlTrend] = trends;
    expect(benchTrend!.points.map((point) => point.date)).toEqual(loads.map((_, i) => dayFromToday(-7 * (loads.length - 1 - i))));
    expect(benchTrend!.points.map((point) => point.e1rmKg)).toEqual(loads.map((w) => w * (1 + 5 / 30))); // Epley, the day's best set
    expect(benchTrend!.slopeKgPerWeek).toBeCloseTo(2.5 * (1 + 5 / 30), 9);
    expect(benchTrend!.changePct).toBeCloseTo((100 * 7.5) / 80, 9);
    expect(benchTrend!.latestE1rmKg).toBeCloseTo(87.5 * (1 + 5 / 30), 9);
    expect(curlTrend).toMatchObject({ slopeKgPerWeek: null, changePct: null, latestE1rmKg: 30 * (1 + 11 / 30) });

    const limited = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 8, asOf, limit: 1 }, token)).viewer.athlete.analytics.e1rmTrend;
    expect(limited.map((trend) => trend.exercise.slug)).toEqual(['barbell-bench-press']);

    await sql(`insert into user_settings (user_id, e1rm_formula) values (?, 'BRZYCKI') on conflict (user_id) do update set e1rm_formula = excluded.e1rm_formula`, [athlete.userId]);
    const brzycki = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 8, asOf, limit: 1 }, token)).viewer.athlete.analytics.e1rmTrend;
    expect(brzycki[0]!.latestE1rmKg).toBeCloseTo((87.5 * 36) / 32, 9);

    // A window that ends before the rise leaves out the later days.
    const earlier = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 8, asOf: dayFromToday(-14), limit: 1 }, token)).viewer.athlete.analytics.e1rmTrend;
    expect(earlier[0]!.points).toHaveLength(2);
  });

  it('lists the standing bests reached within the window, newest first, and not those reached before it', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const squat = await exerciseIdOf('barbell-back-squat');
    const bench = await exerciseIdOf('barbell-bench-press');
    await insertSession(athlete.subjectId, dayFromToday(-140), bench, [{ weightKg: 80, reps: 5 }]);
    await insertSession(athlete.subjectId, dayFromToday(-20), squat, [{ weightKg: 100, reps: 5 }, { weightKg: 100, reps: 5 }]);
    await insertSession(athlete.subjectId, dayFromToday(-2), squat, [{ weightKg: 110, reps: 2 }]);
    await rebuildPersonalRecords(server.orm.em.fork() as never, [athlete.subjectId]);

    const analytics = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 4, asOf: dayFromToday(0), limit: 1 }, token)).viewer.athlete.analytics;
    const records = analytics.records.map((record) => [record.exercise.slug, record.kind, record.value, record.achievedAt.slice(0, 10)]);
    // 110 × 2 beats 100 × 5 on load and e1RM (110 × 32/30 = 117.33 vs 116.67); the 100 kg session keeps set and session volume.
    expect(records).toEqual([
      ['barbell-back-squat', 'HEAVIEST_WEIGHT', 110, dayFromToday(-2)],
      ['barbell-back-squat', 'BEST_E1RM', 117.33, dayFromToday(-2)],
      ['barbell-back-squat', 'SESSION_VOLUME', 1000, dayFromToday(-20)],
      ['barbell-back-squat', 'SET_VOLUME', 500, dayFromToday(-20)],
    ].sort((a, b) => String(b[3]).localeCompare(String(a[3]))));
    expect(analytics.records.map((record) => record.achievedAt)).toEqual([...analytics.records.map((record) => record.achievedAt)].sort().reverse());
    // A one-week window ending that day holds only the latest session's bests.
    const week = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 1, asOf: dayFromToday(-2), limit: 1 }, token)).viewer.athlete.analytics.records;
    expect(week.map((record) => [record.kind, record.achievedAt.slice(0, 10)])).toEqual([
      ['HEAVIEST_WEIGHT', dayFromToday(-2)],
      ['BEST_E1RM', dayFromToday(-2)],
    ]);
    expect(analytics.records.some((record) => record.exercise.slug === 'barbell-bench-press')).toBe(false);
    const long = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 52, asOf: dayFromToday(0), limit: 1 }, token)).viewer.athlete.analytics.records;
    expect(long.filter((record) => record.exercise.slug === 'barbell-bench-press')).toHaveLength(4);
    expectError(await server.gql(MY_ANALYTICS.replace('records(first: 20)', 'records(first: 0)'), { weeks: 8, limit: 1 }, token), 'BAD_USER_INPUT', 'first');
  });

  it('rejects weeks and limit out of range with BAD_USER_INPUT naming the argument', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    expectError(await server.gql(MY_ANALYTICS, { weeks: 0, limit: 1 }, token), 'BAD_USER_INPUT', 'weeks');
    expectError(await server.gql(MY_ANALYTICS, { weeks: 53, limit: 1 }, token), 'BAD_USER_INPUT', 'weeks');
    expectError(await server.gql(MY_ANALYTICS, { weeks: 8, limit: 21 }, token), 'BAD_USER_INPUT', 'limit');
    expectError(await server.gql(MY_ANALYTICS, { weeks: 8, limit: 0 }, token), 'BAD_USER_INPUT', 'limit');
  });
});

describe('Athlete.analytics readiness', () => {
  it('is null with a reason without signals, scores once readings come in, and falls when soreness rises', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const today = dayFromToday(0);
    const readiness = async () => (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 1, asOf: today, limit: 1 }, token)).viewer.athlete.analytics.readiness;

    const none = await readiness();
    expect(none).toMatchObject({ score: null, band: 'UNKNOWN', components: [], loadAdjustmentPct: 0, dropSets: 0 });
    expect(none.reason).toMatch(/no recovery signal/);
    expect(none.missing.map((item) => item.component)).toContain('HRV');

    for (const offset of [-4, -3, -2, -1]) {
      await ok(server, RECORD_SIGNAL, { input: { athleteId, measuredOn: dayFromToday(offset), hrvMs: 60 + offset, restingHr: 52 } }, token);
    }
    await ok(server, RECORD_SIGNAL, { input: { athleteId, measuredOn: today, hrvMs: 58.5, restingHr: 52, sleepHours: 7.5 } }, token);
    const signals = await readiness();
    expect(signals.score).not.toBeNull();
    expect(signals.components.map((component) => component.component)).toEqual(['HRV', 'RESTING_HR', 'SLEEP_HOURS']);
    expect(signals.components.reduce((sum, component) => sum + component.weight, 0)).toBeCloseTo(1, 9);

    await ok(server, RECORD_SORENESS, { input: { athleteId, loggedOn: today, entries: [{ bodyPart: 'QUADS', soreness: 2 }] } }, token);
    const mild = await readiness();
    expect(mild.components.map((component) => component.component)).toContain('SORENESS');

    await ok(server, RECORD_SORENESS, { input: { athleteId, loggedOn: today, entries: [{ bodyPart: 'QUADS', soreness: 5 }, { bodyPart: 'HAMSTRINGS', soreness: 4 }] } }, token);
    const sore = await readiness();
    expect(sore.score!).toBeLessThan(mild.score!);
    expect(sore.loadAdjustmentPct).toBeLessThanOrEqual(mild.loadAdjustmentPct);
    expect(sore.reason).toMatch(/readiness/);

    // Another day's soreness does not count for today.
    const yesterday = (await ok<MyAnalytics>(server, MY_ANALYTICS, { weeks: 1, asOf: dayFromToday(-1), limit: 1 }, token)).viewer.athlete.analytics.readiness;
    expect(yesterday.components.map((component) => component.component)).not.toContain('SORENESS');
  });
});

describe('Athlete.analytics authorization', () => {
  it("is readable by the athlete's coach, and a stranger cannot reach the athlete at all", async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 1 });
    const stranger = await createTestAthlete(server.orm);
    const otherCoach = await createTestCoach(server.orm);
    const id = toGlobalId('Athlete', athlete.subjectId);

    const byCoach = await ok<{ node: { analytics: Analytics } | null }>(server, ATHLETE_ANALYTICS, { id, limit: 3 }, await logInAs(server, coach.email));
    expect(byCoach.node!.analytics.adherence).toHaveLength(8);
    expect(byCoach.node!.analytics.e1rmTrend.length).toBeGreaterThan(0);

    for (const email of [stranger.email, otherCoach.email]) {
      const result = await server.gql<{ node: unknown }>(ATHLETE_ANALYTICS, { id, limit: 3 }, await logInAs(server, email));
      expect(result.errors).toBeUndefined();
      expect(result.data!.node).toBeNull();
    }
    const anonymous = await server.gql<{ node: unknown }>(ATHLETE_ANALYTICS, { id, limit: 3 });
    expect(anonymous.data?.node ?? null).toBeNull();
  });
});

describe('Athlete.analytics statement count', () => {
  async function rosterStatements(n: number): Promise<number> {
    const coach = await createTestCoach(server.orm);
    for (let i = 0; i < n; i += 1) {
      const athlete = await createTestAthlete(server.orm, { coach: coach.user, historyWeeks: 2 });
      await sql(
        `insert into recovery_signals (subject_id, measured_on, hrv_ms, resting_hr, sleep_hours) select ?, current_date - d, 60 + d, 50, 7 from generate_series(0, 5) d`,
        [athlete.subjectId],
      );
      await sql(`insert into soreness_logs (subject_id, logged_on, body_part, soreness) values (?, current_date, 'CHEST', 3)`, [athlete.subjectId]);
    }
    const result = await server.gql<{ viewer: { coach: { athletes: { edges: { node: { analytics: Analytics } }[] } } } }>(
      ROSTER_ANALYTICS,
      { limit: 5 },
      await logInAs(server, coach.email),
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data!.viewer.coach.athletes.edges;
    expect(edges).toHaveLength(n);
    for (const { node } of edges) {
      expect(node.analytics.adherence.some((week) => week.setsDone > 0)).toBe(true);
      expect(node.analytics.weeklyVolume.some((week) => week.muscles.length > 0)).toBe(true);
      expect(node.analytics.e1rmTrend.length).toBeGreaterThan(0);
      expect(node.analytics.readiness.score).not.toBeNull();
    }
    return result.extensions!.sqlStatements!;
  }

  it('costs the same statements for a roster of 1 and of 5 athletes', async () => {
    const one = await rosterStatements(1);
    const five = await rosterStatements(5);
    expect(five).toBe(one);
    expect(one).toBeLessThanOrEqual(11);
  });
});
