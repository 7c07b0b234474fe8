/**
 * Fuzz (issue 5): every Mutation field of the schema, fed random and boundary inputs derived from
 * its argument types (test/graphql-arbitraries.ts), never answers an internal error, only answers
 * codes from the closed list, never a 5xx, and never leaves a partial write behind: every
 * application table is fingerprinted before a request, and a request that failed must leave every
 * fingerprint as it was.
 *
 * The mutations are read from the schema, so a new one is fuzzed without touching this file; the
 * hints below only make inputs more often valid (ranges, the id type a field takes), which lets a
 * run get past validation into the services. The test has a database of its own: fingerprints of
 * the shared API database would see the other test files' writes.
 *
 * FUZZ_RUNS=500 for a longer hunt, FUZZ_SEED=<seed> to replay a reported run, FUZZ_STATS=1 for the
 * outcomes per mutation (how deep the runs get), FUZZ_DEBUG=1 for every request and answer.
 */
import 'reflect-metadata';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  buildSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEVY_KG, STRONG_COMMA } from '../engine/__fixtures__/exports.js';
import { rebuildPersonalRecords } from '../modules/execution/personal-record.service.js';
import { issueLoginSession } from '../modules/identity/auth.service.js';
import { User } from '../modules/identity/user.entity.js';
import { migrate } from '../test/database.js';
import { TEST_PASSWORD, createTestAthlete, createTestCoach } from '../test/factories.js';
import { type FieldSite, type IdPool, InputArbitraries, type InputHints } from '../test/graphql-arbitraries.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { parseGlobalId, toGlobalId } from './global-id.js';
import { buildAppSchema } from './schema.js';

/** Runs per mutation: 30 × 49 mutations is ~45 s on a busy 2-core machine. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const ALLOWED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
/** Written by failed requests on purpose (the audit trail, the log-in throttle) or the migrator. */
const UNFINGERPRINTED_TABLES = ['audit_logs', 'login_failures', 'mikro_orm_migrations'];
/** Stamped by the token lookup of any request, failed ones included (at most once a minute): not a write of the mutation. */
const UNFINGERPRINTED_COLUMNS = ['last_used_at'];

const schema = await buildAppSchema();
const MUTATIONS = Object.values(schema.getMutationType()!.getFields());

/** Mutations only a coach may run: fuzzed mostly as the coach, the rest mostly as the athlete. */
const COACH_MUTATIONS = new Set(['createCoachInvite', 'revokeCoachInvite', 'removeAthlete', 'createExercise', 'updateExercise', 'archiveExercise']);

// ---- hints: which object an ID field addresses, and what a plausible value looks like ----------

const ID_TYPE_BY_FIELD: Record<string, string> = {
  sessionId: 'WorkoutSession',
  inferredCauseSessionId: 'WorkoutSession',
  routineId: 'Routine',
  routineDayId: 'RoutineDay',
  exerciseId: 'Exercise',
  athleteId: 'Athlete',
  plannedSetId: 'RoutineExerciseSet',
};
/** `id` of `<Input>`: the object the mutation acts on. */
const ID_TYPE_BY_INPUT: Record<string, string> = {
  CorrectSetLogInput: 'ExerciseSetLog',
  DeleteSetLogInput: 'ExerciseSetLog',
  DeleteBodyMetricsInput: 'BodyMetric',
  LeaveCoachInput: 'CoachLink',
  RevokeSessionInput: 'LoginSession',
  DeleteSessionInput: 'WorkoutSession',
  SkipSessionInput: 'WorkoutSession',
  UpdateSessionInput: 'WorkoutSession',
  SetActiveRoutineInput: 'Routine',
};
const GLOBAL_TYPES = ['ApiKey', 'Athlete', 'Benchmark', 'BodyMetric', 'CoachInvite', 'CoachLink', 'Cycle', 'Exercise', 'ExerciseSetLog', 'ImportLog', 'LoginSession', 'PersonalBest', 'RecoverySignal', 'Routine', 'RoutineDay', 'RoutineDayExercise', 'RoutineExerciseSet', 'SorenessLog', 'User', 'WorkoutSession'];

function idTypeOf({ parent, field }: FieldSite): string | undefined {
  if (field === 'id') {
    // Otherwise the longest object type named in the input's name: ArchiveCycleInput → Cycle.
    return ID_TYPE_BY_INPUT[parent] ?? GLOBAL_TYPES.filter((type) => parent.includes(type)).sort((a, b) => b.length - a.length)[0];
  }
  return ID_TYPE_BY_FIELD[field];
}

