import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPLEY_MAX_REPS, estimateOneRepMax } from './e1rm.js';

describe('estimateOneRepMax (Epley)', () => {
  it('matches worked examples of w · (1 + r/30)', () => {
    // 100 kg × 5: 100 · (1 + 5/30) = 116.67; 100 kg × 10: 133.33; 60 kg × 3: 66.
    expect(estimateOneRepMax({ weightKg: 100, reps: 5 })).toBeCloseTo(116.667, 3);
    expect(estimateOneRepMax({ weightKg: 100, reps: 10 })).toBeCloseTo(133.333, 3);
    expect(estimateOneRepMax({ weightKg: 60, reps: 3 })).toBeCloseTo(66, 6);
  });

  it('is the weight itself for a single', () => {
    fc.assert(fc.property(fc.double({ min: 0.5, max: 1000, noNaN: true }), (weightKg) => estimateOneRepMax({ weightKg, reps: 1 }) === weightKg));
  });

  it('returns null outside its valid range (no reps, no load, more than 12 reps)', () => {
    expect(estimateOneRepMax({ weightKg: 100, reps: 0 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 0, reps: 5 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: EPLEY_MAX_REPS + 1 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: EPLEY_MAX_REPS })).not.toBeNull();
  });

  it('rejects non-integer reps and non-finite loads as programming errors', () => {
    expect(() => estimateOneRepMax({ weightKg: 100, reps: 2.5 })).toThrow(RangeError);
    expect(() => estimateOneRepMax({ weightKg: Number.NaN, reps: 2 })).toThrow(RangeError);
  });

  it('rises with weight and with reps', () => {
    const weight = fc.double({ min: 1, max: 500, noNaN: true });
    const reps = fc.integer({ min: 1, max: EPLEY_MAX_REPS - 1 });
    fc.assert(
      fc.property(weight, fc.double({ min: 0.5, max: 100, noNaN: true }), reps, (w, extra, r) => {
        expect(estimateOneRepMax({ weightKg: w + extra, reps: r })!).toBeGreaterThan(estimateOneRepMax({ weightKg: w, reps: r })!);
        expect(estimateOneRepMax({ weightKg: w, reps: r + 1 })!).toBeGreaterThan(estimateOneRepMax({ weightKg: w, reps: r })!);
      }),
    );
  });
});
