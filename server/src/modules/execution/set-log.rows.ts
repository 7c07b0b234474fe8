import { type ExerciseColumns, type ExerciseView, exerciseColumns, exerciseFromRow } from '../catalog/exercise.type.js';
import type { SetLogView } from './session.type.js';
import { microseconds } from './sql-time.js';

/**
 * A set log read by hand (no entity hydration: set logs are the widest level of history
 * queries), with its exercise joined in as `ex_*` and its time in microseconds for keyset cursors.
 */
export interface SetLogRow extends ExerciseColumns {
  id: number;
  subject_id: number;
  session_id: number | null;
  client_id: string;
  planned_set_id: number | null;
  set_index: number;
  actual_weight_kg: string | null;
  actual_reps: number | null;
  actual_rpe: string | null;
  actual_rir: number | null;
  actual_tempo: string | null;
  actual_rest_s: number | null;
  duration_s: number | null;
  distance_m: string | null;
  avg_heart_rate: number | null;
  max_heart_rate: number | null;
  notes: string | null;
  is_warmup: boolean;
  to_failure: boolean;
  is_drop_set: boolean;
  performed_at: string | Date;
  /** performed_at as microseconds since the epoch (bigint, as text). */
  performed_us: string;
}

/** The select list for SetLogRow: `log` is the exercise_set_logs alias, `exercise` the joined exercises alias. */
export const setLogColumns = (log: string, exercise: string) =>
  `${log}.id, ${log}.subject_id, ${log}.session_id, ${log}.client_id, ${log}.planned_set_id, ${log}.set_index, ` +
  `${log}.actual_weight_kg, ${log}.actual_reps, ${log}.actual_rpe, ${log}.actual_rir, ${log}.actual_tempo, ${log}.actual_rest_s, ` +
  `${log}.duration_s, ${log}.distance_m, ${log}.avg_heart_rate, ${log}.max_heart_rate, ${log}.notes, ${log}.is_warmup, ${log}.to_failure, ${log}.is_drop_set, ` +
  `${log}.performed_at, ${microseconds(`${log}.performed_at`)} as performed_us, ${exerciseColumns(exercise)}`;

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

export function setLogFromRow(row: SetLogRow): SetLogView & { subjectId: number; performedMicros: string } {
  return leanSetLogFromRow({ ...row, exercise_id: row.ex_id, exercise: exerciseFromRow(row) });
}

/** A set log row without its exercise's columns: `exercise_id` instead (see attachExercises). */
export type LeanSetLogRow = Omit<SetLogRow, keyof ExerciseColumns> & { exercise_id: number };

export function leanSetLogFromRow(row: LeanSetLogRow & { exercise: ExerciseView }): SetLogView & { subjectId: number; performedMicros: string } {
  return {
    id: row.id,
    subjectId: row.subject_id,
    sessionId: row.session_id,
    clientId: row.client_id,
    plannedSetId: row.planned_set_id,
    setIndex: row.set_index,
    weightKg: numberOrNull(row.actual_weight_kg) ?? 0,
    reps: row.actual_reps ?? 0,
    rpe: numberOrNull(row.actual_rpe),
    rir: row.actual_rir,
    tempo: row.actual_tempo,
    restSeconds: row.actual_rest_s,
    durationSeconds: row.duration_s,
    distanceMeters: numberOrNull(row.distance_m),
    avgHeartRate: row.avg_heart_rate,
    maxHeartRate: row.max_heart_rate,
    notes: row.notes,
    isWarmup: row.is_warmup,
    toFailure: row.to_failure,
    isDropSet: row.is_drop_set,
    // From the exact microseconds (the same instant, to the millisecond): cheaper than parsing a timestamp string.
    performedAt: new Date(Math.floor(Number(row.performed_us) / 1000)),
    performedMicros: String(row.performed_us),
    exercise: row.exercise,
  };
}

/** `json_build_array(...)` of LeanSetLogRow's columns for the exercise_set_logs alias `log`: positional, no repeated keys to parse. */
export const leanSetLogTuple = (log: string) =>
  `${log}.id, ${log}.subject_id, ${log}.session_id, ${log}.client_id, ${log}.planned_set_id, ${log}.set_index, ` +
  `${log}.actual_weight_kg, ${log}.actual_reps, ${log}.actual_rpe, ${log}.actual_rir, ${log}.actual_tempo, ${log}.actual_rest_s, ` +
  `${log}.duration_s, ${log}.distance_m, ${log}.avg_heart_rate, ${log}.max_heart_rate, ${log}.notes, ${log}.is_warmup, ${log}.to_failure, ` +
  `${log}.performed_at, ${microseconds(`${log}.performed_at`)}, ${log}.exercise_id, ${log}.is_drop_set`;

/** A positional array read with leanSetLogTuple, back as a LeanSetLogRow (a literal: one fixed shape, fast to read). */
export function leanSetLogRowFromTuple(t: unknown[]): LeanSetLogRow {
  return {
    id: t[0] as number,
    subject_id: t[1] as number,
    session_id: t[2] as number | null,
    client_id: t[3] as string,
    planned_set_id: t[4] as number | null,
    set_index: t[5] as number,
    actual_weight_kg: t[6] as string | null,
    actual_reps: t[7] as number | null,
    actual_rpe: t[8] as string | null,
    actual_rir: t[9] as number | null,
    actual_tempo: t[10] as string | null,
    actual_rest_s: t[11] as number | null,
    duration_s: t[12] as number | null,
    distance_m: t[13] as string | null,
    avg_heart_rate: t[14] as number | null,
    max_heart_rate: t[15] as number | null,
    notes: t[16] as string | null,
    is_warmup: t[17] as boolean,
    to_failure: t[18] as boolean,
    performed_at: t[19] as string,
    performed_us: String(t[20]),
    exercise_id: t[21] as number,
    is_drop_set: t[22] as boolean,
  };
}
