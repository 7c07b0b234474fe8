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
  performed_at: string | Date;
  /** performed_at as microseconds since the epoch (bigint, as text). */
  performed_us: string;
}

/** The select list for SetLogRow: `log` is the exercise_set_logs alias, `exercise` the joined exercises alias. */
export const setLogColumns = (log: string, exercise: string) =>
  `${log}.id, ${log}.subject_id, ${log}.session_id, ${log}.client_id, ${log}.planned_set_id, ${log}.set_index, ` +
  `${log}.actual_weight_kg, ${log}.actual_reps, ${log}.actual_rpe, ${log}.actual_rir, ${log}.actual_tempo, ${log}.actual_rest_s, ` +
  `${log}.duration_s, ${log}.distance_m, ${log}.avg_heart_rate, ${log}.max_heart_rate, ${log}.notes, ${log}.is_warmup, ${log}.to_failure, ` +
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
    performedAt: new Date(row.performed_at),
    performedMicros: String(row.performed_us),
    exercise: row.exercise,
  };
}

/** LeanSetLogRow's columns in order, for reading many rows as positional JSON arrays (no repeated keys to parse). */
const LEAN_SET_LOG_KEYS = [
  'id', 'subject_id', 'session_id', 'client_id', 'planned_set_id', 'set_index', 'actual_weight_kg', 'actual_reps', 'actual_rpe',
  'actual_rir', 'actual_tempo', 'actual_rest_s', 'duration_s', 'distance_m', 'avg_heart_rate', 'max_heart_rate', 'notes',
  'is_warmup', 'to_failure', 'performed_at', 'performed_us', 'exercise_id',
] as const satisfies readonly (keyof LeanSetLogRow)[];

/** `json_build_array(...)` of LeanSetLogRow's columns for the exercise_set_logs alias `log`. */
export const leanSetLogTuple = (log: string) =>
  LEAN_SET_LOG_KEYS.map((key) => (key === 'performed_us' ? microseconds(`${log}.performed_at`) : `${log}.${key}`)).join(', ');

/** A positional array read with leanSetLogTuple, back as a LeanSetLogRow. */
export function leanSetLogRowFromTuple(tuple: unknown[]): LeanSetLogRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < LEAN_SET_LOG_KEYS.length; i += 1) row[LEAN_SET_LOG_KEYS[i]!] = tuple[i];
  return row as unknown as LeanSetLogRow;
}
