import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { HEVY_KG, HEVY_LBS } from '../../engine/__fixtures__/exports.js';
import { KG_PER_LB } from '../../engine/parse-text.js';
import { createTestAthlete, createTestCoach, logInAs, type TestAthlete } from '../../test/factories.js';
import { startTestServer, type GqlResult, type TestServer } from '../../test/harness.js';
import { engineRecords, recordsTable } from '../execution/execution.test-helpers.js';
import { athleteId, createPrivateExercise, expectError } from '../health/health.test-helpers.js';
import { importClientId } from './import.service.js';

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportWorkoutsInput!) {
    importWorkouts(input: $input) {
      format dryRun
      sessions {
        date title fingerprint duplicate
        session { id status workoutDate slot notes startedAt completedAt }
        sets { exerciseName exercise { id name } weightKg reps rpe durationSeconds distanceMeters isWarmup confidence problems line }
      }
      created { sessions sets }
      unmatchedExercises
      lowConfidenceRows { line date exerciseName confidence problems }
      skippedRows { line reason }
      importLog { id source status rawText confidence parsedRows }
    }
  }`;

interface ImportedSet {
  exerciseName: string;
  exercise: { id: string; name: string } | null;
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  durationSeconds: number | null;
  distanceMeters: number | null;
  isWarmup: boolean;
  confidence: number;
  problems: string[];
  line: number;
}
interface Payload {
  format: string;
  dryRun: boolean;
  sessions: {
    date: string;
    title: string;
    fingerprint: string;
    duplicate: boolean;
    session: { id: string; status: string; workoutDate: string; slot: number; notes: string; startedAt: string | null; completedAt: string | null } | null;
    sets: ImportedSet[];
  }[];
  created: { sessions: number; sets: number };
  unmatchedExercises: string[];
  lowConfidenceRows: { line: number; date: string; exerciseName: string; confidence: number; problems: string[] }[];
  skippedRows: { line: number; reason: string }[];
  importLog: { id: string; source: string; status: string; rawText: string; confidence: number | null; parsedRows: { imported: boolean }[] } | null;
}

/** Strong's comma layout: two workouts, a warm-up, a rest timer, and an exercise no catalog has. */
const STRONG = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",W,40,10,0,0,,"Felt good, slept 8h",',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",1,80,8,0,0,"Paused, tight arch","Felt good, slept 8h",8',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",2,82.5,8,0,0,,"Felt good, slept 8h",8.5',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",Rest Timer,0,0,0,120,,"Felt good, slept 8h",',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Quantum Wobble Flip",1,20,12,0,0,,"Felt good, slept 8h",',
  '2024-03-06 18:02:11,"Legs",48m,"Squat (Barbell)",1,100,5,0,0,,,',
  '2024-03-06 18:02:11,"Legs",48m,"Squat (Barbell)",2,105,5,0,0,,,',
  '2024-03-06 18:02:11,"Legs",48m,"Plank",1,0,0,0,60,,,',
].join('\n');

/** The same export trimmed to its first workout: a dry run of it costs as many statements as of the whole file. */
const STRONG_ONE_SESSION = STRONG.split('\n').slice(0, 6).join('\n');

const TABLES = ['workout_sessions', 'exercise_set_logs', 'import_logs', 'personal_records'] as const;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const em = () => server.orm.em.fork() as never;

async function stored(subjectId: number): Promise<Record<(typeof TABLES)[number] | 'audit', number>> {
  const counts = await Promise.all(
    TABLES.map(async (table) => (await rawQuery<{ n: number }>(em(), `select count(*)::int as n from ${table} where subject_id = ?`, [subjectId]))[0]!.n),
  );
  const [audit] = await rawQuery<{ n: number }>(em(), `select count(*)::int as n from audit_logs where action = 'import_workouts' and metadata->>'subjectId' = ?`, [String(subjectId)]);
  return { ...(Object.fromEntries(TABLES.map((table, index) => [table, counts[index]!])) as Record<(typeof TABLES)[number], number>), audit: audit!.n };
}

const NOTHING = { workout_sessions: 0, exercise_set_logs: 0, import_logs: 0, personal_records: 0, audit: 0 };

async function athleteWithToken(options: Parameters<typeof createTestAthlete>[1] = {}): Promise<{ athlete: TestAthlete; token: string }> {
  const athlete = await createTestAthlete(server.orm, options);
  return { athlete, token: await logInAs(server, athlete.email) };
}

async function importOk(input: Record<string, unknown>, token: string): Promise<Payload & { statements: number }> {
  const result = (await server.gql<{ importWorkouts: Payload }>(IMPORT, { input }, token)) as GqlResult<{ importWorkouts: Payload }>;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { ...result.data!.importWorkouts, statements: result.extensions!.sqlStatements! };
}

describe('importWorkouts: Strong CSV', () => {
  it('a dry run reads sessions, sets and unmatched names, matches the catalog, and stores nothing', async () => {
    const { athlete, token } = await athleteWithToken();
    const payload = await importOk({ format: 'STRONG_CSV', content: STRONG }, token);

    expect(payload).toMatchObject({ format: 'STRONG_CSV', dryRun: true, created: { sessions: 0, sets: 0 }, importLog: null, unmatchedExercises: ['Quantum Wobble Flip'] });
    expect(payload.sessions.map((s) => [s.date, s.title, s.duplicate, s.session, s.sets.length])).toEqual([
      ['2024-03-04', 'Push A', false, null, 4],
      ['2024-03-06', 'Legs', false, null, 3],
    ]);
    const [push, legs] = payload.sessions;
    expect(push!.sets.map((s) => [s.exerciseName, s.exercise?.name ?? null, s.weightKg, s.reps, s.rpe, s.isWarmup])).toEqual([
      ['Bench Press (Barbell)', 'Barbell Bench Press', 40, 10, null, true],
      ['Bench Press (Barbell)', 'Barbell Bench Press', 80, 8, 8, false],
      ['Bench Press (Barbell)', 'Barbell Bench Press', 82.5, 8, 8.5, false],
      ['Quantum Wobble Flip', null, 20, 12, null, false],
    ]);
    expect(push!.sets[3]!.problems).toContain('exercise "Quantum Wobble Flip" is not in the catalog');
    expect(legs!.sets.map((s) => [s.exercise?.name ?? null, s.weightKg, s.reps, s.durationSeconds])).toEqual([
      ['Barbell Back Squat', 100, 5, null],
      ['Barbell Back Squat', 105, 5, null],
      ['Plank', null, null, 60],
    ]);
    expect(payload.skippedRows).toEqual([{ line: 5, reason: 'rest timer' }]);
    // Strong writes no weight unit (kg assumed, ×0.8) and "Bench Press (Barbell)" matches by reordered words (×0.95): below 0.8.
    // The plank (line 9: exact name, no load, nothing assumed) is not. Only rows under 0.8 are listed, by line.
    const all = payload.sessions.flatMap((s) => s.sets);
    expect(payload.lowConfidenceRows.map((row) => row.line)).toEqual(all.filter((set) => set.confidence < 0.8).map((set) => set.line));
    expect(payload.lowConfidenceRows.map((row) => row.line)).not.toContain(9);
    expect(payload.lowConfidenceRows.find((row) => row.exerciseName === 'Quantum Wobble Flip')).toMatchObject({ line: 6, date: '2024-03-04', confidence: all[3]!.confidence });
    expect(all[3]!.confidence).toBeLessThanOrEqual(0.5);
    expect(await stored(athlete.subjectId)).toEqual(NOTHING);

    // Reading, matching and the duplicate check cost the same for one session as for the file.
    const one = await importOk({ format: 'STRONG_CSV', content: STRONG_ONE_SESSION }, token);
    expect(one.sessions).toHaveLength(1);
    expect(one.statements).toBe(payload.statements);
    // The login session, the request transaction's identity, the mutation's savepoint and its release,
    // the visible catalog, the known fingerprints, the matched exercises (one batch).
    expect(payload.statements).toBe(7);
  });

  it('a real run writes exactly the sessions, sets, import log, records and audit row; a re-import creates nothing', async () => {
    const { athlete, token } = await athleteWithToken();
    const payload = await importOk({ format: 'STRONG_CSV', content: STRONG, dryRun: false }, token);

    expect(payload.created).toEqual({ sessions: 2, sets: 6 });
    // Constant per import (incl. the request transaction's identity and the mutation's savepoint),
    // plus four per touched exercise (lock, read its sets, delete and write its records): 3 exercises here.
    expect(payload.statements).toBe(12 + 4 * 3);
    expect(payload.sessions.map((s) => s.session && [s.session.status, s.session.workoutDate, s.session.slot, s.session.notes, s.session.startedAt, s.session.completedAt])).toEqual([
      ['COMPLETED', '2024-03-04', 1, 'Push A', '2024-03-04T07:41:02.000Z', '2024-03-04T08:46:02.000Z'],
      ['COMPLETED', '2024-03-06', 1, 'Legs', '2024-03-06T18:02:11.000Z', '2024-03-06T18:50:11.000Z'],
    ]);
    expect(payload.importLog).toMatchObject({ source: 'STRONG_CSV', status: 'APPLIED', rawText: STRONG });
    expect(payload.importLog!.parsedRows.map((row) => row.imported)).toEqual([true, true, true, false, true, true, true]);
    const minConfidence = Math.min(...payload.sessions.flatMap((s) => s.sets.map((set) => set.confidence)));
    expect(payload.importLog!.confidence).toBe(Math.floor(minConfidence * 100) / 100);

    const sessions = await rawQuery<{ id: number; import_fingerprint: string; status: string }>(
      em(),
      'select id, import_fingerprint, status from workout_sessions where subject_id = ? order by workout_date',
      [athlete.subjectId],
    );
    expect(sessions.map((s) => s.import_fingerprint)).toEqual(payload.sessions.map((s) => s.fingerprint));
    const sets = await rawQuery<{ session_id: number; name: string; client_id: string; performed_at: Date; set_index: number; is_warmup: boolean; weight: string | null; reps: number | null; rpe: string | null; duration_s: number | null }>(
      em(),
      `select l.session_id, e.name, l.client_id, l.performed_at, l.set_index, l.is_warmup, l.actual_weight_kg as weight, l.actual_reps as reps, l.actual_rpe as rpe, l.duration_s
         from exercise_set_logs l join exercises e on e.id = l.exercise_id where l.subject_id = ? order by l.performed_at`,
      [athlete.subjectId],
    );
    const [push, legs] = payload.sessions;
    expect(sets.map((s) => [s.session_id, s.name, s.set_index, s.is_warmup, s.weight === null ? null : Number(s.weight), s.reps, s.rpe === null ? null : Number(s.rpe), s.duration_s])).toEqual([
      [sessions[0]!.id, 'Barbell Bench Press', 1, true, 40, 10, null, null],
      [sessions[0]!.id, 'Barbell Bench Press', 2, false, 80, 8, 8, null],
      [sessions[0]!.id, 'Barbell Bench Press', 3, false, 82.5, 8, 8.5, null],
      [sessions[1]!.id, 'Barbell Back Squat', 1, false, 100, 5, null, null],
      [sessions[1]!.id, 'Barbell Back Squat', 2, false, 105, 5, null, null],
      [sessions[1]!.id, 'Plank', 1, false, null, null, null, 60],
    ]);
    // The start plus one second per set position (the unmatched fourth set keeps its position).
    expect(sets.map((s) => new Date(s.performed_at).toISOString())).toEqual([
      '2024-03-04T07:41:02.000Z', '2024-03-04T07:41:03.000Z', '2024-03-04T07:41:04.000Z',
      '2024-03-06T18:02:11.000Z', '2024-03-06T18:02:12.000Z', '2024-03-06T18:02:13.000Z',
    ]);
    expect(sets.map((s) => s.client_id)).toEqual([
      importClientId(push!.fingerprint, 0), importClientId(push!.fingerprint, 1), importClientId(push!.fingerprint, 2),
      importClientId(legs!.fingerprint, 0), importClientId(legs!.fingerprint, 1), importClientId(legs!.fingerprint, 2),
    ]);

    const records = await recordsTable(server, athlete.subjectId);
    expect(records).toEqual(await engineRecords(server, athlete.subjectId));
    expect(records.filter((r) => r.kind === 'HEAVIEST_WEIGHT').map((r) => r.value).sort()).toEqual([105, 82.5]);
    expect(await stored(athlete.subjectId)).toEqual({ workout_sessions: 2, exercise_set_logs: 6, import_logs: 1, personal_records: records.length, audit: 1 });

    const again = await importOk({ format: 'STRONG_CSV', content: STRONG, dryRun: false }, token);
    expect(again.created).toEqual({ sessions: 0, sets: 0 });
    expect(again.sessions.map((s) => [s.duplicate, s.session])).toEqual([[true, null], [true, null]]);
    expect(again.importLog!.id).toBe(payload.importLog!.id);
    expect(await stored(athlete.subjectId)).toEqual({ workout_sessions: 2, exercise_set_logs: 6, import_logs: 1, personal_records: records.length, audit: 1 });
    const dry = await importOk({ format: 'STRONG_CSV', content: STRONG }, token);
    expect(dry.sessions.map((s) => s.duplicate)).toEqual([true, true]);
  });

  it('two identical imports fired at once create the sessions once, with one import log', async () => {
    const { athlete, token } = await athleteWithToken();
    const [a, b] = await Promise.all([0, 1].map(() => importOk({ format: 'STRONG_CSV', content: STRONG, dryRun: false }, token)));
    expect([a!.created.sessions, b!.created.sessions].sort()).toEqual([0, 2]);
    expect([a!.created.sets, b!.created.sets].sort()).toEqual([0, 6]);
    expect(a!.importLog!.id).toBe(b!.importLog!.id);
    const loser = a!.created.sessions === 0 ? a! : b!;
    expect(loser.sessions.every((s) => s.duplicate)).toBe(true);
    expect(await stored(athlete.subjectId)).toMatchObject({ workout_sessions: 2, exercise_set_logs: 6, import_logs: 1, audit: 1 });
  });

  it("matches the coach's private exercises for their athlete, and a stranger's import never sees them", async () => {
    const coach = await createTestCoach(server.orm);
    const exercise = await createPrivateExercise(server, coach.user.id);
    const [row] = await rawQuery<{ name: string }>(em(), 'select name from exercises where created_by_id = ? order by id desc limit 1', [coach.user.id]);
    const name = row!.name;
    const csv = `Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2024-05-01 10:00:00,Day,"${name}",1,60,5`;

    const { token } = await athleteWithToken({ coach: coach.user });
    const mine = await importOk({ format: 'STRONG_CSV', content: csv }, token);
    expect(mine.sessions[0]!.sets[0]!.exercise?.id).toBe(exercise);
    expect(mine.unmatchedExercises).toEqual([]);

    const stranger = await athleteWithToken();
    const theirs = await importOk({ format: 'STRONG_CSV', content: csv }, stranger.token);
    expect(theirs.sessions[0]!.sets[0]!.exercise?.id ?? null).not.toBe(exercise);
  });
});

describe('importWorkouts: set types', () => {
  it('keeps Strong\'s warm-up, drop and failure sets as such, in the preview and in the log', async () => {
    const { athlete, token } = await athleteWithToken();
    const csv = [
      'Date,Workout Name,Exercise Name,Set Order,Weight,Reps',
      '2024-05-01 10:00:00,Day,"Bench Press (Barbell)",W,40,10',
      '2024-05-01 10:00:00,Day,"Bench Press (Barbell)",1,80,8',
      '2024-05-01 10:00:00,Day,"Bench Press (Barbell)",D,60,12',
      '2024-05-01 10:00:00,Day,"Bench Press (Barbell)",F,55,9',
    ].join('\n');
    const preview = await server.gql<{ importWorkouts: { sessions: { sets: { isWarmup: boolean; isDropSet: boolean }[] }[] } }>(
      'mutation($input: ImportWorkoutsInput!) { importWorkouts(input: $input) { sessions { sets { isWarmup isDropSet } } } }',
      { input: { format: 'STRONG_CSV', content: csv } },
      token,
    );
    expect(preview.data!.importWorkouts.sessions[0]!.sets).toEqual([
      { isWarmup: true, isDropSet: false },
      { isWarmup: false, isDropSet: false },
      { isWarmup: false, isDropSet: true },
      { isWarmup: false, isDropSet: false },
    ]);
    await importOk({ format: 'STRONG_CSV', content: csv, dryRun: false }, token);
    const sets = await rawQuery<{ is_warmup: boolean; is_drop_set: boolean; to_failure: boolean }>(
      em(),
      'select is_warmup, is_drop_set, to_failure from exercise_set_logs where subject_id = ? order by performed_at',
      [athlete.subjectId],
    );
    expect(sets).toEqual([
      { is_warmup: true, is_drop_set: false, to_failure: false },
      { is_warmup: false, is_drop_set: false, to_failure: false },
      { is_warmup: false, is_drop_set: true, to_failure: false },
      { is_warmup: false, is_drop_set: false, to_failure: true },
    ]);
  });
});

describe('importWorkouts: Hevy CSV and text', () => {
  it('converts Hevy pounds to kilograms and keeps the start and end', async () => {
    const { athlete, token } = await athleteWithToken();
    const payload = await importOk({ format: 'HEVY_CSV', content: HEVY_LBS, dryRun: false }, token);
    const kg = Math.round(225 * KG_PER_LB * 100) / 100;
    expect(kg).toBe(102.06);
    expect(payload.sessions[0]!.sets.map((s) => [s.exercise?.name, s.weightKg, s.reps, s.rpe])).toEqual([
      ['Barbell Back Squat', kg, 5, null],
      ['Barbell Back Squat', kg, 5, 7.5],
    ]);
    expect(payload.sessions[0]!.session).toMatchObject({ notes: 'Leg Day', startedAt: '2024-02-10T10:00:00.000Z', completedAt: '2024-02-10T11:02:30.000Z' });
    const rows = await rawQuery<{ weight: string }>(em(), 'select actual_weight_kg as weight from exercise_set_logs where subject_id = ?', [athlete.subjectId]);
    expect(rows.map((row) => Number(row.weight))).toEqual([kg, kg]);
  });

  it('reads Hevy set types: warm-ups flagged, a failure set stored as to failure, distance and time for cardio', async () => {
    const { athlete, token } = await athleteWithToken();
    const payload = await importOk({ format: 'HEVY_CSV', content: HEVY_KG, dryRun: false }, token);
    expect(payload.created.sessions).toBe(2);
    const rows = await rawQuery<{ is_warmup: boolean; to_failure: boolean; distance_m: string | null; duration_s: number | null }>(
      em(),
      'select is_warmup, to_failure, distance_m, duration_s from exercise_set_logs where subject_id = ? order by performed_at',
      [athlete.subjectId],
    );
    expect(rows[0]).toMatchObject({ is_warmup: true, to_failure: false });
    expect(rows[2]).toMatchObject({ is_warmup: false, to_failure: true });
    expect(rows.at(-1)).toMatchObject({ distance_m: '5200.00', duration_s: 1860 });
  });

  it('imports text for the given day, at noon, in the next free slot of that day', async () => {
    const { athlete, token } = await athleteWithToken();
    const payload = await importOk({ format: 'TEXT', content: 'Bench press 3x8 @ 80kg RPE 8', date: '2025-06-01', dryRun: false }, token);
    expect(payload.sessions).toHaveLength(1);
    expect(payload.sessions[0]).toMatchObject({ date: '2025-06-01', duplicate: false, session: { status: 'COMPLETED', workoutDate: '2025-06-01', slot: 1 } });
    expect(payload.sessions[0]!.sets.map((s) => [s.exercise?.name, s.weightKg, s.reps, s.rpe, s.confidence])).toEqual(Array(3).fill(['Barbell Bench Press', 80, 8, 8, 1]));
    expect(payload.created).toEqual({ sessions: 1, sets: 3 });
    expect(payload.importLog).toMatchObject({ source: 'TEXT', status: 'APPLIED', confidence: 1 });

    const second = await importOk({ format: 'TEXT', content: 'Bench press 5x5 @ 90kg', date: '2025-06-01', dryRun: false }, token);
    expect(second.sessions[0]!.session).toMatchObject({ workoutDate: '2025-06-01', slot: 2 });
    const times = await rawQuery<{ performed_at: Date; set_index: number }>(em(), 'select performed_at, set_index from exercise_set_logs where subject_id = ? order by performed_at', [athlete.subjectId]);
    expect(times.map((t) => [new Date(t.performed_at).toISOString(), t.set_index])).toEqual([
      ['2025-06-01T12:00:00.000Z', 1], ['2025-06-01T12:00:01.000Z', 2], ['2025-06-01T12:00:02.000Z', 3],
      ['2025-06-01T13:00:00.000Z', 1], ['2025-06-01T13:00:01.000Z', 2], ['2025-06-01T13:00:02.000Z', 3], ['2025-06-01T13:00:03.000Z', 4], ['2025-06-01T13:00:04.000Z', 5],
    ]);
    expect(await recordsTable(server, athlete.subjectId)).toEqual(await engineRecords(server, athlete.subjectId));
  });

  it('logs text with nothing readable as FAILED and writes no session', async () => {
    const { athlete, token } = await athleteWithToken();
    const payload = await importOk({ format: 'TEXT', content: 'felt great today, legs sore', dryRun: false }, token);
    expect(payload.sessions).toEqual([]);
    expect(payload.skippedRows).toEqual([{ line: 1, reason: 'no sets, reps, load, time or distance found' }]);
    expect(payload.importLog).toMatchObject({ status: 'FAILED', confidence: null });
    expect(await stored(athlete.subjectId)).toEqual({ ...NOTHING, import_logs: 1, audit: 1 });
  });
});

describe('importWorkouts: who may import', () => {
  it('lets a coach import for an athlete on the roster; a stranger, coach or athlete, gets NOT_FOUND and nothing is stored', async () => {
    const coach = await createTestCoach(server.orm);
    const coachToken = await logInAs(server, coach.email);
    const { athlete } = await athleteWithToken({ coach: coach.user });
    const payload = await importOk({ athleteId: athleteId(athlete.subjectId), format: 'TEXT', content: 'Squat 5x5 100kg', date: '2025-06-02', dryRun: false }, coachToken);
    expect(payload.created).toEqual({ sessions: 1, sets: 5 });
    expect(await stored(athlete.subjectId)).toMatchObject({ workout_sessions: 1, exercise_set_logs: 5, import_logs: 1, audit: 1 });

    const other = await athleteWithToken();
    for (const token of [coachToken, (await athleteWithToken()).token]) {
      const result = await server.gql(IMPORT, { input: { athleteId: athleteId(other.athlete.subjectId), format: 'TEXT', content: 'Squat 5x5 100kg', dryRun: false } }, token);
      expectError(result, 'NOT_FOUND');
    }
    expect(await stored(other.athlete.subjectId)).toEqual(NOTHING);
    expectError(await server.gql(IMPORT, { input: { format: 'TEXT', content: 'Squat 5x5 100kg' } }), 'UNAUTHENTICATED');
  });
});

describe('importWorkouts: validation', () => {
  const hevyHeader = HEVY_LBS;
  const strongHeader = STRONG;
  it.each([
    ['blank content', { format: 'TEXT', content: '  \n ' }, 'content', /content must not be empty/],
    ['content over 2 MB', { format: 'TEXT', content: `Bench 3x8 80kg\n${'x'.repeat(2 * 1024 * 1024)}` }, 'content', /2 MB/],
    ['a Hevy export sent as STRONG_CSV', { format: 'STRONG_CSV', content: hevyHeader }, 'content', /Hevy CSV export.*HEVY_CSV/],
    ['a Strong export sent as HEVY_CSV', { format: 'HEVY_CSV', content: strongHeader }, 'content', /Strong CSV export.*STRONG_CSV/],
    ['a Strong export sent as TEXT', { format: 'TEXT', content: strongHeader }, 'content', /Strong CSV export/],
    ['text sent as STRONG_CSV', { format: 'STRONG_CSV', content: 'Bench press 3x8 @ 80kg' }, 'content', /no Strong or Hevy header/],
    ['a TEXT date after tomorrow', { format: 'TEXT', content: 'Bench 3x8 80kg', date: '2999-01-01' }, 'date', /date must not be after tomorrow/],
    ['a date on a CSV import', { format: 'STRONG_CSV', content: strongHeader, date: '2024-01-01' }, 'date', /TEXT imports only/],
  ])('%s: BAD_USER_INPUT naming the field, nothing stored', async (_what, input, field, message) => {
    const { athlete, token } = await athleteWithToken();
    const result = expectError(await server.gql(IMPORT, { input: { ...input, dryRun: false } }, token), 'BAD_USER_INPUT', field);
    expect(result.errors![0]!.message).toMatch(message);
    expect(await stored(athlete.subjectId)).toEqual(NOTHING);
  });

  it('refuses a day that is not on the calendar, and an unknown format, storing nothing', async () => {
    const { athlete, token } = await athleteWithToken();
    const badDay = expectError(await server.gql(IMPORT, { input: { format: 'TEXT', content: 'Bench 3x8 80kg', date: '2025-02-30', dryRun: false } }, token), 'BAD_USER_INPUT');
    expect(badDay.errors![0]!.message).toMatch(/date/);
    const badFormat = expectError(await server.gql(IMPORT, { input: { format: 'PDF', content: 'Bench 3x8 80kg', dryRun: false } }, token), 'BAD_USER_INPUT');
    expect(badFormat.errors![0]!.message).toMatch(/format/);
    expect(await stored(athlete.subjectId)).toEqual(NOTHING);
  });
});
