/**
 * The victim world of the tenant-wall test (graphql/tenant-walls.api.test.ts): an athlete with two
 * coaches and one of every kind of data the API stores for an athlete, built through the API (the
 * factories only for the accounts and the logged history), the strangers who attack it, and what
 * lets the test see a leak or a change: markers and a fingerprint of every row the world owns.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { rawQuery } from '../db/raw-query.js';
import { toGlobalId } from '../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from './factories.js';
import type { TestServer } from './harness.js';

/** Runs an operation that must succeed, failing with its errors otherwise. */
export async function gqlOk<T>(server: TestServer, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token);
  expect(result.errors, `${query.slice(0, 80)}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data!;
}

const sql = <T>(server: TestServer, query: string, params: unknown[] = []) => rawQuery<T>(server.orm.em.fork() as never, query, params);
const today = () => new Date().toISOString().slice(0, 10);
const dayFromToday = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export interface Account {
  email: string;
  userId: number;
  token: string;
}

export interface Stranger extends Account {
  kind: 'athlete' | 'coach';
  /** An Athlete the stranger may read and write: their own, or (a coach) one on their roster. */
  ownAthleteId: string;
  /** The stranger athlete's own session in progress (null for the coach). */
  ownSessionId: string | null;
}

/** What the victim world's rows are, by global id (and the codes and secrets that reach them). */
export interface VictimIds {
  athlete: string;
  user: string;
  routine: string;
  inactiveRoutine: string;
  archivableRoutine: string;
  day: string;
  dayExercise: string;
  plannedSet: string;
  cycle: string;
  archivableCycle: string;
  session: string;
  plannedToStart: string;
  plannedToSkip: string;
  plannedToDelete: string;
  setLog: string;
  deletableSetLog: string;
  personalBest: string;
  benchmark: string;
  deletableBenchmark: string;
  bodyMetric: string;
  deletableBodyMetric: string;
  recoverySignal: string;
  deletableRecoverySignal: string;
  sorenessLog: string;
  deletableSorenessLog: string;
  importLog: string;
  privateExercise: string;
  archivableExercise: string;
  pendingInvite: string;
  linkToSecondCoach: string;
  secondLoginSession: string;
  revocableKey: string;
}

export interface VictimWorld {
  /**
   * In every free text the world stores (notes, names, labels, raw import text): a leak of any of
   * it shows up as this string in a response. Mixed case, so a slug made from a name (lower case)
   * never contains it.
   */
  mark: string;
  /** Only in the private exercise's name: what a catalog search for it sends. */
  searchToken: string;
  subjectId: number;
  /** The victim and both coaches: whose rows the fingerprint covers. */
  userIds: number[];
  athlete: Account;
  /** The victim's second login, whose session revokeSession aims at. */
  secondToken: string;
  coach: Account;
  secondCoach: Account;
  /** Victim API keys, each without one scope (`all` has every scope). */
  keys: { noRead: string; noLogs: string; noPlans: string; all: string };
  ids: VictimIds;
  /** A code the victim used to join their coach's roster. */
  acceptedInviteCode: string;
  privateExerciseSlug: string;
  /** A shipped catalog exercise (barbell bench press): anyone may name it. */
  benchExercise: string;
  /** The routine's second day (planned sessions follow it). */
  secondDay: string;
}

const CREATE_KEY = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }';
const CREATE_INVITE = 'mutation ($input: CreateCoachInviteInput!) { createCoachInvite(input: $input) { code invite { id } } }';
const ACCEPT_INVITE = 'mutation ($input: AcceptCoachInviteInput!) { acceptCoachInvite(input: $input) { coach { id } } }';
const CREATE_EXERCISE = 'mutation ($input: CreateExerciseInput!) { createExercise(input: $input) { exercise { id slug } } }';
const CREATE_ROUTINE = `mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) {
  routine { id days { id exercises { id exercise { id } sets { id } } } } } }`;
const START_CYCLE = 'mutation ($input: StartCycleInput!) { startCycle(input: $input) { cycle { id } } }';
const START_SESSION = 'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id revision } } }';
const PLAN_SESSION = 'mutation ($input: PlanSessionInput!) { planSession(input: $input) { session { id } } }';
const LOG_SET = 'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }';
const UPDATE_SESSION = 'mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }';
const RECORD_BENCHMARK = 'mutation ($input: RecordBenchmarkInput!) { recordBenchmark(input: $input) { benchmark { id } } }';
const RECORD_BODY = 'mutation ($input: RecordBodyMetricsInput!) { recordBodyMetrics(input: $input) { bodyMetric { id } } }';
const RECORD_RECOVERY = 'mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { recoverySignal { id } } }';
const RECORD_SORENESS = 'mutation ($input: RecordSorenessInput!) { recordSoreness(input: $input) { sorenessLogs { id bodyPart } } }';
const IMPORT = 'mutation ($input: ImportWorkoutsInput!) { importWorkouts(input: $input) { importLog { id } } }';
const PROFILE = 'mutation ($input: UpdateAthleteProfileInput!) { updateAthleteProfile(input: $input) { profile { heightCm } } }';
const EQUIPMENT = 'mutation ($input: SetAthleteEquipmentInput!) { setAthleteEquipment(input: $input) { equipment { code } } }';
const RULES = 'mutation ($input: SetMovementRulesInput!) { setMovementRules(input: $input) { rules { ruleType } } }';
const SETTINGS = 'mutation ($input: UpdateSettingsInput!) { updateSettings(input: $input) { settings { saved } } }';
const RECORDS = 'query ($id: ID!) { node(id: $id) { ... on Athlete { personalRecords(first: 1) { edges { node { id } } } } } }';
const MY_SESSIONS = '{ mySessions(first: 10) { edges { node { id current } } } }';

/** Global id of a shipped catalog exercise. */
export async function catalogExercise(server: TestServer, slug: string): Promise<string> {
  const [row] = await sql<{ id: number }>(server, 'select id from exercises where slug = ? and created_by_id is null', [slug]);
  return toGlobalId('Exercise', row!.id);
}

async function coachAccount(server: TestServer): Promise<Account> {
  const coach = await createTestCoach(server.orm);
  return { email: coach.email, userId: coach.user.id, token: await logInAs(server, coach.email) };
}

/**
 * Builds the victim world. Everything the API can store for an athlete is there at least once, plus
 * a spare of each kind a delete, archive or revoke aims at, so every mutation case has a target of
 * its own and the owners' positive control (the same operations run by their owners) can run them all.
 */
export async function buildVictimWorld(server: TestServer): Promise<VictimWorld> {
  const mark = `Vq${randomBytes(5).toString('hex')}`;
  const searchToken = `srch${randomBytes(4).toString('hex')}`;
  const coach = await coachAccount(server);
  const secondCoach = await coachAccount(server);
  const factoryAthlete = await createTestAthlete(server.orm, { historyWeeks: 2 });
  const athlete: Account = { email: factoryAthlete.email, userId: factoryAthlete.userId, token: await logInAs(server, factoryAthlete.email) };
  const secondToken = await logInAs(server, factoryAthlete.email);
  const athleteId = toGlobalId('Athlete', factoryAthlete.subjectId);
  const call = <T>(query: string, input: Record<string, unknown>, token = athlete.token) => gqlOk<T>(server, query, { input }, token);

  // Coaching: the victim joins both rosters through invites; the coach keeps one invite pending.
  type Invite = { createCoachInvite: { code: string; invite: { id: string } } };
  const firstInvite = await call<Invite>(CREATE_INVITE, { clientId: randomUUID(), label: `${mark} for the victim` }, coach.token);
  await call(ACCEPT_INVITE, { code: firstInvite.createCoachInvite.code });
  const secondInvite = await call<Invite>(CREATE_INVITE, { clientId: randomUUID(), label: `${mark} second` }, secondCoach.token);
  const link = await call<{ acceptCoachInvite: { coach: { id: string } } }>(ACCEPT_INVITE, { code: secondInvite.createCoachInvite.code });
  const pending = await call<Invite>(CREATE_INVITE, { clientId: randomUUID(), label: `${mark} pending` }, coach.token);

  // API keys of the victim, each lacking one scope; one more for revokeApiKey to aim at.
  const key = async (scopes: string[]) =>
    (await call<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE_KEY, { clientId: randomUUID(), name: `${mark} key ${scopes.join(' ')}`, scopes })).createApiKey;
  const keys = {
    noRead: (await key(['WRITE_LOGS', 'WRITE_PLANS'])).secret,
    noLogs: (await key(['READ', 'WRITE_PLANS'])).secret,
    noPlans: (await key(['READ', 'WRITE_LOGS'])).secret,
    all: (await key(['READ', 'WRITE_LOGS', 'WRITE_PLANS'])).secret,
  };
  const revocableKey = (await key(['WRITE_LOGS'])).apiKey.id;

  // The coach's private exercises: visible to the coach and their roster only.
  const bench = await catalogExercise(server, 'barbell-bench-press');
  const exercise = async (name: string) =>
    (
      await call<{ createExercise: { exercise: { id: string; slug: string } } }>(
        CREATE_EXERCISE,
        {
          name,
          primaryMuscle: 'QUADS',
          movement: 'SQUAT',
          mechanics: 'COMPOUND',
          force: 'PUSH',
          equipment: 'BARBELL',
          cues: `${mark} cues`,
          isPublic: false,
          aliases: [`${mark} alias`],
          tags: ['tenant-wall'],
          secondaryMuscles: ['GLUTES'],
          equipmentCodes: ['BARBELL'],
          relationships: [{ exerciseId: bench, type: 'VARIATION', notes: `${mark} link` }],
        },
        coach.token,
      )
    ).createExercise.exercise;
  const privateExercise = await exercise(`${mark} ${searchToken} squat`);
  const archivableExercise = await exercise(`${mark} spare squat`);

  // Plans: a routine with notes everywhere and progression rules, two spares, cycles.
  const row = await catalogExercise(server, 'barbell-row');
  const days = [
    {
      title: `${mark} day`,
      notes: `${mark} day notes`,
      exercises: [
        {
          exerciseId: bench,
          notes: `${mark} slot`,
          progressionRule: { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 5, repRangeMax: 8, deloadEveryNCycles: 2 },
          sets: [
            { targetReps: 5, targetWeightKg: 80, notes: `${mark} set` },
            { targetReps: 5, targetWeightKg: 80 },
          ],
        },
        { exerciseId: privateExercise.id, sets: [{ targetReps: 8, targetWeightKg: 60 }] },
      ],
    },
    { title: 'Pull', exercises: [{ exerciseId: row, progressionRule: { style: 'SINGLE_PROGRESSION' }, sets: [{ targetReps: 8, targetWeightKg: 60 }] }] },
  ];
  type Created = { createRoutine: { routine: { id: string; days: { id: string; exercises: { id: string; exercise: { id: string }; sets: { id: string }[] }[] }[] } } };
  const routine = (await call<Created>(CREATE_ROUTINE, { athleteId, name: `${mark} main`, description: `${mark} description`, makeActive: true, days })).createRoutine.routine;
  const inactiveRoutine = (await call<Created>(CREATE_ROUTINE, { athleteId, name: `${mark} spare`, days: [{ title: `${mark} rest`, isRest: true }] }, coach.token)).createRoutine.routine;
  const archivableRoutine = (await call<Created>(CREATE_ROUTINE, { athleteId, name: `${mark} old`, days: [{ title: `${mark} rest`, isRest: true }] })).createRoutine.routine;
  const cycle = (await call<{ startCycle: { cycle: { id: string } } }>(START_CYCLE, { routineId: routine.id, notes: `${mark} cycle` })).startCycle.cycle.id;
  const archivableCycle = (await call<{ startCycle: { cycle: { id: string } } }>(START_CYCLE, { routineId: inactiveRoutine.id, notes: `${mark} cycle` })).startCycle.cycle.id;

  // A session in progress with logged sets (personal records follow), and planned sessions.
  const [day] = routine.days;
  const session = (await call<{ startSession: { session: { id: string; revision: number } } }>(START_SESSION, { routineDayId: day!.id })).startSession.session;
  const logSet = async (exerciseId: string, plannedSetId: string, weightKg: number) =>
    (
      await call<{ logSet: { setLog: { id: string } } }>(LOG_SET, {
        clientId: randomUUID(),
        sessionId: session.id,
        exerciseId,
        plannedSetId,
        weightKg,
        reps: 5,
        rpe: 8,
        notes: `${mark} set notes`,
      })
    ).logSet.setLog.id;
  const setLog = await logSet(bench, day!.exercises[0]!.sets[0]!.id, 150);
  // On the private exercise, so the owner's filters by it (Athlete.setLogs, personalRecords) find something.
  const deletableSetLog = await logSet(privateExercise.id, day!.exercises[1]!.sets[0]!.id, 140);
  await call(UPDATE_SESSION, { id: session.id, revision: await sessionRevision(server, session.id), notes: `${mark} session notes`, location: `${mark} gym` });
  const plan = async (workoutDate: string, slot?: number) =>
    (await call<{ planSession: { session: { id: string } } }>(PLAN_SESSION, { routineDayId: routine.days[1]!.id, workoutDate, slot })).planSession.session.id;
  const plannedToStart = await plan(today(), 2);
  const plannedToSkip = await plan(dayFromToday(1));
  const plannedToDelete = await plan(dayFromToday(2));
  const records = await gqlOk<{ node: { personalRecords: { edges: { node: { id: string } }[] } } }>(server, RECORDS, { id: athleteId }, athlete.token);

  // Health, body, profile, equipment, rules, settings, an import.
  const benchmark = async (metricType: string, exerciseId: string) =>
    (await call<{ recordBenchmark: { benchmark: { id: string } } }>(RECORD_BENCHMARK, { athleteId, metricType, exerciseId, value: 120, establishedOn: today(), notes: `${mark} benchmark` }))
      .recordBenchmark.benchmark.id;
  const body = async (measuredOn: string) =>
    (await call<{ recordBodyMetrics: { bodyMetric: { id: string } } }>(RECORD_BODY, { athleteId, measuredOn, weightKg: 83.4, notes: `${mark} body` })).recordBodyMetrics.bodyMetric.id;
  const recovery = async (measuredOn: string) =>
    (await call<{ recordRecoverySignal: { recoverySignal: { id: string } } }>(RECORD_RECOVERY, { athleteId, measuredOn, sleepHours: 7.5, sessionId: session.id, notes: `${mark} recovery` }))
      .recordRecoverySignal.recoverySignal.id;
  const soreness = await call<{ recordSoreness: { sorenessLogs: { id: string; bodyPart: string }[] } }>(RECORD_SORENESS, {
    athleteId,
    loggedOn: today(),
    entries: [
      { bodyPart: 'QUADS', soreness: 3 },
      { bodyPart: 'CHEST', soreness: 2 },
    ],
    inferredCauseSessionId: session.id,
    notes: `${mark} soreness`,
  });
  const sorenessOf = (part: string) => soreness.recordSoreness.sorenessLogs.find((log) => log.bodyPart === part)!.id;
  const imported = await call<{ importWorkouts: { importLog: { id: string } } }>(IMPORT, {
    athleteId,
    format: 'TEXT',
    content: `Squat 5x5 100kg\n${mark} import`,
    date: dayFromToday(-30),
    dryRun: false,
  });
  await call(PROFILE, { athleteId, heightCm: 181, birthYear: 1990, sex: 'FEMALE', dominantHand: 'LEFT' });
  await call(EQUIPMENT, { athleteId, equipmentCodes: ['BARBELL', 'FLAT_BENCH'] });
  await call(RULES, { athleteId, rules: [{ exerciseId: privateExercise.id, ruleType: 'PREFERRED', notes: `${mark} rule` }, { movement: 'HINGE', ruleType: 'HARD_NO' }] });
  await call(SETTINGS, { barWeightKg: 15, platesKg: [20, 10, 5, 2.5, 1.25], unitSystem: 'IMPERIAL' });

  const logins = await gqlOk<{ mySessions: { edges: { node: { id: string; current: boolean } }[] } }>(server, MY_SESSIONS, {}, secondToken);

  const world: VictimWorld = {
    mark,
    searchToken,
    subjectId: factoryAthlete.subjectId,
    userIds: [athlete.userId, coach.userId, secondCoach.userId],
    athlete,
    secondToken,
    coach,
    secondCoach,
    keys,
    acceptedInviteCode: firstInvite.createCoachInvite.code,
    privateExerciseSlug: privateExercise.slug,
    benchExercise: bench,
    secondDay: routine.days[1]!.id,
    ids: {
      athlete: athleteId,
      user: toGlobalId('User', athlete.userId),
      routine: routine.id,
      inactiveRoutine: inactiveRoutine.id,
      archivableRoutine: archivableRoutine.id,
      day: day!.id,
      dayExercise: day!.exercises[0]!.id,
      // The one nobody logged yet: the owner's control logs it.
      plannedSet: day!.exercises[0]!.sets[1]!.id,
      cycle,
      archivableCycle,
      session: session.id,
      plannedToStart,
      plannedToSkip,
      plannedToDelete,
      setLog,
      deletableSetLog,
      personalBest: records.node.personalRecords.edges[0]!.node.id,
      benchmark: await benchmark('ONE_RM', bench),
      deletableBenchmark: await benchmark('TRAINING_MAX', privateExercise.id),
      bodyMetric: await body(today()),
      deletableBodyMetric: await body(dayFromToday(-1)),
      recoverySignal: await recovery(today()),
      deletableRecoverySignal: await recovery(dayFromToday(-1)),
      sorenessLog: sorenessOf('QUADS'),
      deletableSorenessLog: sorenessOf('CHEST'),
      importLog: imported.importWorkouts.importLog.id,
      privateExercise: privateExercise.id,
      archivableExercise: archivableExercise.id,
      pendingInvite: pending.createCoachInvite.invite.id,
      linkToSecondCoach: link.acceptCoachInvite.coach.id,
      secondLoginSession: logins.mySessions.edges.find((edge) => edge.node.current)!.node.id,
      revocableKey,
    },
  };
  return world;
}

/** The stored revision of a session (revision-guarded cases send the current one, so only the wall can refuse them). */
export async function sessionRevision(server: TestServer, sessionGlobalId: string): Promise<number> {
  const id = Number(Buffer.from(sessionGlobalId, 'base64url').toString('utf8').split(':')[1]);
  const [row] = await sql<{ revision: number }>(server, 'select revision from workout_sessions where id = ?', [id]);
  return row!.revision;
}

export async function routineRevision(server: TestServer, routineGlobalId: string): Promise<number> {
  const id = Number(Buffer.from(routineGlobalId, 'base64url').toString('utf8').split(':')[1]);
  const [row] = await sql<{ revision: number }>(server, 'select revision from routines where id = ?', [id]);
  return row!.revision;
}

/**
 * A stranger athlete (no link to the victim; their own session in progress, for the cases that point
 * their own writes at the victim's rows) or a stranger coach (one athlete of their own on the roster,
 * the victim not).
 */
export async function createStranger(server: TestServer, kind: 'athlete' | 'coach', options: { sessionInProgress?: boolean } = {}): Promise<Stranger> {
  if (kind === 'athlete') {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const ownAthleteId = toGlobalId('Athlete', athlete.subjectId);
    if (options.sessionInProgress === false) return { kind, email: athlete.email, userId: athlete.userId, token, ownAthleteId, ownSessionId: null };
    const started = await gqlOk<{ startSession: { session: { id: string } } }>(server, START_SESSION, { input: { routineDayId: athlete.dayIds[0] } }, token);
    return { kind, email: athlete.email, userId: athlete.userId, token, ownAthleteId, ownSessionId: started.startSession.session.id };
  }
  const coach = await createTestCoach(server.orm);
  const rosterAthlete = await createTestAthlete(server.orm, { coach: coach.user });
  return { kind, email: coach.email, userId: coach.user.id, token: await logInAs(server, coach.email), ownAthleteId: toGlobalId('Athlete', rosterAthlete.subjectId), ownSessionId: null };
}

/** Global ids of every row of the world, by the type the API names them with. */
export async function victimGlobalIds(server: TestServer, world: VictimWorld): Promise<string[]> {
  const subject = world.subjectId;
  const users = world.userIds;
  const byType: [string, string, unknown[]][] = [
    ['Athlete', 'select id from subjects where id = ?', [subject]],
    ['User', 'select id from users where id in (?)', [users]],
    ['Routine', 'select id from routines where subject_id = ?', [subject]],
    ['RoutineDay', 'select d.id from routine_days d join routines r on r.id = d.routine_id where r.subject_id = ?', [subject]],
    [
      'RoutineDayExercise',
      'select x.id from routine_day_exercises x join routine_days d on d.id = x.routine_day_id join routines r on r.id = d.routine_id where r.subject_id = ?',
      [subject],
    ],
    [
      'RoutineExerciseSet',
      `select s.id from routine_exercise_sets s join routine_day_exercises x on x.id = s.routine_day_exercise_id join routine_days d on d.id = x.routine_day_id
         join routines r on r.id = d.routine_id where r.subject_id = ?`,
      [subject],
    ],
    ['Cycle', 'select id from cycles where subject_id = ?', [subject]],
    ['WorkoutSession', 'select id from workout_sessions where subject_id = ?', [subject]],
    ['ExerciseSetLog', 'select id from exercise_set_logs where subject_id = ?', [subject]],
    ['PersonalBest', 'select id from personal_records where subject_id = ?', [subject]],
    ['BodyMetric', 'select id from subject_body_metrics where subject_id = ?', [subject]],
    ['Benchmark', 'select id from benchmarks where subject_id = ?', [subject]],
    ['RecoverySignal', 'select id from recovery_signals where subject_id = ?', [subject]],
    ['SorenessLog', 'select id from soreness_logs where subject_id = ?', [subject]],
    ['ImportLog', 'select id from import_logs where subject_id = ?', [subject]],
    ['Exercise', 'select id from exercises where created_by_id in (?)', [users]],
    ['ApiKey', 'select id from api_keys where user_id in (?)', [users]],
    ['LoginSession', 'select id from auth_sessions where user_id in (?)', [users]],
    ['CoachInvite', 'select id from coach_invites where coach_id in (?)', [users]],
    ['CoachLink', 'select id from coach_athletes where coach_id in (?) or athlete_id in (?)', [users, users]],
  ];
  const ids: string[] = [];
  for (const [type, query, params] of byType) {
    for (const row of await sql<{ id: number }>(server, query, params)) ids.push(toGlobalId(type, row.id));
  }
  return ids;
}

/**
 * One hash per table of every row the world owns: each table with a subject_id column (read from
 * information_schema, so a new table is covered), the routine tree, and the accounts' users, logins,
 * keys, invites, roster links, settings and exercises. `last_used_at` is left out: using a login or
 * key stamps it, and the key attacker uses the victim's own keys.
 */
export async function fingerprint(server: TestServer, world: VictimWorld): Promise<Record<string, string>> {
  const rowsHash = (from: string) => `select md5(coalesce(string_agg(j, ',' order by j), '')) as hash from (select (to_jsonb(t) - 'last_used_at')::text as j from ${from}) rows`;
  const subjectTables = await sql<{ table_name: string }>(
    server,
    `select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = current_schema() and c.column_name = 'subject_id' and t.table_type = 'BASE TABLE' order by 1`,
  );
  const subject = world.subjectId;
  const users = world.userIds;
  const routineIds = 'select id from routines where subject_id = ?';
  const dayIds = `select id from routine_days where routine_id in (${routineIds})`;
  const slotIds = `select id from routine_day_exercises where routine_day_id in (${dayIds})`;
  const exerciseIds = 'select id from exercises where created_by_id in (?)';
  const parts: [string, string, unknown[]][] = [
    ...subjectTables.map(({ table_name: table }): [string, string, unknown[]] => [table, `"${table}" t where subject_id = ?`, [subject]]),
    ['subjects', 'subjects t where id = ?', [subject]],
    ['routine_days', `routine_days t where routine_id in (${routineIds})`, [subject]],
    ['routine_day_exercises', `routine_day_exercises t where routine_day_id in (${dayIds})`, [subject]],
    ['routine_exercise_sets', `routine_exercise_sets t where routine_day_exercise_id in (${slotIds})`, [subject]],
    ['progression_rules', `progression_rules t where routine_day_exercise_id in (${slotIds})`, [subject]],
    ['users', 'users t where id in (?)', [users]],
    ['auth_sessions', 'auth_sessions t where user_id in (?)', [users]],
    ['api_keys', 'api_keys t where user_id in (?)', [users]],
    ['coach_invites', 'coach_invites t where coach_id in (?) or accepted_by_id in (?)', [users, users]],
    ['coach_athletes', 'coach_athletes t where coach_id in (?) or athlete_id in (?)', [users, users]],
    ['user_settings', 'user_settings t where user_id in (?)', [users]],
    ['exercises', 'exercises t where created_by_id in (?)', [users]],
    ['exercise_aliases', `exercise_aliases t where exercise_id in (${exerciseIds})`, [users]],
    ['exercise_relationships', `exercise_relationships t where source_id in (${exerciseIds}) or target_id in (${exerciseIds})`, [users, users]],
    ['exercise_tags', `exercise_tags t where exercise_id in (${exerciseIds})`, [users]],
    ['exercise_equipment', `exercise_equipment t where exercise_id in (${exerciseIds})`, [users]],
    ['exercise_secondary_muscles', `exercise_secondary_muscles t where exercise_id in (${exerciseIds})`, [users]],
  ];
  const hashes: Record<string, string> = {};
  for (const [name, from, params] of parts) {
    const [row] = await sql<{ hash: string }>(server, rowsHash(from), params);
    hashes[name] = row!.hash;
  }
  return hashes;
}

/** The victim's first login still works and still is the victim. */
export async function expectVictimTokenWorks(server: TestServer, world: VictimWorld): Promise<void> {
  const result = await server.gql<{ viewer: { email: string } | null }>('{ viewer { email } }', {}, world.athlete.token);
  expect(result.data?.viewer?.email).toBe(world.athlete.email);
}

