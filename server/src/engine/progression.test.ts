import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AutoregulationTools,
  type CycleOutcome,
  PROGRESSION_STYLES,
  type ProgressionRule,
  type ProgressionState,
  type ProgressionTargets,
  WENDLER_531_DELOAD,
  WENDLER_531_WEEKS,
  advanceProgression,
  initialProgressionState,
  isDeloadCycle,
  progressionTargets,
  wendlerIncrementKg,
  wendlerTrainingMaxKg,
} from './progression.js';

/** Performs exactly the targets (reps at their minimum), optionally adjusting reps per set. */
const perform = (targets: ProgressionTargets, repDelta: readonly number[] = []): CycleOutcome => ({
  sets: targets.sets.map((set, index) => ({ weightKg: set.weightKg, reps: Math.max(0, set.reps + (repDelta[index] ?? 0)), rpe: set.rpe })),
});

/** Stand-ins for the e1RM and RPE-chart modules (the lead plugs in the real ones). */
const tools: AutoregulationTools = {
  estimateE1rm: ({ weightKg, reps }) => (reps === 1 ? weightKg : weightKg * (1 + reps / 30)),
  percentOfOneRepMax: (reps, rpe) => Math.max(0.3, 1 - 0.0333 * (reps + (10 - rpe) - 1)),
};

const codes = (reasons: readonly { code: string }[]) => reasons.map((reason) => reason.code);

describe('PERCENT_1RM_WAVE (5/3/1)', () => {
  // Wendler, J. (2011). 5/3/1: The Simplest and Most Effective Training System for Raw Strength,
  // 2nd ed.: training max = 90% of 1RM; weeks 65/75/85 × 5/5/5+, 70/80/90 × 3/3/3+,
  // 75/85/95 × 5/3/1+, deload 40/50/60 × 5; +5 lb upper / +10 lb lower per cycle.
  const table = [
    // week, % set1/2/3, reps set1/2/3, kg at TM 100
    { week: 1, percents: [65, 75, 85], reps: [5, 5, 5], amrapLast: true, kg: [65, 75, 85] },
    { week: 2, percents: [70, 80, 90], reps: [3, 3, 3], amrapLast: true, kg: [70, 80, 90] },
    { week: 3, percents: [75, 85, 95], reps: [5, 3, 1], amrapLast: true, kg: [75, 85, 95] },
    { week: 4, percents: [40, 50, 60], reps: [5, 5, 5], amrapLast: false, kg: [40, 50, 60] },
  ];
  const rule: ProgressionRule = { style: 'PERCENT_1RM_WAVE', incrementKg: wendlerIncrementKg('LOWER'), deloadEveryNCycles: 4, deloadPct: 60 };

  it("matches Wendler's percentage table week by week, the 4th week a deload", () => {
    let state = initialProgressionState(rule, { loadKg: 100, sets: 3 });
    for (const row of table) {
      const targets = progressionTargets(rule, state);
      expect(targets.cycleNumber).toBe(row.week);
      expect(targets.isDeload).toBe(row.week === 4);
      expect(targets.sets.map((set) => set.percentOfTrainingMax)).toEqual(row.percents);
      expect(targets.sets.map((set) => set.reps)).toEqual(row.reps);
      targets.sets.forEach((set, index) => expect(set.weightKg).toBeCloseTo(row.kg[index]!, 9));
      expect(targets.sets.map((set) => set.amrap)).toEqual([false, false, row.amrapLast]);
      state = advanceProgression(rule, state, perform(targets)).state;
    }
    // Cycle 5 starts the next wave with the training max 5 kg higher (lower-body lift).
    expect(state.loadKg).toBe(105);
    expect(progressionTargets(rule, state).sets.map((set) => set.weightKg)).toEqual([68.25, 78.75, 89.25]);
  });

  it('exports the table and the training max as Wendler gives them', () => {
    expect(WENDLER_531_WEEKS.map((week) => week.map((set) => set.percent))).toEqual(table.slice(0, 3).map((row) => row.percents));
    expect(WENDLER_531_DELOAD.map((set) => set.percent)).toEqual([40, 50, 60]);
    // Wendler's example: a 315 lb bench press 1RM trains from 90% of it, 283.5 lb.
    expect(wendlerTrainingMaxKg(315)).toBeCloseTo(283.5, 9);
    expect(wendlerIncrementKg('UPPER')).toBe(2.5);
    expect(() => wendlerTrainingMaxKg(0)).toThrow(RangeError);
  });

  it('without deloads, raises the training max right after week 3 and says so', () => {
    const noDeload = { ...rule, deloadEveryNCycles: null, incrementKg: 2.5 };
    let state = initialProgressionState(noDeload, { loadKg: 80, sets: 3 });
    state = advanceProgression(noDeload, state, perform(progressionTargets(noDeload, state))).state;
    state = advanceProgression(noDeload, state, perform(progressionTargets(noDeload, state))).state;
    const step = advanceProgression(noDeload, state, perform(progressionTargets(noDeload, state)));
    expect(step.state).toMatchObject({ loadKg: 82.5, waveStep: 0, cycleNumber: 4 });
    expect(codes(step.reasons)).toEqual(['WAVE_COMPLETE', 'TRAINING_MAX_INCREMENT', 'TRAINING_MAX_WEEK']);
  });

  it('lowers the training max by resetPct when a week fell short of its minimum', () => {
    const noDeload = { ...rule, deloadEveryNCycles: null };
    let state = initialProgressionState(noDeload, { loadKg: 100, sets: 3 });
    state = advanceProgression(noDeload, state, perform(progressionTargets(noDeload, state), [0, 0, -1])).state;
    state = advanceProgression(noDeload, state, perform(progressionTargets(noDeload, state))).state;
    const last = advanceProgression(noDeload, state, perform(progressionTargets(noDeload, state)));
    expect(last.state.loadKg).toBe(90);
    expect(codes(last.reasons)).toContain('TRAINING_MAX_RESET');
  });
});

