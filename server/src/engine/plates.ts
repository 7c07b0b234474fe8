/**
 * Loading a barbell: which totals the athlete's bar and plates can make, and with which plates.
 *
 * A total is bar + 2 × (plates on one side): plates go on in pairs, one of each pair per side, and
 * every listed size is available in as many pairs as needed (the settings hold sizes, not counts).
 * Plate sizes are multiples of 0.25 kg (as the settings require, so 0.25/0.5 kg change plates
 * work); the bar is kept to 0.01 kg (20.41 kg for a 45 lb bar). Loadable totals are therefore
 * bar + k × 0.5 kg for the k the plates can make per side.
 *
 * Which per-side sums the plates can make is an unbounded knapsack, solved exactly by dynamic
 * programming over per-side sums in 0.25 kg units (bounded by the target plus the lightest plate).
 * Greedy "heaviest plate that fits" is right for standard sets but not in general: 20 kg per side
 * from 15s and 10s needs two 10s, which greedy never finds.
 */
export const PLATE_UNIT_KG = 0.25;
/** The heaviest total handled; well above any barbell lift on record, and it bounds the search. */
export const MAX_LOADABLE_KG = 1000;
export const MAX_BAR_KG = 100;
export const MAX_PLATE_KG = 50;

export type LoadRounding = 'nearest' | 'down';

export interface LoadableWeightOptions {
  /** The bar, 0–100 kg to 0.01 kg (0 for no bar, e.g. a plate-loaded machine). */
  barKg: number;
  /** Plate sizes in kg, each a positive multiple of 0.25 up to 50; duplicates are ignored. */
  platesKg: readonly number[];
  /** nearest: the closest loadable total (a tie goes to the lighter). down: the heaviest not above the target. */
  mode: LoadRounding;
}

/** Hundredths of a kg one quarter-kg unit per side adds to the total (it goes on both sides). */
const CENTS_PER_SIDE_UNIT = 2 * PLATE_UNIT_KG * 100;

function barCents(fn: string, barKg: number): number {
  const cents = Math.round(barKg * 100);
  if (!Number.isFinite(barKg) || barKg < 0 || barKg > MAX_BAR_KG || Math.abs(barKg * 100 - cents) > 1e-6) {
    throw new RangeError(`${fn}: barKg must be 0–${MAX_BAR_KG} kg to 0.01 kg (got ${barKg})`);
  }
  return cents;
}

/** Distinct plate sizes in quarter-kg units, heaviest first. */
function plateUnits(fn: string, platesKg: readonly number[]): number[] {
  const units = new Set<number>();
  for (const plate of platesKg) {
    const unit = Math.round(plate / PLATE_UNIT_KG);
    if (!Number.isFinite(plate) || plate <= 0 || plate > MAX_PLATE_KG || Math.abs(plate / PLATE_UNIT_KG - unit) > 1e-9) {
      throw new RangeError(`${fn}: plate sizes must be positive multiples of ${PLATE_UNIT_KG} kg up to ${MAX_PLATE_KG} (got ${plate})`);
    }
    units.add(unit);
  }
  return [...units].sort((a, b) => b - a);
}

function checkTotal(fn: string, name: string, kg: number): void {
  if (!Number.isFinite(kg) || kg < 0 || kg > MAX_LOADABLE_KG) {
    throw new RangeError(`${fn}: ${name} must be 0–${MAX_LOADABLE_KG} kg (got ${kg})`);
  }
}

/**
 * Fewest plates making each per-side sum 0..maxUnits (in quarter kg), -1 where none can.
 * Exact for any plate set: every sum is built from a smaller one plus one plate.
 */
function fewestPlates(units: readonly number[], maxUnits: number): Int32Array {
  const fewest = new Int32Array(maxUnits + 1).fill(-1);
  fewest[0] = 0;
  for (let sum = 1; sum <= maxUnits; sum += 1) {
    for (const unit of units) {
      const before = sum - unit;
      if (before >= 0 && fewest[before]! >= 0 && (fewest[sum] === -1 || fewest[before]! + 1 < fewest[sum]!)) {
        fewest[sum] = fewest[before]! + 1;
      }
    }
  }
  return fewest;
}

