import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PlannedSet, type PrescriptionOptions, type PrescriptionSlot, prescribeSession, prescribeSlot } from './prescription.js';
import { PROGRESSION_STYLES, type ProgressionRule, initialProgressionState } from './progression.js';

const nearest2p5 = (kg: number) => Math.round(kg / 2.5) * 2.5;
const options: PrescriptionOptions = { readinessLoadFactor: 1, roundLoadKg: nearest2p5 };
const fiveThreeOne: ProgressionRule = { style: 'PERCENT_1RM_WAVE', incrementKg: 5, deloadEveryNCycles: 4, deloadPct: 60 };
const workSets = (count: number): PlannedSet[] => Array.from({ length: count }, (_, index) => ({ setIndex: index + 1 }));

/**
 * Every total a bar and a plate inventory can make (plates in pairs, one of each pair per side),
 * and the nearest one to a load: a stand-in for the plate-rounding module.
 */
function plateLoader(barKg: number, pairs: readonly number[]) {
  let totals = new Set<number>([barKg]);
  for (const plate of pairs) totals = new Set([...totals, ...[...totals].map((total) => Math.round((total + 2 * plate) * 1000) / 1000)]);
  const sorted = [...totals].sort((a, b) => a - b);
  return {
    totals,
    round: (kg: number) => sorted.reduce((best, total) => (Math.abs(total - kg) < Math.abs(best - kg) ? total : best), sorted[0]!),
  };
}

