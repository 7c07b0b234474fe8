import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import {
  type DetectedRecord,
  type HeldRecord,
  type LoggedSet,
  type RecordKind,
  bestsOf,
  detectRecords,
  recomputeRecords,
  recordsHeldBy,
} from '../../engine/records.js';
import { fromMicroseconds, microseconds } from './sql-time.js';

/**
 * Keeps `personal_records` equal to what the engine's recomputeRecords says about every logged set:
 * incrementally when a set is logged (compare with the stored rows), by recomputation when a set is
 * corrected or deleted, in bulk for generated history. Every function runs on the caller's
 * transaction (`em` inside `em.transactional`).
 */

/** All records are in kilograms: of load, or of load × reps for the volume kinds (like SessionProgress.volumeKg). */
const UNIT = 'kg';

/**
 * Serialises record upkeep for one athlete and exercise until the transaction ends. Logging reads
 * the stored bests and a correction reads every set; without the lock, a correction could
 * overwrite a record a concurrent log has just set. Callers lock their session row first.
 */
export async function lockRecords(em: EntityManager, subjectId: number, exerciseId: number): Promise<void> {
  await rawQuery(em, `select pg_advisory_xact_lock(hashtextextended('personal_records:' || ?::text || ':' || ?::text, 0))`, [subjectId, exerciseId]);
}

/** The stored records of one athlete and exercise. */
async function storedRecords(em: EntityManager, subjectId: number, exerciseId: number): Promise<{ kind: RecordKind; valueKg: number }[]> {
  const rows = await rawQuery<{ record_type: RecordKind; value: string }>(
    em,
    'select record_type, value from personal_records where subject_id = ? and exercise_id = ?',
    [subjectId, exerciseId],
  );
  return rows.map((row) => ({ kind: row.record_type, valueKg: Number(row.value) }));
}

/**
 * Writes records as (subject, exercise, kind) rows in one statement. `onlyIfHigher` keeps a stored
 * value that is at least as high (a tie is never a record), so a write can never lower a record.
 */
async function writeRecords(em: EntityManager, subjectId: number, exerciseId: number, records: readonly HeldRecord[], onlyIfHigher: boolean): Promise<void> {
  if (records.length === 0) return;
  const values = records.map(() => `(?, ?, ?, ?, '${UNIT}', ?::int, ?::int, ${fromMicroseconds()})`).join(', ');
  await rawQuery(
    em,
    `insert into personal_records (subject_id, exercise_id, record_type, value, unit, set_log_id, session_id, achieved_at)
     values ${values}
     on conflict on constraint uq_personal_records_subject_exercise_type do update
        set value = excluded.value, unit = excluded.unit, set_log_id = excluded.set_log_id, session_id = excluded.session_id,
            achieved_at = excluded.achieved_at, updated_at = now()
      where ${onlyIfHigher ? 'personal_records.value < excluded.value' : '(personal_records.value, personal_records.set_log_id, personal_records.session_id, personal_records.achieved_at) is distinct from (excluded.value, excluded.set_log_id, excluded.session_id, excluded.achieved_at)'}`,
    records.flatMap((record) => [subjectId, exerciseId, record.kind, record.valueKg, record.setId, record.sessionId, Math.round(record.achievedAt)]),
  );
}

/**
 * Records a newly logged set breaks, stored at once (seed 002: compared with the stored bests, not
 * the history). `sessionVolumeBeforeKg` is the exercise's counted volume in the set's session
 * before it. Returns what the engine detected, for the logSet payload.
 */
export async function recordLoggedSet(
  em: EntityManager,
  subjectId: number,
  exerciseId: number,
  set: LoggedSet,
  sessionVolumeBeforeKg: number,
): Promise<DetectedRecord[]> {
  await lockRecords(em, subjectId, exerciseId);
  const detected = detectRecords(bestsOf(await storedRecords(em, subjectId, exerciseId)), set, sessionVolumeBeforeKg);
  await writeRecords(em, subjectId, exerciseId, recordsHeldBy(set, detected), true);
  return detected;
}