const int = (min: number, max: number) => fc.integer({ min, max });
const halves = (min: number, max: number) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const days = (min: number, max: number) => int(min, max).map(isoDay);
const word = fc.stringMatching(/^[a-z]{4,9}$/);
const strongPassword = fc.stringMatching(/^[A-Z][a-z]{7,10}[0-9]{4}$/); // 12+ characters with upper, lower and digit

/** `exercises`: what an exerciseId may plausibly name (shipped ones and the coach's own). */
function plausibleHints(world: World, exercises: readonly string[]): Record<string, () => fc.Arbitrary<unknown>> {
  return {
    reps: () => int(1, 12),
    targetReps: () => int(1, 12),
    targetRepsMin: () => int(3, 6),
    targetRepsMax: () => int(8, 12),
    repRangeMin: () => int(3, 6),
    repRangeMax: () => int(8, 12),
    rir: () => int(0, 4),
    targetRir: () => int(0, 4),
    rpe: () => halves(6, 10),
    targetRpe: () => halves(6, 10),
    weightKg: () => halves(20, 150),
    targetWeightKg: () => halves(20, 150),
    targetPct1rm: () => int(50, 95),
    restSeconds: () => int(30, 300),
    targetRestSeconds: () => int(30, 300),
    durationSeconds: () => int(10, 3600),
    targetDurationSeconds: () => int(10, 3600),
    distanceMeters: () => int(100, 10_000),
    targetDistanceMeters: () => int(100, 10_000),
    avgHeartRate: () => int(100, 170),
    maxHeartRate: () => int(150, 200),
    restingHr: () => int(40, 80),
    heightCm: () => int(150, 200),
    birthYear: () => int(1950, 2005),
    perceivedFatigue: () => int(1, 10),
    bodyweightKg: () => halves(50, 120),
    bodyfatPct: () => int(8, 30),
    soreness: () => int(1, 5),
    slot: () => int(1, 4),
    supersetGroup: () => int(1, 3),
    waveLength: () => int(2, 4),
    deloadEveryNCycles: () => int(3, 6),
    deloadPct: () => int(50, 80),
    incrementKg: () => fc.constantFrom(1.25, 2.5, 5),
    hrvMs: () => int(20, 120),
    sleepHours: () => halves(5, 9),
    sleepScore: () => int(50, 95),
    readiness: () => int(40, 95),
    value: () => int(50, 300),
    barWeightKg: () => fc.constantFrom(15, 20),
    platesKg: () => fc.constant([25, 20, 10, 5, 2.5, 1.25]),
    tempo: () => fc.constantFrom('3-1-X-0', '31X0', '2-0-1-0'),
    targetTempo: () => fc.constantFrom('31X0', '2010', '30X1'),
    exerciseId: () => fc.constantFrom(...exercises),
    isRest: () => fc.constant(false),
    equipmentCodes: () => fc.subarray(world.equipmentCodes, { minLength: 1, maxLength: 4 }),
    'equipmentCodes[]': () => fc.constantFrom(...world.equipmentCodes),
    substitutionGroup: () => fc.constantFrom('single_arm_row', 'fuzz_group'),
    videoUrl: () => fc.constant('https://example.com/videos/1'),
    unit: () => fc.constant(undefined),
    email: () => word.map((local) => `fuzz-${local}-${randomBytes(3).toString('hex')}@test.repwise.dev`),
    password: () => strongPassword,
    newPassword: () => strongPassword,
    username: () => fc.stringMatching(/^fuzz_[a-z0-9]{8}$/),
    name: () => word.map((w) => `Fuzz ${w} ${randomBytes(3).toString('hex')}`),
    scopes: () => fc.subarray(['READ', 'WRITE_LOGS', 'WRITE_PLANS'], { minLength: 1 }),
    workoutDate: () => days(-1, 1),
    startedOn: () => days(-3, 0),
    endedOn: () => days(0, 30),
    startsOn: () => days(0, 7),
    establishedOn: () => days(-60, 0),
    measuredOn: () => days(-60, 0),
    loggedOn: () => days(-60, 0),
    date: () => days(-400, -1),
    expiresAt: () => int(1, 300).map((n) => new Date(Date.now() + n * 86_400_000).toISOString()),
  };
}

// ---- the world: an athlete on a coach's roster, a stranger on another coach's roster ----------

interface Account {
  email: string;
  userId: number;
  subjectId: number | null;
  token: string;
}
interface World {
  athlete: Account;
  coach: Account;
  stranger: Account;
  strangerCoach: Account;
  /** A separate account for logIn's runs: wrong passwords must not lock out the actors. */
  loginTarget: { email: string };
  /** Pending invite codes of the stranger's coach, for acceptCoachInvite. */
  inviteCodes: string[];
  systemExercises: string[];
  equipmentCodes: string[];
  passwordHash: string;
}

