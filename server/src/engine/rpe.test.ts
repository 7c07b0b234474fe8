import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RPE_CHART,
  RPE_CHART_RPES,
  e1rmFromRpeSet,
  isOnRpeChart,
  loadForTarget,
  percentOfOneRepMax,
  rpeForPercent,
} from './rpe.js';

/*
 * Cells transcribed from the Reactive Training Systems RPE chart (Tuchscherer 2008, The Reactive
 * Training Manual; reproduced in Helms, Cronin, Storey & Zourdos 2016, Strength Cond J
 * 38(4):42–49), as commonly published.
 */
const CHART_CELLS: ReadonlyArray<[number, number, number]> = [
  // reps, RPE, % 1RM
  [1, 10, 100],
  [1, 9.5, 97.8],
  [1, 6, 86.3],
  [2, 9, 92.2],
  [3, 8, 86.3],
  [4, 6.5, 79.9],
  [5, 8, 81.1],
  [5, 7.5, 79.9],
  [6, 9.5, 82.4],
  [8, 9.5, 77.4],
  [10, 7, 65.3],
  [10, 10, 73.9],
  [11, 8.5, 66.7],
  [12, 10, 68.0],
  [12, 6, 57.4],
];

/* Worked e1RM and load examples computed from those cells: weight ÷ fraction and e1RM × fraction. */
const E1RM_EXAMPLES: ReadonlyArray<[number, number, number, number]> = [
  // weightKg, reps, RPE, e1RM kg
  [200, 3, 8, 231.7497], //   200 / 0.863
  [100, 5, 8, 123.3046], //   100 / 0.811
  [140, 1, 10, 140], //       a true single at RPE 10
  [60, 12, 6, 104.5296], //   60 / 0.574
];
const LOAD_EXAMPLES: ReadonlyArray<[number, number, number, number]> = [
  // e1RM kg, reps, RPE, load kg
  [200, 5, 8, 162.2],
  [180, 3, 9, 160.56],
  [100, 8, 7, 70.7],
  [250, 1, 10, 250],
];

const onChart = fc.record({
  reps: fc.integer({ min: 1, max: 12 }),
  rpe: fc.constantFrom(...RPE_CHART_RPES),
});

