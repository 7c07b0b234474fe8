import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { type ExerciseColumns, exerciseColumns, exerciseFromRow } from '../catalog/exercise.type.js';
import type { SetLogView } from './session.type.js';
import { SessionStatus, WorkoutSession } from './workout-session.entity.js';
import { rawQuery } from '../../db/raw-query.js';

/** One page of an athlete's sessions, newest first: `first` rows after the (day, id) cursor. */
export interface SessionPageKey {
  subjectId: number;
  first: number;
  after: { day: string; id: number } | null;
}

/**
 * Pages of sessions for many athletes in one statement per distinct (first, after): a LATERAL
 * join walks each athlete's (subject_id, workout_date) index for just `first + 1` rows, so the
 * cost follows the page size, not the length of the history.
 */
function createSessionPageLoader(em: EntityManager) {
  return new DataLoader<SessionPageKey, WorkoutSession[], string>(
    async (keys) => {
      const groups = new Map<string, SessionPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}:${key.after?.day ?? ''}:${key.after?.id ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, WorkoutSession[]>();
      for (const group of groups.values()) {
        const { first, after } = group[0]!;
        const rows = await rawQuery<Record<string, unknown> & { subject_id: number }>(
          em,
          `select ws.* from unnest(array[?]::int[]) as subject(id)
             cross join lateral (
               select * from workout_sessions s
                where s.subject_id = subject.id ${after ? 'and (s.workout_date, s.id) < (?::date, ?)' : ''}
                order by s.workout_date desc, s.id desc
                limit ?
             ) ws`,
          [group.map((key) => key.subjectId), ...(after ? [after.day, after.id] : []), first + 1],
        );
        for (const row of rows) {
          const key = `${row.subject_id}:${first}:${after?.day ?? ''}:${after?.id ?? ''}`;
          pages.set(key, [...(pages.get(key) ?? []), em.map(WorkoutSession, row)]);
        }
      }
      return keys.map((key) => pages.get(sessionPageCacheKey(key)) ?? []);
    },
    { cacheKeyFn: sessionPageCacheKey },
  );
}

const sessionPageCacheKey = (key: SessionPageKey) => `${key.subjectId}:${key.first}:${key.after?.day ?? ''}:${key.after?.id ?? ''}`;

interface SetLogRow extends ExerciseColumns {
  id: number;
  session_id: number;
  client_id: string;
  planned_set_id: number | null;
  set_index: number;
  actual_weight_kg: string | null;
  actual_reps: number | null;
  actual_rpe: string | null;
  is_warmup: boolean;
  performed_at: string;
}

/**
 * Set logs of sessions, each with its exercise joined, as plain rows (no entity hydration: this
 * is the widest level of a history query). Used through loaderAt: one loader per place in a query.
 */
export function createSetLogLoader(em: EntityManager) {
  return groupLoader(
    (sessionIds: readonly number[]) =>
      rawQuery<SetLogRow>(
        em,
        `select l.id, l.session_id, l.client_id, l.planned_set_id, l.set_index, l.actual_weight_kg, l.actual_reps,
                l.actual_rpe, l.is_warmup, l.performed_at, ${exerciseColumns('e')}
           from exercise_set_logs l join exercises e on e.id = l.exercise_id
          where l.session_id in (?) order by l.session_id, l.performed_at, l.id`,
        [[...sessionIds]],
      ).then((rows) =>
        rows.map(
          (row): SetLogView & { sessionId: number } => ({
            id: row.id,
            sessionId: row.session_id,
            clientId: row.client_id,
            plannedSetId: row.planned_set_id,
            setIndex: row.set_index,
            weightKg: Number(row.actual_weight_kg ?? 0),
            reps: row.actual_reps ?? 0,
            rpe: row.actual_rpe === null ? null : Number(row.actual_rpe),
            isWarmup: row.is_warmup,
            performedAt: new Date(row.performed_at),
            exercise: exerciseFromRow(row),
          }),
        ),
      ),
    (log) => log.sessionId,
  );
}

export function createExecutionLoaders(em: EntityManager) {
  return {
    sessionPage: createSessionPageLoader(em),
    sessionById: oneLoader(
      (ids: readonly number[]) => em.find(WorkoutSession, { id: { $in: [...ids] } }),
      (session) => session.id,
    ),
    /** The session each subject has in progress, if any (the latest, should there be several). */
    currentSessionBySubjectId: oneLoader(
      (subjectIds: readonly number[]) =>
        em.find(
          WorkoutSession,
          { subject: { $in: [...subjectIds] }, status: SessionStatus.IN_PROGRESS },
          { orderBy: { workoutDate: 'desc', id: 'desc' } },
        ),
      (session) => session.subject.id,
    ),
    /** Day index of the last finished session of each routine: where the rotation continues. */
    lastFinishedDayIndexByRoutineId: oneLoader(
      (routineIds: readonly number[]) =>
        rawQuery<{ routine_id: number; day_index: number }>(em,
          `select distinct on (rd.routine_id) rd.routine_id, rd.day_index
             from workout_sessions ws join routine_days rd on rd.id = ws.routine_day_id
            where rd.routine_id in (?) and ws.status in ('COMPLETED', 'PARTIAL')
            order by rd.routine_id, ws.workout_date desc, ws.id desc`,
          [[...routineIds]],
        ),
      (row) => row.routine_id,
    ),
    /** Number of planned sets per routine day. */
    plannedSetCountByDayId: oneLoader(
      (dayIds: readonly number[]) =>
        rawQuery<{ routine_day_id: number; planned: number }>(em,
          `select rde.routine_day_id, count(*)::int as planned
             from routine_exercise_sets res join routine_day_exercises rde on rde.id = res.routine_day_exercise_id
            where rde.routine_day_id in (?)
            group by rde.routine_day_id`,
          [[...dayIds]],
        ),
      (row) => row.routine_day_id,
    ),
  };
}