describe('DOUBLE_PROGRESSION', () => {
  it('climbs 3×8–12 set by set, then adds load and resets reps (every target hit exactly)', () => {
    // Double progression as issue 4 defines it: reps rise within the range at one load, one set
    // at a time; once every set reaches the top the load rises and the reps restart at the bottom.
    const expected = [
      // cycle, load kg, reps per set, rule that fired on that cycle's outcome
      [1, 60, '8/8/8', 'DOUBLE_REPS_UP'],
      [2, 60, '9/8/8', 'DOUBLE_REPS_UP'],
      [3, 60, '9/9/8', 'DOUBLE_REPS_UP'],
      [4, 60, '9/9/9', 'DOUBLE_REPS_UP'],
      [5, 60, '10/9/9', 'DOUBLE_REPS_UP'],
      [6, 60, '10/10/9', 'DOUBLE_REPS_UP'],
      [7, 60, '10/10/10', 'DOUBLE_REPS_UP'],
      [8, 60, '11/10/10', 'DOUBLE_REPS_UP'],
      [9, 60, '11/11/10', 'DOUBLE_REPS_UP'],
      [10, 60, '11/11/11', 'DOUBLE_REPS_UP'],
      [11, 60, '12/11/11', 'DOUBLE_REPS_UP'],
      [12, 60, '12/12/11', 'DOUBLE_REPS_UP'],
      [13, 60, '12/12/12', 'DOUBLE_LOAD_UP'],
      [14, 62.5, '8/8/8', 'DOUBLE_REPS_UP'],
    ] as const;
    const rule: ProgressionRule = { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 8, repRangeMax: 12, deloadPct: 60 };
    let state = initialProgressionState(rule, { loadKg: 60, sets: 3 });
    for (const [cycle, loadKg, setReps, fired] of expected) {
      const targets = progressionTargets(rule, state);
      expect([targets.cycleNumber, targets.sets[0]!.weightKg, targets.sets.map((set) => set.reps).join('/')]).toEqual([cycle, loadKg, setReps]);
      const step = advanceProgression(rule, state, perform(targets));
      expect(step.reasons[0]!.code).toBe(fired);
      state = step.state;
    }
  });

  it('follows reps done beyond the target, capped at the top of the range', () => {
    const rule: ProgressionRule = { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 8, repRangeMax: 12, deloadPct: 60 };
    const state = initialProgressionState(rule, { loadKg: 60, sets: 3 });
    const step = advanceProgression(rule, state, { sets: [{ weightKg: 60, reps: 14 }, { weightKg: 60, reps: 10 }, { weightKg: 60, reps: 8 }] });
    expect(step.state.setReps).toEqual([12, 10, 8]);
    expect(step.state.loadKg).toBe(60);
  });

  it('never raises load and reps in the same step, and resets reps to the bottom when load rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(1.25, 2.5, 5),
        fc.option(fc.integer({ min: 2, max: 5 }), { nil: null }),
        fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        (min, span, sets, incrementKg, deloadEveryNCycles, deltas) => {
          const rule: ProgressionRule = { style: 'DOUBLE_PROGRESSION', incrementKg, repRangeMin: min, repRangeMax: min + span, deloadEveryNCycles, deloadPct: 60 };
          let state = initialProgressionState(rule, { loadKg: 40, sets });
          for (const delta of deltas) {
            const next = advanceProgression(rule, state, perform(progressionTargets(rule, state), delta)).state;
            const loadUp = next.loadKg > state.loadKg;
            const repsUp = next.setReps.some((value, index) => value > state.setReps[index]!);
            expect(loadUp && repsUp).toBe(false);
            if (loadUp) expect(next.setReps.every((value) => value === min)).toBe(true);
            state = next;
          }
        },
      ),
    );
  });
});

