import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { rawQuery } from '../../db/raw-query.js';
import type { E1rmFormula } from '../../engine/e1rm.js';
import { type PersonalBestRow, personalBestColumns } from '../execution/personal-best.type.js';

/** Whose analytics, over which days: the loader's key. Days are 'YYYY-MM-DD', inclusive. */
export interface AnalyticsWindowKey {
  subjectId: number;
  /** Monday of the first week shown. */
  from: string;
  /** The as-of day (the last day shown). */
  to: string;
  /** First day of the readiness baseline (before `to`). */
  baselineFrom: string;
}

export interface SessionRow {
  id: number;
  workoutDate: string;
  status: string;
  routineDayId: number | null;
}

export interface SetRow {
  sessionId: number;
  exerciseId: number;
  isWarmup: boolean;
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  rir: number | null;
  primaryMuscle: string;
  secondaryMuscles: string[];
}

export interface RecoveryRow {
  measuredOn: string;
  hrvMs: number | null;
  restingHr: number | null;
  sleepHours: number | null;
  sleepScore: number | null;
  readiness: number | null;
}

/** Everything the engine needs for one athlete and window, as plain rows. */
export interface AnalyticsInputs {
  formula: E1rmFormula;
  /** Sessions in [from, to], by day then id. */
  sessions: SessionRow[];
  /** Working and warm-up sets of those sessions, by session then id. */
  sets: SetRow[];
  /** Planned working sets per routine day and exercise, for the routine days of those sessions. */
  plannedSets: Map<number, { exerciseId: number; sets: number }[]>;
  /** Recovery readings in [baselineFrom, to]; within a day, the most recently updated source first. */
  recovery: RecoveryRow[];
  /** Soreness reported on `to`. */
  soreness: { bodyPart: string; level: number }[];
}

const shapeOf = (key: AnalyticsWindowKey) => `${key.from}|${key.to}|${key.baselineFrom}`;
const cacheKeyOf = (key: AnalyticsWindowKey) => `${key.subjectId}|${shapeOf(key)}`;

type Tuple = unknown[];

/** A recovery_signals row as the JSON tuple the statements below build (RECOVERY_TUPLE). */
const recoveryRowOf = ([measuredOn, hrvMs, restingHr, sleepHours, sleepScore, readiness]: Tuple): RecoveryRow => ({
  measuredOn: measuredOn as string,
  hrvMs: hrvMs as number | null,
  restingHr: restingHr as number | null,
  sleepHours: sleepHours as number | null,
  sleepScore: sleepScore as number | null,
  readiness: readiness as number | null,
});
const sorenessOf = ([bodyPart, level]: Tuple) => ({ bodyPart: bodyPart as string, level: level as number });

/** The readings readinessOn needs for one athlete and day. */
export type ReadinessInputs = Pick<AnalyticsInputs, 'recovery' | 'soreness'>;

/**
 * Readiness inputs for many (athlete, day) pairs in one statement: each day's soreness, and the
 * recovery readings of the day and the `baselineDays` before it (ordered as loadShape orders them).
 * Keyed `subjectId|day`.
 */
export async function loadReadinessInputs(em: EntityManager, days: readonly { subjectId: number; day: string }[], baselineDays: number): Promise<Map<string, ReadinessInputs>> {
  if (days.length === 0) return new Map();
  const rows = await rawQuery<{ subject_id: number; day: string; recovery: Tuple[]; soreness: Tuple[] }>(
    em,
    `select d.subject_id, d.day::text as day,
            coalesce((select json_agg(json_build_array(r.measured_on::text, r.hrv_ms, r.resting_hr, r.sleep_hours, r.sleep_score, r.readiness)
                                      order by r.measured_on, r.updated_at desc, r.id desc)
                        from recovery_signals r where r.subject_id = d.subject_id and r.measured_on between d.day - ?::int and d.day), '[]') as recovery,
            coalesce((select json_agg(json_build_array(sl.body_part, sl.soreness) order by sl.body_part)
                        from soreness_logs sl where sl.subject_id = d.subject_id and sl.logged_on = d.day), '[]') as soreness
       from (select distinct * from unnest(array[?]::int[], array[?]::date[])) as d(subject_id, day)`,
    [baselineDays, days.map((day) => day.subjectId), days.map((day) => day.day)],
  );
  return new Map(rows.map((row) => [`${row.subject_id}|${row.day}`, { recovery: row.recovery.map(recoveryRowOf), soreness: row.soreness.map(sorenessOf) }]));
}

