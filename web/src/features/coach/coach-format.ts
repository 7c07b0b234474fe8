import { formatWeight, type WeightUnit } from '../../lib/units';

/** "82 %" from a ratio in [0, 1]; an en dash for a week with nothing planned. */
export const formatRatio = (ratio: number | null | undefined): string => (ratio == null ? '–' : `${Math.round(ratio * 100)} %`);

const RECORD_LABELS: Record<string, string> = {
  HEAVIEST_WEIGHT: 'heaviest',
  BEST_E1RM: 'best e1RM',
  SET_VOLUME: 'best set volume',
  SESSION_VOLUME: 'session volume',
};

export const recordLabel = (kind: string): string => RECORD_LABELS[kind] ?? kind.toLowerCase();

/** "Barbell Bench Press heaviest 100 kg". */
export const formatRecord = (record: { kind: string; value: number; exerciseName: string }, unit: WeightUnit): string =>
  `${record.exerciseName} ${recordLabel(record.kind)} ${formatWeight(record.value, unit)}`;

const BANDS: Record<string, string> = { HIGH: 'High', MODERATE: 'Moderate', LOW: 'Low', VERY_LOW: 'Very low', UNKNOWN: 'Unknown' };
export const bandLabel = (band: string): string => BANDS[band] ?? band;

/** "Mon 23 Nov" for a LocalDate, read as a calendar day (never shifted by time zone). */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "8–12 reps × 80 kg @ RPE 8": a planned set's targets in the viewer's unit. */
export function formatTarget(
  set: {
    isWarmup: boolean;
    targetReps?: number | null;
    targetRepsMin?: number | null;
    targetRepsMax?: number | null;
    targetWeightKg?: number | null;
    targetRpe?: number | null;
    targetRir?: number | null;
    targetDurationSeconds?: number | null;
    targetDistanceMeters?: number | null;
  },
  unit: WeightUnit,
): string {
  const parts: string[] = [];
  const reps =
    set.targetReps != null
      ? `${set.targetReps}`
      : set.targetRepsMin != null
        ? set.targetRepsMax != null && set.targetRepsMax !== set.targetRepsMin
          ? `${set.targetRepsMin}–${set.targetRepsMax}`
          : `${set.targetRepsMin}`
        : null;
  if (reps) parts.push(`${reps} reps`);
  if (set.targetWeightKg != null) parts.push(set.targetWeightKg === 0 ? 'bodyweight' : formatWeight(set.targetWeightKg, unit));
  let text = parts.join(' × ');
  if (set.targetDurationSeconds != null) text = [text, `${Math.round(set.targetDurationSeconds / 60)} min`].filter(Boolean).join(' · ');
  if (set.targetDistanceMeters != null) text = [text, `${set.targetDistanceMeters / 1000} km`].filter(Boolean).join(' · ');
  if (set.targetRpe != null) text += ` @ RPE ${set.targetRpe}`;
  else if (set.targetRir != null) text += ` @ ${set.targetRir} RIR`;
  return text || 'As you feel';
}
