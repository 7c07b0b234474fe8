import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { ExerciseSetLog } from './exercise-set-log.entity.js';
import { SessionStatus, WorkoutSession } from './workout-session.entity.js';
import { rawQuery } from '../../db/raw-query.js';

export function createExecutionLoaders(em: EntityManager) {
  return {
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
    setLogsBySessionId: groupLoader(
      (sessionIds: readonly number[]) =>
        em.find(
          ExerciseSetLog,
          { session: { $in: [...sessionIds] } },
          { populate: ['exercise'], orderBy: { session: 'asc', performedAt: 'asc', id: 'asc' } },
        ),
      (log) => log.session!.id,
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