/**
 * Loads the analytics inputs of many athletes at once: three statements per window shape
 * (athletes asked for with the same weeks and asOf share them), whatever the number of athletes,
 * weeks or sets. Numbers arrive through JSON (numeric columns as numbers).
 */
async function loadShape(em: EntityManager, subjectIds: number[], { from, to, baselineFrom }: Omit<AnalyticsWindowKey, 'subjectId'>) {
  const perSubject = await rawQuery<{ subject_id: number; e1rm_formula: E1rmFormula; sessions: Tuple[]; recovery: Tuple[]; soreness: Tuple[] }>(
    em,
    `select subj.id as subject_id,
            coalesce((select us.e1rm_formula from subjects sb join user_settings us on us.user_id = sb.user_id where sb.id = subj.id), 'EPLEY') as e1rm_formula,
            coalesce((select json_agg(json_build_array(s.id, s.workout_date::text, s.status, s.routine_day_id) order by s.workout_date, s.id)
                        from workout_sessions s where s.subject_id = subj.id and s.workout_date between ?::date and ?::date), '[]') as sessions,
            coalesce((select json_agg(json_build_array(r.measured_on::text, r.hrv_ms, r.resting_hr, r.sleep_hours, r.sleep_score, r.readiness)
                                      order by r.measured_on, r.updated_at desc, r.id desc)
                        from recovery_signals r where r.subject_id = subj.id and r.measured_on between ?::date and ?::date), '[]') as recovery,
            coalesce((select json_agg(json_build_array(sl.body_part, sl.soreness) order by sl.body_part)
                        from soreness_logs sl where sl.subject_id = subj.id and sl.logged_on = ?::date), '[]') as soreness
       from unnest(array[?]::int[]) as subj(id)`,
    [from, to, baselineFrom, to, to, subjectIds],
  );

  // Secondary muscles aggregated once per exercise, not once per set.
  const [setResult] = await rawQuery<{ rows: Tuple[] | null }>(
    em,
    `select json_agg(json_build_array(s.subject_id, l.session_id, l.exercise_id, l.is_warmup, l.actual_weight_kg, l.actual_reps, l.actual_rpe, l.actual_rir,
                                      e.primary_muscle, coalesce(sm.muscles, array[]::text[]))
                     order by l.session_id, l.performed_at, l.id) as rows
       from workout_sessions s
       join exercise_set_logs l on l.session_id = s.id
       join exercises e on e.id = l.exercise_id
       left join (select m.exercise_id, array_agg(m.muscle order by m.muscle) as muscles from exercise_secondary_muscles m group by m.exercise_id) sm
              on sm.exercise_id = l.exercise_id
      where s.subject_id = any(array[?]::int[]) and s.workout_date between ?::date and ?::date`,
    [subjectIds, from, to],
  );

  const plannedRows = await rawQuery<{ routine_day_id: number; exercise_id: number; sets: number }>(
    em,
    `select rde.routine_day_id, rde.exercise_id, count(*)::int as sets
       from routine_day_exercises rde
       join routine_exercise_sets res on res.routine_day_exercise_id = rde.id and not res.is_warmup
      where rde.routine_day_id in (
              select s.routine_day_id from workout_sessions s
               where s.subject_id = any(array[?]::int[]) and s.workout_date between ?::date and ?::date and s.routine_day_id is not null)
      group by rde.routine_day_id, rde.exercise_id
      order by rde.routine_day_id, rde.exercise_id`,
    [subjectIds, from, to],
  );
  const plannedSets = new Map<number, { exerciseId: number; sets: number }[]>();
  for (const row of plannedRows) plannedSets.set(row.routine_day_id, [...(plannedSets.get(row.routine_day_id) ?? []), { exerciseId: row.exercise_id, sets: row.sets }]);

  const setsBySubject = new Map<number, SetRow[]>();
  for (const [subjectId, sessionId, exerciseId, isWarmup, weightKg, reps, rpe, rir, primaryMuscle, secondaryMuscles] of setResult?.rows ?? []) {
    const list = setsBySubject.get(subjectId as number) ?? [];
    list.push({
      sessionId: sessionId as number,
      exerciseId: exerciseId as number,
      isWarmup: isWarmup as boolean,
      weightKg: weightKg as number | null,
      reps: reps as number | null,
      rpe: rpe as number | null,
      rir: rir as number | null,
      primaryMuscle: primaryMuscle as string,
      secondaryMuscles: secondaryMuscles as string[],
    });
    setsBySubject.set(subjectId as number, list);
  }

  return new Map<number, AnalyticsInputs>(
    perSubject.map((row) => [
      row.subject_id,
      {
        formula: row.e1rm_formula,
        sessions: row.sessions.map(([id, workoutDate, status, routineDayId]) => ({
          id: id as number,
          workoutDate: workoutDate as string,
          status: status as string,
          routineDayId: routineDayId as number | null,
        })),
        sets: setsBySubject.get(row.subject_id) ?? [],
        plannedSets,
        recovery: row.recovery.map(recoveryRowOf),
        soreness: row.soreness.map(sorenessOf),
      },
    ]),
  );
}

