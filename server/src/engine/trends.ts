/**
 * e1RM trend per exercise: the best estimated 1RM of each training day, and how fast it moves.
 */
import type { Id } from './adherence.js';
import { type IsoDate, epochDayOf, isoDateOf } from './dates.js';
import { estimateOneRepMax } from './e1rm.js';

/** A logged set as far as trends are concerned. */
export interface TrendSet {
  exerciseId: Id;
  performedOn: IsoDate;
  weightKg: number;
  reps: number;
  rpe?: number | null;
  rir?: number | null;
  isWarmup: boolean;
}

/**
 * Turns a working set into an e1RM in kg, or null when the set cannot estimate one. The default
 * is Epley (e1rm.ts: w · (1 + r/30), 1–12 reps); the service passes the athlete's chosen formula.
 */
export type OneRepMaxEstimator = (set: TrendSet) => number | null;

export const epleyEstimator: OneRepMaxEstimator = (set) => estimateOneRepMax({ weightKg: set.weightKg, reps: set.reps });

export interface TrendOptions {
  /** Today, passed in: the window ends here (inclusive) and later sets are ignored. */
  asOf: IsoDate;
  /** Window length in days, a whole number ≥ 1 (default 56: eight weeks, enough sessions for a steady line yet short enough to follow the current block). */
  windowDays?: number;
  estimator?: OneRepMaxEstimator;
}

export interface E1rmPoint {
  performedOn: IsoDate;
  /** The day's best e1RM over its working sets, in kg. */
  e1rmKg: number;
}

export interface ExerciseE1rmTrend {
  exerciseId: Id;
  /** One point per training day in the window, oldest first. */
  points: E1rmPoint[];
  /** Least-squares slope of e1RM over time, in kg per week; null with fewer than two days. */
  slopeKgPerWeek: number | null;
  /** Coefficient of determination of that line in [0, 1]; null without a slope or when every point is equal. */
  r2: number | null;
  /** 100 · (last − first) / first over the window's points; null with fewer than two days. */
  changePct: number | null;
  /** Why slope and change are null, when they are. */
  reason: string | null;
}

export interface LineFit {
  slope: number;
  intercept: number;
  r2: number | null;
}

/**
 * Ordinary least squares y = intercept + slope · x: slope = Sxy / Sxx, intercept = ȳ − slope · x̄,
 * r² = 1 − SSres / SStot (null when SStot = 0: a flat series has no variance to explain). Null
 * when there are fewer than two distinct x values (no line is determined). Points must be finite.
 */
export function fitLine(points: readonly { x: number; y: number }[]): LineFit | null {
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`fitLine: points must be finite (got ${x}, ${y})`);
  }
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  // SSres = Syy − Sxy²/Sxx for the least-squares line; clamp the float residue into [0, 1].
  const r2 = syy === 0 ? null : Math.min(1, Math.max(0, (sxy * sxy) / (sxx * syy)));
  return { slope, intercept, r2 };
}

/**
 * The e1RM trend of each exercise over the window (asOf − windowDays, asOf], sorted by exercise
 * id. Warm-ups never count; sets the estimator cannot rate (e.g. beyond 12 reps for Epley) are
 * skipped. Each training day contributes its best e1RM, so a day of many sets weighs no more in
 * the fit than a day of one. Time runs in days (x = epoch day) and the slope is reported per
 * week (× 7). Exercises with no rated set in the window are left out.
 *
 * Throws a RangeError for a bad date, a windowDays that is not a whole number ≥ 1, or an
 * estimator result that is not a finite number > 0.
 */
export function computeE1rmTrends(sets: readonly TrendSet[], options: TrendOptions): ExerciseE1rmTrend[] {
  const windowDays = options.windowDays ?? 56;
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`computeE1rmTrends: windowDays must be a whole number ≥ 1 (got ${windowDays})`);
  const estimator = options.estimator ?? epleyEstimator;
  const end = epochDayOf(options.asOf);
  const start = end - windowDays; // exclusive

  const bestByExercise = new Map<Id, Map<number, number>>();
  for (const set of sets) {
    const day = epochDayOf(set.performedOn);
    if (set.isWarmup || day <= start || day > end) continue;
    const e1rm = estimator(set);
    if (e1rm === null) continue;
    if (!Number.isFinite(e1rm) || e1rm <= 0) throw new RangeError(`computeE1rmTrends: the estimator returned ${e1rm} for a set on ${set.performedOn}`);
    const days = bestByExercise.get(set.exerciseId) ?? new Map<number, number>();
    days.set(day, Math.max(days.get(day) ?? 0, e1rm));
    bestByExercise.set(set.exerciseId, days);
  }

  return [...bestByExercise.entries()]
    .sort(([a], [b]) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))))
    .map(([exerciseId, days]) => {
      const ordered = [...days.entries()].sort(([a], [b]) => a - b);
      const points = ordered.map(([day, e1rmKg]) => ({ performedOn: isoDateOf(day), e1rmKg }));
      const fit = fitLine(ordered.map(([day, e1rmKg]) => ({ x: day, y: e1rmKg })));
      if (!fit) return { exerciseId, points, slopeKgPerWeek: null, r2: null, changePct: null, reason: 'fewer than two training days in the window' };
      const first = ordered[0]![1];
      const last = ordered[ordered.length - 1]![1];
      return { exerciseId, points, slopeKgPerWeek: fit.slope * 7, r2: fit.r2, changePct: (100 * (last - first)) / first, reason: null };
    });
}
