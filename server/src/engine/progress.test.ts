import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSessionProgress } from './progress.js';
import { chooseNextRoutineDay } from './rotation.js';

const loggedSet = fc.record({
  weightKg: fc.integer({ min: 0, max: 2000 }).map((halfKg) => halfKg / 2),
  reps: fc.integer({ min: 0, max: 30 }),
  isWarmup: fc.boolean(),
});

describe('computeSessionProgress', () => {
  it('counts every logged set and sums working-set tonnage', () => {
    expect(
      computeSessionProgress(16, [
        { weightKg: 100, reps: 5 },
        { weightKg: 60, reps: 8, isWarmup: true },
        { weightKg: 102.5, reps: 5 },
      ]),
    ).toEqual({ setsDone: 3, plannedSetsDone: 0, setsPlanned: 16, volumeKg: 1012.5 });
  });

  it('counts planned sets apart from added ones, so extras never make up for a skipped planned set', () => {
    const progress = computeSessionProgress(3, [
      { weightKg: 100, reps: 5, plannedSetId: 1 },
      { weightKg: 100, reps: 5, plannedSetId: 2 },
      { weightKg: 40, reps: 12, plannedSetId: null },
      { weightKg: 40, reps: 12 },
    ]);
    expect(progress).toEqual({ setsDone: 4, plannedSetsDone: 2, setsPlanned: 3, volumeKg: 1960 });
  });

  it('counts a planned set once however often it appears', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }), { maxLength: 30 }), (plannedIds) => {
        const progress = computeSessionProgress(8, plannedIds.map((plannedSetId) => ({ weightKg: 50, reps: 5, plannedSetId })));
        expect(progress.plannedSetsDone).toBe(new Set(plannedIds.filter((id) => id !== null)).size);
        expect(progress.plannedSetsDone).toBeLessThanOrEqual(progress.setsDone);
      }),
    );
  });

  it('gives the volume of a whole as the sum of its parts', () => {
    fc.assert(
      fc.property(fc.array(loggedSet, { maxLength: 40 }), fc.array(loggedSet, { maxLength: 40 }), (a, b) => {
        const whole = computeSessionProgress(0, [...a, ...b]);
        expect(whole.volumeKg).toBeCloseTo(computeSessionProgress(0, a).volumeKg + computeSessionProgress(0, b).volumeKg, 6);
        expect(whole.setsDone).toBe(a.length + b.length);
      }),
    );
  });
});

describe('chooseNextRoutineDay', () => {
  const days = [
    { id: 11, dayIndex: 1, isRest: false },
    { id: 12, dayIndex: 2, isRest: true },
    { id: 13, dayIndex: 3, isRest: false },
  ];

  it('starts at the first training day and skips rest days, wrapping around', () => {
    expect(chooseNextRoutineDay(days, null)?.id).toBe(11);
    expect(chooseNextRoutineDay(days, 1)?.id).toBe(13);
    expect(chooseNextRoutineDay(days, 3)?.id).toBe(11);
    expect(chooseNextRoutineDay(days, 9)?.id).toBe(11);
  });

  it('returns null when no day can be trained', () => {
    expect(chooseNextRoutineDay([{ id: 1, dayIndex: 1, isRest: true }], null)).toBeNull();
    expect(chooseNextRoutineDay([], 2)).toBeNull();
  });
});
