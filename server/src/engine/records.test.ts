import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PerformedSet, detectRecords, summariseBests } from './records.js';

const set = fc.record({
  weightKg: fc.integer({ min: 0, max: 4000 }).map((quarterKg) => quarterKg / 4),
  reps: fc.integer({ min: 0, max: 20 }),
  isWarmup: fc.boolean(),
});

describe('detectRecords', () => {
  it('reports heaviest weight and best e1RM against the previous bests', () => {
    const previous = summariseBests([
      { weightKg: 100, reps: 5 },
      { weightKg: 110, reps: 1 },
    ]);
    expect(previous).toEqual({ heaviestWeightKg: 110, bestE1rmKg: 116.67 });
    expect(detectRecords(previous, { weightKg: 105, reps: 5 })).toEqual([{ kind: 'BEST_E1RM', valueKg: 122.5, previousKg: 116.67 }]);
    expect(detectRecords(previous, { weightKg: 112.5, reps: 1 })).toEqual([{ kind: 'HEAVIEST_WEIGHT', valueKg: 112.5, previousKg: 110 }]);
    expect(detectRecords(previous, { weightKg: 100, reps: 5 })).toEqual([]);
  });

  it('treats a first set as a record of each kind, and ignores warm-ups and 0-rep sets', () => {
    const none = summariseBests([]);
    expect(detectRecords(none, { weightKg: 60, reps: 8 }).map((record) => record.kind)).toEqual(['HEAVIEST_WEIGHT', 'BEST_E1RM']);
    expect(detectRecords(none, { weightKg: 60, reps: 8, isWarmup: true })).toEqual([]);
    expect(detectRecords(none, { weightKg: 60, reps: 0 })).toEqual([]);
  });

  it('counts heaviest weight beyond 12 reps, where e1RM is undefined', () => {
    expect(detectRecords(summariseBests([]), { weightKg: 40, reps: 20 })).toEqual([{ kind: 'HEAVIEST_WEIGHT', valueKg: 40, previousKg: null }]);
  });

  it('summarises the same bests whatever the order of the history (order-independent)', () => {
    fc.assert(
      fc.property(fc.array(set, { maxLength: 30 }), fc.integer(), (history, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }), { seed, numRuns: 1 })[0]!;
        expect(summariseBests(shuffled)).toEqual(summariseBests(history));
      }),
    );
  });

  it('is idempotent: once a set is in the history it is no longer a record', () => {
    fc.assert(
      fc.property(fc.array(set, { maxLength: 30 }), set, (history: PerformedSet[], next: PerformedSet) => {
        const after = summariseBests([...history, next]);
        expect(detectRecords(after, next)).toEqual([]);
        // A record is exactly a raise of the bests.
        const records = detectRecords(summariseBests(history), next);
        const before = summariseBests(history);
        expect(records.some((record) => record.kind === 'HEAVIEST_WEIGHT')).toBe(after.heaviestWeightKg !== before.heaviestWeightKg);
        expect(records.some((record) => record.kind === 'BEST_E1RM')).toBe(after.bestE1rmKg !== before.bestE1rmKg);
      }),
    );
  });
});
