import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LoadRounding, loadBarbell, loadableWeight, platesPerSide } from './plates.js';

/** The account default (identity settings): a commercial gym's kg plates. */
const GYM = [25, 20, 15, 10, 5, 2.5, 1.25];
/** Competition discs, IPF Technical Rules of Competition (2023) §2: 25 kg down to 0.25 kg, on a 20 kg bar. */
const IPF = [25, 20, 15, 10, 5, 2.5, 1.25, 0.5, 0.25];

/*
 * Worked loads, by hand. Per side heaviest first; among equally few plates the heaviest go on first
 * (100 kg is 25 + 15 a side, as loaders do it); null where nothing is loadable.
 */
const WORKED: ReadonlyArray<[string, number, readonly number[], number, LoadRounding, number | null, number[] | null]> = [
  // what,                                   bar,   plates,  target, mode,     total,  per side
  ['an exact load', 20, GYM, 142.5, 'nearest', 142.5, [25, 25, 10, 1.25]],
  ['nearest, rounding down', 20, GYM, 101, 'nearest', 100, [25, 15]],
  ['nearest, rounding up', 20, GYM, 101.5, 'nearest', 102.5, [25, 15, 1.25]],
  ['a tie goes to the lighter', 20, GYM, 101.25, 'nearest', 100, [25, 15]],
  ['down never overshoots', 20, GYM, 102.4, 'down', 100, [25, 15]],
  ['an RPE load (200 kg e1RM, 5 @ 8 = 162.2 kg)', 20, GYM, 162.2, 'nearest', 162.5, [25, 25, 20, 1.25]],
  ['change plates allow half-kilo steps', 20, IPF, 100.6, 'nearest', 100.5, [25, 15, 0.25]],
  ['a 45 lb bar (20.41 kg)', 20.41, GYM, 60, 'nearest', 60.41, [20]],
  ['two 10s where greedy takes a 15 and is stuck', 15, [15, 10], 55, 'nearest', 55, [10, 10]],
  ['two 20s rather than 25 + three 5s', 20, [25, 20, 5], 100, 'nearest', 100, [20, 20]],
  ['no bar (a plate-loaded machine)', 0, [10, 5], 33, 'nearest', 30, [10, 5]],
  ['coarse plates: the bar + a pair is nearer', 20, [20], 50, 'nearest', 60, [20]],
  ['coarse plates, down: the bar alone', 20, [20], 50, 'down', 20, []],
  ['below the bar, nearest: the empty bar', 20, GYM, 15, 'nearest', 20, []],
  ['below the bar, down: nothing', 20, GYM, 15, 'down', null, null],
  ['no plates at all', 20, [], 60, 'nearest', 20, []],
];

/** Per-side sums (quarter kg) reachable up to `bound`, each with the fewest plates, by breadth-first search. */
function reachableByBfs(units: readonly number[], bound: number): Map<number, number> {
  const fewest = new Map([[0, 0]]);
  let frontier = [0];
  for (let count = 1; frontier.length > 0; count += 1) {
    const next: number[] = [];
    for (const sum of frontier) {
      for (const unit of units) {
        const reached = sum + unit;
        if (reached <= bound && !fewest.has(reached)) {
          fewest.set(reached, count);
          next.push(reached);
        }
      }
    }
    frontier = next;
  }
  return fewest;
}

const cents = (kg: number) => Math.round(kg * 100);
const sum = (plates: readonly number[]) => plates.reduce((a, b) => a + b, 0);

const setup = fc.record({
  barKg: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
  // 0–5 distinct sizes, 0.25–50 kg in quarter kilos
  units: fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 5 }),
  targetKg: fc.double({ min: 0, max: 400, noNaN: true }),
  mode: fc.constantFrom<LoadRounding>('nearest', 'down'),
});

