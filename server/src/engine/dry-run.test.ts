import { describe, expect, it } from 'vitest';
import { type DryRunDay, dryRunRoutine } from './dry-run.js';
import { type ProgressionRule, initialProgressionState } from './progression.js';

const nearest2p5 = (kg: number) => Math.round(kg / 2.5) * 2.5;
const squat531: ProgressionRule = { style: 'PERCENT_1RM_WAVE', incrementKg: 5, deloadEveryNCycles: 4, deloadPct: 60 };
const rowDouble: ProgressionRule = { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 8, repRangeMax: 12, deloadPct: 60 };
const benchLinear: ProgressionRule = { style: 'SINGLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 5, repRangeMax: 5, deloadPct: 60, missesBeforeReset: 2 };

/** A demo routine: day 1 squat (5/3/1) and row (3×8–12), day 2 rest, day 3 bench (linear 3×5). */
const demo: DryRunDay[] = [
  {
    dayIndex: 1,
    isRest: false,
    slots: [
      { slotId: 1, exerciseId: 101, name: 'Back squat', plannedSets: [{ setIndex: 1 }, { setIndex: 2 }, { setIndex: 3 }], rule: squat531, state: initialProgressionState(squat531, { loadKg: 140, sets: 3 }) },
      { slotId: 2, exerciseId: 102, name: 'Barbell row', plannedSets: [{ setIndex: 1 }, { setIndex: 2 }, { setIndex: 3 }], rule: rowDouble, state: initialProgressionState(rowDouble, { loadKg: 60, sets: 3 }) },
    ],
  },
  { dayIndex: 2, isRest: true, slots: [] },
  {
    dayIndex: 3,
    isRest: false,
    slots: [{ slotId: 3, exerciseId: 103, name: 'Bench press', plannedSets: [{ setIndex: 1 }, { setIndex: 2 }, { setIndex: 3 }], rule: benchLinear, state: initialProgressionState(benchLinear, { loadKg: 80, sets: 3 }) }],
  },
];

const loadsOf = (result: ReturnType<typeof dryRunRoutine>, slotId: number) =>
  result.sessions.flatMap((session) => session.exercises.filter((exercise) => exercise.slotId === slotId).map((exercise) => exercise.sets.map((set) => set.targetWeightKg)));

describe('dryRunRoutine', () => {
  it('simulates 5 cycles of a demo routine with every target hit, each decision with its rule and reason', () => {
    const result = dryRunRoutine({ days: demo, horizon: { cycles: 5 }, assumption: { kind: 'ALL_TARGETS_HIT' }, prescription: { readinessLoadFactor: 1, roundLoadKg: nearest2p5 } });
    expect(result.sessions.map((session) => [session.sessionNumber, session.dayIndex, session.pass])).toEqual([
      [1, 1, 1],
      [2, 3, 1],
      [3, 1, 2],
      [4, 3, 2],
      [5, 1, 3],
      [6, 3, 3],
      [7, 1, 4],
      [8, 3, 4],
      [9, 1, 5],
      [10, 3, 5],
    ]);
    // Squat at a 140 kg training max: weeks 1–3, the deload, then week 1 at 145 kg (rounded to 2.5 kg).
    expect(loadsOf(result, 1)).toEqual([
      [90, 105, 120],
      [97.5, 112.5, 125],
      [105, 120, 132.5],
      [55, 70, 85],
      [95, 110, 122.5], // 94.25, 108.75 (a tie, rounded up), 123.25
    ]);
    expect(loadsOf(result, 3)).toEqual([80, 82.5, 85, 87.5, 90].map((kg) => [kg, kg, kg]));
    expect(result.sessions[6]!.exercises[0]).toMatchObject({ isDeload: true, cycleNumber: 4 });
    const squatRules = result.decisions.filter((decision) => decision.slotId === 1 && decision.setIndex === null).map((decision) => `${decision.sessionNumber}:${decision.code}`);
    expect(squatRules).toContain('7:DELOAD');
    expect(squatRules).toContain('7:TRAINING_MAX_INCREMENT');
    expect(result.finalStates[2]).toMatchObject({ loadKg: 60, setReps: [10, 10, 9] });
    expect(result.decisions.every((decision) => decision.message.length > 0)).toBe(true);
  });

  it('repeats and then resets when the last set is missed every 2nd session', () => {
    const benchOnly: DryRunDay[] = [demo[2]!];
    const result = dryRunRoutine({ days: benchOnly, horizon: { sessions: 6 }, assumption: { kind: 'MISS_LAST_SET_EVERY_NTH_SESSION', n: 2 }, prescription: { readinessLoadFactor: 1, roundLoadKg: nearest2p5 } });
    expect(loadsOf(result, 3).map((loads) => loads[0])).toEqual([80, 82.5, 82.5, 85, 85, 87.5]);
    expect(result.sessions.map((session) => session.exercises[0]!.progressionReasons[0]!.code)).toEqual([
      'LINEAR_INCREMENT',
      'LINEAR_REPEAT',
      'LINEAR_INCREMENT',
      'LINEAR_REPEAT',
      'LINEAR_INCREMENT',
      'LINEAR_REPEAT',
    ]);
    const everyMiss = dryRunRoutine({ days: benchOnly, horizon: { sessions: 3 }, assumption: { kind: 'MISS_LAST_SET_EVERY_NTH_SESSION', n: 1 }, prescription: { readinessLoadFactor: 1, roundLoadKg: nearest2p5 } });
    expect(everyMiss.sessions.map((session) => session.exercises[0]!.progressionReasons[0]!.code)).toEqual(['LINEAR_REPEAT', 'MISS_RESET', 'LINEAR_REPEAT']);
    expect(loadsOf(everyMiss, 3).map((loads) => loads[0])).toEqual([80, 80, 72.5]);
  });

  it('accepts a function for outcomes and never mutates its input', () => {
    const before = JSON.stringify(demo);
    const result = dryRunRoutine({
      days: demo,
      horizon: { sessions: 2 },
      lastDayIndex: 1,
      assumption: ({ workSets }) => workSets.map((set) => ({ weightKg: set.targetWeightKg ?? 0, reps: 0 })),
      prescription: { readinessLoadFactor: 1, roundLoadKg: nearest2p5 },
    });
    expect(result.sessions.map((session) => session.dayIndex)).toEqual([3, 1]);
    expect(result.sessions[0]!.exercises[0]!.progressionReasons[0]!.code).toBe('LINEAR_REPEAT');
    expect(JSON.stringify(demo)).toBe(before);
  });

  it('rejects an invalid horizon or assumption with RangeError', () => {
    const prescription = { readinessLoadFactor: 1, roundLoadKg: nearest2p5 };
    expect(() => dryRunRoutine({ days: demo, horizon: { sessions: -1 }, assumption: { kind: 'ALL_TARGETS_HIT' }, prescription })).toThrow(RangeError);
    expect(() => dryRunRoutine({ days: demo, horizon: { cycles: 1000 }, assumption: { kind: 'ALL_TARGETS_HIT' }, prescription })).toThrow(RangeError);
    expect(() => dryRunRoutine({ days: demo, horizon: { sessions: 1 }, assumption: { kind: 'MISS_LAST_SET_EVERY_NTH_SESSION', n: 0 }, prescription })).toThrow(RangeError);
    expect(dryRunRoutine({ days: [{ dayIndex: 1, isRest: true, slots: [] }], horizon: { sessions: 3 }, assumption: { kind: 'ALL_TARGETS_HIT' }, prescription }).sessions).toEqual([]);
  });
});