describe('RPE chart', () => {
  it.each(CHART_CELLS)('%d reps @ RPE %d is %d %% of 1RM', (reps, rpe, percent) => {
    expect(percentOfOneRepMax(reps, rpe)).toBe(percent);
  });

  it('depends only on reps + reps in reserve, as the chart is built (catches a mistyped cell)', () => {
    const byEffectiveReps = new Map<number, number>();
    for (const rpe of RPE_CHART_RPES) {
      RPE_CHART[rpe]!.forEach((percent, i) => {
        const effective = i + 1 + (10 - rpe);
        expect(byEffectiveReps.get(effective) ?? percent, `cell ${i + 1} @ ${rpe}`).toBe(percent);
        byEffectiveReps.set(effective, percent);
      });
    }
    expect(byEffectiveReps.size).toBe(31); // effective reps 1, 1.5, …, 16
  });

  it('is null off the chart and rejects malformed reps or RPE', () => {
    expect(percentOfOneRepMax(13, 8)).toBeNull();
    expect(percentOfOneRepMax(0, 8)).toBeNull();
    expect(percentOfOneRepMax(5, 5.5)).toBeNull();
    expect(percentOfOneRepMax(5, 10.5)).toBeNull();
    expect(isOnRpeChart(12, 6)).toBe(true);
    expect(() => percentOfOneRepMax(5.5, 8)).toThrow(RangeError);
    expect(() => percentOfOneRepMax(5, 8.25)).toThrow(/whole or half/);
    expect(() => percentOfOneRepMax(5, Number.NaN)).toThrow(RangeError);
  });

  it('falls as reps rise and rises with RPE', () => {
    fc.assert(
      fc.property(onChart, ({ reps, rpe }) => {
        const here = percentOfOneRepMax(reps, rpe)!;
        if (reps < 12) expect(percentOfOneRepMax(reps + 1, rpe)!).toBeLessThan(here);
        if (rpe < 10) expect(percentOfOneRepMax(reps, rpe + 0.5)!).toBeGreaterThan(here);
        expect(here).toBeGreaterThan(0);
        expect(here).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('e1rmFromRpeSet and loadForTarget', () => {
  it.each(E1RM_EXAMPLES)('%d kg × %d @ RPE %d → e1RM %d kg', (weight, reps, rpe, e1rm) => {
    expect(e1rmFromRpeSet(weight, reps, rpe)).toBeCloseTo(e1rm, 3);
  });

  it.each(LOAD_EXAMPLES)('e1RM %d kg, %d reps @ RPE %d → %d kg', (e1rm, reps, rpe, load) => {
    expect(loadForTarget(e1rm, reps, rpe)).toBeCloseTo(load, 6);
  });

  it('returns null off the chart or for an unloaded set, and rejects non-finite or non-positive inputs', () => {
    expect(e1rmFromRpeSet(100, 15, 8)).toBeNull();
    expect(e1rmFromRpeSet(100, 5, 5)).toBeNull();
    expect(e1rmFromRpeSet(0, 5, 8)).toBeNull();
    expect(loadForTarget(200, 5, 5)).toBeNull();
    expect(() => e1rmFromRpeSet(Number.POSITIVE_INFINITY, 5, 8)).toThrow(RangeError);
    expect(() => loadForTarget(0, 5, 8)).toThrow(/positive/);
    expect(() => loadForTarget(Number.NaN, 5, 8)).toThrow(RangeError);
  });

  it('round-trips: the load prescribed from an RPE set’s e1RM is that set’s weight, and back', () => {
    const kg = fc.double({ min: 1, max: 500, noNaN: true });
    fc.assert(
      fc.property(kg, onChart, (weightKg, { reps, rpe }) => {
        expect(loadForTarget(e1rmFromRpeSet(weightKg, reps, rpe)!, reps, rpe)!).toBeCloseTo(weightKg, 9);
        expect(e1rmFromRpeSet(loadForTarget(weightKg, reps, rpe)!, reps, rpe)!).toBeCloseTo(weightKg, 9);
      }),
    );
  });

  it('gives the same e1RM for any two chart cells at the same reps + reps in reserve and load', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 500, noNaN: true }), onChart, (weightKg, { reps, rpe }) => {
        fc.pre(reps < 12 && rpe <= 9);
        expect(e1rmFromRpeSet(weightKg, reps + 1, rpe + 1)).toBe(e1rmFromRpeSet(weightKg, reps, rpe));
      }),
    );
  });
});

describe('rpeForPercent', () => {
  it('reads every chart cell back as its own RPE', () => {
    fc.assert(fc.property(onChart, ({ reps, rpe }) => rpeForPercent(reps, percentOfOneRepMax(reps, rpe)!) === rpe));
  });

  it('picks the nearest cell, the higher RPE on a tie, and null beyond the column', () => {
    expect(rpeForPercent(5, 81.5)).toBe(8); //    nearer 81.1 (RPE 8) than 82.4 (RPE 8.5)
    expect(rpeForPercent(5, 81.75)).toBe(8.5); // midway: the cautious, higher RPE
    expect(rpeForPercent(5, 86.9)).toBe(10); //   within half a step (0.65) above RPE 10's 86.3
    expect(rpeForPercent(5, 87)).toBeNull(); //   heavier than RPE 10 allows: the e1RM is stale
    expect(rpeForPercent(5, 75)).toBeNull(); //   easier than RPE 6
    expect(rpeForPercent(13, 70)).toBeNull();
    expect(() => rpeForPercent(5, Number.NaN)).toThrow(RangeError);
  });

  it('never reads a heavier load as an easier set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 50, max: 100, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (reps, percent, more) => {
        const low = rpeForPercent(reps, percent);
        const high = rpeForPercent(reps, percent + more);
        if (low !== null && high !== null) expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});