describe('loadableWeight and platesPerSide', () => {
  it.each(WORKED)('%s', (_what, barKg, platesKg, target, mode, total, side) => {
    expect(loadableWeight(target, { barKg, platesKg, mode })).toBe(total);
    if (total !== null) expect(platesPerSide(total, barKg, platesKg)).toEqual(side);
    expect(loadBarbell(target, { barKg, platesKg, mode })).toEqual(total === null ? null : { totalKg: total, platesPerSideKg: side });
  });

  it('loads nothing below the bar, or a total its plates cannot make', () => {
    expect(platesPerSide(15, 20, GYM)).toBeNull();
    expect(platesPerSide(20, 20, GYM)).toEqual([]);
    expect(platesPerSide(21, 20, GYM)).toBeNull(); //    0.5 kg per side: no such plate
    expect(platesPerSide(20.5, 20, IPF)).toEqual([0.25]);
    expect(platesPerSide(20.25, 20, IPF)).toBeNull(); // 0.125 kg per side
    expect(platesPerSide(60.005, 20, GYM)).toBeNull();
    expect(platesPerSide(35, 15, [15])).toBeNull();
  });

  it('rejects targets, bars and plates outside what the settings allow', () => {
    const ok = { barKg: 20, platesKg: GYM, mode: 'nearest' as const };
    expect(() => loadableWeight(-1, ok)).toThrow(RangeError);
    expect(() => loadableWeight(1000.5, ok)).toThrow(/0–1000/);
    expect(() => loadableWeight(Number.NaN, ok)).toThrow(RangeError);
    expect(() => loadableWeight(100, { ...ok, barKg: 120 })).toThrow(/barKg/);
    expect(() => loadableWeight(100, { ...ok, barKg: 20.005 })).toThrow(/0.01 kg/);
    expect(() => loadableWeight(100, { ...ok, platesKg: [2.3] })).toThrow(/multiples of 0.25/);
    expect(() => loadableWeight(100, { ...ok, platesKg: [0] })).toThrow(RangeError);
    expect(() => loadableWeight(100, { ...ok, platesKg: [60] })).toThrow(RangeError);
    expect(() => loadableWeight(100, { ...ok, mode: 'up' as LoadRounding })).toThrow(/mode/);
    expect(() => platesPerSide(Number.POSITIVE_INFINITY, 20, GYM)).toThrow(RangeError);
  });

  it('prescribes only loads that are exactly the bar plus both sides’ plates', () => {
    fc.assert(
      fc.property(setup, ({ barKg, units, targetKg, mode }) => {
        const platesKg = units.map((u) => u / 4);
        const total = loadableWeight(targetKg, { barKg, platesKg, mode });
        if (total === null) return;
        const side = platesPerSide(total, barKg, platesKg);
        expect(side).not.toBeNull();
        expect(cents(barKg + 2 * sum(side!))).toBe(cents(total));
        expect(cents(total)).toBeCloseTo(total * 100, 6);
        side!.forEach((plate, i) => {
          expect(platesKg).toContain(plate);
          if (i > 0) expect(plate).toBeLessThanOrEqual(side![i - 1]!);
        });
      }),
    );
  });

  it('prescribes the nearest loadable total (or the heaviest not above the target, rounding down)', () => {
    fc.assert(
      fc.property(setup, ({ barKg, units, targetKg, mode }) => {
        const platesKg = units.map((u) => u / 4);
        const total = loadableWeight(targetKg, { barKg, platesKg, mode });
        const bound = Math.max(0, Math.ceil((targetKg - barKg) * 2)) + 200;
        const totals = [...reachableByBfs(units, bound).keys()].map((s) => barKg + s / 2);
        if (mode === 'down') {
          const fitting = totals.filter((t) => t <= targetKg + 1e-9);
          if (fitting.length === 0) expect(total).toBeNull();
          else expect(total).toBeCloseTo(Math.max(...fitting), 9);
        } else {
          const best = Math.min(...totals.map((t) => Math.abs(t - targetKg)));
          expect(Math.abs(total! - targetKg)).toBeCloseTo(best, 9);
        }
      }),
    );
  });

  it('uses the fewest plates, for any plate set, and finds every loadable total', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: 0, max: 800 }), ({ barKg, units }, perSideUnits) => {
        const platesKg = units.map((u) => u / 4);
        const fewest = reachableByBfs(units, perSideUnits).get(perSideUnits);
        const side = platesPerSide((cents(barKg) + perSideUnits * 50) / 100, barKg, platesKg);
        if (fewest === undefined) expect(side).toBeNull();
        else expect(side).toHaveLength(fewest);
      }),
    );
  });

  it('agrees with greedy “heaviest plate that fits” on the standard gym and competition sets', () => {
    const greedy = (perSideKg: number, plates: readonly number[]) => {
      const side: number[] = [];
      let left = perSideKg;
      for (const plate of plates) {
        while (left >= plate - 1e-9) {
          side.push(plate);
          left -= plate;
        }
      }
      return Math.abs(left) < 1e-9 ? side : null;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1600 }), fc.constantFrom(GYM, IPF), (quarters, plates) => {
        expect(platesPerSide(20 + quarters / 2, 20, plates)).toEqual(greedy(quarters / 4, plates));
      }),
    );
  });
});
