import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rebuildPersonalRecords } from '../execution/personal-record.service.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { CREATE_ROUTINE, type DayInput, type RoutineView, catalogIds, uniqueName, upperLowerInput } from './planning.test-helpers.js';

let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ids = await catalogIds(server.orm);
});
afterAll(async () => {
  await server?.close();
});

interface DryRunSet {
  setIndex: number;
  isWarmup: boolean;
  targetWeightKg: number | null;
  targetReps: number | null;
  targetRpe: number | null;
  amrap: boolean;
  platesPerSide: number[] | null;
}
interface DryRunExercise {
  exercise: { slug: string };
  cycleNumber: number | null;
  isDeload: boolean;
  sets: DryRunSet[];
  decisions: { setIndex: number | null; code: string; message: string }[];
}
interface DryRunSession {
  index: number;
  dayIndex: number;
  dayTitle: string | null;
  cycleNumber: number;
  isDeload: boolean;
  exercises: DryRunExercise[];
}
interface DryRun {
  startCycleNumber: number;
  barWeightKg: number;
  platesKg: number[];
  sessions: DryRunSession[];
}

const DRY_RUN = `query ($id: ID!, $cycles: Int, $assumption: DryRunAssumption, $missEvery: Int) {
  node(id: $id) { ... on Routine { dryRun(cycles: $cycles, assumption: $assumption, missEvery: $missEvery) {
    startCycleNumber barWeightKg platesKg
    sessions { index dayIndex dayTitle cycleNumber isDeload exercises { exercise { slug } cycleNumber isDeload
      sets { setIndex isWarmup targetWeightKg targetReps targetRpe amrap platesPerSide } decisions { setIndex code message } } } } } } }`;

const UPDATE_SETTINGS = `mutation ($input: UpdateSettingsInput!) { updateSettings(input: $input) { settings { barWeightKg platesKg } } }`;