/**
 * Analytics inputs per (athlete, window), grouped by window shape as execution.loaders.ts's
 * sessionPage does: a coach's roster asking every athlete for the same weeks costs three
 * statements in all. Use through loaderAt (one loader per place in a query).
 */
export function createAnalyticsInputsLoader(em: EntityManager) {
  return new DataLoader<AnalyticsWindowKey, AnalyticsInputs, string>(
    async (keys) => {
      const groups = new Map<string, AnalyticsWindowKey[]>();
      for (const key of keys) groups.set(shapeOf(key), [...(groups.get(shapeOf(key)) ?? []), key]);
      const loaded = new Map<string, AnalyticsInputs>();
      for (const [shape, group] of groups) {
        const bySubject = await loadShape(em, [...new Set(group.map((key) => key.subjectId))], group[0]!);
        for (const [subjectId, inputs] of bySubject) loaded.set(`${subjectId}|${shape}`, inputs);
      }
      return keys.map((key) => loaded.get(cacheKeyOf(key))!);
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

export interface RecordsWindowKey {
  subjectId: number;
  from: string;
  to: string;
  first: number;
}

/**
 * The standing personal bests each athlete reached within a window (by UTC day of achievedAt),
 * newest first, at most `first` each: one statement per window shape, whatever the number of athletes.
 */
export function createWindowRecordsLoader(em: EntityManager) {
  const keyOf = (key: RecordsWindowKey) => `${key.subjectId}|${key.from}|${key.to}|${key.first}`;
  return new DataLoader<RecordsWindowKey, PersonalBestRow[], string>(
    async (keys) => {
      const shapes = new Map<string, RecordsWindowKey[]>();
      for (const key of keys) {
        const shape = `${key.from}|${key.to}|${key.first}`;
        shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
      }
      const found = new Map<string, PersonalBestRow[]>();
      for (const group of shapes.values()) {
        const { from, to, first } = group[0]!;
        const rows = await rawQuery<PersonalBestRow>(
          em,
          `select pb.* from unnest(array[?]::int[]) as subj(id)
             cross join lateral (
               select ${personalBestColumns('r', 'e')}
                 from personal_records r join exercises e on e.id = r.exercise_id
                where r.subject_id = subj.id and r.achieved_at >= ?::date and r.achieved_at < ?::date + 1
                order by r.achieved_at desc, r.id desc limit ?) pb`,
          [[...new Set(group.map((key) => key.subjectId))], from, to, first],
        );
        for (const key of group) found.set(keyOf(key), rows.filter((row) => row.subject_id === key.subjectId));
      }
      return keys.map((key) => found.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}
