import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReadinessInput, assessReadiness, readinessLoadAdjustment } from './readiness.js';

describe('assessReadiness', () => {
  it('weights every component and explains each contribution', () => {
    const result = assessReadiness({
      hrvMs: 60,
      hrvBaselineMs: [60, 60, 60, 60, 60, 60, 60], // flat: the 0.03 SD floor applies, z = 0 → 75
      restingHrBpm: 52,
      restingHrBaselineBpm: [50, 50, 50], // flat: 1 bpm floor, z = +2 → 25
      sleepHours: 7, // → 75
      sleepScore: 80,
      deviceReadiness: 70,
      // worst 3 → 0.75 · 2/4 = 0.375; excess (3−1) + (2−1) = 3 → 0.25 · 3/8 = 0.09375; → 53.125
      soreness: [
        { bodyPart: 'quads', level: 3 },
        { bodyPart: 'hamstrings', level: 2 },
        { bodyPart: 'quads', level: 2 }, // the higher report for a part counts
      ],
    });
    expect(result.components.map(({ component, score, weight }) => [component, score, weight])).toEqual([
      ['HRV', 75, 0.3],
      ['RESTING_HR', 25, 0.15],
      ['SLEEP_HOURS', 75, 0.15],
      ['SLEEP_SCORE', 80, 0.1],
      ['DEVICE_READINESS', 70, 0.1],
      ['SORENESS', 53.125, 0.2],
    ]);
    // 22.5 + 3.75 + 11.25 + 8 + 7 + 10.625 = 63.125
    expect(result.components.reduce((sum, component) => sum + component.contribution, 0)).toBeCloseTo(63.125, 9);
    expect(result.score).toBe(63);
    expect(result.missing).toEqual([]);
    expect(result.adjustment).toMatchObject({ band: 'MODERATE', loadPct: -5, loadFactor: 0.95, setDelta: 0 });
    expect(result.components[0]!.explanation).toBe('rMSSD 60 ms is within the normal ±0.5 SD range of your 7-day baseline (~60 ms; z = 0)');
    expect(result.components[5]!.explanation).toBe('sorest: quads at 3/5; 2 sore body part(s)');
  });

  it('reads HRV as a z-score of ln rMSSD against the rolling baseline (Plews et al. 2013)', () => {
    // Baseline ln rMSSD 4.0, 4.1, 4.2: mean 4.1, SD 0.1.
    const baseline = [4, 4.1, 4.2].map(Math.exp);
    const hrvScore = (lnToday: number) => assessReadiness({ hrvMs: Math.exp(lnToday), hrvBaselineMs: baseline }).components[0]!.score;
    expect(hrvScore(4.1)).toBeCloseTo(75, 9);
    expect(hrvScore(4.05)).toBeCloseTo(62.5, 9); // −0.5 SD, the smallest worthwhile change
    expect(hrvScore(4.0)).toBeCloseTo(50, 9);
    expect(hrvScore(3.8)).toBe(0);
    expect(hrvScore(4.3)).toBe(100);
  });

  it('re-weights over what is present', () => {
    const result = assessReadiness({ sleepHours: 8, soreness: [{ bodyPart: 'back', level: 1 }], hrvMs: 70, hrvBaselineMs: [70, 72] });
    expect(result.components.map((component) => [component.component, component.weight])).toEqual([
      ['SLEEP_HOURS', 0.15 / 0.35],
      ['SORENESS', 0.2 / 0.35],
    ]);
    expect(result.score).toBe(100);
    expect(result.missing).toContainEqual({ component: 'HRV', reason: 'HRV baseline needs ≥ 3 readings (has 2)' });
    expect(result.missing.map((missing) => missing.component)).toEqual(['HRV', 'RESTING_HR', 'SLEEP_SCORE', 'DEVICE_READINESS']);
  });

  it('is null, with a reason, when nothing can be scored', () => {
    const result = assessReadiness({ soreness: [], hrvBaselineMs: [60, 61, 62] });
    expect(result).toMatchObject({ score: null, reason: 'no recovery signal or soreness report could be scored', components: [] });
    expect(result.missing).toHaveLength(6);
    expect(result.adjustment).toMatchObject({ band: 'UNKNOWN', loadPct: 0, setDelta: 0 });
  });

  it('rejects readings outside their ranges', () => {
    for (const bad of [
      { hrvMs: 0, hrvBaselineMs: [1, 2, 3] },
      { hrvMs: 50, hrvBaselineMs: [1, -2, 3] },
      { restingHrBpm: Number.NaN, restingHrBaselineBpm: [50, 50, 50] },
      { sleepHours: 25 },
      { sleepHours: -1 },
      { sleepScore: 101 },
      { deviceReadiness: -0.1 },
      { soreness: [{ bodyPart: 'quads', level: 6 }] },
      { soreness: [{ bodyPart: 'quads', level: 2.5 }] },
    ] satisfies ReadinessInput[]) {
      expect(() => assessReadiness(bad), JSON.stringify(bad)).toThrow(RangeError);
    }
  });

  // Integer-backed values in tenths: fc.double leans towards its bounds, which would leave the
  // middle of each scale (where the interesting cut-offs are) rarely visited.
  const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((value) => value / 10);
  const baseline = (min: number, max: number) => fc.array(tenths(min, max), { minLength: 3, maxLength: 7 });
  const soreness = fc.array(fc.record({ bodyPart: fc.constantFrom('quads', 'hamstrings', 'chest', 'back', 'shoulders'), level: fc.integer({ min: 1, max: 5 }) }), { maxLength: 6 });
  const input = fc.record({
    hrvMs: fc.option(tenths(10, 200), { nil: null }),
    hrvBaselineMs: baseline(10, 200),
    restingHrBpm: fc.option(tenths(35, 100), { nil: null }),
    restingHrBaselineBpm: baseline(35, 100),
    sleepHours: fc.option(tenths(0, 12), { nil: null }),
    sleepScore: fc.option(tenths(0, 100), { nil: null }),
    deviceReadiness: fc.option(tenths(0, 100), { nil: null }),
    soreness,
  });

  it('stays in [0, 100], null exactly when no component is present, contributions summing to the score', () => {
    fc.assert(
      fc.property(input, (reading) => {
        const result = assessReadiness(reading);
        expect(result.score === null).toBe(result.components.length === 0);
        if (result.score !== null) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(result.score)).toBe(true);
          expect(Math.abs(result.components.reduce((sum, component) => sum + component.contribution, 0) - result.score)).toBeLessThanOrEqual(0.5 + 1e-9);
          expect(result.components.reduce((sum, component) => sum + component.weight, 0)).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  const more = tenths(0, 50);
  const score = (reading: ReadinessInput) => assessReadiness(reading).score ?? Number.NaN;
  // Each case: raise one input by `extra` (kept in range) and say whether readiness may go up (+1) or down (−1).
  it.each([
    ['more HRV never lowers it', (r: ReadinessInput, extra: number) => ({ ...r, hrvMs: r.hrvMs == null ? null : r.hrvMs + extra }), 1],
    ['more sleep never lowers it', (r: ReadinessInput, extra: number) => ({ ...r, sleepHours: r.sleepHours == null ? null : Math.min(24, r.sleepHours + extra / 10) }), 1],
    ['a better sleep score never lowers it', (r: ReadinessInput, extra: number) => ({ ...r, sleepScore: r.sleepScore == null ? null : Math.min(100, r.sleepScore + extra) }), 1],
    ['better device readiness never lowers it', (r: ReadinessInput, extra: number) => ({ ...r, deviceReadiness: r.deviceReadiness == null ? null : Math.min(100, r.deviceReadiness + extra) }), 1],
    ['a higher resting HR never raises it', (r: ReadinessInput, extra: number) => ({ ...r, restingHrBpm: r.restingHrBpm == null ? null : r.restingHrBpm + extra }), -1],
  ] as const)('%s', (_name, raise, direction) => {
    fc.assert(
      fc.property(input, more, (reading, extra) => {
        const before = score(reading);
        const after = score(raise(reading, extra));
        if (Number.isNaN(before)) return;
        if (direction === 1) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('more soreness (a part sorer, or another sore part) never raises it', () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.integer({ min: 1, max: 4 }), fc.constantFrom('quads', 'calves', 'neck'), fc.integer({ min: 1, max: 5 }), (reading, pick, bump, part, level) => {
        fc.pre(reading.soreness.length > 0);
        const before = score(reading);
        const sorer = reading.soreness.map((report, i) => (i === pick % reading.soreness.length ? { ...report, level: Math.min(5, report.level + bump) } : report));
        expect(score({ ...reading, soreness: sorer })).toBeLessThanOrEqual(before);
        expect(score({ ...reading, soreness: [...reading.soreness, { bodyPart: part, level }] })).toBeLessThanOrEqual(before);
      }),
    );
  });
});

describe('readinessLoadAdjustment', () => {
  it.each([
    [100, 'HIGH', 0, 0],
    [80, 'HIGH', 0, 0],
    [79, 'MODERATE', -5, 0],
    [60, 'MODERATE', -5, 0],
    [59.5, 'LOW', -10, 0],
    [40, 'LOW', -10, 0],
    [39, 'VERY_LOW', -20, -1],
    [0, 'VERY_LOW', -20, -1],
    [null, 'UNKNOWN', 0, 0],
  ] as const)('readiness %s → %s, %i %% load, %i set', (score, band, loadPct, setDelta) => {
    const adjustment = readinessLoadAdjustment(score);
    expect(adjustment).toMatchObject({ band, loadPct, setDelta });
    expect(adjustment.loadFactor).toBeCloseTo(1 + loadPct / 100, 12);
  });

  it('rejects a score outside [0, 100]', () => {
    expect(() => readinessLoadAdjustment(101)).toThrow(RangeError);
    expect(() => readinessLoadAdjustment(-1)).toThrow(RangeError);
    expect(() => readinessLoadAdjustment(Number.NaN)).toThrow(RangeError);
  });

  it('never cuts more load or sets for a higher readiness', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(readinessLoadAdjustment(high).loadPct).toBeGreaterThanOrEqual(readinessLoadAdjustment(low).loadPct);
        expect(readinessLoadAdjustment(high).setDelta).toBeGreaterThanOrEqual(readinessLoadAdjustment(low).setDelta);
      }),
    );
  });
});
