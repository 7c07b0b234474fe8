/** A logged set as far as progress is concerned. */
export interface ProgressSet {
  weightKg: number;
  reps: number;
  isWarmup?: boolean;
  /** The planned set it fulfils; null or absent for a set added beyond the plan. */
  plannedSetId?: number | null;
}

export interface SessionProgress {
  /** Logged sets, planned or added. */
  setsDone: number;
  /** Planned sets logged (each counted once): what COMPLETED is judged on. */
  plannedSetsDone: number;
  setsPlanned: number;
  /** Tonnage: Σ weight × reps over working sets (warm-ups excluded), in kg. */
  volumeKg: number;
}

/**
 * Progress of a session against its plan. Every logged set counts once in `setsDone` (a set added
 * beyond the plan counts too); `plannedSetsDone` counts the planned sets logged, so extra sets
 * never stand in for a skipped planned one. Volume counts working sets only and is rounded to
 * 0.01 kg, the unit the database stores.
 */
export function computeSessionProgress(setsPlanned: number, logged: readonly ProgressSet[]): SessionProgress {
  let volume = 0;
  let setsDone = 0;
  const planned = new Set<number>();
  for (const set of logged) {
    setsDone += 1;
    if (set.plannedSetId != null) planned.add(set.plannedSetId);
    if (!set.isWarmup) volume += set.weightKg * set.reps;
  }
  return { setsDone, plannedSetsDone: planned.size, setsPlanned, volumeKg: Math.round(volume * 100) / 100 };
}
