import { graphql } from '../../gql';
import type { PlannedSetFieldsFragment } from '../../gql/graphql';
import { formatRpe } from '../../lib/format';
import { formatWeight, type WeightUnit } from '../../lib/units';

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

/** "6 reps × 80 kg · RPE 8": what the plan asks for, leaving out what it does not say (in the athlete's unit). */
export function describeTarget(set: PlannedSetFieldsFragment, unit: WeightUnit): string {
  const reps = set.toFailure ? 'reps to failure' : set.targetReps != null ? `${set.targetReps} reps` : null;
  const load = set.targetWeightKg != null ? (set.targetWeightKg === 0 ? 'bodyweight' : formatWeight(set.targetWeightKg, unit)) : null;
  const parts = [[reps, load].filter(Boolean).join(' × ')];
  if (set.targetRpe != null) parts.push(formatRpe(set.targetRpe));
  else if (set.targetRir != null) parts.push(`${set.targetRir} RIR`);
  return parts.filter(Boolean).join(' · ') || 'as you feel';
}

/** "Set 1 · 6 reps × 80 kg · RPE 8" (warm-ups say so: they count for neither volume nor records). */
export function describePlannedSet(set: PlannedSetFieldsFragment, unit: WeightUnit): string {
  return `Set ${set.setIndex}${set.isWarmup ? ' · warm-up' : ''} · ${describeTarget(set, unit)}`;
}