/** Every set of an athlete's exercise as the engine sees it; `before` limits to sets earlier than (µs, id). */
export async function loggedSetsOf(
  em: EntityManager,
  subjectId: number,
  exerciseId: number,
  before?: { micros: string; id: number },
): Promise<LoggedSet[]> {
  const rows = await rawQuery<{ id: number; session_id: number | null; weight: string | null; reps: number | null; is_warmup: boolean; performed_us: string }>(
    em,
    `select id, session_id, actual_weight_kg as weight, actual_reps as reps, is_warmup, ${microseconds('performed_at')} as performed_us
       from exercise_set_logs
      where subject_id = ? and exercise_id = ? ${before ? `and (performed_at, id) < (${fromMicroseconds()}, ?)` : ''}`,
    [subjectId, exerciseId, ...(before ? [before.micros, before.id] : [])],
  );
  return rows.map((row) => ({
    id: row.id,
    sessionId: row.session_id,
    weightKg: Number(row.weight ?? 0),
    reps: row.reps ?? 0,
    isWarmup: row.is_warmup,
    performedAt: Number(row.performed_us),
  }));
}

/**
 * Recomputes an athlete's records of one exercise from all its sets (after a correction or a
 * deletion): rows the engine no longer finds are deleted, the others rewritten. Returns the held records.
 */
export async function recomputeExerciseRecords(em: EntityManager, subjectId: number, exerciseId: number): Promise<HeldRecord[]> {
  await lockRecords(em, subjectId, exerciseId);
  const held = recomputeRecords(await loggedSetsOf(em, subjectId, exerciseId));
  await rawQuery(
    em,
    `delete from personal_records where subject_id = ? and exercise_id = ? ${held.length > 0 ? 'and record_type not in (?)' : ''}`,
    [subjectId, exerciseId, ...(held.length > 0 ? [held.map((record) => record.kind)] : [])],
  );
  await writeRecords(em, subjectId, exerciseId, held, false);
  return held;
}

/**
 * Rebuilds the records of whole athletes from their set logs in two set-based statements, for
 * history written without logSet (the demo and volume generators, bulk imports). The same rules
 * as the engine's recomputeRecords, in SQL: counted sets are working sets of ≥ 1 rep with a load;
 * e1RM is Epley up to 12 reps, rounded half up to the cent; a tie goes to whoever reached the value
 * first (by time, then set id; a session by its last counted set). Not concurrent-safe against
 * logging: run it where nobody logs (seeding), or per athlete inside their own transaction.
 */
export async function rebuildPersonalRecords(em: EntityManager, subjectIds: readonly number[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await rawQuery(em, 'delete from personal_records where subject_id in (?)', [[...subjectIds]]);
  await rawQuery(
    em,
    `insert into personal_records (subject_id, exercise_id, record_type, value, unit, set_log_id, session_id, achieved_at)
     select distinct on (subject_id, exercise_id, kind) subject_id, exercise_id, kind, value, '${UNIT}', set_log_id, session_id, achieved_at
       from (
         select l.subject_id, l.exercise_id, k.kind, k.value, l.id as set_log_id, l.session_id, l.performed_at as achieved_at, l.id as tie
           from exercise_set_logs l
          cross join lateral (values
            ('HEAVIEST_WEIGHT', l.actual_weight_kg),
            ('BEST_E1RM', case when l.actual_reps = 1 then l.actual_weight_kg
                               when l.actual_reps <= 12 then round(l.actual_weight_kg * (30 + l.actual_reps) / 30, 2) end),
            ('SET_VOLUME', l.actual_weight_kg * l.actual_reps)
          ) as k(kind, value)
          where l.subject_id in (?) and not l.is_warmup and l.actual_reps >= 1 and l.actual_weight_kg > 0 and k.value is not null
         union all
         select l.subject_id, l.exercise_id, 'SESSION_VOLUME', sum(l.actual_weight_kg * l.actual_reps), null, l.session_id,
                max(l.performed_at), (array_agg(l.id order by l.performed_at desc, l.id desc))[1]
           from exercise_set_logs l
          where l.subject_id in (?) and l.session_id is not null and not l.is_warmup and l.actual_reps >= 1 and l.actual_weight_kg > 0
          group by l.subject_id, l.exercise_id, l.session_id
       ) scored
      order by subject_id, exercise_id, kind, value desc, achieved_at, tie`,
    [[...subjectIds], [...subjectIds]],
  );
}
