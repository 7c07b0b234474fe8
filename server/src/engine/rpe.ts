/**
 * RPE ↔ %1RM: the Reactive Training Systems chart (Mike Tuchscherer, The Reactive Training Manual,
 * 2008), as commonly published and as reproduced in Helms, Cronin, Storey & Zourdos 2016,
 * "Application of the Repetitions in Reserve-Based Rating of Perceived Exertion Scale for
 * Resistance Training", Strength Cond J 38(4):42–49.
 *
 * Coverage: 1–12 reps, RPE 6–10 in half steps (RPE on the RIR-based scale: RIR = 10 − RPE).
 * Percentages are of the 1RM, in percent (86.3 = 86.3 %). The chart is built so that each cell
 * depends only on reps + RIR (5 @ 8 = 7 @ 10 = 81.1 %); the tests check that, which catches a
 * mistyped cell. Reproductions differ by 0.1 in a few half-RPE cells (79.8/79.9, 69.3/69.4); we
 * use the majority values below.
 */
export const RPE_CHART_MIN_REPS = 1;
export const RPE_CHART_MAX_REPS = 12;
export const RPE_CHART_MIN_RPE = 6;
export const RPE_CHART_MAX_RPE = 10;

/** The chart's rows, RPE 10 down to 6 in halves; columns 1–12 reps. Percent of 1RM. */
export const RPE_CHART: Readonly<Record<number, readonly number[]>> = {
  //    reps: 1     2     3     4     5     6     7     8     9     10    11    12
  10: [100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0],
  9.5: [97.8, 93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7],
  9: [95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3],
  8.5: [93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0],
  8: [92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6],
  7.5: [90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3],
  7: [89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9],
  6.5: [87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3, 58.6],
  6: [86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9, 57.4],
};

/** The chart's RPE rows, lowest first. */
export const RPE_CHART_RPES: readonly number[] = [6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10];

function checkReps(fn: string, reps: number): void {
  if (!Number.isInteger(reps)) throw new RangeError(`${fn}: reps must be an integer (got ${reps})`);
}

function checkRpe(fn: string, rpe: number): void {
  if (!Number.isFinite(rpe) || !Number.isInteger(rpe * 2)) throw new RangeError(`${fn}: rpe must be a whole or half number (got ${rpe})`);
}

/** Whether the chart has a cell for `reps` at `rpe` (1–12 reps, RPE 6–10). */
export function isOnRpeChart(reps: number, rpe: number): boolean {
  return reps >= RPE_CHART_MIN_REPS && reps <= RPE_CHART_MAX_REPS && rpe >= RPE_CHART_MIN_RPE && rpe <= RPE_CHART_MAX_RPE;
}

/**
 * Percent of 1RM the chart gives for `reps` at `rpe` (e.g. 5 @ 8 → 81.1).
 * Returns null off the chart (reps outside 1–12, RPE outside 6–10): a set or target there is
 * legitimate data the chart simply cannot read. Throws a RangeError for non-integer reps or an RPE
 * that is not a whole or half number.
 */
export function percentOfOneRepMax(reps: number, rpe: number): number | null {
  checkReps('percentOfOneRepMax', reps);
  checkRpe('percentOfOneRepMax', rpe);
  if (!isOnRpeChart(reps, rpe)) return null;
  return RPE_CHART[rpe]![reps - 1]!;
}

/**
 * e1RM in kg from a set of `reps` at `rpe`: weight ÷ chart fraction (200 kg × 3 @ 8 → 200 / 0.863).
 * Returns null off the chart or for an unloaded set (weightKg ≤ 0). Throws a RangeError for a
 * non-finite weight or malformed reps/RPE (see {@link percentOfOneRepMax}).
 */
export function e1rmFromRpeSet(weightKg: number, reps: number, rpe: number): number | null {
  if (!Number.isFinite(weightKg)) throw new RangeError(`e1rmFromRpeSet: weightKg must be finite (got ${weightKg})`);
  const percent = percentOfOneRepMax(reps, rpe);
  if (percent === null || weightKg <= 0) return null;
  return (weightKg * 100) / percent;
}

/**
 * The load in kg (unrounded: round it to the athlete's plates with plates.ts) for `reps` at a
 * target `rpe` given an e1RM: e1RM × chart fraction. The exact inverse of {@link e1rmFromRpeSet}.
 * Returns null off the chart. Throws a RangeError when e1rmKg is not a positive finite number (a
 * prescription needs a 1RM to work from) or reps/RPE are malformed.
 */
export function loadForTarget(e1rmKg: number, reps: number, rpe: number): number | null {
  if (!Number.isFinite(e1rmKg) || e1rmKg <= 0) throw new RangeError(`loadForTarget: e1rmKg must be positive and finite (got ${e1rmKg})`);
  const percent = percentOfOneRepMax(reps, rpe);
  return percent === null ? null : (e1rmKg * percent) / 100;
}

/**
 * The chart RPE (a half step, 6–10) whose cell for `reps` is nearest `percent` of 1RM: how hard a
 * set at that intensity should have felt (for compliance: load lifted ÷ e1RM vs the target RPE).
 * Exact on the chart's own cells: rpeForPercent(r, percentOfOneRepMax(r, rpe)) = rpe. A percent
 * midway between two cells reads as the higher RPE (the cautious reading). Returns null when
 * `percent` lies more than half a step outside the column (harder than RPE 10 means the e1RM is
 * stale; easier than RPE 6 is off the chart) or reps are outside 1–12. Throws a RangeError for
 * non-integer reps or a non-finite percent.
 */
export function rpeForPercent(reps: number, percent: number): number | null {
  checkReps('rpeForPercent', reps);
  if (!Number.isFinite(percent)) throw new RangeError(`rpeForPercent: percent must be finite (got ${percent})`);
  if (reps < RPE_CHART_MIN_REPS || reps > RPE_CHART_MAX_REPS) return null;
  const column = RPE_CHART_RPES.map((rpe) => RPE_CHART[rpe]![reps - 1]!);
  const last = column.length - 1;
  if (percent > column[last]! + (column[last]! - column[last - 1]!) / 2) return null;
  if (percent < column[0]! - (column[1]! - column[0]!) / 2) return null;
  let best = 0;
  for (let i = 1; i <= last; i += 1) {
    if (Math.abs(column[i]! - percent) <= Math.abs(column[best]! - percent)) best = i;
  }
  return RPE_CHART_RPES[best]!;
}