/** Squat progressing linearly with a deload every 3rd cycle, a rest day, and a lat pulldown without a rule. */
function squatRoutine(): DayInput[] {
  return [
    {
      title: 'Squat day',
      exercises: [
        {
          exerciseId: ids.get('barbell-back-squat')!,
          progressionRule: { style: 'SINGLE_PROGRESSION', incrementKg: 2.5, deloadEveryNCycles: 3, deloadPct: 60 },
          sets: [{ isWarmup: true, targetReps: 8, targetWeightKg: 40 }, ...Array.from({ length: 3 }, () => ({ targetReps: 5, targetWeightKg: 100 }))],
        },
        { exerciseId: ids.get('lat-pulldown')!, sets: [{ targetReps: 10, targetWeightKg: 61 }] },
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

async function routineFor(token: string, subjectId: number, days: DayInput[]): Promise<string> {
  const result = await server.gql<{ createRoutine: { routine: RoutineView } }>(
    CREATE_ROUTINE,
    { input: { athleteId: toGlobalId('Athlete', subjectId), name: uniqueName(), days } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createRoutine.routine.id;
}

async function dryRun(token: string, id: string, variables: Record<string, unknown> = {}) {
  return server.gql<{ node: { dryRun: DryRun } | null }>(DRY_RUN, { id, ...variables }, token);
}

const workSets = (exercise: DryRunExercise) => exercise.sets.filter((set) => !set.isWarmup);
const find = (session: DryRunSession, slug: string) => session.exercises.find((exercise) => exercise.exercise.slug === slug)!;

/** Every barbell load is bar + 2 × its plates per side, exactly. */
function expectLoadable(run: DryRun) {
  for (const session of run.sessions) {
    for (const set of find(session, session.dayIndex === 1 ? 'barbell-back-squat' : 'barbell-bench-press').sets) {
      expect(set.platesPerSide).not.toBeNull();
      for (const plate of set.platesPerSide!) expect(run.platesKg).toContain(plate);
      expect(run.barWeightKg + 2 * set.platesPerSide!.reduce((sum, plate) => sum + plate, 0)).toBeCloseTo(set.targetWeightKg!, 6);
    }
  }
}

describe('Routine.dryRun', () => {
  it('rises by the increment each cycle, deloads exactly every 3rd cycle, and names the rule that fired', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const id = await routineFor(token, athlete.subjectId, squatRoutine());

    const result = await dryRun(token, id, { cycles: 4 });
    expect(result.errors).toBeUndefined();
    const run = result.data!.node!.dryRun;
    expect(run.startCycleNumber).toBe(1);
    expect(run.barWeightKg).toBe(20);
    // Two training days per cycle, the rest day skipped.
    expect(run.sessions.map((s) => [s.index, s.dayIndex, s.dayTitle, s.cycleNumber])).toEqual([
      [1, 1, 'Squat day', 1], [2, 3, 'Bench day', 1], [3, 1, 'Squat day', 2], [4, 3, 'Bench day', 2],
      [5, 1, 'Squat day', 3], [6, 3, 'Bench day', 3], [7, 1, 'Squat day', 4], [8, 3, 'Bench day', 4],
    ]);
    expectLoadable(run);

    const squats = run.sessions.filter((s) => s.dayIndex === 1).map((s) => find(s, 'barbell-back-squat'));
    expect(squats.map((squat) => squat.cycleNumber)).toEqual([1, 2, 3, 4]);
    expect(squats.map((squat) => squat.isDeload)).toEqual([false, false, true, false]);
    expect(run.sessions.map((s) => s.isDeload)).toEqual([false, false, false, false, true, false, false, false]);
    expect(squats.map((squat) => workSets(squat).map((set) => set.targetWeightKg))).toEqual([
      [100, 100, 100],
      [102.5, 102.5, 102.5],
      [62.5, 62.5], // ⌈3 × 60%⌉ = 2 sets at 60% of 105 = 63 kg, rounded to a loadable 62.5
      [105, 105, 105], // the deload's outcome never moves the progression
    ]);
    expect(squats[0]!.sets[0]).toMatchObject({ setIndex: 1, targetWeightKg: 40, targetReps: 8 });
    expect(squats[1]!.sets[1]!.platesPerSide).toEqual([25, 15, 1.25]);

    const codes = (squat: DryRunExercise) => squat.decisions.map((decision) => decision.code);
    expect(codes(squats[0]!)).toContain('PROGRESSION_START');
    expect(codes(squats[1]!)).not.toContain('PROGRESSION_START');
    expect(codes(squats[0]!)).toContain('LINEAR_INCREMENT');
    expect(squats[0]!.decisions.find((d) => d.code === 'LINEAR_INCREMENT')!.message).toContain('+2.5 kg → 102.5 kg');
    const deload = squats[2]!.decisions.find((d) => d.code === 'DELOAD' && d.setIndex === null)!;
    expect(deload.message).toContain('every 3 cycles');
    expect(codes(squats[2]!)).toContain('DELOAD_OUTCOME_IGNORED');
    expect(squats[2]!.decisions.some((d) => d.code === 'ROUNDED' && d.message.includes('62.5'))).toBe(true);

    // No rule: the planned 61 kg, rounded to 60 (pairs of plates without a bar), never a plate list.
    const pulldown = find(run.sessions[0]!, 'lat-pulldown');
    expect(pulldown.cycleNumber).toBeNull();
    expect(pulldown.sets).toEqual([{ setIndex: 1, isWarmup: false, targetWeightKg: 60, targetReps: 10, targetRpe: null, amrap: false, platesPerSide: null }]);
    expect(run.sessions.filter((s) => s.dayIndex === 1).map((s) => find(s, 'lat-pulldown').sets[0]!.targetWeightKg)).toEqual([60, 60, 60, 60]);

    // Double progression climbs reps set by set, then the load.
    const benches = run.sessions.filter((s) => s.dayIndex === 3).map((s) => workSets(find(s, 'barbell-bench-press')).map((set) => `${set.targetWeightKg}x${set.targetReps}`));
    expect(benches[0]).toEqual(['80x6', '80x6', '80x6']);
    expect(benches[1]).toEqual(['80x7', '80x6', '80x6']);
    expect(benches[3]).toEqual(['80x7', '80x7', '80x7']);
  });

  it('keeps an RPE-targeted load steady when every target is hit: the e1RM is read back through the same chart', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const rdl = ids.get('romanian-deadlift')!;
    // History: 120 kg × 8, whose record (Epley 152 kg) is the e1RM the dry run starts from.
    const em = server.orm.em.fork();
    await em.execute(
      `insert into exercise_set_logs (subject_id, exercise_id, client_id, performed_at, set_index, actual_weight_kg, actual_reps)
       select ?, e.id, gen_random_uuid(), now() - interval '2 days', 1, 120, 8 from exercises e where e.slug = 'romanian-deadlift'`,
      [athlete.subjectId],
    );
    await rebuildPersonalRecords(em as never, [athlete.subjectId]);
    const id = await routineFor(token, athlete.subjectId, [
      { title: 'Hinge', exercises: [{ exerciseId: rdl, sets: Array.from({ length: 3 }, () => ({ targetReps: 8, targetRpe: 8 })) }] },
    ]);
    const run = (await dryRun(token, id, { cycles: 6 })).data!.node!.dryRun;
    const loads = run.sessions.map((session) => workSets(find(session, 'romanian-deadlift')).map((set) => set.targetWeightKg));
    expect(loads).toHaveLength(6);
    expect(loads[0]![0]).toBeGreaterThan(100);
    expect(new Set(loads.flat())).toEqual(new Set([loads[0]![0]]));
    expect(find(run.sessions[0]!, 'romanian-deadlift').decisions.map((decision) => decision.code)).toContain('LOAD_FROM_RPE');
  });

  it("rounds with the athlete's own plates: changing them through updateSettings changes the loads", async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const id = await routineFor(token, athlete.subjectId, squatRoutine());
    const saved = await server.gql(UPDATE_SETTINGS, { input: { barWeightKg: 20, platesKg: [20, 10, 5] } }, token);
    expect(saved.errors).toBeUndefined();

    const run = (await dryRun(token, id, { cycles: 3 })).data!.node!.dryRun;
    expect(run.platesKg).toEqual([20, 10, 5]);
    expectLoadable(run);
    const squats = run.sessions.filter((s) => s.dayIndex === 1).map((s) => workSets(find(s, 'barbell-back-squat'))[0]!);
    // Only 10 kg steps now: 102.5 → 100, 63 → 60.
    expect(squats.map((set) => set.targetWeightKg)).toEqual([100, 100, 60]);
    expect(squats[0]!.platesPerSide).toEqual([20, 20]);
  });

  it('misses the last set every nth session: the rule repeats the load, then resets it', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const id = await routineFor(token, athlete.subjectId, squatRoutine().slice(0, 1));
    const run = (await dryRun(token, id, { cycles: 2, assumption: 'MISS_LAST_SET_EVERY_NTH_SESSION', missEvery: 1 })).data!.node!.dryRun;
    const squats = run.sessions.map((s) => find(s, 'barbell-back-squat'));
    expect(squats.map((squat) => workSets(squat)[0]!.targetWeightKg)).toEqual([100, 100]);
    expect(squats[0]!.decisions.map((d) => d.code)).toContain('LINEAR_REPEAT');
  });

  it('is readable by the athlete’s coach and invisible to anyone else', async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const stranger = await createTestAthlete(server.orm);
    const coachToken = await logInAs(server, coach.email);
    const id = await routineFor(coachToken, athlete.subjectId, squatRoutine());

    const byCoach = await dryRun(coachToken, id);
    expect(byCoach.errors).toBeUndefined();
    expect(byCoach.data!.node!.dryRun.sessions).toHaveLength(8);

    const byStranger = await dryRun(await logInAs(server, stranger.email), id);
    expect(byStranger.errors).toBeUndefined();
    expect(byStranger.data!.node).toBeNull();

    const anonymous = await dryRun('', id);
    expect(anonymous.data?.node ?? null).toBeNull();
  });

  it('refuses a horizon outside 1–52 cycles and a missEvery below 1', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const id = toGlobalId('Routine', athlete.routineId);
    for (const [variables, field] of [[{ cycles: 0 }, 'cycles'], [{ cycles: 53 }, 'cycles'], [{ missEvery: 0 }, 'missEvery']] as const) {
      const result = await dryRun(token, id, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await dryRun(token, id, { cycles: 52 })).errors).toBeUndefined();
  });

  it('costs the same statements for a one-day routine and a four-day one, and for one routine and many', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const small = await routineFor(token, athlete.subjectId, [{ title: 'One', exercises: [{ exerciseId: ids.get('barbell-back-squat')!, sets: [{ targetReps: 5, targetWeightKg: 100 }] }] }]);
    const big = await routineFor(token, athlete.subjectId, upperLowerInput(ids));
    const smallRun = await dryRun(token, small);
    const bigRun = await dryRun(token, big);
    expect(bigRun.errors).toBeUndefined();
    expect(bigRun.data!.node!.dryRun.sessions).toHaveLength(16);
    // Its WAVE_LOADING rule has no rep range: the engine cannot run it, so the plan applies and the decision says why.
    const row = find(bigRun.data!.node!.dryRun.sessions[0]!, 'barbell-row');
    expect(row.decisions[0]).toMatchObject({ code: 'PROGRESSION_UNUSED' });
    expect(row.decisions[0]!.message).toContain('WAVE_LOADING needs repRangeMin and repRangeMax');
    expect(smallRun.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(bigRun.extensions?.sqlStatements).toBe(smallRun.extensions?.sqlStatements);

    // Every routine of the athlete dry-run in one query: still the same statements as one.
    const LIST = `query ($id: ID!) { node(id: $id) { ... on Athlete { routines(first: 10) { edges { node { dryRun(cycles: 2) {
      sessions { exercises { exercise { slug } sets { targetWeightKg platesPerSide } decisions { code } } } } } } } } } }`;
    const one = await createTestAthlete(server.orm);
    const oneToken = await logInAs(server, one.email);
    const listOne = await server.gql(LIST, { id: toGlobalId('Athlete', one.subjectId) }, oneToken);
    const listMany = await server.gql<{ node: { routines: { edges: unknown[] } } }>(LIST, { id: toGlobalId('Athlete', athlete.subjectId) }, token);
    expect(listMany.errors).toBeUndefined();
    expect(listMany.data!.node.routines.edges).toHaveLength(3);
    expect(listMany.extensions?.sqlStatements).toBe(listOne.extensions?.sqlStatements);
  });
});
