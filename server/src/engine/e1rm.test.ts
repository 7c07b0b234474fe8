import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  E1RM_FORMULAS,
  E1RM_MAX_EFFECTIVE_REPS,
  type E1rmFormula,
  EPLEY_MAX_REPS,
  MAX_FOLDED_RIR,
  estimateOneRepMax,
  repsInReserve,
} from './e1rm.js';

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

/*
 * Worked examples, hand-computed from each published equation (the forms tabulated in LeSuer,
 * McCormick, Mayhew, Wasserstein & Arnold 1997, J Strength Cond Res 11(4):211–213):
 * Epley 1985 w·(1 + r/30); Brzycki 1993 (JOPERD 64(1):88–90) w·36/(37 − r); Lombardi 1989
 * (Beginning Weight Training) w·r^0.10; O'Conner, Simmons & O'Shea 1989 (Weight Training Today)
 * w·(1 + 0.025 r).
 */
const WORKED_EXAMPLES: ReadonlyArray<[E1rmFormula, number, number, number]> = [
  // formula,   weightKg, reps, e1RM kg
  ['EPLEY', 100, 5, 116.6667], //  100 · 35/30
  ['EPLEY', 100, 10, 133.3333], // 100 · 40/30
  ['EPLEY', 60, 3, 66], //         60 · 33/30
  ['BRZYCKI', 100, 5, 112.5], //   100 · 36/32
  ['BRZYCKI', 150, 10, 200], //    150 · 36/27: Brzycki and Epley agree at 10 reps (both 4/3)
  ['BRZYCKI', 80, 8, 99.3103], //  80 · 36/29
  ['LOMBARDI', 100, 5, 117.4619], // 100 · 5^0.1
  ['LOMBARDI', 100, 10, 125.8925], // 100 · 10^0.1
  ['LOMBARDI', 140, 3, 156.2572], // 140 · 3^0.1
  ['OCONNER', 100, 5, 112.5], //   100 · 1.125
  ['OCONNER', 100, 10, 125], //    100 · 1.25
  ['OCONNER', 80, 4, 88], //       80 · 1.1
];

const weightKg = fc.double({ min: 1, max: 500, noNaN: true });
const formula = fc.constantFrom(...E1RM_FORMULAS);

