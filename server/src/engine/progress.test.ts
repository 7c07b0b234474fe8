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
    ).toEqual({ setsDone: 3, setsPlanned: 16, volumeKg: 1012.5 });
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
