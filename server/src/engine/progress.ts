/** A logged set as far as progress is concerned. */
export interface ProgressSet {
  weightKg: number;
  reps: number;
  isWarmup?: boolean;
}

export interface SessionProgress {
  /** Logged sets, planned or added. */
  setsDone: number;
  setsPlanned: number;
  /** Tonnage: Σ weight × reps over working sets (warm-ups excluded), in kg. */
  volumeKg: number;
}

/**
 * Progress of a session against its plan. Every logged set counts once (a set added beyond the
 * plan counts too); volume counts working sets only and is rounded to 0.01 kg, the unit the
 * database stores.
 */
export function computeSessionProgress(setsPlanned: number, logged: readonly ProgressSet[]): SessionProgress {
  let volume = 0;
  let setsDone = 0;
  for (const set of logged) {
    setsDone += 1;
    if (!set.isWarmup) volume += set.weightKg * set.reps;
  }
  return { setsDone, setsPlanned, volumeKg: Math.round(volume * 100) / 100 };
}
