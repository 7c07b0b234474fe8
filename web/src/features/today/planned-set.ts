import { graphql } from '../../gql';
import type { PlannedSetFieldsFragment } from '../../gql/graphql';
import { formatKg, formatRpe } from '../../lib/format';

export const PlannedSetFields = graphql(`
  fragment PlannedSetFields on RoutineExerciseSet {
    id
    setIndex
    targetReps
    targetWeightKg
    targetRpe
    targetRir
    isWarmup
    toFailure
    targetRestSeconds
  }
`);

/** "6 reps × 80 kg · RPE 8": what the plan asks for, leaving out what it does not say. */
export function describeTarget(set: PlannedSetFieldsFragment): string {
  const reps = set.toFailure ? 'reps to failure' : set.targetReps != null ? `${set.targetReps} reps` : null;
  const load = set.targetWeightKg != null ? (set.targetWeightKg === 0 ? 'bodyweight' : formatKg(set.targetWeightKg)) : null;
  const parts = [[reps, load].filter(Boolean).join(' × ')];
  if (set.targetRpe != null) parts.push(formatRpe(set.targetRpe));
  else if (set.targetRir != null) parts.push(`${set.targetRir} RIR`);
  return parts.filter(Boolean).join(' · ') || 'as you feel';
}

/** "Set 1 · 6 reps × 80 kg · RPE 8" (warm-ups say so: they count for neither volume nor records). */
export function describePlannedSet(set: PlannedSetFieldsFragment): string {
  return `Set ${set.setIndex}${set.isWarmup ? ' · warm-up' : ''} · ${describeTarget(set)}`;
}
