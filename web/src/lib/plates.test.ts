import { describe, expect, it } from 'vitest';
import { groupPlates, loadBar } from './plates';

const GYM = [25, 20, 15, 10, 5, 2.5, 1.25];

describe('loadBar', () => {
  it('loads 100 kg on a 20 kg bar as 25 + 15 a side', () => {
    expect(loadBar(100, 20, GYM)).toEqual({ exact: true, load: { totalKg: 100, platesPerSide: [25, 15] } });
  });

  it('puts the heaviest plates first and repeats a size when needed', () => {
    expect(loadBar(142.5, 20, GYM)).toEqual({ exact: true, load: { totalKg: 142.5, platesPerSide: [25, 25, 10, 1.25] } });
    expect(loadBar(70, 20, [20, 5])).toEqual({ exact: true, load: { totalKg: 70, platesPerSide: [20, 5] } });
    expect(loadBar(100, 20, [10])).toEqual({ exact: true, load: { totalKg: 100, platesPerSide: [10, 10, 10, 10] } });
  });

  it('needs no plates for the bar alone', () => {
    expect(loadBar(20, 20, GYM)).toEqual({ exact: true, load: { totalKg: 20, platesPerSide: [] } });
  });

  it('reads the listed plates in any order, ignoring duplicates and nonsense', () => {
    expect(loadBar(62.5, 20, [1.25, 20, 20, 0, -5, Number.NaN])).toEqual({ exact: true, load: { totalKg: 62.5, platesPerSide: [20, 1.25] } });
  });

  it('adds 1.25 kg plates without floating-point drift', () => {
    const answer = loadBar(22.5, 20, GYM);
    expect(answer).toEqual({ exact: true, load: { totalKg: 22.5, platesPerSide: [1.25] } });
  });

  it('gives the nearest lighter and heavier loads when the weight cannot be made', () => {
    expect(loadBar(101, 20, GYM)).toEqual({
      exact: false,
      lower: { totalKg: 100, platesPerSide: [25, 15] },
      higher: { totalKg: 102.5, platesPerSide: [25, 15, 1.25] },
    });
    // Without small plates the gap is wider.
    expect(loadBar(105, 20, [20, 10])).toEqual({
      exact: false,
      lower: { totalKg: 100, platesPerSide: [20, 20] },
      higher: { totalKg: 120, platesPerSide: [20, 20, 10] },
    });
  });

  it('finds a load greedy would miss: 20 kg a side from 15s and 10s', () => {
    // Greedy takes a 15 and has 5 kg a side left that no plate makes.
    expect(loadBar(60, 20, [15, 10])).toEqual({ exact: true, load: { totalKg: 60, platesPerSide: [10, 10] } });
    expect(loadBar(80, 20, [15, 10])).toEqual({ exact: true, load: { totalKg: 80, platesPerSide: [15, 15] } });
  });

  it('below the bar there is nothing lighter, and the bar is the nearest heavier', () => {
    expect(loadBar(15, 20, GYM)).toEqual({ exact: false, lower: null, higher: { totalKg: 20, platesPerSide: [] } });
  });

  it('with no plates only the bar itself can be made', () => {
    expect(loadBar(20, 20, [])).toEqual({ exact: true, load: { totalKg: 20, platesPerSide: [] } });
    expect(loadBar(40, 20, [])).toEqual({ exact: false, lower: { totalKg: 20, platesPerSide: [] }, higher: null });
  });

  it('a weight that does not split evenly across the sides is not exact', () => {
    // 0.25 kg over 20 would need 0.125 kg a side.
    expect(loadBar(20.25, 20, [0.25])).toEqual({
      exact: false,
      lower: { totalKg: 20, platesPerSide: [] },
      higher: { totalKg: 20.5, platesPerSide: [0.25] },
    });
  });

  it('every exact answer weighs the target, and lower < target < higher otherwise', () => {
    for (let targetKg = 20; targetKg <= 300; targetKg += 0.5) {
      const answer = loadBar(targetKg, 20, [20, 10, 5, 2.5]);
      if (answer.exact) {
        expect(20 + 2 * answer.load.platesPerSide.reduce((sum, kg) => sum + kg, 0)).toBeCloseTo(targetKg, 6);
      } else {
        expect(answer.lower!.totalKg).toBeLessThan(targetKg);
        expect(answer.higher!.totalKg).toBeGreaterThan(targetKg);
        expect(answer.higher!.totalKg - answer.lower!.totalKg).toBe(5);
      }
    }
  });
});

describe('groupPlates', () => {
  it('counts runs of the same plate', () => {
    expect(groupPlates([25, 25, 10, 1.25])).toEqual([
      { kg: 25, count: 2 },
      { kg: 10, count: 1 },
      { kg: 1.25, count: 1 },
    ]);
    expect(groupPlates([])).toEqual([]);
  });
});