describe('SINGLE_PROGRESSION (linear)', () => {
  const rule: ProgressionRule = { style: 'SINGLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 5, repRangeMax: 5, deloadPct: 60, missesBeforeReset: 3, resetPct: 10 };

  it('adds the increment after a clean cycle, repeats after a miss, resets 10% after the third', () => {
    const rows = [
      // cycle, load kg, last-set rep delta, rule that fired
      [1, 100, 0, 'LINEAR_INCREMENT'],
      [2, 102.5, -1, 'LINEAR_REPEAT'],
      [3, 102.5, -2, 'LINEAR_REPEAT'],
      [4, 102.5, -1, 'MISS_RESET'],
      [5, 92.25, 0, 'LINEAR_INCREMENT'],
      [6, 94.75, 0, 'LINEAR_INCREMENT'],
    ] as const;
    let state = initialProgressionState(rule, { loadKg: 100, sets: 3 });
    for (const [cycle, loadKg, delta, fired] of rows) {
      const targets = progressionTargets(rule, state);
      expect([targets.cycleNumber, targets.sets.map((set) => set.weightKg)]).toEqual([cycle, [loadKg, loadKg, loadKg]]);
      const step = advanceProgression(rule, state, perform(targets, [0, 0, delta]));
      expect(step.reasons[0]!.code).toBe(fired);
      state = step.state;
    }
    expect(advanceProgression(rule, state, { sets: [] }).reasons[0]!.message).toContain('set 1: 0 of 5 reps');
  });

  it('deloads to deloadPct of the load on every Nth cycle with fewer sets, then resumes', () => {
    const deloading = { ...rule, deloadEveryNCycles: 3 };
    const state = initialProgressionState(deloading, { loadKg: 100, sets: 3, cycleNumber: 3 });
    const targets = progressionTargets(deloading, state);
    expect(targets.isDeload).toBe(true);
    expect(targets.sets.map((set) => [set.weightKg, set.reps])).toEqual([
      [60, 5],
      [60, 5],
    ]);
    const step = advanceProgression(deloading, state, { sets: [] });
    expect(step.state.loadKg).toBe(100);
    expect(codes(step.reasons)).toEqual(['DELOAD_OUTCOME_IGNORED']);
  });

  it('never lowers the load unless the miss or deload rule fired, and then says so', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 2, max: 6 }), { nil: null }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(fc.integer({ min: -2, max: 1 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        (deloadEveryNCycles, missesBeforeReset, deltas) => {
          const linear = { ...rule, deloadEveryNCycles, missesBeforeReset };
          let state = initialProgressionState(linear, { loadKg: 60, sets: 3 });
          let targets = progressionTargets(linear, state);
          for (const delta of deltas) {
            const step = advanceProgression(linear, state, perform(targets, delta));
            if (step.targets.sets[0]!.weightKg < targets.sets[0]!.weightKg) {
              expect(codes(step.reasons).some((code) => code === 'MISS_RESET' || code === 'DELOAD')).toBe(true);
            }
            if (step.state.loadKg < state.loadKg) expect(codes(step.reasons)).toContain('MISS_RESET');
            state = step.state;
            targets = step.targets;
          }
        },
      ),
    );
  });
});