type ActorKind = 'athlete' | 'coach' | 'anonymous';

let server: TestServer;
let db: pg.Pool;
let databaseUrl: string;
let world: World;
let dirty = true;
/** The fingerprint after the last request, valid as the next run's "before" until the test itself writes (repair, prepare). */
let lastFingerprint: Map<string, string> | undefined;
let fingerprintSql: string;
let pastDay = 0;
const serverErrors: string[] = [];
const tally = { requests: 0, internalErrors: 0, partialWrites: 0, succeeded: 0, failed: 0 };
const mutationsRun = new Set<string>();
/** Answers per mutation and outcome (`ok` or the first error code); printed with FUZZ_STATS=1 to see how deep the runs reach. */
const outcomes = new Map<string, Map<string, number>>();

async function withAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

/** A day far in the past no other row uses: where sessions are moved or inserted without touching today's slots. */
const uniquePastDay = () => new Date(Date.UTC(1995, 0, 1) + (pastDay += 1) * 86_400_000).toISOString().slice(0, 10);

async function mintToken(userId: number): Promise<string> {
  const em = server.orm.em.fork();
  const { token } = await issueLoginSession(em, em.getReference(User, userId), { ip: null, userAgent: 'mutation-fuzz' });
  await em.flush();
  return token;
}

