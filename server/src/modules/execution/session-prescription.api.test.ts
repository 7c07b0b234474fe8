import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessReadiness } from '../../engine/readiness.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { CREATE_ROUTINE, type DayInput, type RoutineView, catalogIds, uniqueName } from '../planning/planning.test-helpers.js';

let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ids = await catalogIds(server.orm);
});
afterAll(async () => {
  await server?.close();
});

interface PrescribedSet {
  setIndex: number;
  plannedSetId: string;
  isWarmup: boolean;
  targetWeightKg: number | null;
  targetReps: number | null;
  targetRpe: number | null;
  amrap: boolean;
  platesPerSide: number[] | null;
}
interface Reason {
  setIndex: number | null;
  code: string;
  message: string;
}
interface Prescription {
  cycleNumber: number;
  isDeload: boolean;
  readinessLoadFactor: number;
  exercises: { exercise: { slug: string }; isDeload: boolean; sets: PrescribedSet[]; reasons: Reason[] }[];
}
interface NextTime {
  exercise: { slug: string };
  cycleNumber: number | null;
  isDeload: boolean;
  targets: { setIndex: number; weightKg: number; reps: number; rpe: number | null; amrap: boolean }[];
  reasons: Reason[];
}

const PRESCRIPTION = `cycleNumber isDeload readinessLoadFactor
  exercises { exercise { slug } isDeload sets { setIndex plannedSetId isWarmup targetWeightKg targetReps targetRpe amrap platesPerSide } reasons { setIndex code message } }`;
const START = `mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id status } prescription { ${PRESCRIPTION} } } }`;
const LOG_SET = `mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }`;
const COMPLETE = `mutation ($input: CompleteSessionInput!) { completeSession(input: $input) {
  session { id status } progress { setsDone setsPlanned }
  nextTime { exercise { slug } cycleNumber isDeload targets { setIndex weightKg reps rpe amrap } reasons { setIndex code message } } } }`;
const SESSION_PRESCRIPTION = `query ($id: ID!) { node(id: $id) { ... on WorkoutSession { prescription { ${PRESCRIPTION} } } } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateSettingsInput!) { updateSettings(input: $input) { settings { barWeightKg platesKg } } }`;

const BAR_KG = 15;
const PLATES_KG = [20, 10, 5, 2.5, 1.25];

/** Squat 3×5 @ 100 (linear, +2.5, deload every 3rd cycle) after a warm-up, a lat pulldown without a rule; a rest day; bench 3×6–8 @ 80 (double progression). */
function plan(): DayInput[] {
  return [
    {
      title: 'Squat day',
      exercises: [
        {
          exerciseId: ids.get('barbell-back-squat')!,
          progressionRule: { style: 'SINGLE_PROGRESSION', incrementKg: 2.5, deloadEveryNCycles: 3, deloadPct: 60 },
          sets: [{ isWarmup: true, targetReps: 8, targetWeightKg: 40 }, ...Array.from({ length: 3 }, () => ({ targetReps: 5, targetWeightKg: 100 }))],
        },
        { exerciseId: ids.get('lat-pulldown')!, sets: [{ targetReps: 10, targetWeightKg: 60 }] },
      ],
    },
    { title: 'Rest', isRest: true, exercises: [] },
    {
      title: 'Bench day',
      exercises: [
        {
          exerciseId: ids.get('barbell-bench-press')!,
          progressionRule: { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 6, repRangeMax: 8 },
          sets: Array.from({ length: 3 }, () => ({ targetRepsMin: 6, targetRepsMax: 8, targetWeightKg: 80 })),
        },
      ],
    },
  ];
}

/** A fresh athlete with the plan above (and their own bar and plates), logged in. */
async function athleteWithPlan(options: Parameters<typeof createTestAthlete>[1] = {}) {
  const athlete = await createTestAthlete(server.orm, options);
  const token = await logInAs(server, athlete.email);
  const saved = await server.gql(UPDATE_SETTINGS, { input: { barWeightKg: BAR_KG, platesKg: PLATES_KG } }, token);
  expect(saved.errors).toBeUndefined();
  const created = await server.gql<{ createRoutine: { routine: RoutineView } }>(
    CREATE_ROUTINE,
    { input: { athleteId: toGlobalId('Athlete', athlete.subjectId), name: uniqueName(), days: plan() } },
    token,
  );
  expect(created.errors).toBeUndefined();
  return { athlete, token, routine: created.data!.createRoutine.routine };
}