describe('WAVE_LOADING', () => {
  it('rises through a wave of falling reps and restarts one step higher', () => {
    const rule: ProgressionRule = { style: 'WAVE_LOADING', incrementKg: 5, repRangeMin: 3, repRangeMax: 7, waveLength: 3, deloadPct: 60 };
    const expected = [
      [100, 7],
      [105, 5],
      [110, 3],
      [105, 7],
      [110, 5],
      [115, 3],
      [110, 7],
    ];
    let state = initialProgressionState(rule, { loadKg: 100, sets: 2 });
    for (const [loadKg, reps] of expected) {
      const targets = progressionTargets(rule, state);
      expect(targets.sets).toHaveLength(2);
      expect([targets.sets[0]!.weightKg, targets.sets[0]!.reps]).toEqual([loadKg, reps]);
      state = advanceProgression(rule, state, perform(targets)).state;
    }
  });

  it('repeats a missed step and holds a finished wave through a deload before restarting', () => {
    const rule: ProgressionRule = { style: 'WAVE_LOADING', incrementKg: 5, repRangeMin: 3, repRangeMax: 7, waveLength: 2, deloadEveryNCycles: 3, deloadPct: 50 };
    let state = initialProgressionState(rule, { loadKg: 100, sets: 2 });
    const missed = advanceProgression(rule, state, perform(progressionTargets(rule, state), [-1]));
    expect(codes(missed.reasons)[0]).toBe('WAVE_REPEAT');
    expect(missed.state.waveStep).toBe(0);
    state = advanceProgression(rule, missed.state, perform(missed.targets)).state; // cycle 3 = step 2, a deload
    const deload = progressionTargets(rule, state);
    expect(deload.isDeload).toBe(true);
    expect(deload.sets.map((set) => set.weightKg)).toEqual([52.5]);
    const after = advanceProgression(rule, state, { sets: [] });
    expect(codes(after.reasons)).toEqual(['DELOAD_OUTCOME_IGNORED', 'WAVE_STEP']);
    expect(after.state).toMatchObject({ cycleNumber: 4, waveStep: 1, loadKg: 100 });
  });
});

describe('RPE_AUTOREGULATION', () => {
  it("sets the next load from the last top set's e1RM and the chart at the target RPE", () => {
    const rule: ProgressionRule = { style: 'RPE_AUTOREGULATION', incrementKg: 0, repRangeMin: 5, deloadPct: 60, targetRpe: 8 };
    const state = initialProgressionState(rule, { loadKg: 100, sets: 3 });
    const chart: AutoregulationTools = { estimateE1rm: tools.estimateE1rm, percentOfOneRepMax: (reps, rpe) => (reps === 5 && rpe === 8 ? 0.811 : 0.5) };
    const step = advanceProgression(rule, state, {
      sets: [
        { weightKg: 100, reps: 5, rpe: 7 },
        { weightKg: 105, reps: 5, rpe: 8 },
        { weightKg: 105, reps: 4, rpe: 9 },
      ],
    }, chart);
    // Top set 105 × 5: e1RM 105 · (1 + 5/30) = 122.5; 81.1% of it = 99.3475 kg.
    expect(step.state.e1rmKg).toBeCloseTo(122.5, 9);
    expect(step.state.loadKg).toBeCloseTo(99.3475, 9);
    expect(step.targets.sets.every((set) => set.rpe === 8)).toBe(true);
    expect(step.reasons[0]).toMatchObject({ code: 'RPE_LOAD_FROM_E1RM' });
    expect(advanceProgression(rule, state, { sets: [] }, chart).reasons[0]!.code).toBe('RPE_NO_E1RM');
    expect(() => advanceProgression(rule, state, { sets: [] })).toThrow(RangeError);
  });
});