async function gqlAs<T>(account: Account, document: string, input: Record<string, unknown>): Promise<T> {
  const result = await server.gql<T>(document, { input }, account.token);
  if (!result.data) throw new Error(`world set-up failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function newAthlete(coachUserId: number): Promise<Account> {
  const coach = await server.orm.em.fork().findOneOrFail(User, coachUserId);
  const athlete = await createTestAthlete(server.orm, { coach, historyWeeks: 1 });
  await server.orm.em.fork().transactional((tx) => rebuildPersonalRecords(tx as never, [athlete.subjectId]));
  return { email: athlete.email, userId: athlete.userId, subjectId: athlete.subjectId, token: await mintToken(athlete.userId) };
}

async function newCoach(): Promise<Account> {
  const coach = await createTestCoach(server.orm);
  return { email: coach.email, userId: coach.user.id, subjectId: null, token: await mintToken(coach.user.id) };
}

const INVITE = 'mutation ($input: CreateCoachInviteInput!) { createCoachInvite(input: $input) { code } }';

type WorldCounts = Record<
  'routines' | 'cycles' | 'in_progress' | 'planned' | 'set_logs' | 'benchmarks' | 'body_metrics' | 'recovery' | 'soreness' | 'imports' | 'api_keys' | 'logins' | 'exercises' | 'invites',
  number
>;

/**
 * Puts back what earlier successful runs used up or ended, so every mutation finds something to
 * act on: live tokens and the test password, the roster link, an unarchived routine and cycle, a
 * session in progress, a planned one near today, health rows, keys, logins, invites, exercises.
 * Runs before a run's fingerprint, never between a request and its check.
 */
async function repairWorld(): Promise<void> {
  lastFingerprint = undefined;
  const users = async (ids: number[]) => new Set((await query<{ id: number }>('select id from users where id = any($1)', [ids])).map((row) => row.id));
  // deleteMyAccount succeeded: a new account takes the old one's place (linked below).
  const alive = await users([world.coach.userId, world.athlete.userId]);
  if (!alive.has(world.coach.userId)) world.coach = await newCoach();
  if (!alive.has(world.athlete.userId)) world.athlete = await newAthlete(world.coach.userId);

  await query('delete from login_failures');
  await query('update users set password_hash = $1 where id = any($2) and password_hash <> $1', [world.passwordHash, [world.athlete.userId, world.coach.userId]]);
  for (const account of [world.athlete, world.coach]) {
    const [live] = await query('select 1 from auth_sessions where token_hash = $1 and expires_at > now()', [createHash('sha256').update(account.token).digest('hex')]);
    if (!live) account.token = await mintToken(account.userId);
  }
  await query('insert into coach_athletes (coach_id, athlete_id) select $1, $2 where not exists (select 1 from coach_athletes where coach_id = $1 and athlete_id = $2)', [world.coach.userId, world.athlete.userId]);

  const subjectId = world.athlete.subjectId!;
  const userId = world.athlete.userId;
  const [counts] = await query<WorldCounts>(
    `select
       (select count(*) from routines where subject_id = $1 and archived_at is null)::int as routines,
       (select count(*) from cycles where subject_id = $1 and archived_at is null)::int as cycles,
       (select count(*) from workout_sessions where subject_id = $1 and status = 'IN_PROGRESS')::int as in_progress,
       (select count(*) from workout_sessions where subject_id = $1 and status = 'PLANNED' and workout_date between $3::date - 1 and $3::date + 1)::int as planned,
       (select count(*) from exercise_set_logs where subject_id = $1)::int as set_logs,
       (select count(*) from benchmarks where subject_id = $1)::int as benchmarks,
       (select count(*) from subject_body_metrics where subject_id = $1)::int as body_metrics,
       (select count(*) from recovery_signals where subject_id = $1)::int as recovery,
       (select count(*) from soreness_logs where subject_id = $1)::int as soreness,
       (select count(*) from import_logs where subject_id = $1)::int as imports,
       (select count(*) from api_keys where user_id = $2 and revoked_at is null)::int as api_keys,
       (select count(*) from auth_sessions where user_id = $2)::int as logins,
       (select count(*) from exercises where created_by_id = $4 and is_active)::int as exercises,
       (select count(*) from coach_invites where coach_id = $4 and accepted_at is null and revoked_at is null)::int as invites`,
    [subjectId, userId, isoDay(0), world.coach.userId],
  );
  const c = counts!;
  if (c.routines === 0) await query('update routines set archived_at = null, is_active = true where id = (select max(id) from routines where subject_id = $1)', [subjectId]);
  if (c.cycles === 0) await query('update cycles set archived_at = null where id = (select max(id) from cycles where subject_id = $1)', [subjectId]);
  const [day] = await query<{ id: number }>('select d.id from routine_days d join routines r on r.id = d.routine_id where r.subject_id = $1 and r.archived_at is null order by d.id limit 1', [subjectId]);
  if (c.in_progress === 0) {
    await query("insert into workout_sessions (subject_id, workout_date, slot, status, routine_day_id, started_at) values ($1, $2, 1, 'IN_PROGRESS', $3, now())", [subjectId, uniquePastDay(), day?.id ?? null]);
  }
  if (c.planned === 0) {
    // Today's finished sessions move to a day of their own, freeing today's four slots.
    const today = isoDay(0);
    const [full] = await query<{ n: number }>('select count(*)::int as n from workout_sessions where subject_id = $1 and workout_date = $2', [subjectId, today]);
    if (full!.n >= 4) await query("update workout_sessions set workout_date = $3 where subject_id = $1 and workout_date = $2 and status <> 'PLANNED'", [subjectId, today, uniquePastDay()]);
    await query(
      `insert into workout_sessions (subject_id, workout_date, slot, status, routine_day_id)
       select $1, $2, s, 'PLANNED', $3 from generate_series(1, 4) s
       where s not in (select slot from workout_sessions where subject_id = $1 and workout_date = $2) order by s limit 1`,
      [subjectId, today, day?.id ?? null],
    );
  }
  const athleteGlobalId = toGlobalId('Athlete', subjectId);
  if (c.set_logs < 3) {
    const [session] = await query<{ id: number }>("select id from workout_sessions where subject_id = $1 and status = 'IN_PROGRESS'", [subjectId]);
    for (let i = c.set_logs; i < 3; i += 1) {
      await gqlAs(world.athlete, 'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }', { clientId: randomUUID(), sessionId: toGlobalId('WorkoutSession', session!.id), exerciseId: world.systemExercises[0], weightKg: 60, reps: 5 });
    }
  }
  for (let i = c.benchmarks; i < 2; i += 1) {
    await gqlAs(world.athlete, 'mutation ($input: RecordBenchmarkInput!) { recordBenchmark(input: $input) { benchmark { id } } }', { athleteId: athleteGlobalId, metricType: 'FTP', value: 200 + i, establishedOn: uniquePastDay() });
  }
  for (let i = c.body_metrics; i < 2; i += 1) {
    await gqlAs(world.athlete, 'mutation ($input: RecordBodyMetricsInput!) { recordBodyMetrics(input: $input) { created } }', { athleteId: athleteGlobalId, measuredOn: uniquePastDay(), weightKg: 80 });
  }
  for (let i = c.recovery; i < 2; i += 1) {
    await gqlAs(world.athlete, 'mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { created } }', { athleteId: athleteGlobalId, measuredOn: uniquePastDay(), sleepHours: 7.5, restingHr: 55 });
  }
  for (let i = c.soreness; i < 2; i += 1) {
    await gqlAs(world.athlete, 'mutation ($input: RecordSorenessInput!) { recordSoreness(input: $input) { __typename } }', { athleteId: athleteGlobalId, loggedOn: uniquePastDay(), entries: [{ bodyPart: 'QUADS', soreness: 3 }] });
  }
  if (c.imports === 0) {
    await gqlAs(world.athlete, 'mutation ($input: ImportWorkoutsInput!) { importWorkouts(input: $input) { __typename } }', { format: 'TEXT', content: 'Bench press 3x8 @ 80kg RPE 8', date: uniquePastDay(), dryRun: false });
  }
  for (let i = c.api_keys; i < 2; i += 1) {
    await gqlAs(world.athlete, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { clientId: randomUUID(), name: `fuzz key ${randomBytes(3).toString('hex')}`, scopes: ['READ'] });
  }
  for (let i = c.logins; i < 3; i += 1) await mintToken(userId);
  for (let i = c.exercises; i < 2; i += 1) {
    await gqlAs(world.coach, 'mutation ($input: CreateExerciseInput!) { createExercise(input: $input) { exercise { id } } }', {
      name: `Fuzz press ${randomBytes(3).toString('hex')}`, primaryMuscle: 'CHEST', movement: 'HORIZONTAL_PUSH', mechanics: 'COMPOUND', force: 'PUSH', equipment: 'DUMBBELL',
    });
  }
  for (let i = c.invites; i < 2; i += 1) await gqlAs(world.coach, INVITE, { clientId: randomUUID(), label: 'fuzz' });
  while (world.inviteCodes.length < 2) {
    const created = await gqlAs<{ createCoachInvite: { code: string } }>(world.strangerCoach, INVITE, { clientId: randomUUID() });
    world.inviteCodes.push(created.createCoachInvite.code);
  }
  dirty = false;
}

// ---- id pools -------------------------------------------------------------------------------

/** Every object of these subjects and users, by global type. */
async function idsOwnedBy(subjectIds: number[], userIds: number[]): Promise<Map<string, string[]>> {
  const rows = await query<{ type: string; id: number }>(
    `select 'Athlete' as type, id from subjects where id = any($1)
     union all select 'User', id from users where id = any($2)
     union all select 'Routine', id from routines where subject_id = any($1)
     union all select 'RoutineDay', d.id from routine_days d join routines r on r.id = d.routine_id where r.subject_id = any($1)
     union all select 'RoutineDayExercise', e.id from routine_day_exercises e join routine_days d on d.id = e.routine_day_id join routines r on r.id = d.routine_id where r.subject_id = any($1)
     union all select 'RoutineExerciseSet', s.id from routine_exercise_sets s join routine_day_exercises e on e.id = s.routine_day_exercise_id
       join routine_days d on d.id = e.routine_day_id join routines r on r.id = d.routine_id where r.subject_id = any($1)
     union all select 'Cycle', id from cycles where subject_id = any($1)
     union all select 'WorkoutSession', id from workout_sessions where subject_id = any($1)
     union all select 'ExerciseSetLog', id from exercise_set_logs where subject_id = any($1)
     union all select 'PersonalBest', id from personal_records where subject_id = any($1)
     union all select 'BodyMetric', id from subject_body_metrics where subject_id = any($1)
     union all select 'Benchmark', id from benchmarks where subject_id = any($1)
     union all select 'RecoverySignal', id from recovery_signals where subject_id = any($1)
     union all select 'SorenessLog', id from soreness_logs where subject_id = any($1)
     union all select 'ImportLog', id from import_logs where subject_id = any($1)
     union all select 'ApiKey', id from api_keys where user_id = any($2)
     union all select 'LoginSession', id from auth_sessions where user_id = any($2)
     union all select 'CoachInvite', id from coach_invites where coach_id = any($2)
     union all select 'CoachLink', id from coach_athletes where coach_id = any($2) or athlete_id = any($2)
     union all select 'Exercise', id from exercises where created_by_id = any($2)`,
    [subjectIds, userIds],
  );
  const byType = new Map<string, string[]>();
  for (const row of rows) {
    const list = byType.get(row.type) ?? [];
    list.push(toGlobalId(row.type, row.id));
    byType.set(row.type, list);
  }
  // Newest 40 of a kind are plenty; older history adds nothing but size.
  for (const [type, list] of byType) byType.set(type, list.slice(-40));
  return byType;
}

let pools: { athlete: IdPool; coach: IdPool } | undefined;

async function idPools(): Promise<{ athlete: IdPool; coach: IdPool }> {
  if (pools) return pools;
  const athlete = await idsOwnedBy([world.athlete.subjectId!], [world.athlete.userId]);
  const coach = await idsOwnedBy([world.athlete.subjectId!], [world.coach.userId, world.athlete.userId]);
  const foreign = await idsOwnedBy([world.stranger.subjectId!], [world.stranger.userId, world.strangerCoach.userId]);
  pools = { athlete: { own: athlete, foreign }, coach: { own: coach, foreign } };
  return pools;
}

// ---- fingerprints -----------------------------------------------------------------------------

async function prepareFingerprint(): Promise<void> {
  const tables = await query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> all($1) order by table_name",
    [UNFINGERPRINTED_TABLES],
  );
  const drop = UNFINGERPRINTED_COLUMNS.map((column) => ` - '${column}'`).join('');
  fingerprintSql = tables
    .map(({ table_name: table }) => `select '${table}' as t, count(*)::int as n, md5(coalesce(string_agg(r, E'\\n' order by r), '')) as h from (select (to_jsonb(x)${drop})::text as r from "${table}" x) s`)
    .join('\nunion all ');
}

/** Row count and an md5 of every row's JSON, per application table. */
async function fingerprint(): Promise<Map<string, string>> {
  const rows = await query<{ t: string; n: number; h: string }>(fingerprintSql);
  return new Map(rows.map((row) => [row.t, `${row.n}:${row.h}`]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((table) => before.get(table) !== after.get(table));
}

// ---- operations -------------------------------------------------------------------------------

/** The payload's scalar fields and those of the objects it holds (two levels): enough to run its resolvers. */
function selectionOf(type: GraphQLOutputType, levels: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named)) return '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  const parts = fields.flatMap((field) => {
    if (isLeafType(getNamedType(field.type))) return [field.name];
    if (levels <= 1) return [];
    return [`${field.name} ${selectionOf(field.type, levels - 1)}`];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type, 2)} }`;
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  text: string;
}

async function send(document: string, variables: Record<string, unknown>, token: string | undefined): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // Judged by status alone below.
  }
  return { status: response.status, body, text };
}

