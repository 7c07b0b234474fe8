/**
 * How to load a bar to a weight with the athlete's plates: plate sizes in kg, any number of pairs
 * of each (a plate goes on both sides). Work is in grams so 1.25 kg plates add up exactly.
 */

/** One way to load the bar: the plates on each side, heaviest first, and what it weighs in all. */
export interface BarLoad {
  totalKg: number;
  platesPerSide: number[];
}

export type PlateAnswer =
  | { exact: true; load: BarLoad }
  /** The nearest loads either side; `lower` is null below the bar, `higher` only without plates. */
  | { exact: false; lower: BarLoad | null; higher: BarLoad | null };

const GRAMS_PER_KG = 1000;

const toGrams = (kg: number) => Math.round(kg * GRAMS_PER_KG);

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The load for `targetKg` on a `barKg` bar, else the nearest lighter and heavier loads. Among the
 * ways to make a weight it takes the fewest plates, heaviest first: the same as greedy for
 * ordinary plate sets (25, 20, 15, 10, 5, 2.5, 1.25), and still exact where greedy is not
 * (20 kg a side from 15s and 10s is two 10s; greedy would stop at 15).
 */
export function loadBar(targetKg: number, barKg: number, platesKg: readonly number[]): PlateAnswer {
  const barG = toGrams(barKg);
  const sizes = [...new Set(platesKg.filter((kg) => Number.isFinite(kg) && kg > 0).map(toGrams))].filter((g) => g > 0).sort((a, b) => b - a);
  const perSideG = (toGrams(targetKg) - barG) / 2;
  const bar: BarLoad = { totalKg: barKg, platesPerSide: [] };

  if (perSideG < 0) return { exact: false, lower: null, higher: bar };
  if (sizes.length === 0) return perSideG === 0 ? { exact: true, load: bar } : { exact: false, lower: bar, higher: null };

  // Every load is a multiple of the plates' common divisor: count in those steps.
  const step = sizes.reduce(gcd);
  const smallest = sizes[sizes.length - 1]!;
  // Some multiple of the smallest plate lies within one plate above the target, so the search stops there.
  const limit = Math.ceil((perSideG + smallest) / step);
  const fewest = new Array<number>(limit + 1).fill(Number.POSITIVE_INFINITY);
  fewest[0] = 0;
  for (let i = 1; i <= limit; i++) {
    for (const size of sizes) {
      const rest = i - size / step;
      if (rest >= 0 && fewest[rest]! + 1 < fewest[i]!) fewest[i] = fewest[rest]! + 1;
    }
  }

  const loadOf = (index: number): BarLoad => {
    const plates: number[] = [];
    let i = index;
    while (i > 0) {
      // Heaviest first among the plates that keep the count minimal.
      const size = sizes.find((g) => i - g / step >= 0 && fewest[i - g / step] === fewest[i]! - 1)!;
      plates.push(size / GRAMS_PER_KG);
      i -= size / step;
    }
    return { totalKg: (barG + 2 * index * step) / GRAMS_PER_KG, platesPerSide: plates };
  };

  const target = perSideG / step;
  if (Number.isInteger(target) && Number.isFinite(fewest[target]!)) return { exact: true, load: loadOf(target) };

  let below = Math.floor(target);
  while (below > 0 && !Number.isFinite(fewest[below]!)) below--;
  let above = Math.ceil(target) === target ? target + 1 : Math.ceil(target);
  while (above <= limit && !Number.isFinite(fewest[above]!)) above++;
  return { exact: false, lower: loadOf(below), higher: above <= limit ? loadOf(above) : null };
}

/** [20, 20, 2.5] → [{ kg: 20, count: 2 }, { kg: 2.5, count: 1 }], keeping the order. */
export function groupPlates(platesPerSide: readonly number[]): { kg: number; count: number }[] {
  const groups: { kg: number; count: number }[] = [];
  for (const kg of platesPerSide) {
    const last = groups[groups.length - 1];
    if (last && last.kg === kg) last.count++;
    else groups.push({ kg, count: 1 });
  }
  return groups;
}