describe('deloads and input ranges', () => {
  const ruleArb = fc.record({
    style: fc.constantFrom(...PROGRESSION_STYLES),
    incrementKg: fc.constantFrom(0, 1.25, 2.5, 5),
    repRangeMin: fc.integer({ min: 1, max: 6 }),
    span: fc.integer({ min: 0, max: 6 }),
    waveLength: fc.integer({ min: 2, max: 8 }),
    deloadEveryNCycles: fc.integer({ min: 2, max: 7 }),
    deloadPct: fc.integer({ min: 30, max: 90 }),
  });

  it('deloads exactly on every Nth cycle, whatever the style and the outcomes', () => {
    fc.assert(
      fc.property(ruleArb, fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 3, maxLength: 3 }), { minLength: 15, maxLength: 40 }), (raw, deltas) => {
        const rule: ProgressionRule = { ...raw, repRangeMax: raw.repRangeMin + raw.span };
        let state: ProgressionState = initialProgressionState(rule, { loadKg: 80, sets: 3, e1rmKg: 100 });
        for (const delta of deltas) {
          const targets = progressionTargets(rule, state);
          expect(targets.isDeload).toBe(state.cycleNumber % rule.deloadEveryNCycles! === 0);
          expect(codes(targets.reasons).includes('DELOAD')).toBe(targets.isDeload);
          for (const set of targets.sets) expect(Number.isFinite(set.weightKg) && set.weightKg >= 0).toBe(true);
          state = advanceProgression(rule, state, perform(targets, delta), tools).state;
        }
      }),
    );
  });

  it('isDeloadCycle is true on the multiples of N only, and never without N', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].filter((cycle) => isDeloadCycle({ deloadEveryNCycles: 4 }, cycle))).toEqual([4, 8]);
    expect(isDeloadCycle({ deloadEveryNCycles: null }, 4)).toBe(false);
  });

  it('rejects rules and states outside their ranges with RangeError', () => {
    const base: ProgressionRule = { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 8, repRangeMax: 12, deloadPct: 60 };
    const start = { loadKg: 50, sets: 3 };
    expect(() => initialProgressionState({ ...base, repRangeMax: null }, start)).toThrow(RangeError);
    expect(() => initialProgressionState({ ...base, repRangeMin: 13 }, start)).toThrow(RangeError);
    expect(() => initialProgressionState({ ...base, incrementKg: 60 }, start)).toThrow(RangeError);
    expect(() => initialProgressionState({ ...base, deloadPct: 100 }, start)).toThrow(RangeError);
    expect(() => initialProgressionState({ ...base, deloadEveryNCycles: 1 }, start)).toThrow(RangeError);
    expect(() => initialProgressionState({ ...base, style: 'WAVE_LOADING', waveLength: 9 }, start)).toThrow(RangeError);
    expect(() => initialProgressionState({ ...base, style: 'RPE_AUTOREGULATION', targetRpe: 8.3 }, start)).toThrow(RangeError);
    expect(() => initialProgressionState(base, { ...start, loadKg: -1 })).toThrow(RangeError);
    expect(() => initialProgressionState(base, { ...start, reps: 6 })).toThrow(RangeError);
    const state = initialProgressionState(base, start);
    expect(() => progressionTargets(base, { ...state, cycleNumber: 0 })).toThrow(RangeError);
    expect(() => advanceProgression(base, state, { sets: [{ weightKg: 50, reps: 2.5 }] })).toThrow(RangeError);
  });
});
