import { estimateOneRepMax } from './e1rm.js';

/** The record kinds the skeleton detects; the full list comes with the engine issue (#4). */
export type RecordKind = 'HEAVIEST_WEIGHT' | 'BEST_E1RM';

export interface PerformedSet {
  weightKg: number;
  reps: number;
  isWarmup?: boolean;
}

export interface RecordBests {
  heaviestWeightKg: number | null;
  bestE1rmKg: number | null;
}

export interface DetectedRecord {
  kind: RecordKind;
  valueKg: number;
  previousKg: number | null;
}

/** Kilograms to the 0.01 kg the database stores, so a recomputation never beats itself by float noise. */
const toHundredths = (kg: number) => Math.round(kg * 100) / 100;

/** The best values over a history of sets of one exercise. Warm-ups and 0-rep sets never count. */
export function summariseBests(history: readonly PerformedSet[]): RecordBests {
  let heaviestWeightKg: number | null = null;
  let bestE1rmKg: number | null = null;
  for (const set of history) {
    if (set.isWarmup || set.reps < 1 || set.weightKg <= 0) continue;
    if (heaviestWeightKg === null || set.weightKg > heaviestWeightKg) heaviestWeightKg = set.weightKg;
    const e1rm = estimateOneRepMax(set);
    if (e1rm !== null) {
      const rounded = toHundredths(e1rm);
      if (bestE1rmKg === null || rounded > bestE1rmKg) bestE1rmKg = rounded;
    }
  }
  return { heaviestWeightKg, bestE1rmKg };
}

/**
 * The records `set` breaks against the previous bests of the same exercise. A first-ever set is
 * a record (previousKg null): the athlete's first numbers are worth celebrating too. Ties are not
 * records.
 */
export function detectRecords(previous: RecordBests, set: PerformedSet): DetectedRecord[] {
  const now = summariseBests([set]);
  const records: DetectedRecord[] = [];
  if (now.heaviestWeightKg !== null && (previous.heaviestWeightKg === null || now.heaviestWeightKg > previous.heaviestWeightKg)) {
    records.push({ kind: 'HEAVIEST_WEIGHT', valueKg: now.heaviestWeightKg, previousKg: previous.heaviestWeightKg });
  }
  if (now.bestE1rmKg !== null && (previous.bestE1rmKg === null || now.bestE1rmKg > previous.bestE1rmKg)) {
    records.push({ kind: 'BEST_E1RM', valueKg: now.bestE1rmKg, previousKg: previous.bestE1rmKg });
  }
  return records;
}
