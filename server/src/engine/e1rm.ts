/**
 * Estimated one-repetition maximum.
 *
 * Epley (1985): e1RM = w · (1 + r / 30), for r ≥ 1; at r = 1 it returns w exactly (a single is
 * its own 1RM, as every published table assumes). Units: the weight's own unit (we use kg).
 * Valid range: 1 ≤ reps ≤ 12. Beyond ~12 reps every formula drifts badly (Reynolds et al.
 * 2006), so higher counts are rejected rather than silently extrapolated.
 */
export const EPLEY_MAX_REPS = 12;

export interface OneRepMaxInput {
  weightKg: number;
  reps: number;
}

/** Returns the Epley e1RM in kg, or null when the set cannot estimate one (0 reps, > 12 reps, no load). */
export function estimateOneRepMax({ weightKg, reps }: OneRepMaxInput): number | null {
  if (!Number.isFinite(weightKg) || !Number.isInteger(reps)) {
    throw new RangeError(`estimateOneRepMax: weightKg must be finite and reps an integer (got ${weightKg}, ${reps})`);
  }
  if (weightKg <= 0 || reps < 1 || reps > EPLEY_MAX_REPS) return null;
  if (reps === 1) return weightKg;
  return weightKg * (1 + reps / 30);
}