type Started = { startSession: { session: { id: string; status: string }; prescription: Prescription | null } };

async function start(token: string, routineDayId: string) {
  const started = await server.gql<Started>(START, { input: { routineDayId } }, token);
  expect(started.errors).toBeUndefined();
  return started.data!.startSession;
}

/** Logs every set of the prescription (warm-ups too) at its targets, `reps` changing the work sets' reps when given. */
async function logAll(token: string, sessionId: string, prescription: Prescription, exerciseIds: Map<string, string>, reps?: (set: PrescribedSet, workIndex: number) => number) {
  for (const exercise of prescription.exercises) {
    let workIndex = 0;
    for (const set of exercise.sets) {
      const done = set.isWarmup || !reps ? set.targetReps : reps(set, workIndex++);
      const logged = await server.gql(
        LOG_SET,
        {
          input: {
            clientId: randomUUID(),
            sessionId,
            exerciseId: exerciseIds.get(exercise.exercise.slug)!,
            plannedSetId: set.plannedSetId,
            isWarmup: set.isWarmup,
            weightKg: set.targetWeightKg,
            reps: done,
          },
        },
        token,
      );
      expect(logged.errors).toBeUndefined();
    }
  }
}

type Completed = { completeSession: { session: { status: string }; progress: { setsDone: number; setsPlanned: number }; nextTime: NextTime[] } };

async function complete(token: string, sessionId: string) {
  const done = await server.gql<Completed>(COMPLETE, { input: { sessionId } }, token);
  expect(done.errors).toBeUndefined();
  return done.data!.completeSession;
}

const plates = (set: PrescribedSet) => set.platesPerSide!.reduce((sum, plate) => sum + plate, 0);