describe('prescribeSlot', () => {
  it("turns a 5/3/1 week into loads of the training max, scaled by readiness and rounded", () => {
    // Wendler (2011) week 1 at a 100 kg training max: 65/75/85 kg × 5/5/5+.
    const slot: PrescriptionSlot = { slotId: 1, exerciseId: 7, plannedSets: workSets(3), progression: { rule: fiveThreeOne, state: initialProgressionState(fiveThreeOne, { loadKg: 100, sets: 3 }) } };
    const ready = prescribeSlot(slot, options);
    expect(ready.sets.map((set) => [set.targetWeightKg, set.targetReps, set.amrap, set.source])).toEqual([
      [65, 5, false, 'PROGRESSION'],
      [75, 5, false, 'PROGRESSION'],
      [85, 5, true, 'PROGRESSION'],
    ]);
    expect(ready.reasons[0]!.code).toBe('TRAINING_MAX_WEEK');
    // Readiness 0.9: 58.5 → 57.5, 67.5 → 67.5, 76.5 → 77.5 (nearest 2.5 kg).
    const tired = prescribeSlot(slot, { ...options, readinessLoadFactor: 0.9 });
    expect(tired.sets.map((set) => set.targetWeightKg)).toEqual([57.5, 67.5, 77.5]);
    expect(tired.sets[0]!.reasons.map((reason) => reason.code)).toEqual(['LOAD_FROM_PROGRESSION', 'READINESS', 'ROUNDED']);
  });

  it('drops work sets from the end on a very poor readiness day, never a warm-up and never the last work set', () => {
    const planned: PlannedSet[] = [
      { setIndex: 1, isWarmup: true, targetWeightKg: 40, targetReps: 5 },
      { setIndex: 2, targetWeightKg: 100, targetReps: 5 },
      { setIndex: 3, targetWeightKg: 100, targetReps: 5 },
      { setIndex: 4, targetWeightKg: 100, targetReps: 5 },
    ];
    const slot: PrescriptionSlot = { slotId: 3, exerciseId: 7, plannedSets: planned };
    // readinessLoadAdjustment below 40: loads −20 % and one set fewer.
    const veryLow = prescribeSlot(slot, { ...options, readinessLoadFactor: 0.8, readinessSetDelta: -1, readinessReason: 'readiness 30 < 40' });
    expect(veryLow.sets.map((set) => [set.setIndex, set.targetWeightKg])).toEqual([[1, 32.5], [2, 80], [3, 80]]);
    expect(veryLow.reasons.at(-1)).toEqual({ code: 'READINESS_SETS_DROPPED', message: 'Set 4 dropped for readiness (readiness 30 < 40)' });
    expect(veryLow.sets[1]!.reasons.find((reason) => reason.code === 'READINESS')!.message).toBe('Readiness × 0.8: 100 kg → 80 kg (readiness 30 < 40)');
    const one = prescribeSlot({ ...slot, plannedSets: planned.slice(0, 2) }, { ...options, readinessSetDelta: -3 });
    expect(one.sets.map((set) => set.setIndex)).toEqual([1, 2]);
    expect(one.reasons).toEqual([]);
    expect(() => prescribeSlot(slot, { ...options, readinessSetDelta: 1 })).toThrow(RangeError);
    expect(() => prescribeSlot(slot, { ...options, readinessSetDelta: -0.5 })).toThrow(RangeError);
  });

  it('takes the load from %1RM × benchmark first, then RPE × e1RM, then the progression, then the plan', () => {
    const rule: ProgressionRule = { style: 'SINGLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 5, deloadPct: 60 };
    const slot: PrescriptionSlot = {
      slotId: 2,
      exerciseId: 9,
      plannedSets: [
        { setIndex: 1, isWarmup: true, targetPct1rm: 50, targetReps: 5 },
        { setIndex: 2, targetPct1rm: 80, targetReps: 3 },
        { setIndex: 3, targetRpe: 8, targetReps: 5 },
        { setIndex: 4 },
        { setIndex: 5, isWarmup: true, targetWeightKg: 20, targetReps: 10 },
        { setIndex: 6, targetRpe: 9 },
      ],
      progression: { rule, state: initialProgressionState(rule, { loadKg: 90, sets: 4 }) },
      benchmark: { kind: 'ONE_RM', valueKg: 140 },
      latestE1rmKg: 130,
    };
    const prescribed = prescribeSlot(slot, { ...options, percentOfOneRepMax: (reps, rpe) => (reps === 5 && rpe === 8 ? 0.811 : 0.9) });
    expect(prescribed.sets.map((set) => [set.setIndex, set.targetWeightKg, set.targetReps, set.targetRpe, set.source])).toEqual([
      [1, 70, 5, null, 'PERCENT_1RM'], // 50% of 140
      [2, 112.5, 3, null, 'PERCENT_1RM'], // 80% of 140 = 112
      [3, 105, 5, 8, 'RPE'], // 81.1% of 130 = 105.43
      [4, 90, 5, null, 'PROGRESSION'],
      [5, 20, 10, null, 'PLAN'],
      [6, 117.5, 5, 9, 'RPE'], // the progression's 5 reps at RPE 9: 90% of 130 = 117
    ]);
    const withoutData = prescribeSlot({ ...slot, benchmark: null, latestE1rmKg: null }, options);
    expect(withoutData.sets[1]!.source).toBe('PROGRESSION');
    expect(withoutData.sets[1]!.reasons[0]!.code).toBe('PERCENT_WITHOUT_BENCHMARK');
    expect(withoutData.sets[0]).toMatchObject({ targetWeightKg: null, source: 'NONE' });
  });

  it('cuts load and sets on a deload cycle for every source', () => {
    const rule: ProgressionRule = { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 8, repRangeMax: 12, deloadEveryNCycles: 4, deloadPct: 50 };
    const state = initialProgressionState(rule, { loadKg: 60, sets: 4, cycleNumber: 8 });
    const slot: PrescriptionSlot = { slotId: 3, exerciseId: 4, plannedSets: [{ setIndex: 1, targetPct1rm: 75, targetReps: 8 }, ...workSets(4).slice(1)], progression: { rule, state }, benchmark: { kind: 'TRAINING_MAX', valueKg: 100 } };
    const prescribed = prescribeSlot(slot, options);
    expect(prescribed.isDeload).toBe(true);
    expect(prescribed.sets.map((set) => [set.setIndex, set.targetWeightKg])).toEqual([
      [1, 37.5],
      [2, 30],
    ]);
    expect(prescribed.reasons.filter((reason) => reason.code === 'DELOAD_SETS_DROPPED')).toHaveLength(2);
  });

  it('rejects inputs outside their ranges with RangeError', () => {
    const slot: PrescriptionSlot = { slotId: 1, exerciseId: 1, plannedSets: [{ setIndex: 1, targetWeightKg: 50 }] };
    expect(() => prescribeSlot(slot, { ...options, readinessLoadFactor: 0 })).toThrow(RangeError);
    expect(() => prescribeSlot(slot, { ...options, readinessLoadFactor: 2 })).toThrow(RangeError);
    expect(() => prescribeSlot({ ...slot, plannedSets: [{ setIndex: 0 }] }, options)).toThrow(RangeError);
    expect(() => prescribeSlot({ ...slot, plannedSets: [{ setIndex: 1, targetPct1rm: 130 }] }, options)).toThrow(RangeError);
    expect(() => prescribeSlot({ ...slot, benchmark: { kind: 'ONE_RM', valueKg: 0 } }, options)).toThrow(RangeError);
    expect(() => prescribeSlot(slot, { ...options, roundLoadKg: () => Number.NaN })).toThrow(RangeError);
  });
});

describe('prescribed loads (properties)', () => {
  const plannedSet = fc.record({
    isWarmup: fc.boolean(),
    targetWeightKg: fc.option(fc.integer({ min: 0, max: 4000 }).map((quarter) => quarter / 4), { nil: null }),
    targetReps: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    targetPct1rm: fc.option(fc.integer({ min: 1, max: 240 }).map((half) => half / 2), { nil: null }),
    targetRpe: fc.option(fc.integer({ min: 12, max: 20 }).map((half) => half / 2), { nil: null }),
  });
  const slotArb = fc.record({
    planned: fc.array(plannedSet, { minLength: 1, maxLength: 8 }),
    style: fc.constantFrom(...PROGRESSION_STYLES),
    loadKg: fc.integer({ min: 0, max: 1200 }).map((quarter) => quarter / 4),
    cycleNumber: fc.integer({ min: 1, max: 24 }),
    deloadEveryNCycles: fc.option(fc.integer({ min: 2, max: 6 }), { nil: null }),
    benchmarkKg: fc.option(fc.double({ min: 20, max: 400, noNaN: true }), { nil: null }),
    e1rmKg: fc.option(fc.double({ min: 20, max: 400, noNaN: true }), { nil: null }),
    readiness: fc.double({ min: 0.5, max: 1.2, noNaN: true }),
  });

  type SlotInput = typeof slotArb extends fc.Arbitrary<infer T> ? T : never;
  const slotFrom = (input: SlotInput): PrescriptionSlot => {
    const rule: ProgressionRule = { style: input.style, incrementKg: 2.5, repRangeMin: 5, repRangeMax: 8, waveLength: 3, deloadEveryNCycles: input.deloadEveryNCycles, deloadPct: 60 };
    return {
      slotId: 1,
      exerciseId: 1,
      plannedSets: input.planned.map((set, index) => ({ ...set, setIndex: index + 1 })),
      progression: { rule, state: initialProgressionState(rule, { loadKg: input.loadKg, sets: 3, cycleNumber: input.cycleNumber }) },
      benchmark: input.benchmarkKg === null ? null : { kind: 'TRAINING_MAX', valueKg: input.benchmarkKg },
      latestE1rmKg: input.e1rmKg,
    };
  };

  it('are always outputs of the injected rounding function', () => {
    fc.assert(
      fc.property(slotArb, (input) => {
        const outputs = new Set<number>();
        const spy = (kg: number) => {
          const loadable = nearest2p5(kg);
          outputs.add(loadable);
          return loadable;
        };
        const [slot] = prescribeSession([slotFrom(input)], { readinessLoadFactor: input.readiness, roundLoadKg: spy, percentOfOneRepMax: (reps) => 1 - reps * 0.03 });
        for (const set of slot!.sets) if (set.targetWeightKg !== null) expect(outputs.has(set.targetWeightKg)).toBe(true);
      }),
    );
  });

  it('are always loadable with the given bar and plates', () => {
    const { totals, round } = plateLoader(20, [25, 25, 25, 25, 20, 15, 10, 5, 2.5, 1.25]);
    fc.assert(
      fc.property(slotArb, (input) => {
        const slot = prescribeSlot(slotFrom(input), { readinessLoadFactor: input.readiness, roundLoadKg: round, percentOfOneRepMax: (reps) => 1 - reps * 0.03 });
        for (const set of slot.sets) if (set.targetWeightKg !== null) expect(totals.has(set.targetWeightKg)).toBe(true);
      }),
    );
  });
  it('readiness drops at most |setDelta| work sets, keeps every warm-up and at least one work set', () => {
    fc.assert(
      fc.property(slotArb, fc.integer({ min: -3, max: 0 }), (input, setDelta) => {
        const slot = slotFrom(input);
        const full = prescribeSlot(slot, { readinessLoadFactor: 1, roundLoadKg: nearest2p5 });
        const cut = prescribeSlot(slot, { readinessLoadFactor: 1, roundLoadKg: nearest2p5, readinessSetDelta: setDelta });
        const work = (sets: typeof full.sets) => sets.filter((set) => !set.isWarmup).length;
        expect(cut.sets.filter((set) => set.isWarmup)).toEqual(full.sets.filter((set) => set.isWarmup));
        expect(work(cut.sets)).toBe(work(full.sets) === 0 ? 0 : Math.max(1, work(full.sets) + setDelta));
        expect(cut.sets.every((set) => full.sets.some((other) => other.setIndex === set.setIndex))).toBe(true);
      }),
    );
  });
});