// ---- inputs -----------------------------------------------------------------------------------

type Gen = fc.GeneratorValue;

/** The acting athlete's rows a valid input needs at run time (ids change as runs succeed). */
async function athleteRow(sql: string): Promise<number | undefined> {
  const [row] = await query<{ id: number }>(sql, [world.athlete.subjectId]);
  return row?.id;
}

const REVISION_TABLES: Record<string, string> = { Routine: 'routines', WorkoutSession: 'workout_sessions' };

/**
 * What a valid input needs beyond its types: the current password and revision, a session in the
 * right state, an invite code, content in the chosen format. Each applies most of the time, so
 * the same field also goes through with its generated value.
 */
async function makeValid(mutation: string, input: Record<string, unknown>, g: Gen): Promise<void> {
  const often = () => g(fc.double, { min: 0, max: 1, noNaN: true }) < 0.8;
  const currentRevision = async () => {
    const parsed = typeof input.id === 'string' ? parseGlobalId(input.id) : null;
    const table = parsed && REVISION_TABLES[parsed.type];
    if (!table) return;
    const [row] = await query<{ revision: number }>(`select revision from ${table} where id = $1`, [parsed.id]);
    if (row) input.revision = row.revision;
  };
  const session = async (status: string) => {
    const id = await athleteRow(`select id from workout_sessions where subject_id = $1 and status = '${status}' order by id desc limit 1`);
    return id === undefined ? undefined : toGlobalId('WorkoutSession', id);
  };
  if ('revision' in input && often()) await currentRevision();
  switch (mutation) {
    case 'changePassword':
      if (often()) input.currentPassword = TEST_PASSWORD;
      break;
    case 'deleteMyAccount':
      if (often()) input.password = TEST_PASSWORD;
      break;
    case 'logIn':
      if (often()) input.email = world.loginTarget.email;
      if (often()) input.password = TEST_PASSWORD;
      break;
    case 'acceptCoachInvite':
      if (often()) input.code = world.inviteCodes[0];
      break;
    case 'logSet':
    case 'completeSession':
      if (often()) input.sessionId = await session('IN_PROGRESS');
      break;
    case 'skipSession':
    case 'deleteSession':
      if (often()) {
        input.id = await session(g(fc.constantFrom, 'PLANNED', 'PLANNED', 'SKIPPED'));
        if ('revision' in input) await currentRevision();
      }
      break;
    case 'startSession':
      if (often()) {
        if (g(fc.boolean)) {
          delete input.routineDayId;
          input.sessionId = await session('PLANNED');
        } else delete input.sessionId;
      }
      break;
    case 'importWorkouts':
      if (often()) {
        const format = input.format as string;
        input.content = format === 'STRONG_CSV' ? STRONG_COMMA : format === 'HEVY_CSV' ? HEVY_KG : g(fc.constantFrom, 'Bench press 3x8 @ 80kg RPE 8', 'Squat 5x5 100kg\nPlank 3x60s');
      }
      break;
  }
}