/**
 * The loadable total in kg closest to `targetKg` (mode 'nearest'; a tie between a lighter and a
 * heavier total goes to the lighter), or the heaviest loadable total not above it (mode 'down').
 *
 * Below the bar: 'nearest' gives the empty bar, the lightest load there is; 'down' gives null,
 * since nothing on this bar weighs as little as the target (the caller chooses another implement).
 * Throws a RangeError for a target outside 0–1000 kg or a malformed bar, plate list or mode.
 */
export function loadableWeight(targetKg: number, { barKg, platesKg, mode }: LoadableWeightOptions): number | null {
  checkTotal('loadableWeight', 'targetKg', targetKg);
  const bar = barCents('loadableWeight', barKg);
  const units = plateUnits('loadableWeight', platesKg);
  if (mode !== 'nearest' && mode !== 'down') throw new RangeError(`loadableWeight: mode must be 'nearest' or 'down' (got ${String(mode)})`);

  // The target as per-side quarter-kg units, snapped to a whole unit when float noise is all that separates them.
  let desired = (targetKg * 100 - bar) / CENTS_PER_SIDE_UNIT;
  if (Math.abs(desired - Math.round(desired)) < 1e-6) desired = Math.round(desired);
  if (desired < 0) return mode === 'nearest' ? bar / 100 : null;

  // Some loadable sum lies in (desired, desired + lightest plate]: the heaviest one ≤ desired plus that plate.
  const below = Math.floor(desired);
  const lightest = units.length > 0 ? units[units.length - 1]! : 0;
  const fewest = fewestPlates(units, below + lightest);
  let lower = below;
  while (fewest[lower] === -1) lower -= 1;
  let chosen = lower;
  if (mode === 'nearest' && lower < desired && units.length > 0) {
    let upper = below + 1;
    while (fewest[upper] === -1) upper += 1;
    if (upper - desired < desired - lower) chosen = upper;
  }
  return (bar + chosen * CENTS_PER_SIDE_UNIT) / 100;
}

/**
 * The plates for one side of the bar, heaviest first, so that bar + 2 × their sum = `totalKg`
 * exactly: the fewest plates that do it (among equally few, the heaviest plates first). An empty
 * list for the bar alone. Null when the total cannot be loaded: below the bar, not a multiple of
 * 0.01 kg, or a total these plates cannot make (round it with {@link loadableWeight} first).
 * Throws a RangeError for a total outside 0–1000 kg or a malformed bar or plate list.
 */
export function platesPerSide(totalKg: number, barKg: number, platesKg: readonly number[]): number[] | null {
  checkTotal('platesPerSide', 'totalKg', totalKg);
  const bar = barCents('platesPerSide', barKg);
  const units = plateUnits('platesPerSide', platesKg);
  const total = Math.round(totalKg * 100);
  if (Math.abs(totalKg * 100 - total) > 1e-6) return null;
  const pairCents = total - bar;
  if (pairCents < 0 || pairCents % CENTS_PER_SIDE_UNIT !== 0) return null;
  let sum = pairCents / CENTS_PER_SIDE_UNIT;
  const fewest = fewestPlates(units, sum);
  if (fewest[sum] === -1) return null;
  // Walking back through the table heaviest plate first yields the plates already in descending order.
  const side: number[] = [];
  while (sum > 0) {
    const unit = units.find((u) => sum - u >= 0 && fewest[sum - u] === fewest[sum]! - 1)!;
    side.push(unit * PLATE_UNIT_KG);
    sum -= unit;
  }
  return side;
}

export interface BarbellLoad {
  totalKg: number;
  platesPerSideKg: number[];
}

/** {@link loadableWeight} and its {@link platesPerSide} together, as a prescription shows them; null where loadableWeight is. */
export function loadBarbell(targetKg: number, options: LoadableWeightOptions): BarbellLoad | null {
  const totalKg = loadableWeight(targetKg, options);
  if (totalKg === null) return null;
  return { totalKg, platesPerSideKg: platesPerSide(totalKg, options.barKg, options.platesKg)! };
}
