/**
 * The tenant-wall registry: at least one attempt on the victim world for every Query, Mutation and
 * Subscription field, every type implementing Node, and every field elsewhere that takes an id (in
 * an argument or inside an input argument). graphql/tenant-walls.api.test.ts enumerates those from
 * the served schema and fails naming any without a case here, so a new field is covered only once
 * someone writes down how a stranger must be refused.
 *
 * Each case is aimed at the victim's rows with input that is otherwise valid (its owner runs the same
 * operation successfully in the test's positive control), so a refusal can only come from the wall.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { TEST_PASSWORD } from './factories.js';
import type { GqlResult, TestServer } from './harness.js';
import { routineRevision, sessionRevision, type VictimWorld } from './tenant-world.js';

export type ActorKind = 'athlete' | 'coach' | 'key' | 'anonymous';

/** Who attempts a case. */
export interface Actor {
  name: string;
  kind: ActorKind;
  email: string | null;
  /** An Athlete this actor may legitimately write (their own or their roster's; the victim for the victim's keys and for anonymous callers). */
  ownAthleteId: string;
  /** A session in progress of that athlete, for attempts that log into one's own session. */
  ownSessionId: string;
}

export interface CaseContext {
  server: TestServer;
  world: VictimWorld;
  actor: Actor;
}

/** What one attempt got back: the parsed answer and the raw body (every message, for a subscription). */
export interface Outcome {
  result: GqlResult<Record<string, unknown>>;
  body: string;
}

type Vars = Record<string, unknown>;