describe('estimateOneRepMax by formula', () => {
  it.each(WORKED_EXAMPLES)('%s: %d kg × %d ≈ %d kg', (f, weight, reps, expected) => {
    expect(estimateOneRepMax({ weightKg: weight, reps }, f)).toBeCloseTo(expected, 3);
  });

  it('defaults to Epley, the setting every account starts with', () => {
    expect(estimateOneRepMax({ weightKg: 100, reps: 5 })).toBe(estimateOneRepMax({ weightKg: 100, reps: 5 }, 'EPLEY'));
  });

  it('enforces each formula’s valid range: Epley to 12 effective reps, the others to 10', () => {
    expect(E1RM_MAX_EFFECTIVE_REPS).toEqual({ EPLEY: 12, BRZYCKI: 10, LOMBARDI: 10, OCONNER: 10 });
    for (const f of E1RM_FORMULAS) {
      const max = E1RM_MAX_EFFECTIVE_REPS[f];
      expect(estimateOneRepMax({ weightKg: 100, reps: max }, f)).not.toBeNull();
      expect(estimateOneRepMax({ weightKg: 100, reps: max + 1 }, f)).toBeNull();
      expect(estimateOneRepMax({ weightKg: 100, reps: max - 1, rir: 1 }, f)).not.toBeNull();
      expect(estimateOneRepMax({ weightKg: 100, reps: max - 1, rir: 1.5 }, f)).toBeNull();
      expect(estimateOneRepMax({ weightKg: 100, reps: 0 }, f)).toBeNull();
      expect(estimateOneRepMax({ weightKg: 0, reps: 3 }, f)).toBeNull();
    }
  });

  it('folds reps in reserve in: 5 reps with 2 in reserve, or at RPE 8, is a 7-rep max', () => {
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rir: 2 })).toBeCloseTo(123.3333, 3);
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 8 })).toBeCloseTo(123.3333, 3);
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 9.5 })).toBeCloseTo(118.3333, 3); // r = 5.5
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 10 })).toBe(estimateOneRepMax({ weightKg: 100, reps: 5 }));
    expect(estimateOneRepMax({ weightKg: 100, reps: 3, rir: 1 }, 'BRZYCKI')).toBeCloseTo(109.0909, 3); // 100 · 36/33;
  });

  it('prefers an explicit RIR to an RPE when a set carries both', () => {
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rir: 1, rpe: 7 })).toBe(estimateOneRepMax({ weightKg: 100, reps: 6 }));
    expect(estimateOneRepMax({ weightKg: 100, reps: 5, rir: null, rpe: 7 })).toBe(estimateOneRepMax({ weightKg: 100, reps: 8 }));
  });

  it('gives no estimate more than 4 reps from failure (below RPE 6), where RIR is no longer a count', () => {
    expect(repsInReserve({ rpe: 6 })).toBe(4);
    expect(repsInReserve({ rpe: 5.5 })).toBeNull();
    expect(repsInReserve({ rir: 5 })).toBeNull();
    expect(repsInReserve({})).toBe(0);
    expect(estimateOneRepMax({ weightKg: 100, reps: 1, rpe: 5 })).toBeNull();
    expect(estimateOneRepMax({ weightKg: 100, reps: 1, rir: 4 })).not.toBeNull();
  });

  it('rejects RIR and RPE outside the scale, and unknown formulas, as programming errors', () => {
    expect(() => estimateOneRepMax({ weightKg: 100, reps: 5, rir: -1 })).toThrow(RangeError);
    expect(() => estimateOneRepMax({ weightKg: 100, reps: 5, rir: 1.3 })).toThrow(RangeError);
    expect(() => estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 10.5 })).toThrow(RangeError);
    expect(() => estimateOneRepMax({ weightKg: 100, reps: 5, rpe: 7.2 })).toThrow(/half steps/);
    expect(() => estimateOneRepMax({ weightKg: 100, reps: 5 }, 'MAYHEW' as E1rmFormula)).toThrow(/unknown formula/);
  });

  it('is the weight itself for a single taken to failure, by every formula', () => {
    fc.assert(
      fc.property(weightKg, formula, (w, f) => {
        expect(estimateOneRepMax({ weightKg: w, reps: 1 }, f)).toBe(w);
        expect(estimateOneRepMax({ weightKg: w, reps: 1, rir: 0 }, f)).toBe(w);
        expect(estimateOneRepMax({ weightKg: w, reps: 1, rpe: 10 }, f)).toBe(w);
      }),
    );
  });

  it('never falls as the weight rises, by every formula', () => {
    fc.assert(
      fc.property(weightKg, fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 1, max: 10 }), formula, (w, extra, reps, f) => {
        expect(estimateOneRepMax({ weightKg: w + extra, reps }, f)!).toBeGreaterThanOrEqual(estimateOneRepMax({ weightKg: w, reps }, f)!);
      }),
    );
  });

  it('never falls as reps or reps in reserve rise within the formula’s range, and exceeds the weight past a single', () => {
    const halfSteps = fc.integer({ min: 0, max: 2 * MAX_FOLDED_RIR }).map((n) => n / 2);
    fc.assert(
      fc.property(weightKg, fc.integer({ min: 1, max: 12 }), halfSteps, halfSteps, formula, (w, reps, rirA, rirB, f) => {
        const [low, high] = rirA <= rirB ? [rirA, rirB] : [rirB, rirA];
        fc.pre(reps + 1 + high <= E1RM_MAX_EFFECTIVE_REPS[f]);
        const base = estimateOneRepMax({ weightKg: w, reps, rir: low }, f)!;
        expect(estimateOneRepMax({ weightKg: w, reps: reps + 1, rir: low }, f)!).toBeGreaterThanOrEqual(base);
        expect(estimateOneRepMax({ weightKg: w, reps, rir: high }, f)!).toBeGreaterThanOrEqual(base);
        expect(estimateOneRepMax({ weightKg: w, reps: reps + 1, rir: low }, f)!).toBeGreaterThan(w);
      }),
    );
  });

  it('reads whole reps in reserve exactly as that many more reps performed', () => {
    fc.assert(
      fc.property(weightKg, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: MAX_FOLDED_RIR }), formula, (w, reps, rir, f) => {
        expect(estimateOneRepMax({ weightKg: w, reps, rir }, f)).toBe(estimateOneRepMax({ weightKg: w, reps: reps + rir }, f));
        expect(estimateOneRepMax({ weightKg: w, reps, rpe: 10 - rir }, f)).toBe(estimateOneRepMax({ weightKg: w, reps: reps + rir }, f));
      }),
    );
  });
});