describe('startSession.prescription', () => {
  it("prescribes the day as the plan and its progression say, in loads the athlete's bar and plates make", async () => {
    const { token, routine } = await athleteWithPlan();
    const squatDay = routine.days[0]!;
    const started = await start(token, squatDay.id);
    expect(started.session.status).toBe('IN_PROGRESS');
    const prescription = started.prescription!;
    expect(prescription).toMatchObject({ cycleNumber: 1, isDeload: false, readinessLoadFactor: 1 });
    expect(prescription.exercises.map((exercise) => exercise.exercise.slug)).toEqual(['barbell-back-squat', 'lat-pulldown']);

    const [squat, pulldown] = prescription.exercises;
    // Each set names the planned set it is for, in the plan's order.
    expect(squat!.sets.map((set) => set.plannedSetId)).toEqual(squatDay.exercises[0]!.sets.map((set) => set.id));
    expect(pulldown!.sets.map((set) => set.plannedSetId)).toEqual(squatDay.exercises[1]!.sets.map((set) => set.id));
    expect(squat!.sets.map((set) => [set.setIndex, set.isWarmup, set.targetWeightKg, set.targetReps])).toEqual([
      [1, true, 40, 8],
      [2, false, 100, 5],
      [3, false, 100, 5],
      [4, false, 100, 5],
    ]);
    for (const set of squat!.sets) {
      expect(set.platesPerSide!.every((plate) => PLATES_KG.includes(plate))).toBe(true);
      expect(BAR_KG + 2 * plates(set)).toBeCloseTo(set.targetWeightKg!, 6);
    }
    const codes = squat!.reasons.map((reason) => reason.code);
    expect(codes[0]).toBe('PROGRESSION_START');
    expect(squat!.reasons.filter((reason) => reason.code === 'LOAD_FROM_PROGRESSION').map((reason) => reason.setIndex)).toEqual([2, 3, 4]);
    // A prescription assumes no outcome: no progression rule has fired yet.
    expect(codes).not.toContain('LINEAR_INCREMENT');
    // Not a barbell exercise: no plates, a load from the plan.
    expect(pulldown!.sets).toMatchObject([{ setIndex: 1, targetWeightKg: 60, targetReps: 10, platesPerSide: null }]);
    expect(pulldown!.reasons.map((reason) => reason.code)).toEqual(['LOAD_FROM_PLAN']);

    // The session keeps it: refetching gives the same prescription; a retried start too.
    const refetched = await server.gql<{ node: { prescription: Prescription } }>(SESSION_PRESCRIPTION, { id: started.session.id }, token);
    expect(refetched.data!.node.prescription).toEqual(prescription);
    const retried = await start(token, squatDay.id);
    expect(retried).toEqual(started);
  });

  it("follows the progression into a deload cycle: the session's cycle sets the targets", async () => {
    const { token, routine } = await athleteWithPlan();
    const startCycle = `mutation ($input: StartCycleInput!) { startCycle(input: $input) { cycle { cycleNumber } } }`;
    for (const startedOn of ['2026-01-05', '2026-01-12', '2026-01-19']) {
      const result = await server.gql(startCycle, { input: { routineId: routine.id, startedOn } }, token);
      expect(result.errors).toBeUndefined();
    }
    const { prescription } = await start(token, routine.days[0]!.id);
    expect(prescription).toMatchObject({ cycleNumber: 3, isDeload: true });
    const squat = prescription!.exercises[0]!;
    // Cycle 3 deloads: ⌈3 × 60%⌉ = 2 work sets at 60% of 100 kg; the warm-up's planned 40 kg at 60% is 24, loadable as 25.
    expect(squat.sets.map((set) => [set.isWarmup, set.targetWeightKg])).toEqual([[true, 25], [false, 60], [false, 60]]);
    expect(squat.reasons.map((reason) => reason.code)).toContain('DELOAD_SETS_DROPPED');
    for (const set of squat.sets) expect(BAR_KG + 2 * plates(set)).toBeCloseTo(set.targetWeightKg!, 6);
  });

  it("scales today's loads by the athlete's readiness, and on a very poor day drops a work set, saying why", async () => {
    const { athlete, token, routine } = await athleteWithPlan();
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const today = new Date().toISOString().slice(0, 10);
    const recovery = `mutation ($input: RecordRecoverySignalInput!) { recordRecoverySignal(input: $input) { created } }`;
    const soreness = `mutation ($input: RecordSorenessInput!) { recordSoreness(input: $input) { sorenessLogs { id } } }`;
    const slept = await server.gql(recovery, { input: { athleteId, measuredOn: today, sleepHours: 4 } }, token);
    expect(slept.errors).toBeUndefined();
    const sore = [{ bodyPart: 'QUADS', soreness: 5 }, { bodyPart: 'GLUTES', soreness: 5 }, { bodyPart: 'HAMSTRINGS', soreness: 4 }];
    const logged = await server.gql(soreness, { input: { athleteId, loggedOn: today, entries: sore } }, token);
    expect(logged.errors).toBeUndefined();
    const expected = assessReadiness({ sleepHours: 4, soreness: sore.map((entry) => ({ bodyPart: entry.bodyPart, level: entry.soreness })) });
    expect(expected.adjustment.band).toBe('VERY_LOW');

    const withReadiness = START.replace('readinessLoadFactor', 'readinessLoadFactor readiness { score band loadAdjustmentPct dropSets reason }');
    const started = await server.gql<{ startSession: { prescription: Prescription & { readiness: Record<string, unknown> } } }>(withReadiness, { input: { routineDayId: routine.days[0]!.id } }, token);
    expect(started.errors).toBeUndefined();
    const prescription = started.data!.startSession.prescription;
    expect(prescription.readinessLoadFactor).toBe(expected.adjustment.loadFactor);
    expect(prescription.readiness).toEqual({ score: expected.score, band: 'VERY_LOW', loadAdjustmentPct: -20, dropSets: 1, reason: expected.adjustment.reason });
    const squat = prescription.exercises[0]!;
    // 100 kg × 0.8 = 80 kg, loadable on a 15 kg bar; the last of three work sets dropped; the warm-up's 40 × 0.8 = 32 → 32.5.
    expect(squat.sets.map((set) => [set.setIndex, set.isWarmup, set.targetWeightKg])).toEqual([[1, true, 32.5], [2, false, 80], [3, false, 80]]);
    expect(squat.reasons.find((reason) => reason.code === 'READINESS_SETS_DROPPED')!.message).toContain('Set 4 dropped for readiness');
    expect(squat.reasons.filter((reason) => reason.code === 'READINESS').map((reason) => reason.setIndex)).toEqual([1, 2, 3]);
    const pulldown = prescription.exercises[1]!;
    // Not a barbell: 60 × 0.8 = 48 kg, rounded to what pairs of the athlete's plates make (2.5 kg steps).
    expect(pulldown.sets).toMatchObject([{ setIndex: 1, targetWeightKg: 47.5 }]);
  });

  it('is batched: listing sessions with their prescriptions costs the same statements for 1 session and for 5', async () => {
    const athlete = await createTestAthlete(server.orm, { historyWeeks: 2 });
    const token = await logInAs(server, athlete.email);
    const list = `query ($first: Int!) { viewer { athlete { sessions(first: $first) { edges { node { id prescription { ${PRESCRIPTION} } } } } } } }`;
    type Listed = { viewer: { athlete: { sessions: { edges: { node: { id: string; prescription: Prescription | null } }[] } } } };
    const one = await server.gql<Listed>(list, { first: 1 }, token);
    const five = await server.gql<Listed>(list, { first: 5 }, token);
    expect(one.errors).toBeUndefined();
    expect(five.errors).toBeUndefined();
    const sessions = five.data!.viewer.athlete.sessions.edges;
    expect(sessions).toHaveLength(5);
    expect(sessions.every((edge) => edge.node.prescription !== null && edge.node.prescription.exercises.length > 0)).toBe(true);
    expect(five.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // token, the request transaction's identity, user, subject, session page; then the prescriptions:
    // sessions' days, routines, exercises, readiness readings.
    expect(one.extensions?.sqlStatements).toBe(9);
  });

  it('is readable by the athlete and their coach, not by a stranger', async () => {
    const coach = await createTestCoach(server.orm);
    const { token, routine } = await athleteWithPlan({ coach: coach.user });
    const { session } = await start(token, routine.days[0]!.id);
    const byCoach = await server.gql<{ node: { prescription: Prescription } }>(SESSION_PRESCRIPTION, { id: session.id }, await logInAs(server, coach.email));
    expect(byCoach.data!.node.prescription.exercises).toHaveLength(2);
    const stranger = await createTestAthlete(server.orm);
    const byStranger = await server.gql<{ node: unknown }>(SESSION_PRESCRIPTION, { id: session.id }, await logInAs(server, stranger.email));
    expect(byStranger.data!.node).toBeNull();
  });
});

describe('completeSession.nextTime', () => {
  const exerciseIds = () => new Map(['barbell-back-squat', 'lat-pulldown', 'barbell-bench-press'].map((slug) => [slug, ids.get(slug)!]));

  it('raises a linear progression by its increment after every set is logged at target; only slots with a rule appear', async () => {
    const { token, routine } = await athleteWithPlan();
    const { session, prescription } = await start(token, routine.days[0]!.id);
    await logAll(token, session.id, prescription!, exerciseIds());
    const done = await complete(token, session.id);
    expect(done.session.status).toBe('COMPLETED');
    expect(done.nextTime.map((slot) => slot.exercise.slug)).toEqual(['barbell-back-squat']);
    const [squat] = done.nextTime;
    expect(squat).toMatchObject({ cycleNumber: 2, isDeload: false });
    expect(squat!.targets).toEqual([2, 3, 4].map((setIndex) => ({ setIndex, weightKg: 102.5, reps: 5, rpe: null, amrap: false })));
    expect(squat!.reasons.map((reason) => reason.code)).toEqual(['PROGRESSION_START', 'LINEAR_INCREMENT']);
    // A retried completion answers the same.
    expect((await complete(token, session.id)).nextTime).toEqual(done.nextTime);
  });

  it('repeats the load after a missed set', async () => {
    const { token, routine } = await athleteWithPlan();
    const { session, prescription } = await start(token, routine.days[0]!.id);
    await logAll(token, session.id, prescription!, exerciseIds(), (set, workIndex) => (workIndex === 2 ? 3 : set.targetReps!));
    const [squat] = (await complete(token, session.id)).nextTime;
    expect(squat!.targets.map((target) => [target.weightKg, target.reps])).toEqual([[100, 5], [100, 5], [100, 5]]);
    expect(squat!.reasons.map((reason) => reason.code)).toContain('LINEAR_REPEAT');
  });

  it('does not count a drop set after the work sets as a missed set', async () => {
    const { token, routine } = await athleteWithPlan();
    const { session, prescription } = await start(token, routine.days[0]!.id);
    await logAll(token, session.id, prescription!, exerciseIds());
    const drop = await server.gql(LOG_SET, { input: { clientId: randomUUID(), sessionId: session.id, exerciseId: ids.get('barbell-back-squat'), weightKg: 60, reps: 3, isDropSet: true } }, token);
    expect(drop.errors).toBeUndefined();
    const [squat] = (await complete(token, session.id)).nextTime;
    expect(squat!.targets.map((target) => target.weightKg)).toEqual([102.5, 102.5, 102.5]);
    expect(squat!.reasons.map((reason) => reason.code)).toContain('LINEAR_INCREMENT');
  });

  it('does not progress the planned exercise on the sets of a substitute logged against its planned sets', async () => {
    const { token, routine } = await athleteWithPlan();
    const { session, prescription } = await start(token, routine.days[0]!.id);
    // The squats swapped for front squats today, every planned set done (plannedSetId kept).
    const swapped = new Map([...exerciseIds()].map(([slug, id]) => [slug, slug === 'barbell-back-squat' ? ids.get('barbell-front-squat')! : id]));
    await logAll(token, session.id, prescription!, swapped);
    const done = await complete(token, session.id);
    expect(done.session.status).toBe('COMPLETED');
    const [squat] = done.nextTime;
    expect(squat!.exercise.slug).toBe('barbell-back-squat');
    expect(squat!.targets.map((target) => target.weightKg)).toEqual([100, 100, 100]);
    expect(squat!.reasons.map((reason) => reason.code)).not.toContain('LINEAR_INCREMENT');
  });

  it('raises reps before load for a double progression', async () => {
    const { token, routine } = await athleteWithPlan();
    const { session, prescription } = await start(token, routine.days[2]!.id);
    expect(prescription!.exercises[0]!.sets.map((set) => [set.targetWeightKg, set.targetReps])).toEqual([[80, 6], [80, 6], [80, 6]]);
    await logAll(token, session.id, prescription!, exerciseIds());
    const [bench] = (await complete(token, session.id)).nextTime;
    expect(bench!.exercise.slug).toBe('barbell-bench-press');
    expect(bench!.targets.map((target) => [target.setIndex, target.weightKg, target.reps])).toEqual([[1, 80, 7], [2, 80, 6], [3, 80, 6]]);
    expect(bench!.reasons.map((reason) => reason.code)).toContain('DOUBLE_REPS_UP');
  });

  it('raises the load once every set reaches the top of the range, reps back to the bottom', async () => {
    const { token, routine } = await athleteWithPlan();
    const { session, prescription } = await start(token, routine.days[2]!.id);
    await logAll(token, session.id, prescription!, exerciseIds(), () => 8);
    const [bench] = (await complete(token, session.id)).nextTime;
    expect(bench!.targets.map((target) => [target.weightKg, target.reps])).toEqual([[82.5, 6], [82.5, 6], [82.5, 6]]);
    expect(bench!.reasons.map((reason) => reason.code)).toContain('DOUBLE_LOAD_UP');
  });

  it('is stored: the next session continues from it — a miss repeats the load, a hit then raises it — and the finished session keeps its own targets', async () => {
    const { athlete, token, routine } = await athleteWithPlan();
    const squatDay = routine.days[0]!.id;
    const storedStates = () =>
      server.orm.em.fork().execute<{ state: { loadKg: number; consecutiveMisses: number; cycleNumber: number }; session_id: number }[]>(
        'select ps.state, ps.session_id from progression_steps ps where ps.subject_id = ? order by ps.id',
        [athlete.subjectId],
      );
    /** Moves the athlete's sessions a day back per call, so today's slots are free for the next one. */
    const yesterday = () => server.orm.em.fork().execute("update workout_sessions set workout_date = workout_date - 1 where subject_id = ?", [athlete.subjectId]);
    const squatLoads = (p: Prescription) => p.exercises[0]!.sets.filter((set) => !set.isWarmup).map((set) => set.targetWeightKg);

    // Session 1 misses the last rep of the last set.
    const first = await start(token, squatDay);
    await logAll(token, first.session.id, first.prescription!, exerciseIds(), (set, workIndex) => (workIndex === 2 ? 3 : set.targetReps!));
    await complete(token, first.session.id);
    const [afterMiss] = await storedStates();
    expect(afterMiss).toMatchObject({ state: { loadKg: 100, consecutiveMisses: 1, cycleNumber: 2 } });
    // A retried completion moves nothing on.
    await complete(token, first.session.id);
    expect(await storedStates()).toEqual([afterMiss]);

    // Session 2 repeats 100 kg, saying where it continues from; it hits every rep.
    await yesterday();
    const second = await start(token, squatDay);
    expect(squatLoads(second.prescription!)).toEqual([100, 100, 100]);
    const continues = second.prescription!.exercises[0]!.reasons.find((reason) => reason.code === 'PROGRESSION_CONTINUES')!;
    expect(continues.message).toMatch(/^SINGLE_PROGRESSION continues from the session of \d{4}-\d{2}-\d{2}: cycle 2, 100 kg × 5\/5\/5, 1 miss in a row$/);
    await logAll(token, second.session.id, second.prescription!, exerciseIds());
    const [squatNext] = (await complete(token, second.session.id)).nextTime;
    // The hit raises the load to 102.5 kg, and cycle 3 is the rule's deload: next time is 2 sets at 60 %.
    expect(squatNext).toMatchObject({ cycleNumber: 3, isDeload: true });
    expect(squatNext!.targets.map((target) => target.weightKg)).toEqual([62.5, 62.5]);
    expect(squatNext!.reasons.map((reason) => reason.code)).toContain('LINEAR_INCREMENT');

    // Session 3 continues from the 102.5 kg the hit earned; the finished sessions still show the targets they were given.
    await yesterday();
    const third = await start(token, squatDay);
    // Cycle 3 is the rule's deload (every 3rd cycle): 60 % of the new 102.5 kg = 61.5 → 62.5 kg, 2 of 3 sets.
    expect(squatLoads(third.prescription!)).toEqual([62.5, 62.5]);
    expect(third.prescription!.exercises[0]!.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['PROGRESSION_CONTINUES', 'DELOAD']));
    for (const [done, loads] of [[first, [100, 100, 100]], [second, [100, 100, 100]]] as const) {
      const refetched = await server.gql<{ node: { prescription: Prescription } }>(SESSION_PRESCRIPTION, { id: done.session.id }, token);
      expect(squatLoads(refetched.data!.node.prescription)).toEqual(loads);
    }
    // The dry run continues from the stored state too.
    const dry = await server.gql<{ node: { dryRun: { sessions: { exercises: { exercise: { slug: string }; sets: { isWarmup: boolean; targetWeightKg: number }[] }[] }[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Routine { dryRun(cycles: 1) { sessions { exercises { exercise { slug } sets { isWarmup targetWeightKg } } } } } } }`,
      { id: routine.id },
      token,
    );
    const drySquat = dry.data!.node.dryRun.sessions[0]!.exercises.find((exercise) => exercise.exercise.slug === 'barbell-back-squat')!;
    expect(drySquat.sets.filter((set) => !set.isWarmup).map((set) => set.targetWeightKg)).toEqual([62.5, 62.5]);
  });

  it('starts again from the plan once the rule is edited, saying so', async () => {
    const { athlete, token, routine } = await athleteWithPlan();
    const first = await start(token, routine.days[0]!.id);
    await logAll(token, first.session.id, first.prescription!, exerciseIds());
    await complete(token, first.session.id);
    await server.orm.em.fork().execute('update workout_sessions set workout_date = workout_date - 1 where subject_id = ?', [athlete.subjectId]);
    await server.orm.em.fork().execute(
      `update progression_rules set increment_kg = 5 where routine_day_exercise_id in (
         select rde.id from routine_day_exercises rde join routine_days d on d.id = rde.routine_day_id where d.routine_id = (select routine_id from routine_days where id = ?))`,
      [Number(Buffer.from(routine.days[0]!.id, 'base64url').toString('utf8').split(':')[1])],
    );
    const again = await start(token, routine.days[0]!.id);
    const squat = again.prescription!.exercises[0]!;
    expect(squat.sets.filter((set) => !set.isWarmup).map((set) => set.targetWeightKg)).toEqual([100, 100, 100]);
    expect(squat.reasons[0]!.code).toBe('PROGRESSION_START');
    expect(squat.reasons[0]!.message).toMatch(/^the progression rule changed since the last completed session, so it starts again; /);
  });

  it("refuses another athlete's session (NOT_FOUND) and stores nothing", async () => {
    const { token, routine } = await athleteWithPlan();
    const { session } = await start(token, routine.days[0]!.id);
    const stranger = await createTestAthlete(server.orm);
    const refused = await server.gql(COMPLETE, { input: { sessionId: session.id } }, await logInAs(server, stranger.email));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const [row] = await server.orm.em.fork().execute<{ status: string }[]>('select status from workout_sessions where id = ?', [
      Number(Buffer.from(session.id, 'base64url').toString('utf8').split(':')[1]),
    ]);
    expect(row!.status).toBe('IN_PROGRESS');
  });
});
