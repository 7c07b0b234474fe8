import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { ExerciseSetLog } from './exercise-set-log.entity.js';
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

/** Set logs of sessions, each with its exercise joined; used through loaderAt (one per place in a query). */
export function createSetLogLoader(em: EntityManager) {
  return groupLoader(
    (sessionIds: readonly number[]) =>
      em.find(
        ExerciseSetLog,
        { session: { $in: [...sessionIds] } },
        { populate: ['exercise'], orderBy: { session: 'asc', performedAt: 'asc', id: 'asc' } },
      ),
    (log) => log.session!.id,
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