/** Before some runs, the state a mutation's success path needs (no session in progress for startSession). */
async function prepare(mutation: string, g: Gen): Promise<void> {
  if (mutation === 'startSession' && g(fc.boolean)) {
    await query("update workout_sessions set status = 'COMPLETED', completed_at = now() where subject_id = $1 and status = 'IN_PROGRESS'", [world.athlete.subjectId]);
    lastFingerprint = undefined;
    dirty = true;
  }
}

function hintsFor(coachPool: IdPool): InputHints {
  const table = plausibleHints(world, [...world.systemExercises, ...(coachPool.own.get('Exercise') ?? [])]);
  return {
    idType: idTypeOf,
    isUuid: ({ field }) => field === 'clientId',
    plausible: ({ field }) => table[field]?.(),
  };
}

/**
 * One run's variables: mostly a plausible input (made valid where types cannot say) with one thing
 * wrong, sometimes the valid input itself, sometimes everything hostile or the wrong JSON shape.
 */
async function variablesFor(field: GraphQLField<unknown, unknown>, arbitraries: InputArbitraries, g: Gen): Promise<Record<string, unknown>> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const site = { parent: field.name, field: arg.name };
    const argType = getNullableType(arg.type);
    let value = g(() => arbitraries.plausible(arg.type, site));
    if (isInputObjectType(argType) && value && typeof value === 'object') {
      value = structuredClone(value); // generated values are shared with fast-check's shrinker
      await makeValid(field.name, value as Record<string, unknown>, g);
    }
    const mode = g(fc.constantFrom, 'valid', 'one-wrong', 'one-wrong', 'one-wrong', 'one-wrong', 'hostile', 'hostile', 'garbage');
    if (mode === 'one-wrong') value = g(() => arbitraries.mutateOne(value, arg.type, site));
    else if (mode === 'hostile') value = g(() => (isInputObjectType(argType) ? arbitraries.hostileObject(argType as GraphQLInputObjectType, 1) : arbitraries.hostile(arg.type, site)));
    else if (mode === 'garbage') value = g(() => arbitraries.hostile(arg.type, site));
    if (value !== undefined) variables[arg.name] = value;
  }
  return variables;
}