export interface WallCase {
  /** `Query.viewer`, `Mutation.logSet`, `Subscription.sessionProgress`, `Node.Routine`, `Exercise.substitutes`. */
  target: string;
  /** What the attempt tries, when a field has several cases. */
  title?: string;
  document: string;
  variables(ctx: CaseContext): Vars | Promise<Vars>;
  /** Where the victim's data would be in `data` (dotted); null or empty there is "nothing returned". */
  path: string;
  /**
   * How a stranger is refused: `error`, an error whose code is in `codes` (default NOT_FOUND or
   * FORBIDDEN); `hidden`, null or empty (what node() and lookups answer for what you may not see),
   * an error optional; `own`, a self-scoped field: `own` checks the caller got only their own.
   */
  refusal: 'error' | 'hidden' | 'own';
  codes?: string[];
  own?(outcome: Outcome, ctx: CaseContext): void | Promise<void>;
  /**
   * A fresh account of the actor's kind (without a session in progress) runs it: the case ends or
   * changes the caller's account, or the stranger's own session in progress would answer first.
   */
  freshAccount?: boolean;
  /** Who may do it in the victim world (the positive control); none for self-scoped cases. */
  owner?: 'athlete' | 'coach';
  /** More than "no error and something at `path`" for the owner. */
  ownerCheck?(data: Record<string, unknown>, world: VictimWorld): void;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const suffix = () => randomUUID().slice(0, 8);
const STRONG_PASSWORD = 'Another-Strong-Pass-42';

/** Reads a dotted path; undefined as soon as a step is missing. */
export function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Nothing returned: nothing but nulls, empty lists, false and zero all the way down (a connection
 * without edges, or the constant empty answer a field computes when row-level security hid its rows).
 */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

const codesOf = (outcome: Outcome) => (outcome.result.errors ?? []).map((error) => error.extensions?.code);

/** A login-only field: anonymous callers get UNAUTHENTICATED and nothing; logged-in strangers an answer of their own. */
function loggedInOrUnauthenticated(outcome: Outcome, ctx: CaseContext, path: string): void {
  if (ctx.actor.kind === 'anonymous') {
    expect(codesOf(outcome), path).toEqual(['UNAUTHENTICATED']);
    expect(isEmpty(valueAt(outcome.result.data, path)), path).toBe(true);
    return;
  }
  expect(outcome.result.errors, `${path}: ${JSON.stringify(outcome.result.errors)}`).toBeUndefined();
}

const NODE_FIELDS: Record<string, string> = {
  Athlete: 'displayName',
  Benchmark: 'value notes',
  BodyMetric: 'weightKg notes',
  Cycle: 'cycleNumber notes',
  Exercise: 'name cues',
  ExerciseSetLog: 'weightKg notes',
  ImportLog: 'rawText',
  PersonalBest: 'value',
  RecoverySignal: 'sleepHours notes',
  Routine: 'name description',
  RoutineDay: 'title notes',
  RoutineDayExercise: 'notes',
  RoutineExerciseSet: 'targetWeightKg notes',
  SorenessLog: 'soreness notes',
  User: 'email username',
  WorkoutSession: 'notes location',
};
const NODE_TARGETS: Record<string, keyof VictimWorld['ids']> = {
  Athlete: 'athlete',
  Benchmark: 'benchmark',
  BodyMetric: 'bodyMetric',
  Cycle: 'cycle',
  Exercise: 'privateExercise',
  ExerciseSetLog: 'setLog',
  ImportLog: 'importLog',
  PersonalBest: 'personalBest',
  RecoverySignal: 'recoverySignal',
  Routine: 'routine',
  RoutineDay: 'day',
  RoutineDayExercise: 'dayExercise',
  RoutineExerciseSet: 'plannedSet',
  SorenessLog: 'sorenessLog',
  User: 'user',
  WorkoutSession: 'session',
};

const nodeCases: WallCase[] = Object.entries(NODE_TARGETS).map(([type, key]) => ({
  target: `Node.${type}`,
  document: `query ($id: ID!) { node(id: $id) { id ... on ${type} { ${NODE_FIELDS[type]} } } }`,
  variables: ({ world }) => ({ id: world.ids[key] }),
  path: 'node',
  refusal: 'hidden',
  owner: 'athlete',
}));

/** Nearly every list an Athlete has, nested as deep as the plan tree goes. */
const DEEP_ATHLETE = /* GraphQL */ `query ($id: ID!) { node(id: $id) { id ... on Athlete {
  displayName profile { heightCm birthYear sex } equipment { code } movementRules { notes exercise { id name } }
  activeRoutine { id name } nextRoutineDay { id title } currentSession { id notes setLogs { id notes } }
  routines(first: 5, filter: { includeArchived: true }) { edges { node { id name description
    days { id title notes exercises { id notes exercise { id name } progressionRule { style } sets { id notes } } }
    cycles(first: 5) { edges { node { id notes } } } } } }
  cycles(first: 5) { edges { node { id notes } } }
  sessions(first: 5) { edges { node { id notes location setLogs { id notes } } } }
  setLogs(first: 5) { edges { node { id notes } } }
  personalRecords(first: 5) { edges { node { id value } } }
  benchmarks(first: 5) { edges { node { id notes } } } currentBenchmarks { id notes }
  bodyMetrics(first: 5) { edges { node { id notes } } }
  recoverySignals(first: 5) { edges { node { id notes } } }
  sorenessLogs(first: 5) { edges { node { id notes } } }
  imports(first: 5) { edges { node { id rawText } } }
  analytics(weeks: 4) { adherence { week sessionsDone } records(first: 5) { id } readiness { score } }
} } }`;

const DEEP_LISTS = [
  'movementRules',
  'equipment',
  'routines',
  'cycles',
  'sessions',
  'setLogs',
  'personalRecords',
  'benchmarks',
  'currentBenchmarks',
  'bodyMetrics',
  'recoverySignals',
  'sorenessLogs',
  'imports',
];

const VIEWER = /* GraphQL */ `{ viewer { id email username fullName role
  athlete { id displayName routines(first: 20) { edges { node { id name } } } sessions(first: 20) { edges { node { id notes } } } }
  coach { athletes(first: 50) { totalCount edges { node { id displayName } } } pendingInvites { id label } }
  coaches { id coachName } settings { barWeightKg platesKg }
  auditLog(first: 50) { edges { node { id action entityType entityId } } } } }`;

const queryCases: WallCase[] = [
  {
    target: 'Query.viewer',
    document: VIEWER,
    variables: () => ({}),
    path: 'viewer',
    refusal: 'own',
    own: (outcome, { actor }) => {
      const viewer = valueAt(outcome.result.data, 'viewer') as { email: string; coach: { athletes: { edges: { node: { id: string } }[] } } | null } | null;
      if (actor.kind === 'anonymous') return expect(viewer).toBeNull();
      expect(outcome.result.errors).toBeUndefined();
      expect(viewer!.email).toBe(actor.email);
      // A stranger coach's roster is theirs: their one athlete, never the victim.
      if (actor.kind === 'coach') expect(viewer!.coach!.athletes.edges.map((edge) => edge.node.id)).toEqual([actor.ownAthleteId]);
    },
  },
  {
    target: 'Query.node',
    title: 'deep query through node(victim Athlete)',
    document: DEEP_ATHLETE,
    variables: ({ world }) => ({ id: world.ids.athlete }),
    path: 'node',
    refusal: 'hidden',
    owner: 'athlete',
    ownerCheck: (data) => {
      for (const list of DEEP_LISTS) expect(isEmpty(valueAt(data, `node.${list}`)), `the victim's own ${list}`).toBe(false);
    },
  },
  {
    target: 'Query.exercise',
    title: "the victim coach's private exercise by slug",
    document: 'query ($slug: String!) { exercise(slug: $slug) { id name cues aliases } }',
    variables: ({ world }) => ({ slug: world.privateExerciseSlug }),
    path: 'exercise',
    refusal: 'hidden',
    owner: 'athlete',
  },
  {
    target: 'Query.exercises',
    title: "a search that matches only the victim coach's private exercise",
    document: 'query ($search: String!) { exercises(first: 50, filter: { search: $search, includeArchived: true }) { totalCount edges { node { id name cues } } } }',
    variables: ({ world }) => ({ search: world.searchToken }),
    path: 'exercises',
    refusal: 'hidden',
    owner: 'athlete',
  },
  {
    target: 'Query.equipment',
    title: 'the public equipment catalog',
    document: '{ equipment { code name description } }',
    variables: () => ({}),
    path: 'equipment',
    refusal: 'own',
    own: (outcome, { actor }) => {
      if (actor.kind !== 'anonymous') expect((valueAt(outcome.result.data, 'equipment') as unknown[]).length).toBeGreaterThan(0);
    },
  },
  {
    target: 'Query.mySessions',
    document: '{ mySessions(first: 50) { edges { node { id current userAgent } } } }',
    variables: () => ({}),
    path: 'mySessions',
    refusal: 'own',
    own: (outcome, ctx) => loggedInOrUnauthenticated(outcome, ctx, 'mySessions'),
  },
  {
    target: 'Query.apiKeys',
    document: '{ apiKeys(first: 50) { edges { node { id name prefix scopes } } } }',
    variables: () => ({}),
    path: 'apiKeys',
    refusal: 'own',
    own: (outcome, ctx) => loggedInOrUnauthenticated(outcome, ctx, 'apiKeys'),
  },
];

/** Fields outside the root types that take an id: pointed at the victim's rows from a parent the actor may read. */
const nestedCases: WallCase[] = [
  {
    target: 'Exercise.substitutes',
    title: 'substitutes of a catalog exercise for the victim (their equipment and movement rules)',
    document: `query ($athleteId: ID!) { exercise(slug: "barbell-bench-press") { id
      substitutes(athleteId: $athleteId, first: 5) { assumedFullGym substitutes { exercise { id name } reasons } rejected { exercise { id name } reasons } } } }`,
    variables: ({ world }) => ({ athleteId: world.ids.athlete }),
    path: 'exercise.substitutes',
    refusal: 'error',
    owner: 'athlete',
  },
  {
    target: 'Exercise.lastTime',
    title: "the victim's sets of their last finished session with an exercise",
    document: `query ($athleteId: ID!) { exercise(slug: "barbell-bench-press") { id
      lastTime(athleteId: $athleteId) { sessionId workoutDate sets { id weightKg reps isDropSet } } } }`,
    variables: ({ world }) => ({ athleteId: world.ids.athlete }),
    path: 'exercise.lastTime',
    refusal: 'error',
    owner: 'athlete',
  },
  {
    target: 'Athlete.cycles',
    title: "one's own athlete's cycles filtered by the victim's routine",
    document: `query ($id: ID!, $routineId: ID!) { node(id: $id) { ... on Athlete {
      cycles(first: 20, filter: { routineId: $routineId, includeArchived: true }) { edges { node { id notes routine { id name } } } } } } }`,
    variables: ({ world, actor }) => ({ id: actor.ownAthleteId, routineId: world.ids.routine }),
    path: 'node.cycles',
    refusal: 'hidden',
    owner: 'athlete',
  },
  {
    target: 'Athlete.benchmarks',
    title: "one's own athlete's benchmarks filtered by the victim coach's private exercise",
    document: `query ($id: ID!, $exerciseId: ID!) { node(id: $id) { ... on Athlete {
      benchmarks(first: 20, filter: { exerciseId: $exerciseId }) { edges { node { id notes exercise { id name } } } } } } }`,
    variables: ({ world, actor }) => ({ id: actor.ownAthleteId, exerciseId: world.ids.privateExercise }),
    path: 'node.benchmarks',
    refusal: 'hidden',
    owner: 'athlete',
  },
  {
    target: 'Athlete.personalRecords',
    title: "one's own athlete's records filtered by the victim coach's private exercise",
    document: `query ($id: ID!, $exerciseId: ID!) { node(id: $id) { ... on Athlete {
      personalRecords(first: 20, filter: { exerciseId: $exerciseId }) { edges { node { id value exercise { id name } } } } } } }`,
    variables: ({ world, actor }) => ({ id: actor.ownAthleteId, exerciseId: world.ids.privateExercise }),
    path: 'node.personalRecords',
    refusal: 'hidden',
    owner: 'athlete',
  },
  {
    target: 'Athlete.setLogs',
    title: "one's own athlete's set logs filtered by the victim coach's private exercise",
    document: `query ($id: ID!, $exerciseId: ID!) { node(id: $id) { ... on Athlete {
      setLogs(first: 20, filter: { exerciseId: $exerciseId }) { edges { node { id notes exercise { id name } } } } } } }`,
    variables: ({ world, actor }) => ({ id: actor.ownAthleteId, exerciseId: world.ids.privateExercise }),
    path: 'node.setLogs',
    refusal: 'hidden',
    owner: 'athlete',
  },
];

const subscriptionCases: WallCase[] = [
  {
    target: 'Subscription.sessionProgress',
    title: "watching the victim's session in progress",
    document: 'subscription ($id: ID!) { sessionProgress(sessionId: $id) { sessionId setsDone setsPlanned volumeKg status } }',
    variables: ({ world }) => ({ id: world.ids.session }),
    path: 'sessionProgress',
    refusal: 'error',
    owner: 'athlete',
  },
  {
    target: 'Subscription.rosterActivity',
    title: "a live feed that would carry the victim's activity",
    document: 'subscription { rosterActivity { kind athleteId athleteName watchingAthleteIds } }',
    variables: () => ({}),
    path: 'rosterActivity',
    refusal: 'own',
    own: (outcome, { actor, world }) => {
      const codes = codesOf(outcome);
      if (actor.kind === 'anonymous') return expect(codes).toEqual(['UNAUTHENTICATED']);
      if (actor.kind === 'key') return expect(codes).toEqual(['FORBIDDEN']);
      expect(outcome.result.errors).toBeUndefined();
      // The first event says whom the feed carries: the stranger's own athlete, never the victim.
      const first = valueAt(outcome.result.data, 'rosterActivity') as { kind: string; watchingAthleteIds: string[] };
      expect(first.kind).toBe('WATCHING');
      expect(first.watchingAthleteIds).toEqual([actor.ownAthleteId]);
      expect(first.watchingAthleteIds).not.toContain(world.ids.athlete);
    },
    owner: 'coach',
    ownerCheck: (data, world) => expect((valueAt(data, 'rosterActivity') as { watchingAthleteIds: string[] }).watchingAthleteIds).toContain(world.ids.athlete),
  },
];

/** A mutation aimed at the victim's rows: refused with NOT_FOUND or FORBIDDEN, nothing returned. */
function aimed(target: string, document: string, variables: WallCase['variables'], owner: 'athlete' | 'coach' = 'athlete', extra: Partial<WallCase> = {}): WallCase {
  return { target: `Mutation.${target}`, document, variables, path: target, refusal: 'error', owner, ...extra };
}

/** A self-scoped mutation: a stranger may run it, on their own account only. */
function selfScoped(target: string, document: string, variables: WallCase['variables'], own: WallCase['own'], extra: Partial<WallCase> = {}): WallCase {
  return { target: `Mutation.${target}`, document, variables, path: target, refusal: 'own', own, ...extra };
}

/**
 * Ids inside an input that the caller cannot see are refused as input errors naming the field, with
 * the message an id that does not exist gets (the test checks that twin): BAD_USER_INPUT is a refusal
 * here, next to NOT_FOUND and FORBIDDEN.
 */
const CROSS_REFERENCE = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN'];

const input = (fields: (ctx: CaseContext) => Vars | Promise<Vars>) => async (ctx: CaseContext) => ({ input: await fields(ctx) });

/**
 * In the owners' positive-control order: edits before the archive, complete, delete and roster
 * changes that would end them.
 */
const mutationCases: WallCase[] = [
  aimed(
    'acceptCoachInvite',
    'mutation ($input: AcceptCoachInviteInput!) { acceptCoachInvite(input: $input) { joined coach { id coachName } } }',
    input(({ world }) => ({ code: world.acceptedInviteCode })),
    'athlete',
    // The code is the victim's, already used: a stranger athlete is refused with CONFLICT ("used by someone else"), a coach FORBIDDEN.
    { title: 'the invite code the victim used', codes: ['CONFLICT', 'FORBIDDEN'] },
  ),
  aimed(
    'createExercise',
    'mutation ($input: CreateExerciseInput!) { createExercise(input: $input) { exercise { id name relationships { exercise { id name } } } } }',
    input(({ world }) => ({
      name: `Wall probe ${suffix()}`,
      primaryMuscle: 'CHEST',
      movement: 'HORIZONTAL_PUSH',
      mechanics: 'COMPOUND',
      force: 'PUSH',
      equipment: 'DUMBBELL',
      relationships: [{ exerciseId: world.ids.privateExercise, type: 'VARIATION' }],
    })),
    'coach',
    { title: "one's own exercise linked to the victim coach's private exercise", codes: CROSS_REFERENCE },
  ),
  aimed(
    'updateExercise',
    'mutation ($input: UpdateExerciseInput!) { updateExercise(input: $input) { exercise { id name cues } } }',
    input(({ world }) => ({ id: world.ids.privateExercise, cues: 'probe cues' })),
    'coach',
  ),
  aimed(
    'archiveExercise',
    'mutation ($input: ArchiveExerciseInput!) { archiveExercise(input: $input) { exercise { id name isActive } } }',
    input(({ world }) => ({ id: world.ids.archivableExercise })),
    'coach',
  ),
  aimed(
    'createRoutine',
    'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id name } deactivatedRoutines { id name } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, name: `Probe ${suffix()}`, makeActive: true, days: [{ title: 'Probe', isRest: true }] })),
    'athlete',
    { title: 'a routine for the victim' },
  ),
  aimed(
    'createRoutine',
    'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id name days { exercises { exercise { id name } } } } } }',
    input(({ world, actor }) => ({
      athleteId: actor.ownAthleteId,
      name: `Probe ${suffix()}`,
      days: [{ title: 'Probe', exercises: [{ exerciseId: world.ids.privateExercise, sets: [{ targetReps: 5 }] }] }],
    })),
    'athlete',
    { title: "one's own routine with the victim coach's private exercise", codes: CROSS_REFERENCE },
  ),
  aimed(
    'updateRoutine',
    'mutation ($input: UpdateRoutineInput!) { updateRoutine(input: $input) { routine { id name description revision } } }',
    input(async ({ server, world }) => ({ id: world.ids.routine, revision: await routineRevision(server, world.ids.routine), name: `Probe ${suffix()}` })),
  ),
  aimed(
    'duplicateRoutine',
    'mutation ($input: DuplicateRoutineInput!) { duplicateRoutine(input: $input) { routine { id name description days { title exercises { exercise { id name } sets { targetReps } } } } } }',
    input(({ world }) => ({ id: world.ids.routine, clientId: randomUUID() })),
  ),
  aimed(
    'setActiveRoutine',
    'mutation ($input: SetActiveRoutineInput!) { setActiveRoutine(input: $input) { routine { id name isActive } deactivatedRoutines { id name } } }',
    input(({ world }) => ({ id: world.ids.inactiveRoutine })),
  ),
  aimed(
    'startCycle',
    'mutation ($input: StartCycleInput!) { startCycle(input: $input) { cycle { id cycleNumber } endedCycles { id notes } } }',
    input(({ world }) => ({ routineId: world.ids.routine, startedOn: day(7) })),
  ),
  aimed(
    'advanceCycle',
    'mutation ($input: AdvanceCycleInput!) { advanceCycle(input: $input) { cycle { id cycleNumber } isDeload reasons { code message } } }',
    input(({ world }) => ({ routineId: world.ids.inactiveRoutine })),
  ),
  aimed(
    'updateCycle',
    'mutation ($input: UpdateCycleInput!) { updateCycle(input: $input) { cycle { id notes } } }',
    input(({ world }) => ({ id: world.ids.cycle, notes: 'probe notes' })),
  ),
  aimed(
    'archiveCycle',
    'mutation ($input: ArchiveCycleInput!) { archiveCycle(input: $input) { cycle { id notes archivedAt } } }',
    input(({ world }) => ({ id: world.ids.archivableCycle })),
  ),
  aimed(
    'archiveRoutine',
    'mutation ($input: ArchiveRoutineInput!) { archiveRoutine(input: $input) { routine { id name archivedAt } } }',
    input(async ({ server, world }) => ({ id: world.ids.archivableRoutine, revision: await routineRevision(server, world.ids.archivableRoutine) })),
  ),
  aimed(
    'logSet',
    'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id notes } progress { setsDone volumeKg } records { kind valueKg } } }',
    input(({ world }) => ({ clientId: randomUUID(), sessionId: world.ids.session, exerciseId: world.benchExercise, weightKg: 100, reps: 5 })),
    'athlete',
    { title: "a set in the victim's session" },
  ),
  aimed(
    'logSet',
    'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id plannedSetId } } }',
    input(({ world, actor }) => ({ clientId: randomUUID(), sessionId: actor.ownSessionId, exerciseId: world.benchExercise, plannedSetId: world.ids.plannedSet, weightKg: 60, reps: 5 })),
    'athlete',
    { title: "a set in one's own session against the victim's planned set", codes: CROSS_REFERENCE },
  ),
  aimed(
    'correctSetLog',
    'mutation ($input: CorrectSetLogInput!) { correctSetLog(input: $input) { setLog { id notes reps } records { kind value } } }',
    input(({ world }) => ({ id: world.ids.setLog, reps: 6 })),
  ),
  aimed(
    'deleteSetLog',
    'mutation ($input: DeleteSetLogInput!) { deleteSetLog(input: $input) { deletedSetLogId progress { setsDone } records { kind value } } }',
    input(({ world }) => ({ id: world.ids.deletableSetLog })),
  ),
  aimed(
    'updateSession',
    'mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id notes location revision } } }',
    input(async ({ server, world }) => ({ id: world.ids.session, revision: await sessionRevision(server, world.ids.session), notes: 'probe notes' })),
  ),
  aimed(
    'completeSession',
    'mutation ($input: CompleteSessionInput!) { completeSession(input: $input) { session { id notes status } progress { setsDone } } }',
    input(({ world }) => ({ sessionId: world.ids.session })),
  ),
  aimed(
    'startSession',
    'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id status } prescription { cycleNumber } } }',
    input(({ world }) => ({ sessionId: world.ids.plannedToStart })),
    'athlete',
    { title: "the victim's planned session", freshAccount: true },
  ),
  aimed(
    'planSession',
    'mutation ($input: PlanSessionInput!) { planSession(input: $input) { session { id routineDay { id title notes } } } }',
    input(({ world }) => ({ routineDayId: world.secondDay, workoutDate: day(5) })),
    'athlete',
    { title: "one's own session on the victim's routine day", codes: CROSS_REFERENCE },
  ),
  aimed(
    'skipSession',
    'mutation ($input: SkipSessionInput!) { skipSession(input: $input) { session { id status notes } } }',
    input(async ({ server, world }) => ({ id: world.ids.plannedToSkip, revision: await sessionRevision(server, world.ids.plannedToSkip), reason: 'probe' })),
  ),
  aimed(
    'deleteSession',
    'mutation ($input: DeleteSessionInput!) { deleteSession(input: $input) { deletedSessionId } }',
    input(({ world }) => ({ id: world.ids.plannedToDelete })),
  ),
  aimed(
    'recordBenchmark',
    'mutation ($input: RecordBenchmarkInput!) { recordBenchmark(input: $input) { created benchmark { id notes } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, metricType: 'ONE_RM', exerciseId: world.benchExercise, value: 200, establishedOn: day(-3) })),
    'athlete',
    { title: 'a benchmark for the victim' },
  ),
  aimed(
    'recordBenchmark',
    'mutation ($input: RecordBenchmarkInput!) { recordBenchmark(input: $input) { benchmark { id exercise { id name } } } }',
    input(({ world, actor }) => ({ athleteId: actor.ownAthleteId, metricType: 'TRAINING_MAX', exerciseId: world.ids.privateExercise, value: 90, establishedOn: day(-3) })),
    'athlete',
    { title: "one's own benchmark of the victim coach's private exercise", codes: CROSS_REFERENCE },
  ),
  aimed(
    'updateBenchmark',
    'mutation ($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { id value notes } } }',
    input(({ world }) => ({ id: world.ids.benchmark, value: 99 })),
  ),
  aimed('deleteBenchmark', 'mutation ($input: DeleteBenchmarkInput!) { deleteBenchmark(input: $input) { deletedId athlete { id displayName } } }', input(({ world }) => ({ id: world.ids.deletableBenchmark }))),
  aimed(
    'recordBodyMetrics',
    'mutation ($input: RecordBodyMetricsInput!) { recordBodyMetrics(input: $input) { created bodyMetric { id notes } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, measuredOn: day(-5), weightKg: 70 })),
  ),
  aimed(
    'deleteBodyMetrics',
    'mutation ($input: DeleteBodyMetricsInput!) { deleteBodyMetrics(input: $input) { deletedId athlete { id displayName } } }',
    input(({ world }) => ({ id: world.ids.deletableBodyMetric })),
  ),
  aimed(
    'recordRecoverySignal',
    'mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { created recoverySignal { id notes } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, measuredOn: day(-5), sleepHours: 6 })),
    'athlete',
    { title: 'a reading for the victim' },
  ),
  aimed(
    'recordRecoverySignal',
    'mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { recoverySignal { id session { id notes } } } }',
    input(({ world, actor }) => ({ athleteId: actor.ownAthleteId, measuredOn: day(-6), sleepHours: 6, sessionId: world.ids.session })),
    'athlete',
    { title: "one's own reading linked to the victim's session", codes: CROSS_REFERENCE },
  ),
  aimed(
    'deleteRecoverySignal',
    'mutation ($input: DeleteRecoverySignalInput!) { deleteRecoverySignal(input: $input) { deletedId athlete { id displayName } } }',
    input(({ world }) => ({ id: world.ids.deletableRecoverySignal })),
  ),
  aimed(
    'recordSoreness',
    'mutation ($input: RecordSorenessInput!) { recordSoreness(input: $input) { sorenessLogs { id notes } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, loggedOn: day(-5), entries: [{ bodyPart: 'BACK', soreness: 2 }] })),
    'athlete',
    { title: 'soreness for the victim' },
  ),
  aimed(
    'recordSoreness',
    'mutation ($input: RecordSorenessInput!) { recordSoreness(input: $input) { sorenessLogs { id inferredCauseSession { id notes } } } }',
    input(({ world, actor }) => ({ athleteId: actor.ownAthleteId, loggedOn: day(-6), entries: [{ bodyPart: 'BACK', soreness: 2 }], inferredCauseSessionId: world.ids.session })),
    'athlete',
    { title: "one's own soreness blamed on the victim's session", codes: CROSS_REFERENCE },
  ),
  aimed(
    'deleteSorenessLog',
    'mutation ($input: DeleteSorenessLogInput!) { deleteSorenessLog(input: $input) { deletedId athlete { id displayName } } }',
    input(({ world }) => ({ id: world.ids.deletableSorenessLog })),
  ),
  aimed(
    'importWorkouts',
    'mutation ($input: ImportWorkoutsInput!) { importWorkouts(input: $input) { created { sessions sets } importLog { id rawText } sessions { session { id } } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, format: 'TEXT', content: 'Bench press 3x5 @ 60kg', date: day(-40), dryRun: false })),
  ),
  aimed(
    'updateAthleteProfile',
    'mutation ($input: UpdateAthleteProfileInput!) { updateAthleteProfile(input: $input) { profile { heightCm birthYear } athlete { id displayName } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, heightCm: 150 })),
  ),
  aimed(
    'setAthleteEquipment',
    'mutation ($input: SetAthleteEquipmentInput!) { setAthleteEquipment(input: $input) { equipment { code } athlete { id displayName } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, equipmentCodes: ['DUMBBELL'] })),
  ),
  aimed(
    'setMovementRules',
    'mutation ($input: SetMovementRulesInput!) { setMovementRules(input: $input) { rules { ruleType notes } athlete { id displayName } } }',
    input(({ world }) => ({ athleteId: world.ids.athlete, rules: [{ movement: 'SQUAT', ruleType: 'HARD_NO' }] })),
    'athlete',
    { title: "the victim's rules" },
  ),
  aimed(
    'setMovementRules',
    'mutation ($input: SetMovementRulesInput!) { setMovementRules(input: $input) { rules { ruleType exercise { id name } } } }',
    input(({ world, actor }) => ({ athleteId: actor.ownAthleteId, rules: [{ exerciseId: world.ids.privateExercise, ruleType: 'HARD_NO' }] })),
    'athlete',
    { title: "one's own rule on the victim coach's private exercise", codes: CROSS_REFERENCE },
  ),
  aimed('revokeApiKey', 'mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id name prefix } } }', input(({ world }) => ({ id: world.ids.revocableKey }))),
  aimed(
    'revokeSession',
    'mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { revokedSessionId wasCurrent } }',
    input(({ world }) => ({ id: world.ids.secondLoginSession })),
  ),
  aimed(
    'revokeCoachInvite',
    'mutation ($input: RevokeCoachInviteInput!) { revokeCoachInvite(input: $input) { invite { id label status } } }',
    input(({ world }) => ({ id: world.ids.pendingInvite })),
    'coach',
  ),
  aimed('leaveCoach', 'mutation ($input: LeaveCoachInput!) { leaveCoach(input: $input) { leftCoachLinkId } }', input(({ world }) => ({ id: world.ids.linkToSecondCoach }))),
  aimed('removeAthlete', 'mutation ($input: RemoveAthleteInput!) { removeAthlete(input: $input) { removedAthleteId } }', input(({ world }) => ({ athleteId: world.ids.athlete })), 'coach'),

  // Self-scoped: a stranger may run these, and only ever reaches their own account.
  selfScoped(
    'signUp',
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }',
    input(({ world }) => ({ email: world.athlete.email, password: STRONG_PASSWORD, role: 'ATHLETE' })),
    (outcome) => {
      // The victim's e-mail is taken: CONFLICT, no token, no account.
      expect(codesOf(outcome)).toEqual(['CONFLICT']);
      expect(outcome.result.data).toBeNull();
    },
    { title: "an account with the victim's e-mail" },
  ),
  selfScoped(
    'logIn',
    'mutation ($input: LogInInput!) { logIn(input: $input) { token user { id email } } }',
    input(({ world }) => ({ email: world.athlete.email, password: 'not the victim password 42' })),
    (outcome) => {
      // RATE_LIMITED once the e-mail's failure budget is spent by the earlier attempts.
      expect(['UNAUTHENTICATED', 'RATE_LIMITED']).toContain(codesOf(outcome)[0]);
      expect(outcome.result.data).toBeNull();
    },
    { title: "the victim's e-mail with a wrong password" },
  ),
  selfScoped(
    'logOut',
    'mutation { logOut { revokedSessionCount } }',
    () => ({}),
    (outcome, ctx) => {
      // Without a login there is nothing to end: a no-op, as a retry is.
      if (ctx.actor.kind === 'anonymous') return expect(outcome.result.data).toEqual({ logOut: { revokedSessionCount: 0 } });
      expect(outcome.result.errors).toBeUndefined();
      expect(valueAt(outcome.result.data, 'logOut.revokedSessionCount')).toBe(1);
    },
    { freshAccount: true },
  ),
  selfScoped('logOutEverywhere', 'mutation { logOutEverywhere { revokedSessionCount } }', () => ({}), (outcome, ctx) => loggedInOrUnauthenticated(outcome, ctx, 'logOutEverywhere'), {
    freshAccount: true,
  }),
  selfScoped(
    'changePassword',
    'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessionCount user { id email } } }',
    input(() => ({ currentPassword: TEST_PASSWORD, newPassword: STRONG_PASSWORD })),
    (outcome, ctx) => {
      loggedInOrUnauthenticated(outcome, ctx, 'changePassword');
      if (ctx.actor.kind !== 'anonymous') expect(valueAt(outcome.result.data, 'changePassword.user.email')).toBe(ctx.actor.email);
    },
    { freshAccount: true },
  ),
  selfScoped(
    'deleteMyAccount',
    'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { mode anonymousSessionsKept } }',
    input(() => ({ password: TEST_PASSWORD, mode: 'EVERYTHING' })),
    (outcome, ctx) => loggedInOrUnauthenticated(outcome, ctx, 'deleteMyAccount'),
    { freshAccount: true },
  ),
  selfScoped(
    'exportMyData',
    'mutation { exportMyData { format json setLogsCsv setLogCount } }',
    () => ({}),
    (outcome, ctx) => {
      loggedInOrUnauthenticated(outcome, ctx, 'exportMyData');
      if (ctx.actor.kind !== 'anonymous') expect(valueAt(outcome.result.data, 'exportMyData.json')).toContain(ctx.actor.email);
    },
  ),
  selfScoped(
    'updateSettings',
    'mutation ($input: UpdateSettingsInput!) { updateSettings(input: $input) { settings { barWeightKg } user { id email } } }',
    input(() => ({ barWeightKg: 17.5 })),
    (outcome, ctx) => {
      loggedInOrUnauthenticated(outcome, ctx, 'updateSettings');
      if (ctx.actor.kind !== 'anonymous') expect(valueAt(outcome.result.data, 'updateSettings.user.email')).toBe(ctx.actor.email);
    },
  ),
  selfScoped(
    'createApiKey',
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name } } }',
    input(() => ({ clientId: randomUUID(), name: `probe ${suffix()}`, scopes: ['READ'] })),
    (outcome, ctx) => loggedInOrUnauthenticated(outcome, ctx, 'createApiKey'),
  ),
  selfScoped(
    'createCoachInvite',
    'mutation ($input: CreateCoachInviteInput!) { createCoachInvite(input: $input) { code invite { id label } } }',
    input(() => ({ clientId: randomUUID(), label: 'probe' })),
    (outcome, { actor }) => {
      // Coaches invite to their own roster; athletes are refused.
      if (actor.kind === 'anonymous') return expect(codesOf(outcome)).toEqual(['UNAUTHENTICATED']);
      if (actor.kind === 'athlete') return expect(codesOf(outcome)).toEqual(['FORBIDDEN']);
      expect(outcome.result.errors).toBeUndefined();
    },
  ),
];

export const WALL_CASES: readonly WallCase[] = [...queryCases, ...nodeCases, ...nestedCases, ...subscriptionCases, ...mutationCases];
