import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf, isoDateOf } from './dates.js';
import { type TrendSet, computeE1rmTrends, fitLine } from './trends.js';

describe('fitLine (ordinary least squares)', () => {
  // Anscombe (1973), "Graphs in statistical analysis", The American Statistician 27(1):17–21:
  // four data sets with the same fitted line y = 3.00 + 0.500 x and r² = 0.67.
  const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
  it.each([
    ['I', x, [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]],
    ['II', x, [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74]],
    ['III', x, [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73]],
    ['IV', [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8], [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89]],
  ])("Anscombe's set %s: y = 3.00 + 0.500 x, r² = 0.67", (_name, xs, ys) => {
    const fit = fitLine(xs.map((xi, i) => ({ x: xi, y: ys[i]! })))!;
    expect(fit.slope).toBeCloseTo(0.5, 3);
    expect(fit.intercept).toBeCloseTo(3.0, 2);
    expect(fit.r2).toBeCloseTo(0.67, 2);
  });

  it('fits the textbook five points: y = 2.2 + 0.6 x, r² = 0.6', () => {
    const fit = fitLine([1, 2, 3, 4, 5].map((xi, i) => ({ x: xi, y: [2, 4, 5, 4, 5][i]! })))!;
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.r2).toBeCloseTo(0.6, 12);
  });

  it('has no line for fewer than two distinct x, and no r² for a flat series', () => {
    expect(fitLine([])).toBeNull();
    expect(fitLine([{ x: 1, y: 2 }])).toBeNull();
    expect(fitLine([{ x: 1, y: 2 }, { x: 1, y: 3 }])).toBeNull();
    expect(fitLine([{ x: 1, y: 2 }, { x: 2, y: 2 }])).toEqual({ slope: 0, intercept: 2, r2: null });
    expect(() => fitLine([{ x: 1, y: Number.NaN }, { x: 2, y: 2 }])).toThrow(RangeError);
  });

  it('recovers the slope and intercept of points on a line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 20 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 20, max: 300, noNaN: true }),
        (xs, slope, intercept) => {
          const fit = fitLine(xs.map((xi) => ({ x: xi, y: intercept + slope * xi })))!;
          expect(fit.slope).toBeCloseTo(slope, 6);
          expect(fit.intercept).toBeCloseTo(intercept, 4);
        },
      ),
    );
  });
});

describe('computeE1rmTrends', () => {
  const squat = (performedOn: string, weightKg: number, reps: number, extra: Partial<TrendSet> = {}): TrendSet => ({
    exerciseId: 'squat',
    performedOn,
    weightKg,
    reps,
    isWarmup: false,
    ...extra,
  });

  it('takes the best Epley e1RM of each day and fits kg per week', () => {
    // Epley (1985) w · (1 + r/30): 100×5 = 116.667, 102.5×5 = 119.583, 105×5 = 122.5; the line
    // rises 2.5 · 35/30 = 2.9167 kg a week, and the last point is 5 % above the first.
    const sets = [
      squat('2024-03-04', 60, 5, { isWarmup: true }),
      squat('2024-03-04', 100, 5),
      squat('2024-03-04', 95, 5),
      squat('2024-03-11', 102.5, 5),
      squat('2024-03-11', 80, 15), // beyond Epley's 12 reps: not rated
      squat('2024-03-18', 105, 5),
      squat('2024-03-25', 200, 1), // after asOf: ignored
      { ...squat('2024-03-11', 60, 8), exerciseId: 'bench' },
    ];
    const [bench, trend] = computeE1rmTrends(sets, { asOf: '2024-03-20' });
    expect(bench).toEqual({ exerciseId: 'bench', points: [{ performedOn: '2024-03-11', e1rmKg: 76 }], slopeKgPerWeek: null, r2: null, changePct: null, reason: 'fewer than two training days in the window' });
    expect(trend!.points.map((point) => point.performedOn)).toEqual(['2024-03-04', '2024-03-11', '2024-03-18']);
    expect(trend!.points.map((point) => point.e1rmKg)).toEqual([100 * (35 / 30), 102.5 * (35 / 30), 105 * (35 / 30)].map((value) => expect.closeTo(value, 9)));
    expect(trend!.slopeKgPerWeek).toBeCloseTo(2.9167, 4);
    expect(trend!.r2).toBeCloseTo(1, 12);
    expect(trend!.changePct).toBeCloseTo(5, 9);
  });

  it('keeps only the window (asOf − windowDays, asOf]', () => {
    const sets = [squat('2024-03-01', 100, 5), squat('2024-03-02', 100, 5), squat('2024-03-08', 100, 3)];
    expect(computeE1rmTrends(sets, { asOf: '2024-03-08', windowDays: 7 })[0]!.points.map((point) => point.performedOn)).toEqual(['2024-03-02', '2024-03-08']);
  });

  it("uses the athlete's estimator when given one", () => {
    // Brzycki (1993) w · 36 / (37 − r): 100×5 → 112.5; 100×10 → 133.33.
    const brzycki = (set: TrendSet) => (set.reps >= 1 && set.reps <= 10 ? (set.weightKg * 36) / (37 - set.reps) : null);
    const [trend] = computeE1rmTrends([squat('2024-03-04', 100, 5), squat('2024-03-11', 100, 10)], { asOf: '2024-03-11', estimator: brzycki });
    expect(trend!.points.map((point) => point.e1rmKg)).toEqual([112.5, expect.closeTo(133.333, 3)]);
    expect(trend!.slopeKgPerWeek).toBeCloseTo(20.833, 3);
  });

  it('rejects a bad window, a bad date and an estimator that returns nonsense', () => {
    expect(() => computeE1rmTrends([], { asOf: '2024-03-04', windowDays: 0 })).toThrow(RangeError);
    expect(() => computeE1rmTrends([], { asOf: '2024-3-4' })).toThrow(RangeError);
    expect(() => computeE1rmTrends([squat('2024-03-04', 100, 5)], { asOf: '2024-03-04', estimator: () => -1 })).toThrow(RangeError);
  });

  const history = fc.array(
    fc.record({
      exerciseId: fc.constantFrom('squat', 'bench', 'row'),
      performedOn: fc.integer({ min: 0, max: 70 }).map((offset) => isoDateOf(epochDayOf('2024-01-01') + offset)),
      weightKg: fc.integer({ min: 1, max: 1000 }).map((quarterKg) => quarterKg / 4),
      reps: fc.integer({ min: 1, max: 15 }),
      isWarmup: fc.boolean(),
    }),
    { maxLength: 40 },
  );

  it('does not depend on the order of the sets', () => {
    fc.assert(
      fc.property(history, (sets) => {
        expect(computeE1rmTrends([...sets].reverse(), { asOf: '2024-03-10' })).toEqual(computeE1rmTrends(sets, { asOf: '2024-03-10' }));
      }),
    );
  });

  it('never changes when a weaker set is added to a day already logged', () => {
    fc.assert(
      fc.property(history, fc.nat(), (sets, pick) => {
        const working = sets.filter((set) => !set.isWarmup && set.reps <= 12);
        fc.pre(working.length > 0);
        const base = working[pick % working.length]!;
        const weaker = { ...base, weightKg: base.weightKg / 2 };
        expect(computeE1rmTrends([...sets, weaker], { asOf: '2024-03-10' })).toEqual(computeE1rmTrends(sets, { asOf: '2024-03-10' }));
      }),
    );
  });
});