function actorArbitrary(mutation: string): fc.Arbitrary<ActorKind> {
  const coachFirst = COACH_MUTATIONS.has(mutation);
  return fc.oneof(
    { arbitrary: fc.constant<ActorKind>('athlete'), weight: coachFirst ? 2 : 7 },
    { arbitrary: fc.constant<ActorKind>('coach'), weight: coachFirst ? 7 : 2 },
    { arbitrary: fc.constant<ActorKind>('anonymous'), weight: 1 },
  );
}

const clip = (text: string, max = 1500) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

// ---- the test ---------------------------------------------------------------------------------

beforeAll(async () => {
  const name = `repwise_test_fuzz_${randomBytes(4).toString('hex')}`;
  await withAdmin(`create database "${name}"`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  await migrate(databaseUrl);
  server = await startTestServer({ databaseUrl, log: (message, error) => serverErrors.push(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error ?? '')}`) });
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const coach = await newCoach();
  const strangerCoach = await newCoach();
  const athlete = await newAthlete(coach.userId);
  const stranger = await newAthlete(strangerCoach.userId);
  const loginTarget = await createTestAthlete(server.orm);
  const [hash] = await query<{ password_hash: string }>('select password_hash from users where id = $1', [athlete.userId]);
  const systemExercises = (
    await query<{ id: number }>("select id from exercises where created_by_id is null and slug in ('barbell-bench-press', 'overhead-press', 'barbell-row', 'barbell-curl', 'barbell-back-squat', 'plank') order by id")
  ).map((row) => toGlobalId('Exercise', row.id));
  const equipmentCodes = (await query<{ code: string }>('select code from equipment order by code limit 12')).map((row) => row.code);
  world = { athlete, coach, stranger, strangerCoach, loginTarget, inviteCodes: [], systemExercises, equipmentCodes, passwordHash: hash!.password_hash };

  // The stranger gets the same kinds of objects as the actors, for "someone else's id" inputs.
  const actors = { athlete: world.athlete, coach: world.coach };
  Object.assign(world, { athlete: stranger, coach: strangerCoach });
  await repairWorld();
  Object.assign(world, actors);
  world.stranger = stranger;
  world.strangerCoach = strangerCoach;
  await repairWorld();
  await prepareFingerprint();
}, 120_000);

afterAll(async () => {
  console.log(
    `mutation fuzz: ${mutationsRun.size} mutations × ${RUNS} runs = ${tally.requests} requests, ${tally.internalErrors} internal errors, ${tally.partialWrites} partial writes` +
      ` (${tally.succeeded} succeeded, ${tally.failed} refused)`,
  );
  if (process.env.FUZZ_STATS) {
    for (const [name, counts] of outcomes) console.log(`${name.padEnd(22)} ${[...counts].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
  }
  await db?.end();
  await server?.close();
  if (databaseUrl) await withAdmin(`drop database if exists "${new URL(databaseUrl).pathname.slice(1)}" with (force)`);
});

describe('mutation fuzz', () => {
  it('fuzzes every mutation the server serves: the same list as the committed schema.graphql', () => {
    const names = MUTATIONS.map((field) => field.name).sort();
    const committed = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
    expect(names).toEqual(Object.keys(committed.getMutationType()!.getFields()).sort());
    expect(names).toEqual(Object.keys(server.app.schema.getMutationType()!.getFields()).sort());
  });

  it('sees a one-row change in an application table, and not the token lookup stamping last_used_at', async () => {
    const before = await fingerprint();
    await query('update auth_sessions set last_used_at = now() - interval \'1 hour\' where user_id = $1', [world.stranger.userId]);
    expect(changedTables(before, await fingerprint())).toEqual([]);
    await query("update subject_body_metrics set notes = coalesce(notes, '') || '.' where id = (select max(id) from subject_body_metrics where subject_id = $1)", [world.stranger.subjectId]);
    expect(changedTables(before, await fingerprint())).toEqual(['subject_body_metrics']);
    expect([...before.keys()]).toEqual(expect.arrayContaining(['users', 'workout_sessions', 'exercise_set_logs', 'routines', 'api_keys']));
    for (const table of UNFINGERPRINTED_TABLES) expect(before.has(table)).toBe(false);
    lastFingerprint = undefined;
  });

  it.each(MUTATIONS.map((field) => field.name))('%s: no internal error, no 5xx, only listed codes, no partial write', async (name) => {
    const field = MUTATIONS.find((candidate) => candidate.name === name)!;
    const document = operationOf(field);
    mutationsRun.add(name);
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        if (dirty) {
          await repairWorld();
          pools = undefined;
        }
        await prepare(name, g);
        // Failed log-ins of earlier runs would lock the test's accounts out (RATE_LIMITED): each run starts unthrottled.
        await query('delete from login_failures');
        const kind = g(() => actorArbitrary(name));
        const pool = await idPools();
        const arbitraries = new InputArbitraries(kind === 'coach' ? pool.coach : pool.athlete, hintsFor(pool.coach));
        const variables = await variablesFor(field, arbitraries, g);
        const token = kind === 'athlete' ? world.athlete.token : kind === 'coach' ? world.coach.token : undefined;

        const before = lastFingerprint ?? (await fingerprint());
        const logged = serverErrors.length;
        const answer = await send(document, variables, token);
        tally.requests += 1;
        const after = await fingerprint();
        lastFingerprint = after;

        const context = () => `${name} as ${kind}\nvariables: ${clip(JSON.stringify(variables))}\nstatus ${answer.status}: ${clip(answer.text)}` + (serverErrors.length > logged ? `\nserver log: ${clip(serverErrors.slice(logged).join('\n'), 4000)}` : '');
        const errors = answer.body?.errors ?? [];
        if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR') || answer.status >= 500) {
          tally.internalErrors += 1;
          throw new Error(`internal error\n${context()}`);
        }
        if (!answer.body) throw new Error(`not a GraphQL answer\n${context()}`);
        const unlisted = errors.filter((error) => !ALLOWED_CODES.has(error.extensions?.code ?? ''));
        if (unlisted.length > 0) throw new Error(`error code outside the closed list: ${unlisted.map((error) => error.extensions?.code).join(', ')}\n${context()}`);

        const succeeded = answer.body.data?.[name] != null;
        if (process.env.FUZZ_DEBUG) console.log(`DEBUG ${name} ${kind} ${clip(JSON.stringify(variables), 600)} => ${clip(answer.text, 400)}`);
        const outcome = succeeded ? 'ok' : (errors[0]?.extensions?.code ?? 'none');
        const counts = outcomes.get(name) ?? new Map<string, number>();
        counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        outcomes.set(name, counts);
        if (succeeded) {
          tally.succeeded += 1;
          if (name === 'acceptCoachInvite') world.inviteCodes = world.inviteCodes.filter((code) => code !== (variables.input as { code?: string }).code);
          dirty = true; // it may have ended the actor's login or account, or used up what later runs need
          return;
        }
        tally.failed += 1;
        const changed = changedTables(before, after);
        if (changed.length > 0) {
          tally.partialWrites += 1;
          throw new Error(`partial write: the request failed but changed ${changed.join(', ')}\n${context()}`);
        }
      }),
      // No shrinking: the server's state moves on with every run, so a replayed smaller input would
      // meet another world. The first failing input is reported as it was sent, with the seed.
      { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, 120_000);
});
